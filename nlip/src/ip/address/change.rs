//! `nlip address add|change|replace|del`: ip's grammar, warnings and errors, and the
//! request of a change for `-batch -force`.

use super::print::print_address_event;
use crate::args::duplicate;
use crate::args::inet;
use crate::args::inet::{bad_prefix, family_of};
use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::addr::{Address, AddressFlags, INFINITY_LIFE_TIME};
use nlkit::rtnl::{self, AddressFamily, Change, Scope, Verb};
use nlkit::wire::MessageBuilder;
use std::net::IpAddr;

/// The change command `cmd` names (`add`, `change`, `replace`, `delete`).
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    crate::args::verb_of(cmd, &[Verb::Add, Verb::Change, Verb::Replace, Verb::Delete])
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
pub(super) fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
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
    let mut words = Words {
        family: ctx.family,
        ..Default::default()
    };
    while let Some(w) = args.next() {
        words.read(w, args)?;
    }
    let Some(dev) = words.dev else {
        return Err(Failure::new(
            "Not enough information: \"dev\" argument is required.",
            crate::diag::exit::FAILED,
        ));
    };
    let mut a = words.address(verb == Verb::Delete)?;
    a.index = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, dev)
        .ok_or_else(|| Failure::failed(format!("Cannot find device \"{dev}\"")))?;
    let (valid, preferred) = (words.valid, words.preferred);
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
    // ip checks this after the device and the lifetimes.
    let multicast = a.local.is_some_and(|l| l.is_multicast());
    if words.flags.contains(AddressFlags::MCAUTOJOIN) && !multicast {
        return Err(Failure::failed("autojoin needs multicast address"));
    }
    a.flags = words.flags;
    Ok(a)
}

/// What the words of an address change say, as they are read (the device is looked up,
/// and the addresses put together, after the last word).
#[derive(Default)]
struct Words<'a> {
    /// The family option's, else the first address's.
    family: Option<u8>,
    /// The address so far: broadcast, anycast, scope, label and metric.
    a: Address,
    /// `local`: the address, the length, and whether the length was given.
    local: Option<(IpAddr, u8, bool)>,
    peer: Option<(IpAddr, u8)>,
    /// `broadcast +` (true) or `broadcast -` (false): from the prefix.
    brd_from_prefix: Option<bool>,
    /// `scope` was given.
    scoped: bool,
    dev: Option<&'a str>,
    flags: AddressFlags,
    valid: Option<u32>,
    preferred: Option<u32>,
}

impl<'a> Words<'a> {
    /// Reads the word `w` (and its value from `args`).
    fn read(&mut self, w: &'a str, args: &mut Args<'a>) -> Result<(), Failure> {
        let a = &mut self.a;
        if w == "peer" || w == "remote" {
            let v = args.value(w)?;
            if self.peer.is_some() {
                return Err(duplicate("peer", v));
            }
            let (ip, len, _) = parse_change_prefix(v, self.family)?;
            self.family = self.family.or(Some(family_of(&ip)));
            self.peer = Some((ip, len));
        } else if matches(w, "broadcast") || w == "brd" {
            let v = args.value(w)?;
            if a.broadcast.is_some() || self.brd_from_prefix.is_some() {
                return Err(duplicate("broadcast", v));
            }
            match v {
                "+" => self.brd_from_prefix = Some(true),
                "-" => self.brd_from_prefix = Some(false),
                _ => {
                    let ip = inet::address(v, self.family)?;
                    self.family = self.family.or(Some(family_of(&ip)));
                    a.broadcast = Some(ip);
                }
            }
        } else if w == "anycast" {
            let v = args.value(w)?;
            if a.anycast.is_some() {
                return Err(duplicate("anycast", v));
            }
            let ip = inet::address(v, self.family)?;
            self.family = self.family.or(Some(family_of(&ip)));
            a.anycast = Some(ip);
        } else if w == "scope" {
            let v = args.value(w)?;
            let id = names::scopes().id(v).filter(|&x| x < 256);
            let id = id.ok_or_else(|| invalid_arg_tight("invalid scope value.", v))?;
            a.scope = Scope::from(id as u8);
            self.scoped = true;
        } else if w == "dev" {
            self.dev = Some(args.value(w)?);
        } else if w == "label" {
            a.label = Some(args.value(w)?.to_owned());
        } else if matches(w, "metric") || matches(w, "priority") || matches(w, "preference") {
            let v = args.value(w)?;
            let m = v
                .parse::<u32>()
                .map_err(|_| invalid_arg("\"metric\" value is invalid", v))?;
            a.route_priority = Some(m);
        } else if matches(w, "valid_lft") {
            if self.valid.is_some() {
                return Err(duplicate("valid_lft", w));
            }
            self.valid = Some(parse_lifetime(args.value(w)?, "valid_lft value")?);
        } else if matches(w, "preferred_lft") {
            if self.preferred.is_some() {
                return Err(duplicate("preferred_lft", w));
            }
            self.preferred = Some(parse_lifetime(args.value(w)?, "preferred_lft value")?);
        } else if let Some(&(_, bit)) = CONF_FLAGS.iter().find(|f| f.0 == w) {
            // ip drops the IPv6-only flags unless the family is known to be IPv6 already.
            let ipv6_only = bit.intersects(
                AddressFlags::NODAD
                    | AddressFlags::OPTIMISTIC
                    | AddressFlags::HOMEADDRESS
                    | AddressFlags::MANAGETEMPADDR,
            );
            if ipv6_only && self.family != Some(AddressFamily::Inet6.into()) {
                crate::diag::warn(&format!(
                    "Warning: {w} option can be set only for IPv6 addresses"
                ));
            } else {
                self.flags |= bit;
            }
        } else {
            let v = if w == "local" { args.value(w)? } else { w };
            if matches(v, "help") {
                return Err(Failure::usage(super::HELP));
            }
            if self.local.is_some() {
                return Err(Failure::usage(format!(
                    "Error: either \"local\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            let l = parse_change_prefix(v, self.family)?;
            self.family = self.family.or(Some(family_of(&l.0)));
            self.local = Some(l);
        }
        Ok(())
    }

    /// The address the words name (`delete`: for a deletion): the family, the local and
    /// peer addresses, the broadcast address from the prefix, the default scope.
    fn address(&self, delete: bool) -> Result<Address, Failure> {
        let mut a = self.a.clone();
        a.family = AddressFamily::from(self.family.unwrap_or(0));
        if let Some((ip, len)) = self.peer {
            a.address = Some(ip);
            a.prefix_len = len;
        }
        if let Some((ip, len, given)) = self.local {
            a.local = Some(ip);
            if self.peer.is_none() {
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
        if let (Some(ones), false) = (self.brd_from_prefix, delete) {
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
        if !self.scoped && !delete {
            a.scope = match a.local {
                Some(IpAddr::V4(v)) if v.octets()[0] == 127 => Scope::Host,
                _ => Scope::Universe,
            };
        }
        Ok(a)
    }
}

/// `ADDR[/LEN]` of `family` as ip's `get_prefix` reads it: the address, the length, and
/// whether the length was given. An error exits as ip's does.
fn parse_change_prefix(v: &str, family: Option<u8>) -> Result<(IpAddr, u8, bool), Failure> {
    match inet::prefix(v, family)? {
        (Some(ip), len, _) => Ok((ip, len, v.contains('/'))),
        (None, ..) => Err(bad_prefix(v, family)),
    }
}

/// A lifetime: `forever` or seconds.
fn parse_lifetime(v: &str, what: &str) -> Result<u32, Failure> {
    if v == "forever" {
        return Ok(INFINITY_LIFE_TIME);
    }
    v.parse::<u32>()
        .map_err(|_| crate::args::invalid_arg_tight(what, v))
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
