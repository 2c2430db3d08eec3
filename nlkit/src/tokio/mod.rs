//! The async half of the engine, on tokio (feature `tokio`).
//!
//! The same sans-I/O rules as the blocking API ([`crate::engine::mux`] routes answers,
//! the exchange state machine reads them); only the waiting differs.
//!
//! - [`Connection`]: cheap to clone and shared by many tasks; [`Connection::execute`],
//!   [`Connection::request`], [`Connection::dump`] (a streamed [`DumpStream`]) and
//!   [`Connection::pipeline`] (an async [`Pipeline`]). Answers are routed to their request
//!   by sequence number, whatever the order the tasks poll in.
//! - [`Subscription`]: multicast notifications, with overruns as items, read by the same
//!   rules as [`crate::engine::Subscription`]; typed, as a `Stream`, in
//!   [`crate::rtnl::tokio::Events`] (and [`crate::rtnl::tokio::Mirror`] on top).
//! - Namespaces: `new_in(&Netns, ..)` makes the socket on a short-lived thread, so no
//!   runtime thread ever calls setns.
//!
//! Works on the current-thread and the multi-thread runtime; nothing has to be spawned
//! (the futures drive the socket themselves). Every wait has a deadline. A future dropped
//! half-way leaves the connection usable: the rest of its answer is read and dropped.
//!
//! Typed rtnetlink on top of it is in [`crate::rtnl::tokio`]:
//! ```no_run
//! use nlkit::rtnl::{self, link::LinkFilter, route::Route, RouteType, Verb};
//! use nlkit::sys::Protocol;
//! use nlkit::tokio::Connection;
//!
//! # async fn f() -> Result<(), nlkit::engine::Error> {
//! let conn = Connection::new(Protocol::Route)?;
//! let mut tasks = Vec::new();
//! for i in 0..100u8 {
//!     let conn = conn.clone();
//!     tasks.push(tokio::spawn(async move {
//!         let mut r = Route::to(std::net::Ipv4Addr::new(10, i, 0, 0).into(), 16);
//!         r.route_type = RouteType::Blackhole;
//!         rtnl::tokio::apply(&conn, &r, Verb::Add).await
//!     }));
//! }
//! let mut links = rtnl::tokio::dump(&conn, &LinkFilter::default())?; // streamed
//! while let Some(link) = links.next().await {
//!     println!("{:?}", link?.name);
//! }
//! # Ok(()) }
//! ```
//!
//! Another runtime can drive the same state machine: see [`crate::engine::mux`].

mod conn;
mod dump;
mod io;
mod pipeline;
mod subscription;

#[cfg(test)]
mod tests;

pub use conn::Connection;
pub use dump::{DumpStream, NextItem};
pub use pipeline::Pipeline;
pub use subscription::Subscription;
