//! `NETLINK_SOCK_DIAG`: the sockets of a network namespace, as `ss` lists them.
//!
//! One request message, `SOCK_DIAG_BY_FAMILY`, dumps the sockets of one address family;
//! each family has its own request and reply structures (linux/sock_diag.h,
//! inet_diag.h, unix_diag.h, packet_diag.h, netlink_diag.h, xdp_diag.h). Each family here is
//! a [`DumpRequest`]: the request the kernel filters with, the typed socket it answers
//! with, and the part of the filter the kernel cannot apply, checked here. [`dump`] streams
//! the sockets of any of them in constant memory.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag;
//! # fn show<R: sock_diag::DumpRequest>(request: R) -> Result<(), nlkit::engine::Error>
//! # where R::Socket: std::fmt::Debug {
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for socket in sock_diag::dump(&mut conn, &request)? {
//!     println!("{:?}", socket?);
//! }
//! # Ok(()) }
//! ```

pub mod filter;
mod request;

pub use request::{dump, DumpRequest, Sockets, SOCK_DESTROY, SOCK_DIAG_BY_FAMILY};

// Inet sockets (TCP, UDP, raw, MPTCP, SCTP, DCCP), their information attributes,
// SOCK_DESTROY and the destroy notifications.
pub mod destroy;
pub mod inet;
pub mod info;
pub mod tcp_info;
pub use crate::wire::sock_diag::SkMeminfo;
pub use destroy::{destroy, DestroyError, DestroyEvent, DestroyEvents, DESTROY_GROUPS};
pub use inet::{
    CompatRequest, Extensions, InetEndpoint, InetProtocol, InetRequest, InetSocket, StateSet,
    TcpState, Timer,
};
pub use info::UlpInfo;
pub use tcp_info::{CaState, TcpInfo, TcpInfoOptions};

// The other families (unix, packet, netlink, XDP, vsock), the process lookup of `ss -p`
// and the async dump.
pub mod netlink;
pub mod packet;
pub mod process;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub mod tokio;
pub mod unix;
pub mod vsock;
pub mod xdp;
