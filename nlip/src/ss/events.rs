//! `-E`, `--events`: the sockets the kernel destroys, as ss 6.1's `handle_follow_request`
//! prints them: the destroy groups of the TCP and UDP tables and IPv4/IPv6 families
//! chosen, each socket a row of the table (its netid from its protocol) printed and
//! flushed as it comes, ss's own check of the filter applied (the kernel has no program
//! for notifications), until the process is killed.
//!
//! With `-j` (nlss's own) each event is one JSON object on a line of its own.
//!
//! Differences from ss 6.1: `-K` with `-E` closes nothing (ss closes each socket reported,
//! which is already gone); ss's service names for these rows follow whichever table it
//! showed last, nlss's the socket's own protocol.

use super::inet::row;
use super::print::addr::PortNames;
use super::print::Printer;
use super::select::{Db, Family, Selection};
use super::table::Table;
use crate::diag::Failure;
use nlkit::rtnl::AddressFamily;
use nlkit::sock_diag::{DestroyEvent, DestroyEvents, InetProtocol, DESTROY_GROUPS};
use std::io::Write;

/// The destroy groups of the tables and families chosen, in `DESTROY_GROUPS` order
/// (TCP and UDP over IPv4, then over IPv6).
fn groups(sel: &Selection) -> Vec<u32> {
    let [tcp4, udp4, tcp6, udp6] = DESTROY_GROUPS;
    let mut g = Vec::new();
    for (family, tcp, udp) in [(Family::Inet, tcp4, udp4), (Family::Inet6, tcp6, udp6)] {
        if sel.has_family(family) && sel.has_db(Db::Tcp) {
            g.push(tcp);
        }
        if sel.has_family(family) && sel.has_db(Db::Udp) {
            g.push(udp);
        }
    }
    g
}

/// Follows destroy events until the process is killed (or stdout closes). No group to
/// join is exit 255 with nothing said, as ss does.
pub fn follow<W: Write>(
    sel: &Selection,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    let groups = groups(sel);
    if groups.is_empty() {
        return Err(Failure::usage(""));
    }
    let mut events = DestroyEvents::new(&groups).map_err(|e| crate::diag::kernel(&e))?;
    loop {
        let s = match events.next_event(None) {
            Ok(Some(DestroyEvent::Socket(s))) => s,
            Ok(Some(DestroyEvent::Overrun)) => {
                return Err(Failure::usage(
                    "netlink receive error No buffer space available (105)",
                ))
            }
            Ok(None) | Err(nlkit::engine::Error::Decode(_)) => continue,
            Err(e) => return Err(crate::diag::kernel(&e)),
        };
        let family = if s.family == AddressFamily::Inet6 {
            Family::Inet6
        } else {
            Family::Inet
        };
        // ss renders after every event, shown or not (the header goes out with the first).
        if !sel.has_family(family) || !sel.filter.passes_inet(&s) {
            table.render_now()?;
            continue;
        }
        let proto = s.protocol.unwrap_or(InetProtocol::Tcp);
        let netid = proto.ss_name();
        match proto {
            InetProtocol::Tcp => p.names.ports = PortNames::Tcp,
            InetProtocol::Udp => p.names.ports = PortNames::Udp,
            _ => {}
        }
        // With `-j` the table writes the row as one JSON line, flushed.
        table.row(&row(&s, proto, netid, p))?;
        table.render_now()?;
    }
}
