//! `nlip link property add|del`: alternative names.

use crate::args::{invalid_arg_tight, matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::change::apply;
use crate::ip::link::help::HELP;
use crate::ip::link::options::{find, garbage, no_device, valid_altname};
use nlkit::rtnl::link::AltNames;
use nlkit::rtnl::Verb;

/// `nlip link property add|del [dev] DEV [altname NAME]...`.
pub(super) fn property(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let help = HELP;
    let Some(op) = args.next() else {
        return Err(Failure::usage(help));
    };
    let add = if matches(op, "add") {
        true
    } else if matches(op, "del") {
        false
    } else if matches(op, "help") {
        return Err(Failure::usage(help));
    } else {
        return Err(Failure::usage("Operator required"));
    };
    let mut dev: Option<&str> = None;
    let mut names: Vec<&str> = Vec::new();
    while let Some(w) = args.next() {
        if matches(w, "altname") {
            let v = args.value(w)?;
            if !valid_altname(v) {
                return Err(invalid_arg_tight("not a valid altname", v));
            }
            names.push(v);
        } else {
            let mut v = w;
            if w == "dev" {
                v = args.value(w)?;
            } else if matches(w, "help") {
                return Err(Failure::usage(help));
            }
            if dev.is_some() {
                return Err(garbage(v));
            }
            dev = Some(v);
        }
    }
    let Some(dev) = dev else {
        return Err(Failure::new(
            "Not enough of information: \"dev\" argument is required.",
            255,
        ));
    };
    let Some(l) = find(ctx, dev) else {
        return Err(no_device(dev, 1));
    };
    let alt = AltNames {
        index: l.index,
        names: names.iter().map(|n| n.to_string()).collect(),
    };
    apply(ctx, &alt, if add { Verb::Add } else { Verb::Delete })
}
