//! Typed netdev (the `netdev` generic netlink family): what the stack knows of each device
//! beyond rtnetlink — its XDP and AF_XDP features, its queues and their NAPI instances, its
//! page pools — and the notifications of devices coming, going and changing, on top of
//! the generated [`ynl::netdev`](crate::ynl::netdev) requests.
//!
//! - devices: [`device`] (one, by ifindex) and [`devices`] (all): [`NetDevice`] with its
//!   [`XdpFeatures`], [`XdpRxMetadata`] and [`XskFeatures`] as flag types;
//! - notifications: [`subscribe`] joins the `mgmt` group by name; [`Events`] yields
//!   [`Event::Added`], [`Event::Removed`], [`Event::Changed`] (and page pool events when
//!   subscribed with [`subscribe_groups`] to `page-pool`), each wait with a deadline;
//! - [`queues`] and [`queue`] (queue-get), [`napis`] and [`napi`] (napi-get),
//!   [`page_pools`] and [`page_pool`] (page-pool-get), [`page_pool_stats`]
//!   (page-pool-stats-get).
//!
//! A device without queues, NAPI instances or page pools (a veth without XDP, lo) has
//! none to list: an empty list is a valid answer. A kernel without page pool statistics
//! (`CONFIG_PAGE_POOL_STATS` off) answers `EOPNOTSUPP` to [`page_pool_stats`]:
//! [`Error::errno`](crate::engine::Error::errno) says so.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{netdev, Families};
//! use std::time::Duration;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! for dev in netdev::devices(&mut conn, &families)? {
//!     println!("{}: xdp {:?} xsk {:?}", dev.ifindex, dev.xdp_features, dev.xsk_features);
//!     for q in netdev::queues(&mut conn, &families, dev.ifindex)? {
//!         println!("  {:?} queue {} napi {:?}", q.kind, q.id, q.napi_id);
//!     }
//! }
//! let mut events = netdev::subscribe(&mut conn, &families)?;
//! while let Some(event) = events.next_event(Duration::from_secs(5))? {
//!     println!("{event:?}");
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::{Families, Replies, Request};
use crate::engine::{Conn, Error, Notification, Subscription};
use crate::sys::Netns;
use crate::wire::DecodeError;
use crate::ynl::netdev as raw;
use std::time::Duration;

/// A queue's kind: RX or TX.
pub use raw::QueueType;
/// XDP actions and features a device supports (`NETDEV_XDP_ACT_*`), the flag type of
/// [`NetDevice::xdp_features`].
pub use raw::XdpAct as XdpFeatures;
/// XDP receive metadata a device exposes (`NETDEV_XDP_RX_METADATA_*`).
pub use raw::XdpRxMetadata;
/// AF_XDP features (`NETDEV_XSK_FLAGS_*`).
pub use raw::XskFlags as XskFeatures;

/// A device as netdev reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NetDevice {
    /// Its ifindex.
    pub ifindex: u32,
    /// The XDP features it supports.
    pub xdp_features: XdpFeatures,
    /// The most fragments its zero-copy AF_XDP mode takes, when it has one.
    pub xdp_zc_max_segs: Option<u32>,
    /// The XDP receive metadata it exposes.
    pub xdp_rx_metadata: XdpRxMetadata,
    /// Its AF_XDP features.
    pub xsk_features: XskFeatures,
}

impl NetDevice {
    /// Reads a `dev-get` reply or a device notification; one without an ifindex is an
    /// error.
    pub fn from_attrs(d: &raw::Dev) -> Result<NetDevice, DecodeError> {
        Ok(NetDevice {
            ifindex: d.ifindex.ok_or_else(|| missing("netdev ifindex"))?,
            xdp_features: d.xdp_features.unwrap_or_default(),
            xdp_zc_max_segs: d.xdp_zc_max_segs,
            xdp_rx_metadata: d.xdp_rx_metadata_features.unwrap_or_default(),
            xsk_features: d.xsk_features.unwrap_or_default(),
        })
    }
}

fn missing(what: &'static str) -> DecodeError {
    DecodeError::new(what, 0, crate::wire::DecodeErrorKind::BadValue)
}

/// A queue of a device (`queue-get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Queue {
    /// Its index, within its device and kind.
    pub id: u32,
    /// Its device.
    pub ifindex: u32,
    /// RX or TX.
    pub kind: QueueType,
    /// The NAPI instance that services it.
    pub napi_id: Option<u32>,
    /// The dmabuf bound to it.
    pub dmabuf: Option<u32>,
}

impl Queue {
    /// Reads a `queue-get` reply.
    pub fn from_attrs(q: &raw::Queue) -> Result<Queue, DecodeError> {
        Ok(Queue {
            id: q.id.ok_or_else(|| missing("netdev queue id"))?,
            ifindex: q.ifindex.ok_or_else(|| missing("netdev queue ifindex"))?,
            kind: q.type_.ok_or_else(|| missing("netdev queue type"))?,
            napi_id: q.napi_id,
            dmabuf: q.dmabuf,
        })
    }
}

/// A NAPI instance (`napi-get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Napi {
    /// Its id.
    pub id: u32,
    /// Its device.
    pub ifindex: u32,
    /// Its interrupt.
    pub irq: Option<u32>,
    /// The pid of its thread, in threaded mode.
    pub thread_pid: Option<u32>,
}

impl Napi {
    /// Reads a `napi-get` reply.
    pub fn from_attrs(n: &raw::Napi) -> Result<Napi, DecodeError> {
        Ok(Napi {
            id: n.id.ok_or_else(|| missing("netdev napi id"))?,
            ifindex: n.ifindex.ok_or_else(|| missing("netdev napi ifindex"))?,
            irq: n.irq,
            thread_pid: n.pid,
        })
    }
}

/// A page pool (`page-pool-get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagePool {
    /// Its id.
    pub id: u64,
    /// Its device (`None` once the device is gone and the pool waits for its pages).
    pub ifindex: Option<u32>,
    /// The NAPI instance that uses it.
    pub napi_id: Option<u64>,
    /// Pages allocated and not yet returned.
    pub inflight: Option<u64>,
    /// The memory they hold, in bytes.
    pub inflight_bytes: Option<u64>,
    /// When the driver detached it (`CLOCK_BOOTTIME`); `None` while in use.
    pub detached_at: Option<Duration>,
    /// The dmabuf it is attached to.
    pub dmabuf: Option<u32>,
}

impl PagePool {
    /// Reads a `page-pool-get` reply or a page pool notification.
    pub fn from_attrs(p: &raw::PagePool) -> Result<PagePool, DecodeError> {
        Ok(PagePool {
            id: p.id.ok_or_else(|| missing("netdev page pool id"))?,
            ifindex: p.ifindex.filter(|&i| i != 0),
            napi_id: p.napi_id,
            inflight: p.inflight,
            inflight_bytes: p.inflight_mem,
            detached_at: p.detach_time.map(Duration::from_secs),
            dmabuf: p.dmabuf,
        })
    }
}

/// Statistics of a page pool (`page-pool-stats-get`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PagePoolStats {
    /// The pool's id.
    pub id: Option<u64>,
    /// Its device.
    pub ifindex: Option<u32>,
    /// Allocations from the cache.
    pub alloc_fast: u64,
    /// Allocations from the page allocator.
    pub alloc_slow: u64,
    /// High-order allocations from the page allocator.
    pub alloc_slow_high_order: u64,
    /// Allocations that found the ring empty.
    pub alloc_empty: u64,
    /// Cache refills.
    pub alloc_refill: u64,
    /// Pages waived (NUMA mismatch).
    pub alloc_waive: u64,
    /// Pages recycled into the cache.
    pub recycle_cached: u64,
    /// Recycles refused: the cache was full.
    pub recycle_cache_full: u64,
    /// Pages recycled into the ring.
    pub recycle_ring: u64,
    /// Recycles refused: the ring was full.
    pub recycle_ring_full: u64,
    /// Pages released with their reference count.
    pub recycle_released_refcnt: u64,
}

impl PagePoolStats {
    /// Reads a `page-pool-stats-get` reply.
    pub fn from_attrs(s: &raw::PagePoolStats) -> PagePoolStats {
        let v = |x: Option<u64>| x.unwrap_or(0);
        PagePoolStats {
            id: s.info.as_ref().and_then(|i| i.id),
            ifindex: s.info.as_ref().and_then(|i| i.ifindex),
            alloc_fast: v(s.alloc_fast),
            alloc_slow: v(s.alloc_slow),
            alloc_slow_high_order: v(s.alloc_slow_high_order),
            alloc_empty: v(s.alloc_empty),
            alloc_refill: v(s.alloc_refill),
            alloc_waive: v(s.alloc_waive),
            recycle_cached: v(s.recycle_cached),
            recycle_cache_full: v(s.recycle_cache_full),
            recycle_ring: v(s.recycle_ring),
            recycle_ring_full: v(s.recycle_ring_full),
            recycle_released_refcnt: v(s.recycle_released_refcnt),
        }
    }
}

/// Dumps `request` and converts each answer with `f`.
fn collect<R: Request, T>(
    conn: &mut Conn,
    families: &Families,
    request: &R,
    f: impl Fn(&R::Reply) -> Result<T, DecodeError>,
) -> Result<Vec<T>, Error> {
    let replies: Replies<'_, R::Reply> = super::dump(conn, families, request)?;
    replies
        .map(|r| r.and_then(|r| f(&r).map_err(Error::Decode)))
        .collect()
}

/// The device of ifindex `ifindex`.
pub fn device(conn: &mut Conn, families: &Families, ifindex: u32) -> Result<NetDevice, Error> {
    let request = raw::DevGetRequest {
        ifindex: Some(ifindex),
        ..Default::default()
    };
    Ok(NetDevice::from_attrs(&super::get(
        conn, families, &request,
    )?)?)
}

/// Every device of the connection's namespace.
pub fn devices(conn: &mut Conn, families: &Families) -> Result<Vec<NetDevice>, Error> {
    collect(
        conn,
        families,
        &raw::DevGetDumpRequest::default(),
        NetDevice::from_attrs,
    )
}

/// The queues of the device `ifindex` (none is a valid answer).
pub fn queues(conn: &mut Conn, families: &Families, ifindex: u32) -> Result<Vec<Queue>, Error> {
    let request = raw::QueueGetDumpRequest {
        ifindex: Some(ifindex),
        ..Default::default()
    };
    collect(conn, families, &request, Queue::from_attrs)
}

/// One queue: of device `ifindex`, `kind` and index `id`.
pub fn queue(
    conn: &mut Conn,
    families: &Families,
    ifindex: u32,
    kind: QueueType,
    id: u32,
) -> Result<Queue, Error> {
    let request = raw::QueueGetRequest {
        ifindex: Some(ifindex),
        type_: Some(kind),
        id: Some(id),
        ..Default::default()
    };
    Ok(Queue::from_attrs(&super::get(conn, families, &request)?)?)
}

/// The NAPI instances of the device `ifindex`, or of every device (`None`).
pub fn napis(
    conn: &mut Conn,
    families: &Families,
    ifindex: Option<u32>,
) -> Result<Vec<Napi>, Error> {
    let request = raw::NapiGetDumpRequest {
        ifindex,
        ..Default::default()
    };
    collect(conn, families, &request, Napi::from_attrs)
}

/// The NAPI instance `id`.
pub fn napi(conn: &mut Conn, families: &Families, id: u32) -> Result<Napi, Error> {
    let request = raw::NapiGetRequest {
        id: Some(id),
        ..Default::default()
    };
    Ok(Napi::from_attrs(&super::get(conn, families, &request)?)?)
}

/// The page pool `id`.
pub fn page_pool(conn: &mut Conn, families: &Families, id: u64) -> Result<PagePool, Error> {
    let request = raw::PagePoolGetRequest {
        id: Some(id),
        ..Default::default()
    };
    Ok(PagePool::from_attrs(&super::get(
        conn, families, &request,
    )?)?)
}

/// The page pools of every device (only those bound to a device are listed).
pub fn page_pools(conn: &mut Conn, families: &Families) -> Result<Vec<PagePool>, Error> {
    collect(
        conn,
        families,
        &raw::PagePoolGetDumpRequest::default(),
        PagePool::from_attrs,
    )
}

/// The statistics of every page pool.
pub fn page_pool_stats(conn: &mut Conn, families: &Families) -> Result<Vec<PagePoolStats>, Error> {
    let request = raw::PagePoolStatsGetDumpRequest::default();
    collect(conn, families, &request, |s| {
        Ok(PagePoolStats::from_attrs(s))
    })
}

/// A netdev notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A device appeared (`dev-add-ntf`).
    Added(NetDevice),
    /// A device went away (`dev-del-ntf`).
    Removed(NetDevice),
    /// A device's netdev attributes changed (`dev-change-ntf`).
    Changed(NetDevice),
    /// A page pool appeared (`page-pool-add-ntf`).
    PagePoolAdded(PagePool),
    /// A page pool went away (`page-pool-del-ntf`).
    PagePoolRemoved(PagePool),
    /// A page pool changed (`page-pool-change-ntf`).
    PagePoolChanged(PagePool),
    /// Notifications were lost (ENOBUFS): dump again.
    Overrun,
    /// A command nlkit has no event for (its number).
    Other(u8),
}

impl Event {
    /// Reads a notification: the payload of a netdev message (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Event, DecodeError> {
        use raw::Notification as N;
        Ok(match raw::Notification::parse(payload)? {
            N::DevAddNtf(d) => Event::Added(NetDevice::from_attrs(&d)?),
            N::DevDelNtf(d) => Event::Removed(NetDevice::from_attrs(&d)?),
            N::DevChangeNtf(d) => Event::Changed(NetDevice::from_attrs(&d)?),
            N::PagePoolAddNtf(p) => Event::PagePoolAdded(PagePool::from_attrs(&p)?),
            N::PagePoolDelNtf(p) => Event::PagePoolRemoved(PagePool::from_attrs(&p)?),
            N::PagePoolChangeNtf(p) => Event::PagePoolChanged(PagePool::from_attrs(&p)?),
            N::Other(cmd) => Event::Other(cmd),
        })
    }
}

/// netdev notifications, typed (see [`subscribe`]).
#[derive(Debug)]
pub struct Events {
    subscription: Subscription,
}

impl Events {
    /// Typed events of a subscription to netdev's groups.
    pub fn new(subscription: Subscription) -> Events {
        Events { subscription }
    }

    /// The next event, waiting at most `timeout` in all; `None` when none came in time.
    /// A message that does not decode is `Err(Error::Decode)`; the subscription goes on.
    pub fn next_event(&mut self, timeout: Duration) -> Result<Option<Event>, Error> {
        match self.subscription.next_notification(Some(timeout))? {
            None => Ok(None),
            Some(Notification::Overrun) => Ok(Some(Event::Overrun)),
            Some(Notification::Message { message, .. }) => {
                Ok(Some(Event::parse(message.payload())?))
            }
        }
    }

    /// Waits for the first event `wanted` accepts, skipping others, until `timeout` has
    /// passed (`None` then).
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        wanted: impl FnMut(&Event) -> bool,
    ) -> Result<Option<Event>, Error> {
        crate::engine::first_within(timeout, |left| self.next_event(left), wanted)
    }

    /// The subscription underneath.
    pub fn subscription(&mut self) -> &mut Subscription {
        &mut self.subscription
    }
}

/// Device events (`mgmt`: added, removed, changed) in the current network namespace,
/// the group joined by name.
pub fn subscribe(conn: &mut Conn, families: &Families) -> Result<Events, Error> {
    subscribe_groups(conn, families, &[raw::mcgrp::MGMT])
}

/// Events of the groups `groups` (`mgmt`, `page-pool`), joined by name.
pub fn subscribe_groups(
    conn: &mut Conn,
    families: &Families,
    groups: &[&str],
) -> Result<Events, Error> {
    let sub = families.subscribe(conn, raw::FAMILY_NAME, groups)?;
    Ok(Events::new(sub))
}

/// Device events in the namespace `netns`.
pub fn subscribe_in(netns: &Netns, conn: &mut Conn, families: &Families) -> Result<Events, Error> {
    let sub = families.subscribe_in(netns, conn, raw::FAMILY_NAME, &[raw::mcgrp::MGMT])?;
    Ok(Events::new(sub))
}

#[cfg(test)]
mod tests {
    //! Captured on Linux 6.18 in a fresh network namespace through nlkit's own requests
    //! (the generated `ynl::netdev` builders), the messages written as they came: the
    //! `mgmt` notifications while a veth pair v0/v1 was added and then deleted, the
    //! `dev-get` dump (lo and the pair), the `queue-get` dumps of v0 and v1 (both up), and
    //! the `napi-get` dump after GRO was turned on on v0.
    use super::*;
    use crate::genl::GenlView;
    use crate::wire::{MessageIter, MessageView};

    const DEVICES: &[u8] = include_bytes!("fixtures/netdev_devices.bin");
    const EVENTS: &[u8] = include_bytes!("fixtures/netdev_events.bin");
    const QUEUES: &[u8] = include_bytes!("fixtures/netdev_queues.bin");
    const NAPI: &[u8] = include_bytes!("fixtures/netdev_napi.bin");

    fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
        MessageIter::new(bytes).map(Result::unwrap).collect()
    }

    fn parse<T: crate::genl::Reply>(m: &MessageView<&[u8]>) -> T {
        T::parse(&GenlView::parse(m).unwrap()).unwrap()
    }

    /// veth without an XDP program on its peer (no `ndo-xmit` yet).
    const VETH_XDP: XdpFeatures =
        XdpFeatures(XdpFeatures::BASIC.0 | XdpFeatures::REDIRECT.0 | XdpFeatures::RX_SG.0);

    #[test]
    fn the_devices_of_a_namespace() {
        let devs: Vec<NetDevice> = messages(DEVICES)
            .iter()
            .map(|m| NetDevice::from_attrs(&parse::<raw::Dev>(m)).unwrap())
            .collect();
        let idx: Vec<u32> = devs.iter().map(|d| d.ifindex).collect();
        assert_eq!(idx.len(), 3);
        assert_eq!(idx[0], 1, "lo first");
        assert_eq!(devs[0].xdp_features, XdpFeatures::EMPTY);
        for veth in &devs[1..] {
            assert_eq!(veth.xdp_features, VETH_XDP, "{veth:?}");
            assert_eq!(veth.xsk_features, XskFeatures::EMPTY);
            let all = XdpRxMetadata::TIMESTAMP | XdpRxMetadata::HASH | XdpRxMetadata::VLAN_TAG;
            assert_eq!(veth.xdp_rx_metadata, all);
            assert_eq!(veth.xdp_zc_max_segs, None);
        }
        let missing = raw::Dev::default();
        assert!(NetDevice::from_attrs(&missing).is_err());
    }

    #[test]
    fn device_events_as_they_came() {
        let events: Vec<Event> = messages(EVENTS)
            .iter()
            .map(|m| Event::parse(m.payload()).unwrap())
            .collect();
        let kinds: Vec<&str> = events
            .iter()
            .map(|e| match e {
                Event::Added(_) => "add",
                Event::Removed(_) => "del",
                Event::Changed(_) => "change",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["add", "add", "change", "change", "del", "del"]);
        let Event::Added(first) = &events[0] else {
            unreachable!()
        };
        assert!(events[4..]
            .iter()
            .any(|e| matches!(e, Event::Removed(d) if d.ifindex == first.ifindex)));
        // Bytes that are not a notification are an error, never a panic.
        for cut in 0..EVENTS.len().min(64) {
            let _ = Event::parse(&EVENTS[16.min(cut)..cut]);
        }
    }

    #[test]
    fn queues_of_a_veth_pair() {
        let queues: Vec<Queue> = messages(QUEUES)
            .iter()
            .map(|m| Queue::from_attrs(&parse::<raw::Queue>(m)).unwrap())
            .collect();
        assert_eq!(queues.len(), 4, "{queues:?}");
        for pair in queues.chunks(2) {
            let kinds: Vec<QueueType> = pair.iter().map(|q| q.kind).collect();
            assert_eq!(kinds, [QueueType::Rx, QueueType::Tx]);
            assert!(pair
                .iter()
                .all(|q| q.id == 0 && q.ifindex == pair[0].ifindex));
            assert!(pair.iter().all(|q| q.dmabuf.is_none()));
        }
        assert_ne!(queues[0].ifindex, queues[2].ifindex);
    }

    #[test]
    fn the_napi_instance_of_a_veth_with_gro() {
        let msgs = messages(NAPI);
        assert_eq!(msgs.len(), 1);
        let raw: raw::Napi = parse(&msgs[0]);
        let napi = Napi::from_attrs(&raw).unwrap();
        assert_eq!((napi.id, napi.ifindex), (263, 3));
        assert_eq!((napi.irq, napi.thread_pid), (None, None));
        // Attributes newer than the vendored spec (defer-hard-irqs, gro-flush-timeout,
        // irq-suspend-timeout, threaded) are kept raw.
        let unknown: Vec<u16> = raw.unknown.iter().map(|u| u.attr_type).collect();
        assert_eq!(unknown, [8, 5, 7, 6]);
        assert!(Napi::from_attrs(&raw::Napi::default()).is_err());
    }
}
