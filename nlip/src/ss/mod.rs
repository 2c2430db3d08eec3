//! `nlss`: iproute2 6.1's `ss` on nlkit, over nlip's shared parts (`diag` for stderr and
//! exit codes).
//!
//! `nlss [ OPTIONS ] [ state STATE | exclude STATE ]... [ FILTER ]`: the options as ss
//! reads them with GNU getopt_long ([`options`]), which tables, families and states they
//! choose with ss's defaults ([`select`]), the summary of `-s` ([`summary`]), and ss's
//! column layout ([`table`]), with ss's usage text, messages and exit codes (255 for
//! option errors, 1 when the namespace of `-N` cannot be entered or SELinux is off for
//! `-Z`, 0 with a message when the options leave nothing to show).
//!
//! The order is ss's: the options are applied as they come (`-N` enters the namespace at
//! once), then the summary, then the `state`/`exclude` words and the defaults, then the
//! filter, the header and the sockets of each table in ss's order, laid out together.
//!
//! The sockets come from nlkit's sock_diag dumps: the inet tables ([`inet`]: TCP, UDP,
//! raw, MPTCP, SCTP, DCCP, with `-K` closing each socket shown), unix ([`unix`]), packet
//! ([`packet`]), netlink ([`netlink`]), vsock, TIPC and XDP ([`other`]); the printers
//! they share are in [`print`](mod@print) (`-p`/`-T`'s holders from nlkit's `/proc` scan,
//! `sock_diag::process`). On a terminal the columns are spread over its width.
//!
//! Differences from ss 6.1: a closed stdout is success (ss dies of SIGPIPE); getopt's
//! messages name the program `ss` whatever it is called; the filter is checked on inet,
//! unix and packet sockets (netlink, vsock and XDP sockets are shown unfiltered: see the
//! `merge:` notes); `-E` with `-K` closes nothing ([`events`]); no SELinux contexts.

pub mod dump;
pub mod events;
pub mod filter;
pub mod inet;
#[cfg(test)]
mod json_tests;
pub mod netlink;
pub mod options;
pub mod other;
pub mod packet;
pub mod print;
pub mod select;
pub mod summary;
pub mod table;
#[cfg(test)]
mod tests;
pub mod unix;
pub mod usage;

use crate::diag::{exit, Failure};
use options::{Early, FilterFile, OptionEnv, SsOptions};
use select::Db;
use std::io::{self, Write};
use std::process::ExitCode;
use table::{Layout, Table};

/// The system side of reading the options: namespaces, files, SELinux.
struct System;

impl OptionEnv for System {
    fn switch_netns(&mut self, name: &str) -> Result<(), Failure> {
        use nlkit::sys::Netns;
        // ss opens /run/netns/NAME as it is (`-N ""` opens the directory, and setns fails).
        let ns = Netns::open_path(format!("/run/netns/{name}")).map_err(|e| {
            Failure::failed(format!(
                "Cannot open network namespace \"{name}\": {}",
                crate::diag::os_text(&e)
            ))
        })?;
        ns.enter().map_err(|e| {
            Failure::failed(format!(
                "setting the network namespace \"{name}\" failed: {}",
                crate::diag::os_text(&e)
            ))
        })?;
        nlkit::sys::netns::isolate_mounts(name).map_err(|e| {
            Failure::failed(format!(
                "mount of /sys failed: {}",
                crate::diag::os_text(&e)
            ))
        })
    }

    fn read_filter_file(&mut self, path: &str) -> io::Result<String> {
        std::fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    fn selinux_enabled(&mut self) -> bool {
        std::path::Path::new("/sys/fs/selinux/enforce").exists()
    }
}

/// Runs `nlss` with `words` (the arguments after the program name).
pub fn run(words: &[&str]) -> Result<(), Failure> {
    let o = match SsOptions::parse(words, &mut System) {
        Ok(o) => o,
        Err(Early::Print(text)) => {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            return Ok(out.flush()?);
        }
        Err(Early::Fail(f)) => return Err(f),
    };
    // stdout and stderr interleave as ss's do (its stdio buffers), in large writes.
    let mut out = crate::stdio::Stdout;
    let done = show(&o, &mut out);
    // What was printed goes out before a failure's message, as ss's exit flushes it.
    let flushed = out.flush();
    done?;
    Ok(flushed?)
}

/// Everything after the options: the summary, the selection, the table.
fn show(o: &SsOptions, out: &mut impl Write) -> Result<(), Failure> {
    // `-s -j`: `{"summary": {...}}`, or `{"summary": {...}, "sockets": [...]}`.
    let mut summary_json = None;
    if o.summary {
        let (summary, warnings) = summary::Summary::read();
        for w in &warnings {
            crate::diag::warn(w);
        }
        if o.json > 0 {
            summary_json = Some(summary.json());
        } else {
            summary.print(out)?;
        }
        if o.selection.default && o.words.is_empty() {
            return match summary_json {
                Some(v) => Ok(summary_only(out, &v, o.json > 1)?),
                None => Ok(()),
            };
        }
    }
    let mut selection = o.selection.clone();
    let filter_words = selection.finish(&o.words)?;
    if let Some(path) = &o.dump_file {
        if !selection.has_db(Db::Tcp) {
            return Err(Failure::new(
                "ss: tcpdiag dump requested and no tcp in filter.",
                exit::OK,
            ));
        }
        return inet::dump_file(&selection, &print::Printer::new(o), path, out);
    }
    let file_text = match &o.filter_file {
        None => None,
        Some(FilterFile::Text(t)) => Some(t.clone()),
        Some(FilterFile::Stdin) => {
            let mut t = Vec::new();
            io::Read::read_to_end(&mut io::stdin(), &mut t)?;
            Some(String::from_utf8_lossy(&t).into_owned())
        }
    };
    selection.read_filter(filter_words, file_text.as_deref())?;
    // merge: `-p`/`-T` build the inode -> process table from /proc first.
    let layout = Layout {
        netid: selection.show_netid(),
        state: selection.show_state(),
        screen_width: screen_width(),
    };
    // `-j` (nlss's own): the same rows as one JSON array; `-H` and `-O` do not matter.
    // `-E -j`: one JSON object a line, as each event comes.
    let mut table = match o.json {
        0 => Table::new(out, layout),
        _ if o.events => Table::json_lines(out, layout),
        n => Table::json(out, layout, n > 1, summary_json)?,
    };
    let mut printer = print::Printer::new(o);
    if o.header {
        table.header()?;
    }
    if o.events {
        return events::follow(&selection, &mut printer, &mut table);
    }
    for db in selection.tables() {
        // merge: the inet tables are `inet::show`; the others dump table `db` (with
        // selection.families, selection.states and selection.preferred), fill a
        // `table::Row` per socket (netid, state, queues, `Endpoint`s, then `users:(...)`
        // and the details of -o -e -m -i ... on `ext`, `Row::detail_line(o.oneline)`
        // before each details line; the printers of `print` are shared) and
        // `table.row(&row)?`.
        inet::show(db, &selection, &mut printer, &mut table)?;
        other::show(db, &selection, o, &mut printer, &mut table)?;
    }
    table.finish()?;
    Ok(())
}

/// `-s -j` alone: `{"summary": {...}}` and a newline.
fn summary_only(
    out: &mut impl Write,
    summary: &print::fields::Value,
    pretty: bool,
) -> io::Result<()> {
    let mut sink = crate::render::Sink::new(out, true, pretty);
    sink.open_object(crate::render::Mode::Json, None)?;
    summary.write(&mut sink, "summary")?;
    sink.close_object(crate::render::Mode::Json)?;
    sink.flush()?;
    sink.writer_mut().write_all(b"\n")
}

/// The width ss spreads the columns over: the terminal's when stdout is one (80 when the
/// terminal does not say), none otherwise (the columns are as wide as their content).
fn screen_width() -> Option<usize> {
    use std::io::IsTerminal;
    let stdout = io::stdout();
    stdout
        .is_terminal()
        .then(|| nlkit::sys::terminal_width(&stdout).map_or(80, usize::from))
}

/// Runs `nlss` with the arguments of this process; the exit status is ss's.
pub fn main() -> ExitCode {
    crate::diag::main_with(run)
}
