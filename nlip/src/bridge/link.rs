//! `nlbridge link`: bridge ports as bridge 6.1 shows and changes them (`bridge/link.c`'s
//! grammar and output, observed and read as facts; our own code). `show` dumps the
//! AF_BRIDGE links ([`port::dump`]); `set` sends one [`PortChange`].

use super::Options;
use crate::args::c_atoi as atoi;
use crate::args::{c_long, matches};
use crate::diag::Failure;
use crate::ip::link::print::{lower_down, print_flags, print_link_ref, LinkRef};
use crate::names::Links;
use crate::render::{Color, Mode, Sink};
use nlkit::engine::Conn;
use nlkit::rtnl::bridge::port::{self, attrs, BridgePort, PortChange, PortSettings, PortState};
use nlkit::rtnl::AddressFamily;
use std::io::{self, Write};

/// bridge 6.1's `link` usage (stderr, exit 255).
pub const USAGE: &str =
    "Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                               [ guard {on | off} ]
                               [ hairpin {on | off} ]
                               [ fastleave {on | off} ]
                               [ root_block {on | off} ]
                               [ learning {on | off} ]
                               [ learning_sync {on | off} ]
                               [ flood {on | off} ]
                               [ mcast_router MULTICAST_ROUTER ]
                               [ mcast_flood {on | off} ]
                               [ bcast_flood {on | off} ]
                               [ mcast_to_unicast {on | off} ]
                               [ neigh_suppress {on | off} ]
                               [ vlan_tunnel {on | off} ]
                               [ isolated {on | off} ]
                               [ locked {on | off} ]
                               [ hwmode {vepa | veb} ]
                               [ backup_port DEVICE ] [ nobackup_port ]
                               [ self ] [ master ]
       bridge link show [dev DEV]";

/// `bridge link COMMAND ...`.
pub fn run(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let Some((&cmd, rest)) = words.split_first() else {
        return show(conn, links, o, &[]);
    };
    if matches(cmd, "set") || matches(cmd, "change") {
        return modify(conn, links, rest);
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(conn, links, o, rest);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"bridge link help\"."
    )))
}

fn incomplete() -> Failure {
    Failure::usage("Command line is not complete. Try option \"help\"")
}

fn show(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let mut dev = None;
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if w == "dev" {
            let v = it.next().ok_or_else(incomplete)?;
            if dev.is_some() {
                return Err(crate::args::duplicate("dev", v));
            }
            dev = Some(v);
        }
    }
    links.preload(conn);
    let index = match dev {
        Some(d) => Some(
            crate::args::dev::device_index(links, conn, d)
                .ok_or_else(|| super::failed(format!("Cannot find device \"{d}\"")))?,
        ),
        None => None,
    };
    let ports: Vec<BridgePort> = port::dump(conn)
        .map_err(|e| crate::diag::kernel(&e))?
        .filter_map(Result::ok)
        .filter(|p| matches!(p.family, AddressFamily::Bridge | AddressFamily::Unspec))
        .filter(|p| index.is_none_or(|i| i == p.index))
        .collect();
    let mut sink = crate::bridge::sink(o);
    sink.begin_list()?;
    for p in &ports {
        print_port(&mut sink, p, links, o.details > 0)?;
    }
    sink.end_list()?;
    Ok(())
}

/// bridge's names of the STP states.
fn state_name(state: u8) -> Option<&'static str> {
    Some(match PortState::from(state) {
        PortState::Disabled => "disabled",
        PortState::Listening => "listening",
        PortState::Learning => "learning",
        PortState::Forwarding => "forwarding",
        PortState::Blocking => "blocking",
        _ => return None,
    })
}

fn print_state<W: Write>(sink: &mut Sink<W>, state: u8) -> io::Result<()> {
    match state_name(state) {
        Some(name) => sink.string(Mode::Any, "state", "state ", name, " "),
        None => {
            sink.number(Mode::Json, "state", "", &state, "")?;
            sink.text(&format!("state ({state}) "))
        }
    }
}

/// One port as `bridge link show` prints it (also for monitors to come).
pub fn print_port<W: Write>(
    sink: &mut Sink<W>,
    p: &BridgePort,
    links: &Links,
    details: bool,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if p.deleted {
        sink.flag(Mode::Any, "deleted", "Deleted", " ")?;
    }
    sink.number(Mode::Any, "ifindex", "", &p.index, ": ")?;
    let r = LinkRef {
        link: p.link,
        other_netns: p.link_netnsid.is_some(),
    };
    let mut at = String::new();
    print_link_ref(sink, r, links, &mut at)?;
    let name = p.name.as_deref().unwrap_or("");
    sink.string(Mode::Json, "ifname", "", name, "")?;
    sink.colored(
        Mode::Text,
        "",
        "",
        &format!("{name}{at}: "),
        "",
        Color::Iface,
    )?;
    print_flags(sink, p.flags, lower_down(r, links))?;
    if let Some(m) = p.mtu {
        sink.number(Mode::Any, "mtu", "mtu ", &m, " ")?;
    }
    if let Some(m) = p.master {
        sink.string(Mode::Any, "master", "master ", &links.cached(m), " ")?;
    }
    if let Some(s) = &p.settings {
        print_settings(sink, s, links, details)?;
    } else if let Some(state) = p.legacy_state() {
        print_state(sink, state)?;
    }
    if let Some(mode) = p.spec.as_ref().and_then(|s| s.mode) {
        match mode {
            attrs::BRIDGE_MODE_VEB => sink.string(Mode::Any, "hwmode", "hwmode ", "VEB", " ")?,
            attrs::BRIDGE_MODE_VEPA => sink.string(Mode::Any, "hwmode", "hwmode ", "VEPA", " ")?,
            m => sink.string(Mode::Any, "hwmode", "hwmode ", &format!("{m:#x}"), " ")?,
        }
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// The settings bridge prints: state, priority and cost, and with `-d` the switches on a
/// line of their own.
fn print_settings<W: Write>(
    sink: &mut Sink<W>,
    s: &PortSettings,
    links: &Links,
    details: bool,
) -> io::Result<()> {
    if let Some(state) = s.state {
        print_state(sink, state)?;
    }
    if let Some(p) = s.priority {
        sink.number(Mode::Any, "priority", "priority ", &p, " ")?;
    }
    if let Some(c) = s.cost {
        sink.number(Mode::Any, "cost", "cost ", &c, " ")?;
    }
    if !details {
        return Ok(());
    }
    sink.text("\n    ")?;
    let switches = [
        ("hairpin", s.hairpin),
        ("guard", s.guard),
        ("root_block", s.root_block),
        ("fastleave", s.fast_leave),
        ("learning", s.learning),
        ("learning_sync", s.learning_sync),
        ("flood", s.flood),
        ("mcast_flood", s.mcast_flood),
        ("bcast_flood", s.bcast_flood),
    ];
    on_off(sink, &switches)?;
    if let Some(r) = s.mcast_router {
        sink.number(Mode::Any, "mcast_router", "mcast_router ", &r, " ")?;
    }
    let switches = [
        ("mcast_to_unicast", s.mcast_to_unicast),
        ("neigh_suppress", s.neigh_suppress),
        ("vlan_tunnel", s.vlan_tunnel),
    ];
    on_off(sink, &switches)?;
    if let Some(b) = s.backup_port {
        sink.string(
            Mode::Any,
            "backup_port",
            "backup_port ",
            &links.cached(b),
            " ",
        )?;
    }
    on_off(sink, &[("isolated", s.isolated), ("locked", s.locked)])
}

/// `NAME on|off ` (JSON `NAME: true|false`) for each switch the kernel sent.
fn on_off<W: Write>(sink: &mut Sink<W>, switches: &[(&str, Option<u8>)]) -> io::Result<()> {
    for (name, v) in switches {
        if let Some(v) = v {
            sink.on_off(Mode::Any, name, &format!("{name} "), *v != 0, " ")?;
        }
    }
    Ok(())
}

/// iproute2's `parse_on_off`: a prefix of `off` or `on` (`off` first); otherwise its
/// error, and bridge exits with `-EINVAL` (234).
fn switch(name: &str, v: &str) -> Result<u8, Failure> {
    if matches(v, "off") {
        Ok(0)
    } else if matches(v, "on") {
        Ok(1)
    } else {
        Err(Failure::new(
            format!("Error: argument of \"{name}\" must be one of \"off\", \"on\", not \"{v}\""),
            234,
        ))
    }
}

/// The switches of `bridge link set`: keyword, and where its value goes.
fn switch_slot<'s>(s: &'s mut PortSettings, w: &str) -> Option<&'s mut Option<u8>> {
    Some(match w {
        "guard" => &mut s.guard,
        "hairpin" => &mut s.hairpin,
        "fastleave" => &mut s.fast_leave,
        "root_block" => &mut s.root_block,
        "learning" => &mut s.learning,
        "learning_sync" => &mut s.learning_sync,
        "flood" => &mut s.flood,
        "mcast_flood" => &mut s.mcast_flood,
        "bcast_flood" => &mut s.bcast_flood,
        "mcast_to_unicast" => &mut s.mcast_to_unicast,
        "neigh_suppress" => &mut s.neigh_suppress,
        "vlan_tunnel" => &mut s.vlan_tunnel,
        "isolated" => &mut s.isolated,
        "locked" => &mut s.locked,
        _ => return None,
    })
}

/// `bridge link set dev DEV ...` (`brlink_modify`).
fn modify(conn: &mut Conn, links: &mut Links, words: &[&str]) -> Result<(), Failure> {
    let mut c = PortChange::default();
    let mut s = PortSettings::default();
    let (mut dev, mut backup) = (None, None);
    let (mut flags, mut mode) = (0u16, None);
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if let Some(slot) = switch_slot(&mut s, w) {
            *slot = Some(switch(w, it.next().ok_or_else(incomplete)?)?);
            continue;
        }
        match w {
            "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            // bridge keeps atoi's value in an `__s8` and sends it when not negative.
            "mcast_router" => {
                let v = atoi(it.next().ok_or_else(incomplete)?) as i8;
                s.mcast_router = (v >= 0).then_some(v as u8);
            }
            "cost" => {
                let v = atoi(it.next().ok_or_else(incomplete)?) as u32;
                s.cost = (v > 0).then_some(v);
            }
            "priority" => {
                let v = atoi(it.next().ok_or_else(incomplete)?) as i16;
                s.priority = (v >= 0).then_some(v as u16);
            }
            "state" => s.state = stp_state(it.next().ok_or_else(incomplete)?)?,
            "hwmode" => {
                flags = attrs::BRIDGE_FLAGS_SELF;
                mode = Some(match it.next().ok_or_else(incomplete)? {
                    "vepa" => attrs::BRIDGE_MODE_VEPA,
                    "veb" => attrs::BRIDGE_MODE_VEB,
                    _ => return Err(super::failed("Mode argument must be \"vepa\" or \"veb\".")),
                });
            }
            "self" => flags |= attrs::BRIDGE_FLAGS_SELF,
            "master" => flags |= attrs::BRIDGE_FLAGS_MASTER,
            "backup_port" => {
                let v = it.next().ok_or_else(incomplete)?;
                let i = crate::args::dev::device_index(links, conn, v)
                    .ok_or_else(|| super::failed(format!("Error: device {v} does not exist")))?;
                backup = Some(i);
            }
            "nobackup_port" => backup = Some(0),
            _ => return Err(Failure::usage(USAGE)),
        }
    }
    let Some(dev) = dev else {
        return Err(super::failed("Device is a required argument."));
    };
    c.index = crate::args::dev::device_index(links, conn, dev)
        .ok_or_else(|| super::failed(format!("Cannot find bridge device \"{dev}\"")))?;
    s.backup_port = backup;
    c.settings = s;
    c.flags = (flags > 0).then_some(flags);
    c.mode = mode;
    port::apply(conn, &c).map(|_| ()).map_err(|e| Failure {
        code: 255,
        ..crate::diag::kernel(&e)
    })
}

/// `state STATE`: a number (`strtol`, kept in an `__s8`: sent when not negative), else a
/// state's name.
fn stp_state(v: &str) -> Result<Option<u8>, Failure> {
    let n = match c_long(v).filter(|_| !v.starts_with("0x") && !v.starts_with("0X")) {
        Some(n)
            if v.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'+') =>
        {
            n as i8
        }
        _ => match (0..=4u8).find(|s| state_name(*s) == Some(v)) {
            Some(s) => s as i8,
            None => return Err(super::failed("Error: invalid STP port state")),
        },
    };
    Ok((n >= 0).then_some(n as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_is_bridge_link_set_s() {
        // `bridge link set dev v0 cost 7 priority 3 state 2 guard on hairpin off learning
        // off flood on mcast_router 2 self`, as strace shows bridge 6.1 sending it.
        let s = PortSettings {
            guard: Some(1),
            hairpin: Some(0),
            flood: Some(1),
            mcast_router: Some(2),
            learning: Some(0),
            cost: Some(7),
            priority: Some(3),
            state: Some(2),
            ..Default::default()
        };
        let c = PortChange {
            index: 4,
            settings: s,
            flags: Some(attrs::BRIDGE_FLAGS_SELF),
            mode: None,
        };
        let b = c.request().finish().unwrap();
        // nlmsghdr 16 + ifinfomsg 16 + PROTINFO 68 + AF_SPEC 12 = 112.
        assert_eq!(b.len(), 112);
        let protinfo = &b[32..36];
        assert_eq!(protinfo, &[68, 0, 12, 0x80]);
        let types: Vec<u16> = (0..8)
            .map(|i| u16::from_ne_bytes([b[36 + i * 8 + 2], b[36 + i * 8 + 3]]))
            .take(5)
            .collect();
        assert_eq!(types, [5, 4, 9, 25, 8]);
        assert_eq!(&b[100..112], &[12, 0, 26, 0, 6, 0, 0, 0, 2, 0, 0, 0]);
    }

    #[test]
    fn words_as_bridge_reads_them() {
        assert_eq!(switch("guard", "o").unwrap(), 0);
        assert_eq!(switch("guard", "on").unwrap(), 1);
        assert_eq!(switch("guard", "x").unwrap_err().code, 234);
        assert_eq!(stp_state("blocking").unwrap(), Some(4));
        assert_eq!(stp_state("3").unwrap(), Some(3));
        assert_eq!(stp_state("-1").unwrap(), None);
        assert!(stp_state("bogus").is_err());
        assert_eq!(atoi(" 12ab"), 12);
    }
}
