//! `mptcp endpoint add|delete|change|show|flush`: one parser for every command, as ip
//! reads them (flags, `id`, `dev`, `port` and an address in any order; the checks of each
//! command after).

use super::{print, unknown};
use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use nlkit::genl::mptcp::{self, Endpoint, EndpointFlags};
use nlkit::genl::Families;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Add,
    Delete,
    Change,
    Show,
    Flush,
}

/// `nlip mptcp endpoint ...`.
pub(super) fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let cmd = match args.next() {
        None => Cmd::Show,
        Some(w) if matches(w, "add") => Cmd::Add,
        Some(w) if matches(w, "delete") => Cmd::Delete,
        Some(w) if matches(w, "change") => Cmd::Change,
        Some(w) if matches(w, "show") => Cmd::Show,
        Some(w) if matches(w, "flush") => Cmd::Flush,
        Some(w) => return Err(unknown(w)),
    };
    if cmd == Cmd::Flush {
        let mut conn = ctx.genl_conn()?;
        return diag::outcome(mptcp::flush(&mut conn, &Families::new()));
    }
    let e = parse(ctx, args, cmd)?;
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    match cmd {
        Cmd::Add => diag::outcome(mptcp::add(&mut conn, &families, &e)),
        Cmd::Delete => {
            let id = e.id.unwrap_or(0);
            diag::outcome(mptcp::delete(&mut conn, &families, id, e.address))
        }
        Cmd::Change => diag::outcome(mptcp::set_flags(&mut conn, &families, &e)),
        Cmd::Show | Cmd::Flush => show(ctx, &mut conn, &families, &e),
    }
}

/// The flag words: the flag each sets, and whether `change` takes it.
const FLAGS: &[(&str, EndpointFlags, bool)] = &[
    ("signal", EndpointFlags::SIGNAL, false),
    ("subflow", EndpointFlags::SUBFLOW, false),
    ("backup", EndpointFlags::BACKUP, true),
    ("fullmesh", EndpointFlags::FULLMESH, true),
    ("nobackup", EndpointFlags::EMPTY, true),
    ("nofullmesh", EndpointFlags::EMPTY, true),
];

/// Reads the words of `cmd` into an endpoint, then checks what the command needs.
fn parse(ctx: &mut Context, args: &mut Args, cmd: Cmd) -> Result<Endpoint, Failure> {
    let mut e = Endpoint::default();
    while let Some(w) = args.next() {
        if let Some(&(_, flag, changes)) = FLAGS.iter().find(|f| f.0 == w) {
            if cmd == Cmd::Change && !changes {
                let what = "invalid flags, backup and fullmesh only";
                return Err(invalid_arg_tight(what, w));
            }
            e.flags |= flag;
            continue;
        }
        match w {
            "id" => {
                let v = args.value(w)?;
                let id = crate::args::c_number(v).and_then(|n| u8::try_from(n).ok());
                e.id = Some(id.ok_or_else(|| invalid_arg("invalid ID", v))?);
            }
            "dev" => {
                let v = args.value(w)?;
                let i = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, v);
                let i = i.ok_or_else(|| invalid_arg("device does not exist", v))?;
                e.ifindex = Some(i as i32);
            }
            "port" => {
                let v = args.value(w)?;
                let p = crate::args::c_number(v).and_then(|n| u16::try_from(n).ok());
                e.port = Some(p.ok_or_else(|| invalid_arg_tight("expected port", v))?);
            }
            _ => e.address = Some(crate::args::inet::parse_address(w, None)?),
        }
    }
    check(cmd, &e)?;
    Ok(e)
}

/// What each command needs, in ip's words.
fn check(cmd: Cmd, e: &Endpoint) -> Result<(), Failure> {
    match cmd {
        Cmd::Add if e.address.is_none() => {
            Err(Failure::usage("Error: argument \"ADDRESS\" is required"))
        }
        Cmd::Add if e.port.is_some() && !e.flags.contains(EndpointFlags::SIGNAL) => {
            let what = "flags must have signal when using port";
            Err(invalid_arg_tight(what, "port"))
        }
        Cmd::Add
            if e.flags
                .contains(EndpointFlags::SIGNAL | EndpointFlags::FULLMESH) =>
        {
            let what = "flags mustn't have both signal and fullmesh";
            Err(invalid_arg_tight(what, "fullmesh"))
        }
        Cmd::Delete => match (e.id, e.address) {
            (None, _) => Err(Failure::usage("Error: argument \"ID\" is required")),
            (Some(id), Some(_)) if id != 0 => {
                let what = "invalid for non-zero id address";
                Err(invalid_arg(what, "ADDRESS"))
            }
            (Some(0), None) => {
                let what = "address is needed for deleting id 0 address";
                Err(invalid_arg(what, "ID"))
            }
            _ => Ok(()),
        },
        Cmd::Change if e.port.is_some() && e.id.is_some() => {
            Err(invalid_arg_tight("port can't be used with id", "port"))
        }
        _ => Ok(()),
    }
}

/// `show [id ID] [ADDRESS]`: one endpoint when selected, else the dump.
fn show(
    ctx: &mut Context,
    conn: &mut nlkit::engine::Conn,
    families: &Families,
    e: &Endpoint,
) -> Result<(), Failure> {
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if e.id.is_some() || e.address.is_some() {
        let got = mptcp::get(conn, families, e).map_err(|e| diag::kernel(&e))?;
        print::endpoint(&mut sink, &got, &mut ctx.links, &mut ctx.conn)?;
    } else {
        for got in mptcp::list(conn, families).map_err(|e| diag::dump(&e))? {
            let got = got.map_err(|e| diag::dump(&e))?;
            print::endpoint(&mut sink, &got, &mut ctx.links, &mut ctx.conn)?;
            sink.end_record()?;
        }
    }
    Ok(sink.end_list()?)
}
