//! [`DumpStream`]: an async dump, streamed.

use super::conn::{Connection, Next, Waiter};
use crate::engine::{Error, Result};
use crate::wire::{DecodeError, MessageView};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A dump in progress on a [`Connection`]: its items, decoded as they come
/// ([`next`](DumpStream::next), or as a `futures_core::Stream`). Memory stays constant:
/// only the items of the datagram being read are held.
///
/// It ends with `Err(Error::DumpInterrupted)` after the last item when the kernel marked
/// the dump interrupted, with the kernel's error when `NLMSG_DONE` carried one, and with
/// `Err(Error::Timeout)` when no datagram came in time. A message that fails to decode
/// yields `Err(Error::Decode)` and the dump goes on. Dropping it before the end is safe:
/// the rest of the dump is read and dropped.
///
/// While it waits for its next datagram, a stream may be the task that reads the
/// connection's socket for everyone: poll it until it yields, or drop it. The future of
/// [`next`](DumpStream::next) hands that role over when it is dropped unfinished (in a
/// `select!`); a stream polled through `Stream::poll_next` and then left unpolled delays
/// the connection's other requests until it is polled again or dropped (their deadlines
/// still run).
pub struct DumpStream<T, F> {
    waiter: Waiter<Connection>,
    decode: F,
    items: VecDeque<Result<T>>,
    finished: bool,
}

impl<T, F> std::fmt::Debug for DumpStream<T, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DumpStream")
            .field("sequence", &self.waiter.id().sequence())
            .field("buffered", &self.items.len())
            .field("finished", &self.finished)
            .finish()
    }
}

// Nothing is pinned in place: the deadline is boxed.
impl<T, F> Unpin for DumpStream<T, F> {}

impl<T, F> DumpStream<T, F>
where
    F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
{
    pub(crate) fn new(waiter: Waiter<Connection>, decode: F) -> Self {
        DumpStream {
            waiter,
            decode,
            items: VecDeque::new(),
            finished: false,
        }
    }

    /// The next item; `None` after the end.
    // Named as `StreamExt::next` is: a future of the next item, not an iterator.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> NextItem<'_, T, F> {
        NextItem {
            stream: self,
            waiting: false,
        }
    }

    /// Collects the rest of the dump; the first error ends it.
    pub async fn try_collect(mut self) -> Result<Vec<T>> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }

    /// True when the dump has ended (successfully or not) and every item was taken.
    pub fn is_finished(&self) -> bool {
        self.finished && self.items.is_empty()
    }

    /// Polls for the next item (what [`next`](DumpStream::next) awaits).
    pub fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        loop {
            if let Some(item) = self.items.pop_front() {
                return Poll::Ready(Some(item));
            }
            if self.finished {
                return Poll::Ready(None);
            }
            let (decode, items) = (&mut self.decode, &mut self.items);
            let mut lend =
                |m: MessageView<&[u8]>| items.push_back(decode(m).map_err(Error::Decode));
            match self.waiter.poll_next(cx, true, &mut lend) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Ok(Next::Lent | Next::Ready)) => {}
                Poll::Ready(Ok(Next::Item(bytes))) => {
                    let item = (self.decode)(MessageView::new_trusted(&bytes));
                    self.items.push_back(item.map_err(Error::Decode));
                }
                Poll::Ready(Ok(Next::Done(Ok(_)))) => self.finished = true,
                Poll::Ready(Ok(Next::Done(Err(e)))) | Poll::Ready(Err(e)) => {
                    self.finished = true;
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}

impl<T, F> futures_core::Stream for DumpStream<T, F>
where
    F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
{
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        self.get_mut().poll_item(cx)
    }
}

/// The future of [`DumpStream::next`]. Dropped while it waits (in a `select!` that took
/// another branch), it hands the socket over to another task at once.
#[derive(Debug)]
pub struct NextItem<'a, T, F> {
    stream: &'a mut DumpStream<T, F>,
    waiting: bool,
}

impl<T, F> Future for NextItem<'_, T, F>
where
    F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
{
    type Output = Option<Result<T>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let polled = self.stream.poll_item(cx);
        self.waiting = polled.is_pending();
        polled
    }
}

impl<T, F> Drop for NextItem<'_, T, F> {
    fn drop(&mut self) {
        if self.waiting {
            self.stream.waiter.release();
        }
    }
}
