//! [`Mirror`]: the live copy of a namespace's network state on tokio, kept by the same
//! sans-I/O core as the blocking [`crate::rtnl::mirror::Mirror`].

use super::events::Events;
use crate::engine::Error;
use crate::rtnl::event::groups_for;
use crate::rtnl::mirror::{enlarge_buffer, sources, Change, Core, State, DUMP_RETRIES, KINDS};
use crate::rtnl::nexthop::Nexthop;
use crate::rtnl::object::{AnyObject, Kind};
use crate::rtnl::route::Route;
use crate::sys::{Netns, Protocol, Socket};
use crate::tokio::Connection;
use crate::wire::DecodeError;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// A live copy of a namespace's links, addresses, routes, neighbours, rules and nexthops
/// on tokio: the async twin of [`crate::rtnl::mirror::Mirror`], with the same state, the
/// same [`Change`]s and the same rules (see [`crate::rtnl::mirror`]): it subscribes before
/// it dumps, applies what the kernel does not announce, and resyncs by itself after an
/// overrun or an interrupted dump, at most once per kind and
/// [`set_min_resync_interval`](Mirror::set_min_resync_interval).
///
/// [`poll`](Mirror::poll) is cancel-safe: the changes a dropped poll had applied are
/// returned by the next one, and a resync cut short stays pending.
///
/// ```no_run
/// # async fn f() -> Result<(), nlkit::engine::Error> {
/// use nlkit::rtnl::mirror::Change;
/// use nlkit::rtnl::tokio::Mirror;
/// use std::time::Duration;
/// let mut m = Mirror::new(None).await?;
/// println!("{} routes", m.state().routes.len());
/// loop {
///     for change in m.poll(Some(Duration::from_secs(1))).await? {
///         match change {
///             Change::Updated(o) => println!("now: {o:?}"),
///             Change::Removed(o) => println!("gone: {o:?}"),
///             Change::Overrun => println!("events lost; resyncing"),
///             Change::Resynced(kind) => println!("{} re-read", kind.name()),
///         }
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct Mirror {
    events: Events,
    conn: Connection,
    core: Core,
    /// Applied and not yet returned (a poll was dropped half-way).
    changes: Vec<Change>,
}

impl Mirror {
    /// Subscribes to every group the mirrored kinds announce on, then dumps them: in the
    /// current namespace, or in `netns` (the sockets are made on a short-lived thread).
    /// The subscription gets a 32 MiB receive buffer (SO_RCVBUFFORCE when privileged,
    /// else the largest SO_RCVBUF allowed). Call it inside a tokio runtime.
    pub async fn new(netns: Option<&Netns>) -> Result<Mirror, Error> {
        let groups = groups_for(&KINDS, None);
        let (events, conn) = match netns {
            None => (Events::new(&groups)?, Connection::new(Protocol::Route)?),
            Some(ns) => (
                Events::new_in(ns, &groups)?,
                Connection::new_in(ns, Protocol::Route)?,
            ),
        };
        enlarge_buffer(events.socket());
        // Subscribed first: whatever changes during these dumps is queued as events.
        let mut state = State::default();
        for kind in KINDS {
            state.replace_kind(kind, dump_kind(&conn, kind).await?);
        }
        Ok(Mirror {
            events,
            conn,
            core: Core::new(state),
            changes: Vec::new(),
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
    pub fn subscription_socket(&self) -> &Socket {
        self.events.socket()
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
    pub async fn poll(&mut self, timeout: Option<Duration>) -> Result<Vec<Change>, Error> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            self.run_due_resyncs().await?;
            // Drain what is queued without waiting, then wait if nothing happened yet.
            let wait = self.core.wait(&self.changes, deadline);
            match self.events.next(wait).await? {
                Some(event) => self.core.on_event(event, &mut self.changes),
                None if self.core.poll_over(&self.changes, deadline) => {
                    return Ok(std::mem::take(&mut self.changes));
                }
                None => {}
            }
        }
    }

    /// Re-dumps each pending kind whose interval has passed; notes the differences.
    async fn run_due_resyncs(&mut self) -> Result<(), Error> {
        for kind in self.core.due() {
            // Events queued before the dump are applied first, so the dump is the newer.
            while let Some(event) = self.events.next(Some(Duration::ZERO)).await? {
                self.core.on_event(event, &mut self.changes);
            }
            match dump_kind(&self.conn, kind).await {
                Ok(fresh) => self.core.resynced(kind, fresh, &mut self.changes),
                Err(Error::DumpInterrupted) => {} // stays pending
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// Dumps one kind, as the mirror reads it (the same dumps as
/// [`crate::rtnl::mirror::dump_kind`]).
async fn dump_kind(conn: &Connection, kind: Kind) -> Result<Vec<AnyObject>, Error> {
    let mut out = Vec::new();
    for source in sources(kind) {
        let mut attempt = 0;
        loop {
            let mut dump = conn.dump(&source.request, |m| Ok::<_, DecodeError>(source.keep(&m)))?;
            let (mut items, mut interrupted) = (Vec::new(), false);
            while let Some(item) = dump.next().await {
                match item {
                    Ok(o) => items.extend(o),
                    Err(Error::DumpInterrupted) => interrupted = true,
                    Err(e) => return Err(e),
                }
            }
            if !interrupted {
                out.extend(items);
                break;
            }
            if attempt >= DUMP_RETRIES {
                return Err(Error::DumpInterrupted);
            }
            attempt += 1;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The futures can be spawned on the multi-thread runtime.
    #[test]
    fn futures_are_send() {
        fn send<T: Send>(_: &T) {}
        fn check(m: &mut Mirror, e: &mut Events, c: &Connection) {
            send(&m.poll(None));
            send(&e.next(None));
            send(&dump_kind(c, Kind::Rule));
        }
        send(&Mirror::new(None));
        let _ = check;
    }
}
