//! Unit tests of nlss: the options against what ss 6.1 does with them (observed), and the
//! column renderer against ss's output.
//!
//! The fixtures (`fixtures/*.txt`) are ss 6.1's stdout, captured on Linux 6.18 in a fresh
//! namespace (`ip netns add`, lo up, 2001:db8:1234:5678:9abc:def0:1234:5678/64 on lo)
//! holding sockets made by a python3 script: TCP listeners on 0.0.0.0:8080, [::]:9090,
//! 127.0.0.1:22222 and the long IPv6 address port 443, a connection to each of the last
//! two (1234 bytes queued on one side), UDP sockets (0.0.0.0:5353, [::1]:6000 connected,
//! 127.0.0.1:40000 connected), unix sockets (a listener on a path and a connection to it,
//! an abstract listener, a datagram socket, a seqpacket pair). The file name is the
//! command line (`tanei.txt`: `ss -tanei`; `Htan.txt`: `ss -H -tan`). The `tty*` files
//! were printed on a terminal of that many columns (`script -qc "stty cols N; ss ..."`,
//! CR LF made LF) and `tty_plain_*` by the same command lines at the same moment into a
//! pipe. Each test takes the cells back out of a captured output (by the header's column
//! positions) and lays them out again with [`Table`].

use super::options::{getopt, Early, Opt, OptionEnv, SsOptions};
use super::print::fields::Ext;
use super::select::{Db, SS_CONN};
use super::table::{Endpoint, Layout, Row, Table};
use crate::diag::Failure;

/// The cells of a captured ss output: whether it shows Netid and State, and the rows.
fn cells(captured: &str) -> (Layout, Vec<Row>) {
    let mut lines = captured.lines();
    let header = lines.next().unwrap_or_default();
    let netid = header.starts_with("Netid");
    let state = header.contains("State");
    let pos = |h: &str| header.find(h).unwrap();
    let local_end = pos("Local Address:") + "Local Address:".len();
    let peer_end = pos("Peer Address:") + "Peer Address:".len();
    let ext_start = pos("Peer Address:Port") + "Peer Address:".len();
    let ext_start = ext_start + header[ext_start..].find("Process").unwrap();
    let mut rows: Vec<Row> = Vec::new();
    for line in lines {
        if let Some(more) = line.strip_prefix('\t') {
            let row = rows.last_mut().unwrap();
            row.ext.push_str("\n\t");
            row.ext.push_str(more);
            continue;
        }
        let mut words = line[..local_end].split_whitespace();
        let mut row = Row::default();
        if netid {
            row.netid = words.next().unwrap().to_owned().into();
        }
        if state {
            row.state = words.next().unwrap().to_owned().into();
        }
        // ss prints the queues with `%-6d`.
        let mut queue = || words.next().unwrap().parse().unwrap();
        row.queues = (queue(), queue());
        row.local.addr = words.collect::<Vec<_>>().join(" ");
        if line.as_bytes()[local_end - 1] == b' ' {
            row.local.addr.push(' ');
        }
        let rest = &line[local_end..peer_end];
        let (port, addr) = rest.split_once(' ').unwrap();
        row.local.port = port.to_owned();
        row.peer.addr = addr.trim_start().to_owned();
        let (port, _) = line[peer_end..]
            .split_once(' ')
            .unwrap_or((&line[peer_end..], ""));
        row.peer.port = port.to_owned();
        row.ext = line.get(ext_start..).unwrap_or_default().to_owned();
        rows.push(row);
    }
    for row in &mut rows {
        row.ext.truncate(row.ext.trim_end_matches(' ').len());
    }
    let layout = Layout {
        netid,
        state,
        screen_width: None,
    };
    (layout, rows)
}

fn render(layout: Layout, header: bool, rows: &[Row]) -> String {
    let mut t = Table::new(Vec::new(), layout);
    if header {
        t.header().unwrap();
    }
    for r in rows {
        t.row(r).unwrap();
    }
    String::from_utf8(t.finish().unwrap()).unwrap()
}

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/", $name, ".txt"))
    };
}

#[test]
fn the_layout_of_each_captured_output() {
    let all = [
        ("tan", fixture!("tan")),
        ("tuan", fixture!("tuan")),
        ("tanei", fixture!("tanei")),
        ("tanO", fixture!("tanO")),
        ("taneiO", fixture!("taneiO")),
        ("tanm", fixture!("tanm")),
        ("tanp", fixture!("tanp")),
        ("xa", fixture!("xa")),
        ("xae", fixture!("xae")),
        ("uan", fixture!("uan")),
        ("l", fixture!("l")),
        ("an", fixture!("an")),
    ];
    for (name, captured) in all {
        let (layout, rows) = cells(captured);
        assert!(!rows.is_empty(), "{name}");
        assert_eq!(render(layout, true, &rows), captured, "ss -{name}");
    }
}

#[test]
fn no_header() {
    let (layout, rows) = cells(fixture!("tan"));
    assert_eq!(render(layout, false, &rows), fixture!("Htan"));
    // No rows and no header: nothing at all.
    assert_eq!(render(layout, false, &[]), "");
}

#[test]
fn header_only_outputs() {
    let layout = |netid, state| Layout {
        netid,
        state,
        screen_width: None,
    };
    // ss -tan, ss -xa, ss -t state listening in an empty namespace.
    assert_eq!(
        render(layout(false, true), true, &[]),
        "State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
    );
    assert_eq!(
        render(layout(true, true), true, &[]),
        "Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
    );
    assert_eq!(
        render(layout(false, false), true, &[]),
        "Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
    );
}

#[test]
fn on_a_terminal_the_width_is_spread_over_the_columns() {
    let plain = [
        ("tan", fixture!("tty_plain_tan")),
        ("xa", fixture!("tty_plain_xa")),
        ("tanO", fixture!("tty_plain_tanO")),
    ];
    let tty = [
        (
            80,
            [
                fixture!("tty80_tan"),
                fixture!("tty80_xa"),
                fixture!("tty80_tanO"),
            ],
        ),
        (
            100,
            [
                fixture!("tty100_tan"),
                fixture!("tty100_xa"),
                fixture!("tty100_tanO"),
            ],
        ),
        (
            160,
            [
                fixture!("tty160_tan"),
                fixture!("tty160_xa"),
                fixture!("tty160_tanO"),
            ],
        ),
        (
            240,
            [
                fixture!("tty240_tan"),
                fixture!("tty240_xa"),
                fixture!("tty240_tanO"),
            ],
        ),
    ];
    for (width, outputs) in tty {
        for ((name, captured), want) in plain.iter().zip(outputs) {
            let (mut layout, rows) = cells(captured);
            layout.screen_width = Some(width);
            assert_eq!(
                render(layout, true, &rows),
                want,
                "ss -{name} on {width} columns"
            );
        }
    }
}

#[test]
fn rows_filled_from_typed_values() {
    use std::net::IpAddr;
    let v4: IpAddr = "127.0.0.1".parse().unwrap();
    let any6: IpAddr = "::".parse().unwrap();
    let mut r = Row::new("tcp", "ESTAB", 1234, 0);
    r.local = Endpoint::inet(v4, "22222", None, false);
    r.peer = Endpoint::inet(any6, "*", None, false);
    assert_eq!(r.queues, (1234, 0));
    assert_eq!(
        (r.local.addr.as_str(), r.local.port.as_str()),
        ("127.0.0.1:", "22222")
    );
    assert_eq!((r.peer.addr.as_str(), r.peer.port.as_str()), ("*:", "*"));
    let v6only = Endpoint::inet(any6, "*", None, true);
    assert_eq!(v6only.addr, "[::]:");
    let scoped = Endpoint::inet("fe80::1".parse().unwrap(), "53", Some("eth0"), false);
    assert_eq!(scoped.addr, "[fe80::1]%eth0:");
    r.push(" ino:1").detail_line(false).push(" cubic");
    assert_eq!(r.ext, " ino:1\n\t cubic");
    r.detail_line(true);
    assert_eq!(r.ext, " ino:1\n\t cubic");
}

/// ss prints what it has buffered once five 1 MiB chunks are in use, and lays out each
/// batch with the widths seen so far: a wider cell in a later batch does not widen the
/// earlier rows.
#[test]
fn long_outputs_are_laid_out_in_batches() {
    let layout = Layout {
        netid: false,
        state: false,
        screen_width: None,
    };
    let mut row = Row::new("", "", 0, 0);
    row.local = Endpoint::new("10.0.0.1", ":", "1");
    row.peer = Endpoint::new("*", ":", "*");
    row.ext = "x".repeat(1000);
    let mut wide = row.clone();
    wide.local = Endpoint::new("10.0.0.100", ":", "1");
    let mut t = Table::new(Vec::new(), layout);
    // About 1040 bytes a row: 5 chunks after some 4000 rows.
    for _ in 0..6000 {
        t.row(&row).unwrap();
    }
    t.row(&wide).unwrap();
    let out = String::from_utf8(t.finish().unwrap()).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6001);
    assert!(lines[0].starts_with("0      0      10.0.0.1:1 "));
    assert!(lines[5999].starts_with("0      0        10.0.0.1:1 "));
    assert!(lines[6000].starts_with("0      0      10.0.0.100:1 "));
}

/// An environment that records what the options asked of it.
#[derive(Default)]
struct Fake {
    netns: Vec<String>,
    selinux: bool,
}

impl OptionEnv for Fake {
    fn switch_netns(&mut self, name: &str) -> Result<(), Failure> {
        if name == "missing" {
            return Err(Failure::failed("no such namespace"));
        }
        self.netns.push(name.to_owned());
        Ok(())
    }
    fn read_filter_file(&mut self, path: &str) -> std::io::Result<String> {
        match path {
            "f" => Ok("dport = :22".into()),
            _ => Err(std::io::Error::from_raw_os_error(2)),
        }
    }
    fn selinux_enabled(&mut self) -> bool {
        self.selinux
    }
}

fn parse(line: &str) -> Result<SsOptions, Early> {
    let words: Vec<&str> = line.split_whitespace().collect();
    SsOptions::parse(&words, &mut Fake::default())
}

fn failure(line: &str) -> (String, u8) {
    match parse(line) {
        Err(Early::Fail(f)) => (f.message, f.code),
        other => panic!("{line}: {other:?}"),
    }
}

#[test]
fn getopt_as_glibc_scans() {
    let s = getopt(&["-tan", "state", "listening", "-p", "--", "-x"], false);
    assert_eq!(
        s.opts,
        [
            (Opt::Tcp, None),
            (Opt::All, None),
            (Opt::Numeric, None),
            (Opt::Processes, None)
        ]
    );
    assert_eq!(s.words, ["state", "listening", "-x"]);
    let s = getopt(&["state", "listening", "-p"], true);
    assert!(s.opts.is_empty());
    let s = getopt(
        &["-tfinet", "-A", "tcp", "--fam=unix", "--query", "udp"],
        false,
    );
    assert_eq!(
        s.opts,
        [
            (Opt::Tcp, None),
            (Opt::Family, Some("inet".into())),
            (Opt::Query, Some("tcp".into())),
            (Opt::Family, Some("unix".into())),
            (Opt::Query, Some("udp".into()))
        ]
    );
    let err = |a: &[&str]| getopt(a, false).error.unwrap();
    assert_eq!(err(&["-y"]), "invalid option -- 'y'");
    assert_eq!(err(&["-tf"]), "option requires an argument -- 'f'");
    assert_eq!(err(&["--fam"]), "option '--family' requires an argument");
    assert_eq!(err(&["--tc=3"]), "option '--tcp' doesn't allow an argument");
    assert_eq!(err(&["--foo=bar"]), "unrecognized option '--foo=bar'");
    assert_eq!(
        err(&["--con=1"]),
        "option '--con=1' is ambiguous; possibilities: '--context' '--contexts'"
    );
    assert_eq!(
        err(&["--t"]),
        "option '--t' is ambiguous; possibilities: '--threads' '--tcp' '--tipc' '--tipcinfo' '--tos'"
    );
    // An argument may start with a dash; non-ASCII never panics.
    assert_eq!(
        getopt(&["-f", "-n"], false).opts,
        [(Opt::Family, Some("-n".into()))]
    );
    assert_eq!(err(&["-té"]), "invalid option -- 'é'");
}

#[test]
fn options_and_their_errors_as_ss() {
    let usage = super::usage::USAGE.trim_end();
    assert!(matches!(parse("-V -y"), Err(Early::Print(t)) if t == "ss utility, iproute2-6.1.0\n"));
    assert!(matches!(parse("-f help"), Err(Early::Print(t)) if t == super::usage::USAGE));
    assert_eq!(
        failure("-y -V"),
        (format!("ss: invalid option -- 'y'\n{usage}"), 255)
    );
    assert_eq!(
        failure("-f foo"),
        (format!("ss: \"foo\" is invalid family\n{usage}"), 255)
    );
    assert_eq!(
        failure("-A tcp,"),
        (format!("ss: \"\" is illegal socket table id\n{usage}"), 255)
    );
    assert_eq!(failure("-Z").1, 1);
    assert_eq!(
        failure("-F nofile").0,
        "fopen filter file: No such file or directory"
    );
    assert_eq!(failure("-F f -F f").0, "More than one filter file");
    assert_eq!(failure("-N missing -V").0, "no such namespace");
    let mut env = Fake::default();
    let o = SsOptions::parse(&["-N", "a", "-Nb", "-F", "f", "-tanp"], &mut env).unwrap();
    assert_eq!(env.netns, ["a", "b"]);
    assert!(o.numeric && o.processes == 1 && o.header);
    assert_eq!(o.selection.dbs, Db::Tcp.bit());
}

fn finished(line: &str) -> Result<(super::select::Selection, Vec<String>), (String, u8)> {
    let o = parse(line).unwrap();
    let mut s = o.selection.clone();
    match s.finish(&o.words) {
        Ok(rest) => Ok((s.clone(), rest.to_vec())),
        Err(f) => Err((f.message, f.code)),
    }
}

#[test]
fn tables_families_and_states_with_ss_defaults() {
    let (s, rest) = finished("-t").unwrap();
    assert_eq!(s.tables(), [Db::Tcp]);
    assert_eq!(s.states, SS_CONN);
    assert!(!s.show_netid() && s.show_state() && rest.is_empty());
    let (s, _) = finished("-t state listening").unwrap();
    assert!(!s.show_state());
    let (s, rest) = finished("-x exclude established src /tmp").unwrap();
    assert_eq!(
        s.tables(),
        [Db::UnixDgram, Db::UnixStream, Db::UnixSeqpacket]
    );
    assert_eq!(rest, ["src", "/tmp"]);
    let (s, _) = finished("").unwrap();
    assert_eq!(s.tables().len(), 15, "all but tipc");
    assert_eq!(s.tables()[0], Db::Netlink);
    let (s, _) = finished("-f link").unwrap();
    assert_eq!(s.tables(), [Db::PacketDgram, Db::PacketRaw]);
    assert!(s.show_netid() && !s.show_state());
    let (s, _) = finished("-4 -A udp").unwrap();
    assert_eq!(s.tables(), [Db::Udp]);
    let nothing = |w: &str| (format!("ss: no {w} to show with such filter."), 0);
    assert_eq!(finished("-A !tcp").unwrap_err(), nothing("socket tables"));
    assert_eq!(
        finished("state").unwrap_err(),
        (
            "Command line is not complete. Try option \"help\"".into(),
            255
        )
    );
    assert_eq!(
        finished("-t state foo").unwrap_err(),
        ("ss: wrong state name: foo".into(), 255)
    );
    let (s, _) = finished("-t state SYN-RCV state Closed").unwrap();
    assert_eq!(s.states, (1 << 3) | (1 << 7));
}

#[test]
fn summary_as_ss_reads_and_prints_it() {
    use super::summary::{snmp_value, Summary};
    let mut s = Summary::default();
    for line in [
        "sockets: used 7",
        "TCP: inuse 2 orphan 1 tw 3 alloc 9 mem 344",
        "UDP: inuse 4 mem 0",
        "RAW: inuse 0",
        "FRAG: inuse 1 memory 0",
        "TCP6: inuse 5",
        "UDP6: inuse 6",
        "RAW6: inuse 1",
        "FRAG6: inuse 0 memory 0",
        "garbage",
        "TCP:",
    ] {
        s.sockstat_line(line);
    }
    let snmp =
        "Ip: Forwarding DefaultTTL\nIp: 1 64\nTcp: RtoAlgorithm CurrEstab InSegs\nTcp: 1 42 7\n";
    s.tcp_estab = snmp_value(snmp, "Tcp:", "CurrEstab").unwrap();
    assert_eq!(snmp_value(snmp, "Udp:", "InDatagrams"), None);
    assert_eq!(snmp_value("Tcp: A B\nTcp: 1 2\n", "Tcp:", "Z"), Some(2));
    let mut out = Vec::new();
    s.print(&mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "Total: 7\n\
         TCP:   12 (estab 42, closed 5, orphaned 1, timewait 3)\n\
         \n\
         Transport Total     IP        IPv6\n\
         RAW\t  1         0         1        \n\
         UDP\t  10        4         6        \n\
         TCP\t  7         2         5        \n\
         INET\t  18        6         12       \n\
         FRAG\t  1         1         0        \n\
         \n"
    );
}

#[test]
fn holders_of_sockets_as_ss_finds_them() {
    use super::print::details::Users;
    use nlkit::sock_diag::process::{command, ProcessTable};
    let root = std::env::temp_dir().join(format!("nlss-proc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let task = |id: &str, comm: &str, fds: &[(&str, &str)]| {
        let dir = root.join(id);
        std::fs::create_dir_all(dir.join("fd")).unwrap();
        std::fs::write(dir.join("stat"), format!("{id} ({comm}) S 1 2 3")).unwrap();
        for (fd, target) in fds {
            std::os::unix::fs::symlink(target, dir.join("fd").join(fd)).unwrap();
        }
    };
    task(
        "100",
        "srv)x",
        &[
            ("3", "socket:[555]"),
            ("4", "pipe:[9]"),
            ("5", "socket:[777]"),
        ],
    );
    task("200", "cli", &[("7", "socket:[555]")]);
    task("100/task/101", "worker", &[("3", "socket:[555]")]);
    std::fs::create_dir_all(root.join("self")).unwrap();
    assert_eq!(command(&root, 200).as_deref(), Some("cli"));
    let column = |threads: bool, ino: u32| {
        let table = ProcessTable::scan_root(&root, threads).unwrap();
        let mut out = Ext::new(false);
        Users::of_table(table, threads).print(&mut out, ino);
        out.into_parts().0
    };
    let col = column(false, 555);
    // Each holder once, in the reverse of the order found (the directory's order).
    assert!(col.starts_with(" users:((\""), "{col}");
    assert!(col.contains("(\"srv\",pid=100,fd=3)") && col.contains("(\"cli\",pid=200,fd=7)"));
    assert_eq!(column(false, 777), " users:((\"srv\",pid=100,fd=5))");
    assert_eq!(column(false, 9), "");
    assert_eq!(column(false, 0), "");
    assert!(column(true, 555).contains("(\"worker\",pid=100,tid=101,fd=3)"));
    assert_eq!(column(true, 777), " users:((\"srv\",pid=100,tid=100,fd=5))");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn port_names_as_ss_prints_them() {
    use super::print::addr::{Names, PortNames};
    use nlkit::sock_diag::filter::Services;
    let etc = "# comment\nhttp 80/tcp www # WorldWideWeb\nhttp 80/udp\nmdns 5353/udp\n\
               alt 8080/udp\nhttp-alt 8080/tcp webcache\nbad x/tcp\nbroken\n";
    let names = |text: &str, ports| {
        let mut n = Names::with_services(Services::parse(text, true, true), (32768, 60999));
        n.ports = ports;
        n
    };
    let mut tcp = names(etc, PortNames::Tcp);
    assert_eq!(tcp.port(0, false), "*");
    assert_eq!(tcp.port(80, false), "http");
    assert_eq!(tcp.port(80, true), "80");
    assert_eq!(tcp.port(5353, false), "5353");
    assert_eq!(tcp.port(8080, false), "http-alt");
    assert_eq!(names(etc, PortNames::Udp).port(5353, false), "mdns");
    assert_eq!(names(etc, PortNames::AnyService).port(8080, false), "alt");
    // Ephemeral ports are never named.
    let mut tcp = names("x 40000/tcp\ny 4000/tcp\n", PortNames::Tcp);
    assert_eq!(tcp.port(40000, false), "40000");
    assert_eq!(tcp.port(4000, false), "y");
}

#[test]
fn names_and_timers_as_ss_prints_them() {
    use super::print::details::{ms_timer, timer};
    use nlkit::sock_diag::packet::PacketType;
    use nlkit::sock_diag::unix::UnixType;
    use nlkit::sock_diag::vsock::VsockType;
    use nlkit::sock_diag::{InetSocket, TcpState, Timer};
    let state = |s: u8| TcpState::from(s).name();
    assert_eq!(
        (state(1), state(7), state(10), state(12)),
        ("ESTAB", "UNCONN", "LISTEN", "UNKNOWN")
    );
    let unix = |t: u8| UnixType::from(t).ss_name();
    assert_eq!((unix(1), unix(5), unix(2)), ("u_str", "u_seq", "u_dgr"));
    assert_eq!(
        (PacketType::from(3).ss_name(), PacketType::from(2).ss_name()),
        ("p_raw", "p_dgr")
    );
    assert_eq!(VsockType::from(1).ss_name(), "v_str");
    for (ms, text) in [
        (0, ""),
        (300, "300ms"),
        (1200, "1.200ms"),
        (12_300, "12sec"),
        (60_000, "1min"),
        (89_500, "1min29sec"),
        (601_000, "10min"),
    ] {
        assert_eq!(ms_timer(ms), text, "{ms}");
    }
    let timer_of = |t: u8, expires: u32, retransmits: u8, sctp: bool| {
        let s = InetSocket {
            timer: Timer::from(t),
            expires,
            retransmits,
            ..Default::default()
        };
        let mut out = Ext::new(false);
        timer(&mut out, &s, sctp);
        out.into_parts().0
    };
    assert_eq!(
        timer_of(2, 89_500, 0, false),
        " timer:(keepalive,1min29sec,0)"
    );
    assert_eq!(timer_of(9, 300, 1, false), " timer:(unknown,300ms,1)");
    assert_eq!(timer_of(0, 300, 1, false), "");
    assert_eq!(timer_of(1, 200, 2, true), " timer:(T3_RTX,200ms,2)");
}

/// Random command lines from ss's words and odd ones never panic, in reading the options,
/// in choosing the tables, or in laying out what they print.
#[test]
fn odd_command_lines_never_panic() {
    const WORDS: &[&str] = &[
        "-", "--", "--=", "-t", "-tan", "-f", "inet", "help", "-A", "tcp,!udp", ",", "!", "-é",
        "--é", "--fam=", "--query", "state", "exclude", "excl", "all", "bogus", "-F", "f", "-N",
        "ns", "-D", "-s", "-Z", "-HOe", "--tcp=", "-x", "-0", "--xdp", "\u{0}", "établi",
        "SYN-RCV", "-V",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20_000 {
        let n = (next() % 6) as usize;
        let line: Vec<&str> = (0..n)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        let mut env = Fake::default();
        if let Ok(o) = SsOptions::parse(&line, &mut env) {
            let mut s = o.selection.clone();
            if s.finish(&o.words).is_ok() {
                let layout = Layout {
                    netid: s.show_netid(),
                    state: s.show_state(),
                    screen_width: Some((next() % 50) as usize + 1),
                };
                let mut row = Row::new(line.first().copied().unwrap_or(""), "é", -1, 7);
                row.ext = line.join("\n\t");
                render(layout, true, &[row.clone(), row]);
            }
        }
    }
}

fn unix(
    kind: u8,
    state: u8,
    inode: u32,
    q: (u32, u32),
    name: &[u8],
    peer: u32,
) -> nlkit::sock_diag::unix::UnixSocket {
    nlkit::sock_diag::unix::UnixSocket {
        socket_type: kind.into(),
        state,
        inode,
        rqlen: Some(nlkit::wire::sock_diag::UnixDiagRqlen {
            rqueue: q.0,
            wqueue: q.1,
        }),
        name: (!name.is_empty()).then(|| name.to_vec()),
        peer: Some(peer),
        ..Default::default()
    }
}

/// `ss -xae` of the fixture's sockets, from the values of their unix_diag messages.
#[test]
fn unix_rows_as_ss_fills_them() {
    use super::print::Printer;
    use super::unix::unix_row;
    use nlkit::sock_diag::unix::{Shutdown, UnixSocket};
    use nlkit::wire::sock_diag::UnixDiagVfs;
    let mut p = Printer::new(&parse("-xae").unwrap());
    let path = b"/tmp/nlk-ss-fixture.sock\0".as_slice();
    // Major 0, minor 65024 in the kernel's encoding.
    let vfs = |ino| {
        Some(UnixDiagVfs {
            ino,
            dev: 0x0fe0_0000,
        })
    };
    let e = |mut s: UnixSocket, vfs: Option<UnixDiagVfs>, icons: Option<Vec<u32>>| {
        s.shutdown = Some(Shutdown::EMPTY);
        s.vfs = vfs;
        s.icons = icons;
        s
    };
    let socks = [
        e(
            unix(1, 10, 144963, (0, 1), path, 0),
            vfs(10010664),
            Some(vec![]),
        ),
        e(
            unix(2, 7, 144967, (0, 0), b"/tmp/nlk-ss-fixture-d.sock\0", 0),
            vfs(10010665),
            None,
        ),
        e(unix(5, 1, 144968, (0, 0), b"", 144969), None, None),
        e(unix(5, 1, 144969, (0, 0), b"", 144968), None, None),
        e(
            unix(1, 1, 144965, (0, 0), path, 144964),
            vfs(10010664),
            None,
        ),
        e(unix(1, 1, 144964, (0, 0), b"", 144965), None, None),
        e(
            unix(1, 10, 144966, (0, 1), b"\0nlk-abstract", 0),
            None,
            Some(vec![]),
        ),
    ];
    let rows: Vec<Row> = socks.iter().map(|s| unix_row(s, &mut p)).collect();
    let (layout, _) = cells(fixture!("xae"));
    assert_eq!(render(layout, true, &rows), fixture!("xae"));
    let mut s = unix(1, 1, 1, (0, 0), b"", 2);
    s.meminfo = Some(nlkit::sock_diag::SkMeminfo(vec![
        0, 212992, 0, 212992, 0, 0, 0, 0, 0,
    ]));
    s.shutdown = Some(Shutdown::RECEIVE | Shutdown::SEND);
    let mut p = Printer::new(&parse("-xme").unwrap());
    assert_eq!(
        unix_row(&s, &mut p).ext,
        " skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0) ---"
    );
    let s = unix(2, 7, 3, (0, 0), b"\0a\0b", 0);
    assert_eq!(unix_row(&s, &mut p).local.addr, "@a@b ");
}

/// `ss -l` of the fixture's sockets: netlink, unix, udp and tcp rows together.
#[test]
fn a_listing_of_every_table_as_ss_fills_it() {
    use super::netlink::{netlink_row, protocol_names};
    use super::print::addr::{Names, PortNames};
    use super::print::Printer;
    use super::unix::unix_row;
    use nlkit::sock_diag::filter::Services;
    use nlkit::sock_diag::netlink::NetlinkSocket;
    let o = parse("-l").unwrap();
    let mut p = Printer::new(&o);
    let root = std::env::temp_dir().join(format!("nlss-proc-l-{}", std::process::id()));
    std::fs::create_dir_all(root.join("24855")).unwrap();
    std::fs::write(root.join("24855/stat"), "24855 (ss) R 1").unwrap();
    let nl = |protocol: i32, portid, rmem| NetlinkSocket {
        protocol: protocol.into(),
        portid,
        meminfo: Some(nlkit::sock_diag::SkMeminfo(vec![rmem, 0])),
        ..Default::default()
    };
    let names = protocol_names();
    let mut rows: Vec<Row> = [
        nl(0, 0, 0),
        nl(4, 0, 832),
        nl(4, 24855, 4352),
        nl(6, 0, 0),
        nl(9, 0, 0),
        nl(10, 0, 0),
        nl(12, 0, 0),
        nl(15, 0, 0),
        nl(16, 0, 0),
    ]
    .iter()
    .map(|s| netlink_row(s, Some(&names), &p, &root))
    .collect();
    for s in [
        unix(1, 10, 144963, (0, 1), b"/tmp/nlk-ss-fixture.sock\0", 0),
        unix(2, 7, 144967, (0, 0), b"/tmp/nlk-ss-fixture-d.sock\0", 0),
        unix(1, 10, 144966, (0, 1), b"\0nlk-abstract", 0),
    ] {
        rows.push(unix_row(&s, &mut p));
    }
    let services = || {
        Services::parse(
            "https 443/tcp\nmdns 5353/udp\nhttp-alt 8080/tcp webcache\n",
            true,
            true,
        )
    };
    let any4: std::net::IpAddr = "0.0.0.0".parse().unwrap();
    let any6: std::net::IpAddr = "::".parse().unwrap();
    let long: std::net::IpAddr = "2001:db8:1234:5678:9abc:def0:1234:5678".parse().unwrap();
    let lo: std::net::IpAddr = "127.0.0.1".parse().unwrap();
    for (proto, state, sq, addr, port, peer, v6only) in [
        ("udp", 7, 0, any4, 5353, any4, false),
        ("tcp", 10, 1, any4, 8080, any4, false),
        ("tcp", 10, 5, lo, 22222, any4, false),
        ("tcp", 10, 5, long, 443, any6, true),
        ("tcp", 10, 1, any6, 9090, any6, false),
    ] {
        let mut r = super::dump::row(proto, state, 0, sq);
        let mut names = Names::with_services(services(), (32768, 60999));
        names.ports = if proto == "tcp" {
            PortNames::Tcp
        } else {
            PortNames::Udp
        };
        let p = names.port(port, o.numeric);
        r.local = Endpoint::inet(addr, &p, None, v6only);
        r.peer = Endpoint::inet(peer, names.port(0, o.numeric), None, v6only);
        rows.push(r);
    }
    let (layout, _) = cells(fixture!("l"));
    assert_eq!(render(layout, true, &rows), fixture!("l"));
    let _ = std::fs::remove_dir_all(&root);
    // -n: numbers for the protocol and the port id; -e: the groups.
    let p = Printer::new(&parse("-lne").unwrap());
    let mut s = nl(16, 7, 0);
    s.state = nlkit::sock_diag::netlink::NetlinkState::Connected;
    s.dst_group = 1;
    s.groups = Some(0x11u32.to_ne_bytes().to_vec());
    let r = netlink_row(&s, None, &p, &root);
    assert_eq!((r.local.addr.as_str(), r.local.port.as_str()), ("16:", "7"));
    assert_eq!((r.peer.addr.as_str(), r.peer.port.as_str()), ("1:", "0"));
    assert_eq!(r.ext, " sk=0 cb=0 groups=0x00000011");
}
