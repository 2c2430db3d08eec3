//! A kernel error as `cli.py` reports it: `Netlink error: STRERROR`, then the extended
//! ACK as a Python dict (`\textack: {'msg': ..., 'bad-attr': '.header.dev-name'}`), the
//! attribute at fault named by the spec.

use crate::output::{py_dict, PyValue};
use nlkit::engine::strerror;
use nlkit::wire::{AttrIter, AttrView, ExtAck};
use nlkit_ynl::dynamic::Dynamic;

/// The request a kernel error answered: its operation and its bytes (as built; only the
/// header differs from what was sent, so offsets are the same).
#[derive(Debug, Clone, Copy)]
pub struct Failed<'a> {
    /// The operation's name.
    pub op: &'a str,
    /// The request message.
    pub request: &'a [u8],
}

/// The lines printed for the kernel's error `errno` (positive) with the extended ACK
/// `ext` in answer to `failed` (without a final newline).
pub fn kernel_error(codec: &Dynamic<'_>, failed: Failed<'_>, errno: i32, ext: &ExtAck) -> String {
    let mut text = format!("Netlink error: {}", strerror(errno));
    let extack = extack_entries(codec, failed, ext);
    if !extack.is_empty() {
        text.push_str("\n\textack: ");
        text.push_str(&py_dict(&extack));
    }
    text
}

/// Sets `key` in `entries` as a Python dict assignment does (in place when present).
fn set(entries: &mut Vec<(String, PyValue)>, key: &str, value: PyValue) {
    match entries.iter_mut().find(|(k, _)| k == key) {
        Some(e) => e.1 = value,
        None => entries.push((key.to_owned(), value)),
    }
}

/// The extended ACK as `cli.py`'s dict: in the order the kernel sends its attributes
/// (message, offset, policy, missing type, missing nest), the offset replaced by
/// `bad-attr` (moved to the end) when the spec names the attribute there, a missing
/// top-level attribute named by the operation's set (with its doc).
fn extack_entries(codec: &Dynamic<'_>, failed: Failed<'_>, ext: &ExtAck) -> Vec<(String, PyValue)> {
    let mut entries = Vec::new();
    if let Some(m) = &ext.message {
        set(&mut entries, "msg", PyValue::Str(m.clone()));
    }
    let path = ext.offset.and_then(|offset| {
        let at = usize::try_from(offset).ok()?;
        codec.attribute_at(failed.op, failed.request, at)
    });
    if let (Some(offset), None) = (ext.offset, &path) {
        set(&mut entries, "bad-attr-offs", PyValue::Int(offset.into()));
    }
    if let Some(policy) = &ext.policy {
        set(
            &mut entries,
            "policy",
            PyValue::Dict(policy_entries(policy)),
        );
    }
    let mut doc = None;
    if let Some(t) = ext.missing_type {
        let named = missing_attribute(codec, failed.op, t).filter(|_| ext.missing_nest.is_none());
        let value = match named {
            Some((name, d)) => {
                doc = d;
                PyValue::Str(name)
            }
            None => PyValue::Int(t.into()),
        };
        set(&mut entries, "miss-type", value);
    }
    if let Some(n) = ext.missing_nest {
        set(&mut entries, "miss-nest", PyValue::Int(n.into()));
    }
    if let Some(d) = doc {
        set(&mut entries, "miss-type-doc", PyValue::Str(d));
    }
    if let Some(p) = path {
        set(&mut entries, "bad-attr", PyValue::Str(p));
    }
    entries
}

/// The name and doc of attribute `id` of `op`'s attribute set.
fn missing_attribute(codec: &Dynamic<'_>, op: &str, id: u32) -> Option<(String, Option<String>)> {
    let spec = codec.spec();
    let set = spec.attr_set(spec.operation(op)?.attribute_set.as_deref()?)?;
    let a = set.by_id(u16::try_from(id).ok()?)?;
    Some((a.name.clone(), a.doc.clone()))
}

/// The kernel's attribute types (`enum netlink_attribute_type`), from 1.
const POLICY_TYPES: [&str; 17] = [
    "flag",
    "u8",
    "u16",
    "u32",
    "u64",
    "s8",
    "s16",
    "s32",
    "s64",
    "binary",
    "string",
    "nul-string",
    "nested",
    "nested-array",
    "bitfield32",
    "sint",
    "uint",
];

/// An integer attribute (4 or 8 bytes, host order), signed or not.
fn int(a: &AttrView<&[u8]>, signed: bool) -> Option<i128> {
    match a.payload().len() {
        4 => a.u32_ne().ok().map(i128::from),
        8 => a.u64_ne().ok().map(|v| {
            if signed {
                i128::from(v as i64)
            } else {
                i128::from(v)
            }
        }),
        _ => None,
    }
}

/// `NLMSGERR_ATTR_POLICY` as `cli.py`'s dict (`type`, `min-value`, `max-value`,
/// `min-length`, `max-length`, `bitfield32-mask`, `mask`).
fn policy_entries(raw: &[u8]) -> Vec<(String, PyValue)> {
    let mut entries = Vec::new();
    for a in AttrIter::new(raw).map_while(Result::ok) {
        let (key, signed) = match a.attr_type() {
            1 => {
                let t = int(&a, false).unwrap_or(0);
                let name = usize::try_from(t - 1)
                    .ok()
                    .and_then(|i| POLICY_TYPES.get(i));
                let v = match name {
                    Some(n) => PyValue::Str((*n).to_owned()),
                    None => PyValue::Int(t),
                };
                set(&mut entries, "type", v);
                continue;
            }
            2 => ("min-value", true),
            3 => ("max-value", true),
            4 => ("min-value", false),
            5 => ("max-value", false),
            6 => ("min-length", false),
            7 => ("max-length", false),
            10 => ("bitfield32-mask", false),
            12 => ("mask", false),
            _ => continue,
        };
        if let Some(v) = int(&a, signed) {
            set(&mut entries, key, PyValue::Int(v));
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ethtool() -> nlkit_ynl::Spec {
        nlkit_ynl::embedded::load("ethtool").unwrap().unwrap()
    }

    #[test]
    fn a_bad_attribute_is_named_by_the_spec() {
        let spec = ethtool();
        let codec = Dynamic::new(&spec);
        let args = serde_json::json!({"header": {"dev-name": "nope"}});
        let request = codec.request("linkinfo-get", false, 20, &args).unwrap();
        let bytes = request.finish().unwrap();
        let failed = Failed {
            op: "linkinfo-get",
            request: &bytes,
        };
        let ext = ExtAck {
            message: Some("no device matches name".into()),
            offset: Some(24),
            ..ExtAck::default()
        };
        assert_eq!(
            kernel_error(&codec, failed, 19, &ext),
            "Netlink error: No such device\n\textack: {'msg': 'no device matches name', \
             'bad-attr': '.header.dev-name'}"
        );
        let ext = ExtAck {
            offset: Some(7),
            missing_type: Some(1),
            ..ExtAck::default()
        };
        let text = kernel_error(&codec, failed, 19, &ext);
        assert!(
            text.ends_with("{'bad-attr-offs': 7, 'miss-type': 'header'}"),
            "{text}"
        );
        assert_eq!(
            kernel_error(&codec, failed, 19, &ExtAck::default()),
            "Netlink error: No such device"
        );
    }

    #[test]
    fn a_policy_is_a_dict() {
        // type u32 (4), max-value-u 7.
        let raw = [8, 0, 1, 0, 4, 0, 0, 0, 12, 0, 5, 0, 7, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(
            py_dict(&policy_entries(&raw)),
            "{'type': 'u32', 'max-value': 7}"
        );
    }
}
