//! The link printer shared by `link show`, `address show`, `monitor` and `-echo`: the
//! first line (index, name, flags, mtu, qdisc, master, state, mode, group, qlen), the
//! `link/TYPE` line, the details of `-d` (with the kind's data), the statistics of `-s` and
//! the alternative names; and the brief table of `-br`.

use crate::ip::link::hwaddr::{link_type, lladdr};
use crate::ip::link::kinds;
use crate::ip::link::stats::print_stats;
use crate::names::{self, NameTable};
use crate::render::{Color, Mode, Render, Sink};
use nlkit::rtnl::link::attrs::{
    IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_RANDOM,
    IN6_ADDR_GEN_MODE_STABLE_PRIVACY,
};
use nlkit::rtnl::link::{Link, LinkFlags, LinkInfo, LinkMode, OperState};
use std::io::{self, Write};

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

/// A device's lower device as iproute2 prints it (`NAME@LINK`, `M-DOWN`): `IFLA_LINK`, and
/// whether it is in another namespace (`IFLA_LINK_NETNSID` present). `ip link` and
/// `bridge link` share it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LinkRef {
    /// `IFLA_LINK`.
    pub link: Option<u32>,
    /// `IFLA_LINK_NETNSID` is present.
    pub other_netns: bool,
}

impl LinkRef {
    fn of(l: &Link) -> LinkRef {
        LinkRef {
            link: l.link,
            other_netns: l.link_netnsid.is_some(),
        }
    }
}

/// True when the lower device of `r` is known and down (iproute2's `M-DOWN`).
pub(crate) fn lower_down(r: LinkRef, links: &names::Links) -> bool {
    match (r.link, r.other_netns) {
        (Some(i), false) if i != 0 => links
            .flags(i)
            .is_some_and(|f| !LinkFlags(f).contains(LinkFlags::UP)),
        _ => false,
    }
}

/// `<FLAG,...> ` (text) or the `flags` array (JSON), as iproute2 prints a link's flags.
pub(crate) fn print_flags<W: Write>(
    sink: &mut Sink<W>,
    flags: LinkFlags,
    mdown: bool,
) -> io::Result<()> {
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

/// Prints `@peer` (text: appended to `brief_name`) or the `link` member (JSON).
pub(crate) fn print_link_ref<W: Write>(
    sink: &mut Sink<W>,
    r: LinkRef,
    links: &names::Links,
    brief_name: &mut String,
) -> io::Result<()> {
    let Some(iflink) = r.link else {
        return Ok(());
    };
    if iflink == 0 {
        sink.null(Mode::Json, "link", "")?;
        brief_name.push_str("@NONE");
    } else if r.other_netns {
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
    print_link_ref(sink, LinkRef::of(l), links, &mut full)?;
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
    print_flags(sink, l.flags, lower_down(LinkRef::of(l), links))?;
    sink.text("\n")
}

/// Prints `l` as `ip link show` does (the first line, `link/TYPE`, details, statistics
/// and alternative names as `style` asks).
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
    print_link_ref(sink, LinkRef::of(l), links, &mut full)?;
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
    print_flags(sink, l.flags, lower_down(LinkRef::of(l), links))?;
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
    // ip prints a queue length that is not 0.
    if let Some(q) = l.txqlen.filter(|&q| q != 0) {
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
            // ip prints `[N]` in both outputs (JSON `"link_type":"[N]"`).
            None => sink.string(Mode::Any, "link_type", "    link/", &format!("[{t}]"), " ")?,
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
        if let Some(p) = &l.perm_address {
            if l.address.as_ref() != Some(p) {
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
        for (i, n) in names.iter().enumerate() {
            // Without the `link/TYPE` line (`addr show` with a family) the first line has
            // ended already: each altname line ends itself.
            if style.link_line || i > 0 {
                sink.text(nl)?;
            }
            sink.string(Mode::Any, "", "    altname ", n, "")?;
        }
        sink.close_array(Mode::Json)?;
        if !style.link_line && !names.is_empty() {
            sink.text(nl)?;
        }
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
            kinds::print(sink, &kind, links, "info_data")?;
        }
    }
    if let Some(k) = &info.port_kind {
        sink.text(nl)?;
        sink.string(Mode::Json, "info_slave_kind", "", k, "")?;
        sink.text(&format!("    {k}_slave "))?;
        if let Some(port) = info.port().filter(|_| info.port_data.is_some()) {
            kinds::print_port(sink, &port, links, "info_slave_data")?;
        }
    }
    sink.close_object(Mode::Json)
}
