//! IOAM6, IPv6 In-situ OAM's generic netlink family (linux/ioam6_genl.h, linux/ioam6.h):
//! IOAM namespaces (an id with the data a node inserts for it), schemas (opaque data
//! for a namespace's "Opaque State Snapshot"), the link between them, and the trace
//! events of the `ioam6_events` group. All are state of the network namespace the
//! connection is in.
//!
//! Every message is one attribute set, [`Ioam6Attrs`] (`IOAM6_ATTR_*`) for the commands
//! and [`TraceAttrs`] (`IOAM6_EVENT_ATTR_*`) for the events; the typed answers are
//! [`Namespace`] and [`Schema`], the events [`Event`]. The requests ([`AddNamespace`],
//! [`DelNamespace`], [`DumpNamespaces`], [`AddSchema`], [`DelSchema`], [`DumpSchemas`],
//! [`SetNamespaceSchema`]) are [`Request`]s of the [`Ioam6`] family.
//!
//! ```no_run
//! use nlkit::engine::{Conn, Notification};
//! use nlkit::genl::ioam6::{self, AddNamespace, AddSchema, DumpNamespaces, SetNamespaceSchema};
//! use nlkit::genl::{self, Families};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let ns = AddNamespace { id: 1, data: Some(0xdeadbeef), wide: None };
//! genl::execute(&mut conn, &families, &ns)?;
//! genl::execute(&mut conn, &families, &AddSchema { id: 7, data: b"opaque".to_vec() })?;
//! genl::execute(&mut conn, &families, &SetNamespaceSchema { namespace: 1, schema: Some(7) })?;
//! for ns in genl::dump(&mut conn, &families, &DumpNamespaces)? {
//!     let ns = ns?;
//!     println!("namespace {} data {:?} schema {:?}", ns.id, ns.data, ns.schema);
//! }
//! // Trace events (CAP_NET_ADMIN).
//! let mut sub = families.subscribe(&mut conn, ioam6::IOAM6_GENL_NAME, &[ioam6::IOAM6_GENL_EV_GRP_NAME])?;
//! if let Some(Notification::Message { message, .. }) = sub.next_notification(None)? {
//!     if let ioam6::Event::Trace(t) = ioam6::Event::parse(&message)? {
//!         println!("namespace {} with {} nodes", t.namespace, t.nodes().count());
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::request::{Family, Reply, Request};
use crate::wire::genl::GenlView;
use crate::wire::names::{AttrName, SetNames};
use crate::wire::{codec, DecodeError, DecodeErrorKind, MessageBuilder, MessageView};

/// The family's name (`IOAM6_GENL_NAME`).
pub const IOAM6_GENL_NAME: &str = "IOAM6";

/// The interface version (`IOAM6_GENL_VERSION`).
pub const IOAM6_GENL_VERSION: u8 = 1;

/// The multicast group of the trace events (`IOAM6_GENL_EV_GRP_NAME`; joining it needs
/// `CAP_NET_ADMIN`).
pub const IOAM6_GENL_EV_GRP_NAME: &str = "ioam6_events";

/// The longest schema data (`IOAM6_MAX_SCHEMA_DATA_LEN`, 255 words).
pub const IOAM6_MAX_SCHEMA_DATA_LEN: usize = 255 * 4;

/// The family's commands (`IOAM6_CMD_*`) and event types (`IOAM6_EVENT_*`, the `cmd` of
/// an event).
pub mod cmd {
    #![allow(missing_docs)]
    pub const IOAM6_CMD_UNSPEC: u8 = 0;
    pub const IOAM6_CMD_ADD_NAMESPACE: u8 = 1;
    pub const IOAM6_CMD_DEL_NAMESPACE: u8 = 2;
    pub const IOAM6_CMD_DUMP_NAMESPACES: u8 = 3;
    pub const IOAM6_CMD_ADD_SCHEMA: u8 = 4;
    pub const IOAM6_CMD_DEL_SCHEMA: u8 = 5;
    pub const IOAM6_CMD_DUMP_SCHEMAS: u8 = 6;
    pub const IOAM6_CMD_NS_SET_SCHEMA: u8 = 7;

    pub const IOAM6_EVENT_UNSPEC: u8 = 0;
    pub const IOAM6_EVENT_TRACE: u8 = 1;
}

/// The family's attribute ids (`IOAM6_ATTR_*`, `IOAM6_EVENT_ATTR_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const IOAM6_ATTR_NS_ID: u16 = 1;
    pub const IOAM6_ATTR_NS_DATA: u16 = 2;
    pub const IOAM6_ATTR_NS_DATA_WIDE: u16 = 3;
    pub const IOAM6_ATTR_SC_ID: u16 = 4;
    pub const IOAM6_ATTR_SC_DATA: u16 = 5;
    pub const IOAM6_ATTR_SC_NONE: u16 = 6;
    pub const IOAM6_ATTR_PAD: u16 = 7;

    pub const IOAM6_EVENT_ATTR_TRACE_NAMESPACE: u16 = 1;
    pub const IOAM6_EVENT_ATTR_TRACE_NODELEN: u16 = 2;
    pub const IOAM6_EVENT_ATTR_TRACE_TYPE: u16 = 3;
    pub const IOAM6_EVENT_ATTR_TRACE_DATA: u16 = 4;
}

use attrs::*;
use cmd::*;

/// The names of the attributes of the family's commands (the uapi's, lower case), so
/// that an extended ACK of a request names the attribute at fault
/// ([`KernelError::named_attribute`](crate::engine::KernelError::named_attribute)).
pub static ATTRIBUTE_NAMES: SetNames = SetNames {
    name: "ioam6",
    attrs: &[
        AttrName::value(IOAM6_ATTR_NS_ID, "ns-id"),
        AttrName::value(IOAM6_ATTR_NS_DATA, "ns-data"),
        AttrName::value(IOAM6_ATTR_NS_DATA_WIDE, "ns-data-wide"),
        AttrName::value(IOAM6_ATTR_SC_ID, "sc-id"),
        AttrName::value(IOAM6_ATTR_SC_DATA, "sc-data"),
        AttrName::value(IOAM6_ATTR_SC_NONE, "sc-none"),
        AttrName::value(IOAM6_ATTR_PAD, "pad"),
    ],
};

/// The IOAM6 family.
#[derive(Debug, Clone, Copy)]
pub struct Ioam6;

impl Family for Ioam6 {
    const NAME: &'static str = IOAM6_GENL_NAME;
    const VERSION: u8 = IOAM6_GENL_VERSION;
}

crate::attribute_set! {
    /// A message of a command of the family (`IOAM6_ATTR_*`), every attribute kept as it
    /// came.
    pub struct Ioam6Attrs {}
    attributes {
        /// `IOAM6_ATTR_NS_ID`.
        pub ns_id: codec::U16 = IOAM6_ATTR_NS_ID,
        /// `IOAM6_ATTR_NS_DATA`: what a node inserts for the namespace (32 bits).
        pub ns_data: codec::U32 = IOAM6_ATTR_NS_DATA,
        /// `IOAM6_ATTR_NS_DATA_WIDE`: the same, 64 bits.
        pub ns_data_wide: codec::U64 = IOAM6_ATTR_NS_DATA_WIDE,
        /// `IOAM6_ATTR_SC_ID`.
        pub sc_id: codec::U32 = IOAM6_ATTR_SC_ID,
        /// `IOAM6_ATTR_SC_DATA`: the schema's data (the kernel pads it to 4 bytes).
        pub sc_data: codec::Bytes = IOAM6_ATTR_SC_DATA,
        /// `IOAM6_ATTR_SC_NONE`: unlink the namespace's schema.
        pub sc_none: codec::Flag = IOAM6_ATTR_SC_NONE,
        /// `IOAM6_ATTR_PAD`: alignment before a 64-bit value.
        pub pad: codec::Bytes = IOAM6_ATTR_PAD,
    }
}

impl Reply for Ioam6Attrs {
    fn parse(msg: &GenlView<'_>) -> Result<Ioam6Attrs, DecodeError> {
        msg.read()
    }
}

fn missing(what: &'static str) -> DecodeError {
    DecodeError::new(what, 0, DecodeErrorKind::BadValue)
}

/// An IOAM namespace: an answer of [`DumpNamespaces`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Namespace {
    /// `IOAM6_ATTR_NS_ID`.
    pub id: u16,
    /// `IOAM6_ATTR_NS_DATA` (the kernel leaves it out when it is unset: all ones).
    pub data: Option<u32>,
    /// `IOAM6_ATTR_NS_DATA_WIDE` (left out when unset).
    pub wide: Option<u64>,
    /// `IOAM6_ATTR_SC_ID`: the schema linked to it.
    pub schema: Option<u32>,
    /// The message as it came.
    pub attrs: Ioam6Attrs,
}

impl Reply for Namespace {
    /// A namespace without its id is an error.
    fn parse(msg: &GenlView<'_>) -> Result<Namespace, DecodeError> {
        let attrs: Ioam6Attrs = msg.read()?;
        Ok(Namespace {
            id: attrs.ns_id.ok_or_else(|| missing("IOAM6_ATTR_NS_ID"))?,
            data: attrs.ns_data,
            wide: attrs.ns_data_wide,
            schema: attrs.sc_id,
            attrs,
        })
    }
}

/// An IOAM schema: an answer of [`DumpSchemas`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schema {
    /// `IOAM6_ATTR_SC_ID`.
    pub id: u32,
    /// `IOAM6_ATTR_SC_DATA`, as the kernel keeps it (padded to 4 bytes).
    pub data: Vec<u8>,
    /// `IOAM6_ATTR_NS_ID`: the namespace linked to it.
    pub namespace: Option<u16>,
    /// The message as it came.
    pub attrs: Ioam6Attrs,
}

impl Reply for Schema {
    /// A schema without its id is an error.
    fn parse(msg: &GenlView<'_>) -> Result<Schema, DecodeError> {
        let attrs: Ioam6Attrs = msg.read()?;
        Ok(Schema {
            id: attrs.sc_id.ok_or_else(|| missing("IOAM6_ATTR_SC_ID"))?,
            data: attrs.sc_data.clone().unwrap_or_default(),
            namespace: attrs.ns_id,
            attrs,
        })
    }
}

/// `IOAM6_CMD_ADD_NAMESPACE` (`EEXIST` when it is there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddNamespace {
    /// The namespace id.
    pub id: u16,
    /// Its 32-bit data.
    pub data: Option<u32>,
    /// Its 64-bit data.
    pub wide: Option<u64>,
}

impl Request for AddNamespace {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Ioam6Attrs;
    const CMD: u8 = IOAM6_CMD_ADD_NAMESPACE;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u16_ne(IOAM6_ATTR_NS_ID, self.id);
        if let Some(d) = self.data {
            b.attr_u32_ne(IOAM6_ATTR_NS_DATA, d);
        }
        if let Some(w) = self.wide {
            b.attr_u64_ne(IOAM6_ATTR_NS_DATA_WIDE, w);
        }
    }
}

/// `IOAM6_CMD_DEL_NAMESPACE` (`ENOENT` when it is not there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DelNamespace {
    /// The namespace id.
    pub id: u16,
}

impl Request for DelNamespace {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Ioam6Attrs;
    const CMD: u8 = IOAM6_CMD_DEL_NAMESPACE;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u16_ne(IOAM6_ATTR_NS_ID, self.id);
    }
}

/// `IOAM6_CMD_DUMP_NAMESPACES` (a dump).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DumpNamespaces;

impl Request for DumpNamespaces {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Namespace;
    const CMD: u8 = IOAM6_CMD_DUMP_NAMESPACES;

    fn emit(&self, _: &mut MessageBuilder) {}
}

/// `IOAM6_CMD_ADD_SCHEMA` (`EEXIST` when it is there; data of at most
/// [`IOAM6_MAX_SCHEMA_DATA_LEN`] bytes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddSchema {
    /// The schema id.
    pub id: u32,
    /// Its data.
    pub data: Vec<u8>,
}

impl Request for AddSchema {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Ioam6Attrs;
    const CMD: u8 = IOAM6_CMD_ADD_SCHEMA;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u32_ne(IOAM6_ATTR_SC_ID, self.id)
            .attr_bytes(IOAM6_ATTR_SC_DATA, &self.data);
    }
}

/// `IOAM6_CMD_DEL_SCHEMA` (`ENOENT` when it is not there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DelSchema {
    /// The schema id.
    pub id: u32,
}

impl Request for DelSchema {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Ioam6Attrs;
    const CMD: u8 = IOAM6_CMD_DEL_SCHEMA;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u32_ne(IOAM6_ATTR_SC_ID, self.id);
    }
}

/// `IOAM6_CMD_DUMP_SCHEMAS` (a dump).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DumpSchemas;

impl Request for DumpSchemas {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Schema;
    const CMD: u8 = IOAM6_CMD_DUMP_SCHEMAS;

    fn emit(&self, _: &mut MessageBuilder) {}
}

/// `IOAM6_CMD_NS_SET_SCHEMA`: links a schema to a namespace, or unlinks it (`None`,
/// `IOAM6_ATTR_SC_NONE`); `ENOENT` when either is not there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetNamespaceSchema {
    /// The namespace id.
    pub namespace: u16,
    /// The schema id, or none.
    pub schema: Option<u32>,
}

impl Request for SetNamespaceSchema {
    type Family = Ioam6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Ioam6Attrs;
    const CMD: u8 = IOAM6_CMD_NS_SET_SCHEMA;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u16_ne(IOAM6_ATTR_NS_ID, self.namespace);
        match self.schema {
            Some(id) => b.attr_u32_ne(IOAM6_ATTR_SC_ID, id),
            None => b.attr_flag(IOAM6_ATTR_SC_NONE),
        };
    }
}

crate::flag_set! {
    /// The IOAM trace type (`ioam6_trace_hdr.type`, in host order): which data each node
    /// records. Bit N of the header (N from the most significant bit) is `1 << (31 - N)`.
    pub struct TraceType: u32 {
        /// Bit 0: hop limit and node id (short).
        const HOP_LIMIT_NODE_ID = 1 << 31;
        /// Bit 1: ingress and egress interface ids (short).
        const INTERFACE_IDS = 1 << 30;
        /// Bit 2: timestamp seconds.
        const TIMESTAMP_SECONDS = 1 << 29;
        /// Bit 3: timestamp fraction.
        const TIMESTAMP_FRACTION = 1 << 28;
        /// Bit 4: transit delay.
        const TRANSIT_DELAY = 1 << 27;
        /// Bit 5: namespace data (short).
        const NAMESPACE_DATA = 1 << 26;
        /// Bit 6: queue depth.
        const QUEUE_DEPTH = 1 << 25;
        /// Bit 7: checksum complement.
        const CHECKSUM_COMPLEMENT = 1 << 24;
        /// Bit 8: hop limit and node id (wide).
        const HOP_LIMIT_NODE_ID_WIDE = 1 << 23;
        /// Bit 9: ingress and egress interface ids (wide).
        const INTERFACE_IDS_WIDE = 1 << 22;
        /// Bit 10: namespace data (wide).
        const NAMESPACE_DATA_WIDE = 1 << 21;
        /// Bit 11: buffer occupancy.
        const BUFFER_OCCUPANCY = 1 << 20;
        /// Bit 22: opaque state snapshot (the namespace's schema).
        const OPAQUE_STATE_SNAPSHOT = 1 << 9;
    }
}

crate::attribute_set! {
    /// An event of the `ioam6_events` group (`IOAM6_EVENT_ATTR_*`), every attribute kept
    /// as it came.
    pub struct TraceAttrs {}
    attributes {
        /// `IOAM6_EVENT_ATTR_TRACE_NAMESPACE`.
        pub namespace: codec::U16 = IOAM6_EVENT_ATTR_TRACE_NAMESPACE,
        /// `IOAM6_EVENT_ATTR_TRACE_NODELEN`: a node's data, in 4-byte words.
        pub node_len: codec::U8 = IOAM6_EVENT_ATTR_TRACE_NODELEN,
        /// `IOAM6_EVENT_ATTR_TRACE_TYPE`.
        pub trace_type: codec::Enum32<TraceType> = IOAM6_EVENT_ATTR_TRACE_TYPE,
        /// `IOAM6_EVENT_ATTR_TRACE_DATA`: the nodes' data (the filled part of the trace).
        pub data: codec::Bytes = IOAM6_EVENT_ATTR_TRACE_DATA,
    }
}

/// A trace received (`IOAM6_EVENT_TRACE`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TraceEvent {
    /// The IOAM namespace of the trace.
    pub namespace: u16,
    /// A node's data, in 4-byte words.
    pub node_len: u8,
    /// What each node recorded.
    pub trace_type: TraceType,
    /// The nodes' data, the last node to record first.
    pub data: Vec<u8>,
    /// The message as it came.
    pub attrs: TraceAttrs,
}

impl TraceEvent {
    /// The data of each node (`node_len` words each; a shorter rest is the last item;
    /// nothing when `node_len` is 0).
    pub fn nodes(&self) -> impl Iterator<Item = &[u8]> {
        let size = usize::from(self.node_len) * 4;
        let data = if size == 0 { &[][..] } else { &self.data[..] };
        data.chunks(size.max(1))
    }
}

/// An event of the `ioam6_events` group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// `IOAM6_EVENT_TRACE`.
    Trace(TraceEvent),
    /// Another event type, or a trace without its namespace: its `cmd` and attributes.
    Other(u8, TraceAttrs),
}

impl Event {
    /// The event a message of the family announces.
    pub fn from_view(msg: &GenlView<'_>) -> Result<Event, DecodeError> {
        let attrs: TraceAttrs = msg.read()?;
        Ok(match (msg.cmd(), attrs.namespace) {
            (IOAM6_EVENT_TRACE, Some(namespace)) => Event::Trace(TraceEvent {
                namespace,
                node_len: attrs.node_len.unwrap_or(0),
                trace_type: attrs.trace_type.unwrap_or_default(),
                data: attrs.data.clone().unwrap_or_default(),
                attrs,
            }),
            (cmd, _) => Event::Other(cmd, attrs),
        })
    }

    /// Parses a notification (its family id is not checked: it is the one IOAM6 was
    /// given).
    pub fn parse(msg: &MessageView<&[u8]>) -> Result<Event, DecodeError> {
        Event::from_view(&GenlView::parse(msg)?)
    }
}

impl Reply for Event {
    fn parse(msg: &GenlView<'_>) -> Result<Event, DecodeError> {
        Event::from_view(msg)
    }
}

#[cfg(test)]
mod tests {
    //! Against what ip 6.1 sent and Linux 6.18 answered in a fresh namespace: the dumps
    //! captured with `ip netns exec NS strace -qq -e trace=recvmsg -e read=4 ip ioam
    //! namespace show` (and `schema show`) after `ip ioam namespace add 1`, `namespace add
    //! 2 data 0xdeadbeef wide 0xcafec0caf00dc0de`, `namespace add 3 wide 0`, `schema add 7
    //! abcde`, `namespace set 2 schema 7`, turned into bytes by `tools/strace-to-bin.py`
    //! with nlctrl's answer left out; the requests with `-e trace=sendmsg -e write=4`.
    //! The trace event was built by hand from the uapi layout (linux/ioam6_genl.h: two
    //! nodes of trace type bits 0 and 1, two words each).
    use super::*;
    use crate::genl::parse_reply;
    use crate::wire::{AttributeSet, MessageIter};

    const NAMESPACES: &[u8] = include_bytes!("fixtures/ioam6_namespaces.bin");
    const SCHEMAS: &[u8] = include_bytes!("fixtures/ioam6_schemas.bin");
    const TRACE: &[u8] = include_bytes!("fixtures/ioam6_trace_event.bin");

    fn payload<R: Request>(r: &R) -> Vec<u8> {
        r.message(0x1e).finish().unwrap()[16..].to_vec()
    }

    fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
        MessageIter::new(bytes).map(Result::unwrap).collect()
    }

    #[test]
    fn requests_are_ips_bytes() {
        let add = AddNamespace {
            id: 30,
            data: Some(1),
            wide: Some(2),
        };
        let want = [
            1, 1, 0, 0, 6, 0, 1, 0, 30, 0, 0, 0, 8, 0, 2, 0, 1, 0, 0, 0, 12, 0, 3, 0, 2, 0, 0, 0,
            0, 0, 0, 0,
        ];
        assert_eq!(payload(&add), want);
        let wide_only = AddNamespace {
            id: 31,
            data: None,
            wide: Some(5),
        };
        let want = [
            1, 1, 0, 0, 6, 0, 1, 0, 31, 0, 0, 0, 12, 0, 3, 0, 5, 0, 0, 0, 0, 0, 0, 0,
        ];
        assert_eq!(payload(&wide_only), want);
        let schema = AddSchema {
            id: 20,
            data: b"abcde".to_vec(),
        };
        let want = [
            4, 1, 0, 0, 8, 0, 4, 0, 20, 0, 0, 0, 9, 0, 5, 0, b'a', b'b', b'c', b'd', b'e', 0, 0, 0,
        ];
        assert_eq!(payload(&schema), want);
        let link = SetNamespaceSchema {
            namespace: 30,
            schema: Some(20),
        };
        let want = [7, 1, 0, 0, 6, 0, 1, 0, 30, 0, 0, 0, 8, 0, 4, 0, 20, 0, 0, 0];
        assert_eq!(payload(&link), want);
        let unlink = SetNamespaceSchema {
            namespace: 30,
            schema: None,
        };
        let want = [7, 1, 0, 0, 6, 0, 1, 0, 30, 0, 0, 0, 4, 0, 6, 0];
        assert_eq!(payload(&unlink), want);
        let want = [2, 1, 0, 0, 6, 0, 1, 0, 30, 0, 0, 0];
        assert_eq!(payload(&DelNamespace { id: 30 }), want);
        let want = [5, 1, 0, 0, 8, 0, 4, 0, 20, 0, 0, 0];
        assert_eq!(payload(&DelSchema { id: 20 }), want);
        assert_eq!(payload(&DumpNamespaces), [3, 1, 0, 0]);
        assert_eq!(payload(&DumpSchemas), [6, 1, 0, 0]);
    }

    #[test]
    fn namespaces_and_schemas_of_a_dump() {
        let ns: Vec<Namespace> = messages(NAMESPACES)
            .iter()
            .map(|m| parse_reply(m).unwrap())
            .collect();
        let brief: Vec<_> = ns
            .iter()
            .map(|n| (n.id, n.data, n.wide, n.schema))
            .collect();
        assert_eq!(
            brief,
            [
                (2, Some(0xdeadbeef), Some(0xcafec0caf00dc0de), Some(7)),
                (3, None, Some(0), None),
                (1, None, None, None),
            ]
        );
        let sc: Vec<Schema> = messages(SCHEMAS)
            .iter()
            .map(|m| parse_reply(m).unwrap())
            .collect();
        assert_eq!(sc.len(), 1);
        assert_eq!((sc[0].id, sc[0].namespace), (7, Some(2)));
        assert_eq!(sc[0].data, b"abcde\0\0\0");
    }

    #[test]
    fn every_captured_message_round_trips() {
        for bytes in [NAMESPACES, SCHEMAS, TRACE] {
            for m in messages(bytes) {
                let v = GenlView::parse(&m).unwrap();
                let mut b =
                    crate::genl::new_message(m.message_type(), v.cmd(), v.version(), m.flags());
                if bytes == TRACE {
                    let a: TraceAttrs = v.read().unwrap();
                    assert!(a.unknown.is_empty() && a.malformed.is_empty(), "{a:?}");
                    a.write_attrs(&mut b);
                } else {
                    let a: Ioam6Attrs = v.read().unwrap();
                    assert!(a.unknown.is_empty() && a.malformed.is_empty(), "{a:?}");
                    a.write_attrs(&mut b);
                }
                assert_eq!(&b.finish().unwrap()[16..], m.payload());
            }
        }
    }

    #[test]
    fn a_trace_event_from_the_uapi_layout() {
        let m = messages(TRACE);
        let Event::Trace(t) = Event::parse(&m[0]).unwrap() else {
            panic!("not a trace");
        };
        assert_eq!((t.namespace, t.node_len), (7, 2));
        assert_eq!(
            t.trace_type,
            TraceType::HOP_LIMIT_NODE_ID | TraceType::INTERFACE_IDS
        );
        assert_eq!(
            format!("{:?}", t.trace_type),
            "HOP_LIMIT_NODE_ID|INTERFACE_IDS"
        );
        let nodes: Vec<&[u8]> = t.nodes().collect();
        assert_eq!(
            nodes,
            [
                &[0x3f, 0, 0, 2, 0, 1, 0, 2][..],
                &[0x40, 0, 0, 1, 0, 3, 0, 4]
            ]
        );
        let empty = TraceEvent::default();
        assert_eq!(empty.nodes().count(), 0);
    }

    #[test]
    fn other_events_and_missing_ids_are_kept_or_refused() {
        // An event of type 9 with one attribute, then a namespace without its id.
        let other = [
            28, 0, 0, 0, 0x1e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1, 0, 0, 5, 0, 2, 0, 3, 0, 0, 0,
        ];
        let m = MessageView::new_checked(&other[..]).unwrap();
        match Event::parse(&m).unwrap() {
            Event::Other(9, a) => assert_eq!(a.node_len, Some(3)),
            e => panic!("{e:?}"),
        }
        assert!(parse_reply::<Namespace>(&m).is_err());
        assert!(parse_reply::<Schema>(&m).is_err());
        let short = [16, 0, 0, 0, 0x1e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let m = MessageView::new_checked(&short[..]).unwrap();
        assert!(Event::parse(&m).is_err());
    }

    proptest::proptest! {
        /// Arbitrary payloads: namespaces, schemas and events parse or fail without a
        /// panic, and a trace's nodes are its data.
        #[test]
        fn arbitrary_payloads_never_panic(cmd in 0u8..9, body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256)) {
            let mut payload = vec![cmd, 1, 0, 0];
            payload.extend_from_slice(&body);
            let v = GenlView::from_payload(0x1e, &payload).unwrap();
            let _ = <Namespace as Reply>::parse(&v);
            let _ = <Schema as Reply>::parse(&v);
            if let Ok(Event::Trace(t)) = Event::from_view(&v) {
                let joined: Vec<u8> = t.nodes().flatten().copied().collect();
                let want = if t.node_len == 0 { &[][..] } else { &t.data[..] };
                proptest::prop_assert_eq!(&joined[..], want);
            }
        }
    }
}
