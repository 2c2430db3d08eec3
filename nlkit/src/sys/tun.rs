//! TUN/TAP devices made persistent through `/dev/net/tun` (the tun driver's ioctls, see the
//! kernel's Documentation/networking/tuntap.rst), as `ip tuntap add|del` makes them: open
//! the clone device, `TUNSETIFF` with the name and flags, optionally `TUNSETOWNER` and
//! `TUNSETGROUP`, then `TUNSETPERSIST`. A device is made in the network namespace of the
//! thread that opens the clone device (use [`Netns::run`](super::Netns::run) for another).

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;

/// `IFF_*` of linux/if_tun.h.
#[allow(missing_docs)]
pub mod flags {
    pub const IFF_TUN: u16 = 0x0001;
    pub const IFF_TAP: u16 = 0x0002;
    pub const IFF_NAPI: u16 = 0x0010;
    pub const IFF_NAPI_FRAGS: u16 = 0x0020;
    pub const IFF_MULTI_QUEUE: u16 = 0x0100;
    pub const IFF_PERSIST: u16 = 0x0800;
    pub const IFF_NO_PI: u16 = 0x1000;
    /// The same bit as `IFF_NO_PI`: in `tun_flags` (sysfs) it reads as "no filter".
    pub const IFF_NOFILTER: u16 = 0x1000;
    pub const IFF_ONE_QUEUE: u16 = 0x2000;
    pub const IFF_VNET_HDR: u16 = 0x4000;
    pub const IFF_TUN_EXCL: u16 = 0x8000;
}

/// `_IOW('T', N, int)`.
const fn tun_ioctl(n: u64) -> u64 {
    (1 << 30) | (4 << 16) | ((b'T' as u64) << 8) | n
}
const TUNSETIFF: u64 = tun_ioctl(202);
const TUNSETPERSIST: u64 = tun_ioctl(203);
const TUNSETOWNER: u64 = tun_ioctl(204);
const TUNSETGROUP: u64 = tun_ioctl(206);

/// `struct ifreq` as TUNSETIFF reads it: the name, then `ifr_flags` (the rest of the
/// union is padding).
#[repr(C)]
struct IfReq {
    name: [u8; 16],
    flags: u16,
    pad: [u8; 22],
}

/// Which step failed, with the OS error: ip's words for it (`ioctl(TUNSETIFF)`, `open`).
#[derive(Debug)]
pub struct TunError {
    /// `open`, `ioctl(TUNSETIFF)`, `ioctl(TUNSETOWNER)`, `ioctl(TUNSETGROUP)` or
    /// `ioctl(TUNSETPERSIST)`.
    pub step: &'static str,
    /// The error.
    pub error: io::Error,
}

impl std::fmt::Display for TunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.step, self.error)
    }
}

impl std::error::Error for TunError {}

fn step(step: &'static str) -> impl FnOnce(io::Error) -> TunError {
    move |error| TunError { step, error }
}

/// ioctl(2) of `request` with an integer argument.
fn ioctl_value(file: &File, request: u64, value: libc::c_ulong) -> io::Result<()> {
    // SAFETY: the tun ioctls named here take their argument by value (an int); the
    // descriptor is open for the call.
    let r = unsafe { libc::ioctl(file.as_raw_fd(), request as _, value) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Opens `/dev/net/tun` and attaches it to device `name` (created if missing) with
/// `flags` (`IFF_TUN` or `IFF_TAP`, and the options); returns the attached descriptor.
fn attach(name: &str, flags: u16) -> Result<File, TunError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .map_err(step("open"))?;
    let mut req = IfReq {
        name: [0; 16],
        flags,
        pad: [0; 22],
    };
    let bytes = name.as_bytes();
    if bytes.len() >= req.name.len() {
        return Err(TunError {
            step: "ioctl(TUNSETIFF)",
            error: io::Error::from_raw_os_error(libc::EINVAL),
        });
    }
    req.name[..bytes.len()].copy_from_slice(bytes);
    // SAFETY: TUNSETIFF reads and writes a `struct ifreq`; `req` is one (its layout:
    // IFNAMSIZ name bytes, then the flags, padded to the union's 24 bytes) and lives for the
    // call.
    let r = unsafe { libc::ioctl(file.as_raw_fd(), TUNSETIFF as _, &mut req as *mut IfReq) };
    if r < 0 {
        return Err(TunError {
            step: "ioctl(TUNSETIFF)",
            error: io::Error::last_os_error(),
        });
    }
    Ok(file)
}

/// Makes the persistent device `name` (an empty name: the kernel picks `tunN`/`tapN`)
/// with `flags`, owned by `owner` and `group` when given (`ip tuntap add`).
/// `IFF_TUN_EXCL` is added: an existing device is an error (`EBUSY`).
pub fn create(
    name: &str,
    flags: u16,
    owner: Option<u32>,
    group: Option<u32>,
) -> Result<(), TunError> {
    let file = attach(name, flags | flags::IFF_TUN_EXCL)?;
    if let Some(uid) = owner {
        ioctl_value(&file, TUNSETOWNER, uid.into()).map_err(step("ioctl(TUNSETOWNER)"))?;
    }
    if let Some(gid) = group {
        ioctl_value(&file, TUNSETGROUP, gid.into()).map_err(step("ioctl(TUNSETGROUP)"))?;
    }
    ioctl_value(&file, TUNSETPERSIST, 1).map_err(step("ioctl(TUNSETPERSIST)"))
}

/// Ends the persistence of device `name` (attached with `flags`): the device goes when
/// its last user closes it (`ip tuntap del`).
pub fn delete(name: &str, flags: u16) -> Result<(), TunError> {
    let file = attach(name, flags)?;
    ioctl_value(&file, TUNSETPERSIST, 0).map_err(step("ioctl(TUNSETPERSIST)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ioctl_numbers_are_the_kernels() {
        assert_eq!(TUNSETIFF, 0x4004_54ca);
        assert_eq!(TUNSETPERSIST, 0x4004_54cb);
        assert_eq!(TUNSETOWNER, 0x4004_54cc);
        assert_eq!(TUNSETGROUP, 0x4004_54ce);
        assert_eq!(std::mem::size_of::<IfReq>(), 40);
    }
}
