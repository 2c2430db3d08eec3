//! The dynamic codec: netlink messages to JSON values and back, driven by a [`Spec`] at run
//! time (what a generic CLI such as `nlynl` needs; the generated modules are the typed way).
//!
//! The JSON has the shape the kernel's own YNL tool (`cli.py --output-json`) prints: an
//! object per attribute set keyed by attribute name; nests as objects; repeated attributes
//! as lists; enums by name and flags as lists of names; binary as hex, or formatted by its
//! display hint (`mac`, `ipv4`, `ipv6`, `uuid`, `hex`), or as the struct's members, or as
//! a list of its `sub-type`; `bitfield32` as `{"value", "selector"}`; indexed arrays as
//! lists; sub-messages by their selector; the fixed header's members beside the
//! attributes. Where `cli.py` stops on an attribute its spec does not know, this codec goes
//! on: the attribute is shown raw as `"UnknownAttr(<type>)"` (a nest as an object of its
//! attributes, anything else as hex).
//!
//! ```
//! use nlkit_ynl::dynamic::Dynamic;
//! let spec = nlkit_ynl::read_spec("demo.yaml", "
//! name: demo
//! doc: A demo.
//! attribute-sets:
//!   - name: main
//!     attributes:
//!       - { name: ifindex, type: u32 }
//!       - { name: name, type: string }
//! operations:
//!   list:
//!     - { name: get, doc: Get., attribute-set: main, do: { request: { attributes: [ ifindex ] } } }
//! ").unwrap();
//! let codec = Dynamic::new(&spec);
//! let request = codec.request("get", false, 30, &serde_json::json!({"ifindex": 7})).unwrap();
//! let bytes = request.finish().unwrap();
//! // nlmsghdr (16), genlmsghdr (4), then ifindex.
//! assert_eq!(&bytes[20..], &[8, 0, 1, 0, 7, 0, 0, 0]);
//! let value = codec.decode_attrs("main", &bytes[20..]).unwrap();
//! assert_eq!(value, serde_json::json!({"ifindex": 7}));
//! ```

mod decode;
mod encode;
mod extack;
mod format;

use crate::spec::{Operation, Spec};
use nlkit::wire::genl::GenlMsgHdr;
use nlkit::wire::{FixedStruct, Flags, MessageBuilder};
use serde_json::{Map, Value};
use std::fmt;

/// Why a value could not be encoded or a message decoded: where (the path of attribute
/// names, `header.dev-name`) and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DynError {
    /// The path of attribute names to the offending value; empty for the message itself.
    pub path: String,
    /// What was wrong.
    pub message: String,
}

impl DynError {
    fn new(path: &str, message: impl Into<String>) -> DynError {
        DynError {
            path: path.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DynError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DynError {}

/// The path `base.name` (or `name` at the top).
fn join(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_owned()
    } else {
        format!("{base}.{name}")
    }
}

/// Encodes and decodes the messages of one spec.
#[derive(Debug, Clone, Copy)]
pub struct Dynamic<'s> {
    spec: &'s Spec,
}

impl<'s> Dynamic<'s> {
    /// The codec of `spec`.
    pub fn new(spec: &'s Spec) -> Dynamic<'s> {
        Dynamic { spec }
    }

    /// The spec.
    pub fn spec(&self) -> &'s Spec {
        self.spec
    }

    fn operation(&self, name: &str) -> Result<&'s Operation, DynError> {
        self.spec
            .operation(name)
            .ok_or_else(|| DynError::new("", format!("no operation named `{name}`")))
    }

    /// The request of operation `op` (its dump when `dump`) with the attributes (and fixed
    /// header members) of `value`, an object. `message_type` is the resolved family id for
    /// generic netlink; netlink-raw families use the operation's own message type and
    /// ignore it. The engine adds `NLM_F_REQUEST`, `NLM_F_ACK` or `NLM_F_DUMP`.
    pub fn request(
        &self,
        op: &str,
        dump: bool,
        message_type: u16,
        value: &Value,
    ) -> Result<MessageBuilder, DynError> {
        let o = self.operation(op)?;
        let mode = if dump { &o.dump } else { &o.do_ };
        if mode.is_none() {
            let m = if dump { "dump" } else { "do" };
            return Err(DynError::new("", format!("operation `{op}` has no {m}")));
        }
        let cmd = o
            .request_value
            .ok_or_else(|| DynError::new("", format!("operation `{op}` takes no request")))?;
        let set = o.attribute_set.as_deref().unwrap_or("");
        let obj = as_object(value, "")?;
        let mut b = if self.spec.protocol.is_genetlink() {
            let mut b = MessageBuilder::new(message_type, Flags::NONE);
            b.push_struct(&GenlMsgHdr {
                cmd: u8::try_from(cmd).unwrap_or(u8::MAX),
                version: u8::try_from(self.spec.version).unwrap_or(1),
                reserved: 0,
            });
            b
        } else {
            MessageBuilder::new(u16::try_from(cmd).unwrap_or(u16::MAX), Flags::NONE)
        };
        let header = self.spec.fixed_header_of(o);
        let mut rest = obj.clone();
        if let Some(h) = header {
            let bytes = self.encode_struct(h, &mut rest, "")?;
            b.push_bytes(&bytes);
            let pad = nlkit::wire::align(bytes.len()) - bytes.len();
            b.push_bytes(&[0; 3][..pad]);
        }
        self.encode_attrs(set, &Value::Object(rest), &mut b)?;
        Ok(b)
    }

    /// Decodes a reply or notification of this family: the payload of a message after
    /// `nlmsghdr`, of message type `message_type` (netlink-raw) or with its command in the
    /// generic netlink header. The operation is the one whose reply (or notification) has
    /// that number; its fixed header's members are put beside the attributes.
    pub fn decode_message(&self, message_type: u16, payload: &[u8]) -> Result<Value, DynError> {
        let (cmd, rest) = if self.spec.protocol.is_genetlink() {
            let h = GenlMsgHdr::parse(payload)
                .map_err(|e| DynError::new("", format!("no generic netlink header: {e}")))?;
            (
                u32::from(h.cmd),
                payload.get(GenlMsgHdr::LEN..).unwrap_or(&[]),
            )
        } else {
            (u32::from(message_type), payload)
        };
        let op = self
            .spec
            .operations
            .list
            .iter()
            .find(|o| o.reply_value == Some(cmd))
            .ok_or_else(|| DynError::new("", format!("no operation answers with {cmd}")))?;
        let set = op.attribute_set.as_deref().unwrap_or("");
        let (mut out, attrs) = match self.spec.fixed_header_of(op) {
            Some(h) => {
                let len = self.struct_len(h).unwrap_or(0);
                let header = rest
                    .get(..len)
                    .ok_or_else(|| DynError::new("", "the fixed header is cut short"))?;
                let fields = self.decode_struct(h, header)?;
                (fields, rest.get(nlkit::wire::align(len)..).unwrap_or(&[]))
            }
            None => (Map::new(), rest),
        };
        let Value::Object(decoded) = self.decode_attrs(set, attrs)? else {
            return Err(DynError::new("", "attributes did not decode to an object"));
        };
        // cli.py puts the attributes first, then the header's members.
        let mut merged = decoded;
        merged.append(&mut out);
        Ok(Value::Object(merged))
    }
}

/// `value` as an object.
fn as_object<'v>(value: &'v Value, path: &str) -> Result<&'v Map<String, Value>, DynError> {
    match value {
        Value::Object(m) => Ok(m),
        Value::Null => {
            static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
            Ok(EMPTY.get_or_init(Map::new))
        }
        _ => Err(DynError::new(path, "expected an object")),
    }
}
