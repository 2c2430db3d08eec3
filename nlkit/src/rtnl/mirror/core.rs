//! The sans-I/O half of the mirror, shared by the blocking [`super::Mirror`] and the
//! async `rtnl::tokio::Mirror`: the state, what an event changes in it (the silent changes
//! included), which kinds wait for a resync and when it is due, what a resync's fresh
//! dump changes, and which dumps read a kind. The drivers only read events and dump.

use crate::rtnl::addr::{Address, AddressFilter, AddressKey};
use crate::rtnl::event::Event;
use crate::rtnl::link::{Link, LinkFilter, LinkFlags};
use crate::rtnl::neigh::{Neighbour, NeighbourFilter, NeighbourKey, NeighbourState};
use crate::rtnl::nexthop::{Nexthop, NexthopFilter};
use crate::rtnl::object::{AnyObject, Filter, Kind, Object};
use crate::rtnl::route::{Route, RouteFilter, RouteFlags, RouteKey};
use crate::rtnl::rule::{Rule, RuleFilter};
use crate::rtnl::AddressFamily;
use crate::sys::Socket;
use crate::wire::{MessageBuilder, MessageView};
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

/// What [`Mirror::poll`](super::Mirror::poll) (and the async mirror's `poll`) reports.
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

    /// Replaces every object of `kind` with `objects`.
    pub(crate) fn replace_kind(&mut self, kind: Kind, objects: Vec<AnyObject>) {
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

/// How often an interrupted dump of the mirror is tried again before it fails.
pub(crate) const DUMP_RETRIES: u32 = 3;

/// The receive buffer the mirror's subscription asks for.
const SUBSCRIPTION_BUFFER: usize = 32 << 20;

/// Gives the subscription's socket a 32 MiB receive buffer (SO_RCVBUFFORCE when
/// privileged, else the largest SO_RCVBUF allowed).
pub(crate) fn enlarge_buffer(socket: &Socket) {
    if socket.set_recv_buffer_force(SUBSCRIPTION_BUFFER).is_err() {
        let _ = socket.set_recv_buffer(SUBSCRIPTION_BUFFER);
    }
}

type Keep = Box<dyn Fn(&MessageView<&[u8]>) -> Option<AnyObject> + Send + Sync>;

/// One dump the mirror reads a kind with: its request, and what it keeps of each message
/// (the objects that parse, pass the filter and are mirrored).
pub(crate) struct Source {
    /// The dump request.
    pub(crate) request: MessageBuilder,
    keep: Keep,
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source").finish_non_exhaustive()
    }
}

impl Source {
    fn of<F: Filter + Send + Sync + 'static>(filter: F) -> Source {
        Source {
            request: filter.request(),
            keep: Box::new(move |m| {
                let o = F::Object::from_message(m).ok()?;
                filter.matches(&o).then(|| o.into_any()).filter(is_mirrored)
            }),
        }
    }

    /// The object `m` holds, if the mirror keeps it (messages that do not parse are left
    /// out).
    pub(crate) fn keep(&self, m: &MessageView<&[u8]>) -> Option<AnyObject> {
        (self.keep)(m)
    }
}

/// The dumps that read `kind`, in order.
pub(crate) fn sources(kind: Kind) -> Vec<Source> {
    match kind {
        Kind::Link => vec![Source::of(LinkFilter::default())],
        Kind::Address => vec![Source::of(AddressFilter::default())],
        Kind::Route => vec![Source::of(RouteFilter::default())],
        // Proxy entries come only when asked for.
        Kind::Neighbour => vec![
            Source::of(NeighbourFilter::default()),
            Source::of(NeighbourFilter {
                proxy: true,
                ..Default::default()
            }),
        ],
        Kind::Rule => [AddressFamily::Inet, AddressFamily::Inet6]
            .into_iter()
            .map(|family| {
                Source::of(RuleFilter {
                    family: Some(family),
                })
            })
            .collect(),
        Kind::Nexthop => vec![Source::of(NexthopFilter::default())],
        _ => Vec::new(),
    }
}

/// The mirror's state and bookkeeping, without I/O.
#[derive(Debug)]
pub(crate) struct Core {
    state: State,
    names: HashMap<String, u32>,
    generation: u64,
    /// Kinds to dump again.
    pending: BTreeSet<Kind>,
    last_resync: HashMap<Kind, Instant>,
    min_interval: Duration,
    overruns: u64,
}

impl Core {
    /// A mirror of `state` (read after subscribing).
    pub(crate) fn new(state: State) -> Core {
        let mut core = Core {
            state,
            names: HashMap::new(),
            generation: 0,
            pending: BTreeSet::new(),
            last_resync: HashMap::new(),
            min_interval: Duration::from_millis(200),
            overruns: 0,
        };
        core.reindex_names();
        core
    }

    /// The mirrored objects.
    pub(crate) fn state(&self) -> &State {
        &self.state
    }

    /// Counts every change applied.
    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// How many overruns there were.
    pub(crate) fn overruns(&self) -> u64 {
        self.overruns
    }

    /// The index of the link named `name`.
    pub(crate) fn link_index(&self, name: &str) -> Option<u32> {
        self.names.get(name).copied()
    }

    /// The nexthop object a route uses (`nhid`), if any and known.
    pub(crate) fn route_nexthop(&self, r: &Route) -> Option<&Nexthop> {
        self.state.nexthops.get(&r.nexthop_id?)
    }

    /// The paths of a route as (gateway, device): from its nexthop object (groups expanded
    /// to their members), its multipath hops, or its own gateway and device.
    pub(crate) fn route_paths(&self, r: &Route) -> Vec<(Option<IpAddr>, Option<u32>)> {
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

    /// The shortest time between two resyncs of one kind.
    pub(crate) fn set_min_resync_interval(&mut self, interval: Duration) {
        self.min_interval = interval;
    }

    /// True when a resync is waiting (for its interval).
    pub(crate) fn resync_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Applies one event: an overrun makes every kind pending; a mirrored change is applied
    /// with what it implies; other events are ignored.
    pub(crate) fn on_event(&mut self, event: Event, changes: &mut Vec<Change>) {
        if matches!(event, Event::Overrun) {
            self.overruns += 1;
            changes.push(Change::Overrun);
            self.pending.extend(KINDS);
        } else if let Some((added, object)) = mirrored_change(event) {
            self.apply(added, object, changes);
        }
    }

    /// How long a poll that has gathered `changes` may wait for the next event: not at all
    /// once something changed (only what is queued is drained), else until the next
    /// resync or the poll's deadline, whichever comes first (`None`: no limit).
    pub(crate) fn wait(&self, changes: &[Change], deadline: Option<Instant>) -> Option<Duration> {
        if !changes.is_empty() {
            return Some(Duration::ZERO);
        }
        let until_resync = self.time_to_next_resync();
        let until_deadline = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        match (until_resync, until_deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Whether a poll whose wait ended without an event returns now: when it has changes,
    /// or when its deadline passed and no resync is due.
    pub(crate) fn poll_over(&self, changes: &[Change], deadline: Option<Instant>) -> bool {
        let timed_out = deadline.is_some_and(|d| Instant::now() >= d);
        !changes.is_empty() || (timed_out && !self.resync_due())
    }

    /// The pending kinds whose interval has passed, in dependency order.
    pub(crate) fn due(&self) -> Vec<Kind> {
        let now = Instant::now();
        self.pending
            .iter()
            .copied()
            .filter(|k| {
                self.last_resync
                    .get(k)
                    .is_none_or(|t| now >= *t + self.min_interval)
            })
            .collect()
    }

    /// A fresh dump of `kind` came: its differences from the state become changes, then
    /// [`Change::Resynced`].
    pub(crate) fn resynced(
        &mut self,
        kind: Kind,
        fresh: Vec<AnyObject>,
        changes: &mut Vec<Change>,
    ) {
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
}
