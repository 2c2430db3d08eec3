//! `-j` on sockets captured from the kernel (copies of nlkit's sock_diag fixtures in
//! `tests/golden/ss_*.bin`; see their notes in
//! `nlkit/src/sock_diag/inet/tests.rs` and `unix.rs`): each row's JSON parses, and says
//! what its text says (netid, state, queues, addresses, ports, details).

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
    assert_eq!(v["netid"], r.netid.as_str());
    assert_eq!(v["state"], r.state.as_str());
    assert_eq!(v["recv_q"].to_string(), r.recv_q.trim());
    assert_eq!(v["send_q"].to_string(), r.send_q.trim());
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

fn inet_rows(bytes: &[u8], proto: InetProtocol, netid: &str, json: bool) -> Vec<Row> {
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
