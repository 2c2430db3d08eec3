//! `nlip route save`, `restore` and `showdump`: ip's binary route dump file.

use super::print::{print_route, Hide, RouteNames};
use super::show::{keep, parse_show};
use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::Sink;
use nlkit::rtnl::message_type::RTM_NEWROUTE;
use nlkit::rtnl::route::Route;
use nlkit::rtnl::{Filter as _, Object as _};
use nlkit::wire::MessageView;
use std::io::{self, IsTerminal, Write};

/// The first four bytes of ip's route dump file (`ip route save`), little-endian.
const ROUTE_DUMP_MAGIC: u32 = 0x4531_1224;

/// `nlip route save SELECTOR`: the selected routes as ip's binary dump on stdout.
pub(super) fn save(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    // ip writes the file's magic (or refuses a terminal) before it reads the selectors.
    let s = match parse_show(ctx, args) {
        Ok(s) => s,
        Err(e) if io::stdout().is_terminal() => {
            drop(e);
            return Err(Failure::usage("Not sending a binary stream to stdout"));
        }
        Err(e) => {
            let mut out = io::stdout();
            out.write_all(&nlkit::wire::saved::magic_bytes(ROUTE_DUMP_MAGIC))?;
            out.flush()?;
            return Err(e);
        }
    };
    let request = s.filter.request();
    crate::ip::dump_file::save(&mut ctx.conn, ROUTE_DUMP_MAGIC, &request, |m| {
        Route::from_message(m).is_ok_and(|r| s.filter.matches(&r) && keep(&s, &r))
    })?;
    // With -j, ip opens and closes its (empty) JSON list around the dump, after the data.
    let mut sink = ctx.sink();
    sink.begin_list()?;
    sink.end_list()?;
    Ok(sink.flush()?)
}

/// The routes of a dump file on stdin.
fn read_routes() -> Result<Vec<(Vec<u8>, Route)>, Failure> {
    let messages = crate::ip::dump_file::read(ROUTE_DUMP_MAGIC, 1)?;
    Ok(messages
        .into_iter()
        .filter_map(|b| {
            let r = Route::from_message(&MessageView::new_checked(&b[..]).ok()?).ok()?;
            Some((b, r))
        })
        .collect())
}

/// `nlip route showdump < FILE`: prints the routes of a dump file (as text, like ip).
pub(super) fn showdump(ctx: &mut Context) -> Result<(), Failure> {
    let routes = read_routes()?;
    ctx.links.preload(&mut ctx.conn);
    let names = RouteNames::load();
    let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
    for (_, r) in &routes {
        let hide = Hide::default();
        print_route(&mut sink, r, &names, &ctx.links, hide, ctx.details)?;
    }
    Ok(sink.flush()?)
}

/// `nlip route restore < FILE`: adds the routes of a dump file back as they were saved, as
/// ip does in three passes so that what a route needs exists first: routes without a
/// gateway whose prefix is empty or that have no preferred source, then those without a
/// gateway but with one (local networks), then the routes through a gateway. A route that
/// exists already is reported and skipped; any other error ends the restore.
pub(super) fn restore(ctx: &mut Context) -> Result<(), Failure> {
    let routes = read_routes()?;
    let pass = |r: &Route| match (r.gateway.is_some(), r.preferred_source.is_some()) {
        (true, _) => 2,
        (false, true) if r.destination_len != 0 => 1,
        (false, _) => 0,
    };
    for round in 0..3 {
        for (saved, _) in routes.iter().filter(|(_, r)| pass(r) == round) {
            let request = crate::ip::dump_file::restore_request(saved, RTM_NEWROUTE);
            match ctx.conn.execute(&request) {
                Ok(_) => {}
                // ip reports it and goes on.
                Err(e) if e.errno() == Some(nlkit::sys::errno::EEXIST) => diag::kernel(&e).print(),
                Err(e) => return Err(diag::kernel(&e)),
            }
        }
    }
    Ok(())
}
