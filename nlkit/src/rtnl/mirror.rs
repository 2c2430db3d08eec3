//! [`Mirror`]: a live copy of a namespace's links, addresses, routes, neighbours, rules and
//! nexthops, kept current from rtnetlink events, that equals a fresh dump at any quiet moment.
//!
//! How it stays exact:
//! - **Subscribe, then dump, then apply events.** The subscription exists before the first
//!   dump, so nothing falls between the dump and the stream; events that were already in the
//!   dump are applied again harmlessly (additions replace by key, deletions of what is gone
//!   do nothing).
//! - **Overrun (ENOBUFS) and interrupted dumps resync by themselves:** every object kind is
//!   dumped again (rate-limited: at most one resync per kind per
//!   [`set_min_resync_interval`](Mirror::set_min_resync_interval)), and the differences are
//!   reported as changes like any other, followed by [`Change::Resynced`].
//! - **Changes the kernel does not announce are applied:** a deleted link takes its
//!   addresses, neighbours, routes and nexthops with it; IPv4 routes and nexthops that go
//!   with a link going down, routes that go with an IPv4 address removed or a nexthop
//!   deleted are found by re-dumping them (the kernel removes them without `RTM_DEL*`), and
//!   so is the `linkdown` flag routes gain and lose with their device's carrier; a new
//!   link makes the links be re-read (a veth peer created first is announced with `link 0`
//!   and never again when its peer appears).
//! - Messages that are not state changes are ignored: `RTM_GETNEIGH` on the neighbour group
//!   (the kernel asks user space to resolve an address when a table's `app_probes` (sysctl `app_solicit`) is set;
//!   it is a request, not a neighbour), cloned routes (`RTM_F_CLONED`: route cache entries),
//!   `AF_BRIDGE` link messages (bridge port state, not links), and `NOARP` neighbour entries
//!   of multicast addresses (the kernel makes them, unannounced, when it first sends to a
//!   multicast group, e.g. MLD reports; it announces only their deletion).
//!
//! Counters and timers inside objects (link statistics, cache info) are as of the last event
//! about that object; everything else matches a fresh dump.
//!
//! ```no_run
//! use nlkit::rtnl::mirror::{Change, Mirror};
//! use std::time::Duration;
//! let mut m = Mirror::new(None)?;
//! println!("{} routes", m.state().routes.len());
//! loop {
//!     for change in m.poll(Some(Duration::from_secs(1)))? {
//!         match change {
//!             Change::Updated(o) => println!("now: {o:?}"),
//!             Change::Removed(o) => println!("gone: {o:?}"),
//!             Change::Overrun => println!("events lost; resyncing"),
//!             Change::Resynced(kind) => println!("{kind:?} re-read"),
//!         }
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Limits: IPv4 routes that differ only in their nexthops (`ip route append`) share one key,
//! so only the last one is kept; IPv6 multipath routes are kept whole as the kernel reports
//! them.

use super::addr::Address;
use super::family::{AF_BRIDGE, AF_INET, AF_INET6};
use super::group::*;
use super::link::attrs::{IFF_LOWER_UP, IFF_UP};
use super::link::Link;
use super::message_type::*;
use super::neigh::attrs::NTF_PROXY;
use super::neigh::Neighbour;
use super::nexthop::Nexthop;
use super::route::Route;
use super::rule::Rule;
use crate::engine::{Conn, Error, Event, Subscription};
use crate::sys::{Netns, Protocol};
use crate::wire::{Flags, MessageBuilder, MessageView};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// `NUD_NOARP`: an entry that needs no resolution.
const NUD_NOARP: u16 = 0x40;

/// `RTM_F_CLONED`: a route cache entry, not part of the routing tables.
const RTM_F_CLONED: u32 = 0x200;

/// The kinds of objects the mirror keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Links (`RTM_NEWLINK`).
    Links,
    /// IPv4 and IPv6 addresses.
    Addresses,
    /// Routes of every table, IPv4 and IPv6.
    Routes,
    /// Neighbours, proxy entries and bridge FDB entries.
    Neighbours,
    /// IPv4 and IPv6 rules.
    Rules,
    /// Nexthop objects.
    Nexthops,
}

/// Every kind, in dependency order (links first).
pub const KINDS: [Kind; 6] = [
    Kind::Links,
    Kind::Addresses,
    Kind::Nexthops,
    Kind::Routes,
    Kind::Neighbours,
    Kind::Rules,
];

/// One mirrored object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Object {
    /// A link (boxed: links are large and few).
    Link(Box<Link>),
    /// An address.
    Address(Address),
    /// A route.
    Route(Route),
    /// A neighbour.
    Neighbour(Neighbour),
    /// A rule.
    Rule(Rule),
    /// A nexthop object.
    Nexthop(Nexthop),
}

/// The identity of an object: what the kernel matches a deletion or replacement on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A link's index.
    Link(u32),
    /// See [`AddressKey`].
    Address(AddressKey),
    /// See [`RouteKey`].
    Route(RouteKey),
    /// See [`NeighbourKey`].
    Neighbour(NeighbourKey),
    /// See [`RuleKey`].
    Rule(RuleKey),
    /// A nexthop's id.
    Nexthop(Option<u32>),
}

impl Object {
    /// The object an event or dump message carries, and whether it is an addition (`true`)
    /// or a deletion; `None` for messages that are not mirrored state (see the module
    /// documentation).
    pub fn from_message(m: &MessageView<&[u8]>) -> Option<(bool, Object)> {
        decode(m).map(|(_, added, o)| (added, o))
    }

    /// Its kind.
    pub fn kind(&self) -> Kind {
        match self {
            Object::Link(_) => Kind::Links,
            Object::Address(_) => Kind::Addresses,
            Object::Route(_) => Kind::Routes,
            Object::Neighbour(_) => Kind::Neighbours,
            Object::Rule(_) => Kind::Rules,
            Object::Nexthop(_) => Kind::Nexthops,
        }
    }

    /// Its identity.
    pub fn key(&self) -> Key {
        match self {
            Object::Link(l) => Key::Link(l.header.index),
            Object::Address(a) => Key::Address(address_key(a)),
            Object::Route(r) => Key::Route(route_key(r)),
            Object::Neighbour(n) => Key::Neighbour(neighbour_key(n)),
            Object::Rule(r) => Key::Rule(rule_key(r)),
            Object::Nexthop(n) => Key::Nexthop(n.id),
        }
    }

    /// The message that announces it: `RTM_NEW*` when `added`, else `RTM_DEL*`.
    pub fn to_message(&self, added: bool) -> Result<Vec<u8>, crate::wire::BuildError> {
        let (new, del) = match self {
            Object::Link(_) => (RTM_NEWLINK, RTM_DELLINK),
            Object::Address(_) => (RTM_NEWADDR, RTM_DELADDR),
            Object::Route(_) => (RTM_NEWROUTE, RTM_DELROUTE),
            Object::Neighbour(_) => (RTM_NEWNEIGH, RTM_DELNEIGH),
            Object::Rule(_) => (RTM_NEWRULE, RTM_DELRULE),
            Object::Nexthop(_) => (RTM_NEWNEXTHOP, RTM_DELNEXTHOP),
        };
        let mut b = MessageBuilder::new(if added { new } else { del }, Flags::NONE);
        match self {
            Object::Link(x) => x.emit(&mut b),
            Object::Address(x) => x.emit(&mut b),
            Object::Route(x) => x.emit(&mut b),
            Object::Neighbour(x) => x.emit(&mut b),
            Object::Rule(x) => x.emit(&mut b),
            Object::Nexthop(x) => x.emit(&mut b),
        }
        b.finish()
    }
}

/// What [`Mirror::poll`] reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An object appeared or changed (its new value).
    Updated(Object),
    /// An object went away: announced by the kernel, implied by another change (objects of
    /// a deleted link) or found missing by a resync (its last value).
    Removed(Object),
    /// Events were lost (ENOBUFS); every kind is resynced.
    Overrun,
    /// A kind was dumped again; its differences were reported just before.
    Resynced(Kind),
}

/// The identity of an address: family, device, prefix length, local address.
pub type AddressKey = (u8, u32, u8, Option<IpAddr>);
/// The identity of a route: family, table, destination/length, source/length, tos, metric.
pub type RouteKey = (u8, u32, Option<IpAddr>, u8, Option<IpAddr>, u8, u8, u32);
/// The identity of a neighbour: family, device, destination, proxy flag, link-layer address
/// (bridge FDB entries only), VLAN.
pub type NeighbourKey = (u8, u32, Option<IpAddr>, bool, Option<Vec<u8>>, Option<u16>);
/// The identity of a rule: its family and its attributes as emitted (rules have no id).
pub type RuleKey = (u8, Vec<u8>);

/// The mirrored objects, by identity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Links by index.
    pub links: BTreeMap<u32, Link>,
    /// Addresses.
    pub addresses: BTreeMap<AddressKey, Address>,
    /// Routes.
    pub routes: BTreeMap<RouteKey, Route>,
    /// Neighbours.
    pub neighbours: BTreeMap<NeighbourKey, Neighbour>,
    /// Rules.
    pub rules: BTreeMap<RuleKey, Rule>,
    /// Nexthops by id.
    pub nexthops: BTreeMap<u32, Nexthop>,
}

/// The key of an address.
pub fn address_key(a: &Address) -> AddressKey {
    let h = &a.header;
    (h.family, h.index, h.prefix_len, a.local.or(a.address))
}

/// The key of a route.
pub fn route_key(r: &Route) -> RouteKey {
    let h = &r.header;
    (
        h.family,
        r.table_id(),
        r.destination,
        h.destination_len,
        r.source,
        h.source_len,
        h.tos,
        r.priority.unwrap_or(0),
    )
}

/// The key of a neighbour.
pub fn neighbour_key(n: &Neighbour) -> NeighbourKey {
    let h = &n.header;
    let bridge = h.family == AF_BRIDGE;
    (
        h.family,
        h.index,
        n.destination,
        h.flags & NTF_PROXY != 0,
        if bridge { n.lladdr.clone() } else { None },
        n.vlan,
    )
}

/// The key of a rule.
pub fn rule_key(r: &Rule) -> RuleKey {
    let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    r.emit(&mut b);
    let bytes = b.finish().map(|m| {
        m.get(crate::wire::nlmsg::HEADER_LEN..)
            .unwrap_or(&[])
            .to_vec()
    });
    (r.header.family, bytes.unwrap_or_default())
}

impl State {
    /// Reads every kind from the kernel.
    pub fn dump(conn: &mut Conn) -> Result<State, Error> {
        let mut s = State::default();
        for kind in KINDS {
            s.replace_kind(kind, dump_kind(conn, kind)?);
        }
        Ok(s)
    }

    /// The objects of one kind.
    pub fn objects(&self, kind: Kind) -> Vec<Object> {
        match kind {
            Kind::Links => self
                .links
                .values()
                .map(|l| Object::Link(Box::new(l.clone())))
                .collect(),
            Kind::Addresses => self
                .addresses
                .values()
                .cloned()
                .map(Object::Address)
                .collect(),
            Kind::Routes => self.routes.values().cloned().map(Object::Route).collect(),
            Kind::Neighbours => self
                .neighbours
                .values()
                .cloned()
                .map(Object::Neighbour)
                .collect(),
            Kind::Rules => self.rules.values().cloned().map(Object::Rule).collect(),
            Kind::Nexthops => self
                .nexthops
                .values()
                .cloned()
                .map(Object::Nexthop)
                .collect(),
        }
    }

    fn replace_kind(&mut self, kind: Kind, objects: Vec<Object>) {
        match kind {
            Kind::Links => self.links.clear(),
            Kind::Addresses => self.addresses.clear(),
            Kind::Routes => self.routes.clear(),
            Kind::Neighbours => self.neighbours.clear(),
            Kind::Rules => self.rules.clear(),
            Kind::Nexthops => self.nexthops.clear(),
        }
        for o in objects {
            self.insert(o);
        }
    }

    /// Inserts or replaces an object; returns the value it replaced.
    fn insert(&mut self, o: Object) -> Option<Object> {
        match o {
            Object::Link(l) => self
                .links
                .insert(l.header.index, *l)
                .map(|l| Object::Link(Box::new(l))),
            Object::Address(a) => self
                .addresses
                .insert(address_key(&a), a)
                .map(Object::Address),
            Object::Route(r) => self.routes.insert(route_key(&r), r).map(Object::Route),
            Object::Neighbour(n) => self
                .neighbours
                .insert(neighbour_key(&n), n)
                .map(Object::Neighbour),
            Object::Rule(r) => self.rules.insert(rule_key(&r), r).map(Object::Rule),
            Object::Nexthop(n) => {
                let id = n.id?;
                self.nexthops.insert(id, n).map(Object::Nexthop)
            }
        }
    }

    /// The object with the identity of `o`, if there is one.
    pub fn lookup(&self, o: &Object) -> Option<Object> {
        match o {
            Object::Link(l) => self
                .links
                .get(&l.header.index)
                .map(|l| Object::Link(Box::new(l.clone()))),
            Object::Address(a) => self
                .addresses
                .get(&address_key(a))
                .cloned()
                .map(Object::Address),
            Object::Route(r) => self.routes.get(&route_key(r)).cloned().map(Object::Route),
            Object::Neighbour(n) => self
                .neighbours
                .get(&neighbour_key(n))
                .cloned()
                .map(Object::Neighbour),
            Object::Rule(r) => self.rules.get(&rule_key(r)).cloned().map(Object::Rule),
            Object::Nexthop(n) => self.nexthops.get(&n.id?).cloned().map(Object::Nexthop),
        }
    }

    /// Removes the object with the identity of `o`; returns what was there.
    fn remove(&mut self, o: &Object) -> Option<Object> {
        match o {
            Object::Link(l) => self
                .links
                .remove(&l.header.index)
                .map(|l| Object::Link(Box::new(l))),
            Object::Address(a) => self.addresses.remove(&address_key(a)).map(Object::Address),
            Object::Route(r) => self.routes.remove(&route_key(r)).map(Object::Route),
            Object::Neighbour(n) => self
                .neighbours
                .remove(&neighbour_key(n))
                .map(Object::Neighbour),
            Object::Rule(r) => self.rules.remove(&rule_key(r)).map(Object::Rule),
            Object::Nexthop(n) => self.nexthops.remove(&n.id?).map(Object::Nexthop),
        }
    }

    /// Removes what a deleted link takes with it; returns the removed objects.
    fn remove_link_dependents(&mut self, index: u32) -> Vec<Object> {
        let mut gone = Vec::new();
        self.addresses.retain(|_, a| {
            let keep = a.header.index != index;
            if !keep {
                gone.push(Object::Address(a.clone()));
            }
            keep
        });
        self.neighbours.retain(|_, n| {
            let keep = n.header.index != index;
            if !keep {
                gone.push(Object::Neighbour(n.clone()));
            }
            keep
        });
        self.nexthops.retain(|_, n| {
            let keep = n.output_interface != Some(index);
            if !keep {
                gone.push(Object::Nexthop(n.clone()));
            }
            keep
        });
        self.routes.retain(|_, r| {
            let hops: Vec<u32> = r
                .multipath
                .iter()
                .flatten()
                .map(|h| h.interface)
                .chain(r.output_interface)
                .collect();
            let keep = hops.is_empty() || hops.iter().any(|&i| i != index);
            if !keep {
                gone.push(Object::Route(r.clone()));
            }
            keep
        });
        gone
    }
}

/// What a message means for the mirror: (kind, added (true) or deleted, the object).
fn decode(m: &MessageView<&[u8]>) -> Option<(Kind, bool, Object)> {
    let t = m.message_type();
    Some(match t {
        RTM_NEWLINK | RTM_DELLINK => {
            let l = Link::from_message(m).ok()?;
            if l.header.family == AF_BRIDGE {
                return None;
            }
            (Kind::Links, t == RTM_NEWLINK, Object::Link(Box::new(l)))
        }
        RTM_NEWADDR | RTM_DELADDR => (
            Kind::Addresses,
            t == RTM_NEWADDR,
            Object::Address(Address::from_message(m).ok()?),
        ),
        RTM_NEWROUTE | RTM_DELROUTE => {
            let r = Route::from_message(m).ok()?;
            if r.header.flags & RTM_F_CLONED != 0 {
                return None;
            }
            (Kind::Routes, t == RTM_NEWROUTE, Object::Route(r))
        }
        RTM_NEWNEIGH | RTM_DELNEIGH => {
            let n = Neighbour::from_message(m).ok()?;
            if n.header.state == NUD_NOARP && n.destination.is_some_and(|d| d.is_multicast()) {
                return None;
            }
            (Kind::Neighbours, t == RTM_NEWNEIGH, Object::Neighbour(n))
        }
        RTM_NEWRULE | RTM_DELRULE => {
            let r = Rule::from_message(m).ok()?;
            if r.header.family != AF_INET && r.header.family != AF_INET6 {
                return None;
            }
            (Kind::Rules, t == RTM_NEWRULE, Object::Rule(r))
        }
        RTM_NEWNEXTHOP | RTM_DELNEXTHOP => (
            Kind::Nexthops,
            t == RTM_NEWNEXTHOP,
            Object::Nexthop(Nexthop::from_message(m).ok()?),
        ),
        _ => return None,
    })
}

/// Dumps one kind (retrying interrupted dumps a few times), as the mirror reads it.
pub fn dump_kind(conn: &mut Conn, kind: Kind) -> Result<Vec<Object>, Error> {
    let requests: Vec<(u16, Vec<u8>)> = match kind {
        Kind::Links => vec![(RTM_GETLINK, vec![0; 16])],
        Kind::Addresses => vec![(RTM_GETADDR, vec![0; 8])],
        Kind::Routes => vec![(RTM_GETROUTE, vec![0; 12])],
        // Proxy entries come only when asked for with NTF_PROXY.
        Kind::Neighbours => vec![
            (RTM_GETNEIGH, vec![0; 12]),
            (RTM_GETNEIGH, {
                let mut h = vec![0; 12];
                h[10] = NTF_PROXY; // ndm_flags
                h
            }),
        ],
        Kind::Rules => vec![
            (RTM_GETRULE, {
                let mut h = vec![0; 12];
                h[0] = AF_INET;
                h
            }),
            (RTM_GETRULE, {
                let mut h = vec![0; 12];
                h[0] = AF_INET6;
                h
            }),
        ],
        Kind::Nexthops => vec![(RTM_GETNEXTHOP, vec![0; 8])],
    };
    let mut out = Vec::new();
    for (t, header) in requests {
        let mut b = MessageBuilder::new(t, Flags::NONE);
        b.push_bytes(&header);
        let items = conn.dump_consistent(&b, 3, |m| Ok(decode(&m)))?;
        out.extend(items.into_iter().flatten().map(|(_, _, o)| o));
    }
    Ok(out)
}

/// A live copy of a namespace's network state; see the module documentation.
#[derive(Debug)]
pub struct Mirror {
    sub: Subscription,
    conn: Conn,
    state: State,
    names: HashMap<String, u32>,
    generation: u64,
    /// Kinds to dump again, and since when they wait.
    pending: BTreeSet<Kind>,
    last_resync: HashMap<Kind, Instant>,
    min_interval: Duration,
    overruns: u64,
}

impl Mirror {
    /// Subscribes to every group the mirrored kinds announce on, then dumps them: in the
    /// current namespace, or in `netns`. The subscription gets a 32 MiB receive buffer
    /// (SO_RCVBUFFORCE when privileged, else the largest SO_RCVBUF allowed).
    pub fn new(netns: Option<&Netns>) -> Result<Mirror, Error> {
        let groups = [
            RTNLGRP_LINK,
            RTNLGRP_IPV4_IFADDR,
            RTNLGRP_IPV6_IFADDR,
            RTNLGRP_IPV4_ROUTE,
            RTNLGRP_IPV6_ROUTE,
            RTNLGRP_NEIGH,
            RTNLGRP_IPV4_RULE,
            RTNLGRP_IPV6_RULE,
            RTNLGRP_NEXTHOP,
        ];
        let (sub, conn) = match netns {
            None => (
                Subscription::new(Protocol::Route, &groups)?,
                Conn::new(Protocol::Route)?,
            ),
            Some(ns) => (
                Subscription::new_in(ns, Protocol::Route, &groups)?,
                Conn::new_in(ns, Protocol::Route)?,
            ),
        };
        if sub.socket().set_recv_buffer_force(32 << 20).is_err() {
            let _ = sub.socket().set_recv_buffer(32 << 20);
        }
        let mut m = Mirror {
            sub,
            conn,
            state: State::default(),
            names: HashMap::new(),
            generation: 0,
            pending: BTreeSet::new(),
            last_resync: HashMap::new(),
            min_interval: Duration::from_millis(200),
            overruns: 0,
        };
        // Subscribed first: whatever changes during these dumps is queued as events.
        m.state = State::dump(&mut m.conn)?;
        m.reindex_names();
        Ok(m)
    }

    /// The mirrored objects.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Counts every change applied (a consumer can tell whether anything moved).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The subscription's socket (to tune its buffer, say).
    pub fn subscription_socket(&self) -> &crate::sys::Socket {
        self.sub.socket()
    }

    /// How many overruns (lost events) there were.
    pub fn overruns(&self) -> u64 {
        self.overruns
    }

    /// The index of the link named `name`.
    pub fn link_index(&self, name: &str) -> Option<u32> {
        self.names.get(name).copied()
    }

    /// The nexthop object a route uses (`nhid`), if any and known.
    pub fn route_nexthop(&self, r: &Route) -> Option<&Nexthop> {
        self.state.nexthops.get(&r.nexthop_id?)
    }

    /// The paths of a route as (gateway, device): from its nexthop object (groups expanded
    /// to their members), its multipath hops, or its own gateway and device.
    pub fn route_paths(&self, r: &Route) -> Vec<(Option<IpAddr>, Option<u32>)> {
        if let Some(nh) = self.route_nexthop(r) {
            return match &nh.group {
                Some(members) => members
                    .iter()
                    .filter_map(|m| self.state.nexthops.get(&m.id))
                    .map(|n| (n.gateway, n.output_interface))
                    .collect(),
                None => vec![(nh.gateway, nh.output_interface)],
            };
        }
        match &r.multipath {
            Some(hops) => hops
                .iter()
                .map(|h| (h.gateway, Some(h.interface)))
                .collect(),
            None => vec![(r.gateway, r.output_interface)],
        }
    }

    /// The shortest time between two resyncs of one kind (default 200 ms): bursts of
    /// overruns or link flaps cost one re-dump per kind and interval.
    pub fn set_min_resync_interval(&mut self, interval: Duration) {
        self.min_interval = interval;
    }

    /// True when a resync is waiting (for its interval).
    pub fn resync_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Applies the events that arrive within `timeout` (`None`: waits for at least one)
    /// and any resync that is due; returns what changed, in order. Returns as soon as a
    /// batch of changes is ready; an empty result means nothing changed in time.
    pub fn poll(&mut self, timeout: Option<Duration>) -> Result<Vec<Change>, Error> {
        let mut changes = Vec::new();
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            self.run_due_resyncs(&mut changes)?;
            // Drain what is queued without waiting, then wait if nothing happened yet.
            let wait = if !changes.is_empty() {
                Some(Duration::ZERO)
            } else {
                let until_resync = self.time_to_next_resync();
                let until_deadline = deadline.map(|d| d.saturating_duration_since(Instant::now()));
                match (until_resync, until_deadline) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            };
            match self.sub.next_event(wait)? {
                Some(Event::Message { message, .. }) => {
                    if let Some((_, added, object)) = decode(&message) {
                        self.apply(added, object, &mut changes);
                    }
                }
                Some(Event::Overrun) => {
                    self.overruns += 1;
                    changes.push(Change::Overrun);
                    self.pending.extend(KINDS);
                }
                None => {
                    let timed_out = deadline.is_some_and(|d| Instant::now() >= d);
                    if !changes.is_empty() || (timed_out && !self.resync_due()) {
                        return Ok(changes);
                    }
                }
            }
        }
    }

    fn apply(&mut self, added: bool, object: Object, changes: &mut Vec<Change>) {
        // Deletions the kernel will not announce: find them with a re-dump.
        match (&object, added) {
            (Object::Link(l), true) => {
                let old = self.state.links.get(&l.header.index);
                let was_up = old.is_some_and(|old| old.header.flags & IFF_UP != 0);
                if was_up && l.header.flags & IFF_UP == 0 {
                    // Down: IPv4 routes and nexthops through it go silently.
                    self.pending.insert(Kind::Routes);
                    self.pending.insert(Kind::Nexthops);
                }
                let carrier = |f: u32| f & (IFF_UP | IFF_LOWER_UP);
                if old.is_some_and(|o| carrier(o.header.flags) != carrier(l.header.flags)) {
                    // Carrier up or down: routes through it gain or lose `linkdown`
                    // (RTNH_F_LINKDOWN) without an event.
                    self.pending.insert(Kind::Routes);
                }
                if old.is_none() {
                    // A new link can change others without an event: a veth peer created
                    // first keeps `link 0` in its own announcement.
                    self.pending.insert(Kind::Links);
                }
            }
            (Object::Link(l), false) => {
                for gone in self.state.remove_link_dependents(l.header.index) {
                    self.generation += 1;
                    changes.push(Change::Removed(gone));
                }
                self.pending.insert(Kind::Routes);
                self.pending.insert(Kind::Nexthops);
            }
            (Object::Address(a), false) if a.header.family == AF_INET => {
                self.pending.insert(Kind::Routes);
            }
            (Object::Nexthop(_), false) => {
                self.pending.insert(Kind::Routes);
            }
            _ => {}
        }
        if added {
            if self.state.insert(object.clone()).as_ref() != Some(&object) {
                self.generation += 1;
                changes.push(Change::Updated(object));
            }
        } else if let Some(old) = self.state.remove(&object) {
            self.generation += 1;
            changes.push(Change::Removed(old));
        }
        if matches!(
            changes.last(),
            Some(Change::Updated(Object::Link(_))) | Some(Change::Removed(Object::Link(_)))
        ) {
            self.reindex_names();
        }
    }

    fn reindex_names(&mut self) {
        self.names = self
            .state
            .links
            .iter()
            .filter_map(|(&i, l)| Some((l.name.clone()?, i)))
            .collect();
    }

    fn resync_due(&self) -> bool {
        self.time_to_next_resync() == Some(Duration::ZERO)
    }

    fn time_to_next_resync(&self) -> Option<Duration> {
        self.pending
            .iter()
            .map(|k| match self.last_resync.get(k) {
                None => Duration::ZERO,
                Some(t) => (*t + self.min_interval).saturating_duration_since(Instant::now()),
            })
            .min()
    }

    /// Re-dumps each pending kind whose interval has passed; reports the differences.
    fn run_due_resyncs(&mut self, changes: &mut Vec<Change>) -> Result<(), Error> {
        let now = Instant::now();
        let due: Vec<Kind> = self
            .pending
            .iter()
            .copied()
            .filter(|k| {
                self.last_resync
                    .get(k)
                    .is_none_or(|t| now >= *t + self.min_interval)
            })
            .collect();
        for kind in due {
            // Events queued before the dump are applied first, so the dump is the newer.
            while let Some(Event::Message { message, .. }) =
                self.sub.next_event(Some(Duration::ZERO))?
            {
                if let Some((_, added, object)) = decode(&message) {
                    self.apply(added, object, changes);
                }
            }
            let fresh = match dump_kind(&mut self.conn, kind) {
                Ok(f) => f,
                Err(Error::DumpInterrupted) => continue, // stays pending
                Err(e) => return Err(e),
            };
            self.pending.remove(&kind);
            self.last_resync.insert(kind, Instant::now());
            let mut fresh_state = State::default();
            fresh_state.replace_kind(kind, fresh);
            for o in self.state.objects(kind) {
                if fresh_state.lookup(&o).is_none() {
                    self.generation += 1;
                    changes.push(Change::Removed(o));
                }
            }
            let new = fresh_state.objects(kind);
            for o in &new {
                if self.state.lookup(o).as_ref() != Some(o) {
                    self.generation += 1;
                    changes.push(Change::Updated(o.clone()));
                }
            }
            self.state.replace_kind(kind, new);
            if kind == Kind::Links {
                self.reindex_names();
            }
            changes.push(Change::Resynced(kind));
        }
        Ok(())
    }
}
