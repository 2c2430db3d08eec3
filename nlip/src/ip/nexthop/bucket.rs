//! `nlip nexthop bucket list|get`: the buckets of resilient groups, and their printer.

use super::help::HELP;
use super::print::print_nh_flags;
use super::show::{device_selector, parse_id};
use crate::args::{c_number, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::{Mode, Sink};
use nlkit::rtnl;
use nlkit::rtnl::nexthop as nlnh;
use std::io::{self, Write};

/// `nlip nexthop bucket list|show [id ID] [nhid ID] [dev DEV] [vrf NAME] [master DEV]` and
/// `nlip nexthop bucket get id ID index INDEX`: the buckets of resilient groups.
pub(super) fn bucket(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return bucket_list(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return bucket_list(ctx, args);
    }
    if matches(cmd, "get") {
        let (mut id, mut index) = (None, None);
        while let Some(w) = args.next() {
            if w == "id" {
                id = Some(parse_id(args.value(w)?)?);
            } else if w == "index" {
                let v = args.value(w)?;
                let n = c_number(v).and_then(|n| u16::try_from(n).ok());
                index = Some(n.ok_or_else(|| invalid_arg_tight("invalid bucket index value", v))?);
            } else {
                return Err(Failure::usage(HELP));
            }
        }
        let (Some(id), Some(index)) = (id, index) else {
            return Err(Failure::usage(HELP));
        };
        let query = nlnh::BucketQuery { group: id, index };
        let b = rtnl::get(&mut ctx.conn, &query).map_err(|e| diag::kernel(&e))?;
        let mut sink = ctx.sink();
        sink.begin_list()?;
        print_bucket(&mut sink, &b)?;
        sink.end_list()?;
        return Ok(());
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip nexthop help\"."
    )))
}

/// `nlip nexthop bucket list|show [SELECTOR]`.
fn bucket_list(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut f = nlnh::BucketFilter::default();
    while let Some(w) = args.next() {
        if w == "id" {
            f.group = Some(parse_id(args.value(w)?)?);
        } else if w == "nhid" {
            f.nexthop = Some(parse_id(args.value(w)?)?);
        } else if let Some((is_dev, idx)) = device_selector(ctx, args, w)? {
            if is_dev {
                f.output_interface = Some(idx);
            } else {
                f.master = Some(idx);
            }
        } else if matches(w, "help") {
            return Err(Failure::usage(HELP));
        } else {
            return Err(Failure::usage(format!(
                "Error: argument \"{w}\" is wrong: "
            )));
        }
    }
    // With a family, the kernel keeps the buckets whose nexthop is of that family.
    let families = match ctx.address_family() {
        Some(f) => Some((f, member_families(ctx)?)),
        None => None,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    let mut printed = false;
    for b in rtnl::dump(&mut ctx.conn, &f).map_err(|e| diag::dump(&e))? {
        let b = match b {
            Ok(b) => b,
            Err(e) => {
                sink.flush()?;
                if ctx.json && ctx.pretty && !printed {
                    // ip's pretty writer puts the blank after `[` at once: `[ ` is what
                    // is left on stdout when the dump fails before any bucket.
                    let mut out = io::stdout().lock();
                    out.write_all(b" ")?;
                    out.flush()?;
                }
                return Err(diag::dump(&e));
            }
        };
        if let Some((f, members)) = &families {
            if b.nexthop().and_then(|n| members.get(&n)) != Some(f) {
                continue;
            }
        }
        printed = true;
        print_bucket(&mut sink, &b)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// The family of every nexthop, by id.
fn member_families(
    ctx: &mut Context,
) -> Result<std::collections::HashMap<u32, nlkit::rtnl::AddressFamily>, Failure> {
    let mut families = std::collections::HashMap::new();
    let filter = nlnh::NexthopFilter::default();
    for nh in rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let nh = nh.map_err(|e| diag::dump(&e))?;
        if let Some(id) = nh.id {
            families.insert(id, nh.family);
        }
    }
    Ok(families)
}

/// One bucket as ip prints it: `id G index I idle_time T nhid N`.
fn print_bucket<W: Write>(sink: &mut Sink<W>, b: &nlnh::NexthopBucket) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if let Some(g) = b.group {
        sink.number(Mode::Any, "id", "id ", &g, " ")?;
    }
    sink.open_object(Mode::Json, Some("bucket"))?;
    if let Some(i) = b.index() {
        sink.number(Mode::Any, "index", "index ", &i, " ")?;
    }
    if let Some(t) = b.idle_seconds() {
        sink.number(Mode::Any, "idle_time", "idle_time ", &G(t), " ")?;
    }
    if let Some(n) = b.nexthop() {
        sink.number(Mode::Any, "nhid", "nhid ", &n, " ")?;
    }
    sink.close_object(Mode::Json)?;
    print_nh_flags(sink, b.flags)?;
    sink.text("\n")?;
    sink.close_object(Mode::Json)
}

/// A number printed as C's `%g` does (six significant digits, no trailing zeros).
struct G(f64);

impl crate::render::Render for G {
    fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(crate::render::c_g(self.0).as_bytes());
    }
}
