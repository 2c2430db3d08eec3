//! Which processes hold which sockets, as `ss -p` finds them: every
//! `/proc/PID/fd/N` link of the form `socket:[INODE]`, with the command name of the
//! process (`/proc/PID/stat`, the name between the parentheses, read up to the first `)`
//! as ss reads it).
//!
//! The scan sees only what `/proc` shows: the processes of the caller's pid namespace
//! (of the procfs mounted there), and the descriptors of another user's processes only
//! with the privilege to read them (`CAP_SYS_PTRACE`, in practice root); the rest is
//! silently absent, as it is from ss's output. Processes that exit during the scan are
//! skipped. The table is a snapshot: sockets opened later are not in it.
//!
//! ```no_run
//! use nlkit::sock_diag::process::ProcessTable;
//! let table = ProcessTable::scan()?;
//! for p in table.lookup(12345) {
//!     println!("(\"{}\",pid={},fd={})", p.command, p.pid, p.fd);
//! }
//! # Ok::<(), std::io::Error>(())
//! ```

use std::collections::HashMap;
use std::io;
use std::path::Path;

/// One descriptor of a socket in a process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProcessSocket {
    /// The command name (`comm`, at most 15 bytes, cut at a `)` as ss cuts it; not
    /// UTF-8 bytes replaced); empty when the process's stat could not be read.
    pub command: String,
    /// The process id.
    pub pid: u32,
    /// The thread id: the process id, or a thread's id in a [`ProcessTable::scan_threads`]
    /// table (`ss -T`).
    pub tid: u32,
    /// The descriptor.
    pub fd: u32,
}

/// The sockets of the processes `/proc` shows, by socket inode.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcessTable {
    by_inode: HashMap<u32, Vec<ProcessSocket>>,
}

impl ProcessTable {
    /// Scans `/proc` (processes only, as `ss -p`).
    pub fn scan() -> io::Result<ProcessTable> {
        Self::scan_root(Path::new("/proc"), false)
    }

    /// Scans `/proc`, each thread too (as `ss -pT`): a thread's own descriptors are
    /// listed with its id in [`ProcessSocket::tid`] (threads that share the process's
    /// descriptor table list them again).
    pub fn scan_threads() -> io::Result<ProcessTable> {
        Self::scan_root(Path::new("/proc"), true)
    }

    /// Scans the procfs at `root` (ss's `PROC_ROOT`). Only an unreadable `root` is an
    /// error.
    pub fn scan_root(root: &Path, threads: bool) -> io::Result<ProcessTable> {
        let mut table = ProcessTable::default();
        for entry in std::fs::read_dir(root)? {
            let Ok(entry) = entry else { continue };
            let Some(pid) = leading_number(&entry.file_name()) else {
                continue;
            };
            let process = root.join(pid.to_string());
            table.scan_task(&process, pid, pid);
            if threads {
                let Ok(tasks) = std::fs::read_dir(process.join("task")) else {
                    continue;
                };
                for t in tasks.flatten() {
                    match leading_number(&t.file_name()) {
                        Some(tid) if tid != pid => table.scan_task(&t.path(), pid, tid),
                        _ => {}
                    }
                }
            }
        }
        // ss finds the entries of an inode in the reverse of this scan's order (each is
        // put first): keep that order, so that a printer lists them as ss does.
        for v in table.by_inode.values_mut() {
            v.reverse();
        }
        Ok(table)
    }

    /// The descriptors of the socket of `inode`, in the order `ss -p` prints them; empty
    /// when no process shown holds it.
    pub fn lookup(&self, inode: u32) -> &[ProcessSocket] {
        self.by_inode.get(&inode).map_or(&[], Vec::as_slice)
    }

    /// How many sockets the table holds.
    pub fn len(&self) -> usize {
        self.by_inode.len()
    }

    /// True when no socket was found.
    pub fn is_empty(&self) -> bool {
        self.by_inode.is_empty()
    }

    /// The descriptors of task `tid` of process `pid`, whose procfs folder is `task`
    /// (`PID/` or `PID/task/TID/`: the same as ss's `TID/`).
    fn scan_task(&mut self, task: &Path, pid: u32, tid: u32) {
        let Ok(fds) = std::fs::read_dir(task.join("fd")) else {
            return;
        };
        let mut command = None;
        for entry in fds.flatten() {
            let Some(fd) = leading_number(&entry.file_name()) else {
                continue;
            };
            let Ok(target) = std::fs::read_link(entry.path()) else {
                continue;
            };
            let Some(inode) = socket_inode(target.as_os_str().as_encoded_bytes()) else {
                continue;
            };
            let command = command.get_or_insert_with(|| read_command(task)).clone();
            self.by_inode.entry(inode).or_default().push(ProcessSocket {
                command,
                pid,
                tid,
                fd,
            });
        }
    }
}

/// The number a directory entry's name starts with (ss's `sscanf("%d%*c")`: `12` and
/// `12x`, not `self`).
fn leading_number(name: &std::ffi::OsStr) -> Option<u32> {
    let b = name.as_encoded_bytes();
    let end = b
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(b.len());
    std::str::from_utf8(&b[..end]).ok()?.parse().ok()
}

/// The inode of a descriptor link `socket:[INODE]`.
fn socket_inode(link: &[u8]) -> Option<u32> {
    let rest = link.strip_prefix(b"socket:[")?;
    let end = rest.iter().position(|c| !c.is_ascii_digit())?;
    std::str::from_utf8(&rest[..end]).ok()?.parse().ok()
}

/// The command name of process (or thread) `pid` under the procfs at `root`
/// (`ROOT/PID/stat`, read as [`ProcessSocket::command`] is): `None` when there is no
/// such process or its name is empty (ss's netlink table prints the bare number then).
pub fn command(root: &Path, pid: u32) -> Option<String> {
    let name = read_command(&root.join(pid.to_string()));
    (!name.is_empty()).then_some(name)
}

/// The command name in `task/stat`: after the first `(`, up to the first `)` (as ss's
/// `fscanf("%*d (%[^)])")`); empty when unreadable.
fn read_command(task: &Path) -> String {
    let Ok(stat) = std::fs::read(task.join("stat")) else {
        return String::new();
    };
    command_of_stat(&stat)
}

fn command_of_stat(stat: &[u8]) -> String {
    let Some(open) = stat.iter().position(|&c| c == b'(') else {
        return String::new();
    };
    let name = &stat[open + 1..];
    let end = name.iter().position(|&c| c == b')').unwrap_or(name.len());
    String::from_utf8_lossy(&name[..end]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;
    use std::path::PathBuf;

    /// A fake procfs: process 12 (`my cmd`) holds socket 777 on fd 3 and 5, process 15
    /// (`a)b`, cut at the `)` as ss cuts it) holds 777 on fd 0 and a file on fd 1; its
    /// thread 16 holds socket 888; `self` and a pid without stat are there too.
    fn fake_proc() -> PathBuf {
        let root = std::env::temp_dir().join(format!("nlkit-proc-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mk = |p: &str| std::fs::create_dir_all(root.join(p)).unwrap();
        for d in [
            "12/fd",
            "15/fd",
            "15/task/15",
            "15/task/16/fd",
            "20/fd",
            "self/fd",
        ] {
            mk(d);
        }
        let link = |target: &str, at: &str| symlink(target, root.join(at)).unwrap();
        std::fs::write(root.join("12/stat"), "12 (my cmd) S 1 12 12 0").unwrap();
        std::fs::write(root.join("15/stat"), "15 (a)b) S 1 15").unwrap();
        std::fs::write(root.join("15/task/16/stat"), "16 (worker) S 1 15").unwrap();
        link("socket:[777]", "12/fd/3");
        link("socket:[777]", "12/fd/5");
        link("socket:[777]", "15/fd/0");
        link("/dev/null", "15/fd/1");
        link("socket:[888]", "15/task/16/fd/4");
        link("socket:[999]", "20/fd/2");
        link("socket:[555]", "self/fd/1");
        link("pipe:[777]", "12/fd/7");
        root
    }

    #[test]
    fn sockets_of_a_fake_procfs() {
        let root = fake_proc();
        let t = ProcessTable::scan_root(&root, false).unwrap();
        let mut of_777: Vec<_> = t.lookup(777).iter().map(|p| (p.pid, p.fd)).collect();
        of_777.sort_unstable();
        assert_eq!(of_777, [(12, 3), (12, 5), (15, 0)]);
        assert!(t.lookup(777).iter().all(|p| p.pid == p.tid));
        let c = |pid: u32| {
            t.lookup(777)
                .iter()
                .find(|p| p.pid == pid)
                .unwrap()
                .command
                .clone()
        };
        assert_eq!((c(12), c(15)), ("my cmd".to_owned(), "a".to_owned()));
        assert_eq!(t.lookup(999)[0].command, "", "no stat");
        assert!(t.lookup(888).is_empty(), "threads are not scanned");
        assert!(t.lookup(555).is_empty(), "`self` is not a pid");
        assert_eq!(t.len(), 2);
        assert_eq!(command(&root, 12).as_deref(), Some("my cmd"));
        assert_eq!(command(&root, 20), None, "no stat");
        assert_eq!(command(&root, 99), None, "no process");
        let threads = ProcessTable::scan_root(&root, true).unwrap();
        let w = &threads.lookup(888)[0];
        assert_eq!(
            (w.command.as_str(), w.pid, w.tid, w.fd),
            ("worker", 15, 16, 4)
        );
        std::fs::remove_dir_all(&root).unwrap();
        assert!(ProcessTable::scan_root(&root, false).is_err());
    }

    #[test]
    fn names_and_links() {
        assert_eq!(socket_inode(b"socket:[123]"), Some(123));
        assert_eq!(socket_inode(b"socket:[123"), None);
        assert_eq!(socket_inode(b"socket:[99999999999]"), None);
        assert_eq!(socket_inode(b"anon_inode:[eventfd]"), None);
        assert_eq!(leading_number(std::ffi::OsStr::new("42x")), Some(42));
        assert_eq!(leading_number(std::ffi::OsStr::new("x42")), None);
        assert_eq!(command_of_stat(b"1 (systemd) S"), "systemd");
        assert_eq!(command_of_stat(b"garbage"), "");
        assert_eq!(command_of_stat(b"1 (unterminated"), "unterminated");
    }
}
