//! `nlip address`: `show` (each link as `link show` prints it, without `mode`, followed by
//! its addresses), with `dev`, `up`, `label`, `scope`, `to`, flags and the family options;
//! `add`, `change`, `replace`, `del` and `flush`, with ip's grammar, warnings and errors.

use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::cmd::inet;
use crate::cmd::link::{
    print_brief, print_brief_head, print_link, print_stats, LinkSelectors, Style,
};
use crate::cmd::route::{bad_prefix, family_of};
use crate::diag::{self, Failure};
use crate::names;
use crate::render::{Color, Mode, Render, Sink};
use crate::Context;
use nlkit::rtnl::addr::attrs::*;
use nlkit::rtnl::addr::{self as nladdr, Address, AddressChange, AddressFilter};
use nlkit::rtnl::link::{Link, LinkFilter};
use nlkit::rtnl::message_type::RTM_NEWADDR;
use nlkit::wire::MessageBuilder;
use std::collections::HashMap;
use std::io::{self, Write};
use std::net::IpAddr;

const HELP: &str = "Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                      [ CONFFLAG-LIST ]
       ip address del IFADDR dev IFNAME [mngtmpaddr]
       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                         [ nomaster ]
                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                         [ label LABEL ] [up] [ vrf NAME ] ]
       ip address {showdump|restore}
IFADDR := PREFIX | ADDR peer PREFIX
          [ broadcast ADDR ] [ anycast ADDR ]
          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
SCOPE-ID := [ host | link | global | NUMBER ]
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ permanent | dynamic | secondary | primary |
           [-]tentative | [-]deprecated | [-]dadfailed | temporary |
           CONFFLAG-LIST ]
CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
LFT := forever | SECONDS
TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }";

/// `nlip address ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::new(HELP, 255));
    }
    if let Some(change) = change_kind(cmd) {
        return modify(ctx, args, change);
    }
    if matches(cmd, "flush") {
        return flush(ctx, args);
    }
    if matches(cmd, "save") {
        return save(ctx, args);
    }
    if matches(cmd, "restore") {
        return restore(ctx);
    }
    if matches(cmd, "showdump") {
        return showdump();
    }
    Err(Failure::new(
        format!("Command \"{cmd}\" is unknown, try \"ip address help\"."),
        255,
    ))
}

/// What `address show` selects.
#[derive(Default)]
struct Show {
    dev: Option<String>,
    up: bool,
    label: Option<String>,
    scope: Option<u8>,
    to: Option<(IpAddr, u8)>,
    /// The family of the `to` prefix (it selects addresses, not the view of the links).
    to_family: Option<u8>,
    /// `master`, `vrf`, `nomaster`, `type`, `group`.
    links: LinkSelectors,
    /// Flag selectors: the bits of `flags` under `flag_mask` must match.
    flags: u32,
    flag_mask: u32,
}

/// ip's flag selectors: (word, bit, set) — `set` false selects addresses without the bit.
/// Each may be negated with a leading `-` (`-dynamic` is `permanent`).
const FLAG_SELECTORS: [(&str, u32, bool); 15] = [
    ("permanent", IFA_F_PERMANENT, true),
    ("dynamic", IFA_F_PERMANENT, false),
    ("secondary", IFA_F_SECONDARY, true),
    ("temporary", IFA_F_SECONDARY, true),
    ("primary", IFA_F_SECONDARY, false),
    ("tentative", IFA_F_TENTATIVE, true),
    ("deprecated", IFA_F_DEPRECATED, true),
    ("dadfailed", IFA_F_DADFAILED, true),
    ("home", IFA_F_HOMEADDRESS, true),
    ("nodad", IFA_F_NODAD, true),
    ("optimistic", IFA_F_OPTIMISTIC, true),
    ("mngtmpaddr", IFA_F_MANAGETEMPADDR, true),
    ("noprefixroute", IFA_F_NOPREFIXROUTE, true),
    ("autojoin", IFA_F_MCAUTOJOIN, true),
    ("stable-privacy", IFA_F_STABLE_PRIVACY, true),
];

/// The flag selector `w` names, negated by a leading `-`: (bit, set).
fn flag_selector(w: &str) -> Option<(u32, bool)> {
    let (name, negated) = match w.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (w, false),
    };
    let &(_, bit, set) = FLAG_SELECTORS.iter().find(|f| f.0 == name)?;
    Some((bit, set != negated))
}

fn parse_show(ctx: &mut Context, args: &mut Args) -> Result<Show, Failure> {
    let mut s = Show::default();
    while let Some(w) = args.next() {
        if w == "up" {
            s.up = true;
        } else if w == "label" {
            s.label = Some(args.value(w)?.to_owned());
        } else if w == "scope" {
            let v = args.value(w)?;
            let id = names::scopes().id(v).filter(|&x| x < 256);
            s.scope = Some(id.ok_or_else(|| invalid_arg("invalid \"scope\"", v))? as u8);
        } else if w == "to" {
            let v = args.value(w)?;
            // `default`, `all` and `any` select every address.
            if let (Some(addr), len, _) = inet::prefix(v, ctx.family.or(s.to_family))? {
                s.to_family = Some(family_of(&addr));
                s.to = Some((addr, len));
            }
        } else if s.links.parse(ctx, w, args)? {
            continue;
        } else if let Some((bit, set)) = flag_selector(w) {
            s.flag_mask |= bit;
            if set {
                s.flags |= bit;
            } else {
                s.flags &= !bit;
            }
        } else {
            let v = if w == "dev" { args.value(w)? } else { w };
            if s.dev.is_some() {
                return Err(Failure::new(
                    format!("Error: either \"dev\" is duplicate, or \"{v}\" is a garbage."),
                    255,
                ));
            }
            s.dev = Some(v.to_owned());
        }
    }
    Ok(s)
}

/// True when the first `len` bits of `a` and `b` are equal.
fn same_prefix(a: IpAddr, b: IpAddr, len: u8) -> bool {
    let bits = |x: IpAddr| match x {
        IpAddr::V4(v) => u128::from(u32::from(v)) << 96,
        IpAddr::V6(v) => u128::from(v),
    };
    if a.is_ipv4() != b.is_ipv4() {
        return false;
    }
    len == 0 || bits(a) >> (128 - u32::from(len)) == bits(b) >> (128 - u32::from(len))
}

/// Shell-style matching of `*` and `?` (ip matches labels with fnmatch).
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|i| glob(rest, &text[i..])),
        Some((&c, rest)) => text
            .split_first()
            .is_some_and(|(&t, tail)| (c == b'?' || c == t) && glob(rest, tail)),
    }
}

/// True when the address selectors keep `a` (an address without a label, as IPv6 ones
/// are, matches `label` by its device's name).
fn keeps(s: &Show, a: &Address, links: &names::Links) -> bool {
    s.scope.is_none_or(|sc| a.header.scope == sc)
        && (a.flags() ^ s.flags) & s.flag_mask == 0
        && s.label.as_ref().is_none_or(|l| match &a.label {
            Some(label) => glob(l.as_bytes(), label.as_bytes()),
            None => {
                let mut dev = Vec::new();
                links.cached(a.header.index).render(&mut dev);
                glob(l.as_bytes(), &dev)
            }
        })
        && s.to.is_none_or(|(p, len)| {
            a.local
                .or(a.address)
                .is_some_and(|x| same_prefix(x, p, len))
        })
}

/// The index of the `dev` selector's device (ip's error when there is none).
fn device_index(ctx: &mut Context, s: &Show) -> Result<Option<u32>, Failure> {
    ctx.links.preload(&mut ctx.conn);
    match &s.dev {
        None => Ok(None),
        Some(d) => ctx
            .links
            .index(&mut ctx.conn, d)
            .map(Some)
            .ok_or_else(|| Failure::new(format!("Device \"{d}\" does not exist."), 1)),
    }
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    // `-0` (`-f link`) lists the links alone, whatever the address selectors.
    let link_only = ctx.family == Some(nlkit::rtnl::family::AF_PACKET);
    // The family of the addresses shown: the family option's, else the `to` prefix's.
    let addr_family = ctx.family.or(s.to_family).filter(|_| !link_only);
    // Addresses first (few), grouped by device; then links stream past.
    let filter = AddressFilter {
        family: addr_family,
        interface: index,
        ..Default::default()
    };
    let mut by_link: HashMap<u32, Vec<Address>> = HashMap::new();
    let mut has_any: std::collections::HashSet<u32> = Default::default();
    // The addresses are held before printing, so an interrupted dump is simply read again
    // (a few times; then ip's warning, from the dispatcher).
    for attempt in 0..=DUMP_RETRIES {
        if link_only {
            break;
        }
        by_link.clear();
        has_any.clear();
        for a in nladdr::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
            let a = a.map_err(|e| diag::dump(&e))?;
            has_any.insert(a.header.index);
            if keeps(&s, &a, &ctx.links) {
                by_link.entry(a.header.index).or_default().push(a);
            }
        }
        if !ctx.conn.take_interrupted() {
            break;
        }
        if attempt == DUMP_RETRIES {
            report_interrupted(ctx); // the dispatcher prints ip's warning
        }
    }
    // The IPv6 view of a link has no IFLA_TXQLEN; ip fills `qlen` in with an ioctl, we take
    // it from the full view (read first: the listing below streams).
    let family = ctx
        .family
        .filter(|&f| f == nlkit::rtnl::family::AF_INET6 && index.is_none());
    let mut qlen = HashMap::new();
    if family.is_some() {
        let request = LinkFilter::default().request();
        let mut dump = ctx.conn.dump(&request).map_err(|e| diag::dump(&e))?;
        while let Some(m) = dump.next_message() {
            let m = m.map_err(|e| diag::dump(&e))?;
            if let Ok(l) = Link::from_message(&m) {
                if let Some(q) = l.txqlen {
                    qlen.insert(l.header.index, q);
                }
            }
        }
    }
    // ip asks for the links in the family it shows (the IPv6 view has no qdisc/group; with
    // `dev`, it asks for the one link in the full view), with VF info and, without -s, no
    // statistics (which also leaves out address-family data such as addrgenmode). The IPv6
    // view refuses IFLA_EXT_MASK under strict checking.
    use nlkit::rtnl::link::attrs::{RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_VF};
    let mask = if ctx.stats > 0 {
        RTEXT_FILTER_VF
    } else {
        RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS
    };
    let ext_mask = if family.is_none() { Some(mask) } else { None };
    let link_request = LinkFilter {
        family,
        ext_mask,
        ..Default::default()
    }
    .request();
    let netns = crate::cmd::link::netns_names(ctx);
    let groups = names::groups();
    let filtered = addr_family.is_some()
        || s.scope.is_some()
        || s.to.is_some()
        || s.label.is_some()
        || s.flag_mask != 0;
    let style = Style {
        netns: &netns,
        details: ctx.details,
        stats: 0, // printed after the addresses
        oneline: ctx.oneline,
        brief: ctx.brief,
        human: ctx.human.then_some(if ctx.iec { 1024 } else { 1000 }),
        linkmode: false,
        link_line: addr_family.is_none() || ctx.details,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    let mut dump = ctx.conn.dump(&link_request).map_err(|e| diag::dump(&e))?;
    while let Some(m) = dump.next_message() {
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        let Ok(mut l) = Link::from_message(&m) else {
            continue;
        };
        if l.txqlen.is_none() {
            l.txqlen = qlen.get(&l.header.index).copied();
        }
        let l = &l;
        if index.is_some_and(|i| i != l.header.index) {
            continue;
        }
        if s.up && l.header.flags & 1 == 0
            || !s.links.keeps(l)
            || s.links.nomaster && l.master.is_some()
        {
            continue;
        }
        let addrs = by_link
            .get(&l.header.index)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        // A family filter hides links without an address of that family; other filters
        // hide links whose addresses all fail them (links without any address stay).
        let hidden = if link_only {
            false
        } else if addr_family.is_some() {
            addrs.is_empty()
        } else {
            filtered && addrs.is_empty() && has_any.contains(&l.header.index)
        };
        if hidden {
            continue;
        }
        sink.open_object(Mode::Json, None)?;
        if link_only {
            // `label` leaves out the link lines, so no line at all.
            if s.label.is_none() {
                print_link_only(&mut sink, l, &ctx.links, &groups, ctx.stats, style)?;
            }
        } else if ctx.brief {
            print_brief_head(&mut sink, l, &ctx.links)?;
            sink.open_array(Mode::Json, Some("addr_info"))?;
            for a in addrs {
                print_brief_address(&mut sink, a)?;
            }
            sink.close_array(Mode::Json)?;
            sink.text("\n")?;
        } else if ctx.oneline && !sink.is_json() {
            // One line per address, each led by the device.
            let name = l.name.as_deref().unwrap_or("");
            for a in addrs {
                sink.text(&format!("{}: {name}", l.header.index))?;
                print_address(&mut sink, a, true)?;
            }
        } else {
            if s.label.is_none() {
                // ip's address listing does not show addrgenmode with -d.
                let mut l = l.clone();
                if let Some(a) = l.af_spec.as_mut() {
                    a.inet6_addr_gen_mode = None;
                }
                // Without addresses, the counters follow the link as in `link show`.
                let stats = if addrs.is_empty() && !sink.is_json() {
                    ctx.stats
                } else {
                    0
                };
                print_link(&mut sink, &l, &groups, &ctx.links, Style { stats, ..style })?;
            }
            let stats_after =
                ctx.stats > 0 && s.label.is_none() && (!addrs.is_empty() || sink.is_json());
            sink.open_array(Mode::Json, Some("addr_info"))?;
            for (i, a) in addrs.iter().enumerate() {
                // When counters follow, the last address leaves its line for them to end.
                print_address(&mut sink, a, !(stats_after && i + 1 == addrs.len()))?;
            }
            sink.close_array(Mode::Json)?;
            if stats_after {
                // ip prints a link's counters after its addresses.
                let nl = if ctx.oneline { "\\" } else { "\n" };
                print_stats(&mut sink, l, ctx.stats, nl, style.human)?;
                sink.text("\n")?;
            }
        }
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// Prints `l` alone, as `-0 address show` does: `link show` without `mode` and
/// `addrgenmode`, or its brief line.
fn print_link_only<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
    groups: &names::NameTable,
    stats: u32,
    style: Style,
) -> io::Result<()> {
    if style.brief {
        return print_brief(sink, l, links);
    }
    let mut l = l.clone();
    if let Some(a) = l.af_spec.as_mut() {
        a.inet6_addr_gen_mode = None;
    }
    print_link(sink, &l, groups, links, Style { stats, ..style })
}

/// Address flags in the order ip prints them (`secondary` is `temporary` for IPv6;
/// `dynamic` is printed when `permanent` is not set).
const FLAG_NAMES: [(u32, &str); 11] = [
    (IFA_F_NODAD, "nodad"),
    (IFA_F_OPTIMISTIC, "optimistic"),
    (IFA_F_DADFAILED, "dadfailed"),
    (IFA_F_HOMEADDRESS, "home"),
    (IFA_F_DEPRECATED, "deprecated"),
    (IFA_F_TENTATIVE, "tentative"),
    (IFA_F_PERMANENT, "dynamic"),
    (IFA_F_MANAGETEMPADDR, "mngtmpaddr"),
    (IFA_F_NOPREFIXROUTE, "noprefixroute"),
    (IFA_F_MCAUTOJOIN, "autojoin"),
    (IFA_F_STABLE_PRIVACY, "stable-privacy"),
];

struct Lifetime(u32);

impl Render for Lifetime {
    fn render(&self, out: &mut Vec<u8>) {
        if self.0 == INFINITY_LIFE_TIME {
            out.extend_from_slice(b"forever");
        } else {
            self.0.render(out);
            out.extend_from_slice(b"sec");
        }
    }
}

/// Prints one address in the brief table: `LOCAL[ peer PEER]/LEN[ metric M] `.
fn print_brief_address<W: Write>(sink: &mut Sink<W>, a: &Address) -> io::Result<()> {
    let color = Color::of_family(a.header.family);
    sink.open_object(Mode::Json, None)?;
    if let Some(l) = a.local.or(a.address) {
        sink.colored(Mode::Any, "local", "", &l, "", color)?;
    }
    if let (Some(l), Some(p)) = (a.local, a.address) {
        if l != p {
            sink.colored(Mode::Any, "address", " peer ", &p, "", color)?;
        }
    }
    sink.number(Mode::Any, "prefixlen", "/", &a.header.prefix_len, " ")?;
    if let Some(m) = a.route_priority {
        sink.number(Mode::Any, "metric", "metric ", &m, " ")?;
    }
    sink.close_object(Mode::Json)
}

/// Prints one address as the indented lines of `ip addr show`.
pub fn print_address<W: Write>(sink: &mut Sink<W>, a: &Address, end_line: bool) -> io::Result<()> {
    let h = &a.header;
    let ipv6 = h.family == nlkit::rtnl::family::AF_INET6;
    let color = Color::of_family(h.family);
    sink.open_object(Mode::Json, None)?;
    let family = match h.family {
        nlkit::rtnl::family::AF_INET => "inet",
        nlkit::rtnl::family::AF_INET6 => "inet6",
        _ => "unknown",
    };
    sink.string(Mode::Any, "family", "    ", family, " ")?;
    let local = a.local.or(a.address);
    if let Some(l) = local {
        sink.colored(Mode::Any, "local", "", &l, "", color)?;
    }
    if let (Some(l), Some(p)) = (a.local, a.address) {
        if l != p {
            sink.colored(Mode::Any, "address", " peer ", &p, "", color)?;
        }
    }
    sink.number(Mode::Any, "prefixlen", "/", &h.prefix_len, " ")?;
    if let Some(m) = a.route_priority {
        sink.number(Mode::Any, "metric", "metric ", &m, " ")?;
    }
    if let Some(b) = a.broadcast {
        sink.colored(Mode::Any, "broadcast", "brd ", &b, " ", color)?;
    }
    if let Some(any) = a.anycast {
        sink.colored(Mode::Any, "anycast", "any ", &any, " ", color)?;
    }
    sink.string(
        Mode::Any,
        "scope",
        "scope ",
        &names::scopes().show(u32::from(h.scope)),
        " ",
    )?;
    let flags = a.flags();
    if flags & IFA_F_SECONDARY != 0 {
        let name = if ipv6 { "temporary" } else { "secondary" };
        sink.flag(Mode::Any, name, name, " ")?;
    }
    for (bit, name) in FLAG_NAMES {
        let set = if bit == IFA_F_PERMANENT {
            flags & bit == 0
        } else {
            flags & bit != 0
        };
        if set {
            sink.flag(Mode::Any, name, name, " ")?;
        }
    }
    if let Some(l) = &a.label {
        sink.string(Mode::Any, "label", "", l.as_str(), "")?;
    }
    sink.inner_break()?;
    let ci = a.cache_info.unwrap_or_default();
    sink.number(Mode::Json, "valid_life_time", "", &ci.valid, "")?;
    sink.number(Mode::Json, "preferred_life_time", "", &ci.preferred, "")?;
    sink.string(Mode::Text, "", "       valid_lft ", &Lifetime(ci.valid), "")?;
    sink.string(
        Mode::Text,
        "",
        " preferred_lft ",
        &Lifetime(ci.preferred),
        "",
    )?;
    if end_line {
        sink.text("\n")?;
    }
    sink.close_object(Mode::Json)
}

/// `ADDR[/LEN]` of `family` as ip's `get_prefix` reads it: the address, the length, and
/// whether the length was given. An error exits as ip's does.
fn parse_change_prefix(v: &str, family: Option<u8>) -> Result<(IpAddr, u8, bool), Failure> {
    match inet::prefix(v, family)? {
        (Some(ip), len, _) => Ok((ip, len, v.contains('/'))),
        (None, ..) => Err(bad_prefix(v, family)),
    }
}

/// `Error: duplicate "KEY": "VALUE" is the second value.` (exit 255).
fn duplicate(key: &str, value: &str) -> Failure {
    Failure::new(
        format!("Error: duplicate \"{key}\": \"{value}\" is the second value."),
        255,
    )
}

/// A lifetime: `forever` or seconds.
fn parse_lifetime(v: &str, what: &str) -> Result<u32, Failure> {
    if v == "forever" {
        return Ok(INFINITY_LIFE_TIME);
    }
    v.parse::<u32>()
        .map_err(|_| crate::args::invalid_arg_tight(what, v))
}

/// The change command `cmd` names (`add`, `change`, `replace`, `delete`).
fn change_kind(cmd: &str) -> Option<AddressChange> {
    Some(if matches(cmd, "add") {
        AddressChange::Add
    } else if matches(cmd, "change") || cmd == "chg" {
        AddressChange::Change
    } else if matches(cmd, "replace") {
        AddressChange::Replace
    } else if matches(cmd, "delete") {
        AddressChange::Delete
    } else {
        return None;
    })
}

/// For `-batch -force`: when `words` (after the object) are an address change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<MessageBuilder, Failure>> {
    let change = change_kind(words.first()?)?;
    Some(parse_change(ctx, &mut Args::new(&words[1..]), change))
}

/// `nlip address add|change|replace|del IFADDR dev IFNAME ...`.
fn modify(ctx: &mut Context, args: &mut Args, change: AddressChange) -> Result<(), Failure> {
    let request = parse_change(ctx, args, change)?;
    if ctx.echo {
        return crate::cmd::echo(ctx, &request, |sink, m, ctx| {
            match Address::from_message(m) {
                Ok(a) => crate::cmd::monitor::print_address_event(sink, &a, &ctx.links),
                Err(_) => Ok(()),
            }
        });
    }
    diag::outcome(ctx.conn.execute(&request))
}

/// Parses an address change into the request ip would send.
fn parse_change(
    ctx: &mut Context,
    args: &mut Args,
    change: AddressChange,
) -> Result<MessageBuilder, Failure> {
    let delete = change == AddressChange::Delete;
    let mut family = ctx.family;
    let mut a = Address::default();
    let mut local: Option<(IpAddr, u8, bool)> = None;
    let mut peer: Option<(IpAddr, u8)> = None;
    let mut brd_from_prefix: Option<bool> = None;
    let mut scoped = false;
    let mut dev: Option<&str> = None;
    let mut flags = 0u32;
    let (mut valid, mut preferred) = (None, None);
    while let Some(w) = args.next() {
        if w == "peer" || w == "remote" {
            let v = args.value(w)?;
            if peer.is_some() {
                return Err(duplicate("peer", v));
            }
            let (ip, len, _) = parse_change_prefix(v, family)?;
            family = family.or(Some(family_of(&ip)));
            peer = Some((ip, len));
        } else if matches(w, "broadcast") || w == "brd" {
            let v = args.value(w)?;
            if a.broadcast.is_some() || brd_from_prefix.is_some() {
                return Err(duplicate("broadcast", v));
            }
            match v {
                "+" => brd_from_prefix = Some(true),
                "-" => brd_from_prefix = Some(false),
                _ => {
                    let ip = inet::address(v, family)?;
                    family = family.or(Some(family_of(&ip)));
                    a.broadcast = Some(ip);
                }
            }
        } else if w == "anycast" {
            let v = args.value(w)?;
            if a.anycast.is_some() {
                return Err(duplicate("anycast", v));
            }
            let ip = inet::address(v, family)?;
            family = family.or(Some(family_of(&ip)));
            a.anycast = Some(ip);
        } else if w == "scope" {
            let v = args.value(w)?;
            let id = names::scopes().id(v).filter(|&x| x < 256);
            a.header.scope = id.ok_or_else(|| invalid_arg_tight("invalid scope value.", v))? as u8;
            scoped = true;
        } else if w == "dev" {
            dev = Some(args.value(w)?);
        } else if w == "label" {
            a.label = Some(args.value(w)?.to_owned());
        } else if matches(w, "metric") || matches(w, "priority") || matches(w, "preference") {
            let v = args.value(w)?;
            let m = v
                .parse::<u32>()
                .map_err(|_| invalid_arg("\"metric\" value is invalid", v))?;
            a.route_priority = Some(m);
        } else if matches(w, "valid_lft") {
            if valid.is_some() {
                return Err(duplicate("valid_lft", w));
            }
            valid = Some(parse_lifetime(args.value(w)?, "valid_lft value")?);
        } else if matches(w, "preferred_lft") {
            if preferred.is_some() {
                return Err(duplicate("preferred_lft", w));
            }
            preferred = Some(parse_lifetime(args.value(w)?, "preferred_lft value")?);
        } else if let Some(&(_, bit)) = CONF_FLAGS.iter().find(|f| f.0 == w) {
            // ip drops the IPv6-only flags unless the family is known to be IPv6 already.
            let ipv6_only = bit
                & (IFA_F_NODAD | IFA_F_OPTIMISTIC | IFA_F_HOMEADDRESS | IFA_F_MANAGETEMPADDR)
                != 0;
            if ipv6_only && family != Some(nlkit::rtnl::family::AF_INET6) {
                eprintln!("Warning: {w} option can be set only for IPv6 addresses");
            } else {
                flags |= bit;
            }
        } else {
            let v = if w == "local" { args.value(w)? } else { w };
            if local.is_some() {
                return Err(Failure::new(
                    format!("Error: either \"local\" is duplicate, or \"{v}\" is a garbage."),
                    255,
                ));
            }
            let l = parse_change_prefix(v, family)?;
            family = family.or(Some(family_of(&l.0)));
            local = Some(l);
        }
    }
    let Some(dev) = dev else {
        return Err(Failure::new(
            "Not enough information: \"dev\" argument is required.",
            1,
        ));
    };
    a.header.family = family.unwrap_or(0);
    if let Some((ip, len)) = peer {
        a.address = Some(ip);
        a.header.prefix_len = len;
    }
    if let Some((ip, len, given)) = local {
        a.local = Some(ip);
        if peer.is_none() {
            if delete && ip.is_ipv4() && !given {
                eprintln!(
                    "Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length ({ip}/32) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!"
                );
            } else {
                a.address = Some(ip);
            }
            a.header.prefix_len = len;
        }
    }
    if flags & IFA_F_MCAUTOJOIN != 0 && !a.local.is_some_and(|l| l.is_multicast()) {
        return Err(Failure::new("autojoin needs multicast address", 1));
    }
    if let (Some(ones), false) = (brd_from_prefix, delete) {
        if a.header.family != nlkit::rtnl::family::AF_INET {
            return Err(Failure::new(
                "Broadcast can be set only for IPv4 addresses",
                1,
            ));
        }
        if a.address.is_none() {
            a.address = a.local;
            a.set_broadcast_from_prefix(ones);
            a.address = None;
        } else {
            a.set_broadcast_from_prefix(ones);
        }
    }
    if !scoped && !delete {
        a.header.scope = match a.local {
            Some(IpAddr::V4(v)) if v.octets()[0] == 127 => 254,
            _ => 0,
        };
    }
    a.header.index = ctx
        .links
        .index(&mut ctx.conn, dev)
        .ok_or_else(|| Failure::new(format!("Cannot find device \"{dev}\""), 1))?;
    if valid.is_some() || preferred.is_some() {
        let valid = valid.unwrap_or(INFINITY_LIFE_TIME);
        let preferred = preferred.unwrap_or(INFINITY_LIFE_TIME);
        if valid == 0 {
            return Err(Failure::new("valid_lft is zero", 1));
        }
        if valid < preferred {
            return Err(Failure::new("preferred_lft is greater than valid_lft", 1));
        }
        a.set_lifetimes(valid, preferred);
    }
    a.set_flags(flags);
    Ok(a.request(change))
}

/// The first four bytes of ip's address dump file (`ip address save`), little-endian.
const ADDRESS_DUMP_MAGIC: u32 = 0x4736_1222;

/// `nlip address save [SELECTORS]`: the addresses as ip's binary dump on stdout. As ip,
/// only the family option and `dev` select; the other selectors are read and ignored.
fn save(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let filter = AddressFilter {
        family: ctx.family,
        interface: device_index(ctx, &s)?,
        ..Default::default()
    };
    crate::cmd::dump_file::save(&mut ctx.conn, ADDRESS_DUMP_MAGIC, &filter.request(), |m| {
        Address::from_message(m).is_ok_and(|a| filter.matches(&a))
    })
}

/// The addresses of a dump file on stdin.
fn read_addresses() -> Result<Vec<(Vec<u8>, Address)>, Failure> {
    let messages = crate::cmd::dump_file::read(ADDRESS_DUMP_MAGIC, 255)?;
    Ok(messages
        .into_iter()
        .filter_map(|b| {
            let view = nlkit::wire::MessageView::new_checked(&b[..]).ok()?;
            let a = Address::from_message(&view).ok()?;
            Some((b, a))
        })
        .collect())
}

/// `nlip address showdump < FILE`: each address of a dump file under `ifINDEX:` (text).
fn showdump() -> Result<(), Failure> {
    let addresses = read_addresses()?;
    let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
    for (_, a) in &addresses {
        sink.text(&format!("if{}:\n", a.header.index))?;
        print_address(&mut sink, a, true)?;
    }
    Ok(sink.flush()?)
}

/// `nlip address restore < FILE`: adds the addresses of a dump file back as saved; as ip,
/// a refused one is reported and the rest still go.
fn restore(ctx: &mut Context) -> Result<(), Failure> {
    for (saved, _) in read_addresses()? {
        let request = crate::cmd::dump_file::restore_request(&saved, RTM_NEWADDR);
        if let Err(f) = diag::outcome(ctx.conn.execute(&request)) {
            f.print();
        }
    }
    Ok(())
}

/// The configuration flags `address add` accepts.
const CONF_FLAGS: [(&str, u32); 6] = [
    ("mngtmpaddr", IFA_F_MANAGETEMPADDR),
    ("nodad", IFA_F_NODAD),
    ("optimistic", IFA_F_OPTIMISTIC),
    ("home", IFA_F_HOMEADDRESS),
    ("noprefixroute", IFA_F_NOPREFIXROUTE),
    ("autojoin", IFA_F_MCAUTOJOIN),
];

/// ip's limit on flush rounds (`-loops`).
const MAX_FLUSH_ROUNDS: usize = 10;

/// `nlip address flush SELECTORS`: deletes the selected addresses in rounds; with `-s` it
/// reports the rounds, with `-s -s` it also prints each address deleted.
fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_none() {
        return Err(Failure::new("Flush requires arguments.", 1));
    }
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    let filter = AddressFilter {
        family: ctx.family.or(s.to_family),
        interface: index,
        ..Default::default()
    };
    let mut deleter = ctx.new_conn()?;
    let links = &ctx.links;
    let verbose = ctx.stats > 1;
    let mut sink = ctx.sink();
    let mut printed: io::Result<()> = Ok(());
    let mut sink_ref = &mut sink;
    let up = |i: u32| links.flags(i).is_some_and(|f| f & 1 != 0);
    let rounds = nladdr::flush(
        &mut ctx.conn,
        &mut deleter,
        &filter,
        MAX_FLUSH_ROUNDS,
        |a| {
            let keep = keeps(&s, a, links) && (!s.up || up(a.header.index));
            if keep && verbose && printed.is_ok() {
                printed = print_deleted(&mut sink_ref, a, links);
            }
            keep
        },
    );
    printed?;
    let rounds = rounds.map_err(|e| diag::kernel(&e))?;
    if ctx.stats > 0 {
        if rounds.is_empty() {
            sink.text("Nothing to flush.\n")?;
        }
        for (i, n) in rounds.iter().enumerate() {
            sink.text(&format!(
                "\n*** Round {}, deleting {n} addresses ***\n",
                i + 1
            ))?;
        }
        if !rounds.is_empty() && rounds.len() < MAX_FLUSH_ROUNDS {
            let plural = if rounds.len() == 1 { "" } else { "s" };
            sink.text(&format!(
                "*** Flush is complete after {} round{plural} ***\n",
                rounds.len()
            ))?;
        }
    }
    sink.flush()?;
    if rounds.len() >= MAX_FLUSH_ROUNDS {
        return Err(Failure::new(
            format!("*** Flush remains incomplete after {MAX_FLUSH_ROUNDS} rounds. ***"),
            1,
        ));
    }
    Ok(())
}

/// One deleted address as `-s -s address flush` prints it: `INDEX: DEV` and the address.
fn print_deleted<W: Write>(
    sink: &mut &mut Sink<W>,
    a: &Address,
    links: &crate::names::Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.header.index).render(&mut dev);
    sink.text(&format!(
        "{}: {}",
        a.header.index,
        String::from_utf8_lossy(&dev)
    ))?;
    print_address(sink, a, true)
}

/// How many times `address show` reads an interrupted address dump again.
const DUMP_RETRIES: u32 = 3;

/// Marks the connection as having seen an interrupted dump (for the dispatcher's warning).
fn report_interrupted(ctx: &mut Context) {
    ctx.interrupted = true;
}
