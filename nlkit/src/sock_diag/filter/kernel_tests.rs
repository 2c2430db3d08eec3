//! The kernel itself: TCP sockets in a fresh namespace, dumped with and without each
//! program; the sockets the kernel returns are those [`Expr::matches`] keeps.

use super::tests::{hex, p};
use super::*;
use proptest::prelude::*;
use std::net::{Ipv4Addr, Ipv6Addr};

// merge: use wire::inet_diag and sock_diag::inet instead of these two test structures.
crate::fixed_struct! {
    struct ReqV2("inet_diag_req_v2") {
        family: u8,
        protocol: u8,
        ext: u8,
        pad: u8,
        states: u32,
        sport: crate::wire::fixed::Be16,
        dport: crate::wire::fixed::Be16,
        src: [u8; 16],
        dst: [u8; 16],
        ifindex: u32,
        cookie: [u8; 8],
    }
}

crate::fixed_struct! {
    struct DiagMsg("inet_diag_msg") {
        family: u8,
        state: u8,
        timer: u8,
        retrans: u8,
        sport: crate::wire::fixed::Be16,
        dport: crate::wire::fixed::Be16,
        src: [u8; 16],
        dst: [u8; 16],
        ifindex: u32,
        cookie: [u8; 8],
        expires: u32,
        rqueue: u32,
        wqueue: u32,
        uid: u32,
        inode: u32,
    }
}

fn ip_of(family: u8, b: [u8; 16]) -> IpAddr {
    if family == 2 {
        IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3]))
    } else {
        IpAddr::V6(Ipv6Addr::from(b))
    }
}

/// The TCP sockets of the namespace the kernel passes through `program`.
fn kernel_dump(conn: &mut crate::engine::Conn, program: &[u8]) -> Vec<Candidate> {
    use crate::wire::{FamilyMessage, Flags, MessageBuilder};
    let mut out = Vec::new();
    for family in [2u8, 10] {
        let mut b = MessageBuilder::new(crate::sock_diag::SOCK_DIAG_BY_FAMILY, Flags::REQUEST);
        b.push_struct(&ReqV2 {
            family,
            protocol: 6,
            states: STATES_ALL.0,
            ..ReqV2::default()
        });
        if !program.is_empty() {
            b.attr_bytes(INET_DIAG_REQ_BYTECODE, program);
        }
        let mut dump = conn.dump(&b).expect("dump");
        while let Some(m) = dump.next_message() {
            let m = m.expect("message");
            let msg = FamilyMessage::<DiagMsg>::parse(m.payload()).expect("inet_diag_msg");
            let h = msg.header;
            let mut c = Candidate {
                family: AddressFamily::from(h.family),
                local: ip_of(h.family, h.src),
                local_port: h.sport.0,
                remote: ip_of(h.family, h.dst),
                remote_port: h.dport.0,
                interface: h.ifindex,
                mark: 0,
                cgroup_id: 0,
                // The kernel's view: only the listeners bound their port (an accepted
                // socket does not inherit the bind lock).
                autobound: Some(h.state != 10),
                local_name: None,
                remote_name: None,
            };
            for a in msg.attrs().flatten() {
                match a.attr_type() {
                    15 => c.mark = a.u32_ne().unwrap_or(0),
                    21 => c.cgroup_id = a.u64_ne().unwrap_or(0),
                    _ => {}
                }
            }
            out.push(c);
        }
    }
    out.sort_by_key(|c| format!("{c:?}"));
    out
}

/// Three TCP listeners (127.0.0.1:2222, [::1]:4443, dual-stack [::]:9000) and a
/// connection to each, in a fresh namespace (kept open as long as the value lives).
type Sockets = (
    Vec<std::net::TcpListener>,
    Vec<std::net::TcpStream>,
    Vec<std::net::TcpStream>,
);

fn tcp_sockets(prefix: &str) -> Option<(nltestns::Netns, crate::sys::Netns, Sockets)> {
    use std::net::{TcpListener, TcpStream};
    let ns = nltestns::Netns::new(prefix)?;
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let handle = crate::sys::Netns::open_name(ns.name()).expect("open the namespace");
    let sockets = handle
        .run(|| {
            let l4 = TcpListener::bind("127.0.0.1:2222").unwrap();
            let l6 = TcpListener::bind("[::1]:4443").unwrap();
            let dual = TcpListener::bind("[::]:9000").unwrap();
            let c1 = TcpStream::connect("127.0.0.1:2222").unwrap();
            let c2 = TcpStream::connect("[::1]:4443").unwrap();
            let c3 = TcpStream::connect("127.0.0.1:9000").unwrap();
            let accepted = vec![
                l4.accept().unwrap().0,
                l6.accept().unwrap().0,
                dual.accept().unwrap().0,
            ];
            (vec![l4, l6, dual], vec![c1, c2, c3], accepted)
        })
        .expect("sockets in the namespace");
    Some((ns, handle, sockets))
}

#[test]
fn kernel_agrees() {
    let Some((_ns, handle, sockets)) = tcp_sockets("filter") else {
        return;
    };
    let mut conn =
        crate::engine::Conn::new_in(&handle, crate::sys::Protocol::SockDiag).expect("sock_diag");
    let all = kernel_dump(&mut conn, &[]);
    assert_eq!(all.len(), 9, "{all:#?}");
    let mut exprs: Vec<Expr> = [
        "sport = :2222",
        "dport = :9000",
        "sport >= :4443",
        "sport < :4443",
        "dport > :2222",
        "src 127.0.0.0/8",
        "src [::1]",
        "dst 127.0.0.1",
        "dst [::ffff:127.0.0.1]",
        "src ::/0",
        "src 0.0.0.0/0",
        "src *:9000",
        "dst 127.0.0.1:9000 or src [::1]:4443",
        "autobound",
        "not autobound and sport != :9000",
        "fwmark = 0",
        "fwmark = 1/1",
        "src any",
        "dst ::1/127",
        "( sport = :2222 or dport = :2222 ) and not src [::1]",
    ]
    .iter()
    .map(|w| p(w))
    .collect();
    // Every socket here is in the namespace creator's cgroup.
    let cgroup = all[0].cgroup_id;
    for id in [cgroup, cgroup + 1] {
        exprs.push(Expr::Cgroup(Cgroup::Id(id)));
        exprs.push(Expr::Or(
            Box::new(Expr::Cgroup(Cgroup::Id(id))),
            Box::new(p("sport = :2222")),
        ));
    }
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..200 {
        exprs.push(exprs_strategy_value(&mut runner));
    }
    for e in &exprs {
        let bc = compile_with_devices(e);
        let got = kernel_dump(&mut conn, &bc);
        let want: Vec<Candidate> = all.iter().filter(|c| e.matches(c)).cloned().collect();
        assert_eq!(got, want, "{e:?}: {}", hex(&bc));
    }
    drop(sockets);
}

fn exprs_strategy_value(runner: &mut proptest::test_runner::TestRunner) -> Expr {
    use proptest::strategy::ValueTree;
    let local = prop_oneof![
        Just(HostAddr::Prefix {
            addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
            len: 32
        }),
        Just(HostAddr::Prefix {
            addr: IpAddr::V6(Ipv6Addr::LOCALHOST),
            len: 128
        }),
        Just(HostAddr::Prefix {
            addr: IpAddr::V6(Ipv4Addr::LOCALHOST.to_ipv6_mapped()),
            len: 120
        }),
        Just(HostAddr::Prefix {
            addr: IpAddr::V4(Ipv4Addr::new(127, 1, 0, 0)),
            len: 8
        }),
        Just(HostAddr::Any),
    ];
    let port = prop_oneof![
        Just(None),
        Just(Some(2222)),
        Just(Some(4443)),
        Just(Some(9000))
    ];
    let side = prop_oneof![Just(Side::Source), Just(Side::Destination)];
    let leaf = prop_oneof![
        (side.clone(), local, port)
            .prop_map(|(s, addr, port)| Expr::Host(s, HostCond { addr, port })),
        (
            side,
            prop_oneof![Just(Bound::AtLeast), Just(Bound::AtMost)],
            prop_oneof![Just(2222), Just(4443), Just(9000)]
        )
            .prop_map(|(s, b, p)| Expr::Port(s, b, p)),
        Just(Expr::Autobound),
        Just(Expr::Device(Device::Index(1))),
        Just(Expr::Device(Device::Index(0))),
    ];
    let tree = leaf.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| Expr::Not(Box::new(a))),
        ]
    });
    tree.new_tree(runner).expect("a tree").current()
}

/// `ADDR:PORT` as ss prints it (`127.0.0.1:2222`, `[::1]:4443`, `*:9000`).
fn ss_endpoint(s: &str) -> (String, u16) {
    let (a, p) = s.rsplit_once(':').expect("ADDR:PORT");
    let a = a.trim_start_matches('[').trim_end_matches(']');
    let a = if a == "*" {
        "::".to_owned()
    } else {
        a.to_owned()
    };
    (a, p.parse().unwrap_or(0))
}

#[test]
fn ss_shows_what_nlkit_predicts() {
    if !nltestns::tool("ss", "ss_shows_what_nlkit_predicts") {
        return;
    }
    let Some((ns, handle, _sockets)) = tcp_sockets("filter-ss") else {
        return;
    };
    let mut conn =
        crate::engine::Conn::new_in(&handle, crate::sys::Protocol::SockDiag).expect("sock_diag");
    let all = kernel_dump(&mut conn, &[]);
    let range = handle
        .run(|| std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range"))
        .expect("run")
        .expect("ip_local_port_range");
    let mut r = range.split_whitespace().map(|x| x.parse::<u16>().unwrap());
    let ephemeral = r.next().unwrap()..=r.next().unwrap();
    let filters = [
        "src 0.0.0.0/0",
        "src 127.0.0.1",
        "dst [::ffff:127.0.0.1]",
        "src 0.0.0.0/8",
        "sport > :4000",
        "dport < :4443",
        "autobound",
        "not autobound",
        "src ::/0",
        "dst 127.0.0.0/8 or sport = :4443",
        "src any",
        "src [::1] and not dport = :4443",
    ];
    for f in filters {
        // As given (the kernel's program, then ss's check), and with a `dev` condition that
        // holds for every socket here but makes ss send no program (its check alone).
        for words in [f.to_owned(), format!("( {f} ) and not dev = 99")] {
            let e = p(&words);
            let program = !compile(&e).is_empty();
            let mut want: Vec<(String, u16, String, u16)> = all
                .iter()
                .filter(|c| (!program || e.matches(c)) && e.matches_like_ss(c, ephemeral.clone()))
                .map(|c| {
                    let l = c.local.to_string();
                    let r = c.remote.to_string();
                    (l, c.local_port, r, c.remote_port)
                })
                .collect();
            let out = std::process::Command::new("ip")
                .args(["netns", "exec", ns.name(), "ss", "-tanH", &words])
                .output()
                .expect("run ss");
            assert!(
                out.status.success(),
                "ss {words}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let mut got: Vec<(String, u16, String, u16)> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| {
                    let cols: Vec<&str> = l.split_whitespace().collect();
                    let (la, lp) = ss_endpoint(cols[3]);
                    let (ra, rp) = ss_endpoint(cols[4]);
                    (la, lp, ra, rp)
                })
                .collect();
            // ss prints an unspecified remote of a listener as `*` (or `[::]`).
            for g in got.iter_mut().chain(want.iter_mut()) {
                for a in [&mut g.0, &mut g.2] {
                    if a == "0.0.0.0" || a == "::" {
                        *a = "::".to_owned();
                    }
                }
            }
            got.sort();
            want.sort();
            assert_eq!(got, want, "ss -tan '{words}' (program: {program})");
        }
    }
}
