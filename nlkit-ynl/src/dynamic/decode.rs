//! Attributes to JSON.

use super::format::{hex, hint_bytes, hint_int, number, read_int};
use super::{join, DynError, Dynamic};
use crate::spec::*;
use nlkit::wire::{AttrIter, AttrView};
use serde_json::{Map, Value};

/// The attributes decoded so far at each enclosing level (innermost last), where a
/// sub-message's selector is looked up.
type Scopes<'a> = [&'a Map<String, Value>];

/// Adds `v` under `name`: a repeated attribute (`multi`) gathers a list; an unknown one
/// (`multi` is `None`) becomes a list when it repeats; a known single one is replaced.
fn add(out: &mut Map<String, Value>, name: String, v: Value, multi: Option<bool>) {
    match (multi, out.get_mut(&name)) {
        (Some(false), _) | (None, None) => {
            out.insert(name, v);
        }
        (Some(true), None) => {
            out.insert(name, Value::Array(vec![v]));
        }
        (_, Some(Value::Array(list))) => list.push(v),
        (_, Some(other)) => {
            let first = std::mem::take(other);
            *other = Value::Array(vec![first, v]);
        }
    }
}

impl Dynamic<'_> {
    /// The attributes in `bytes` (a run of attributes of the set `set`) as a JSON object.
    pub fn decode_attrs(&self, set: &str, bytes: &[u8]) -> Result<Value, DynError> {
        self.decode_set(Some(set), bytes, &[], "")
            .map(Value::Object)
    }

    fn decode_set(
        &self,
        set: Option<&str>,
        bytes: &[u8],
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<Map<String, Value>, DynError> {
        let set = set.and_then(|s| self.spec.attr_set(s));
        let mut out = Map::new();
        for a in AttrIter::new(bytes) {
            let a = a.map_err(|e| DynError::new(path, e.to_string()))?;
            match set.and_then(|s| s.by_id(a.attr_type())) {
                Some(spec) => {
                    let p = join(path, &spec.name);
                    let v = self.decode_attr(spec, &a, &out, outer, &p)?;
                    add(&mut out, spec.name.clone(), v, Some(spec.multi_attr));
                }
                None => {
                    let name = format!("UnknownAttr({})", a.attr_type());
                    let v = self.decode_unknown(&a, path)?;
                    add(&mut out, name, v, None);
                }
            }
        }
        Ok(out)
    }

    fn decode_unknown(&self, a: &AttrView<&[u8]>, path: &str) -> Result<Value, DynError> {
        if a.is_nested() {
            return self
                .decode_set(None, a.payload(), &[], path)
                .map(Value::Object);
        }
        Ok(Value::String(hex(a.payload())))
    }

    fn decode_attr(
        &self,
        spec: &Attribute,
        a: &AttrView<&[u8]>,
        here: &Map<String, Value>,
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<Value, DynError> {
        let p = a.payload();
        let hint = spec.display_hint.as_deref();
        let raw = || Value::String(hex(p));
        Ok(match spec.ty {
            AttrType::Nest => {
                let mut scopes = outer.to_vec();
                scopes.push(here);
                Value::Object(self.decode_set(
                    spec.nested_attributes.as_deref(),
                    p,
                    &scopes,
                    path,
                )?)
            }
            AttrType::String => {
                let end = p.iter().position(|&c| c == 0).unwrap_or(p.len());
                Value::String(String::from_utf8_lossy(&p[..end]).into_owned())
            }
            AttrType::Flag => Value::Bool(true),
            AttrType::Binary => self.decode_binary(spec, p),
            AttrType::Uint | AttrType::Sint => match p.len() {
                4 | 8 => {
                    number(read_int(p, p.len(), spec.ty == AttrType::Sint, false).unwrap_or(0))
                }
                _ => raw(),
            },
            AttrType::IndexedArray => self.decode_indexed(spec, p, path)?,
            AttrType::Bitfield32 => self.decode_bitfield(spec, p),
            AttrType::SubMessage => self.decode_sub_message(spec, p, here, outer, path)?,
            AttrType::NestTypeValue => self.decode_nest_type_value(spec, a, path)?,
            AttrType::Pad | AttrType::Unused => raw(),
            ty => {
                let size = ty.int_size().unwrap_or(0);
                let big = spec.byte_order == Some(ByteOrder::Big);
                match read_int(p, size, ty.is_signed(), big) {
                    Some(v) => match &spec.enumeration {
                        Some(e) => self.enum_value(e, v, spec.enum_as_flags),
                        None => hint_int(hint, v),
                    },
                    None => raw(),
                }
            }
        })
    }

    fn decode_binary(&self, spec: &Attribute, p: &[u8]) -> Value {
        if let Some(s) = &spec.struct_name {
            return match self.decode_struct(s, p) {
                Ok(m) => Value::Object(m),
                Err(_) => Value::String(hex(p)),
            };
        }
        if let Some(size) = spec.sub_type.and_then(AttrType::int_size) {
            let signed = spec.sub_type.is_some_and(AttrType::is_signed);
            if p.len().is_multiple_of(size) {
                let items = p
                    .chunks(size)
                    .map(|c| number(read_int(c, size, signed, false).unwrap_or(0)));
                return Value::Array(items.collect());
            }
        }
        hint_bytes(spec.display_hint.as_deref(), p)
    }

    fn decode_indexed(&self, spec: &Attribute, p: &[u8], path: &str) -> Result<Value, DynError> {
        let mut out = Vec::new();
        for e in AttrIter::new(p) {
            let e = e.map_err(|x| DynError::new(path, x.to_string()))?;
            let payload = e.payload();
            let item = match spec.sub_type {
                Some(AttrType::Nest) => {
                    let inner =
                        self.decode_set(spec.nested_attributes.as_deref(), payload, &[], path)?;
                    let mut m = Map::new();
                    m.insert(e.attr_type().to_string(), Value::Object(inner));
                    Value::Object(m)
                }
                Some(t) if t.int_size().is_some() => {
                    let big = spec.byte_order == Some(ByteOrder::Big);
                    match read_int(payload, t.int_size().unwrap_or(0), t.is_signed(), big) {
                        Some(v) => hint_int(spec.display_hint.as_deref(), v),
                        None => Value::String(hex(payload)),
                    }
                }
                _ => hint_bytes(spec.display_hint.as_deref(), payload),
            };
            out.push(item);
        }
        Ok(Value::Array(out))
    }

    fn decode_bitfield(&self, spec: &Attribute, p: &[u8]) -> Value {
        let (Some(value), Some(selector)) = (
            p.get(..4).and_then(|b| read_int(b, 4, false, false)),
            p.get(4..8).and_then(|b| read_int(b, 4, false, false)),
        ) else {
            return Value::String(hex(p));
        };
        let show = |v| match &spec.enumeration {
            Some(e) => self.enum_value(e, v, spec.enum_as_flags),
            None => number(v),
        };
        let mut m = Map::new();
        m.insert("value".into(), show(value));
        m.insert("selector".into(), show(selector));
        Value::Object(m)
    }

    /// The selector's value: in the attributes decoded so far at this level, then outward.
    fn selector(spec: &Attribute, here: &Map<String, Value>, outer: &Scopes<'_>) -> Option<String> {
        let name = spec.selector.as_deref()?;
        std::iter::once(here)
            .chain(outer.iter().rev().copied())
            .find_map(|m| m.get(name))
            .and_then(|v| v.as_str().map(str::to_owned))
    }

    fn decode_sub_message(
        &self,
        spec: &Attribute,
        p: &[u8],
        here: &Map<String, Value>,
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<Value, DynError> {
        let sm = spec
            .sub_message
            .as_deref()
            .and_then(|s| self.spec.sub_message(s));
        let selected = Self::selector(spec, here, outer);
        let format = sm
            .zip(selected.as_deref())
            .and_then(|(sm, v)| sm.formats.iter().find(|f| f.value == v));
        let Some(format) = format else {
            return Ok(Value::String(hex(p)));
        };
        let mut out = Map::new();
        let mut offset = 0;
        if let Some(h) = &format.fixed_header {
            out = self.decode_struct(h, p)?;
            offset = self.struct_len(h).unwrap_or(0);
        }
        if let Some(set) = &format.attribute_set {
            let mut scopes = outer.to_vec();
            scopes.push(here);
            let rest = p.get(offset..).unwrap_or(&[]);
            out.append(&mut self.decode_set(Some(set), rest, &scopes, path)?);
        }
        Ok(Value::Object(out))
    }

    /// A nest-type-value attribute as `cli.py` reads it: each `type-value` name takes the
    /// type of the first attribute one level down, and the innermost level's attributes
    /// follow.
    fn decode_nest_type_value(
        &self,
        spec: &Attribute,
        a: &AttrView<&[u8]>,
        path: &str,
    ) -> Result<Value, DynError> {
        let mut out = Map::new();
        let mut payload = a.payload();
        for name in &spec.type_value {
            let Some(Ok(inner)) = AttrIter::new(payload).next() else {
                break;
            };
            out.insert(name.clone(), Value::from(inner.attr_type()));
            // The first attribute starts the payload: its own payload follows its header.
            let len = usize::from(inner.length());
            payload = payload.get(4..len).unwrap_or(&[]);
        }
        let inner = self.decode_set(spec.nested_attributes.as_deref(), payload, &[], path)?;
        out.extend(inner);
        Ok(Value::Object(out))
    }
}
