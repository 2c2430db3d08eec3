//! Socket dumps on tokio (feature `tokio`): the same [`DumpRequest`]s as the blocking
//! [`dump`](super::dump), streamed from a shared [`Connection`].
//!
//! ```no_run
//! # async fn f() -> Result<(), nlkit::engine::Error> {
//! use nlkit::sock_diag::{self, unix::UnixRequest};
//! use nlkit::tokio::Connection;
//! let conn = Connection::new(nlkit::sys::Protocol::SockDiag)?;
//! let mut sockets = sock_diag::tokio::dump(&conn, &UnixRequest::default())?;
//! while let Some(s) = sockets.next().await {
//!     println!("{:?}", s?.display_name());
//! }
//! # Ok(()) }
//! ```

use super::DumpRequest;
use crate::engine::Error;
use crate::tokio::{Connection, DumpStream};
use crate::wire::{DecodeError, MessageView};
use std::pin::Pin;
use std::task::{Context, Poll};

type Decoder<S> = fn(MessageView<&[u8]>) -> Result<S, DecodeError>;

fn decode<R: DumpRequest>(m: MessageView<&[u8]>) -> Result<R::Socket, DecodeError> {
    R::parse(m.payload())
}

/// Dumps the sockets `request` selects, streamed in constant memory (see
/// [`super::dump`] for what ends a dump). The request is copied into the stream, which
/// applies its [`matches`](DumpRequest::matches).
pub fn dump<R: DumpRequest + Clone>(conn: &Connection, request: &R) -> Result<Sockets<R>, Error> {
    let stream = conn.dump(&request.request(), decode::<R> as Decoder<R::Socket>)?;
    Ok(Sockets {
        stream,
        request: request.clone(),
    })
}

/// The sockets of an async dump (see [`dump`]): [`next`](Sockets::next), or a
/// `futures_core::Stream`.
pub struct Sockets<R: DumpRequest> {
    stream: DumpStream<R::Socket, Decoder<R::Socket>>,
    request: R,
}

impl<R: DumpRequest + std::fmt::Debug> std::fmt::Debug for Sockets<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sockets")
            .field("stream", &self.stream)
            .field("request", &self.request)
            .finish()
    }
}

impl<R: DumpRequest> Sockets<R> {
    /// The next socket; `None` after the end.
    pub async fn next(&mut self) -> Option<Result<R::Socket, Error>> {
        std::future::poll_fn(|cx| self.poll_socket(cx)).await
    }

    /// Collects the rest of the dump; the first error ends it.
    pub async fn try_collect(mut self) -> Result<Vec<R::Socket>, Error> {
        let mut all = Vec::new();
        while let Some(s) = self.next().await {
            all.push(s?);
        }
        Ok(all)
    }

    fn poll_socket(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<R::Socket, Error>>> {
        loop {
            match self.stream.poll_item(cx) {
                Poll::Ready(Some(Ok(s))) if !self.request.matches(&s) => continue,
                other => return other,
            }
        }
    }
}

impl<R: DumpRequest> Unpin for Sockets<R> {}

impl<R: DumpRequest> futures_core::Stream for Sockets<R> {
    type Item = Result<R::Socket, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_socket(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sock_diag::unix::UnixRequest;

    /// The futures can be spawned on the multi-thread runtime.
    #[test]
    fn futures_are_send() {
        fn send<T: Send>(_: &T) {}
        fn check(s: &mut Sockets<UnixRequest>) {
            send(&s.next());
        }
        let _ = check;
    }
}
