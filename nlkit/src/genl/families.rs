//! [`Families`]: the family resolver and its cache.

use super::ctrl::{self, Event, FamilyInfo, FamilyKey, CTRL_NOTIFY_GROUP};
use crate::engine::{Conn, Error, Notification, Reply, Subscription};
use crate::sys::{errno::ENOENT, Netns, Protocol};
use crate::wire::genl::GENL_NAMSIZ;
use crate::wire::MessageBuilder;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// Generic netlink families by name, each asked of the controller once (the family
/// resolver). Keep one beside each connection: a family already resolved costs no syscall.
///
/// A cache made with [`watching`](Families::watching) also listens to the controller's
/// notifications, so that a family that goes (its module unloaded) or comes back (with a
/// new id) is not served stale: [`sync`](Families::sync) applies what was announced
/// (without waiting); the operations of [`genl`](super) call it when a request of a
/// watched cache fails. A lost notification (an overrun) empties the cache.
///
/// It is `Send + Sync`: tasks sharing one `tokio::Connection` can share one cache (see
/// [`genl::tokio`](super) with feature `tokio`).
///
/// ```no_run
/// use nlkit::engine::{Conn, Error};
/// use nlkit::genl::Families;
/// let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
/// let families = Families::new();
/// let ethtool = families.resolve(&mut conn, "ethtool")?;
/// println!("ethtool is {} with groups {:?}", ethtool.id, ethtool.groups);
/// let again = families.resolve(&mut conn, "ethtool")?; // from the cache
/// assert_eq!(families.lookups(), 1);
/// match families.resolve(&mut conn, "wireguard") {
///     Err(e @ Error::FamilyNotFound { .. }) => println!("{e}"), // is its module loaded?
///     other => println!("{other:?}"),
/// }
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Families {
    cache: Mutex<HashMap<String, Arc<FamilyInfo>>>,
    watch: Option<Mutex<Subscription>>,
    lookups: AtomicU64,
}

/// What a resolution needs: a family from the cache, or a request to send.
#[derive(Debug)]
pub(crate) enum Lookup {
    Cached(Arc<FamilyInfo>),
    Ask(MessageBuilder),
}

impl Families {
    /// An empty cache that does not watch the controller.
    pub fn new() -> Families {
        Families::default()
    }

    /// An empty cache that watches the controller's notifications in the current network
    /// namespace (no privilege needed).
    pub fn watching() -> Result<Families, Error> {
        Families::watch(Subscription::new(Protocol::Generic, &[CTRL_NOTIFY_GROUP])?)
    }

    /// The same, for connections in the namespace `netns`.
    pub fn watching_in(netns: &Netns) -> Result<Families, Error> {
        Families::watch(Subscription::new_in(
            netns,
            Protocol::Generic,
            &[CTRL_NOTIFY_GROUP],
        )?)
    }

    fn watch(subscription: Subscription) -> Result<Families, Error> {
        Ok(Families {
            watch: Some(Mutex::new(subscription)),
            ..Families::default()
        })
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Arc<FamilyInfo>>> {
        // The map is consistent after every statement: a panic elsewhere cannot tear it.
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// True when the cache watches the controller's notifications.
    pub fn is_watching(&self) -> bool {
        self.watch.is_some()
    }

    /// The family `name`: from the cache, or asked of the controller and cached. A family
    /// the kernel does not have is [`Error::FamilyNotFound`] (`family wireguard not found;
    /// is its module loaded?`).
    pub fn resolve(&self, conn: &mut Conn, name: &str) -> Result<Arc<FamilyInfo>, Error> {
        self.resolve_key(conn, &FamilyKey::Name(name.to_owned()))
    }

    /// The family of id `id`, from the cache or asked of the controller.
    pub fn resolve_id(&self, conn: &mut Conn, id: u16) -> Result<Arc<FamilyInfo>, Error> {
        self.resolve_key(conn, &FamilyKey::Id(id))
    }

    /// The family `key` names, from the cache or asked of the controller.
    pub fn resolve_key(&self, conn: &mut Conn, key: &FamilyKey) -> Result<Arc<FamilyInfo>, Error> {
        match self.begin(key)? {
            Lookup::Cached(f) => Ok(f),
            Lookup::Ask(request) => {
                let reply = conn.request(&request);
                self.finish(key, reply)
            }
        }
    }

    /// The cached family or the request that asks for it (shared by the blocking and the
    /// async resolver). A name no family can have is not asked about.
    pub(crate) fn begin(&self, key: &FamilyKey) -> Result<Lookup, Error> {
        let cached = match key {
            FamilyKey::Name(n) => self.cached(n),
            FamilyKey::Id(id) => self.cached_id(*id),
        };
        if let Some(f) = cached {
            return Ok(Lookup::Cached(f));
        }
        if matches!(key, FamilyKey::Name(n) if n.is_empty() || n.len() >= GENL_NAMSIZ) {
            return Err(key.not_found());
        }
        self.lookups.fetch_add(1, Ordering::Relaxed);
        let request = ctrl::GetFamily {
            family: key.clone(),
        };
        Ok(Lookup::Ask(super::Request::message(
            &request,
            crate::wire::genl::GENL_ID_CTRL,
        )))
    }

    /// Caches the controller's answer to [`begin`](Families::begin)'s request; `ENOENT` is
    /// the typed not-found error.
    pub(crate) fn finish(
        &self,
        key: &FamilyKey,
        reply: Result<Reply, Error>,
    ) -> Result<Arc<FamilyInfo>, Error> {
        let reply = match reply {
            Err(Error::Kernel(k)) if k.errno == ENOENT => return Err(key.not_found()),
            other => other?,
        };
        let message = reply.message();
        let view = super::GenlView::parse(&message)?;
        let info = FamilyInfo::from_message(&ctrl::CtrlMessage::parse(&view)?)?;
        Ok(self.insert(info))
    }

    /// The cached family `name`, if any (never a syscall).
    pub fn cached(&self, name: &str) -> Option<Arc<FamilyInfo>> {
        self.lock().get(name).cloned()
    }

    /// The cached family of id `id`, if any (never a syscall).
    pub fn cached_id(&self, id: u16) -> Option<Arc<FamilyInfo>> {
        self.lock().values().find(|f| f.id == id).cloned()
    }

    /// Caches `info` (replacing what was cached under its name) and returns it shared.
    pub fn insert(&self, info: FamilyInfo) -> Arc<FamilyInfo> {
        let info = Arc::new(info);
        self.lock().insert(info.name.clone(), info.clone());
        info
    }

    /// Drops the family `name` from the cache; true when it was cached.
    pub fn forget(&self, name: &str) -> bool {
        self.lock().remove(name).is_some()
    }

    /// Empties the cache.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// How many families this cache has asked the controller for.
    pub fn lookups(&self) -> u64 {
        self.lookups.load(Ordering::Relaxed)
    }

    /// Applies one controller notification: a new family replaces what was cached under
    /// its name; a removed family is dropped (when the cached one has its id); a group
    /// change drops the family, to be asked for again.
    pub fn apply(&self, event: &Event) {
        let mut cache = self.lock();
        match event {
            Event::NewFamily(f) => {
                cache.insert(f.name.clone(), Arc::new(f.clone()));
            }
            Event::DelFamily(f) => {
                if cache.get(&f.name).is_some_and(|c| c.id == f.id) {
                    cache.remove(&f.name);
                }
            }
            Event::NewGroup { family, .. } | Event::DelGroup { family, .. } => {
                cache.remove(family);
            }
            Event::Other(_) => {}
        }
    }

    /// Applies the controller's notifications received so far, without waiting; returns
    /// how many were applied. An overrun (notifications lost) empties the cache. Without
    /// [`watching`](Families::watching), nothing to do.
    pub fn sync(&self) -> Result<usize, Error> {
        let Some(watch) = &self.watch else {
            return Ok(0);
        };
        let mut sub = watch.lock().unwrap_or_else(|e| e.into_inner());
        let mut applied = 0;
        loop {
            match sub.next_notification(Some(Duration::ZERO)) {
                Ok(None) => return Ok(applied),
                Ok(Some(Notification::Overrun)) => self.clear(),
                Ok(Some(Notification::Message { message, .. })) => {
                    if let Ok(event) = Event::parse(&message) {
                        self.apply(&event);
                        applied += 1;
                    }
                }
                Err(Error::Decode(_)) => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Passes `result` through; when it is a kernel error and the cache is watching, first
    /// applies the notifications received (the request may have gone to a family that is
    /// gone), so that the next resolution is fresh.
    pub(crate) fn after<T>(&self, result: Result<T, Error>) -> Result<T, Error> {
        if matches!(result, Err(Error::Kernel(_))) && self.is_watching() {
            let _ = self.sync();
        }
        result
    }

    /// The id of the multicast group `group` of the family `family` (resolved through the
    /// cache). A family without that group is [`Error::FamilyNotFound`] naming the group.
    pub fn group_id(&self, conn: &mut Conn, family: &str, group: &str) -> Result<u32, Error> {
        let f = self.resolve(conn, family)?;
        group_of(&f, group)
    }

    /// A subscription to the multicast groups `groups` (by name) of the family `family`,
    /// in the current network namespace.
    pub fn subscribe(
        &self,
        conn: &mut Conn,
        family: &str,
        groups: &[&str],
    ) -> Result<Subscription, Error> {
        let ids = self.group_ids(conn, family, groups)?;
        Subscription::new(Protocol::Generic, &ids)
    }

    /// The same, in the namespace `netns`.
    pub fn subscribe_in(
        &self,
        netns: &Netns,
        conn: &mut Conn,
        family: &str,
        groups: &[&str],
    ) -> Result<Subscription, Error> {
        let ids = self.group_ids(conn, family, groups)?;
        Subscription::new_in(netns, Protocol::Generic, &ids)
    }

    fn group_ids(&self, conn: &mut Conn, family: &str, groups: &[&str]) -> Result<Vec<u32>, Error> {
        let f = self.resolve(conn, family)?;
        groups.iter().map(|g| group_of(&f, g)).collect()
    }
}

/// The id of `group` in `family`, or the typed error naming both.
pub(crate) fn group_of(family: &FamilyInfo, group: &str) -> Result<u32, Error> {
    family.group(group).ok_or_else(|| Error::FamilyNotFound {
        family: family.name.clone(),
        group: Some(group.to_owned()),
    })
}
