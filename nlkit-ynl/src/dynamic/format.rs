//! Scalars, enums, display hints and structs, both ways.

use super::{join, DynError, Dynamic};
use crate::spec::*;
use serde_json::{Map, Value};
use std::net::{Ipv4Addr, Ipv6Addr};

/// An integer read from `b` (`size` bytes of 1, 2, 4 or 8; big-endian when `big`, else
/// in the host's order).
pub(super) fn read_int(b: &[u8], size: usize, signed: bool, big: bool) -> Option<i128> {
    if b.len() != size || !matches!(size, 1 | 2 | 4 | 8) {
        return None;
    }
    let little = !big && cfg!(target_endian = "little");
    let mut u: u64 = 0;
    for i in 0..size {
        let byte = if little { b[size - 1 - i] } else { b[i] };
        u = (u << 8) | u64::from(byte);
    }
    if signed {
        let shift = 64 - 8 * size as u32;
        Some(i128::from(((u << shift) as i64) >> shift))
    } else {
        Some(i128::from(u))
    }
}

/// `v` in `size` bytes (big-endian when `big`, else in the host's order).
pub(super) fn write_int(v: i128, size: usize, big: bool) -> Vec<u8> {
    let be = (v as u64).to_be_bytes();
    let mut out = be[8 - size.min(8)..].to_vec();
    if !big && cfg!(target_endian = "little") {
        out.reverse();
    }
    out
}

/// A JSON number of `v`.
pub(super) fn number(v: i128) -> Value {
    match (u64::try_from(v), i64::try_from(v)) {
        (Ok(u), _) => Value::from(u),
        (_, Ok(i)) => Value::from(i),
        _ => Value::Null,
    }
}

/// Bytes as `cli.py` prints them: hex without separators.
pub(super) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Bytes from hex (spaces and colons allowed between pairs).
pub(super) fn unhex(s: &str, path: &str) -> Result<Vec<u8>, DynError> {
    let digits: Vec<char> = s.chars().filter(|c| !matches!(c, ' ' | ':')).collect();
    if !digits.len().is_multiple_of(2) {
        return Err(DynError::new(path, "expected hex bytes"));
    }
    digits
        .chunks(2)
        .map(|p| {
            let t: String = p.iter().collect();
            u8::from_str_radix(&t, 16).map_err(|_| DynError::new(path, format!("`{s}` is not hex")))
        })
        .collect()
}

/// Bytes formatted by a display hint (`mac`, `hex`, `ipv4`, `ipv6`, `uuid`).
pub(super) fn hint_bytes(hint: Option<&str>, b: &[u8]) -> Value {
    let text = match hint {
        Some("mac") => b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<Vec<_>>()
            .join(":"),
        Some("hex") => b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<Vec<_>>()
            .join(" "),
        Some("ipv4" | "ipv6" | "ipv4-or-v6") if b.len() == 4 => {
            Ipv4Addr::from([b[0], b[1], b[2], b[3]]).to_string()
        }
        Some("ipv4" | "ipv6" | "ipv4-or-v6") if b.len() == 16 => {
            let mut x = [0u8; 16];
            x.copy_from_slice(b);
            Ipv6Addr::from(x).to_string()
        }
        Some("uuid") if b.len() == 16 => uuid(b),
        _ => hex(b),
    };
    Value::String(text)
}

fn uuid(b: &[u8]) -> String {
    let h = hex(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// An integer formatted by a display hint (`hex`, `ipv4`), else the number.
pub(super) fn hint_int(hint: Option<&str>, v: i128) -> Value {
    match hint {
        Some("hex") => Value::String(format!("{v:#x}")),
        Some("ipv4") => Value::String(Ipv4Addr::from(v as u32).to_string()),
        _ => number(v),
    }
}

impl Dynamic<'_> {
    /// The enum or flags `name`'s value `raw` by name: a name (a number when the enum has
    /// none for it), or for flags a list of names of the set bits.
    pub(super) fn enum_value(&self, name: &str, raw: i128, as_flags: bool) -> Value {
        let Some(e) = self.spec.enumeration(name) else {
            return number(raw);
        };
        if e.is_flags || as_flags {
            let mut out = Vec::new();
            for bit in 0..64u32 {
                let mask = 1u64 << bit;
                if (raw as u64) & mask == 0 {
                    continue;
                }
                match e.entries.iter().find(|x| x.value == u64::from(bit)) {
                    Some(x) => out.push(Value::String(x.name.clone())),
                    None => out.push(Value::from(mask)),
                }
            }
            return Value::Array(out);
        }
        match e.entries.iter().find(|x| i128::from(x.value) == raw) {
            Some(x) => Value::String(x.name.clone()),
            None => number(raw),
        }
    }

    /// A scalar from JSON: a number, or a name of the enum (for flags a name or a list of
    /// names).
    pub(super) fn scalar(
        &self,
        enumeration: Option<&str>,
        as_flags: bool,
        v: &Value,
        path: &str,
    ) -> Result<i128, DynError> {
        if let Some(n) = v.as_i64() {
            return Ok(i128::from(n));
        }
        if let Some(n) = v.as_u64() {
            return Ok(i128::from(n));
        }
        let e = enumeration
            .and_then(|n| self.spec.enumeration(n))
            .ok_or_else(|| DynError::new(path, "expected a number"))?;
        let flags = e.is_flags || as_flags;
        let one = |v: &Value| -> Result<i128, DynError> {
            let s = v
                .as_str()
                .ok_or_else(|| DynError::new(path, "expected a number or a name"))?;
            let x = e
                .entries
                .iter()
                .find(|x| x.name == s)
                .ok_or_else(|| DynError::new(path, format!("no value named `{s}`")))?;
            Ok(i128::from(x.user_value(flags)))
        };
        match v {
            Value::Array(items) if flags => items.iter().try_fold(0, |acc, x| Ok(acc | one(x)?)),
            _ => one(v),
        }
    }

    fn const_int(&self, l: &Limit) -> Option<usize> {
        match l {
            Limit::Int(i) => usize::try_from(*i).ok(),
            Limit::Name(n) => match &self.spec.definition(n)?.kind {
                DefinitionKind::Const(ConstValue::Int(i)) => usize::try_from(*i).ok(),
                _ => None,
            },
        }
    }

    fn member_len(&self, m: &Member) -> Option<usize> {
        if let Some(n) = m.ty.int_size() {
            return Some(n);
        }
        match (&m.len, &m.nested_struct) {
            (Some(l), _) => self.const_int(l),
            (None, Some(s)) => self.struct_len(s),
            _ => None,
        }
    }

    /// The size in bytes of the spec's struct `name` (`None`: no such struct, or a member
    /// of unknown size).
    pub fn struct_len(&self, name: &str) -> Option<usize> {
        let s = self.spec.structure(name)?;
        s.members.iter().map(|m| self.member_len(m)).sum()
    }

    /// The members of struct `name` read from `b`.
    pub(super) fn decode_struct(
        &self,
        name: &str,
        b: &[u8],
    ) -> Result<Map<String, Value>, DynError> {
        let s = self
            .spec
            .structure(name)
            .ok_or_else(|| DynError::new("", format!("no struct named `{name}`")))?;
        let mut out = Map::new();
        let mut at = 0;
        for m in &s.members {
            let len = self
                .member_len(m)
                .ok_or_else(|| DynError::new(&m.name, "a member of unknown size"))?;
            let bytes = b
                .get(at..at + len)
                .ok_or_else(|| DynError::new(&m.name, "the struct is cut short"))?;
            at += len;
            let hint = m.display_hint.as_deref();
            let value = match (m.ty, &m.nested_struct) {
                (ScalarType::Pad, _) => continue,
                (ScalarType::Binary, Some(inner)) => {
                    Value::Object(self.decode_struct(inner, bytes)?)
                }
                (ScalarType::Binary, None) => hint_bytes(hint, bytes),
                (ScalarType::String, _) => {
                    let end = bytes.iter().position(|&c| c == 0).unwrap_or(bytes.len());
                    Value::String(String::from_utf8_lossy(&bytes[..end]).into_owned())
                }
                (ty, _) => {
                    let big = m.byte_order == Some(ByteOrder::Big);
                    let v = read_int(bytes, len, ty.is_signed(), big).unwrap_or(0);
                    match &m.enumeration {
                        Some(e) => self.enum_value(e, v, m.enum_as_flags),
                        None => hint_int(hint, v),
                    }
                }
            };
            out.insert(m.name.clone(), value);
        }
        Ok(out)
    }

    /// The bytes of struct `name`, its members taken (and removed) from `values`; missing
    /// members are zero.
    pub(super) fn encode_struct(
        &self,
        name: &str,
        values: &mut Map<String, Value>,
        path: &str,
    ) -> Result<Vec<u8>, DynError> {
        let s = self
            .spec
            .structure(name)
            .ok_or_else(|| DynError::new(path, format!("no struct named `{name}`")))?;
        let mut out = Vec::new();
        for m in &s.members {
            let p = join(path, &m.name);
            let len = self
                .member_len(m)
                .ok_or_else(|| DynError::new(&p, "a member of unknown size"))?;
            let v = values.remove(&m.name);
            let bytes = match (m.ty, &m.nested_struct) {
                (ScalarType::Pad, _) => vec![0; len],
                (ScalarType::Binary, Some(inner)) => {
                    let mut inner_values = match v {
                        Some(Value::Object(o)) => o,
                        _ => Map::new(),
                    };
                    self.encode_struct(inner, &mut inner_values, &p)?
                }
                (ScalarType::Binary | ScalarType::String, None) => {
                    let mut bytes = match (&v, m.ty) {
                        (None, _) => Vec::new(),
                        (Some(Value::String(s)), ScalarType::String) => s.as_bytes().to_vec(),
                        (Some(Value::String(s)), _) => unhex(s, &p)?,
                        _ => return Err(DynError::new(&p, "expected a string")),
                    };
                    bytes.resize(len, 0);
                    bytes
                }
                _ => {
                    let x = match &v {
                        Some(v) => self.scalar(m.enumeration.as_deref(), m.enum_as_flags, v, &p)?,
                        None => 0,
                    };
                    write_int(x, len, m.byte_order == Some(ByteOrder::Big))
                }
            };
            out.extend(bytes);
        }
        Ok(out)
    }
}
