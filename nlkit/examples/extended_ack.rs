//! Kernel errors with their extended ACK: three changes the kernel refuses, and for each the
//! errno, the kernel's message and the attribute of the request it points at (a path of
//! attribute types from the top level, as `KernelError::attribute` gives it).
//!
//! - a route via a gateway that no route reaches;
//! - an address on a device that does not exist (any more);
//! - a vxlan device whose VNI does not fit in 24 bits (an attribute nested two deep).
//!
//! Not every refusal points at an attribute: the kernel sets the offset only where its
//! code names the attribute at fault (`NL_SET_ERR_MSG_ATTR`).
//!
//! Everything happens in a network namespace the example creates for itself (anonymous: it
//! disappears when the program ends); the host's network is not touched.
//!
//! Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN): `cargo run -p nlkit --example extended_ack`

use nlkit::engine::{Ack, Conn, Error as NlError, KernelError};
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::link::attrs::{IFLA_INFO_DATA, IFLA_LINKINFO};
use nlkit::rtnl::link::kinds::vxlan::attrs::IFLA_VXLAN_ID;
use nlkit::rtnl::link::kinds::{Bridge, LinkKind, Vxlan};
use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::route::{attrs::RTA_GATEWAY, Route};
use nlkit::rtnl::{self, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::process::ExitCode;

/// The names of the attributes these requests send, for printing a path. (The attribute
/// ids mean different things in different requests, so a name needs the request's kind.)
const NAMES: [(u16, &str); 4] = [
    (RTA_GATEWAY, "RTA_GATEWAY"),
    (IFLA_LINKINFO, "IFLA_LINKINFO"),
    (IFLA_INFO_DATA, "IFLA_INFO_DATA"),
    (IFLA_VXLAN_ID, "IFLA_VXLAN_ID"),
];

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

/// `RTA_GATEWAY` style names for a path of attribute types (the number when unknown).
fn path_names(path: &[u16]) -> String {
    let name = |t: &u16| match NAMES.iter().find(|(id, _)| id == t) {
        Some((_, n)) => (*n).to_owned(),
        None => t.to_string(),
    };
    path.iter().map(name).collect::<Vec<_>>().join(" / ")
}

fn report(what: &str, result: Result<Ack, NlError>) {
    println!("{what}");
    let k: KernelError = match result {
        Ok(_) => return println!("    accepted (unexpected)"),
        Err(NlError::Kernel(k)) => k,
        Err(other) => return println!("    failed without a kernel error: {other}"),
    };
    println!("    errno:     {} ({})", k.errno, k.strerror());
    println!("    message:   {}", k.message().unwrap_or("(none)"));
    match &k.attribute {
        Some(path) => println!("    attribute: {}", path_names(path)),
        None => println!("    attribute: (not pointed at)"),
    }
    // Some requests (mostly generic netlink) are refused for a missing attribute.
    if let Some(missing) = k.ext_ack.missing_type.and_then(|t| u16::try_from(t).ok()) {
        println!("    missing:   {}", path_names(&[missing]));
    }
    println!("    as text:   {k}");
}

/// `ip route add 192.0.2.0/24 via 198.51.100.1 dev lo`: no route reaches the gateway.
fn unreachable_gateway(conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    let lo = rtnl::get(conn, &LinkQuery::by_name("lo"))?;
    let mut up = LinkChange::of(lo.index);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    let mut r = Route::to("192.0.2.0".parse()?, 24);
    r.gateway = Some("198.51.100.1".parse()?);
    r.output_interface = Some(lo.index);
    report(
        "route via an unreachable gateway:",
        rtnl::apply(conn, &r, Verb::Add),
    );
    Ok(())
}

/// An address on a device that is gone: a bridge is made and deleted, and its index used
/// afterwards.
fn missing_device(conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    let mut bridge = LinkChange::named("gone0");
    bridge.kind = Some(LinkKind::Bridge(Bridge::default()));
    rtnl::apply(conn, &bridge, Verb::Add)?;
    let index = rtnl::get(conn, &LinkQuery::by_name("gone0"))?.index;
    rtnl::apply(conn, &LinkChange::of(index), Verb::Delete)?;
    let a = Address::new(index, "192.0.2.1".parse()?, 24);
    report(
        "address on a missing device:",
        rtnl::apply(conn, &a, Verb::Add),
    );
    Ok(())
}

/// `ip link add vx0 type vxlan id 16777216 dstport 4789`: a VNI has 24 bits.
fn vni_too_large(conn: &mut Conn) {
    let mut vx = LinkChange::named("vx0");
    vx.kind = Some(LinkKind::Vxlan(Vxlan {
        id: Some(1 << 24),
        port: Some(4789),
        ..Default::default()
    }));
    report("vxlan VNI out of range:", rtnl::apply(conn, &vx, Verb::Add));
}

fn run() -> Result<(), Box<dyn Error>> {
    let ns = private_namespace()?;
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    unreachable_gateway(&mut conn)?;
    missing_device(&mut conn)?;
    vni_too_large(&mut conn);
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extended_ack: {e}");
            ExitCode::FAILURE
        }
    }
}
