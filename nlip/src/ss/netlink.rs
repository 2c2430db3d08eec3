//! The netlink table (`nl`): one dump of every netlink socket of the namespace (shown
//! only when the closed state is: ss prints each `UNCONN`), in the kernel's order, as ss
//! 6.1 prints them (`netlink_show_one`): the protocol's name (`rtnl`, `genl`, `tcpdiag`,
//! ... from iproute2's `nl_protos`, the number with `-n`) and the port id as the local
//! side, the port shown as `kernel` for 0 and as `COMMAND/PID` when a process of that pid
//! exists (both numbers with `-n`; a kernel-chosen port id is negative, printed as ss
//! prints an `int`); the peer `GROUP:PORT` of a connected socket, else `*`; then `-e`'s
//! ` sk=0 cb=0 groups=0xGGGGGGGG` (JSON: `groups`) and `-m`'s `\t skmem:(...)`. ss prints no process
//! (`-p`) for netlink sockets.
//!
//! Difference from ss 6.1: this kernel (6.18) loses the socket at each datagram boundary
//! of a netlink_diag dump. ss's first receive peeks with an empty buffer, so the kernel
//! fills a second page-sized datagram before 32 KiB ones; nlkit peeks with 32 KiB. With
//! more netlink sockets than one page holds (about 40), ss so lists one fewer than nlss.

use super::dump::{each, CLOSE};
use super::print::fields::Value;
use super::print::{details, Printer};
use super::select::{Family, Selection};
use super::table::{Endpoint, Row, Table};
use crate::diag::Failure;
use nlkit::sock_diag::netlink::{NetlinkRequest, NetlinkSocket, NetlinkState};
use nlkit::sock_diag::{process, SkMeminfo};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

/// iproute2's built-in netlink protocol names (lib/rt_names.c), before `nl_protos`.
const PROTOCOLS: &[(u32, &str)] = &[
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

/// The protocol names: the built-in ones, then iproute2's `nl_protos` files (`ID NAME`
/// lines, `#` comments; ids as C's `%i` reads them: decimal or `0x` hex).
// merge: belongs in crate::names beside the other iproute2 tables.
pub fn protocol_names() -> HashMap<u32, String> {
    let mut names: HashMap<u32, String> = PROTOCOLS
        .iter()
        .map(|(id, n)| (*id, (*n).to_owned()))
        .collect();
    for path in crate::names::config_paths("nl_protos") {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for line in text.lines() {
            let mut w = line.split_whitespace();
            let (Some(id), Some(name)) = (w.next(), w.next()) else {
                continue;
            };
            if id.starts_with('#') {
                continue;
            }
            let id = match id.strip_prefix("0x") {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => id.parse().ok(),
            };
            if let Some(id) = id.filter(|i| *i < 256) {
                names.insert(id, name.to_owned());
            }
        }
    }
    names
}

/// Shows the netlink sockets.
pub fn show<W: Write>(
    sel: &Selection,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    if !sel.has_family(Family::Netlink) || sel.states & CLOSE == 0 {
        return Ok(());
    }
    let names = (!p.numeric).then(protocol_names);
    let root = super::print::details::proc_root();
    each(&NetlinkRequest::default(), |s: NetlinkSocket| {
        // merge: the filter expression is checked here (its port is the port id, its
        // protocol the socket's).
        Ok(table.row(&netlink_row(&s, names.as_ref(), p, &root))?)
    })?;
    Ok(())
}

/// One netlink socket's row; `names` are the protocol names (`None` with `-n`), `root`
/// the procfs the port's process is looked up in.
pub fn netlink_row(
    s: &NetlinkSocket,
    names: Option<&HashMap<u32, String>>,
    p: &Printer,
    root: &Path,
) -> Row {
    let m = s.meminfo.as_ref();
    let rq = m.and_then(SkMeminfo::rmem_alloc).unwrap_or(0);
    let wq = m.and_then(SkMeminfo::wmem_alloc).unwrap_or(0);
    let mut r = super::dump::row("nl", 7, rq, wq);
    let proto = u32::try_from(s.protocol.raw()).unwrap_or(u32::MAX);
    let proto_name = names
        .and_then(|n| n.get(&proto).cloned())
        .unwrap_or_else(|| proto.to_string());
    // ss reads port ids as `int`s.
    #[allow(clippy::cast_possible_wrap)]
    let (pid, dst) = (s.portid as i32, s.dst_portid as i32);
    let port = match pid {
        -1 => "*".to_owned(),
        0 if !p.numeric => "kernel".to_owned(),
        pid if pid > 0 && !p.numeric => process::command(root, pid.unsigned_abs())
            .map_or_else(|| pid.to_string(), |c| format!("{c}/{pid}")),
        pid => pid.to_string(),
    };
    r.local = Endpoint::new(&proto_name, ":", &port).keys("proto", "port");
    r.peer = if s.state == NetlinkState::Connected {
        Endpoint::new(&s.dst_group.to_string(), ":", dst.to_string()).keys("group", "port")
    } else {
        Endpoint::new("", "*", "")
    };
    let mut ext = p.ext();
    if p.details {
        let groups = s.first_groups();
        // ss's sk and cb are 0 from sock_diag (the kernel does not send them).
        ext.field(
            "groups",
            || Value::U64(groups.into()),
            |t| {
                let _ = write!(t, " sk=0 cb=0 groups=0x{groups:08x}");
            },
        );
    }
    if p.mem {
        if !ext.is_json() {
            ext.push('\t');
        }
        if let Some(m) = m {
            details::sk_meminfo(&mut ext, m);
        }
    }
    r.push_ext(ext);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_as_ss_prints_them() {
        let names = protocol_names();
        let p = Printer::default();
        let mut s = NetlinkSocket {
            protocol: nlkit::sys::Protocol::from(16),
            portid: u32::MAX - 41,
            ..Default::default()
        };
        let r = netlink_row(&s, Some(&names), &p, Path::new("/proc"));
        assert_eq!(
            (r.local.addr.as_str(), r.local.port.as_str()),
            ("genl:", "-42")
        );
        assert_eq!((r.peer.addr.as_str(), r.peer.port.as_str()), ("*", ""));
        s.portid = 0;
        s.state = NetlinkState::Connected;
        s.dst_group = 1;
        assert_eq!(
            netlink_row(&s, Some(&names), &p, Path::new("/proc"))
                .local
                .port,
            "kernel"
        );
        assert_eq!(
            netlink_row(&s, Some(&names), &p, Path::new("/proc"))
                .peer
                .addr,
            "1:"
        );
        s.protocol = nlkit::sys::Protocol::from(99);
        assert_eq!(
            netlink_row(&s, Some(&names), &p, Path::new("/proc"))
                .local
                .addr,
            "99:"
        );
    }
}
