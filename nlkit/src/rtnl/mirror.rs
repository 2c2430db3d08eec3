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
//!             Change::Resynced(kind) => println!("{} re-read", kind.name()),
//!         }
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Limits: IPv4 routes that differ only in their nexthops (`ip route append`) share one key,
//! so only the last one is kept; IPv6 multipath routes are kept whole as the kernel reports
//! them.

use super::addr::{Address, AddressFilter, AddressKey};
use super::event::{groups_for, Event, Events};
use super::link::{Link, LinkFilter, LinkFlags};
use super::neigh::{Neighbour, NeighbourFilter, NeighbourKey, NeighbourState};
use super::nexthop::{Nexthop, NexthopFilter};
use super::object::{AnyObject, Filter, Kind, Object};
use super::route::{Route, RouteFilter, RouteFlags, RouteKey};
use super::rule::{Rule, RuleFilter};
use super::AddressFamily;
use crate::engine::{Conn, Error};
use crate::sys::{Netns, Protocol};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Every kind the mirror keeps, in dependency order (links first).
pub const KINDS: [Kind; 6] = [
    Kind::Link,
    Kind::Address,
    Kind::Nexthop,
    Kind::Route,
    Kind::Neighbour,
    Kind::Rule,
];

/// What [`Mirror::poll`] reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An object appeared or changed (its new value).
    Updated(AnyObject),
    /// An object went away: announced by the kernel, implied by another change (objects of
    /// a deleted link) or found missing by a resync (its last value).
    Removed(AnyObject),
    /// Events were lost (ENOBUFS); every kind is resynced.
    Overrun,
    /// A kind was dumped again; its differences were reported just before.
    Resynced(Kind),
}

/// The identity of a rule: its family and its attributes as emitted (rules have no id).
pub type RuleKey = (AddressFamily, Vec<u8>);

/// The mirrored objects, by identity ([`Object::key`]).
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

/// True for the objects the mirror keeps (see the module documentation for the others).
pub fn is_mirrored(o: &AnyObject) -> bool {
    match o {
        AnyObject::Link(l) => l.family != AddressFamily::Bridge,
        AnyObject::Route(r) => !r.flags.contains(RouteFlags::CLONED),
        AnyObject::Neighbour(n) => {
            !(n.state == NeighbourState::NOARP && n.destination.is_some_and(|d| d.is_multicast()))
        }
        AnyObject::Rule(r) => matches!(r.family, AddressFamily::Inet | AddressFamily::Inet6),
        AnyObject::Address(_) | AnyObject::Nexthop(_) => true,
        _ => false,
    }
}

/// Moves the values of `map` into objects.
fn values<K, O: Object>(map: &BTreeMap<K, O>) -> impl Iterator<Item = AnyObject> + '_ {
    map.values().cloned().map(Object::into_any)
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
    pub fn objects(&self, kind: Kind) -> Vec<AnyObject> {
        match kind {
            Kind::Link => values(&self.links).collect(),
            Kind::Address => values(&self.addresses).collect(),
            Kind::Route => values(&self.routes).collect(),
            Kind::Neighbour => values(&self.neighbours).collect(),
            Kind::Rule => values(&self.rules).collect(),
            Kind::Nexthop => values(&self.nexthops).collect(),
            _ => Vec::new(),
        }
    }

    fn replace_kind(&mut self, kind: Kind, objects: Vec<AnyObject>) {
        match kind {
            Kind::Link => self.links.clear(),
            Kind::Address => self.addresses.clear(),
            Kind::Route => self.routes.clear(),
            Kind::Neighbour => self.neighbours.clear(),
            Kind::Rule => self.rules.clear(),
            Kind::Nexthop => self.nexthops.clear(),
            _ => {}
        }
        for o in objects {
            self.insert(o);
        }
    }

    /// Inserts or replaces an object (by its identity); returns the value it replaced.
    /// Objects of kinds the mirror does not keep are ignored.
    pub fn insert(&mut self, o: AnyObject) -> Option<AnyObject> {
        match o {
            AnyObject::Link(l) => self.links.insert(l.index, *l).map(Object::into_any),
            AnyObject::Address(a) => self.addresses.insert(a.key(), a).map(Object::into_any),
            AnyObject::Route(r) => self.routes.insert(r.key(), r).map(Object::into_any),
            AnyObject::Neighbour(n) => self.neighbours.insert(n.key(), n).map(Object::into_any),
            AnyObject::Rule(r) => self.rules.insert(r.key(), r).map(Object::into_any),
            AnyObject::Nexthop(n) => self.nexthops.insert(n.id?, n).map(Object::into_any),
            _ => None,
        }
    }

    /// The object with the identity of `o`, if there is one.
    pub fn lookup(&self, o: &AnyObject) -> Option<AnyObject> {
        let found = match o {
            AnyObject::Link(l) => self.links.get(&l.index).cloned().map(Object::into_any),
            AnyObject::Address(a) => self.addresses.get(&a.key()).cloned().map(Object::into_any),
            AnyObject::Route(r) => self.routes.get(&r.key()).cloned().map(Object::into_any),
            AnyObject::Neighbour(n) => self.neighbours.get(&n.key()).cloned().map(Object::into_any),
            AnyObject::Rule(r) => self.rules.get(&r.key()).cloned().map(Object::into_any),
            AnyObject::Nexthop(n) => self.nexthops.get(&n.id?).cloned().map(Object::into_any),
            _ => None,
        };
        found
    }

    /// Removes the object with the identity of `o`; returns what was there.
    pub fn remove(&mut self, o: &AnyObject) -> Option<AnyObject> {
        match o {
            AnyObject::Link(l) => self.links.remove(&l.index).map(Object::into_any),
            AnyObject::Address(a) => self.addresses.remove(&a.key()).map(Object::into_any),
            AnyObject::Route(r) => self.routes.remove(&r.key()).map(Object::into_any),
            AnyObject::Neighbour(n) => self.neighbours.remove(&n.key()).map(Object::into_any),
            AnyObject::Rule(r) => self.rules.remove(&r.key()).map(Object::into_any),
            AnyObject::Nexthop(n) => self.nexthops.remove(&n.id?).map(Object::into_any),
            _ => None,
        }
    }

    /// Removes what a deleted link takes with it; returns the removed objects.
    fn remove_link_dependents(&mut self, index: u32) -> Vec<AnyObject> {
        let mut gone = Vec::new();
        take_where(&mut self.addresses, &mut gone, |a| a.index == index);
        take_where(&mut self.neighbours, &mut gone, |n| n.index == index);
        take_where(&mut self.nexthops, &mut gone, |n| {
            n.output_interface == Some(index)
        });
        take_where(&mut self.routes, &mut gone, |r| {
            let hops: Vec<u32> = (r.multipath.iter().flatten().map(|h| h.index))
                .chain(r.output_interface)
                .collect();
            !hops.is_empty() && hops.iter().all(|&i| i == index)
        });
        gone
    }
}

/// Removes the values of `map` that `gone_with` selects, appending them to `gone`.
fn take_where<K: Ord, O: Object>(
    map: &mut BTreeMap<K, O>,
    gone: &mut Vec<AnyObject>,
    gone_with: impl Fn(&O) -> bool,
) {
    map.retain(|_, o| {
        let keep = !gone_with(o);
        if !keep {
            gone.push(o.clone().into_any());
        }
        keep
    });
}

/// What an event means for the mirror: added (true) or deleted, and the object; `None`
/// for events that are not mirrored state.
fn mirrored_change(event: Event) -> Option<(bool, AnyObject)> {
    let (added, o) = match event {
        Event::New(o) => (true, o),
        Event::Deleted(o) => (false, o),
        _ => return None,
    };
    is_mirrored(&o).then_some((added, o))
}

/// Dumps the objects `filter` selects (retrying interrupted dumps a few times) into `out`;
/// messages that do not parse are left out.
fn dump_into<F: Filter>(
    conn: &mut Conn,
    filter: &F,
    out: &mut Vec<AnyObject>,
) -> Result<(), Error> {
    let items = conn.dump_consistent(&filter.request(), 3, |m| {
        Ok(F::Object::from_message(&m).ok())
    })?;
    let kept = items.into_iter().flatten().filter(|o| filter.matches(o));
    out.extend(kept.map(Object::into_any).filter(is_mirrored));
    Ok(())
}

/// Dumps one kind, as the mirror reads it.
pub fn dump_kind(conn: &mut Conn, kind: Kind) -> Result<Vec<AnyObject>, Error> {
    let mut out = Vec::new();
    match kind {
        Kind::Link => dump_into(conn, &LinkFilter::default(), &mut out)?,
        Kind::Address => dump_into(conn, &AddressFilter::default(), &mut out)?,
        Kind::Route => dump_into(conn, &RouteFilter::default(), &mut out)?,
        Kind::Neighbour => {
            dump_into(conn, &NeighbourFilter::default(), &mut out)?;
            // Proxy entries come only when asked for.
            let proxy = NeighbourFilter {
                proxy: true,
                ..Default::default()
            };
            dump_into(conn, &proxy, &mut out)?;
        }
        Kind::Rule => {
            for family in [AddressFamily::Inet, AddressFamily::Inet6] {
                let f = RuleFilter {
                    family: Some(family),
                };
                dump_into(conn, &f, &mut out)?;
            }
        }
        Kind::Nexthop => dump_into(conn, &NexthopFilter::default(), &mut out)?,
        _ => {}
    }
    Ok(out)
}
/// A live copy of a namespace's network state; see the module documentation.
#[derive(Debug)]
pub struct Mirror {
    events: Events,
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
        let groups = groups_for(&KINDS, None);
        let (events, conn) = match netns {
            None => (Events::new(&groups)?, Conn::new(Protocol::Route)?),
            Some(ns) => (
                Events::new_in(ns, &groups)?,
                Conn::new_in(ns, Protocol::Route)?,
            ),
        };
        let socket = events.subscription().socket();
        if socket.set_recv_buffer_force(32 << 20).is_err() {
            let _ = socket.set_recv_buffer(32 << 20);
        }
        let mut m = Mirror {
            events,
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
        self.events.subscription().socket()
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
            Some(hops) => hops.iter().map(|h| (h.gateway, Some(h.index))).collect(),
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
            match self.events.next(wait)? {
                Some(Event::Overrun) => {
                    self.overruns += 1;
                    changes.push(Change::Overrun);
                    self.pending.extend(KINDS);
                }
                Some(event) => {
                    if let Some((added, object)) = mirrored_change(event) {
                        self.apply(added, object, &mut changes);
                    }
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

    fn apply(&mut self, added: bool, object: AnyObject, changes: &mut Vec<Change>) {
        self.note_silent_changes(added, &object, changes);
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
            Some(Change::Updated(AnyObject::Link(_))) | Some(Change::Removed(AnyObject::Link(_)))
        ) {
            self.reindex_names();
        }
    }

    /// Notes the changes the kernel will not announce for an event: what a deleted link
    /// takes with it is removed now; others are found with a re-dump.
    fn note_silent_changes(&mut self, added: bool, object: &AnyObject, changes: &mut Vec<Change>) {
        match (object, added) {
            (AnyObject::Link(l), true) => self.note_link_change(l),
            (AnyObject::Link(l), false) => {
                for gone in self.state.remove_link_dependents(l.index) {
                    self.generation += 1;
                    changes.push(Change::Removed(gone));
                }
                self.pending.insert(Kind::Route);
                self.pending.insert(Kind::Nexthop);
            }
            (AnyObject::Address(a), false) if a.family == AddressFamily::Inet => {
                self.pending.insert(Kind::Route);
            }
            (AnyObject::Nexthop(_), false) => {
                self.pending.insert(Kind::Route);
            }
            _ => {}
        }
    }

    fn note_link_change(&mut self, l: &Link) {
        let old = self.state.links.get(&l.index);
        let was_up = old.is_some_and(|old| old.flags.contains(LinkFlags::UP));
        if was_up && !l.flags.contains(LinkFlags::UP) {
            // Down: IPv4 routes and nexthops through it go silently.
            self.pending.insert(Kind::Route);
            self.pending.insert(Kind::Nexthop);
        }
        let carrier = |f: LinkFlags| f & (LinkFlags::UP | LinkFlags::LOWER_UP);
        if old.is_some_and(|o| carrier(o.flags) != carrier(l.flags)) {
            // Carrier up or down: routes through it gain or lose `linkdown`
            // (RTNH_F_LINKDOWN) without an event.
            self.pending.insert(Kind::Route);
        }
        if old.is_none() {
            // A new link can change others without an event: a veth peer created first
            // keeps `link 0` in its own announcement.
            self.pending.insert(Kind::Link);
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
            while let Some(event) = self.events.next(Some(Duration::ZERO))? {
                if matches!(event, Event::Overrun) {
                    self.overruns += 1;
                    changes.push(Change::Overrun);
                    self.pending.extend(KINDS);
                } else if let Some((added, object)) = mirrored_change(event) {
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
            if kind == Kind::Link {
                self.reindex_names();
            }
            changes.push(Change::Resynced(kind));
        }
        Ok(())
    }
}
