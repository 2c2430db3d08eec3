//! Small typed request builders shared by the kernel tests.
#![allow(dead_code)]

use nlkit::engine::Conn;
use nlkit::rtnl::addr::{Address, AddressFilter};
use nlkit::rtnl::link::{LinkChange, LinkFilter, LinkFlags};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{AddressFamily, Change, Filter, RouteProtocol, RouteType, Verb};
use nlkit::wire::MessageBuilder;
use std::net::Ipv4Addr;

/// `ip link set lo up` (the loopback device is index 1).
pub fn lo_up() -> MessageBuilder {
    let mut lo = LinkChange::of(1);
    lo.set_flag(LinkFlags::UP, true);
    lo.request(Verb::Change)
}

/// A link dump request.
pub fn link_dump() -> MessageBuilder {
    LinkFilter::default().request()
}

/// An IPv4 route dump request (every table).
pub fn route_dump() -> MessageBuilder {
    ipv4_routes().request()
}

/// The IPv4 routes of every table.
pub fn ipv4_routes() -> RouteFilter {
    RouteFilter {
        family: Some(AddressFamily::Inet),
        ..Default::default()
    }
}

/// An IPv4 address dump request.
pub fn addr_dump() -> MessageBuilder {
    AddressFilter {
        family: Some(AddressFamily::Inet),
        ..Default::default()
    }
    .request()
}

/// The `i`-th /24 under 10.0.0.0/8.
pub fn prefix(i: u32) -> Ipv4Addr {
    Ipv4Addr::from(0x0a00_0000 | (i << 8))
}

/// A blackhole route for `dst`/24 in table main, protocol static.
pub fn blackhole(dst: Ipv4Addr) -> Route {
    let mut r = Route::to(dst.into(), 24);
    r.protocol = RouteProtocol::Static;
    r.route_type = RouteType::Blackhole;
    r
}

/// `ip route add blackhole DST/24 proto static`.
pub fn add_blackhole(dst: Ipv4Addr) -> MessageBuilder {
    blackhole(dst).request(Verb::Add)
}

/// `ip address add A/32 dev lo`.
pub fn add_lo_address(a: Ipv4Addr) -> MessageBuilder {
    Address::new(1, a.into(), 32).request(Verb::Add)
}

/// Counts the messages of a dump, failing on any error.
pub fn count(conn: &mut Conn, req: &MessageBuilder) -> usize {
    let mut dump = conn.dump(req).expect("dump starts");
    let mut n = 0;
    while let Some(m) = dump.next_message() {
        m.expect("dump item");
        n += 1;
    }
    n
}
