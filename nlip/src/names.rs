//! Names for numbers, as iproute2 prints them: route tables, protocols, scopes, types,
//! realms, DS fields (from /etc/iproute2 and built-in tables), and device names.

use nlkit::engine::Conn;
use nlkit::rtnl::{
    self,
    link::{attrs::RTEXT_FILTER_SKIP_STATS, LinkFilter, LinkQuery},
};
use std::collections::HashMap;

// Each table is read from its files once per process (a batch runs many commands).

/// A number-to-name table read from iproute2's configuration files, with built-in entries.
#[derive(Debug, Default)]
pub struct NameTable {
    by_id: HashMap<u32, String>,
    by_name: HashMap<String, u32>,
}

impl NameTable {
    /// The built-in names, then those of the configuration file `file` ([`config_paths`]).
    fn with(builtin: &[(u32, &str)], file: &str) -> NameTable {
        let mut t = NameTable::default();
        for &(id, name) in builtin {
            t.insert(id, name);
        }
        for f in config_paths(file) {
            t.read_file(&f.to_string_lossy());
        }
        t
    }

    fn insert(&mut self, id: u32, name: &str) {
        self.by_id.insert(id, name.to_owned());
        self.by_name.insert(name.to_owned(), id);
    }

    fn read_file(&mut self, path: &str) {
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(id), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            let id = match id.strip_prefix("0x").or_else(|| id.strip_prefix("0X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => id.parse().ok(),
            };
            if let Some(id) = id {
                self.insert(id, name);
            }
        }
    }

    /// The name of `id`, if it has one.
    pub fn name(&self, id: u32) -> Option<&str> {
        self.by_id.get(&id).map(|s| s.as_str())
    }

    /// The name of `id`, or the number when it has none (always the number with `-N`).
    pub fn show(&self, id: u32) -> Name<'_> {
        if numeric() {
            return Name::Num(id);
        }
        match self.by_id.get(&id) {
            Some(n) => Name::Str(n),
            None => Name::Num(id),
        }
    }

    /// The id of a name in the table (no number parsing).
    pub fn by_name(&self, word: &str) -> Option<u32> {
        self.by_name.get(word).copied()
    }

    /// The id of `word`: a known name, or a number (decimal or 0x hex).
    pub fn id(&self, word: &str) -> Option<u32> {
        if let Some(&id) = self.by_name.get(word) {
            return Some(id);
        }
        match word.strip_prefix("0x") {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => word.parse().ok(),
        }
    }
}

/// A name, or the number printed in its place.
#[derive(Debug, Clone, Copy)]
pub enum Name<'a> {
    /// A name.
    Str(&'a str),
    /// A number without a name.
    Num(u32),
    /// A number after a fixed prefix (`if7`).
    Prefixed(&'static str, u32),
}

impl crate::render::Render for Name<'_> {
    fn render(&self, out: &mut Vec<u8>) {
        match *self {
            Name::Str(s) => out.extend_from_slice(s.as_bytes()),
            Name::Num(n) => crate::render::push_u64(out, u64::from(n)),
            Name::Prefixed(p, n) => {
                out.extend_from_slice(p.as_bytes());
                crate::render::push_u64(out, u64::from(n));
            }
        }
    }
}

/// Where iproute2's configuration file `name` is read from, in order: its package default
/// (/usr/share/iproute2) then the administrator's (/etc/iproute2); only `$NLIP_CONFDIR` when
/// that is set, and only the project's fixed table (nlip/tests/golden/iproute2) in unit tests,
/// so that test output does not depend on the host.
pub fn config_paths(name: &str) -> Vec<std::path::PathBuf> {
    if cfg!(test) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/iproute2");
        return vec![std::path::Path::new(dir).join(name)];
    }
    if let Some(dir) = std::env::var_os("NLIP_CONFDIR") {
        return vec![std::path::Path::new(&dir).join(name)];
    }
    ["/usr/share/iproute2", "/etc/iproute2"]
        .iter()
        .map(|d| std::path::Path::new(d).join(name))
        .collect()
}

/// Route tables: built-in `default`, `main`, `local` (and `unspec` for 0), then
/// /etc/iproute2/rt_tables and /usr/share/iproute2/rt_tables.
pub fn tables() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(load_tables)
}

fn load_tables() -> NameTable {
    let mut t = NameTable::with(
        &[
            (0, "unspec"),
            (253, "default"),
            (254, "main"),
            (255, "local"),
        ],
        "rt_tables",
    );
    for dir in config_paths("rt_tables.d") {
        if let Ok(entries) = std::fs::read_dir(dir) {
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "conf"))
            {
                t.read_file(&p.to_string_lossy());
            }
        }
    }
    t
}

/// Route protocols (`RTPROT_*`).
pub fn protocols() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(load_protocols)
}

fn load_protocols() -> NameTable {
    NameTable::with(
        &[
            (0, "unspec"),
            (1, "redirect"),
            (2, "kernel"),
            (3, "boot"),
            (4, "static"),
            (8, "gated"),
            (9, "ra"),
            (10, "mrt"),
            (11, "zebra"),
            (12, "bird"),
            (13, "dnrouted"),
            (14, "xorp"),
            (15, "ntk"),
            (16, "dhcp"),
            (18, "keepalived"),
            (42, "babel"),
            (99, "openr"),
            (186, "bgp"),
            (187, "isis"),
            (188, "ospf"),
            (189, "rip"),
            (192, "eigrp"),
        ],
        "rt_protos",
    )
}

/// Route scopes (`RT_SCOPE_*`).
pub fn scopes() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(load_scopes)
}

fn load_scopes() -> NameTable {
    NameTable::with(
        &[
            (0, "global"),
            (200, "site"),
            (253, "link"),
            (254, "host"),
            (255, "nowhere"),
        ],
        "rt_scopes",
    )
}

/// Realms.
pub fn realms() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(load_realms)
}

fn load_realms() -> NameTable {
    NameTable::with(&[], "rt_realms")
}

/// DS field (TOS) names.
pub fn dsfields() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(load_dsfields)
}

fn load_dsfields() -> NameTable {
    NameTable::with(&[], "rt_dsfield")
}

/// Route types (`RTN_*`).
pub const ROUTE_TYPES: [&str; 12] = [
    "unspec",
    "unicast",
    "local",
    "broadcast",
    "anycast",
    "multicast",
    "blackhole",
    "unreachable",
    "prohibit",
    "throw",
    "nat",
    "xresolve",
];

static NUMERIC: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `-N`: print numbers instead of names (tables, protocols, scopes, types, realms).
pub fn set_numeric(on: bool) {
    NUMERIC.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// True with `-N`.
pub fn numeric() -> bool {
    NUMERIC.load(std::sync::atomic::Ordering::Relaxed)
}

/// The name of route type `t`, or its number (always the number with `-N`).
pub fn route_type(t: u8) -> Name<'static> {
    if numeric() {
        return Name::Num(u32::from(t));
    }
    ROUTE_TYPES
        .get(usize::from(t))
        .map_or(Name::Num(u32::from(t)), |s| Name::Str(s))
}

/// Device names by index, read with one link dump when first needed.
#[derive(Debug, Default)]
pub struct Links {
    loaded: bool,
    /// Names of small indexes (the usual case), looked up without hashing.
    small: Vec<Option<String>>,
    by_index: HashMap<u32, String>,
    flags: HashMap<u32, u32>,
    /// Some link has a peer in another namespace (`IFLA_LINK_NETNSID`).
    netnsid: bool,
}

/// Device indexes below this are kept in a vector.
const SMALL_INDEX: u32 = 1 << 16;

impl Links {
    fn load(&mut self, conn: &mut Conn) {
        if self.loaded {
            return;
        }
        self.loaded = true;
        let Ok(dump) = rtnl::dump(conn, &LinkFilter::default()) else {
            return;
        };
        // A link that cannot be read is skipped; the dump goes on.
        for l in dump.flatten() {
            self.netnsid |= l.link_netnsid.is_some();
            match &l.name {
                Some(name) => self.remember(l.index, name, l.flags.bits()),
                None => {
                    self.flags.insert(l.index, l.flags.bits());
                }
            }
        }
    }

    /// The name of device `index` (`ifN` when unknown, as iproute2 prints it).
    pub fn name(&mut self, conn: &mut Conn, index: u32) -> String {
        self.load(conn);
        self.by_index
            .get(&index)
            .cloned()
            .unwrap_or_else(|| format!("if{index}"))
    }

    /// The index of device `name`.
    pub fn index(&mut self, conn: &mut Conn, name: &str) -> Option<u32> {
        self.load(conn);
        self.by_index
            .iter()
            .find(|(_, n)| n.as_str() == name)
            .map(|(&i, _)| i)
    }

    /// A table with the given names, loaded (for rendering captured dumps).
    #[cfg(test)]
    pub fn from_pairs(pairs: &[(u32, &str)]) -> Links {
        let mut l = Links {
            loaded: true,
            ..Default::default()
        };
        for &(i, n) in pairs {
            l.by_index.insert(i, n.to_owned());
        }
        l
    }

    /// Records device `index` as `name` with `flags` (from a link event), as ip's monitor
    /// keeps its name cache current.
    pub fn remember(&mut self, index: u32, name: &str, flags: u32) {
        if index < SMALL_INDEX {
            let i = index as usize;
            if self.small.len() <= i {
                self.small.resize(i + 1, None);
            }
            self.small[i] = Some(name.to_owned());
        }
        self.by_index.insert(index, name.to_owned());
        self.flags.insert(index, flags);
    }

    /// Makes sure device `index` has its name cached, asking the kernel for that one link
    /// when it is not (as ip's name cache does for a device it has not seen yet).
    pub fn ensure(&mut self, conn: &mut Conn, index: u32) {
        self.load(conn);
        if index == 0 || self.by_index.contains_key(&index) {
            return;
        }
        let query = LinkQuery {
            ext_mask: Some(RTEXT_FILTER_SKIP_STATS),
            ..LinkQuery::by_index(index)
        };
        if let Ok(l) = rtnl::get(conn, &query) {
            if let Some(name) = &l.name {
                self.remember(index, name, l.flags.bits());
            }
        }
    }

    /// Forgets device `index` (deleted).
    pub fn forget(&mut self, index: u32) {
        if let Some(slot) = self.small.get_mut(index as usize) {
            *slot = None;
        }
        self.by_index.remove(&index);
        self.flags.remove(&index);
    }

    /// Loads the names now (before a dump borrows the connection).
    pub fn preload(&mut self, conn: &mut Conn) {
        self.load(conn);
    }

    /// True when some loaded link has its peer in another namespace.
    pub fn any_netnsid(&self) -> bool {
        self.netnsid
    }

    /// The `IFF_*` flags of device `index` from what is loaded.
    pub fn flags(&self, index: u32) -> Option<u32> {
        self.flags.get(&index).copied()
    }

    /// The name of `index` from what is loaded (`ifN` when unknown).
    #[inline]
    pub fn cached(&self, index: u32) -> Name<'_> {
        if let Some(Some(n)) = self.small.get(index as usize) {
            return Name::Str(n);
        }
        match self.by_index.get(&index) {
            Some(n) => Name::Str(n),
            None => Name::Prefixed("if", index),
        }
    }
}

/// Device groups (/etc/iproute2/group), with `default` for 0.
pub fn groups() -> NameTable {
    NameTable::with(&[(0, "default")], "group")
}

/// Names of the named namespaces (/run/netns) by the id they have in `conn`'s namespace,
/// for printing `link-netns NAME`.
pub fn netns_ids(conn: &mut Conn) -> HashMap<i32, String> {
    let mut map = HashMap::new();
    let Ok(dir) = std::fs::read_dir(nlkit::sys::netns::NETNS_RUN_DIR) else {
        return map;
    };
    for e in dir.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Ok(ns) = nlkit::sys::Netns::open_name(&name) else {
            continue;
        };
        if let Ok(Some(id)) = rtnl::nsid::of(conn, &ns) {
            map.entry(id).or_insert(name);
        }
    }
    map
}

/// The name of an id in a colon-separated database (`/etc/passwd`, `/etc/group`: name in
/// the first field, the id in the third).
fn id_name(path: &str, id: u32) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().find_map(|line| {
        let mut f = line.split(':');
        let name = f.next()?;
        let _ = f.next()?;
        (f.next()?.parse::<u32>().ok()? == id).then(|| name.to_owned())
    })
}

/// The user name of `uid` (/etc/passwd).
pub fn user_name(uid: u32) -> Option<String> {
    id_name("/etc/passwd", uid)
}

/// The group name of `gid` (/etc/group).
pub fn group_name(gid: u32) -> Option<String> {
    id_name("/etc/group", gid)
}

/// The id of a name in a colon-separated database (the reverse of `id_name`).
fn name_id(path: &str, name: &str) -> Option<u32> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().find_map(|line| {
        let mut f = line.split(':');
        (f.next()? == name).then_some(())?;
        let _ = f.next()?;
        f.next()?.parse::<u32>().ok()
    })
}

/// The uid of user `name` (/etc/passwd), as getpwnam finds it.
pub fn user_id(name: &str) -> Option<u32> {
    name_id("/etc/passwd", name)
}

/// The gid of group `name` (/etc/group), as getgrnam finds it.
pub fn group_id(name: &str) -> Option<u32> {
    name_id("/etc/group", name)
}

/// IP protocol numbers by name (what `ipproto` accepts besides a number).
pub const IP_PROTOCOLS: [(&str, u8); 8] = [
    ("icmp", 1),
    ("igmp", 2),
    ("tcp", 6),
    ("udp", 17),
    ("ipv6-icmp", 58),
    ("icmpv6", 58),
    ("sctp", 132),
    ("udplite", 136),
];
