//! `nlip rule`: `show` / `list` with the family options and the `table` and `pref`
//! selectors; `add`, `del`, `flush`, `save` and `restore`.
//!
//! - `words`: what the commands share (the usage text, the family, numbers and ranges as C
//!   reads them, protocols, TOS values, device names);
//! - `show`: `show` and `flush`, and the selectors both read;
//! - `change`: `add` and `del` (and their requests for `-batch -force`);
//! - `save`: `save` and `restore` (ip's binary dump file);
//! - `print`: the rule printer shared by show, monitor and `-echo`.

mod change;
mod print;
mod save;
mod show;
#[cfg(test)]
mod tests;
mod words;

pub use change::change_request;
pub(crate) use print::print_rule;

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use words::HELP;

/// `nlip rule ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show::show(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show::show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if let Some(add) = change::change_kind(cmd) {
        return change::modify(ctx, args, add);
    }
    if matches(cmd, "flush") {
        return show::flush(ctx, args);
    }
    if matches(cmd, "save") {
        return save::save(ctx, args);
    }
    if matches(cmd, "restore") {
        return save::restore(ctx);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip rule help\"."
    )))
}
