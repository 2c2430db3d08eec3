//! The request engine: a sans-I/O state machine for the control rules, and the blocking
//! [`Conn`] that drives it.
//!
//! - [`Conn::execute`]: a change, answered by an ACK or an error with the kernel's text.
//! - [`Conn::request`]: a GET of one object.
//! - [`Conn::dump`]: a streaming dump in constant memory.
//! - [`Conn::pipeline`]: many requests in flight, each answer matched to its request.
//! - [`mux::Mux`]: the sans-I/O state of many requests on one socket, which the
//!   [`Pipeline`] and the tokio connection drive (and any other runtime can).
//! - [`Subscription`]: multicast notifications, with overruns reported (its datagram and
//!   message rules are sans-I/O, shared with the tokio subscription).
//!
//! The rules (see `exchange.rs`): only datagrams from the kernel (port 0) are read; only
//! messages with the request's sequence number and our port id belong to it; an error in
//! `NLMSG_DONE` or `NLMSG_ERROR` ends the request with the kernel's error; `NLM_F_DUMP_INTR`
//! on any message makes the dump end with `DumpInterrupted`; ENOBUFS and `NLMSG_OVERRUN`
//! become `Overrun`; every wait has a deadline.

mod conn;
mod error;
mod exchange;
pub mod mux;
mod pipeline;
#[cfg(test)]
pub(crate) mod scripted;
mod subscription;
mod transport;

#[cfg(test)]
mod tests;

#[cfg(feature = "tokio")]
pub(crate) use conn::{initial_sequence, is_route, locate, prepare};
pub use conn::{Ack, Conn, DecodedDump, Dump, Reply, DEFAULT_RECV_BUFFER, DEFAULT_TIMEOUT};
pub use error::{strerror, Error, KernelError, Result};
#[cfg(feature = "tokio")]
pub(crate) use pipeline::Ordered;
pub use pipeline::{AckMode, Completed, Pipeline, DEFAULT_BATCH_BYTES, DEFAULT_WINDOW};
#[cfg(any(feature = "ynl-ethtool", feature = "ynl-netdev"))]
pub(crate) use subscription::first_within;
#[cfg(feature = "tokio")]
pub(crate) use subscription::{join, NotificationReader, Step};
pub use subscription::{Notification, Subscription};
