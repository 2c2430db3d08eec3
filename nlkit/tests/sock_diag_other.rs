//! sock_diag's unix, packet, netlink, XDP and vsock dumps, the process table and the async
//! dump against the real kernel, each test in a fresh network namespace: sockets made
//! there (by this process on a thread that entered the namespace, or by a python3 helper
//! run with `ip netns exec` and kept alive while the test dumps) are found with what the
//! kernel reports of them, and the unix dump lists what ss 6.1 lists (`ss -xap`: the
//! sockets and the processes holding them). Skipped with a printed reason without
//! privileges (or python3, ss); failing instead when NLKIT_REQUIRE_NETNS=1. The parsers
//! also take arbitrary and mutated replies (proptest, no privileges needed).

use nlkit::engine::Conn;
use nlkit::sock_diag::netlink::{NetlinkRequest, NetlinkShow, NetlinkState};
use nlkit::sock_diag::packet::{
    PacketInfoFlags, PacketRequest, PacketShow, PacketSocket, PacketType,
};
use nlkit::sock_diag::process::ProcessTable;
use nlkit::sock_diag::unix::{self, Shutdown, UnixRequest, UnixShow, UnixSocket, UnixType};
use nlkit::sock_diag::{self, vsock::VsockRequest, xdp::XdpRequest, DumpRequest};
use nlkit::sys::{errno::ENOENT, Protocol};
use nlkit::wire::sock_diag::Cookie;
use nlkit::wire::{Flags, MessageBuilder};
use nltestns::Netns;
use std::io::{BufRead, BufReader};
use std::os::fd::AsRawFd;
use std::os::linux::net::SocketAddrExt;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::{SocketAddr, UnixDatagram, UnixListener, UnixStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// The inode of this process's descriptor `fd` (a socket's inode).
fn inode_of(fd: &impl AsRawFd) -> u32 {
    let m = std::fs::metadata(format!("/proc/self/fd/{}", fd.as_raw_fd())).unwrap();
    u32::try_from(m.ino()).unwrap()
}

fn all<R: DumpRequest>(conn: &mut Conn, request: &R) -> Vec<R::Socket> {
    sock_diag::dump(conn, request)
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A python3 program run in the namespace, alive until dropped; it prints a line once its
/// sockets are made.
struct Helper {
    child: Child,
    line: String,
}

impl Helper {
    fn start(ns: &Netns, test: &str, script: &str) -> Option<Helper> {
        if !nltestns::tool("python3", test) {
            return None;
        }
        let mut child = Command::new("ip")
            .args(["netns", "exec", ns.name(), "python3", "-c", script])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("ip netns exec python3");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(!line.is_empty(), "the helper of {test} failed");
        Some(Helper { child, line })
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A folder for socket paths, removed on drop.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let p = std::env::temp_dir().join(format!("nlkit-sd-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Folder(p)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The sockets of `unix_sockets_in_a_namespace`, made inside the namespace.
struct UnixSet {
    listener: UnixListener,
    client: UnixStream,
    pair: (UnixStream, UnixStream),
    abstract_dgram: UnixDatagram,
    unnamed: UnixDatagram,
}

fn make_unix_set(ns: &Netns, folder: &Folder, abstract_name: &str) -> UnixSet {
    let path = folder.0.join("listen.sock");
    let abstract_name = abstract_name.to_owned();
    ns.handle()
        .run(move || {
            let listener = UnixListener::bind(&path).unwrap();
            let client = UnixStream::connect(&path).unwrap();
            let pair = UnixStream::pair().unwrap();
            pair.0.shutdown(std::net::Shutdown::Write).unwrap();
            let addr = SocketAddr::from_abstract_name(abstract_name.as_bytes()).unwrap();
            let abstract_dgram = UnixDatagram::bind_addr(&addr).unwrap();
            UnixSet {
                listener,
                client,
                pair,
                abstract_dgram,
                unnamed: UnixDatagram::unbound().unwrap(),
            }
        })
        .unwrap()
}

fn find(sockets: &[UnixSocket], inode: u32) -> &UnixSocket {
    sockets
        .iter()
        .find(|s| s.inode == inode)
        .unwrap_or_else(|| panic!("no socket {inode} in {sockets:#?}"))
}

#[test]
fn unix_sockets_in_a_namespace() {
    let Some(ns) = Netns::new("sd-unix") else {
        return;
    };
    let folder = Folder::new("unix");
    let name = format!("nlkit-abstract-{}", std::process::id());
    let set = make_unix_set(&ns, &folder, &name);
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let request = UnixRequest {
        show: UnixShow(0x7f),
        ..Default::default()
    };
    let sockets = all(&mut conn, &request);
    assert_eq!(sockets.len(), 6, "{sockets:#?}");
    for s in &sockets {
        assert!(s.unknown.is_empty() && s.malformed.is_empty(), "{s:?}");
        assert_eq!(s.uid, Some(0));
    }

    let listener = find(&sockets, inode_of(&set.listener));
    let path = folder.0.join("listen.sock");
    assert_eq!(
        (listener.socket_type, listener.state),
        (UnixType::Stream, 10)
    );
    assert_eq!(listener.display_name(), Some(path.display().to_string()));
    let vfs = listener.vfs.expect("vfs");
    assert_eq!(u64::from(vfs.ino), std::fs::metadata(&path).unwrap().ino());
    let client = inode_of(&set.client);
    assert_eq!(listener.icons.as_deref(), Some(&[client][..]), "pending");
    assert_eq!(listener.rqlen.map(|q| q.rqueue), Some(1));
    assert_eq!(find(&sockets, client).state, 1);

    let (a, b) = (inode_of(&set.pair.0), inode_of(&set.pair.1));
    assert_eq!(find(&sockets, a).peer, Some(b));
    assert_eq!(find(&sockets, b).peer, Some(a));
    assert_eq!(find(&sockets, a).shutdown, Some(Shutdown::SEND));
    assert_eq!(find(&sockets, b).shutdown, Some(Shutdown::RECEIVE));
    assert_eq!(find(&sockets, a).name, None, "a socketpair is unnamed");

    let abs = find(&sockets, inode_of(&set.abstract_dgram));
    assert_eq!(abs.socket_type.ss_name(), "u_dgr");
    assert_eq!(abs.display_name(), Some(format!("@{name}")));
    let unnamed = find(&sockets, inode_of(&set.unnamed));
    assert_eq!((unnamed.name.as_ref(), unnamed.state), (None, 7));

    // One socket: filtered here in a dump, asked of the kernel with `get`.
    let one = UnixRequest {
        inode: Some(a),
        ..Default::default()
    };
    let only = all(&mut conn, &one);
    assert_eq!((only.len(), only[0].inode), (1, a));
    let got = unix::get(&mut conn, a, only[0].cookie, UnixShow::PEER).unwrap();
    assert_eq!((got.inode, got.peer, got.name.as_ref()), (a, Some(b), None));
    let got = unix::get(&mut conn, b, Cookie::NONE, UnixShow::EMPTY).unwrap();
    assert_eq!((got.inode, got.peer), (b, None));
    let stale = unix::get(&mut conn, a, Cookie(only[0].cookie.0 ^ 1), UnixShow::EMPTY);
    assert_eq!(
        stale.unwrap_err().errno(),
        Some(116),
        "ESTALE: another cookie"
    );
    let gone = unix::get(&mut conn, u32::MAX - 1, Cookie::NONE, UnixShow::EMPTY);
    assert_eq!(gone.unwrap_err().errno(), Some(ENOENT));
    // The kernel filters by state: only the listener.
    let listening = UnixRequest {
        states: 1 << 10,
        ..Default::default()
    };
    let l = all(&mut conn, &listening);
    assert_eq!((l.len(), l[0].inode), (1, listener.inode));

    // This process holds them all.
    let table = ProcessTable::scan().unwrap();
    let me = std::process::id();
    let held = table.lookup(a);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(
        (held[0].pid, held[0].fd),
        (me, u32::try_from(set.pair.0.as_raw_fd()).unwrap())
    );
    let comm = std::fs::read_to_string("/proc/self/comm").unwrap();
    assert_eq!(held[0].command, comm.trim_end());
    assert!(table.lookup(u32::MAX - 1).is_empty());

    // A second descriptor of one socket: ss lists the last found first.
    let dup = set.pair.1.try_clone().unwrap();
    let table = ProcessTable::scan().unwrap();
    let fds: Vec<u32> = table.lookup(b).iter().map(|p| p.fd).collect();
    let (first, second) = (set.pair.1.as_raw_fd(), dup.as_raw_fd());
    assert_eq!(fds, [second, first].map(|fd| u32::try_from(fd).unwrap()));
    compare_with_ss(&ns, &sockets, &table);
}

/// `ss -xapH` in the namespace lists the same sockets (its local port column is the
/// inode), held by the processes the table finds, in the same order.
fn compare_with_ss(ns: &Netns, sockets: &[UnixSocket], table: &ProcessTable) {
    if !nltestns::tool("ss", "unix_sockets_in_a_namespace (ss)") {
        return;
    }
    let out = Command::new("ip")
        .args(["netns", "exec", ns.name(), "ss", "-xapH"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut theirs: Vec<(u32, String)> = text
        .lines()
        .filter_map(|l| {
            let inode = l.split_whitespace().nth(5)?.parse().ok()?;
            let users = l.find("users:(").map_or("", |at| &l[at..]);
            Some((inode, users.trim_end().to_owned()))
        })
        .collect();
    let mut ours: Vec<(u32, String)> = sockets
        .iter()
        .map(|s| {
            let held: Vec<String> = table
                .lookup(s.inode)
                .iter()
                .map(|p| format!("(\"{}\",pid={},fd={})", p.command, p.pid, p.fd))
                .collect();
            (s.inode, format!("users:({})", held.join(",")))
        })
        .collect();
    theirs.sort_unstable();
    ours.sort_unstable();
    assert_eq!(ours, theirs, "{text}");
}

const SEQPACKET: &str = "
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind(b'\\0nlkit-seq-' + str(os.getpid()).encode())
s.listen(1)
print(os.getpid(), flush=True)
sys.stdin.read()
";

#[test]
fn a_seqpacket_listener_of_another_process() {
    let Some(ns) = Netns::new("sd-seq") else {
        return;
    };
    let Some(helper) = Helper::start(&ns, "a_seqpacket_listener_of_another_process", SEQPACKET)
    else {
        return;
    };
    let pid: u32 = helper.line.trim().parse().unwrap();
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let sockets = all(&mut conn, &UnixRequest::default());
    assert_eq!(sockets.len(), 1, "{sockets:#?}");
    let s = &sockets[0];
    assert_eq!((s.socket_type, s.state), (UnixType::Seqpacket, 10));
    assert_eq!(s.socket_type.ss_name(), "u_seq");
    assert_eq!(s.display_name(), Some(format!("@nlkit-seq-{pid}")));
    let table = ProcessTable::scan().unwrap();
    let held = table.lookup(s.inode);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!((held[0].pid, held[0].command.as_str()), (pid, "python3"));
}

const PACKET: &str = "
import socket, struct, sys
raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
raw.bind(('lo', 0))
# PACKET_ADD_MEMBERSHIP: promiscuous on lo (ifindex 1); PACKET_RX_RING: one 4 KiB block.
raw.setsockopt(263, 1, struct.pack('iHH8s', 1, 1, 0, b''))
raw.setsockopt(263, 5, struct.pack('IIII', 4096, 1, 2048, 2))
cooked = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0800))
print('ready', flush=True)
sys.stdin.read()
";

#[test]
fn packet_sockets_bound_to_lo() {
    let Some(ns) = Netns::new("sd-packet") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let Some(_helper) = Helper::start(&ns, "packet_sockets_bound_to_lo", PACKET) else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let request = PacketRequest {
        show: PacketRequest::default().show | PacketShow::MCLIST,
        ..Default::default()
    };
    let sockets = all(&mut conn, &request);
    assert_eq!(sockets.len(), 2, "{sockets:#?}");
    let raw = sockets.iter().find(|s| s.protocol == 3).expect("ETH_P_ALL");
    assert_eq!(raw.socket_type, PacketType::Raw);
    let info = raw.info.as_ref().expect("info");
    assert_eq!(info.index, 1, "lo");
    assert!(info.info_flags().contains(PacketInfoFlags::RUNNING));
    assert!(raw.meminfo.is_some() && raw.filter.is_none() && raw.fanout.is_none());
    let mc = raw.mclist.as_deref().expect("mclist");
    assert_eq!(mc.len(), 1);
    assert_eq!(
        (mc[0].index, mc[0].mr_type, mc[0].count),
        (1, 1, 1),
        "PACKET_MR_PROMISC"
    );
    let ring = raw.rx_ring.as_ref().expect("rx ring");
    assert_eq!(
        (
            ring.block_size,
            ring.block_nr,
            ring.frame_size,
            ring.frame_nr
        ),
        (4096, 1, 2048, 2)
    );
    assert_eq!(raw.tx_ring, None);
    let cooked = sockets
        .iter()
        .find(|s| s.protocol == 0x0800)
        .expect("ETH_P_IP");
    assert_eq!(cooked.socket_type.ss_name(), "p_dgr");
    assert_eq!(cooked.info.as_ref().map(|i| i.index), Some(0));
    for s in &sockets {
        let mut b = MessageBuilder::new(sock_diag::SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(PacketSocket::parse(&b.finish().unwrap()[16..]).unwrap(), *s);
    }
}

#[test]
fn netlink_sockets_with_this_tests_own() {
    let Some(ns) = Netns::new("sd-netlink") else {
        return;
    };
    let route = ns.conn();
    route.socket().add_membership(1).unwrap();
    let mut conn = ns.conn_of(Protocol::SockDiag);
    let request = NetlinkRequest {
        protocol: Some(Protocol::Route),
        show: NetlinkShow::GROUPS | NetlinkShow::MEMINFO | NetlinkShow::FLAGS,
        ..Default::default()
    };
    let sockets = all(&mut conn, &request);
    assert!(sockets.iter().all(|s| s.protocol == Protocol::Route));
    let mine = sockets
        .iter()
        .find(|s| s.portid == route.port_id())
        .unwrap_or_else(|| panic!("port {} not in {sockets:#?}", route.port_id()));
    assert_eq!(mine.groups(), [1]);
    assert_eq!(mine.state, NetlinkState::Close);
    assert!(mine.flags.is_some() && mine.meminfo.is_some());
    assert!(sockets.iter().any(|s| s.portid == 0), "the kernel's socket");
    // Every protocol: the dump's own socket too.
    let every = all(&mut conn, &NetlinkRequest::default());
    assert!(every
        .iter()
        .any(|s| s.protocol == Protocol::SockDiag && s.portid == conn.port_id()));
}

/// Checks a dump of a family whose diag module this kernel lacks: the kernel answers
/// `ENOENT` (no handler for the family). A kernel that has it lists no socket in a fresh
/// namespace, which is reported.
fn no_handler<R: DumpRequest>(conn: &mut Conn, request: &R, family: &str)
where
    R::Socket: std::fmt::Debug,
{
    let answers: Vec<_> = sock_diag::dump(conn, request).unwrap().collect();
    match &answers[..] {
        [] => eprintln!("note: this kernel has {family} socket diag; no socket listed"),
        [Err(e)] => assert_eq!(e.errno(), Some(ENOENT), "{e:?}"),
        other => panic!("{family}: {other:?}"),
    }
}

/// XDP and vsock dumps: this kernel (6.18, without `CONFIG_XDP_SOCKETS_DIAG` and
/// `CONFIG_VSOCKETS_DIAG`) answers both with ENOENT, and the connection goes on.
#[test]
fn xdp_and_vsock_dumps_without_their_diag_modules() {
    let Some(ns) = Netns::new("sd-xdp-vsock") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::SockDiag);
    no_handler(&mut conn, &XdpRequest::default(), "XDP");
    no_handler(&mut conn, &VsockRequest::default(), "vsock");
    assert!(!all(&mut conn, &NetlinkRequest::default()).is_empty());
}

#[cfg(feature = "tokio")]
mod on_tokio {
    use super::*;
    use nlkit::tokio::Connection;

    async fn pair_is_found() {
        let Some(ns) = Netns::new("sd-tokio") else {
            return;
        };
        let pair = ns.handle().run(|| UnixStream::pair().unwrap()).unwrap();
        let (a, b) = (inode_of(&pair.0), inode_of(&pair.1));
        let conn = Connection::new_in(ns.handle(), Protocol::SockDiag).unwrap();
        let sockets = sock_diag::tokio::dump(&conn, &UnixRequest::default())
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(sockets.len(), 2);
        assert_eq!(find(&sockets, a).peer, Some(b));
        // The request's own filter applies to the stream too; two dumps run at once.
        let one = UnixRequest {
            inode: Some(b),
            ..Default::default()
        };
        let mut first = sock_diag::tokio::dump(&conn, &one).unwrap();
        let second = sock_diag::tokio::dump(&conn, &NetlinkRequest::default()).unwrap();
        let only = first.next().await.unwrap().unwrap();
        assert_eq!((only.inode, only.peer), (b, Some(a)));
        assert!(first.next().await.is_none());
        let netlink = second.try_collect().await.unwrap();
        assert!(netlink.iter().any(|s| s.portid == conn.port_id()));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_unix_dump_on_the_current_thread_runtime() {
        pair_is_found().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_unix_dump_on_the_multi_thread_runtime() {
        pair_is_found().await;
    }
}

/// Arbitrary and mutated replies through every parser of these families: never a panic;
/// what parses is emitted again and parses to the same socket.
mod parsers {
    use nlkit::sock_diag::netlink::NetlinkSocket;
    use nlkit::sock_diag::packet::PacketSocket;
    use nlkit::sock_diag::unix::UnixSocket;
    use nlkit::sock_diag::vsock::VsockSocket;
    use nlkit::sock_diag::xdp::XdpSocket;
    use nlkit::wire::{Flags, MessageBuilder, MessageIter};
    use proptest::prelude::*;

    macro_rules! again {
        ($t:ty, $data:expr) => {
            if let Ok(s) = <$t>::parse($data) {
                let mut b = MessageBuilder::new(20, Flags::NONE);
                s.emit(&mut b);
                if let Ok(bytes) = b.finish() {
                    prop_assert_eq!(<$t>::parse(&bytes[16..]).unwrap(), s);
                }
            }
        };
    }

    fn every(data: &[u8]) -> Result<(), TestCaseError> {
        again!(UnixSocket, data);
        again!(PacketSocket, data);
        again!(NetlinkSocket, data);
        again!(XdpSocket, data);
        again!(VsockSocket, data);
        Ok(())
    }

    /// The payloads of the captured fixtures.
    fn fixtures() -> Vec<Vec<u8>> {
        let files: [&[u8]; 3] = [
            include_bytes!("../src/sock_diag/fixtures/unix_dump.bin"),
            include_bytes!("../src/sock_diag/fixtures/packet_dump.bin"),
            include_bytes!("../src/sock_diag/fixtures/netlink_dump.bin"),
        ];
        files
            .iter()
            .flat_map(|f| MessageIter::new(f).map(|m| m.unwrap().payload().to_vec()))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_replies(data in proptest::collection::vec(any::<u8>(), 0..300)) {
            every(&data)?;
        }

        #[test]
        fn mutated_fixtures(pick in any::<usize>(), at in any::<usize>(), byte in any::<u8>(), cut in any::<usize>()) {
            let all = fixtures();
            let mut p = all[pick % all.len()].clone();
            let i = at % p.len();
            p[i] = byte;
            p.truncate(cut % (p.len() + 1));
            every(&p)?;
        }
    }
}
