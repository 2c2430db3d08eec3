//! Which processes hold each socket (`-p`, `-T`): ss 6.1 reads every `/proc/PID/fd/*`
//! link (and with `-T` every thread's, `/proc/PID/task/TID`), keeps those that read
//! `socket:[INODE]`, and names the task by the command in `/proc/PID/stat`. The column
//! shows ` users:(("comm",pid=N,fd=N),...)`, the holders of one socket last found first
//! (ss prepends each to its list). `$PROC_ROOT` replaces `/proc` as in ss.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One holder of a socket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    /// The task's command (`/proc/PID/stat`'s second field, up to its first `)`).
    pub task: String,
    /// The process.
    pub pid: u32,
    /// The thread (the pid when not scanning threads).
    pub tid: u32,
    /// The descriptor.
    pub fd: u32,
}

/// The holders of every socket, by inode.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Users {
    by_inode: HashMap<u32, Vec<Holder>>,
    threads: bool,
}

/// The number a directory entry's name starts with, as `sscanf("%d%*c")` needs it (`.`,
/// `self` and the like are not).
fn leading_number(name: &str) -> Option<u32> {
    let end = name
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(name.len());
    name[..end].parse().ok()
}

/// The names of a directory's entries in the kernel's order (empty when it cannot be read).
fn entries(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    rd.filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The command of task `id` (`/proc/ID/stat`: `PID (COMM) ...`), as ss reads it.
pub fn task_name(root: &Path, id: u32) -> Option<String> {
    let stat = std::fs::read(root.join(id.to_string()).join("stat")).ok()?;
    let stat = String::from_utf8_lossy(&stat);
    let (_, after) = stat.split_once('(')?;
    let comm: String = after.chars().take_while(|c| *c != ')').collect();
    (!comm.is_empty()).then_some(comm)
}

/// The proc root: `$PROC_ROOT` or `/proc`.
pub fn proc_root() -> PathBuf {
    std::env::var_os("PROC_ROOT").map_or_else(|| PathBuf::from("/proc"), PathBuf::from)
}

impl Users {
    /// Scans the processes (and with `threads` every thread) under `root`.
    pub fn scan(root: &Path, threads: bool) -> Users {
        let mut users = Users {
            threads,
            ..Default::default()
        };
        for name in entries(root) {
            let Some(pid) = leading_number(&name) else {
                continue;
            };
            users.scan_task(root, pid, pid);
            if !threads {
                continue;
            }
            let tasks = root.join(pid.to_string()).join("task");
            for t in entries(&tasks) {
                match leading_number(&t) {
                    Some(tid) if tid != pid => users.scan_task(root, pid, tid),
                    _ => {}
                }
            }
        }
        users
    }

    /// The socket descriptors of task `tid` (of process `pid`), read at `ROOT/TID/fd`.
    fn scan_task(&mut self, root: &Path, pid: u32, tid: u32) {
        let dir = root.join(tid.to_string()).join("fd");
        let mut task: Option<String> = None;
        for name in entries(&dir) {
            let Some(fd) = leading_number(&name) else {
                continue;
            };
            let Ok(link) = std::fs::read_link(dir.join(fd.to_string())) else {
                continue;
            };
            let link = link.to_string_lossy();
            let Some(inode) = link.strip_prefix("socket:[").and_then(leading_number) else {
                continue;
            };
            let task = task
                .get_or_insert_with(|| task_name(root, tid).unwrap_or_default())
                .clone();
            self.add(inode, Holder { task, pid, tid, fd });
        }
    }

    /// Records that `holder` holds the socket of `inode`.
    pub fn add(&mut self, inode: u32, holder: Holder) {
        self.by_inode.entry(inode).or_default().push(holder);
    }

    /// What ss prints for the socket of `inode`: ` users:(("comm",pid=N,fd=N),...)`
    /// (`tid=N,` before the fd with `-T`), or nothing when no process holds it.
    pub fn column(&self, inode: u32) -> String {
        let Some(holders) = self.by_inode.get(&inode).filter(|_| inode != 0) else {
            return String::new();
        };
        let each: Vec<String> = holders
            .iter()
            .rev()
            .map(|h| {
                let tid = if self.threads {
                    format!("tid={},", h.tid)
                } else {
                    String::new()
                };
                format!("(\"{}\",pid={},{tid}fd={})", h.task, h.pid, h.fd)
            })
            .collect();
        format!(" users:({})", each.join(","))
    }
}
