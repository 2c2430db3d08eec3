//! The kernel's TCP metrics cache (generic netlink family `tcp_metrics`), typed: what TCP
//! learnt about each destination (RTT, its variance, slow-start threshold, congestion
//! window, reordering, TCP Fast Open state), listed, read, deleted and flushed as
//! `ip tcp_metrics` does.
//!
//! Built on the generated [`ynl::tcp_metrics`](crate::ynl::tcp_metrics) attribute sets and
//! request builders; the family id is resolved once through a [`Families`] cache.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{tcp_metrics, Families};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! for entry in tcp_metrics::list(&mut conn, &families)? {
//!     let e = entry?;
//!     println!("{} rtt {:?} cwnd {:?}", e.destination, e.metrics.rtt(), e.metrics.cwnd);
//! }
//! // Forget what was learnt about one destination, then about every IPv4 one.
//! tcp_metrics::delete(&mut conn, &families, "192.0.2.1".parse().unwrap(), None)?;
//! let v4 = tcp_metrics::Filter { family: Some(tcp_metrics::IpFamily::V4), ..Default::default() };
//! let deleted = tcp_metrics::flush(&mut conn, &families, &v4)?;
//! println!("{} entries deleted", deleted.len());
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::families::Families;
use super::request::{Replies, Reply};
use crate::engine::{Ack, Conn, Error};
use crate::sys::errno::ESRCH;
use crate::wire::genl::GenlView;
use crate::wire::{DecodeError, DecodeErrorKind, MessageView};
use crate::ynl::tcp_metrics::{self as gen, DelRequest, GetRequest, TcpMetrics};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

/// The metrics of an entry (`TCP_METRICS_ATTR_VALS`), with their units.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metrics {
    /// The smoothed RTT as the kernel keeps it: microseconds with 3 fractional bits
    /// (`rtt-us`); see [`rtt`](Metrics::rtt).
    pub rtt_us_raw: Option<u32>,
    /// The same in milliseconds with 3 fractional bits (`rtt`), for old kernels.
    pub rtt_ms_raw: Option<u32>,
    /// The RTT variance: microseconds with 2 fractional bits (`rttvar-us`).
    pub rttvar_us_raw: Option<u32>,
    /// The same in milliseconds with 2 fractional bits (`rttvar`).
    pub rttvar_ms_raw: Option<u32>,
    /// The slow-start threshold, in segments.
    pub ssthresh: Option<u32>,
    /// The congestion window, in segments.
    pub cwnd: Option<u32>,
    /// The reordering metric, in segments.
    pub reordering: Option<u32>,
}

impl Metrics {
    fn of(m: &gen::Metrics) -> Metrics {
        Metrics {
            rtt_us_raw: m.rtt_us,
            rtt_ms_raw: m.rtt,
            rttvar_us_raw: m.rttvar_us,
            rttvar_ms_raw: m.rttvar,
            ssthresh: m.ssthresh,
            cwnd: m.cwnd,
            reordering: m.reodering,
        }
    }

    /// The smoothed RTT (from `rtt-us`, else from `rtt`), in whole microseconds as ip
    /// prints it.
    pub fn rtt(&self) -> Option<Duration> {
        let us = match (self.rtt_us_raw, self.rtt_ms_raw) {
            (Some(us), _) => u64::from(us) >> 3,
            (None, Some(ms)) => (u64::from(ms) * 1000) >> 3,
            (None, None) => return None,
        };
        Some(Duration::from_micros(us))
    }

    /// The RTT variance (from `rttvar-us`, else from `rttvar`), in whole microseconds.
    pub fn rttvar(&self) -> Option<Duration> {
        let us = match (self.rttvar_us_raw, self.rttvar_ms_raw) {
            (Some(us), _) => u64::from(us) >> 2,
            (None, Some(ms)) => (u64::from(ms) * 1000) >> 2,
            (None, None) => return None,
        };
        Some(Duration::from_micros(us))
    }
}

/// The TCP Fast Open state of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fastopen {
    /// The MSS to use with Fast Open (`fopen-mss`).
    pub mss: Option<u16>,
    /// How many Fast Open SYNs were lost (`fopen-syn-drops`).
    pub syn_drops: Option<u16>,
    /// How long ago the last one was lost (`fopen-syn-drop-ts`, milliseconds).
    pub syn_drop_age: Option<Duration>,
    /// The cookie the server gave (`fopen-cookie`).
    pub cookie: Option<Vec<u8>>,
}

/// One entry of the cache: a destination (and the source it was seen from) with what TCP
/// learnt about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The destination address.
    pub destination: IpAddr,
    /// The source address (kernels since 3.13 key entries by both).
    pub source: Option<IpAddr>,
    /// How long ago the entry was last updated.
    pub age: Option<Duration>,
    /// The metrics.
    pub metrics: Metrics,
    /// The Fast Open state.
    pub fastopen: Fastopen,
    /// The message as the generated set read it (the timestamps of old kernels, unknown
    /// attributes).
    pub raw: TcpMetrics,
}

impl Entry {
    /// The entry a message of the family carries (one without a destination address is
    /// [`DecodeErrorKind::BadValue`]).
    pub fn from_attrs(raw: TcpMetrics) -> Result<Entry, DecodeError> {
        let destination = address(raw.addr_ipv4, raw.addr_ipv6.as_deref()).ok_or(
            DecodeError::new("tcp_metrics entry", 0, DecodeErrorKind::BadValue),
        )?;
        let fastopen = Fastopen {
            mss: raw.fopen_mss,
            syn_drops: raw.fopen_syn_drops,
            syn_drop_age: raw.fopen_syn_drop_ts.map(Duration::from_millis),
            cookie: raw.fopen_cookie.clone(),
        };
        Ok(Entry {
            destination,
            source: address(raw.saddr_ipv4, raw.saddr_ipv6.as_deref()),
            age: raw.age.map(Duration::from_millis),
            metrics: raw.vals.as_ref().map(Metrics::of).unwrap_or_default(),
            fastopen,
            raw,
        })
    }

    /// Parses a message of the family (a reply of [`list`] or [`get`]).
    pub fn parse(msg: &MessageView<&[u8]>) -> Result<Entry, DecodeError> {
        <Entry as Reply>::parse(&GenlView::parse(msg)?)
    }
}

impl Reply for Entry {
    fn parse(msg: &GenlView<'_>) -> Result<Entry, DecodeError> {
        Entry::from_attrs(msg.read()?)
    }
}

/// An address from its IPv4 or IPv6 attribute (an IPv6 one of the wrong length is none).
fn address(v4: Option<u32>, v6: Option<&[u8]>) -> Option<IpAddr> {
    if let Some(a) = v4 {
        return Some(IpAddr::V4(Ipv4Addr::from(a)));
    }
    let octets: [u8; 16] = v6?.try_into().ok()?;
    Some(IpAddr::V6(Ipv6Addr::from(octets)))
}

/// The address attributes of a request: (ipv4, ipv6).
fn split(a: Option<IpAddr>) -> (Option<u32>, Option<Vec<u8>>) {
    match a {
        Some(IpAddr::V4(a)) => (Some(u32::from(a)), None),
        Some(IpAddr::V6(a)) => (None, Some(a.octets().to_vec())),
        None => (None, None),
    }
}

fn family_id(conn: &mut Conn, families: &Families) -> Result<u16, Error> {
    Ok(families.resolve(conn, gen::FAMILY_NAME)?.id)
}

/// Dumps the cache: every entry, parsed as each datagram arrives (an entry that fails to
/// decode is `Err(Error::Decode)` and the dump goes on).
pub fn list<'c>(conn: &'c mut Conn, families: &Families) -> Result<Replies<'c, Entry>, Error> {
    let id = family_id(conn, families)?;
    let dump = conn.dump(&gen::get_dump(id));
    Ok(Replies::new(families.after(dump)?))
}

/// The entry of `destination` (seen from `source`, when given). None cached is the
/// kernel's `ESRCH`.
pub fn get(
    conn: &mut Conn,
    families: &Families,
    destination: IpAddr,
    source: Option<IpAddr>,
) -> Result<Entry, Error> {
    let id = family_id(conn, families)?;
    let (addr_ipv4, addr_ipv6) = split(Some(destination));
    let (saddr_ipv4, saddr_ipv6) = split(source);
    let request = GetRequest {
        addr_ipv4,
        addr_ipv6,
        saddr_ipv4,
        saddr_ipv6,
        ..GetRequest::default()
    };
    let reply = families.after(conn.request(&gen::get(id, &request)))?;
    Ok(Entry::parse(&reply.message())?)
}

/// Deletes the entries of `destination` (only the one seen from `source`, when given).
/// None cached is the kernel's `ESRCH`.
pub fn delete(
    conn: &mut Conn,
    families: &Families,
    destination: IpAddr,
    source: Option<IpAddr>,
) -> Result<Ack, Error> {
    del(conn, families, Some(destination), source)
}

/// Deletes every entry at once (one request without an address, as `ip tcp_metrics flush`
/// sends it).
pub fn flush_all(conn: &mut Conn, families: &Families) -> Result<Ack, Error> {
    del(conn, families, None, None)
}

fn del(
    conn: &mut Conn,
    families: &Families,
    destination: Option<IpAddr>,
    source: Option<IpAddr>,
) -> Result<Ack, Error> {
    let id = family_id(conn, families)?;
    let (addr_ipv4, addr_ipv6) = split(destination);
    let (saddr_ipv4, saddr_ipv6) = split(source);
    let request = DelRequest {
        addr_ipv4,
        addr_ipv6,
        saddr_ipv4,
        saddr_ipv6,
        ..DelRequest::default()
    };
    families.after(conn.execute(&gen::del(id, &request)))
}

/// An address family of the cache's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpFamily {
    /// IPv4 destinations.
    V4,
    /// IPv6 destinations.
    V6,
}

/// Which entries a [`flush`] deletes (every field that is set must match; the default
/// matches every entry).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only destinations of this family.
    pub family: Option<IpFamily>,
    /// Only destinations in this prefix (address, length in bits).
    pub destination: Option<(IpAddr, u8)>,
    /// Only entries of this source prefix.
    pub source: Option<(IpAddr, u8)>,
}

impl Filter {
    /// True when `e` is one of the entries the filter selects.
    pub fn matches(&self, e: &Entry) -> bool {
        let family_ok = match self.family {
            None => true,
            Some(IpFamily::V4) => e.destination.is_ipv4(),
            Some(IpFamily::V6) => e.destination.is_ipv6(),
        };
        let dst_ok = self
            .destination
            .is_none_or(|(p, len)| in_prefix(&e.destination, &p, len));
        let src_ok = self
            .source
            .is_none_or(|(p, len)| e.source.is_some_and(|s| in_prefix(&s, &p, len)));
        family_ok && dst_ok && src_ok
    }
}

/// True when `a` is in the prefix `p`/`len` (same family, the first `len` bits equal).
pub fn in_prefix(a: &IpAddr, p: &IpAddr, len: u8) -> bool {
    let bits = |a: &IpAddr| match a {
        IpAddr::V4(a) => u128::from(u32::from(*a)) << 96,
        IpAddr::V6(a) => u128::from(*a),
    };
    if a.is_ipv4() != p.is_ipv4() {
        return false;
    }
    let len = u32::from(len.min(if a.is_ipv4() { 32 } else { 128 }));
    let mask = u128::MAX.checked_shl(128 - len).unwrap_or(0);
    bits(a) & mask == bits(p) & mask
}

/// Deletes, one by one, the entries `filter` selects (one dump, then a request for each
/// by destination and source, as `ip tcp_metrics flush PREFIX` does); returns the entries
/// deleted. An entry that went away in between is not an error. Run it again until it
/// returns none to catch entries created meanwhile.
pub fn flush(conn: &mut Conn, families: &Families, filter: &Filter) -> Result<Vec<Entry>, Error> {
    let mut chosen = Vec::new();
    for e in list(conn, families)? {
        let e = e?;
        if filter.matches(&e) {
            chosen.push(e);
        }
    }
    for e in &chosen {
        match del(conn, families, Some(e.destination), e.source) {
            Err(Error::Kernel(k)) if k.errno == ESRCH => {}
            other => {
                other?;
            }
        }
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests;
