//! `-i` for TCP: the fields of `tcp_info` and the congestion control's information, in
//! ss 6.1's order and formats (`tcp_stats_print`): options (`ts sack ecn ecnseen
//! fastopen`), the congestion control, `wscale:`, `rto:`, `backoff:`, `rtt:`, `ato:`,
//! `mss:` ... `ssthresh:`, the byte and segment counters, dctcp/bbr, `send`, `lastsnd:`
//! ... `lastack:`, `pacing_rate`, `delivery_rate`, `delivered:`, `app_limited`, `busy:`
//! and its limits, `unacked:`, `retrans:`, `lost:`, `sacked:`, `dsack_dups:`,
//! `fackets:`, `reordering:`, `reord_seen:`, `rcv_rtt:`, `rcv_space:`,
//! `rcv_ssthresh:`, `notsent:`, `minrtt:`, `rcv_ooopack:`, `snd_wnd:`. A field that is
//! zero is left out (as ss does), and so is one an older kernel did not send.
//!
//! With `-j` the same fields go into `tcp_info: {...}` under ss's words, as numbers: times
//! in milliseconds with their fraction (`rto`, `rtt`, `rttvar`, `ato`, `rcv_rtt`,
//! `minrtt`, bbr's `mrtt`), rates in bits per second (`send_bps`, `pacing_rate_bps`,
//! `max_pacing_rate_bps`, `delivery_rate_bps`, bbr's `bw_bps`), `busy_us`,
//! `rwnd_limited_us` and `sndbuf_limited_us` in microseconds, the options and
//! `app_limited` as `true`, `wscale` as `{"snd", "rcv"}`, `retrans` and
//! `total_retrans`, the congestion control as `cong`, `dctcp` and `bbr` as objects.

use super::fields::{Ext, Value};
use super::g;
use crate::render::{push_decimal, push_decimal_u64};
use nlkit::sock_diag::{InetSocket, TcpInfo, TcpInfoOptions, TcpState};
use std::fmt::Write;

/// A bandwidth as ss prints it (`sprint_bw`): with `-n` the whole number, otherwise three
/// significant digits and `k`, `M`, `G` or `T`.
pub fn bw(numeric: bool, bw: f64) -> String {
    if numeric {
        return format!("{bw:.0}");
    }
    for (scale, unit) in [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")] {
        if bw >= scale {
            return format!("{}{unit}", g(bw / scale, 3));
        }
    }
    g(bw, 6)
}

/// Every field of `info` ss reads, zero when the kernel sent too few bytes.
macro_rules! z {
    ($i:expr, $f:ident) => {
        $i.$f().unwrap_or_default()
    };
}

/// ` NAME:V`, JSON `NAME: V`.
fn num(out: &mut Ext, name: &'static str, v: u64) {
    out.field(
        name,
        || Value::U64(v),
        |t| {
            t.push(' ');
            t.push_str(name);
            t.push(':');
            push_decimal_u64(t, v);
        },
    );
}

/// ` NAME:V` of a C int (ss's `%d` of a `__u32`).
#[allow(clippy::cast_possible_wrap)]
fn int(out: &mut Ext, name: &'static str, v: u32) {
    let v = v as i32;
    out.field(
        name,
        || Value::I64(v.into()),
        |t| {
            t.push(' ');
            t.push_str(name);
            t.push(':');
            push_decimal(t, v.into());
        },
    );
}

/// ` NAME:MS` of a time in microseconds (ss's `%g` of the milliseconds).
fn ms(out: &mut Ext, name: &'static str, us: u32) {
    let x = f64::from(us) / 1000.0;
    out.field(
        name,
        || Value::F64(x),
        |t| {
            t.push(' ');
            t.push_str(name);
            t.push(':');
            t.push_str(&g(x, 6));
        },
    );
}

/// ` NAME`, JSON `NAME: true`.
fn flag(out: &mut Ext, name: &'static str) {
    out.field(
        name,
        || Value::Bool(true),
        |t| {
            t.push(' ');
            t.push_str(name);
        },
    );
}

/// Each nonzero `(value, name)` as ` NAME:V`.
fn nonzero(out: &mut Ext, fields: &[(u64, &'static str)]) {
    for (v, name) in fields {
        if *v != 0 {
            num(out, name, *v);
        }
    }
}

/// ` NAME BWbps` (ss's `sprint_bw`), JSON `NAME_bps: BITS`.
fn rate(out: &mut Ext, key: &'static str, text: &'static str, bits: f64, numeric: bool) {
    out.field(
        key,
        || Value::F64(bits),
        |t| {
            let _ = write!(t, " {text} {}bps", bw(numeric, bits));
        },
    );
}

/// The options, the congestion control and the timing fields.
fn head(out: &mut Ext, s: &InetSocket, i: &TcpInfo, show_options: bool) {
    let opts = i.option_flags().unwrap_or_default();
    if show_options {
        for (f, name) in [
            (TcpInfoOptions::TIMESTAMPS, "ts"),
            (TcpInfoOptions::SACK, "sack"),
            (TcpInfoOptions::ECN, "ecn"),
            (TcpInfoOptions::ECN_SEEN, "ecnseen"),
            (TcpInfoOptions::SYN_DATA, "fastopen"),
        ] {
            if opts.contains(f) {
                flag(out, name);
            }
        }
    }
    if let Some(cong) = s.congestion.as_deref().filter(|c| !c.is_empty()) {
        out.field(
            "cong",
            || Value::Str(cong.to_owned()),
            |t| {
                let _ = write!(t, " {cong}");
            },
        );
    }
    if opts.contains(TcpInfoOptions::WSCALE) {
        let (snd, rcv) = (z!(i, snd_wscale), z!(i, rcv_wscale));
        let value = || {
            Value::Obj(vec![
                ("snd", Value::U64(snd.into())),
                ("rcv", Value::U64(rcv.into())),
            ])
        };
        out.field("wscale", value, |t| {
            let _ = write!(t, " wscale:{snd},{rcv}");
        });
    }
    let rto = z!(i, rto);
    if rto != 0 && rto != 3_000_000 {
        ms(out, "rto", rto);
    }
    nonzero(out, &[(z!(i, backoff).into(), "backoff")]);
    let rtt = z!(i, rtt);
    if rtt != 0 {
        let var = z!(i, rttvar);
        if out.is_json() {
            ms(out, "rtt", rtt);
            ms(out, "rttvar", var);
        } else {
            let (a, b) = (f64::from(rtt) / 1000.0, f64::from(var) / 1000.0);
            let _ = write!(out, " rtt:{}/{}", g(a, 6), g(b, 6));
        }
    }
    let ato = z!(i, ato);
    if ato != 0 {
        ms(out, "ato", ato);
    }
    nonzero(
        out,
        &[
            (z!(i, snd_mss).into(), "mss"),
            (z!(i, pmtu).into(), "pmtu"),
            (z!(i, rcv_mss).into(), "rcvmss"),
            (z!(i, advmss).into(), "advmss"),
            (z!(i, snd_cwnd).into(), "cwnd"),
        ],
    );
    let ssthresh = z!(i, snd_ssthresh);
    if ssthresh != 0 && ssthresh < 0xFFFF {
        num(out, "ssthresh", ssthresh.into());
    }
}

/// The byte and segment counters.
fn counters(out: &mut Ext, i: &TcpInfo) {
    nonzero(
        out,
        &[
            (z!(i, bytes_sent), "bytes_sent"),
            (z!(i, bytes_retrans), "bytes_retrans"),
            (z!(i, bytes_acked), "bytes_acked"),
            (z!(i, bytes_received), "bytes_received"),
            (z!(i, segs_out).into(), "segs_out"),
            (z!(i, segs_in).into(), "segs_in"),
            (z!(i, data_segs_out).into(), "data_segs_out"),
            (z!(i, data_segs_in).into(), "data_segs_in"),
        ],
    );
}

/// DCTCP's and BBR's information.
fn congestion(out: &mut Ext, s: &InetSocket, numeric: bool) {
    if let Some(d) = &s.dctcp {
        if d.enabled != 0 {
            out.nest("dctcp", |o| {
                o.push_str(" dctcp:(");
                for (k, (v, name)) in [
                    (d.ce_state.into(), "ce_state"),
                    (d.alpha.into(), "alpha"),
                    (d.ab_ecn.into(), "ab_ecn"),
                    (d.ab_tot.into(), "ab_tot"),
                ]
                .into_iter()
                .enumerate()
                {
                    o.field(
                        name,
                        || Value::U64(v),
                        |t| {
                            let _ = write!(t, "{}{name}:{v}", if k > 0 { "," } else { "" });
                        },
                    );
                }
                o.push(')');
            });
        } else {
            out.field(
                "dctcp",
                || Value::Str("fallback_mode".into()),
                |t| {
                    t.push_str(" dctcp:fallback_mode");
                },
            );
        }
    }
    if let Some(b) = &s.bbr {
        out.nest("bbr", |o| bbr(o, b, numeric));
    }
}

/// BBR's ` bbr:(bw:Bbps,mrtt:M[,pacing_gain:P][,cwnd_gain:C])`.
fn bbr(o: &mut Ext, b: &nlkit::wire::inet_diag::TcpBbrInfo, numeric: bool) {
    let bits = b.bw() as f64 * 8.0;
    o.field(
        "bw_bps",
        || Value::F64(bits),
        |t| {
            let _ = write!(t, " bbr:(bw:{}bps", bw(numeric, bits));
        },
    );
    let mrtt = f64::from(b.min_rtt) / 1000.0;
    o.field(
        "mrtt",
        || Value::F64(mrtt),
        |t| {
            let _ = write!(t, ",mrtt:{}", g(mrtt, 6));
        },
    );
    for (v, name) in [(b.pacing_gain, "pacing_gain"), (b.cwnd_gain, "cwnd_gain")] {
        if v != 0 {
            let gain = f64::from(v) / 256.0;
            o.field(
                name,
                || Value::F64(gain),
                |t| {
                    let _ = write!(t, ",{name}:{}", g(gain, 6));
                },
            );
        }
    }
    o.push(')');
}

/// The rates and the times since the last data.
fn rates(out: &mut Ext, s: &InetSocket, i: &TcpInfo, numeric: bool) {
    let mut rtt = f64::from(z!(i, rtt));
    if let Some(v) = &s.vegas {
        if v.enabled != 0 && v.rtt != 0 && v.rtt != 0x7fff_ffff {
            rtt = f64::from(v.rtt);
        }
    }
    let (mss, cwnd) = (z!(i, snd_mss), z!(i, snd_cwnd));
    if rtt > 0.0 && mss != 0 && cwnd != 0 {
        let send = f64::from(cwnd) * f64::from(mss) * 8_000_000.0 / rtt;
        rate(out, "send_bps", "send", send, numeric);
    }
    nonzero(
        out,
        &[
            (z!(i, last_data_sent).into(), "lastsnd"),
            (z!(i, last_data_recv).into(), "lastrcv"),
            (z!(i, last_ack_recv).into(), "lastack"),
        ],
    );
    let pacing = z!(i, pacing_rate);
    if pacing != 0 && pacing != u64::MAX {
        rate(
            out,
            "pacing_rate_bps",
            "pacing_rate",
            pacing as f64 * 8.0,
            numeric,
        );
        let max = z!(i, max_pacing_rate);
        if max != 0 && max != u64::MAX {
            let bits = max as f64 * 8.0;
            out.field(
                "max_pacing_rate_bps",
                || Value::F64(bits),
                |t| {
                    let _ = write!(t, "/{}bps", bw(numeric, bits));
                },
            );
        }
    }
    let delivery = z!(i, delivery_rate);
    if delivery != 0 {
        let bits = delivery as f64 * 8.0;
        rate(out, "delivery_rate_bps", "delivery_rate", bits, numeric);
    }
    nonzero(
        out,
        &[
            (z!(i, delivered).into(), "delivered"),
            (z!(i, delivered_ce).into(), "delivered_ce"),
        ],
    );
    if z!(i, delivery_rate_app_limited) {
        flag(out, "app_limited");
    }
    busy(out, i);
}

/// ` busy:Tms` and its limits ` rwnd_limited:Tms(P%)`, JSON in microseconds.
fn busy(out: &mut Ext, i: &TcpInfo) {
    let busy = z!(i, busy_time);
    if busy == 0 {
        return;
    }
    out.field(
        "busy_us",
        || Value::U64(busy),
        |t| {
            let _ = write!(t, " busy:{}ms", busy / 1000);
        },
    );
    for (v, name, key) in [
        (z!(i, rwnd_limited), "rwnd_limited", "rwnd_limited_us"),
        (z!(i, sndbuf_limited), "sndbuf_limited", "sndbuf_limited_us"),
    ] {
        if v != 0 {
            let pct = 100.0 * v as f64 / busy as f64;
            out.field(
                key,
                || Value::U64(v),
                |t| {
                    let _ = write!(t, " {name}:{}ms({pct:.1}%)", v / 1000);
                },
            );
        }
    }
}

/// Losses, reordering and the receive side.
fn tail(out: &mut Ext, s: &InetSocket, i: &TcpInfo) {
    nonzero(out, &[(z!(i, unacked).into(), "unacked")]);
    let (retrans, total) = (z!(i, retrans), z!(i, total_retrans));
    if retrans != 0 || total != 0 {
        if out.is_json() {
            num(out, "retrans", retrans.into());
            num(out, "total_retrans", total.into());
        } else {
            let _ = write!(out, " retrans:{retrans}/{total}");
        }
    }
    nonzero(out, &[(z!(i, lost).into(), "lost")]);
    let sacked = z!(i, sacked);
    if sacked != 0 && s.state != TcpState::Listen {
        num(out, "sacked", sacked.into());
    }
    nonzero(
        out,
        &[
            (z!(i, dsack_dups).into(), "dsack_dups"),
            (z!(i, fackets).into(), "fackets"),
        ],
    );
    let reordering = z!(i, reordering);
    if reordering != 3 {
        int(out, "reordering", reordering);
    }
    let reord_seen = z!(i, reord_seen);
    if reord_seen != 0 {
        int(out, "reord_seen", reord_seen);
    }
    let rcv_rtt = z!(i, rcv_rtt);
    if rcv_rtt != 0 {
        ms(out, "rcv_rtt", rcv_rtt);
    }
    let rcv_space = z!(i, rcv_space);
    if rcv_space != 0 {
        int(out, "rcv_space", rcv_space);
    }
    nonzero(
        out,
        &[
            (z!(i, rcv_ssthresh).into(), "rcv_ssthresh"),
            (z!(i, notsent_bytes).into(), "notsent"),
        ],
    );
    let min_rtt = z!(i, min_rtt);
    if min_rtt != 0 && min_rtt != u32::MAX {
        ms(out, "minrtt", min_rtt);
    }
    nonzero(
        out,
        &[
            (z!(i, rcv_ooopack).into(), "rcv_ooopack"),
            (z!(i, snd_wnd).into(), "snd_wnd"),
        ],
    );
}

/// ` ts sack cubic wscale:7,7 rto:204 ...`: everything `-i` prints from `tcp_info`
/// (JSON: the object `tcp_info`).
pub fn tcp_info(out: &mut Ext, s: &InetSocket, show_options: bool, numeric: bool) {
    let Some(i) = &s.tcp_info else {
        return;
    };
    out.nest("tcp_info", |out| {
        head(out, s, i, show_options);
        counters(out, i);
        congestion(out, s, numeric);
        rates(out, s, i, numeric);
        tail(out, s, i);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bandwidths() {
        assert_eq!(bw(false, 47_103_988_768.0), "47.1G");
        assert_eq!(bw(false, 0.0), "0");
        assert_eq!(bw(false, 1500.0), "1.5k");
        assert_eq!(bw(true, 47_103_988_768.0), "47103988768");
        assert_eq!(bw(false, 2.5e12), "2.5T");
    }

    #[test]
    fn a_short_tcp_info_reads_as_zeros() {
        let s = InetSocket {
            tcp_info: Some(TcpInfo::new(vec![1, 0, 0, 0, 0, 7])),
            ..Default::default()
        };
        let mut out = Ext::new(false);
        tcp_info(&mut out, &s, true, false);
        // Options ts, sack and wscale (0,0); reordering 0 is not 3.
        assert_eq!(out.as_str(), " ts sack wscale:0,0 reordering:0");
    }
}
