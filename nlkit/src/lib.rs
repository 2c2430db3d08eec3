//! # nlkit: the Linux netlink toolkit
//!
//! A safe, fast netlink library: sockets of any protocol, the message format, a request
//! engine that never hangs and never hides a lost message, and (growing) typed rtnetlink.
//!
//! ```text
//!   rtnl (typed objects) ── rtnl::tokio ── usersock
//!            │                  │
//!         engine: Conn, Pipeline,     tokio: Connection, DumpStream,
//!                 Subscription           Pipeline (feature "tokio")
//!            │          └──── mux (many requests on one socket) ────┘
//!            │                 └─ exchange: the state machine of the control rules
//!     ┌──────┴──────┐
//!   wire (pure)    sys (the only unsafe: socket, options, namespaces, reactor)
//! ```
//!
//! ## Features
//! - `tokio` (off by default): the async half, [`tokio`] and [`rtnl::tokio`], on the same
//!   sans-I/O state machine as the blocking API. Sync users never compile tokio.
//!
//! ## The panic contract
//! Nothing in nlkit panics on input: bytes from the kernel or a peer, however malformed,
//! become [`wire::DecodeError`] or [`engine::Error`]. Builders never truncate; a value that
//! does not fit is a [`wire::BuildError`].
//!
//! ## Quick start
//! Every rtnetlink object (links, addresses, routes, neighbours, rules, nexthops, netconf,
//! nsids) is a typed struct with open enums and flag sets for its header fields, read and
//! changed through the same few operations of [`rtnl`]: [`rtnl::dump`] with a filter,
//! [`rtnl::get`] with a query, [`rtnl::apply`] with a [`rtnl::Verb`], [`rtnl::flush()`],
//! and typed [`rtnl::Event`]s from [`rtnl::Events`].
//!
//! The links, and the addresses of each (`ip address show`):
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, addr::AddressFilter, link::{LinkFilter, LinkFlags}};
//! use nlkit::sys::Protocol;
//!
//! let mut conn = Conn::new(Protocol::Route)?;
//! // A dump streams; collect the links to dump addresses on the same connection.
//! let links = rtnl::dump(&mut conn, &LinkFilter::default())?.collect::<Result<Vec<_>, _>>()?;
//! for link in &links {
//!     let state = if link.flags.contains(LinkFlags::UP) { "up" } else { "down" };
//!     println!("{}: {:?} mtu {:?} {state}", link.index, link.name, link.mtu);
//!     let of_this_link = AddressFilter { index: Some(link.index), ..Default::default() };
//!     for a in rtnl::dump(&mut conn, &of_this_link)? {
//!         let a = a?;
//!         println!("    {:?} {:?}/{} scope {:?}", a.family, a.local.or(a.address), a.prefix_len, a.scope);
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! A route (`ip route add 192.0.2.0/24 via 10.0.0.2 dev eth0 proto static`): an error is
//! the kernel's, with its errno and extended-ACK text.
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, link::LinkQuery, route::Route, RouteProtocol, RouteTable, Verb};
//! use nlkit::sys::{errno::EEXIST, Protocol};
//!
//! let mut conn = Conn::new(Protocol::Route)?;
//! let eth0 = rtnl::get(&mut conn, &LinkQuery::by_name("eth0"))?;
//! let mut r = Route::to("192.0.2.0".parse().unwrap(), 24); // table main, unicast
//! r.gateway = Some("10.0.0.2".parse().unwrap());
//! r.output_interface = Some(eth0.index);
//! r.protocol = RouteProtocol::Static;
//! assert_eq!(r.table, RouteTable::Main);
//! match rtnl::apply(&mut conn, &r, Verb::Add) {
//!     Ok(_) => println!("added"),
//!     Err(e) if e.errno() == Some(EEXIST) => println!("already there"),
//!     Err(e) => return Err(e), // e.g. "Nexthop has invalid gateway"
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Typed events (`ip monitor link route`); [`rtnl::mirror`] keeps a whole copy current.
//! ```no_run
//! use nlkit::rtnl::{groups_for, AnyObject, Event, Events, Kind};
//! use std::time::Duration;
//!
//! let mut events = Events::new(&groups_for(&[Kind::Link, Kind::Route], None))?;
//! while let Some(event) = events.next(Some(Duration::from_secs(10)))? {
//!     match event {
//!         Event::New(AnyObject::Route(r)) => println!("route {:?}/{}", r.destination, r.destination_len),
//!         Event::Deleted(AnyObject::Route(r)) => println!("route {:?} gone", r.destination),
//!         Event::New(AnyObject::Link(l)) => println!("link {:?} flags {:?}", l.name, l.flags),
//!         Event::Overrun => println!("events were lost: dump again"),
//!         _ => {}
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! ## Async (feature `tokio`)
//! One [`tokio::Connection`] is shared by as many tasks as like (it is `Clone`); their
//! requests are in flight at once and each answer reaches the task that asked. Nothing has
//! to be spawned, every wait has a deadline, and a future dropped half-way leaves the
//! connection usable.
//! See [`tokio`] for an example.
//! [`engine::mux`] is the poll-level API beneath it, for other runtimes.
//!
//! Below `rtnl`, [`engine::Conn`] runs requests of any netlink protocol (execute, request,
//! streaming dump, pipeline) built with [`wire::MessageBuilder`].
//!
//! Set `NLKIT_DEBUG=1` to get an annotated hex dump of every datagram sent and received on
//! stderr.
#![forbid(unsafe_op_in_unsafe_fn)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod engine;
pub mod genl;
pub mod rtnl;
pub mod sock_diag;
pub mod sys;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub mod tokio;
pub mod usersock;
pub mod wire;
#[cfg(feature = "ynl")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl")))]
pub mod ynl;
