//! `nlip route`: show and list, with iproute2 6.1's selectors, text and JSON; add, change,
//! replace, delete; get; flush; save, restore and showdump.
//!
//! - `show`: the selectors of show, list, flush and save, and show and flush themselves;
//! - `change`: the words of a route change and the request ip sends (`encap`: `encap TYPE`);
//! - `get`: `route get`;
//! - `save`: save, restore and showdump (ip's binary dump file);
//! - `print`: the printers shared by show, get, monitor and `-echo`;
//! - `parse`: the word readers shared by show, change and get; `help`: the usage text.

mod change;
mod encap;
mod get;
mod help;
mod parse;
mod print;
mod save;
mod show;
#[cfg(test)]
mod tests;

pub use change::change_request;
pub use print::{print_route, Hide, RouteNames};

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use change::{change_kind, modify};
use get::get;
use help::HELP;
use save::{restore, save, showdump};
use show::{flush, show};

/// `nlip route ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if let Some(change) = change_kind(cmd) {
        return modify(ctx, args, change);
    }
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    if matches(cmd, "flush") {
        return flush(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if matches(cmd, "save") {
        return save(ctx, args);
    }
    if matches(cmd, "restore") {
        return restore(ctx);
    }
    if matches(cmd, "showdump") {
        return showdump(ctx);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip route help\"."
    )))
}
