//! Nexthops as ip prints them, in text and JSON: shared by `show`, `get`, `route -d`'s
//! `nh_info`, `monitor` and `-echo`.

use crate::names;
use crate::render::{Color, Mode, Sink};
use nlkit::rtnl::nexthop::{GroupType, Nexthop};
use nlkit::rtnl::{NexthopFlags, RouteProtocol};
use std::io::{self, Write};

/// Prints one nexthop as `ip nexthop show` does (`record`: as its own line and JSON object;
/// otherwise inline, for `route -d`'s `nh_info`).
pub fn print_nexthop<W: Write>(
    sink: &mut Sink<W>,
    nh: &Nexthop,
    links: &names::Links,
    details: bool,
    record: bool,
) -> io::Result<()> {
    if record {
        sink.open_object(Mode::Json, None)?;
    }
    if let Some(id) = nh.id {
        sink.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    if let Some(g) = &nh.group {
        sink.text("group ")?;
        sink.open_array(Mode::Json, Some("group"))?;
        for (i, m) in g.iter().enumerate() {
            if i > 0 {
                sink.text("/")?;
            }
            sink.open_object(Mode::Json, None)?;
            sink.number(Mode::Any, "id", "", &m.id, "")?;
            if m.weight > 0 {
                sink.number(Mode::Any, "weight", ",", &m.weight(), "")?;
            }
            sink.close_object(Mode::Json)?;
        }
        sink.close_array(Mode::Json)?;
        sink.text(" ")?;
        if nh.group_type == Some(GroupType::Resilient) {
            sink.string(Mode::Any, "type", "type ", "resilient", " ")?;
            if let Some(r) = &nh.resilient {
                sink.open_object(Mode::Json, Some("resilient_args"))?;
                if let Some(b) = r.buckets {
                    sink.number(Mode::Any, "buckets", "buckets ", &b, " ")?;
                }
                for (key, v) in [
                    ("idle_timer", r.idle_timer),
                    ("unbalanced_timer", r.unbalanced_timer),
                ] {
                    if let Some(v) = v {
                        sink.number(Mode::Any, key, &format!("{key} "), &(v / 100), " ")?;
                    }
                }
                if let Some(v) = r.unbalanced_time {
                    sink.number(
                        Mode::Any,
                        "unbalanced_time",
                        "unbalanced_time ",
                        &(v / 100),
                        " ",
                    )?;
                }
                sink.close_object(Mode::Json)?;
            }
        }
    }
    let color = Color::of_family(nh.family);
    if let Some(g) = nh.gateway {
        sink.colored(Mode::Any, "gateway", "via ", &g, " ", color)?;
    }
    if let Some(o) = nh.output_interface {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(o),
            " ",
            Color::Iface,
        )?;
    }
    if (nh.group.is_none() && nh.blackhole.is_none()) || details {
        let scope = names::scopes().show(u32::from(u8::from(nh.scope)));
        sink.string(Mode::Any, "scope", "scope ", &scope, " ")?;
    }
    if nh.blackhole.is_some() {
        sink.null(Mode::Any, "blackhole", "blackhole ")?;
    }
    if nh.protocol != RouteProtocol::Unspec || details {
        let proto = names::protocols().show(u32::from(u8::from(nh.protocol)));
        sink.string(Mode::Any, "protocol", "proto ", &proto, " ")?;
    }
    print_nh_flags(sink, nh.flags)?;
    if nh.fdb.is_some() {
        // after the flags, as ip 6.1 does; ip ends the line here without a blank
        sink.null(Mode::Any, "fdb", "fdb")?;
    }
    if record {
        sink.text("\n")?;
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    Ok(())
}

/// The nexthop flags ip names (`RTNH_F_*`), as words and a JSON `flags` array.
pub(super) fn print_nh_flags<W: Write>(sink: &mut Sink<W>, flags: NexthopFlags) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("flags"))?;
    for (bit, name) in [
        (NexthopFlags::DEAD, "dead"),
        (NexthopFlags::ONLINK, "onlink"),
        (NexthopFlags::OFFLOAD, "offload"),
        (NexthopFlags::TRAP, "trap"),
        (NexthopFlags::LINKDOWN, "linkdown"),
    ] {
        if flags.contains(bit) {
            sink.string(Mode::Any, "", "", name, " ")?;
        }
    }
    sink.close_array(Mode::Json)
}
