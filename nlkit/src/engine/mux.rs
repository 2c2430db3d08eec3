//! [`Mux`]: many requests in flight on one socket, each answer routed to its request by
//! sequence number. Sans-I/O: it never touches the socket, so the blocking
//! [`Pipeline`](super::Pipeline), the tokio connection and any other runtime drive the same
//! rules.
//!
//! # Driving a `Mux` (the poll-level API)
//! A driver owns the socket (non-blocking) and the `Mux`, and loops:
//! 1. **send**: while [`Mux::next_batch`] gives bytes, `send` them in one sendmsg and report
//!    the outcome with [`Mux::sent`];
//! 2. **receive**: read a datagram; skip it unless its sender port is 0 (the kernel); on
//!    ENOBUFS call [`Mux::overrun`] and keep reading; hand every message to [`Mux::feed`];
//! 3. **idle**: when a read would block, call [`Mux::idle`] (requests left unanswered by an
//!    overrun fail with `Error::Overrun`), then wait for the socket to become readable;
//! 4. **collect**: [`Mux::take`] gives each request's items and then its outcome. A
//!    [`Waker`] set with [`Mux::set_waker`] is woken when its request has something new.
//!
//! With async-io, for example, the socket is wrapped in `async_io::Async` (it implements
//! `AsFd`) and step 3 awaits `readable()`; the tokio driver in `nlkit::tokio` does the same
//! with `AsyncFd`. Every wait needs a deadline: a request whose answer never comes is
//! [`abandon`](Mux::abandon)ed by its caller, and its late answer is dropped when it comes.
//!
//! A minimal blocking driver, counting the links of a dump (items of the request being
//! driven are lent, not copied):
//! ```no_run
//! use nlkit::engine::mux::{Expect, Fed, Mux, Taken};
//! use nlkit::rtnl::message_type::RTM_GETLINK;
//! use nlkit::sys::{errno::ENOBUFS, Protocol, Socket};
//! use nlkit::wire::{rtnl::IfInfoMsg, Flags, MessageBuilder, MessageIter};
//! use std::time::Duration;
//!
//! let socket = Socket::new(Protocol::Route)?;
//! socket.bind(0, 0)?;
//! let mut mux = Mux::new(socket.port_id()?, 1);
//! let mut request = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
//! request.push_struct(&IfInfoMsg::default());
//! let id = mux.submit(&request, Expect::Dump)?;
//! let (mut buf, mut links) = (Vec::new(), 0);
//! loop {
//!     while let Some(batch) = mux.next_batch(64 * 1024) {
//!         let sent = socket.send(batch).map(drop).map_err(nlkit::engine::Error::Io);
//!         mux.sent(sent.as_ref().map(|_| ()));
//!     }
//!     match mux.take(id) {
//!         Taken::Item(_) => links += 1, // stashed (not here: nobody else reads)
//!         Taken::Done(result) => break result.map(drop)?,
//!         Taken::Waiting => match socket.recv(&mut buf, true) {
//!             Ok(got) if got.sender_port == 0 => {
//!                 for msg in MessageIter::new(&buf[..got.len]) {
//!                     if mux.feed(&msg?, Some(id)) == Fed::Lent {
//!                         links += 1;
//!                     }
//!                 }
//!             }
//!             Ok(_) => {} // not from the kernel
//!             Err(e) if e.raw_os_error() == Some(ENOBUFS) => mux.overrun(),
//!             Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
//!                 mux.idle();
//!                 if !socket.wait_readable(Some(Duration::from_secs(5)))? {
//!                     mux.abandon(id);
//!                     return Err("no answer within 5 s".into());
//!                 }
//!             }
//!             Err(e) => return Err(e.into()),
//!         },
//!     }
//! }
//! println!("{links} links");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The rules kept here
//! - A message belongs to a request only if its sequence number and port id are the
//!   request's (the exchange state machine decides what it means).
//! - One dump at a time per socket (the kernel answers a second one with EBUSY): later dumps
//!   are held and sent when the running one ends.
//! - [`Expect::ErrorsOnly`] requests go without `NLM_F_ACK`; the ACK of a barrier
//!   ([`Mux::submit_barrier`]) completes every earlier one still open.
//! - A request abandoned half-way keeps its slot until its answer ends, so its remaining
//!   messages are recognised and dropped.
//! - Items routed to a request whose caller is not reading are stashed; past
//!   [`Mux::set_stash_limit`] bytes the mux is [`stalled`](Mux::stalled): drivers stop
//!   reading until the caller catches up, so memory stays bounded.

use super::error::Error;
use super::exchange::{Exchange, Mode, Step};
use crate::wire::nlmsg::NLMSG_NOOP;
use crate::wire::{BuildError, ExtAck, Flags, MessageBuilder, MessageView};
use std::collections::VecDeque;
use std::task::Waker;

/// Default for [`Mux::set_stash_limit`]: bytes of items stashed for one request.
pub const DEFAULT_STASH_LIMIT: usize = 4 * 1024 * 1024;
/// Abandoned requests whose answer never came are forgotten beyond this many slots.
const MAX_SLOTS: usize = 1 << 16;

/// A request submitted to a [`Mux`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId {
    sequence: u32,
    serial: u64,
}

impl RequestId {
    /// The sequence number the request was sent with.
    pub fn sequence(&self) -> u32 {
        self.sequence
    }
}

/// What a request expects back; it decides the flags added to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A change: an ACK or an error (`NLM_F_ACK` added).
    Ack,
    /// A GET of one object: one message, then an ACK (`NLM_F_ACK` added).
    Reply,
    /// A dump: items, then `NLMSG_DONE` (`NLM_F_DUMP` added).
    Dump,
    /// A change with `NLM_F_ECHO | NLM_F_ACK`: echoed messages, then an ACK.
    Echo,
    /// A change without `NLM_F_ACK`: only a failure is answered; a later barrier's ACK
    /// completes it.
    ErrorsOnly,
    /// Any number of messages (none, one or more), then an ACK (`NLM_F_ACK` added): a
    /// request whose answer is not known in advance, such as a generic netlink "do" run
    /// from a spec, which some operations answer with a reply and others with an ACK alone.
    Messages,
}

/// What [`Mux::feed`] did with a message.
#[derive(Debug, PartialEq, Eq)]
pub enum Fed {
    /// Not part of any open request (or dropped: its request was abandoned).
    Skipped,
    /// An item of the request named in `lend_to`: the caller uses the message itself.
    Lent,
    /// Stashed for its request, or it ended a request.
    Routed,
}

/// What [`Mux::take`] found for a request.
#[derive(Debug)]
pub enum Taken {
    /// The next stashed item (a copy of the message).
    Item(Vec<u8>),
    /// The request is over: its ACK (extended-ACK warnings) or its error. The id is spent.
    Done(Result<ExtAck, Error>),
    /// Nothing yet.
    Waiting,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Request(Expect),
    Barrier,
}

#[derive(Debug)]
enum SendState {
    /// A dump waiting for the running dump to end; its stamped bytes.
    Held(Vec<u8>),
    Queued,
    Sent,
}

#[derive(Debug)]
struct Slot {
    serial: u64,
    kind: Kind,
    exchange: Exchange,
    state: SendState,
    open: bool,
    at_risk: bool,
    abandoned: bool,
    outcome: Option<Result<ExtAck, Error>>,
    items: VecDeque<Vec<u8>>,
    stash_bytes: usize,
    waker: Option<Waker>,
}

impl Slot {
    fn wake(&mut self) {
        if let Some(w) = self.waker.take() {
            w.wake();
        }
    }
}

/// The requests in flight on one socket; see the [module documentation](self).
#[derive(Debug)]
pub struct Mux {
    port_id: u32,
    next_sequence: u32,
    next_serial: u64,
    /// Sequence number of `slots[0]`.
    base: u32,
    slots: VecDeque<Option<Slot>>,
    /// Stamped messages not yet sent, and (sequence, length) of each.
    out: Vec<u8>,
    out_start: usize,
    out_messages: VecDeque<(u32, usize)>,
    /// Bytes handed out by the last `next_batch`, and how many messages.
    in_batch: (usize, usize),
    /// The dump the kernel is answering (one at a time per socket).
    dump_running: Option<u64>,
    held: VecDeque<RequestId>,
    unanswered: usize,
    stash_limit: usize,
    over_limit: usize,
    stall_wakers: Vec<Waker>,
}

impl Mux {
    /// A mux for a socket bound to `port_id`, numbering requests from `first_sequence`
    /// (0 is never used: notifications carry it).
    pub fn new(port_id: u32, first_sequence: u32) -> Mux {
        Mux {
            port_id,
            next_sequence: first_sequence.max(1),
            next_serial: 0,
            base: first_sequence.max(1),
            slots: VecDeque::new(),
            out: Vec::new(),
            out_start: 0,
            out_messages: VecDeque::new(),
            in_batch: (0, 0),
            dump_running: None,
            held: VecDeque::new(),
            unanswered: 0,
            stash_limit: DEFAULT_STASH_LIMIT,
            over_limit: 0,
            stall_wakers: Vec::new(),
        }
    }

    /// The port id requests are stamped with.
    pub fn port_id(&self) -> u32 {
        self.port_id
    }

    /// Sets how many bytes of items may be stashed for one request before the mux stalls.
    pub fn set_stash_limit(&mut self, bytes: usize) {
        self.stash_limit = bytes.max(1);
    }

    /// Requests submitted and not yet answered (barriers not counted).
    pub fn unanswered(&self) -> usize {
        self.unanswered
    }

    /// Bytes stamped and not yet handed to the socket.
    pub fn queued_bytes(&self) -> usize {
        self.out.len() - self.out_start
    }

    /// Queues `request` (exactly one message), stamped with `NLM_F_REQUEST`, the flags of
    /// `expect`, a new sequence number and the port id.
    pub fn submit(
        &mut self,
        request: &MessageBuilder,
        expect: Expect,
    ) -> Result<RequestId, BuildError> {
        let (extra, mode) = match expect {
            Expect::Ack => (Flags::ACK, Mode::Ack),
            Expect::Reply => (Flags::ACK, Mode::Reply),
            Expect::Dump => (Flags::DUMP, Mode::Dump),
            Expect::Echo => (Flags::ACK | Flags::ECHO, Mode::Echo),
            Expect::ErrorsOnly => (Flags::NONE, Mode::Ack),
            Expect::Messages => (Flags::ACK, Mode::Echo),
        };
        let (bytes, mut header) = super::conn::one_message(request)?;
        header.flags |= Flags::REQUEST | extra;
        header.sequence = self.take_sequence();
        header.port_id = self.port_id;
        let id = self.push_slot(
            header.sequence,
            Kind::Request(expect),
            mode,
            header.message_type,
        );
        if expect == Expect::Dump && self.dump_running.is_some() {
            let mut stamped = bytes.to_vec();
            header.emit(&mut stamped);
            self.slot_mut(id).expect("just pushed").state = SendState::Held(stamped);
            self.held.push_back(id);
        } else {
            if expect == Expect::Dump {
                self.dump_running = Some(id.serial);
            }
            // Stamped in place: no copy per request.
            let start = self.out.len();
            self.out.extend_from_slice(bytes);
            header.emit(&mut self.out[start..]);
            self.out_messages.push_back((header.sequence, bytes.len()));
        }
        self.unanswered += 1;
        Ok(id)
    }

    /// Queues an `NLMSG_NOOP | NLM_F_ACK` barrier: its ACK completes every earlier
    /// [`Expect::ErrorsOnly`] request still open (the kernel handles a socket's messages in
    /// order).
    pub fn submit_barrier(&mut self) {
        let sequence = self.take_sequence();
        let mut bytes = vec![0u8; 16];
        crate::wire::MessageHeader {
            length: 16,
            message_type: NLMSG_NOOP,
            flags: Flags::REQUEST | Flags::ACK,
            sequence,
            port_id: self.port_id,
        }
        .emit(&mut bytes);
        let id = self.push_slot(sequence, Kind::Barrier, Mode::Ack, NLMSG_NOOP);
        self.slot_mut(id).expect("just pushed").abandoned = true;
        self.enqueue(sequence, &bytes);
    }

    fn take_sequence(&mut self) -> u32 {
        if self.next_sequence == 0 {
            // 0 is the notifications' sequence: keep its place empty.
            if !self.slots.is_empty() {
                self.slots.push_back(None);
            }
            self.next_sequence = 1;
        }
        if self.slots.is_empty() {
            self.base = self.next_sequence;
        }
        let s = self.next_sequence;
        self.next_sequence = s.wrapping_add(1);
        s
    }

    /// The sequence number the next request gets.
    pub fn next_sequence(&self) -> u32 {
        self.next_sequence.max(1)
    }

    fn push_slot(&mut self, sequence: u32, kind: Kind, mode: Mode, ty: u16) -> RequestId {
        let serial = self.next_serial;
        self.next_serial += 1;
        self.slots.push_back(Some(Slot {
            serial,
            kind,
            exchange: Exchange::new(mode, sequence, self.port_id, ty),
            state: SendState::Queued,
            open: true,
            at_risk: false,
            abandoned: false,
            outcome: None,
            items: VecDeque::new(),
            stash_bytes: 0,
            waker: None,
        }));
        RequestId { sequence, serial }
    }

    fn enqueue(&mut self, sequence: u32, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
        self.out_messages.push_back((sequence, bytes.len()));
    }

    fn index(&self, sequence: u32) -> usize {
        sequence.wrapping_sub(self.base) as usize
    }

    fn slot_mut(&mut self, id: RequestId) -> Option<&mut Slot> {
        let at = self.index(id.sequence);
        match self.slots.get_mut(at) {
            Some(Some(s)) if s.serial == id.serial => Some(s),
            _ => None,
        }
    }

    /// The next whole messages to send, at most `max_bytes` (but at least one message), or
    /// `None` when nothing is queued. Report the send with [`sent`](Mux::sent) before
    /// asking again.
    pub fn next_batch(&mut self, max_bytes: usize) -> Option<&[u8]> {
        let (mut bytes, mut count) = (0, 0);
        for &(_, len) in &self.out_messages {
            if count > 0 && bytes + len > max_bytes {
                break;
            }
            bytes += len;
            count += 1;
        }
        if count == 0 {
            return None;
        }
        self.in_batch = (bytes, count);
        self.out.get(self.out_start..self.out_start + bytes)
    }

    /// Reports the sendmsg of the last batch: its requests are now in flight, or fail with
    /// `error` (nothing of a failed sendmsg reached the kernel).
    pub fn sent(&mut self, outcome: Result<(), &Error>) {
        let (bytes, count) = std::mem::take(&mut self.in_batch);
        self.out_start += bytes;
        if self.out_start == self.out.len() {
            self.out.clear();
            self.out_start = 0;
        }
        for _ in 0..count {
            let Some((sequence, _)) = self.out_messages.pop_front() else {
                break;
            };
            let at = self.index(sequence);
            match outcome {
                Ok(()) => {
                    if let Some(Some(s)) = self.slots.get_mut(at) {
                        s.state = SendState::Sent;
                    }
                }
                Err(e) => self.close(at, Err(e.replicate())),
            }
        }
    }

    /// Hands a message from the kernel to the request it answers. An item of `lend_to` is
    /// left to the caller ([`Fed::Lent`]); items of other requests are copied into their
    /// stash and their waker woken.
    pub fn feed(&mut self, msg: &MessageView<&[u8]>, lend_to: Option<RequestId>) -> Fed {
        let at = self.index(msg.sequence());
        let limit = self.stash_limit;
        let Some(Some(slot)) = self.slots.get_mut(at) else {
            return Fed::Skipped;
        };
        if !slot.open || !matches!(slot.state, SendState::Sent) {
            return Fed::Skipped;
        }
        match slot.exchange.feed(msg) {
            Step::Skip => Fed::Skipped,
            Step::Item if slot.abandoned => Fed::Skipped,
            Step::Item if lend_to.is_some_and(|id| id.serial == slot.serial) => Fed::Lent,
            Step::Item => {
                let was_over = slot.stash_bytes > limit;
                slot.stash_bytes += msg.as_bytes().len();
                slot.items.push_back(msg.as_bytes().to_vec());
                let now_over = slot.stash_bytes > limit;
                slot.wake();
                if now_over && !was_over {
                    self.over_limit += 1;
                }
                Fed::Routed
            }
            Step::Finished(ext) => {
                self.close(at, Ok(ext));
                Fed::Routed
            }
            Step::Failed(e) => {
                self.close(at, Err(e));
                Fed::Routed
            }
        }
    }

    /// Ends the request at `at` with `outcome`.
    fn close(&mut self, at: usize, outcome: Result<ExtAck, Error>) {
        let Some(Some(slot)) = self.slots.get_mut(at) else {
            return;
        };
        if !slot.open {
            return;
        }
        slot.open = false;
        let (kind, serial, ok) = (slot.kind, slot.serial, outcome.is_ok());
        let abandoned = slot.abandoned;
        if !abandoned {
            slot.outcome = Some(outcome);
            slot.wake();
        }
        if kind != Kind::Barrier {
            self.unanswered -= 1;
        }
        if abandoned {
            self.retire(at);
        }
        match kind {
            Kind::Request(Expect::Dump) => self.release_dump(serial),
            Kind::Barrier if ok => self.complete_errors_only(at),
            _ => {}
        }
    }

    /// A barrier at `at` was acknowledged: earlier errors-only requests succeeded.
    fn complete_errors_only(&mut self, at: usize) {
        for i in 0..at.min(self.slots.len()) {
            let done = matches!(&self.slots[i], Some(s) if s.open
                && s.kind == Kind::Request(Expect::ErrorsOnly)
                && matches!(s.state, SendState::Sent));
            if done {
                self.close(i, Ok(ExtAck::default()));
            }
        }
    }

    /// The running dump ended: send the next held one.
    fn release_dump(&mut self, serial: u64) {
        if self.dump_running != Some(serial) {
            return; // a held dump that ended before it was sent
        }
        self.dump_running = None;
        while let Some(id) = self.held.pop_front() {
            let Some(slot) = self.slot_mut(id) else {
                continue;
            };
            let SendState::Held(bytes) = std::mem::replace(&mut slot.state, SendState::Queued)
            else {
                continue;
            };
            if !slot.open {
                continue;
            }
            self.dump_running = Some(id.serial);
            self.enqueue(id.sequence, &bytes);
            return;
        }
    }

    /// Frees the slot at `at` and the empty slots at the front.
    fn retire(&mut self, at: usize) {
        if let Some(slot) = self.slots.get_mut(at) {
            if let Some(s) = slot.take() {
                if s.stash_bytes > self.stash_limit {
                    self.unstall();
                }
            }
        }
        self.trim_front();
    }

    fn trim_front(&mut self) {
        loop {
            let drop_front = match self.slots.front() {
                Some(None) => true,
                // An abandoned request whose answer never came, far behind: forget it.
                Some(Some(s)) => s.abandoned && self.slots.len() > MAX_SLOTS,
                None => false,
            };
            if !drop_front {
                return;
            }
            if let Some(Some(s)) = self.slots.pop_front() {
                if s.open && s.kind != Kind::Barrier {
                    self.unanswered -= 1;
                }
            }
            self.base = self.base.wrapping_add(1);
        }
    }

    fn unstall(&mut self) {
        self.over_limit = self.over_limit.saturating_sub(1);
        if self.over_limit == 0 {
            self.stall_wakers.drain(..).for_each(Waker::wake);
        }
    }

    /// The next stashed item of `id`, else its outcome once it is over (which spends the
    /// id), else [`Taken::Waiting`].
    pub fn take(&mut self, id: RequestId) -> Taken {
        let limit = self.stash_limit;
        let at = self.index(id.sequence);
        let Some(slot) = self.slot_mut(id) else {
            return Taken::Done(Err(Error::Protocol {
                what: "request no longer known",
                message_type: 0,
            }));
        };
        if let Some(item) = slot.items.pop_front() {
            let was_over = slot.stash_bytes > limit;
            slot.stash_bytes -= item.len();
            if was_over && slot.stash_bytes <= limit {
                self.unstall();
            }
            return Taken::Item(item);
        }
        match slot.outcome.take() {
            Some(outcome) => {
                self.retire(at);
                Taken::Done(outcome)
            }
            None => Taken::Waiting,
        }
    }

    /// True when `id` has a stashed item or its outcome.
    pub fn is_ready(&mut self, id: RequestId) -> bool {
        self.slot_mut(id)
            .is_some_and(|s| !s.items.is_empty() || s.outcome.is_some())
    }

    /// Sets the waker woken when `id` gets an item or its outcome.
    pub fn set_waker(&mut self, id: RequestId, waker: &Waker) {
        if let Some(s) = self.slot_mut(id) {
            match &s.waker {
                Some(w) if w.will_wake(waker) => {}
                _ => s.waker = Some(waker.clone()),
            }
        }
    }

    /// The caller of `id` is gone: its stash is dropped, and the rest of its answer will be
    /// read and dropped. A held dump is never sent.
    pub fn abandon(&mut self, id: RequestId) {
        let at = self.index(id.sequence);
        let limit = self.stash_limit;
        let Some(slot) = self.slot_mut(id) else {
            return;
        };
        slot.abandoned = true;
        slot.waker = None;
        let was_over = slot.stash_bytes > limit;
        slot.items.clear();
        slot.stash_bytes = 0;
        let held = matches!(slot.state, SendState::Held(_));
        if was_over {
            self.unstall();
        }
        if held {
            self.held.retain(|h| *h != id);
            self.close(at, Err(Error::Overrun));
        } else if !self.slot_mut(id).is_some_and(|s| s.open) {
            self.retire(at);
        }
        self.trim_front();
    }

    /// True while some request's stash is over the limit: stop reading until it is taken.
    pub fn stalled(&self) -> bool {
        self.over_limit > 0
    }

    /// Sets a waker woken when the mux stops being stalled.
    pub fn on_unstall(&mut self, waker: &Waker) {
        if !self.stall_wakers.iter().any(|w| w.will_wake(waker)) {
            self.stall_wakers.push(waker.clone());
        }
    }

    /// The kernel dropped messages for this socket (ENOBUFS): every request in flight may
    /// have lost its answer. Keep reading; [`idle`](Mux::idle) settles them.
    pub fn overrun(&mut self) {
        for s in self.slots.iter_mut().flatten() {
            if s.open && matches!(s.state, SendState::Sent) {
                s.at_risk = true;
            }
        }
    }

    /// The socket has nothing more to read: requests in flight since an overrun that are
    /// still open lost their answer and fail with `Error::Overrun` (outcome unknown).
    pub fn idle(&mut self) {
        for at in 0..self.slots.len() {
            if matches!(&self.slots[at], Some(s) if s.open && s.at_risk) {
                self.close(at, Err(Error::Overrun));
            }
        }
    }

    /// Ends every request in flight (sent, not yet answered) with `error`: the socket
    /// failed.
    pub fn fail_sent(&mut self, error: &Error) {
        for at in 0..self.slots.len() {
            if matches!(&self.slots[at], Some(s) if s.open && matches!(s.state, SendState::Sent)) {
                self.close(at, Err(error.replicate()));
            }
        }
    }

    /// Wakes one request that is waiting for an answer (so that it takes over reading).
    pub fn wake_one_waiting(&mut self) {
        let waiting = self
            .slots
            .iter_mut()
            .flatten()
            .find(|s| s.waker.is_some() && s.open && !s.abandoned);
        if let Some(s) = waiting {
            s.wake();
        }
    }
}

#[cfg(test)]
#[path = "mux_tests.rs"]
mod tests;
