//! Network namespaces without moving the calling thread: creates two namespaces, a veth
//! pair across them (one end in each), an address on each end, then shows each
//! namespace's links and addresses through connections opened inside it
//! (`Conn::new_in`). The program's own thread stays in its namespace throughout, which it
//! checks; `Netns::run` runs a closure on a helper thread inside a namespace.
//!
//! Both namespaces are anonymous: they disappear when the program ends, even on a crash;
//! the host's network is not touched. Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN):
//! `cargo run -p nlkit --example namespaces`

use nlkit::engine::Conn;
use nlkit::rtnl::addr::{Address, AddressFilter};
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFilter, LinkFlags, LinkQuery};
use nlkit::rtnl::{self, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::os::fd::{AsFd, AsRawFd};
use std::path::PathBuf;
use std::process::ExitCode;

/// The namespace of the calling thread, as the kernel names it (`net:[4026531840]`).
const THREAD_NS: &str = "/proc/thread-self/ns/net";

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

fn thread_namespace() -> std::io::Result<PathBuf> {
    std::fs::read_link(THREAD_NS)
}

/// `ip link add veth-a type veth peer name veth-b netns B`, from a connection in A.
fn add_pair_across(a: &mut Conn, b: &Netns) -> Result<(), Box<dyn Error>> {
    let mut peer = LinkChange::named("veth-b");
    // The descriptor of B's namespace file: it stays open (in `b`) until the kernel answers.
    peer.netns_fd = Some(b.as_fd().as_raw_fd());
    let mut pair = LinkChange::named("veth-a");
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(peer)));
    rtnl::apply(a, &pair, Verb::Add)?;
    Ok(())
}

/// `ip link set NAME up` and `ip address add CIDR dev NAME` in the connection's namespace.
fn configure(conn: &mut Conn, name: &str, ip: &str, len: u8) -> Result<(), Box<dyn Error>> {
    let index = rtnl::get(conn, &LinkQuery::by_name(name))?.index;
    let mut up = LinkChange::of(index);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    rtnl::apply(conn, &Address::new(index, ip.parse()?, len), Verb::Add)?;
    Ok(())
}

/// Each link of the connection's namespace with its addresses; a peer in the `other`
/// namespace is named by the id `other` has here.
fn show(label: &str, ns: &Netns, conn: &mut Conn, other: &Netns) -> Result<(), Box<dyn Error>> {
    // Netns::run: a helper thread enters the namespace, runs the closure, and ends.
    let inside = ns.run(thread_namespace)??;
    println!("namespace {label} ({}):", inside.display());
    let other_id = rtnl::nsid::of(conn, other)?;
    let links: Vec<_> = rtnl::dump(conn, &LinkFilter::default())?.collect::<Result<_, _>>()?;
    for l in links {
        // A link whose peer is in another namespace names that namespace by its id here.
        let peer = match (l.link, l.link_netnsid) {
            (Some(i), Some(id)) if Some(id) == other_id => {
                format!(" peer: link {i} of the other namespace (its id here: {id})")
            }
            (Some(i), Some(id)) => format!(" peer: link {i} of namespace id {id}"),
            _ => String::new(),
        };
        let of_link = AddressFilter {
            index: Some(l.index),
            ..Default::default()
        };
        let addresses: Vec<String> = rtnl::dump(conn, &of_link)?
            .filter_map(Result::ok)
            .filter_map(|a| Some(format!("{}/{}", a.local?, a.prefix_len)))
            .collect();
        let name = l.name.as_deref().unwrap_or("?");
        println!("  {}: {name} <{:?}>{peer}", l.index, l.flags);
        if !addresses.is_empty() {
            println!("      {}", addresses.join(" "));
        }
    }
    Ok(())
}

fn run() -> Result<(), Box<dyn Error>> {
    let before = thread_namespace()?;
    println!("this thread is in {}", before.display());
    let (ns_a, ns_b) = (private_namespace()?, private_namespace()?);
    // Connections made inside each namespace; the socket keeps its namespace for life.
    let mut a = Conn::new_in(&ns_a, Protocol::Route)?;
    let mut b = Conn::new_in(&ns_b, Protocol::Route)?;
    add_pair_across(&mut a, &ns_b)?;
    configure(&mut a, "veth-a", "10.1.0.1", 24)?;
    configure(&mut b, "veth-b", "10.1.0.2", 24)?;
    show("A", &ns_a, &mut a, &ns_b)?;
    show("B", &ns_b, &mut b, &ns_a)?;
    let after = thread_namespace()?;
    let moved = if after == before {
        "never moved"
    } else {
        "MOVED"
    };
    println!("this thread is in {} (it {moved})", after.display());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("namespaces: {e}");
            ExitCode::FAILURE
        }
    }
}
