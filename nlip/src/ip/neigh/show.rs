//! `nlip neigh show`, `flush` and `get`: the selectors and the entries they keep.

use super::print::{print_brief, print_neighbour};
use super::words::{nud_change, HELP, NUD_NONE};
use crate::args::duplicate;
use crate::args::inet::{family_of, same_bits};
use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use crate::render::Sink;
use nlkit::rtnl::neigh::{
    Neighbour, NeighbourFilter, NeighbourFlags, NeighbourQuery, NeighbourState,
};
use nlkit::rtnl::{self, AddressFamily, DeleteBy, RouteProtocol};
use std::net::IpAddr;

pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
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
pub(super) fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (mut proxy, mut dev, mut addr) = (false, None, None);
    while let Some(w) = args.next() {
        if w == "proxy" {
            let v = args.value(w)?;
            if addr.is_some() {
                return Err(duplicate("address", v));
            }
            proxy = true;
            addr = Some(get_address(v, ctx.family)?);
        } else if w == "dev" {
            dev = Some(args.value(w)?.to_owned());
        } else {
            let v = if w == "to" { args.value(w)? } else { w };
            if matches(v, "help") {
                return Err(Failure::usage(HELP));
            }
            if addr.is_some() {
                return Err(Failure::usage(format!(
                    "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            addr = Some(get_address(v, ctx.family)?);
        }
    }
    let (Some(dev), Some(addr)) = (dev, addr) else {
        return Err(Failure::failed(
            "Device and address are required arguments.",
        ));
    };
    let index = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, &dev);
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

/// The address of `neigh get` as ip's `get_addr` reads it in the family option's family
/// (`-f link`: a hardware address, whose first piece ip then names).
fn get_address(v: &str, family: Option<u8>) -> Result<IpAddr, Failure> {
    if family.map(AddressFamily::from) == Some(AddressFamily::Packet) {
        if let Err(e) = crate::args::lladdr::parse(v, crate::args::lladdr::MAX_ADDR_LEN) {
            let first = v.split(':').next().unwrap_or(v);
            return Err(Failure::failed(format!(
                "{}\nError: link address is expected rather than \"{first}\".",
                e.message
            ))
            .fatal());
        }
        return crate::args::inet::address(v, None);
    }
    // ip reads MPLS labels (`L1/L2...`) and no bridge address.
    let mpls = family.map(AddressFamily::from) == Some(AddressFamily::Mpls);
    let labels = !v.is_empty() && v.split('/').all(|l| l.parse::<u32>().is_ok());
    let name = match family.map(AddressFamily::from) {
        Some(AddressFamily::Bridge) => Some("bridge"),
        Some(AddressFamily::Mpls) if !labels => Some("mpls"),
        _ => None,
    };
    if let Some(name) = name {
        return Err(Failure::failed(format!(
            "Error: {name} address is expected rather than \"{v}\"."
        ))
        .fatal());
    }
    crate::args::inet::address(v, family.filter(|_| !mpls))
}

/// `nlip neigh flush SELECTOR`: deletes the matching entries (by default every state but
/// permanent and noarp, noarp only when named; proxy and externally learned entries
/// whatever their state).
pub(super) fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
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
            let idx = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, v);
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
        let idx = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, &d);
        s.filter.index =
            Some(idx.ok_or_else(|| Failure::failed(format!("Cannot find device \"{d}\"")))?);
        s.dev = true;
    }
    Ok(s)
}
