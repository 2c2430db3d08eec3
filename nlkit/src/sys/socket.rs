//! `Socket`: an AF_NETLINK socket. See netlink(7), socket(2), bind(2), sendto(2),
//! recvmsg(2), setsockopt(2), poll(2).

use super::Protocol;
use std::io;
use std::mem;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

/// `SOL_NETLINK` (linux/socket.h).
const SOL_NETLINK: libc::c_int = 270;
// Socket options of SOL_NETLINK (linux/netlink.h).
const NETLINK_ADD_MEMBERSHIP: libc::c_int = 1;
const NETLINK_DROP_MEMBERSHIP: libc::c_int = 2;
const NETLINK_PKTINFO: libc::c_int = 3;
const NETLINK_BROADCAST_ERROR: libc::c_int = 4;
const NETLINK_NO_ENOBUFS: libc::c_int = 5;
const NETLINK_LISTEN_ALL_NSID: libc::c_int = 8;
const NETLINK_CAP_ACK: libc::c_int = 10;
const NETLINK_EXT_ACK: libc::c_int = 11;
const NETLINK_GET_STRICT_CHK: libc::c_int = 12;

/// The smallest receive buffer `Socket::recv` works with: the kernel packs dump replies into
/// datagrams of up to 32 KiB when the reader's buffer allows it.
pub const MIN_RECV_BUFFER: usize = 32 * 1024;

/// One received datagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received {
    /// Bytes of the datagram (all of them: receiving never truncates silently).
    pub len: usize,
    /// The sender's port id: 0 for the kernel.
    pub sender_port: u32,
    /// The sender's group mask (non-zero for multicast).
    pub sender_groups: u32,
    /// The multicast group it was sent to, when `NETLINK_PKTINFO` is on and it was multicast.
    pub group: Option<u32>,
    /// The peer namespace id, when `NETLINK_LISTEN_ALL_NSID` is on and the message comes
    /// from another namespace (`-1`: that namespace has no id here). Messages of the
    /// socket's own namespace carry none.
    pub nsid: Option<i32>,
}

/// A datagram larger than a caller's fixed buffer; it has been consumed and is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Truncated {
    /// The datagram's real size.
    pub size: usize,
    /// The buffer's size.
    pub capacity: usize,
}

impl std::fmt::Display for Truncated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "datagram of {} bytes truncated to a {}-byte buffer",
            self.size, self.capacity
        )
    }
}

impl std::error::Error for Truncated {}

/// An AF_NETLINK socket of any protocol; close-on-exec, closed on drop.
///
/// ```no_run
/// use nlkit::sys::{Protocol, Socket};
/// let s = Socket::new(Protocol::Route)?;
/// s.bind(0, 0)?;
/// s.set_ext_ack(true)?;
/// println!("port id {}", s.port_id()?);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct Socket {
    fd: OwnedFd,
}

fn cvt(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

fn cvt_size(ret: libc::ssize_t) -> io::Result<usize> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret as usize)
    }
}

fn sockaddr(port: u32, groups: u32) -> libc::sockaddr_nl {
    // SAFETY: sockaddr_nl is a plain C struct for which all-zero bytes are a valid value.
    let mut addr: libc::sockaddr_nl = unsafe { mem::zeroed() };
    addr.nl_family = libc::AF_NETLINK as libc::sa_family_t;
    addr.nl_pid = port;
    addr.nl_groups = groups;
    addr
}

impl Socket {
    /// socket(2): a new `AF_NETLINK` `SOCK_RAW` socket of `protocol`, with `SOCK_CLOEXEC`.
    pub fn new(protocol: Protocol) -> io::Result<Socket> {
        // SAFETY: socket() takes no pointers; the result is checked before use.
        let fd = cvt(unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_RAW | libc::SOCK_CLOEXEC,
                i32::from(protocol),
            )
        })?;
        // SAFETY: fd is a fresh descriptor we own; nothing else will close it.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        Ok(Socket { fd })
    }

    /// Wraps a descriptor that is an AF_NETLINK socket.
    pub fn from_fd(fd: OwnedFd) -> Socket {
        Socket { fd }
    }

    /// bind(2): binds to `port` (0: the kernel chooses one) and joins the groups in the bit
    /// mask `groups` (group N is bit N-1; use [`add_membership`](Self::add_membership) for
    /// groups above 32).
    pub fn bind(&self, port: u32, groups: u32) -> io::Result<()> {
        let addr = sockaddr(port, groups);
        // SAFETY: addr is a valid sockaddr_nl and the length passed is its size.
        cvt(unsafe {
            libc::bind(
                self.fd.as_raw_fd(),
                &addr as *const libc::sockaddr_nl as *const libc::sockaddr,
                mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        })?;
        Ok(())
    }

    /// getsockname(2): the port id bound to this socket (0 before binding).
    pub fn port_id(&self) -> io::Result<u32> {
        let mut addr = sockaddr(0, 0);
        let mut len = mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t;
        // SAFETY: addr and len are valid for writes and len holds addr's size.
        cvt(unsafe {
            libc::getsockname(
                self.fd.as_raw_fd(),
                &mut addr as *mut libc::sockaddr_nl as *mut libc::sockaddr,
                &mut len,
            )
        })?;
        Ok(addr.nl_pid)
    }

    fn set_int(&self, level: libc::c_int, opt: libc::c_int, value: libc::c_int) -> io::Result<()> {
        // SAFETY: value lives for the call and the length is that of a c_int.
        cvt(unsafe {
            libc::setsockopt(
                self.fd.as_raw_fd(),
                level,
                opt,
                &value as *const libc::c_int as *const libc::c_void,
                mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        })?;
        Ok(())
    }

    fn get_int(&self, level: libc::c_int, opt: libc::c_int) -> io::Result<libc::c_int> {
        let mut value: libc::c_int = 0;
        let mut len = mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: value and len are valid for writes; len holds value's size.
        cvt(unsafe {
            libc::getsockopt(
                self.fd.as_raw_fd(),
                level,
                opt,
                &mut value as *mut libc::c_int as *mut libc::c_void,
                &mut len,
            )
        })?;
        Ok(value)
    }

    /// `NETLINK_ADD_MEMBERSHIP`: joins multicast group `group` (any number, also above 32).
    pub fn add_membership(&self, group: u32) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group as libc::c_int)
    }

    /// `NETLINK_DROP_MEMBERSHIP`: leaves multicast group `group`.
    pub fn drop_membership(&self, group: u32) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, group as libc::c_int)
    }

    /// `NETLINK_EXT_ACK`: errors and ACKs carry extended-ACK text and offsets.
    pub fn set_ext_ack(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_EXT_ACK, on.into())
    }

    /// `NETLINK_GET_STRICT_CHK`: the kernel checks dump requests strictly and honours their
    /// filters.
    pub fn set_strict_check(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_GET_STRICT_CHK, on.into())
    }

    /// `NETLINK_CAP_ACK`: error replies echo only the request's header.
    pub fn set_cap_ack(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_CAP_ACK, on.into())
    }

    /// `NETLINK_NO_ENOBUFS`: **lossy**. The kernel stops reporting overruns with ENOBUFS;
    /// messages are still dropped when the buffer is full, silently.
    pub fn set_no_enobufs(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_NO_ENOBUFS, on.into())
    }

    /// `NETLINK_LISTEN_ALL_NSID`: receive notifications of every peer namespace; each
    /// datagram then carries the namespace id ([`Received::nsid`]).
    pub fn set_listen_all_nsid(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_LISTEN_ALL_NSID, on.into())
    }

    /// `NETLINK_BROADCAST_ERROR`: report delivery failures of broadcasts to the sender.
    pub fn set_broadcast_error(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_BROADCAST_ERROR, on.into())
    }

    /// `NETLINK_PKTINFO`: each multicast datagram carries its group ([`Received::group`]).
    pub fn set_pktinfo(&self, on: bool) -> io::Result<()> {
        self.set_int(SOL_NETLINK, NETLINK_PKTINFO, on.into())
    }

    /// `SO_RCVBUF`: the receive buffer, capped by `net.core.rmem_max`; the kernel doubles
    /// the value for its bookkeeping.
    pub fn set_recv_buffer(&self, bytes: usize) -> io::Result<()> {
        self.set_int(libc::SOL_SOCKET, libc::SO_RCVBUF, clamp_int(bytes))
    }

    /// `SO_RCVBUFFORCE`: the receive buffer without the `rmem_max` cap (needs
    /// CAP_NET_ADMIN).
    pub fn set_recv_buffer_force(&self, bytes: usize) -> io::Result<()> {
        self.set_int(libc::SOL_SOCKET, libc::SO_RCVBUFFORCE, clamp_int(bytes))
    }

    /// `SO_PROTOCOL`: the netlink protocol the socket was made for (`NETLINK_ROUTE` is 0).
    pub fn protocol(&self) -> io::Result<i32> {
        self.get_int(libc::SOL_SOCKET, libc::SO_PROTOCOL)
    }

    /// The receive buffer size the kernel applies (`SO_RCVBUF` read back).
    pub fn recv_buffer(&self) -> io::Result<usize> {
        Ok(self.get_int(libc::SOL_SOCKET, libc::SO_RCVBUF)? as usize)
    }

    /// `SO_SNDBUF`: the send buffer; one sendmsg may carry at most about this many bytes.
    pub fn set_send_buffer(&self, bytes: usize) -> io::Result<()> {
        self.set_int(libc::SOL_SOCKET, libc::SO_SNDBUF, clamp_int(bytes))
    }

    /// The send buffer size the kernel applies.
    pub fn send_buffer(&self) -> io::Result<usize> {
        Ok(self.get_int(libc::SOL_SOCKET, libc::SO_SNDBUF)? as usize)
    }

    /// `SO_RCVTIMEO`: blocking receives fail with `WouldBlock` after `timeout` (`None`:
    /// wait forever). The request engine uses poll(2) deadlines instead.
    pub fn set_recv_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        let d = timeout.unwrap_or_default();
        let tv = libc::timeval {
            tv_sec: d.as_secs().min(i64::MAX as u64) as libc::time_t,
            tv_usec: d.subsec_micros() as libc::suseconds_t,
        };
        // SAFETY: tv lives for the call and the length is that of a timeval.
        cvt(unsafe {
            libc::setsockopt(
                self.fd.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_RCVTIMEO,
                &tv as *const libc::timeval as *const libc::c_void,
                mem::size_of::<libc::timeval>() as libc::socklen_t,
            )
        })?;
        Ok(())
    }

    /// fcntl(2) `O_NONBLOCK`: receives and sends fail with `WouldBlock` instead of waiting.
    pub fn set_nonblocking(&self, on: bool) -> io::Result<()> {
        let fd = self.fd.as_raw_fd();
        // SAFETY: F_GETFL takes no pointer argument.
        let flags = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
        let flags = if on {
            flags | libc::O_NONBLOCK
        } else {
            flags & !libc::O_NONBLOCK
        };
        // SAFETY: F_SETFL takes an int argument.
        cvt(unsafe { libc::fcntl(fd, libc::F_SETFL, flags) })?;
        Ok(())
    }

    /// sendto(2) to the kernel (port 0). `data` may hold many messages; they are delivered
    /// in one call and processed in order. EINTR is retried.
    pub fn send(&self, data: &[u8]) -> io::Result<usize> {
        self.send_to(data, 0, 0)
    }

    /// sendto(2) to port `port` and/or the groups in the bit mask `groups`.
    pub fn send_to(&self, data: &[u8], port: u32, groups: u32) -> io::Result<usize> {
        let addr = sockaddr(port, groups);
        loop {
            // SAFETY: data is valid for reads of its length; addr is a valid sockaddr_nl.
            let r = cvt_size(unsafe {
                libc::sendto(
                    self.fd.as_raw_fd(),
                    data.as_ptr() as *const libc::c_void,
                    data.len(),
                    0,
                    &addr as *const libc::sockaddr_nl as *const libc::sockaddr,
                    mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t,
                )
            });
            match r {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => return other,
            }
        }
    }

    /// poll(2): waits until a datagram (or an error such as ENOBUFS) is ready to be read.
    /// Returns `false` when `timeout` passed first; `None` waits without limit. EINTR is
    /// retried with the time left.
    pub fn wait_readable(&self, timeout: Option<Duration>) -> io::Result<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            let ms: libc::c_int = match deadline {
                None => -1,
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    // Round up so that a short wait does not become a busy loop.
                    left.as_micros().div_ceil(1000).min(i32::MAX as u128) as libc::c_int
                }
            };
            let mut pfd = libc::pollfd {
                fd: self.fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: pfd is one valid pollfd, and we pass a count of 1.
            match cvt(unsafe { libc::poll(&mut pfd, 1, ms) }) {
                Ok(0) => return Ok(false),
                Ok(_) => return Ok(true),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// recvmsg(2) of one datagram into `buf`, which is grown as needed: the datagram is
    /// first peeked with `MSG_PEEK | MSG_TRUNC` to learn its size, so it is never truncated.
    /// `buf` is kept at least [`MIN_RECV_BUFFER`] long; the datagram is `buf[..len]`.
    /// With `dontwait`, an empty queue gives `WouldBlock`. ENOBUFS (an overrun) comes back
    /// as an error of raw OS code `ENOBUFS`. EINTR is retried.
    pub fn recv(&self, buf: &mut Vec<u8>, dontwait: bool) -> io::Result<Received> {
        if buf.len() < MIN_RECV_BUFFER {
            buf.resize(MIN_RECV_BUFFER, 0);
        }
        let base = if dontwait { libc::MSG_DONTWAIT } else { 0 };
        let (size, info) = self.recvmsg(buf, base | libc::MSG_PEEK | libc::MSG_TRUNC)?;
        if size > buf.len() {
            buf.resize(size, 0);
            let (size, info) = self.recvmsg(buf, base | libc::MSG_DONTWAIT)?;
            return Ok(Received {
                len: size.min(buf.len()),
                ..info
            });
        }
        // The peek copied the whole datagram: consume it without copying again.
        self.recvmsg(&mut [], libc::MSG_DONTWAIT | libc::MSG_TRUNC)?;
        Ok(Received { len: size, ..info })
    }

    /// recvmsg(2) of one datagram into a fixed buffer. A larger datagram is consumed and
    /// reported as an `InvalidData` error wrapping [`Truncated`]; nothing truncated is
    /// returned as data.
    pub fn recv_fixed(&self, buf: &mut [u8], dontwait: bool) -> io::Result<Received> {
        let base = if dontwait { libc::MSG_DONTWAIT } else { 0 };
        let (size, info) = self.recvmsg(buf, base | libc::MSG_TRUNC)?;
        if size > buf.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                Truncated {
                    size,
                    capacity: buf.len(),
                },
            ));
        }
        Ok(Received { len: size, ..info })
    }

    /// One recvmsg(2) call; returns the datagram's full size (with MSG_TRUNC) and its info.
    fn recvmsg(&self, buf: &mut [u8], flags: libc::c_int) -> io::Result<(usize, Received)> {
        let mut addr = sockaddr(0, 0);
        // Room for two cmsgs of one int each (nsid, pktinfo), 8-byte aligned.
        let mut control = [0u64; 8];
        let mut iov = libc::iovec {
            iov_base: buf.as_mut_ptr() as *mut libc::c_void,
            iov_len: buf.len(),
        };
        // SAFETY: msghdr is a plain C struct; all-zero is valid and every field we use is set
        // below.
        let mut msg: libc::msghdr = unsafe { mem::zeroed() };
        msg.msg_name = &mut addr as *mut libc::sockaddr_nl as *mut libc::c_void;
        msg.msg_namelen = mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t;
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = mem::size_of_val(&control) as _;
        let size = loop {
            // SAFETY: msg points at addr, iov (over buf) and control, all live and writable
            // for the lengths given.
            match cvt_size(unsafe { libc::recvmsg(self.fd.as_raw_fd(), &mut msg, flags) }) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        let mut info = Received {
            len: 0,
            sender_port: addr.nl_pid,
            sender_groups: addr.nl_groups,
            group: None,
            nsid: None,
        };
        // SAFETY: msg was filled by recvmsg; CMSG_FIRSTHDR/NXTHDR stay within msg_control
        // and msg_controllen, and each header's data is read only when its length covers an
        // int.
        unsafe {
            let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
            while !cmsg.is_null() {
                let c = &*cmsg;
                if c.cmsg_level == SOL_NETLINK
                    && (c.cmsg_len as usize)
                        >= libc::CMSG_LEN(mem::size_of::<libc::c_int>() as u32) as usize
                {
                    let v = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg) as *const libc::c_int);
                    match c.cmsg_type {
                        NETLINK_LISTEN_ALL_NSID => info.nsid = Some(v),
                        NETLINK_PKTINFO => info.group = Some(v as u32),
                        _ => {}
                    }
                }
                cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
            }
        }
        Ok((size, info))
    }
}

fn clamp_int(bytes: usize) -> libc::c_int {
    bytes.min(i32::MAX as usize) as libc::c_int
}

impl AsFd for Socket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

impl AsRawFd for Socket {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }
}

impl From<Socket> for OwnedFd {
    fn from(s: Socket) -> OwnedFd {
        s.fd
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_reads_back_port_and_options() {
        // Unprivileged: a USERSOCK socket bound to an automatic port.
        let s = Socket::new(Protocol::Usersock).unwrap();
        s.bind(0, 0).unwrap();
        assert_ne!(s.port_id().unwrap(), 0);
        s.set_recv_buffer(64 * 1024).unwrap();
        assert!(s.recv_buffer().unwrap() >= 64 * 1024);
        s.set_nonblocking(true).unwrap();
        let mut buf = Vec::new();
        let e = s.recv(&mut buf, false).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::WouldBlock);
        assert!(!s.wait_readable(Some(Duration::from_millis(5))).unwrap());
    }

    #[test]
    fn self_send_grows_and_fixed_buffer_truncates() {
        let s = Socket::new(Protocol::Usersock).unwrap();
        s.bind(0, 0).unwrap();
        let me = s.port_id().unwrap();
        let big = vec![7u8; 100_000];
        s.send_to(&big, me, 0).unwrap();
        let mut buf = Vec::new();
        let r = s.recv(&mut buf, true).unwrap();
        assert_eq!(r.len, 100_000);
        assert_eq!(r.sender_port, me);
        assert!(buf[..r.len].iter().all(|&b| b == 7));
        s.send_to(&[1u8; 300], me, 0).unwrap();
        let mut small = [0u8; 64];
        let e = s.recv_fixed(&mut small, true).unwrap_err();
        let t = e
            .get_ref()
            .and_then(|e| e.downcast_ref::<Truncated>())
            .copied();
        assert_eq!(
            t,
            Some(Truncated {
                size: 300,
                capacity: 64
            })
        );
    }
}
