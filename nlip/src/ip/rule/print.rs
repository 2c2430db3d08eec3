//! Rules as `ip rule show` prints them (also for `ip monitor` and `-echo`).

use super::words::protocol_name;
use crate::names;
use crate::render::{Color, Mode, Sink};
use nlkit::rtnl::rule::{Rule, RuleAction, RuleFlags};
use nlkit::rtnl::{AddressFamily, RouteProtocol};
use nlkit::wire::rtnl::RulePortRange;
use std::io::{self, Write};

/// Prints one rule as `ip rule show` does.
pub(crate) fn print_rule<W: Write>(sink: &mut Sink<W>, r: &Rule, details: bool) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    sink.number(Mode::Any, "priority", "", &r.priority.unwrap_or(0), ":\t")?;
    if r.flags.contains(RuleFlags::INVERT) {
        sink.null(Mode::Any, "not", "not ")?;
    }
    print_selector(sink, r)?;
    print_ranges(sink, r)?;
    print_action(sink, r, details)?;
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// The prefixes, the TOS, the mark and the devices a rule selects on.
fn print_selector<W: Write>(sink: &mut Sink<W>, r: &Rule) -> io::Result<()> {
    let color = Color::of_family(r.family);
    match r.source {
        Some(s) => {
            sink.colored(Mode::Any, "src", "from ", &s, "", color)?;
            if r.source_len != host_len(r.family) {
                sink.number(Mode::Any, "srclen", "/", &r.source_len, "")?;
            }
        }
        None => sink.string(Mode::Any, "src", "from ", "all", "")?,
    }
    if let Some(d) = r.destination {
        sink.colored(Mode::Any, "dst", " to ", &d, "", color)?;
        if r.destination_len != host_len(r.family) {
            sink.number(Mode::Any, "dstlen", "/", &r.destination_len, "")?;
        }
    }
    if r.tos != 0 {
        sink.string(
            Mode::Any,
            "tos",
            " tos ",
            &crate::render::Fmt(format_args!("0x{:02x}", r.tos)),
            "",
        )?;
    }
    if r.fwmark.is_some() || r.fwmask.is_some() {
        let mark = r.fwmark.unwrap_or(0);
        sink.string(
            Mode::Any,
            "fwmark",
            " fwmark ",
            &crate::render::Fmt(format_args!("{mark:#x}")),
            "",
        )?;
        if let Some(m) = r.fwmask.filter(|&m| m != u32::MAX) {
            sink.string(
                Mode::Any,
                "fwmask",
                "/",
                &crate::render::Fmt(format_args!("{m:#x}")),
                "",
            )?;
        }
    }
    if let Some(i) = &r.iif {
        sink.colored(Mode::Any, "iif", " iif ", i.as_str(), "", Color::Iface)?;
        if r.flags.contains(RuleFlags::IIF_DETACHED) {
            sink.null(Mode::Any, "iif_detached", " [detached]")?;
        }
    }
    if let Some(o) = &r.oif {
        sink.colored(Mode::Any, "oif", " oif ", o.as_str(), "", Color::Iface)?;
        if r.flags.contains(RuleFlags::OIF_DETACHED) {
            sink.null(Mode::Any, "oif_detached", " [detached]")?;
        }
    }
    if r.l3mdev.unwrap_or(0) != 0 {
        sink.null(Mode::Any, "l3mdev", " lookup [l3mdev-table]")?;
    }
    Ok(())
}

/// The UID range, the IP protocol, the port ranges and the tunnel id a rule selects on.
fn print_ranges<W: Write>(sink: &mut Sink<W>, r: &Rule) -> io::Result<()> {
    if let Some(u) = r.uid_range {
        sink.number(Mode::Any, "uid_start", " uidrange ", &u.start, "")?;
        sink.number(Mode::Any, "uid_end", "-", &u.end, "")?;
    }
    if let Some(p) = r.ip_proto {
        let name = protocol_name(p).filter(|_| !names::numeric());
        match name {
            Some(name) => sink.string(Mode::Any, "ipproto", " ipproto ", name, "")?,
            // ip's -N spelling.
            None => {
                let text = format!("ipproto-{p}");
                sink.string(Mode::Any, "ipproto", " ipproto ", text.as_str(), "")?
            }
        }
    }
    for (key, range) in [("sport", r.sport_range), ("dport", r.dport_range)] {
        if let Some(RulePortRange { start: s, end: e }) = range {
            if s == e {
                sink.number(Mode::Any, key, &format!(" {key} "), &s, "")?;
            } else {
                sink.number(
                    Mode::Any,
                    &format!("{key}_start"),
                    &format!(" {key} "),
                    &s,
                    "",
                )?;
                sink.number(Mode::Any, &format!("{key}_end"), "-", &e, "")?;
            }
        }
    }
    if let Some(t) = r.tun_id {
        sink.number(Mode::Any, "tun_id", " tun_id ", &t, "")?;
    }
    Ok(())
}

/// What a rule does: the table it looks up (and what it suppresses), its realms, its
/// action and (unless it is the kernel's, without `-d`) its protocol.
fn print_action<W: Write>(sink: &mut Sink<W>, r: &Rule, details: bool) -> io::Result<()> {
    let table = u32::from(r.table);
    if table != 0 && r.l3mdev.unwrap_or(0) == 0 {
        sink.string(
            Mode::Any,
            "table",
            " lookup ",
            &names::tables().show(table),
            "",
        )?;
        if let Some(p) = r.suppress_prefixlen.filter(|&p| p != u32::MAX) {
            sink.number(
                Mode::Any,
                "suppress_prefixlen",
                " suppress_prefixlength ",
                &p,
                "",
            )?;
        }
        if let Some(g) = r.suppress_ifgroup.filter(|&g| g != u32::MAX) {
            sink.string(
                Mode::Any,
                "suppress_ifgroup",
                " suppress_ifgroup ",
                &names::groups().show(g),
                "",
            )?;
        }
    }
    if let Some(flow) = r.flow {
        let (from, to) = (flow >> 16, flow & 0xffff);
        let realms = names::realms();
        if from != 0 {
            sink.string(Mode::Any, "flow_from", " realms ", &realms.show(from), "/")?;
            sink.string(Mode::Any, "flow_to", "", &realms.show(to), "")?;
        } else {
            sink.string(Mode::Any, "flow_to", " realms ", &realms.show(to), "")?;
        }
    }
    // ip's order: NAT (`map-to`/`masquerade`, before any numeric form), `goto`, `nop`,
    // then every action but `lookup` by its route type name (a number with -N).
    match r.action {
        RuleAction::Nat => match r.gateway {
            Some(g) => sink.string(Mode::Any, "nat_gateway", " map-to ", &g, "")?,
            None => sink.null(Mode::Any, "masquerade", " masquerade")?,
        },
        RuleAction::Goto => {
            match r.goto {
                Some(g) => sink.number(Mode::Any, "goto", " goto ", &g, "")?,
                None => sink.string(Mode::Any, "goto", " goto ", "none", "")?,
            }
            if r.flags.contains(RuleFlags::UNRESOLVED) {
                sink.null(Mode::Any, "unresolved", " [unresolved]")?;
            }
        }
        RuleAction::Nop => sink.null(Mode::Any, "nop", " nop")?,
        RuleAction::ToTable => {}
        a => {
            let raw = a.raw();
            let name = match raw {
                _ if names::numeric() => raw.to_string(),
                0 => "none".to_owned(),
                n => names::ROUTE_TYPES
                    .get(usize::from(n))
                    .map_or_else(|| n.to_string(), |&t| t.to_owned()),
            };
            sink.string(Mode::Any, "action", " ", &name, "")?;
        }
    }
    if let Some(p) = r.protocol {
        if !matches!(p, RouteProtocol::Unspec | RouteProtocol::Kernel) || details {
            sink.string(
                Mode::Any,
                "protocol",
                " proto ",
                &names::protocols().show(u32::from(p.raw())),
                "",
            )?;
        }
    }
    Ok(())
}

fn host_len(family: AddressFamily) -> u8 {
    if family == AddressFamily::Inet6 {
        128
    } else {
        32
    }
}
