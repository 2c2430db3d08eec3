//! The selectors of `address show`, `flush` and `save`, and the test of an address
//! against them.

use crate::args::inet;
use crate::args::inet::family_of;
use crate::args::{invalid_arg, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::LinkSelectors;
use crate::names;
use crate::render::Render;
use nlkit::rtnl::addr::{Address, AddressFlags};
use nlkit::rtnl::link::{Link, LinkFlags};
use nlkit::rtnl::Scope;
use std::net::IpAddr;

/// What `address show` selects.
#[derive(Default)]
pub(super) struct Show {
    pub(super) dev: Option<String>,
    pub(super) up: bool,
    pub(super) label: Option<String>,
    pub(super) scope: Option<Scope>,
    pub(super) to: Option<(IpAddr, u8)>,
    /// The family of the `to` prefix (it selects addresses, not the view of the links).
    pub(super) to_family: Option<u8>,
    /// `master`, `vrf`, `nomaster`, `type`, `group`.
    pub(super) links: LinkSelectors,
    /// Flag selectors: the bits of `flags` under `flag_mask` must match.
    pub(super) flags: AddressFlags,
    pub(super) flag_mask: AddressFlags,
    /// What ip's link dump asks the kernel to filter: the `master`/`vrf` device and the
    /// `type` (not a port type).
    kernel_master: Option<u32>,
    kernel_kind: Option<String>,
    /// The `type` and `group` selectors given, in order.
    kind_group: Vec<(String, String)>,
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

pub(super) fn parse_show(ctx: &mut Context, args: &mut Args) -> Result<Show, Failure> {
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
        } else if let Some(v) = link_selector(ctx, &mut s, w, args)? {
            match w {
                "master" | "vrf" => s.kernel_master = v.parse().ok(),
                "type" if !v.ends_with("_slave") => s.kernel_kind = Some(v),
                _ => {}
            }
        } else if let Some((bit, set)) = flag_selector(w) {
            s.flag_mask |= bit;
            s.flags.set(bit, set);
        } else {
            if w != "dev" && crate::args::matches(w, "help") {
                return Err(Failure::usage(super::HELP));
            }
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

/// Reads a link selector (`master`, `vrf`, `nomaster`, `type`, `group`) into `s.links`:
/// `Some` (for `master` and `vrf` the index, for `type` the type) when `w` is one.
fn link_selector(
    ctx: &mut Context,
    s: &mut Show,
    w: &str,
    args: &mut Args,
) -> Result<Option<String>, Failure> {
    let value = args.peek().unwrap_or("");
    if matches!(w, "master" | "vrf" | "nomaster") {
        // ip keeps one master selector, the last (`nomaster` is master -1): start again
        // from the `type` and `group` given so far.
        let mut fresh = LinkSelectors::default();
        for (k, v) in &s.kind_group {
            fresh.parse(ctx, k, &mut Args::new(&[v.as_str()]))?;
        }
        s.links = fresh;
        s.kernel_master = None;
    }
    if !s.links.parse(ctx, w, args)? {
        return Ok(None);
    }
    if matches!(w, "type" | "group") {
        s.kind_group.push((w.to_owned(), value.to_owned()));
    }
    Ok(Some(match w {
        "master" => ctx
            .links
            .index(&mut ctx.conn, value)
            .map_or_else(String::new, |i| i.to_string()),
        "vrf" => {
            let q = nlkit::rtnl::link::LinkQuery::by_name(value);
            nlkit::rtnl::get(&mut ctx.conn, &q)
                .map_or_else(|_| String::new(), |l| l.index.to_string())
        }
        _ => value.to_owned(),
    }))
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
pub(super) fn keeps(s: &Show, a: &Address, links: &names::Links) -> bool {
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
pub(super) fn device_index(ctx: &mut Context, s: &Show) -> Result<Option<u32>, Failure> {
    ctx.links.preload(&mut ctx.conn);
    match &s.dev {
        None => Ok(None),
        Some(d) => crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, d)
            .map(Some)
            .ok_or_else(|| Failure::failed(format!("Device \"{d}\" does not exist."))),
    }
}

impl Show {
    /// True when the link selectors (`up`, `master`, `type`, `nomaster`, ...) keep `l`.
    pub(super) fn shows_link(&self, l: &Link) -> bool {
        (!self.up || l.flags.contains(LinkFlags::UP))
            && self.links.keeps(l)
            && !(self.links.nomaster && l.master.is_some())
    }

    /// For a link `shows_link` refuses: true when ip's printer refuses it (and its JSON
    /// object is left empty), false when the kernel leaves it out of ip's dump (`kernel`:
    /// the full-view dump, which filters `master`, `vrf`, `nomaster` and `type`; a `dev`
    /// lookup and the IPv6 view filter nothing).
    pub(super) fn printer_refuses(&self, l: &Link, kernel: bool) -> bool {
        if !kernel {
            return true;
        }
        // What the kernel keeps is refused afterwards by `up`, `group` or a port type.
        self.kernel_master.is_none_or(|m| l.master == Some(m))
            && self
                .kernel_kind
                .as_deref()
                .is_none_or(|k| l.kind() == Some(k))
            && !(self.links.nomaster && l.master.is_some())
    }
}
