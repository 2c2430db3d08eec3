//! `nlip netconf show [dev NAME]`: the per-device IP configuration the kernel reports
//! (forwarding, rp_filter, ...), as `ip netconf` prints it; `monitor` prints its events with
//! the same function.

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::render::{Color, Mode, Sink};
use nlkit::rtnl::netconf::attrs::{NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT};
use nlkit::rtnl::netconf::{Netconf, NetconfFilter, NetconfQuery};
use nlkit::rtnl::{self, AddressFamily};
use std::io::{self, Write};

const HELP: &str = "Usage: ip netconf show [ dev STRING ]";

/// `nlip netconf ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    match args.next() {
        None => show(ctx, args),
        Some(cmd) if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") => {
            show(ctx, args)
        }
        Some(cmd) if matches(cmd, "help") => Err(Failure::usage(HELP)),
        Some(cmd) => Err(Failure::usage(format!(
            "Command \"{cmd}\" is unknown, try \"ip netconf help\"."
        ))),
    }
}

/// `show [dev NAME]`: ip reads only `dev` and skips other words. With a family and a device
/// it asks for that one entry (and, as ip 6.1, prints it as text even with `-j`); otherwise
/// it dumps and keeps the device's entries.
fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut index = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let name = args.value(w)?;
            let i = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, name)
                .ok_or_else(|| Failure::failed(format!("Device \"{name}\" does not exist.")))?;
            index = Some(i);
        }
    }
    ctx.links.preload(&mut ctx.conn);
    let family = ctx.address_family().unwrap_or_default();
    if let (Some(i), true) = (index, family != AddressFamily::Unspec) {
        let query = NetconfQuery {
            family,
            index: i as i32,
        };
        let c = rtnl::get(&mut ctx.conn, &query).map_err(|e| diag_answer(&e))?;
        let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
        print_netconf(&mut sink, &c, &ctx.links)?;
        return Ok(sink.flush()?);
    }
    let mut sink = ctx.sink();
    sink.begin_list()?;
    let filter = NetconfFilter { family };
    for c in rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag_answer(&e))? {
        let c = c.map_err(|e| diag_answer(&e))?;
        let wanted = index.is_none_or(|i| c.interface == Some(i as i32))
            && (family == AddressFamily::Unspec || c.family == family);
        if wanted {
            print_netconf(&mut sink, &c, &ctx.links)?;
        }
    }
    Ok(sink.end_list()?)
}

/// ip's failure of a netconf request: `RTNETLINK answers: TEXT` and "Dump terminated",
/// exit 1.
fn diag_answer(e: &nlkit::engine::Error) -> Failure {
    let mut f = crate::diag::dump(e);
    f.code = crate::diag::exit::FAILED;
    f
}

/// Prints one configuration as ip does: `inet DEV forwarding off rp_filter off ...`
/// (JSON: `family`, `interface` and the settings, on/off as booleans).
pub(crate) fn print_netconf<W: Write>(
    s: &mut Sink<W>,
    c: &Netconf,
    links: &crate::names::Links,
) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    let family = match c.family {
        AddressFamily::Inet => "inet",
        AddressFamily::Inet6 => "inet6",
        AddressFamily::Mpls => "mpls",
        _ => "unknown",
    };
    s.string(Mode::Any, "family", "", family, " ")?;
    match c.interface {
        Some(NETCONFA_IFINDEX_ALL) => {
            s.colored(Mode::Any, "interface", "", "all", " ", Color::Iface)?
        }
        Some(NETCONFA_IFINDEX_DEFAULT) => {
            s.colored(Mode::Any, "interface", "", "default", " ", Color::Iface)?
        }
        Some(i) => {
            let name = links.cached(i as u32);
            s.colored(Mode::Any, "interface", "", &name, " ", Color::Iface)?
        }
        None => {}
    }
    if let Some(v) = c.forwarding {
        s.on_off(Mode::Any, "forwarding", "forwarding ", v != 0, " ")?;
    }
    if let Some(v) = c.rp_filter {
        let text = match v {
            0 => "off",
            1 => "strict",
            2 => "loose",
            _ => "unknown mode",
        };
        s.string(Mode::Any, "rp_filter", "rp_filter ", text, " ")?;
    }
    if let Some(v) = c.mc_forwarding {
        s.on_off(Mode::Any, "mc_forwarding", "mc_forwarding ", v != 0, " ")?;
    }
    if let Some(v) = c.proxy_neigh {
        s.on_off(Mode::Any, "proxy_neigh", "proxy_neigh ", v != 0, " ")?;
    }
    if let Some(v) = c.ignore_routes_with_linkdown {
        let key = "ignore_routes_with_linkdown";
        s.on_off(Mode::Any, key, "ignore_routes_with_linkdown ", v != 0, " ")?;
    }
    if let Some(v) = c.input {
        s.on_off(Mode::Any, "input", "input ", v != 0, " ")?;
    }
    s.text("\n")?;
    s.close_object(Mode::Json)
}
