//! `vrf`: a VRF master and its routing table (`IFLA_VRF_*`, linux/if_link.h).

use crate::wire::codec::U32;

/// `IFLA_VRF_*` ids.
pub mod attrs {
    #![allow(missing_docs)]
    pub const IFLA_VRF_TABLE: u16 = 1;
}

crate::attribute_set! {
    /// `vrf` data.
    pub struct Vrf {}
    attributes {
        /// `IFLA_VRF_TABLE`.
        pub table: U32 = attrs::IFLA_VRF_TABLE,
    }
}
