//! Typed rtnetlink on tokio (feature `tokio`): the same operations as [`crate::rtnl`]
//! ([`dump`], [`get`], [`apply`], [`apply_echo`]) on a shared
//! [`crate::tokio::Connection`].
//!
//! - [`Events`]: typed events (a `Stream`, overruns as [`Event::Overrun`] items), decoded
//!   as the blocking [`crate::rtnl::Events`] decodes them.
//! - [`Mirror`]: the live copy of a namespace's state, on the same core as
//!   [`crate::rtnl::mirror::Mirror`] (it resyncs by itself after an overrun).
//!
//! ```no_run
//! # async fn f() -> Result<(), nlkit::engine::Error> {
//! use nlkit::rtnl::{self, link::LinkFilter, route::Route, RouteType, Verb};
//! use nlkit::sys::Protocol;
//! use nlkit::tokio::Connection;
//! let conn = Connection::new(Protocol::Route)?;
//! let mut links = rtnl::tokio::dump(&conn, &LinkFilter::default())?;
//! while let Some(link) = links.next().await {
//!     println!("{:?}", link?.name);
//! }
//! let mut r = Route::to("192.0.2.0".parse().unwrap(), 24);
//! r.route_type = RouteType::Blackhole;
//! rtnl::tokio::apply(&conn, &r, Verb::Add).await?;
//! # Ok(()) }
//! ```

mod events;
mod mirror;

pub use events::Events;
pub use mirror::Mirror;

use super::event::Event;
use super::object::{Change, Filter, Object, Query, Verb};
use crate::engine::{Ack, Error};
use crate::tokio::{Connection, DumpStream};
use crate::wire::{DecodeError, MessageView};
use std::pin::Pin;
use std::task::{Context, Poll};

type Decoder<O> = fn(MessageView<&[u8]>) -> Result<O, DecodeError>;

fn decode<O: Object>(m: MessageView<&[u8]>) -> Result<O, DecodeError> {
    O::from_message(&m)
}

/// Dumps the objects `filter` selects, streamed in constant memory (see
/// [`crate::rtnl::dump`] for what ends a dump).
pub fn dump<F: Filter>(conn: &Connection, filter: &F) -> Result<Objects<F>, Error> {
    let stream = conn.dump(&filter.request(), decode::<F::Object> as Decoder<F::Object>)?;
    Ok(Objects {
        stream,
        filter: filter.clone(),
    })
}

/// The objects of an async dump (see [`dump`]): [`next`](Objects::next), or a
/// `futures_core::Stream`.
#[derive(Debug)]
pub struct Objects<F: Filter> {
    stream: DumpStream<F::Object, Decoder<F::Object>>,
    filter: F,
}

impl<F: Filter> Objects<F> {
    /// The next object; `None` after the end.
    pub async fn next(&mut self) -> Option<Result<F::Object, Error>> {
        std::future::poll_fn(|cx| self.poll_object(cx)).await
    }

    /// Collects the rest of the dump; the first error ends it.
    pub async fn try_collect(mut self) -> Result<Vec<F::Object>, Error> {
        let mut all = Vec::new();
        while let Some(o) = self.next().await {
            all.push(o?);
        }
        Ok(all)
    }

    fn poll_object(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<F::Object, Error>>> {
        loop {
            match self.stream.poll_item(cx) {
                Poll::Ready(Some(Ok(o))) if !self.filter.matches(&o) => continue,
                other => return other,
            }
        }
    }
}

impl<F: Filter> Unpin for Objects<F> {}

impl<F: Filter> futures_core::Stream for Objects<F> {
    type Item = Result<F::Object, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_object(cx)
    }
}

/// Asks the kernel for one object.
pub async fn get<Q: Query>(conn: &Connection, query: &Q) -> Result<Q::Object, Error> {
    let reply = conn.request(&query.request()).await?;
    Ok(Q::Object::from_message(&reply.message())?)
}

/// Makes the change `verb` with `object` and waits for the kernel's answer (see
/// [`crate::rtnl::apply`]).
pub async fn apply<C: Change>(conn: &Connection, object: &C, verb: Verb) -> Result<Ack, Error> {
    conn.execute(&object.request(verb)).await
}

/// [`apply`] with `NLM_F_ECHO`: also returns what the kernel echoed, as typed events.
pub async fn apply_echo<C: Change>(
    conn: &Connection,
    object: &C,
    verb: Verb,
) -> Result<(Ack, Vec<Event>), Error> {
    let (ack, echoed) = conn.execute_echo(&object.request(verb)).await?;
    Ok((ack, super::ops::decode_echoed(&echoed)))
}
