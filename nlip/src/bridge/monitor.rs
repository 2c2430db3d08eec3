//! `nlbridge monitor [link | fdb | mdb | vlan | vni | all]`: bridge events as bridge 6.1
//! prints them (`bridge/monitor.c`'s facts; our own code). Without a word every group but
//! TC's is joined; `all` adds the VLAN and VNI groups and puts a label before each event
//! (`[LINK]`, `[NEIGH]`, `[MDB]`). Links go through [`super::link::print_port`], FDB entries
//! through [`super::fdb::print_entry`], MDB entries through
//! [`super::mdb::print_entry`] (VLAN events, which this kernel never sends, are not printed
//! yet). bridge 6.1 ignores `-j` here (it prints text), and so does
//! this; `-t` puts iproute2's timestamp line before each event.
//!
//! An overrun (the kernel dropped events) is never silent: bridge's line `netlink receive
//! error No buffer space available (105)` goes to stderr and listening goes on. The socket's
//! receive buffer is made large first (32 MiB where privileged).

use super::Options;
use crate::args::matches;
use crate::diag::Failure;
use crate::names::Links;
use crate::render::Sink;
use nlkit::engine::{Conn, Notification, Subscription};
use nlkit::rtnl::bridge::mdb::MdbMessage;
use nlkit::rtnl::bridge::port::BridgePort;
use nlkit::rtnl::group::{
    RTNLGRP_BRVLAN, RTNLGRP_LINK, RTNLGRP_MDB, RTNLGRP_NEIGH, RTNLGRP_TUNNEL,
};
use nlkit::rtnl::message_type::{
    RTM_DELLINK, RTM_DELMDB, RTM_DELNEIGH, RTM_NEWLINK, RTM_NEWMDB, RTM_NEWNEIGH,
};
use nlkit::rtnl::neigh::Neighbour;
use nlkit::rtnl::{AddressFamily, Object};
use nlkit::sys::{Netns, Protocol};
use std::io::{self, Write};

/// bridge 6.1's monitor usage.
pub const USAGE: &str = "Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]";

/// `RTMGRP_TC`'s group: the one group a plain `bridge monitor` leaves out.
const RTNLGRP_TC: u32 = 4;

/// What to listen to.
#[derive(Debug, Default, PartialEq, Eq)]
struct Watch {
    groups: Vec<u32>,
    labels: bool,
}

fn parse(words: &[&str]) -> Result<Watch, Failure> {
    let (mut chosen, mut all, mut labels) = (Vec::new(), None::<Vec<u32>>, false);
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if matches(w, "file") {
            it.next().ok_or_else(|| {
                Failure::usage("Command line is not complete. Try option \"help\"")
            })?;
            return Err(super::failed("nlbridge monitor does not read files yet."));
        } else if matches(w, "link") {
            chosen.push(RTNLGRP_LINK);
        } else if matches(w, "fdb") {
            chosen.push(RTNLGRP_NEIGH);
        } else if matches(w, "mdb") {
            chosen.push(RTNLGRP_MDB);
        } else if matches(w, "vlan") {
            chosen.push(RTNLGRP_BRVLAN);
        } else if w == "vni" {
            chosen.push(RTNLGRP_TUNNEL);
        } else if w == "all" {
            let mut g: Vec<u32> = (1..=32).filter(|g| *g != RTNLGRP_TC).collect();
            g.extend([RTNLGRP_BRVLAN, RTNLGRP_TUNNEL]);
            all = Some(g);
            labels = true;
        } else if matches(w, "help") {
            return Err(Failure::usage(USAGE));
        } else {
            return Err(Failure::usage(format!(
                "Argument \"{w}\" is unknown, try \"bridge monitor help\"."
            )));
        }
    }
    let groups = match (all, chosen.is_empty()) {
        (Some(mut g), _) => {
            g.extend(chosen);
            g
        }
        (None, true) => (1..=32).filter(|g| *g != RTNLGRP_TC).collect(),
        (None, false) => chosen,
    };
    Ok(Watch { groups, labels })
}

/// Runs `bridge monitor ...` until interrupted (or stdout closes).
pub fn run(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let watch = parse(words)?;
    let sub = match &o.netns {
        None => Subscription::new(Protocol::Route, &watch.groups),
        Some(name) => {
            let ns = Netns::open_name(name).map_err(|e| {
                let text = crate::diag::os_text(&e);
                Failure::usage(format!("Cannot open network namespace \"{name}\": {text}"))
            })?;
            Subscription::new_in(&ns, Protocol::Route, &watch.groups)
        }
    };
    let mut sub = sub.map_err(|e| Failure::failed(format!("Cannot open netlink socket: {e}")))?;
    let socket = sub.socket();
    if socket.set_recv_buffer_force(32 << 20).is_err() {
        let _ = socket.set_recv_buffer(32 << 20);
    }
    links.preload(conn);
    let mut out = io::stdout().lock();
    loop {
        match sub.next_notification(None) {
            Ok(Some(Notification::Message { message, .. })) => {
                let t = message.message_type();
                let text = event_text(t, message.payload(), links, &watch, o)?;
                if let Some(text) = text {
                    if t == RTM_NEWLINK || t == RTM_DELLINK {
                        // Names of links that came or went.
                        links.preload(conn);
                    }
                    out.write_all(&text)?;
                    out.flush()?;
                }
            }
            Ok(Some(Notification::Overrun)) => {
                crate::diag::warn("netlink receive error No buffer space available (105)");
            }
            Ok(None) | Err(nlkit::engine::Error::Decode(_)) => {}
            Err(e) => return Err(Failure::new(format!("netlink receive error {e}"), 2)),
        }
    }
}

/// One event as bridge prints it (with its timestamp and label), or `None` for what
/// bridge does not print (other families' neighbours, routes, addresses).
fn event_text(
    t: u16,
    payload: &[u8],
    links: &Links,
    watch: &Watch,
    o: &Options,
) -> io::Result<Option<Vec<u8>>> {
    let mut sink = Sink::new(Vec::new(), false, false);
    let label = match t {
        RTM_NEWLINK | RTM_DELLINK => {
            let Ok(mut p) = BridgePort::parse(payload) else {
                return Ok(None);
            };
            if !matches!(p.family, AddressFamily::Bridge | AddressFamily::Unspec) {
                return Ok(None);
            }
            p.deleted = t == RTM_DELLINK;
            super::link::print_port(&mut sink, &p, links, o.details > 0)?;
            "[LINK]"
        }
        RTM_NEWNEIGH | RTM_DELNEIGH => {
            let Ok(n) = Neighbour::parse(payload) else {
                return Ok(None);
            };
            if n.family != AddressFamily::Bridge {
                return Ok(None);
            }
            let deleted = t == RTM_DELNEIGH;
            super::fdb::print_entry(&mut sink, &n, links, false, o.stats > 0, deleted)?;
            "[NEIGH]"
        }
        RTM_NEWMDB | RTM_DELMDB => {
            let Ok(m) = MdbMessage::parse(payload) else {
                return Ok(None);
            };
            if t == RTM_DELMDB {
                sink.text("Deleted ")?;
            }
            let mut name = |i: u32| {
                let mut b = Vec::new();
                crate::render::Render::render(&links.cached(i), &mut b);
                String::from_utf8_lossy(&b).into_owned()
            };
            for e in &m.entries {
                super::mdb::print_entry(&mut sink, e, &mut name, o)?;
            }
            // A router port event names its first port.
            if let Some(r) = m.routers.as_deref().and_then(<[_]>::first) {
                let (port, bridge) = (name(r.port), name(m.bridge));
                sink.text(&format!("router port dev {port} master {bridge}\n"))?;
            }
            "[MDB]"
        }
        _ => return Ok(None),
    };
    sink.flush()?;
    let body = sink.into_inner();
    let mut text = Vec::with_capacity(body.len() + 64);
    if o.timestamp {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        text.extend_from_slice(crate::ip::monitor::time::ctime_stamp(now).as_bytes());
    }
    if watch.labels {
        text.extend_from_slice(label.as_bytes());
    }
    text.extend_from_slice(&body);
    Ok(Some(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_as_bridge_joins_them() {
        let plain = parse(&[]).unwrap();
        assert_eq!(plain.groups.len(), 31);
        assert!(!plain.groups.contains(&RTNLGRP_TC) && !plain.labels);
        assert_eq!(
            parse(&["fdb", "l"]).unwrap().groups,
            [RTNLGRP_NEIGH, RTNLGRP_LINK]
        );
        let all = parse(&["all"]).unwrap();
        assert!(all.labels && all.groups.contains(&RTNLGRP_BRVLAN));
        assert!(parse(&["bogus"]).is_err());
    }
}
