//! `nlip neighbour`: `show` with `dev`, `nud`, `proxy`, a prefix, and the family options.

use crate::args::inet::{family_of, same_bits};
use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use crate::render::{Color, Mode, Render, Sink};
use nlkit::rtnl::neigh::{
    Neighbour, NeighbourFilter, NeighbourFlags, NeighbourFlagsExt, NeighbourQuery, NeighbourState,
};
use nlkit::rtnl::{self, AddressFamily, DeleteBy, RouteProtocol, Verb};
use std::io::{self, Write};
use std::net::IpAddr;

const HELP: &str = "Usage: ip neigh { add | del | change | replace }
                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                [ protocol PROTO ]

	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
				  [ vrf NAME ] [ nomaster ]
	ip neigh get { ADDR | proxy ADDR } dev DEV

STATE := { delay | failed | incomplete | noarp | none |
           permanent | probe | reachable | stale }";

/// `nlip neighbour ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    if let Some(mode) = change_kind(cmd) {
        return modify(ctx, args, mode);
    }
    if matches(cmd, "flush") {
        return flush(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip neigh help\"."
    )))
}

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

/// `NUD_NONE`: no state.
const NUD_NONE: NeighbourState = NeighbourState::EMPTY;

fn nud(word: &str) -> Option<NeighbourState> {
    Some(match word {
        "permanent" => NeighbourState::PERMANENT,
        "reachable" => NeighbourState::REACHABLE,
        "stale" => NeighbourState::STALE,
        "delay" => NeighbourState::DELAY,
        "probe" => NeighbourState::PROBE,
        "failed" => NeighbourState::FAILED,
        "incomplete" => NeighbourState::INCOMPLETE,
        "noarp" => NeighbourState::NOARP,
        "none" => NUD_NONE,
        _ => return None,
    })
}

/// A state of `nud STATE`: `permanent`, `reachable` and `failed` may be abbreviated, the
/// others must be spelled out (as ip 6.1 accepts them); or the number of one state.
fn nud_change(word: &str) -> Option<NeighbourState> {
    for (name, st) in [
        ("permanent", NeighbourState::PERMANENT),
        ("reachable", NeighbourState::REACHABLE),
        ("failed", NeighbourState::FAILED),
    ] {
        if matches(word, name) {
            return Some(st);
        }
    }
    if let Some(st) = nud(word) {
        return Some(st);
    }
    let n = if let Some(hex) = word.strip_prefix("0x").or_else(|| word.strip_prefix("0X")) {
        u32::from_str_radix(hex, 16).ok()
    } else if word.len() > 1 && word.starts_with('0') {
        u32::from_str_radix(&word[1..], 8).ok()
    } else {
        word.parse().ok()
    };
    // A number names one state: a single bit, or 0 for none.
    n.filter(|&n| n <= 255 && (n == 0 || n.is_power_of_two()))
        .map(|n| NeighbourState(n as u16))
}

/// One group of a link-layer address as C's `%x` conversion reads it: blanks, a sign, an
/// optional `0x`, then hex digits up to the first other character.
fn scan_hex(piece: &str) -> Option<u64> {
    let t = piece.trim_start();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_hexdigit()))
        .unwrap_or(t);
    let digits: String = t.chars().take_while(char::is_ascii_hexdigit).collect();
    if digits.is_empty() {
        return None;
    }
    let v = u64::from_str_radix(&digits[..digits.len().min(15)], 16).ok()?;
    Some(if neg { v.wrapping_neg() } else { v })
}

/// Parses `LLADDR` (hex groups separated by colons), as ip does; at most 20 bytes are kept.
fn parse_lladdr(v: &str) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    for piece in v.split(':') {
        let n = scan_hex(piece).filter(|&n| n <= 255);
        let n = n.ok_or_else(|| Failure::failed(format!("\"{piece}\" is invalid lladdr.")))?;
        if out.len() < 20 {
            out.push(n as u8);
        }
    }
    Ok(out)
}

/// The change command `cmd` names (add, change, replace, delete).
fn change_kind(cmd: &str) -> Option<Verb> {
    Some(if matches(cmd, "add") {
        Verb::Add
    } else if matches(cmd, "change") || cmd == "chg" {
        Verb::Change
    } else if matches(cmd, "replace") {
        Verb::Replace
    } else if matches(cmd, "delete") {
        Verb::Delete
    } else {
        return None;
    })
}

/// `nlip neigh add|change|replace|delete ...`. A kernel error ends a batch at once, even
/// with `-force` (ip 6.1 exits with status 2 there), so neighbour changes are never
/// pipelined.
fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let n = parse_change(ctx, args)?;
    diag::outcome(rtnl::apply(&mut ctx.conn, &n, verb)).map_err(Failure::fatal)
}

/// Parses a neighbour change into the neighbour ip would send.
fn parse_change(ctx: &mut Context, args: &mut Args) -> Result<Neighbour, Failure> {
    let mut n = Neighbour::default();
    let mut state = None;
    let mut lladdr: Option<&str> = None;
    let mut dst_seen = false;
    let mut dev = None;
    let mut managed = false;
    while let Some(w) = args.next() {
        if matches(w, "lladdr") {
            let v = args.value(w)?;
            if lladdr.is_some() {
                return Err(duplicate("lladdr", v));
            }
            lladdr = Some(v);
        } else if w == "nud" {
            let v = args.value(w)?;
            let bad = || {
                Failure::usage(format!(
                    "Error: argument \"{v}\" is wrong: nud state is bad"
                ))
            };
            state = Some(nud_change(v).ok_or_else(bad)?);
        } else if matches(w, "proxy") {
            let v = args.value(w)?;
            if matches(v, "help") {
                return Err(Failure::usage(HELP));
            }
            if dst_seen {
                return Err(duplicate("address", v));
            }
            n.destination = destination(v, ctx.family)?;
            dst_seen = true;
            n.flags |= NeighbourFlags::PROXY;
        } else if w == "router" {
            n.flags |= NeighbourFlags::ROUTER;
        } else if w == "use" {
            n.flags |= NeighbourFlags::USE;
        } else if w == "managed" {
            managed = true;
        } else if matches(w, "extern_learn") {
            n.flags |= NeighbourFlags::EXT_LEARNED;
        } else if w == "dev" {
            dev = Some(args.value(w)?);
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            let id = names::protocols().id(v).filter(|&p| p < 256);
            let id = id.ok_or_else(|| invalid_arg("\"protocol\" value is invalid", v))?;
            n.protocol = Some(RouteProtocol::from(id as u8));
        } else {
            let mut v = w;
            if v == "to" {
                v = args.value(v)?;
            }
            if matches(v, "help") {
                v = args.value(v)?;
            }
            if dst_seen {
                return Err(Failure::usage(format!(
                    "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            n.destination = destination(v, ctx.family)?;
            dst_seen = true;
        }
    }
    let proxy = n.flags.contains(NeighbourFlags::PROXY);
    let (Some(dst), true) = (n.destination, dev.is_some() || proxy) else {
        return Err(Failure::usage(
            "Device and destination are required arguments.",
        ));
    };
    if let Some(l) = lladdr {
        n.lladdr = Some(parse_lladdr(l)?);
    }
    if let Some(dev) = dev {
        let index = ctx.links.index(&mut ctx.conn, dev);
        n.index = index.ok_or_else(|| Failure::failed(format!("Cannot find device \"{dev}\"")))?;
    }
    // ip sends the family option's family (the kernel refuses `-f link`).
    n.family = AddressFamily::from(ctx.family.unwrap_or(family_of(&dst)));
    if managed {
        n.flags_ext = Some(NeighbourFlagsExt::MANAGED);
    }
    n.state = state.unwrap_or(if managed {
        NUD_NONE
    } else {
        NeighbourState::PERMANENT
    });
    Ok(n)
}

/// ip's message for a keyword given twice.
fn duplicate(key: &str, v: &str) -> Failure {
    Failure::usage(format!(
        "Error: duplicate \"{key}\": \"{v}\" is the second value."
    ))
}

/// The destination of a change: an address of the family (`default`, `all` and `any` are
/// the zero address of the `-4`/`-6` family, and without one name none, which ip then
/// reports as a missing destination). A proxy entry needs no device.
fn destination(v: &str, family: Option<u8>) -> Result<Option<IpAddr>, Failure> {
    if v == "default" || v == "all" || v == "any" {
        return Ok(match family.map(AddressFamily::from) {
            Some(AddressFamily::Inet) => Some(IpAddr::from([0u8; 4])),
            Some(AddressFamily::Inet6) => Some(IpAddr::from([0u8; 16])),
            _ => None,
        });
    }
    crate::args::inet::address(v, family).map(Some)
}

/// The selectors of `show` and `flush`: `[proxy] [to PREFIX] [dev DEV] [nud STATE]
/// [protocol PROTO]`.
struct Selector {
    filter: NeighbourFilter,
    /// `dev` was given (its column is left out).
    dev: bool,
    /// The `nud` states named (mask, and whether `none` is one), if any.
    states: Option<(NeighbourState, bool)>,
    /// `nud noarp` was named.
    noarp: bool,
    to: Option<(Option<IpAddr>, u8, Option<u8>)>,
    protocol: Option<RouteProtocol>,
    /// `unused`: only entries nothing holds a reference to.
    unused: bool,
}

impl Selector {
    /// True when `n` matches the prefix and protocol selectors.
    fn keeps(&self, n: &Neighbour) -> bool {
        let to_ok = self
            .to
            .is_none_or(|(a, len, fam)| match (a, n.destination) {
                (None, _) => fam.is_none_or(|f| AddressFamily::from(f) == n.family),
                (Some(a), Some(d)) => family_of(&a) == family_of(&d) && same_bits(&a, &d, len),
                (Some(_), None) => false,
            });
        let unused_ok = !self.unused || n.cache_info.is_none_or(|c| c.refcnt == 0);
        to_ok
            && unused_ok
            && self
                .protocol
                .is_none_or(|p| n.protocol.unwrap_or_default() == p)
    }
}

fn parse_selectors(ctx: &mut Context, args: &mut Args) -> Result<Selector, Failure> {
    let mut s = Selector {
        filter: NeighbourFilter {
            family: ctx.address_family(),
            ..Default::default()
        },
        dev: false,
        states: None,
        noarp: false,
        to: None,
        protocol: None,
        unused: false,
    };
    let mut dev = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let v = args.value(w)?;
            if dev.is_some() {
                return Err(duplicate("dev", v));
            }
            dev = Some(v.to_owned());
        } else if w == "nud" {
            let v = args.value(w)?;
            let (mut mask, mut none) = s.states.unwrap_or((NUD_NONE, false));
            if v == "all" {
                mask = NeighbourState(0xff);
                none = true;
            } else {
                let bad = || {
                    Failure::usage(format!(
                        "Error: argument \"{v}\" is wrong: nud state is bad"
                    ))
                };
                let st = nud_change(v).ok_or_else(bad)?;
                s.noarp |= st.contains(NeighbourState::NOARP);
                if st == NUD_NONE {
                    none = true;
                } else {
                    mask |= st;
                }
            }
            s.states = Some((mask, none));
        } else if w == "proxy" {
            s.filter.proxy = true;
        } else if w == "unused" {
            s.unused = true;
        } else if w == "master" {
            let v = args.value(w)?;
            let idx = ctx.links.index(&mut ctx.conn, v);
            s.filter.master = Some(idx.ok_or_else(|| invalid_arg("Device does not exist", v))?);
        } else if w == "vrf" {
            s.filter.master = Some(crate::ip::link::vrf_index(ctx, args.value(w)?)?);
        } else if w == "nomaster" {
            s.filter.master = Some(u32::MAX);
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            // `all` (ip 6.1 then selects every protocol).
            if v != "all" {
                let id = names::protocols().id(v).filter(|&p| p < 256);
                let id = id.ok_or_else(|| invalid_arg("invalid \"protocol\"", v))?;
                s.protocol = Some(RouteProtocol::from(id as u8));
            }
        } else {
            let v = if w == "to" { args.value(w)? } else { w };
            if matches(v, "help") {
                return Err(Failure::usage(HELP));
            }
            let p = crate::args::inet::prefix(v, s.filter.family.map(u8::from))?;
            s.filter.family = s.filter.family.or(p.2.map(AddressFamily::from));
            s.to = Some(p);
        }
    }
    if let Some(d) = dev {
        let idx = ctx.links.index(&mut ctx.conn, &d);
        s.filter.index =
            Some(idx.ok_or_else(|| Failure::failed(format!("Cannot find device \"{d}\"")))?);
        s.dev = true;
    }
    Ok(s)
}

/// `nlip neigh flush SELECTOR`: deletes the matching entries (by default every state but
/// permanent and noarp, noarp only when named; proxy and externally learned entries
/// whatever their state).
fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_none() {
        return Err(Failure::failed("Flush requires arguments."));
    }
    let sel = parse_selectors(ctx, args)?;
    let all = NeighbourState(0xff);
    let (mut mask, none) = sel
        .states
        .unwrap_or((all.without(NeighbourState::PERMANENT), true));
    if !sel.noarp {
        // ip flushes noarp entries only when `nud noarp` is named (`nud all` leaves them).
        mask = mask.without(NeighbourState::NOARP);
    }
    let keep = |n: &Neighbour| {
        let st = n.state;
        let state_ok = n.flags.intersects(UNFILTERED)
            || if st.is_empty() {
                none
            } else {
                st.intersects(mask)
            };
        state_ok && sel.keeps(n)
    };
    ctx.links.preload(&mut ctx.conn);
    let stats = ctx.stats;
    let mut deleter = ctx.new_conn()?;
    let mut sink = crate::ip::flush::text_sink(ctx);
    let (conn, links) = (&mut ctx.conn, &ctx.links);
    crate::ip::flush::rounds(&mut sink, stats, true, |sink| {
        // ip prints each entry it deletes (`-s -s`), as the dump finds it.
        let mut deleted = Vec::new();
        let round = rtnl::flush_round(conn, &mut deleter, &sel.filter, DeleteBy::Key, |n| {
            let k = keep(n);
            if k && stats > 1 {
                deleted.push(n.clone());
            }
            k
        })
        .map_err(|e| diag::dump(&e))?;
        if let Some(e) = round.failures().next() {
            return Err(diag::kernel(e));
        }
        for n in &deleted {
            print_neighbour(sink, n, links, sel.dev, stats)?;
        }
        Ok(round.sent as u64)
    })
}

/// Entries shown and flushed whatever their state: proxy and externally learned ones.
const UNFILTERED: NeighbourFlags =
    NeighbourFlags(NeighbourFlags::PROXY.bits() | NeighbourFlags::EXT_LEARNED.bits());

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let sel = parse_selectors(ctx, args)?;
    let filter = sel.filter.clone();
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for n in rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let n = n.map_err(|e| diag::dump(&e))?;
        // Proxy and externally learned entries are shown whatever their state.
        if !n.flags.intersects(UNFILTERED) {
            let st = n.state;
            let shown = match sel.states {
                None => !st.is_empty() && !st.intersects(NeighbourState::NOARP),
                Some((mask, none)) => {
                    if st.is_empty() {
                        none
                    } else {
                        st.intersects(mask)
                    }
                }
            };
            if !shown {
                continue;
            }
        }
        if !sel.keeps(&n) {
            continue;
        }
        if ctx.brief {
            print_brief(&mut sink, &n, &ctx.links, sel.dev)?;
        } else {
            print_neighbour(&mut sink, &n, &ctx.links, sel.dev, ctx.stats)?;
        }
    }
    sink.end_list()?;
    Ok(())
}

/// `nlip neigh get [proxy] ADDR dev DEV` (printed as text even with `-j`, as ip 6.1 does).
fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (mut proxy, mut dev, mut addr) = (false, None, None);
    while let Some(w) = args.next() {
        if w == "proxy" {
            let v = args.value(w)?;
            if addr.is_some() {
                return Err(duplicate("address", v));
            }
            proxy = true;
            addr = Some(crate::args::inet::address(v, None)?);
        } else if w == "dev" {
            dev = Some(args.value(w)?.to_owned());
        } else {
            let v = if w == "to" { args.value(w)? } else { w };
            if addr.is_some() {
                return Err(Failure::usage(format!(
                    "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            addr = Some(crate::args::inet::address(v, None)?);
        }
    }
    let (Some(dev), Some(addr)) = (dev, addr) else {
        return Err(Failure::failed(
            "Device and address are required arguments.",
        ));
    };
    let index = ctx.links.index(&mut ctx.conn, &dev);
    let index = index.ok_or_else(|| Failure::failed(format!("Cannot find device \"{dev}\"")))?;
    let query = NeighbourQuery {
        index,
        destination: addr,
        proxy,
    };
    let n = rtnl::get(&mut ctx.conn, &query).map_err(|e| diag::kernel(&e))?;
    let out = std::io::BufWriter::new(std::io::stdout());
    let mut sink = Sink::new(out, false, false);
    sink.set_color(ctx.color);
    if ctx.brief {
        print_brief(&mut sink, &n, &ctx.links, false)?;
    } else {
        print_neighbour(&mut sink, &n, &ctx.links, false, ctx.stats)?;
    }
    sink.flush()?;
    Ok(())
}

struct Mac<'a>(&'a [u8]);

impl Render for Mac<'_> {
    fn render(&self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(b':');
            }
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        }
    }
}

/// Prints one neighbour as `ip -br neigh show` does: the destination, the device (unless
/// `hide_dev`) and the link-layer address in columns.
fn print_brief<W: Write>(
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

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn lladdr_reads_hex_groups_as_ip_does() {
        assert_eq!(
            parse_lladdr("02:00:0:a:b0:ff").unwrap(),
            [2, 0, 0, 0xa, 0xb0, 0xff]
        );
        assert_eq!(parse_lladdr("02:0x5:1zz").unwrap(), [2, 5, 1]);
        for bad in [
            "",
            "zz",
            "02::00",
            "02:",
            "02:300",
            "0200.0000.0096",
            "-1",
            "é",
        ] {
            assert!(parse_lladdr(bad).is_err(), "{bad}");
        }
        let long = vec!["1"; 40].join(":");
        assert_eq!(parse_lladdr(&long).unwrap().len(), 20);
    }

    #[test]
    fn nud_states_abbreviate_like_ip() {
        assert_eq!(nud_change("p"), Some(NeighbourState::PERMANENT));
        assert_eq!(nud_change("re"), Some(NeighbourState::REACHABLE));
        assert_eq!(nud_change("f"), Some(NeighbourState::FAILED));
        assert_eq!(nud_change("stale"), Some(NeighbourState::STALE));
        assert_eq!(nud_change("0x80"), Some(NeighbourState::PERMANENT));
        assert_eq!(nud_change("010"), Some(NeighbourState::DELAY));
        for bad in [
            "s",
            "pr",
            "n",
            "no",
            "all",
            "300",
            "-1",
            "PERMANENT",
            "",
            "0x",
        ] {
            assert_eq!(nud_change(bad), None, "{bad}");
        }
    }
}
