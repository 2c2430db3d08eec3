//! Policy routing rules: `struct fib_rule_hdr` and the `FRA_*` attributes
//! (linux/fib_rules.h).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, rule::{Rule, RuleFilter}, AddressFamily, RouteTable, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! let v4 = RuleFilter { family: Some(AddressFamily::Inet) };
//! for r in rtnl::dump(&mut conn, &v4)? {
//!     let r = r?;
//!     println!("{:?}: table {:?}", r.priority, r.table);
//! }
//! // ip rule add fwmark 7 table 100 pref 1000
//! let mut r = Rule::lookup(AddressFamily::Inet, RouteTable::from(100));
//! r.priority = Some(1000);
//! r.fwmark = Some(7);
//! rtnl::apply(&mut conn, &r, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Rules have no identity of their own: a deletion removes the first rule that matches
//! every selector the request carries, and the kernel refuses to add a rule equal to one
//! that exists. A rule built by hand emits its attributes in the order of
//! [`Rule::order`](crate::wire::AttrOrder) (`ip` sends them in command-line order), then
//! the rest in a fixed order.

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE};
use super::object::{AnyObject, Filter, Kind, Object, Verb};
use super::{AddressFamily, RouteProtocol, RouteTable};
use crate::wire::rtnl::{FibRuleHdr, RulePortRange, UidRange};
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// Rule attribute ids of linux/fib_rules.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const FRA_DST: u16 = 1;
    pub const FRA_SRC: u16 = 2;
    pub const FRA_IIFNAME: u16 = 3;
    pub const FRA_GOTO: u16 = 4;
    /// `FRA_GATEWAY` (`RTA_GATEWAY`): the address of a NAT rule.
    pub const FRA_GATEWAY: u16 = 5;
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
}

use attrs::*;

crate::open_enum! {
    /// What a rule does (`FR_ACT_*`).
    pub enum RuleAction: u8 {
        /// `FR_ACT_UNSPEC`.
        Unspec = 0,
        /// `FR_ACT_TO_TBL`: look up the rule's table.
        ToTable = 1,
        /// `FR_ACT_GOTO`: jump to another rule.
        Goto = 2,
        /// `FR_ACT_NOP`.
        Nop = 3,
        /// `FR_ACT_BLACKHOLE`: drop.
        Blackhole = 6,
        /// `FR_ACT_UNREACHABLE`: refuse with "network unreachable".
        Unreachable = 7,
        /// `FR_ACT_PROHIBIT`: refuse with "prohibited".
        Prohibit = 8,
        /// `RTN_NAT` as an action (`ip rule ... nat ADDRESS`, removed from the kernel).
        Nat = 10,
    }
}

crate::flag_set! {
    /// Rule flags (`FIB_RULE_*`).
    pub struct RuleFlags: u32 {
        /// `FIB_RULE_PERMANENT`.
        const PERMANENT = 0x01;
        /// `FIB_RULE_INVERT`: `not`.
        const INVERT = 0x02;
        /// `FIB_RULE_UNRESOLVED`: a `goto` whose target does not exist.
        const UNRESOLVED = 0x04;
        /// `FIB_RULE_IIF_DETACHED`: the input device is gone.
        const IIF_DETACHED = 0x08;
        /// `FIB_RULE_OIF_DETACHED`: the output device is gone.
        const OIF_DETACHED = 0x10;
    }
}

crate::attribute_set! {
    /// A rule: the `fib_rule_hdr` fields and every attribute, parsed leniently.
    pub struct Rule {
        /// `family`.
        pub family: AddressFamily,
        /// `dst_len`.
        pub destination_len: u8,
        /// `src_len`.
        pub source_len: u8,
        /// `tos`.
        pub tos: u8,
        /// The table: `FRA_TABLE`, else the header's 8 bits.
        pub table: RouteTable,
        /// `action`.
        pub action: RuleAction,
        /// `flags`.
        pub flags: RuleFlags,
    }
    attributes {
        /// `FRA_TABLE` as it came (a wire detail: read and set [`Rule::table`], which
        /// `emit` writes here when the message had it or the id needs 32 bits).
        pub table_attribute: codec::U32 = FRA_TABLE,
        /// `FRA_SUPPRESS_PREFIXLEN` (`u32::MAX`: none).
        pub suppress_prefixlen: codec::U32 = FRA_SUPPRESS_PREFIXLEN,
        /// `FRA_SUPPRESS_IFGROUP`.
        pub suppress_ifgroup: codec::U32 = FRA_SUPPRESS_IFGROUP,
        /// `FRA_PROTOCOL`: who added it.
        pub protocol: codec::Enum8<RouteProtocol> = FRA_PROTOCOL,
        /// `FRA_PRIORITY`.
        pub priority: codec::U32 = FRA_PRIORITY,
        /// `FRA_IIFNAME`.
        pub iif: codec::Str = FRA_IIFNAME,
        /// `FRA_OIFNAME`.
        pub oif: codec::Str = FRA_OIFNAME,
        /// `FRA_FWMARK`.
        pub fwmark: codec::U32 = FRA_FWMARK,
        /// `FRA_FWMASK`.
        pub fwmask: codec::U32 = FRA_FWMASK,
        /// `FRA_DST`.
        pub destination: codec::Ip = FRA_DST,
        /// `FRA_SRC`.
        pub source: codec::Ip = FRA_SRC,
        /// `FRA_GOTO`: the priority to jump to.
        pub goto: codec::U32 = FRA_GOTO,
        /// `FRA_FLOW`: realms.
        pub flow: codec::U32 = FRA_FLOW,
        /// `FRA_TUN_ID` (host order; big-endian on the wire).
        pub tun_id: codec::U64Be = FRA_TUN_ID,
        /// `FRA_L3MDEV`.
        pub l3mdev: codec::U8 = FRA_L3MDEV,
        /// `FRA_UID_RANGE`.
        pub uid_range: codec::Struct<UidRange> = FRA_UID_RANGE,
        /// `FRA_SPORT_RANGE`.
        pub sport_range: codec::Struct<RulePortRange> = FRA_SPORT_RANGE,
        /// `FRA_DPORT_RANGE`.
        pub dport_range: codec::Struct<RulePortRange> = FRA_DPORT_RANGE,
        /// `FRA_IP_PROTO`.
        pub ip_proto: codec::U8 = FRA_IP_PROTO,
        /// `FRA_GATEWAY`: the address of a NAT rule.
        pub gateway: codec::Ip = FRA_GATEWAY,
    }
}

impl Object for Rule {
    const KIND: Kind = Kind::Rule;
    const NEW: u16 = RTM_NEWRULE;
    const DEL: u16 = RTM_DELRULE;
    const GET: u16 = RTM_GETRULE;
    /// Rules have no identity but their whole content: family and emitted attributes.
    type Key = (AddressFamily, Vec<u8>);

    fn parse(payload: &[u8]) -> Result<Rule, DecodeError> {
        let m = FamilyMessage::<FibRuleHdr>::parse(payload)?;
        let h = m.header;
        let mut r = Rule {
            family: h.family.into(),
            destination_len: h.dst_len,
            source_len: h.src_len,
            tos: h.tos,
            action: h.action.into(),
            flags: RuleFlags(h.flags),
            ..Default::default()
        };
        r.read_attrs(m.attrs())?;
        r.table = RouteTable::of(r.table_attribute, h.table);
        Ok(r)
    }

    /// Appends the header and attributes. `FRA_TABLE` goes where it came, or (for a rule
    /// built by hand) only for ids the header's 8 bits cannot hold, as `ip` sends it: then
    /// the header's table is `RT_TABLE_UNSPEC` (the kernel reports `RT_TABLE_COMPAT`
    /// there, kept for a parsed rule).
    fn emit(&self, b: &mut MessageBuilder) {
        let id = u32::from(self.table);
        let header_table = match self.table_attribute {
            None if id > 255 => RouteTable::Unspec.header_byte(),
            _ => self.table.header_byte(),
        };
        b.push_struct(&FibRuleHdr {
            family: self.family.into(),
            dst_len: self.destination_len,
            src_len: self.source_len,
            tos: self.tos,
            table: header_table,
            action: self.action.into(),
            flags: self.flags.bits(),
            ..Default::default()
        });
        let wanted = (self.table_attribute.is_some() || id > 255).then_some(id);
        if self.table_attribute == wanted {
            self.write_attrs(b);
        } else {
            let mut r = self.clone();
            r.table_attribute = wanted;
            r.write_attrs(b);
        }
    }

    fn key(&self) -> (AddressFamily, Vec<u8>) {
        let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
        self.emit(&mut b);
        let bytes = b.finish().map(|m| {
            m.get(crate::wire::nlmsg::HEADER_LEN..)
                .unwrap_or(&[])
                .to_vec()
        });
        (self.family, bytes.unwrap_or_default())
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Rule(self)
    }

    /// Rules are added and deleted, never replaced.
    fn change_flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Add | Verb::Delete => verb.common_flags(),
            _ => None,
        }
    }
}

impl Rule {
    /// A rule of `family` that looks up `table`, as `ip rule add table T` makes it
    /// (action `FR_ACT_TO_TBL`). Set the selectors and the priority on the result.
    pub fn lookup(family: AddressFamily, table: RouteTable) -> Rule {
        Rule {
            family,
            table,
            action: RuleAction::ToTable,
            ..Default::default()
        }
    }
}

/// What a rule dump selects: the family (`None`: every family). The kernel dumps rules
/// per family; everything else is selected by the caller.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleFilter {
    /// Only this family.
    pub family: Option<AddressFamily>,
}

impl Filter for RuleFilter {
    type Object = Rule;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETRULE, Flags::NONE);
        b.push_struct(&FibRuleHdr {
            family: self.family.map_or(0, u8::from),
            ..Default::default()
        });
        b
    }

    fn matches(&self, r: &Rule) -> bool {
        self.family.is_none_or(|f| f == r.family)
    }
}
