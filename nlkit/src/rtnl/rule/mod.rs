//! Policy routing rules: `struct fib_rule_hdr` and the `FRA_*` attributes
//! (linux/fib_rules.h), dumps per family.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::rule;
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for r in rule::dump(&mut conn, Some(nlkit::rtnl::family::AF_INET))? {
//!     let r = r?;
//!     println!("{:?}: table {}", r.priority, r.table_id());
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::change::{delete_all, ChangeMode, Flushed};
use super::message_type::{RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Ack, Conn, Error};
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
use std::net::IpAddr;

/// Rule attribute ids, actions and flags of linux/fib_rules.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const FRA_DST: u16 = 1;
    pub const FRA_SRC: u16 = 2;
    pub const FRA_IIFNAME: u16 = 3;
    pub const FRA_GOTO: u16 = 4;
    pub const FRA_PRIORITY: u16 = 6;
    pub const FRA_FWMARK: u16 = 10;
    pub const FRA_FLOW: u16 = 11;
    pub const FRA_TUN_ID: u16 = 12;
    pub const FRA_SUPPRESS_IFGROUP: u16 = 13;
    pub const FRA_SUPPRESS_PREFIXLEN: u16 = 14;
    pub const FRA_TABLE: u16 = 15;
    pub const FRA_FWMASK: u16 = 16;
    pub const FRA_OIFNAME: u16 = 17;
    pub const FRA_L3MDEV: u16 = 19;
    pub const FRA_UID_RANGE: u16 = 20;
    pub const FRA_PROTOCOL: u16 = 21;
    pub const FRA_IP_PROTO: u16 = 22;
    pub const FRA_SPORT_RANGE: u16 = 23;
    pub const FRA_DPORT_RANGE: u16 = 24;

    pub const FR_ACT_TO_TBL: u8 = 1;
    pub const FR_ACT_GOTO: u8 = 2;
    pub const FR_ACT_NOP: u8 = 3;
    pub const FR_ACT_BLACKHOLE: u8 = 6;
    pub const FR_ACT_UNREACHABLE: u8 = 7;
    pub const FR_ACT_PROHIBIT: u8 = 8;
    /// `RTN_NAT` as a rule action (`ip rule ... nat ADDRESS`, deprecated).
    pub const FR_ACT_NAT: u8 = 10;
    /// `FRA_GATEWAY` (`RTA_GATEWAY`): the address of a NAT rule.
    pub const FRA_GATEWAY: u16 = 5;

    pub const FIB_RULE_PERMANENT: u32 = 0x01;
    pub const FIB_RULE_INVERT: u32 = 0x02;
    pub const FIB_RULE_UNRESOLVED: u32 = 0x04;
    pub const FIB_RULE_IIF_DETACHED: u32 = 0x08;
    pub const FIB_RULE_OIF_DETACHED: u32 = 0x10;

    /// `struct fib_rule_hdr` size.
    pub const RULE_HDR_LEN: usize = 12;
}

use attrs::*;

/// `struct fib_rule_hdr`: the fixed header of a rule message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleHeader {
    /// `family`.
    pub family: u8,
    /// `dst_len`.
    pub destination_len: u8,
    /// `src_len`.
    pub source_len: u8,
    /// `tos`.
    pub tos: u8,
    /// `table` (8 bits; see [`Rule::table_id`]).
    pub table: u8,
    /// `action` (`FR_ACT_*`).
    pub action: u8,
    /// `flags` (`FIB_RULE_*`).
    pub flags: u32,
}

impl RuleHeader {
    /// Reads the 12-byte header.
    pub fn parse(b: &[u8]) -> Result<RuleHeader, DecodeError> {
        let h = b.get(..RULE_HDR_LEN).ok_or(DecodeError::new(
            "fib_rule_hdr",
            16,
            DecodeErrorKind::Truncated {
                needed: RULE_HDR_LEN,
                available: b.len(),
            },
        ))?;
        Ok(RuleHeader {
            family: h[0],
            destination_len: h[1],
            source_len: h[2],
            tos: h[3],
            table: h[4],
            action: h[7],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
        })
    }

    /// The 12 bytes of the header.
    pub fn to_bytes(&self) -> [u8; RULE_HDR_LEN] {
        let f = self.flags.to_ne_bytes();
        let (d, s, t, tb, a) = (
            self.destination_len,
            self.source_len,
            self.tos,
            self.table,
            self.action,
        );
        [self.family, d, s, t, tb, 0, 0, a, f[0], f[1], f[2], f[3]]
    }
}

/// A rule: header and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rule {
    /// `struct fib_rule_hdr`.
    pub header: RuleHeader,
    /// `FRA_DST`.
    pub destination: Option<IpAddr>,
    /// `FRA_SRC`.
    pub source: Option<IpAddr>,
    /// `FRA_IIFNAME`.
    pub iif: Option<String>,
    /// `FRA_OIFNAME`.
    pub oif: Option<String>,
    /// `FRA_GOTO`: the priority to jump to.
    pub goto: Option<u32>,
    /// `FRA_PRIORITY`.
    pub priority: Option<u32>,
    /// `FRA_FWMARK`.
    pub fwmark: Option<u32>,
    /// `FRA_FWMASK`.
    pub fwmask: Option<u32>,
    /// `FRA_FLOW`: realms.
    pub flow: Option<u32>,
    /// `FRA_TUN_ID` (host order; big-endian on the wire).
    pub tun_id: Option<u64>,
    /// `FRA_SUPPRESS_IFGROUP`.
    pub suppress_ifgroup: Option<u32>,
    /// `FRA_SUPPRESS_PREFIXLEN` (`u32::MAX`: none).
    pub suppress_prefixlen: Option<u32>,
    /// `FRA_TABLE`: the 32-bit table id.
    pub table: Option<u32>,
    /// `FRA_L3MDEV`.
    pub l3mdev: Option<u8>,
    /// `FRA_UID_RANGE` (start, end).
    pub uid_range: Option<(u32, u32)>,
    /// `FRA_PROTOCOL`.
    pub protocol: Option<u8>,
    /// `FRA_IP_PROTO`.
    pub ip_proto: Option<u8>,
    /// `FRA_SPORT_RANGE` (start, end).
    pub sport_range: Option<(u16, u16)>,
    /// `FRA_DPORT_RANGE` (start, end).
    pub dport_range: Option<(u16, u16)>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
    /// The attribute types in the order they came (emit follows it; empty for rules built
    /// by hand, which emit in a fixed order).
    pub order: Vec<u16>,
}

fn pair16(a: &crate::wire::AttrView<&[u8]>) -> Result<(u16, u16), DecodeError> {
    a.u32_ne().map(|w| {
        let b = w.to_ne_bytes();
        (
            u16::from_ne_bytes([b[0], b[1]]),
            u16::from_ne_bytes([b[2], b[3]]),
        )
    })
}

fn pair16_bytes(p: (u16, u16)) -> [u8; 4] {
    let (a, b) = (p.0.to_ne_bytes(), p.1.to_ne_bytes());
    [a[0], a[1], b[0], b[1]]
}

impl Rule {
    /// Parses the payload of an `RTM_NEWRULE`/`RTM_DELRULE` message.
    pub fn parse(payload: &[u8]) -> Result<Rule, DecodeError> {
        let mut r = Rule {
            header: RuleHeader::parse(payload)?,
            ..Default::default()
        };
        for a in AttrIter::new(payload.get(RULE_HDR_LEN..).unwrap_or(&[])) {
            let a = a.map_err(|e| e.at(16 + RULE_HDR_LEN))?;
            let k = a.kind();
            r.order.push(a.raw_kind());
            let m = &mut r.malformed;
            match k {
                FRA_DST => r.destination = keep(m, k, a.ip()),
                FRA_SRC => r.source = keep(m, k, a.ip()),
                FRA_IIFNAME => r.iif = keep(m, k, a.string().map(str::to_owned)),
                FRA_OIFNAME => r.oif = keep(m, k, a.string().map(str::to_owned)),
                FRA_GOTO => r.goto = keep(m, k, a.u32_ne()),
                FRA_PRIORITY => r.priority = keep(m, k, a.u32_ne()),
                FRA_FWMARK => r.fwmark = keep(m, k, a.u32_ne()),
                FRA_FWMASK => r.fwmask = keep(m, k, a.u32_ne()),
                FRA_FLOW => r.flow = keep(m, k, a.u32_ne()),
                FRA_TUN_ID => r.tun_id = keep(m, k, a.u64_be()),
                FRA_SUPPRESS_IFGROUP => r.suppress_ifgroup = keep(m, k, a.u32_ne()),
                FRA_SUPPRESS_PREFIXLEN => r.suppress_prefixlen = keep(m, k, a.u32_ne()),
                FRA_TABLE => r.table = keep(m, k, a.u32_ne()),
                FRA_L3MDEV => r.l3mdev = keep(m, k, a.u8()),
                FRA_UID_RANGE => {
                    r.uid_range = keep(m, k, a.u32_array_ne().map(|w: [u32; 2]| (w[0], w[1])))
                }
                FRA_PROTOCOL => r.protocol = keep(m, k, a.u8()),
                FRA_IP_PROTO => r.ip_proto = keep(m, k, a.u8()),
                FRA_SPORT_RANGE => r.sport_range = keep(m, k, pair16(&a)),
                FRA_DPORT_RANGE => r.dport_range = keep(m, k, pair16(&a)),
                _ => r.unknown.push(raw(&a)),
            }
        }
        Ok(r)
    }

    /// Parses a whole rule message (checks it is `RTM_NEWRULE` or `RTM_DELRULE`).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Rule, DecodeError> {
        match msg.message_type() {
            RTM_NEWRULE | RTM_DELRULE => Rule::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "rule message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// The table id: `FRA_TABLE` when present, else the header's.
    pub fn table_id(&self) -> u32 {
        self.table.unwrap_or(u32::from(self.header.table))
    }

    /// Appends attribute `kind` when its field is set; true when it was.
    fn emit_one(&self, b: &mut MessageBuilder, kind: u16) -> bool {
        match kind {
            FRA_DST => self.destination.map(|v| b.attr_ip(kind, v)).is_some(),
            FRA_SRC => self.source.map(|v| b.attr_ip(kind, v)).is_some(),
            FRA_IIFNAME => self.iif.as_ref().map(|v| b.attr_str(kind, v)).is_some(),
            FRA_OIFNAME => self.oif.as_ref().map(|v| b.attr_str(kind, v)).is_some(),
            FRA_GOTO => self.goto.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_PRIORITY => self.priority.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_FWMARK => self.fwmark.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_FWMASK => self.fwmask.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_FLOW => self.flow.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_TUN_ID => self.tun_id.map(|v| b.attr_u64_be(kind, v)).is_some(),
            FRA_SUPPRESS_IFGROUP => self
                .suppress_ifgroup
                .map(|v| b.attr_u32_ne(kind, v))
                .is_some(),
            FRA_SUPPRESS_PREFIXLEN => self
                .suppress_prefixlen
                .map(|v| b.attr_u32_ne(kind, v))
                .is_some(),
            FRA_TABLE => self.table.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            FRA_L3MDEV => self.l3mdev.map(|v| b.attr_u8(kind, v)).is_some(),
            FRA_UID_RANGE => self
                .uid_range
                .map(|(s, e)| b.attr_u32_array_ne(kind, &[s, e]))
                .is_some(),
            FRA_PROTOCOL => self.protocol.map(|v| b.attr_u8(kind, v)).is_some(),
            FRA_IP_PROTO => self.ip_proto.map(|v| b.attr_u8(kind, v)).is_some(),
            FRA_SPORT_RANGE => self
                .sport_range
                .map(|p| b.attr_bytes(kind, &pair16_bytes(p)))
                .is_some(),
            FRA_DPORT_RANGE => self
                .dport_range
                .map(|p| b.attr_bytes(kind, &pair16_bytes(p)))
                .is_some(),
            _ => false,
        }
    }

    /// Appends the header and attributes: in the order they were parsed, then any other set
    /// field in a fixed order, then unknown attributes not yet written.
    pub fn emit(&self, b: &mut MessageBuilder) {
        const FIXED: [u16; 19] = [
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_PROTOCOL,
            FRA_PRIORITY,
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_FWMARK,
            FRA_FWMASK,
            FRA_DST,
            FRA_SRC,
            FRA_GOTO,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_IP_PROTO,
        ];
        b.push_bytes(&self.header.to_bytes());
        let mut unknown = self.unknown.iter();
        let mut written = Vec::with_capacity(self.order.len());
        for &raw_kind in &self.order {
            let kind = raw_kind & crate::wire::attr::NLA_TYPE_MASK;
            if FIXED.contains(&kind) {
                if self.emit_one(b, kind) {
                    written.push(kind);
                }
            } else if let Some(u) = unknown.next() {
                b.attr_bytes(u.kind, &u.payload);
            }
        }
        for kind in FIXED {
            if !written.contains(&kind) {
                self.emit_one(b, kind);
            }
        }
        emit_raw(b, unknown.as_slice());
    }
}

/// The dump request for the rules of `family` (`None`: every family).
pub fn dump_request(family: Option<u8>) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETRULE, Flags::NONE);
    b.push_bytes(
        &RuleHeader {
            family: family.unwrap_or(0),
            ..Default::default()
        }
        .to_bytes(),
    );
    b
}

/// Dumps the rules of `family` (`None`: every family), streaming.
pub fn dump(
    conn: &mut Conn,
    family: Option<u8>,
) -> Result<impl Iterator<Item = Result<Rule, Error>> + '_, Error> {
    let dump = conn.dump(&dump_request(family))?;
    Ok(dump.decode(|m| Rule::from_message(&m)).filter(move |r| {
        r.as_ref()
            .map_or(true, |r| family.is_none_or(|f| f == r.header.family))
    }))
}

/// The `RTM_NEWRULE` request that adds `r` (rules have no identity to replace: use
/// [`ChangeMode::Add`]; the kernel refuses an equal rule with `EEXIST`).
///
/// `ip rule add` fills the header as follows: `family`; `action` `FR_ACT_TO_TBL` with
/// `table` `RT_TABLE_MAIN` unless another table, action or `l3mdev` is given; tables of 256
/// and more in [`Rule::table`] with the header's table 0. Attributes go in the order of
/// [`Rule::order`] (ip sends them in command-line order), then the rest in a fixed order.
pub fn request(r: &Rule, mode: ChangeMode) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_NEWRULE, mode.flags());
    r.emit(&mut b);
    b
}

/// The `RTM_DELRULE` request that deletes the first rule matching `r`: every selector set
/// in `r` must match (a header action or table of 0 matches any).
pub fn delete_request(r: &Rule) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_DELRULE, Flags::NONE);
    r.emit(&mut b);
    b
}

/// Adds the rule `r` and waits for the kernel's answer.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::change::ChangeMode;
/// use nlkit::rtnl::rule::{self, attrs::FR_ACT_TO_TBL, Rule, RuleHeader};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
/// let r = Rule {
///     header: RuleHeader { family: 2, action: FR_ACT_TO_TBL, table: 100, ..Default::default() },
///     priority: Some(1000),
///     fwmark: Some(7),
///     ..Default::default()
/// };
/// rule::add(&mut conn, &r, ChangeMode::Add)?;
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn add(conn: &mut Conn, r: &Rule, mode: ChangeMode) -> Result<Ack, Error> {
    conn.execute(&request(r, mode))
}

/// Deletes the first rule matching `r` (see [`delete_request`]).
pub fn delete(conn: &mut Conn, r: &Rule) -> Result<Ack, Error> {
    conn.execute(&delete_request(r))
}

/// Dumps the rules of `family` and deletes those `keep` selects, each by all its
/// attributes, pipelined. `ip rule flush` keeps the rules of priority 0 (the `local` rule).
pub fn flush(
    conn: &mut Conn,
    family: Option<u8>,
    mut keep: impl FnMut(&Rule) -> bool,
) -> Result<Flushed<Rule>, Error> {
    let mut victims = Vec::new();
    for r in dump(conn, family)? {
        let r = r?;
        if keep(&r) {
            victims.push(r);
        }
    }
    Ok(delete_all(conn, RTM_DELRULE, victims, |r, b| r.emit(b)))
}
