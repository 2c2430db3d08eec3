//! The syscall layer: the only module of nlkit with `unsafe`.
//!
//! [`Socket`] owns an `OwnedFd` (always `SOCK_CLOEXEC`); socket options are typed methods;
//! receiving never hands a truncated datagram to a caller; [`netns`] opens, creates and
//! enters network namespaces without moving the calling thread. Each function names the
//! syscall and its man page; each `unsafe` block says why it is sound.
#![allow(unsafe_code)]

pub mod netns;
mod terminal;
pub mod tun;

pub use terminal::terminal_width;

/// errno values the rest of nlkit (and its users) compare against.
pub mod errno {
    #![allow(missing_docs)]
    pub use libc::{
        EADDRNOTAVAIL, EAGAIN, EBUSY, ECONNREFUSED, EEXIST, EINTR, EINVAL, ENETUNREACH, ENOBUFS,
        ENODEV, ENOENT, EOPNOTSUPP, EPERM, ESRCH,
    };
}
#[cfg(feature = "tokio")]
pub(crate) mod reactor;
mod socket;

pub use netns::Netns;
pub use socket::{Received, Socket, Truncated, MIN_RECV_BUFFER};

crate::open_enum! {
    /// A netlink protocol (the third argument of `socket(AF_NETLINK, ...)`, linux/netlink.h).
    pub enum Protocol: i32 {
        /// `NETLINK_ROUTE`: links, addresses, routes, neighbours, rules, nexthops.
        Route = 0,
        /// `NETLINK_USERSOCK`: reserved for protocols between user programs.
        Usersock = 2,
        /// `NETLINK_FIREWALL` (obsolete).
        Firewall = 3,
        /// `NETLINK_SOCK_DIAG`: socket monitoring.
        SockDiag = 4,
        /// `NETLINK_NFLOG`.
        Nflog = 5,
        /// `NETLINK_XFRM`: IPsec.
        Xfrm = 6,
        /// `NETLINK_SELINUX`.
        Selinux = 7,
        /// `NETLINK_ISCSI`.
        Iscsi = 8,
        /// `NETLINK_AUDIT`.
        Audit = 9,
        /// `NETLINK_FIB_LOOKUP`.
        FibLookup = 10,
        /// `NETLINK_CONNECTOR`.
        Connector = 11,
        /// `NETLINK_NETFILTER`.
        Netfilter = 12,
        /// `NETLINK_IP6_FW`.
        Ip6Fw = 13,
        /// `NETLINK_DNRTMSG`.
        Dnrtmsg = 14,
        /// `NETLINK_KOBJECT_UEVENT`: kernel uevents.
        KobjectUevent = 15,
        /// `NETLINK_GENERIC`: generic netlink families.
        Generic = 16,
        /// `NETLINK_SCSITRANSPORT`.
        ScsiTransport = 18,
        /// `NETLINK_ECRYPTFS`.
        Ecryptfs = 19,
        /// `NETLINK_RDMA`.
        Rdma = 20,
        /// `NETLINK_CRYPTO`.
        Crypto = 21,
        /// `NETLINK_SMC`.
        Smc = 22,
    }
}
