//! `-j` on sockets captured from the kernel (copies of nlkit's sock_diag fixtures in
//! `tests/golden/ss_*.bin`; see their notes in `nlkit/src/sock_diag/inet/tests.rs`,
//! `unix.rs`, `packet.rs` and `netlink.rs`): each row's JSON parses, and says what its
//! text says (netid, state, queues, addresses, ports, details: unix `-e`, packet
//! `-e -b`, netlink `-e`, the ULPs and `mptcp_info` of `-i`).

use super::inet;
use super::print::Printer;
use super::table::{Layout, Row, Table};
use super::unix::unix_row;
use nlkit::sock_diag::unix::UnixSocket;
use nlkit::sock_diag::{InetProtocol, InetSocket};
use nlkit::wire::MessageIter;
use serde_json::Value;

const TCP4_INFO: &[u8] = include_bytes!("../../tests/golden/ss_inet_tcp4_info.bin");
const TCP6_INFO: &[u8] = include_bytes!("../../tests/golden/ss_inet_tcp6_info.bin");
const UDP4: &[u8] = include_bytes!("../../tests/golden/ss_inet_udp4.bin");
const UNIX: &[u8] = include_bytes!("../../tests/golden/ss_unix_dump.bin");
const PACKET: &[u8] = include_bytes!("../../tests/golden/ss_packet_dump.bin");
const NETLINK: &[u8] = include_bytes!("../../tests/golden/ss_netlink_dump.bin");
const MPTCP4: &[u8] = include_bytes!("../../tests/golden/ss_inet_mptcp4.bin");

fn payloads(bytes: &[u8]) -> Vec<Vec<u8>> {
    MessageIter::new(bytes)
        .map(|m| m.unwrap().payload().to_vec())
        .collect()
}

fn inet_sockets(bytes: &[u8]) -> Vec<InetSocket> {
    payloads(bytes)
        .iter()
        .map(|p| InetSocket::parse(p).unwrap())
        .collect()
}

/// `-n -e -o -m -i`, text or JSON.
fn printer(json: bool) -> Printer {
    Printer {
        numeric: true,
        details: true,
        show_options: true,
        mem: true,
        tcp_info: true,
        json,
        ..Default::default()
    }
}

/// The rows through a JSON table, parsed back.
fn json_of(rows: &[Row], pretty: bool) -> Vec<Value> {
    let layout = Layout {
        netid: true,
        state: true,
        screen_width: None,
    };
    let mut t = Table::json(Vec::new(), layout, pretty, None).unwrap();
    t.header().unwrap();
    for r in rows {
        t.row(r).unwrap();
    }
    let out = t.finish().unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.ends_with("]\n"), "{text}");
    match serde_json::from_str(&text).unwrap() {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

/// The JSON `v` says what the text row `r` says in the columns.
fn same_columns(v: &Value, r: &Row, addr_key: &str, port_key: &str) {
    assert_eq!(v["netid"], &*r.netid);
    assert_eq!(v["state"], &*r.state);
    assert_eq!(v["recv_q"], r.queues.0);
    assert_eq!(v["send_q"], r.queues.1);
    for (side, e) in [("local", &r.local), ("peer", &r.peer)] {
        let port = match &v[side][port_key] {
            Value::Null => "*".to_owned(),
            Value::String(s) => s.clone(),
            n => n.to_string(),
        };
        assert_eq!(port, e.port, "{side} of {v}");
        let addr = v[side][addr_key].as_str().unwrap_or("");
        assert!(!addr.is_empty() || e.addr.trim() == "*", "{side} of {v}");
    }
}

fn inet_rows(bytes: &[u8], proto: InetProtocol, netid: &'static str, json: bool) -> Vec<Row> {
    let mut p = printer(json);
    inet_sockets(bytes)
        .iter()
        .map(|s| inet::row(s, proto, netid, &mut p))
        .collect()
}

#[test]
fn tcp_rows_say_what_the_text_says() {
    for bytes in [TCP4_INFO, TCP6_INFO] {
        let text = inet_rows(bytes, InetProtocol::Tcp, "tcp", false);
        let json = json_of(&inet_rows(bytes, InetProtocol::Tcp, "tcp", true), false);
        assert_eq!(json.len(), text.len());
        for (v, r) in json.iter().zip(&text) {
            same_columns(v, r, "addr", "port");
            assert!(r.ext.contains(&format!(" ino:{} ", v["ino"])), "{}", r.ext);
            assert!(r
                .ext
                .contains(&format!(" sk:{} ", v["sk"].as_str().unwrap())));
            assert_eq!(v["uid"], 0);
            assert!(v["skmem"]["rb"].as_u64().unwrap() > 0);
            let info = &v["tcp_info"];
            assert!(info["cong"].is_string(), "{v}");
            if r.ext.contains(" cwnd:") {
                assert!(r.ext.contains(&format!(" cwnd:{}", info["cwnd"])));
            }
            if r.state == "ESTAB" {
                assert_eq!(info["ts"], true);
                assert!(info["wscale"]["snd"].is_u64());
                assert!(info["rtt"].as_f64().unwrap() > 0.0);
                assert!(info["send_bps"].as_f64().unwrap() > 0.0);
            }
            // No text slips into the JSON, and -i's text is all there.
            assert!(v.get("text").is_none());
            assert!(r.ext.contains("\n\t skmem:("));
        }
    }
}

#[test]
fn udp_rows_and_pretty_output() {
    let text = inet_rows(UDP4, InetProtocol::Udp, "udp", false);
    let rows = inet_rows(UDP4, InetProtocol::Udp, "udp", true);
    for pretty in [false, true] {
        let json = json_of(&rows, pretty);
        assert_eq!(json.len(), text.len());
        for (v, r) in json.iter().zip(&text) {
            same_columns(v, r, "addr", "port");
            assert!(v.get("tcp_info").is_none());
            assert!(v["skmem"].is_object());
        }
    }
}

#[test]
fn unix_rows_name_their_paths_and_inodes() {
    let sockets: Vec<UnixSocket> = payloads(UNIX)
        .iter()
        .map(|p| UnixSocket::parse(p).unwrap())
        .collect();
    let rows = |json| {
        let mut p = printer(json);
        sockets
            .iter()
            .map(|s| unix_row(s, &mut p))
            .collect::<Vec<_>>()
    };
    let text = rows(false);
    let json = json_of(&rows(true), false);
    assert_eq!(json.len(), 7);
    for (v, r) in json.iter().zip(&text) {
        same_columns(v, r, "path", "inode");
        assert_eq!(v["local"]["path"], r.local.addr.trim_end());
    }
    assert!(json
        .iter()
        .any(|v| v["local"]["path"].as_str().unwrap().starts_with('@')));
}

#[test]
fn no_rows_is_an_empty_array() {
    assert!(json_of(&[], false).is_empty());
    assert!(json_of(&[], true).is_empty());
}

#[test]
fn j_and_json_are_nlss_own() {
    use super::options::{getopt, Opt};
    let s = getopt(&["-tanj", "--json", "--js", "-jj"], false);
    let json = s.opts.iter().filter(|(o, _)| *o == Opt::Json).count();
    assert_eq!((json, s.error), (5, None));
    // ss's list of possibilities stays ss's.
    let s = getopt(&["--="], false);
    assert!(!s.error.unwrap().contains("json"));
}

#[test]
fn the_summary_says_what_its_text_says() {
    let s = super::summary::Summary {
        sockets: 9,
        tcp_total: 5,
        tcp_tw: 1,
        tcp4_hashed: 2,
        tcp6_hashed: 1,
        udp4: 3,
        raw6: 1,
        tcp_estab: 2,
        ..Default::default()
    };
    let mut text = Vec::new();
    s.print(&mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    let layout = Layout {
        netid: true,
        state: true,
        screen_width: None,
    };
    let t = Table::json(Vec::new(), layout, false, Some(s.json())).unwrap();
    let out = String::from_utf8(t.finish().unwrap()).unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sockets"], Value::Array(Vec::new()));
    let sum = &v["summary"];
    assert!(text.starts_with(&format!("Total: {}\n", sum["total"])));
    let tcp = &sum["tcp"];
    assert!(text.contains(&format!(
        "TCP:   {} (estab {}, closed {}, orphaned {}, timewait {})",
        tcp["total"], tcp["estab"], tcp["closed"], tcp["orphaned"], tcp["timewait"]
    )));
    for name in ["raw", "udp", "tcp", "inet", "frag"] {
        let r = &sum["transport"][name];
        let line = format!(
            "{}\t  {:<9} {:<9} {:<9}",
            name.to_ascii_uppercase(),
            r["total"].to_string(),
            r["ip"].to_string(),
            r["ipv6"].to_string()
        );
        assert!(text.contains(&line), "{line:?} in {text}");
    }
}

#[test]
fn unix_details_say_what_the_text_says() {
    let sockets: Vec<UnixSocket> = payloads(UNIX)
        .iter()
        .map(|p| UnixSocket::parse(p).unwrap())
        .collect();
    let rows = |json| {
        let mut p = printer(json);
        sockets
            .iter()
            .map(|s| unix_row(s, &mut p))
            .collect::<Vec<_>>()
    };
    let (text, json) = (rows(false), json_of(&rows(true), false));
    let mut seen = (0, 0);
    for (v, r) in json.iter().zip(&text) {
        match &v["vfs"] {
            Value::Null => assert!(!r.ext.contains(" ino:"), "{}", r.ext),
            vfs => {
                let words = format!(" ino:{} dev:{}/{}", vfs["ino"], vfs["major"], vfs["minor"]);
                assert!(r.ext.contains(&words), "{words:?} in {:?}", r.ext);
                seen.0 += 1;
            }
        }
        match v["peers"].as_array() {
            None => assert!(!r.ext.contains(" peers:"), "{}", r.ext),
            Some(peers) => {
                let words: String = peers.iter().map(|i| format!(" {i}")).collect();
                assert!(r.ext.ends_with(&format!(" peers:{words}")), "{}", r.ext);
                seen.1 += 1;
            }
        }
        // The shutdown arrows: `<->` is 0.
        let arrows = ["<->", "-->", "<--", "---"];
        let bits = v["shutdown"].as_u64().unwrap();
        let arrow = arrows[usize::try_from(bits).unwrap()];
        assert!(
            r.ext.contains(&format!(") {arrow}")),
            "{arrow} in {}",
            r.ext
        );
    }
    // The two bound paths and the listener (fixtures/capture.py).
    assert_eq!(seen, (2, 1));
    let listener = json.iter().find(|v| v["state"] == "LISTEN").unwrap();
    assert_eq!(listener["peers"], serde_json::json!([0x21cd2]));
    assert_eq!(listener["vfs"]["ino"], 0x98c0fd);
    assert!(
        listener.get("ino").is_none(),
        "ino is the socket's, elsewhere"
    );
}

#[test]
fn packet_details_say_what_the_text_says() {
    use super::packet::packet_row;
    use nlkit::sock_diag::packet::PacketSocket;
    use nlkit::wire::sock_diag::PacketDiagRing;
    let mut sockets: Vec<PacketSocket> = payloads(PACKET)
        .iter()
        .map(|p| PacketSocket::parse(p).unwrap())
        .collect();
    for s in &mut sockets {
        // Unbound: no device name is looked up (in the host's namespace).
        if let Some(i) = s.info.as_mut() {
            i.index = 0;
        }
    }
    // A receive ring, as the capture has none.
    sockets[1].rx_ring = Some(
        PacketDiagRing {
            block_size: 4096,
            block_nr: 4,
            frame_size: 2048,
            frame_nr: 8,
            retire_tmo: u32::MAX,
            sizeof_priv: 0,
            features: 1,
        }
        .into(),
    );
    for oneline in [false, true] {
        let rows = |json| {
            let mut p = printer(json);
            p.oneline = oneline;
            sockets
                .iter()
                .map(|s| packet_row(s, true, &mut p))
                .collect::<Vec<_>>()
        };
        let (text, json) = (rows(false), json_of(&rows(true), false));
        assert_eq!(json.len(), 2);
        let lead = if oneline { " " } else { "\n\t" };
        for (v, r) in json.iter().zip(&text) {
            assert!(r.ext.contains(&format!(" ino:{} ", v["ino"])), "{}", r.ext);
            let flags: Vec<&str> = v["flags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            let words = format!(
                "{lead}ver:{} cpy_thresh:{} flags( {} )",
                v["ver"],
                v["cpy_thresh"],
                if flags.is_empty() {
                    "0".to_owned()
                } else {
                    flags.join(" ")
                }
            );
            assert!(r.ext.contains(&words), "{words:?} in {:?}", r.ext);
        }
        let (raw, cooked) = (&json[0], &json[1]);
        assert_eq!(raw["fanout"], serde_json::json!({"id": 7, "type": "hash"}));
        assert!(text[0]
            .ext
            .contains(&format!("{lead}fanout(id:7,type:hash)")));
        let bpf = raw["bpf_filter"].as_array().unwrap();
        assert_eq!(
            (bpf.len(), &bpf[0]["code"], &bpf[0]["k"]),
            (2, &6.into(), &0xffff.into())
        );
        let insns: String = bpf
            .iter()
            .map(|f| {
                format!(
                    " 0x{:02x} {} {} {},",
                    f["code"].as_u64().unwrap(),
                    f["jt"],
                    f["jf"],
                    f["k"]
                )
            })
            .collect();
        let words = format!("{lead}bpf filter (2): {insns}");
        assert!(
            text[0].ext.contains(&words),
            "{words:?} in {:?}",
            text[0].ext
        );
        assert!(cooked.get("fanout").is_none() && cooked.get("bpf_filter").is_none());
        let ring = &cooked["ring_rx"];
        assert_eq!((&ring["tmo"], &ring["features"]), (&(-1).into(), &1.into()));
        let words = format!(
            "{lead}ring_rx(blk_size:{},blk_nr:{},frm_size:{},frm_nr:{},tmo:{},features:{:#x})",
            ring["blk_size"],
            ring["blk_nr"],
            ring["frm_size"],
            ring["frm_nr"],
            ring["tmo"],
            ring["features"].as_u64().unwrap()
        );
        assert!(
            text[1].ext.contains(&words),
            "{words:?} in {:?}",
            text[1].ext
        );
        assert!(cooked.get("ring_tx").is_none());
    }
}

#[test]
fn netlink_groups_say_what_the_text_says() {
    use super::netlink::netlink_row;
    use nlkit::sock_diag::netlink::NetlinkSocket;
    let sockets: Vec<NetlinkSocket> = payloads(NETLINK)
        .iter()
        .map(|p| NetlinkSocket::parse(p).unwrap())
        .collect();
    let root = std::path::Path::new("/nonexistent");
    let rows = |json| {
        let p = printer(json);
        sockets
            .iter()
            .map(|s| netlink_row(s, None, &p, root))
            .collect::<Vec<_>>()
    };
    let (text, json) = (rows(false), json_of(&rows(true), false));
    assert!(!json.is_empty());
    for (v, r) in json.iter().zip(&text) {
        let groups = v["groups"].as_u64().unwrap();
        let words = format!(" sk=0 cb=0 groups=0x{groups:08x}\t skmem:(");
        assert!(r.ext.starts_with(&words), "{words:?} in {:?}", r.ext);
        assert!(v["skmem"].is_object() && v.get("sk").is_none());
    }
    // The script's own socket, in groups 1 and 3.
    assert!(json.iter().any(|v| v["groups"] == 5));
}

/// A netlink attribute: its header, `payload`, the padding.
fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(4 + payload.len()).unwrap();
    let mut a = [len.to_ne_bytes(), kind.to_ne_bytes()].concat();
    a.extend_from_slice(payload);
    a.resize(a.len().next_multiple_of(4), 0);
    a
}

/// ` tcp-ulp-NAME` and its protocol's fields of `ulp`, as text and as fields.
fn ulp_both(ulp: nlkit::sock_diag::info::UlpInfo) -> (String, super::print::fields::Value) {
    use super::print::{fields::Ext, ulp::ulp as print};
    let s = InetSocket {
        ulp: Some(ulp),
        ..Default::default()
    };
    let mut text = Ext::new(false);
    print(&mut text, &s);
    let mut json = Ext::new(true);
    print(&mut json, &s);
    let (_, mut fields) = json.into_parts();
    assert_eq!(fields.len(), 1);
    let (key, value) = fields.remove(0);
    assert_eq!(key, "ulp");
    (text.into_parts().0, value)
}

#[test]
fn ulps_say_what_the_text_says() {
    use super::print::fields::Value as V;
    let s = |t: &str| V::Str(t.to_owned());
    let tls = [
        attr(1, &0x0304u16.to_ne_bytes()),
        attr(2, &52u16.to_ne_bytes()),
        attr(3, &2u16.to_ne_bytes()),
        attr(4, &3u16.to_ne_bytes()),
        attr(5, &[]),
    ]
    .concat();
    let (text, value) = ulp_both(nlkit::sock_diag::info::UlpInfo {
        name: Some("tls".to_owned()),
        tls: Some(tls),
        ..Default::default()
    });
    assert_eq!(
        text,
        " tcp-ulp-tls version: 1.3 cipher: aes-gcm-256 rxconf: hw txconf: sw zc_ro_tx"
    );
    let want = vec![
        ("name", s("tls")),
        ("version", s("1.3")),
        ("cipher", s("aes-gcm-256")),
        ("rxconf", s("hw")),
        ("txconf", s("sw")),
        ("zc_ro_tx", V::Bool(true)),
    ];
    assert_eq!(value, V::Obj(want));
    let subflow = [
        attr(8, &5u32.to_ne_bytes()),
        attr(1, &0xabcu32.to_ne_bytes()),
        attr(2, &0x12u32.to_ne_bytes()),
        attr(9, &[1]),
        attr(10, &[2]),
        attr(4, &0x1000u64.to_ne_bytes()),
        attr(5, &0x10u32.to_ne_bytes()),
        attr(7, &0x20u16.to_ne_bytes()),
    ]
    .concat();
    let (text, value) = ulp_both(nlkit::sock_diag::info::UlpInfo {
        name: Some("mptcp".to_owned()),
        mptcp: Some(subflow),
        ..Default::default()
    });
    assert_eq!(
        text,
        " tcp-ulp-mptcp flags:MJ token:0abc(id:1)/0012(id:2) seq:1000 sfseq:10 maplen:20"
    );
    let token = V::Obj(vec![
        ("remote", V::U64(0xabc)),
        ("remote_id", V::U64(1)),
        ("local", V::U64(0x12)),
        ("local_id", V::U64(2)),
    ]);
    let want = vec![
        ("name", s("mptcp")),
        ("flags", s("MJ")),
        ("token", token),
        ("seq", V::U64(0x1000)),
        ("sfseq", V::U64(0x10)),
        ("maplen", V::U64(0x20)),
    ];
    assert_eq!(value, V::Obj(want));
}

#[test]
fn captured_ulps_and_mptcp_info() {
    // The MPTCP listener's TCP subflow listener (tcp4_info's first socket).
    let text = inet_rows(TCP4_INFO, InetProtocol::Tcp, "tcp", false);
    let json = json_of(&inet_rows(TCP4_INFO, InetProtocol::Tcp, "tcp", true), false);
    let ulps: Vec<String> = json
        .iter()
        .filter_map(|v| v["ulp"]["name"].as_str().map(|n| format!(" tcp-ulp-{n}")))
        .collect();
    assert_eq!(ulps, [" tcp-ulp-mptcp"]);
    assert_eq!(
        text.iter().filter(|r| r.ext.contains(" tcp-ulp-")).count(),
        1
    );
    let text = inet_rows(MPTCP4, InetProtocol::Mptcp, "mptcp", false);
    let json = json_of(
        &inet_rows(MPTCP4, InetProtocol::Mptcp, "mptcp", true),
        false,
    );
    for (v, r) in json.iter().zip(&text) {
        let info = v["mptcp_info"].as_object().cloned().unwrap_or_default();
        for (k, n) in &info {
            let word = match n {
                Value::Bool(_) => format!(" {k}"),
                _ if k.starts_with("add") || k.starts_with("sub") => format!(" {k}:{n}"),
                _ => format!(" {k}:{:x}", n.as_u64().unwrap()),
            };
            assert!(r.ext.contains(&word), "{word:?} in {:?}", r.ext);
        }
    }
}
