//! The async [`Pipeline`]: many requests in flight on a [`Connection`], results in
//! request order. The same rules as the blocking [`crate::engine::Pipeline`] (they are
//! kept once, in the engine's `Ordered` and `Mux`).

use super::conn::{Connection, Inner, Next};
use crate::engine::mux::RequestId;
use crate::engine::{AckMode, Completed, Error, Ordered};
use crate::wire::{Flags, MessageBuilder};
use ::tokio::time::{Instant, Sleep};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Many requests in flight on a [`Connection`], each answer matched to its request; results
/// come out in request order ([`pop_result`](Pipeline::pop_result)).
///
/// [`push`](Pipeline::push) waits only while the window is full. With
/// [`AckMode::ErrorsOnly`] requests go without `NLM_F_ACK` and a barrier per batch confirms
/// the rest. Requests left without an answer by an overrun end as `Err(Error::Overrun)`
/// (outcome unknown); when no answer comes within the connection's timeout, those still
/// unanswered end as `Err(Error::Timeout)`. Call [`finish`](Pipeline::finish) before
/// dropping it: requests still unanswered at the drop are abandoned.
///
/// ```no_run
/// # async fn f() -> Result<(), nlkit::engine::Error> {
/// use nlkit::engine::AckMode;
/// use nlkit::rtnl::{route::Route, Change, RouteType, Verb};
/// use nlkit::sys::Protocol;
/// use nlkit::tokio::Connection;
/// use std::net::Ipv4Addr;
/// let conn = Connection::new(Protocol::Route)?;
/// let mut p = conn.pipeline();
/// p.set_ack_mode(AckMode::ErrorsOnly);
/// for i in 0..1000u32 {
///     let mut r = Route::to(Ipv4Addr::from(0x0a00_0000 | (i << 8)).into(), 24);
///     r.route_type = RouteType::Blackhole;
///     p.push(&r.request(Verb::Add)).await;
/// }
/// p.finish().await;
/// while let Some(done) = p.pop_result() {
///     if let Err(e) = done.result { eprintln!("request {}: {e}", done.index) }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Pipeline {
    conn: Connection,
    ordered: Ordered,
}

impl Pipeline {
    pub(crate) fn new(conn: Connection) -> Pipeline {
        Pipeline {
            conn,
            ordered: Ordered::new(),
        }
    }

    /// Chooses what the kernel answers (see [`AckMode`]). Set it before pushing.
    pub fn set_ack_mode(&mut self, mode: AckMode) -> &mut Self {
        self.ordered.mode = mode;
        self
    }

    /// Sets how many requests (of the whole connection) may be unanswered at once.
    pub fn set_window(&mut self, window: usize) -> &mut Self {
        self.ordered.window = window.max(1);
        self
    }

    /// Sets how many bytes of requests are packed into one sendmsg.
    pub fn set_batch_bytes(&mut self, bytes: usize) -> &mut Self {
        self.ordered.batch_bytes = bytes.max(1);
        self
    }

    /// Queues a request (exactly one message) and returns its index; waits while the
    /// window is full.
    pub async fn push(&mut self, request: &MessageBuilder) -> u64 {
        let index = {
            let mut st = self.conn.inner.lock();
            let index = self.ordered.push(&mut st.mux, request);
            Self::send_if_full(&mut self.ordered, &self.conn.inner, &mut st);
            index
        };
        self.wait_for_window().await;
        index
    }

    /// Builds a request in place with `build` (no allocation per request) and queues it.
    pub async fn push_with(
        &mut self,
        message_type: u16,
        flags: Flags,
        build: impl FnOnce(&mut MessageBuilder),
    ) -> u64 {
        let index = {
            let mut st = self.conn.inner.lock();
            let index = self
                .ordered
                .push_with(&mut st.mux, message_type, flags, build);
            Self::send_if_full(&mut self.ordered, &self.conn.inner, &mut st);
            index
        };
        self.wait_for_window().await;
        index
    }

    fn send_if_full(ordered: &mut Ordered, inner: &Inner, st: &mut super::conn::State) {
        if ordered.batch_full(&st.mux) {
            ordered.seal_batch(&mut st.mux);
            inner.send_queued(st);
        }
    }

    /// The next finished request, in request order, if it is ready.
    pub fn pop_result(&mut self) -> Option<Completed> {
        let mut st = self.conn.inner.lock();
        self.ordered.pop_result(&mut st.mux)
    }

    /// Sends everything queued and waits until every pushed request has its result.
    pub async fn finish(&mut self) {
        {
            let mut st = self.conn.inner.lock();
            self.ordered.seal_batch(&mut st.mux);
            self.conn.inner.send_queued(&mut st);
        }
        while let Some(id) = self.first_unanswered(false) {
            self.wait(id).await;
        }
    }

    async fn wait_for_window(&mut self) {
        while let Some(id) = self.first_unanswered(true) {
            self.wait(id).await;
        }
    }

    /// The request to wait for: the first unanswered one (with `only_if_full`, only while
    /// the window is full).
    fn first_unanswered(&mut self, only_if_full: bool) -> Option<RequestId> {
        let mut st = self.conn.inner.lock();
        if only_if_full && !self.ordered.window_full(&st.mux) {
            return None;
        }
        self.ordered.first_unanswered(&mut st.mux)
    }

    /// Waits until `id` is answered; past the deadline, every unanswered request of this
    /// pipeline ends with `Error::Timeout`.
    async fn wait(&mut self, id: RequestId) {
        let timeout = self.conn.inner.timeout();
        let ready = WaitReady {
            inner: &self.conn.inner,
            id,
            deadline: Box::pin(::tokio::time::sleep_until(Instant::now() + timeout)),
            waiting: false,
        };
        if !ready.await {
            let mut st = self.conn.inner.lock();
            self.ordered
                .fail_unanswered(&mut st.mux, &Error::Timeout(timeout));
            Inner::release(&mut st, id);
        }
    }
}

impl Drop for Pipeline {
    fn drop(&mut self) {
        let mut st = self.conn.inner.lock();
        self.ordered.seal_batch(&mut st.mux);
        self.conn.inner.send_queued(&mut st);
        self.ordered.fail_unanswered(
            &mut st.mux,
            &Error::Protocol {
                what: "pipeline dropped",
                message_type: 0,
            },
        );
    }
}

/// Resolves to true when `id` is answered, false when the deadline passed. Dropped while
/// waiting, it hands the socket over to another task.
struct WaitReady<'a> {
    inner: &'a Inner,
    id: RequestId,
    deadline: Pin<Box<Sleep>>,
    waiting: bool,
}

impl Future for WaitReady<'_> {
    type Output = bool;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<bool> {
        let id = self.id;
        match self.inner.poll_next(id, cx, false, &mut |_| {}) {
            Poll::Ready(Next::Done(_)) | Poll::Ready(_) => {
                self.waiting = false;
                Poll::Ready(true)
            }
            Poll::Pending => {
                self.waiting = true;
                match self.deadline.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        self.waiting = false;
                        Poll::Ready(false)
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl Drop for WaitReady<'_> {
    fn drop(&mut self) {
        if self.waiting {
            Inner::release(&mut self.inner.lock(), self.id);
        }
    }
}
