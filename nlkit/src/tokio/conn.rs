//! [`Connection`]: the request engine on tokio. Many tasks share one socket; the
//! [`Mux`] routes every answer to its request by sequence number.
//!
//! Whoever polls drives: a polled request sends what is queued and, if no other task is
//! already waiting on the socket, reads it itself (items of its own request are decoded
//! straight out of the receive buffer; those of other requests are stashed and their task
//! woken). When that task has its answer it hands the socket over to another waiting one.

use super::dump::DumpStream;
use super::io::Io;
use crate::engine::mux::{Expect, Fed, Mux, RequestId, Taken};
use crate::engine::{
    initial_sequence, is_route, locate, prepare, Ack, Error, Reply, Result, DEFAULT_TIMEOUT,
};
use crate::sys::{errno::ENOBUFS, Netns, Protocol, Socket};
use crate::wire::{hexdump, DecodeError, ExtAck, MessageBuilder, MessageIter, MessageView};
use ::tokio::io::unix::AsyncFd;
use ::tokio::time::{Instant, Sleep};
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

/// The most bytes handed to one sendmsg (below the default send buffer).
const MAX_SEND: usize = 64 * 1024;

/// An async netlink connection on tokio: cheap to clone, shared by as many tasks as like;
/// requests from all of them are in flight at once on one socket, each answer matched to
/// its request. Nothing needs spawning: the futures themselves drive the socket.
///
/// Every wait has a deadline ([`set_timeout`](Connection::set_timeout), 30 s by default).
/// Dropping a request or a dump half-way is safe: the rest of its answer is read and
/// dropped, and the connection stays usable. The same options as the blocking
/// [`Conn`](crate::engine::Conn) are set: extended ACKs, strict checking, capped ACKs, a
/// 1 MiB receive buffer.
///
/// ```no_run
/// # async fn f() -> Result<(), nlkit::engine::Error> {
/// use nlkit::rtnl::message_type::RTM_GETLINK;
/// use nlkit::sys::Protocol;
/// use nlkit::tokio::Connection;
/// use nlkit::wire::{rtnl::IfInfoMsg, Flags, MessageBuilder};
/// let conn = Connection::new(Protocol::Route)?;
/// let mut req = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
/// req.push_struct(&IfInfoMsg::default());
/// let mut links = conn.dump(&req, |m| Ok(m.as_bytes().len()))?;
/// while let Some(len) = links.next().await {
///     println!("a link message of {} bytes", len?);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Connection {
    pub(crate) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    fd: AsyncFd<Io>,
    state: Mutex<State>,
    port_id: u32,
    debug: bool,
    /// A rtnetlink socket: its errors are named by the rtnetlink families' names.
    route: bool,
}

#[derive(Debug)]
pub(crate) struct State {
    pub(crate) mux: Mux,
    recv_buf: Vec<u8>,
    /// The request whose task waits for the socket to become readable.
    reader: Option<RequestId>,
    foreign: u64,
    timeout: Duration,
}

/// What a poll of a request found.
#[derive(Debug)]
pub(crate) enum Next {
    /// Items of the request were handed to `on_lent`.
    Lent,
    /// A stashed item.
    Item(Vec<u8>),
    /// The request is over.
    Done(Result<ExtAck>),
    /// The request has an item or its outcome (only when polled without taking).
    Ready,
}

impl Connection {
    /// Opens a connection of `protocol` in the current namespace. Call it inside a tokio
    /// runtime (the socket is registered with its reactor).
    pub fn new(protocol: Protocol) -> Result<Connection> {
        Connection::from_socket(Socket::new(protocol)?)
    }

    /// Opens a connection of `protocol` inside the namespace `netns`. The socket is made on
    /// a short-lived thread, so no runtime thread ever calls setns.
    pub fn new_in(netns: &Netns, protocol: Protocol) -> Result<Connection> {
        Connection::from_socket(netns.socket(protocol)?)
    }

    /// Takes an unbound socket, binds it and sets the default options.
    pub fn from_socket(socket: Socket) -> Result<Connection> {
        let port_id = prepare(&socket)?;
        socket.set_nonblocking(true)?;
        Connection::with_io(Io::Kernel(socket), port_id, initial_sequence())
    }

    pub(crate) fn with_io(io: Io, port_id: u32, first_sequence: u32) -> Result<Connection> {
        let state = State {
            mux: Mux::new(port_id, first_sequence),
            recv_buf: vec![0; crate::sys::MIN_RECV_BUFFER],
            reader: None,
            foreign: 0,
            timeout: DEFAULT_TIMEOUT,
        };
        let route = match &io {
            Io::Kernel(socket) => is_route(socket),
            #[cfg(test)]
            Io::Fake(_) => false,
        };
        Ok(Connection {
            inner: Arc::new(Inner {
                fd: crate::sys::reactor::register(io)?,
                state: Mutex::new(state),
                port_id,
                debug: std::env::var_os("NLKIT_DEBUG").is_some_and(|v| v == "1"),
                route,
            }),
        })
    }

    /// The socket, to set further options.
    pub fn socket(&self) -> &Socket {
        self.inner.fd.get_ref().socket()
    }

    /// The port id the kernel assigned to this connection.
    pub fn port_id(&self) -> u32 {
        self.inner.port_id
    }

    /// Sets how long a request waits for each datagram of its answer (for every task).
    pub fn set_timeout(&self, timeout: Duration) {
        self.inner.lock().timeout = timeout;
    }

    /// How many datagrams were skipped because they did not come from the kernel.
    pub fn foreign_datagrams(&self) -> u64 {
        self.inner.lock().foreign
    }

    /// Sends a change and waits for its ACK (`NLM_F_ACK` is added); the kernel's error, with
    /// its text and the attribute it points at, otherwise.
    pub async fn execute(&self, request: &MessageBuilder) -> Result<Ack> {
        let mut w = Waiter::submit(&self.inner, request, Expect::Ack)?;
        loop {
            if let Next::Done(r) = w.next(&mut |_| {}).await? {
                return r
                    .map(|ext_ack| Ack { ext_ack })
                    .map_err(|e| locate(e, request, self.inner.route));
            }
        }
    }

    /// Sends a change with `NLM_F_ECHO` and returns its ACK and the messages echoed back.
    pub async fn execute_echo(&self, request: &MessageBuilder) -> Result<(Ack, Vec<Vec<u8>>)> {
        let mut w = Waiter::submit(&self.inner, request, Expect::Echo)?;
        let mut echoed = Vec::new();
        loop {
            let next = w.next(&mut |m| echoed.push(m.as_bytes().to_vec())).await?;
            match next {
                Next::Item(bytes) => echoed.push(bytes),
                Next::Done(r) => {
                    let ack = r.map(|ext_ack| Ack { ext_ack });
                    return ack
                        .map(|a| (a, echoed))
                        .map_err(|e| locate(e, request, self.inner.route));
                }
                Next::Lent | Next::Ready => {}
            }
        }
    }

    /// Sends a request with one answer (a GET of one object) and returns it.
    pub async fn request(&self, request: &MessageBuilder) -> Result<Reply> {
        let (ack, mut messages) = {
            let mut w = Waiter::submit(&self.inner, request, Expect::Reply)?;
            let mut messages = Vec::new();
            loop {
                let next = w
                    .next(&mut |m| messages.push(m.as_bytes().to_vec()))
                    .await?;
                match next {
                    Next::Item(bytes) => messages.push(bytes),
                    Next::Done(r) => {
                        break (
                            r.map_err(|e| locate(e, request, self.inner.route))?,
                            messages,
                        )
                    }
                    Next::Lent | Next::Ready => {}
                }
            }
        };
        match messages.is_empty() {
            true => Err(Error::Protocol {
                what: "no reply",
                message_type: request
                    .bytes()
                    .map_or(0, |b| MessageView::new_trusted(b).message_type()),
            }),
            false => Ok(Reply::new(messages.swap_remove(0), Ack { ext_ack: ack })),
        }
    }

    /// Starts a dump (`NLM_F_DUMP` is added): a stream of items decoded by `decode`
    /// straight out of the receive buffer, one datagram at a time (constant memory). A
    /// dump waits while another dump of this connection runs (the kernel runs one per
    /// socket). It ends with `Err(Error::DumpInterrupted)` after its last item when the
    /// table changed while it was read.
    pub fn dump<T, F>(&self, request: &MessageBuilder, decode: F) -> Result<DumpStream<T, F>>
    where
        F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
    {
        let waiter = Waiter::submit(&self.inner, request, Expect::Dump)?;
        Ok(DumpStream::new(waiter.into_owned(self.clone()), decode))
    }

    /// Starts a pipeline: many requests in flight, their results in request order.
    pub fn pipeline(&self) -> super::Pipeline {
        super::Pipeline::new(self.clone())
    }
}

impl Inner {
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while locked cannot leave the mux half-updated in a way that matters
        // more than the panic itself; carry on with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn submit(&self, request: &MessageBuilder, expect: Expect) -> Result<RequestId> {
        let mut st = self.lock();
        let id = st.mux.submit(request, expect).map_err(Error::Build)?;
        self.send_queued(&mut st);
        Ok(id)
    }

    /// Hands everything queued to the socket.
    pub(crate) fn send_queued(&self, st: &mut State) {
        while let Some(batch) = st.mux.next_batch(MAX_SEND) {
            if self.debug {
                eprint!("{}", hexdump::describe("send", batch));
            }
            let sent = self.fd.get_ref().send(batch).map(drop).map_err(Error::Io);
            st.mux.sent(sent.as_ref().map(|_| ()));
        }
    }

    /// Gives up on `id`: its answer will be read and dropped.
    pub(crate) fn abandon(&self, id: RequestId) {
        let mut st = self.lock();
        st.mux.abandon(id);
        Self::release(&mut st, id);
    }

    /// Hands the socket over if `id`'s task was the one reading it, or if nobody is: a
    /// request that is waiting must always have a reader, or a task woken to become it.
    pub(crate) fn release(st: &mut State, id: RequestId) {
        if st.reader.is_none_or(|r| r == id) {
            st.reader = None;
            st.mux.wake_one_waiting();
        }
    }

    fn ready(st: &mut State, id: RequestId, next: Next) -> Poll<Next> {
        Self::release(st, id);
        Poll::Ready(next)
    }

    /// Drives the connection for `id` until it has something: its stashed item or outcome
    /// (taken when `take`), or items lent to `on_lent`.
    pub(crate) fn poll_next(
        &self,
        id: RequestId,
        cx: &mut Context<'_>,
        take: bool,
        on_lent: &mut dyn FnMut(MessageView<&[u8]>),
    ) -> Poll<Next> {
        let mut guard = self.lock();
        let st = &mut *guard;
        loop {
            // Reading may have released a held dump: send it before waiting again.
            self.send_queued(st);
            if !take && st.mux.is_ready(id) {
                return Self::ready(st, id, Next::Ready);
            }
            match st.mux.take(id) {
                Taken::Waiting => {}
                Taken::Item(bytes) => return Self::ready(st, id, Next::Item(bytes)),
                Taken::Done(r) => return Self::ready(st, id, Next::Done(r)),
            }
            let reading_elsewhere = st.reader.is_some_and(|r| r != id);
            if reading_elsewhere || st.mux.stalled() {
                st.mux.set_waker(id, cx.waker());
                if st.mux.stalled() {
                    st.mux.on_unstall(cx.waker());
                }
                return Poll::Pending;
            }
            match self.fd.get_ref().recv(&mut st.recv_buf) {
                Ok(r) if r.sender_port != 0 => st.foreign += 1,
                Ok(r) => {
                    if self.feed(st, r.len, id, on_lent) {
                        return Self::ready(st, id, Next::Lent);
                    }
                }
                Err(e) if e.raw_os_error() == Some(ENOBUFS) => st.mux.overrun(),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    st.mux.idle();
                    if st.mux.is_ready(id) {
                        continue;
                    }
                    match self.fd.poll_read_ready(cx) {
                        Poll::Ready(Ok(mut ready)) => ready.clear_ready(),
                        Poll::Ready(Err(e)) => return self.fail(st, id, e),
                        Poll::Pending => {
                            st.reader = Some(id);
                            st.mux.set_waker(id, cx.waker());
                            return Poll::Pending;
                        }
                    }
                }
                Err(e) => return self.fail(st, id, e),
            }
        }
    }

    /// The socket failed: every request in flight fails with its error.
    fn fail(&self, st: &mut State, id: RequestId, e: std::io::Error) -> Poll<Next> {
        let e = Error::Io(e);
        st.mux.fail_sent(&e);
        st.mux.abandon(id);
        Self::ready(st, id, Next::Done(Err(e)))
    }

    /// Hands the messages of a datagram to the mux; returns true if some were lent to `id`.
    fn feed(
        &self,
        st: &mut State,
        len: usize,
        id: RequestId,
        on_lent: &mut dyn FnMut(MessageView<&[u8]>),
    ) -> bool {
        let data = st.recv_buf.get(..len).unwrap_or(&[]);
        if self.debug {
            eprint!("{}", hexdump::describe("recv", data));
        }
        let mut lent = false;
        for msg in MessageIter::new(data) {
            // Nothing after a bad header in a datagram can be trusted.
            let Ok(msg) = msg else { break };
            if st.mux.feed(&msg, Some(id)) == Fed::Lent {
                on_lent(msg);
                lent = true;
            }
        }
        lent
    }

    pub(crate) fn timeout(&self) -> Duration {
        self.lock().timeout
    }
}

/// A request in flight and its deadline; dropping it abandons the request.
#[derive(Debug)]
pub(crate) struct Waiter<C: AsRef<Inner>> {
    conn: C,
    id: RequestId,
    deadline: Pin<Box<Sleep>>,
    timeout: Duration,
    over: bool,
}

impl AsRef<Inner> for Inner {
    fn as_ref(&self) -> &Inner {
        self
    }
}

impl AsRef<Inner> for Connection {
    fn as_ref(&self) -> &Inner {
        &self.inner
    }
}

impl<'a> Waiter<&'a Inner> {
    fn submit(inner: &'a Arc<Inner>, request: &MessageBuilder, expect: Expect) -> Result<Self> {
        let id = inner.submit(request, expect)?;
        Ok(Waiter::new(inner.as_ref(), id))
    }

    fn into_owned(mut self, conn: Connection) -> Waiter<Connection> {
        self.over = true; // this one no longer guards the request
        Waiter::new(conn, self.id)
    }
}

impl<C: AsRef<Inner>> Waiter<C> {
    pub(crate) fn new(conn: C, id: RequestId) -> Self {
        let timeout = conn.as_ref().timeout();
        Waiter {
            conn,
            id,
            deadline: Box::pin(::tokio::time::sleep(timeout)),
            timeout,
            over: false,
        }
    }

    pub(crate) fn id(&self) -> RequestId {
        self.id
    }

    /// Polls for the request's next step; `Err(Timeout)` when nothing came in time.
    pub(crate) fn poll_next(
        &mut self,
        cx: &mut Context<'_>,
        take: bool,
        on_lent: &mut dyn FnMut(MessageView<&[u8]>),
    ) -> Poll<Result<Next>> {
        if self.over {
            return Poll::Ready(Ok(Next::Done(Err(Error::Protocol {
                what: "request already over",
                message_type: 0,
            }))));
        }
        match self.conn.as_ref().poll_next(self.id, cx, take, on_lent) {
            Poll::Ready(next) => {
                if matches!(next, Next::Done(_)) {
                    self.over = true;
                } else {
                    let at = Instant::now() + self.timeout;
                    self.deadline.as_mut().reset(at);
                }
                Poll::Ready(Ok(next))
            }
            Poll::Pending => match self.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    self.over = true;
                    self.conn.as_ref().abandon(self.id);
                    Poll::Ready(Err(Error::Timeout(self.timeout)))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }

    async fn next<L: FnMut(MessageView<&[u8]>) + Send>(&mut self, on_lent: &mut L) -> Result<Next> {
        poll_fn(|cx| self.poll_next(cx, true, on_lent)).await
    }

    /// Hands the socket over if this request's task was reading it (its future was
    /// dropped while waiting, the request goes on).
    pub(crate) fn release(&self) {
        Inner::release(&mut self.conn.as_ref().lock(), self.id);
    }
}

impl<C: AsRef<Inner>> Drop for Waiter<C> {
    fn drop(&mut self) {
        if !self.over {
            self.conn.as_ref().abandon(self.id);
        }
    }
}
