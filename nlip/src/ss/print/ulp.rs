//! The upper layer protocol of a TCP socket (`tcp-ulp-NAME`, kTLS's version, cipher and
//! configurations, an MPTCP subflow's flags, tokens and mapping) and the `-i` line of an
//! MPTCP socket (`struct mptcp_info`), as ss 6.1 prints them.

use nlkit::sock_diag::InetSocket;
use nlkit::wire::{AttrIter, AttrView};
use std::collections::HashMap;
use std::fmt::Write;

/// The attributes of a nest by type (the last of each type wins, as iproute2's
/// `parse_rtattr` keeps it); a malformed nest ends the list.
fn by_type(nest: &[u8]) -> HashMap<u16, AttrView<&[u8]>> {
    AttrIter::new(nest)
        .map_while(Result::ok)
        .map(|a| (a.attr_type(), a))
        .collect()
}

/// kTLS (`TLS_INFO_*`, linux/tls.h).
fn tls(out: &mut String, nest: &[u8]) {
    let t = by_type(nest);
    let u16_of = |id: u16| t.get(&id).and_then(|a| a.u16_ne().ok());
    if let Some(v) = u16_of(1) {
        match v {
            0x0303 => out.push_str(" version: 1.2"),
            0x0304 => out.push_str(" version: 1.3"),
            _ => {
                let _ = write!(out, " version: unknown({v})");
            }
        }
    }
    match u16_of(2) {
        Some(51) => out.push_str(" cipher: aes-gcm-128"),
        Some(52) => out.push_str(" cipher: aes-gcm-256"),
        _ => {}
    }
    for (id, name) in [(4, "rxconf"), (3, "txconf")] {
        if let Some(v) = u16_of(id) {
            let text = match v {
                1 => "none".to_owned(),
                2 => "sw".to_owned(),
                3 => "hw".to_owned(),
                4 => "hw-record".to_owned(),
                _ => format!("unknown({v})"),
            };
            let _ = write!(out, " {name}: {text}");
        }
    }
    if t.contains_key(&5) {
        out.push_str(" zc_ro_tx");
    }
}

/// An MPTCP subflow (`MPTCP_SUBFLOW_ATTR_*`, linux/mptcp.h).
fn subflow(out: &mut String, nest: &[u8]) {
    let t = by_type(nest);
    // ss reads each number as a u32; the kernel sends MAP_DATALEN as a u16.
    let u32_of = |id: u16| {
        t.get(&id)
            .and_then(|a| a.u32_ne().ok().or_else(|| a.u16_ne().ok().map(u32::from)))
    };
    let u8_of = |id: u16| t.get(&id).and_then(|a| a.u8().ok());
    if let Some(flags) = u32_of(8) {
        let caps: String = "MmJjBbecv"
            .chars()
            .enumerate()
            .filter(|(bit, _)| flags & (1 << bit) != 0)
            .map(|(_, c)| c)
            .collect();
        if flags != 0 {
            let _ = write!(out, " flags:{caps}");
        }
    }
    if let (Some(rem), Some(loc), Some(id_rem), Some(id_loc)) =
        (u32_of(1), u32_of(2), u8_of(9), u8_of(10))
    {
        let _ = write!(out, " token:{rem:04x}(id:{id_rem})/{loc:04x}(id:{id_loc})");
    }
    if let Some(seq) = t.get(&4).and_then(|a| a.u64_ne().ok()) {
        let _ = write!(out, " seq:{seq:x}");
    }
    for (id, name) in [(5, "sfseq"), (6, "ssnoff"), (7, "maplen")] {
        if let Some(v) = u32_of(id) {
            let _ = write!(out, " {name}:{v:x}");
        }
    }
}

/// ` tcp-ulp-NAME` and what ss prints of the protocol.
pub fn ulp(out: &mut String, s: &InetSocket) {
    let Some(u) = &s.ulp else {
        return;
    };
    if let Some(name) = &u.name {
        let _ = write!(out, " tcp-ulp-{name}");
    }
    if let Some(t) = &u.tls {
        tls(out, t);
    }
    if let Some(m) = &u.mptcp {
        subflow(out, m);
    }
}

/// `-i` for an MPTCP socket: `subflows:`, the address counters and limits, `fallback`,
/// `remote_key`, `token:`, `write_seq:`, `snd_una:`, `rcv_nxt:` (each when not zero).
pub fn mptcp_info(out: &mut String, s: &InetSocket) {
    let Some(m) = s.mptcp_info() else {
        return;
    };
    for (v, name) in [
        (m.subflows, "subflows"),
        (m.add_addr_signal, "add_addr_signal"),
        (m.add_addr_accepted, "add_addr_accepted"),
        (m.subflows_max, "subflows_max"),
        (m.add_addr_signal_max, "add_addr_signal_max"),
        (m.add_addr_accepted_max, "add_addr_accepted_max"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v}");
        }
    }
    if m.flags & 1 != 0 {
        out.push_str(" fallback");
    }
    if m.flags & 2 != 0 {
        out.push_str(" remote_key");
    }
    if m.token != 0 {
        let _ = write!(out, " token:{:x}", m.token);
    }
    for (v, name) in [
        (m.write_seq, "write_seq"),
        (m.snd_una, "snd_una"),
        (m.rcv_nxt, "rcv_nxt"),
    ] {
        if v != 0 {
            let _ = write!(out, " {name}:{v:x}");
        }
    }
}
