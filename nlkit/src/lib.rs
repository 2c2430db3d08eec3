//! # nlkit: the Linux netlink toolkit
//!
//! A safe, fast netlink library: sockets of any protocol, the message format, a request
//! engine that never hangs and never hides a lost message, and (growing) typed rtnetlink.
//!
//! ```text
//!   rtnl (typed objects) ── usersock
//!            │
//!         engine: Conn (execute / request / dump / pipeline), Subscription
//!            │          └─ exchange: the sans-I/O state machine of the control rules
//!     ┌──────┴──────┐
//!   wire (pure)    sys (the only unsafe: socket, options, namespaces)
//! ```
//!
//! ## The panic contract
//! Nothing in nlkit panics on input: bytes from the kernel or a peer, however malformed,
//! become [`wire::DecodeError`] or [`engine::Error`]. Builders never truncate; a value that
//! does not fit is a [`wire::BuildError`].
//!
//! ## Quick start
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::message_type::RTM_GETLINK;
//! use nlkit::sys::Protocol;
//! use nlkit::wire::{AttrIter, Flags, MessageBuilder};
//!
//! let mut conn = Conn::new(Protocol::Route)?;
//! let mut req = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
//! req.push_bytes(&[0u8; 16]); // struct ifinfomsg
//! let mut dump = conn.dump(&req)?;
//! while let Some(msg) = dump.next_message() {
//!     let msg = msg?;
//!     for attr in AttrIter::new(msg.payload_after(16)?) {
//!         let attr = attr?;
//!         if attr.kind() == 3 {
//!             println!("link {}", attr.string()?); // IFLA_IFNAME
//!         }
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Set `NLKIT_DEBUG=1` to get an annotated hex dump of every datagram sent and received on
//! stderr.
#![forbid(unsafe_op_in_unsafe_fn)]

pub mod engine;
pub mod rtnl;
pub mod sys;
pub mod usersock;
pub mod wire;
