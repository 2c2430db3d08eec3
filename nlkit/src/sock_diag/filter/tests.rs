//! The filter against ss 6.1 (captured words, bytes and errors in
//! `fixtures/ss-6.1-filters.txt`), the user-space check against a bytecode interpreter
//! with the kernel's semantics, and random words that must not panic.

use super::bytecode::*;
use super::*;
use crate::sock_diag::StateSet;
use crate::wire::FixedStruct;
use proptest::prelude::*;
use std::net::{Ipv4Addr, Ipv6Addr};

const FIXTURE: &str = include_str!("fixtures/ss-6.1-filters.txt");
const RANDOM: &str = include_str!("fixtures/ss-6.1-random.txt");

/// The names of the capturing namespace.
struct Capture;

impl Resolver for Capture {
    fn service(&self, name: &str) -> ServiceAnswer {
        match name {
            "ssh" => ServiceAnswer::Port(22),
            "http" => ServiceAnswer::Port(80),
            _ => ServiceAnswer::Unknown,
        }
    }
    fn device(&self, name: &str) -> Option<u32> {
        (name == "lo").then_some(1)
    }
    fn cgroup(&self, path: &str) -> Option<u64> {
        (path == "/").then_some(2)
    }
}

pub(super) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// What nlkit makes of ss's words: the state mask and the program, or the error.
fn run_like_ss(args: &[&str]) -> Result<(u32, Vec<u8>, String), FilterError> {
    let mut family = AddressFamily::Unspec;
    let mut rest = args;
    let mut initial = StateSet::EMPTY;
    while let Some(w) = rest.first().filter(|w| w.starts_with('-')) {
        match *w {
            "-4" => family = AddressFamily::Inet,
            "-6" => family = AddressFamily::Inet6,
            w if w.contains('a') => initial = STATES_ALL,
            _ => {}
        }
        rest = &rest[1..];
    }
    let (mask, used) = parse_states(rest, initial)?;
    let opts = ParseOptions {
        family,
        resolver: &Capture,
        keep_names: false,
    };
    let parsed = opts.parse(&rest[used..])?;
    let mask = if mask.is_empty() {
        STATES_DEFAULT.0
    } else {
        mask.0
    };
    let families = match parsed.family.unwrap_or(family) {
        AddressFamily::Inet => "2",
        AddressFamily::Inet6 => "10",
        _ => "2,10",
    };
    let bc = parsed.expr.as_ref().map(compile).unwrap_or_default();
    Ok((mask, bc, families.to_owned()))
}

#[test]
fn ss_captures() {
    let (ok, err) = check_captures(FIXTURE);
    assert!(ok >= 100 && err >= 40, "{ok} accepted, {err} refused");
}

#[test]
fn ss_random_captures() {
    let (ok, err) = check_captures(RANDOM);
    assert!(ok >= 40 && err >= 300, "{ok} accepted, {err} refused");
}

/// Checks each line of a capture file; returns how many ss accepted and refused.
fn check_captures(file: &str) -> (usize, usize) {
    let (mut ok, mut err) = (0, 0);
    for line in file.lines().filter(|l| !l.starts_with('#')) {
        let (words, want) = line.split_once("\t=>\t").expect("fixture line");
        let args: Vec<&str> = words.split('\t').collect();
        let want: Vec<&str> = want.split('\t').collect();
        let got = run_like_ss(&args);
        match (want[0], got) {
            ("ok", Ok((mask, bc, families))) => {
                assert_eq!(families, want[3], "families of {args:?}");
                assert_eq!(format!("{mask:08x}"), want[1], "states of {args:?}");
                let bc = if bc.is_empty() { "-".into() } else { hex(&bc) };
                assert_eq!(bc, want[2], "bytecode of {args:?}");
                ok += 1;
            }
            ("err", Err(e)) => {
                let stderr = want[2].replace("\\n", "\n");
                let text = format!("{e}\n");
                // A cgroup error follows the resolver's own line ("Failed to find ...").
                if matches!(e, FilterError::Cgroup(_)) {
                    assert!(stderr.ends_with(&text), "{args:?}: {text:?} vs {stderr:?}");
                } else {
                    assert_eq!(text, stderr, "stderr of {args:?}");
                }
                assert_eq!(e.exit_code().to_string(), want[1], "exit of {args:?}");
                assert_eq!(e.prints_usage(), e == FilterError::Syntax);
                err += 1;
            }
            (w, got) => panic!("{args:?}: ss said {w} {want:?}, nlkit {got:?}"),
        }
    }
    (ok, err)
}

#[test]
fn filter_files() {
    // fixtures: the f1/f3 files of the capture (`ss -tan -F FILE`).
    let f3 = "# comment\nsport = :22\n0 ignored or dport = :1\nor dport = :80\n\n";
    let p = ParseOptions::default()
        .parse_with_file(&[], Some(f3))
        .unwrap();
    assert_eq!(
        hex(&compile(&p.expr.unwrap())),
        "071014000000000016000000000000000104140008101400000000005000000000000000"
    );
    let f1 = format!("{f3}  and\\ \n");
    let e = ParseOptions::default()
        .parse_with_file(&[], Some(&f1))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Error: \"and \" does not look like a port.\nCannot parse dst/src address."
    );
    // Words first, then the file (`ss -tan -F f2 'dport = :9'`).
    let p = ParseOptions::default()
        .parse_with_file(&["dport = :9"], Some("sport = :22\n"))
        .unwrap();
    assert_eq!(
        hex(&compile(&p.expr.unwrap())),
        "0810240000000000090000000000000007101400000000001600000000000000"
    );
    assert_eq!(
        read_file_words("a\\ b c\n#x\n0y\nd").unwrap(),
        ["a b", "c", "d"]
    );
    let long = "x".repeat(1022) + "\n";
    assert_eq!(
        read_file_words(&long).unwrap_err(),
        FilterError::LineTooLong
    );
    assert_eq!(read_file_words(&"x".repeat(1021)).unwrap().len(), 1);
}

pub(super) fn p(words: &str) -> Expr {
    Expr::parse(&[words]).unwrap().unwrap()
}

fn sport(n: i32) -> Expr {
    Expr::Host(
        Side::Source,
        HostCond {
            addr: HostAddr::Any,
            port: Some(n),
        },
    )
}

#[test]
fn tree_shapes() {
    let b = Box::new;
    assert_eq!(
        p("sport = :1 or sport = :2 and sport = :3"),
        Expr::And(b(Expr::Or(b(sport(1)), b(sport(2)))), b(sport(3)))
    );
    assert_eq!(p("sport :1 sport :2"), Expr::And(b(sport(1)), b(sport(2))));
    assert_eq!(
        p("sport > :5"),
        Expr::Not(b(Expr::Port(Side::Source, Bound::AtMost, 5)))
    );
    assert_eq!(
        p("dport lt :5"),
        Expr::Not(b(Expr::Port(Side::Destination, Bound::AtLeast, 5)))
    );
    assert_eq!(p("sport != :1"), Expr::Not(b(sport(1))));
    assert_eq!(p("! ! sport = :1"), Expr::Not(b(Expr::Not(b(sport(1))))));
    assert_eq!(
        p("fwmark = 0x10/0xff"),
        Expr::Mark {
            value: 0x10,
            mask: 0xff
        }
    );
    assert_eq!(p("dev = eth0"), Expr::Device(Device::Name("eth0".into())));
    assert_eq!(p("dev != 3"), Expr::Not(b(Expr::Device(Device::Index(3)))));
    assert_eq!(p("cgroup = /a"), Expr::Cgroup(Cgroup::Path("/a".into())));
    assert_eq!(Expr::parse(&["", " "]).unwrap(), None);
    let v6 = HostAddr::Prefix {
        addr: "2001:db8::".parse().unwrap(),
        len: 32,
    };
    assert_eq!(
        p("dst 2001:db8::/32"),
        Expr::Host(
            Side::Destination,
            HostCond {
                addr: v6,
                port: None
            }
        )
    );
    let opts = ParseOptions {
        family: AddressFamily::Inet6,
        ..ParseOptions::default()
    };
    let any6 = opts.parse(&["src", "any"]).unwrap();
    assert_eq!(any6.family, Some(AddressFamily::Inet6));
    let inet = ParseOptions::default()
        .parse(&["src inet:10.0.0.1"])
        .unwrap();
    assert_eq!(inet.family, Some(AddressFamily::Inet));
    assert_eq!(
        ParseOptions::default()
            .parse(&["src 10.0.0.1"])
            .unwrap()
            .family,
        None
    );
    // Packet, netlink and vsock conditions are not read yet.
    assert!(Expr::parse(&["src link:eth0"]).is_err());
    let unix = ParseOptions::default()
        .parse(&["src unix:/run/*:x"])
        .unwrap();
    let want = HostCond {
        addr: HostAddr::Unix("/run/*:x".into()),
        port: None,
    };
    assert_eq!(unix.expr, Some(Expr::Host(Side::Source, want)));
    assert_eq!(unix.family, Some(AddressFamily::from(AF_UNIX)));
    assert!(compile(&unix.expr.unwrap()).is_empty());
}

#[test]
fn names_resolve_later() {
    let mut e = p("dev = lo or cgroup = /");
    assert!(compile(&e).is_empty());
    e.resolve(&Capture).unwrap();
    assert_eq!(
        e,
        Expr::Or(
            Box::new(Expr::Device(Device::Index(1))),
            Box::new(Expr::Cgroup(Cgroup::Id(2)))
        )
    );
    assert!(compile(&e).is_empty(), "ss 6.1 compiles no dev condition");
    assert_eq!(
        hex(&compile_with_devices(&e)),
        "09080c0001000000010410000d0c10000200000000000000"
    );
    assert_eq!(
        p("dev = nosuch").resolve(&Capture),
        Err(FilterError::Device)
    );
    assert_eq!(
        p("cgroup = /x").resolve(&Capture),
        Err(FilterError::Cgroup("/x".into()))
    );
    let strict = ParseOptions {
        keep_names: false,
        ..ParseOptions::default()
    };
    assert_eq!(
        strict.parse(&["dev", "x", ")"]).unwrap_err(),
        FilterError::Device,
        "lexed before the syntax error"
    );
}

#[test]
fn services_file() {
    let s = Services::parse(
        "ssh 22/tcp # x\nssh 22/udp\ndomain 53/tcp dns\nodd 7/tcp\nodd 8/udp\n",
        true,
        true,
    );
    assert_eq!(s.service("ssh"), ServiceAnswer::Port(22));
    assert_eq!(s.service("dns"), ServiceAnswer::Port(53));
    assert_eq!(s.service("odd"), ServiceAnswer::Ambiguous);
    assert_eq!(s.service("nope"), ServiceAnswer::Unknown);
    assert_eq!(s.name_of(53, Some("tcp")), Some("domain"));
    assert_eq!(s.name_of(22, Some("udp")), Some("ssh"));
    assert_eq!(s.name_of(8, None), Some("odd"));
    assert_eq!(
        (s.name_of(8, Some("tcp")), s.name_of(9, None)),
        (None, None)
    );
    let udp = Services::parse("odd 7/tcp\nodd 8/udp\n", false, true);
    let o = ParseOptions {
        resolver: &udp,
        ..ParseOptions::default()
    };
    assert_eq!(
        compile(&o.parse(&["dport = :odd"]).unwrap().expr.unwrap())[8],
        8
    );
    let both = ParseOptions {
        resolver: &s,
        ..ParseOptions::default()
    };
    assert_eq!(
        both.parse(&["dport = :odd"]).unwrap_err().to_string(),
        "Error: ambiguous port \"odd\".\nCannot parse dst/src address."
    );
}

#[test]
fn state_words() {
    assert_eq!(
        parse_states(&["state", "established", "dport"], STATES_ALL),
        Ok((StateSet(2), 2))
    );
    assert_eq!(
        parse_states(&["excl", "bucket"], StateSet::EMPTY),
        Ok((StateSet(0xfb7), 2))
    );
    assert_eq!(
        parse_states(&["state"], StateSet::EMPTY),
        Err(FilterError::Incomplete)
    );
    assert_eq!(scan_state("Listening"), Ok(StateSet(1 << 10)));
    assert_eq!(
        scan_state("listen").unwrap_err().to_string(),
        "ss: wrong state name: listen"
    );
    assert_eq!(STATES_DEFAULT, StateSet(0xb37));
}

/// The kernel's `inet_diag_bc_run`, as its behaviour is documented: start at the first
/// operation, move by `yes` or `no`, accept when landing exactly on the end.
fn interpret(bc: &[u8], c: &Candidate) -> bool {
    let mut at = 0usize;
    while at < bc.len() {
        let code = InetDiagBcOp::parse(&bc[at..]).expect("op");
        let arg = bc.get(at + 4..).unwrap_or(&[]);
        let word = InetDiagBcOp::parse(arg).map(|o| o.no).unwrap_or(0);
        let yes = match code.code {
            INET_DIAG_BC_NOP => true,
            INET_DIAG_BC_JMP => false,
            INET_DIAG_BC_S_GE => c.local_port >= word,
            INET_DIAG_BC_S_LE => c.local_port <= word,
            INET_DIAG_BC_D_GE => c.remote_port >= word,
            INET_DIAG_BC_D_LE => c.remote_port <= word,
            INET_DIAG_BC_S_EQ => c.local_port == word,
            INET_DIAG_BC_D_EQ => c.remote_port == word,
            INET_DIAG_BC_AUTO => c.autobound == Some(true),
            INET_DIAG_BC_S_COND | INET_DIAG_BC_D_COND => {
                hostcond(code.code == INET_DIAG_BC_S_COND, arg, c)
            }
            INET_DIAG_BC_DEV_COND => {
                u32::from_ne_bytes(arg[..4].try_into().unwrap()) == c.interface
            }
            INET_DIAG_BC_MARK_COND => {
                let m = InetDiagMarkcond::parse(arg).unwrap();
                c.mark & m.mask == m.mark
            }
            INET_DIAG_BC_CGROUP_COND => {
                u64::from_ne_bytes(arg[..8].try_into().unwrap()) == c.cgroup_id
            }
            other => panic!("op {other}"),
        };
        at += usize::from(if yes { u16::from(code.yes) } else { code.no });
    }
    at == bc.len()
}

fn hostcond(src: bool, arg: &[u8], c: &Candidate) -> bool {
    let h = InetDiagHostcond::parse(arg).unwrap();
    let want = &arg[InetDiagHostcond::LEN..];
    let (addr, port) = if src {
        (c.local, c.local_port)
    } else {
        (c.remote, c.remote_port)
    };
    if h.port != -1 && h.port != i32::from(port) {
        return false;
    }
    let have: Vec<u8> = match addr {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    };
    let fam = u8::from(c.family);
    if h.family != 0 && h.family != fam {
        let mapped =
            fam == 10 && h.family == 2 && have[..12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255];
        return mapped && bits_equal(&have[12..], want, h.prefix_len);
    }
    h.prefix_len == 0 || bits_equal(&have, want, h.prefix_len)
}

fn bits_equal(a: &[u8], b: &[u8], n: u8) -> bool {
    (0..usize::from(n)).all(|i| (a[i / 8] ^ b[i / 8]) & (0x80 >> (i % 8)) == 0)
}

fn v4s() -> impl Strategy<Value = Ipv4Addr> {
    prop_oneof![
        Just([10, 0, 0, 1]),
        Just([10, 0, 1, 2]),
        Just([192, 168, 0, 1]),
        Just([0, 0, 0, 0])
    ]
    .prop_map(Ipv4Addr::from)
}

fn v6s() -> impl Strategy<Value = Ipv6Addr> {
    let mapped = Ipv4Addr::new(10, 0, 0, 1).to_ipv6_mapped();
    prop_oneof![
        Just("2001:db8::1".parse().unwrap()),
        Just("2001:db8:1::2".parse().unwrap()),
        Just(mapped),
        Just(Ipv6Addr::LOCALHOST)
    ]
}

fn ports() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(22u16),
        Just(80),
        Just(443),
        Just(1024),
        Just(40000),
        any::<u16>()
    ]
}

fn leaf() -> impl Strategy<Value = Expr> {
    let side = prop_oneof![Just(Side::Source), Just(Side::Destination)];
    let addr = prop_oneof![
        Just(HostAddr::Any),
        (v4s(), 0u8..=32).prop_map(|(a, len)| HostAddr::Prefix {
            addr: IpAddr::V4(a),
            len
        }),
        (v6s(), 0u8..=128).prop_map(|(a, len)| HostAddr::Prefix {
            addr: IpAddr::V6(a),
            len
        }),
    ];
    let port = prop_oneof![Just(None), ports().prop_map(|p| Some(i32::from(p)))];
    let bound = prop_oneof![Just(Bound::AtLeast), Just(Bound::AtMost)];
    prop_oneof![
        (side.clone(), addr, port)
            .prop_map(|(s, addr, port)| Expr::Host(s, HostCond { addr, port })),
        (side, bound, ports()).prop_map(|(s, b, p)| Expr::Port(s, b, i32::from(p))),
        Just(Expr::Autobound),
        (0u32..4, 0u32..4).prop_map(|(value, mask)| Expr::Mark { value, mask }),
        (1u64..3).prop_map(|id| Expr::Cgroup(Cgroup::Id(id))),
        (1u32..3).prop_map(|i| Expr::Device(Device::Index(i))),
    ]
}

fn exprs() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(4, 24, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| Expr::Not(Box::new(a))),
        ]
    })
}

fn candidates() -> impl Strategy<Value = Candidate> {
    let ip = prop_oneof![v4s().prop_map(IpAddr::V4), v6s().prop_map(IpAddr::V6)];
    (
        ip.clone(),
        ports(),
        ip,
        ports(),
        0u32..3,
        0u32..4,
        0u64..3,
        any::<bool>(),
    )
        .prop_map(
            |(local, local_port, remote, remote_port, interface, mark, cgroup_id, auto)| {
                let remote = match (local, remote) {
                    (IpAddr::V4(_), IpAddr::V6(_)) => IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)),
                    (IpAddr::V6(_), IpAddr::V4(a)) => IpAddr::V6(a.to_ipv6_mapped()),
                    (_, r) => r,
                };
                Candidate {
                    family: AddressFamily::of(&local),
                    local,
                    local_port,
                    remote,
                    remote_port,
                    interface,
                    mark,
                    cgroup_id,
                    autobound: Some(auto),
                    local_name: None,
                    remote_name: None,
                }
            },
        )
}

const VOCABULARY: &[&str] = &[
    "(",
    ")",
    "!",
    "not",
    "and",
    "&",
    "&&",
    "or",
    "|",
    "||",
    "src",
    "dst",
    "sport",
    "dport",
    "dev",
    "fwmark",
    "cgroup",
    "autobound",
    "=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "eq",
    "ne",
    "lt",
    "gt",
    "le",
    "ge",
    "geq",
    "leq",
    "neq",
    ":22",
    ":*",
    "*",
    "10.0.0.0/8",
    "[::1]:443",
    "::1",
    "0x10/0xff",
    "lo",
    "/",
    "any",
    "inet6:[::1]",
    "1.2.3.4/33",
    "-1",
    "\\",
    "a\\ b",
    "[",
    "]",
    ":",
    "/",
    "0x",
    "4294967296",
    "99999999999999999999999",
    "state",
    "exclude",
    "all",
    "-",
];

proptest::proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn user_space_agrees_with_the_kernel(e in exprs(), c in candidates()) {
        let bc = compile_with_devices(&e);
        prop_assert!(!bc.is_empty());
        prop_assert_eq!(interpret(&bc, &c), e.matches(&c), "{:?} on {:?}: {}", e, c, hex(&bc));
        let plain = compile(&e);
        prop_assert!(plain.is_empty() || plain == bc);
    }

    #[test]
    fn random_words_never_panic(
        picks in proptest::collection::vec((0usize..VOCABULARY.len(), any::<bool>()), 0..12),
        junk in "[ -~]{0,24}",
    ) {
        let mut words: Vec<String> = Vec::new();
        for (i, glue) in picks {
            match words.last_mut() {
                Some(last) if glue => last.push_str(VOCABULARY[i]),
                _ => words.push(VOCABULARY[i].to_owned()),
            }
        }
        words.push(junk.clone());
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let _ = parse_states(&refs, StateSet::EMPTY);
        if let Ok(Some(e)) = Expr::parse(&refs) {
            let _ = compile(&e);
        }
        let _ = ParseOptions::default().parse_with_file(&refs, Some(&junk));
    }
}

#[test]
fn ss_user_space_check() {
    let v6 = Candidate {
        family: AddressFamily::Inet6,
        local: "2001:db8::1".parse().unwrap(),
        local_port: 5000,
        remote: "::ffff:10.0.0.1".parse().unwrap(),
        remote_port: 80,
        interface: 0,
        mark: 0,
        cgroup_id: 0,
        autobound: None,
        local_name: None,
        remote_name: None,
    };
    let both = |w: &str| {
        let e = p(w);
        (e.matches(&v6), e.matches_like_ss(&v6, 1024..=60999))
    };
    assert_eq!(both("src 0.0.0.0/0"), (false, true));
    assert_eq!(
        both("src 32.1.13.184"),
        (false, true),
        "the first 32 bits of 2001:db8::"
    );
    assert_eq!(both("dst 10.0.0.0/8"), (true, true), "IPv4-mapped");
    assert_eq!(both("src 2001:db8::/32"), (true, true));
    assert_eq!(both("autobound"), (false, true));
    assert_eq!(
        both("sport > :70000"),
        (true, false),
        "the kernel compares 70000 as 4464"
    );
}

#[test]
fn unix_names_like_ss() {
    // Captured: unix sockets made by a script in a fresh namespace, listed with
    // `ss -xaH WORDS` (iproute2 6.1): listeners /tmp/nlkA, /tmp/NLKb, /tmp/nlk-c and the
    // abstract @nlk-abs, an unnamed client, the socket accepted from /tmp/nlkA, and an
    // autobound datagram socket (@1bf7e).
    let names = [
        Some("/tmp/nlkA"),
        Some("/tmp/NLKb"),
        Some("/tmp/nlk-c"),
        Some("@nlk-abs"),
        None,
        Some("/tmp/nlkA"),
        Some("@1bf7e"),
    ];
    let cases: &[(&str, &[usize])] = &[
        ("src /tmp/nlk*", &[0, 1, 2, 5]),
        ("src unix:/TMP/NLK?", &[0, 1, 5]),
        ("src unix:/tmp/nlk[!a-z]", &[]),
        ("src unix:/tmp/nlk[-]c", &[2]),
        ("src *", &[0, 1, 2, 3, 4, 5, 6]),
        ("dst /tmp/nlkA", &[]),
        ("src @nlk*", &[3]),
        ("autobound", &[4, 6]),
        ("not src /tmp/*", &[3, 4, 6]),
        ("src unix:*nlk\\-c", &[2]),
    ];
    let opts = ParseOptions {
        family: AddressFamily::from(AF_UNIX),
        ..ParseOptions::default()
    };
    for (words, want) in cases {
        let e = opts.parse(&[words]).unwrap().expr.unwrap();
        let got: Vec<usize> = (0..names.len())
            .filter(|i| {
                let c = Candidate {
                    family: AddressFamily::from(AF_UNIX),
                    local: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
                    local_port: 0,
                    remote: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
                    remote_port: 0,
                    interface: 0,
                    mark: 0,
                    cgroup_id: 0,
                    autobound: None,
                    local_name: names[*i].map(str::to_owned),
                    remote_name: None,
                };
                e.matches_like_ss(&c, 1024..=4999)
            })
            .collect();
        assert_eq!(&got, want, "{words}");
    }
}

#[test]
fn limits() {
    // The deepest and the longest expressions nlkit reads, walked on a test thread's stack.
    let deep = format!(
        "{}autobound{}",
        "( ! ".repeat(MAX_NESTING / 2),
        " )".repeat(MAX_NESTING / 2)
    );
    let e = p(&deep);
    assert_eq!(compile(&e).len(), 4 + 4 * MAX_NESTING / 2);
    let long = vec!["sport = :1 or"; MAX_CONDITIONS - 1].join(" ") + " autobound";
    let e = p(&long);
    let c = Candidate {
        family: AddressFamily::Inet,
        local: IpAddr::V4(Ipv4Addr::LOCALHOST),
        local_port: 1,
        remote: IpAddr::V4(Ipv4Addr::LOCALHOST),
        remote_port: 2,
        interface: 0,
        mark: 0,
        cgroup_id: 0,
        autobound: None,
        local_name: None,
        remote_name: None,
    };
    let m = e.matches(&c);
    assert_eq!(m, e.matches_like_ss(&c, 1..=2));
    assert!(compile(&e).len() < 65536);
    assert_eq!(e.clone(), e);
    let _ = format!("{e:?}");
    let more = format!("{long} or autobound");
    assert_eq!(Expr::parse(&[&more]), Err(FilterError::TooComplex));
    let deeper = format!("! {deep}");
    assert_eq!(Expr::parse(&[&deeper]), Err(FilterError::TooComplex));
    // ss's own limit, with its words (ss -tan "$(printf '! %.0s' $(seq 9998)) autobound").
    let ss_limit = format!("{}autobound", "! ".repeat(9998));
    assert_eq!(
        Expr::parse(&[&ss_limit]).unwrap_err().to_string(),
        "ss: bison bellows (while parsing filter): \"memory exhausted!\" Sorry."
    );
}
