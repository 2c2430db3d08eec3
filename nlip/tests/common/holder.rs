//! A process that holds sockets in a namespace while a test compares tools over them.

use nltestns::Netns;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// `python3 tests/data/SCRIPT ARGS...` run in a namespace: it opens its sockets, says
/// `ready`, and holds them until its stdin closes (when this is dropped); a directory
/// given to it ([`Holder::with_dir`]) is removed then too.
pub struct Holder {
    child: Child,
    dir: Option<PathBuf>,
}

impl Holder {
    /// Starts `script` with `args` in `ns` and waits for its `ready`.
    pub fn start(ns: &Netns, script: &str, args: &[&str]) -> Holder {
        let path = format!("{}/tests/data/{script}", env!("CARGO_MANIFEST_DIR"));
        let mut child = Command::new("ip")
            .args(["netns", "exec", ns.name(), "python3", &path])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the holder {script}: {e}"));
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        assert_eq!(
            line.trim(),
            "ready",
            "the holder {script} did not open its sockets"
        );
        Holder { child, dir: None }
    }

    /// Starts `script` in `ns` with a fresh directory `NAME-PID` under the temporary
    /// directory as its argument (for its unix sockets' paths).
    pub fn with_dir(ns: &Netns, script: &str, name: &str) -> Holder {
        let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a directory for the sockets");
        let mut holder = Holder::start(ns, script, &[dir.to_str().expect("a UTF-8 path")]);
        holder.dir = Some(dir);
        holder
    }

    /// The directory given to the script (see [`Holder::with_dir`]).
    pub fn dir(&self) -> &Path {
        self.dir.as_deref().expect("a holder started with_dir")
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
