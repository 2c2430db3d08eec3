//! Typed rtnetlink events: [`Event`] (what one notification means) and [`Events`] (a
//! subscription that yields them). Subscribers, the mirror and `nlip monitor` all read
//! events through this one decoder.
//!
//! ```no_run
//! use nlkit::rtnl::{group, AnyObject, Event, Events};
//! use std::time::Duration;
//! let mut events = Events::new(&[group::RTNLGRP_LINK, group::RTNLGRP_IPV4_ROUTE])?;
//! while let Some(event) = events.next(Some(Duration::from_secs(1)))? {
//!     match event {
//!         Event::New(AnyObject::Route(r)) => println!("route {:?}/{}", r.destination, r.destination_len),
//!         Event::Deleted(AnyObject::Link(l)) => println!("link {:?} gone", l.name),
//!         Event::Overrun => println!("events lost: dump again"),
//!         _ => {}
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::message_type::RTM_GETNEIGH;
use super::neigh::Neighbour;
use super::object::{AnyObject, Kind, Object};
use crate::engine::{Error, Notification, Subscription};
use crate::sys::{Netns, Protocol};
use crate::wire::{DecodeError, MessageView};
use std::time::Duration;

/// What one rtnetlink notification means.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An object appeared or changed (`RTM_NEW*`): its new value.
    New(AnyObject),
    /// An object went away (`RTM_DEL*`): its last value.
    Deleted(AnyObject),
    /// Not state: the kernel asks user space to resolve a neighbour (`RTM_GETNEIGH` on the
    /// neighbour group, sent when a table's `app_probes` (sysctl `app_solicit`) is above
    /// zero; `ip monitor` prints it as `miss`).
    NeighbourRequest(Neighbour),
    /// A message of another type, kept whole.
    Other {
        /// Its `nlmsg_type`.
        message_type: u16,
        /// The whole message.
        message: Vec<u8>,
    },
    /// A message of an object's type that could not be decoded: state built from events
    /// may now be wrong for that kind.
    Malformed {
        /// The kind the message type says.
        kind: Kind,
        /// Its `nlmsg_type`.
        message_type: u16,
        /// What was wrong.
        error: DecodeError,
    },
    /// Notifications were lost (ENOBUFS): state built from events must be read again.
    Overrun,
}

impl Event {
    /// What the message `msg` means.
    pub fn decode(msg: &MessageView<&[u8]>) -> Event {
        let t = msg.message_type();
        if t == RTM_GETNEIGH {
            return match Neighbour::parse(msg.payload()) {
                Ok(n) => Event::NeighbourRequest(n),
                Err(error) => Event::Malformed {
                    kind: Kind::Neighbour,
                    message_type: t,
                    error,
                },
            };
        }
        let Some((kind, new)) = AnyObject::classify(t) else {
            return Event::Other {
                message_type: t,
                message: msg.as_bytes().to_vec(),
            };
        };
        match AnyObject::parse(msg) {
            Some(Ok(o)) if new => Event::New(o),
            Some(Ok(o)) => Event::Deleted(o),
            Some(Err(error)) => Event::Malformed {
                kind,
                message_type: t,
                error,
            },
            None => Event::Other {
                message_type: t,
                message: msg.as_bytes().to_vec(),
            },
        }
    }

    /// The object of a `New` or `Deleted` event.
    pub fn object(&self) -> Option<&AnyObject> {
        match self {
            Event::New(o) | Event::Deleted(o) => Some(o),
            _ => None,
        }
    }
}

/// A subscription to rtnetlink groups that yields typed [`Event`]s. An overrun is an event
/// of its own ([`Event::Overrun`], once per episode); the receive buffer is the large one
/// [`Subscription`] asks for. The async twin is `rtnl::tokio::Events` (feature `tokio`),
/// with the same decoding.
#[derive(Debug)]
pub struct Events {
    subscription: Subscription,
    origin: Origin,
}

/// Where the last notification came from, and what a notification means as an event: the
/// one mapping of the blocking and the async [`Events`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Origin {
    /// The peer namespace id of the last event (with `NETLINK_LISTEN_ALL_NSID`).
    pub(crate) nsid: Option<i32>,
    /// The group the last event was sent to (with `NETLINK_PKTINFO`).
    pub(crate) group: Option<u32>,
}

impl Origin {
    /// The event of `notification`; a message's namespace id and group are noted.
    pub(crate) fn event(&mut self, notification: Notification<'_>) -> Event {
        match notification {
            Notification::Overrun => Event::Overrun,
            Notification::Message {
                message,
                nsid,
                group,
            } => {
                self.nsid = nsid;
                self.group = group;
                Event::decode(&message)
            }
        }
    }
}

impl Events {
    /// Joins `groups` (see [`super::group`]) in the current namespace.
    pub fn new(groups: &[u32]) -> Result<Events, Error> {
        Ok(Events::from_subscription(Subscription::new(
            Protocol::Route,
            groups,
        )?))
    }

    /// Joins `groups` in the namespace `netns`.
    pub fn new_in(netns: &Netns, groups: &[u32]) -> Result<Events, Error> {
        Ok(Events::from_subscription(Subscription::new_in(
            netns,
            Protocol::Route,
            groups,
        )?))
    }

    /// Reads events from a subscription made elsewhere (with other socket options).
    pub fn from_subscription(subscription: Subscription) -> Events {
        Events {
            subscription,
            origin: Origin::default(),
        }
    }

    /// The next event; `Ok(None)` when `timeout` passed without one (`None` waits without
    /// limit). A malformed datagram gives `Err(Error::Decode)` and reading goes on.
    pub fn next(&mut self, timeout: Option<Duration>) -> Result<Option<Event>, Error> {
        let notification = self.subscription.next_notification(timeout)?;
        Ok(notification.map(|n| self.origin.event(n)))
    }

    /// The peer namespace id of the last event (with `NETLINK_LISTEN_ALL_NSID`).
    pub fn nsid(&self) -> Option<i32> {
        self.origin.nsid
    }

    /// The group the last event was sent to (with `NETLINK_PKTINFO`).
    pub fn group(&self) -> Option<u32> {
        self.origin.group
    }

    /// The subscription (its socket, its counters).
    pub fn subscription(&self) -> &Subscription {
        &self.subscription
    }
}

/// The groups that carry the events of `kinds`, for IPv4 and IPv6 unless `family` narrows
/// them (links, neighbours, nexthops and nsids have one group for every family).
pub fn groups_for(kinds: &[Kind], family: Option<super::AddressFamily>) -> Vec<u32> {
    use super::group::*;
    use super::AddressFamily::{Inet, Inet6};
    let v4 = family.is_none_or(|f| f == Inet);
    let v6 = family.is_none_or(|f| f == Inet6);
    let mut out = Vec::new();
    for &k in kinds {
        let (one, four, six) = match k {
            Kind::Link => (Some(RTNLGRP_LINK), None, None),
            Kind::Neighbour => (Some(RTNLGRP_NEIGH), None, None),
            Kind::Nexthop | Kind::NexthopBucket => (Some(RTNLGRP_NEXTHOP), None, None),
            Kind::Nsid => (Some(RTNLGRP_NSID), None, None),
            Kind::Address => (None, Some(RTNLGRP_IPV4_IFADDR), Some(RTNLGRP_IPV6_IFADDR)),
            Kind::Route => (None, Some(RTNLGRP_IPV4_ROUTE), Some(RTNLGRP_IPV6_ROUTE)),
            Kind::Rule => (None, Some(RTNLGRP_IPV4_RULE), Some(RTNLGRP_IPV6_RULE)),
            Kind::Netconf => (None, Some(RTNLGRP_IPV4_NETCONF), Some(RTNLGRP_IPV6_NETCONF)),
        };
        out.extend(one);
        out.extend(four.filter(|_| v4));
        out.extend(six.filter(|_| v6));
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rtnl::message_type::{RTM_DELNETCONF, RTM_NEWNEIGH};
    use crate::rtnl::netconf::Netconf;
    use crate::wire::{Flags, MessageBuilder, MessageIter};

    /// `ip link add br1 type bridge; ip link del br1` as a netconf listener saw it (see
    /// the netconf tests): two new, two deleted.
    const NETCONF_EVENTS: &[u8] = include_bytes!("netconf/fixtures/events.bin");

    #[test]
    fn notifications_decode_as_new_and_deleted() {
        let events: Vec<Event> = MessageIter::new(NETCONF_EVENTS)
            .map(|m| Event::decode(&m.unwrap()))
            .collect();
        assert_eq!(events.len(), 4);
        assert!(matches!(&events[0], Event::New(AnyObject::Netconf(_))));
        assert!(matches!(&events[1], Event::New(AnyObject::Netconf(_))));
        let Event::Deleted(AnyObject::Netconf(c)) = &events[2] else {
            panic!("{:?}", events[2]);
        };
        assert_eq!(c.interface, Some(7));
        assert!(events[3].object().is_some());
        let m = MessageIter::new(NETCONF_EVENTS).nth(2).unwrap().unwrap();
        assert_eq!(m.message_type(), RTM_DELNETCONF);
        assert_eq!(
            events[2],
            Event::Deleted(AnyObject::Netconf(Netconf::from_message(&m).unwrap()))
        );
    }

    #[test]
    fn requests_other_types_and_malformed() {
        // The kernel asking for a neighbour to be resolved.
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        Neighbour::to(3, "10.0.0.9".parse().unwrap()).emit(&mut b);
        let bytes = b.finish().unwrap();
        let e = Event::decode(&MessageView::new_checked(&bytes[..]).unwrap());
        let Event::NeighbourRequest(n) = &e else {
            panic!("{e:?}");
        };
        assert_eq!(n.destination, Some("10.0.0.9".parse().unwrap()));
        assert_eq!(e.object(), None);
        // Another type is kept whole.
        let other = [16u8, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let e = Event::decode(&MessageView::new_checked(&other[..]).unwrap());
        assert_eq!(
            e,
            Event::Other {
                message_type: 0x40,
                message: other.to_vec()
            }
        );
        // A neighbour notification too short for its header.
        let short = [
            18u8,
            0,
            0,
            0,
            RTM_NEWNEIGH as u8,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            2,
            0,
        ];
        let e = Event::decode(&MessageView::new_checked(&short[..]).unwrap());
        assert!(matches!(
            e,
            Event::Malformed {
                kind: Kind::Neighbour,
                message_type: RTM_NEWNEIGH,
                ..
            }
        ));
    }

    #[test]
    fn groups_of_kinds() {
        use crate::rtnl::group::*;
        use crate::rtnl::AddressFamily;
        assert_eq!(
            groups_for(&[Kind::Route, Kind::Link], None),
            [RTNLGRP_LINK, RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE]
        );
        assert_eq!(
            groups_for(
                &[Kind::Address, Kind::Neighbour],
                Some(AddressFamily::Inet6)
            ),
            [RTNLGRP_NEIGH, RTNLGRP_IPV6_IFADDR]
        );
        assert_eq!(
            groups_for(&[Kind::Nexthop, Kind::NexthopBucket], None),
            [RTNLGRP_NEXTHOP]
        );
    }
}
