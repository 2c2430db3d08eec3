//! Socket diagnostics, as `ss -tni 'sport = :8080'` does it: in a fresh namespace, a TCP
//! listener on 127.0.0.1:8080 and two connections to it; then one `NETLINK_SOCK_DIAG` dump
//! of the namespace's TCP sockets in every state, filtered by the kernel with ss's filter
//! language compiled to `INET_DIAG_REQ_BYTECODE`, with `tcp_info` and the congestion
//! control asked for. Each socket is printed with its state, addresses, round-trip time and
//! congestion window.
//!
//! The namespace is anonymous: it disappears when the program ends; the host's network is
//! not touched. Run as root (CAP_SYS_ADMIN): `cargo run -p nlkit --example sockets`

use nlkit::engine::Conn;
use nlkit::rtnl::AddressFamily;
use nlkit::sock_diag::{self, filter, Extensions, InetProtocol, InetRequest, StateSet};
use nlkit::sys::{Netns, Protocol};
use std::error::Error;
use std::net::{TcpListener, TcpStream};

fn main() -> Result<(), Box<dyn Error>> {
    let ns = Netns::create().map_err(|e| format!("cannot create a namespace (root?): {e}"))?;
    // The sockets are made on a thread inside the namespace; they stay there when it ends.
    let sockets = ns.run(|| -> std::io::Result<_> {
        loopback_up()?;
        let listener = TcpListener::bind("127.0.0.1:8080")?;
        let clients = [
            TcpStream::connect("127.0.0.1:8080")?,
            TcpStream::connect("127.0.0.1:8080")?,
        ];
        let accepted = [listener.accept()?.0, listener.accept()?.0];
        Ok((listener, clients, accepted))
    })??;

    // ss's filter words, compiled for the kernel: only the server side of port 8080.
    let expr = filter::Expr::parse(&["sport", "=", ":8080"])?.expect("a filter");
    let mut request = InetRequest::new(AddressFamily::Inet, InetProtocol::Tcp, StateSet::ALL);
    request.extensions = Extensions::INFO | Extensions::CONG;
    request.bytecode = Some(filter::compile(&expr));

    let mut conn = Conn::new_in(&ns, Protocol::SockDiag)?;
    for socket in sock_diag::dump(&mut conn, &request)? {
        let s = socket?;
        let info = s.tcp_info.as_ref();
        println!(
            "{:<7} {}:{} -> {}:{}  rtt {} us  cwnd {}  {}",
            s.state.name(),
            s.local.address,
            s.local.port,
            s.remote.address,
            s.remote.port,
            info.and_then(|i| i.rtt()).unwrap_or(0),
            info.and_then(|i| i.snd_cwnd()).unwrap_or(0),
            s.congestion.as_deref().unwrap_or("-"),
        );
    }
    drop(sockets);
    Ok(())
}

/// `ip link set lo up` in the namespace of the calling thread (a fresh namespace's
/// loopback is down).
fn loopback_up() -> std::io::Result<()> {
    use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
    let mut conn = Conn::new(Protocol::Route).map_err(std::io::Error::other)?;
    let lo =
        nlkit::rtnl::get(&mut conn, &LinkQuery::by_name("lo")).map_err(std::io::Error::other)?;
    let mut up = LinkChange::of(lo.index);
    up.set_flag(LinkFlags::UP, true);
    nlkit::rtnl::apply(&mut conn, &up, nlkit::rtnl::Verb::Change).map_err(std::io::Error::other)?;
    Ok(())
}
