//! The packet tables (`p_raw`, `p_dgr`): one dump of every packet socket of the namespace
//! (shown only when the closed state is, as every packet socket is `UNCONN`), in the
//! kernel's order, as ss 6.1 prints them (`packet_show_sock`): the protocol as the local
//! address (`*` for `ETH_P_ALL`, the ethertype's name, `[N]` without one or with `-n`)
//! and the device as its port (`*` when unbound), the peer `*`; then `-p`'s process,
//! `-e`'s ` uid:U ino:I sk:COOKIE` and its lines `ver:V cpy_thresh:T flags( ... )`,
//! `ring_rx(...)`, `ring_tx(...)`, `fanout(id:I,type:T)`, `-b`'s `bpf filter (N): ...`
//! and `-m`'s `skmem:(...)`.
//!
//! ss shows both packet tables whichever of them was chosen (its dump does not look at
//! the socket type); so does this.

use super::dump::{detail_line, each, row, CLOSE};
use super::print::fields::{Ext, Value};
use super::print::{details, Printer};
use super::select::{Family, Selection};
use super::table::{Endpoint, Row, Table};
use crate::diag::Failure;
use nlkit::sock_diag::packet::{PacketInfoFlags, PacketRequest, PacketSocket};
use nlkit::sock_diag::SkMeminfo;
use nlkit::wire::sock_diag::{PacketDiagInfo, PacketDiagRing, SockFilter};
use std::fmt::Write as _;
use std::io::Write;

/// The ethertype names iproute2 prints (lib/ll_proto.c's table, in its order: the first
/// entry of a number wins, so 0x0800 is `ip`).
const ETHERTYPES: &[(u16, &str)] = &[
    (0x0060, "loop"),
    (0x0200, "pup"),
    (0x0201, "pupat"),
    (0x0800, "ip"),
    (0x0805, "x25"),
    (0x0806, "arp"),
    (0x08ff, "bpq"),
    (0x0a00, "ieeepup"),
    (0x0a01, "ieeepupat"),
    (0x6000, "dec"),
    (0x6001, "dna_dl"),
    (0x6002, "dna_rc"),
    (0x6003, "dna_rt"),
    (0x6004, "lat"),
    (0x6005, "diag"),
    (0x6006, "cust"),
    (0x6007, "sca"),
    (0x8035, "rarp"),
    (0x809b, "atalk"),
    (0x80f3, "aarp"),
    (0x8137, "ipx"),
    (0x86dd, "ipv6"),
    (0x8863, "ppp_disc"),
    (0x8864, "ppp_ses"),
    (0x884c, "atmmpoa"),
    (0x8884, "atmfate"),
    (0x0001, "802_3"),
    (0x0002, "ax25"),
    (0x0003, "all"),
    (0x0004, "802_2"),
    (0x0005, "snap"),
    (0x0006, "ddcmp"),
    (0x0007, "wan_ppp"),
    (0x0008, "ppp_mp"),
    (0x0009, "localtalk"),
    (0x000c, "can"),
    (0x0010, "ppptalk"),
    (0x0011, "tr_802_2"),
    (0x0015, "mobitex"),
    (0x0016, "control"),
    (0x0017, "irda"),
    (0x0018, "econet"),
    (0x88ca, "tipc"),
    (0x8892, "profinet"),
    (0x88a2, "aoe"),
    (0x88a4, "ethercat"),
    (0x8100, "802.1Q"),
    (0x88a8, "802.1ad"),
    (0x8847, "mpls_uc"),
    (0x8848, "mpls_mc"),
    (0x6558, "teb"),
    (0x8100, "802.1Q"),
    (0x88cc, "LLDP"),
    (0x0800, "ipv4"),
];

/// An ethertype as iproute2 prints it (`ll_proto_n2a`): its name, or `[N]` in decimal
/// (always with `-n`).
pub fn ethertype(proto: u16, numeric: bool) -> String {
    let name = ETHERTYPES.iter().find(|(n, _)| *n == proto && !numeric);
    name.map_or_else(|| format!("[{proto}]"), |(_, s)| (*s).to_owned())
}

/// Shows the packet sockets.
pub fn show<W: Write>(
    sel: &Selection,
    bpf: bool,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    if !sel.has_family(Family::Packet) || sel.states & CLOSE == 0 {
        return Ok(());
    }
    each(&PacketRequest::default(), |s: PacketSocket| {
        if !sel.filter.passes(&candidate(&s)) {
            return Ok(());
        }
        Ok(table.row(&packet_row(&s, bpf, p))?)
    })?;
    Ok(())
}

/// What ss's own check sees of a packet socket: no family nor address, the device's
/// index as the local port and as the device (ss's `packet_show_sock`).
fn candidate(s: &PacketSocket) -> nlkit::sock_diag::filter::Candidate {
    let index = s.info.as_ref().map_or(0, |i| i.index);
    let none = std::net::IpAddr::from([0u8; 4]);
    nlkit::sock_diag::filter::Candidate {
        family: nlkit::rtnl::AddressFamily::Unspec,
        local: none,
        local_port: index as u16,
        remote: none,
        remote_port: 0,
        interface: index,
        mark: 0,
        cgroup_id: 0,
        autobound: None,
        local_name: None,
        remote_name: None,
    }
}

/// One packet socket's row.
pub fn packet_row(s: &PacketSocket, bpf: bool, p: &mut Printer) -> Row {
    let rq = s.meminfo.as_ref().and_then(SkMeminfo::rmem_alloc);
    let mut r = row(s.socket_type.ss_name(), 7, rq.unwrap_or(0), 0);
    if r.netid == "???" {
        r.netid = "p_dgr".into();
    }
    let addr = if s.protocol == 3 {
        "*".to_owned()
    } else {
        ethertype(s.protocol, p.numeric)
    };
    let dev = match s.info.as_ref().map_or(0, |i| i.index) {
        0 => "*".to_owned(),
        index => p.links.name(index),
    };
    r.local = Endpoint::new(&addr, ":", &dev).keys("proto", "interface");
    r.peer = Endpoint::new("", "*", "");
    let mut ext = p.ext();
    if p.processes {
        p.users.print(&mut ext, s.inode);
    }
    if p.details {
        details::sock_ids(&mut ext, s.uid.unwrap_or(0), s.inode, s.cookie.0);
        details(&mut ext, s, p.oneline);
    }
    if bpf {
        if let Some(filter) = &s.filter {
            bpf_filter(&mut ext, filter, p.oneline);
        }
    }
    if p.mem {
        if let Some(m) = &s.meminfo {
            details::sk_meminfo(&mut ext, m);
        }
    }
    r.push_ext(ext);
    r
}

/// `-b`: `bpf filter (N):  0xCODE JT JF K, ...` on a line of its own. JSON:
/// `bpf_filter`, an array of `{"code", "jt", "jf", "k"}`.
fn bpf_filter(out: &mut Ext, filter: &[SockFilter], oneline: bool) {
    let value = || {
        let insn = |f: &SockFilter| {
            Value::Obj(vec![
                ("code", Value::U64(f.code.into())),
                ("jt", Value::U64(f.jt.into())),
                ("jf", Value::U64(f.jf.into())),
                ("k", Value::U64(f.k.into())),
            ])
        };
        Value::Arr(filter.iter().map(insn).collect())
    };
    out.field("bpf_filter", value, |t| {
        detail_line(t, oneline);
        let _ = write!(t, "bpf filter ({}): ", filter.len());
        for f in filter {
            let _ = write!(t, " 0x{:02x} {} {} {},", f.code, f.jt, f.jf, f.k);
        }
    });
}

/// The names of the `flags( ... )` of `-e`, in ss's order.
fn info_flags(flags: PacketInfoFlags) -> impl Iterator<Item = &'static str> {
    [
        (PacketInfoFlags::RUNNING, "running"),
        (PacketInfoFlags::AUXDATA, "auxdata"),
        (PacketInfoFlags::ORIGDEV, "origdev"),
        (PacketInfoFlags::VNETHDR, "vnethdr"),
        (PacketInfoFlags::LOSS, "loss"),
    ]
    .into_iter()
    .filter(move |(flag, _)| flags.contains(*flag))
    .map(|(_, name)| name)
}

/// `-e`'s first line: `ver:V cpy_thresh:T flags( running auxdata ... )` (`0` for none).
/// JSON: `ver`, `cpy_thresh` (as ss prints them: `int`s), `flags` (an array of the names).
fn info_line(out: &mut Ext, info: &PacketDiagInfo, oneline: bool) {
    // ss prints them as `int`s.
    #[allow(clippy::cast_possible_wrap)]
    let (ver, thresh) = (info.version as i32, info.copy_thresh as i32);
    let flags = info.info_flags();
    out.field(
        "ver",
        || Value::I64(ver.into()),
        |t| {
            detail_line(t, oneline);
            let _ = write!(t, "ver:{ver}");
        },
    );
    out.field(
        "cpy_thresh",
        || Value::I64(thresh.into()),
        |t| {
            let _ = write!(t, " cpy_thresh:{thresh}");
        },
    );
    let value = || {
        Value::Arr(
            info_flags(flags)
                .map(|n| Value::Str(n.to_owned()))
                .collect(),
        )
    };
    out.field("flags", value, |t| {
        t.push_str(" flags( ");
        for name in info_flags(flags) {
            // ss writes every flag but `running` (always the first) after a space.
            if name != "running" {
                t.push(' ');
            }
            t.push_str(name);
        }
        if info.flags == 0 {
            t.push('0');
        }
        t.push_str(" )");
    });
}

/// `-e`'s ring line: `NAME(blk_size:B,blk_nr:N,frm_size:F,frm_nr:M,tmo:T,features:0xX)`.
/// JSON: `NAME` (`ring_rx`, `ring_tx`): an object under the same words.
fn ring(out: &mut Ext, name: &'static str, r: &PacketDiagRing, oneline: bool) {
    // ss prints them as `int`s.
    #[allow(clippy::cast_possible_wrap)]
    let items = [
        ("blk_size", r.block_size as i32),
        ("blk_nr", r.block_nr as i32),
        ("frm_size", r.frame_size as i32),
        ("frm_nr", r.frame_nr as i32),
        ("tmo", r.retire_tmo as i32),
    ];
    let value = || {
        let mut m: Vec<_> = items
            .iter()
            .map(|(k, v)| (*k, Value::I64((*v).into())))
            .collect();
        m.push(("features", Value::U64(r.features.into())));
        Value::Obj(m)
    };
    out.field(name, value, |t| {
        detail_line(t, oneline);
        let _ = write!(t, "{name}(");
        for (k, v) in items {
            let _ = write!(t, "{k}:{v},");
        }
        let _ = write!(t, "features:{:#x})", r.features);
    });
}

/// `-e`'s fanout line: `fanout(id:I,type:T)` (`hash`, `lb`, ... or `0xN`). JSON: `fanout`:
/// `{"id", "type"}` (`type` as the text has it).
fn fanout(out: &mut Ext, fanout: u32, oneline: bool) {
    let id = fanout & 0xffff;
    let kind = match fanout >> 16 {
        0 => "hash".to_owned(),
        1 => "lb".to_owned(),
        2 => "cpu".to_owned(),
        3 => "roll".to_owned(),
        4 => "random".to_owned(),
        5 => "qm".to_owned(),
        t => format!("{t:#x}"),
    };
    let value = || {
        Value::Obj(vec![
            ("id", Value::U64(id.into())),
            ("type", Value::Str(kind.clone())),
        ])
    };
    out.field("fanout", value, |t| {
        detail_line(t, oneline);
        let _ = write!(t, "fanout(id:{id},type:{kind})");
    });
}

/// `-e`'s lines: the version and flags, the rings, the fanout group.
fn details(out: &mut Ext, s: &PacketSocket, oneline: bool) {
    if let Some(i) = &s.info {
        info_line(out, i, oneline);
    }
    if let Some(r) = &s.rx_ring {
        ring(out, "ring_rx", r, oneline);
    }
    if let Some(r) = &s.tx_ring {
        ring(out, "ring_tx", r, oneline);
    }
    if let Some(f) = s.fanout {
        fanout(out, f, oneline);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ethertypes_as_iproute2_names_them() {
        assert_eq!(ethertype(0x0800, false), "ip");
        assert_eq!(ethertype(0x88cc, false), "LLDP");
        assert_eq!(ethertype(0x86dd, false), "ipv6");
        assert_eq!(ethertype(0x86dd, true), "[34525]");
        assert_eq!(ethertype(0, false), "[0]");
        assert_eq!(ethertype(0x1234, false), "[4660]");
    }
}
