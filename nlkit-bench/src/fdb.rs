//! `nlkit-bench fdb-add FILE IFNAME`: the library's bulk API adding bridge FDB entries,
//! one per line `MAC IPV4` of FILE (a VXLAN device's remotes), through the pipeline with
//! errors-only acknowledgements; run in the namespace of the device (tools/bench-bridge.sh
//! times it as a whole process beside `bridge -batch`, `nlbridge -force -batch` and the
//! C adder).

use nlkit::engine::{AckMode, Conn, Error};
use nlkit::rtnl::link::LinkQuery;
use nlkit::rtnl::neigh::{Neighbour, NeighbourFlags, NeighbourState};
use nlkit::rtnl::{self, AddressFamily, Object, Verb};
use nlkit::sys::Protocol;
use std::net::IpAddr;

fn mac(text: &str) -> Option<Vec<u8>> {
    let bytes: Vec<u8> = text
        .split(':')
        .map(|b| u8::from_str_radix(b, 16).ok())
        .collect::<Option<_>>()?;
    (bytes.len() == 6).then_some(bytes)
}

/// Adds the entries of `file` to device `ifname`; the first failure is the error.
pub fn add(file: &str, ifname: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let mut conn = Conn::new(Protocol::Route).map_err(|e| e.to_string())?;
    let index = rtnl::get(&mut conn, &LinkQuery::by_name(ifname))
        .map_err(|e| format!("{ifname}: {e}"))?
        .index;
    let flags = Neighbour::change_flags(Verb::Add).unwrap_or_default();
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly)
        .set_window(4096)
        .set_batch_bytes(64 * 1024);
    let mut failed: Option<Error> = None;
    let mut count = 0u64;
    for line in text.lines() {
        let mut w = line.split_whitespace();
        let (Some(Some(lladdr)), Some(Ok(dst))) =
            (w.next().map(mac), w.next().map(str::parse::<IpAddr>))
        else {
            continue;
        };
        // bridge fdb add MAC dev IFNAME dst IP self permanent
        let n = Neighbour {
            family: AddressFamily::Bridge,
            index,
            state: NeighbourState::NOARP | NeighbourState::PERMANENT,
            flags: NeighbourFlags::SELF,
            lladdr: Some(lladdr),
            destination: Some(dst),
            ..Default::default()
        };
        p.push_with(Neighbour::NEW, flags, |b| n.emit(b));
        count += 1;
        while let Some(c) = p.pop_result() {
            if let Err(e) = c.result {
                failed.get_or_insert(e);
            }
        }
    }
    p.finish();
    while let Some(c) = p.pop_result() {
        if let Err(e) = c.result {
            failed.get_or_insert(e);
        }
    }
    match failed {
        Some(e) => Err(format!("an entry failed: {e}")),
        None => {
            println!("{count} entries");
            Ok(())
        }
    }
}
