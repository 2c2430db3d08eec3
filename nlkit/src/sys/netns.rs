//! Network namespaces: open one by name, path or pid; create one (anonymous, or named under
//! /run/netns as `ip netns add` does); run code or make sockets inside one without moving
//! the calling thread. See namespaces(7), setns(2), unshare(2), mount(2).
//!
//! A network namespace is a property of a thread. Work inside another namespace happens on a
//! short-lived thread that enters it, so the caller's thread never changes namespace and no
//! process is forked. A socket keeps the namespace it was created in for its whole life.

use super::{Protocol, Socket};
use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// Where named namespaces live (as with iproute2).
pub const NETNS_RUN_DIR: &str = "/run/netns";

/// A handle on a network namespace: an open `/proc/.../ns/net` or `/run/netns/NAME` file.
/// The namespace lives at least as long as the handle.
#[derive(Debug)]
pub struct Netns {
    fd: OwnedFd,
}

/// Why [`Netns::open_name`], [`Netns::open_pid`] or [`Netns::open_path`] failed: the
/// namespace (its name or pid), the path, and open(2)'s error.
///
/// These functions return an [`io::Error`] of open(2)'s [`io::ErrorKind`] that wraps an
/// `OpenError`; its text names the namespace, the path and the cause:
///
/// ```
/// use nlkit::sys::{netns::OpenError, Netns};
/// let e = Netns::open_name("nlkit-doc-no-such-namespace").unwrap_err();
/// assert_eq!(e.kind(), std::io::ErrorKind::NotFound);
/// assert!(e.to_string().starts_with(
///     "cannot open network namespace \"nlkit-doc-no-such-namespace\" \
///      (/run/netns/nlkit-doc-no-such-namespace): "
/// ));
/// let open = OpenError::of(&e).unwrap();
/// assert_eq!(open.name(), Some("nlkit-doc-no-such-namespace"));
/// assert_eq!(open.os_error().raw_os_error(), Some(nlkit::sys::errno::ENOENT));
/// ```
///
/// The text already holds open(2)'s error, so [`source`](std::error::Error::source) is
/// `None` (an error-chain printer does not repeat it); [`OpenError::os_error`] gives it.
#[derive(Debug)]
pub struct OpenError {
    what: Opened,
    path: PathBuf,
    error: io::Error,
}

#[derive(Debug)]
enum Opened {
    Name(String),
    Pid(u32),
    Path,
}

impl OpenError {
    /// The `OpenError` inside an error returned by the `Netns::open_*` functions (`None`
    /// for other errors, e.g. an invalid name).
    pub fn of(e: &io::Error) -> Option<&OpenError> {
        e.get_ref()?.downcast_ref()
    }

    /// The namespace's name, for [`Netns::open_name`].
    pub fn name(&self) -> Option<&str> {
        match &self.what {
            Opened::Name(name) => Some(name),
            _ => None,
        }
    }

    /// The process, for [`Netns::open_pid`].
    pub fn pid(&self) -> Option<u32> {
        match self.what {
            Opened::Pid(pid) => Some(pid),
            _ => None,
        }
    }

    /// The file that could not be opened.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// open(2)'s error, with its errno ([`io::Error::raw_os_error`]).
    pub fn os_error(&self) -> &io::Error {
        &self.error
    }
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path.display();
        match &self.what {
            Opened::Name(name) => write!(f, "cannot open network namespace {name:?} ({path})"),
            Opened::Pid(pid) => {
                write!(f, "cannot open network namespace of process {pid} ({path})")
            }
            Opened::Path => write!(f, "cannot open network namespace {path}"),
        }?;
        write!(f, ": {}", self.error)
    }
}

impl std::error::Error for OpenError {}

fn cvt(ret: libc::c_int) -> io::Result<()> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

fn c_path(p: &Path) -> io::Result<CString> {
    CString::new(p.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains a NUL byte"))
}

fn check_name(name: &str) -> io::Result<()> {
    if name.is_empty() || name == "." || name == ".." || name.contains('/') || name.contains('\0') {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("invalid network namespace name {name:?}"),
        ));
    }
    Ok(())
}

/// The path of the named namespace `name`: `/run/netns/NAME`.
pub fn named_path(name: &str) -> io::Result<PathBuf> {
    check_name(name)?;
    Ok(Path::new(NETNS_RUN_DIR).join(name))
}

impl Netns {
    /// Opens the named namespace `/run/netns/NAME` (made by `ip netns add` or
    /// [`Netns::create_named`]).
    ///
    /// An error names the namespace and the path (`cannot open network namespace "NAME"
    /// (/run/netns/NAME): ...`) and keeps the [`io::ErrorKind`] of open(2)'s error; the
    /// error itself, with its errno, is [`OpenError::of`]`(&e)?.`[`os_error()`](OpenError::os_error).
    /// An invalid name (empty, `.`, `..`, or with a `/`) is an `InvalidInput` error.
    pub fn open_name(name: &str) -> io::Result<Netns> {
        let path = named_path(name)?;
        Self::open_as(Opened::Name(name.to_owned()), path)
    }

    /// Opens a namespace file, e.g. `/proc/1234/ns/net` or a bind mount of one. An error
    /// names the path ([`OpenError`]).
    pub fn open_path<P: AsRef<Path>>(path: P) -> io::Result<Netns> {
        Self::open_as(Opened::Path, path.as_ref().to_path_buf())
    }

    /// Opens the namespace of process `pid` (`/proc/PID/ns/net`). An error names the pid
    /// and the path ([`OpenError`]).
    pub fn open_pid(pid: u32) -> io::Result<Netns> {
        Self::open_as(
            Opened::Pid(pid),
            PathBuf::from(format!("/proc/{pid}/ns/net")),
        )
    }

    fn open_as(what: Opened, path: PathBuf) -> io::Result<Netns> {
        match File::open(&path) {
            Ok(file) => Ok(Netns { fd: file.into() }),
            Err(error) => Err(io::Error::new(
                error.kind(),
                OpenError { what, path, error },
            )),
        }
    }

    /// Opens the calling thread's namespace.
    pub fn current() -> io::Result<Netns> {
        Self::open_path("/proc/thread-self/ns/net")
    }

    /// Wraps a descriptor of a namespace file.
    pub fn from_fd(fd: OwnedFd) -> Netns {
        Netns { fd }
    }

    /// Creates a new, anonymous namespace (unshare(2) `CLONE_NEWNET` on a helper thread).
    /// It lives as long as this handle or anything created inside it. Needs CAP_SYS_ADMIN.
    pub fn create() -> io::Result<Netns> {
        on_thread(|| {
            unshare_net()?;
            Netns::current()
        })
    }

    /// Creates a new namespace and names it: bind-mounted at `/run/netns/NAME`, usable with
    /// `ip -n NAME` (what `ip netns add NAME` does). Fails with `AlreadyExists` when the name
    /// is taken. Remove it with [`Netns::remove_named`].
    pub fn create_named(name: &str) -> io::Result<Netns> {
        let path = named_path(name)?;
        std::fs::create_dir_all(NETNS_RUN_DIR)?;
        make_run_dir_shared()?;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        let target = path.clone();
        let made = on_thread(move || {
            unshare_net()?;
            bind_mount(Path::new("/proc/thread-self/ns/net"), &target)?;
            Netns::current()
        });
        if made.is_err() {
            let _ = std::fs::remove_file(&path);
        }
        made
    }

    /// Removes the name `/run/netns/NAME` (umount2(2) with `MNT_DETACH`, then unlink). The
    /// namespace itself ends when nothing uses it any more.
    pub fn remove_named(name: &str) -> io::Result<()> {
        let path = named_path(name)?;
        let c = c_path(&path)?;
        // SAFETY: c is a valid NUL-terminated path for the duration of the call.
        let unmounted = cvt(unsafe { libc::umount2(c.as_ptr(), libc::MNT_DETACH) });
        let removed = std::fs::remove_file(&path);
        match (unmounted, removed) {
            (_, Ok(())) => Ok(()),
            (Err(e), Err(_)) | (Ok(()), Err(e)) => Err(e),
        }
    }

    /// Runs `f` on a helper thread that has entered this namespace, and returns its result.
    /// The calling thread stays where it is.
    pub fn run<F, R>(&self, f: F) -> io::Result<R>
    where
        F: FnOnce() -> R + Send,
        R: Send,
    {
        let fd = self.fd.as_fd();
        std::thread::scope(|scope| {
            scope
                .spawn(move || {
                    // SAFETY: fd is a valid namespace descriptor borrowed for this scope;
                    // setns only changes this helper thread's namespace.
                    cvt(unsafe { libc::setns(fd.as_raw_fd(), libc::CLONE_NEWNET) })?;
                    Ok(f())
                })
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("namespace helper thread panicked")))
        })
    }

    /// Moves the **calling thread** into this namespace (setns(2)). Meant for a process
    /// about to execute a program inside the namespace, as `ip netns exec` does; other code
    /// should use [`run`](Netns::run) or [`socket`](Netns::socket), which leave the caller
    /// where it is.
    pub fn enter(&self) -> io::Result<()> {
        // SAFETY: self.fd is a valid namespace descriptor; setns changes only the calling
        // thread's network namespace.
        cvt(unsafe { libc::setns(self.fd.as_raw_fd(), libc::CLONE_NEWNET) })
    }

    /// Creates a netlink socket inside this namespace.
    pub fn socket(&self, protocol: Protocol) -> io::Result<Socket> {
        self.run(|| Socket::new(protocol))?
    }
}

impl AsFd for Netns {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// Prepares the calling thread to execute a program "inside" the named namespace `name`
/// the way `ip netns exec` does, after [`Netns::enter`]: a private mount namespace (mount
/// events no longer propagate back), /sys remounted so it shows this network namespace's
/// devices, and each file of `/etc/netns/NAME/` bind-mounted over its namesake in `/etc`.
/// Needs CAP_SYS_ADMIN.
pub fn isolate_mounts(name: &str) -> io::Result<()> {
    check_name(name)?;
    // SAFETY: unshare takes no pointers; it gives the calling thread its own mount namespace.
    cvt(unsafe { libc::unshare(libc::CLONE_NEWNS) })?;
    let root = c_path(Path::new("/"))?;
    let none = CString::new("none").unwrap_or_default();
    let empty = CString::new("").unwrap_or_default();
    // SAFETY: valid NUL-terminated strings; null data. Marks every mount a slave so that
    // nothing done below reaches the parent mount namespace.
    cvt(unsafe {
        libc::mount(
            empty.as_ptr(),
            root.as_ptr(),
            none.as_ptr(),
            libc::MS_SLAVE | libc::MS_REC,
            std::ptr::null(),
        )
    })?;
    let sys = c_path(Path::new("/sys"))?;
    let sysfs = CString::new("sysfs").unwrap_or_default();
    let source = CString::new(name).unwrap_or_default();
    // SAFETY: valid NUL-terminated path. A lazy unmount of this mount namespace's /sys.
    let _ = cvt(unsafe { libc::umount2(sys.as_ptr(), libc::MNT_DETACH) });
    // SAFETY: valid NUL-terminated strings; null data. A sysfs of the current network
    // namespace.
    cvt(unsafe {
        libc::mount(
            source.as_ptr(),
            sys.as_ptr(),
            sysfs.as_ptr(),
            0,
            std::ptr::null(),
        )
    })?;
    let etc = Path::new("/etc/netns").join(name);
    if let Ok(dir) = std::fs::read_dir(&etc) {
        for e in dir.flatten() {
            let target = Path::new("/etc").join(e.file_name());
            bind_mount(&e.path(), &target)?;
        }
    }
    Ok(())
}

fn on_thread<F, R>(f: F) -> io::Result<R>
where
    F: FnOnce() -> io::Result<R> + Send,
    R: Send,
{
    std::thread::scope(|scope| {
        scope
            .spawn(f)
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("namespace helper thread panicked")))
    })
}

/// unshare(2) `CLONE_NEWNET` for the calling thread only.
fn unshare_net() -> io::Result<()> {
    // SAFETY: unshare takes no pointers; it affects only the calling (helper) thread's
    // network namespace.
    cvt(unsafe { libc::unshare(libc::CLONE_NEWNET) })
}

fn bind_mount(source: &Path, target: &Path) -> io::Result<()> {
    let (s, t) = (c_path(source)?, c_path(target)?);
    let none = CString::new("none").unwrap_or_default();
    // SAFETY: all strings are valid and NUL-terminated for the call; data is null.
    cvt(unsafe {
        libc::mount(
            s.as_ptr(),
            t.as_ptr(),
            none.as_ptr(),
            libc::MS_BIND,
            std::ptr::null(),
        )
    })
}

/// Makes /run/netns a shared mount point, so that namespaces mounted there are seen from
/// other mount namespaces (as iproute2 does): mark it shared, and if it is not a mount
/// point yet (EINVAL), bind it onto itself first.
fn make_run_dir_shared() -> io::Result<()> {
    let dir = c_path(Path::new(NETNS_RUN_DIR))?;
    let none = CString::new("none").unwrap_or_default();
    let empty = CString::new("").unwrap_or_default();
    let shared = || {
        // SAFETY: valid NUL-terminated strings; null data.
        cvt(unsafe {
            libc::mount(
                empty.as_ptr(),
                dir.as_ptr(),
                none.as_ptr(),
                libc::MS_SHARED | libc::MS_REC,
                std::ptr::null(),
            )
        })
    };
    match shared() {
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) => {
            // SAFETY: valid NUL-terminated strings; null data.
            cvt(unsafe {
                libc::mount(
                    dir.as_ptr(),
                    dir.as_ptr(),
                    none.as_ptr(),
                    libc::MS_BIND | libc::MS_REC,
                    std::ptr::null(),
                )
            })?;
            shared()
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked() {
        assert!(named_path("a/b").is_err());
        assert!(named_path("..").is_err());
        assert!(named_path("").is_err());
        assert_eq!(named_path("x").unwrap(), Path::new("/run/netns/x"));
    }

    #[test]
    fn own_pid_namespace_opens() {
        Netns::open_pid(std::process::id()).unwrap();
        assert!(Netns::open_name("nlkit-no-such-namespace").is_err());
    }

    #[test]
    fn open_errors_name_the_namespace_and_the_path() {
        let e = Netns::open_name("nlkit-no-such-namespace").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        let text = e.to_string();
        assert!(
            text.starts_with(
                "cannot open network namespace \"nlkit-no-such-namespace\" \
                 (/run/netns/nlkit-no-such-namespace): "
            ),
            "{text}"
        );
        let open = OpenError::of(&e).unwrap();
        assert_eq!(open.name(), Some("nlkit-no-such-namespace"));
        assert_eq!(open.path(), Path::new("/run/netns/nlkit-no-such-namespace"));
        assert_eq!(open.os_error().raw_os_error(), Some(libc::ENOENT));
        assert!(text.ends_with(&format!(": {}", open.os_error())), "{text}");
        assert!(std::error::Error::source(&e).is_none());

        // No pid is above the kernel's limit (2^22).
        let e = Netns::open_pid(u32::MAX).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        assert!(e.to_string().starts_with(&format!(
            "cannot open network namespace of process {} (/proc/{}/ns/net): ",
            u32::MAX,
            u32::MAX
        )));
        assert_eq!(OpenError::of(&e).unwrap().pid(), Some(u32::MAX));

        let e = Netns::open_path("/nonexistent/nlkit-netns").unwrap_err();
        assert!(e
            .to_string()
            .starts_with("cannot open network namespace /nonexistent/nlkit-netns: "));
        assert_eq!(OpenError::of(&e).unwrap().name(), None);

        // An invalid name is not an open error.
        let e = Netns::open_name("a/b").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        assert!(OpenError::of(&e).is_none());
    }

    #[test]
    fn current_namespace_opens() {
        let ns = Netns::current().unwrap();
        let s = ns.socket(Protocol::Usersock).unwrap();
        s.bind(0, 0).unwrap();
    }
}
