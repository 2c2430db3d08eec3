//! Addresses as ip prints them: the lines of `address show`, the brief table, and the
//! event form of `ip monitor` and `-echo`.

use crate::names::{self, Links};
use crate::render::{Color, Mode, Render, Sink};
use nlkit::rtnl::addr::{Address, AddressFlags, INFINITY_LIFE_TIME};
use nlkit::rtnl::AddressFamily;
use std::io::{self, Write};

/// Address flags in the order ip prints them (`secondary` is `temporary` for IPv6;
/// `dynamic` is printed when `permanent` is not set).
const FLAG_NAMES: [(AddressFlags, &str); 11] = [
    (AddressFlags::NODAD, "nodad"),
    (AddressFlags::OPTIMISTIC, "optimistic"),
    (AddressFlags::DADFAILED, "dadfailed"),
    (AddressFlags::HOMEADDRESS, "home"),
    (AddressFlags::DEPRECATED, "deprecated"),
    (AddressFlags::TENTATIVE, "tentative"),
    (AddressFlags::PERMANENT, "dynamic"),
    (AddressFlags::MANAGETEMPADDR, "mngtmpaddr"),
    (AddressFlags::NOPREFIXROUTE, "noprefixroute"),
    (AddressFlags::MCAUTOJOIN, "autojoin"),
    (AddressFlags::STABLE_PRIVACY, "stable-privacy"),
];

struct Lifetime(u32);

impl Render for Lifetime {
    fn render(&self, out: &mut Vec<u8>) {
        if self.0 == INFINITY_LIFE_TIME {
            out.extend_from_slice(b"forever");
        } else {
            self.0.render(out);
            out.extend_from_slice(b"sec");
        }
    }
}

/// Prints one address in the brief table: `LOCAL[ peer PEER]/LEN[ metric M] `.
pub(super) fn print_brief_address<W: Write>(sink: &mut Sink<W>, a: &Address) -> io::Result<()> {
    let color = Color::of_family(a.family);
    sink.open_object(Mode::Json, None)?;
    if let Some(l) = a.local.or(a.address) {
        sink.colored(Mode::Any, "local", "", &l, "", color)?;
    }
    if let (Some(l), Some(p)) = (a.local, a.address) {
        if l != p {
            sink.colored(Mode::Any, "address", " peer ", &p, "", color)?;
        }
    }
    sink.number(Mode::Any, "prefixlen", "/", &a.prefix_len, " ")?;
    if let Some(m) = a.route_priority {
        sink.number(Mode::Any, "metric", "metric ", &m, " ")?;
    }
    sink.close_object(Mode::Json)
}

/// Prints one address as the indented lines of `ip addr show`.
pub fn print_address<W: Write>(sink: &mut Sink<W>, a: &Address, end_line: bool) -> io::Result<()> {
    print_address_of(sink, a, end_line, None)
}

/// [`print_address`], in JSON led by the device's `index` and `dev` when `dev` is given (as
/// ip's one-line view prints each address).
pub fn print_address_of<W: Write>(
    sink: &mut Sink<W>,
    a: &Address,
    end_line: bool,
    dev: Option<&str>,
) -> io::Result<()> {
    let ipv6 = a.family == AddressFamily::Inet6;
    let color = Color::of_family(a.family);
    sink.open_object(Mode::Json, None)?;
    if let Some(d) = dev {
        sink.number(Mode::Json, "index", "", &a.index, "")?;
        sink.string(Mode::Json, "dev", "", d, "")?;
    }
    let family = match a.family {
        AddressFamily::Inet => "inet",
        AddressFamily::Inet6 => "inet6",
        _ => "unknown",
    };
    sink.string(Mode::Any, "family", "    ", family, " ")?;
    let local = a.local.or(a.address);
    if let Some(l) = local {
        sink.colored(Mode::Any, "local", "", &l, "", color)?;
    }
    if let (Some(l), Some(p)) = (a.local, a.address) {
        if l != p {
            sink.colored(Mode::Any, "address", " peer ", &p, "", color)?;
        }
    }
    sink.number(Mode::Any, "prefixlen", "/", &a.prefix_len, " ")?;
    if let Some(m) = a.route_priority {
        sink.number(Mode::Any, "metric", "metric ", &m, " ")?;
    }
    if let Some(b) = a.broadcast {
        sink.colored(Mode::Any, "broadcast", "brd ", &b, " ", color)?;
    }
    if let Some(any) = a.anycast {
        sink.colored(Mode::Any, "anycast", "any ", &any, " ", color)?;
    }
    sink.string(
        Mode::Any,
        "scope",
        "scope ",
        &names::scopes().show(u32::from(a.scope.raw())),
        " ",
    )?;
    let flags = a.flags;
    if flags.contains(AddressFlags::SECONDARY) {
        let name = if ipv6 { "temporary" } else { "secondary" };
        sink.flag(Mode::Any, name, name, " ")?;
    }
    for (bit, name) in FLAG_NAMES {
        // `dynamic` is the absence of `permanent`.
        let set = flags.contains(bit) != (bit == AddressFlags::PERMANENT);
        if set {
            sink.flag(Mode::Any, name, name, " ")?;
        }
    }
    if let Some(l) = &a.label {
        sink.string(Mode::Any, "label", "", l.as_str(), "")?;
    }
    sink.inner_break()?;
    let ci = a.cache_info.unwrap_or_default();
    sink.number(Mode::Json, "valid_life_time", "", &ci.valid, "")?;
    sink.number(Mode::Json, "preferred_life_time", "", &ci.preferred, "")?;
    sink.string(Mode::Text, "", "       valid_lft ", &Lifetime(ci.valid), "")?;
    sink.string(
        Mode::Text,
        "",
        " preferred_lft ",
        &Lifetime(ci.preferred),
        "",
    )?;
    if end_line {
        sink.text("\n")?;
    }
    sink.close_object(Mode::Json)
}

/// An address as `ip monitor` (and `ip -echo address add`) prints it: `N: DEV` and the
/// address lines; JSON: the device keys of `-j address show` with one `addr_info`.
pub(crate) fn print_address_event<W: Write>(
    s: &mut Sink<W>,
    a: &Address,
    links: &Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.index).render(&mut dev);
    s.text(&format!("{}: {}", a.index, String::from_utf8_lossy(&dev)))?;
    if s.is_json() {
        s.open_object(Mode::Json, None)?;
        s.number(Mode::Json, "ifindex", "", &a.index, "")?;
        s.string(Mode::Json, "ifname", "", &links.cached(a.index), "")?;
        s.open_array(Mode::Json, Some("addr_info"))?;
        print_address(s, a, true)?;
        s.close_array(Mode::Json)?;
        s.close_object(Mode::Json)
    } else {
        print_address(s, a, true)
    }
}
