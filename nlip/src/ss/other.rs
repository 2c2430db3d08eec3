//! The tables that are not inet ones, dispatched in ss's order ([`show`]): unix
//! ([`super::unix`]), packet ([`super::packet`]), netlink ([`super::netlink`]), and here
//! vsock, TIPC and XDP. What they share is in [`super::dump`].

use super::dump::{each, row, CLOSE};
use super::options::SsOptions;
use super::print::fields::{Ext, Value};
use super::print::{details, Printer};
use super::select::{Db, Family, Selection};
use super::table::{Endpoint, Table};
use crate::diag::Failure;
use nlkit::sock_diag::vsock::{VsockRequest, VsockSocket, VMADDR_ANY};
use nlkit::sock_diag::xdp::{XdpRequest, XdpSocket};
use nlkit::sock_diag::{self, DumpRequest, SkMeminfo};
use nlkit::wire::sock_diag::XdpDiagRing;
use std::fmt::Write as _;
use std::io::Write;

/// Shows table `db` if it is one of these (the inet tables are [`super::inet`]'s). The
/// unix, packet and vsock tables are each one dump, made at the first of their tables.
pub fn show<W: Write>(
    db: Db,
    sel: &Selection,
    o: &SsOptions,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    let first_of = |dbs: &[Db]| sel.tables().into_iter().find(|d| dbs.contains(d)) == Some(db);
    match db {
        Db::Netlink => super::netlink::show(sel, p, table),
        Db::PacketDgram | Db::PacketRaw if first_of(&[Db::PacketDgram, Db::PacketRaw]) => {
            super::packet::show(sel, o.bpf > 0, p, table)
        }
        Db::UnixDgram | Db::UnixStream | Db::UnixSeqpacket
            if first_of(&[Db::UnixDgram, Db::UnixStream, Db::UnixSeqpacket]) =>
        {
            super::unix::show(sel, p, table)
        }
        Db::VsockStream | Db::VsockDgram if first_of(&[Db::VsockStream, Db::VsockDgram]) => {
            vsock(sel, p, table)
        }
        Db::Tipc => tipc(sel),
        Db::Xdp => xdp(sel, p, table),
        _ => Ok(()),
    }
}

/// The vsock tables (`vsock_show`): `CID:PORT` on both sides (`*` for `-1U`).
fn vsock<W: Write>(sel: &Selection, p: &mut Printer, table: &mut Table<W>) -> Result<(), Failure> {
    if !sel.has_family(Family::Vsock) {
        return Ok(());
    }
    let request = VsockRequest {
        states: sel.states,
        ..Default::default()
    };
    let side = |cid: u32, port: u32| {
        let text = |v: u32| {
            if v == VMADDR_ANY {
                "*".to_owned()
            } else {
                v.to_string()
            }
        };
        Endpoint::new(&text(cid), ":", text(port))
    };
    each(&request, |s: VsockSocket| {
        use nlkit::sock_diag::vsock::VsockType;
        let db = match s.socket_type {
            VsockType::Stream => Some(Db::VsockStream),
            VsockType::Dgram => Some(Db::VsockDgram),
            _ => None,
        };
        if db.is_some_and(|d| !sel.has_db(d)) {
            return Ok(());
        }
        // merge: the filter expression is checked here.
        let mut r = row(s.socket_type.ss_name(), s.state, 0, 0);
        r.local = side(s.src_cid, s.src_port);
        r.peer = side(s.dst_cid, s.dst_port);
        let mut ext = p.ext();
        if p.processes {
            p.users.print(&mut ext, s.inode);
        }
        r.push_ext(ext);
        Ok(table.row(&r)?)
    })?;
    Ok(())
}

/// The TIPC request (`struct tipc_sock_diag_req`: family, protocol, pad, states).
#[derive(Debug)]
struct TipcRequest {
    states: u32,
}

impl DumpRequest for TipcRequest {
    type Socket = ();

    fn request(&self) -> nlkit::wire::MessageBuilder {
        let mut b = nlkit::wire::MessageBuilder::new(
            sock_diag::SOCK_DIAG_BY_FAMILY,
            nlkit::wire::Flags::NONE,
        );
        // AF_TIPC.
        b.push_bytes(&[30, 0, 0, 0]);
        b.push_bytes(&self.states.to_ne_bytes());
        b
    }

    fn parse(_payload: &[u8]) -> Result<(), nlkit::wire::DecodeError> {
        Ok(())
    }
}

/// The TIPC table (`tipc_show`): the dump is asked for as ss asks (on a kernel without
/// TIPC it is refused, quietly).
// merge: TIPC sockets (their attributes: TIPC_NLA_SOCK_*) need nlkit::sock_diag::tipc;
// until then a kernel's TIPC sockets are not printed.
fn tipc(sel: &Selection) -> Result<(), Failure> {
    if !sel.has_family(Family::Tipc) {
        return Ok(());
    }
    each(&TipcRequest { states: sel.states }, |()| Ok(()))?;
    Ok(())
}

/// The XDP table (`xdp_show`): `DEV:qQUEUE` or `*`, the peer `*`, `-e`'s rings, umem and
/// statistics.
fn xdp<W: Write>(sel: &Selection, p: &mut Printer, table: &mut Table<W>) -> Result<(), Failure> {
    if !sel.has_family(Family::Xdp) || sel.states & CLOSE == 0 {
        return Ok(());
    }
    each(&XdpRequest::default(), |s: XdpSocket| {
        // merge: the filter expression is checked here.
        let rq = s.meminfo.as_ref().and_then(SkMeminfo::rmem_alloc);
        let mut r = row("xdp", 7, rq.unwrap_or(0), 0);
        r.local = match s.info.as_ref().filter(|i| i.ifindex != 0) {
            Some(i) => Endpoint::new(&p.links.name(i.ifindex), ":", format!("q{}", i.queue_id)),
            None => Endpoint::new("", "*", ""),
        };
        r.peer = Endpoint::new("", "*", "");
        let mut ext = p.ext();
        if p.processes {
            p.users.print(&mut ext, s.inode);
        }
        if p.details {
            details::sock_ids(&mut ext, s.uid.unwrap_or(0), s.inode, s.cookie.0);
            xdp_details(&mut ext, &s, p.oneline);
        }
        if p.mem {
            if let Some(m) = &s.meminfo {
                details::sk_meminfo(&mut ext, m);
            }
        }
        r.push_ext(ext);
        Ok(table.row(&r)?)
    })?;
    Ok(())
}

/// An XDP ring: ` NAME(entries:N)` on a line of its own (`-O`: after a space). JSON:
/// `NAME`: `{"entries"}`.
fn xdp_ring(out: &mut Ext, name: &'static str, r: &XdpDiagRing, oneline: bool) {
    let entries = r.entries;
    let value = || Value::Obj(vec![("entries", Value::U64(entries.into()))]);
    out.field(name, value, |t| {
        t.push_str(if oneline { " " } else { "\n\t" });
        let _ = write!(t, "{name}(entries:{entries})");
    });
}

/// `LEAD WORD:N,...)` (`lead`: how the line starts, up to the parenthesis); JSON: `NAME`,
/// an object of the numbers, each under its key (ss's word, `_` for a space).
fn xdp_numbers(out: &mut Ext, name: &'static str, lead: &str, items: &[(&'static str, &str, u64)]) {
    let value = || Value::Obj(items.iter().map(|(k, _, v)| (*k, Value::U64(*v))).collect());
    out.field(name, value, |t| {
        t.push_str(lead);
        for (i, (_, word, v)) in items.iter().enumerate() {
            let _ = write!(t, "{}{word}:{v}", if i > 0 { "," } else { "" });
        }
        t.push(')');
    });
}

/// `-e` of an XDP socket: `rx(entries:N)`, `tx(...)`, `umem(...)` with its fill and
/// completion rings, `stats(...)` (with `-O` ss writes ` tumem(`: so does this). JSON:
/// `rx`, `tx`, `umem`, `fr`, `cr`, `stats`, objects under ss's words (`rx_dropped`,
/// `rx_queue_full`, ...: `_` for its spaces).
fn xdp_details(out: &mut Ext, s: &XdpSocket, oneline: bool) {
    if let Some(r) = &s.rx_ring {
        xdp_ring(out, "rx", r, oneline);
    }
    if let Some(r) = &s.tx_ring {
        xdp_ring(out, "tx", r, oneline);
    }
    if let Some(u) = &s.umem {
        let lead = if oneline { " tumem(" } else { "\n\tumem(" };
        let items = [
            ("id", "id", u.id.into()),
            ("size", "size", u.size),
            ("num_pages", "num_pages", u.num_pages.into()),
            ("chunk_size", "chunk_size", u.chunk_size.into()),
            ("headroom", "headroom", u.headroom.into()),
            ("ifindex", "ifindex", u.ifindex.into()),
            ("qid", "qid", u.queue_id.into()),
            ("zc", "zc", (u.flags & 1).into()),
            ("refs", "refs", u.refs.into()),
        ];
        xdp_numbers(out, "umem", lead, &items);
        if let Some(r) = &s.fill_ring {
            xdp_ring(out, "fr", r, oneline);
        }
        if let Some(r) = &s.completion_ring {
            xdp_ring(out, "cr", r, oneline);
        }
    }
    if let Some(st) = &s.stats {
        let lead = if oneline { " stats(" } else { "\n\tstats(" };
        let items = [
            ("rx_dropped", "rx dropped", st.rx_dropped),
            ("rx_invalid", "rx invalid", st.rx_invalid),
            ("rx_queue_full", "rx queue full", st.rx_full),
            (
                "rx_fill_ring_empty",
                "rx fill ring empty",
                st.fill_ring_empty,
            ),
            ("tx_invalid", "tx invalid", st.tx_invalid),
            ("tx_ring_empty", "tx ring empty", st.tx_ring_empty),
        ];
        xdp_numbers(out, "stats", lead, &items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::sock_diag::{XdpDiagInfo, XdpDiagStats, XdpDiagUmem};

    /// An XDP socket as this kernel cannot make one: bound to device 3 queue 1, with
    /// rings, a zero-copy umem and statistics.
    fn xdp_socket() -> XdpSocket {
        let ring = |entries| Some(XdpDiagRing { entries }.into());
        XdpSocket {
            inode: 9,
            info: Some(
                XdpDiagInfo {
                    ifindex: 3,
                    queue_id: 1,
                }
                .into(),
            ),
            rx_ring: ring(2048),
            umem: Some(
                XdpDiagUmem {
                    size: 4096,
                    id: 5,
                    num_pages: 1,
                    chunk_size: 2048,
                    headroom: 0,
                    ifindex: 3,
                    queue_id: 1,
                    flags: 1,
                    refs: 2,
                }
                .into(),
            ),
            fill_ring: ring(16),
            stats: Some(
                XdpDiagStats {
                    rx_dropped: 1,
                    rx_invalid: 2,
                    rx_full: 3,
                    fill_ring_empty: 4,
                    tx_invalid: 5,
                    tx_ring_empty: 6,
                }
                .into(),
            ),
            ..Default::default()
        }
    }

    #[test]
    fn xdp_details_as_ss_prints_them() {
        let s = xdp_socket();
        let mut out = Ext::new(false);
        xdp_details(&mut out, &s, false);
        assert_eq!(
            out.as_str(),
            "\n\trx(entries:2048)\n\tumem(id:5,size:4096,num_pages:1,chunk_size:2048,\
             headroom:0,ifindex:3,qid:1,zc:1,refs:2)\n\tfr(entries:16)\n\tstats(rx \
             dropped:1,rx invalid:2,rx queue full:3,rx fill ring empty:4,tx invalid:5,tx \
             ring empty:6)"
        );
        let mut one = Ext::new(false);
        xdp_details(&mut one, &s, true);
        assert!(one.starts_with(" rx(entries:2048) tumem(id:5,"), "{}", *one);
    }

    #[test]
    fn xdp_details_as_fields() {
        let mut out = Ext::new(true);
        xdp_details(&mut out, &xdp_socket(), false);
        let (text, fields) = out.into_parts();
        let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            (text.as_str(), keys),
            ("", vec!["rx", "umem", "fr", "stats"])
        );
        let entries = Value::Obj(vec![("entries", Value::U64(2048))]);
        assert_eq!(fields[0].1, entries);
        let Value::Obj(umem) = &fields[1].1 else {
            panic!("{fields:?}");
        };
        assert_eq!(umem[6], ("qid", Value::U64(1)));
        assert_eq!(umem[7], ("zc", Value::U64(1)));
        let Value::Obj(stats) = &fields[3].1 else {
            panic!("{fields:?}");
        };
        assert_eq!(stats[2], ("rx_queue_full", Value::U64(3)));
        assert_eq!(stats[5], ("tx_ring_empty", Value::U64(6)));
    }

    #[test]
    fn rows_read_queues_as_ints() {
        let r = row("xdp", 7, u32::MAX, 3);
        assert_eq!((&*r.state, r.queues.0), ("UNCONN", -1));
        assert_eq!(row("u_str", 42, 0, 0).state, "UNKNOWN");
    }
}
