//! `wireguard`: a WireGuard interface (no data here: it is configured through generic netlink).

crate::attribute_set! {
    /// `wireguard` data: the kind has no options, so nothing the kernel might send is lost.
    pub struct Wireguard {}
    attributes {}
}
