//! Rows of netlink and unix sockets as ss 6.1 fills them, from the values of their
//! sock_diag messages (plain numbers here, so that any typed socket converts in a line).

use super::options::SsOptions;
use super::print::details::Users;
use nlkit::sock_diag::process::command as task_name;
use super::table::{Endpoint, Row};
use std::path::Path;

/// The values ss prints of a netlink socket (`netlink_diag_msg` and its attributes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetlinkSock {
    /// The netlink protocol (`ndiag_protocol`).
    pub protocol: u8,
    /// The port id (`ndiag_portid`, as ss reads it: a C int; 0 is the kernel, -1 `*`).
    pub portid: i32,
    /// The first word of NETLINK_DIAG_GROUPS.
    pub groups: u64,
    /// `ndiag_state` is NETLINK_CONNECTED (1).
    pub connected: bool,
    /// `ndiag_dst_portid`.
    pub dst_portid: u32,
    /// `ndiag_dst_group`.
    pub dst_group: u32,
    /// SK_MEMINFO_RMEM_ALLOC of NETLINK_DIAG_MEMINFO (0 without it).
    pub rmem: u32,
    /// SK_MEMINFO_WMEM_ALLOC.
    pub wmem: u32,
    /// The socket cookie (`ndiag_cookie`, ss's `sk`).
    pub sk: u64,
    /// NETLINK_DIAG_... callback word ss prints as `cb`.
    pub cb: u64,
}

/// ss's names of the netlink protocols (iproute2's built-in table; ss also reads
/// /etc/iproute2/nl_protos: merge: through `names::NameTable` once its constructor is
/// shared).
pub fn nl_protocol(protocol: u8, numeric: bool) -> String {
    const NAMES: &[(u8, &str)] = &[
        (0, "rtnl"),
        (1, "unused"),
        (2, "usersock"),
        (3, "fw"),
        (4, "tcpdiag"),
        (5, "nflog"),
        (6, "xfrm"),
        (7, "selinux"),
        (8, "iscsi"),
        (9, "audit"),
        (10, "fiblookup"),
        (11, "connector"),
        (12, "nft"),
        (13, "ip6fw"),
        (14, "dec-rt"),
        (15, "uevent"),
        (16, "genl"),
        (18, "scsi-trans"),
        (19, "ecryptfs"),
        (20, "rdma"),
        (21, "crypto"),
    ];
    match NAMES.iter().find(|(p, _)| *p == protocol) {
        Some((_, name)) if !numeric => (*name).to_owned(),
        _ => protocol.to_string(),
    }
}

/// The queues as ss keeps them: C ints.
fn c_int(v: u32) -> i64 {
    i64::from(v as i32)
}

/// A netlink socket's row: `nl UNCONN RQ WQ PROTO:PROCESS *` (the process is `kernel`
/// for port 0, `COMM/PID` when a process of that pid exists under `root`, else the
/// number), with ` sk=... cb=... groups=0x...` for `-e`.
pub fn netlink_row(s: &NetlinkSock, o: &SsOptions, root: &Path) -> Row {
    let mut row = Row::new("nl", super::names::state(7), c_int(s.rmem), c_int(s.wmem));
    let process = match s.portid {
        -1 => "*".to_owned(),
        0 if !o.numeric => "kernel".to_owned(),
        pid if pid > 0 && !o.numeric => match task_name(root, pid.unsigned_abs()) {
            Some(comm) => format!("{comm}/{pid}"),
            None => pid.to_string(),
        },
        pid => pid.to_string(),
    };
    row.local = Endpoint::new(&nl_protocol(s.protocol, o.numeric), ":", &process);
    row.peer = if s.connected {
        Endpoint::new(
            &(s.dst_group as i32).to_string(),
            ":",
            &(s.dst_portid as i32).to_string(),
        )
    } else {
        Endpoint::new("", "*", "")
    };
    if o.details > 0 {
        row.push(&format!(
            " sk={:x} cb={:x} groups=0x{:08x}",
            s.sk, s.cb, s.groups
        ));
    }
    row
}

/// The values ss prints of a unix socket (`unix_diag_msg` and its attributes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnixSock {
    /// SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET.
    pub kind: u8,
    /// The state (TCP's numbering).
    pub state: u8,
    /// The socket's inode.
    pub inode: u32,
    /// UNIX_DIAG_RQLEN's receive and send queues.
    pub rqlen: Option<(u32, u32)>,
    /// UNIX_DIAG_NAME's bytes.
    pub name: Option<Vec<u8>>,
    /// UNIX_DIAG_PEER: the peer's inode (0 without one).
    pub peer: u32,
    /// UNIX_DIAG_SHUTDOWN.
    pub shutdown: Option<u8>,
    /// UNIX_DIAG_VFS: the inode, and the device's major and minor numbers.
    pub vfs: Option<(u32, u32, u32)>,
    /// UNIX_DIAG_ICONS: the inodes of the connections waiting to be accepted.
    pub icons: Option<Vec<u32>>,
    /// UNIX_DIAG_MEMINFO (`SK_MEMINFO_*` words).
    pub meminfo: Option<Vec<u32>>,
}

/// A unix socket's name as ss prints it: an abstract name (first byte 0) with every NUL
/// as `@`; a path up to its first NUL.
pub fn unix_name(raw: &[u8]) -> String {
    if raw.first() == Some(&0) {
        let at: Vec<u8> = raw.iter().map(|&b| if b == 0 { b'@' } else { b }).collect();
        return String::from_utf8_lossy(&at).into_owned();
    }
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    String::from_utf8_lossy(&raw[..end]).into_owned()
}

/// ` skmem:(r..,rb..,t..,tb..,f..,w..,o..[,bl..][,d..])` of SK_MEMINFO words (fewer than
/// seven: nothing).
pub fn skmem(m: &[u32]) -> String {
    let [r, rb, t, tb, f, w, o, rest @ ..] = m else {
        return String::new();
    };
    let mut s = format!(" skmem:(r{r},rb{rb},t{t},tb{tb},f{f},w{w},o{o}");
    if let Some(bl) = rest.first() {
        s.push_str(&format!(",bl{bl}"));
    }
    if let Some(d) = rest.get(1) {
        s.push_str(&format!(",d{d}"));
    }
    s.push(')');
    s
}

/// A unix socket's row: Netid by type, `NAME INODE` (`*` unnamed) and `* PEER`, the
/// holders, then `-m`'s skmem and `-e`'s shutdown, vfs and peers.
pub fn unix_row(s: &UnixSock, o: &SsOptions, users: Option<&mut Users>) -> Row {
    let (rq, wq) = s.rqlen.unwrap_or_default();
    let netid = super::names::unix_netid(s.kind);
    let mut row = Row::new(netid, super::names::state(s.state), c_int(rq), c_int(wq));
    let name = s.name.as_deref().map_or_else(|| "*".to_owned(), unix_name);
    row.local = Endpoint::new(&name, " ", &s.inode.to_string());
    row.peer = Endpoint::new("*", " ", &s.peer.to_string());
    if let Some(users) = users {
        let mut column = String::new();
        users.print(&mut column, s.inode);
        row.push(&column);
    }
    if o.mem {
        if let Some(m) = &s.meminfo {
            row.push(&skmem(m));
        }
    }
    if o.details > 0 {
        if let Some(mask) = s.shutdown {
            let r = if mask & 1 != 0 { '-' } else { '<' };
            let w = if mask & 2 != 0 { '-' } else { '>' };
            row.push(&format!(" {r}-{w}"));
        }
        if let Some((ino, major, minor)) = s.vfs {
            row.push(&format!(" ino:{ino} dev:{major}/{minor}"));
        }
        if let Some(icons) = &s.icons {
            row.push(" peers:");
            for p in icons {
                row.push(&format!(" {p}"));
            }
        }
    }
    row
}
