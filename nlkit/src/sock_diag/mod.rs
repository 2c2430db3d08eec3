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
