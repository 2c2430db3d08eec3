//! A controller message as `genl` 6.1 prints it: a family's description (`ctrl list`,
//! `ctrl get`, `ctrl monitor`) or an item of a policy dump (`ctrl policy`).
//!
//! The text: `\nName: NAME\n`, then on one line `\tID: 0xID `, ` Version: 0xV `,
//! ` header size: N `, ` max attribs: N `, the operations' policies
//! (` op N policies: do=N dump=N`) and the policies (` policy[N]:attr[N]: type=T ...`), a
//! newline; then `\tcommands supported: ` with one `\t\t#I:  ID-0xC ` line per operation
//! (with their capabilities when the family's version is at least 2), and
//! `\tmulticast groups:` with one `\t\t#I:  ID-0xG  name: NAME ` line per group, each
//! section followed by an empty line. Only the attributes present are printed.

use nlkit::genl::ctrl::{AttrType, CtrlMessage, OpAttrs, OpFlags, PolicyAttrs};
use nlkit::wire::attr::NLA_F_NESTED;
use std::fmt::Write;

/// The entries of an indexed array genl prints: indexes below 256, in index order, the
/// first of each index (genl reads them into a table of 256 by their raw type).
const MAX_INDEX: u16 = 256;

/// The text of one controller message.
pub fn ctrl_message(m: &CtrlMessage) -> String {
    let mut out = String::new();
    if let Some(name) = &m.family_name {
        let _ = write!(out, "\nName: {name}\n");
    }
    if let Some(id) = m.family_id {
        let _ = write!(out, "\tID: 0x{id:x} ");
    }
    // genl prints capabilities for the controller's newer versions only, by the version
    // of the family being printed (1 when it has none).
    let version = m.version.unwrap_or(1);
    if let Some(v) = m.version {
        let _ = write!(out, " Version: 0x{v:x} ");
    }
    if let Some(h) = m.header_size {
        let _ = write!(out, " header size: {} ", h as i32);
    }
    if let Some(n) = m.max_attr {
        let _ = write!(out, " max attribs: {} ", n as i32);
    }
    op_policies(&mut out, m);
    policies(&mut out, m);
    out.push('\n');
    operations(&mut out, m, version);
    groups(&mut out, m);
    out
}

fn op_policies(out: &mut String, m: &CtrlMessage) {
    for (op, p) in m.op_policy.iter().flatten() {
        let _ = write!(out, " op {} policies:", op & !NLA_F_NESTED);
        if let Some(d) = p.do_policy {
            let _ = write!(out, " do={}", d as i32);
        }
        if let Some(d) = p.dump_policy {
            let _ = write!(out, " dump={}", d as i32);
        }
    }
}

fn policies(out: &mut String, m: &CtrlMessage) {
    for (index, attrs) in m.policy.iter().flatten() {
        let _ = write!(out, " policy[{}]:", index & !NLA_F_NESTED);
        for (attr, rule) in attrs {
            attr_rule(out, attr & !NLA_F_NESTED, rule);
        }
    }
}

/// genl's name of an attribute type (`unknown` for those newer than its table).
fn type_name(t: AttrType) -> &'static str {
    match t {
        AttrType::Flag => "FLAG",
        AttrType::U8 => "U8",
        AttrType::U16 => "U16",
        AttrType::U32 => "U32",
        AttrType::U64 => "U64",
        AttrType::S8 => "S8",
        AttrType::S16 => "S16",
        AttrType::S32 => "S32",
        AttrType::S64 => "S64",
        AttrType::Binary => "BINARY",
        AttrType::String => "STRING",
        AttrType::NulString => "NUL_STRING",
        AttrType::Nested => "NESTED",
        AttrType::NestedArray => "NESTED_ARRAY",
        AttrType::Bitfield32 => "BITFIELD32",
        _ => "unknown",
    }
}

fn attr_rule(out: &mut String, attr: u16, r: &PolicyAttrs) {
    if let Some(t) = r.attr_type {
        let _ = write!(out, "attr[{attr}]: type={}", type_name(t));
    }
    if let Some(p) = r.policy_idx {
        let _ = write!(out, " policy:{p}");
    }
    if let Some(n) = r.policy_maxtype {
        let _ = write!(out, " maxattr:{n}");
    }
    if let (Some(lo), Some(hi)) = (r.min_value_s, r.max_value_s) {
        let _ = write!(out, " range:[{lo},{hi}]");
    }
    if let (Some(lo), Some(hi)) = (r.min_value_u, r.max_value_u) {
        let _ = write!(out, " range:[{lo},{hi}]");
    }
    if let Some(n) = r.min_length {
        let _ = write!(out, " min len:{n}");
    }
    if let Some(n) = r.max_length {
        let _ = write!(out, " max len:{n}");
    }
}

/// The entries genl prints, by index (see [`MAX_INDEX`]).
fn by_index<T>(entries: &[(u16, T)]) -> Vec<(u16, &T)> {
    let mut v: Vec<(u16, &T)> = Vec::new();
    for (index, e) in entries {
        if *index < MAX_INDEX && !v.iter().any(|(i, _)| i == index) {
            v.push((*index, e));
        }
    }
    v.sort_by_key(|(i, _)| *i);
    v
}

fn operations(out: &mut String, m: &CtrlMessage, version: u32) {
    let Some(ops) = &m.ops else { return };
    out.push_str("\tcommands supported: \n");
    for (i, op) in by_index(ops) {
        let _ = write!(out, "\t\t#{i}: ");
        operation(out, op, version);
        out.push('\n');
    }
    out.push('\n');
}

fn operation(out: &mut String, op: &OpAttrs, version: u32) {
    if let Some(id) = op.id {
        let _ = write!(out, " ID-0x{id:x} ");
    }
    let Some(flags) = op.flags.filter(|_| version >= 2) else {
        return;
    };
    let _ = write!(out, "\n\t\tCapabilities (0x{:x}):\n ", flags.bits());
    if flags.is_empty() {
        out.push('\n');
        return;
    }
    out.push_str("\t\t ");
    let words = [
        (OpFlags::ADMIN_PERM, " requires admin permission;"),
        (OpFlags::CMD_CAP_DO, " can doit;"),
        (OpFlags::CMD_CAP_DUMP, " can dumpit;"),
        (OpFlags::CMD_CAP_HASPOL, " has policy"),
    ];
    for (flag, word) in words {
        if flags.contains(flag) {
            out.push_str(word);
        }
    }
    out.push('\n');
}

fn groups(out: &mut String, m: &CtrlMessage) {
    let Some(groups) = &m.mcast_groups else {
        return;
    };
    out.push_str("\tmulticast groups:\n");
    for (i, g) in by_index(groups) {
        let _ = write!(out, "\t\t#{i}: ");
        if let Some(id) = g.id {
            let _ = write!(out, " ID-0x{id:x} ");
        }
        if let Some(name) = &g.name {
            let _ = write!(out, " name: {name} ");
        }
        out.push('\n');
    }
    out.push('\n');
}
