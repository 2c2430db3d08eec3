//! `bridge fdb get [to] LLADDR [br BRDEV] {brport|dev} DEV [vlan VID] [vni VNI] [self]
//! [master] [dynamic]` (bridge 6.1's `fdb_get`).

use super::{mac, print_entry, USAGE};
use crate::args::c_atoi as atoi;
use crate::args::{c_number, matches};
use crate::bridge::{failed, Options};
use crate::diag::Failure;
use crate::names::Links;
use nlkit::engine::Conn;
use nlkit::rtnl::bridge::fdb::FdbQuery;
use nlkit::rtnl::neigh::{NeighbourFlags, NeighbourState};
use nlkit::rtnl::{self};

fn incomplete() -> Failure {
    Failure::usage("Command line is not complete. Try option \"help\"")
}

/// Runs `bridge fdb get ...` (`words` after `get`).
pub fn run(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let mut q = FdbQuery::default();
    let (mut dev, mut br, mut addr, mut dynamic) = (None, None, None, false);
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        match w {
            "brport" | "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            "br" => br = Some(it.next().ok_or_else(incomplete)?),
            "vni" => {
                let v = it.next().ok_or_else(incomplete)?;
                let id = c_number(v)
                    .filter(|id| id >> 24 == 0)
                    .ok_or_else(|| crate::args::invalid_arg_tight("invalid VNI\n", v))?;
                q.vni = Some(id as u32);
            }
            "self" => q.flags |= NeighbourFlags::SELF,
            w if matches(w, "master") => q.flags |= NeighbourFlags::MASTER,
            w if matches(w, "vlan") => {
                if q.vlan.is_some() {
                    return Err(crate::args::duplicate_or_garbage("vlan", w));
                }
                // bridge keeps atoi's value in a short and sends it when not negative.
                let v = atoi(it.next().ok_or_else(incomplete)?) as i16;
                q.vlan = (v >= 0).then_some(v as u16);
            }
            w if matches(w, "dynamic") => dynamic = true,
            w => {
                let w = if w == "to" {
                    it.next().ok_or_else(incomplete)?
                } else {
                    w
                };
                if matches(w, "help") {
                    return Err(Failure::usage(USAGE));
                }
                if addr.is_some() {
                    return Err(crate::args::duplicate_or_garbage("to", w));
                }
                addr = Some(w);
            }
        }
    }
    let (Some(addr), true) = (addr, dev.is_some() || br.is_some()) else {
        return Err(failed(
            "Device or master and address are required arguments.",
        ));
    };
    let lladdr = mac(addr).ok_or_else(|| failed(format!("Invalid mac address {addr}")))?;
    q.lladdr.copy_from_slice(&lladdr);
    if let Some(d) = dev {
        q.index = Some(
            crate::args::dev::device_index(links, conn, d)
                .ok_or_else(|| failed(format!("Cannot find device \"{d}\"")))?,
        );
    }
    if let Some(b) = br {
        q.master = Some(
            crate::args::dev::device_index(links, conn, b)
                .ok_or_else(|| failed(format!("Cannot find bridge device \"{b}\"")))?,
        );
    }
    // bridge's rtnl_talk failure returns -2: exit 254.
    let n = rtnl::get(conn, &q).map_err(|e| Failure {
        code: 254,
        ..crate::diag::kernel(&e)
    })?;
    links.preload(conn);
    let mut sink = crate::bridge::sink(o);
    sink.begin_list()?;
    if !(dynamic && n.state.contains(NeighbourState::PERMANENT)) {
        print_entry(&mut sink, &n, links, false, o.stats > 0, false)?;
    }
    sink.end_list()?;
    Ok(())
}
