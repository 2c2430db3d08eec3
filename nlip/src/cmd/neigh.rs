//! `nlip neighbour`: `show` with `dev`, `nud`, `proxy`, a prefix, and the family options.

use crate::args::{matches, Args};
use crate::diag::{self, Failure};
use crate::render::{Color, Mode, Render, Sink};
use crate::Context;
use nlkit::rtnl::neigh::attrs::*;
use nlkit::rtnl::neigh::{self as nlneigh, Neighbour, NeighbourFilter};
use std::io::{self, Write};
use std::net::IpAddr;

const HELP: &str = "Usage: ip neigh { add | del | change | replace }
                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                [ protocol PROTO ]

	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
				  [ vrf NAME ] [ nomaster ]
	ip neigh get { ADDR | proxy ADDR } dev DEV

STATE := { delay | failed | incomplete | noarp | none |
           permanent | probe | reachable | stale }";

/// `nlip neighbour ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::new(HELP, 255));
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    for c in ["add", "change", "replace", "delete", "flush"] {
        if matches(cmd, c) {
            return Err(Failure::new(
                format!("nlip: \"neigh {c}\" is not implemented yet"),
                255,
            ));
        }
    }
    Err(Failure::new(
        format!("Command \"{cmd}\" is unknown, try \"ip neigh help\"."),
        255,
    ))
}

/// `NUD_*` names as ip prints them.
const STATES: [(u16, &str); 8] = [
    (NUD_INCOMPLETE, "INCOMPLETE"),
    (NUD_REACHABLE, "REACHABLE"),
    (NUD_STALE, "STALE"),
    (NUD_DELAY, "DELAY"),
    (NUD_PROBE, "PROBE"),
    (NUD_FAILED, "FAILED"),
    (NUD_NOARP, "NOARP"),
    (NUD_PERMANENT, "PERMANENT"),
];

fn nud(word: &str) -> Option<u16> {
    Some(match word {
        "permanent" => NUD_PERMANENT,
        "reachable" => NUD_REACHABLE,
        "stale" => NUD_STALE,
        "delay" => NUD_DELAY,
        "probe" => NUD_PROBE,
        "failed" => NUD_FAILED,
        "incomplete" => NUD_INCOMPLETE,
        "noarp" => NUD_NOARP,
        "none" => NUD_NONE,
        _ => return None,
    })
}

struct Show {
    dev: bool,
    /// Shown states (`None`: everything but NOARP and NONE).
    states: Option<(u16, bool)>,
    to: Option<IpAddr>,
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut filter = NeighbourFilter {
        family: ctx.family,
        ..Default::default()
    };
    let mut s = Show {
        dev: false,
        states: None,
        to: None,
    };
    let mut dev = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            dev = Some(args.value(w)?.to_owned());
        } else if w == "nud" {
            let v = args.value(w)?;
            let (mut mask, mut none) = s.states.unwrap_or((0, false));
            if v == "all" {
                mask = 0xff;
                none = true;
            } else {
                let bad = || {
                    Failure::new(
                        format!("Error: argument \"{v}\" is wrong: nud state is bad"),
                        255,
                    )
                };
                let st = nud(v).ok_or_else(bad)?;
                if st == NUD_NONE {
                    none = true;
                } else {
                    mask |= st;
                }
            }
            s.states = Some((mask, none));
        } else if w == "proxy" {
            filter.proxy = true;
        } else {
            let v = if w == "to" { args.value(w)? } else { w };
            let a: IpAddr = v.parse().map_err(|_| {
                Failure::new(
                    format!("Error: any valid prefix is expected rather than \"{v}\"."),
                    1,
                )
                .fatal()
            })?;
            s.to = Some(a);
        }
    }
    if let Some(d) = dev {
        let idx = ctx.links.index(&mut ctx.conn, &d);
        filter.interface =
            Some(idx.ok_or_else(|| Failure::new(format!("Cannot find device \"{d}\""), 1))?);
        s.dev = true;
    }
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for n in nlneigh::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let n = n.map_err(|e| diag::dump(&e))?;
        if !filter.proxy {
            let st = n.header.state;
            let shown = match s.states {
                None => st != NUD_NONE && st & NUD_NOARP == 0,
                Some((mask, none)) => {
                    if st == NUD_NONE {
                        none
                    } else {
                        st & mask != 0
                    }
                }
            };
            if !shown {
                continue;
            }
        }
        if s.to.is_some_and(|t| n.destination != Some(t)) {
            continue;
        }
        print_neighbour(&mut sink, &n, &ctx.links, s.dev, ctx.stats)?;
    }
    sink.end_list()?;
    Ok(())
}

/// `nlip neigh get [proxy] ADDR dev DEV` (printed as text even with `-j`, as ip 6.1 does).
fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (mut proxy, mut dev, mut addr) = (false, None, None);
    while let Some(w) = args.next() {
        if w == "proxy" {
            proxy = true;
        } else if w == "dev" {
            dev = Some(args.value(w)?.to_owned());
        } else {
            let v = if w == "to" { args.value(w)? } else { w };
            let a: IpAddr = v.parse().map_err(|_| {
                Failure::new(
                    format!("Error: any valid address is expected rather than \"{v}\"."),
                    1,
                )
                .fatal()
            })?;
            addr = Some(a);
        }
    }
    let (Some(dev), Some(addr)) = (dev, addr) else {
        return Err(Failure::new(
            "Device and address are required arguments.",
            1,
        ));
    };
    let index = ctx.links.index(&mut ctx.conn, &dev);
    let index = index.ok_or_else(|| Failure::new(format!("Cannot find device \"{dev}\""), 1))?;
    let n = nlneigh::get(&mut ctx.conn, index, addr, proxy).map_err(|e| diag::kernel(&e))?;
    let out = std::io::BufWriter::new(std::io::stdout());
    let mut sink = Sink::new(out, false, false);
    sink.set_color(ctx.color);
    print_neighbour(&mut sink, &n, &ctx.links, false, ctx.stats)?;
    sink.flush()?;
    Ok(())
}

struct Mac<'a>(&'a [u8]);

impl Render for Mac<'_> {
    fn render(&self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(b':');
            }
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        }
    }
}

/// Prints one neighbour as `ip neigh show` does.
pub(crate) fn print_neighbour<W: Write>(
    sink: &mut Sink<W>,
    n: &Neighbour,
    links: &crate::names::Links,
    hide_dev: bool,
    stats: u32,
) -> io::Result<()> {
    let h = &n.header;
    sink.open_object(Mode::Json, None)?;
    if let Some(d) = n.destination {
        sink.colored(Mode::Any, "dst", "", &d, " ", Color::of_family(h.family))?;
    }
    if !hide_dev {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(h.index),
            " ",
            Color::Iface,
        )?;
    }
    if let Some(l) = &n.lladdr {
        sink.colored(Mode::Any, "lladdr", "lladdr ", &Mac(l), " ", Color::Mac)?;
    }
    if h.flags & NTF_ROUTER != 0 {
        sink.null(Mode::Any, "router", "router ")?;
    }
    if h.flags & NTF_PROXY != 0 {
        sink.null(Mode::Any, "proxy", "proxy ")?;
    }
    if h.flags & NTF_EXT_LEARNED != 0 {
        sink.null(Mode::Any, "extern_learn", "extern_learn ")?;
    }
    if h.flags & NTF_OFFLOADED != 0 {
        sink.null(Mode::Any, "offload", "offload ")?;
    }
    if stats > 0 {
        if let Some(ci) = n.cache_info {
            let (u, c, up) = (ci.used / 100, ci.confirmed / 100, ci.updated / 100);
            sink.number(Mode::Json, "used", "", &u, "")?;
            sink.number(Mode::Json, "confirmed", "", &c, "")?;
            sink.number(Mode::Json, "updated", "", &up, "")?;
            sink.text(&format!(" used {u}/{c}/{up}"))?;
        }
        if let Some(p) = n.probes {
            sink.number(Mode::Any, "probes", "probes ", &p, " ")?;
        }
    }
    if h.flags & NTF_PROXY == 0 || h.state != NUD_NONE {
        sink.open_array(Mode::Json, Some("state"))?;
        for (bit, name) in STATES {
            if h.state & bit != 0 {
                sink.string(Mode::Any, "", "", name, " ")?;
            }
        }
        sink.close_array(Mode::Json)?;
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}
