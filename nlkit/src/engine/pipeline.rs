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
use super::exchange::{Exchange, Mode, Step};
use crate::wire::nlmsg::NLMSG_NOOP;
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

/// A request in flight: its answer is read by its own [`Exchange`], the one place that
/// knows which messages answer a request (port, sequence, ACK and error rules).
#[derive(Debug)]
struct Pending {
    sequence: u32,
    exchange: Exchange,
    index: u64,
    sent: bool,
    /// The batch it was sent in (for barriers).
    batch: u64,
}

/// Requests in flight; see the module documentation.
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
    window: usize,
    batch_bytes: usize,
    batch: Vec<u8>,
    pending: VecDeque<Pending>,
    results: VecDeque<Completed>,
    next_index: u64,
    scratch: MessageBuilder,
    mode: AckMode,
    /// Batches sent so far.
    batches: u64,
    /// Barriers in flight: (sequence, its exchange, batch).
    barriers: VecDeque<(u32, Exchange, u64)>,
}

impl<'c> Pipeline<'c> {
    pub(crate) fn new(conn: &'c mut Conn) -> Self {
        Pipeline {
            conn,
            window: DEFAULT_WINDOW,
            batch_bytes: DEFAULT_BATCH_BYTES,
            batch: Vec::with_capacity(DEFAULT_BATCH_BYTES + 4096),
            pending: VecDeque::new(),
            results: VecDeque::new(),
            next_index: 0,
            scratch: MessageBuilder::default(),
            mode: AckMode::Each,
            batches: 0,
            barriers: VecDeque::new(),
        }
    }

    /// Chooses what the kernel answers (see [`AckMode`]). Set it before pushing.
    pub fn set_ack_mode(&mut self, mode: AckMode) -> &mut Self {
        self.mode = mode;
        self
    }

    /// Sets how many requests may be sent and unanswered at once (at least 1). Keep the
    /// answers of a window within the receive buffer (an ACK takes about 1 KiB of it).
    pub fn set_window(&mut self, window: usize) -> &mut Self {
        self.window = window.max(1);
        self
    }

    /// Sets how many bytes of requests are packed into one sendmsg (keep it below the
    /// socket's send buffer).
    pub fn set_batch_bytes(&mut self, bytes: usize) -> &mut Self {
        self.batch_bytes = bytes.max(1);
        self
    }

    /// Queues a request (exactly one message) and returns its index. It is sent when the
    /// batch is full or the window allows; results arrive via [`pop_result`](Self::pop_result).
    pub fn push(&mut self, request: &MessageBuilder) -> u64 {
        let index = self.next_index;
        self.next_index += 1;
        let ack = match self.mode {
            AckMode::Each => Flags::ACK,
            AckMode::ErrorsOnly => Flags::NONE,
        };
        match self.conn.stamp_into(&mut self.batch, request, ack) {
            Ok((sequence, message_type)) => {
                let batch = self.batches;
                let port_id = self.conn.port_id;
                self.pending.push_back(Pending {
                    sequence,
                    exchange: Exchange::new(Mode::Ack, sequence, port_id, message_type),
                    index,
                    sent: false,
                    batch,
                });
            }
            Err(e) => self.results.push_back(Completed {
                index,
                result: Err(Error::Build(e)),
            }),
        }
        if self.batch.len() >= self.batch_bytes || self.pending.len() >= self.window {
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
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.reset(message_type, flags);
        build(&mut scratch);
        let index = self.push(&scratch);
        self.scratch = scratch;
        index
    }

    /// The next finished request, in request order, if it is ready (a result is held back
    /// while an earlier request is still unanswered).
    pub fn pop_result(&mut self) -> Option<Completed> {
        let next = self.results.front()?.index;
        if self.pending.front().is_some_and(|p| p.index < next) {
            return None;
        }
        self.results.pop_front()
    }

    /// How many requests are queued or in flight.
    pub fn outstanding(&self) -> usize {
        self.pending.len()
    }

    /// Sends everything queued and waits for every answer (each wait with the connection's
    /// deadline). Afterwards every pushed request has a result.
    pub fn finish(&mut self) {
        self.flush();
        while !self.pending.is_empty() {
            self.collect(true);
        }
    }

    /// Sends the queued batch in one sendmsg, reads the answers that are ready, and waits
    /// while the window is full.
    fn flush(&mut self) {
        if !self.batch.is_empty() {
            if self.mode == AckMode::ErrorsOnly {
                let barrier = MessageBuilder::new(NLMSG_NOOP, Flags::NONE);
                if let Ok((seq, _)) = self.conn.stamp_into(&mut self.batch, &barrier, Flags::ACK) {
                    let exchange = Exchange::new(Mode::Ack, seq, self.conn.port_id, NLMSG_NOOP);
                    self.barriers.push_back((seq, exchange, self.batches));
                }
            }
            self.batches += 1;
            let batch = std::mem::take(&mut self.batch);
            let sent = self.conn.send_raw(&batch);
            self.batch = batch;
            self.batch.clear();
            match sent {
                Ok(()) => self.pending.iter_mut().for_each(|p| p.sent = true),
                Err(e) => {
                    // Nothing of the batch reached the kernel, nor its barrier.
                    if self.mode == AckMode::ErrorsOnly {
                        self.barriers.pop_back();
                    }
                    while self.pending.back().is_some_and(|p| !p.sent) {
                        if let Some(p) = self.pending.pop_back() {
                            self.complete_out_of_order(p.index, Err(e.replicate()));
                        }
                    }
                }
            }
        }
        self.collect(false);
        while self.pending.len() >= self.window {
            self.collect(true);
        }
    }

    /// Reads answers: everything queued, and with `wait` at least one datagram.
    fn collect(&mut self, wait: bool) {
        let mut wait = wait;
        loop {
            match self.conn.recv_datagram(wait) {
                Ok(None) => return,
                Ok(Some(len)) => {
                    self.match_answers(len);
                    wait = false;
                    if self.pending.is_empty() {
                        return;
                    }
                }
                Err(Error::Overrun) => {
                    // Drain what is still queued, then what has no answer is unknown.
                    while let Ok(Some(len)) = self.conn.recv_datagram(false) {
                        self.match_answers(len);
                    }
                    self.fail_all_sent(|| Error::Overrun);
                    return;
                }
                Err(e) => {
                    self.fail_all_sent(|| e.replicate());
                    return;
                }
            }
        }
    }

    fn match_answers(&mut self, len: usize) {
        let data = std::mem::take(&mut self.conn.recv_buf);
        for msg in MessageIter::new(data.get(..len).unwrap_or(&[])) {
            let Ok(msg) = msg else { break };
            let seq = msg.sequence();
            if let Some(at) = self.barriers.iter().position(|b| b.0 == seq) {
                if let Step::Finished(_) | Step::Failed(_) = self.barriers[at].1.feed(&msg) {
                    self.complete_batch(at);
                }
                continue;
            }
            let Some(pos) = self
                .pending
                .iter()
                .position(|p| p.sent && p.sequence == seq)
            else {
                continue;
            };
            let result = match self.pending[pos].exchange.feed(&msg) {
                Step::Finished(ext_ack) => Ok(Ack { ext_ack }),
                Step::Failed(e) => Err(e),
                // Another port's message, an echo or a notification with our sequence.
                Step::Skip | Step::Item => continue,
            };
            if let Some(p) = self.pending.remove(pos) {
                self.complete_out_of_order(p.index, result);
            }
        }
        self.conn.recv_buf = data;
    }

    /// The barrier at `at` was answered: every request of its batch (and earlier) without
    /// an error succeeded (the kernel handles a batch's messages in order).
    fn complete_batch(&mut self, at: usize) {
        let batch = self.barriers[at].2;
        self.barriers.drain(..=at);
        while self
            .pending
            .front()
            .is_some_and(|p| p.sent && p.batch <= batch)
        {
            if let Some(p) = self.pending.pop_front() {
                self.complete_out_of_order(p.index, Ok(Ack::default()));
            }
        }
    }

    fn fail_all_sent(&mut self, error: impl Fn() -> Error) {
        let (sent, unsent): (VecDeque<Pending>, VecDeque<Pending>) =
            std::mem::take(&mut self.pending)
                .into_iter()
                .partition(|p| p.sent);
        self.pending = unsent;
        self.barriers.clear();
        for p in sent {
            self.complete_out_of_order(p.index, Err(error()));
        }
    }

    /// Records a result, keeping `results` in index order.
    fn complete_out_of_order(&mut self, index: u64, result: Result<Ack, Error>) {
        let at = self.results.partition_point(|c| c.index < index);
        self.results.insert(at, Completed { index, result });
    }
}

impl Drop for Pipeline<'_> {
    /// Sends what is queued and waits for the answers (within the deadlines), so that no
    /// request is silently left unsent.
    fn drop(&mut self) {
        self.finish();
    }
}
