//! `ip link show`: the selectors (`dev`, `up`, `master`, `vrf`, `nomaster`, `type`,
//! `group`), the kernel-side filter, and one record per link (brief or full).

use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::ip::link::help::HELP;
use crate::ip::link::print::{print_brief, print_link, Style};
use crate::names::{self, NameTable};
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::attrs::RTEXT_FILTER_VF;
use nlkit::rtnl::link::kinds::LinkKind;
use nlkit::rtnl::link::{Link, LinkFilter, LinkFlags, LinkQuery};
use nlkit::rtnl::{self, Filter};
use std::io::{self, Write};

/// The selectors of `link show`.
#[derive(Debug, Default)]
struct Show {
    dev: Option<String>,
    up: bool,
    sel: LinkSelectors,
}

/// The link selectors `link show` and `address show` share: `master DEV`, `vrf NAME`,
/// `nomaster`, `type TYPE` and `group GROUP`.
#[derive(Debug, Default)]
pub(crate) struct LinkSelectors {
    master: Option<u32>,
    kind: Option<String>,
    group: Option<u32>,
    /// `nomaster`: only links without a master.
    pub(crate) nomaster: bool,
}

impl LinkSelectors {
    /// Reads the selector the word `w` names (and its value from `args`); `Ok(false)` when
    /// `w` is not one of them.
    pub(crate) fn parse(
        &mut self,
        ctx: &mut Context,
        w: &str,
        args: &mut Args,
    ) -> Result<bool, Failure> {
        if w == "master" {
            let v = args.value(w)?;
            let idx = ctx.links.index(&mut ctx.conn, v);
            self.master = Some(idx.ok_or_else(|| invalid_arg("Device does not exist", v))?);
        } else if w == "nomaster" {
            self.nomaster = true;
        } else if w == "vrf" {
            self.master = Some(vrf_index(ctx, args.value(w)?)?);
        } else if w == "type" {
            self.kind = Some(args.value(w)?.to_owned());
        } else if w == "group" {
            let v = args.value(w)?;
            let id = names::groups().id(v);
            self.group = Some(id.ok_or_else(|| invalid_arg("Invalid \"group\" value", v))?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// True when `l` passes `master`, `vrf`, `type` and `group` (`nomaster` is left to the
    /// caller: ip applies it at another point).
    pub(crate) fn keeps(&self, l: &Link) -> bool {
        self.kind
            .as_deref()
            .is_none_or(|k| match k.strip_suffix("_slave") {
                Some(master) => l.port_kind() == Some(master),
                None => l.kind() == Some(k),
            })
            && self.group.is_none_or(|g| l.group.unwrap_or(0) == g)
            && self.master.is_none_or(|m| l.master == Some(m))
    }
}

fn parse_show(ctx: &mut Context, args: &mut Args) -> Result<Show, Failure> {
    let mut s = Show::default();
    while let Some(w) = args.next() {
        if w == "up" {
            s.up = true;
        } else if !s.sel.parse(ctx, w, args)? {
            let mut v = w;
            if w == "dev" {
                v = args.value(w)?;
            } else if matches(w, "help") {
                return Err(Failure::usage(HELP));
            }
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

/// The named namespaces by id, for `link-netns NAME` in the text listings (JSON and the
/// brief table print the id; the lookup is skipped when no link has a peer elsewhere).
pub(crate) fn netns_names(ctx: &mut Context) -> std::collections::HashMap<i32, String> {
    if ctx.json || ctx.brief || !ctx.links.any_netnsid() {
        Default::default()
    } else {
        names::netns_ids(&mut ctx.conn)
    }
}

/// The VRF device `name`, if it is one.
fn vrf_link(ctx: &mut Context, name: &str) -> Option<Link> {
    rtnl::get(&mut ctx.conn, &LinkQuery::by_name(name))
        .ok()
        .filter(|l| l.kind() == Some("vrf"))
}

/// The index of the VRF device `name` (selector `vrf NAME`), or ip's error.
pub(crate) fn vrf_index(ctx: &mut Context, name: &str) -> Result<u32, Failure> {
    let vrf = vrf_link(ctx, name).ok_or_else(|| invalid_arg("Not a valid VRF name", name))?;
    Ok(vrf.index)
}

/// The routing table of the VRF device `name` (`IFLA_VRF_TABLE`), if it is one.
pub(crate) fn vrf_table(ctx: &mut Context, name: &str) -> Option<u32> {
    match vrf_link(ctx, name)?.kind_data()? {
        LinkKind::Vrf(v) => v.table,
        _ => None,
    }
}

/// True when the selectors that iproute2 applies in user space keep `l`.
fn keeps(s: &Show, l: &Link) -> bool {
    (!s.up || l.flags.contains(LinkFlags::UP)) && s.sel.keeps(l)
}

/// ip's `do_link`: set by the first `link show` and never cleared, so in a batch the later
/// `address show` lines print the link as `link show` does (`mode`, `alias`).
static LISTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// True once a `link show` ran in this process (ip's `do_link`).
pub(crate) fn listed() -> bool {
    LISTED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The device, `up` and `group` selectors of the last `link show`: ip's listing filter
/// stays set after it, and its `-echo` of a later `link add` in the batch goes through it.
static LAST: std::sync::Mutex<(Option<u32>, bool, Option<u32>)> =
    std::sync::Mutex::new((None, false, None));

/// True when the last `link show`'s filter (none: ip's zeroed filter, group 0) keeps `l`.
pub(crate) fn last_filter_keeps(l: &Link) -> bool {
    let group = l.group.unwrap_or(0);
    if !listed() {
        return group == 0;
    }
    let (index, up, g) = *LAST.lock().unwrap_or_else(|e| e.into_inner());
    index.is_none_or(|i| i == l.index)
        && (!up || l.flags.contains(LinkFlags::UP))
        && g.is_none_or(|g| g == group)
}

/// `nlip link show [DEVICE | SELECTORS]`.
pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    LISTED.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut s = parse_show(ctx, args)?;
    let index = match &s.dev {
        Some(d) => crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, d),
        None => None,
    };
    *LAST.lock().unwrap_or_else(|e| e.into_inner()) = (index, s.up, s.sel.group);
    ctx.links.preload(&mut ctx.conn);
    let groups = names::groups();
    let netns = netns_names(ctx);
    let style = Style {
        netns: &netns,
        details: ctx.details,
        stats: ctx.stats,
        oneline: ctx.oneline,
        brief: ctx.brief,
        human: ctx.human.then_some(if ctx.iec { 1024 } else { 1000 }),
        linkmode: true,
        link_line: true,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Some(dev) = &s.dev {
        let query = LinkQuery {
            ext_mask: Some(RTEXT_FILTER_VF),
            ..LinkQuery::by_name(dev)
        };
        let l = match rtnl::get(&mut ctx.conn, &query) {
            Ok(l) => l,
            // ip looks the name up first (`va0:0` is `va0` to if_nametoindex), then asks
            // for the link by that name, and exits when the kernel does not know it.
            Err(e) if e.errno() == Some(19) && index.is_some() => {
                return Err(Failure::failed(
                    "RTNETLINK answers: No such device\nCannot send link get request: No such device",
                )
                .fatal());
            }
            Err(e) => {
                return Err(match e.errno() {
                    Some(19) => Failure::failed(format!("Device \"{dev}\" does not exist.")),
                    _ => diag::dump(&e),
                })
            }
        };
        // ip applies `nomaster` to a dump only, not to one link asked for by name.
        s.sel.nomaster = false;
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_list()?;
        return Ok(());
    }
    let filter = KernelSide(LinkFilter {
        master: s.sel.master,
        kind: s.sel.kind.clone().filter(|k| !k.ends_with("_slave")),
        ext_mask: Some(RTEXT_FILTER_VF),
        ..Default::default()
    });
    let dump = rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))?;
    for l in dump {
        let l = match l {
            Ok(l) => l,
            // A link that cannot be read is skipped, as ip skips it.
            Err(nlkit::engine::Error::Decode(_)) => continue,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        print_one(&mut sink, &s, &l, &groups, &ctx.links, style)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// A link filter applied by the kernel alone: ip sends `master` and `type` in the dump
/// request, and the kernel ignores a kind it does not know; ip's own selectors ([`keeps`])
/// then leave an empty JSON object for every link they drop, so nothing is dropped here.
#[derive(Debug, Clone)]
struct KernelSide(LinkFilter);

impl Filter for KernelSide {
    type Object = Link;

    fn request(&self) -> nlkit::wire::MessageBuilder {
        self.0.request()
    }

    fn matches(&self, _: &Link) -> bool {
        true
    }
}

fn print_one<W: Write>(
    sink: &mut Sink<W>,
    s: &Show,
    l: &Link,
    groups: &NameTable,
    links: &names::Links,
    style: Style,
) -> io::Result<()> {
    // ip drops ports for `nomaster` before it opens the JSON object; the other user-space
    // selectors leave an empty object behind.
    if s.sel.nomaster && l.master.is_some() {
        return Ok(());
    }
    sink.open_object(Mode::Json, None)?;
    if keeps(s, l) {
        if style.brief {
            print_brief(sink, l, links)?;
        } else {
            print_link(sink, l, groups, links, style)?;
        }
    }
    sink.close_object(Mode::Json)
}
