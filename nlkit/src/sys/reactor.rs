//! Registering a socket with the tokio reactor (feature `tokio`): the one unsafe call of
//! the async layer lives here, with the syscalls.

use std::io;
use std::os::fd::AsRawFd;
use tokio::io::unix::AsyncFd;

/// A type that owns its file descriptor: `as_raw_fd` returns the same open descriptor for
/// as long as the value lives, and closes it only when dropped.
pub(crate) trait OwnsFd: AsRawFd {}

impl OwnsFd for super::Socket {}

/// Registers `inner` with the current tokio runtime's reactor; an error (not a panic)
/// outside a runtime.
pub(crate) fn register<T: OwnsFd>(inner: T) -> io::Result<AsyncFd<T>> {
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(io::Error::other(
            "not inside a tokio runtime (nlkit::tokio needs one with I/O enabled)",
        ));
    }
    // SAFETY: `OwnsFd` means the descriptor stays open and the same until `inner` is
    // dropped, and `AsyncFd` owns `inner`, so the registration never outlives the fd.
    let registered = unsafe { AsyncFd::register(inner) };
    registered.map_err(|e| e.into_parts().1)
}
