//! `nlip rule show` and `rule flush`: the selectors both read and the rules they keep.

use super::print::print_rule;
use super::words::{dsfield, ifname, ip_proto, range, rule_family};
use crate::args::{c_number, c_u32, invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::rule::{Rule, RuleFilter, RuleFlags};
use nlkit::rtnl::{self, DeleteBy};
use std::net::IpAddr;

pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let family = rule_family(ctx);
    let sel = parse_selectors(family.into(), args)?;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    // ip's rule listing exits with 255 when its dump fails.
    let failed = |e: &nlkit::engine::Error| {
        let mut f = diag::dump(e);
        f.code = crate::diag::exit::USAGE;
        f
    };
    let filter = RuleFilter {
        family: Some(family),
    };
    // ip has opened its JSON array (`[`) when the dump fails.
    let dump = match rtnl::dump(&mut ctx.conn, &filter) {
        Ok(d) => d,
        Err(e) => {
            sink.flush()?;
            return Err(failed(&e));
        }
    };
    for r in dump {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                sink.flush()?;
                return Err(failed(&e));
            }
        };
        if !sel.keeps(&r) {
            continue;
        }
        print_rule(&mut sink, &r, ctx.details)?;
    }
    sink.end_list()?;
    Ok(())
}

/// `nlip rule flush [SELECTOR]`: deletes every rule of the family but those of
/// priority 0 (silent, as ip).
pub(super) fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let family = rule_family(ctx);
    let sel = parse_selectors(family.into(), args)?;
    let keep = |r: &Rule| r.priority.unwrap_or(0) != 0 && sel.keeps(r);
    let filter = RuleFilter {
        family: Some(family),
    };
    let mut deleter = ctx.new_conn()?;
    // Rounds, as deleting while the dump runs can shift the kernel's place in the list.
    let rounds = rtnl::flush(
        &mut ctx.conn,
        &mut deleter,
        &filter,
        DeleteBy::WholeObject,
        FLUSH_ROUNDS,
        keep,
    )
    .map_err(|e| diag::dump(&e))?;
    let failed = rounds.iter().flat_map(|r| r.failures()).next();
    failed.map_or(Ok(()), |e| Err(diag::kernel(e)))?;
    // ip opens its JSON array around the flush's dump: `-j` prints `[]`.
    let mut sink = ctx.sink();
    sink.begin_list()?;
    sink.end_list()?;
    Ok(())
}

/// How many dump-and-delete rounds `rule flush` makes at most.
const FLUSH_ROUNDS: usize = 10;

/// The selectors of `show` and `flush` (ip 6.1: a prefix selects the rules inside it,
/// `fwmark 0` and `protocol` select everything, the others must be equal).
#[derive(Default)]
struct Selector {
    table: Option<u32>,
    pref: Option<u32>,
    from: Option<(Option<IpAddr>, u8)>,
    to: Option<(Option<IpAddr>, u8)>,
    not: bool,
    tos: Option<u8>,
    fwmark: Option<(u32, Option<u32>)>,
    iif: Option<String>,
    oif: Option<String>,
    l3mdev: bool,
    uid_range: Option<(u32, u32)>,
    ip_proto: Option<u8>,
    sport: Option<(u16, u16)>,
    dport: Option<(u16, u16)>,
    tun_id: Option<u64>,
}

/// True when the rule's prefix (`addr`/`len`) lies inside the selected one.
fn inside(sel: Option<(Option<IpAddr>, u8)>, addr: Option<IpAddr>, len: u8) -> bool {
    match sel {
        None => true,
        Some((_, 0)) => true,
        Some((None, _)) => false,
        Some((Some(p), plen)) => addr.is_some_and(|a| {
            len >= plen
                && crate::args::inet::family_of(&a) == crate::args::inet::family_of(&p)
                && crate::args::inet::same_bits(&a, &p, plen)
        }),
    }
}

impl Selector {
    fn keeps(&self, r: &Rule) -> bool {
        self.table.is_none_or(|t| u32::from(r.table) == t)
            && self.pref.is_none_or(|p| r.priority.unwrap_or(0) == p)
            && inside(self.from, r.source, r.source_len)
            && inside(self.to, r.destination, r.destination_len)
            && (!self.not || r.flags.contains(RuleFlags::INVERT))
            && self.tos.is_none_or(|t| r.tos == t)
            && self.fwmark.is_none_or(|(m, k)| {
                (m == 0 || r.fwmark == Some(m)) && k.is_none_or(|k| r.fwmask == Some(k))
            })
            && self.iif.as_ref().is_none_or(|i| r.iif.as_ref() == Some(i))
            && self.oif.as_ref().is_none_or(|o| r.oif.as_ref() == Some(o))
            && (!self.l3mdev || r.l3mdev.unwrap_or(0) != 0)
            && self
                .uid_range
                .is_none_or(|u| r.uid_range.map(|x| (x.start, x.end)) == Some(u))
            && self.ip_proto.is_none_or(|p| r.ip_proto == Some(p))
            && self
                .sport
                .is_none_or(|p| r.sport_range.map(|x| (x.start, x.end)) == Some(p))
            && self
                .dport
                .is_none_or(|p| r.dport_range.map(|x| (x.start, x.end)) == Some(p))
            && self.tun_id.is_none_or(|t| r.tun_id == Some(t))
    }
}

/// Parses the selectors of `show` and `flush`.
fn parse_selectors(family: u8, args: &mut Args) -> Result<Selector, Failure> {
    let mut s = Selector::default();
    while let Some(w) = args.next() {
        if matches(w, "tun_id") {
            let v = args.value(w)?;
            let id = c_number(v).ok_or_else(|| invalid_arg("\"tun_id\" value is invalid", v))?;
            s.tun_id = Some(id);
        } else if matches(w, "table") || w == "lookup" {
            let v = args.value(w)?;
            let id = names::tables()
                .id(v)
                .ok_or_else(|| invalid_arg("table id value is invalid", v))?;
            // Table 0 selects every rule, as no table at all.
            s.table = Some(id).filter(|&t| t != 0);
        } else if matches(w, "preference") || matches(w, "order") || matches(w, "priority") {
            let v = args.value(w)?;
            s.pref = Some(c_u32(v).ok_or_else(|| invalid_arg("preference value is invalid", v))?);
        } else if matches(w, "from") || matches(w, "src") {
            let v = args.value(w)?;
            let (a, len, _) = crate::args::inet::prefix(v, Some(family))?;
            s.from = Some((a, len));
        } else if w == "to" || matches(w, "dst") {
            let v = args.value(w)?;
            let (a, len, _) = crate::args::inet::prefix(v, Some(family))?;
            s.to = Some((a, len));
        } else if w == "not" {
            s.not = true;
        } else if w == "tos" || matches(w, "dsfield") {
            let v = args.value(w)?;
            s.tos = Some(dsfield(v).ok_or_else(|| invalid_arg("TOS value is invalid", v))?);
        } else if w == "fwmark" {
            let v = args.value(w)?;
            let (mark, mask) = match v.split_once('/') {
                Some((m, k)) => (m, Some(k)),
                None => (v, None),
            };
            let m = c_u32(mark).ok_or_else(|| invalid_arg("fwmark value is invalid", mark))?;
            let k = match mask {
                Some(k) => Some(c_u32(k).ok_or_else(|| invalid_arg("fwmask value is invalid", k))?),
                None => None,
            };
            s.fwmark = Some((m, k));
        } else if w == "dev" || w == "iif" {
            s.iif = Some(ifname(args.value(w)?, "\"iif\"/\"dev\"")?);
        } else if w == "oif" {
            s.oif = Some(ifname(args.value(w)?, "\"oif\"")?);
        } else if w == "l3mdev" {
            s.l3mdev = true;
        } else if w == "uidrange" {
            let v = args.value(w)?;
            match range(v) {
                Some((a, Some(b))) => s.uid_range = Some((a, b)),
                _ => return Err(invalid_arg("invalid UID range", v)),
            }
        } else if w == "ipproto" {
            let v = args.value(w)?;
            s.ip_proto =
                Some(ip_proto(v).ok_or_else(|| invalid_arg("Invalid \"ipproto\" value", v))?);
        } else if w == "sport" || w == "dport" {
            let v = args.value(w)?;
            let what = if w == "sport" {
                "invalid port range"
            } else {
                "invalid dport range"
            };
            let (a, b) = range(v).ok_or_else(|| invalid_arg(what, v))?;
            let p = Some((a as u16, b.unwrap_or(a) as u16));
            if w == "sport" {
                s.sport = p;
            } else {
                s.dport = p;
            }
        } else if matches(w, "protocol") {
            // ip 6.1 reads the protocol and then shows every rule.
            let v = args.value(w)?;
            if v != "all" && names::protocols().id(v).filter(|&p| p < 256).is_none() {
                return Err(invalid_arg("invalid \"protocol\"", v));
            }
        } else {
            // A bare prefix is the destination.
            let (a, len, _) = crate::args::inet::prefix(w, Some(family))?;
            s.to = Some((a, len));
        }
    }
    Ok(s)
}
