//! The upper layer protocol of a TCP socket (`tcp-ulp-NAME`, kTLS's version, cipher and
//! configurations, an MPTCP subflow's flags, tokens and mapping) and the `-i` line of an
//! MPTCP socket (`struct mptcp_info`), as ss 6.1 prints them. JSON: `ulp` (an object:
//! `name`, then kTLS's `version`, `cipher`, `rxconf`, `txconf`, `zc_ro_tx`, or the
//! subflow's `flags`, `token`, `seq`, `sfseq`, `ssnoff`, `maplen`) and `mptcp_info`.

use super::fields::{Ext, Value};
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

/// ` NAME: TEXT` (kTLS's words); JSON: `NAME` the text.
fn word(out: &mut Ext, name: &'static str, text: &str) {
    out.field(
        name,
        || Value::Str(text.to_owned()),
        |t| {
            let _ = write!(t, " {name}: {text}");
        },
    );
}

/// kTLS (`TLS_INFO_*`, linux/tls.h). JSON: `version` (`1.2`, `1.3`, `unknown(N)`),
/// `cipher`, `rxconf`, `txconf` (as the text has them), `zc_ro_tx` (true when set).
fn tls(out: &mut Ext, nest: &[u8]) {
    let t = by_type(nest);
    let u16_of = |id: u16| t.get(&id).and_then(|a| a.u16_ne().ok());
    if let Some(v) = u16_of(1) {
        let version = match v {
            0x0303 => "1.2".to_owned(),
            0x0304 => "1.3".to_owned(),
            _ => format!("unknown({v})"),
        };
        word(out, "version", &version);
    }
    match u16_of(2) {
        Some(51) => word(out, "cipher", "aes-gcm-128"),
        Some(52) => word(out, "cipher", "aes-gcm-256"),
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
            word(out, name, &text);
        }
    }
    if t.contains_key(&5) {
        out.field(
            "zc_ro_tx",
            || Value::Bool(true),
            |t| t.push_str(" zc_ro_tx"),
        );
    }
}

/// An MPTCP subflow (`MPTCP_SUBFLOW_ATTR_*`, linux/mptcp.h). JSON: `flags` (the letters),
/// `token`: `{"remote", "remote_id", "local", "local_id"}`, `seq`, `sfseq`, `ssnoff`,
/// `maplen` (numbers: the text's hex).
fn subflow(out: &mut Ext, nest: &[u8]) {
    let t = by_type(nest);
    // ss reads each number as a u32; the kernel sends MAP_DATALEN as a u16.
    let u32_of = |id: u16| {
        t.get(&id)
            .and_then(|a| a.u32_ne().ok().or_else(|| a.u16_ne().ok().map(u32::from)))
    };
    let u8_of = |id: u16| t.get(&id).and_then(|a| a.u8().ok());
    if let Some(flags) = u32_of(8).filter(|f| *f != 0) {
        let caps: String = "MmJjBbecv"
            .chars()
            .enumerate()
            .filter(|(bit, _)| flags & (1 << bit) != 0)
            .map(|(_, c)| c)
            .collect();
        out.field(
            "flags",
            || Value::Str(caps.clone()),
            |t| {
                let _ = write!(t, " flags:{caps}");
            },
        );
    }
    if let (Some(rem), Some(loc), Some(id_rem), Some(id_loc)) =
        (u32_of(1), u32_of(2), u8_of(9), u8_of(10))
    {
        let value = || {
            Value::Obj(vec![
                ("remote", Value::U64(rem.into())),
                ("remote_id", Value::U64(id_rem.into())),
                ("local", Value::U64(loc.into())),
                ("local_id", Value::U64(id_loc.into())),
            ])
        };
        out.field("token", value, |t| {
            let _ = write!(t, " token:{rem:04x}(id:{id_rem})/{loc:04x}(id:{id_loc})");
        });
    }
    if let Some(seq) = t.get(&4).and_then(|a| a.u64_ne().ok()) {
        hex_field(out, "seq", seq);
    }
    for (id, name) in [(5, "sfseq"), (6, "ssnoff"), (7, "maplen")] {
        if let Some(v) = u32_of(id) {
            hex_field(out, name, v.into());
        }
    }
}

/// ` NAME:HEX`; JSON: `NAME` the number.
fn hex_field(out: &mut Ext, name: &'static str, v: u64) {
    out.field(
        name,
        || Value::U64(v),
        |t| {
            let _ = write!(t, " {name}:{v:x}");
        },
    );
}

/// ` tcp-ulp-NAME` and what ss prints of the protocol. JSON: `ulp`, an object (`name`
/// and the protocol's fields).
pub fn ulp(out: &mut Ext, s: &InetSocket) {
    let Some(u) = &s.ulp else {
        return;
    };
    out.nest("ulp", |out| {
        if let Some(name) = &u.name {
            out.field(
                "name",
                || Value::Str(name.clone()),
                |t| {
                    let _ = write!(t, " tcp-ulp-{name}");
                },
            );
        }
        if let Some(t) = &u.tls {
            tls(out, t);
        }
        if let Some(m) = &u.mptcp {
            subflow(out, m);
        }
    });
}

/// `-i` for an MPTCP socket: `subflows:`, the address counters and limits, `fallback`,
/// `remote_key`, `token:`, `write_seq:`, `snd_una:`, `rcv_nxt:` (each when not zero).
/// JSON: `mptcp_info`, an object under the same words (numbers; `fallback` and
/// `remote_key` true when set).
pub fn mptcp_info(out: &mut Ext, s: &InetSocket) {
    let Some(m) = s.mptcp_info() else {
        return;
    };
    out.nest("mptcp_info", |out| {
        for (v, name) in [
            (m.subflows, "subflows"),
            (m.add_addr_signal, "add_addr_signal"),
            (m.add_addr_accepted, "add_addr_accepted"),
            (m.subflows_max, "subflows_max"),
            (m.add_addr_signal_max, "add_addr_signal_max"),
            (m.add_addr_accepted_max, "add_addr_accepted_max"),
        ] {
            if v != 0 {
                out.field(
                    name,
                    || Value::U64(v.into()),
                    |t| {
                        let _ = write!(t, " {name}:{v}");
                    },
                );
            }
        }
        for (bit, name) in [(1, "fallback"), (2, "remote_key")] {
            if m.flags & bit != 0 {
                out.field(
                    name,
                    || Value::Bool(true),
                    |t| {
                        let _ = write!(t, " {name}");
                    },
                );
            }
        }
        if m.token != 0 {
            hex_field(out, "token", m.token.into());
        }
        for (v, name) in [
            (m.write_seq, "write_seq"),
            (m.snd_una, "snd_una"),
            (m.rcv_nxt, "rcv_nxt"),
        ] {
            if v != 0 {
                hex_field(out, name, v);
            }
        }
    });
}
