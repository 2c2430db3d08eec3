//! [`Events`]: typed rtnetlink events on tokio, decoded as the blocking
//! [`crate::rtnl::Events`] decodes them.

use crate::engine::Error;
use crate::rtnl::event::{Event, Origin};
use crate::sys::{Netns, Protocol, Socket};
use crate::tokio::Subscription;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// A subscription to rtnetlink groups that yields typed [`Event`]s on tokio: the async
/// twin of [`crate::rtnl::Events`], with the same receive buffer and the same meaning for
/// every result. An overrun is an event of its own ([`Event::Overrun`], once per episode).
///
/// Read it with [`next`](Events::next) (with a timeout) or as a `futures_core::Stream` of
/// `Result<Event, Error>`, which never ends (a malformed datagram is an `Err` item, and
/// reading goes on after it). Waiting is cancel-safe.
///
/// ```no_run
/// # async fn f() -> Result<(), nlkit::engine::Error> {
/// use nlkit::rtnl::{self, groups_for, AnyObject, Event, Kind};
/// use std::time::Duration;
/// let mut events = rtnl::tokio::Events::new(&groups_for(&[Kind::Link, Kind::Route], None))?;
/// while let Some(event) = events.next(Some(Duration::from_secs(10))).await? {
///     match event {
///         Event::New(AnyObject::Route(r)) => println!("route {:?}/{}", r.destination, r.destination_len),
///         Event::Deleted(AnyObject::Link(l)) => println!("link {:?} gone", l.name),
///         Event::Overrun => println!("events were lost: dump again"),
///         _ => {}
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Events {
    subscription: Subscription,
    origin: Origin,
}

impl Events {
    /// Joins `groups` (see [`crate::rtnl::group`]) in the current namespace. Call it inside
    /// a tokio runtime.
    pub fn new(groups: &[u32]) -> Result<Events, Error> {
        let subscription = Subscription::new(Protocol::Route, groups)?;
        Ok(Events::from_subscription(subscription))
    }

    /// Joins `groups` in the namespace `netns` (the socket is made on a short-lived
    /// thread: no runtime thread calls setns).
    pub fn new_in(netns: &Netns, groups: &[u32]) -> Result<Events, Error> {
        let subscription = Subscription::new_in(netns, Protocol::Route, groups)?;
        Ok(Events::from_subscription(subscription))
    }

    /// Reads events from a subscription made elsewhere (with other socket options).
    pub fn from_subscription(subscription: Subscription) -> Events {
        Events {
            subscription,
            origin: Origin::default(),
        }
    }

    /// The next event; `Ok(None)` when `timeout` passed without one (`None` waits without
    /// limit; a zero timeout returns what is already queued). A malformed datagram gives
    /// `Err(Error::Decode)` and reading goes on.
    pub async fn next(&mut self, timeout: Option<Duration>) -> Result<Option<Event>, Error> {
        let Events {
            subscription,
            origin,
        } = self;
        let notification = subscription.next_notification(timeout).await?;
        Ok(notification.map(|n| origin.event(n)))
    }

    /// Polls for the next event (what the `Stream` implementation does).
    pub fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Result<Event, Error>> {
        let step = match self.subscription.poll_step(cx) {
            Poll::Ready(step) => step?,
            Poll::Pending => return Poll::Pending,
        };
        match self.subscription.notification(step) {
            Some(n) => Poll::Ready(Ok(self.origin.event(n))),
            None => unreachable!("poll_step never ends on WouldBlock"),
        }
    }

    /// The peer namespace id of the last event (with `NETLINK_LISTEN_ALL_NSID`).
    pub fn nsid(&self) -> Option<i32> {
        self.origin.nsid
    }

    /// The group the last event was sent to (with `NETLINK_PKTINFO`).
    pub fn group(&self) -> Option<u32> {
        self.origin.group
    }

    /// The subscription (its counters).
    pub fn subscription(&self) -> &Subscription {
        &self.subscription
    }

    /// The subscription's socket (to tune its receive buffer, say).
    pub fn socket(&self) -> &Socket {
        self.subscription.socket()
    }
}

impl futures_core::Stream for Events {
    type Item = Result<Event, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_event(cx).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rtnl::AnyObject;

    /// Reads the next item of a stream (what `StreamExt::next` would do).
    async fn next_item<S: futures_core::Stream + Unpin>(s: &mut S) -> Option<S::Item> {
        std::future::poll_fn(|cx| Pin::new(&mut *s).poll_next(cx)).await
    }

    /// `ip link add br1 type bridge; ip link del br1` as a netconf listener saw it (see
    /// the event tests): two new, two deleted.
    const NETCONF_EVENTS: &[u8] = include_bytes!("../netconf/fixtures/events.bin");

    fn datagram(sender: u32, bytes: &[u8]) -> Vec<u8> {
        [&sender.to_ne_bytes()[..], bytes].concat()
    }

    async fn typed_events_as_next_and_as_a_stream() {
        let (sub, kernel) = Subscription::fake();
        let mut events = Events::from_subscription(sub);
        assert_eq!(events.next(Some(Duration::ZERO)).await.unwrap(), None);
        kernel.send(&datagram(0, NETCONF_EVENTS)).unwrap();
        kernel.send(&[]).unwrap(); // ENOBUFS
        kernel.send(&datagram(0, &NETCONF_EVENTS[..20])).unwrap(); // cut short
        kernel.send(&datagram(0, NETCONF_EVENTS)).unwrap();
        let first = events.next(None).await.unwrap().unwrap();
        assert!(
            matches!(first, Event::New(AnyObject::Netconf(_))),
            "{first:?}"
        );
        let mut kinds = Vec::new();
        for _ in 0..8 {
            match next_item(&mut events).await.unwrap() {
                Ok(Event::New(_)) => kinds.push("new"),
                Ok(Event::Deleted(_)) => kinds.push("deleted"),
                Ok(Event::Overrun) => kinds.push("overrun"),
                Ok(e) => panic!("{e:?}"),
                Err(Error::Decode(_)) => kinds.push("decode"),
                Err(e) => panic!("{e}"),
            }
        }
        let expected = [
            "new", "deleted", "deleted", "overrun", "decode", "new", "new",
        ];
        assert_eq!(kinds[..7], expected);
        assert_eq!(kinds[7], "deleted");
        assert_eq!(events.subscription().overruns(), 1);
        assert_eq!((events.nsid(), events.group()), (None, None));
    }

    #[::tokio::test(flavor = "current_thread")]
    async fn typed_events_as_next_and_as_a_stream_current_thread() {
        typed_events_as_next_and_as_a_stream().await;
    }

    #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn typed_events_as_next_and_as_a_stream_multi_thread() {
        typed_events_as_next_and_as_a_stream().await;
    }
}
