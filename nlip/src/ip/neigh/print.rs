//! Neighbours as `ip neigh show` prints them (also for `ip monitor` and `-echo`), and the
//! brief table.

use crate::names;
use crate::render::{Color, Mac, Mode, Render, Sink};
use nlkit::rtnl::neigh::{Neighbour, NeighbourFlags, NeighbourFlagsExt, NeighbourState};
use std::io::{self, Write};

/// `NUD_*` names as ip prints them.
const STATES: [(NeighbourState, &str); 8] = [
    (NeighbourState::INCOMPLETE, "INCOMPLETE"),
    (NeighbourState::REACHABLE, "REACHABLE"),
    (NeighbourState::STALE, "STALE"),
    (NeighbourState::DELAY, "DELAY"),
    (NeighbourState::PROBE, "PROBE"),
    (NeighbourState::FAILED, "FAILED"),
    (NeighbourState::NOARP, "NOARP"),
    (NeighbourState::PERMANENT, "PERMANENT"),
];

/// Prints one neighbour as `ip -br neigh show` does: the destination, the device (unless
/// `hide_dev`) and the link-layer address in columns.
pub(super) fn print_brief<W: Write>(
    sink: &mut Sink<W>,
    n: &Neighbour,
    links: &crate::names::Links,
    hide_dev: bool,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if let Some(d) = n.destination {
        let color = Color::of_family(n.family);
        sink.colored(Mode::Json, "dst", "", &d, "", color)?;
        let text = format!("{d:<39} ");
        sink.colored(Mode::Text, "", "", text.as_str(), "", color)?;
    }
    if !hide_dev && n.index != 0 {
        let mut dev = Vec::new();
        links.cached(n.index).render(&mut dev);
        let dev = String::from_utf8_lossy(&dev);
        sink.string(Mode::Json, "dev", "", dev.as_ref(), "")?;
        let text = format!("{dev:<16} ");
        sink.colored(Mode::Text, "", "", text.as_str(), "", Color::Iface)?;
    }
    if let Some(l) = &n.lladdr {
        sink.colored(Mode::Any, "lladdr", "", &Mac(l), "", Color::Mac)?;
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// Prints one neighbour as `ip neigh show` does.
pub(crate) fn print_neighbour<W: Write>(
    sink: &mut Sink<W>,
    n: &Neighbour,
    links: &crate::names::Links,
    hide_dev: bool,
    stats: u32,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if let Some(d) = n.destination {
        sink.colored(Mode::Any, "dst", "", &d, " ", Color::of_family(n.family))?;
    }
    if !hide_dev && n.index != 0 {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(n.index),
            " ",
            Color::Iface,
        )?;
    }
    if let Some(l) = &n.lladdr {
        sink.colored(Mode::Any, "lladdr", "lladdr ", &Mac(l), " ", Color::Mac)?;
    }
    let managed = n.flags_ext.unwrap_or_default();
    if managed.contains(NeighbourFlagsExt::MANAGED) {
        sink.null(Mode::Any, "managed", "managed ")?;
    }
    for (flag, name, text) in [
        (NeighbourFlags::ROUTER, "router", "router "),
        (NeighbourFlags::PROXY, "proxy", "proxy "),
        (NeighbourFlags::EXT_LEARNED, "extern_learn", "extern_learn "),
        (NeighbourFlags::OFFLOADED, "offload", "offload "),
    ] {
        if n.flags.contains(flag) {
            sink.null(Mode::Any, name, text)?;
        }
    }
    if stats > 0 {
        if let Some(ci) = n.cache_info {
            let (u, c, up) = (ci.used / 100, ci.confirmed / 100, ci.updated / 100);
            if ci.refcnt != 0 {
                sink.number(Mode::Json, "refcnt", "", &ci.refcnt, "")?;
                sink.text(&format!(" ref {}", ci.refcnt))?;
            }
            sink.number(Mode::Json, "used", "", &u, "")?;
            sink.number(Mode::Json, "confirmed", "", &c, "")?;
            sink.number(Mode::Json, "updated", "", &up, "")?;
            sink.text(&format!(" used {u}/{c}/{up}"))?;
        }
        if let Some(p) = n.probes {
            sink.number(Mode::Any, "probes", "probes ", &p, " ")?;
        }
    }
    if !n.state.is_empty() {
        sink.open_array(Mode::Json, Some("state"))?;
        for (bit, name) in STATES {
            if n.state.contains(bit) {
                sink.string(Mode::Any, "", "", name, " ")?;
            }
        }
        sink.close_array(Mode::Json)?;
    }
    if let Some(p) = n.protocol {
        let name = names::protocols().show(u32::from(p.raw()));
        sink.string(Mode::Any, "protocol", "proto ", &name, " ")?;
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}
