//! [`Pipeline`]: many requests in flight on one connection, each answer matched to its
//! request.
//!
//! Requests are stamped with consecutive sequence numbers and `NLM_F_ACK`, packed into as few
//! sendmsg calls as the batch size and window allow, and every ACK or error is matched to its
//! request by sequence number. Results come out in request order.
//!
//! With [`AckMode::ErrorsOnly`] requests go without `NLM_F_ACK`: the kernel answers only
//! failures, and each batch ends with an `NLMSG_NOOP | NLM_F_ACK` barrier whose ACK completes
//! every request of the batch that got no error. That removes the ACK traffic of bulk changes.
//!
//! Lost answers: when the receive buffer overflows (ENOBUFS), the kernel has dropped some
//! ACKs. The kernel handles rtnetlink requests synchronously inside sendmsg, so once the
//! socket is drained every answer that exists has been read; the requests still without an
//! answer end as `Err(Error::Overrun)`, meaning *outcome unknown* (the change may or may not
//! have been applied). Nothing ever waits without a deadline.

use super::conn::{Ack, Conn};
use super::error::Error;
use super::mux::{Expect, Mux, RequestId, Taken};
use crate::wire::{Flags, MessageBuilder, MessageIter};
use std::collections::VecDeque;

/// Default for [`Pipeline::set_window`]: requests sent and not yet answered.
pub const DEFAULT_WINDOW: usize = 256;
/// Default for [`Pipeline::set_batch_bytes`]: bytes packed into one sendmsg.
pub const DEFAULT_BATCH_BYTES: usize = 32 * 1024;

/// What the kernel is asked to answer for each pipelined request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckMode {
    /// `NLM_F_ACK` on every request: one ACK or error each (the default).
    Each,
    /// No `NLM_F_ACK`: only failures are answered; a barrier per batch confirms the rest.
    ErrorsOnly,
}

/// The outcome of one pipelined request.
#[derive(Debug)]
pub struct Completed {
    /// The request's index: 0 for the first request pushed, 1 for the next, ...
    pub index: u64,
    /// Its ACK, or why it failed (`Error::Overrun`: outcome unknown).
    pub result: Result<Ack, Error>,
}

/// The part of a pipeline that does not depend on how the socket is driven (shared by the
/// blocking [`Pipeline`] and the tokio one): indexes, the ACK mode, the window, batches and
/// results in request order. The answers themselves are matched by the [`Mux`].
#[derive(Debug)]
pub(crate) struct Ordered {
    /// Requests not yet popped, in index order: their mux id, or why they never went.
    pending: VecDeque<(u64, Result<RequestId, Error>)>,
    next_index: u64,
    /// `pending[..cursor]` are known to be answered (see `first_unanswered`).
    cursor: usize,
    /// Errors-only requests pushed since the last barrier (whoever sent them: on a shared
    /// connection another task's request may have flushed the queue).
    unsealed: bool,
    pub(crate) mode: AckMode,
    pub(crate) window: usize,
    pub(crate) batch_bytes: usize,
    scratch: MessageBuilder,
}

impl Ordered {
    pub(crate) fn new() -> Ordered {
        Ordered {
            pending: VecDeque::new(),
            next_index: 0,
            cursor: 0,
            unsealed: false,
            mode: AckMode::Each,
            window: DEFAULT_WINDOW,
            batch_bytes: DEFAULT_BATCH_BYTES,
            scratch: MessageBuilder::default(),
        }
    }

    /// Submits `request` to `mux`; returns its index.
    pub(crate) fn push(&mut self, mux: &mut Mux, request: &MessageBuilder) -> u64 {
        let index = self.next_index;
        self.next_index += 1;
        let expect = match self.mode {
            AckMode::Each => Expect::Ack,
            AckMode::ErrorsOnly => Expect::ErrorsOnly,
        };
        let id = mux.submit(request, expect).map_err(Error::Build);
        self.unsealed |= expect == Expect::ErrorsOnly && id.is_ok();
        self.pending.push_back((index, id));
        index
    }

    /// Builds a request in the reused scratch builder and submits it.
    pub(crate) fn push_with(
        &mut self,
        mux: &mut Mux,
        message_type: u16,
        flags: Flags,
        build: impl FnOnce(&mut MessageBuilder),
    ) -> u64 {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.reset(message_type, flags);
        build(&mut scratch);
        let index = self.push(mux, &scratch);
        self.scratch = scratch;
        index
    }

    /// The first request pushed and not yet answered (what a driver waits for).
    #[cfg(feature = "tokio")]
    pub(crate) fn first_unanswered(&mut self, mux: &mut Mux) -> Option<RequestId> {
        while let Some((_, id)) = self.pending.get(self.cursor) {
            match id {
                Ok(id) if !mux.is_ready(*id) => return Some(*id),
                _ => self.cursor += 1,
            }
        }
        None
    }

    /// Gives up on every request not yet answered: each ends with `error` (the driver's
    /// deadline passed); their late answers are dropped.
    #[cfg(feature = "tokio")]
    pub(crate) fn fail_unanswered(&mut self, mux: &mut Mux, error: &Error) {
        for (_, entry) in self.pending.iter_mut().skip(self.cursor) {
            if let Ok(id) = entry {
                if !mux.is_ready(*id) {
                    mux.abandon(*id);
                    *entry = Err(error.replicate());
                }
            }
        }
    }

    /// True when the queued batch should be sent now.
    pub(crate) fn batch_full(&self, mux: &Mux) -> bool {
        mux.queued_bytes() >= self.batch_bytes || mux.unanswered() >= self.window
    }

    /// True while as many requests are unanswered as the window allows.
    pub(crate) fn window_full(&self, mux: &Mux) -> bool {
        mux.unanswered() >= self.window
    }

    /// Ends the batch (with `ErrorsOnly`, a barrier after every request pushed since the
    /// last one, whoever sent them); returns the most
    /// bytes to hand to one sendmsg.
    pub(crate) fn seal_batch(&mut self, mux: &mut Mux) -> usize {
        if self.mode == AckMode::ErrorsOnly && std::mem::take(&mut self.unsealed) {
            mux.submit_barrier();
        }
        self.batch_bytes + 4096
    }

    /// The next result in request order, if it is ready.
    pub(crate) fn pop_result(&mut self, mux: &mut Mux) -> Option<Completed> {
        loop {
            let (index, id) = self.pending.front()?;
            let (index, id) = (*index, id.as_ref().ok().copied());
            let result = match id {
                None => match self.pending.pop_front() {
                    Some((_, Err(e))) => Err(e),
                    _ => return None,
                },
                Some(id) => match mux.take(id) {
                    Taken::Waiting => return None,
                    Taken::Item(_) => continue, // an echo nobody asked for
                    Taken::Done(outcome) => {
                        self.pending.pop_front();
                        outcome.map(|ext_ack| Ack { ext_ack })
                    }
                },
            };
            self.cursor = self.cursor.saturating_sub(1);
            return Some(Completed { index, result });
        }
    }
}

/// Many requests in flight on one connection, each answer matched to its request; results
/// come out in request order.
///
/// Requests are stamped with consecutive sequence numbers and `NLM_F_ACK`, packed into as
/// few sendmsg calls as the batch size and window allow. With [`AckMode::ErrorsOnly`] they
/// go without `NLM_F_ACK` and a barrier per batch confirms those that got no error. When
/// the receive buffer overflowed (ENOBUFS), requests left without an answer once the
/// socket is drained end as `Err(Error::Overrun)`: outcome unknown. Every wait has the
/// connection's deadline.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::{route::Route, Change, RouteType, Verb};
/// use nlkit::sys::Protocol;
/// use std::net::Ipv4Addr;
/// let mut conn = Conn::new(Protocol::Route)?;
/// let mut p = conn.pipeline();
/// for i in 0..1000u32 {
///     // ip route add blackhole 10.i.i.0/24
///     let mut r = Route::to(Ipv4Addr::from(0x0a00_0000 | (i << 8)).into(), 24);
///     r.route_type = RouteType::Blackhole;
///     p.push(&r.request(Verb::Add));
///     while let Some(done) = p.pop_result() {
///         if let Err(e) = done.result { eprintln!("request {}: {e}", done.index) }
///     }
/// }
/// p.finish();
/// while let Some(done) = p.pop_result() { /* ... */ }
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
#[derive(Debug)]
pub struct Pipeline<'c> {
    conn: &'c mut Conn,
    mux: Mux,
    ordered: Ordered,
}

impl<'c> Pipeline<'c> {
    pub(crate) fn new(conn: &'c mut Conn) -> Self {
        let mux = Mux::new(conn.port_id, conn.next_sequence);
        Pipeline {
            conn,
            mux,
            ordered: Ordered::new(),
        }
    }

    /// Chooses what the kernel answers (see [`AckMode`]). Set it before pushing.
    pub fn set_ack_mode(&mut self, mode: AckMode) -> &mut Self {
        self.ordered.mode = mode;
        self
    }

    /// Sets how many requests may be sent and unanswered at once (at least 1). Keep the
    /// answers of a window within the receive buffer (an ACK takes about 1 KiB of it).
    pub fn set_window(&mut self, window: usize) -> &mut Self {
        self.ordered.window = window.max(1);
        self
    }

    /// Sets how many bytes of requests are packed into one sendmsg (keep it below the
    /// socket's send buffer).
    pub fn set_batch_bytes(&mut self, bytes: usize) -> &mut Self {
        self.ordered.batch_bytes = bytes.max(1);
        self
    }

    /// Queues a request (exactly one message) and returns its index. It is sent when the
    /// batch is full or the window allows; results arrive via [`pop_result`](Self::pop_result).
    pub fn push(&mut self, request: &MessageBuilder) -> u64 {
        let index = self.ordered.push(&mut self.mux, request);
        if self.ordered.batch_full(&self.mux) {
            self.flush();
        }
        index
    }

    /// Builds a request in place with `build` (which appends the family header and
    /// attributes to a message of `message_type` and `flags`) and queues it, without an
    /// allocation per request.
    pub fn push_with(
        &mut self,
        message_type: u16,
        flags: Flags,
        build: impl FnOnce(&mut MessageBuilder),
    ) -> u64 {
        let index = self
            .ordered
            .push_with(&mut self.mux, message_type, flags, build);
        if self.ordered.batch_full(&self.mux) {
            self.flush();
        }
        index
    }

    /// The next finished request, in request order, if it is ready (a result is held back
    /// while an earlier request is still unanswered).
    pub fn pop_result(&mut self) -> Option<Completed> {
        self.ordered.pop_result(&mut self.mux)
    }

    /// How many requests are queued or in flight.
    pub fn outstanding(&self) -> usize {
        self.mux.unanswered()
    }

    /// Sends everything queued and waits for every answer (each wait with the connection's
    /// deadline). Afterwards every pushed request has a result.
    pub fn finish(&mut self) {
        self.flush();
        while self.mux.unanswered() > 0 {
            self.collect(true);
        }
    }

    /// Sends the queued batch, reads the answers that are ready, and waits while the window
    /// is full.
    fn flush(&mut self) {
        let max = self.ordered.seal_batch(&mut self.mux);
        while let Some(batch) = self.mux.next_batch(max) {
            let sent = self.conn.send_raw(batch);
            self.mux.sent(sent.as_ref().map(|_| ()));
        }
        self.collect(false);
        while self.ordered.window_full(&self.mux) {
            self.collect(true);
        }
    }

    /// Reads answers: everything queued, and with `wait` at least one datagram. After an
    /// overrun the socket is drained, and what is still unanswered fails (`Mux::idle`).
    fn collect(&mut self, wait: bool) {
        let mut wait = wait;
        loop {
            match self.conn.recv_datagram(wait) {
                Ok(None) => {
                    self.mux.idle();
                    return;
                }
                Ok(Some(len)) => {
                    let data = self.conn.recv_buf.get(..len).unwrap_or(&[]);
                    for msg in MessageIter::new(data) {
                        let Ok(msg) = msg else { break };
                        self.mux.feed(&msg, None);
                    }
                    wait = false;
                    if self.mux.unanswered() == 0 {
                        return;
                    }
                }
                Err(Error::Overrun) => {
                    self.mux.overrun();
                    wait = false;
                }
                Err(e) => {
                    self.mux.fail_sent(&e);
                    return;
                }
            }
        }
    }
}

impl Drop for Pipeline<'_> {
    /// Sends what is queued and waits for the answers (within the deadlines), so that no
    /// request is silently left unsent.
    fn drop(&mut self) {
        self.finish();
        self.conn.next_sequence = self.mux.next_sequence();
    }
}
