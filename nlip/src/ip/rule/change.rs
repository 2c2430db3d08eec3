//! `nlip rule add|del SELECTOR ACTION`: ip's grammar and errors, and the request of a
//! change for `-batch -force`.

use super::print::print_rule;
use super::words::{dsfield, ifname, ip_proto, range, rule_family, HELP};
use crate::args::{c_number, c_u32, invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::rule::attrs::*;
use nlkit::rtnl::rule::{Rule, RuleAction, RuleFlags};
use nlkit::rtnl::{self, Change, RouteProtocol, RouteTable, Verb};
use nlkit::wire::rtnl::{RulePortRange, UidRange};
use nlkit::wire::MessageBuilder;

/// The change command `cmd` names: add or delete.
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    crate::args::verb_of(cmd, &[Verb::Add, Verb::Delete])
}

/// For `-batch -force`: when `words` (after the object) are a rule change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<MessageBuilder, Failure>> {
    let verb = change_kind(words.first()?)?;
    let r = parse_change(ctx, &mut Args::new(&words[1..]), verb == Verb::Add);
    Some(r.map(|r| r.request(verb)))
}

/// `nlip rule add|del SELECTOR ACTION`.
pub(super) fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let r = parse_change(ctx, args, verb == Verb::Add)?;
    if ctx.echo {
        return crate::ip::echo::echo_change(ctx, &r, verb, |sink, o, ctx| match o {
            rtnl::AnyObject::Rule(r) => print_rule(sink, r, ctx.details),
            _ => Ok(()),
        });
    }
    diag::outcome(rtnl::apply(&mut ctx.conn, &r, verb))
}

/// Parses a rule change (`add` false: a deletion) into the rule ip would send.
fn parse_change(ctx: &mut Context, args: &mut Args, add: bool) -> Result<Rule, Failure> {
    if args.peek().is_none() {
        let name = if add { "add" } else { "del" };
        return Err(Failure::failed(format!(
            "\"ip rule {name}\" requires arguments."
        )));
    }
    let mut words = Words {
        r: Rule {
            family: rule_family(ctx),
            ..Default::default()
        },
        table: None,
        action: None,
        order: Vec::new(),
    };
    while let Some(w) = args.next() {
        if !words.read_selector(w, args, ctx.family)? && !words.read_action(w, args)? {
            let v = if w == "type" { args.value(w)? } else { w };
            words.action = Some(
                rule_type(v).ok_or_else(|| invalid_arg_tight("Failed to parse rule type", v))?,
            );
        }
    }
    words.finish(add)
}

/// What the words of a rule change say, as they are read.
struct Words {
    /// The rule so far.
    r: Rule,
    /// The `table` id.
    table: Option<u32>,
    /// The action named (a type, `nat`, `goto`), if any.
    action: Option<RuleAction>,
    /// The attributes in the order they were first given (ip sends them in that order).
    order: Vec<u16>,
}

impl Words {
    /// Notes that attribute `kind` was given.
    fn seen(&mut self, kind: u16) {
        if !self.order.contains(&kind) {
            self.order.push(kind);
        }
    }

    /// Reads the selector word `w` (and its value): false when `w` is not a selector.
    fn read_selector(
        &mut self,
        w: &str,
        args: &mut Args,
        family: Option<u8>,
    ) -> Result<bool, Failure> {
        if w == "not" {
            self.r.flags |= RuleFlags::INVERT;
        } else if w == "from" || w == "to" {
            let v = args.value(w)?;
            let (a, len, _) = crate::args::inet::prefix(v, family)?;
            if w == "from" {
                self.r.source = a;
                self.r.source_len = len;
                if a.is_some() {
                    self.seen(FRA_SRC);
                }
            } else {
                self.r.destination = a;
                self.r.destination_len = len;
                if a.is_some() {
                    self.seen(FRA_DST);
                }
            }
        } else if w == "tos" || matches(w, "dsfield") {
            let v = args.value(w)?;
            self.r.tos = dsfield(v).ok_or_else(|| invalid_arg("TOS value is invalid", v))?;
        } else if w == "fwmark" {
            let v = args.value(w)?;
            let (mark, mask) = match v.split_once('/') {
                Some((m, k)) => (m, Some(k)),
                None => (v, None),
            };
            self.r.fwmark =
                Some(c_u32(mark).ok_or_else(|| invalid_arg("fwmark value is invalid", mark))?);
            self.seen(FRA_FWMARK);
            if let Some(k) = mask {
                self.r.fwmask =
                    Some(c_u32(k).ok_or_else(|| invalid_arg("fwmask value is invalid", k))?);
                self.seen(FRA_FWMASK);
            }
        } else if matches(w, "realms") {
            let v = args.value(w)?;
            let realms = names::realms();
            let (from, to) = match v.split_once('/') {
                Some((f, t)) => (realms.id(f), realms.id(t)),
                None => (Some(0), realms.id(v)),
            };
            // A lone realm is taken whole (ip does not range-check it).
            match (from, to) {
                (Some(f), Some(t)) if !v.contains('/') => self.r.flow = Some(f << 16 | t),
                (Some(f), Some(t)) if f < 65536 && t < 65536 => self.r.flow = Some(f << 16 | t),
                _ => return Err(invalid_arg("invalid realms", v)),
            }
            self.seen(FRA_FLOW);
        } else if matches(w, "protocol") && !matches(w, "preference") && !matches(w, "priority") {
            let v = args.value(w)?;
            let id = names::protocols().id(v).filter(|&p| p < 256);
            let id = id.ok_or_else(|| invalid_arg("\"protocol\" value is invalid", v))?;
            self.r.protocol = Some(RouteProtocol::from(id as u8));
            self.seen(FRA_PROTOCOL);
        } else if matches(w, "preference") || matches(w, "order") || matches(w, "priority") {
            let v = args.value(w)?;
            self.r.priority =
                Some(c_u32(v).ok_or_else(|| invalid_arg("preference value is invalid", v))?);
            self.seen(FRA_PRIORITY);
        } else if matches(w, "tun_id") {
            let v = args.value(w)?;
            self.r.tun_id =
                Some(c_number(v).ok_or_else(|| invalid_arg("\"tun_id\" value is invalid", v))?);
            self.seen(FRA_TUN_ID);
        } else if w == "dev" || w == "iif" {
            self.r.iif = Some(ifname(args.value(w)?, "\"iif\"/\"dev\"")?);
            self.seen(FRA_IIFNAME);
        } else if w == "oif" {
            self.r.oif = Some(ifname(args.value(w)?, "\"oif\"")?);
            self.seen(FRA_OIFNAME);
        } else if w == "l3mdev" {
            self.r.l3mdev = Some(1);
            self.seen(FRA_L3MDEV);
        } else if w == "uidrange" {
            let v = args.value(w)?;
            match range(v) {
                Some((s, Some(e))) => self.r.uid_range = Some(UidRange { start: s, end: e }),
                _ => return Err(invalid_arg("invalid UID range", v)),
            }
            self.seen(FRA_UID_RANGE);
        } else if w == "sport" || w == "dport" {
            let v = args.value(w)?;
            let what = if w == "sport" {
                "invalid port range"
            } else {
                "invalid dport range"
            };
            let (s, e) = range(v).ok_or_else(|| invalid_arg(what, v))?;
            let p = RulePortRange {
                start: s as u16,
                end: e.unwrap_or(s) as u16,
            };
            if w == "sport" {
                self.r.sport_range = Some(p);
                self.seen(FRA_SPORT_RANGE);
            } else {
                self.r.dport_range = Some(p);
                self.seen(FRA_DPORT_RANGE);
            }
        } else if w == "ipproto" {
            let v = args.value(w)?;
            self.r.ip_proto =
                Some(ip_proto(v).ok_or_else(|| invalid_arg("Invalid \"ipproto\" value", v))?);
            self.seen(FRA_IP_PROTO);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// Reads the action word `w` (and its value): false when `w` is not an action word
    /// (the rest are rule types).
    fn read_action(&mut self, w: &str, args: &mut Args) -> Result<bool, Failure> {
        if matches(w, "table") || w == "lookup" {
            let v = args.value(w)?;
            let id = names::tables()
                .id(v)
                .ok_or_else(|| invalid_arg("invalid table ID", v))?;
            self.table = Some(id);
            if id >= 256 {
                // Ids the header's 8 bits cannot hold go in FRA_TABLE, here in the order.
                self.seen(FRA_TABLE);
            }
        } else if matches(w, "suppress_prefixlength") {
            let v = args.value(w)?;
            let n = c_u32(v).filter(|&n| n <= i32::MAX as u32);
            self.r.suppress_prefixlen =
                Some(n.ok_or_else(|| invalid_arg("suppress_prefixlength value is invalid", v))?);
            self.seen(FRA_SUPPRESS_PREFIXLEN);
        } else if matches(w, "suppress_ifgroup") {
            let v = args.value(w)?;
            let g = names::groups().id(v).filter(|&g| g <= i32::MAX as u32);
            self.r.suppress_ifgroup =
                Some(g.ok_or_else(|| invalid_arg("Invalid \"suppress_ifgroup\" value", v))?);
            self.seen(FRA_SUPPRESS_IFGROUP);
        } else if w == "nat" || matches(w, "map-to") {
            let v = args.value(w)?;
            crate::diag::warn("Warning: route NAT is deprecated");
            let a = crate::args::inet::address(v, None).map_err(|_| {
                Failure::failed(format!(
                    "Error: an IP address is expected rather than \"{v}\""
                ))
                .fatal()
            })?;
            self.r.gateway = Some(a);
            self.seen(FRA_GATEWAY);
            self.action = Some(RuleAction::Nat);
        } else if matches(w, "goto") {
            let v = args.value(w)?;
            self.r.goto = Some(c_u32(v).ok_or_else(|| invalid_arg("invalid target", v))?);
            self.seen(FRA_GOTO);
            self.action = Some(RuleAction::Goto);
        } else if matches(w, "help") {
            return Err(Failure::usage(HELP));
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// The rule the words name (`add` false: a deletion): ip's checks, the default table
    /// and action, the order of the attributes.
    fn finish(mut self, add: bool) -> Result<Rule, Failure> {
        if self.r.l3mdev.is_some() && self.table.is_some() {
            return Err(Failure::new(
                "table can not be specified for l3mdev rules",
                22,
            ));
        }
        // ip looks up main by default, also for (deprecated) NAT rules.
        let default_table = self.action.is_none() || self.action == Some(RuleAction::Nat);
        if add && default_table && self.table.is_none() && self.r.l3mdev.is_none() {
            self.table = Some(RouteTable::Main.into());
        }
        self.r.table = RouteTable::from(self.table.unwrap_or(0));
        self.r.action = match self.action {
            Some(a) => a,
            None if add => RuleAction::ToTable,
            None => RuleAction::Unspec,
        };
        for t in self.order {
            self.r.order.push(t);
        }
        Ok(self.r)
    }
}

/// The route type names a rule action may be given by, in the order ip tries them
/// (`local`, `nat` and `throw` must be spelled out; the others may be abbreviated).
/// ip sends the route type's number as the action (`local` is 2, the number of `goto`).
pub(super) fn rule_type(w: &str) -> Option<RuleAction> {
    use nlkit::rtnl::RouteType;
    let route_type = |t: RouteType| Some(RuleAction::from(u8::from(t)));
    if matches(w, "nop") {
        return Some(RuleAction::Nop);
    }
    match w {
        "local" => return route_type(RouteType::Local),
        "nat" => return Some(RuleAction::Nat),
        _ => {}
    }
    for (name, t) in [
        ("broadcast", RouteType::Broadcast),
        ("anycast", RouteType::Anycast),
        ("multicast", RouteType::Multicast),
        ("prohibit", RouteType::Prohibit),
        ("unreachable", RouteType::Unreachable),
        ("blackhole", RouteType::Blackhole),
        ("xresolve", RouteType::Xresolve),
        ("unicast", RouteType::Unicast),
    ] {
        if matches(w, name) {
            return route_type(t);
        }
    }
    if w == "throw" {
        return route_type(RouteType::Throw);
    }
    c_number(w)
        .filter(|&n| n < 256)
        .map(|n| RuleAction::from(n as u8))
}
