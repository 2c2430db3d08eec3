//! `nlip address show`: the links, each followed by the addresses the selectors keep.

use super::print::{print_address, print_address_of, print_brief_address};
use super::select::{device_index, keeps, parse_show, Show};
use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::ip::link::{print_brief, print_brief_head, print_link, print_stats, Style};
use crate::names;
use crate::render::{Mode, Sink};
use nlkit::rtnl::addr::{Address, AddressFilter};
use nlkit::rtnl::link::{Link, LinkFilter};
use nlkit::rtnl::{self, AddressFamily};
use std::collections::HashMap;
use std::io::{self, Write};

pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    // `-0` (`-f link`) lists the links alone, whatever the address selectors.
    let link_only = ctx.address_family() == Some(AddressFamily::Packet);
    // The family of the addresses shown: the family option's, else the `to` prefix's.
    let addr_family = ctx.family.or(s.to_family).filter(|_| !link_only);
    // Addresses first (few), grouped by device; then links stream past.
    let found = if link_only {
        Found::default()
    } else {
        let filter = AddressFilter {
            family: addr_family.map(AddressFamily::from),
            index,
            ..Default::default()
        };
        read_addresses_by_link(ctx, &s, &filter)?
    };
    // The IPv6 view of a link has no IFLA_TXQLEN; ip fills `qlen` in with an ioctl, we take
    // it from the full view (read first: the listing below streams).
    let family = ctx
        .address_family()
        .filter(|&f| f == AddressFamily::Inet6 && index.is_none());
    let qlen = match family {
        Some(_) => queue_lengths(ctx)?,
        None => HashMap::new(),
    };
    let link_filter = listing_filter(family, ctx.stats);
    let netns = crate::ip::link::netns_names(ctx);
    let groups = names::groups();
    let filtered = addr_family.is_some()
        || s.scope.is_some()
        || s.to.is_some()
        || s.label.is_some()
        || !s.flag_mask.is_empty();
    let style = Style {
        netns: &netns,
        details: ctx.details,
        stats: 0, // printed after the addresses
        oneline: ctx.oneline,
        brief: ctx.brief,
        human: ctx.human.then_some(if ctx.iec { 1024 } else { 1000 }),
        // After a `link show` in a batch (ip's `do_link`), as `link show` prints.
        linkmode: crate::ip::link::listed(),
        link_line: addr_family.is_none() || ctx.details,
    };
    let entry = Entry {
        links: &ctx.links,
        groups: &groups,
        style,
        stats: ctx.stats,
        label: s.label.is_some(),
        link_only,
    };
    // ip's link dump asks the kernel to filter (`master`, `type`) only without `dev`, and
    // without a family (or for `link` and `bridge`): not for inet or inet6.
    let kernel_filters = index.is_none()
        && !matches!(
            ctx.address_family(),
            Some(AddressFamily::Inet | AddressFamily::Inet6)
        );
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for l in rtnl::dump(&mut ctx.conn, &link_filter).map_err(|e| diag::dump(&e))? {
        let mut l = match l {
            Ok(l) => l,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        if l.txqlen.is_none() {
            l.txqlen = qlen.get(&l.index).copied();
        }
        if index.is_some_and(|i| i != l.index) {
            continue;
        }
        let addrs = found
            .by_link
            .get(&l.index)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        // A family filter hides links without an address of that family; other filters
        // hide links whose addresses all fail them (links without any address stay).
        let hidden = if link_only {
            false
        } else if addr_family.is_some() {
            addrs.is_empty()
        } else {
            filtered && addrs.is_empty() && found.has_any.contains(&l.index)
        };
        if hidden {
            continue;
        }
        if !s.shows_link(&l) {
            // ip opens the link's JSON object before its printer refuses the link: `{}`
            // for each one the kernel did not leave out of the dump already.
            if s.printer_refuses(&l, kernel_filters) {
                sink.open_object(Mode::Json, None)?;
                sink.close_object(Mode::Json)?;
            }
            continue;
        }
        sink.open_object(Mode::Json, None)?;
        let refused = found
            .refused_at
            .get(&l.index)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        entry.print(&mut sink, &l, addrs, refused)?;
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// The addresses `address show` selected, by device, and the devices that have any.
#[derive(Default)]
struct Found {
    by_link: HashMap<u32, Vec<Address>>,
    /// For each address the selectors refuse, how many kept ones come before it: ip's JSON
    /// has an empty object (`{}`) there.
    refused_at: HashMap<u32, Vec<usize>>,
    has_any: std::collections::HashSet<u32>,
}

/// Reads the addresses `filter` dumps and `s` keeps. They are held before printing, so an
/// interrupted dump is simply read again (a few times; then ip's warning, from the
/// dispatcher).
fn read_addresses_by_link(
    ctx: &mut Context,
    s: &Show,
    filter: &AddressFilter,
) -> Result<Found, Failure> {
    let mut found = Found::default();
    for attempt in 0..=DUMP_RETRIES {
        found = Found::default();
        for a in rtnl::dump(&mut ctx.conn, filter).map_err(|e| diag::dump(&e))? {
            let a = a.map_err(|e| diag::dump(&e))?;
            found.has_any.insert(a.index);
            if keeps(s, &a, &ctx.links) {
                found.by_link.entry(a.index).or_default().push(a);
            } else {
                let before = found.by_link.get(&a.index).map_or(0, Vec::len);
                found.refused_at.entry(a.index).or_default().push(before);
            }
        }
        if !ctx.conn.take_interrupted() {
            break;
        }
        if attempt == DUMP_RETRIES {
            report_interrupted(ctx); // the dispatcher prints ip's warning
        }
    }
    Ok(found)
}

/// The queue length of every link, from the full view.
fn queue_lengths(ctx: &mut Context) -> Result<HashMap<u32, u32>, Failure> {
    let mut qlen = HashMap::new();
    for l in rtnl::dump(&mut ctx.conn, &LinkFilter::default()).map_err(|e| diag::dump(&e))? {
        let l = l.map_err(|e| diag::dump(&e))?;
        if let Some(q) = l.txqlen {
            qlen.insert(l.index, q);
        }
    }
    Ok(qlen)
}

/// The link dump of `address show`: ip asks for the links in the family it shows (the IPv6
/// view has no qdisc/group; with `dev`, it asks for the one link in the full view), with VF
/// info and, without -s, no statistics (which also leaves out address-family data such as
/// addrgenmode). The IPv6 view refuses IFLA_EXT_MASK under strict checking.
fn listing_filter(family: Option<AddressFamily>, stats: u32) -> LinkFilter {
    use nlkit::rtnl::link::attrs::{RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_VF};
    let mask = if stats > 0 {
        RTEXT_FILTER_VF
    } else {
        RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS
    };
    LinkFilter {
        family,
        ext_mask: family.is_none().then_some(mask),
        ..Default::default()
    }
}

/// How `address show` prints a link with its addresses.
struct Entry<'a> {
    links: &'a names::Links,
    groups: &'a names::NameTable,
    style: Style<'a>,
    /// `-s` (how many times).
    stats: u32,
    /// `label` was given (the link lines are left out).
    label: bool,
    /// `-0`: the links alone.
    link_only: bool,
}

impl Entry<'_> {
    /// Prints `l` and `addrs` as the view asks.
    fn print<W: Write>(
        &self,
        sink: &mut Sink<W>,
        l: &Link,
        addrs: &[Address],
        refused: &[usize],
    ) -> io::Result<()> {
        let (links, style) = (self.links, self.style);
        if self.link_only {
            // `label` leaves out the link lines, so no line at all.
            if !self.label {
                print_link_only(sink, l, links, self.groups, self.stats, style)?;
            }
        } else if style.brief {
            // `label` leaves out the link part.
            if !self.label {
                print_brief_head(sink, l, links)?;
            }
            sink.open_array(Mode::Json, Some("addr_info"))?;
            for (i, a) in addrs.iter().enumerate() {
                empty_objects(sink, refused, i)?;
                print_brief_address(sink, a)?;
            }
            empty_objects(sink, refused, addrs.len())?;
            sink.close_array(Mode::Json)?;
            sink.text("\n")?;
        } else if style.oneline {
            // One line per address, each led by the device (JSON: the addresses alone, each
            // with the device's index and name).
            let name = l.name.as_deref().unwrap_or("");
            sink.open_array(Mode::Json, Some("addr_info"))?;
            for (i, a) in addrs.iter().enumerate() {
                empty_objects(sink, refused, i)?;
                sink.text(&format!("{}: {name}", l.index))?;
                print_address_of(sink, a, true, Some(name))?;
            }
            empty_objects(sink, refused, addrs.len())?;
            sink.close_array(Mode::Json)?;
        } else {
            self.print_full(sink, l, addrs, refused)?;
        }
        Ok(())
    }

    /// The link lines, the address lines and the counters.
    fn print_full<W: Write>(
        &self,
        sink: &mut Sink<W>,
        l: &Link,
        addrs: &[Address],
        refused: &[usize],
    ) -> io::Result<()> {
        let style = self.style;
        if !self.label {
            // ip's address listing does not show addrgenmode with -d.
            let mut l = l.clone();
            if let Some(a) = l.af_spec.as_mut() {
                a.inet6_addr_gen_mode = None;
            }
            // Without addresses, the counters follow the link as in `link show`.
            let stats = if addrs.is_empty() && !sink.is_json() {
                self.stats
            } else {
                0
            };
            print_link(sink, &l, self.groups, self.links, Style { stats, ..style })?;
        }
        let stats_after = self.stats > 0 && !self.label && (!addrs.is_empty() || sink.is_json());
        sink.open_array(Mode::Json, Some("addr_info"))?;
        for (i, a) in addrs.iter().enumerate() {
            empty_objects(sink, refused, i)?;
            // When counters follow, the last address leaves its line for them to end.
            print_address(sink, a, !(stats_after && i + 1 == addrs.len()))?;
        }
        empty_objects(sink, refused, addrs.len())?;
        sink.close_array(Mode::Json)?;
        if stats_after {
            // ip prints a link's counters after its addresses.
            let nl = if style.oneline { "\\" } else { "\n" };
            print_stats(sink, l, self.stats, nl, style.human)?;
            sink.text("\n")?;
        }
        Ok(())
    }
}

/// JSON: an empty object for each refused address that comes after `at` kept ones (ip opens
/// the object of every address of the link before its printer refuses one).
fn empty_objects<W: Write>(sink: &mut Sink<W>, refused: &[usize], at: usize) -> io::Result<()> {
    for _ in refused.iter().filter(|&&r| r == at) {
        sink.open_object(Mode::Json, None)?;
        sink.close_object(Mode::Json)?;
    }
    Ok(())
}

/// Prints `l` alone, as `-0 address show` does: `link show` without `mode` and
/// `addrgenmode`, or its brief line.
fn print_link_only<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    links: &names::Links,
    groups: &names::NameTable,
    stats: u32,
    style: Style,
) -> io::Result<()> {
    if style.brief {
        return print_brief(sink, l, links);
    }
    let mut l = l.clone();
    if let Some(a) = l.af_spec.as_mut() {
        a.inet6_addr_gen_mode = None;
    }
    print_link(sink, &l, groups, links, Style { stats, ..style })
}

/// How many times `address show` reads an interrupted address dump again.
const DUMP_RETRIES: u32 = 3;

/// Marks the connection as having seen an interrupted dump (for the dispatcher's warning).
fn report_interrupted(ctx: &mut Context) {
    ctx.interrupted = true;
}
