//! [`Conn`]: the blocking driver of the request engine.

use super::error::{Error, Result};
use super::exchange::{Exchange, Mode, Step};
use super::transport::Transport;
use crate::sys::{Netns, Protocol, Socket};
use crate::wire::{
    align, hexdump, BuildError, DecodeError, ExtAck, Flags, MessageBuilder, MessageIter,
    MessageView,
};
use std::ops::Range;
use std::time::Duration;

/// The receive buffer a `Conn` asks for (`SO_RCVBUF`), as iproute2 does.
pub const DEFAULT_RECV_BUFFER: usize = 1024 * 1024;
/// How long a `Conn` waits for the next datagram before giving up with `Error::Timeout`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// A successful answer: the extended-ACK attributes that came with it. A `message` there is a
/// warning (for example "bytes leftover after parsing attributes").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ack {
    /// Extended-ACK attributes of the ACK (or of `NLMSG_DONE` for dumps).
    pub ext_ack: ExtAck,
}

impl Ack {
    /// The kernel's warning text, if it sent one.
    pub fn warning(&self) -> Option<&str> {
        self.ext_ack.message.as_deref()
    }
}

/// The answer to [`Conn::request`]: one message, owned.
#[derive(Debug, Clone)]
pub struct Reply {
    bytes: Vec<u8>,
    /// The ACK that followed it.
    pub ack: Ack,
}

impl Reply {
    #[cfg(feature = "tokio")]
    pub(crate) fn new(bytes: Vec<u8>, ack: Ack) -> Reply {
        Reply { bytes, ack }
    }

    /// The reply message.
    pub fn message(&self) -> MessageView<&[u8]> {
        MessageView::new_trusted(&self.bytes)
    }
}

/// A netlink connection to the kernel: one socket, a sequence counter, the port id, and a
/// receive buffer of at least 32 KiB. New connections turn on `NETLINK_EXT_ACK` (errors
/// carry the kernel's text), `NETLINK_GET_STRICT_CHK` (dump filters are honoured) and
/// `NETLINK_CAP_ACK` (error replies echo only the request header), and ask for a 1 MiB
/// receive buffer.
///
/// Every wait for the kernel has a deadline ([`Conn::set_timeout`]). Only datagrams from the
/// kernel (sender port 0) with this connection's port id and the request's sequence number
/// are accepted; anything else is skipped (and counted in [`Conn::foreign_datagrams`]).
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::message_type::RTM_GETLINK;
/// use nlkit::sys::Protocol;
/// use nlkit::wire::{rtnl::IfInfoMsg, Flags, MessageBuilder};
/// let mut conn = Conn::new(Protocol::Route)?;
/// let mut req = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
/// req.push_struct(&IfInfoMsg::default()); // every link, family AF_UNSPEC
/// for msg in conn.dump(&req)?.into_raw_iter() {
///     let msg = msg?;
///     println!("link message of {} bytes", msg.len());
/// }
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
#[derive(Debug)]
pub struct Conn {
    pub(crate) transport: Transport,
    pub(crate) port_id: u32,
    pub(crate) next_sequence: u32,
    pub(crate) recv_buf: Vec<u8>,
    send_buf: Vec<u8>,
    pub(crate) timeout: Duration,
    debug: bool,
    foreign: u64,
    /// Dumps that were interrupted end normally and set `interrupted_seen`.
    tolerate_interrupted: bool,
    interrupted_seen: bool,
    /// A rtnetlink socket: its errors are named by the rtnetlink families' names.
    route: bool,
}

/// Binds a request socket to an automatic port id and sets the options every connection
/// has (sync or async); returns the port id.
pub(crate) fn prepare(socket: &Socket) -> Result<u32> {
    socket.bind(0, 0)?;
    socket.set_ext_ack(true)?;
    // Strict checking exists since Linux 4.20; without it dumps are simply unfiltered.
    let _ = socket.set_strict_check(true);
    socket.set_cap_ack(true)?;
    socket.set_recv_buffer(DEFAULT_RECV_BUFFER)?;
    Ok(socket.port_id()?)
}

/// The bytes of a request that must be exactly one message, and its header (to stamp):
/// the one check both the blocking connection and the mux make.
pub(super) fn one_message(
    request: &MessageBuilder,
) -> std::result::Result<(&[u8], crate::wire::MessageHeader), BuildError> {
    let bytes = request.bytes()?;
    let view = MessageView::new_checked(bytes).map_err(|_| BuildError::NotOneMessage)?;
    if align(view.length() as usize) != bytes.len() {
        return Err(BuildError::NotOneMessage);
    }
    Ok((bytes, view.header()))
}

/// True when `socket` is a rtnetlink socket (whose requests the rtnetlink families'
/// attribute names describe).
pub(crate) fn is_route(socket: &Socket) -> bool {
    socket.protocol().is_ok_and(|p| p == libc::NETLINK_ROUTE)
}

/// Locates the attribute a kernel error's offset points at, from the request that failed
/// (the bytes sent differ only in the header, so offsets are the same): its path of types,
/// and on a rtnetlink socket (`route`) its name where the rtnetlink families compiled in
/// describe the request.
pub(crate) fn locate(e: Error, request: &MessageBuilder, route: bool) -> Error {
    match e {
        Error::Kernel(mut k) => {
            if let (Some(offset), Some(first), Ok(bytes)) = (
                k.ext_ack.offset,
                request.attributes_offset(),
                request.bytes(),
            ) {
                k.attribute = crate::wire::attr::attribute_path(bytes, first, offset as usize)
                    .map(Vec::into_boxed_slice);
            }
            if route {
                name_rtnetlink(&mut k, request);
            }
            Error::Kernel(k)
        }
        other => other,
    }
}

#[cfg(feature = "ynl")]
fn name_rtnetlink(k: &mut super::KernelError, request: &MessageBuilder) {
    if let Some(names) = crate::ynl::rtnetlink_names(k.request_type) {
        k.name_attribute(names, request);
    }
}

#[cfg(not(feature = "ynl"))]
fn name_rtnetlink(_: &mut super::KernelError, _: &MessageBuilder) {}

pub(crate) fn initial_sequence() -> u32 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (now.as_secs() as u32) ^ now.subsec_nanos()
}

impl Conn {
    /// Opens a connection of `protocol` in the current namespace.
    pub fn new(protocol: Protocol) -> Result<Conn> {
        Conn::from_socket(Socket::new(protocol)?)
    }

    /// Opens a connection of `protocol` inside the namespace `netns`; the calling thread
    /// does not move.
    pub fn new_in(netns: &Netns, protocol: Protocol) -> Result<Conn> {
        Conn::from_socket(netns.socket(protocol)?)
    }

    /// Takes an unbound socket, binds it to an automatic port id and sets the default
    /// options.
    pub fn from_socket(socket: Socket) -> Result<Conn> {
        let port_id = prepare(&socket)?;
        let route = is_route(&socket);
        Ok(Conn {
            transport: Transport::Kernel(socket),
            port_id,
            next_sequence: initial_sequence(),
            recv_buf: vec![0; crate::sys::MIN_RECV_BUFFER],
            send_buf: Vec::with_capacity(4096),
            timeout: DEFAULT_TIMEOUT,
            debug: std::env::var_os("NLKIT_DEBUG").is_some_and(|v| v == "1"),
            foreign: 0,
            tolerate_interrupted: false,
            interrupted_seen: false,
            route,
        })
    }

    #[cfg(test)]
    pub(crate) fn scripted(kernel: super::scripted::FakeKernel, port_id: u32) -> Conn {
        Conn {
            transport: Transport::Scripted(Box::new(kernel)),
            port_id,
            next_sequence: 100,
            recv_buf: vec![0; 64],
            send_buf: Vec::new(),
            timeout: Duration::from_millis(10),
            debug: false,
            foreign: 0,
            tolerate_interrupted: false,
            interrupted_seen: false,
            route: false,
        }
    }

    /// How dumps report `NLM_F_DUMP_INTR`. Off (the default): the dump ends with
    /// `Err(Error::DumpInterrupted)` after its last item. On: the dump ends normally and
    /// [`take_interrupted`](Conn::take_interrupted) tells; for programs that print as they
    /// go and warn at the end, as iproute2 does ("Dump was interrupted and may be
    /// inconsistent.").
    pub fn set_tolerate_interrupted_dumps(&mut self, on: bool) {
        self.tolerate_interrupted = on;
    }

    /// True when a dump ended interrupted since the last call (with
    /// [`set_tolerate_interrupted_dumps`](Conn::set_tolerate_interrupted_dumps) on).
    pub fn take_interrupted(&mut self) -> bool {
        std::mem::take(&mut self.interrupted_seen)
    }

    /// The socket, to set further options (e.g. [`Socket::set_recv_buffer_force`]).
    pub fn socket(&self) -> &Socket {
        match &self.transport {
            Transport::Kernel(s) => s,
            #[cfg(test)]
            Transport::Scripted(_) => unreachable!("a scripted connection has no socket"),
        }
    }

    /// The port id the kernel assigned to this connection.
    pub fn port_id(&self) -> u32 {
        self.port_id
    }

    /// Sets how long to wait for each datagram of an answer.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// How many datagrams were skipped because they did not come from the kernel.
    pub fn foreign_datagrams(&self) -> u64 {
        self.foreign
    }

    pub(crate) fn take_sequence(&mut self) -> u32 {
        let s = self.next_sequence;
        self.next_sequence = self.next_sequence.wrapping_add(1);
        if self.next_sequence == 0 {
            self.next_sequence = 1;
        }
        s
    }

    /// Appends `request` (exactly one message) to `out` with `extra` flags, a new sequence
    /// number and our port id. Returns (sequence, message type).
    pub(crate) fn stamp_into(
        &mut self,
        out: &mut Vec<u8>,
        request: &MessageBuilder,
        extra: Flags,
    ) -> std::result::Result<(u32, u16), BuildError> {
        let (bytes, mut header) = one_message(request)?;
        header.flags |= Flags::REQUEST | extra;
        header.sequence = self.take_sequence();
        header.port_id = self.port_id;
        let start = out.len();
        out.extend_from_slice(bytes);
        header.emit(&mut out[start..]);
        Ok((header.sequence, header.message_type))
    }

    fn send_one(&mut self, request: &MessageBuilder, extra: Flags) -> Result<(u32, u16)> {
        let mut buf = std::mem::take(&mut self.send_buf);
        buf.clear();
        let stamped = self.stamp_into(&mut buf, request, extra);
        let sent = match stamped {
            Ok(ids) => self.send_raw(&buf).map(|_| ids),
            Err(e) => Err(Error::Build(e)),
        };
        self.send_buf = buf;
        sent
    }

    /// Sends bytes holding one or more stamped messages in one sendmsg.
    pub(crate) fn send_raw(&mut self, bytes: &[u8]) -> Result<()> {
        if self.debug {
            eprint!("{}", hexdump::describe("send", bytes));
        }
        self.transport.send(bytes)?;
        Ok(())
    }

    /// Receives the next datagram from the kernel into `recv_buf`; returns its length, or
    /// `None` when `wait` is false and nothing is queued. Datagrams from other senders are
    /// skipped. ENOBUFS becomes `Error::Overrun`; no datagram within the timeout,
    /// `Error::Timeout`.
    pub(crate) fn recv_datagram(&mut self, wait: bool) -> Result<Option<usize>> {
        loop {
            match self.transport.recv(&mut self.recv_buf) {
                Ok(r) => {
                    if self.debug {
                        let data = self.recv_buf.get(..r.len).unwrap_or(&[]);
                        eprint!("{}", hexdump::describe("recv", data));
                    }
                    if r.sender_port != 0 {
                        self.foreign += 1;
                        continue;
                    }
                    return Ok(Some(r.len));
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if !wait {
                        return Ok(None);
                    }
                    if !self.transport.wait_readable(self.timeout)? {
                        return Err(Error::Timeout(self.timeout));
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Reads datagrams until `exchange` finishes, handing each data message of it to
    /// `on_item`.
    fn finish_exchange(
        &mut self,
        exchange: &mut Exchange,
        mut on_item: impl FnMut(&[u8]),
    ) -> Result<ExtAck> {
        loop {
            let len = self.recv_datagram(true)?.unwrap_or(0);
            let data = self.recv_buf.get(..len).unwrap_or(&[]);
            for msg in MessageIter::new(data) {
                let msg = msg?;
                match exchange.feed(&msg) {
                    Step::Skip => {}
                    Step::Item => on_item(msg.as_bytes()),
                    Step::Finished(ext) => return Ok(ext),
                    Step::Failed(e) => return Err(e),
                }
            }
        }
    }

    /// Sends a request that changes something and waits for its ACK (`NLM_F_ACK` is
    /// added). Returns the ACK with any warning, or the kernel's error with its text.
    pub fn execute(&mut self, request: &MessageBuilder) -> Result<Ack> {
        let (seq, ty) = self.send_one(request, Flags::ACK)?;
        let mut x = Exchange::new(Mode::Ack, seq, self.port_id, ty);
        let ext_ack = self
            .finish_exchange(&mut x, |_| {})
            .map_err(|e| locate(e, request, self.route))?;
        Ok(Ack { ext_ack })
    }

    /// Sends a change with `NLM_F_ECHO` and waits for its ACK; returns the ACK and the
    /// messages the kernel echoed back (the notification of the change, in the format of
    /// a dump's message; none for changes the kernel does not echo), as `ip -echo` shows
    /// them.
    pub fn execute_echo(&mut self, request: &MessageBuilder) -> Result<(Ack, Vec<Vec<u8>>)> {
        let (seq, ty) = self.send_one(request, Flags::ACK | Flags::ECHO)?;
        let mut x = Exchange::new(Mode::Echo, seq, self.port_id, ty);
        let mut echoed = Vec::new();
        let ext_ack = self
            .finish_exchange(&mut x, |m| echoed.push(m.to_vec()))
            .map_err(|e| locate(e, request, self.route))?;
        Ok((Ack { ext_ack }, echoed))
    }

    /// Sends a request that has one answer (a GET of one object) and returns it.
    pub fn request(&mut self, request: &MessageBuilder) -> Result<Reply> {
        let (seq, ty) = self.send_one(request, Flags::ACK)?;
        let mut x = Exchange::new(Mode::Reply, seq, self.port_id, ty);
        let mut bytes = None;
        let ext_ack = self
            .finish_exchange(&mut x, |m| {
                bytes.get_or_insert_with(|| m.to_vec());
            })
            .map_err(|e| locate(e, request, self.route))?;
        match bytes {
            Some(bytes) => Ok(Reply {
                bytes,
                ack: Ack { ext_ack },
            }),
            None => Err(Error::Protocol {
                what: "no reply",
                message_type: ty,
            }),
        }
    }

    /// Starts a dump (`NLM_F_DUMP` is added) and returns a streaming reader over its
    /// messages. Nothing is collected: each datagram is read when the previous one is used
    /// up, so memory stays constant however large the dump.
    ///
    /// A `Dump` dropped before its end leaves the rest of the dump in the socket; later
    /// requests skip it (by sequence number) as they read.
    pub fn dump(&mut self, request: &MessageBuilder) -> Result<Dump<'_>> {
        let (seq, ty) = self.send_one(request, Flags::DUMP)?;
        let exchange = Exchange::new(Mode::Dump, seq, self.port_id, ty);
        Ok(Dump {
            conn: self,
            exchange,
            len: 0,
            offset: 0,
            finished: false,
            datagrams: 0,
        })
    }

    /// Dumps into a `Vec`, starting over when the dump was interrupted (`NLM_F_DUMP_INTR`:
    /// the table changed while it was read), up to `max_retries` more times. Only link,
    /// address, nexthop and stats dumps can be interrupted; route, neighbour and rule dumps
    /// never carry the flag. A message that fails to decode fails the call.
    ///
    /// Returns `Err(Error::DumpInterrupted)` when every attempt was interrupted.
    pub fn dump_consistent<T>(
        &mut self,
        request: &MessageBuilder,
        max_retries: u32,
        mut decode: impl FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
    ) -> Result<Vec<T>> {
        let mut attempt = 0;
        loop {
            let mut items = Vec::new();
            let mut dump = self.dump(request)?;
            let mut interrupted = false;
            while let Some(m) = dump.next_message() {
                match m {
                    Ok(m) => items.push(decode(m)?),
                    Err(Error::DumpInterrupted) => interrupted = true,
                    Err(e) => return Err(e),
                }
            }
            if !interrupted {
                return Ok(items);
            }
            if attempt >= max_retries {
                return Err(Error::DumpInterrupted);
            }
            attempt += 1;
        }
    }

    /// Starts a pipeline: many requests in flight, answers matched to requests in order.
    pub fn pipeline(&mut self) -> super::Pipeline<'_> {
        super::Pipeline::new(self)
    }
}

/// A dump in progress. [`Dump::next_message`] lends each message; [`Dump::decode`] turns the
/// dump into an iterator of owned, decoded items.
///
/// A message that carried `NLM_F_DUMP_INTR` makes the dump end with
/// `Err(Error::DumpInterrupted)` after its last item; an error in `NLMSG_DONE` ends it with
/// that kernel error.
#[derive(Debug)]
pub struct Dump<'c> {
    conn: &'c mut Conn,
    exchange: Exchange,
    len: usize,
    offset: usize,
    finished: bool,
    datagrams: u64,
}

impl<'c> Dump<'c> {
    /// The byte range in the receive buffer of the next message of the dump.
    fn advance(&mut self) -> Option<Result<Range<usize>>> {
        loop {
            if self.finished {
                return None;
            }
            if self.offset >= self.len {
                match self.conn.recv_datagram(true) {
                    Ok(len) => {
                        self.len = len.unwrap_or(0);
                        self.offset = 0;
                        self.datagrams += 1;
                    }
                    Err(e) => {
                        self.finished = true;
                        return Some(Err(e));
                    }
                }
                continue;
            }
            let rest = self.conn.recv_buf.get(self.offset..self.len).unwrap_or(&[]);
            let msg = match MessageView::new_checked(rest) {
                Ok(m) => m,
                Err(e) => {
                    // Nothing after a bad header in this datagram can be trusted; the dump
                    // itself may go on in the next one.
                    let e = e.at(self.offset);
                    self.offset = self.len;
                    return Some(Err(Error::Decode(e)));
                }
            };
            let len = msg.length() as usize;
            let start = self.offset;
            self.offset = start.saturating_add(align(len));
            match self.exchange.feed(&msg) {
                Step::Skip => {}
                Step::Item => return Some(Ok(start..start + len)),
                Step::Finished(_) => {
                    self.finished = true;
                    return None;
                }
                Step::Failed(Error::DumpInterrupted) if self.conn.tolerate_interrupted => {
                    self.finished = true;
                    self.conn.interrupted_seen = true;
                    return None;
                }
                Step::Failed(e) => {
                    self.finished = true;
                    return Some(Err(e));
                }
            }
        }
    }

    /// The next message of the dump, borrowed from the receive buffer; `None` at the end.
    pub fn next_message(&mut self) -> Option<Result<MessageView<&[u8]>>> {
        let range = match self.advance()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let bytes = self.conn.recv_buf.get(range).unwrap_or(&[]);
        Some(Ok(MessageView::new_trusted(bytes)))
    }

    /// Turns the dump into an iterator of items decoded by `decode`. A message that fails
    /// to decode yields `Err(Error::Decode)` and the dump goes on.
    pub fn decode<T, F>(self, decode: F) -> DecodedDump<'c, F>
    where
        F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
    {
        DecodedDump { dump: self, decode }
    }

    /// An iterator of owned copies of each message (`Vec<u8>`).
    pub fn into_raw_iter(self) -> impl Iterator<Item = Result<Vec<u8>>> + 'c {
        self.decode(|m| Ok(m.as_bytes().to_vec()))
    }

    /// How many datagrams the dump has read so far.
    pub fn datagrams(&self) -> u64 {
        self.datagrams
    }

    /// True once a message of the dump carried `NLM_F_DUMP_INTR`.
    pub fn interrupted(&self) -> bool {
        self.exchange.interrupted()
    }

    /// The sequence number of the dump's request (every answer carries it).
    pub fn sequence(&self) -> u32 {
        self.exchange.sequence()
    }

    /// The port id of the socket the dump reads (every answer is addressed to it).
    pub fn port_id(&self) -> u32 {
        self.conn.port_id()
    }

    /// True when the dump has ended (successfully or not).
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

/// A dump whose messages are decoded into owned items (see [`Dump::decode`]).
#[derive(Debug)]
pub struct DecodedDump<'c, F> {
    dump: Dump<'c>,
    decode: F,
}

impl<'c, F> DecodedDump<'c, F> {
    /// The underlying dump (for its counters).
    pub fn dump(&self) -> &Dump<'c> {
        &self.dump
    }
}

impl<T, F> Iterator for DecodedDump<'_, F>
where
    F: FnMut(MessageView<&[u8]>) -> std::result::Result<T, DecodeError>,
{
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        let msg = match self.dump.next_message()? {
            Ok(m) => m,
            Err(e) => return Some(Err(e)),
        };
        Some((self.decode)(msg).map_err(Error::Decode))
    }
}
