//! `nlip neighbour`: `show` with `dev`, `nud`, `proxy`, a prefix, and the family options;
//! `get`, `flush`, and `add`, `change`, `replace`, `del` with ip's grammar and errors.
//!
//! - `words`: what the commands share (the usage text, the NUD states by name);
//! - `show`: `show`, `flush` and `get`, and the selectors `show` and `flush` read;
//! - `change`: `add`, `change`, `replace` and `del`;
//! - `print`: the neighbour printers shared by show, monitor and `-echo`.

mod change;
mod print;
mod show;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use print::print_neighbour;

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use words::HELP;

/// `nlip neighbour ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show::show(ctx, args);
    };
    if matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst") {
        return show::show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if matches(cmd, "get") {
        return show::get(ctx, args);
    }
    if let Some(mode) = change::change_kind(cmd) {
        return change::modify(ctx, args, mode);
    }
    if matches(cmd, "flush") {
        return show::flush(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip neigh help\"."
    )))
}
