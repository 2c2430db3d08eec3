//! `net-shaper` (genetlink): Networking HW rate limiting configuration.
//!
//! This API allows configuring HW shapers available on the network
//! devices at different levels (queues, network device) and allows
//! arbitrary manipulation of the scheduling tree of the involved
//! shapers.
//!
//! Each @shaper is identified within the given device, by a @handle,
//! comprising both a @scope and an @id.
//!
//! Depending on the @scope value, the shapers are attached to specific
//! HW objects (queues, devices) or, for @node scope, represent a
//! scheduling group, that can be placed in an arbitrary location of
//! the scheduling tree.
//!
//! Shapers can be created with two different operations: the @set
//! operation, to create and update a single "attached" shaper, and
//! the @group operation, to create and update a scheduling
//! group. Only the @group operation can create @node scope shapers.
//!
//! Existing shapers can be deleted/reset via the @delete operation.
//!
//! The user can query the running configuration via the @get operation.
//!
//! Different devices can provide different feature sets, e.g. with no
//! support for complex scheduling hierarchy, or for some shaping
//! parameters. The user can introspect the HW capabilities via the
//! @cap-get operation.
//!
//! Generated from `nlkit-ynl/specs/net_shaper.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "net-shaper";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `net-shaper` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `scope`: an enumeration.
    ///
    /// Defines the shaper @id interpretation.
    pub enum Scope: u32 {
        /// `unspec` (0): The scope is not specified.
        Unspec = 0,
        /// `netdev` (1): The main shaper for the given network device.
        Netdev = 1,
        /// `queue` (2): The shaper is attached to the given device queue,
        /// the @id represents the queue number.
        Queue = 2,
        /// `node` (3): The shaper allows grouping of queues or other
        /// node shapers; can be nested in either @netdev
        /// shapers or other @node shapers, allowing placement
        /// in any location of the scheduling tree, except
        /// leaves and root.
        Node = 3,
    }
}

crate::open_enum! {
    /// `metric`: an enumeration.
    ///
    /// Different metric supported by the shaper.
    pub enum Metric: u32 {
        /// `bps` (0): Shaper operates on a bits per second basis.
        Bps = 0,
        /// `pps` (1): Shaper operates on a packets per second basis.
        Pps = 1,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `net-shaper`.
    pub mod net_shaper {
        /// `handle` (nest).
        pub const HANDLE: u16 = 1;
        /// `metric` (u32).
        pub const METRIC: u16 = 2;
        /// `bw-min` (uint).
        pub const BW_MIN: u16 = 3;
        /// `bw-max` (uint).
        pub const BW_MAX: u16 = 4;
        /// `burst` (uint).
        pub const BURST: u16 = 5;
        /// `priority` (u32).
        pub const PRIORITY: u16 = 6;
        /// `weight` (u32).
        pub const WEIGHT: u16 = 7;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 8;
        /// `parent` (nest).
        pub const PARENT: u16 = 9;
        /// `leaves` (nest).
        pub const LEAVES: u16 = 10;
    }

    /// The attributes of `handle`.
    pub mod handle {
        /// `scope` (u32).
        pub const SCOPE: u16 = 1;
        /// `id` (u32).
        pub const ID: u16 = 2;
    }

    /// The attributes of `caps`.
    pub mod caps {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `scope` (u32).
        pub const SCOPE: u16 = 2;
        /// `support-metric-bps` (flag).
        pub const SUPPORT_METRIC_BPS: u16 = 3;
        /// `support-metric-pps` (flag).
        pub const SUPPORT_METRIC_PPS: u16 = 4;
        /// `support-nesting` (flag).
        pub const SUPPORT_NESTING: u16 = 5;
        /// `support-bw-min` (flag).
        pub const SUPPORT_BW_MIN: u16 = 6;
        /// `support-bw-max` (flag).
        pub const SUPPORT_BW_MAX: u16 = 7;
        /// `support-burst` (flag).
        pub const SUPPORT_BURST: u16 = 8;
        /// `support-priority` (flag).
        pub const SUPPORT_PRIORITY: u16 = 9;
        /// `support-weight` (flag).
        pub const SUPPORT_WEIGHT: u16 = 10;
    }
}

crate::attribute_set! {
    /// The attribute set `net-shaper`.
    pub struct NetShaper {}
    attributes {
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
        /// Metric used by the given shaper for bw-min, bw-max and burst.
        pub metric: codec::Enum32<Metric> = attrs::net_shaper::METRIC,
        /// Guaranteed bandwidth for the given shaper.
        pub bw_min: codec::Uint = attrs::net_shaper::BW_MIN,
        /// Maximum bandwidth for the given shaper or 0 when unlimited.
        pub bw_max: codec::Uint = attrs::net_shaper::BW_MAX,
        /// Maximum burst-size for shaping. Should not be interpreted
        /// as a quantum.
        pub burst: codec::Uint = attrs::net_shaper::BURST,
        /// Scheduling priority for the given shaper. The priority
        /// scheduling is applied to sibling shapers.
        pub priority: codec::U32 = attrs::net_shaper::PRIORITY,
        /// Relative weight for round robin scheduling of the
        /// given shaper.
        /// The scheduling is applied to all sibling shapers
        /// with the same priority.
        pub weight: codec::U32 = attrs::net_shaper::WEIGHT,
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
        /// Identifier for the parent of the affected shaper.
        /// Only needed for @group operation.
        pub parent: codec::Nested<Handle> = attrs::net_shaper::PARENT,
        /// Describes a set of leaves shapers for a @group operation.
        pub leaves: codec::Multi<codec::Nested<LeafInfo>> = attrs::net_shaper::LEAVES,
    }
}

crate::attribute_set! {
    /// The attribute set `handle`.
    pub struct Handle {}
    attributes {
        /// Defines the shaper @id interpretation.
        pub scope: codec::Enum32<Scope> = attrs::handle::SCOPE,
        /// Numeric identifier of a shaper. The id semantic depends on
        /// the scope. For @queue scope it's the queue id and for @node
        /// scope it's the node identifier.
        pub id: codec::U32 = attrs::handle::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `leaf-info`. A subset of `net-shaper`: [`NetShaper`].
    pub struct LeafInfo {}
    attributes {
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
        /// Scheduling priority for the given shaper. The priority
        /// scheduling is applied to sibling shapers.
        pub priority: codec::U32 = attrs::net_shaper::PRIORITY,
        /// Relative weight for round robin scheduling of the
        /// given shaper.
        /// The scheduling is applied to all sibling shapers
        /// with the same priority.
        pub weight: codec::U32 = attrs::net_shaper::WEIGHT,
    }
}

crate::attribute_set! {
    /// The attribute set `caps`.
    pub struct Caps {}
    attributes {
        /// Interface index queried for shapers capabilities.
        pub ifindex: codec::U32 = attrs::caps::IFINDEX,
        /// The scope to which the queried capabilities apply.
        pub scope: codec::Enum32<Scope> = attrs::caps::SCOPE,
        /// The device accepts 'bps' metric for bw-min, bw-max and burst.
        pub support_metric_bps: codec::Flag = attrs::caps::SUPPORT_METRIC_BPS,
        /// The device accepts 'pps' metric for bw-min, bw-max and burst.
        pub support_metric_pps: codec::Flag = attrs::caps::SUPPORT_METRIC_PPS,
        /// The device supports nesting shaper belonging to this scope
        /// below 'node' scoped shapers. Only 'queue' and 'node'
        /// scope can have flag 'support-nesting'.
        pub support_nesting: codec::Flag = attrs::caps::SUPPORT_NESTING,
        /// The device supports a minimum guaranteed B/W.
        pub support_bw_min: codec::Flag = attrs::caps::SUPPORT_BW_MIN,
        /// The device supports maximum B/W shaping.
        pub support_bw_max: codec::Flag = attrs::caps::SUPPORT_BW_MAX,
        /// The device supports a maximum burst size.
        pub support_burst: codec::Flag = attrs::caps::SUPPORT_BURST,
        /// The device supports priority scheduling.
        pub support_priority: codec::Flag = attrs::caps::SUPPORT_PRIORITY,
        /// The device supports weighted round robin scheduling.
        pub support_weight: codec::Flag = attrs::caps::SUPPORT_WEIGHT,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get`: Get information about a shaper for a given device.
    pub const GET: u8 = 1;
    /// `set`: Create or update the specified shaper.
    pub const SET: u8 = 2;
    /// `delete`: Clear (remove) the specified shaper. When deleting
    pub const DELETE: u8 = 3;
    /// `group`: Create or update a scheduling group, attaching the specified
    pub const GROUP: u8 = 4;
    /// `cap-get`: Get the shaper capabilities supported by the given device
    pub const CAP_GET: u8 = 5;
}

crate::attribute_set! {
    /// The request of `get`: attributes of `net-shaper` (`ifindex`, `handle`).
    pub struct GetRequest {}
    attributes {
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
    }
}

impl crate::genl::Reply for NetShaper {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = NetShaper;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NET_SHAPER)
    }
}

/// `get` (do): Get information about a shaper for a given device.
///
/// Each reply is a [`NetShaper`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get` (dump): attributes of `net-shaper` (`ifindex`).
    pub struct GetDumpRequest {}
    attributes {
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
    }
}

impl crate::genl::Request for GetDumpRequest {
    type Family = Family;
    type Reply = NetShaper;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NET_SHAPER)
    }
}

/// `get` (dump): Get information about a shaper for a given device.
///
/// Each reply is a [`NetShaper`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16, request: &GetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `set`: attributes of `net-shaper` (`ifindex`, `handle`, `metric`, `bw-min`,
    /// `bw-max`, `burst`, `priority`, `weight`).
    pub struct SetRequest {}
    attributes {
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
        /// Metric used by the given shaper for bw-min, bw-max and burst.
        pub metric: codec::Enum32<Metric> = attrs::net_shaper::METRIC,
        /// Guaranteed bandwidth for the given shaper.
        pub bw_min: codec::Uint = attrs::net_shaper::BW_MIN,
        /// Maximum bandwidth for the given shaper or 0 when unlimited.
        pub bw_max: codec::Uint = attrs::net_shaper::BW_MAX,
        /// Maximum burst-size for shaping. Should not be interpreted
        /// as a quantum.
        pub burst: codec::Uint = attrs::net_shaper::BURST,
        /// Scheduling priority for the given shaper. The priority
        /// scheduling is applied to sibling shapers.
        pub priority: codec::U32 = attrs::net_shaper::PRIORITY,
        /// Relative weight for round robin scheduling of the
        /// given shaper.
        /// The scheduling is applied to all sibling shapers
        /// with the same priority.
        pub weight: codec::U32 = attrs::net_shaper::WEIGHT,
    }
}

impl crate::genl::Request for SetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NET_SHAPER)
    }
}

/// `set` (do): Create or update the specified shaper.
/// The set operation can't be used to create a @node scope shaper,
/// use the @group operation instead.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn set(family_id: u16, request: &SetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delete`: attributes of `net-shaper` (`ifindex`, `handle`).
    pub struct DeleteRequest {}
    attributes {
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
    }
}

impl crate::genl::Request for DeleteRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DELETE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NET_SHAPER)
    }
}

/// `delete` (do): Clear (remove) the specified shaper. When deleting
/// a @node shaper, reattach all the node's leaves to the
/// deleted node's parent.
/// If, after the removal, the parent shaper has no more
/// leaves and the parent shaper scope is @node, the parent
/// node is deleted, recursively.
/// When deleting a @queue shaper or a @netdev shaper,
/// the shaper disappears from the hierarchy, but the
/// queue/device can still send traffic: it has an implicit
/// node with infinite bandwidth. The queue's implicit node
/// feeds an implicit RR node at the root of the hierarchy.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn delete(family_id: u16, request: &DeleteRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DELETE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `group`: attributes of `net-shaper` (`ifindex`, `parent`, `handle`, `metric`,
    /// `bw-min`, `bw-max`, `burst`, `priority`, `weight`, `leaves`).
    pub struct GroupRequest {}
    attributes {
        /// Interface index owning the specified shaper.
        pub ifindex: codec::U32 = attrs::net_shaper::IFINDEX,
        /// Identifier for the parent of the affected shaper.
        /// Only needed for @group operation.
        pub parent: codec::Nested<Handle> = attrs::net_shaper::PARENT,
        /// Unique identifier for the given shaper inside the owning device.
        pub handle: codec::Nested<Handle> = attrs::net_shaper::HANDLE,
        /// Metric used by the given shaper for bw-min, bw-max and burst.
        pub metric: codec::Enum32<Metric> = attrs::net_shaper::METRIC,
        /// Guaranteed bandwidth for the given shaper.
        pub bw_min: codec::Uint = attrs::net_shaper::BW_MIN,
        /// Maximum bandwidth for the given shaper or 0 when unlimited.
        pub bw_max: codec::Uint = attrs::net_shaper::BW_MAX,
        /// Maximum burst-size for shaping. Should not be interpreted
        /// as a quantum.
        pub burst: codec::Uint = attrs::net_shaper::BURST,
        /// Scheduling priority for the given shaper. The priority
        /// scheduling is applied to sibling shapers.
        pub priority: codec::U32 = attrs::net_shaper::PRIORITY,
        /// Relative weight for round robin scheduling of the
        /// given shaper.
        /// The scheduling is applied to all sibling shapers
        /// with the same priority.
        pub weight: codec::U32 = attrs::net_shaper::WEIGHT,
        /// Describes a set of leaves shapers for a @group operation.
        pub leaves: codec::Multi<codec::Nested<LeafInfo>> = attrs::net_shaper::LEAVES,
    }
}

impl crate::genl::Request for GroupRequest {
    type Family = Family;
    type Reply = NetShaper;
    const CMD: u8 = cmd::GROUP;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NET_SHAPER)
    }
}

/// `group` (do): Create or update a scheduling group, attaching the specified
/// @leaves shapers under the specified node identified by @handle.
/// The @leaves shapers scope must be @queue and the node shaper
/// scope must be either @node or @netdev.
/// When the node shaper has @node scope, if the @handle @id is not
/// specified, a new shaper of such scope is created, otherwise the
/// specified node must already exist.
/// When updating an existing node shaper, the specified @leaves are
/// added to the existing node; such node will also retain any preexisting
/// leave.
/// The @parent handle for a new node shaper defaults to the parent
/// of all the leaves, provided all the leaves share the same parent.
/// Otherwise @parent handle must be specified.
/// The user can optionally provide shaping attributes for the node
/// shaper.
/// The operation is atomic, on failure no change is applied to
/// the device shaping configuration, otherwise the @node shaper
/// full identifier, comprising @binding and @handle, is provided
/// as the reply.
///
/// Each reply is a [`NetShaper`]. Needs admin-perm.
pub fn group(family_id: u16, request: &GroupRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GROUP, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `cap-get`: attributes of `caps` (`ifindex`, `scope`).
    pub struct CapGetRequest {}
    attributes {
        /// Interface index queried for shapers capabilities.
        pub ifindex: codec::U32 = attrs::caps::IFINDEX,
        /// The scope to which the queried capabilities apply.
        pub scope: codec::Enum32<Scope> = attrs::caps::SCOPE,
    }
}

impl crate::genl::Reply for Caps {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for CapGetRequest {
    type Family = Family;
    type Reply = Caps;
    const CMD: u8 = cmd::CAP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CAPS)
    }
}

/// `cap-get` (do): Get the shaper capabilities supported by the given device
/// for the specified scope.
///
/// Each reply is a [`Caps`].
pub fn cap_get(family_id: u16, request: &CapGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CAP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `cap-get` (dump): attributes of `caps` (`ifindex`).
    pub struct CapGetDumpRequest {}
    attributes {
        /// Interface index queried for shapers capabilities.
        pub ifindex: codec::U32 = attrs::caps::IFINDEX,
    }
}

impl crate::genl::Request for CapGetDumpRequest {
    type Family = Family;
    type Reply = Caps;
    const CMD: u8 = cmd::CAP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CAPS)
    }
}

/// `cap-get` (dump): Get the shaper capabilities supported by the given device
/// for the specified scope.
///
/// Each reply is a [`Caps`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn cap_get_dump(family_id: u16, request: &CapGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CAP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `net-shaper`.
    pub static NET_SHAPER: SetNames = SetNames {
        name: "net-shaper",
        attrs: &[
            AttrName::nest(1, "handle", &HANDLE),
            AttrName::value(2, "metric"),
            AttrName::value(3, "bw-min"),
            AttrName::value(4, "bw-max"),
            AttrName::value(5, "burst"),
            AttrName::value(6, "priority"),
            AttrName::value(7, "weight"),
            AttrName::value(8, "ifindex"),
            AttrName::nest(9, "parent", &HANDLE),
            AttrName::nest(10, "leaves", &LEAF_INFO),
        ],
    };

    /// `handle`.
    pub static HANDLE: SetNames = SetNames {
        name: "handle",
        attrs: &[
            AttrName::value(1, "scope"),
            AttrName::value(2, "id"),
        ],
    };

    /// `leaf-info`.
    pub static LEAF_INFO: SetNames = SetNames {
        name: "leaf-info",
        attrs: &[
            AttrName::nest(1, "handle", &HANDLE),
            AttrName::value(6, "priority"),
            AttrName::value(7, "weight"),
        ],
    };

    /// `caps`.
    pub static CAPS: SetNames = SetNames {
        name: "caps",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "scope"),
            AttrName::value(3, "support-metric-bps"),
            AttrName::value(4, "support-metric-pps"),
            AttrName::value(5, "support-nesting"),
            AttrName::value(6, "support-bw-min"),
            AttrName::value(7, "support-bw-max"),
            AttrName::value(8, "support-burst"),
            AttrName::value(9, "support-priority"),
            AttrName::value(10, "support-weight"),
        ],
    };
}
