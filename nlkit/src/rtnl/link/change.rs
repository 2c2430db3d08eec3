//! Link change requests: [`LinkChange`] creates, changes and deletes links
//! (`RTM_NEWLINK`, `RTM_DELLINK`) and [`AltNames`] adds or removes alternative names
//! (`RTM_NEWLINKPROP`, `RTM_DELLINKPROP`); both go through [`rtnl::apply`](crate::rtnl::apply).
//!
//! Built by hand, a change emits its attributes in the order `ip link add` uses when the
//! options are typed in it: `IFLA_LINK_NETNSID`, `IFLA_LINK`, queue counts, `IFLA_TXQLEN`,
//! addresses, `IFLA_MTU`, `IFLA_XDP`, the namespace, `IFLA_GROUP`, `IFLA_IFALIAS`,
//! `IFLA_MASTER`, link mode, operational state, carrier, protodown, GSO/GRO limits,
//! `IFLA_AF_SPEC`, `IFLA_IFNAME`, then `IFLA_LINKINFO`.

use super::attrs::*;
use super::info::{AddrGenModeCodec, KindCodec, Xdp};
use super::{LinkFlags, LinkMode, OperState};
use crate::rtnl::message_type::{RTM_DELLINK, RTM_DELLINKPROP, RTM_NEWLINK, RTM_NEWLINKPROP};
use crate::rtnl::{Change, Verb};
use crate::wire::rtnl::IfInfoMsg;
use crate::wire::{codec, AttributeSet, Flags, MessageBuilder};

crate::attribute_set! {
    /// A link as a change request describes it: the `ifinfomsg` fields and the attributes
    /// to set. Everything left `None` is not sent (the kernel keeps or defaults it).
    ///
    /// Verbs: [`Verb::Add`] (`NLM_F_CREATE | NLM_F_EXCL`, `ip link add`), [`Verb::Replace`]
    /// (`NLM_F_CREATE | NLM_F_REPLACE`), [`Verb::Change`] (no flags, `ip link set`) and
    /// [`Verb::Delete`] (the index, or every link of `group` when the index is 0; the kind
    /// too when set).
    pub struct LinkChange {
        /// `ifi_index`: the link to change (0 when creating).
        pub index: u32,
        /// `ifi_flags`: the new values of the flags selected by `change`.
        pub flags: LinkFlags,
        /// `ifi_change`: which flags to change.
        pub change: LinkFlags,
    }
    attributes {
        /// `IFLA_LINK_NETNSID`: the namespace (by its id here) that `link` and the new
        /// link's lower device live in.
        pub link_netnsid: codec::I32 = IFLA_LINK_NETNSID,
        /// `IFLA_LINK`: the lower device (vlan, macvlan, ...).
        pub link: codec::U32 = IFLA_LINK,
        /// `IFLA_NUM_TX_QUEUES`.
        pub num_tx_queues: codec::U32 = IFLA_NUM_TX_QUEUES,
        /// `IFLA_NUM_RX_QUEUES`.
        pub num_rx_queues: codec::U32 = IFLA_NUM_RX_QUEUES,
        /// `IFLA_TXQLEN`.
        pub txqlen: codec::U32 = IFLA_TXQLEN,
        /// `IFLA_ADDRESS`: the hardware address.
        pub address: codec::Bytes = IFLA_ADDRESS,
        /// `IFLA_BROADCAST`: the hardware broadcast address.
        pub broadcast: codec::Bytes = IFLA_BROADCAST,
        /// `IFLA_MTU`.
        pub mtu: codec::U32 = IFLA_MTU,
        /// `IFLA_XDP`: attach or detach ([`Xdp::detach`]) an XDP program.
        pub xdp: codec::NestedPlain<Xdp> = IFLA_XDP,
        /// `IFLA_NET_NS_PID`: move the link to the namespace of this process.
        pub netns_pid: codec::U32 = IFLA_NET_NS_PID,
        /// `IFLA_NET_NS_FD`: move the link to the namespace behind this descriptor (such
        /// as one of `/run/netns/NAME`, [`crate::sys::Netns`]); it must stay open until
        /// the request has been answered.
        pub netns_fd: codec::I32 = IFLA_NET_NS_FD,
        /// `IFLA_NEW_IFINDEX`: the index the link takes in the namespace it moves to.
        pub new_index: codec::I32 = IFLA_NEW_IFINDEX,
        /// `IFLA_GROUP`.
        pub group: codec::U32 = IFLA_GROUP,
        /// `IFLA_IFALIAS` (sent without a NUL; an empty alias removes it).
        pub alias: codec::StrNoNul = IFLA_IFALIAS,
        /// `IFLA_MASTER`: the master device; `Some(0)` leaves the master (`nomaster`).
        pub master: codec::U32 = IFLA_MASTER,
        /// `IFLA_LINKMODE`.
        pub linkmode: codec::Enum8<LinkMode> = IFLA_LINKMODE,
        /// `IFLA_OPERSTATE`.
        pub operstate: codec::Enum8<OperState> = IFLA_OPERSTATE,
        /// `IFLA_CARRIER` (devices that let user space set it).
        pub carrier: codec::U8 = IFLA_CARRIER,
        /// `IFLA_PROTO_DOWN`.
        pub proto_down: codec::U8 = IFLA_PROTO_DOWN,
        /// `IFLA_GSO_MAX_SIZE`.
        pub gso_max_size: codec::U32 = IFLA_GSO_MAX_SIZE,
        /// `IFLA_GSO_MAX_SEGS`.
        pub gso_max_segs: codec::U32 = IFLA_GSO_MAX_SEGS,
        /// `IFLA_GRO_MAX_SIZE`.
        pub gro_max_size: codec::U32 = IFLA_GRO_MAX_SIZE,
        /// `IFLA_AF_SPEC` / `AF_INET6` / `IFLA_INET6_ADDR_GEN_MODE` (`IN6_ADDR_GEN_MODE_*`).
        pub addr_gen_mode: AddrGenModeCodec = IFLA_AF_SPEC,
        /// `IFLA_IFNAME`: the name (of a new link, or the new name).
        pub name: codec::Str = IFLA_IFNAME,
        /// `IFLA_LINKINFO`: the kind and its data.
        pub kind: KindCodec = IFLA_LINKINFO,
    }
}

impl LinkChange {
    /// A change of link `index` with nothing set yet.
    pub fn of(index: u32) -> LinkChange {
        LinkChange {
            index,
            ..Default::default()
        }
    }

    /// A new link named `name` with nothing else set yet.
    pub fn named(name: &str) -> LinkChange {
        LinkChange {
            name: Some(name.to_owned()),
            ..Default::default()
        }
    }

    /// The change described by a request's `ifinfomsg` (attributes still to read).
    pub fn from_header(h: &IfInfoMsg) -> LinkChange {
        LinkChange {
            index: h.index,
            flags: LinkFlags(h.flags),
            change: LinkFlags(h.change),
            ..Default::default()
        }
    }

    /// Sets (`on`) or clears a flag and marks it in `change`.
    pub fn set_flag(&mut self, flag: LinkFlags, on: bool) -> &mut Self {
        self.change |= flag;
        self.flags.set(flag, on);
        self
    }

    /// The `ifinfomsg` of the request.
    pub fn header(&self) -> IfInfoMsg {
        IfInfoMsg {
            index: self.index,
            flags: self.flags.bits(),
            change: self.change.bits(),
            ..Default::default()
        }
    }
}

impl Change for LinkChange {
    const NAME: &'static str = "link";
    const NEW: u16 = RTM_NEWLINK;
    const DEL: u16 = RTM_DELLINK;

    fn flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Change | Verb::Delete => Some(Flags::NONE),
            Verb::Add | Verb::Replace => verb.common_flags(),
            Verb::Append | Verb::Prepend | Verb::Test => None,
        }
    }

    fn emit_change(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        self.write_attrs(b);
    }

    /// The index, `IFLA_GROUP` when set (with index 0: every link of the group; the
    /// kernel refuses group 0), and `IFLA_LINKINFO` when the kind is set (as `ip link
    /// delete DEV type KIND` sends it).
    fn emit_delete(&self, b: &mut MessageBuilder) {
        b.push_struct(&LinkChange::of(self.index).header());
        if let Some(g) = self.group {
            b.attr_u32_ne(IFLA_GROUP, g);
        }
        if let Some(k) = &self.kind {
            k.write_info(b, IFLA_LINKINFO);
        }
    }
}

/// Alternative names of a link to add ([`Verb::Add`]: `RTM_NEWLINKPROP` with
/// `NLM_F_CREATE | NLM_F_EXCL | NLM_F_APPEND`, as `ip link property add` sends it) or
/// remove ([`Verb::Delete`]: `RTM_DELLINKPROP`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AltNames {
    /// The link.
    pub index: u32,
    /// The names (`IFLA_ALT_IFNAME` each, inside `IFLA_PROP_LIST`).
    pub names: Vec<String>,
}

impl Change for AltNames {
    const NAME: &'static str = "link property";
    const NEW: u16 = RTM_NEWLINKPROP;
    const DEL: u16 = RTM_DELLINKPROP;

    fn flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Add => Some(Flags::CREATE | Flags::EXCL | Flags::APPEND),
            Verb::Delete => Some(Flags::NONE),
            _ => None,
        }
    }

    fn emit_change(&self, b: &mut MessageBuilder) {
        b.push_struct(&LinkChange::of(self.index).header());
        let n = b.nest_start(IFLA_PROP_LIST);
        for name in &self.names {
            b.attr_str(IFLA_ALT_IFNAME, name);
        }
        b.nest_end(n);
    }
}

#[cfg(test)]
mod tests;
