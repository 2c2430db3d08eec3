//! `nlip nexthop`: `show` / `list` with `id`, `dev`, `groups`, `fdb`, `master`,
//! `protocol` and the family options, and `get id ID`; add, replace, delete and flush;
//! the buckets of resilient groups.
//!
//! - `show`: the selectors, show, get and flush;
//! - `change`: the words of a nexthop change and the request ip sends for them;
//! - `print`: the printers shared by show, `route -d`, monitor and `-echo`;
//! - `bucket`: `nexthop bucket list|get` and their printer; `help`: the usage text.

mod bucket;
mod change;
mod help;
mod print;
mod show;
#[cfg(test)]
mod tests;

pub use change::change_request;
pub use print::print_nexthop;

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use bucket::bucket;
use change::{change_kind, modify};
use help::HELP;
use show::{flush, get, show};

/// `nlip nexthop ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if let Some(verb) = change_kind(cmd) {
        return modify(ctx, args, verb);
    }
    if matches(cmd, "flush") {
        return flush(ctx, args);
    }
    if matches(cmd, "bucket") {
        return bucket(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip nexthop help\"."
    )))
}
