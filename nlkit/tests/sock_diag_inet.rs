//! `sock_diag` inet dumps, lookups, SOCK_DESTROY and destroy notifications against the
//! real kernel, each test in a fresh network namespace whose sockets are opened by helper
//! threads that entered it (`Netns::run`), or by a Python process run with `ip netns exec`
//! for raw sockets. Skipped with a printed reason without privileges; failing instead when
//! NLKIT_REQUIRE_NETNS=1.

use nlkit::engine::{Conn, Error};
use nlkit::rtnl::AddressFamily;
use nlkit::sock_diag::{
    self, destroy, inet, DestroyError, DestroyEvent, DestroyEvents, Extensions, InetProtocol,
    InetRequest, InetSocket, StateSet, TcpState, DESTROY_GROUPS,
};
use nlkit::sys::{errno, Protocol};
use nltestns::Netns;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

fn namespace(prefix: &str) -> Option<Netns> {
    let ns = Netns::new(prefix)?;
    ns.ip_ok(&["link", "set", "lo", "up"]);
    Some(ns)
}

/// A listener on `host`, a client connected to it and the accepted server side.
struct Pair {
    listener: TcpListener,
    client: TcpStream,
    server: TcpStream,
}

fn pair(ns: &Netns, host: &str) -> Pair {
    let host = host.to_owned();
    ns.handle()
        .run(move || {
            let listener = TcpListener::bind((host.as_str(), 0)).unwrap();
            let client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
            let (mut server, _) = listener.accept().unwrap();
            (&client).write_all(b"ping").unwrap();
            let mut buf = [0u8; 4];
            server.read_exact(&mut buf).unwrap();
            Pair {
                listener,
                client,
                server,
            }
        })
        .unwrap()
}

fn dump(conn: &mut Conn, request: &InetRequest) -> Vec<InetSocket> {
    sock_diag::dump(conn, request)
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn tcp(family: AddressFamily, states: StateSet) -> InetRequest {
    InetRequest::new(family, InetProtocol::Tcp, states)
}

fn find(all: &[InetSocket], local: SocketAddr, remote: Option<SocketAddr>) -> Option<&InetSocket> {
    all.iter().find(|s| {
        s.local.socket_addr() == local && remote.is_none_or(|r| s.remote.socket_addr() == r)
    })
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn tcp_listen_established_time_wait_v4_v6() {
    let Some(ns) = namespace("sd-inet-tcp") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::SockDiag);
    for (family, host) in [
        (AddressFamily::Inet, "127.0.0.1"),
        (AddressFamily::Inet6, "::1"),
    ] {
        let p = pair(&ns, host);
        let closing = pair(&ns, host);
        let (tw_local, tw_remote) = (
            closing.client.local_addr().unwrap(),
            closing.client.peer_addr().unwrap(),
        );
        // The client closes first: it is left in TIME-WAIT.
        drop(closing.client);
        drop(closing.server);
        let listen = p.listener.local_addr().unwrap();
        let client = p.client.local_addr().unwrap();
        let all = dump(&mut conn, &tcp(family, StateSet::ALL));
        assert!(all.iter().all(|s| s.family == family));
        let l = find(&all, listen, None).expect("the listener");
        assert_eq!((l.state, l.state.name()), (TcpState::Listen, "LISTEN"));
        assert_ne!(l.inode, 0);
        let c = find(&all, client, Some(listen)).expect("the client");
        assert_eq!(c.state, TcpState::Established);
        let s = find(&all, listen, Some(client)).expect("the server side");
        assert_eq!(s.state, TcpState::Established);
        wait_until("time-wait", || {
            let all = dump(&mut conn, &tcp(family, StateSet::of(TcpState::TimeWait)));
            find(&all, tw_local, Some(tw_remote)).is_some()
        });
        // The exact lookup of the client finds it, by identity and cookie.
        let got = inet::get(&mut conn, &InetRequest::for_socket(c, InetProtocol::Tcp)).unwrap();
        assert_eq!((got.cookie, got.inode), (c.cookie, c.inode));
        drop(p);
    }
}

#[test]
fn state_mask_filters_in_the_kernel() {
    let Some(ns) = namespace("sd-inet-states") else {
        return;
    };
    let _p = pair(&ns, "127.0.0.1");
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let listening = dump(
        &mut conn,
        &tcp(AddressFamily::Inet, StateSet::of(TcpState::Listen)),
    );
    assert_eq!(listening.len(), 1);
    assert_eq!(listening[0].state, TcpState::Listen);
    let est = dump(
        &mut conn,
        &tcp(AddressFamily::Inet, StateSet::of(TcpState::Established)),
    );
    assert_eq!(est.len(), 2);
    assert!(est.iter().all(|s| s.state == TcpState::Established));
    assert_eq!(
        dump(&mut conn, &tcp(AddressFamily::Inet, StateSet::DEFAULT)).len(),
        2
    );
    assert!(dump(&mut conn, &tcp(AddressFamily::Inet6, StateSet::ALL)).is_empty());
}

#[test]
fn extensions_tcp_info_memory_and_congestion() {
    let Some(ns) = namespace("sd-inet-ext") else {
        return;
    };
    let p = pair(&ns, "127.0.0.1");
    let default_cc = ns
        .handle()
        .run(|| std::fs::read_to_string("/proc/sys/net/ipv4/tcp_congestion_control"))
        .unwrap()
        .unwrap();
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let request = InetRequest {
        extensions: Extensions::INFO
            | Extensions::VEGASINFO
            | Extensions::CONG
            | Extensions::MEMINFO
            | Extensions::SKMEMINFO
            | Extensions::SHUTDOWN,
        ..tcp(AddressFamily::Inet, StateSet::of(TcpState::Established))
    };
    let all = dump(&mut conn, &request);
    let c = find(&all, p.client.local_addr().unwrap(), None).unwrap();
    let info = c.tcp_info.as_ref().expect("tcp_info");
    assert!(
        info.len() >= 104,
        "at least the 4.2 structure: {}",
        info.len()
    );
    assert_eq!(info.raw().len(), info.len());
    assert_eq!(info.tcp_state(), Some(TcpState::Established));
    assert_eq!(info.bytes_acked(), Some(5), "4 bytes and the SYN");
    assert!(info.rtt().unwrap() > 0);
    assert_eq!(c.congestion.as_deref(), Some(default_cc.trim()));
    let mem = c.skmeminfo.as_ref().unwrap();
    assert!(mem.0.len() >= 9 && mem.sndbuf().unwrap() > 0);
    assert!(c.meminfo.is_some());
    assert_eq!(c.shutdown, Some(0));
    p.client.shutdown(std::net::Shutdown::Write).unwrap();
    let all = dump(
        &mut conn,
        &InetRequest {
            states: StateSet::ALL,
            ..request
        },
    );
    let c = find(&all, p.client.local_addr().unwrap(), None).unwrap();
    assert_eq!((c.shut_receive(), c.shut_send()), (Some(false), Some(true)));
}

#[test]
fn udp_and_raw() {
    let Some(ns) = namespace("sd-inet-udp") else {
        return;
    };
    let (u4, u6) = ns
        .handle()
        .run(|| {
            let u4 = UdpSocket::bind("127.0.0.1:0").unwrap();
            let u6 = UdpSocket::bind("[::1]:0").unwrap();
            u6.connect("[::1]:9").unwrap();
            (u4, u6)
        })
        .unwrap();
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let all = |conn: &mut Conn, family, protocol| {
        dump(conn, &InetRequest::new(family, protocol, StateSet::ALL))
    };
    let v4 = all(&mut conn, AddressFamily::Inet, InetProtocol::Udp);
    let s = find(&v4, u4.local_addr().unwrap(), None).unwrap();
    assert_eq!(s.state.name(), "UNCONN");
    let v6 = all(&mut conn, AddressFamily::Inet6, InetProtocol::Udp);
    let s = find(&v6, u6.local_addr().unwrap(), None).unwrap();
    assert_eq!((s.state, s.remote.port), (TcpState::Established, 9));
    // Raw sockets need CONFIG_INET_RAW_DIAG; without it the kernel has no handler.
    let raw = InetRequest::new(AddressFamily::Inet, InetProtocol::Raw, StateSet::ALL);
    match sock_diag::dump(&mut conn, &raw).unwrap().next() {
        Some(Err(Error::Kernel(k))) if k.errno == errno::ENOENT => {
            eprintln!("raw sockets not checked: the kernel lacks CONFIG_INET_RAW_DIAG");
        }
        None => raw_socket_listed(&ns, &mut conn, &raw),
        other => panic!("unexpected raw dump answer: {other:?}"),
    }
}

/// An ICMP raw socket opened by Python in the namespace is listed with its protocol.
fn raw_socket_listed(ns: &Netns, conn: &mut Conn, raw: &InetRequest) {
    if !nltestns::tool("python3", "udp_and_raw") {
        return;
    }
    let mut child = std::process::Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c"])
        .arg("import socket,time\ns=socket.socket(socket.AF_INET,socket.SOCK_RAW,1)\nprint(1,flush=True)\ntime.sleep(30)")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = [0u8; 2];
    child.stdout.take().unwrap().read_exact(&mut line).unwrap();
    let found = dump(conn, raw);
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        found
            .iter()
            .any(|s| s.protocol == Some(InetProtocol::Other(1))),
        "{found:?}"
    );
}

/// An MPTCP listener on 127.0.0.1:4242 with one connection, kept open for 30 s.
const MPTCP: &str = "import socket,time
l=socket.socket(socket.AF_INET,socket.SOCK_STREAM,262)
l.bind(('127.0.0.1',4242)); l.listen(1)
c=socket.socket(socket.AF_INET,socket.SOCK_STREAM,262); c.connect(('127.0.0.1',4242))
s,_=l.accept(); c.sendall(b'x'); s.recv(1)
print(1,flush=True); time.sleep(30)";

#[test]
fn mptcp_sockets_and_their_subflows() {
    if !nltestns::tool("python3", "mptcp_sockets_and_their_subflows") {
        return;
    }
    let Some(ns) = namespace("sd-inet-mptcp") else {
        return;
    };
    let mut child = std::process::Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c", MPTCP])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = [0u8; 2];
    let ready = child.stdout.take().unwrap().read_exact(&mut line);
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let request = InetRequest {
        extensions: Extensions::INFO,
        ..InetRequest::new(AddressFamily::Inet, InetProtocol::Mptcp, StateSet::ALL)
    };
    let mptcp = dump(&mut conn, &request);
    let tcp_request = InetRequest {
        extensions: Extensions::INFO,
        ..tcp(AddressFamily::Inet, StateSet::ALL)
    };
    let tcp = dump(&mut conn, &tcp_request);
    let _ = child.kill();
    let _ = child.wait();
    ready.expect("the MPTCP script started");
    let listeners = mptcp.iter().filter(|s| s.state == TcpState::Listen).count();
    let established: Vec<_> = mptcp
        .iter()
        .filter(|s| s.state == TcpState::Established)
        .collect();
    assert_eq!((listeners, established.len()), (1, 2), "{mptcp:?}");
    let info = established[0].mptcp_info().expect("mptcp_info");
    assert_ne!(info.token, 0, "an established MPTCP connection has a token");
    // The TCP subflows carry the "mptcp" upper layer protocol (with INET_DIAG_INFO).
    let subflows = tcp
        .iter()
        .filter(|s| s.state == TcpState::Established)
        .filter(|s| s.ulp.as_ref().and_then(|u| u.name.as_deref()) == Some("mptcp"))
        .count();
    assert_eq!(subflows, 2, "{tcp:?}");
}

#[test]
fn destroy_closes_only_that_socket() {
    let Some(ns) = namespace("sd-inet-kill") else {
        return;
    };
    let victim = pair(&ns, "127.0.0.1");
    let other = pair(&ns, "127.0.0.1");
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let est = tcp(AddressFamily::Inet, StateSet::of(TcpState::Established));
    let all = dump(&mut conn, &est);
    let target = find(&all, victim.client.local_addr().unwrap(), None).unwrap();
    match destroy(&mut conn, target, InetProtocol::Tcp) {
        Ok(()) => {}
        Err(DestroyError::NotSupported(e)) => {
            eprintln!("SOCK_DESTROY not checked: the kernel lacks CONFIG_INET_DIAG_DESTROY ({e})");
            return;
        }
        Err(e) => panic!("destroy: {e}"),
    }
    let mut buf = [0u8; 1];
    let err = (&victim.client).read(&mut buf).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionAborted, "{err}");
    let after = dump(&mut conn, &est);
    assert!(find(&after, victim.client.local_addr().unwrap(), None).is_none());
    assert!(find(&after, other.client.local_addr().unwrap(), None).is_some());
    assert!(find(
        &after,
        other.server.local_addr().unwrap(),
        Some(other.client.local_addr().unwrap())
    )
    .is_some());
    // Destroying it again: it is gone.
    assert!(matches!(
        destroy(&mut conn, target, InetProtocol::Tcp),
        Err(DestroyError::NotFound(_))
    ));
}

#[test]
fn destroy_notifications_arrive() {
    let Some(ns) = namespace("sd-inet-events") else {
        return;
    };
    let mut events = DestroyEvents::new_in(ns.handle(), &DESTROY_GROUPS).unwrap();
    let udp = ns
        .handle()
        .run(|| {
            UdpSocket::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
        })
        .unwrap();
    wait_for_destroyed(&mut events, udp, InetProtocol::Udp);
    let p = pair(&ns, "::1");
    let client = p.client.local_addr().unwrap();
    drop(p);
    wait_for_destroyed(&mut events, client, InetProtocol::Tcp);
}

/// Reads destroy notifications until the one of the socket bound to `local`.
fn wait_for_destroyed(events: &mut DestroyEvents, local: SocketAddr, protocol: InetProtocol) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match events.next_event(Some(left)).unwrap() {
            Some(DestroyEvent::Socket(s)) if s.local.socket_addr() == local => {
                assert_eq!(s.family, AddressFamily::of(&local.ip()));
                assert_eq!(s.protocol, Some(protocol));
                return;
            }
            Some(_) => {}
            None => panic!("no destroy notification for {local}"),
        }
    }
}
