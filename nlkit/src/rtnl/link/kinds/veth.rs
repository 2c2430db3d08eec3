//! `veth`: a pair of connected devices. Its data is only sent when a pair is created:
//! `VETH_INFO_PEER`, an `ifinfomsg` and attributes describing the other end.

use super::super::LinkChange;
use crate::wire::codec::Codec;
use crate::wire::rtnl::IfInfoMsg;
use crate::wire::{AttrView, AttributeSet, DecodeError, FamilyMessage, MessageBuilder};

/// `VETH_INFO_*` ids (linux/veth.h).
pub mod attrs {
    #![allow(missing_docs)]
    pub const VETH_INFO_PEER: u16 = 1;
}

use attrs::*;

crate::attribute_set! {
    /// `veth` data.
    pub struct Veth {}
    attributes {
        /// `VETH_INFO_PEER`: the other end (its name, address, mtu, namespace, ...); `None`
        /// lets the kernel name it.
        pub peer: PeerCodec = VETH_INFO_PEER,
    }
}

impl Veth {
    /// A pair whose other end is `peer`.
    pub fn with_peer(peer: LinkChange) -> Veth {
        Veth {
            peer: Some(Box::new(peer)),
            ..Default::default()
        }
    }
}

/// `VETH_INFO_PEER`: a nest (without `NLA_F_NESTED`, as iproute2 sends it) holding an
/// `ifinfomsg` and the peer's attributes.
#[derive(Debug)]
pub struct PeerCodec;

impl Codec for PeerCodec {
    type Value = Box<LinkChange>;

    fn decode(a: &AttrView<&[u8]>) -> Result<Box<LinkChange>, DecodeError> {
        let m = FamilyMessage::<IfInfoMsg>::parse(a.payload())?;
        let mut peer = LinkChange::from_header(&m.header);
        peer.read_attrs(m.attrs())?;
        Ok(Box::new(peer))
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Box<LinkChange>) {
        let n = b.nest_start_flags(raw_type);
        b.push_struct(&v.header());
        v.write_attrs(b);
        b.nest_end(n);
    }
}
