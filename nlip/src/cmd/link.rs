//! `nlip link`: show and list, with iproute2 6.1's selectors and its text, oneline, brief,
//! details, statistics and JSON output.

use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::names::{self, NameTable};
use crate::render::{Color, Mode, Render, Sink};
use crate::Context;
use nlkit::rtnl::link::attrs::*;
use nlkit::rtnl::link::{self as nllink, Link, LinkFilter, LinkId, LinkStats, Options};
use std::io::{self, Write};

pub(crate) const HELP: &str = "\
Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME
\t\t    [ txqueuelen PACKETS ]
\t\t    [ address LLADDR ]
\t\t    [ broadcast LLADDR ]
\t\t    [ mtu MTU ] [index IDX ]
\t\t    [ numtxqueues QUEUE_COUNT ]
\t\t    [ numrxqueues QUEUE_COUNT ]
\t\t    [ netns { PID | NAME } ]
\t\t    type TYPE [ ARGS ]

\tip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]

\tip link set { DEVICE | dev DEVICE | group DEVGROUP }
\t\t\t[ { up | down } ]
\t\t\t[ type TYPE ARGS ]
\t\t[ arp { on | off } ]
\t\t[ dynamic { on | off } ]
\t\t[ multicast { on | off } ]
\t\t[ allmulticast { on | off } ]
\t\t[ promisc { on | off } ]
\t\t[ trailers { on | off } ]
\t\t[ carrier { on | off } ]
\t\t[ txqueuelen PACKETS ]
\t\t[ name NEWNAME ]
\t\t[ address LLADDR ]
\t\t[ broadcast LLADDR ]
\t\t[ mtu MTU ]
\t\t[ netns { PID | NAME } ]
\t\t[ link-netns NAME | link-netnsid ID ]
\t\t[ alias NAME ]
\t\t[ vf NUM [ mac LLADDR ]
\t\t\t [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]
\t\t\t [ rate TXRATE ]
\t\t\t [ max_tx_rate TXRATE ]
\t\t\t [ min_tx_rate TXRATE ]
\t\t\t [ spoofchk { on | off} ]
\t\t\t [ query_rss { on | off} ]
\t\t\t [ state { auto | enable | disable} ]
\t\t\t [ trust { on | off} ]
\t\t\t [ node_guid EUI64 ]
\t\t\t [ port_guid EUI64 ] ]
\t\t[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |
\t\t\t  object FILE [ { section | program } NAME ] [ verbose ] |
\t\t\t  pinned FILE } ]
\t\t[ master DEVICE ][ vrf NAME ]
\t\t[ nomaster ]
\t\t[ addrgenmode { eui64 | none | stable_secret | random } ]
\t\t[ protodown { on | off } ]
\t\t[ protodown_reason PREASON { on | off } ]
\t\t[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]
\t\t[ gro_max_size BYTES ]

\tip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]
\t\t[nomaster]

\tip link xstats type TYPE [ ARGS ]

\tip link afstats [ dev DEVICE ]
\tip link property add dev DEVICE [ altname NAME .. ]
\tip link property del dev DEVICE [ altname NAME .. ]

\tip link help [ TYPE ]

TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }";

/// The selectors of `link show`.
#[derive(Debug, Default)]
struct Show {
    dev: Option<String>,
    up: bool,
    sel: LinkSelectors,
}

/// The link selectors `link show` and `address show` share: `master DEV`, `vrf NAME`,
/// `nomaster`, `type TYPE` and `group GROUP`.
#[derive(Debug, Default)]
pub(crate) struct LinkSelectors {
    master: Option<u32>,
    kind: Option<String>,
    group: Option<u32>,
    /// `nomaster`: only links without a master.
    pub(crate) nomaster: bool,
}

impl LinkSelectors {
    /// Reads the selector the word `w` names (and its value from `args`); `Ok(false)` when
    /// `w` is not one of them.
    pub(crate) fn parse(
        &mut self,
        ctx: &mut Context,
        w: &str,
        args: &mut Args,
    ) -> Result<bool, Failure> {
        if w == "master" {
            let v = args.value(w)?;
            let idx = ctx.links.index(&mut ctx.conn, v);
            self.master = Some(idx.ok_or_else(|| invalid_arg("Device does not exist", v))?);
        } else if w == "nomaster" {
            self.nomaster = true;
        } else if w == "vrf" {
            self.master = Some(vrf_index(ctx, args.value(w)?)?);
        } else if w == "type" {
            self.kind = Some(args.value(w)?.to_owned());
        } else if w == "group" {
            let v = args.value(w)?;
            let id = names::groups().id(v);
            self.group = Some(id.ok_or_else(|| invalid_arg("Invalid \"group\" value", v))?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// True when `l` passes `master`, `vrf`, `type` and `group` (`nomaster` is left to the
    /// caller: ip applies it at another point).
    pub(crate) fn keeps(&self, l: &Link) -> bool {
        self.kind
            .as_deref()
            .is_none_or(|k| match k.strip_suffix("_slave") {
                Some(master) => {
                    l.info.as_ref().and_then(|i| i.slave_kind.as_deref()) == Some(master)
                }
                None => l.kind() == Some(k),
            })
            && self.group.is_none_or(|g| l.group.unwrap_or(0) == g)
            && self.master.is_none_or(|m| l.master == Some(m))
    }
}

/// How a link is printed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style<'a> {
    /// Named namespaces by id (for `link-netns NAME`).
    pub(crate) netns: &'a std::collections::HashMap<i32, String>,
    pub(crate) details: bool,
    pub(crate) stats: u32,
    pub(crate) oneline: bool,
    pub(crate) brief: bool,
    /// `-h` (`Some(base)`: 1000, or 1024 with `-iec`).
    pub(crate) human: Option<u64>,
    /// Print `mode` (`link show` does, `addr show` does not).
    pub(crate) linkmode: bool,
    /// Print the `link/TYPE ADDRESS` line (`addr show` with a family filter does not).
    pub(crate) link_line: bool,
}

/// `nlip link ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    use super::link_change::{self, Op};
    for (c, op) in [
        ("add", Op::Add),
        ("set", Op::Set),
        ("change", Op::Set),
        ("replace", Op::Replace),
        ("delete", Op::Delete),
    ] {
        if matches(cmd, c) {
            return link_change::modify(ctx, args, op);
        }
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::new(HELP, 255));
    }
    if matches(cmd, "property") {
        return link_change::property(ctx, args);
    }
    Err(Failure::new(
        format!("Command \"{cmd}\" is unknown, try \"ip link help\"."),
        255,
    ))
}

fn parse_show(ctx: &mut Context, args: &mut Args) -> Result<Show, Failure> {
    let mut s = Show::default();
    while let Some(w) = args.next() {
        if w == "up" {
            s.up = true;
        } else if !s.sel.parse(ctx, w, args)? {
            let mut v = w;
            if w == "dev" {
                v = args.value(w)?;
            } else if matches(w, "help") {
                return Err(Failure::new(HELP, 255));
            }
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

/// The named namespaces by id, for `link-netns NAME` in the text listings (JSON and the
/// brief table print the id; the lookup is skipped when no link has a peer elsewhere).
pub(crate) fn netns_names(ctx: &mut Context) -> std::collections::HashMap<i32, String> {
    if ctx.json || ctx.brief || !ctx.links.any_netnsid() {
        Default::default()
    } else {
        names::netns_ids(&mut ctx.conn)
    }
}

/// The VRF device `name`, if it is one.
fn vrf_link(ctx: &mut Context, name: &str) -> Option<nlkit::rtnl::link::Link> {
    nllink::get(&mut ctx.conn, LinkId::Name(name), None)
        .ok()
        .filter(|l| l.kind() == Some("vrf"))
}

/// The index of the VRF device `name` (selector `vrf NAME`), or ip's error.
pub(crate) fn vrf_index(ctx: &mut Context, name: &str) -> Result<u32, Failure> {
    let vrf = vrf_link(ctx, name).ok_or_else(|| invalid_arg("Not a valid VRF name", name))?;
    Ok(vrf.header.index)
}

/// The routing table of the VRF device `name` (`IFLA_VRF_TABLE`), if it is one.
pub(crate) fn vrf_table(ctx: &mut Context, name: &str) -> Option<u32> {
    let vrf = vrf_link(ctx, name)?;
    let options = vrf.info.as_ref()?.options()?;
    options.u32_ne(nlkit::rtnl::link::attrs::vrf::IFLA_VRF_TABLE)
}

/// True when the selectors that iproute2 applies in user space keep `l`.
fn keeps(s: &Show, l: &Link) -> bool {
    (!s.up || l.header.flags & IFF_UP != 0) && s.sel.keeps(l)
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    ctx.links.preload(&mut ctx.conn);
    let groups = names::groups();
    let netns = netns_names(ctx);
    let style = Style {
        netns: &netns,
        details: ctx.details,
        stats: ctx.stats,
        oneline: ctx.oneline,
        brief: ctx.brief,
        human: ctx.human.then_some(if ctx.iec { 1024 } else { 1000 }),
        linkmode: true,
        link_line: true,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Some(dev) = &s.dev {
        let l =
            nllink::get(&mut ctx.conn, LinkId::Name(dev), Some(RTEXT_FILTER_VF)).map_err(|e| {
                match e.errno() {
                    Some(19) => Failure::new(format!("Device \"{dev}\" does not exist."), 1),
                    _ => diag::dump(&e),
                }
            })?;
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_list()?;
        return Ok(());
    }
    let filter = LinkFilter {
        master: s.sel.master,
        kind: s.sel.kind.clone().filter(|k| !k.ends_with("_slave")),
        ext_mask: Some(RTEXT_FILTER_VF),
        ..Default::default()
    };
    let mut dump = ctx
        .conn
        .dump(&filter.request())
        .map_err(|e| diag::dump(&e))?;
    while let Some(m) = dump.next_message() {
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        let Ok(l) = Link::from_message(&m) else {
            continue;
        };
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

fn print_one<W: Write>(
    sink: &mut Sink<W>,
    s: &Show,
    l: &Link,
    groups: &NameTable,
    links: &names::Links,
    style: Style,
) -> io::Result<()> {
    // ip drops ports for `nomaster` before it opens the JSON object; the other user-space
    // selectors leave an empty object behind.
    if s.sel.nomaster && l.master.is_some() {
        return Ok(());
    }
    sink.open_object(Mode::Json, None)?;
    if keeps(s, l) {
        if style.brief {
            print_brief(sink, l, links)?;
        } else {
            print_link(sink, l, groups, links, style)?;
        }
    }
    sink.close_object(Mode::Json)
}

/// `IFF_*` names in the order iproute2 prints them.
const FLAG_NAMES: &[(u32, &str)] = &[
    (IFF_LOOPBACK, "LOOPBACK"),
    (IFF_BROADCAST, "BROADCAST"),
    (IFF_POINTOPOINT, "POINTOPOINT"),
    (IFF_MULTICAST, "MULTICAST"),
    (IFF_NOARP, "NOARP"),
    (IFF_ALLMULTI, "ALLMULTI"),
    (IFF_PROMISC, "PROMISC"),
    (IFF_NOTRAILERS, "NOTRAILERS"),
    (IFF_DEBUG, "DEBUG"),
    (IFF_DYNAMIC, "DYNAMIC"),
    (IFF_AUTOMEDIA, "AUTOMEDIA"),
    (IFF_PORTSEL, "PORTSEL"),
    (IFF_MASTER, "MASTER"),
    (IFF_SLAVE, "SLAVE"),
    (IFF_UP, "UP"),
    (IFF_LOWER_UP, "LOWER_UP"),
    (IFF_DORMANT, "DORMANT"),
    (IFF_ECHO, "ECHO"),
];

/// True when the lower device (`IFLA_LINK`) of `l` is known and down (iproute2's `M-DOWN`).
fn lower_down(l: &Link, links: &names::Links) -> bool {
    match (l.link, l.link_netnsid) {
        (Some(i), None) if i != 0 => links.flags(i).is_some_and(|f| f & IFF_UP == 0),
        _ => false,
    }
}

fn print_flags<W: Write>(sink: &mut Sink<W>, flags: u32, mdown: bool) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("flags"))?;
    sink.text("<")?;
    let mut first = true;
    let mut sep = |sink: &mut Sink<W>| {
        if !first {
            let _ = sink.text(",");
        }
        first = false;
    };
    let mut rest = flags & !IFF_RUNNING;
    if flags & IFF_UP != 0 && flags & IFF_RUNNING == 0 {
        sep(sink);
        sink.string(Mode::Any, "", "", "NO-CARRIER", "")?;
    }
    for &(bit, name) in FLAG_NAMES {
        if flags & bit != 0 {
            sep(sink);
            sink.string(Mode::Any, "", "", name, "")?;
            rest &= !bit;
        }
    }
    if mdown {
        sep(sink);
        sink.string(Mode::Any, "", "", "M-DOWN", "")?;
    }
    if rest != 0 {
        sep(sink);
        sink.string(Mode::Any, "", "", &format!("{rest:x}"), "")?;
    }
    sink.text("> ")?;
    sink.close_array(Mode::Json)
}

fn operstate(s: u8) -> &'static str {
    match s {
        0 => "UNKNOWN",
        1 => "NOTPRESENT",
        2 => "DOWN",
        3 => "LOWERLAYERDOWN",
        4 => "TESTING",
        5 => "DORMANT",
        6 => "UP",
        _ => "",
    }
}

/// Hardware types (`ARPHRD_*`, linux/if_arp.h) as iproute2 names them.
fn link_type(t: u16) -> Option<&'static str> {
    Some(match t {
        0 => "netrom",
        1 => "ether",
        2 => "eether",
        3 => "ax25",
        4 => "pronet",
        5 => "chaos",
        6 => "ieee802",
        7 => "arcnet",
        8 => "atalk",
        15 => "dlci",
        19 => "atm",
        23 => "metricom",
        24 => "ieee1394",
        27 => "eui64",
        32 => "infiniband",
        256 => "slip",
        257 => "cslip",
        258 => "slip6",
        259 => "cslip6",
        260 => "rsrvd",
        264 => "adapt",
        270 => "rose",
        271 => "x25",
        272 => "hwx25",
        280 => "can",
        512 => "ppp",
        513 => "hdlc",
        516 => "lapb",
        517 => "ddcmp",
        518 => "rawhdlc",
        519 => "rawip",
        768 => "ipip",
        769 => "tunnel6",
        770 => "frad",
        771 => "skip",
        772 => "loopback",
        773 => "localtlk",
        774 => "fddi",
        775 => "bif",
        776 => "sit",
        777 => "ip6ip",
        778 => "gre",
        779 => "pimreg",
        780 => "hippi",
        781 => "ash",
        782 => "econet",
        783 => "irda",
        784 => "fcpp",
        785 => "fcal",
        786 => "fcpl",
        787 => "fcfb",
        800 => "tr",
        801 => "tr+rif",
        802 => "wlan",
        803 => "wlan_prism",
        804 => "wlan_radiotap",
        805 => "ieee802.15.4",
        806 => "ieee802.15.4_monitor",
        820 => "phonet",
        821 => "phonet_pipe",
        822 => "caif",
        823 => "ip6gre",
        824 => "netlink",
        825 => "6lowpan",
        826 => "vsockmon",
        0xfffe => "none",
        0xffff => "void",
        _ => return None,
    })
}

/// A hardware address: colon-separated hex, or an IP address for IP tunnels.
fn lladdr(t: u16, a: &[u8]) -> String {
    match (t, a.len()) {
        (768 | 776 | 778, 4) => std::net::Ipv4Addr::new(a[0], a[1], a[2], a[3]).to_string(),
        (769 | 823, 16) => <[u8; 16]>::try_from(a)
            .map(|b| std::net::Ipv6Addr::from(b).to_string())
            .unwrap_or_default(),
        _ => {
            let mut s = String::with_capacity(a.len() * 3);
            for (i, b) in a.iter().enumerate() {
                if i > 0 {
                    s.push(':');
                }
                s.push_str(&format!("{b:02x}"));
            }
            s
        }
    }
}

/// Prints `@peer` (text) or the `link` member (JSON).
fn print_link_ref<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
    brief_name: &mut String,
) -> io::Result<()> {
    let Some(iflink) = l.link else {
        return Ok(());
    };
    if iflink == 0 {
        sink.null(Mode::Json, "link", "")?;
        brief_name.push_str("@NONE");
    } else if l.link_netnsid.is_some() {
        sink.number(Mode::Json, "link_index", "", &iflink, "")?;
        brief_name.push_str(&format!("@if{iflink}"));
    } else {
        let mut n = Vec::new();
        links.cached(iflink).render(&mut n);
        let n = String::from_utf8_lossy(&n).into_owned();
        sink.string(Mode::Json, "link", "", &n, "")?;
        brief_name.push('@');
        brief_name.push_str(&n);
    }
    Ok(())
}

/// The first two columns of the brief table: `NAME@PEER` and the operational state (also
/// used by `addr show -br`).
pub(crate) fn print_brief_head<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
) -> io::Result<()> {
    let name = l.name.clone().unwrap_or_default();
    let mut full = name.clone();
    print_link_ref(sink, l, links, &mut full)?;
    sink.string(Mode::Json, "ifname", "", &name, "")?;
    sink.colored(
        Mode::Text,
        "",
        "",
        &format!("{full:<16} "),
        "",
        Color::Iface,
    )?;
    let state = operstate(l.operstate.unwrap_or(0));
    sink.string(Mode::Json, "operstate", "", state, "")?;
    let padded = format!("{state:<14} ");
    match state {
        "UP" => sink.colored(Mode::Text, "", "", &padded, "", Color::Up),
        "DOWN" => sink.colored(Mode::Text, "", "", &padded, "", Color::Down),
        _ => sink.text(&padded),
    }
}

/// Prints `l` as a line of `ip -br link`.
pub(crate) fn print_brief<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
) -> io::Result<()> {
    print_brief_head(sink, l, links)?;
    if let Some(a) = &l.address {
        let a = lladdr(l.header.kind, a);
        sink.colored(Mode::Any, "address", "", &a, " ", Color::Mac)?;
    }
    print_flags(sink, l.header.flags, lower_down(l, links))?;
    sink.text("\n")
}

pub(crate) fn print_link<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    groups: &NameTable,
    links: &names::Links,
    style: Style,
) -> io::Result<()> {
    let nl = if style.oneline { "\\" } else { "\n" };
    sink.number(Mode::Any, "ifindex", "", &l.header.index, ": ")?;
    let mut full = String::new();
    print_link_ref(sink, l, links, &mut full)?;
    let name = l.name.as_deref().unwrap_or("");
    sink.string(Mode::Json, "ifname", "", name, "")?;
    // Text: `NAME@PEER: `, colored as one piece with -c.
    sink.colored(
        Mode::Text,
        "",
        "",
        &format!("{name}{full}: "),
        "",
        Color::Iface,
    )?;
    print_flags(sink, l.header.flags, lower_down(l, links))?;
    if let Some(m) = l.mtu {
        sink.number(Mode::Any, "mtu", "mtu ", &m, " ")?;
    }
    if let Some(q) = &l.qdisc {
        sink.string(Mode::Any, "qdisc", "qdisc ", q, " ")?;
    }
    if let Some(m) = l.master {
        sink.string(Mode::Any, "master", "master ", &links.cached(m), " ")?;
    }
    if let Some(o) = l.operstate {
        match operstate(o) {
            "UP" => sink.colored(Mode::Any, "operstate", "state ", "UP", " ", Color::Up)?,
            "DOWN" => sink.colored(Mode::Any, "operstate", "state ", "DOWN", " ", Color::Down)?,
            st => sink.string(Mode::Any, "operstate", "state ", st, " ")?,
        }
    }
    if let Some(m) = l.linkmode.filter(|_| style.linkmode) {
        let mode = match m {
            0 => "DEFAULT".to_owned(),
            1 => "DORMANT".to_owned(),
            2 => "TESTING".to_owned(),
            n => n.to_string(),
        };
        sink.string(Mode::Any, "linkmode", "mode ", &mode, " ")?;
    }
    if let Some(g) = l.group {
        sink.string(Mode::Any, "group", "group ", &groups.show(g), " ")?;
    }
    if let Some(q) = l.txqlen {
        sink.number(Mode::Any, "txqlen", "qlen ", &q, "")?;
    }
    // Without the `link/TYPE` line (`addr show` with a family), the peer's namespace ends
    // the first line.
    if !style.link_line {
        print_link_netns(sink, l, style)?;
    }
    sink.text(nl)?;
    let t = l.header.kind;
    if style.link_line {
        match link_type(t).filter(|_| !names::numeric()) {
            Some(n) => sink.string(Mode::Any, "link_type", "    link/", n, " ")?,
            None => sink.string(Mode::Any, "link_type", "    link/[", &t.to_string(), "] ")?,
        }
        if let Some(a) = &l.address {
            sink.colored(Mode::Any, "address", "", &lladdr(t, a), "", Color::Mac)?;
            if let Some(b) = &l.broadcast {
                let brd = if l.header.flags & IFF_POINTOPOINT != 0 {
                    ("link_pointtopoint", " peer ")
                } else {
                    ("broadcast", " brd ")
                };
                sink.colored(Mode::Any, brd.0, brd.1, &lladdr(t, b), "", Color::Mac)?;
            }
        }
        print_link_netns(sink, l, style)?;
        if let (Some(p), Some(a)) = (&l.perm_address, &l.address) {
            if p != a {
                sink.string(Mode::Any, "permaddr", " permaddr ", &lladdr(t, p), "")?;
            }
        }
    }
    if style.details {
        print_details(sink, l, links, nl)?;
    }
    // ip prints the alias for `link` commands, elsewhere only with -d.
    if let (Some(a), true) = (&l.alias, style.linkmode || style.details) {
        sink.text(nl)?;
        sink.string(Mode::Any, "ifalias", "    alias ", a, "")?;
    }
    if style.stats > 0 {
        print_stats(sink, l, style.stats, nl, style.human)?;
    }
    if let Some(names) = &l.alt_names {
        sink.open_array(Mode::Json, Some("altnames"))?;
        for n in names {
            sink.text(nl)?;
            sink.string(Mode::Any, "", "    altname ", n, "")?;
        }
        sink.close_array(Mode::Json)?;
    }
    if style.link_line {
        sink.text("\n")?;
    }
    Ok(())
}

/// ` link-netns NAME` (the id when the namespace has no name, and in JSON).
fn print_link_netns<W: Write>(sink: &mut Sink<W>, l: &Link, style: Style) -> io::Result<()> {
    if let Some(id) = l.link_netnsid {
        match style.netns.get(&id) {
            Some(name) if !sink.is_json() => sink.text(&format!(" link-netns {name}"))?,
            _ => sink.number(Mode::Any, "link_netnsid", " link-netnsid ", &id, "")?,
        }
    }
    Ok(())
}

fn print_details<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
    nl: &str,
) -> io::Result<()> {
    if let Some(p) = l.promiscuity {
        sink.number(Mode::Any, "promiscuity", " promiscuity ", &p, " ")?;
    }
    if let Some(a) = l.allmulti {
        sink.number(Mode::Any, "allmulti", " allmulti ", &a, " ")?;
    }
    if let Some(m) = l.min_mtu {
        sink.number(Mode::Any, "min_mtu", "minmtu ", &m, " ")?;
    }
    if let Some(m) = l.max_mtu {
        sink.number(Mode::Any, "max_mtu", "maxmtu ", &m, " ")?;
    }
    if let Some(info) = &l.info {
        sink.open_object(Mode::Json, Some("linkinfo"))?;
        if let Some(k) = &info.kind {
            sink.text(nl)?;
            sink.string(Mode::Any, "info_kind", "    ", k, " ")?;
            if let Some(o) = info.options() {
                print_kind(sink, k, o, links, "info_data")?;
            }
        }
        if let Some(k) = &info.slave_kind {
            sink.text(nl)?;
            sink.string(Mode::Json, "info_slave_kind", "", k, "")?;
            sink.text(&format!("    {k}_slave "))?;
            if let Some(o) = info.slave_options() {
                print_kind(sink, &format!("{k}_slave"), o, links, "info_slave_data")?;
            }
        }
        sink.close_object(Mode::Json)?;
    }
    if let Some(m) = l.af_spec.as_ref().and_then(|a| a.inet6_addr_gen_mode) {
        let name = match m {
            0 => "eui64".to_owned(),
            1 => "none".to_owned(),
            2 => "stable_secret".to_owned(),
            3 => "random".to_owned(),
            n => format!("{n:#x}"),
        };
        sink.string(Mode::Any, "inet6_addr_gen_mode", "addrgenmode ", &name, " ")?;
    }
    let nums = [
        ("num_tx_queues", "numtxqueues ", l.num_tx_queues),
        ("num_rx_queues", "numrxqueues ", l.num_rx_queues),
        ("gso_max_size", "gso_max_size ", l.gso_max_size),
        ("gso_max_segs", "gso_max_segs ", l.gso_max_segs),
        ("tso_max_size", "tso_max_size ", l.tso_max_size),
        ("tso_max_segs", "tso_max_segs ", l.tso_max_segs),
        ("gro_max_size", "gro_max_size ", l.gro_max_size),
    ];
    for (key, prefix, v) in nums {
        if let Some(v) = v {
            sink.number(Mode::Any, key, prefix, &v, " ")?;
        }
    }
    if let Some(b) = &l.parent_bus_name {
        sink.string(Mode::Any, "parentbus", "parentbus ", b, " ")?;
    }
    if let Some(d) = &l.parent_dev_name {
        sink.string(Mode::Any, "parentdev", "parentdev ", d, " ")?;
    }
    Ok(())
}

fn on_off<W: Write>(sink: &mut Sink<W>, key: &str, text: &str, v: bool) -> io::Result<()> {
    if sink.is_json() {
        sink.number(Mode::Json, key, "", if v { "true" } else { "false" }, "")
    } else {
        sink.text(&format!("{text} {} ", if v { "on" } else { "off" }))
    }
}

/// The `IFLA_INFO_DATA` of the kinds nlip knows, as `ip -d` prints it.
fn print_kind<W: Write>(
    sink: &mut Sink<W>,
    kind: &str,
    o: &Options,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    match kind {
        "macvlan" | "macvtap" => {
            use nlkit::rtnl::link::attrs::macvlan::*;
            sink.open_object(Mode::Json, Some(key))?;
            if let Some(m) = o.u32_ne(IFLA_MACVLAN_MODE) {
                let name = match m {
                    MACVLAN_MODE_PRIVATE => "private".to_owned(),
                    MACVLAN_MODE_VEPA => "vepa".to_owned(),
                    MACVLAN_MODE_BRIDGE => "bridge".to_owned(),
                    MACVLAN_MODE_PASSTHRU => "passthru".to_owned(),
                    MACVLAN_MODE_SOURCE => "source".to_owned(),
                    n => n.to_string(),
                };
                sink.string(Mode::Any, "mode", "mode ", &name, " ")?;
            }
            let flags = o.u16_ne(IFLA_MACVLAN_FLAGS).unwrap_or(0);
            if flags & MACVLAN_FLAG_NOPROMISC != 0 {
                sink.null(Mode::Any, "nopromisc", "nopromisc ")?;
            }
            if flags & MACVLAN_FLAG_NODST != 0 {
                sink.null(Mode::Any, "nodst", "nodst ")?;
            }
            if let Some(q) = o.u32_ne(IFLA_MACVLAN_BC_QUEUE_LEN) {
                sink.number(Mode::Any, "bcqueuelen", "bcqueuelen ", &q, " ")?;
            }
            if let Some(q) = o.u32_ne(IFLA_MACVLAN_BC_QUEUE_LEN_USED) {
                sink.number(Mode::Any, "usedbcqueuelen", "usedbcqueuelen ", &q, " ")?;
            }
            let source = o.u32_ne(IFLA_MACVLAN_MODE) == Some(MACVLAN_MODE_SOURCE);
            if let Some(n) = o.u32_ne(IFLA_MACVLAN_MACADDR_COUNT).filter(|_| source) {
                sink.number(Mode::Any, "macaddr_count", "remotes (", &n, ") ")?;
            }
            sink.close_object(Mode::Json)
        }
        "tun" => {
            use nlkit::rtnl::link::attrs::tun::*;
            sink.open_object(Mode::Json, Some(key))?;
            if let Some(t) = o.u8(IFLA_TUN_TYPE) {
                let name = match t {
                    1 => "tun".to_owned(),
                    2 => "tap".to_owned(),
                    n => format!("UNKNOWN:{n}"),
                };
                sink.string(Mode::Any, "type", "type ", &name, " ")?;
            }
            let flag = |id| o.u8(id).is_some_and(|v| v != 0);
            if o.get(IFLA_TUN_PI).is_some() {
                on_off(sink, "pi", "pi", flag(IFLA_TUN_PI))?;
            }
            if o.get(IFLA_TUN_VNET_HDR).is_some() {
                on_off(sink, "vnet_hdr", "vnet_hdr", flag(IFLA_TUN_VNET_HDR))?;
            }
            if o.get(IFLA_TUN_MULTI_QUEUE).is_some() {
                let mq = flag(IFLA_TUN_MULTI_QUEUE);
                if sink.is_json() {
                    on_off(sink, "multi_queue", "", mq)?;
                } else if mq {
                    sink.text("multi_queue ")?;
                }
                if mq {
                    if let Some(n) = o.u32_ne(IFLA_TUN_NUM_QUEUES) {
                        sink.number(Mode::Any, "numqueues", "numqueues ", &n, " ")?;
                    }
                    if let Some(n) = o.u32_ne(IFLA_TUN_NUM_DISABLED_QUEUES) {
                        sink.number(Mode::Any, "numdisabled", "numdisabled ", &n, " ")?;
                    }
                }
            }
            if o.get(IFLA_TUN_PERSIST).is_some() {
                on_off(sink, "persist", "persist", flag(IFLA_TUN_PERSIST))?;
            }
            for (id, k, lookup) in [
                (
                    IFLA_TUN_OWNER,
                    "user",
                    names::user_name as fn(u32) -> Option<String>,
                ),
                (IFLA_TUN_GROUP, "group", names::group_name),
            ] {
                if let Some(v) = o.u32_ne(id) {
                    let prefix = format!("{k} ");
                    match lookup(v) {
                        Some(n) => sink.string(Mode::Any, k, &prefix, &n, " ")?,
                        None => sink.number(Mode::Any, k, &prefix, &v, " ")?,
                    }
                }
            }
            sink.close_object(Mode::Json)
        }
        "vxlan" => print_vxlan(sink, o, links, key),
        "bridge" => print_table(sink, o, links, key, BRIDGE),
        "bridge_slave" => print_table(sink, o, links, key, BRIDGE_PORT),
        _ => Ok(()),
    }
}

fn print_vxlan<W: Write>(
    sink: &mut Sink<W>,
    o: &Options,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    use nlkit::rtnl::link::attrs::vxlan::*;
    sink.open_object(Mode::Json, Some(key))?;
    if o.u8(IFLA_VXLAN_COLLECT_METADATA).is_some_and(|v| v != 0) {
        if sink.is_json() {
            on_off(sink, "external", "", true)?;
        } else {
            sink.text("external ")?;
        }
    }
    if let Some(id) = o.u32_ne(IFLA_VXLAN_ID) {
        sink.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    if let Some(g) = o.ip(IFLA_VXLAN_GROUP).or_else(|| o.ip(IFLA_VXLAN_GROUP6)) {
        if !g.is_unspecified() {
            let k = if g.is_multicast() { "group" } else { "remote" };
            let json = if g.is_ipv6() {
                format!("{k}6")
            } else {
                k.to_owned()
            };
            sink.string(Mode::Any, &json, &format!("{k} "), &g.to_string(), " ")?;
        }
    }
    if let Some(a) = o.ip(IFLA_VXLAN_LOCAL).or_else(|| o.ip(IFLA_VXLAN_LOCAL6)) {
        if !a.is_unspecified() {
            let json = if a.is_ipv6() { "local6" } else { "local" };
            sink.string(Mode::Any, json, "local ", &a.to_string(), " ")?;
        }
    }
    if let Some(d) = o.u32_ne(IFLA_VXLAN_LINK).filter(|&d| d != 0) {
        sink.string(Mode::Any, "link", "dev ", &links.cached(d), " ")?;
    }
    if let Some(r) = o.get(IFLA_VXLAN_PORT_RANGE) {
        if let Ok(r) = <[u8; 4]>::try_from(r) {
            let lo = u16::from_be_bytes([r[0], r[1]]);
            let hi = u16::from_be_bytes([r[2], r[3]]);
            sink.open_object(Mode::Json, Some("port_range"))?;
            sink.number(Mode::Any, "low", "srcport ", &lo, " ")?;
            sink.number(Mode::Any, "high", "", &hi, " ")?;
            sink.close_object(Mode::Json)?;
        }
    }
    if let Some(p) = o.u16_be(IFLA_VXLAN_PORT) {
        sink.number(Mode::Any, "port", "dstport ", &p, " ")?;
    }
    if let Some(l) = o.u8(IFLA_VXLAN_LEARNING) {
        if sink.is_json() {
            on_off(sink, "learning", "", l != 0)?;
        } else if l == 0 {
            sink.text("nolearning ")?;
        }
    }
    for (id, k) in [
        (IFLA_VXLAN_PROXY, "proxy"),
        (IFLA_VXLAN_RSC, "rsc"),
        (IFLA_VXLAN_L2MISS, "l2miss"),
        (IFLA_VXLAN_L3MISS, "l3miss"),
    ] {
        if o.u8(id).is_some_and(|v| v != 0) {
            sink.flag(Mode::Any, k, k, " ")?;
        }
    }
    if let Some(t) = o.u8(IFLA_VXLAN_TOS).filter(|&t| t != 0) {
        sink.string(Mode::Json, "tos", "", &format!("{t:#x}"), "")?;
        if t == 1 {
            sink.text("tos inherit ")?;
        } else {
            sink.text(&format!("tos {t:#x} "))?;
        }
    }
    if let Some(t) = o.u8(IFLA_VXLAN_TTL) {
        sink.number(Mode::Json, "ttl", "", &t, "")?;
        if t == 0 {
            sink.text("ttl auto ")?;
        } else {
            sink.text(&format!("ttl {t} "))?;
        }
    }
    if let Some(df) = o.u8(IFLA_VXLAN_DF) {
        let name = match df {
            0 => "unset",
            1 => "set",
            _ => "inherit",
        };
        if sink.is_json() {
            sink.string(Mode::Json, "df", "", name, "")?;
        } else if df != 0 {
            sink.text(&format!("df {name} "))?;
        }
    }
    if let Some(l) = o
        .get(IFLA_VXLAN_LABEL)
        .and_then(|p| <[u8; 4]>::try_from(p).ok())
    {
        let v = u32::from_be_bytes(l);
        if v != 0 {
            sink.string(Mode::Any, "label", "flowlabel ", &format!("{v:#x}"), " ")?;
        }
    }
    if let Some(a) = o.u32_ne(IFLA_VXLAN_AGEING) {
        sink.number(Mode::Any, "ageing", "ageing ", &a, " ")?;
    }
    if let Some(m) = o.u32_ne(IFLA_VXLAN_LIMIT).filter(|&m| m != 0) {
        sink.number(Mode::Any, "limit", "maxaddr ", &m, " ")?;
    }
    for (id, k, text) in [
        (IFLA_VXLAN_UDP_CSUM, "udp_csum", "udpcsum "),
        (
            IFLA_VXLAN_UDP_ZERO_CSUM6_TX,
            "udp_zero_csum6_tx",
            "udp6zerocsumtx ",
        ),
        (
            IFLA_VXLAN_UDP_ZERO_CSUM6_RX,
            "udp_zero_csum6_rx",
            "udp6zerocsumrx ",
        ),
    ] {
        if let Some(v) = o.u8(id) {
            if sink.is_json() {
                on_off(sink, k, "", v != 0)?;
            } else {
                if v == 0 {
                    sink.text("no")?;
                }
                sink.text(text)?;
            }
        }
    }
    for (id, k, text) in [
        (IFLA_VXLAN_REMCSUM_TX, "remcsum_tx", "remcsumtx "),
        (IFLA_VXLAN_REMCSUM_RX, "remcsum_rx", "remcsumrx "),
    ] {
        if o.u8(id).is_some_and(|v| v != 0) {
            if sink.is_json() {
                on_off(sink, k, "", true)?;
            } else {
                sink.text(text)?;
            }
        }
    }
    for (id, k) in [(IFLA_VXLAN_GBP, "gbp"), (IFLA_VXLAN_GPE, "gpe")] {
        if o.get(id).is_some() {
            if sink.is_json() {
                on_off(sink, k, "", true)?;
            } else {
                sink.text(&format!("{k} "))?;
            }
        }
    }
    sink.close_object(Mode::Json)
}

fn pad(out: &mut String, width: usize, s: &str) {
    for _ in s.len()..width {
        out.push(' ');
    }
    out.push_str(s);
}

/// A counter as `ip -s` prints it: plain, or with `-h` scaled to a unit prefix with two
/// significant decimals below 10, one below 100 (`1.52M`; `1.45Mi` with `-iec`).
fn counter(v: u64, human: Option<u64>) -> String {
    let Some(base) = human else {
        return v.to_string();
    };
    if v < base {
        return v.to_string();
    }
    let prefixes = ['k', 'M', 'G', 'T', 'P', 'E'];
    let mut div = base;
    let mut i = 0;
    while v / base >= div && i + 1 < prefixes.len() {
        div = div.saturating_mul(base);
        i += 1;
    }
    let x = v as f64 / div as f64;
    let whole = v / div;
    let precision = if whole < 10 {
        2
    } else if whole < 100 {
        1
    } else {
        0
    };
    let iec = if base == 1024 { "i" } else { "" };
    format!("{x:.precision$}{}{iec}", prefixes[i])
}

pub(crate) fn print_stats<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    level: u32,
    nl: &str,
    human: Option<u64>,
) -> io::Result<()> {
    let (s, key) = match (&l.stats64, &l.stats) {
        (Some(s), _) => (s, "stats64"),
        (None, Some(s)) => (s, "stats"),
        _ => return Ok(()),
    };
    let changes = u64::from(l.carrier_changes.unwrap_or(0));
    if sink.is_json() {
        return stats_json(sink, s, key, level, changes);
    }
    let rx = [
        s.rx_bytes(),
        s.rx_packets(),
        s.rx_errors(),
        s.rx_dropped(),
        s.rx_missed_errors(),
        s.multicast(),
        s.rx_compressed(),
    ];
    let tx = [
        s.tx_bytes(),
        s.tx_packets(),
        s.tx_errors(),
        s.tx_dropped(),
        s.tx_carrier_errors(),
        s.collisions(),
        s.tx_compressed(),
    ];
    let rx_err = [
        s.rx_length_errors(),
        s.rx_crc_errors(),
        s.rx_frame_errors(),
        s.rx_fifo_errors(),
        s.rx_over_errors(),
    ];
    let tx_err = [
        s.tx_aborted_errors(),
        s.tx_fifo_errors(),
        s.tx_window_errors(),
        s.tx_heartbeat_errors(),
        changes,
    ];
    let mut cols = [10usize, 7, 6, 7, 7, 7, 10];
    let digits = |v: u64| counter(v, human).len();
    for row in [&rx, &tx] {
        for (c, v) in cols.iter_mut().zip(row.iter()) {
            *c = (*c).max(digits(*v));
        }
    }
    if level > 1 {
        for row in [&rx_err, &tx_err] {
            for (c, v) in cols[1..].iter_mut().zip(row.iter()) {
                *c = (*c).max(digits(*v));
            }
        }
    }
    let values = |out: &mut String, vals: &[u64], first: usize| {
        out.push_str("    ");
        if first == 1 {
            pad(out, cols[0], "");
            out.push(' ');
        }
        for (i, v) in vals.iter().enumerate() {
            pad(out, cols[first + i], &counter(*v, human));
            out.push(' ');
        }
    };
    let mut out = String::new();
    let blocks = [
        (
            "RX",
            &rx,
            ["packets", "errors", "dropped", "missed", "mcast"],
            "RX errors:",
            &rx_err,
            ["length", "crc", "frame", "fifo", "overrun"],
        ),
        (
            "TX",
            &tx,
            ["packets", "errors", "dropped", "carrier", "collsns"],
            "TX errors:",
            &tx_err,
            ["aborted", "fifo", "window", "heartbt", "transns"],
        ),
    ];
    for (dir, vals, heads, err_title, errs, err_heads) in blocks {
        out.push_str(nl);
        out.push_str(&format!("    {dir}: "));
        pad(&mut out, cols[0] - 4, "bytes");
        for (i, h) in heads.iter().enumerate() {
            out.push(' ');
            pad(&mut out, cols[i + 1], h);
        }
        out.push(' ');
        pad(
            &mut out,
            cols[6],
            if vals[6] != 0 { "compressed" } else { "" },
        );
        out.push_str(nl);
        values(
            &mut out,
            if vals[6] != 0 { &vals[..] } else { &vals[..6] },
            0,
        );
        if level > 1 {
            out.push_str(nl);
            out.push_str(&format!("    {err_title}"));
            for (i, h) in err_heads.iter().enumerate() {
                out.push(' ');
                pad(&mut out, cols[i + 1], h);
            }
            out.push_str(nl);
            values(&mut out, &errs[..], 1);
        }
    }
    sink.text(&out)
}

fn stats_json<W: Write>(
    sink: &mut Sink<W>,
    s: &LinkStats,
    key: &str,
    level: u32,
    changes: u64,
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    sink.open_object(Mode::Json, Some("rx"))?;
    let mut rx = vec![
        ("bytes", s.rx_bytes()),
        ("packets", s.rx_packets()),
        ("errors", s.rx_errors()),
        ("dropped", s.rx_dropped()),
        ("over_errors", s.rx_over_errors()),
        ("multicast", s.multicast()),
    ];
    if s.rx_compressed() != 0 {
        rx.push(("compressed", s.rx_compressed()));
    }
    if level > 1 {
        rx.extend([
            ("length_errors", s.rx_length_errors()),
            ("crc_errors", s.rx_crc_errors()),
            ("frame_errors", s.rx_frame_errors()),
            ("fifo_errors", s.rx_fifo_errors()),
            ("missed_errors", s.rx_missed_errors()),
        ]);
    }
    if s.rx_nohandler() != 0 {
        rx.push(("nohandler", s.rx_nohandler()));
    }
    for (k, v) in rx {
        sink.number(Mode::Json, k, "", &v, "")?;
    }
    sink.close_object(Mode::Json)?;
    sink.open_object(Mode::Json, Some("tx"))?;
    let mut tx = vec![
        ("bytes", s.tx_bytes()),
        ("packets", s.tx_packets()),
        ("errors", s.tx_errors()),
        ("dropped", s.tx_dropped()),
        ("carrier_errors", s.tx_carrier_errors()),
        ("collisions", s.collisions()),
    ];
    if s.tx_compressed() != 0 {
        tx.push(("compressed", s.tx_compressed()));
    }
    if level > 1 {
        tx.extend([
            ("aborted_errors", s.tx_aborted_errors()),
            ("fifo_errors", s.tx_fifo_errors()),
            ("window_errors", s.tx_window_errors()),
            ("heartbeat_errors", s.tx_heartbeat_errors()),
            ("carrier_changes", changes),
        ]);
    }
    for (k, v) in tx {
        sink.number(Mode::Json, k, "", &v, "")?;
    }
    sink.close_object(Mode::Json)?;
    sink.close_object(Mode::Json)
}

/// How a per-kind option is printed.
#[derive(Debug, Clone, Copy)]
enum Field {
    U8,
    U16,
    U32,
    /// A `u64` number.
    U64,
    /// A `u8` printed `on`/`off` (JSON: a boolean).
    OnOff,
    /// `on`/`off` in text only.
    OnOffText,
    /// A `u64` of centiseconds, printed as seconds with two decimals.
    Timer,
    /// `struct ifla_bridge_id`.
    BridgeId,
    /// A hardware address.
    Mac,
    /// A `u16` in C's `%#x` (JSON: a string).
    Hex16,
    /// A `u16` as `0x%x`, text and JSON string.
    Hex16Str,
    /// Bit N of `IFLA_BR_MULTI_BOOLOPT` (`struct br_boolopt_multi`).
    BoolOpt(u32),
    /// A bridge port state name.
    PortState,
    /// A device index, printed as its name.
    Dev,
}

/// (text key, JSON key, attribute id, how).
type Row = (&'static str, &'static str, u16, Field);

/// `IFLA_BR_*` in the order `ip -d` prints them.
const BRIDGE: &[Row] = &[
    ("forward_delay", "forward_delay", 1, Field::U32),
    ("hello_time", "hello_time", 2, Field::U32),
    ("max_age", "max_age", 3, Field::U32),
    ("ageing_time", "ageing_time", 4, Field::U32),
    ("stp_state", "stp_state", 5, Field::U32),
    ("priority", "priority", 6, Field::U16),
    ("vlan_filtering", "vlan_filtering", 7, Field::U8),
    ("vlan_default_pvid", "vlan_default_pvid", 39, Field::U16),
    ("vlan_stats_enabled", "vlan_stats_enabled", 41, Field::U8),
    ("vlan_stats_per_port", "vlan_stats_per_port", 45, Field::U8),
    ("bridge_id", "bridge_id", 11, Field::BridgeId),
    ("designated_root", "root_id", 10, Field::BridgeId),
    ("root_port", "root_port", 12, Field::U16),
    ("root_path_cost", "root_path_cost", 13, Field::U32),
    ("topology_change", "topology_change", 14, Field::U8),
    (
        "topology_change_detected",
        "topology_change_detected",
        15,
        Field::U8,
    ),
    ("hello_timer", "hello_timer", 16, Field::Timer),
    ("tcn_timer", "tcn_timer", 17, Field::Timer),
    (
        "topology_change_timer",
        "topology_change_timer",
        18,
        Field::Timer,
    ),
    ("gc_timer", "gc_timer", 19, Field::Timer),
    ("group_fwd_mask", "group_fwd_mask", 9, Field::Hex16),
    ("group_address", "group_addr", 20, Field::Mac),
    ("mcast_snooping", "mcast_snooping", 23, Field::U8),
    (
        "no_linklocal_learn",
        "no_linklocal_learn",
        46,
        Field::BoolOpt(0),
    ),
    (
        "mcast_vlan_snooping",
        "mcast_vlan_snooping",
        46,
        Field::BoolOpt(1),
    ),
    ("mcast_router", "mcast_router", 22, Field::U8),
    (
        "mcast_query_use_ifaddr",
        "mcast_query_use_ifaddr",
        24,
        Field::U8,
    ),
    ("mcast_querier", "mcast_querier", 25, Field::U8),
    (
        "mcast_hash_elasticity",
        "mcast_hash_elasticity",
        26,
        Field::U32,
    ),
    ("mcast_hash_max", "mcast_hash_max", 27, Field::U32),
    (
        "mcast_last_member_count",
        "mcast_last_member_cnt",
        28,
        Field::U32,
    ),
    (
        "mcast_startup_query_count",
        "mcast_startup_query_cnt",
        29,
        Field::U32,
    ),
    (
        "mcast_last_member_interval",
        "mcast_last_member_intvl",
        30,
        Field::U64,
    ),
    (
        "mcast_membership_interval",
        "mcast_membership_intvl",
        31,
        Field::U64,
    ),
    (
        "mcast_querier_interval",
        "mcast_querier_intvl",
        32,
        Field::U64,
    ),
    ("mcast_query_interval", "mcast_query_intvl", 33, Field::U64),
    (
        "mcast_query_response_interval",
        "mcast_query_response_intvl",
        34,
        Field::U64,
    ),
    (
        "mcast_startup_query_interval",
        "mcast_startup_query_intvl",
        35,
        Field::U64,
    ),
    ("mcast_stats_enabled", "mcast_stats_enabled", 42, Field::U8),
    ("mcast_igmp_version", "mcast_igmp_version", 43, Field::U8),
    ("mcast_mld_version", "mcast_mld_version", 44, Field::U8),
    ("nf_call_iptables", "nf_call_iptables", 36, Field::U8),
    ("nf_call_ip6tables", "nf_call_ip6tables", 37, Field::U8),
    ("nf_call_arptables", "nf_call_arptables", 38, Field::U8),
];

/// `IFLA_BRPORT_*` in the order `ip -d` prints them.
const BRIDGE_PORT: &[Row] = &[
    ("state", "state", 1, Field::PortState),
    ("priority", "priority", 2, Field::U16),
    ("cost", "cost", 3, Field::U32),
    ("hairpin", "hairpin", 4, Field::OnOff),
    ("guard", "guard", 5, Field::OnOff),
    ("root_block", "root_block", 6, Field::OnOff),
    ("fastleave", "fastleave", 7, Field::OnOff),
    ("learning", "learning", 8, Field::OnOff),
    ("flood", "flood", 9, Field::OnOff),
    ("port_id", "id", 17, Field::Hex16),
    ("port_no", "no", 18, Field::Hex16),
    ("designated_port", "designated_port", 15, Field::U16),
    ("designated_cost", "designated_cost", 16, Field::U16),
    ("designated_bridge", "bridge_id", 14, Field::BridgeId),
    ("designated_root", "root_id", 13, Field::BridgeId),
    ("hold_timer", "hold_timer", 23, Field::Timer),
    ("message_age_timer", "message_age_timer", 21, Field::Timer),
    (
        "forward_delay_timer",
        "forward_delay_timer",
        22,
        Field::Timer,
    ),
    ("topology_change_ack", "topology_change_ack", 19, Field::U8),
    ("config_pending", "config_pending", 20, Field::U8),
    ("proxy_arp", "proxy_arp", 10, Field::OnOff),
    ("proxy_arp_wifi", "proxy_arp_wifi", 12, Field::OnOff),
    ("mcast_router", "multicast_router", 25, Field::U8),
    ("mcast_fast_leave", "", 7, Field::OnOffText),
    ("mcast_flood", "mcast_flood", 27, Field::OnOff),
    ("bcast_flood", "bcast_flood", 30, Field::OnOff),
    ("mcast_to_unicast", "mcast_to_unicast", 28, Field::OnOff),
    ("neigh_suppress", "neigh_suppress", 32, Field::OnOff),
    ("group_fwd_mask", "group_fwd_mask", 31, Field::Hex16),
    (
        "group_fwd_mask_str",
        "group_fwd_mask_str",
        31,
        Field::Hex16Str,
    ),
    ("vlan_tunnel", "vlan_tunnel", 29, Field::OnOff),
    ("isolated", "isolated", 33, Field::OnOff),
    ("locked", "locked", 39, Field::OnOff),
    ("backup_port", "backup_port", 34, Field::Dev),
];

/// C's `%#x`: `0` for zero, `0x..` otherwise.
fn c_hex(v: u16) -> String {
    if v == 0 {
        "0".to_owned()
    } else {
        format!("{v:#x}")
    }
}

fn print_table<W: Write>(
    sink: &mut Sink<W>,
    o: &Options,
    links: &names::Links,
    key: &str,
    rows: &[Row],
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    for &(text, json, id, how) in rows {
        let prefix = format!("{text} ");
        match how {
            Field::U8 => {
                if let Some(v) = o.u8(id) {
                    sink.number(Mode::Any, json, &prefix, &v, " ")?;
                }
            }
            Field::U16 => {
                if let Some(v) = o.u16_ne(id) {
                    sink.number(Mode::Any, json, &prefix, &v, " ")?;
                }
            }
            Field::U32 => {
                if let Some(v) = o.u32_ne(id) {
                    sink.number(Mode::Any, json, &prefix, &v, " ")?;
                }
            }
            Field::U64 => {
                if let Some(v) = o.u64_ne(id) {
                    sink.number(Mode::Any, json, &prefix, &v, " ")?;
                }
            }
            Field::OnOff => {
                if let Some(v) = o.u8(id) {
                    on_off(sink, json, text, v != 0)?;
                }
            }
            Field::OnOffText => {
                if let Some(v) = o.u8(id) {
                    if !sink.is_json() {
                        on_off(sink, json, text, v != 0)?;
                    }
                }
            }
            Field::Timer => {
                if let Some(v) = o.u64_ne(id) {
                    let secs = v as f64 / 100.0;
                    sink.number(Mode::Json, json, "", &format!("{secs:.2}"), "")?;
                    sink.text(&format!("{text} {secs:7.2} "))?;
                }
            }
            Field::BridgeId => {
                if let Some(b) = o.get(id).filter(|b| b.len() == 8) {
                    let v = format!(
                        "{:02x}{:02x}.{:x}:{:x}:{:x}:{:x}:{:x}:{:x}",
                        b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]
                    );
                    sink.string(Mode::Any, json, &prefix, &v, " ")?;
                }
            }
            Field::Mac => {
                if let Some(a) = o.get(id) {
                    sink.string(Mode::Any, json, &prefix, &lladdr(1, a), " ")?;
                }
            }
            Field::Hex16 => {
                if let Some(v) = o.u16_ne(id) {
                    sink.string(Mode::Any, json, &prefix, &c_hex(v), " ")?;
                }
            }
            Field::Hex16Str => {
                if let Some(v) = o.u16_ne(id) {
                    sink.string(Mode::Any, json, &prefix, &format!("0x{v:x}"), " ")?;
                }
            }
            Field::BoolOpt(bit) => {
                if let Some(b) = o.get(id).filter(|b| b.len() == 8) {
                    let val = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
                    sink.number(Mode::Any, json, &prefix, &((val >> bit) & 1), " ")?;
                }
            }
            Field::PortState => {
                if let Some(v) = o.u8(id) {
                    let name = match v {
                        0 => "disabled".to_owned(),
                        1 => "listening".to_owned(),
                        2 => "learning".to_owned(),
                        3 => "forwarding".to_owned(),
                        4 => "blocking".to_owned(),
                        n => n.to_string(),
                    };
                    sink.string(Mode::Any, json, &prefix, &name, " ")?;
                }
            }
            Field::Dev => {
                if let Some(v) = o.u32_ne(id) {
                    sink.string(Mode::Any, json, &prefix, &links.cached(v), " ")?;
                }
            }
        }
    }
    sink.close_object(Mode::Json)
}
