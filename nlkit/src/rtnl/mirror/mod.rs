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
//!
//! The async twin, `rtnl::tokio::Mirror` (feature `tokio`), keeps the same state by the
//! same rules: both drive one sans-I/O core (`core.rs`) and differ only in how they read
//! events and dump.

mod core;

pub(crate) use self::core::{enlarge_buffer, sources, Core, DUMP_RETRIES};
pub use self::core::{is_mirrored, Change, RuleKey, State, KINDS};

use super::event::{groups_for, Events};
use super::nexthop::Nexthop;
use super::object::{AnyObject, Kind};
use super::route::Route;
use crate::engine::{Conn, Error};
use crate::sys::{Netns, Protocol};
use std::net::IpAddr;
use std::time::{Duration, Instant};

impl State {
    /// Reads every kind from the kernel.
    pub fn dump(conn: &mut Conn) -> Result<State, Error> {
        let mut s = State::default();
        for kind in KINDS {
            s.replace_kind(kind, dump_kind(conn, kind)?);
        }
        Ok(s)
    }
}

/// Dumps one kind, as the mirror reads it (interrupted dumps are read again a few times;
/// messages that do not parse are left out).
pub fn dump_kind(conn: &mut Conn, kind: Kind) -> Result<Vec<AnyObject>, Error> {
    let mut out = Vec::new();
    for source in sources(kind) {
        let items = conn.dump_consistent(&source.request, DUMP_RETRIES, |m| Ok(source.keep(&m)))?;
        out.extend(items.into_iter().flatten());
    }
    Ok(out)
}

/// A live copy of a namespace's network state; see the module documentation.
#[derive(Debug)]
pub struct Mirror {
    events: Events,
    conn: Conn,
    core: Core,
}

impl Mirror {
    /// Subscribes to every group the mirrored kinds announce on, then dumps them: in the
    /// current namespace, or in `netns`. The subscription gets a 32 MiB receive buffer
    /// (SO_RCVBUFFORCE when privileged, else the largest SO_RCVBUF allowed).
    pub fn new(netns: Option<&Netns>) -> Result<Mirror, Error> {
        let groups = groups_for(&KINDS, None);
        let (events, mut conn) = match netns {
            None => (Events::new(&groups)?, Conn::new(Protocol::Route)?),
            Some(ns) => (
                Events::new_in(ns, &groups)?,
                Conn::new_in(ns, Protocol::Route)?,
            ),
        };
        enlarge_buffer(events.subscription().socket());
        // Subscribed first: whatever changes during these dumps is queued as events.
        let state = State::dump(&mut conn)?;
        Ok(Mirror {
            events,
            conn,
            core: Core::new(state),
        })
    }

    /// The mirrored objects.
    pub fn state(&self) -> &State {
        self.core.state()
    }

    /// Counts every change applied (a consumer can tell whether anything moved).
    pub fn generation(&self) -> u64 {
        self.core.generation()
    }

    /// The subscription's socket (to tune its buffer, say).
    pub fn subscription_socket(&self) -> &crate::sys::Socket {
        self.events.subscription().socket()
    }

    /// How many overruns (lost events) there were.
    pub fn overruns(&self) -> u64 {
        self.core.overruns()
    }

    /// The index of the link named `name`.
    pub fn link_index(&self, name: &str) -> Option<u32> {
        self.core.link_index(name)
    }

    /// The nexthop object a route uses (`nhid`), if any and known.
    pub fn route_nexthop(&self, r: &Route) -> Option<&Nexthop> {
        self.core.route_nexthop(r)
    }

    /// The paths of a route as (gateway, device): from its nexthop object (groups expanded
    /// to their members), its multipath hops, or its own gateway and device.
    pub fn route_paths(&self, r: &Route) -> Vec<(Option<IpAddr>, Option<u32>)> {
        self.core.route_paths(r)
    }

    /// The shortest time between two resyncs of one kind (default 200 ms): bursts of
    /// overruns or link flaps cost one re-dump per kind and interval.
    pub fn set_min_resync_interval(&mut self, interval: Duration) {
        self.core.set_min_resync_interval(interval);
    }

    /// True when a resync is waiting (for its interval).
    pub fn resync_pending(&self) -> bool {
        self.core.resync_pending()
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
            let wait = self.core.wait(&changes, deadline);
            match self.events.next(wait)? {
                Some(event) => self.core.on_event(event, &mut changes),
                None if self.core.poll_over(&changes, deadline) => return Ok(changes),
                None => {}
            }
        }
    }

    /// Re-dumps each pending kind whose interval has passed; reports the differences.
    fn run_due_resyncs(&mut self, changes: &mut Vec<Change>) -> Result<(), Error> {
        for kind in self.core.due() {
            // Events queued before the dump are applied first, so the dump is the newer.
            while let Some(event) = self.events.next(Some(Duration::ZERO))? {
                self.core.on_event(event, changes);
            }
            match dump_kind(&mut self.conn, kind) {
                Ok(fresh) => self.core.resynced(kind, fresh, changes),
                Err(Error::DumpInterrupted) => {} // stays pending
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}
