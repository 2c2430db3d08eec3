//! Fresh network namespaces for tests, removed on drop.
//!
//! Every test that touches kernel state runs in a namespace made for it, never in the
//! host's. Without the privilege to make one (CAP_SYS_ADMIN / CAP_NET_ADMIN), [`Netns::new`]
//! prints why the test is skipped and returns `None`; with `NLKIT_REQUIRE_NETNS=1` in the
//! environment (as CI sets it) it panics instead, so a skipped test cannot pass unnoticed.
//!
//! ```no_run
//! let Some(ns) = nltestns::Netns::new("example") else { return };
//! let mut conn = ns.conn();
//! // ... requests through `conn` change only `ns` ...
//! ```

use nlkit::engine::Conn;
use nlkit::sys::{self, Protocol};
use std::io;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// True when `NLKIT_REQUIRE_NETNS=1`: tests must not skip.
pub fn required() -> bool {
    std::env::var_os("NLKIT_REQUIRE_NETNS").is_some_and(|v| v == "1")
}

/// True when the external program `name` (`ip`, `ping`, `strace`, `mausezahn`, ...) can be
/// run. When it cannot, prints why `test` is skipped and returns false, or panics when
/// `NLKIT_REQUIRE_NETNS=1` (CI installs every tool the tests use).
///
/// ```no_run
/// if !nltestns::tool("ping", "route_pmtu") { return }
/// ```
pub fn tool(name: &str, test: &str) -> bool {
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            let p = dir.join(name);
            p.metadata().is_ok_and(|m| {
                m.is_file()
                    && std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
            })
        })
    });
    if found {
        return true;
    }
    if required() {
        panic!("NLKIT_REQUIRE_NETNS=1 but {test} needs `{name}`, which is not installed");
    }
    let line = format!("skipped: {test}: `{name}` is not installed\n");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
    false
}

/// The kernel's YNL tool, the oracle of the YNL tests: the folder holding `pyynl/cli.py`
/// and `netlink/specs/` (the developers' `shared/ynl`), with python3 and PyYAML to run it.
/// Found at `$NLKIT_YNL_ORACLE`, else at `../shared/ynl` beside the workspace. When it is
/// missing, prints why `test` is skipped and returns `None`, or panics under
/// `NLKIT_REQUIRE_NETNS=1`, unless `NLKIT_YNL_ORACLE=none` says that this machine has no
/// oracle on purpose (CI sets it, and says so, when the shared folder is absent).
pub fn ynl_oracle(test: &str) -> Option<std::path::PathBuf> {
    let chosen = std::env::var_os("NLKIT_YNL_ORACLE");
    let dir = match &chosen {
        Some(v) if v == "none" => {
            eprintln!("skipped: {test}: NLKIT_YNL_ORACLE=none (no cli.py on this machine)");
            return None;
        }
        Some(v) => std::path::PathBuf::from(v),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/ynl"),
    };
    let yaml = Command::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    let why = if !dir.join("pyynl/cli.py").is_file() {
        format!("no cli.py in {} (set NLKIT_YNL_ORACLE)", dir.display())
    } else if !yaml {
        "python3 with PyYAML is not installed".to_owned()
    } else {
        return Some(dir);
    };
    if required() {
        panic!("NLKIT_REQUIRE_NETNS=1 but {test}: {why}");
    }
    eprintln!("skipped: {test}: {why}");
    None
}

/// A named network namespace (`/run/netns/NAME`, so `ip -n NAME` works too), removed when
/// dropped.
#[derive(Debug)]
pub struct Netns {
    name: String,
    handle: sys::Netns,
}

impl Netns {
    /// Makes a namespace named `nlkit-PREFIX-PID-N`, or skips (see the crate docs).
    /// Tests build their state with iproute2's `ip`, so a machine without it skips too.
    pub fn new(prefix: &str) -> Option<Netns> {
        if !tool("ip", prefix) {
            return None;
        }
        match Netns::try_new(prefix) {
            Ok(ns) => Some(ns),
            Err(e) if required() => {
                panic!("NLKIT_REQUIRE_NETNS=1 but no network namespace could be made: {e}")
            }
            Err(e) => {
                // Written to the process's stderr directly, past libtest's output capture,
                // so that a skip is always seen.
                let line = format!(
                    "skipped: {prefix}: cannot create a network namespace ({e}); \
                     kernel tests need CAP_SYS_ADMIN and CAP_NET_ADMIN\n"
                );
                let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
                None
            }
        }
    }

    /// Makes a namespace or returns why not.
    ///
    /// A fresh namespace must be empty, but this kernel (6.18) can leave a device-less proxy
    /// neighbour of a deleted namespace behind, and a new namespace that reuses the old
    /// one's memory then shows it (`ip neigh show proxy` lists it). Such a namespace is set
    /// aside while another is made, so that tests comparing state are not disturbed.
    pub fn try_new(prefix: &str) -> io::Result<Netns> {
        let mut tainted = Vec::new();
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let name = format!("nlkit-{prefix}-{}-{n}", std::process::id());
            let handle = sys::Netns::create_named(&name)?;
            let ns = Netns { name, handle };
            if tainted.len() >= 8 || !ns.has_proxy_neighbours() {
                return Ok(ns);
            }
            tainted.push(ns);
        }
    }

    /// True when the namespace holds proxy neighbour entries (a fresh one must not).
    fn has_proxy_neighbours(&self) -> bool {
        use nlkit::rtnl::{self, neigh::NeighbourFilter};
        let Ok(mut conn) = Conn::new_in(&self.handle, Protocol::Route) else {
            return false;
        };
        let filter = NeighbourFilter {
            proxy: true,
            ..Default::default()
        };
        rtnl::dump(&mut conn, &filter).is_ok_and(|mut d| d.next().is_some())
    }

    /// The namespace's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The namespace handle.
    pub fn handle(&self) -> &sys::Netns {
        &self.handle
    }

    /// A new `NETLINK_ROUTE` connection inside the namespace.
    pub fn conn(&self) -> Conn {
        self.conn_of(Protocol::Route)
    }

    /// A new connection of `protocol` inside the namespace.
    pub fn conn_of(&self, protocol: Protocol) -> Conn {
        match Conn::new_in(&self.handle, protocol) {
            Ok(c) => c,
            Err(e) => panic!("cannot open a netlink connection in {}: {e}", self.name),
        }
    }

    /// Runs `ip -n NAME ARGS...` (iproute2) and returns its output.
    pub fn ip(&self, args: &[&str]) -> Output {
        match Command::new("ip")
            .arg("-n")
            .arg(&self.name)
            .args(args)
            .output()
        {
            Ok(o) => o,
            Err(e) => panic!("cannot run ip: {e}"),
        }
    }

    /// Runs `ip -n NAME ARGS...` and panics with its stderr unless it succeeds.
    pub fn ip_ok(&self, args: &[&str]) -> String {
        let o = self.ip(args);
        if !o.status.success() {
            panic!(
                "ip {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&o.stderr)
            );
        }
        String::from_utf8_lossy(&o.stdout).into_owned()
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        if let Err(e) = sys::Netns::remove_named(&self.name) {
            eprintln!(
                "warning: could not remove network namespace {}: {e}",
                self.name
            );
        }
    }
}
