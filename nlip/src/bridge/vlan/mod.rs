//! `nlbridge vlan`: bridge VLANs as bridge 6.1 shows and changes them (`bridge/vlan.c`'s
//! grammar and output, observed and read as facts; our own code).
//!
//! On [`nlkit::rtnl::bridge::vlan`]: `show` and `tunnelshow` read an `AF_BRIDGE` link dump
//! (`PortVlanDump`); `-s` reads the per-VLAN counters (`VlanStatsDump`), `-d` and `global
//! show` the VLAN database (`VlanDbDump`). `add` and `del` send a `VlanChange`, `set` and
//! `global set` a `VlanOptionSet`.

mod show;

use super::Options;
use crate::args::c_atoi as atoi;
use crate::args::{c_number, c_u32, matches};
use crate::diag::Failure;
use crate::names::Links;
use nlkit::engine::{Conn, Error};
use nlkit::rtnl::bridge::vlan::{
    BridgeFlags, GlobalOption, VlanChange, VlanFlags, VlanOption, VlanOptionSet,
};

/// bridge 6.1's `vlan` usage (stderr, exit 255).
pub const USAGE: &str =
    "Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                     [ pvid ] [ untagged ]
                                                     [ self ] [ master ]
       bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                               [ mcast_router MULTICAST_ROUTER ]
       bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
       bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
       bridge vlan global { set } vid VLAN_ID dev DEV
                      [ mcast_snooping MULTICAST_SNOOPING ]
                      [ mcast_querier MULTICAST_QUERIER ]
                      [ mcast_igmp_version IGMP_VERSION ]
                      [ mcast_mld_version MLD_VERSION ]
                      [ mcast_last_member_count LAST_MEMBER_COUNT ]
                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                      [ mcast_querier_interval QUERIER_INTERVAL ]
                      [ mcast_query_interval QUERY_INTERVAL ]
                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
       bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]";

/// bridge's STP state names (`BR_STATE_*` order).
pub(crate) const STP_STATES: [&str; 5] = [
    "disabled",
    "listening",
    "learning",
    "forwarding",
    "blocking",
];

/// `bridge vlan COMMAND ...`.
pub fn run(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let Some((&cmd, rest)) = words.split_first() else {
        return show::show(conn, o, &[], show::Subject::Vlan);
    };
    if matches(cmd, "add") {
        return modify(conn, false, rest);
    }
    if matches(cmd, "delete") {
        return modify(conn, true, rest);
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show::show(conn, o, rest, show::Subject::Vlan);
    }
    if matches(cmd, "tunnelshow") {
        return show::show(conn, o, rest, show::Subject::Tunnel);
    }
    if matches(cmd, "set") {
        return option_set(conn, rest);
    }
    if cmd == "global" {
        return match rest.split_first() {
            None => show::global_show(conn, o, &[]),
            Some((&w, r)) if w == "show" || w == "lst" || w == "list" => {
                show::global_show(conn, o, r)
            }
            Some((&"set", r)) => global_set(conn, r),
            Some(_) => Err(Failure::usage(USAGE)),
        };
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"bridge vlan help\"."
    )))
}

pub(crate) fn incomplete() -> Failure {
    Failure::usage("Command line is not complete. Try option \"help\"")
}

/// `vid V[-E]` as bridge reads it into `short`s: (vid, end or -1).
fn vid_words(v: &str) -> (i16, Option<i16>) {
    match v.split_once('-') {
        Some((a, b)) => (atoi(a) as i16, Some(atoi(b) as i16)),
        None => (atoi(v) as i16, None),
    }
}

/// A kernel error of a change, as bridge reports it (exit 255).
fn answer(e: &Error) -> Failure {
    Failure {
        code: 255,
        ..crate::diag::kernel(e)
    }
}

/// bridge's `parse_tunnel_info`: `id ID[-ID2]` after `tunnel_info`.
fn tunnel_ids<'a>(it: &mut impl Iterator<Item = &'a str>) -> Result<(u32, u32), Failure> {
    let w = it.next().ok_or_else(incomplete)?;
    if !matches(w, "id") {
        return Err(crate::args::invalid_arg_tight("tunnel id expected", w));
    }
    let v = it.next().ok_or_else(incomplete)?;
    let id = |s: &str| c_u32(s).filter(|n| *n < 1 << 24);
    let bad = |shown: &str| crate::args::invalid_arg_tight("invalid tun id", shown);
    match v.split_once('-') {
        Some((a, b)) => {
            let start = id(a).ok_or_else(|| bad(a))?;
            let end = id(b).ok_or_else(|| bad(a))?;
            Ok((start, end))
        }
        None => Ok((id(v).ok_or_else(|| bad(v))?, 0)),
    }
}

/// `bridge vlan add|del vid VID[-VID2] dev DEV ...` (`vlan_modify`).
fn modify(conn: &mut Conn, delete: bool, words: &[&str]) -> Result<(), Failure> {
    let mut c = VlanChange {
        delete,
        ..Default::default()
    };
    let (mut dev, mut vid, mut vid_end) = (None, -1i16, -1i16);
    let mut range = false;
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        match w {
            "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            "vid" => {
                let (a, b) = vid_words(it.next().ok_or_else(incomplete)?);
                vid = a;
                if let Some(b) = b {
                    vid_end = b;
                    range = true;
                }
            }
            "self" => c.bridge_flags |= BridgeFlags::SELF,
            "master" => c.bridge_flags |= BridgeFlags::MASTER,
            "pvid" => c.flags |= VlanFlags::PVID,
            "untagged" => c.flags |= VlanFlags::UNTAGGED,
            "tunnel_info" => c.tunnel = Some(tunnel_ids(&mut it)?),
            w if matches(w, "help") => {
                it.next().ok_or_else(incomplete)?;
            }
            _ => {}
        }
    }
    let Some(dev) = dev.filter(|_| vid != -1) else {
        return Err(Failure::usage("Device and VLAN ID are required arguments."));
    };
    let mut links = Links::default();
    c.index = crate::args::dev::device_index(&mut links, conn, dev)
        .ok_or_else(|| Failure::usage(format!("Cannot find bridge device \"{dev}\"")))?;
    if vid >= 4096 {
        return Err(Failure::usage(format!(
            "Invalid VLAN ID \"{}\"",
            vid as u16
        )));
    }
    if range {
        if vid_end == -1 || vid_end >= 4096 || vid >= vid_end {
            return Err(Failure::usage(format!(
                "Invalid VLAN range \"{}-{}\"",
                vid as u16, vid_end as u16
            )));
        }
        if c.flags.contains(VlanFlags::PVID) {
            return Err(Failure::usage("pvid cannot be configured for a vlan range"));
        }
    }
    c.vid = vid as u16;
    // bridge's end is -1 when no range was given, and only a range sets it.
    c.vid_end = (vid_end != -1).then_some(vid_end as u16);
    c.apply(conn).map_err(|e| answer(&e))
}

/// `vid V[-E]` of `set` / `global set`, checked as bridge checks it there.
fn set_vid(v: &str) -> Result<(u16, Option<u16>), Failure> {
    let (vid, end) = vid_words(v);
    if let Some(end) = end {
        if vid >= end || end >= 4096 {
            return Err(Failure::usage(format!(
                "Invalid VLAN range \"{}-{}\"",
                vid as u16, end as u16
            )));
        }
    }
    if vid >= 4096 {
        return Err(Failure::usage(format!(
            "Invalid VLAN ID \"{}\"",
            vid as u16
        )));
    }
    Ok((vid as u16, end.map(|e| e as u16)))
}

/// The index of `dev` for `set` / `global set` (looked up where the word stands).
fn network_device(links: &mut Links, conn: &mut Conn, dev: &str) -> Result<u32, Failure> {
    crate::args::dev::device_index(links, conn, dev)
        .ok_or_else(|| Failure::usage(format!("Cannot find network device \"{dev}\"")))
}

/// bridge's `get_u8(.., 0)`.
fn c_u8(v: &str) -> Option<u8> {
    c_number(v).and_then(|n| u8::try_from(n).ok())
}

/// `bridge vlan set vid VID dev DEV [state S] [mcast_router R]` (`vlan_option_set`).
fn option_set(conn: &mut Conn, words: &[&str]) -> Result<(), Failure> {
    let mut req = VlanOptionSet::default();
    let (mut dev, mut vid) = (false, false);
    let mut links = Links::default();
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        match w {
            "dev" => {
                let d = it.next().ok_or_else(incomplete)?;
                req.index = network_device(&mut links, conn, d)?;
                dev = true;
            }
            "vid" => {
                let (v, end) = set_vid(it.next().ok_or_else(incomplete)?)?;
                // A vid of -1 (65535) reads as "no vid" in bridge's short.
                vid = v != u16::MAX;
                req.options.push(VlanOption::Vid(v, end));
            }
            "state" => {
                let v = it.next().ok_or_else(incomplete)?;
                let state = match v.parse::<i64>() {
                    Ok(n) => n as i32,
                    _ => STP_STATES
                        .iter()
                        .position(|s| *s == v)
                        .map_or(-1, |p| p as i32),
                };
                if state == -1 {
                    return Err(Failure::usage("Error: invalid STP state"));
                }
                req.options.push(VlanOption::State(state as u8));
            }
            "mcast_router" => {
                let v = it.next().ok_or_else(incomplete)?;
                let r = c_u8(v)
                    .ok_or_else(|| crate::args::invalid_arg_tight("invalid mcast_router", v))?;
                req.options.push(VlanOption::McastRouter(r));
            }
            w if matches(w, "help") => {
                it.next().ok_or_else(incomplete)?;
            }
            _ => {}
        }
    }
    if !dev || !vid {
        return Err(Failure::usage("Device and VLAN ID are required arguments."));
    }
    req.apply(conn).map_err(|e| answer(&e))
}

/// `bridge vlan global set vid VID dev DEV [OPTION VALUE]...` (`vlan_global_option_set`).
fn global_set(conn: &mut Conn, words: &[&str]) -> Result<(), Failure> {
    let mut options = Vec::new();
    let (mut index, mut dev, mut vid) = (0, false, false);
    let mut links = Links::default();
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if w == "dev" {
            let d = it.next().ok_or_else(incomplete)?;
            index = network_device(&mut links, conn, d)?;
            dev = true;
        } else if w == "vid" {
            let (v, end) = set_vid(it.next().ok_or_else(incomplete)?)?;
            vid = v != u16::MAX;
            options.push(GlobalOption::Vid(v, end));
        } else if let Some(&(t, word)) = GlobalOption::WORDS.iter().find(|(_, k)| *k == w) {
            let v = it.next().ok_or_else(incomplete)?;
            let probe = GlobalOption::with_value(t, 0).map(|o| o.width());
            let n = c_number(v).filter(|n| probe.is_some_and(|bits| bits == 64 || n >> bits == 0));
            let n =
                n.ok_or_else(|| crate::args::invalid_arg_tight(&format!("invalid {word}"), v))?;
            options.extend(GlobalOption::with_value(t, n));
        } else if w == "help" {
            it.next().ok_or_else(incomplete)?;
        }
    }
    if !dev || !vid {
        return Err(Failure::usage("Device and VLAN ID are required arguments."));
    }
    let req = VlanOptionSet {
        index,
        options: Vec::new(),
        global: Some(options),
    };
    req.apply(conn).map_err(|e| answer(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vids_as_bridge_reads_them_into_shorts() {
        assert_eq!(atoi(" 12x"), 12);
        assert_eq!(atoi("-7"), -7);
        assert_eq!(atoi("x"), 0);
        assert_eq!(vid_words("5"), (5, None));
        assert_eq!(vid_words("5-10"), (5, Some(10)));
        // strchr finds the sign: the vid before it is empty.
        assert_eq!(vid_words("-5"), (0, Some(5)));
        assert_eq!(vid_words("70000"), (4464, None));
        assert_eq!(vid_words("65535"), (-1, None));
        assert_eq!(vid_words("40000-10"), (-25536, Some(10)));
    }

    #[test]
    fn set_vids_are_checked_where_they_stand() {
        assert_eq!(set_vid("5-9").ok(), Some((5, Some(9))));
        assert_eq!(
            set_vid("9-5").err().map(|f| f.message),
            Some("Invalid VLAN range \"9-5\"".into())
        );
        assert_eq!(
            set_vid("5000").err().map(|f| f.message),
            Some("Invalid VLAN ID \"5000\"".into())
        );
        assert_eq!(c_u8("0x10"), Some(16));
        assert_eq!(c_u8("256"), None);
    }
}
