//! ethtool's notifications (the `monitor` group): a device's settings changed, with what
//! they are now, typed as the replies to the matching reads.

use super::strings::{string_sets, StringSetId, StringSets};
use super::{
    Channels, Coalesce, Debug, Eee, Error, Features, LinkInfo, LinkModes, Pause, PrivateFlags,
    Rings, WakeOnLan,
};
use crate::engine::{Conn, Notification, Subscription};
use crate::genl::Families;
use crate::sys::Netns;
use crate::wire::DecodeError;
use crate::ynl::ethtool as raw;
use std::time::Duration;

/// What changed, with the device's settings after the change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// `linkinfo-ntf`.
    LinkInfo(LinkInfo),
    /// `linkmodes-ntf`.
    LinkModes(LinkModes),
    /// `debug-ntf`.
    Debug(Debug),
    /// `wol-ntf`.
    WakeOnLan(WakeOnLan),
    /// `features-ntf`.
    Features(Features),
    /// `privflags-ntf`.
    PrivateFlags(PrivateFlags),
    /// `rings-ntf`.
    Rings(Rings),
    /// `channels-ntf`.
    Channels(Channels),
    /// `coalesce-ntf`.
    Coalesce(Coalesce),
    /// `pause-ntf`.
    Pause(Pause),
    /// `eee-ntf`.
    Eee(Eee),
    /// A notification nlkit does not type (cable tests, FEC, modules, ...): its command.
    Other(u8),
}

/// An ethtool notification: the device and what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The device's ifindex.
    pub ifindex: Option<u32>,
    /// The device's name.
    pub name: Option<String>,
    /// What changed.
    pub change: Change,
}

fn device(h: &Option<raw::Header>) -> (Option<u32>, Option<String>) {
    h.as_ref()
        .map_or((None, None), |h| (h.dev_index, h.dev_name.clone()))
}

impl Event {
    /// Reads a notification (the payload after `nlmsghdr`), naming the bits of compact
    /// sets from `names` (the global features and link-modes sets; see [`Events`]).
    pub fn parse(payload: &[u8], names: &StringSets) -> Result<Event, DecodeError> {
        use raw::Notification as N;
        let modes = names.link_modes();
        let ((ifindex, name), change) = match raw::Notification::parse(payload)? {
            N::LinkinfoNtf(r) => (
                device(&r.header),
                Change::LinkInfo(LinkInfo::from_reply(&r)),
            ),
            N::LinkmodesNtf(r) => (
                device(&r.header),
                Change::LinkModes(LinkModes::from_reply(&r, modes)?),
            ),
            N::DebugNtf(r) => (device(&r.header), Change::Debug(Debug::from_reply(&r)?)),
            N::WolNtf(r) => (
                device(&r.header),
                Change::WakeOnLan(WakeOnLan::from_reply(&r)?),
            ),
            N::FeaturesNtf(r) => (
                device(&r.header),
                Change::Features(Features::from_reply(&r, names.features())?),
            ),
            N::PrivflagsNtf(r) => (
                device(&r.header),
                Change::PrivateFlags(PrivateFlags::from_reply(&r, None)?),
            ),
            N::RingsNtf(r) => (device(&r.header), Change::Rings(Rings::from_reply(&r))),
            N::ChannelsNtf(r) => (
                device(&r.header),
                Change::Channels(Channels::from_reply(&r)),
            ),
            N::CoalesceNtf(r) => (
                device(&r.header),
                Change::Coalesce(Coalesce::from_reply(&r)),
            ),
            N::PauseNtf(r) => (device(&r.header), Change::Pause(Pause::from_reply(&r))),
            N::EeeNtf(r) => (device(&r.header), Change::Eee(Eee::from_reply(&r, modes)?)),
            N::Other(cmd) => ((None, None), Change::Other(cmd)),
            _ => {
                let cmd = payload.first().copied().unwrap_or(0);
                ((None, None), Change::Other(cmd))
            }
        };
        Ok(Event {
            ifindex,
            name,
            change,
        })
    }
}

/// ethtool notifications, typed (see [`subscribe`]).
#[derive(Debug)]
pub struct Events {
    subscription: Subscription,
    names: StringSets,
}

/// What [`Events::next_event`] yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// A notification.
    Event(Box<Event>),
    /// Notifications were lost (ENOBUFS): read the settings again.
    Overrun,
}

impl Events {
    /// Typed events of a subscription to ethtool's `monitor` group, bits named from
    /// `names`.
    pub fn new(subscription: Subscription, names: StringSets) -> Events {
        Events {
            subscription,
            names,
        }
    }

    /// The next notification, waiting at most `timeout`; `None` when none came in time.
    /// One that does not decode is `Err`; the subscription goes on.
    pub fn next_event(&mut self, timeout: Duration) -> Result<Option<Received>, Error> {
        match self.subscription.next_notification(Some(timeout))? {
            None => Ok(None),
            Some(Notification::Overrun) => Ok(Some(Received::Overrun)),
            Some(Notification::Message { message, .. }) => {
                let event = Event::parse(message.payload(), &self.names)?;
                Ok(Some(Received::Event(Box::new(event))))
            }
        }
    }

    /// Waits for the first event `wanted` accepts, skipping others (an overrun is
    /// returned as `Err(Error::Engine(Overrun))`), until `timeout` has passed (`None`).
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        wanted: impl FnMut(&Event) -> bool,
    ) -> Result<Option<Event>, Error> {
        let next = |left| match self.next_event(left)? {
            None => Ok(None),
            Some(Received::Overrun) => Err(crate::engine::Error::Overrun.into()),
            Some(Received::Event(e)) => Ok(Some(*e)),
        };
        crate::engine::first_within(timeout, next, wanted)
    }
}

/// ethtool's multicast group (`ETHTOOL_MCGRP_MONITOR_NAME`; the vendored spec declares no
/// groups).
pub const MONITOR_GROUP: &str = "monitor";

const NAMED: [StringSetId; 2] = [StringSetId::Features, StringSetId::LinkModes];

/// ethtool's notifications in the current network namespace (the `monitor` group, joined
/// by name); the features and link-modes names are read once, to name compact bits.
pub fn subscribe(conn: &mut Conn, families: &Families) -> Result<Events, Error> {
    let names = string_sets(conn, families, &NAMED)?;
    let sub = families.subscribe(conn, raw::FAMILY_NAME, &[MONITOR_GROUP])?;
    Ok(Events::new(sub, names))
}

/// The same in the namespace `netns` (`conn` being a connection there).
pub fn subscribe_in(netns: &Netns, conn: &mut Conn, families: &Families) -> Result<Events, Error> {
    let names = string_sets(conn, families, &NAMED)?;
    let sub = families.subscribe_in(netns, conn, raw::FAMILY_NAME, &[MONITOR_GROUP])?;
    Ok(Events::new(sub, names))
}
