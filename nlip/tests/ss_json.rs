//! `nlss -j` (nlss's own: ss 6.1 has no JSON) in namespaces: the inet and unix sockets of
//! the compat tests' holders (`data/ss_inet_hold.py`, `data/ss_unix_hold.py`), each
//! command line run with and without `-j`; the JSON must parse (serde_json) and list the
//! same sockets in the same order as the text, with the same states, queues, addresses and
//! ports (and `-e`'s inode, `-p`'s users, `-i`'s cwnd; unix `-e`'s and packet `-e -b`'s
//! details). Also: no sockets is `[]`, `-s` adds the summary object, and 20,000 UDP
//! sockets are one valid array.

mod common;

use common::holder::Holder;
use nltestns::Netns;
use serde_json::Value;
use std::process::{Command, Stdio};

/// `nlss -N NS ARGS...`: its stdout (it must succeed).
fn nlss(ns: &str, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_nlss"))
        .arg("-N")
        .arg(ns)
        .args(args)
        .output()
        .expect("nlss runs");
    assert!(o.status.success(), "nlss {args:?}: {o:?}");
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// What both outputs say of a socket: state, queues, and each side's address (`::` for
/// ss's `*`, brackets and `%DEV` dropped), device and port (`*` when none).
type Sock = (String, String, String, [String; 6]);

/// The sockets of ss's text (`-n`, a header, details on lines of their own).
fn from_text(text: &str, netid: bool, unix: bool) -> Vec<Sock> {
    let mut out = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.starts_with('\t')) {
        let mut w = line.split_whitespace();
        if netid {
            w.next();
        }
        let word = |w: &mut std::str::SplitWhitespace| w.next().unwrap_or("").to_owned();
        let (state, rq, sq) = (word(&mut w), word(&mut w), word(&mut w));
        let mut sides = Vec::new();
        for _ in 0..2 {
            let (addr, port) = if unix {
                (word(&mut w), word(&mut w))
            } else {
                let cell = word(&mut w);
                let (a, p) = cell.rsplit_once(':').unwrap_or((&cell, ""));
                (a.to_owned(), p.to_owned())
            };
            let (addr, dev) = addr.split_once('%').unwrap_or((&addr, ""));
            let addr = match addr.trim_start_matches('[').trim_end_matches(']') {
                "*" if !unix => "::".to_owned(),
                a => a.to_owned(),
            };
            sides.extend([addr, dev.to_owned(), port]);
        }
        out.push((state, rq, sq, sides.try_into().expect("six")));
    }
    out
}

/// The same of the JSON's objects.
fn from_json(items: &[Value], unix: bool) -> Vec<Sock> {
    let (ka, kp) = if unix {
        ("path", "inode")
    } else {
        ("addr", "port")
    };
    let s = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "*".to_owned(),
        n => n.to_string(),
    };
    let mut out = Vec::new();
    for v in items {
        let mut sides = Vec::new();
        for side in ["local", "peer"] {
            let e = &v[side];
            let addr = e[ka].as_str().unwrap_or("");
            let dev = e["ifname"].as_str().unwrap_or("");
            sides.extend([addr.to_owned(), dev.to_owned(), s(&e[kp])]);
        }
        out.push((
            s(&v["state"]),
            s(&v["recv_q"]),
            s(&v["send_q"]),
            sides.try_into().expect("six"),
        ));
    }
    out
}

/// Parses `text` as one JSON array.
fn array(text: &str) -> Vec<Value> {
    match serde_json::from_str(text) {
        Ok(Value::Array(items)) => items,
        other => panic!("not one JSON array ({other:?}): {text}"),
    }
}

/// Runs `args` with and without `-j` and compares them (three tries: a socket can change
/// between two runs); returns the JSON and the text of the last try.
fn compare(ns: &str, args: &[&str], netid: bool, unix: bool) -> (Vec<Value>, String) {
    let mut last = None;
    for _ in 0..3 {
        let text = nlss(ns, args);
        let mut with_j = args.to_vec();
        with_j.push("-j");
        let json = array(&nlss(ns, &with_j));
        let (want, got) = (from_text(&text, netid, unix), from_json(&json, unix));
        if want == got {
            return (json, text);
        }
        last = Some((want, got));
    }
    let (want, got) = last.expect("tried");
    panic!("{args:?}: the text says\n{want:#?}\nthe JSON\n{got:#?}");
}

/// The words `NAME:VALUE` of the text, in order.
fn values<'t>(text: &'t str, name: &str) -> Vec<&'t str> {
    text.split_whitespace()
        .filter_map(|w| w.strip_prefix(name))
        .collect()
}

fn start(test: &str) -> Option<Netns> {
    if !nltestns::tool("python3", test) {
        return None;
    }
    let ns = Netns::new("ss-json")?;
    ns.ip_ok(&["link", "set", "lo", "up"]);
    Some(ns)
}

#[test]
fn json_lists_what_the_text_lists() {
    let Some(ns) = start("ss_json") else {
        return;
    };
    for cmd in [
        "addr add 10.1.0.1/24 dev lo",
        "route add 10.99.0.0/24 dev lo",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let _inet = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let name = ns.name();
    let (json, _) = compare(name, &["-tan"], false, false);
    assert!(json.iter().all(|v| v["netid"] == "tcp"));
    let (json, _) = compare(name, &["-uan"], false, false);
    assert!(!json.is_empty());
    let (json, text) = compare(name, &["-tanpe"], false, false);
    let inodes: Vec<String> = json.iter().map(|v| v["ino"].to_string()).collect();
    assert_eq!(values(&text, "ino:"), inodes);
    let users = json.iter().filter(|v| v["users"].is_array()).count();
    assert_eq!(users, text.matches("users:((").count());
    assert!(users > 0);
    for u in json.iter().filter_map(|v| v["users"].as_array()) {
        assert!(u[0]["cmd"].is_string() && u[0]["pid"].is_u64() && u[0]["fd"].is_u64());
    }
    let (json, text) = compare(name, &["-taneim"], false, false);
    let cwnds: Vec<String> = json
        .iter()
        .filter_map(|v| v["tcp_info"].get("cwnd").map(Value::to_string))
        .collect();
    assert_eq!(values(&text, "cwnd:"), cwnds);
    let skmem = json.iter().filter(|v| v["skmem"]["rb"].is_u64()).count();
    assert_eq!(skmem, text.matches("skmem:(").count());
    assert!(json.iter().all(|v| v["sk"].is_string()));
    // -H and -O change the text only.
    let j = array(&nlss(name, &["-tanj"]));
    let jho = array(&nlss(name, &["-tanjHO"]));
    assert_eq!(from_json(&j, false), from_json(&jho, false));
    // -jj: the same, pretty-printed.
    let pretty = nlss(name, &["-uanjj"]);
    assert!(pretty.lines().count() > 1);
    assert_eq!(array(&pretty), array(&nlss(name, &["-uanj"])));
}

#[test]
fn unix_sockets_name_their_paths_and_inodes() {
    let Some(ns) = start("ss_json") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("nlk-ss-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let _unix = Holder::start(&ns, "ss_unix_hold.py", &[dir.to_str().expect("UTF-8")]);
    let (json, _) = compare(ns.name(), &["-xa"], true, true);
    assert!(json.iter().any(|v| v["netid"] == "u_str"));
    let listen = format!("{}/listen.sock", dir.display());
    assert!(json.iter().any(|v| v["local"]["path"] == listen.as_str()));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Each of `words` is in `text`, and `text` has as many of `mark` as there are `words`.
fn all_in(text: &str, mark: &str, words: &[String]) {
    assert_eq!(
        text.matches(mark).count(),
        words.len(),
        "{mark:?} in {text}"
    );
    for w in words {
        assert!(text.contains(w.as_str()), "{w:?} in {text}");
    }
}

/// The text ss prints of `v`'s fields `keys` (`KEY:V,...`).
fn words(v: &Value, keys: &[&str]) -> String {
    let word = |k: &&str| format!("{k}:{}", v[*k]);
    keys.iter().map(word).collect::<Vec<_>>().join(",")
}

#[test]
fn unix_and_packet_details_say_what_the_text_says() {
    let Some(ns) = start("ss_json") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("nlk-ss-json-d-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let _unix = Holder::start(&ns, "ss_unix_hold.py", &[dir.to_str().expect("UTF-8")]);
    let (json, text) = compare(ns.name(), &["-xae"], true, true);
    let vfs: Vec<String> = json
        .iter()
        .filter_map(|v| v.get("vfs"))
        .map(|f| format!(" ino:{} dev:{}/{}", f["ino"], f["major"], f["minor"]))
        .collect();
    assert!(!vfs.is_empty());
    all_in(&text, " ino:", &vfs);
    let peers: Vec<String> = json
        .iter()
        .filter_map(|v| v["peers"].as_array())
        .map(|p| p.iter().map(|i| format!(" {i}")).collect::<String>())
        .map(|p| format!(" peers:{p}\n"))
        .collect();
    assert!(!peers.is_empty());
    // A listener's peers end its line (the padding of the last column cut).
    let ends: String = text
        .lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    all_in(&ends, " peers:", &peers);
    let _ = std::fs::remove_dir_all(&dir);
    // Packet: -e's lines and -b's filter (the holder's sockets do not change).
    let text = nlss(ns.name(), &["-0eb"]);
    let json = array(&nlss(ns.name(), &["-0ebj"]));
    let inodes: Vec<String> = json.iter().map(|v| v["ino"].to_string()).collect();
    assert_eq!(values(&text, "ino:"), inodes);
    let lines = |key: &str, f: &dyn Fn(&Value) -> String| -> Vec<String> {
        json.iter().filter_map(|v| v.get(key)).map(f).collect()
    };
    let ver: Vec<String> = json
        .iter()
        .map(|v| {
            let flags: Vec<&str> = v["flags"]
                .as_array()
                .expect("flags")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let flags = if flags.is_empty() {
                "0".to_owned()
            } else {
                flags.join(" ")
            };
            format!(
                "\tver:{} cpy_thresh:{} flags( {flags} )",
                v["ver"], v["cpy_thresh"]
            )
        })
        .collect();
    all_in(&text, "\tver:", &ver);
    let fanout = lines("fanout", &|f| {
        format!(
            "\tfanout(id:{},type:{})",
            f["id"],
            f["type"].as_str().unwrap_or("")
        )
    });
    assert_eq!(fanout.len(), 1);
    all_in(&text, "fanout(", &fanout);
    let ring = lines("ring_rx", &|r| {
        let keys = ["blk_size", "blk_nr", "frm_size", "frm_nr", "tmo"];
        let features = r["features"].as_u64().unwrap_or(0);
        format!("\tring_rx({},features:{features:#x})", words(r, &keys))
    });
    assert_eq!(ring.len(), 1);
    all_in(&text, "ring_rx(", &ring);
    let bpf = lines("bpf_filter", &|b| {
        let insns = b.as_array().expect("an array");
        let insn = |f: &Value| {
            let code = f["code"].as_u64().unwrap_or(0);
            format!(" 0x{code:02x} {} {} {},", f["jt"], f["jf"], f["k"])
        };
        let all: String = insns.iter().map(insn).collect();
        format!("\tbpf filter ({}): {all}", insns.len())
    });
    assert_eq!(bpf.len(), 1);
    all_in(&text, "bpf filter (", &bpf);
}

#[test]
fn no_sockets_is_an_empty_array() {
    let Some(ns) = start("ss_json") else {
        return;
    };
    for args in [
        &["-tanj"][..],
        &["-uanj"],
        &["-tanpeimj"],
        &["--json", "-wa"],
    ] {
        let out = nlss(ns.name(), args);
        assert!(array(&out).is_empty(), "{args:?}: {out}");
    }
    // -s -j: the summary object, alone or with the sockets.
    let v: Value = serde_json::from_str(&nlss(ns.name(), &["-sj"])).expect("JSON");
    assert!(v["summary"]["tcp"]["estab"].is_i64() && v.get("sockets").is_none());
    let v: Value = serde_json::from_str(&nlss(ns.name(), &["-stnj"])).expect("JSON");
    assert!(v["summary"]["transport"]["udp"]["ip"].is_i64());
    assert_eq!(v["sockets"], Value::Array(Vec::new()));
}

#[test]
fn twenty_thousand_sockets_are_one_array() {
    let Some(ns) = start("ss_json") else {
        return;
    };
    // Two holders: a process may not hold 20,000 descriptors.
    let _a = Holder::start(&ns, "ss_inet_hold.py", &["udp", "0", "10000"]);
    let _b = Holder::start(&ns, "ss_inet_hold.py", &["udp", "10000", "10000"]);
    let (json, _) = compare(ns.name(), &["-uan"], false, false);
    assert_eq!(json.len(), 20_000);
    let mut ports: Vec<u64> = json
        .iter()
        .filter_map(|v| v["local"]["port"].as_u64())
        .collect();
    ports.sort_unstable();
    assert_eq!(ports, (10_000..30_000).collect::<Vec<u64>>());
}

/// `-E -j`: each destroyed socket is one JSON object on a line of its own, as it comes.
#[test]
fn events_are_json_lines() {
    let Some(ns) = start("events_are_json_lines") else {
        return;
    };
    let mut follower = Command::new(env!("CARGO_BIN_EXE_nlss"))
        .args(["-N", ns.name(), "-E", "-j", "-n"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("nlss runs");
    // nlss joins the groups as it starts: give it time to (a slow machine's start is
    // well under a second).
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let closed = Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c"])
        .arg(concat!(
            "import socket\n",
            "s = socket.socket(); s.bind(('127.0.0.1', 7000)); s.listen()\n",
            "c = socket.create_connection(('127.0.0.1', 7000)); a, _ = s.accept()\n",
            "c.close(); a.close(); s.close()\n",
            "u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u.bind(('::1', 5000))\n",
            "u.close()\n",
        ))
        .status()
        .expect("python3 runs");
    assert!(closed.success());
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = follower.kill();
    let out = follower.wait_with_output().expect("nlss ends");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let events: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect();
    assert_eq!(events.len(), 4, "{text}");
    let ports: Vec<String> = events
        .iter()
        .map(|e| format!("{} {}", e["netid"], e["local"]["port"]))
        .collect();
    assert!(ports.contains(&"\"tcp\" 7000".to_owned()), "{ports:?}");
    assert!(ports.contains(&"\"udp\" 5000".to_owned()), "{ports:?}");
}
