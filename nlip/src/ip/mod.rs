//! `nlip`: an iproute2-compatible `ip` built on nlkit.
//!
//! lex -> resolve -> execute -> render: global options, then the object (matched as
//! iproute2 matches it: the first object in its table the word is a prefix of), then the
//! object's command. Errors are printed in one place (`diag`) with iproute2's wording and exit
//! codes; a closed stdout (broken pipe) is success.

pub mod address;
pub mod batch;
pub mod context;
pub mod dump_file;
pub mod echo;
pub mod flush;
pub mod ioam;
pub mod link;
pub mod monitor;
pub mod mptcp;
pub mod neigh;
pub mod netconf;
pub mod netns;
pub mod nexthop;
pub mod objects;
pub mod options;
pub mod route;
pub mod rule;
pub mod sr;
pub mod tcp_metrics;
pub mod tuntap;

use crate::args::Args;
use crate::diag::Failure;
use context::Context;
use nlkit::engine::Conn;
use nlkit::sys::{Netns, Protocol};
use objects::{dispatch, USAGE};
use options::parse_options;
use std::process::ExitCode;

fn run(words: &[&str]) -> Result<(), Failure> {
    let mut args = Args::new(words);
    let o = parse_options(&mut args)?;
    let netns = match &o.netns {
        None => None,
        Some(name) => Some(Netns::open_name(name).map_err(|e| {
            let text = crate::diag::os_text(&e);
            Failure::usage(format!("Cannot open network namespace \"{name}\": {text}"))
        })?),
    };
    // ip opens the namespace while it reads the options, before it looks for an object.
    if o.batch.is_none() && args.peek().is_none() {
        return Err(Failure::usage(USAGE));
    }
    let conn = match &netns {
        None => Conn::new(Protocol::Route),
        Some(ns) => Conn::new_in(ns, Protocol::Route),
    }
    .map_err(|e| Failure::failed(format!("Cannot open netlink socket: {e}")))?;
    let mut conn = conn;
    // Print what an interrupted dump gave and warn at the end, as ip does.
    conn.set_tolerate_interrupted_dumps(true);
    let mut ctx = Context {
        conn,
        links: crate::names::Links::default(),
        json: o.json,
        pretty: o.pretty,
        details: o.details,
        stats: o.stats,
        family: o.family,
        netns,
        netns_name: o.netns.clone(),
        oneline: o.oneline,
        color: o.color,
        brief: o.brief,
        echo: o.echo,
        human: o.human,
        iec: o.iec,
        timestamp: o.timestamp,
        rcvbuf: o.rcvbuf,
        interrupted: false,
        input: None,
    };
    match &o.batch {
        Some(file) => batch::run(&mut ctx, file, o.force),
        None => dispatch(&mut ctx, &mut args),
    }
}

/// Runs `ip` with the arguments of this process; the exit status is ip's.
pub fn main() -> ExitCode {
    crate::diag::main_with(run)
}
