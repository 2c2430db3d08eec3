//! [`Subscription`]: multicast notifications on tokio, read by the same sans-I/O rules as
//! the blocking [`crate::engine::Subscription`] (only datagrams from the kernel; an
//! overrun reported once per episode; a malformed datagram an error, then skipped).

use super::io::Io;
use crate::engine::{join, Notification, NotificationReader, Result, Step};
use crate::sys::{Netns, Protocol, Socket};
use ::tokio::io::unix::AsyncFd;
use std::future::poll_fn;
use std::task::{Context, Poll};
use std::time::Duration;

/// A notification listener on tokio: the async twin of [`crate::engine::Subscription`],
/// with the same meaning for every result. Typed rtnetlink events on top of it are
/// [`crate::rtnl::tokio::Events`].
///
/// Waiting is cancel-safe: a [`next_notification`](Subscription::next_notification) future
/// dropped before it is ready (in a `select!`, say) loses nothing.
///
/// ```no_run
/// # async fn f() -> Result<(), nlkit::engine::Error> {
/// use nlkit::engine::Notification;
/// use nlkit::rtnl::group::RTNLGRP_LINK;
/// use nlkit::sys::Protocol;
/// use nlkit::tokio::Subscription;
/// use std::time::Duration;
/// let mut sub = Subscription::new(Protocol::Route, &[RTNLGRP_LINK])?;
/// while let Some(n) = sub.next_notification(Some(Duration::from_secs(1))).await? {
///     match n {
///         Notification::Message { message, .. } => println!("type {}", message.message_type()),
///         Notification::Overrun => println!("lost events: resync"),
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Subscription {
    fd: AsyncFd<Io>,
    reader: NotificationReader,
}

impl Subscription {
    /// Opens a socket of `protocol` in the current namespace and joins `groups` (group
    /// numbers, e.g. `RTNLGRP_IPV4_ROUTE`). Call it inside a tokio runtime (the socket is
    /// registered with its reactor).
    pub fn new(protocol: Protocol, groups: &[u32]) -> Result<Subscription> {
        Subscription::from_socket(Socket::new(protocol)?, groups)
    }

    /// The same, inside the namespace `netns`. The socket is made on a short-lived
    /// thread, so no runtime thread ever calls setns.
    pub fn new_in(netns: &Netns, protocol: Protocol, groups: &[u32]) -> Result<Subscription> {
        Subscription::from_socket(netns.socket(protocol)?, groups)
    }

    /// Binds an unbound socket, joins `groups` and registers it with the runtime.
    pub fn from_socket(socket: Socket, groups: &[u32]) -> Result<Subscription> {
        join(&socket, groups)?;
        socket.set_nonblocking(true)?;
        Subscription::with_io(Io::Kernel(socket))
    }

    fn with_io(io: Io) -> Result<Subscription> {
        Ok(Subscription {
            fd: crate::sys::reactor::register(io)?,
            reader: NotificationReader::new(),
        })
    }

    /// A subscription whose kernel is the returned end of a datagram pair: each datagram
    /// is the sender's port id (4 bytes, native order) and the bytes; an empty one stands
    /// for ENOBUFS.
    #[cfg(test)]
    pub(crate) fn fake() -> (Subscription, std::os::unix::net::UnixDatagram) {
        let (ours, theirs) = std::os::unix::net::UnixDatagram::pair().unwrap();
        ours.set_nonblocking(true).unwrap();
        (Subscription::with_io(Io::Fake(ours)).unwrap(), theirs)
    }

    /// The socket, for options (receive buffer size, `NETLINK_LISTEN_ALL_NSID`, ...).
    pub fn socket(&self) -> &Socket {
        self.fd.get_ref().socket()
    }

    /// How many overruns were reported so far.
    pub fn overruns(&self) -> u64 {
        self.reader.overruns()
    }

    /// How many datagrams were skipped because they did not come from the kernel.
    pub fn foreign_datagrams(&self) -> u64 {
        self.reader.foreign_datagrams()
    }

    /// The next notification; `Ok(None)` when `timeout` passed without one (`None` waits
    /// without limit; a zero timeout returns what is already queued). An overrun is
    /// [`Notification::Overrun`]; a malformed datagram gives `Err(Error::Decode)` and is
    /// skipped.
    pub async fn next_notification(
        &mut self,
        timeout: Option<Duration>,
    ) -> Result<Option<Notification<'_>>> {
        let step = poll_fn(|cx| self.poll_step(cx));
        let step = match timeout {
            None => step.await?,
            // The step is polled before the deadline: what is queued is never missed.
            Some(t) => match ::tokio::time::timeout(t, step).await {
                Ok(step) => step?,
                Err(_elapsed) => return Ok(None),
            },
        };
        Ok(self.reader.notification(step))
    }

    /// Reads until there is a message or an overrun (never [`Step::WouldBlock`]). Receives
    /// without waiting first; only after a receive under a readiness guard found nothing is
    /// the readiness cleared (so no wakeup is lost).
    pub(crate) fn poll_step(&mut self, cx: &mut Context<'_>) -> Poll<Result<Step>> {
        let Subscription { fd, reader } = self;
        let mut step = reader.advance(|buf| fd.get_ref().recv(buf))?;
        while step == Step::WouldBlock {
            let mut guard = match fd.poll_read_ready(cx) {
                Poll::Ready(ready) => ready?,
                Poll::Pending => return Poll::Pending,
            };
            step = reader.advance(|buf| fd.get_ref().recv(buf))?;
            if step == Step::WouldBlock {
                guard.clear_ready();
            }
        }
        Poll::Ready(Ok(step))
    }

    /// What a step of [`poll_step`](Subscription::poll_step) means.
    pub(crate) fn notification(&self, step: Step) -> Option<Notification<'_>> {
        self.reader.notification(step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scripted::message;
    use crate::engine::Error;
    use crate::wire::Flags;

    fn fake() -> (Subscription, std::os::unix::net::UnixDatagram) {
        Subscription::fake()
    }

    /// A datagram of the fake kernel from `sender` holding `parts`.
    fn datagram(sender: u32, parts: &[Vec<u8>]) -> Vec<u8> {
        [sender.to_ne_bytes().to_vec(), parts.concat()].concat()
    }

    fn note(tag: u8) -> Vec<u8> {
        message(16, Flags::NONE, 0, 0, &[tag; 3])
    }

    /// The tag of the next notification, "overrun", "decode" or "none" (timed out).
    async fn next_word(sub: &mut Subscription, timeout: Option<Duration>) -> String {
        match sub.next_notification(timeout).await {
            Ok(None) => "none".into(),
            Ok(Some(Notification::Overrun)) => "overrun".into(),
            Ok(Some(Notification::Message { message, .. })) => message.payload()[0].to_string(),
            Err(Error::Decode(_)) => "decode".into(),
            Err(e) => panic!("{e}"),
        }
    }

    async fn the_sync_rules_while_waiting() {
        let (mut sub, kernel) = fake();
        let mut bad = note(4);
        bad[0] = 99; // a length past the end of the datagram
                     // Nothing queued: a zero timeout and a short one return None.
        assert_eq!(next_word(&mut sub, Some(Duration::ZERO)).await, "none");
        assert_eq!(
            next_word(&mut sub, Some(Duration::from_millis(20))).await,
            "none"
        );
        let sender = std::thread::spawn(move || {
            for d in [
                datagram(0, &[note(1), note(2)]),
                datagram(77, &[note(9)]),
                Vec::new(),
                datagram(0, &[note(3), bad, note(5)]),
                datagram(0, &[note(6)]),
            ] {
                std::thread::sleep(Duration::from_millis(5));
                kernel.send(&d).unwrap();
            }
            kernel
        });
        let mut words = Vec::new();
        for _ in 0..6 {
            words.push(next_word(&mut sub, Some(Duration::from_secs(10))).await);
        }
        assert_eq!(words, ["1", "2", "overrun", "3", "decode", "6"]);
        assert_eq!((sub.overruns(), sub.foreign_datagrams()), (1, 1));
        // After the readiness was used up, a later datagram still wakes a waiter.
        let kernel = sender.join().unwrap();
        assert_eq!(
            next_word(&mut sub, Some(Duration::from_millis(20))).await,
            "none"
        );
        let late = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            kernel.send(&datagram(0, &[note(8)])).unwrap();
            kernel
        });
        assert_eq!(next_word(&mut sub, None).await, "8");
        drop(late.join().unwrap());
    }

    #[::tokio::test(flavor = "current_thread")]
    async fn the_sync_rules_while_waiting_current_thread() {
        the_sync_rules_while_waiting().await;
    }

    #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_sync_rules_while_waiting_multi_thread() {
        the_sync_rules_while_waiting().await;
    }

    #[::tokio::test(flavor = "current_thread")]
    async fn a_dropped_wait_loses_nothing() {
        let (mut sub, kernel) = fake();
        ::tokio::select! {
            biased;
            _ = ::tokio::time::sleep(Duration::from_millis(10)) => {}
            _ = sub.next_notification(None) => panic!("nothing was sent"),
        }
        kernel.send(&datagram(0, &[note(1), note(2)])).unwrap();
        assert_eq!(next_word(&mut sub, Some(Duration::ZERO)).await, "1");
        assert_eq!(next_word(&mut sub, Some(Duration::ZERO)).await, "2");
        assert_eq!(next_word(&mut sub, Some(Duration::ZERO)).await, "none");
    }

    #[test]
    fn outside_a_runtime_is_an_error() {
        let e = Subscription::new(Protocol::Route, &[]).unwrap_err();
        assert!(e.to_string().contains("tokio runtime"), "{e}");
    }
}
