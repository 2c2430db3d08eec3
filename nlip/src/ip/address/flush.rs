//! `nlip address flush`: deletes the selected addresses in rounds, reporting them with
//! `-s`.

use super::print::print_address;
use super::select::{device_index, keeps, parse_show};
use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::{Render, Sink};
use nlkit::rtnl::addr::{Address, AddressFilter};
use nlkit::rtnl::{self, AddressFamily, DeleteBy};
use std::io::{self, Write};

/// ip's limit on flush rounds (`-loops`).
const MAX_FLUSH_ROUNDS: usize = 10;

/// `nlip address flush SELECTORS`: deletes the selected addresses in rounds; with `-s` it
/// reports the rounds, with `-s -s` it also prints each address deleted.
pub(super) fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_none() {
        return Err(Failure::failed("Flush requires arguments."));
    }
    let s = parse_show(ctx, args)?;
    let index = device_index(ctx, &s)?;
    let filter = AddressFilter {
        family: ctx.family.or(s.to_family).map(AddressFamily::from),
        index,
        ..Default::default()
    };
    let mut deleter = ctx.new_conn()?;
    let links = &ctx.links;
    let verbose = ctx.stats > 1;
    let mut sink = ctx.sink();
    let mut printed: io::Result<()> = Ok(());
    let mut sink_ref = &mut sink;
    let rounds = rtnl::flush(
        &mut ctx.conn,
        &mut deleter,
        &filter,
        DeleteBy::WholeObject,
        MAX_FLUSH_ROUNDS,
        |a| {
            // ip's flush reads no link selector: `up`, `master`, `type` flush everything.
            let keep = keeps(&s, a, links);
            if keep && verbose && printed.is_ok() {
                printed = print_deleted(&mut sink_ref, a, links);
            }
            keep
        },
    );
    printed?;
    let rounds = rounds.map_err(|e| diag::kernel(&e))?;
    if let Some(e) = rounds.iter().flat_map(|r| r.failures()).next() {
        return Err(diag::kernel(e));
    }
    // The rounds that deleted something (the last one found nothing, unless the limit hit).
    let rounds: Vec<usize> = rounds.iter().map(|r| r.sent).filter(|&n| n > 0).collect();
    if ctx.stats > 0 {
        print_rounds(&mut sink, &rounds)?;
    }
    sink.flush()?;
    if rounds.len() >= MAX_FLUSH_ROUNDS {
        return Err(Failure::failed(format!(
            "*** Flush remains incomplete after {MAX_FLUSH_ROUNDS} rounds. ***"
        )));
    }
    Ok(())
}

/// The `-s` report of a flush: how many addresses each round deleted.
fn print_rounds<W: Write>(sink: &mut Sink<W>, rounds: &[usize]) -> io::Result<()> {
    if rounds.is_empty() {
        sink.text("Nothing to flush.\n")?;
    }
    for (i, n) in rounds.iter().enumerate() {
        sink.text(&format!(
            "\n*** Round {}, deleting {n} addresses ***\n",
            i + 1
        ))?;
    }
    if !rounds.is_empty() && rounds.len() < MAX_FLUSH_ROUNDS {
        let plural = if rounds.len() == 1 { "" } else { "s" };
        sink.text(&format!(
            "*** Flush is complete after {} round{plural} ***\n",
            rounds.len()
        ))?;
    }
    Ok(())
}

/// One deleted address as `-s -s address flush` prints it: `INDEX: DEV` and the address.
fn print_deleted<W: Write>(
    sink: &mut &mut Sink<W>,
    a: &Address,
    links: &crate::names::Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.index).render(&mut dev);
    sink.text(&format!("{}: {}", a.index, String::from_utf8_lossy(&dev)))?;
    print_address(sink, a, true)
}
