//! Lightweight-tunnel encapsulations of routes, route paths and nexthops (`RTA_ENCAP_TYPE`
//! with `RTA_ENCAP`, `NHA_ENCAP_TYPE` with `NHA_ENCAP`): MPLS label stacks and IP tunnel
//! metadata, typed; other types kept raw.

use super::attrs::*;
use crate::wire::{AttrIter, BuildError, DecodeError, DecodeErrorKind, MessageBuilder};
use std::net::IpAddr;

/// An MPLS encapsulation (`LWTUNNEL_ENCAP_MPLS`): the label stack pushed onto packets, and
/// an optional TTL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MplsEncap {
    /// The labels, outermost first (20-bit values).
    pub labels: Vec<u32>,
    /// `MPLS_IPTUNNEL_TTL`.
    pub ttl: Option<u8>,
}

/// The label of an MPLS label stack entry (label 20 bits, traffic class 3, bottom of stack
/// 1, TTL 8).
fn label_of(entry: u32) -> u32 {
    entry >> 12
}

/// The label stack entries of `labels`, bottom of stack set on the last, as the kernel
/// expects them (`RTA_NEWDST`, `MPLS_IPTUNNEL_DST`).
pub fn label_stack(labels: &[u32]) -> Vec<u32> {
    let n = labels.len();
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l & 0xf_ffff) << 12 | if i + 1 == n { 1 << 8 } else { 0 })
        .collect()
}

/// The label stack entries of `labels` as an attribute's payload holds them (big-endian,
/// bottom of stack set on the last): for a label stack kept raw, such as the MPLS gateway
/// `ip nexthop add ... via mpls LABELS` sends in `NHA_GATEWAY`.
pub fn label_stack_payload(labels: &[u32]) -> Vec<u8> {
    label_stack(labels)
        .iter()
        .flat_map(|e| e.to_be_bytes())
        .collect()
}

/// The labels of a label stack attribute's payload (`RTA_NEWDST`, `MPLS_IPTUNNEL_DST`).
pub fn labels_of(a: &crate::wire::AttrView<&[u8]>) -> Result<Vec<u32>, DecodeError> {
    Ok(a.u32_values_be()?.into_iter().map(label_of).collect())
}

impl MplsEncap {
    /// Reads the nested attributes of an MPLS `RTA_ENCAP` payload.
    pub fn parse(encap: &[u8]) -> Result<MplsEncap, DecodeError> {
        let mut m = MplsEncap::default();
        for a in AttrIter::new(encap) {
            let a = a?;
            match a.attr_type() {
                MPLS_IPTUNNEL_DST => m.labels = labels_of(&a)?,
                MPLS_IPTUNNEL_TTL => m.ttl = Some(a.u8()?),
                _ => {}
            }
        }
        Ok(m)
    }

    /// The `RTA_ENCAP` payload for this encapsulation.
    pub fn to_bytes(&self) -> Result<Vec<u8>, BuildError> {
        MessageBuilder::attributes_payload(|b| {
            b.attr_u32_values_be(MPLS_IPTUNNEL_DST, &label_stack(&self.labels));
            if let Some(t) = self.ttl {
                b.attr_u8(MPLS_IPTUNNEL_TTL, t);
            }
        })
    }
}

/// An IP tunnel encapsulation (`LWTUNNEL_ENCAP_IP` or `LWTUNNEL_ENCAP_IP6`): the tunnel
/// metadata a collect-metadata tunnel device uses for packets of the route. The kernel
/// reports every field; a request carries the ones set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IpEncap {
    /// IPv6 (`LWTUNNEL_ENCAP_IP6`) rather than IPv4.
    pub ipv6: bool,
    /// `LWTUNNEL_IP_ID`: the tunnel id (key), big-endian on the wire.
    pub id: Option<u64>,
    /// `LWTUNNEL_IP_DST`.
    pub destination: Option<IpAddr>,
    /// `LWTUNNEL_IP_SRC`.
    pub source: Option<IpAddr>,
    /// `LWTUNNEL_IP_TTL` (IPv6: `HOPLIMIT`).
    pub ttl: Option<u8>,
    /// `LWTUNNEL_IP_TOS` (IPv6: `TC`).
    pub tos: Option<u8>,
    /// `LWTUNNEL_IP_FLAGS`: [`TUNNEL_KEY`], [`TUNNEL_CSUM`], [`TUNNEL_SEQ`].
    pub flags: Option<u16>,
}

impl IpEncap {
    /// Reads the nested attributes of an IP (`ipv6` false) or IPv6 `RTA_ENCAP` payload.
    pub fn parse(encap: &[u8], ipv6: bool) -> Result<IpEncap, DecodeError> {
        let mut e = IpEncap {
            ipv6,
            ..Default::default()
        };
        for a in AttrIter::new(encap) {
            let a = a?;
            match a.attr_type() {
                LWTUNNEL_IP_ID => e.id = Some(a.u64_be()?),
                LWTUNNEL_IP_DST => e.destination = Some(a.ip()?),
                LWTUNNEL_IP_SRC => e.source = Some(a.ip()?),
                LWTUNNEL_IP_TTL => e.ttl = Some(a.u8()?),
                LWTUNNEL_IP_TOS => e.tos = Some(a.u8()?),
                LWTUNNEL_IP_FLAGS => e.flags = Some(a.u16_be()?),
                _ => {}
            }
        }
        Ok(e)
    }

    /// `RTA_ENCAP_TYPE` for it.
    pub fn encap_type(&self) -> u16 {
        if self.ipv6 {
            LWTUNNEL_ENCAP_IP6
        } else {
            LWTUNNEL_ENCAP_IP
        }
    }

    /// The `RTA_ENCAP` payload, in the order ip sends the fields.
    pub fn to_bytes(&self) -> Result<Vec<u8>, BuildError> {
        MessageBuilder::attributes_payload(|b| {
            if let Some(v) = self.id {
                b.attr_u64_be(LWTUNNEL_IP_ID, v);
            }
            if let Some(v) = self.destination {
                b.attr_ip(LWTUNNEL_IP_DST, v);
            }
            if let Some(v) = self.source {
                b.attr_ip(LWTUNNEL_IP_SRC, v);
            }
            if let Some(v) = self.tos {
                b.attr_u8(LWTUNNEL_IP_TOS, v);
            }
            if let Some(v) = self.ttl {
                b.attr_u8(LWTUNNEL_IP_TTL, v);
            }
            if let Some(v) = self.flags {
                b.attr_u16_be(LWTUNNEL_IP_FLAGS, v);
            }
        })
    }
}

/// An encapsulation, typed where nlkit models the type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encap {
    /// MPLS labels.
    Mpls(MplsEncap),
    /// IP or IPv6 tunnel metadata.
    Ip(IpEncap),
    /// Another type (`RTA_ENCAP_TYPE`), its payload raw.
    Other(u16, Vec<u8>),
}

impl Encap {
    /// Reads the encapsulation type and payload.
    pub fn parse(encap_type: u16, payload: &[u8]) -> Result<Encap, DecodeError> {
        Ok(match encap_type {
            LWTUNNEL_ENCAP_MPLS => Encap::Mpls(MplsEncap::parse(payload)?),
            LWTUNNEL_ENCAP_IP => Encap::Ip(IpEncap::parse(payload, false)?),
            LWTUNNEL_ENCAP_IP6 => Encap::Ip(IpEncap::parse(payload, true)?),
            t => Encap::Other(t, payload.to_vec()),
        })
    }

    /// (encapsulation type, payload).
    pub fn to_parts(&self) -> Result<(u16, Vec<u8>), BuildError> {
        Ok(match self {
            Encap::Mpls(m) => (LWTUNNEL_ENCAP_MPLS, m.to_bytes()?),
            Encap::Ip(e) => (e.encap_type(), e.to_bytes()?),
            Encap::Other(t, p) => (*t, p.clone()),
        })
    }
}

/// An encapsulation as it travels: the type and the raw payload (kept so that it emits as
/// it came); [`EncapAttr::typed`] reads it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EncapAttr {
    /// `*_ENCAP_TYPE` (`LWTUNNEL_ENCAP_*`).
    pub encap_type: Option<u16>,
    /// `*_ENCAP`, the raw nested attributes.
    pub payload: Option<Vec<u8>>,
}

impl EncapAttr {
    /// The typed encapsulation, when both parts are there.
    pub fn typed(&self) -> Option<Result<Encap, DecodeError>> {
        Some(Encap::parse(self.encap_type?, self.payload.as_deref()?))
    }

    /// Sets both parts from a typed encapsulation.
    pub fn set(&mut self, e: &Encap) -> Result<(), BuildError> {
        let (t, p) = e.to_parts()?;
        self.encap_type = Some(t);
        self.payload = Some(p);
        Ok(())
    }

    /// The MPLS encapsulation, when it is one (an unreadable one is an error).
    pub fn mpls(&self) -> Option<Result<MplsEncap, DecodeError>> {
        if self.encap_type != Some(LWTUNNEL_ENCAP_MPLS) {
            return None;
        }
        Some(MplsEncap::parse(self.payload.as_deref().unwrap_or(&[])))
    }

    /// True when neither part is set.
    pub fn is_empty(&self) -> bool {
        self.encap_type.is_none() && self.payload.is_none()
    }
}

/// The error of a payload that is not what its type says.
pub(crate) fn bad_payload() -> DecodeError {
    DecodeError::new("attribute payload", 4, DecodeErrorKind::BadValue)
}
