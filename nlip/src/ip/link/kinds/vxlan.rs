//! `type vxlan`: the VNI, endpoints, ports, outer header options and switches, read from
//! the command line (ip refuses any option twice) and printed by `ip -d`.

use super::rows::on_off;
use crate::args::duplicate_or_garbage;
use crate::args::{invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::options::{c_unsigned, find, no_device, Op};
use crate::names;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::kinds::Vxlan;
use nlkit::rtnl::AddressFamily;
use nlkit::wire::codec::Switch;
use nlkit::wire::fixed::Be16;
use nlkit::wire::rtnl::PortRange;
use std::io::{self, Write};
use std::net::IpAddr;

/// `Usage` of `ip link ... type vxlan`.
const VXLAN_USAGE: &str = "\
Usage: ... vxlan id VNI
\t\t[ { group | remote } IP_ADDRESS ]
\t\t[ local ADDR ]
\t\t[ ttl TTL ]
\t\t[ tos TOS ]
\t\t[ df DF ]
\t\t[ flowlabel LABEL ]
\t\t[ dev PHYS_DEV ]
\t\t[ dstport PORT ]
\t\t[ srcport MIN MAX ]
\t\t[ [no]learning ]
\t\t[ [no]proxy ]
\t\t[ [no]rsc ]
\t\t[ [no]l2miss ]
\t\t[ [no]l3miss ]
\t\t[ ageing SECONDS ]
\t\t[ maxaddress NUMBER ]
\t\t[ [no]udpcsum ]
\t\t[ [no]udp6zerocsumtx ]
\t\t[ [no]udp6zerocsumrx ]
\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]
\t\t[ [no]external ] [ gbp ] [ gpe ]
\t\t[ [no]vnifilter ]

Where:\tVNI\t:= 0-16777215
\tADDR\t:= { IP_ADDRESS | any }
\tTOS\t:= { NUMBER | inherit }
\tTTL\t:= { 1..255 | auto | inherit }
\tDF\t:= { unset | set | inherit }
\tLABEL := 0-1048575";

const VXLAN_NO_PORT: &str = "\
vxlan: destination port not specified
Will use Linux kernel default (non-standard value)
Use 'dstport 4789' to get the IANA assigned value
Use 'dstport 0' to get default and quiet this message";

/// A vxlan's options as they are read: the request, and what is checked at the end.
#[derive(Default)]
struct Typed {
    /// The request.
    c: Vxlan,
    /// `learning` or `nolearning` (a new vxlan learns unless it is `external`).
    learning: Option<bool>,
    /// `group ADDR` (needs `dev`).
    group: Option<IpAddr>,
    /// `remote ADDR`.
    remote: Option<IpAddr>,
    /// `dstport` was typed (else ip warns when it creates a vxlan).
    port_set: bool,
    /// The first address fixes the family; `any` is only an address once it is known.
    family: Option<AddressFamily>,
}

/// The options after `type vxlan`.
pub(super) fn parse(ctx: &mut Context, args: &mut Args, op: Op) -> Result<Vxlan, Failure> {
    let mut t = Typed::default();
    // ip refuses a second value for any option (or the other form of a switch).
    let mut seen: Vec<&str> = Vec::new();
    while let Some(w) = args.next() {
        if let Some(key) = vxlan_valued_key(w) {
            if seen.contains(&key) {
                return Err(duplicate_or_garbage(key, args.value(w)?));
            }
            seen.push(key);
        } else if let Some(key) = vxlan_flag_key(w) {
            if seen.contains(&key) {
                return Err(duplicate_or_garbage(w, w));
            }
            seen.push(key);
        }
        if let Some((field, on)) = vxlan_switch(&mut t.c, w) {
            *field = Some(on);
            continue;
        }
        if parse_endpoint(ctx, &mut t, w, args)? || parse_header(&mut t, w, args)? {
            continue;
        }
        match w {
            "learning" => t.learning = Some(true),
            "nolearning" => t.learning = Some(false),
            "gbp" => t.c.gbp = Some(()),
            "gpe" => t.c.gpe = Some(()),
            "help" => return Err(Failure::failed(VXLAN_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "vxlan: unknown command \"{w}\"?\n{VXLAN_USAGE}"
                )))
            }
        }
    }
    finish(t, op)
}

/// `id`, `group`, `remote`, `local` and `dev`; `Ok(false)` for another word.
fn parse_endpoint(
    ctx: &mut Context,
    t: &mut Typed,
    w: &str,
    args: &mut Args,
) -> Result<bool, Failure> {
    let bad = |what: &str, v: &str| invalid_arg_tight(what, v);
    let c = &mut t.c;
    match w {
        "id" | "vni" => {
            let v = args.value(w)?;
            let id = c_unsigned(v, (1 << 24) - 1).ok_or_else(|| bad("invalid id", v))?;
            c.id = Some(id);
        }
        "group" | "remote" => {
            let v = args.value(w)?;
            if t.group.is_some() || t.remote.is_some() {
                return Err(Failure::failed(
                    "vxlan: both group and remote cannot be specified",
                ));
            }
            let a = vxlan_addr(v, &mut t.family)?;
            let ok = a.is_some_and(|a| a.is_multicast() == (w == "group"));
            match a {
                Some(a) if ok && w == "group" => t.group = Some(a),
                Some(a) if ok => t.remote = Some(a),
                _ => return Err(bad(&format!("invalid {w} address"), v)),
            }
        }
        "local" => {
            let v = args.value(w)?;
            match vxlan_addr(v, &mut t.family)? {
                Some(a) if !a.is_multicast() => c.set_local(a),
                // `any` of a known family: ip sends the attribute empty (and the kernel
                // refuses it).
                None if t.family.is_some() => {
                    c.set_local_any(t.family == Some(AddressFamily::Inet6))
                }
                _ => return Err(bad("invalid local address", v)),
            }
        }
        "dev" => {
            let v = args.value(w)?;
            let idx = find(ctx, v).map(|l| l.index);
            c.link = Some(idx.ok_or_else(|| no_device(v, 255))?);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The outer header's options (`ttl`, `tos`, `df`, `flowlabel`), the ports, `ageing` and
/// `maxaddress`; `Ok(false)` for another word.
fn parse_header(t: &mut Typed, w: &str, args: &mut Args) -> Result<bool, Failure> {
    let bad = |what: &str, v: &str| invalid_arg_tight(what, v);
    let c = &mut t.c;
    match w {
        "ttl" | "hoplimit" => {
            let v = args.value(w)?;
            match v {
                "inherit" => c.ttl_inherit = Some(Switch::Flag),
                "auto" => c.ttl = Some(0),
                _ => {
                    let t = c_unsigned(v, u32::MAX).ok_or_else(|| bad("invalid TTL", v))?;
                    if t > 255 {
                        return Err(bad("TTL must be <= 255", v));
                    }
                    c.ttl = Some(t as u8);
                }
            }
        }
        "tos" | "dsfield" => {
            let v = args.value(w)?;
            let t = match v {
                "inherit" => Some(1),
                _ => names::dsfields().id(v).filter(|&t| t < 256),
            };
            c.tos = Some(t.ok_or_else(|| bad("bad TOS value", v))? as u8);
        }
        "dstport" => {
            let v = args.value(w)?;
            let p = c_unsigned(v, 65535).ok_or_else(|| bad("dst port", v))?;
            t.port_set = true;
            c.port = (p != 0).then_some(p as u16);
        }
        "srcport" => {
            let lo = args.value(w)?;
            let lo = c_unsigned(lo, 65535).ok_or_else(|| bad("min port", lo))?;
            let hi = args.value(w)?;
            let hi = c_unsigned(hi, 65535).ok_or_else(|| bad("max port", hi))?;
            c.port_range = Some(PortRange {
                low: Be16(lo as u16),
                high: Be16(hi as u16),
            });
        }
        "ageing" => {
            let v = args.value(w)?;
            c.ageing = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("ageing timer", v))?);
        }
        "maxaddress" => {
            let v = args.value(w)?;
            c.limit = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("max addresses", v))?);
        }
        "flowlabel" => {
            let v = args.value(w)?;
            c.label = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("invalid flowlabel", v))?);
        }
        "df" => {
            let v = args.value(w)?;
            c.df = Some(match v {
                "unset" => 0,
                "set" => 1,
                "inherit" => 2,
                _ => return Err(bad("DF must be 'unset', 'set' or 'inherit'", v)),
            });
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The checks ip makes once every option is read, and the defaults of a new vxlan.
fn finish(t: Typed, op: Op) -> Result<Vxlan, Failure> {
    let Typed {
        mut c,
        learning,
        group,
        remote,
        port_set,
        ..
    } = t;
    if let Some(a) = group.or(remote) {
        c.set_remote(a);
    }
    let external = c.collect_metadata == Some(true);
    if external && c.id.is_some() {
        return Err(Failure::failed(
            "vxlan: both 'external' and vni cannot be specified",
        ));
    }
    if op.creates() && c.id.is_none() && !external {
        return Err(Failure::failed("vxlan: missing virtual network identifier"));
    }
    if group.is_some() && c.link.is_none() {
        return Err(Failure::failed(
            "vxlan: 'group' requires 'dev' to be specified",
        ));
    }
    // ip sends learning when it creates a vxlan (off for `external`); a change carries it
    // only when it is typed.
    c.learning = learning.or_else(|| op.creates().then_some(!external));
    if op.creates() && !port_set && c.gpe.is_none() {
        crate::diag::warn(VXLAN_NO_PORT);
    }
    Ok(c)
}

/// A vxlan address: of `family` once one is known (which the first address fixes);
/// `None` for `any`.
fn vxlan_addr(v: &str, family: &mut Option<AddressFamily>) -> Result<Option<IpAddr>, Failure> {
    let what = match *family {
        Some(AddressFamily::Inet) => "inet address",
        Some(AddressFamily::Inet6) => "inet6 address",
        _ => "any valid address",
    };
    if v == "any" {
        return Ok(None);
    }
    let bad = || Failure::failed(format!("Error: {what} is expected rather than \"{v}\".")).fatal();
    let a: IpAddr = v.parse().map_err(|_| bad())?;
    let f = AddressFamily::of(&a);
    if family.is_some_and(|x| x != f) {
        return Err(bad());
    }
    *family = Some(f);
    Ok(Some(a))
}

/// The option a vxlan word with a value sets, by ip's name for it.
fn vxlan_valued_key(w: &str) -> Option<&'static str> {
    Some(match w {
        "id" | "vni" => "id",
        "ttl" | "hoplimit" => "ttl",
        "tos" | "dsfield" => "tos",
        "group" => "group",
        "remote" => "remote",
        "local" => "local",
        "dev" => "dev",
        "dstport" => "dstport",
        "srcport" => "srcport",
        "ageing" => "ageing",
        "maxaddress" => "maxaddress",
        "flowlabel" => "flowlabel",
        "df" => "df",
        _ => return None,
    })
}

/// The option a vxlan switch word sets (`learning` and `nolearning` set the same one).
fn vxlan_flag_key(w: &str) -> Option<&'static str> {
    const SWITCHES: [&str; 13] = [
        "learning",
        "external",
        "proxy",
        "rsc",
        "l2miss",
        "l3miss",
        "udpcsum",
        "udp6zerocsumtx",
        "udp6zerocsumrx",
        "remcsumtx",
        "remcsumrx",
        "gbp",
        "gpe",
    ];
    let name = w.strip_prefix("no").unwrap_or(w);
    let k = SWITCHES.iter().copied().find(|&k| k == name || k == w)?;
    // `gbp` and `gpe` have no `no` form.
    (!(matches!(k, "gbp" | "gpe") && w != k)).then_some(k)
}

/// The vxlan on/off words (`proxy`, `noproxy`, ...): the field and its value.
fn vxlan_switch<'c>(c: &'c mut Vxlan, w: &str) -> Option<(&'c mut Option<bool>, bool)> {
    let (name, on) = match w.strip_prefix("no") {
        Some(rest) => (rest, false),
        None => (w, true),
    };
    let field = match name {
        "external" => &mut c.collect_metadata,
        "proxy" => &mut c.proxy,
        "rsc" => &mut c.rsc,
        "l2miss" => &mut c.l2miss,
        "l3miss" => &mut c.l3miss,
        "udpcsum" => &mut c.udp_csum,
        "udp6zerocsumtx" => &mut c.udp_zero_csum6_tx,
        "udp6zerocsumrx" => &mut c.udp_zero_csum6_rx,
        "remcsumtx" => &mut c.remcsum_tx,
        "remcsumrx" => &mut c.remcsum_rx,
        _ => return None,
    };
    Some((field, on))
}

/// A vxlan's data as `ip -d` prints it (the JSON object `key`).
pub(super) fn print<W: Write>(
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
