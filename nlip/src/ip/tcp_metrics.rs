//! `nlip tcp_metrics` (`tcpmetrics`): the kernel's TCP metrics cache as ip 6.1 shows,
//! deletes and flushes it (`show|list [ [address] PREFIX ] [ src ADDR ]`, `delete
//! [address] ADDR`, `flush [ all | PREFIX ]`), over `nlkit::genl::tcp_metrics`.
//!
//! ip's selector reads one value after each keyword and then skips a word: `show A B`
//! shows A, `show A src S` is a duplicate address (`src` is skipped, `S` is a second
//! address). nlip reads it the same way.

use crate::args::{matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::{c_g, Color, Mode, Sink};
use nlkit::engine::{Conn, Error};
use nlkit::genl::tcp_metrics::{self, Entry, Filter, IpFamily};
use nlkit::genl::Families;
use nlkit::rtnl::AddressFamily;
use std::io::{self, Write};
use std::net::IpAddr;

const USAGE: &str = "\
Usage:\tip tcp_metrics/tcpmetrics { COMMAND | help }
\tip tcp_metrics { show | flush } SELECTOR
\tip tcp_metrics delete [ address ] ADDRESS
SELECTOR := [ [ address ] PREFIX ]";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Show,
    Delete,
    Flush,
}

/// What the command line selects: a destination prefix and a source address.
#[derive(Debug, Default)]
struct Selector {
    /// (address, or none for `default`/`all`/`any`; length; the address's family).
    dst: Option<(Option<IpAddr>, u8)>,
    src: Option<IpAddr>,
}

impl Selector {
    /// The destination when it is one address (a full-length prefix).
    fn exact_dst(&self) -> Option<IpAddr> {
        match self.dst {
            Some((Some(a), len)) if len == full_len(&a) => Some(a),
            _ => None,
        }
    }
}

fn full_len(a: &IpAddr) -> u8 {
    if a.is_ipv4() {
        32
    } else {
        128
    }
}

/// `nlip tcp_metrics ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let cmd = match args.next() {
        None => Cmd::Show,
        Some(w) if matches(w, "help") => return Err(Failure::usage(USAGE)),
        Some(w) if matches(w, "show") || matches(w, "list") || matches(w, "lst") => Cmd::Show,
        Some(w) if matches(w, "delete") => Cmd::Delete,
        Some(w) if matches(w, "flush") => Cmd::Flush,
        Some(w) => {
            return Err(Failure::usage(format!(
                "Command \"{w}\" is unknown, try \"ip tcp_metrics help\"."
            )))
        }
    };
    let family = match ctx.address_family() {
        None | Some(AddressFamily::Unspec) => None,
        Some(f @ (AddressFamily::Inet | AddressFamily::Inet6)) => Some(f),
        Some(f) => {
            let n: u8 = f.into();
            return Err(Failure::failed(format!("Unsupported protocol family: {n}")));
        }
    };
    let sel = selector(args, cmd, family)?;
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    match cmd {
        Cmd::Delete => {
            let dst = sel
                .exact_dst()
                .ok_or_else(|| Failure::usage("Error: argument \"address\" is required"))?;
            let r = tcp_metrics::delete(&mut conn, &families, dst, sel.src);
            diag::outcome(r)
        }
        Cmd::Show => show(ctx, &mut conn, &families, &sel, family),
        Cmd::Flush => flush(ctx, &mut conn, &families, &sel, family),
    }
}

/// Reads the selector words as ip does (a word skipped after each value).
fn selector(args: &mut Args, cmd: Cmd, family: Option<AddressFamily>) -> Result<Selector, Failure> {
    let fam = family.map(u8::from);
    let mut sel = Selector::default();
    while let Some(mut w) = args.next() {
        if w == "src" || w == "source" {
            let v = args.value(w)?;
            if matches(v, "help") {
                return Err(Failure::usage(USAGE));
            }
            if sel.src.is_some() {
                return Err(crate::args::duplicate_or_garbage("src", v));
            }
            let (a, len, _) = crate::args::inet::prefix(v, fam)?;
            match a {
                Some(a) if len == full_len(&a) => sel.src = Some(a),
                _ => return Err(specific(v)),
            }
        } else {
            if w == "address" || w == "addr" {
                w = args.value(w)?;
            }
            if matches(w, "help") {
                return Err(Failure::usage(USAGE));
            }
            if sel.dst.is_some() {
                return Err(crate::args::duplicate_or_garbage("address", w));
            }
            let (a, len, _) = crate::args::inet::prefix(w, fam)?;
            if cmd == Cmd::Delete && a.is_none_or(|a| len != full_len(&a)) {
                return Err(specific(w));
            }
            sel.dst = Some((a, len));
        }
        args.next();
    }
    Ok(sel)
}

fn specific(v: &str) -> Failure {
    Failure::failed(format!(
        "Error: a specific IP address is expected rather than \"{v}\""
    ))
}

/// The dump filter of a selector: the family of `-4`/`-6`, else the destination's.
fn filter_of(sel: &Selector, family: Option<AddressFamily>) -> Filter {
    let family = match family {
        Some(AddressFamily::Inet) => Some(IpFamily::V4),
        Some(AddressFamily::Inet6) => Some(IpFamily::V6),
        _ => match sel.dst {
            Some((Some(a), _)) if a.is_ipv4() => Some(IpFamily::V4),
            Some((Some(_), _)) => Some(IpFamily::V6),
            _ => None,
        },
    };
    Filter {
        family,
        destination: sel.dst.and_then(|(a, len)| a.map(|a| (a, len))),
        source: sel.src.map(|s| (s, full_len(&s))),
    }
}

/// `show`: one address is asked for (and printed as text, even with `-j`, as ip 6.1
/// does); a prefix dumps and filters.
fn show(
    ctx: &mut Context,
    conn: &mut Conn,
    families: &Families,
    sel: &Selector,
    family: Option<AddressFamily>,
) -> Result<(), Failure> {
    if let Some(dst) = sel.exact_dst() {
        let e = tcp_metrics::get(conn, families, dst, sel.src).map_err(|e| diag::kernel(&e))?;
        let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
        sink.set_color(ctx.color);
        print_entry(&mut sink, &e)?;
        return Ok(sink.flush()?);
    }
    let filter = filter_of(sel, family);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for e in tcp_metrics::list(conn, families).map_err(|e| diag::dump(&e))? {
        let e = e.map_err(|e| diag::dump(&e))?;
        if filter.matches(&e) {
            print_entry(&mut sink, &e)?;
            sink.end_record()?;
        }
    }
    Ok(sink.end_list()?)
}

/// `flush`: one address is deleted with one request; no selector at all (nor `-4`/`-6`)
/// deletes everything with one request; otherwise rounds of dump-and-delete, "Nothing to
/// flush." on stderr when the first finds nothing, ip's round report with `-s` and each
/// entry deleted with `-s -s`.
fn flush(
    ctx: &mut Context,
    conn: &mut Conn,
    families: &Families,
    sel: &Selector,
    family: Option<AddressFamily>,
) -> Result<(), Failure> {
    if let Some(dst) = sel.exact_dst() {
        return diag::outcome(tcp_metrics::delete(conn, families, dst, sel.src));
    }
    let everything = family.is_none() && sel.src.is_none() && sel.dst.is_none_or(|d| d.1 == 0);
    if everything {
        return diag::outcome(tcp_metrics::flush_all(conn, families));
    }
    let filter = filter_of(sel, family);
    let mut sink = crate::ip::flush::text_sink(ctx);
    for round in 1..=10u32 {
        let deleted = tcp_metrics::flush(conn, families, &filter).map_err(|e| flush_error(&e));
        let deleted = match deleted {
            Ok(d) => d,
            Err(f) => {
                sink.flush()?;
                return Err(f);
            }
        };
        if ctx.stats > 1 {
            for e in &deleted {
                sink.text("Deleted ")?;
                print_entry(&mut sink, e)?;
            }
        }
        if deleted.is_empty() {
            if round == 1 {
                sink.flush()?;
                diag::warn("Nothing to flush.");
            } else if ctx.stats > 0 {
                let plural = if round > 2 { "s" } else { "" };
                let n = round - 1;
                sink.text(&format!(
                    "*** Flush is complete after {n} round{plural} ***\n"
                ))?;
            }
            return Ok(sink.flush()?);
        }
        if ctx.stats > 0 {
            let n = deleted.len();
            sink.text(&format!("\n*** Round {round}, deleting {n} entries ***\n"))?;
        }
    }
    sink.flush()?;
    Err(Failure::failed(
        "*** Flush remains incomplete after 10 rounds. ***",
    ))
}

fn flush_error(e: &Error) -> Failure {
    diag::dump_ended(e, "Flush terminated")
}

/// Seconds with milliseconds, as ip prints ages: `64.800sec`.
fn seconds_ms(ms: u128) -> String {
    format!("{}.{:03}sec", ms / 1000, ms % 1000)
}

/// Prints one entry as ip does: `DST age S.MMMsec cwnd N rtt Nus rttvar Nus fo_mss N
/// fo_cookie HEX source SRC` (JSON: `dst`, `age` and the times in seconds, ...).
pub(crate) fn print_entry<W: Write>(s: &mut Sink<W>, e: &Entry) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    let color = Color::of_family(AddressFamily::of(&e.destination));
    s.colored(Mode::Any, "dst", "", &e.destination, "", color)?;
    if let Some(age) = e.age {
        s.number(Mode::Json, "age", "", &c_g(age.as_secs_f64()), "")?;
        s.text(&format!(" age {}", seconds_ms(age.as_millis())))?;
    }
    print_metrics(s, e)?;
    print_fastopen(s, e)?;
    if let Some(src) = e.source {
        s.string(Mode::Any, "source", " source ", &src, "")?;
    }
    s.text("\n")?;
    s.close_object(Mode::Json)
}

fn print_metrics<W: Write>(s: &mut Sink<W>, e: &Entry) -> io::Result<()> {
    let m = &e.metrics;
    for (name, v) in [
        ("ssthresh", m.ssthresh),
        ("cwnd", m.cwnd),
        ("reordering", m.reordering),
    ] {
        if let Some(v) = v {
            s.number(Mode::Any, name, &format!(" {name} "), &v, "")?;
        }
    }
    for (name, v) in [("rtt", m.rtt()), ("rttvar", m.rttvar())] {
        if let Some(d) = v.filter(|d| !d.is_zero()) {
            s.number(Mode::Json, name, "", &c_g(d.as_secs_f64()), "")?;
            s.text(&format!(" {name} {}us", d.as_micros()))?;
        }
    }
    Ok(())
}

fn print_fastopen<W: Write>(s: &mut Sink<W>, e: &Entry) -> io::Result<()> {
    let f = &e.fastopen;
    if let Some(mss) = f.mss {
        s.number(Mode::Any, "fopen_miss", " fo_mss ", &mss, "")?;
    }
    if let Some(drops) = f.syn_drops {
        let ts = f.syn_drop_age.unwrap_or_default();
        s.number(Mode::Any, "fopen_syn_drops", " fo_syn_drops ", &drops, "")?;
        s.number(
            Mode::Json,
            "fopen_syn_drop_ts",
            "",
            &c_g(ts.as_secs_f64()),
            "",
        )?;
        s.text(&format!("/{} ago", seconds_ms(ts.as_millis())))?;
    }
    if let Some(cookie) = &f.cookie {
        let hex: String = cookie.iter().take(16).map(|b| format!("{b:02x}")).collect();
        s.string(Mode::Any, "fo_cookie", " fo_cookie ", &hex, "")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::MessageIter;

    /// `tcp_metrics_fastopen.bin`: `ip tcp_metrics`'s dump after two Fast Open connections
    /// each to fd00::2 and 10.9.0.1 over lo (Linux 6.18, `strace -e read=4` and
    /// `tools/strace-to-bin.py`); ip printed these lines (and this JSON with `-j`).
    const DUMP: &[u8] = include_bytes!("../../tests/golden/tcp_metrics_fastopen.bin");
    const TEXT: &str = "\
fd00::2 age 0.116sec cwnd 12 rtt 39us rttvar 23us fo_mss 65476 fo_cookie 287128fa3e93699d source fd00::2
10.9.0.1 age 0.316sec cwnd 12 rtt 38us rttvar 25us fo_mss 65495 fo_cookie ccd80111db4c8f45 source 10.9.0.1
";
    const JSON: &str = r#"[{"dst":"fd00::2","age":0.116,"cwnd":12,"rtt":3.9e-05,"rttvar":2.3e-05,"fopen_miss":65476,"fo_cookie":"287128fa3e93699d","source":"fd00::2"},{"dst":"10.9.0.1","age":0.316,"cwnd":12,"rtt":3.8e-05,"rttvar":2.5e-05,"fopen_miss":65495,"fo_cookie":"ccd80111db4c8f45","source":"10.9.0.1"}]
"#;

    fn render(json: bool) -> String {
        let mut s = Sink::new(Vec::new(), json, false);
        s.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let mut e = Entry::parse(&m.unwrap()).unwrap();
            // The ages of the capture moved on by the time ip printed them.
            e.age = Some(std::time::Duration::from_millis(
                if e.destination.is_ipv4() { 316 } else { 116 },
            ));
            print_entry(&mut s, &e).unwrap();
        }
        s.end_list().unwrap();
        String::from_utf8(s.into_inner()).unwrap()
    }

    #[test]
    fn entries_print_as_ip_prints_them() {
        assert_eq!(render(false), TEXT);
        assert_eq!(render(true), JSON);
    }
}
