//! Small request builders shared by the kernel tests (struct layouts from
//! linux/rtnetlink.h, linux/if_link.h, linux/if_addr.h).
#![allow(dead_code)]

use nlkit::rtnl::message_type::*;
use nlkit::wire::{Flags, MessageBuilder};
use std::net::Ipv4Addr;

pub const AF_INET: u8 = 2;
pub const IFF_UP: u32 = 1;
pub const RTA_DST: u16 = 1;
pub const RTA_OIF: u16 = 4;
pub const RTA_GATEWAY: u16 = 5;
pub const RTA_TABLE: u16 = 15;
pub const IFA_ADDRESS: u16 = 1;
pub const IFA_LOCAL: u16 = 2;
pub const IFLA_IFNAME: u16 = 3;
pub const RTN_UNICAST: u8 = 1;
pub const RTN_BLACKHOLE: u8 = 6;
pub const RT_TABLE_MAIN: u8 = 254;
pub const RTPROT_STATIC: u8 = 4;

/// `struct ifinfomsg`.
pub fn ifinfomsg(family: u8, index: i32, flags: u32, change: u32) -> Vec<u8> {
    let mut v = vec![family, 0, 0, 0];
    v.extend_from_slice(&index.to_ne_bytes());
    v.extend_from_slice(&flags.to_ne_bytes());
    v.extend_from_slice(&change.to_ne_bytes());
    v
}

/// `struct rtmsg`.
pub fn rtmsg(dst_len: u8, table: u8, protocol: u8, scope: u8, kind: u8) -> [u8; 12] {
    [
        AF_INET, dst_len, 0, 0, table, protocol, scope, kind, 0, 0, 0, 0,
    ]
}

/// `struct ifaddrmsg`.
pub fn ifaddrmsg(prefix_len: u8, index: u32) -> Vec<u8> {
    let mut v = vec![AF_INET, prefix_len, 0, 0];
    v.extend_from_slice(&index.to_ne_bytes());
    v
}

/// RTM_NEWLINK setting the loopback device (index 1) up.
pub fn lo_up() -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_bytes(&ifinfomsg(0, 1, IFF_UP, IFF_UP));
    b
}

/// A link dump request.
pub fn link_dump() -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
    b.push_bytes(&ifinfomsg(0, 0, 0, 0));
    b
}

/// An IPv4 route dump request.
pub fn route_dump() -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
    b.push_bytes(&rtmsg(0, 0, 0, 0, 0));
    b
}

/// An IPv4 address dump request.
pub fn addr_dump() -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETADDR, Flags::NONE);
    b.push_bytes(&ifaddrmsg(0, 0));
    b
}

/// The `i`-th /24 under 10.0.0.0/8.
pub fn prefix(i: u32) -> Ipv4Addr {
    Ipv4Addr::from(0x0a00_0000 | (i << 8))
}

/// Appends a blackhole route for `dst`/24 (table main) to a message started by the caller.
pub fn blackhole_route(b: &mut MessageBuilder, dst: Ipv4Addr) {
    b.push_bytes(&rtmsg(24, RT_TABLE_MAIN, RTPROT_STATIC, 0, RTN_BLACKHOLE));
    b.attr_ipv4(RTA_DST, dst);
}

/// Appends an address `a`/32 on lo.
pub fn lo_address(b: &mut MessageBuilder, a: Ipv4Addr) {
    b.push_bytes(&ifaddrmsg(32, 1));
    b.attr_ipv4(IFA_LOCAL, a).attr_ipv4(IFA_ADDRESS, a);
}

/// RTM_NEWROUTE flags for `ip route add`.
pub fn add_flags() -> Flags {
    Flags::CREATE | Flags::EXCL
}

/// Counts the messages of a dump, failing on any error.
pub fn count(conn: &mut nlkit::engine::Conn, req: &MessageBuilder) -> usize {
    let mut dump = conn.dump(req).expect("dump starts");
    let mut n = 0;
    while let Some(m) = dump.next_message() {
        m.expect("dump item");
        n += 1;
    }
    n
}
