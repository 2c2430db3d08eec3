//! `nlip link`: show and list, with iproute2 6.1's selectors and its text, oneline, brief,
//! details, statistics and JSON output.

pub mod change;

use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names::{self, NameTable};
use crate::render::{Color, Mode, Render, Sink};
use nlkit::rtnl::link::attrs::{
    IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_RANDOM,
    IN6_ADDR_GEN_MODE_STABLE_PRIVACY, RTEXT_FILTER_VF,
};
use nlkit::rtnl::link::kinds::bridge::attrs::{
    BR_BOOLOPT_MCAST_VLAN_SNOOPING, BR_BOOLOPT_NO_LL_LEARN,
};
use nlkit::rtnl::link::kinds::macvlan::attrs::{MACVLAN_FLAG_NODST, MACVLAN_FLAG_NOPROMISC};
use nlkit::rtnl::link::kinds::{
    Bridge, BridgePort, LinkKind, Macvlan, MacvlanMode, PortKind, PortState, Tun, TunType, Vxlan,
};
use nlkit::rtnl::link::{
    Link, LinkFilter, LinkFlags, LinkInfo, LinkMode, LinkQuery, LinkStats, OperState,
};
use nlkit::rtnl::{self, Filter};
use nlkit::wire::rtnl::BridgeId;
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
                Some(master) => l.port_kind() == Some(master),
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
    use crate::ip::link::change::{self, Op};
    for (c, op) in [
        ("add", Op::Add),
        ("set", Op::Set),
        ("change", Op::Set),
        ("replace", Op::Replace),
        ("delete", Op::Delete),
    ] {
        if matches(cmd, c) {
            return change::modify(ctx, args, op);
        }
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if matches(cmd, "property") {
        return change::property(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip link help\"."
    )))
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
                return Err(Failure::usage(HELP));
            }
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
fn vrf_link(ctx: &mut Context, name: &str) -> Option<Link> {
    rtnl::get(&mut ctx.conn, &LinkQuery::by_name(name))
        .ok()
        .filter(|l| l.kind() == Some("vrf"))
}

/// The index of the VRF device `name` (selector `vrf NAME`), or ip's error.
pub(crate) fn vrf_index(ctx: &mut Context, name: &str) -> Result<u32, Failure> {
    let vrf = vrf_link(ctx, name).ok_or_else(|| invalid_arg("Not a valid VRF name", name))?;
    Ok(vrf.index)
}

/// The routing table of the VRF device `name` (`IFLA_VRF_TABLE`), if it is one.
pub(crate) fn vrf_table(ctx: &mut Context, name: &str) -> Option<u32> {
    match vrf_link(ctx, name)?.kind_data()? {
        LinkKind::Vrf(v) => v.table,
        _ => None,
    }
}

/// True when the selectors that iproute2 applies in user space keep `l`.
fn keeps(s: &Show, l: &Link) -> bool {
    (!s.up || l.flags.contains(LinkFlags::UP)) && s.sel.keeps(l)
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
        let query = LinkQuery {
            ext_mask: Some(RTEXT_FILTER_VF),
            ..LinkQuery::by_name(dev)
        };
        let l = rtnl::get(&mut ctx.conn, &query).map_err(|e| match e.errno() {
            Some(19) => Failure::failed(format!("Device \"{dev}\" does not exist.")),
            _ => diag::dump(&e),
        })?;
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_list()?;
        return Ok(());
    }
    let filter = KernelSide(LinkFilter {
        master: s.sel.master,
        kind: s.sel.kind.clone().filter(|k| !k.ends_with("_slave")),
        ext_mask: Some(RTEXT_FILTER_VF),
        ..Default::default()
    });
    let dump = rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))?;
    for l in dump {
        let l = match l {
            Ok(l) => l,
            // A link that cannot be read is skipped, as ip skips it.
            Err(nlkit::engine::Error::Decode(_)) => continue,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// A link filter applied by the kernel alone: ip sends `master` and `type` in the dump
/// request, and the kernel ignores a kind it does not know; ip's own selectors ([`keeps`])
/// then leave an empty JSON object for every link they drop, so nothing is dropped here.
#[derive(Debug, Clone)]
struct KernelSide(LinkFilter);

impl Filter for KernelSide {
    type Object = Link;

    fn request(&self) -> nlkit::wire::MessageBuilder {
        self.0.request()
    }

    fn matches(&self, _: &Link) -> bool {
        true
    }
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
const FLAG_NAMES: &[(LinkFlags, &str)] = &[
    (LinkFlags::LOOPBACK, "LOOPBACK"),
    (LinkFlags::BROADCAST, "BROADCAST"),
    (LinkFlags::POINTOPOINT, "POINTOPOINT"),
    (LinkFlags::MULTICAST, "MULTICAST"),
    (LinkFlags::NOARP, "NOARP"),
    (LinkFlags::ALLMULTI, "ALLMULTI"),
    (LinkFlags::PROMISC, "PROMISC"),
    (LinkFlags::NOTRAILERS, "NOTRAILERS"),
    (LinkFlags::DEBUG, "DEBUG"),
    (LinkFlags::DYNAMIC, "DYNAMIC"),
    (LinkFlags::AUTOMEDIA, "AUTOMEDIA"),
    (LinkFlags::PORTSEL, "PORTSEL"),
    (LinkFlags::MASTER, "MASTER"),
    (LinkFlags::SLAVE, "SLAVE"),
    (LinkFlags::UP, "UP"),
    (LinkFlags::LOWER_UP, "LOWER_UP"),
    (LinkFlags::DORMANT, "DORMANT"),
    (LinkFlags::ECHO, "ECHO"),
];

/// True when the lower device (`IFLA_LINK`) of `l` is known and down (iproute2's `M-DOWN`).
fn lower_down(l: &Link, links: &names::Links) -> bool {
    match (l.link, l.link_netnsid) {
        (Some(i), None) if i != 0 => links
            .flags(i)
            .is_some_and(|f| !LinkFlags(f).contains(LinkFlags::UP)),
        _ => false,
    }
}

fn print_flags<W: Write>(sink: &mut Sink<W>, flags: LinkFlags, mdown: bool) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("flags"))?;
    sink.text("<")?;
    let mut first = true;
    let mut sep = |sink: &mut Sink<W>| {
        if !first {
            let _ = sink.text(",");
        }
        first = false;
    };
    let mut rest = flags.without(LinkFlags::RUNNING);
    if flags.contains(LinkFlags::UP) && !flags.contains(LinkFlags::RUNNING) {
        sep(sink);
        sink.string(Mode::Any, "", "", "NO-CARRIER", "")?;
    }
    for &(bit, name) in FLAG_NAMES {
        if flags.contains(bit) {
            sep(sink);
            sink.string(Mode::Any, "", "", name, "")?;
            rest = rest.without(bit);
        }
    }
    if mdown {
        sep(sink);
        sink.string(Mode::Any, "", "", "M-DOWN", "")?;
    }
    if !rest.is_empty() {
        sep(sink);
        sink.string(Mode::Any, "", "", &format!("{:x}", rest.bits()), "")?;
    }
    sink.text("> ")?;
    sink.close_array(Mode::Json)
}

/// The name ip prints for an operational state (nothing for a value it has no name for).
fn operstate(s: OperState) -> &'static str {
    s.name().unwrap_or("")
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
    let state = operstate(l.operstate.unwrap_or_default());
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
        let a = lladdr(l.link_type.into(), a);
        sink.colored(Mode::Any, "address", "", &a, " ", Color::Mac)?;
    }
    print_flags(sink, l.flags, lower_down(l, links))?;
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
    sink.number(Mode::Any, "ifindex", "", &l.index, ": ")?;
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
    print_flags(sink, l.flags, lower_down(l, links))?;
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
            LinkMode::Default => "DEFAULT".to_owned(),
            LinkMode::Dormant => "DORMANT".to_owned(),
            LinkMode::Testing => "TESTING".to_owned(),
            LinkMode::Other(n) => n.to_string(),
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
    let t = u16::from(l.link_type);
    if style.link_line {
        match link_type(t).filter(|_| !names::numeric()) {
            Some(n) => sink.string(Mode::Any, "link_type", "    link/", n, " ")?,
            None => sink.string(Mode::Any, "link_type", "    link/[", &t.to_string(), "] ")?,
        }
        if let Some(a) = &l.address {
            sink.colored(Mode::Any, "address", "", &lladdr(t, a), "", Color::Mac)?;
            if let Some(b) = &l.broadcast {
                let brd = if l.flags.contains(LinkFlags::POINTOPOINT) {
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
        print_link_info(sink, info, links, nl)?;
    }
    if let Some(m) = l.af_spec.as_ref().and_then(|a| a.inet6_addr_gen_mode) {
        let name = match m {
            IN6_ADDR_GEN_MODE_EUI64 => "eui64".to_owned(),
            IN6_ADDR_GEN_MODE_NONE => "none".to_owned(),
            IN6_ADDR_GEN_MODE_STABLE_PRIVACY => "stable_secret".to_owned(),
            IN6_ADDR_GEN_MODE_RANDOM => "random".to_owned(),
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

/// `linkinfo`: the kind and its data, and for a port the master's kind and the port
/// options, as `ip -d` prints them.
fn print_link_info<W: Write>(
    sink: &mut Sink<W>,
    info: &LinkInfo,
    links: &names::Links,
    nl: &str,
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some("linkinfo"))?;
    if let Some(k) = &info.kind {
        sink.text(nl)?;
        sink.string(Mode::Any, "info_kind", "    ", k, " ")?;
        // ip prints the data only when the kernel sent a data nest.
        if let Some(kind) = info.kind_data().filter(|_| info.data.is_some()) {
            print_kind(sink, &kind, links, "info_data")?;
        }
    }
    if let Some(k) = &info.port_kind {
        sink.text(nl)?;
        sink.string(Mode::Json, "info_slave_kind", "", k, "")?;
        sink.text(&format!("    {k}_slave "))?;
        if let Some(PortKind::Bridge(p)) = info.port().filter(|_| info.port_data.is_some()) {
            print_rows(sink, links, "info_slave_data", &bridge_port_rows(&p))?;
        }
    }
    sink.close_object(Mode::Json)
}

fn on_off<W: Write>(sink: &mut Sink<W>, key: &str, text: &str, v: bool) -> io::Result<()> {
    if sink.is_json() {
        sink.number(Mode::Json, key, "", if v { "true" } else { "false" }, "")
    } else {
        sink.text(&format!("{text} {} ", if v { "on" } else { "off" }))
    }
}

/// The data of the kinds nlip knows, as `ip -d` prints it (the JSON object `key`).
fn print_kind<W: Write>(
    sink: &mut Sink<W>,
    kind: &LinkKind,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    match kind {
        LinkKind::Macvlan(m) | LinkKind::Macvtap(m) => print_macvlan(sink, m, key),
        LinkKind::Tun(t) => print_tun(sink, t, key),
        LinkKind::Vxlan(v) => print_vxlan(sink, v, links, key),
        LinkKind::Bridge(b) => print_rows(sink, links, key, &bridge_rows(b)),
        LinkKind::BridgePort(p) => print_rows(sink, links, key, &bridge_port_rows(p)),
        _ => Ok(()),
    }
}

fn print_macvlan<W: Write>(sink: &mut Sink<W>, m: &Macvlan, key: &str) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    if let Some(mode) = m.mode {
        let name = match mode {
            MacvlanMode::Private => "private".to_owned(),
            MacvlanMode::Vepa => "vepa".to_owned(),
            MacvlanMode::Bridge => "bridge".to_owned(),
            MacvlanMode::Passthru => "passthru".to_owned(),
            MacvlanMode::Source => "source".to_owned(),
            MacvlanMode::Other(n) => n.to_string(),
        };
        sink.string(Mode::Any, "mode", "mode ", &name, " ")?;
    }
    let flags = m.flags.unwrap_or(0);
    if flags & MACVLAN_FLAG_NOPROMISC != 0 {
        sink.null(Mode::Any, "nopromisc", "nopromisc ")?;
    }
    if flags & MACVLAN_FLAG_NODST != 0 {
        sink.null(Mode::Any, "nodst", "nodst ")?;
    }
    if let Some(q) = m.bc_queue_len {
        sink.number(Mode::Any, "bcqueuelen", "bcqueuelen ", &q, " ")?;
    }
    if let Some(q) = m.bc_queue_len_used {
        sink.number(Mode::Any, "usedbcqueuelen", "usedbcqueuelen ", &q, " ")?;
    }
    let source = m.mode == Some(MacvlanMode::Source);
    if let Some(n) = m.macaddr_count.filter(|_| source) {
        sink.number(Mode::Any, "macaddr_count", "remotes (", &n, ") ")?;
    }
    sink.close_object(Mode::Json)
}

fn print_tun<W: Write>(sink: &mut Sink<W>, t: &Tun, key: &str) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    if let Some(ty) = t.tun_type {
        let name = match ty {
            TunType::Tun => "tun".to_owned(),
            TunType::Tap => "tap".to_owned(),
            TunType::Other(n) => format!("UNKNOWN:{n}"),
        };
        sink.string(Mode::Any, "type", "type ", &name, " ")?;
    }
    if let Some(pi) = t.pi {
        on_off(sink, "pi", "pi", pi)?;
    }
    if let Some(v) = t.vnet_hdr {
        on_off(sink, "vnet_hdr", "vnet_hdr", v)?;
    }
    if let Some(mq) = t.multi_queue {
        if sink.is_json() {
            on_off(sink, "multi_queue", "", mq)?;
        } else if mq {
            sink.text("multi_queue ")?;
        }
        if mq {
            if let Some(n) = t.num_queues {
                sink.number(Mode::Any, "numqueues", "numqueues ", &n, " ")?;
            }
            if let Some(n) = t.num_disabled_queues {
                sink.number(Mode::Any, "numdisabled", "numdisabled ", &n, " ")?;
            }
        }
    }
    if let Some(p) = t.persist {
        on_off(sink, "persist", "persist", p)?;
    }
    let user = t.owner.map(|v| (v, names::user_name(v)));
    let group = t.group.map(|v| (v, names::group_name(v)));
    for (k, owner) in [("user", user), ("group", group)] {
        if let Some((v, name)) = owner {
            let prefix = format!("{k} ");
            match name {
                Some(n) => sink.string(Mode::Any, k, &prefix, &n, " ")?,
                None => sink.number(Mode::Any, k, &prefix, &v, " ")?,
            }
        }
    }
    sink.close_object(Mode::Json)
}

fn print_vxlan<W: Write>(
    sink: &mut Sink<W>,
    v: &Vxlan,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    if v.collect_metadata == Some(true) {
        json_true_or_text(sink, "external", "external ")?;
    }
    if let Some(id) = v.id {
        sink.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    print_vxlan_addresses(sink, v, links)?;
    if let Some(l) = v.learning {
        if sink.is_json() {
            on_off(sink, "learning", "", l)?;
        } else if !l {
            sink.text("nolearning ")?;
        }
    }
    for (on, k) in [
        (v.proxy, "proxy"),
        (v.rsc, "rsc"),
        (v.l2miss, "l2miss"),
        (v.l3miss, "l3miss"),
    ] {
        if on == Some(true) {
            sink.flag(Mode::Any, k, k, " ")?;
        }
    }
    print_vxlan_ip_options(sink, v)?;
    for (on, k, text) in [
        (v.udp_csum, "udp_csum", "udpcsum "),
        (v.udp_zero_csum6_tx, "udp_zero_csum6_tx", "udp6zerocsumtx "),
        (v.udp_zero_csum6_rx, "udp_zero_csum6_rx", "udp6zerocsumrx "),
    ] {
        if let Some(on) = on {
            if sink.is_json() {
                on_off(sink, k, "", on)?;
            } else {
                if !on {
                    sink.text("no")?;
                }
                sink.text(text)?;
            }
        }
    }
    for (on, k, text) in [
        (v.remcsum_tx == Some(true), "remcsum_tx", "remcsumtx "),
        (v.remcsum_rx == Some(true), "remcsum_rx", "remcsumrx "),
        (v.gbp.is_some(), "gbp", "gbp "),
        (v.gpe.is_some(), "gpe", "gpe "),
    ] {
        if on {
            json_true_or_text(sink, k, text)?;
        }
    }
    sink.close_object(Mode::Json)
}

/// An option that is only printed when on: `true` in JSON, `text` otherwise.
fn json_true_or_text<W: Write>(sink: &mut Sink<W>, key: &str, text: &str) -> io::Result<()> {
    if sink.is_json() {
        on_off(sink, key, "", true)
    } else {
        sink.text(text)
    }
}

/// The vxlan's remote or group, local address, device and ports.
fn print_vxlan_addresses<W: Write>(
    sink: &mut Sink<W>,
    v: &Vxlan,
    links: &names::Links,
) -> io::Result<()> {
    if let Some(g) = v.remote().filter(|g| !g.is_unspecified()) {
        let k = if g.is_multicast() { "group" } else { "remote" };
        let json = if g.is_ipv6() {
            format!("{k}6")
        } else {
            k.to_owned()
        };
        sink.string(Mode::Any, &json, &format!("{k} "), &g.to_string(), " ")?;
    }
    if let Some(a) = v.local_address().filter(|a| !a.is_unspecified()) {
        let json = if a.is_ipv6() { "local6" } else { "local" };
        sink.string(Mode::Any, json, "local ", &a.to_string(), " ")?;
    }
    if let Some(d) = v.link.filter(|&d| d != 0) {
        sink.string(Mode::Any, "link", "dev ", &links.cached(d), " ")?;
    }
    if let Some(r) = v.port_range {
        sink.open_object(Mode::Json, Some("port_range"))?;
        sink.number(Mode::Any, "low", "srcport ", &r.low.0, " ")?;
        sink.number(Mode::Any, "high", "", &r.high.0, " ")?;
        sink.close_object(Mode::Json)?;
    }
    if let Some(p) = v.port {
        sink.number(Mode::Any, "port", "dstport ", &p, " ")?;
    }
    Ok(())
}

/// The vxlan's outer IP header options, the flow label, ageing and address limit.
fn print_vxlan_ip_options<W: Write>(sink: &mut Sink<W>, v: &Vxlan) -> io::Result<()> {
    if let Some(t) = v.tos.filter(|&t| t != 0) {
        sink.string(Mode::Json, "tos", "", &format!("{t:#x}"), "")?;
        if t == 1 {
            sink.text("tos inherit ")?;
        } else {
            sink.text(&format!("tos {t:#x} "))?;
        }
    }
    if let Some(t) = v.ttl {
        sink.number(Mode::Json, "ttl", "", &t, "")?;
        if t == 0 {
            sink.text("ttl auto ")?;
        } else {
            sink.text(&format!("ttl {t} "))?;
        }
    }
    if let Some(df) = v.df {
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
    if let Some(l) = v.label.filter(|&l| l != 0) {
        sink.string(Mode::Any, "label", "flowlabel ", &format!("{l:#x}"), " ")?;
    }
    if let Some(a) = v.ageing {
        sink.number(Mode::Any, "ageing", "ageing ", &a, " ")?;
    }
    if let Some(m) = v.limit.filter(|&m| m != 0) {
        sink.number(Mode::Any, "limit", "maxaddr ", &m, " ")?;
    }
    Ok(())
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

/// A per-kind option's value, as `ip -d` prints it (`None`: the kernel did not send it).
#[derive(Debug, Clone, Copy)]
enum Val<'a> {
    /// A number.
    Num(Option<u64>),
    /// `on`/`off` (JSON: a boolean).
    OnOff(Option<bool>),
    /// `on`/`off` in text only.
    OnOffText(Option<bool>),
    /// Centiseconds, printed as seconds with two decimals.
    Timer(Option<u64>),
    /// A bridge identifier.
    BridgeId(Option<BridgeId>),
    /// A hardware address.
    Mac(Option<&'a [u8]>),
    /// C's `%#x` (JSON: a string).
    Hex16(Option<u16>),
    /// `0x%x`, text and JSON string.
    Hex16Str(Option<u16>),
    /// A bridge port state.
    PortState(Option<PortState>),
    /// A device index, printed as its name.
    Dev(Option<u32>),
}

/// A number of any width.
fn num<T: Into<u64>>(v: Option<T>) -> Val<'static> {
    Val::Num(v.map(Into::into))
}

/// (text key, JSON key, value).
type Row<'a> = (&'static str, &'static str, Val<'a>);

/// A bridge's options in the order `ip -d` prints them.
fn bridge_rows(b: &Bridge) -> Vec<Row<'_>> {
    let boolopt = |bit| num(b.boolopt(bit).map(u8::from));
    vec![
        ("forward_delay", "forward_delay", num(b.forward_delay)),
        ("hello_time", "hello_time", num(b.hello_time)),
        ("max_age", "max_age", num(b.max_age)),
        ("ageing_time", "ageing_time", num(b.ageing_time)),
        ("stp_state", "stp_state", num(b.stp_state)),
        ("priority", "priority", num(b.priority)),
        ("vlan_filtering", "vlan_filtering", num(b.vlan_filtering)),
        (
            "vlan_default_pvid",
            "vlan_default_pvid",
            num(b.vlan_default_pvid),
        ),
        (
            "vlan_stats_enabled",
            "vlan_stats_enabled",
            num(b.vlan_stats_enabled),
        ),
        (
            "vlan_stats_per_port",
            "vlan_stats_per_port",
            num(b.vlan_stats_per_port),
        ),
        ("bridge_id", "bridge_id", Val::BridgeId(b.bridge_id)),
        ("designated_root", "root_id", Val::BridgeId(b.root_id)),
        ("root_port", "root_port", num(b.root_port)),
        ("root_path_cost", "root_path_cost", num(b.root_path_cost)),
        ("topology_change", "topology_change", num(b.topology_change)),
        (
            "topology_change_detected",
            "topology_change_detected",
            num(b.topology_change_detected),
        ),
        ("hello_timer", "hello_timer", Val::Timer(b.hello_timer)),
        ("tcn_timer", "tcn_timer", Val::Timer(b.tcn_timer)),
        (
            "topology_change_timer",
            "topology_change_timer",
            Val::Timer(b.topology_change_timer),
        ),
        ("gc_timer", "gc_timer", Val::Timer(b.gc_timer)),
        (
            "group_fwd_mask",
            "group_fwd_mask",
            Val::Hex16(b.group_fwd_mask),
        ),
        (
            "group_address",
            "group_addr",
            Val::Mac(b.group_addr.as_deref()),
        ),
        ("mcast_snooping", "mcast_snooping", num(b.mcast_snooping)),
        (
            "no_linklocal_learn",
            "no_linklocal_learn",
            boolopt(BR_BOOLOPT_NO_LL_LEARN),
        ),
        (
            "mcast_vlan_snooping",
            "mcast_vlan_snooping",
            boolopt(BR_BOOLOPT_MCAST_VLAN_SNOOPING),
        ),
        ("mcast_router", "mcast_router", num(b.mcast_router)),
        (
            "mcast_query_use_ifaddr",
            "mcast_query_use_ifaddr",
            num(b.mcast_query_use_ifaddr),
        ),
        ("mcast_querier", "mcast_querier", num(b.mcast_querier)),
        (
            "mcast_hash_elasticity",
            "mcast_hash_elasticity",
            num(b.mcast_hash_elasticity),
        ),
        ("mcast_hash_max", "mcast_hash_max", num(b.mcast_hash_max)),
        (
            "mcast_last_member_count",
            "mcast_last_member_cnt",
            num(b.mcast_last_member_cnt),
        ),
        (
            "mcast_startup_query_count",
            "mcast_startup_query_cnt",
            num(b.mcast_startup_query_cnt),
        ),
        (
            "mcast_last_member_interval",
            "mcast_last_member_intvl",
            num(b.mcast_last_member_intvl),
        ),
        (
            "mcast_membership_interval",
            "mcast_membership_intvl",
            num(b.mcast_membership_intvl),
        ),
        (
            "mcast_querier_interval",
            "mcast_querier_intvl",
            num(b.mcast_querier_intvl),
        ),
        (
            "mcast_query_interval",
            "mcast_query_intvl",
            num(b.mcast_query_intvl),
        ),
        (
            "mcast_query_response_interval",
            "mcast_query_response_intvl",
            num(b.mcast_query_response_intvl),
        ),
        (
            "mcast_startup_query_interval",
            "mcast_startup_query_intvl",
            num(b.mcast_startup_query_intvl),
        ),
        (
            "mcast_stats_enabled",
            "mcast_stats_enabled",
            num(b.mcast_stats_enabled),
        ),
        (
            "mcast_igmp_version",
            "mcast_igmp_version",
            num(b.mcast_igmp_version),
        ),
        (
            "mcast_mld_version",
            "mcast_mld_version",
            num(b.mcast_mld_version),
        ),
        (
            "nf_call_iptables",
            "nf_call_iptables",
            num(b.nf_call_iptables),
        ),
        (
            "nf_call_ip6tables",
            "nf_call_ip6tables",
            num(b.nf_call_ip6tables),
        ),
        (
            "nf_call_arptables",
            "nf_call_arptables",
            num(b.nf_call_arptables),
        ),
    ]
}

/// A bridge port's options in the order `ip -d` prints them.
fn bridge_port_rows(p: &BridgePort) -> Vec<Row<'_>> {
    vec![
        ("state", "state", Val::PortState(p.state)),
        ("priority", "priority", num(p.priority)),
        ("cost", "cost", num(p.cost)),
        ("hairpin", "hairpin", Val::OnOff(p.hairpin)),
        ("guard", "guard", Val::OnOff(p.guard)),
        ("root_block", "root_block", Val::OnOff(p.root_block)),
        ("fastleave", "fastleave", Val::OnOff(p.fast_leave)),
        ("learning", "learning", Val::OnOff(p.learning)),
        ("flood", "flood", Val::OnOff(p.flood)),
        ("port_id", "id", Val::Hex16(p.id)),
        ("port_no", "no", Val::Hex16(p.number)),
        ("designated_port", "designated_port", num(p.designated_port)),
        ("designated_cost", "designated_cost", num(p.designated_cost)),
        ("designated_bridge", "bridge_id", Val::BridgeId(p.bridge_id)),
        ("designated_root", "root_id", Val::BridgeId(p.root_id)),
        ("hold_timer", "hold_timer", Val::Timer(p.hold_timer)),
        (
            "message_age_timer",
            "message_age_timer",
            Val::Timer(p.message_age_timer),
        ),
        (
            "forward_delay_timer",
            "forward_delay_timer",
            Val::Timer(p.forward_delay_timer),
        ),
        (
            "topology_change_ack",
            "topology_change_ack",
            num(p.topology_change_ack),
        ),
        ("config_pending", "config_pending", num(p.config_pending)),
        ("proxy_arp", "proxy_arp", Val::OnOff(p.proxy_arp)),
        (
            "proxy_arp_wifi",
            "proxy_arp_wifi",
            Val::OnOff(p.proxy_arp_wifi),
        ),
        ("mcast_router", "multicast_router", num(p.multicast_router)),
        ("mcast_fast_leave", "", Val::OnOffText(p.fast_leave)),
        ("mcast_flood", "mcast_flood", Val::OnOff(p.mcast_flood)),
        ("bcast_flood", "bcast_flood", Val::OnOff(p.bcast_flood)),
        (
            "mcast_to_unicast",
            "mcast_to_unicast",
            Val::OnOff(p.mcast_to_unicast),
        ),
        (
            "neigh_suppress",
            "neigh_suppress",
            Val::OnOff(p.neigh_suppress),
        ),
        (
            "group_fwd_mask",
            "group_fwd_mask",
            Val::Hex16(p.group_fwd_mask),
        ),
        (
            "group_fwd_mask_str",
            "group_fwd_mask_str",
            Val::Hex16Str(p.group_fwd_mask),
        ),
        ("vlan_tunnel", "vlan_tunnel", Val::OnOff(p.vlan_tunnel)),
        ("isolated", "isolated", Val::OnOff(p.isolated)),
        ("locked", "locked", Val::OnOff(p.locked)),
        ("backup_port", "backup_port", Val::Dev(p.backup_port)),
    ]
}

/// C's `%#x`: `0` for zero, `0x..` otherwise.
fn c_hex(v: u16) -> String {
    if v == 0 {
        "0".to_owned()
    } else {
        format!("{v:#x}")
    }
}

/// The name ip gives a bridge port state (the number for others).
fn port_state(s: PortState) -> String {
    match s {
        PortState::Disabled => "disabled".to_owned(),
        PortState::Listening => "listening".to_owned(),
        PortState::Learning => "learning".to_owned(),
        PortState::Forwarding => "forwarding".to_owned(),
        PortState::Blocking => "blocking".to_owned(),
        PortState::Other(n) => n.to_string(),
    }
}

/// A bridge identifier as ip prints it: the priority's two bytes, then the address.
fn bridge_id(b: &BridgeId) -> String {
    let a = b.addr;
    format!(
        "{:02x}{:02x}.{:x}:{:x}:{:x}:{:x}:{:x}:{:x}",
        b.prio[0], b.prio[1], a[0], a[1], a[2], a[3], a[4], a[5]
    )
}

/// Prints the rows that have a value, in the JSON object `key`.
fn print_rows<W: Write>(
    sink: &mut Sink<W>,
    links: &names::Links,
    key: &str,
    rows: &[Row<'_>],
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    for &(text, json, v) in rows {
        print_row(sink, links, text, json, v)?;
    }
    sink.close_object(Mode::Json)
}

fn print_row<W: Write>(
    sink: &mut Sink<W>,
    links: &names::Links,
    text: &str,
    json: &str,
    v: Val<'_>,
) -> io::Result<()> {
    let prefix = format!("{text} ");
    match v {
        Val::Num(Some(n)) => sink.number(Mode::Any, json, &prefix, &n, " "),
        Val::OnOff(Some(on)) => on_off(sink, json, text, on),
        Val::OnOffText(Some(on)) if !sink.is_json() => on_off(sink, json, text, on),
        Val::Timer(Some(t)) => {
            let secs = t as f64 / 100.0;
            sink.number(Mode::Json, json, "", &format!("{secs:.2}"), "")?;
            sink.text(&format!("{text} {secs:7.2} "))
        }
        Val::BridgeId(Some(b)) => sink.string(Mode::Any, json, &prefix, &bridge_id(&b), " "),
        Val::Mac(Some(a)) => sink.string(Mode::Any, json, &prefix, &lladdr(1, a), " "),
        Val::Hex16(Some(h)) => sink.string(Mode::Any, json, &prefix, &c_hex(h), " "),
        Val::Hex16Str(Some(h)) => sink.string(Mode::Any, json, &prefix, &format!("0x{h:x}"), " "),
        Val::PortState(Some(s)) => sink.string(Mode::Any, json, &prefix, &port_state(s), " "),
        Val::Dev(Some(d)) => sink.string(Mode::Any, json, &prefix, &links.cached(d), " "),
        _ => Ok(()),
    }
}
