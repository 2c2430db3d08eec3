//! `-i` for TCP: the fields of `tcp_info` and the congestion control's information, in
//! ss 6.1's order and formats (`tcp_stats_print`): options (`ts sack ecn ecnseen
//! fastopen`), the congestion control, `wscale:`, `rto:`, `backoff:`, `rtt:`, `ato:`,
//! `mss:` ... `ssthresh:`, the byte and segment counters, dctcp/bbr, `send`, `lastsnd:`
//! ... `lastack:`, `pacing_rate`, `delivery_rate`, `delivered:`, `app_limited`, `busy:`
//! and its limits, `unacked:`, `retrans:`, `lost:`, `sacked:`, `dsack_dups:`,
//! `fackets:`, `reordering:`, `reord_seen:`, `rcv_rtt:`, `rcv_space:`,
//! `rcv_ssthresh:`, `notsent:`, `minrtt:`, `rcv_ooopack:`, `snd_wnd:`. A field that is
//! zero is left out (as ss does), and so is one an older kernel did not send.

use super::g;
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

/// The options, the congestion control and the timing fields.
fn head(out: &mut String, s: &InetSocket, i: &TcpInfo, show_options: bool) {
    let opts = i.option_flags().unwrap_or_default();
    if show_options {
        for (flag, name) in [
            (TcpInfoOptions::TIMESTAMPS, "ts"),
            (TcpInfoOptions::SACK, "sack"),
            (TcpInfoOptions::ECN, "ecn"),
            (TcpInfoOptions::ECN_SEEN, "ecnseen"),
            (TcpInfoOptions::SYN_DATA, "fastopen"),
        ] {
            if opts.contains(flag) {
                let _ = write!(out, " {name}");
            }
        }
    }
    if let Some(cong) = s.congestion.as_deref().filter(|c| !c.is_empty()) {
        let _ = write!(out, " {cong}");
    }
    if opts.contains(TcpInfoOptions::WSCALE) {
        let _ = write!(out, " wscale:{},{}", z!(i, snd_wscale), z!(i, rcv_wscale));
    }
    let rto = z!(i, rto);
    if rto != 0 && rto != 3_000_000 {
        let _ = write!(out, " rto:{}", g(f64::from(rto) / 1000.0, 6));
    }
    let backoff = z!(i, backoff);
    if backoff != 0 {
        let _ = write!(out, " backoff:{backoff}");
    }
    let rtt = z!(i, rtt);
    if rtt != 0 {
        let _ = write!(
            out,
            " rtt:{}/{}",
            g(f64::from(rtt) / 1000.0, 6),
            g(f64::from(z!(i, rttvar)) / 1000.0, 6)
        );
    }
    let ato = z!(i, ato);
    if ato != 0 {
        let _ = write!(out, " ato:{}", g(f64::from(ato) / 1000.0, 6));
    }
    for (v, name) in [
        (z!(i, snd_mss), "mss"),
        (z!(i, pmtu), "pmtu"),
        (z!(i, rcv_mss), "rcvmss"),
        (z!(i, advmss), "advmss"),
        (z!(i, snd_cwnd), "cwnd"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    let ssthresh = z!(i, snd_ssthresh);
    if ssthresh != 0 && ssthresh < 0xFFFF {
        let _ = write!(out, " ssthresh:{ssthresh}");
    }
}

/// The byte and segment counters.
fn counters(out: &mut String, i: &TcpInfo) {
    for (v, name) in [
        (z!(i, bytes_sent), "bytes_sent"),
        (z!(i, bytes_retrans), "bytes_retrans"),
        (z!(i, bytes_acked), "bytes_acked"),
        (z!(i, bytes_received), "bytes_received"),
        (z!(i, segs_out).into(), "segs_out"),
        (z!(i, segs_in).into(), "segs_in"),
        (z!(i, data_segs_out).into(), "data_segs_out"),
        (z!(i, data_segs_in).into(), "data_segs_in"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
}

/// DCTCP's and BBR's information.
fn congestion(out: &mut String, s: &InetSocket, numeric: bool) {
    if let Some(d) = &s.dctcp {
        if d.enabled != 0 {
            let _ = write!(
                out,
                " dctcp:(ce_state:{},alpha:{},ab_ecn:{},ab_tot:{})",
                d.ce_state, d.alpha, d.ab_ecn, d.ab_tot
            );
        } else {
            out.push_str(" dctcp:fallback_mode");
        }
    }
    if let Some(b) = &s.bbr {
        let _ = write!(
            out,
            " bbr:(bw:{}bps,mrtt:{}",
            bw(numeric, b.bw() as f64 * 8.0),
            g(f64::from(b.min_rtt) / 1000.0, 6)
        );
        if b.pacing_gain != 0 {
            let _ = write!(
                out,
                ",pacing_gain:{}",
                g(f64::from(b.pacing_gain) / 256.0, 6)
            );
        }
        if b.cwnd_gain != 0 {
            let _ = write!(out, ",cwnd_gain:{}", g(f64::from(b.cwnd_gain) / 256.0, 6));
        }
        out.push(')');
    }
}

/// The rates and the times since the last data.
fn rates(out: &mut String, s: &InetSocket, i: &TcpInfo, numeric: bool) {
    let mut rtt = f64::from(z!(i, rtt));
    if let Some(v) = &s.vegas {
        if v.enabled != 0 && v.rtt != 0 && v.rtt != 0x7fff_ffff {
            rtt = f64::from(v.rtt);
        }
    }
    let (mss, cwnd) = (z!(i, snd_mss), z!(i, snd_cwnd));
    if rtt > 0.0 && mss != 0 && cwnd != 0 {
        let send = f64::from(cwnd) * f64::from(mss) * 8_000_000.0 / rtt;
        let _ = write!(out, " send {}bps", bw(numeric, send));
    }
    for (v, name) in [
        (z!(i, last_data_sent), "lastsnd"),
        (z!(i, last_data_recv), "lastrcv"),
        (z!(i, last_ack_recv), "lastack"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    let pacing = z!(i, pacing_rate);
    if pacing != 0 && pacing != u64::MAX {
        let _ = write!(out, " pacing_rate {}bps", bw(numeric, pacing as f64 * 8.0));
        let max = z!(i, max_pacing_rate);
        if max != 0 && max != u64::MAX {
            let _ = write!(out, "/{}bps", bw(numeric, max as f64 * 8.0));
        }
    }
    let delivery = z!(i, delivery_rate);
    if delivery != 0 {
        let _ = write!(
            out,
            " delivery_rate {}bps",
            bw(numeric, delivery as f64 * 8.0)
        );
    }
    for (v, name) in [
        (z!(i, delivered), "delivered"),
        (z!(i, delivered_ce), "delivered_ce"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    if z!(i, delivery_rate_app_limited) {
        out.push_str(" app_limited");
    }
    let busy = z!(i, busy_time);
    if busy != 0 {
        let _ = write!(out, " busy:{}ms", busy / 1000);
        for (v, name) in [
            (z!(i, rwnd_limited), "rwnd_limited"),
            (z!(i, sndbuf_limited), "sndbuf_limited"),
        ] {
            if v != 0 {
                let pct = 100.0 * v as f64 / busy as f64;
                let _ = write!(out, " {name}:{}ms({pct:.1}%)", v / 1000);
            }
        }
    }
}

/// Losses, reordering and the receive side.
fn tail(out: &mut String, s: &InetSocket, i: &TcpInfo) {
    let unacked = z!(i, unacked);
    if unacked != 0 {
        let _ = write!(out, " unacked:{unacked}");
    }
    let (retrans, total) = (z!(i, retrans), z!(i, total_retrans));
    if retrans != 0 || total != 0 {
        let _ = write!(out, " retrans:{retrans}/{total}");
    }
    let lost = z!(i, lost);
    if lost != 0 {
        let _ = write!(out, " lost:{lost}");
    }
    let sacked = z!(i, sacked);
    if sacked != 0 && s.state != TcpState::Listen {
        let _ = write!(out, " sacked:{sacked}");
    }
    for (v, name) in [
        (z!(i, dsack_dups), "dsack_dups"),
        (z!(i, fackets), "fackets"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    let reordering = z!(i, reordering);
    if reordering != 3 {
        let _ = write!(out, " reordering:{}", reordering as i32);
    }
    let reord_seen = z!(i, reord_seen);
    if reord_seen != 0 {
        let _ = write!(out, " reord_seen:{}", reord_seen as i32);
    }
    let rcv_rtt = z!(i, rcv_rtt);
    if rcv_rtt != 0 {
        let _ = write!(out, " rcv_rtt:{}", g(f64::from(rcv_rtt) / 1000.0, 6));
    }
    let rcv_space = z!(i, rcv_space);
    if rcv_space != 0 {
        let _ = write!(out, " rcv_space:{}", rcv_space as i32);
    }
    for (v, name) in [
        (z!(i, rcv_ssthresh), "rcv_ssthresh"),
        (z!(i, notsent_bytes), "notsent"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    let min_rtt = z!(i, min_rtt);
    if min_rtt != 0 && min_rtt != u32::MAX {
        let _ = write!(out, " minrtt:{}", g(f64::from(min_rtt) / 1000.0, 6));
    }
    for (v, name) in [
        (z!(i, rcv_ooopack), "rcv_ooopack"),
        (z!(i, snd_wnd), "snd_wnd"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
}

/// ` ts sack cubic wscale:7,7 rto:204 ...`: everything `-i` prints from `tcp_info`.
pub fn tcp_info(out: &mut String, s: &InetSocket, show_options: bool, numeric: bool) {
    let Some(i) = &s.tcp_info else {
        return;
    };
    head(out, s, i, show_options);
    counters(out, i);
    congestion(out, s, numeric);
    rates(out, s, i, numeric);
    tail(out, s, i);
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
        let mut out = String::new();
        tcp_info(&mut out, &s, true, false);
        // Options ts, sack and wscale (0,0); reordering 0 is not 3.
        assert_eq!(out, " ts sack wscale:0,0 reordering:0");
    }
}
