//! Attribute policies (`CTRL_CMD_GETPOLICY`): what a family's kernel code accepts, as a
//! typed tree. Each operation names the policy of its "do" and of its dump requests; a
//! policy is a set of attribute rules (type, value range, length, mask, and for nests the
//! policy of their attributes).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{ctrl::FamilyKey, policy};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let p = policy::get(&mut conn, &FamilyKey::from("ethtool"), None)?;
//! for (cmd, op) in &p.operations {
//!     let n = p.do_attrs(*cmd).map_or(0, |s| s.attrs.len());
//!     println!("op {cmd}: do policy {:?} ({n} attributes)", op.do_policy);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::ctrl::{self, AttrType, CtrlMessage, FamilyKey, GetPolicy, PolicyAttrs};
use crate::engine::{Conn, Error};
use crate::sys::errno::ENOENT;
use crate::wire::attr::NLA_TYPE_MASK;
use std::collections::BTreeMap;

/// The policies of a family (or of one of its operations).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    /// The family's id, as the replies carry it.
    pub family_id: Option<u16>,
    /// The policies of each operation, by command.
    pub operations: BTreeMap<u32, OpPolicy>,
    /// The policies, by index.
    pub sets: BTreeMap<u32, PolicySet>,
}

/// The policies of one operation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpPolicy {
    /// The policy of its "do" requests (`CTRL_ATTR_POLICY_DO`).
    pub do_policy: Option<u32>,
    /// The policy of its dump requests (`CTRL_ATTR_POLICY_DUMP`).
    pub dump_policy: Option<u32>,
}

/// One policy: the rule of each attribute it accepts, by attribute type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicySet {
    /// The rules, by attribute type.
    pub attrs: BTreeMap<u16, AttrPolicy>,
}

impl PolicySet {
    /// The rule of attribute `attr`.
    pub fn get(&self, attr: u16) -> Option<&AttrPolicy> {
        self.attrs.get(&attr)
    }
}

/// The range of values an integer attribute may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// A signed range, bounds included.
    Signed(i64, i64),
    /// An unsigned range, bounds included.
    Unsigned(u64, u64),
}

/// What a policy allows for one attribute.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttrPolicy {
    /// Its type (`NL_POLICY_TYPE_ATTR_TYPE`).
    pub kind: AttrType,
    /// The smallest signed value (`NL_POLICY_TYPE_ATTR_MIN_VALUE_S`).
    pub min_signed: Option<i64>,
    /// The largest signed value (`NL_POLICY_TYPE_ATTR_MAX_VALUE_S`).
    pub max_signed: Option<i64>,
    /// The smallest unsigned value (`NL_POLICY_TYPE_ATTR_MIN_VALUE_U`).
    pub min_unsigned: Option<u64>,
    /// The largest unsigned value (`NL_POLICY_TYPE_ATTR_MAX_VALUE_U`).
    pub max_unsigned: Option<u64>,
    /// The shortest payload (`NL_POLICY_TYPE_ATTR_MIN_LENGTH`).
    pub min_length: Option<u32>,
    /// The longest payload (`NL_POLICY_TYPE_ATTR_MAX_LENGTH`).
    pub max_length: Option<u32>,
    /// For nests: the policy of their attributes (`NL_POLICY_TYPE_ATTR_POLICY_IDX`).
    pub nested_policy: Option<u32>,
    /// For nests: the highest attribute of that policy they may hold
    /// (`NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`).
    pub nested_max_type: Option<u32>,
    /// For bitfield32: the bits it may set (`NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`).
    pub bitfield32_mask: Option<u32>,
    /// For unsigned integers: the bits they may set (`NL_POLICY_TYPE_ATTR_MASK`).
    pub mask: Option<u64>,
}

impl AttrPolicy {
    /// The rule an entry of a policy dump describes.
    pub fn from_attrs(a: &PolicyAttrs) -> AttrPolicy {
        AttrPolicy {
            kind: a.attr_type.unwrap_or_default(),
            min_signed: a.min_value_s,
            max_signed: a.max_value_s,
            min_unsigned: a.min_value_u,
            max_unsigned: a.max_value_u,
            min_length: a.min_length,
            max_length: a.max_length,
            nested_policy: a.policy_idx,
            nested_max_type: a.policy_maxtype,
            bitfield32_mask: a.bitfield32_mask,
            mask: a.mask,
        }
    }

    /// The value range, when both bounds are given.
    pub fn range(&self) -> Option<Range> {
        match (
            self.min_signed,
            self.max_signed,
            self.min_unsigned,
            self.max_unsigned,
        ) {
            (Some(lo), Some(hi), _, _) => Some(Range::Signed(lo, hi)),
            (_, _, Some(lo), Some(hi)) => Some(Range::Unsigned(lo, hi)),
            _ => None,
        }
    }
}

impl Policy {
    /// Adds what one message of a policy dump says.
    pub fn add(&mut self, m: &CtrlMessage) {
        if m.family_id.is_some() {
            self.family_id = m.family_id;
        }
        for (cmd, p) in m.op_policy.iter().flatten() {
            let op = self
                .operations
                .entry(u32::from(cmd & NLA_TYPE_MASK))
                .or_default();
            op.do_policy = p.do_policy.or(op.do_policy);
            op.dump_policy = p.dump_policy.or(op.dump_policy);
        }
        for (index, attrs) in m.policy.iter().flatten() {
            let set = self
                .sets
                .entry(u32::from(index & NLA_TYPE_MASK))
                .or_default();
            for (attr, rule) in attrs {
                set.attrs
                    .insert(attr & NLA_TYPE_MASK, AttrPolicy::from_attrs(rule));
            }
        }
    }

    /// The tree the messages of a policy dump describe; the first error ends it.
    pub fn from_messages<I>(messages: I) -> Result<Policy, Error>
    where
        I: IntoIterator<Item = Result<CtrlMessage, Error>>,
    {
        let mut p = Policy::default();
        for m in messages {
            p.add(&m?);
        }
        Ok(p)
    }

    /// The policies of operation `cmd`.
    pub fn op(&self, cmd: u32) -> Option<&OpPolicy> {
        self.operations.get(&cmd)
    }

    /// The policy of index `index`.
    pub fn set(&self, index: u32) -> Option<&PolicySet> {
        self.sets.get(&index)
    }

    /// The attributes a "do" of operation `cmd` accepts.
    pub fn do_attrs(&self, cmd: u32) -> Option<&PolicySet> {
        self.set(self.op(cmd)?.do_policy?)
    }

    /// The attributes a dump of operation `cmd` accepts.
    pub fn dump_attrs(&self, cmd: u32) -> Option<&PolicySet> {
        self.set(self.op(cmd)?.dump_policy?)
    }

    /// The policy of a nest's attributes.
    pub fn nested(&self, rule: &AttrPolicy) -> Option<&PolicySet> {
        self.set(rule.nested_policy?)
    }
}

/// Dumps the policies of `family` (of one operation with `op`). A family the kernel does
/// not have is [`Error::FamilyNotFound`]; an operation it does not have is the kernel's
/// `ENOENT` pointing at `CTRL_ATTR_OP`.
pub fn get(conn: &mut Conn, family: &FamilyKey, op: Option<u32>) -> Result<Policy, Error> {
    let request = GetPolicy {
        family: family.clone(),
        op,
    };
    let messages = ctrl::dump_messages(conn, &request).map_err(|e| not_found(e, family))?;
    Policy::from_messages(messages).map_err(|e| not_found(e, family))
}

/// `ENOENT` without an attribute pointed at: the family is missing.
pub(crate) fn not_found(e: Error, family: &FamilyKey) -> Error {
    match e {
        Error::Kernel(k) if k.errno == ENOENT && k.ext_ack.offset.is_none() => family.not_found(),
        other => other,
    }
}
