//! `nlip link add|set|change|replace|delete`, with iproute2 6.1's keywords, checks,
//! messages and exit codes (observed by running `ip`).
//!
//! The words are read in one pass, as ip reads them: link options first
//! ([`options`](super::options)), then `type KIND` and the kind's own options
//! ([`kinds`]). Parse errors stop at once (exit 255, or 1 for some of ip's
//! messages); the device is looked up after the parse ("Cannot find device", exit 1);
//! kernel errors are exit 2.

use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::ip::link::kinds;
use crate::ip::link::options::{
    both_name_and_dev, dev_required, find, no_device, parse_options, Op, Parsed,
};
use nlkit::rtnl::link::LinkChange;
use nlkit::rtnl::{self, Change, Verb};

/// `nlip link add|replace|set|change|delete ...`.
pub(super) fn modify(ctx: &mut Context, args: &mut Args, op: Op) -> Result<(), Failure> {
    let mut p = parse(ctx, args, op)?;
    if op.creates() {
        if let (Some(d), Some(n)) = (&p.dev, &p.name) {
            if d != n {
                return Err(both_name_and_dev());
            }
        }
        if let Some(l) = &p.link {
            let idx = find(ctx, l).map(|l| l.index);
            p.change.link = Some(idx.ok_or_else(|| no_device(l, 1))?);
        }
        if p.kind.is_none() {
            return Err(Failure::new(
                "Not enough information: \"type\" argument is required",
                1,
            ));
        }
        p.change.name = p.dev.take();
    } else {
        let Some(dev) = p.dev.clone() else {
            // `set group N ...` changes, `delete group N` deletes, every link of the group.
            return match (op, p.change.group) {
                (Op::Delete, Some(g)) => {
                    let group = LinkChange {
                        group: Some(g),
                        ..LinkChange::of(0)
                    };
                    apply(ctx, &group, Verb::Delete)
                }
                (_, Some(_)) => apply(ctx, &p.change, Verb::Change),
                _ => Err(dev_required()),
            };
        };
        // ip checks a new address against the device first, then `index`, then looks the
        // device up.
        if let Some(a) = &p.change.address {
            let Some(l) = find(ctx, &dev) else {
                return Err(no_device(&dev, 1));
            };
            if let Some(have) = &l.address {
                if a.len() != have.len() {
                    return Err(Failure::failed(format!(
                        "Invalid address length {} - must be {} bytes",
                        a.len(),
                        have.len()
                    )));
                }
            }
        }
        if p.index_set && p.change.netns_fd.is_none() && p.change.netns_pid.is_none() {
            return Err(Failure::usage(
                "index can be used only when creating devices or when moving device to another netns.",
            ));
        }
        let Some(l) = find(ctx, &dev) else {
            return Err(no_device(&dev, 1));
        };
        if p.index_set {
            // With `netns`: the index the link takes over there.
            p.change.new_index = Some(p.change.index as i32);
        }
        p.change.index = l.index;
        if p.name.as_deref() != Some(dev.as_str()) {
            p.change.name = p.name.take();
        }
    }
    // (`link DEV` counts only when a link is created; ip ignores it otherwise.)
    if op == Op::Delete {
        // A deletion names the link by its index, with the kind when one is typed.
        let del = LinkChange {
            kind: p.change.kind.take(),
            ..LinkChange::of(p.change.index)
        };
        return apply(ctx, &del, Verb::Delete);
    }
    apply(ctx, &p.change, op.verb())
}

/// Reads the whole command line: the link options, then the kind's (the rest of the words
/// after `type KIND`).
fn parse(ctx: &mut Context, args: &mut Args, op: Op) -> Result<Parsed, Failure> {
    let mut p = parse_options(ctx, args, op, false)?;
    if let Some(kind) = p.kind.clone() {
        let (k, ns) = kinds::parse(ctx, args, op, &kind)?;
        p.change.kind = Some(k);
        p.peer_netns = ns;
    }
    Ok(p)
}

/// Sends the change and waits for the kernel's answer (with `-echo`, prints the echo).
pub(super) fn apply<C: Change>(ctx: &mut Context, change: &C, verb: Verb) -> Result<(), Failure> {
    if ctx.echo {
        return echo(ctx, change, verb);
    }
    diag::outcome(rtnl::apply(&mut ctx.conn, change, verb))
}

/// `-echo`: ip prints the first message answering the request (the kernel's echo of a new
/// link; an ACK, when the kernel echoes nothing, prints as nothing, `[{}]` in JSON) with
/// its address listing's link printer as an earlier listing left it: without one, no
/// `mode`, no `qlen`, and only links of group 0 (its filter is still zeroed).
fn echo<C: Change>(ctx: &mut Context, change: &C, verb: Verb) -> Result<(), Failure> {
    use nlkit::rtnl::link::Link;
    use nlkit::rtnl::Object;
    let (_, echoed) = ctx
        .conn
        .execute_echo(&change.request(verb))
        .map_err(|e| diag::kernel(&e))?;
    let link = echoed.first().and_then(|bytes| {
        let view = nlkit::wire::MessageView::new_checked(&bytes[..]).ok()?;
        Link::from_message(&view)
            .ok()
            .map(|l| (l, view.message_type()))
    });
    let listed = crate::ip::link::listed();
    let link = link.filter(|(l, _)| crate::ip::link::last_filter_keeps(l));
    ctx.links.preload(&mut ctx.conn);
    let netns = crate::ip::link::netns_names(ctx);
    let groups = crate::names::groups();
    let style = crate::ip::link::Style {
        netns: &netns,
        details: ctx.details,
        stats: if listed { ctx.stats } else { 0 },
        oneline: ctx.oneline,
        brief: false,
        human: ctx.human.then_some(if ctx.iec { 1024 } else { 1000 }),
        linkmode: listed,
        link_line: true,
    };
    let mut sink = ctx.sink();
    sink.begin_list()?;
    sink.open_object(crate::render::Mode::Json, None)?;
    if let Some((mut l, ty)) = link {
        if !listed {
            l.txqlen = None;
            // addrgenmode (-d) is printed for `link` listings only (ip's `do_link`).
            if let Some(a) = l.af_spec.as_mut() {
                a.inet6_addr_gen_mode = None;
            }
        }
        if ty == <Link as Object>::DEL {
            sink.flag(crate::render::Mode::Any, "deleted", "Deleted ", "")?;
        }
        crate::ip::link::print_link(&mut sink, &l, &groups, &ctx.links, style)?;
    }
    sink.close_object(crate::render::Mode::Json)?;
    sink.end_list()?;
    Ok(())
}
