//! Routes as ip prints them, in text and JSON: shared by `show`, `get`, `flush -s -s`,
//! `monitor` and `-echo`.

use crate::names::{self, NameTable};
use crate::render::c_g;
use crate::render::{Color, Fmt, Mode, Render, Sink};
use nlkit::rtnl::route::attrs::*;
use nlkit::rtnl::route::{self as nlroute, Route, RouteFlags};
use nlkit::rtnl::{self, AddressFamily, RouteProtocol, RouteTable, RouteType, Scope};
use std::io::{self, Write};
use std::net::IpAddr;

/// Columns left out because a selector fixes their value (as ip does).
#[derive(Debug, Clone, Copy, Default)]
pub struct Hide {
    /// `proto` was given.
    pub protocol: bool,
    /// `scope` was given.
    pub scope: bool,
    /// `dev` was given.
    pub dev: bool,
    /// `via` was given.
    pub gateway: bool,
    /// `src` was given.
    pub prefsrc: bool,
    /// `tos` was given.
    pub tos: bool,
    /// The table column is shown (`table all`); `false` hides it.
    pub table: bool,
    /// `-s`: a cached route's users, use count and age are shown too.
    pub cache_stats: bool,
    /// `metric` was given.
    pub metric: bool,
    /// `realms FROM/TO` was given (both parts).
    pub realms: bool,
    /// `iif` was given.
    pub input_interface: bool,
}

/// The name tables a route needs, loaded once.
pub struct RouteNames {
    /// Nexthop objects by id, for `-d`'s `nh_info` (loaded only with `-d`).
    nexthops: Option<std::collections::HashMap<u32, nlkit::rtnl::nexthop::Nexthop>>,
    tables: &'static NameTable,
    protocols: &'static NameTable,
    scopes: &'static NameTable,
    realms: &'static NameTable,
    dsfields: &'static NameTable,
}

impl RouteNames {
    /// Loads the nexthop objects too (for `-d`).
    pub fn with_nexthops(mut self, conn: &mut nlkit::engine::Conn) -> Self {
        let filter = nlkit::rtnl::nexthop::NexthopFilter::default();
        if let Ok(dump) = rtnl::dump(conn, &filter) {
            let map = dump
                .flatten()
                .filter_map(|nh| nh.id.map(|id| (id, nh)))
                .collect();
            self.nexthops = Some(map);
        }
        self
    }

    /// Reads the tables.
    pub fn load() -> Self {
        RouteNames {
            nexthops: None,
            tables: names::tables(),
            protocols: names::protocols(),
            scopes: names::scopes(),
            realms: names::realms(),
            dsfields: names::dsfields(),
        }
    }
}

/// A destination or source prefix as ip prints it: `default`, `ADDR` (host length) or
/// `ADDR/LEN`.
struct Dst<'a>(&'a Option<IpAddr>, u8, AddressFamily);

impl Render for Dst<'_> {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        let host = if self.2 == AddressFamily::Inet6 {
            128
        } else {
            32
        };
        match self.0 {
            Some(a) => {
                a.render(out);
                if self.1 != host {
                    out.push(b'/');
                    self.1.render(out);
                }
            }
            None if self.1 != 0 => {
                out.extend_from_slice(b"0/");
                self.1.render(out);
            }
            None => out.extend_from_slice(b"default"),
        }
    }
}

/// The family word ip prints before an `RTA_VIA` gateway.
fn family_name(f: AddressFamily) -> &'static str {
    match f {
        AddressFamily::Inet => "inet",
        AddressFamily::Inet6 => "inet6",
        AddressFamily::Packet => "link",
        AddressFamily::Mpls => "mpls",
        AddressFamily::Bridge => "bridge",
        _ => "???",
    }
}

/// The names ip gives the `RTAX_*` metrics, by id.
const METRIC_NAMES: [&str; 18] = [
    "",
    "lock",
    "mtu",
    "window",
    "rtt",
    "rttvar",
    "ssthresh",
    "cwnd",
    "advmss",
    "reordering",
    "hoplimit",
    "initcwnd",
    "features",
    "rto_min",
    "initrwnd",
    "quickack",
    "congctl",
    "fastopen_no_cookie",
];

/// Prints one route as `ip route show` does.
pub fn print_route<W: Write>(
    sink: &mut Sink<W>,
    r: &Route,
    n: &RouteNames,
    links: &names::Links,
    hide: Hide,
    details: bool,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    print_selector(sink, r, n, hide, details)?;
    let addr_color = Color::of_family(r.family);
    if let Some(g) = r.gateway.filter(|_| !hide.gateway) {
        sink.colored(Mode::Any, "gateway", "via ", &g, " ", addr_color)?;
    }
    if let Some(v) = &r.via {
        print_via(sink, v)?;
    }
    if let Some(o) = r.output_interface.filter(|_| !hide.dev) {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(o),
            " ",
            Color::Iface,
        )?;
    }
    print_origin(sink, r, n, hide, details)?;
    print_options(sink, r, links, hide)?;
    // ip prints a nexthop object's details after the route's own fields (`pref` included).
    if details {
        let nh = r.nexthop_id.and_then(|id| n.nexthops.as_ref()?.get(&id));
        if let Some(nh) = nh {
            sink.text("\n\tnh_info ")?; // ip breaks the line here even with -o
            sink.open_object(Mode::Json, Some("nh_info"))?;
            crate::ip::nexthop::print_nexthop(sink, nh, links, true, false)?;
            sink.close_object(Mode::Json)?;
        }
    }
    if let Some(hops) = &r.multipath {
        print_paths(sink, hops, links, addr_color)?;
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// What selects the route: type, destination, source, nexthop object, encapsulation, tos.
fn print_selector<W: Write>(
    sink: &mut Sink<W>,
    r: &Route,
    n: &RouteNames,
    hide: Hide,
    details: bool,
) -> io::Result<()> {
    if r.route_type != RouteType::Unicast || details {
        let t = names::route_type(r.route_type.into());
        sink.string(Mode::Any, "type", "", &t, " ")?;
    }
    let dst = Dst(&r.destination, r.destination_len, r.family);
    let addr_color = Color::of_family(r.family);
    if r.destination.is_none() && r.destination_len == 0 {
        sink.string(Mode::Any, "dst", "", &dst, " ")?; // "default" is not colored
    } else {
        sink.colored(Mode::Any, "dst", "", &dst, " ", addr_color)?;
    }
    if r.source.is_some() || r.source_len != 0 {
        let src = Dst(&r.source, r.source_len, r.family);
        sink.colored_with_prefix(Mode::Any, "from", "from ", &src, " ", addr_color)?;
    }
    if let Some(id) = r.nexthop_id {
        sink.number(Mode::Any, "nhid", "nhid ", &id, " ")?;
    }
    if let Some(Ok(e)) = r.encap.typed() {
        print_encap(sink, &e)?;
    }
    if r.tos != 0 && !hide.tos {
        match n.dsfields.name(u32::from(r.tos)) {
            Some(name) => sink.string(Mode::Any, "tos", "tos ", name, " ")?,
            None => sink.string(
                Mode::Any,
                "tos",
                "tos ",
                &Fmt(format_args!("0x{:02x}", r.tos)),
                " ",
            )?,
        }
    }
    Ok(())
}

/// Where the route comes from and how it is used: table, protocol, scope, preferred
/// source, metric, flags, mark, realms, uid.
fn print_origin<W: Write>(
    sink: &mut Sink<W>,
    r: &Route,
    n: &RouteNames,
    hide: Hide,
    details: bool,
) -> io::Result<()> {
    let table = u32::from(r.table);
    if table != 0 && (r.table != RouteTable::Main || details) && hide.table {
        sink.string(Mode::Any, "table", "table ", &n.tables.show(table), " ")?;
    }
    let cloned = r.flags.contains(RouteFlags::CLONED);
    if (r.protocol != RouteProtocol::Boot || details) && !hide.protocol && !cloned {
        let proto = n.protocols.show(u32::from(u8::from(r.protocol)));
        sink.string(Mode::Any, "protocol", "proto ", &proto, " ")?;
    }
    if (r.scope != Scope::Universe || details) && !hide.scope && !cloned {
        let scope = n.scopes.show(u32::from(u8::from(r.scope)));
        sink.string(Mode::Any, "scope", "scope ", &scope, " ")?;
    }
    let addr_color = Color::of_family(r.family);
    if let Some(p) = r.preferred_source.filter(|_| !hide.prefsrc) {
        sink.colored(Mode::Any, "prefsrc", "src ", &p, " ", addr_color)?;
    }
    if let Some(p) = r.priority.filter(|_| !hide.metric) {
        sink.number(Mode::Any, "metric", "metric ", &p, " ")?;
    }
    print_flags(sink, r.flags)?;
    if let Some(m) = r.mark {
        // ip writes marks from 16 on in hex.
        if m >= 16 && !sink.is_json() {
            sink.text(&format!("mark {m:#x} "))?;
        } else {
            sink.number(Mode::Any, "mark", "mark ", &m, " ")?;
        }
    }
    if let Some(flow) = r.flow.filter(|_| !hide.realms) {
        let (from, to) = (flow >> 16, flow & 0xffff);
        sink.text(if from != 0 { "realms " } else { "realm " })?;
        sink.open_object(Mode::Json, Some("flow"))?;
        if from != 0 {
            sink.string(Mode::Any, "from", "", &n.realms.show(from), "/")?;
        }
        sink.string(Mode::Any, "to", "", &n.realms.show(to), " ")?;
        sink.close_object(Mode::Json)?;
    }
    if let Some(u) = r.uid {
        sink.number(Mode::Any, "uid", "uid ", &u, " ")?;
    }
    Ok(())
}

/// What a cache entry holds (expiry, metrics such as a learnt mtu), the input device and
/// the router preference.
fn print_options<W: Write>(
    sink: &mut Sink<W>,
    r: &Route,
    links: &names::Links,
    hide: Hide,
) -> io::Result<()> {
    // A cloned IPv4 route (route get): `cache` and its flags, then what the cache entry
    // holds (expiry, metrics such as a learnt mtu, iif).
    if r.flags.contains(RouteFlags::CLONED) && r.family == AddressFamily::Inet {
        print_cache_flags(sink, r.flags)?;
    }
    if let Some(ci) = r.cache_info {
        print_cache_info(sink, &ci, hide.cache_stats)?;
    }
    if let Some(m) = &r.metrics {
        print_metrics(sink, m)?;
    }
    if let Some(i) = r.input_interface.filter(|_| !hide.input_interface) {
        sink.string(Mode::Any, "iif", "iif ", &links.cached(i), " ")?;
    }
    if let Some(p) = r.pref {
        let name = match p {
            0 => names::Name::Str("medium"),
            1 => names::Name::Str("high"),
            3 => names::Name::Str("low"),
            x => names::Name::Num(u32::from(x)),
        };
        sink.string(Mode::Any, "pref", "pref ", &name, "")?;
    }
    Ok(())
}

/// The paths of a multipath route, one `nexthop` line each.
fn print_paths<W: Write>(
    sink: &mut Sink<W>,
    hops: &[nlroute::NextHop],
    links: &names::Links,
    addr_color: Color,
) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("nexthops"))?;
    for nh in hops {
        sink.inner_break()?;
        sink.text("\tnexthop ")?;
        sink.open_object(Mode::Json, None)?;
        if let Some(Ok(e)) = nh.encap.typed() {
            print_encap(sink, &e)?;
        }
        if let Some(g) = nh.gateway {
            sink.colored(Mode::Any, "gateway", "via ", &g, " ", addr_color)?;
        }
        if let Some(v) = &nh.via {
            print_via(sink, v)?;
        }
        if nh.index != 0 {
            // ip leaves the devices of multipath hops uncolored.
            sink.string(Mode::Any, "dev", "dev ", &links.cached(nh.index), " ")?;
        }
        sink.number(Mode::Any, "weight", "weight ", &nh.weight(), " ")?;
        print_flags(sink, RouteFlags(nh.flags.bits()))?;
        sink.close_object(Mode::Json)?;
    }
    sink.close_array(Mode::Json)
}

/// The flags of a route or of one of its paths (a path's `RTNH_F_*` are the low byte).
fn print_flags<W: Write>(sink: &mut Sink<W>, flags: RouteFlags) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("flags"))?;
    const NAMES: [(RouteFlags, &str); 9] = [
        (RouteFlags::DEAD, "dead"),
        (RouteFlags::ONLINK, "onlink"),
        (RouteFlags::PERVASIVE, "pervasive"),
        (RouteFlags::NH_OFFLOAD, "offload"),
        (RouteFlags::NH_TRAP, "trap"),
        (RouteFlags::NOTIFY, "notify"),
        (RouteFlags::LINKDOWN, "linkdown"),
        (RouteFlags::UNRESOLVED, "unresolved"),
        (RouteFlags::OFFLOAD_FAILED, "rt_offload_failed"),
    ];
    for (bit, name) in NAMES {
        if flags.contains(bit) {
            sink.string(Mode::Any, "", "", name, " ")?;
        }
    }
    sink.close_array(Mode::Json)
}

/// `RTA_CACHEINFO` as ip prints it (times in the kernel's USER_HZ, 100 per second): expiry
/// and error, with `-s` (`stats`) also users, use count and age, then the IP id and
/// timestamps when set.
fn print_cache_info<W: Write>(
    sink: &mut Sink<W>,
    ci: &nlroute::CacheInfo,
    stats: bool,
) -> io::Result<()> {
    const USER_HZ: u32 = 100;
    if ci.expires != 0 {
        let secs = ci.expires / USER_HZ as i32;
        sink.number(Mode::Any, "expires", "expires ", &secs, "sec ")?;
    }
    if ci.error != 0 {
        sink.number(Mode::Any, "error", "error ", &ci.error, " ")?;
    }
    if stats {
        if ci.client_refs != 0 {
            sink.number(Mode::Any, "users", "users ", &ci.client_refs, " ")?;
        }
        if ci.used != 0 {
            sink.number(Mode::Any, "used", "used ", &ci.used, " ")?;
        }
        if ci.last_use != 0 {
            let age = ci.last_use / USER_HZ;
            sink.number(Mode::Any, "age", "age ", &age, "sec ")?;
        }
    }
    if ci.id != 0 {
        let id = format!("0x{:04x}", ci.id);
        sink.string(Mode::Any, "ipid", "ipid ", &id, " ")?;
    }
    if ci.ts != 0 || ci.ts_age != 0 {
        sink.string(Mode::Any, "ts", "ts ", &format!("{:#x}", ci.ts), "")?;
        sink.number(Mode::Any, "tsage", "tsage ", &ci.ts_age, "sec ")?;
    }
    Ok(())
}

/// The `cache` part of a cloned IPv4 route (`ip route get`): its `RTCF_*` flags.
fn print_cache_flags<W: Write>(sink: &mut Sink<W>, flags: RouteFlags) -> io::Result<()> {
    const NAMES: [(RouteFlags, &str); 9] = [
        (RouteFlags::CF_LOCAL, "local"),
        (RouteFlags::CF_REJECT, "reject"),
        // RTCF_MULTICAST, the bit RTM_F_OFFLOAD_FAILED reuses.
        (RouteFlags::OFFLOAD_FAILED, "mc"),
        (RouteFlags::CF_BROADCAST, "brd"),
        (RouteFlags::CF_DNAT, "dst-nat"),
        (RouteFlags::CF_DIRECTSRC, "src-direct"),
        (RouteFlags::CF_REDIRECTED, "redirected"),
        (RouteFlags::CF_DOREDIRECT, "redirect"),
        (RouteFlags::CF_NOTIFY, "notify"),
    ];
    sink.inner_break()?;
    sink.text("    cache ")?;
    sink.open_array(Mode::Json, Some("cache"))?;
    let mut first = true;
    for (bit, name) in NAMES {
        if flags.contains(bit) {
            sink.text(if first { "<" } else { "," })?;
            sink.string(Mode::Any, "", "", name, "")?;
            first = false;
        }
    }
    if !first {
        sink.text("> ")?;
    }
    sink.close_array(Mode::Json)
}

/// ` encap TYPE FIELDS ` as ip prints a route's or a hop's encapsulation.
fn print_encap<W: Write>(sink: &mut Sink<W>, e: &nlroute::Encap) -> io::Result<()> {
    match e {
        nlroute::Encap::Mpls(m) => {
            sink.string(Mode::Any, "encap", " encap ", "mpls", " ")?;
            let labels: Vec<String> = m.labels.iter().map(u32::to_string).collect();
            sink.string(Mode::Any, "dst", "", &labels.join("/"), " ")?;
            if let Some(t) = m.ttl {
                sink.number(Mode::Any, "ttl", "ttl ", &t, " ")?;
            }
        }
        nlroute::Encap::Ip(x) => {
            let kind = if x.ipv6 { "ip6" } else { "ip" };
            sink.string(Mode::Any, "encap", " encap ", kind, " ")?;
            if let Some(v) = x.id {
                sink.number(Mode::Any, "id", "id ", &v, " ")?;
            }
            if let Some(v) = x.source {
                sink.string(Mode::Any, "src", "src ", &v, " ")?;
            }
            if let Some(v) = x.destination {
                sink.string(Mode::Any, "dst", "dst ", &v, " ")?;
            }
            let (ttl, tos) = if x.ipv6 {
                ("hoplimit", "tc")
            } else {
                ("ttl", "tos")
            };
            if let Some(v) = x.ttl {
                sink.number(Mode::Any, ttl, &format!("{ttl} "), &v, " ")?;
            }
            if let Some(v) = x.tos {
                sink.number(Mode::Any, tos, &format!("{tos} "), &v, " ")?;
            }
            let flags = x.flags.unwrap_or(0);
            for (bit, name) in [
                (nlroute::attrs::TUNNEL_KEY, "key"),
                (nlroute::attrs::TUNNEL_CSUM, "csum"),
                (nlroute::attrs::TUNNEL_SEQ, "seq"),
            ] {
                if flags & bit != 0 {
                    sink.flag(Mode::Any, name, name, " ")?;
                }
            }
        }
        nlroute::Encap::Other(t, _) => {
            sink.number(Mode::Any, "encap", " encap ", t, " ")?;
        }
    }
    Ok(())
}

/// `via FAMILY ADDRESS`: a gateway of another family (`RTA_VIA`).
fn print_via<W: Write>(sink: &mut Sink<W>, v: &nlroute::Via) -> io::Result<()> {
    sink.text("via ")?;
    sink.open_object(Mode::Json, Some("via"))?;
    sink.string(Mode::Any, "family", "", family_name(v.family), " ")?;
    match v.ip_address() {
        Some(ip) => {
            let color = Color::of_family(v.family);
            sink.colored(Mode::Any, "host", "", &ip, " ", color)?
        }
        None => sink.string(Mode::Any, "host", "", "???", " ")?,
    }
    sink.close_object(Mode::Json)
}

/// The `RTA_METRICS` of a route (`mtu lock 1400`, `rtt 10ms`, `congctl NAME`, ...).
fn print_metrics<W: Write>(sink: &mut Sink<W>, m: &nlroute::Metrics) -> io::Result<()> {
    let mut items: Vec<(u16, Option<u32>)> = m
        .values
        .iter()
        .filter(|(k, _)| *k != RTAX_LOCK)
        .map(|&(k, v)| (k, Some(v)))
        .collect();
    if m.cc_algo.is_some() {
        items.push((RTAX_CC_ALGO, None));
    }
    items.sort_by_key(|x| x.0);
    if items.is_empty() {
        return Ok(());
    }
    sink.open_array(Mode::Json, Some("metrics"))?;
    sink.open_object(Mode::Json, None)?;
    for (k, v) in items {
        let name = METRIC_NAMES
            .get(usize::from(k))
            .copied()
            .unwrap_or("metric");
        let lock = if m.is_locked(k) { "lock " } else { "" };
        match (k, v) {
            (RTAX_CC_ALGO, _) => {
                let algo = m.cc_algo.as_deref().unwrap_or("");
                sink.string(
                    Mode::Any,
                    "congestion",
                    &format!("congctl {lock}"),
                    algo,
                    " ",
                )?;
            }
            (RTAX_FEATURES, Some(v)) => {
                sink.text("features ")?;
                if v & 1 != 0 {
                    sink.null(Mode::Any, "ecn", "ecn ")?;
                }
                if v & !1 != 0 {
                    let rest = Fmt(format_args!("{:#x}", v & !1));
                    sink.number(Mode::Any, "features", "", &rest, " ")?;
                }
            }
            (RTAX_RTT | RTAX_RTTVAR | RTAX_RTO_MIN, Some(v)) => {
                let ms = match k {
                    RTAX_RTT => v / 8,
                    RTAX_RTTVAR => v / 4,
                    _ => v,
                };
                let prefix = format!("{name} {lock}");
                if ms >= 1000 {
                    // ip prints seconds with printf's %g.
                    sink.number(Mode::Json, name, "", &ms, "")?;
                    let secs = Fmt(format_args!("{}", c_g(f64::from(ms) / 1e3)));
                    sink.number(Mode::Text, name, &prefix, &secs, "s ")?;
                } else {
                    sink.number(Mode::Any, name, &prefix, &ms, "ms ")?;
                }
            }
            (_, Some(v)) => sink.number(Mode::Any, name, &format!("{name} {lock}"), &v, " ")?,
            (_, None) => {}
        }
    }
    sink.close_object(Mode::Json)?;
    sink.close_array(Mode::Json)
}
