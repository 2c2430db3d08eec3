//! Link kinds: each kind's data (`IFLA_INFO_DATA`, or `IFLA_INFO_SLAVE_DATA` for a port's
//! options) is one [attribute set](crate::wire::AttributeSet) in its own module, read from
//! dumps ([`Link::kind_data`](super::Link::kind_data)) and written in change requests
//! ([`LinkChange::kind`](super::LinkChange::kind)) with the same type.

pub mod bond;
pub mod bridge;
pub mod bridge_port;
pub mod dummy;
pub mod gre;
pub mod ifb;
pub mod macvlan;
pub mod tun;
pub mod veth;
pub mod vlan;
pub mod vrf;
pub mod vxlan;
pub mod wireguard;

pub use bond::Bond;
pub use bridge::Bridge;
pub use bridge_port::{BridgePort, PortState};
pub use dummy::Dummy;
pub use gre::Gre;
pub use ifb::Ifb;
pub use macvlan::{Macvlan, MacvlanMode};
pub use tun::{Tun, TunType};
pub use veth::Veth;
pub use vlan::Vlan;
pub use vrf::Vrf;
pub use vxlan::Vxlan;
pub use wireguard::Wireguard;

use super::attrs::{IFLA_INFO_DATA, IFLA_INFO_KIND, IFLA_INFO_SLAVE_DATA};
use crate::wire::{AttrIter, AttributeSet, MessageBuilder};

/// Reads a kind's data (the payload of its data nest; none: an empty set). `None` when the
/// payload is not a run of attributes.
fn read_set<T: AttributeSet>(data: Option<&[u8]>) -> Option<T> {
    let mut v = T::default();
    if let Some(d) = data {
        v.read_attrs(AttrIter::new(d)).ok()?;
    }
    Some(v)
}

macro_rules! link_kinds {
    ($( $(#[$m:meta])* $variant:ident($ty:ty) = $name:literal, )*) => {
        /// A link kind with its data (`IFLA_INFO_KIND` and `IFLA_INFO_DATA`).
        // Not boxed: a kind is built once per request or decoded on demand, and matching
        // on `LinkKind::Bridge(b)` reads better than on a box.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum LinkKind {
            $( $(#[$m])* $variant($ty), )*
            /// Any other kind, by name, with its data nest's payload as it came.
            Other {
                /// `IFLA_INFO_KIND`.
                kind: String,
                /// The payload of `IFLA_INFO_DATA`, when there is one.
                data: Option<Vec<u8>>,
            },
        }

        impl LinkKind {
            /// The kind's name (`IFLA_INFO_KIND`).
            pub fn name(&self) -> &str {
                match self {
                    $( LinkKind::$variant(_) => $name, )*
                    LinkKind::Other { kind, .. } => kind,
                }
            }

            /// The kind `name` with `data`, the payload of its data nest. Data that is not
            /// a run of attributes is kept raw as [`LinkKind::Other`].
            pub fn decode(name: &str, data: Option<&[u8]>) -> LinkKind {
                let typed = match name {
                    $( $name => read_set::<$ty>(data).map(LinkKind::$variant), )*
                    _ => None,
                };
                typed.unwrap_or_else(|| LinkKind::Other {
                    kind: name.to_owned(),
                    data: data.map(<[u8]>::to_vec),
                })
            }

            /// Appends the data's attributes; true when the data nest is to be kept (a
            /// typed kind with attributes set, or an `Other` kind with data, even empty:
            /// `ip link add ... type dummy ARGS` sends an empty nest).
            fn write_data(&self, b: &mut MessageBuilder) -> bool {
                match self {
                    $( LinkKind::$variant(d) => d.write_attrs(b), )*
                    LinkKind::Other { data, .. } => match data {
                        Some(d) => {
                            b.push_bytes(d);
                            true
                        }
                        None => false,
                    },
                }
            }
        }
    };
}

link_kinds! {
    /// `veth`: a pair; the peer is described by its own link change.
    Veth(Veth) = "veth",
    /// `bridge` with `IFLA_BR_*` options.
    Bridge(Bridge) = "bridge",
    /// `bridge_slave`: the options of a bridge port (`IFLA_INFO_SLAVE_DATA`), for a link
    /// whose master is a bridge (`ip link set PORT type bridge_slave ...`).
    BridgePort(BridgePort) = "bridge_slave",
    /// `macvlan`.
    Macvlan(Macvlan) = "macvlan",
    /// `macvtap` (the same data as macvlan).
    Macvtap(Macvlan) = "macvtap",
    /// `vxlan`.
    Vxlan(Vxlan) = "vxlan",
    /// `tun` (a tun or tap device).
    Tun(Tun) = "tun",
    /// `vlan` (802.1Q or 802.1ad).
    Vlan(Vlan) = "vlan",
    /// `bond`.
    Bond(Bond) = "bond",
    /// `vrf` with its table.
    Vrf(Vrf) = "vrf",
    /// `gre` (IPv4 GRE tunnel).
    Gre(Gre) = "gre",
    /// `ifb` (no data).
    Ifb(Ifb) = "ifb",
    /// `dummy` (no data).
    Dummy(Dummy) = "dummy",
    /// `wireguard` (no data; configured through generic netlink).
    Wireguard(Wireguard) = "wireguard",
}

impl LinkKind {
    /// The kind `name` with no data (`veth` without a peer, `bridge` with defaults, ...).
    pub fn named(name: &str) -> LinkKind {
        LinkKind::decode(name, None)
    }

    /// Appends `IFLA_LINKINFO` as iproute2 sends it: the nest without `NLA_F_NESTED`, the
    /// kind without a NUL, then the data nest (`IFLA_INFO_SLAVE_DATA` for a port's
    /// options), left out when the kind has nothing to say.
    pub(crate) fn write_info(&self, b: &mut MessageBuilder, raw_type: u16) {
        let info = b.nest_start_flags(raw_type);
        b.attr_str_no_nul(IFLA_INFO_KIND, self.name());
        let data_type = match self {
            LinkKind::BridgePort(_) => IFLA_INFO_SLAVE_DATA,
            _ => IFLA_INFO_DATA,
        };
        let data = b.nest_start_flags(data_type);
        if self.write_data(b) {
            b.nest_end(data);
        } else {
            b.nest_cancel(data);
        }
        b.nest_end(info);
    }
}

/// The options a link has as a port of its master (`IFLA_INFO_SLAVE_KIND` and
/// `IFLA_INFO_SLAVE_DATA`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortKind {
    /// A bridge port.
    Bridge(BridgePort),
    /// A port of another kind of master (`bond`, ...), its data as it came.
    Other {
        /// `IFLA_INFO_SLAVE_KIND`: the master's kind.
        kind: String,
        /// The payload of `IFLA_INFO_SLAVE_DATA`.
        data: Option<Vec<u8>>,
    },
}

impl PortKind {
    /// The port options of a master of kind `name`, from their data nest's payload.
    pub fn decode(name: &str, data: Option<&[u8]>) -> PortKind {
        let typed = match name {
            "bridge" => read_set::<BridgePort>(data).map(PortKind::Bridge),
            _ => None,
        };
        typed.unwrap_or_else(|| PortKind::Other {
            kind: name.to_owned(),
            data: data.map(<[u8]>::to_vec),
        })
    }

    /// The master's kind.
    pub fn name(&self) -> &str {
        match self {
            PortKind::Bridge(_) => "bridge",
            PortKind::Other { kind, .. } => kind,
        }
    }
}
