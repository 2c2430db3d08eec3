//! `nlip mptcp`: the Multipath TCP path manager as ip 6.1 drives it (`endpoint
//! add|delete|change|show|flush`, `limits set|show`, `monitor`), over `nlkit::genl::mptcp`.

mod endpoint;
pub(crate) mod print;

use crate::args::{matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::Sink;
use nlkit::engine::Notification;
use nlkit::genl::mptcp::{self, Event, Limits};
use nlkit::genl::Families;
use std::io::{self, Write};

const USAGE: &str = "\
Usage:\tip mptcp endpoint add ADDRESS [ dev NAME ] [ id ID ]
\t\t\t\t      [ port NR ] [ FLAG-LIST ]
\tip mptcp endpoint delete id ID [ ADDRESS ]
\tip mptcp endpoint change [ id ID ] [ ADDRESS ] [ port NR ] CHANGE-OPT
\tip mptcp endpoint show [ id ID ]
\tip mptcp endpoint flush
\tip mptcp limits set [ subflows NR ] [ add_addr_accepted NR ]
\tip mptcp limits show
\tip mptcp monitor
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ signal | subflow | backup | fullmesh ]
CHANGE-OPT := [ backup | nobackup | fullmesh | nofullmesh ]";

/// `Command "WORD" is unknown, try "ip mptcp help".` (exit 255).
fn unknown(word: &str) -> Failure {
    Failure::usage(format!(
        "Command \"{word}\" is unknown, try \"ip mptcp help\"."
    ))
}

/// `nlip mptcp ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    match args.next() {
        None => Err(Failure::usage(USAGE)),
        Some(w) if matches(w, "help") => Err(Failure::usage(USAGE)),
        Some(w) if matches(w, "endpoint") => endpoint::run(ctx, args),
        Some(w) if matches(w, "limits") => limits(ctx, args),
        Some(w) if matches(w, "monitor") => match args.next() {
            Some(w) => Err(unknown(w)),
            None => monitor(ctx),
        },
        Some(w) => Err(unknown(w)),
    }
}

/// `limits set [subflows NR] [add_addr_accepted NR]` and `limits [show]`.
fn limits(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let set = match args.next() {
        None => false,
        Some(w) if matches(w, "set") => true,
        Some(w) if matches(w, "show") => false,
        Some(w) => return Err(unknown(w)),
    };
    let mut l = Limits::default();
    while let Some(w) = args.next() {
        let (slot, what) = match w {
            "subflows" => (&mut l.subflows, "invalid subflows"),
            "add_addr_accepted" => (&mut l.add_addr_accepted, "invalid add_addr_accepted"),
            _ => return Err(crate::args::invalid_arg_tight("unknown limit", w)),
        };
        let v = args.value(w)?;
        let n = crate::args::c_u32(v).ok_or_else(|| crate::args::invalid_arg(what, v))?;
        *slot = Some(n);
    }
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    if set {
        return diag::outcome(mptcp::set_limits(&mut conn, &families, &l));
    }
    let l = mptcp::limits(&mut conn, &families).map_err(|e| diag::kernel(&e))?;
    // ip 6.1 prints the limits as text even with -j.
    let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
    print::limits(&mut sink, &l)?;
    Ok(sink.flush()?)
}

/// `monitor`: the path manager's events, one line each, as they come (until killed).
fn monitor(ctx: &mut Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    let sub = match &ctx.netns {
        Some(ns) => mptcp::subscribe_in(ns, &mut conn, &families),
        None => mptcp::subscribe(&mut conn, &families),
    };
    let mut sub = sub.map_err(|e| diag::kernel(&e))?;
    let mut out = io::stdout().lock();
    loop {
        let n = sub.next_notification(None).map_err(|e| diag::kernel(&e))?;
        let Some(Notification::Message { message, .. }) = n else {
            continue;
        };
        let Ok(event) = Event::parse(&message) else {
            continue;
        };
        let mut line = Vec::new();
        print::event(&mut line, &event)?;
        out.write_all(&line)?;
        out.flush()?;
    }
}
