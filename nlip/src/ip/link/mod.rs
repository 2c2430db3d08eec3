//! `nlip link`: show and list, with iproute2 6.1's selectors and its text, oneline, brief,
//! details, statistics and JSON output; add, set, change, replace and delete; alternative
//! names (`property`).
//!
//! - `show.rs`: `link show` (selectors, one record per link);
//! - `print.rs`: the link printer shared by `show`, `address show`, `monitor` and `-echo`,
//!   with `hwaddr.rs` (types and addresses) and `stats.rs` (`-s`);
//! - `options.rs`: the options `add` and `set` share, up to `type KIND`; `change.rs`: the
//!   commands that send them;
//! - `kinds/`: one file per kind, its options and its `ip -d` details;
//! - `property.rs`: `link property add|del`; `help.rs`: the usage text.

mod change;
mod help;
mod hwaddr;
mod kinds;
mod options;
pub(crate) mod print;
mod property;
mod show;
mod stats;
#[cfg(test)]
mod tests;

pub(crate) use help::HELP;
pub(crate) use print::{print_brief, print_brief_head, print_link, Style};
pub(crate) use show::{
    last_filter_keeps, listed, netns_names, vrf_index, vrf_table, LinkSelectors,
};
pub(crate) use stats::print_stats;

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use options::Op;

/// `nlip link ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show::show(ctx, args);
    };
    for (c, op) in [
        ("add", Op::Add),
        ("set", Op::Set),
        ("change", Op::Set),
        ("replace", Op::Replace),
        ("delete", Op::Delete),
    ] {
        if matches(cmd, c) {
            return change::modify(ctx, args, op);
        }
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show::show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if matches(cmd, "property") {
        return property::property(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip link help\"."
    )))
}
