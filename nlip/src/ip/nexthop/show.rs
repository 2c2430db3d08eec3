//! `nlip nexthop show|list`, `get` and `flush`: the selectors and what they select.

use super::help::HELP;
use super::print::print_nexthop;
use crate::args::{c_number, invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use nlkit::rtnl::nexthop::{Nexthop, NexthopFilter, NexthopQuery};
use nlkit::rtnl::{self, RouteProtocol, Verb};

/// `nlip nexthop show|list [SELECTOR]`.
pub(super) fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (filter, id, protocol) = parse_selectors(ctx, args)?;
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Some(id) = id {
        let nh = rtnl::get(&mut ctx.conn, &NexthopQuery { id }).map_err(|e| diag::kernel(&e))?;
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
        sink.end_list()?;
        return Ok(());
    }
    for nh in rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let nh = nh.map_err(|e| diag::dump(&e))?;
        if protocol.is_some_and(|p| nh.protocol != p) {
            continue;
        }
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    }
    sink.end_list()?;
    Ok(())
}

/// `nlip nexthop get id ID`.
pub(super) fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut id = None;
    while let Some(w) = args.next() {
        if w == "id" {
            id = Some(parse_id(args.value(w)?)?);
        } else {
            return Err(Failure::usage(HELP));
        }
    }
    let Some(id) = id else {
        return Err(Failure::usage(HELP));
    };
    ctx.links.preload(&mut ctx.conn);
    let nh = rtnl::get(&mut ctx.conn, &NexthopQuery { id }).map_err(|e| diag::kernel(&e))?;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    sink.end_list()?;
    Ok(())
}

/// `nlip nexthop flush [SELECTOR]`: deletes the selected nexthops (one round) and says how
/// many, as ip does with or without `-s`; `flush id ID` deletes that one silently.
pub(super) fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (filter, id, protocol) = parse_selectors(ctx, args)?;
    if let Some(id) = id {
        return match rtnl::apply(&mut ctx.conn, &Nexthop::with_id(id), Verb::Delete) {
            Ok(_) => Ok(()),
            Err(e) => {
                let mut f = diag::kernel(&e);
                f.code = crate::diag::exit::FAILED;
                Err(f)
            }
        };
    }
    let keep = |nh: &Nexthop| nh.id.is_some() && protocol.is_none_or(|p| nh.protocol == p);
    let unfiltered = filter
        == NexthopFilter {
            family: filter.family,
            ..Default::default()
        }
        && protocol.is_none();
    let mut deleted = 0;
    let mut deleter = ctx.new_conn()?;
    // Without selectors ip deletes the groups first, so that no group goes with its last
    // member before its own delete; each failed delete is reported and the flush goes on.
    let passes: &[bool] = if unfiltered { &[true, false] } else { &[false] };
    for &groups in passes {
        let pass = NexthopFilter {
            groups: groups || filter.groups,
            ..filter.clone()
        };
        let by = rtnl::DeleteBy::Key;
        let round = rtnl::flush_round(&mut ctx.conn, &mut deleter, &pass, by, keep)
            .map_err(|e| diag::dump(&e))?;
        let gone = round.errors.iter().filter(|e| rtnl::is_gone(e));
        for e in gone.chain(round.failures()) {
            diag::kernel(e).print();
        }
        deleted += round.sent - round.errors.len();
    }
    let mut sink = crate::ip::flush::text_sink(ctx);
    if deleted == 0 {
        sink.text("Nothing to flush\n")?;
    } else {
        sink.text(&format!("Flushed {deleted} nexthops\n"))?;
    }
    sink.flush()?;
    Ok(())
}

/// The selectors of `show` and `flush`: the dump filter, `id` and `protocol`.
fn parse_selectors(
    ctx: &mut Context,
    args: &mut Args,
) -> Result<(NexthopFilter, Option<u32>, Option<RouteProtocol>), Failure> {
    let mut filter = NexthopFilter {
        family: ctx.address_family(),
        ..Default::default()
    };
    let (mut id, mut protocol) = (None, None);
    while let Some(w) = args.next() {
        if w == "id" {
            // ip acts on the id at once and reads no further.
            id = Some(parse_id(args.value(w)?)?);
            break;
        } else if let Some((is_dev, idx)) = device_selector(ctx, args, w)? {
            if is_dev {
                filter.output_interface = Some(idx);
            } else {
                filter.master = Some(idx);
            }
        } else if matches(w, "groups") {
            filter.groups = true;
        } else if matches(w, "fdb") {
            filter.fdb = true;
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            let p = c_number(v).filter(|&p| p < 256);
            let p = p.ok_or_else(|| invalid_arg_tight("invalid protocol value", v))?;
            protocol = Some(RouteProtocol::from(p as u8));
        } else if matches(w, "help") {
            return Err(Failure::usage(HELP));
        } else {
            return Err(Failure::usage(format!(
                "Error: argument \"{w}\" is wrong: "
            )));
        }
    }
    Ok((filter, id, protocol))
}

/// The `dev DEV`, `master DEV` and `vrf NAME` selectors (word `w` already read): `Some((true,
/// index))` for a device, `Some((false, index))` for a master or VRF, `None` for other words.
pub(super) fn device_selector(
    ctx: &mut Context,
    args: &mut Args,
    w: &str,
) -> Result<Option<(bool, u32)>, Failure> {
    if matches(w, "vrf") {
        let d = args.value(w)?;
        let query = nlkit::rtnl::link::LinkQuery::by_name(d);
        let vrf = rtnl::get(&mut ctx.conn, &query)
            .ok()
            .filter(|l| l.kind() == Some("vrf"));
        let index = vrf.ok_or_else(|| invalid_arg("Invalid VRF", d))?.index;
        return Ok(Some((false, index)));
    }
    if matches(w, "dev") || matches(w, "master") {
        let d = args.value(w)?;
        let idx = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, d);
        let idx = idx.ok_or_else(|| invalid_arg("Device does not exist", d))?;
        return Ok(Some((matches(w, "dev"), idx)));
    }
    Ok(None)
}

/// A nexthop id, or ip's `invalid id value`.
pub(super) fn parse_id(v: &str) -> Result<u32, Failure> {
    v.parse()
        .map_err(|_| invalid_arg_tight("invalid id value", v))
}
