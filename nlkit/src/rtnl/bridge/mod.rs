//! Bridges (AF_BRIDGE): multicast database entries ([`mdb`]), VLANs ([`vlan`]) and port
//! settings ([`port`]). Forwarding database entries are AF_BRIDGE neighbours
//! ([`super::neigh::Neighbour`]), with their dump filter, query and bulk flush in [`fdb`].

pub mod fdb;
pub mod mdb;
pub mod port;
pub mod vlan;
