//! Socket addresses as the kernel passes them in attributes (`struct sockaddr_in`,
//! `struct sockaddr_in6`: wireguard's endpoints, ...): read into and written from
//! [`SocketAddr`].
//!
//! ```
//! use nlkit::wire::sockaddr::{sockaddr_bytes, socket_addr};
//! let e: std::net::SocketAddr = "[fd00::1]:51820".parse().unwrap();
//! let b = sockaddr_bytes(e);
//! assert_eq!(b.len(), 28);
//! assert_eq!(socket_addr(&b), Some(e));
//! assert_eq!(socket_addr(&b[..20]), None);
//! ```

use std::net::{SocketAddr, SocketAddrV4, SocketAddrV6};

/// `AF_INET` (linux/socket.h).
pub const AF_INET: u16 = 2;
/// `AF_INET6` (linux/socket.h).
pub const AF_INET6: u16 = 10;

/// The native-order `u16` at `at`.
fn u16_ne(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_ne_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

/// The network-order `u32` at `at`.
fn u32_be(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The socket address in `struct sockaddr_in` (family, port in network order, address, zero
/// padding) or `struct sockaddr_in6` (family, port, flow info, address, scope id); anything
/// else (too short, another family) is none.
pub fn socket_addr(b: &[u8]) -> Option<SocketAddr> {
    let port = u16::from_be_bytes(b.get(2..4)?.try_into().ok()?);
    match u16_ne(b, 0)? {
        AF_INET => {
            let a: [u8; 4] = b.get(4..8)?.try_into().ok()?;
            Some(SocketAddrV4::new(a.into(), port).into())
        }
        AF_INET6 => {
            let flow = u32_be(b, 4)?;
            let a: [u8; 16] = b.get(8..24)?.try_into().ok()?;
            let scope = u32::from_ne_bytes(b.get(24..28)?.try_into().ok()?);
            Some(SocketAddrV6::new(a.into(), port, flow, scope).into())
        }
        _ => None,
    }
}

/// The `struct sockaddr_in` (16 bytes) or `struct sockaddr_in6` (28 bytes) of `e`.
pub fn sockaddr_bytes(e: SocketAddr) -> Vec<u8> {
    let mut b = Vec::with_capacity(28);
    match e {
        SocketAddr::V4(a) => {
            b.extend_from_slice(&AF_INET.to_ne_bytes());
            b.extend_from_slice(&a.port().to_be_bytes());
            b.extend_from_slice(&a.ip().octets());
            b.extend_from_slice(&[0; 8]);
        }
        SocketAddr::V6(a) => {
            b.extend_from_slice(&AF_INET6.to_ne_bytes());
            b.extend_from_slice(&a.port().to_be_bytes());
            b.extend_from_slice(&a.flowinfo().to_be_bytes());
            b.extend_from_slice(&a.ip().octets());
            b.extend_from_slice(&a.scope_id().to_ne_bytes());
        }
    }
    b
}
