//! `nlbridge fdb`: the bridge forwarding database as bridge 6.1 shows and changes it
//! (`bridge/fdb.c`'s grammar and output, observed and read as facts; our own code).
//!
//! Entries are AF_BRIDGE neighbours ([`Neighbour`]): `show` dumps them (the device and the
//! bridge go in the request, as bridge's strict dump sends them; state, VLAN and `dynamic`
//! are filtered here), `add`, `append` (`NLM_F_APPEND`: another remote of a VXLAN flood
//! list), `replace` and `del` send one entry.

mod flush;
mod get;

use super::Options;
use crate::args::c_atoi as atoi;
use crate::args::{c_number, matches};
use crate::diag::Failure;
use crate::names::Links;
use crate::render::{Color, Mac, Mode, Sink};
use nlkit::engine::Conn;
use nlkit::rtnl::bridge::fdb::FdbFilter;
use nlkit::rtnl::neigh::{Neighbour, NeighbourFlags, NeighbourState};
use nlkit::rtnl::{self, AddressFamily, Verb};
use std::io::{self, Write};

/// bridge 6.1's `fdb` usage (stderr, exit 255).
pub const USAGE: &str = "Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
              [ sticky ] [ local | static | dynamic ] [ vlan VID ]
              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
\t       [ via DEV ] [ src_vni VNI ]
       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
              [ state STATE ] [ dynamic ] ]
       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
              [ [no]offloaded ]";

/// `bridge fdb COMMAND ...`.
pub fn run(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let Some((&cmd, rest)) = words.split_first() else {
        return show(conn, links, o, &[]);
    };
    if let Some(verb) = verb_of(cmd) {
        let n = entry(conn, links, o, rest)?;
        return rtnl::apply(conn, &n, verb)
            .map(|_| ())
            .map_err(|e| Failure {
                code: 255,
                ..crate::diag::kernel(&e)
            });
    }
    if matches(cmd, "get") {
        return get::run(conn, links, o, rest);
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(conn, links, o, rest);
    }
    if cmd == "flush" {
        return flush::run(conn, links, rest);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"bridge fdb help\"."
    )))
}

/// The change `cmd` names (`add`, `append`, `replace`, `del`).
fn verb_of(cmd: &str) -> Option<Verb> {
    if matches(cmd, "add") {
        Some(Verb::Add)
    } else if matches(cmd, "append") {
        Some(Verb::Append)
    } else if matches(cmd, "replace") {
        Some(Verb::Replace)
    } else if matches(cmd, "delete") {
        Some(Verb::Delete)
    } else {
        None
    }
}

/// For `-force -batch`: the request of `fdb add|append|replace|del ...` (`words` after
/// `fdb`), or its error; `None` for the other fdb commands.
pub fn change_request(
    conn: &mut Conn,
    links: &mut Links,
    o: &Options,
    words: &[&str],
) -> Option<Result<nlkit::wire::MessageBuilder, Failure>> {
    use nlkit::rtnl::Change;
    let (&cmd, rest) = words.split_first()?;
    let verb = verb_of(cmd)?;
    Some(entry(conn, links, o, rest).map(|n| n.request(verb)))
}

/// bridge's `state_a2n`: a state word, `all`, or a number.
fn state_word(v: &str) -> Option<u16> {
    if matches(v, "permanent") {
        Some(NeighbourState::PERMANENT.bits())
    } else if matches(v, "static") || matches(v, "temp") {
        Some(NeighbourState::NOARP.bits())
    } else if matches(v, "stale") {
        Some(NeighbourState::STALE.bits())
    } else if matches(v, "reachable") || matches(v, "dynamic") {
        Some(NeighbourState::REACHABLE.bits())
    } else if v == "all" {
        Some(u16::MAX)
    } else {
        c_number(v)
            .and_then(|n| u32::try_from(n).ok())
            .map(|n| n as u16)
    }
}

fn show(conn: &mut Conn, links: &mut Links, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let mut f = FdbFilter::default();
    let (mut dev, mut br) = (None, None);
    let mut it = words.iter().copied();
    let incomplete = || Failure::usage("Command line is not complete. Try option \"help\"");
    while let Some(w) = it.next() {
        match w {
            "brport" | "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            "br" => br = Some(it.next().ok_or_else(incomplete)?),
            "vlan" => {
                let v = it.next().ok_or_else(incomplete)?;
                if f.vlan != 0 {
                    return Err(crate::args::duplicate("vlan", v));
                }
                f.vlan = atoi(v) as u16;
            }
            "state" => {
                let v = it.next().ok_or_else(incomplete)?;
                let s = state_word(v)
                    .ok_or_else(|| crate::args::invalid_arg_tight("invalid state", v))?;
                f.states |= s;
            }
            "dynamic" => f.dynamic = true,
            w if matches(w, "help") => return Err(Failure::usage(USAGE)),
            _ => {}
        }
    }
    if let Some(br) = br {
        let i = crate::args::dev::device_index(links, conn, br)
            .ok_or_else(|| super::failed(format!("Cannot find bridge device \"{br}\"")))?;
        f.master = Some(i);
    }
    if let Some(d) = dev {
        let i = crate::args::dev::device_index(links, conn, d)
            .ok_or_else(|| super::failed(format!("Cannot find device \"{d}\"")))?;
        f.index = Some(i);
    }
    // Names come from the cache while the dump streams (the dump holds the connection).
    links.preload(conn);
    let mut sink = crate::bridge::sink(o);
    sink.begin_list()?;
    for n in rtnl::dump(conn, &f).map_err(|e| crate::diag::kernel(&e))? {
        match n {
            Ok(n) => {
                print_entry(&mut sink, &n, links, f.index.is_some(), o.stats > 0, false)?;
            }
            Err(nlkit::engine::Error::Decode(_)) => {}
            Err(e) => {
                sink.end_list()?;
                return Err(crate::diag::dump(&e));
            }
        }
    }
    sink.end_list()?;
    Ok(())
}

/// bridge's `state_n2a`.
fn state_name(state: NeighbourState, json: bool) -> String {
    let s = state.bits();
    if state.contains(NeighbourState::PERMANENT) {
        "permanent".into()
    } else if state.contains(NeighbourState::NOARP) {
        "static".into()
    } else if state.contains(NeighbourState::STALE) {
        "stale".into()
    } else if state.contains(NeighbourState::REACHABLE) {
        String::new()
    } else if json {
        format!("{s:#x}")
    } else {
        format!("state={s:#x}")
    }
}

/// The flags bridge prints, in its order.
const FLAGS: [(NeighbourFlags, &str); 6] = [
    (NeighbourFlags::SELF, "self"),
    (NeighbourFlags::ROUTER, "router"),
    (NeighbourFlags::EXT_LEARNED, "extern_learn"),
    (NeighbourFlags::OFFLOADED, "offload"),
    (NeighbourFlags::MASTER, "master"),
    (NeighbourFlags::STICKY, "sticky"),
];

/// One entry as `bridge fdb show` prints it (`hide_dev`: a device filter was given;
/// `deleted`: an `RTM_DELNEIGH` event, `Deleted ` first).
pub fn print_entry<W: Write>(
    sink: &mut Sink<W>,
    n: &Neighbour,
    links: &Links,
    hide_dev: bool,
    stats: bool,
    deleted: bool,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if deleted {
        sink.flag(Mode::Any, "deleted", "Deleted", " ")?;
    }
    if let Some(l) = &n.lladdr {
        sink.colored(Mode::Any, "mac", "", &Mac(l), " ", Color::Mac)?;
    }
    if !hide_dev && n.index != 0 {
        sink.colored(
            Mode::Any,
            "ifname",
            "dev ",
            &links.cached(n.index),
            " ",
            Color::Iface,
        )?;
    }
    if let Some(d) = n.destination {
        let color = Color::of_family(AddressFamily::of(&d));
        sink.colored(Mode::Any, "dst", "dst ", &d, " ", color)?;
    }
    if let Some(v) = n.vlan.filter(|v| *v != 0) {
        sink.number(Mode::Any, "vlan", "vlan ", &v, " ")?;
    }
    if let Some(p) = n.port {
        sink.number(Mode::Any, "port", "port ", &p, " ")?;
    }
    if let Some(v) = n.vni {
        sink.number(Mode::Any, "vni", "vni ", &v, " ")?;
    }
    if let Some(v) = n.source_vni {
        sink.number(Mode::Any, "src_vni", "src_vni ", &v, " ")?;
    }
    if let Some(i) = n.interface {
        if n.link_netnsid.is_some() {
            sink.number(Mode::Any, "viaIfIndex", "via ifindex ", &i, " ")?;
        } else {
            sink.string(Mode::Any, "viaIf", "via ", &links.cached(i), " ")?;
        }
    }
    if let Some(id) = n.nexthop_id {
        sink.number(Mode::Any, "nhid", "nhid ", &id, " ")?;
    }
    if let Some(id) = n.link_netnsid {
        sink.number(Mode::Any, "linkNetNsId", "link-netnsid ", &id, " ")?;
    }
    if let Some(ci) = n.cache_info.filter(|_| stats) {
        let (used, updated) = (ci.used / 100, ci.updated / 100);
        sink.number(Mode::Json, "used", "", &used, "")?;
        sink.number(Mode::Json, "updated", "", &updated, "")?;
        sink.text(&format!("used {used}/{updated} "))?;
    }
    sink.open_array(Mode::Json, Some("flags"))?;
    for (flag, word) in FLAGS {
        if n.flags.contains(flag) {
            sink.string(Mode::Any, "", "", word, " ")?;
        }
    }
    sink.close_array(Mode::Json)?;
    if let Some(m) = n.master {
        sink.string(Mode::Any, "master", "master ", &links.cached(m), " ")?;
    }
    let state = state_name(n.state, sink.is_json());
    sink.string(Mode::Any, "state", "", state.as_str(), "\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// bridge's `strtoul(v, &end, 0)` with nothing after the number.
fn c_unsigned(v: &str) -> Option<u64> {
    c_number(v)
}

/// The entry of `bridge fdb add|append|replace|del ADDR dev DEV ...` (`fdb_modify`).
/// The entry of `bridge fdb add|append|replace|del ADDR dev DEV ...` (`fdb_modify`'s words).
fn entry(
    conn: &mut Conn,
    links: &mut Links,
    o: &Options,
    words: &[&str],
) -> Result<Neighbour, Failure> {
    let mut n = Neighbour {
        family: AddressFamily::Bridge,
        state: NeighbourState::NOARP,
        ..Default::default()
    };
    let (mut dev, mut addr, mut via) = (None, None, None);
    let mut it = words.iter().copied();
    let incomplete = || Failure::usage("Command line is not complete. Try option \"help\"");
    let invalid = |what: &str, v: &str| crate::args::invalid_arg_tight(what, v);
    while let Some(w) = it.next() {
        match w {
            "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            "dst" => {
                let v = it.next().ok_or_else(incomplete)?;
                if n.destination.is_some() {
                    return Err(crate::args::duplicate_or_garbage("dst", v));
                }
                let family = o.family.map(u8::from);
                n.destination = Some(crate::args::inet::parse_address(v, family)?);
            }
            "nhid" => {
                let v = it.next().ok_or_else(incomplete)?;
                let id =
                    crate::args::c_u32(v).ok_or_else(|| invalid("\"id\" value is invalid\n", v))?;
                n.nexthop_id = (id != 0).then_some(id);
            }
            "port" => {
                let v = it.next().ok_or_else(incomplete)?;
                let p = c_unsigned(v)
                    .filter(|p| *p <= 0xffff)
                    .ok_or_else(|| invalid("invalid port\n", v))?;
                n.port = (p != 0).then_some(p as u16);
            }
            "vni" | "src_vni" => {
                let v = it.next().ok_or_else(incomplete)?;
                let what = if w == "vni" {
                    "invalid VNI\n"
                } else {
                    "invalid src VNI\n"
                };
                let id = c_unsigned(v)
                    .filter(|id| id >> 24 == 0)
                    .ok_or_else(|| invalid(what, v))? as u32;
                if w == "vni" {
                    n.vni = Some(id);
                } else {
                    n.source_vni = Some(id);
                }
            }
            "via" => via = Some(it.next().ok_or_else(incomplete)?),
            "self" => n.flags |= NeighbourFlags::SELF,
            w if matches(w, "master") => n.flags |= NeighbourFlags::MASTER,
            w if matches(w, "router") => n.flags |= NeighbourFlags::ROUTER,
            w if matches(w, "local") || matches(w, "permanent") => {
                n.state |= NeighbourState::PERMANENT;
            }
            w if matches(w, "temp") || matches(w, "static") => n.state |= NeighbourState::REACHABLE,
            w if matches(w, "dynamic") => {
                n.state |= NeighbourState::REACHABLE;
                n.state = NeighbourState(n.state.bits() & !NeighbourState::NOARP.bits());
            }
            w if matches(w, "vlan") => {
                if n.vlan.is_some() {
                    // bridge names the keyword twice (its duparg2 comes before NEXT_ARG).
                    return Err(crate::args::duplicate_or_garbage("vlan", w));
                }
                let v = it.next().ok_or_else(incomplete)?;
                // bridge keeps atoi's value in a short.
                n.vlan = Some(atoi(v) as u16);
            }
            w if matches(w, "use") => n.flags |= NeighbourFlags::USE,
            w if matches(w, "extern_learn") => n.flags |= NeighbourFlags::EXT_LEARNED,
            w if matches(w, "sticky") => n.flags |= NeighbourFlags::STICKY,
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
    let (Some(dev), Some(addr)) = (dev, addr) else {
        return Err(super::failed("Device and address are required arguments."));
    };
    complete(conn, links, n, (dev, addr, via))
}

/// Completes `n` as bridge does (self and permanent unless told; the address, the
/// devices) and sends it.
fn complete(
    conn: &mut Conn,
    links: &mut Links,
    mut n: Neighbour,
    (dev, addr, via): (&str, &str, Option<&str>),
) -> Result<Neighbour, Failure> {
    if n.nexthop_id.is_some() && (n.destination.is_some() || n.port.is_some() || n.vni.is_some()) {
        return Err(super::failed(
            "dst, port, vni are mutually exclusive with nhid",
        ));
    }
    if !n
        .flags
        .intersects(NeighbourFlags::SELF | NeighbourFlags::MASTER)
    {
        n.flags |= NeighbourFlags::SELF;
    }
    if !n
        .state
        .intersects(NeighbourState::PERMANENT | NeighbourState::REACHABLE)
    {
        n.state |= NeighbourState::PERMANENT;
    }
    n.lladdr = Some(mac(addr).ok_or_else(|| super::failed(format!("Invalid mac address {addr}")))?);
    if let Some(v) = via {
        let i = crate::args::dev::device_index(links, conn, v)
            .ok_or_else(|| Failure::usage(format!("Cannot find device \"{v}\"")))?;
        n.interface = Some(i);
    }
    n.index = crate::args::dev::device_index(links, conn, dev)
        .ok_or_else(|| super::failed(format!("Cannot find device \"{dev}\"")))?;
    Ok(n)
}

/// bridge's `sscanf("%hhx:%hhx:%hhx:%hhx:%hhx:%hhx")`: six hex bytes (one or two digits
/// each, more are cut to the low byte as `%hhx` does), anything after the sixth ignored.
fn mac(v: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(6);
    let mut rest = v;
    for i in 0..6 {
        if i > 0 {
            rest = rest.strip_prefix(':')?;
        }
        let t = rest.trim_start();
        let end = t.bytes().take_while(u8::is_ascii_hexdigit).count();
        if end == 0 {
            return None;
        }
        let digits = &t[..end];
        let low = &digits[digits.len().saturating_sub(2)..];
        out.push(u8::from_str_radix(low, 16).ok()?);
        rest = &t[end..];
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macs_as_sscanf_reads_them() {
        assert_eq!(
            mac("00:11:22:aa:BB:f"),
            Some(vec![0, 0x11, 0x22, 0xaa, 0xbb, 0xf])
        );
        assert_eq!(mac("1:2:3:4:5:6:7"), Some(vec![1, 2, 3, 4, 5, 6]));
        assert_eq!(mac("zz"), None);
        assert_eq!(mac("00:11:22:33:44"), None);
    }

    #[test]
    fn states_as_bridge_names_them() {
        assert_eq!(state_name(NeighbourState::PERMANENT, false), "permanent");
        assert_eq!(state_name(NeighbourState(0x42), false), "static");
        assert_eq!(state_name(NeighbourState::REACHABLE, false), "");
        assert_eq!(state_name(NeighbourState(0x20), false), "state=0x20");
        assert_eq!(state_name(NeighbourState(0x20), true), "0x20");
        assert_eq!(state_word("perm"), Some(0x80));
        assert_eq!(state_word("bogus"), None);
    }
}
