//! The values WireGuard's attributes hold: keys (base64 as `wg` shows them), IP networks,
//! endpoints (`struct sockaddr_in` / `sockaddr_in6`).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

pub(crate) use crate::wire::sockaddr::{
    sockaddr_bytes as endpoint_bytes, socket_addr as endpoint_of, AF_INET, AF_INET6,
};

/// A text that is not the value asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was expected (`"a WireGuard key (44 characters of base64)"`).
    pub expected: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid value: expected {}", self.expected)
    }
}

impl std::error::Error for ParseError {}

/// A WireGuard key (private, public or preshared): 32 bytes, shown and read as base64
/// (44 characters with one `=`), as `wg` does.
///
/// ```
/// use nlkit::genl::wireguard::Key;
/// let k: Key = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=".parse().unwrap();
/// assert_eq!(k.to_string(), "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=");
/// assert_eq!(k.as_bytes()[0], 0xc5);
/// assert!("short".parse::<Key>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Key(pub [u8; 32]);

impl Key {
    /// The key of all zeros (what removes a private or preshared key when set).
    pub const ZERO: Key = Key([0; 32]);

    /// The key of `bytes` when it has 32 of them.
    pub fn from_slice(bytes: &[u8]) -> Option<Key> {
        bytes.try_into().ok().map(Key)
    }

    /// The 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// True for the key of all zeros.
    pub fn is_zero(&self) -> bool {
        self.0 == [0; 32]
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_value(c: u8) -> Option<u32> {
    BASE64.iter().position(|&b| b == c).map(|p| p as u32)
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(44);
        for chunk in self.0.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(BASE64[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        f.write_str(&out)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({self})")
    }
}

impl FromStr for Key {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Key, ParseError> {
        let err = ParseError {
            expected: "a WireGuard key (44 characters of base64)",
        };
        let s = s.as_bytes();
        if s.len() != 44 || s[43] != b'=' {
            return Err(err);
        }
        let mut bits: u64 = 0;
        let mut out = Vec::with_capacity(33);
        for (i, &c) in s[..43].iter().enumerate() {
            bits = (bits << 6) | u64::from(base64_value(c).ok_or(err.clone())?);
            if i % 4 == 3 {
                out.extend_from_slice(&bits.to_be_bytes()[5..]);
                bits = 0;
            }
        }
        // 43 characters: 10 groups of 4 and 3 more, 18 bits holding 2 bytes and 2 zero bits.
        if bits & 3 != 0 {
            return Err(err);
        }
        out.extend_from_slice(&((bits >> 2) as u16).to_be_bytes());
        Key::from_slice(&out).ok_or(err)
    }
}

/// An IP network: an address and a prefix length (`10.0.0.0/24`, `fd00::/64`). The address
/// is kept as given (host bits are not cleared).
///
/// ```
/// use nlkit::genl::wireguard::IpNetwork;
/// let n: IpNetwork = "10.0.0.1/24".parse().unwrap();
/// assert_eq!((n.prefix_len, n.to_string().as_str()), (24, "10.0.0.1/24"));
/// assert_eq!("fd00::1".parse::<IpNetwork>().unwrap().prefix_len, 128);
/// assert!("10.0.0.0/33".parse::<IpNetwork>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IpNetwork {
    /// The address.
    pub addr: IpAddr,
    /// The prefix length in bits (up to 32 for IPv4, 128 for IPv6).
    pub prefix_len: u8,
}

impl IpNetwork {
    /// The network `addr`/`prefix_len`, when the length fits the address family.
    pub fn new(addr: IpAddr, prefix_len: u8) -> Option<IpNetwork> {
        let max = if addr.is_ipv4() { 32 } else { 128 };
        (prefix_len <= max).then_some(IpNetwork { addr, prefix_len })
    }

    /// The network of one address (`/32` or `/128`).
    pub fn host(addr: IpAddr) -> IpNetwork {
        let prefix_len = if addr.is_ipv4() { 32 } else { 128 };
        IpNetwork { addr, prefix_len }
    }
}

impl fmt::Display for IpNetwork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix_len)
    }
}

impl FromStr for IpNetwork {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<IpNetwork, ParseError> {
        let err = ParseError {
            expected: "an IP network (ADDRESS[/PREFIX-LENGTH])",
        };
        let (addr, len) = match s.split_once('/') {
            Some((a, l)) => (a, Some(l)),
            None => (s, None),
        };
        let addr: IpAddr = addr.parse().map_err(|_| err.clone())?;
        match len {
            None => Ok(IpNetwork::host(addr)),
            Some(l) => {
                let l: u8 = l.parse().map_err(|_| err.clone())?;
                IpNetwork::new(addr, l).ok_or(err)
            }
        }
    }
}

impl From<IpAddr> for IpNetwork {
    fn from(addr: IpAddr) -> IpNetwork {
        IpNetwork::host(addr)
    }
}

/// The address of an allowed IP: its family and bytes of that family's length.
pub(crate) fn ip_of(family: Option<u16>, bytes: Option<&[u8]>) -> Option<IpAddr> {
    match (family?, bytes?) {
        (AF_INET, b) => <[u8; 4]>::try_from(b)
            .ok()
            .map(|o| Ipv4Addr::from(o).into()),
        (AF_INET6, b) => <[u8; 16]>::try_from(b)
            .ok()
            .map(|o| Ipv6Addr::from(o).into()),
        _ => None,
    }
}

/// The family and bytes of an allowed IP's address.
pub(crate) fn ip_bytes(addr: IpAddr) -> (u16, Vec<u8>) {
    match addr {
        IpAddr::V4(a) => (AF_INET, a.octets().to_vec()),
        IpAddr::V6(a) => (AF_INET6, a.octets().to_vec()),
    }
}
