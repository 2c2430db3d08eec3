//! Links and addresses, typed: creates a veth pair, brings it up, gives each end an IPv4 and
//! an IPv6 address, then lists the links and the addresses of each, as `ip address show`
//! does.
//!
//! Everything happens in a network namespace the example creates for itself (anonymous: it
//! disappears when the program ends, even on a crash); the host's network is not touched.
//!
//! Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN):
//! `cargo run -p nlkit --example links_and_addresses`

use nlkit::engine::Conn;
use nlkit::rtnl::addr::{Address, AddressFilter, AddressFlags};
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{Link, LinkChange, LinkFilter, LinkFlags, LinkQuery};
use nlkit::rtnl::{self, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::net::IpAddr;
use std::process::ExitCode;

/// The two ends of the pair and the addresses each gets.
const ENDS: [(&str, [&str; 2]); 2] = [
    ("veth0", ["10.0.0.1/24", "2001:db8::1/64"]),
    ("veth1", ["10.0.0.2/24", "2001:db8::2/64"]),
];

/// A fresh network namespace, or why there cannot be one.
fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

/// `ip link add veth0 type veth peer name veth1`
fn add_veth_pair(conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    let mut pair = LinkChange::named(ENDS[0].0);
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named(
        ENDS[1].0,
    ))));
    rtnl::apply(conn, &pair, Verb::Add)?;
    Ok(())
}

/// `ip link set NAME up`; returns the link's index.
fn set_up(conn: &mut Conn, name: &str) -> Result<u32, Box<dyn Error>> {
    let index = rtnl::get(conn, &LinkQuery::by_name(name))?.index;
    let mut up = LinkChange::of(index);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    Ok(index)
}

/// `ip address add ADDRESS/LEN dev INDEX` (IPv4 with `brd +`, IPv6 without duplicate
/// address detection, so that it is usable at once).
fn add_address(conn: &mut Conn, index: u32, cidr: &str) -> Result<(), Box<dyn Error>> {
    let (ip, len) = cidr.split_once('/').ok_or("an address needs /LEN")?;
    let ip: IpAddr = ip.parse()?;
    let mut a = Address::new(index, ip, len.parse()?);
    match ip {
        IpAddr::V4(_) => a.set_broadcast_from_prefix(true),
        IpAddr::V6(_) => a.flags = AddressFlags::NODAD,
    }
    rtnl::apply(conn, &a, Verb::Add)?;
    Ok(())
}

/// A hardware address as `aa:bb:cc:dd:ee:ff`.
fn hex(bytes: &[u8]) -> String {
    let parts: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    parts.join(":")
}

/// One link's first line, `ip`-like: `2: veth0@veth1: <...> mtu 1500 state UP`.
fn describe_link(l: &Link, links: &[Link]) -> String {
    let name = l.name.as_deref().unwrap_or("?");
    let peer = l
        .link
        .and_then(|i| links.iter().find(|p| p.index == i))
        .and_then(|p| p.name.as_deref())
        .map(|p| format!("@{p}"))
        .unwrap_or_default();
    let state = l.operstate.and_then(|s| s.name()).unwrap_or("UNKNOWN");
    let mtu = l.mtu.unwrap_or(0);
    let kind = l.kind().map(|k| format!(" ({k})")).unwrap_or_default();
    format!(
        "{}: {name}{peer}: <{:?}> mtu {mtu} state {state}{kind}",
        l.index, l.flags
    )
}

fn show(conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    // Collect the links first: a dump streams and holds the connection.
    let links: Vec<Link> = rtnl::dump(conn, &LinkFilter::default())?.collect::<Result<_, _>>()?;
    for l in &links {
        println!("{}", describe_link(l, &links));
        println!(
            "    link/{:?} {}",
            l.link_type,
            hex(l.address.as_deref().unwrap_or(&[]))
        );
        let of_this_link = AddressFilter {
            index: Some(l.index),
            ..Default::default()
        };
        for a in rtnl::dump(conn, &of_this_link)? {
            let a = a?;
            let ip = a
                .local
                .or(a.address)
                .map(|ip| ip.to_string())
                .unwrap_or_default();
            let brd = a.broadcast.map(|b| format!(" brd {b}")).unwrap_or_default();
            println!(
                "    {:?} {ip}/{}{brd} scope {:?} flags {:?}",
                a.family, a.prefix_len, a.scope, a.flags
            );
        }
    }
    Ok(())
}

fn run() -> Result<(), Box<dyn Error>> {
    let ns = private_namespace()?;
    // A connection made inside the namespace; this thread stays where it is.
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    add_veth_pair(&mut conn)?;
    set_up(&mut conn, "lo")?;
    for (name, addresses) in ENDS {
        let index = set_up(&mut conn, name)?;
        for cidr in addresses {
            add_address(&mut conn, index, cidr)?;
        }
    }
    show(&mut conn)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("links_and_addresses: {e}");
            ExitCode::FAILURE
        }
    }
}
