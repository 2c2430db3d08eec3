//! The details ss prints after the addresses, in its order: the process (`-p`:
//! `users:(("cmd",pid=N,fd=M),...)`), the timer (`-o`: `timer:(keepalive,1min58sec,0)`),
//! `-e` (`uid:`, `ino:`, `sk:`, `fwmark:`, `cgroup:`, `v6only:`, the shutdown arrows
//! `<->`), `--tos` (`tos:`, `tclass:`, `class_id:`), `--cgroup`, and the socket memory
//! of `-m` (`skmem:(...)`, or `mem:(...)` from older kernels).

use super::fields::{Ext, Value};
use nlkit::sock_diag::process::ProcessTable;
use nlkit::sock_diag::{InetSocket, SkMeminfo, Timer};
use std::collections::HashMap;
use std::fmt::Write;

/// A timer's time left as ss prints it (`print_ms_timer`): minutes, seconds and
/// milliseconds, each only when it matters (`1min58sec`, `2.500ms`... `204ms`).
pub fn ms_timer(timeout: u32) -> String {
    let mut secs = timeout / 1000;
    let minutes = secs / 60;
    secs %= 60;
    let mut msecs = timeout % 1000;
    let mut out = String::new();
    if minutes > 0 {
        msecs = 0;
        let _ = write!(out, "{minutes}min");
        if minutes > 9 {
            secs = 0;
        }
    }
    if secs > 0 {
        if secs > 9 {
            msecs = 0;
        }
        let _ = write!(out, "{secs}{}", if msecs > 0 { "." } else { "sec" });
    }
    if msecs > 0 {
        let _ = write!(out, "{msecs:03}ms");
    }
    out
}

/// `-o`: ` timer:(NAME,TIME,RETRANS)` when a timer is pending (SCTP's is `T3_RTX`).
/// JSON: `timer: {"name", "expires_ms", "retrans"}`.
pub fn timer(out: &mut Ext, s: &InetSocket, sctp: bool) {
    if s.timer == Timer::Off {
        return;
    }
    let name = if sctp {
        "T3_RTX"
    } else {
        match s.timer {
            Timer::On => "on",
            Timer::Keepalive => "keepalive",
            Timer::TimeWait => "timewait",
            Timer::Probe0 => "persist",
            _ => "unknown",
        }
    };
    let value = || {
        Value::Obj(vec![
            ("name", Value::Str(name.to_owned())),
            ("expires_ms", Value::U64(s.expires.into())),
            ("retrans", Value::U64(s.retransmits.into())),
        ])
    };
    out.field("timer", value, |t| {
        let _ = write!(
            t,
            " timer:({name},{},{})",
            ms_timer(s.expires),
            s.retransmits
        );
    });
}

/// `-e`'s first words for a socket of any family: ` uid:U` (unless 0), ` ino:I sk:COOKIE`.
/// JSON: `uid` (0 too), `ino`, `sk` (a hex string).
pub fn sock_ids(out: &mut Ext, uid: u32, inode: u32, cookie: u64) {
    out.field(
        "uid",
        || Value::U64(uid.into()),
        |t| {
            if uid != 0 {
                let _ = write!(t, " uid:{uid}");
            }
        },
    );
    out.field(
        "ino",
        || Value::U64(inode.into()),
        |t| {
            let _ = write!(t, " ino:{inode}");
        },
    );
    out.field(
        "sk",
        || Value::Str(format!("{cookie:x}")),
        |t| {
            let _ = write!(t, " sk:{cookie:x}");
        },
    );
}

/// `-e`: ` uid:U` (unless 0), ` ino:I sk:COOKIE`, ` fwmark:0xM` and ` cgroup:PATH` when
/// set (ss's `sock_details_print`), then for inet sockets ` v6only:B` and the shutdown
/// arrows. JSON: `uid` (0 too), `ino`, `sk` (hex string), `fwmark`, `cgroup`, `v6only`
/// (a boolean), `shutdown` (the kernel's number: 1 receive, 2 send).
pub fn sock_details(out: &mut Ext, s: &InetSocket, cgroups: &mut Cgroups) {
    sock_ids(out, s.uid, s.inode, s.cookie);
    if let Some(mark) = s.mark.filter(|m| *m != 0) {
        out.field(
            "fwmark",
            || Value::U64(mark.into()),
            |t| {
                let _ = write!(t, " fwmark:{mark:#x}");
            },
        );
    }
    if let Some(id) = s.cgroup_id.filter(|c| *c != 0) {
        let path = cgroups.path(id);
        out.field(
            "cgroup",
            || Value::Str(path.clone()),
            |t| {
                let _ = write!(t, " cgroup:{path}");
            },
        );
    }
    if s.family == nlkit::rtnl::AddressFamily::Inet6 {
        if let Some(v6only) = s.v6only {
            out.field(
                "v6only",
                || Value::Bool(v6only),
                |t| {
                    let _ = write!(t, " v6only:{}", u8::from(v6only));
                },
            );
        }
    }
    if let (Some(rx), Some(tx)) = (s.shut_receive(), s.shut_send()) {
        shutdown(out, rx, tx);
    }
}

/// `-e`'s shutdown arrows of any socket: ` <->`, a `-` for each direction shut down.
/// JSON: `shutdown`, the kernel's number (1 receive, 2 send).
pub fn shutdown(out: &mut Ext, receive: bool, send: bool) {
    let bits = u64::from(receive) | u64::from(send) << 1;
    out.field(
        "shutdown",
        || Value::U64(bits),
        |t| {
            let _ = write!(
                t,
                " {}-{}",
                if receive { '-' } else { '<' },
                if send { '-' } else { '>' }
            );
        },
    );
}

/// `--tos`: ` tos:0xT`, ` tclass:0xC`, ` class_id:0xI` (C's `%#x`: 0 is `0`).
/// JSON: `tos`, `tclass`, `class_id` as numbers.
pub fn tos(out: &mut Ext, s: &InetSocket) {
    let hex = |v: u32| {
        if v == 0 {
            "0".to_owned()
        } else {
            format!("{v:#x}")
        }
    };
    for (key, v) in [
        ("tos", s.tos.map(u32::from)),
        ("tclass", s.tclass.map(u32::from)),
        ("class_id", s.class_id),
    ] {
        if let Some(v) = v {
            out.field(
                key,
                || Value::U64(v.into()),
                |t| {
                    let _ = write!(t, " {key}:{}", hex(v));
                },
            );
        }
    }
}

/// `--cgroup`: ` cgroup:PATH` when the kernel reported one.
/// JSON: `cgroup` (once, with `-e` too).
pub fn cgroup(out: &mut Ext, s: &InetSocket, cgroups: &mut Cgroups) {
    if let Some(id) = s.cgroup_id {
        let path = cgroups.path(id);
        out.field(
            "cgroup",
            || Value::Str(path.clone()),
            |t| {
                let _ = write!(t, " cgroup:{path}");
            },
        );
    }
}

/// `--inet-sockopt`: `inet-sockopt: ( recverr is_icsk ...)`, on its own line (`\n\t`) or
/// with `-O` after a space. JSON: `inet_sockopt`, an array of the names.
pub fn inet_sockopt(out: &mut Ext, s: &InetSocket, oneline: bool) {
    let Some(o) = &s.sockopt else {
        return;
    };
    let flags = o.flags();
    let names = || sockopt_names(flags);
    let value = || Value::Arr(names().map(|n| Value::Str(n.to_owned())).collect());
    out.field("inet_sockopt", value, |t| {
        t.push_str(if oneline {
            " inet-sockopt: ("
        } else {
            "\n\tinet-sockopt: ("
        });
        for name in names() {
            let _ = write!(t, " {name}");
        }
        t.push(')');
    });
}

/// The names of the `--inet-sockopt` flags set in `flags`, in ss's order.
fn sockopt_names(
    flags: nlkit::wire::inet_diag::SockoptFlags,
) -> impl Iterator<Item = &'static str> {
    use nlkit::wire::inet_diag::SockoptFlags as F;
    [
        (F::RECVERR, "recverr"),
        (F::IS_ICSK, "is_icsk"),
        (F::FREEBIND, "freebind"),
        (F::HDRINCL, "hdrincl"),
        (F::MC_LOOP, "mc_loop"),
        (F::TRANSPARENT, "transparent"),
        (F::MC_ALL, "mc_all"),
        (F::NODEFRAG, "nodefrag"),
        (F::BIND_ADDRESS_NO_PORT, "bind_addr_no_port"),
        (F::RECVERR_RFC4884, "recverr_rfc4884"),
        (F::DEFER_CONNECT, "defer_connect"),
    ]
    .into_iter()
    .filter(move |(flag, _)| flags.contains(*flag))
    .map(|(_, name)| name)
}

/// `-m`: ` skmem:(rR,rbB,tT,tbB,fF,wW,oO[,blB][,dD])`, or from a kernel without
/// `INET_DIAG_SKMEMINFO` ` mem:(rR,wW,fF,tT)`. JSON: `skmem` or `mem`, an object under
/// the same letters.
pub fn skmem(out: &mut Ext, s: &InetSocket) {
    match (&s.skmeminfo, &s.meminfo) {
        (Some(m), _) => sk_meminfo(out, m),
        (None, Some(m)) => {
            let items = [("r", m.rmem), ("w", m.wmem), ("f", m.fmem), ("t", m.tmem)];
            mem_field(out, "mem", &items);
        }
        (None, None) => {}
    }
}

/// ` skmem:(rR,rbB,tT,tbB,fF,wW,oO[,blB][,dD])` of a socket of any family.
pub fn sk_meminfo(out: &mut Ext, m: &SkMeminfo) {
    let v = |x: Option<u32>| x.unwrap_or(0);
    let mut items = vec![
        ("r", v(m.rmem_alloc())),
        ("rb", v(m.rcvbuf())),
        ("t", v(m.wmem_alloc())),
        ("tb", v(m.sndbuf())),
        ("f", v(m.fwd_alloc())),
        ("w", v(m.wmem_queued())),
        ("o", v(m.optmem())),
    ];
    items.extend(m.backlog().map(|bl| ("bl", bl)));
    items.extend(m.drops().map(|d| ("d", d)));
    mem_field(out, "skmem", &items);
}

/// ` NAME:(LETTERvalue,...)`, or JSON `NAME: {LETTER: value, ...}`.
fn mem_field(out: &mut Ext, name: &'static str, items: &[(&'static str, u32)]) {
    let value = || {
        Value::Obj(
            items
                .iter()
                .map(|(k, v)| (*k, Value::U64((*v).into())))
                .collect(),
        )
    };
    out.field(name, value, |t| {
        let _ = write!(t, " {name}:(");
        for (i, (k, v)) in items.iter().enumerate() {
            let _ = write!(t, "{}{k}{v}", if i > 0 { "," } else { "" });
        }
        t.push(')');
    });
}

/// cgroup v2 paths by id: the directories of the first cgroup2 mount (a cgroup's id is
/// its directory's inode number), `unreachable:ID` for the others. Without a cgroup2
/// mount ss says `Failed to find cgroup2 mount` on stderr when it first looks and again
/// for each id it cannot find; so does this.
#[derive(Debug, Default)]
pub struct Cgroups {
    loaded: bool,
    mount: Option<String>,
    paths: HashMap<u64, String>,
}

/// The first cgroup2 mount point of `/proc/mounts` (its octal escapes kept, as ss reads
/// it with scanf).
pub fn cgroup2_mount() -> Option<String> {
    let text = std::fs::read_to_string("/proc/mounts").ok()?;
    text.lines().find_map(|l| {
        let mut w = l.split_whitespace();
        let (_, path, fstype) = (w.next()?, w.next()?, w.next()?);
        (fstype == "cgroup2").then(|| path.to_owned())
    })
}

impl Cgroups {
    fn load(&mut self) {
        self.loaded = true;
        self.mount = cgroup2_mount();
        let Some(mount) = self.mount.clone() else {
            crate::diag::warn_held("Failed to find cgroup2 mount");
            return;
        };
        let mut stack = vec![std::path::PathBuf::from(&mount)];
        while let Some(dir) = stack.pop() {
            use std::os::unix::fs::MetadataExt;
            let Ok(meta) = std::fs::symlink_metadata(&dir) else {
                continue;
            };
            let rel = dir.to_string_lossy();
            let rel = rel.get(mount.len()..).unwrap_or("");
            let path = if rel.is_empty() { "/" } else { rel };
            self.paths
                .entry(meta.ino())
                .or_insert_with(|| path.to_owned());
            if let Ok(entries) = std::fs::read_dir(&dir) {
                for e in entries.flatten() {
                    if e.file_type().is_ok_and(|t| t.is_dir()) {
                        stack.push(e.path());
                    }
                }
            }
        }
    }

    /// The path of cgroup `id` (ss's `cg_id_to_path`).
    pub fn path(&mut self, id: u64) -> String {
        if !self.loaded {
            self.load();
        }
        if let Some(p) = self.paths.get(&id) {
            return p.clone();
        }
        if self.mount.is_none() {
            crate::diag::warn_held("Failed to find cgroup2 mount");
        } else {
            crate::diag::warn_held("Failed to open cgroup2 by ID");
        }
        format!("unreachable:{id:x}")
    }
}

/// The procfs ss reads: `$PROC_ROOT`, else `/proc`.
pub fn proc_root() -> std::path::PathBuf {
    std::env::var_os("PROC_ROOT").map_or_else(|| "/proc".into(), std::path::PathBuf::from)
}

/// The processes holding each socket (the library's `/proc` scan, run once, when first
/// needed), printed as ss prints them.
#[derive(Debug, Default)]
pub struct Users {
    /// `-T`: every thread's descriptors too, each user with its `tid=`.
    pub threads: bool,
    table: Option<ProcessTable>,
}

impl Users {
    /// The holders of sockets, with each thread's (`-T`) when `threads`.
    pub fn new(threads: bool) -> Users {
        Users {
            threads,
            table: None,
        }
    }

    /// The holders found in `table` (a scan already made).
    pub fn of_table(table: ProcessTable, threads: bool) -> Users {
        Users {
            threads,
            table: Some(table),
        }
    }

    /// ` users:(("cmd",pid=N,fd=M),...)` for the socket of inode `ino` (nothing for 0 or
    /// a socket no process holds), the holders in ss's order. JSON: `users`, an array of
    /// `{"cmd", "pid", "tid" (-T), "fd"}`.
    pub fn print(&mut self, out: &mut Ext, ino: u32) {
        if ino == 0 {
            return;
        }
        let threads = self.threads;
        let table = self.table.get_or_insert_with(|| {
            ProcessTable::scan_root(&proc_root(), threads).unwrap_or_default()
        });
        let users = table.lookup(ino);
        if users.is_empty() {
            return;
        }
        let value = || {
            let user = |u: &nlkit::sock_diag::process::ProcessSocket| {
                let mut m = vec![
                    ("cmd", Value::Str(u.command.clone())),
                    ("pid", Value::U64(u.pid.into())),
                ];
                if threads {
                    m.push(("tid", Value::U64(u.tid.into())));
                }
                m.push(("fd", Value::U64(u.fd.into())));
                Value::Obj(m)
            };
            Value::Arr(users.iter().map(user).collect())
        };
        out.field("users", value, |t| {
            t.push_str(" users:(");
            for (i, u) in users.iter().enumerate() {
                if i > 0 {
                    t.push(',');
                }
                let _ = write!(t, "(\"{}\",pid={},", u.command, u.pid);
                if threads {
                    let _ = write!(t, "tid={},", u.tid);
                }
                let _ = write!(t, "fd={})", u.fd);
            }
            t.push(')');
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_timers() {
        assert_eq!(ms_timer(204), "204ms");
        assert_eq!(ms_timer(59_000), "59sec");
        assert_eq!(ms_timer(2_500), "2.500ms");
        assert_eq!(ms_timer(12_500), "12sec");
        assert_eq!(ms_timer(118_000), "1min58sec");
        assert_eq!(ms_timer(7_140_000), "119min");
        assert_eq!(ms_timer(0), "");
    }
}
