//! `nlip route show|list` and `flush`: the selectors (what the kernel filters and what is
//! checked here) and the columns they pin.

use super::parse::{device_index, invalid_value, parse_prefix, raw, via_family};
use super::print::{print_route, Hide, RouteNames};
use crate::args::inet::{bad_prefix, same_bits};
use crate::args::{c_u32, invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::route::{self as nlroute, Route, RouteFilter};
use nlkit::rtnl::{self, AddressFamily, RouteProtocol, RouteTable, RouteType, Scope};
use std::net::IpAddr;

/// Which routes a prefix selector keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PrefixMode {
    /// `root P`: routes inside P.
    Root,
    /// `match P`: routes that contain P.
    Match,
    /// `exact P` or a bare P: that very prefix.
    Exact,
}

#[derive(Debug, Clone, Copy)]
struct Prefix {
    mode: PrefixMode,
    address: Option<IpAddr>,
    len: u8,
}

impl Prefix {
    fn keeps(&self, r: &Route) -> bool {
        if self
            .address
            .is_some_and(|a| AddressFamily::of(&a) != r.family)
        {
            return false;
        }
        let dlen = r.destination_len;
        let unspecified = match r.family {
            AddressFamily::Inet6 => IpAddr::from([0u8; 16]),
            _ => IpAddr::from([0u8; 4]),
        };
        let dst = r.destination.unwrap_or(unspecified);
        let want = self.address.unwrap_or(unspecified);
        match self.mode {
            PrefixMode::Exact => {
                dlen == self.len && (self.len == 0 || same_bits(&dst, &want, self.len))
            }
            PrefixMode::Root => dlen >= self.len && same_bits(&dst, &want, self.len),
            PrefixMode::Match => dlen <= self.len && same_bits(&dst, &want, dlen),
        }
    }
}

/// A destination (or source) selection as ip keeps it: a `root` and a `match` prefix, set
/// apart (`exact P` or a bare P sets both; a later `root` or `match` replaces one).
#[derive(Debug, Clone, Copy, Default)]
struct Selector {
    root: Option<Prefix>,
    inside: Option<Prefix>,
}

impl Selector {
    fn set(&mut self, p: Prefix) {
        match p.mode {
            PrefixMode::Root => self.root = Some(p),
            PrefixMode::Match => self.inside = Some(p),
            PrefixMode::Exact => {
                self.root = Some(Prefix {
                    mode: PrefixMode::Root,
                    ..p
                });
                self.inside = Some(Prefix {
                    mode: PrefixMode::Match,
                    ..p
                });
            }
        }
    }

    fn keeps(&self, r: &Route) -> bool {
        self.root.is_none_or(|p| p.keeps(r)) && self.inside.is_none_or(|p| p.keeps(r))
    }
}

/// The options of `route show`.
pub(super) struct Show {
    pub(super) filter: RouteFilter,
    /// Columns the selectors pin, which ip leaves out.
    hide: Hide,
    /// The table named on the command line (`None`: `table all`); hides the table column.
    table_selected: bool,
    to: Selector,
    from: Selector,
    /// `via PREFIX`: gateways in the prefix.
    gateway: Option<(IpAddr, u8)>,
    /// `src PREFIX`: preferred sources in the prefix.
    prefsrc: Option<(IpAddr, u8)>,
    tos: Option<u8>,
    /// `metric N`: only routes of that metric (none counts as 0).
    metric: Option<u32>,
    /// `realms [FROM/]TO`: (value, mask) over `RTA_FLOW`.
    realms: Option<(u32, u32)>,
    /// `iif DEV`: only routes with that input device.
    input_interface: Option<u32>,
    /// `vrf NAME`: local and broadcast routes are left out.
    unicast_only: bool,
}

/// Reads the selectors of `route show`, `flush` and `save`.
pub(super) fn parse_show(ctx: &mut Context, args: &mut Args) -> Result<Show, Failure> {
    let tables = names::tables();
    let mut s = Show {
        filter: RouteFilter {
            table: Some(RouteTable::Main),
            family: ctx.address_family(),
            ..Default::default()
        },
        hide: Hide::default(),
        table_selected: true,
        to: Selector::default(),
        from: Selector::default(),
        gateway: None,
        prefsrc: None,
        tos: None,
        metric: None,
        realms: None,
        input_interface: None,
        unicast_only: false,
    };
    let mut dev: Option<String> = None;
    let mut iif: Option<String> = None;
    while let Some(w) = args.next() {
        if matches(w, "table") {
            let v = args.value(w)?;
            // Table 0 (unspec) means every table, as `all`.
            if v == "all" || tables.id(v) == Some(0) {
                s.filter.table = None;
                s.table_selected = false;
            } else if v == "cache" {
                s.filter.cloned = true;
            } else {
                let id = tables
                    .id(v)
                    .ok_or_else(|| invalid_arg("table id value is invalid", v))?;
                s.filter.table = Some(RouteTable::from(id));
            }
        } else if matches(w, "cached") || matches(w, "cloned") {
            s.filter.cloned = true;
        } else if w == "tos" || matches(w, "dsfield") {
            let v = args.value(w)?;
            s.tos = Some(
                super::change::dsfield(v).ok_or_else(|| invalid_arg("TOS value is invalid", v))?,
            );
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            let id = names::protocols().id(v).filter(|&p| p < 256);
            let id = id.ok_or_else(|| invalid_arg("invalid \"protocol\"", v))? as u8;
            s.filter.protocol = Some(RouteProtocol::from(id));
        } else if matches(w, "scope") {
            let v = args.value(w)?;
            let id = names::scopes().id(v).filter(|&p| p < 256);
            let id = id.ok_or_else(|| invalid_arg("invalid \"scope\"", v))? as u8;
            s.filter.scope = Some(Scope::from(id));
        } else if matches(w, "type") {
            let v = args.value(w)?;
            let t = super::change::route_type(v);
            s.filter.route_type =
                Some(t.ok_or_else(|| invalid_arg("node type value is invalid", v))?);
        } else if w == "dev" || w == "oif" {
            dev = Some(args.value(w)?.to_owned());
        } else if w == "via" {
            let mut v = args.value(w)?;
            let mut family = s.filter.family;
            if let Some(f) = via_family(v) {
                family = Some(f);
                v = args.value(w)?;
            }
            s.gateway = Some(address_prefix(v, family)?);
        } else if w == "src" {
            let v = args.value(w)?;
            s.prefsrc = Some(address_prefix(v, s.filter.family)?);
        } else if matches(w, "metric") || matches(w, "priority") || w == "preference" {
            let v = args.value(w)?;
            s.metric = Some(c_u32(v).ok_or_else(|| invalid_value("metric", v))?);
        } else if matches(w, "realms") || matches(w, "realm") {
            let v = args.value(w)?;
            s.realms = Some(realms_selector(v).ok_or_else(|| invalid_arg("invalid realms", v))?);
        } else if w == "iif" {
            iif = Some(args.value(w)?.to_owned());
        } else if matches(w, "vrf") {
            // The VRF's table, without its local and broadcast routes (as ip).
            let v = args.value(w)?;
            let table = crate::ip::link::vrf_table(ctx, v);
            let table = table.ok_or_else(|| invalid_arg("Invalid VRF", v))?;
            s.filter.table = Some(RouteTable::from(table));
            s.unicast_only = true;
        } else if matches(w, "from") {
            let v = args.value(w)?;
            s.from.set(parse_selector(args, v, s.filter.family)?);
        } else {
            let v = if matches(w, "to") { args.value(w)? } else { w };
            s.to.set(parse_selector(args, v, s.filter.family)?);
        }
    }
    s.hide = pinned_columns(&s, dev.is_some(), ctx.stats);
    if let Some(d) = dev {
        s.filter.output_interface = Some(device_index(ctx, &d)?);
    }
    if let Some(d) = iif {
        s.input_interface = Some(device_index(ctx, &d)?);
    }
    if s.filter.family.is_none() && s.filter.table.is_some() {
        s.filter.family = Some(AddressFamily::Inet);
    }
    Ok(s)
}

/// The columns the selectors of `s` pin (`dev`: a device was named; `stats`: `-s`), as
/// they stand before the devices are resolved.
fn pinned_columns(s: &Show, dev: bool, stats: u32) -> Hide {
    Hide {
        protocol: s.filter.protocol.is_some(),
        scope: s.filter.scope.is_some(),
        dev,
        gateway: s.gateway.is_some_and(|(a, len)| len == host_len(&a)),
        prefsrc: s.prefsrc.is_some_and(|(a, len)| len == host_len(&a)),
        metric: s.metric.is_some(),
        realms: s.realms.is_some_and(|(_, mask)| mask == u32::MAX),
        input_interface: s.input_interface.is_some(),
        tos: s.tos.is_some(),
        table: !s.table_selected,
        cache_stats: stats > 0,
    }
}

/// Parses `[root|match|exact] PREFIX` (the first word already read as `first`) of `family`
/// (the `-4`/`-6` option; as in ip, a prefix does not change the family dumped: without
/// `-6`, an IPv6 prefix selects nothing from the IPv4 routes).
fn parse_selector(
    args: &mut Args,
    first: &str,
    family: Option<AddressFamily>,
) -> Result<Prefix, Failure> {
    let mut mode = PrefixMode::Exact;
    let mut v = first;
    for (k, m) in [
        ("root", PrefixMode::Root),
        ("match", PrefixMode::Match),
        ("exact", PrefixMode::Exact),
    ] {
        if matches(v, k) {
            mode = m;
            v = args.value(k)?;
        }
    }
    let (address, len, _) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
    if v == "all" || v == "any" {
        mode = PrefixMode::Root;
    }
    Ok(Prefix { mode, address, len })
}

/// `nlip route show|list SELECTOR`.
pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    ctx.links.preload(&mut ctx.conn);
    let mut names = RouteNames::load();
    if ctx.details {
        names = names.with_nexthops(&mut ctx.conn);
    }
    let mut sink = ctx.sink();
    sink.begin_list()?;
    let dump = rtnl::dump(&mut ctx.conn, &s.filter).map_err(|e| diag::dump(&e))?;
    for r in dump {
        let r = match r {
            Ok(r) => r,
            // The main table does not exist until a route goes in (a fresh namespace):
            // ip shows it as empty (its error handler for table main and ENOENT).
            Err(e)
                if s.filter.table == Some(RouteTable::Main)
                    && e.errno() == Some(nlkit::sys::errno::ENOENT) =>
            {
                break;
            }
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        if !keep(&s, &r) {
            continue;
        }
        print_route(&mut sink, &r, &names, &ctx.links, s.hide, ctx.details)?;
    }
    sink.end_list()?;
    Ok(())
}

/// `nlip route flush SELECTOR`: dumps, then deletes what matches through a pipeline on a
/// second connection; repeats until a round finds nothing (`cmd::flush::rounds`).
pub(super) fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_none() {
        return Err(Failure::failed("\"ip route flush\" requires arguments."));
    }
    let s = parse_show(ctx, args)?;
    if s.filter.cloned {
        // `flush cache`: IPv4 has no route cache to dump since Linux 3.6; as ip does, write
        // its flush sysctl (in the namespace of `-n`) and stop there unless IPv6 is asked
        // for too (`-6`, or `table all` without a family).
        use AddressFamily::{Inet, Inet6};
        let family = s.filter.family.or(s.filter.table.map(|_| Inet));
        if family != Some(Inet6) {
            flush_ipv4_cache(ctx);
            if ctx.stats > 0 {
                println!("*** IPv4 routing cache is flushed.");
            }
        }
        if family == Some(Inet) {
            return Ok(());
        }
    }
    ctx.links.preload(&mut ctx.conn);
    let names = RouteNames::load();
    let mut deleter = ctx.new_conn()?;
    let mut sink = ctx.sink();
    let stats = ctx.stats;
    let nothing_line = !s.filter.cloned || s.filter.family == Some(AddressFamily::Inet6);
    crate::ip::flush::rounds(&mut sink, stats, nothing_line, |sink| {
        // ip sends each route back as it was dumped: the kernel refuses some (a route
        // with `nhid` comes with its nexthops: "mutually exclusive"), and ip stops there.
        // The same outcome with less memory: a delete key matches any route that shares
        // prefix, metric, table, type, protocol, scope and single nexthop, so whole routes
        // are sent only for routes with `nhid`, and for every route when the selection
        // tells routes apart by nexthop or source (aliases of one prefix may differ there).
        let by =
            if s.gateway.is_some() || s.prefsrc.is_some() || s.filter.output_interface.is_some() {
                rtnl::DeleteBy::WholeObject
            } else {
                rtnl::DeleteBy::KeyOrWhole
            };
        let mut printed = Ok(());
        let result = rtnl::flush_round(&mut ctx.conn, &mut deleter, &s.filter, by, |r| {
            if !keep(&s, r) {
                return false;
            }
            if ctx.stats > 1 && printed.is_ok() {
                printed = print_route(sink, r, &names, &ctx.links, s.hide, ctx.details);
            }
            true
        });
        printed?;
        let round = result.map_err(|e| diag::dump_ended(&e, "Flush terminated"))?;
        if let Some(e) = round.failures().next() {
            // ip's perror after its batch of deletions, without the extended ACK.
            let text = match e.errno() {
                Some(n) => nlkit::engine::strerror(n),
                None => e.to_string(),
            };
            let message = format!("Failed to send flush request: {text}");
            return Err(Failure::new(message, diag::exit::KERNEL));
        }
        Ok(round.sent as u64)
    })
}

/// Writes `/proc/sys/net/ipv4/route/flush` of the namespace `ctx` works in (a helper
/// thread enters it for `-n`); as ip, says why on stderr when it cannot and goes on.
fn flush_ipv4_cache(ctx: &Context) {
    const PATH: &str = "/proc/sys/net/ipv4/route/flush";
    let write = || std::fs::write(PATH, "-1");
    let result = match &ctx.netns {
        Some(ns) => ns.run(write).and_then(|r| r),
        None => write(),
    };
    if let Err(e) = result {
        crate::diag::warn(&format!("Cannot open \"{PATH}\": {}", diag::os_text(&e)));
    }
}

/// The host length of `a`'s family (32 or 128).
fn host_len(a: &IpAddr) -> u8 {
    if a.is_ipv4() {
        32
    } else {
        128
    }
}

/// An `ADDR[/LEN]` selector of `family` (ip reads it as a prefix; no length: the host).
fn address_prefix(v: &str, family: Option<AddressFamily>) -> Result<(IpAddr, u8), Failure> {
    match parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))? {
        (Some(a), len, _) => Ok((a, len)),
        (None, _, _) => Err(bad_prefix(v, raw(family))),
    }
}

/// True when `a` is in the prefix `(p, len)` (of the same family).
fn in_prefix(a: Option<IpAddr>, (p, len): (IpAddr, u8)) -> bool {
    a.is_some_and(|a| a.is_ipv4() == p.is_ipv4() && same_bits(&a, &p, len))
}

/// `realms [FROM/]TO` as a selector: (value, mask) over `RTA_FLOW`. A part left out (no
/// `FROM/`, or nothing after `FROM/`) is not compared.
fn realms_selector(v: &str) -> Option<(u32, u32)> {
    let realms = names::realms();
    let (from, to) = match v.split_once('/') {
        Some((f, t)) => (
            realms.id(f),
            if t.is_empty() { Some(0) } else { realms.id(t) },
        ),
        None => (Some(0), realms.id(v)),
    };
    let (from, to) = (from.filter(|&f| f < 65536)?, to.filter(|&t| t < 65536)?);
    let mut mask = u32::MAX;
    if to == 0 && v.ends_with('/') {
        mask &= !0xffff;
    }
    if from == 0 && !v.contains('/') {
        mask &= !0xffff_0000;
    }
    Some((from << 16 | to, mask))
}

/// True when route `r` passes the selectors of `s` that are checked here (the dump filter
/// does the rest).
pub(super) fn keep(s: &Show, r: &Route) -> bool {
    s.to.keeps(r)
        && s.from.keeps(&Route {
            destination_len: r.source_len,
            family: r.family,
            destination: r.source,
            ..Default::default()
        })
        && s.gateway.is_none_or(|p| {
            let via = r.via.as_ref().and_then(nlroute::Via::ip_address);
            in_prefix(r.gateway.or(via), p)
        })
        && s.filter
            .output_interface
            .is_none_or(|o| r.output_interface == Some(o))
        && s.prefsrc.is_none_or(|p| in_prefix(r.preferred_source, p))
        && s.tos.is_none_or(|t| r.tos == t)
        && s.metric.is_none_or(|m| r.priority.unwrap_or(0) == m)
        && s.realms
            .is_none_or(|(v, mask)| r.flow.unwrap_or(0) & mask == v & mask)
        && s.input_interface
            .is_none_or(|i| r.input_interface == Some(i))
        && !(s.unicast_only && matches!(r.route_type, RouteType::Local | RouteType::Broadcast))
}
