//! The statistics of `ip -s link` and `ip -s -s link`: the RX and TX tables in text (with
//! `-h` units), the `stats64` object in JSON.

use crate::render::{Mode, Sink};
use nlkit::rtnl::link::{Link, LinkStats};
use std::io::{self, Write};

fn pad(out: &mut String, width: usize, s: &str) {
    for _ in s.len()..width {
        out.push(' ');
    }
    out.push_str(s);
}

/// A counter as `ip -s` prints it: plain, or with `-h` scaled to a unit prefix with two
/// significant decimals below 10, one below 100 (`1.52M`; `1.45Mi` with `-iec`).
fn counter(v: u64, human: Option<u64>) -> String {
    let Some(base) = human else {
        return v.to_string();
    };
    if v < base {
        return v.to_string();
    }
    let prefixes = ['k', 'M', 'G', 'T', 'P', 'E'];
    let mut div = base;
    let mut i = 0;
    while v / base >= div && i + 1 < prefixes.len() {
        div = div.saturating_mul(base);
        i += 1;
    }
    let x = v as f64 / div as f64;
    let whole = v / div;
    let precision = if whole < 10 {
        2
    } else if whole < 100 {
        1
    } else {
        0
    };
    let iec = if base == 1024 { "i" } else { "" };
    format!("{x:.precision$}{}{iec}", prefixes[i])
}

/// The statistics of `l` at `-s` level `level` (`stats64` when the kernel sent them).
pub(crate) fn print_stats<W: Write>(
    sink: &mut Sink<W>,
    l: &Link,
    level: u32,
    nl: &str,
    human: Option<u64>,
) -> io::Result<()> {
    let (s, key) = match (&l.stats64, &l.stats) {
        (Some(s), _) => (s, "stats64"),
        (None, Some(s)) => (s, "stats"),
        _ => return Ok(()),
    };
    let changes = u64::from(l.carrier_changes.unwrap_or(0));
    if sink.is_json() {
        return stats_json(sink, s, key, level, changes);
    }
    sink.text(&stats_text(&counters(s, changes), level, nl, human))
}

/// The counters of the text table, in ip's columns.
struct Counters {
    rx: [u64; 7],
    tx: [u64; 7],
    rx_err: [u64; 5],
    tx_err: [u64; 5],
}

/// The counters of `s` (`changes`: the carrier changes, the last TX error column).
fn counters(s: &LinkStats, changes: u64) -> Counters {
    let rx = [
        s.rx_bytes(),
        s.rx_packets(),
        s.rx_errors(),
        s.rx_dropped(),
        s.rx_missed_errors(),
        s.multicast(),
        s.rx_compressed(),
    ];
    let tx = [
        s.tx_bytes(),
        s.tx_packets(),
        s.tx_errors(),
        s.tx_dropped(),
        s.tx_carrier_errors(),
        s.collisions(),
        s.tx_compressed(),
    ];
    let rx_err = [
        s.rx_length_errors(),
        s.rx_crc_errors(),
        s.rx_frame_errors(),
        s.rx_fifo_errors(),
        s.rx_over_errors(),
    ];
    let tx_err = [
        s.tx_aborted_errors(),
        s.tx_fifo_errors(),
        s.tx_window_errors(),
        s.tx_heartbeat_errors(),
        changes,
    ];
    Counters {
        rx,
        tx,
        rx_err,
        tx_err,
    }
}

/// The RX and TX tables of `ip -s link` (with the error tables at level 2), each line
/// after `nl`; the columns are as wide as their widest value.
fn stats_text(c: &Counters, level: u32, nl: &str, human: Option<u64>) -> String {
    let Counters {
        rx,
        tx,
        rx_err,
        tx_err,
    } = c;
    let mut cols = [10usize, 7, 6, 7, 7, 7, 10];
    let digits = |v: u64| counter(v, human).len();
    for row in [&rx, &tx] {
        for (c, v) in cols.iter_mut().zip(row.iter()) {
            *c = (*c).max(digits(*v));
        }
    }
    if level > 1 {
        for row in [&rx_err, &tx_err] {
            for (c, v) in cols[1..].iter_mut().zip(row.iter()) {
                *c = (*c).max(digits(*v));
            }
        }
    }
    let values = |out: &mut String, vals: &[u64], first: usize| {
        out.push_str("    ");
        if first == 1 {
            pad(out, cols[0], "");
            out.push(' ');
        }
        for (i, v) in vals.iter().enumerate() {
            pad(out, cols[first + i], &counter(*v, human));
            out.push(' ');
        }
    };
    let mut out = String::new();
    let blocks = [
        (
            "RX",
            &rx,
            ["packets", "errors", "dropped", "missed", "mcast"],
            "RX errors:",
            &rx_err,
            ["length", "crc", "frame", "fifo", "overrun"],
        ),
        (
            "TX",
            &tx,
            ["packets", "errors", "dropped", "carrier", "collsns"],
            "TX errors:",
            &tx_err,
            ["aborted", "fifo", "window", "heartbt", "transns"],
        ),
    ];
    for (dir, vals, heads, err_title, errs, err_heads) in blocks {
        out.push_str(nl);
        out.push_str(&format!("    {dir}: "));
        pad(&mut out, cols[0] - 4, "bytes");
        for (i, h) in heads.iter().enumerate() {
            out.push(' ');
            pad(&mut out, cols[i + 1], h);
        }
        out.push(' ');
        pad(
            &mut out,
            cols[6],
            if vals[6] != 0 { "compressed" } else { "" },
        );
        out.push_str(nl);
        values(
            &mut out,
            if vals[6] != 0 { &vals[..] } else { &vals[..6] },
            0,
        );
        if level > 1 {
            out.push_str(nl);
            out.push_str(&format!("    {err_title}"));
            for (i, h) in err_heads.iter().enumerate() {
                out.push(' ');
                pad(&mut out, cols[i + 1], h);
            }
            out.push_str(nl);
            values(&mut out, &errs[..], 1);
        }
    }
    out
}

fn stats_json<W: Write>(
    sink: &mut Sink<W>,
    s: &LinkStats,
    key: &str,
    level: u32,
    changes: u64,
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    sink.open_object(Mode::Json, Some("rx"))?;
    let mut rx = vec![
        ("bytes", s.rx_bytes()),
        ("packets", s.rx_packets()),
        ("errors", s.rx_errors()),
        ("dropped", s.rx_dropped()),
        ("over_errors", s.rx_over_errors()),
        ("multicast", s.multicast()),
    ];
    if s.rx_compressed() != 0 {
        rx.push(("compressed", s.rx_compressed()));
    }
    if level > 1 {
        rx.extend([
            ("length_errors", s.rx_length_errors()),
            ("crc_errors", s.rx_crc_errors()),
            ("frame_errors", s.rx_frame_errors()),
            ("fifo_errors", s.rx_fifo_errors()),
            ("missed_errors", s.rx_missed_errors()),
        ]);
    }
    if s.rx_nohandler() != 0 {
        rx.push(("nohandler", s.rx_nohandler()));
    }
    for (k, v) in rx {
        sink.number(Mode::Json, k, "", &v, "")?;
    }
    sink.close_object(Mode::Json)?;
    sink.open_object(Mode::Json, Some("tx"))?;
    let mut tx = vec![
        ("bytes", s.tx_bytes()),
        ("packets", s.tx_packets()),
        ("errors", s.tx_errors()),
        ("dropped", s.tx_dropped()),
        ("carrier_errors", s.tx_carrier_errors()),
        ("collisions", s.collisions()),
    ];
    if s.tx_compressed() != 0 {
        tx.push(("compressed", s.tx_compressed()));
    }
    if level > 1 {
        tx.extend([
            ("aborted_errors", s.tx_aborted_errors()),
            ("fifo_errors", s.tx_fifo_errors()),
            ("window_errors", s.tx_window_errors()),
            ("heartbeat_errors", s.tx_heartbeat_errors()),
            ("carrier_changes", changes),
        ]);
    }
    for (k, v) in tx {
        sink.number(Mode::Json, k, "", &v, "")?;
    }
    sink.close_object(Mode::Json)?;
    sink.close_object(Mode::Json)
}
