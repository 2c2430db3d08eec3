//! `nlip address`: `show` (each link as `link show` prints it, without `mode`, followed by
//! its addresses), with `dev`, `up`, `label`, `scope`, `to`, flags and the family options;
//! `add`, `change`, `replace`, `del` and `flush`, with ip's grammar, warnings and errors.

use crate::args::inet;
use crate::args::inet::{bad_prefix, family_of};
use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::ip::link::{
    print_brief, print_brief_head, print_link, print_stats, LinkSelectors, Style,
};
use crate::names::{self, Links};
use crate::render::{Color, Mode, Render, Sink};
use nlkit::rtnl::addr::{Address, AddressFilter, AddressFlags, INFINITY_LIFE_TIME};
use nlkit::rtnl::link::{Link, LinkFilter, LinkFlags};
use nlkit::rtnl::{self, AddressFamily, Change, DeleteBy, Filter, Object, Scope, Verb};
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
        return Err(Failure::usage(HELP));
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
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip address help\"."
    )))
}

/// What `address show` selects.
#[derive(Default)]
struct Show {
    dev: Option<String>,
    up: bool,
    label: Option<String>,
    scope: Option<Scope>,
    to: Option<(IpAddr, u8)>,
    /// The family of the `to` prefix (it selects addresses, not the view of the links).
    to_family: Option<u8>,
    /// `master`, `vrf`, `nomaster`, `type`, `group`.
    links: LinkSelectors,
    /// Flag selectors: the bits of `flags` under `flag_mask` must match.
    flags: AddressFlags,
    flag_mask: AddressFlags,
}

/// ip's flag selectors: (word, bit, set) — `set` false selects addresses without the bit.
/// Each may be negated with a leading `-` (`-dynamic` is `permanent`).
const FLAG_SELECTORS: [(&str, AddressFlags, bool); 15] = [
    ("permanent", AddressFlags::PERMANENT, true),
    ("dynamic", AddressFlags::PERMANENT, false),
    ("secondary", AddressFlags::SECONDARY, true),
    ("temporary", AddressFlags::SECONDARY, true),
    ("primary", AddressFlags::SECONDARY, false),
    ("tentative", AddressFlags::TENTATIVE, true),
    ("deprecated", AddressFlags::DEPRECATED, true),
    ("dadfailed", AddressFlags::DADFAILED, true),
    ("home", AddressFlags::HOMEADDRESS, true),
    ("nodad", AddressFlags::NODAD, true),
    ("optimistic", AddressFlags::OPTIMISTIC, true),
    ("mngtmpaddr", AddressFlags::MANAGETEMPADDR, true),
    ("noprefixroute", AddressFlags::NOPREFIXROUTE, true),
    ("autojoin", AddressFlags::MCAUTOJOIN, true),
    ("stable-privacy", AddressFlags::STABLE_PRIVACY, true),
];

/// The flag selector `w` names, negated by a leading `-`: (bit, set).
fn flag_selector(w: &str) -> Option<(AddressFlags, bool)> {
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
            let id = id.ok_or_else(|| invalid_arg("invalid \"scope\"", v))?;
            s.scope = Some(Scope::from(id as u8));
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
            s.flags.set(bit, set);
        } else {
            let v = if w == "dev" { args.value(w)? } else { w };
            if s.dev.is_some() {
                return Err(Failure::usage(format!(
                    "Error: either \"dev\" is duplicate, or \"{v}\" is a garbage."
                )));
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
    s.scope.is_none_or(|sc| a.scope == sc)
        && (a.flags.bits() ^ s.flags.bits()) & s.flag_mask.bits() == 0
        && s.label.as_ref().is_none_or(|l| match &a.label {
            Some(label) => glob(l.as_bytes(), label.as_bytes()),
            None => {
                let mut dev = Vec::new();
                links.cached(a.index).render(&mut dev);
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
            .ok_or_else(|| Failure::failed(format!("Device \"{d}\" does not exist."))),
    }
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    // `-0` (`-f link`) lists the links alone, whatever the address selectors.
    let link_only = ctx.address_family() == Some(AddressFamily::Packet);
    // The family of the addresses shown: the family option's, else the `to` prefix's.
    let addr_family = ctx.family.or(s.to_family).filter(|_| !link_only);
    // Addresses first (few), grouped by device; then links stream past.
    let found = if link_only {
        Found::default()
    } else {
        let filter = AddressFilter {
            family: addr_family.map(AddressFamily::from),
            index,
            ..Default::default()
        };
        read_addresses_by_link(ctx, &s, &filter)?
    };
    // The IPv6 view of a link has no IFLA_TXQLEN; ip fills `qlen` in with an ioctl, we take
    // it from the full view (read first: the listing below streams).
    let family = ctx
        .address_family()
        .filter(|&f| f == AddressFamily::Inet6 && index.is_none());
    let qlen = match family {
        Some(_) => queue_lengths(ctx)?,
        None => HashMap::new(),
    };
    let link_filter = listing_filter(family, ctx.stats);
    let netns = crate::ip::link::netns_names(ctx);
    let groups = names::groups();
    let filtered = addr_family.is_some()
        || s.scope.is_some()
        || s.to.is_some()
        || s.label.is_some()
        || !s.flag_mask.is_empty();
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
    let entry = Entry {
        links: &ctx.links,
        groups: &groups,
        style,
        stats: ctx.stats,
        label: s.label.is_some(),
        link_only,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for l in rtnl::dump(&mut ctx.conn, &link_filter).map_err(|e| diag::dump(&e))? {
        let mut l = match l {
            Ok(l) => l,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        if l.txqlen.is_none() {
            l.txqlen = qlen.get(&l.index).copied();
        }
        if index.is_some_and(|i| i != l.index) || !s.shows_link(&l) {
            continue;
        }
        let addrs = found
            .by_link
            .get(&l.index)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        // A family filter hides links without an address of that family; other filters
        // hide links whose addresses all fail them (links without any address stay).
        let hidden = if link_only {
            false
        } else if addr_family.is_some() {
            addrs.is_empty()
        } else {
            filtered && addrs.is_empty() && found.has_any.contains(&l.index)
        };
        if hidden {
            continue;
        }
        sink.open_object(Mode::Json, None)?;
        entry.print(&mut sink, &l, addrs)?;
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

impl Show {
    /// True when the link selectors (`up`, `master`, `type`, `nomaster`, ...) keep `l`.
    fn shows_link(&self, l: &Link) -> bool {
        (!self.up || l.flags.contains(LinkFlags::UP))
            && self.links.keeps(l)
            && !(self.links.nomaster && l.master.is_some())
    }
}

/// The addresses `address show` selected, by device, and the devices that have any.
#[derive(Default)]
struct Found {
    by_link: HashMap<u32, Vec<Address>>,
    has_any: std::collections::HashSet<u32>,
}

/// Reads the addresses `filter` dumps and `s` keeps. They are held before printing, so an
/// interrupted dump is simply read again (a few times; then ip's warning, from the
/// dispatcher).
fn read_addresses_by_link(
    ctx: &mut Context,
    s: &Show,
    filter: &AddressFilter,
) -> Result<Found, Failure> {
    let mut found = Found::default();
    for attempt in 0..=DUMP_RETRIES {
        found = Found::default();
        for a in rtnl::dump(&mut ctx.conn, filter).map_err(|e| diag::dump(&e))? {
            let a = a.map_err(|e| diag::dump(&e))?;
            found.has_any.insert(a.index);
            if keeps(s, &a, &ctx.links) {
                found.by_link.entry(a.index).or_default().push(a);
            }
        }
        if !ctx.conn.take_interrupted() {
            break;
        }
        if attempt == DUMP_RETRIES {
            report_interrupted(ctx); // the dispatcher prints ip's warning
        }
    }
    Ok(found)
}

/// The queue length of every link, from the full view.
fn queue_lengths(ctx: &mut Context) -> Result<HashMap<u32, u32>, Failure> {
    let mut qlen = HashMap::new();
    for l in rtnl::dump(&mut ctx.conn, &LinkFilter::default()).map_err(|e| diag::dump(&e))? {
        let l = l.map_err(|e| diag::dump(&e))?;
        if let Some(q) = l.txqlen {
            qlen.insert(l.index, q);
        }
    }
    Ok(qlen)
}

/// The link dump of `address show`: ip asks for the links in the family it shows (the IPv6
/// view has no qdisc/group; with `dev`, it asks for the one link in the full view), with VF
/// info and, without -s, no statistics (which also leaves out address-family data such as
/// addrgenmode). The IPv6 view refuses IFLA_EXT_MASK under strict checking.
fn listing_filter(family: Option<AddressFamily>, stats: u32) -> LinkFilter {
    use nlkit::rtnl::link::attrs::{RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_VF};
    let mask = if stats > 0 {
        RTEXT_FILTER_VF
    } else {
        RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS
    };
    LinkFilter {
        family,
        ext_mask: family.is_none().then_some(mask),
        ..Default::default()
    }
}

/// How `address show` prints a link with its addresses.
struct Entry<'a> {
    links: &'a names::Links,
    groups: &'a names::NameTable,
    style: Style<'a>,
    /// `-s` (how many times).
    stats: u32,
    /// `label` was given (the link lines are left out).
    label: bool,
    /// `-0`: the links alone.
    link_only: bool,
}

impl Entry<'_> {
    /// Prints `l` and `addrs` as the view asks.
    fn print<W: Write>(&self, sink: &mut Sink<W>, l: &Link, addrs: &[Address]) -> io::Result<()> {
        let (links, style) = (self.links, self.style);
        if self.link_only {
            // `label` leaves out the link lines, so no line at all.
            if !self.label {
                print_link_only(sink, l, links, self.groups, self.stats, style)?;
            }
        } else if style.brief {
            print_brief_head(sink, l, links)?;
            sink.open_array(Mode::Json, Some("addr_info"))?;
            for a in addrs {
                print_brief_address(sink, a)?;
            }
            sink.close_array(Mode::Json)?;
            sink.text("\n")?;
        } else if style.oneline && !sink.is_json() {
            // One line per address, each led by the device.
            let name = l.name.as_deref().unwrap_or("");
            for a in addrs {
                sink.text(&format!("{}: {name}", l.index))?;
                print_address(sink, a, true)?;
            }
        } else {
            self.print_full(sink, l, addrs)?;
        }
        Ok(())
    }

    /// The link lines, the address lines and the counters.
    fn print_full<W: Write>(
        &self,
        sink: &mut Sink<W>,
        l: &Link,
        addrs: &[Address],
    ) -> io::Result<()> {
        let style = self.style;
        if !self.label {
            // ip's address listing does not show addrgenmode with -d.
            let mut l = l.clone();
            if let Some(a) = l.af_spec.as_mut() {
                a.inet6_addr_gen_mode = None;
            }
            // Without addresses, the counters follow the link as in `link show`.
            let stats = if addrs.is_empty() && !sink.is_json() {
                self.stats
            } else {
                0
            };
            print_link(sink, &l, self.groups, self.links, Style { stats, ..style })?;
        }
        let stats_after = self.stats > 0 && !self.label && (!addrs.is_empty() || sink.is_json());
        sink.open_array(Mode::Json, Some("addr_info"))?;
        for (i, a) in addrs.iter().enumerate() {
            // When counters follow, the last address leaves its line for them to end.
            print_address(sink, a, !(stats_after && i + 1 == addrs.len()))?;
        }
        sink.close_array(Mode::Json)?;
        if stats_after {
            // ip prints a link's counters after its addresses.
            let nl = if style.oneline { "\\" } else { "\n" };
            print_stats(sink, l, self.stats, nl, style.human)?;
            sink.text("\n")?;
        }
        Ok(())
    }
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
const FLAG_NAMES: [(AddressFlags, &str); 11] = [
    (AddressFlags::NODAD, "nodad"),
    (AddressFlags::OPTIMISTIC, "optimistic"),
    (AddressFlags::DADFAILED, "dadfailed"),
    (AddressFlags::HOMEADDRESS, "home"),
    (AddressFlags::DEPRECATED, "deprecated"),
    (AddressFlags::TENTATIVE, "tentative"),
    (AddressFlags::PERMANENT, "dynamic"),
    (AddressFlags::MANAGETEMPADDR, "mngtmpaddr"),
    (AddressFlags::NOPREFIXROUTE, "noprefixroute"),
    (AddressFlags::MCAUTOJOIN, "autojoin"),
    (AddressFlags::STABLE_PRIVACY, "stable-privacy"),
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
    let color = Color::of_family(a.family);
    sink.open_object(Mode::Json, None)?;
    if let Some(l) = a.local.or(a.address) {
        sink.colored(Mode::Any, "local", "", &l, "", color)?;
    }
    if let (Some(l), Some(p)) = (a.local, a.address) {
        if l != p {
            sink.colored(Mode::Any, "address", " peer ", &p, "", color)?;
        }
    }
    sink.number(Mode::Any, "prefixlen", "/", &a.prefix_len, " ")?;
    if let Some(m) = a.route_priority {
        sink.number(Mode::Any, "metric", "metric ", &m, " ")?;
    }
    sink.close_object(Mode::Json)
}

/// Prints one address as the indented lines of `ip addr show`.
pub fn print_address<W: Write>(sink: &mut Sink<W>, a: &Address, end_line: bool) -> io::Result<()> {
    let ipv6 = a.family == AddressFamily::Inet6;
    let color = Color::of_family(a.family);
    sink.open_object(Mode::Json, None)?;
    let family = match a.family {
        AddressFamily::Inet => "inet",
        AddressFamily::Inet6 => "inet6",
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
    sink.number(Mode::Any, "prefixlen", "/", &a.prefix_len, " ")?;
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
        &names::scopes().show(u32::from(a.scope.raw())),
        " ",
    )?;
    let flags = a.flags;
    if flags.contains(AddressFlags::SECONDARY) {
        let name = if ipv6 { "temporary" } else { "secondary" };
        sink.flag(Mode::Any, name, name, " ")?;
    }
    for (bit, name) in FLAG_NAMES {
        // `dynamic` is the absence of `permanent`.
        let set = flags.contains(bit) != (bit == AddressFlags::PERMANENT);
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
    Failure::usage(format!(
        "Error: duplicate \"{key}\": \"{value}\" is the second value."
    ))
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

/// For `-batch -force`: when `words` (after the object) are an address change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<MessageBuilder, Failure>> {
    let verb = change_kind(words.first()?)?;
    let a = parse_change(ctx, &mut Args::new(&words[1..]), verb);
    Some(a.map(|a| a.request(verb)))
}

/// `nlip address add|change|replace|del IFADDR dev IFNAME ...`.
fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let a = parse_change(ctx, args, verb)?;
    if ctx.echo {
        return crate::ip::echo::echo_change(ctx, &a, verb, |sink, o, ctx| match o {
            rtnl::AnyObject::Address(a) => print_address_event(sink, a, &ctx.links),
            _ => Ok(()),
        });
    }
    diag::outcome(rtnl::apply(&mut ctx.conn, &a, verb))
}

/// Parses an address change into the address ip would send.
fn parse_change(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<Address, Failure> {
    let delete = verb == Verb::Delete;
    let mut family = ctx.family;
    let mut a = Address::default();
    let mut local: Option<(IpAddr, u8, bool)> = None;
    let mut peer: Option<(IpAddr, u8)> = None;
    let mut brd_from_prefix: Option<bool> = None;
    let mut scoped = false;
    let mut dev: Option<&str> = None;
    let mut flags = AddressFlags::EMPTY;
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
            let id = id.ok_or_else(|| invalid_arg_tight("invalid scope value.", v))?;
            a.scope = Scope::from(id as u8);
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
            let ipv6_only = bit.intersects(
                AddressFlags::NODAD
                    | AddressFlags::OPTIMISTIC
                    | AddressFlags::HOMEADDRESS
                    | AddressFlags::MANAGETEMPADDR,
            );
            if ipv6_only && family != Some(AddressFamily::Inet6.into()) {
                crate::diag::warn(&format!(
                    "Warning: {w} option can be set only for IPv6 addresses"
                ));
            } else {
                flags |= bit;
            }
        } else {
            let v = if w == "local" { args.value(w)? } else { w };
            if local.is_some() {
                return Err(Failure::usage(format!(
                    "Error: either \"local\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            let l = parse_change_prefix(v, family)?;
            family = family.or(Some(family_of(&l.0)));
            local = Some(l);
        }
    }
    let Some(dev) = dev else {
        return Err(Failure::new(
            "Not enough information: \"dev\" argument is required.",
            crate::diag::exit::FAILED,
        ));
    };
    a.family = AddressFamily::from(family.unwrap_or(0));
    if let Some((ip, len)) = peer {
        a.address = Some(ip);
        a.prefix_len = len;
    }
    if let Some((ip, len, given)) = local {
        a.local = Some(ip);
        if peer.is_none() {
            if delete && ip.is_ipv4() && !given {
                crate::diag::warn(&format!(
                    "Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length ({ip}/32) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!"
                ));
            } else {
                a.address = Some(ip);
            }
            a.prefix_len = len;
        }
    }
    if flags.contains(AddressFlags::MCAUTOJOIN) && !a.local.is_some_and(|l| l.is_multicast()) {
        return Err(Failure::failed("autojoin needs multicast address"));
    }
    if let (Some(ones), false) = (brd_from_prefix, delete) {
        if a.family != AddressFamily::Inet {
            return Err(Failure::failed(
                "Broadcast can be set only for IPv4 addresses",
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
        a.scope = match a.local {
            Some(IpAddr::V4(v)) if v.octets()[0] == 127 => Scope::Host,
            _ => Scope::Universe,
        };
    }
    a.index = ctx
        .links
        .index(&mut ctx.conn, dev)
        .ok_or_else(|| Failure::failed(format!("Cannot find device \"{dev}\"")))?;
    if valid.is_some() || preferred.is_some() {
        let valid = valid.unwrap_or(INFINITY_LIFE_TIME);
        let preferred = preferred.unwrap_or(INFINITY_LIFE_TIME);
        if valid == 0 {
            return Err(Failure::failed("valid_lft is zero"));
        }
        if valid < preferred {
            return Err(Failure::failed("preferred_lft is greater than valid_lft"));
        }
        a.set_lifetimes(valid, preferred);
    }
    a.flags = flags;
    Ok(a)
}

/// The first four bytes of ip's address dump file (`ip address save`), little-endian.
const ADDRESS_DUMP_MAGIC: u32 = 0x4736_1222;

/// `nlip address save [SELECTORS]`: the addresses as ip's binary dump on stdout. As ip,
/// only the family option and `dev` select; the other selectors are read and ignored.
fn save(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let filter = AddressFilter {
        family: ctx.address_family(),
        index: device_index(ctx, &s)?,
        ..Default::default()
    };
    crate::ip::dump_file::save(&mut ctx.conn, ADDRESS_DUMP_MAGIC, &filter.request(), |m| {
        Address::from_message(m).is_ok_and(|a| filter.matches(&a))
    })
}

/// The addresses of a dump file on stdin.
fn read_addresses() -> Result<Vec<(Vec<u8>, Address)>, Failure> {
    let messages = crate::ip::dump_file::read(ADDRESS_DUMP_MAGIC, 255)?;
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
        sink.text(&format!("if{}:\n", a.index))?;
        print_address(&mut sink, a, true)?;
    }
    Ok(sink.flush()?)
}

/// `nlip address restore < FILE`: adds the addresses of a dump file back as saved; as ip,
/// a refused one is reported and the rest still go.
fn restore(ctx: &mut Context) -> Result<(), Failure> {
    for (saved, _) in read_addresses()? {
        let request = crate::ip::dump_file::restore_request(&saved, <Address as Object>::NEW);
        if let Err(f) = diag::outcome(ctx.conn.execute(&request)) {
            f.print();
        }
    }
    Ok(())
}

/// The configuration flags `address add` accepts.
const CONF_FLAGS: [(&str, AddressFlags); 6] = [
    ("mngtmpaddr", AddressFlags::MANAGETEMPADDR),
    ("nodad", AddressFlags::NODAD),
    ("optimistic", AddressFlags::OPTIMISTIC),
    ("home", AddressFlags::HOMEADDRESS),
    ("noprefixroute", AddressFlags::NOPREFIXROUTE),
    ("autojoin", AddressFlags::MCAUTOJOIN),
];

/// ip's limit on flush rounds (`-loops`).
const MAX_FLUSH_ROUNDS: usize = 10;

/// `nlip address flush SELECTORS`: deletes the selected addresses in rounds; with `-s` it
/// reports the rounds, with `-s -s` it also prints each address deleted.
fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_none() {
        return Err(Failure::failed("Flush requires arguments."));
    }
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    let filter = AddressFilter {
        family: ctx.family.or(s.to_family).map(AddressFamily::from),
        index,
        ..Default::default()
    };
    let mut deleter = ctx.new_conn()?;
    let links = &ctx.links;
    let verbose = ctx.stats > 1;
    let mut sink = ctx.sink();
    let mut printed: io::Result<()> = Ok(());
    let mut sink_ref = &mut sink;
    let up = |i: u32| {
        links
            .flags(i)
            .is_some_and(|f| LinkFlags(f).contains(LinkFlags::UP))
    };
    let rounds = rtnl::flush(
        &mut ctx.conn,
        &mut deleter,
        &filter,
        DeleteBy::WholeObject,
        MAX_FLUSH_ROUNDS,
        |a| {
            let keep = keeps(&s, a, links) && (!s.up || up(a.index));
            if keep && verbose && printed.is_ok() {
                printed = print_deleted(&mut sink_ref, a, links);
            }
            keep
        },
    );
    printed?;
    let rounds = rounds.map_err(|e| diag::kernel(&e))?;
    if let Some(e) = rounds.iter().flat_map(|r| r.failures()).next() {
        return Err(diag::kernel(e));
    }
    // The rounds that deleted something (the last one found nothing, unless the limit hit).
    let rounds: Vec<usize> = rounds.iter().map(|r| r.sent).filter(|&n| n > 0).collect();
    if ctx.stats > 0 {
        print_rounds(&mut sink, &rounds)?;
    }
    sink.flush()?;
    if rounds.len() >= MAX_FLUSH_ROUNDS {
        return Err(Failure::failed(format!(
            "*** Flush remains incomplete after {MAX_FLUSH_ROUNDS} rounds. ***"
        )));
    }
    Ok(())
}

/// The `-s` report of a flush: how many addresses each round deleted.
fn print_rounds<W: Write>(sink: &mut Sink<W>, rounds: &[usize]) -> io::Result<()> {
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
    Ok(())
}

/// One deleted address as `-s -s address flush` prints it: `INDEX: DEV` and the address.
fn print_deleted<W: Write>(
    sink: &mut &mut Sink<W>,
    a: &Address,
    links: &crate::names::Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.index).render(&mut dev);
    sink.text(&format!("{}: {}", a.index, String::from_utf8_lossy(&dev)))?;
    print_address(sink, a, true)
}

/// How many times `address show` reads an interrupted address dump again.
const DUMP_RETRIES: u32 = 3;

/// Marks the connection as having seen an interrupted dump (for the dispatcher's warning).
fn report_interrupted(ctx: &mut Context) {
    ctx.interrupted = true;
}

/// An address as `ip monitor` (and `ip -echo address add`) prints it: `N: DEV` and the
/// address lines; JSON: the device keys of `-j address show` with one `addr_info`.
pub(crate) fn print_address_event<W: Write>(
    s: &mut Sink<W>,
    a: &Address,
    links: &Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.index).render(&mut dev);
    s.text(&format!("{}: {}", a.index, String::from_utf8_lossy(&dev)))?;
    if s.is_json() {
        s.open_object(Mode::Json, None)?;
        s.number(Mode::Json, "ifindex", "", &a.index, "")?;
        s.string(Mode::Json, "ifname", "", &links.cached(a.index), "")?;
        s.open_array(Mode::Json, Some("addr_info"))?;
        print_address(s, a, true)?;
        s.close_array(Mode::Json)?;
        s.close_object(Mode::Json)
    } else {
        print_address(s, a, true)
    }
}
