//! Values that several rtnetlink objects share, as open enums: the address family, the
//! route scope, protocol, type and table (linux/socket.h, linux/rtnetlink.h). Each keeps
//! values nlkit has no name for in `Other(raw)`.

crate::open_enum! {
    /// An address family (`AF_*`, linux/socket.h), as the `u8` rtnetlink headers carry.
    pub enum AddressFamily: u8 {
        /// `AF_UNSPEC`: any family.
        Unspec = 0,
        /// `AF_INET`: IPv4.
        Inet = 2,
        /// `AF_BRIDGE`: bridge ports, forwarding database.
        Bridge = 7,
        /// `AF_INET6`: IPv6.
        Inet6 = 10,
        /// `AF_PACKET`.
        Packet = 17,
        /// `AF_MPLS`.
        Mpls = 28,
    }
}

impl AddressFamily {
    /// The family of an IP address.
    pub fn of(address: &std::net::IpAddr) -> AddressFamily {
        match address {
            std::net::IpAddr::V4(_) => AddressFamily::Inet,
            std::net::IpAddr::V6(_) => AddressFamily::Inet6,
        }
    }

    /// The length in bits of this family's addresses (IPv4 32, IPv6 128, MPLS 20).
    pub fn address_bits(self) -> Option<u8> {
        match self {
            AddressFamily::Inet => Some(32),
            AddressFamily::Inet6 => Some(128),
            AddressFamily::Mpls => Some(20),
            _ => None,
        }
    }
}

crate::open_enum! {
    /// How far a route or address reaches (`RT_SCOPE_*`).
    pub enum Scope: u8 {
        /// `RT_SCOPE_UNIVERSE`: global.
        Universe = 0,
        /// `RT_SCOPE_SITE`.
        Site = 200,
        /// `RT_SCOPE_LINK`: on the link only.
        Link = 253,
        /// `RT_SCOPE_HOST`: this host only.
        Host = 254,
        /// `RT_SCOPE_NOWHERE`.
        Nowhere = 255,
    }
}

crate::open_enum! {
    /// Who installed a route, rule, nexthop or neighbour (`RTPROT_*`).
    pub enum RouteProtocol: u8 {
        /// `RTPROT_UNSPEC`.
        Unspec = 0,
        /// `RTPROT_REDIRECT`: an ICMP redirect.
        Redirect = 1,
        /// `RTPROT_KERNEL`: the kernel.
        Kernel = 2,
        /// `RTPROT_BOOT`: during boot (`ip route add` without `proto`).
        Boot = 3,
        /// `RTPROT_STATIC`: the administrator.
        Static = 4,
        /// `RTPROT_GATED`.
        Gated = 8,
        /// `RTPROT_RA`: a router advertisement.
        Ra = 9,
        /// `RTPROT_MRT`.
        Mrt = 10,
        /// `RTPROT_ZEBRA`.
        Zebra = 11,
        /// `RTPROT_BIRD`.
        Bird = 12,
        /// `RTPROT_DNROUTED`.
        Dnrouted = 13,
        /// `RTPROT_XORP`.
        Xorp = 14,
        /// `RTPROT_NTK`.
        Ntk = 15,
        /// `RTPROT_DHCP`.
        Dhcp = 16,
        /// `RTPROT_MROUTED`.
        Mrouted = 17,
        /// `RTPROT_KEEPALIVED`.
        Keepalived = 18,
        /// `RTPROT_BABEL`.
        Babel = 42,
        /// `RTPROT_OPENR`.
        Openr = 99,
        /// `RTPROT_BGP`.
        Bgp = 186,
        /// `RTPROT_ISIS`.
        Isis = 187,
        /// `RTPROT_OSPF`.
        Ospf = 188,
        /// `RTPROT_RIP`.
        Rip = 189,
        /// `RTPROT_EIGRP`.
        Eigrp = 192,
    }
}

crate::open_enum! {
    /// What a route (or a neighbour entry, or a rule action) does with a packet (`RTN_*`).
    pub enum RouteType: u8 {
        /// `RTN_UNSPEC`.
        Unspec = 0,
        /// `RTN_UNICAST`: a gateway or direct route.
        Unicast = 1,
        /// `RTN_LOCAL`: an address of this host.
        Local = 2,
        /// `RTN_BROADCAST`: sent as broadcast.
        Broadcast = 3,
        /// `RTN_ANYCAST`.
        Anycast = 4,
        /// `RTN_MULTICAST`.
        Multicast = 5,
        /// `RTN_BLACKHOLE`: dropped.
        Blackhole = 6,
        /// `RTN_UNREACHABLE`: refused with "network unreachable".
        Unreachable = 7,
        /// `RTN_PROHIBIT`: refused with "prohibited".
        Prohibit = 8,
        /// `RTN_THROW`: look further in the next rule.
        Throw = 9,
        /// `RTN_NAT`.
        Nat = 10,
        /// `RTN_XRESOLVE`.
        Xresolve = 11,
    }
}

crate::open_enum! {
    /// A routing table id (`RT_TABLE_*`; any other number is a table of its own).
    pub enum RouteTable: u32 {
        /// `RT_TABLE_UNSPEC` (in a dump filter: every table).
        Unspec = 0,
        /// `RT_TABLE_COMPAT`: what `rtm_table` says for ids of 256 and more.
        Compat = 252,
        /// `RT_TABLE_DEFAULT`.
        Default = 253,
        /// `RT_TABLE_MAIN`.
        Main = 254,
        /// `RT_TABLE_LOCAL`.
        Local = 255,
    }
}

impl RouteTable {
    /// The 8-bit `rtm_table` for this id: the id when it fits, else `RT_TABLE_COMPAT`.
    pub fn header_byte(self) -> u8 {
        u8::try_from(u32::from(self)).unwrap_or(252)
    }

    /// The table of a message: the 32-bit attribute (`RTA_TABLE`, `FRA_TABLE`) when
    /// present, else the header's 8 bits.
    pub fn of(attribute: Option<u32>, header: u8) -> RouteTable {
        RouteTable::from(attribute.unwrap_or(u32::from(header)))
    }
}

crate::flag_set! {
    /// Flags of a nexthop or a route path (`RTNH_F_*`): in `rtnexthop`, `nhmsg` and the low
    /// byte of a single-path route's `rtm_flags`.
    pub struct NexthopFlags: u32 {
        /// `RTNH_F_DEAD`: the nexthop is dead (its device is down).
        const DEAD = 1;
        /// `RTNH_F_PERVASIVE`.
        const PERVASIVE = 2;
        /// `RTNH_F_ONLINK`: the gateway is on the link, whatever the subnets say.
        const ONLINK = 4;
        /// `RTNH_F_OFFLOAD`: offloaded to hardware.
        const OFFLOAD = 8;
        /// `RTNH_F_LINKDOWN`: the device has no carrier.
        const LINKDOWN = 16;
        /// `RTNH_F_UNRESOLVED`: the gateway is not resolved.
        const UNRESOLVED = 32;
        /// `RTNH_F_TRAP`: trapping packets to the CPU.
        const TRAP = 64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_enums_keep_unknown_values() {
        assert_eq!(AddressFamily::from(2), AddressFamily::Inet);
        assert_eq!(AddressFamily::from(44), AddressFamily::Other(44));
        assert_eq!(u8::from(AddressFamily::Other(44)), 44);
        assert_eq!(RouteTable::from(1000).header_byte(), 252);
        assert_eq!(RouteTable::Main.header_byte(), 254);
        assert_eq!(RouteTable::of(None, 254), RouteTable::Main);
        assert_eq!(RouteTable::of(Some(1000), 252), RouteTable::Other(1000));
        assert_eq!(Scope::default(), Scope::Universe);
        assert_eq!(RouteProtocol::from(4), RouteProtocol::Static);
    }
}
