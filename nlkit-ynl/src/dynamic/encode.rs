//! JSON to attributes.

use super::format::{unhex, write_int};
use super::{as_object, join, DynError, Dynamic};
use crate::spec::*;
use nlkit::wire::attr::NLA_F_NESTED;
use nlkit::wire::MessageBuilder;
use serde_json::{Map, Value};

/// The values given at each enclosing level (innermost last), where a sub-message's
/// selector is looked up.
type Scopes<'a> = [&'a Map<String, Value>];

impl Dynamic<'_> {
    /// Appends the attributes of the set `set` that the object `value` names (by attribute
    /// name; a repeated attribute takes a list), in the set's order.
    pub fn encode_attrs(
        &self,
        set: &str,
        value: &Value,
        b: &mut MessageBuilder,
    ) -> Result<(), DynError> {
        self.encode_set(set, as_object(value, "")?, b, &[], "")
    }

    fn encode_set(
        &self,
        set: &str,
        obj: &Map<String, Value>,
        b: &mut MessageBuilder,
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<(), DynError> {
        let s = self
            .spec
            .attr_set(set)
            .ok_or_else(|| DynError::new(path, format!("no attribute set named `{set}`")))?;
        if let Some(name) = obj.keys().find(|k| s.attribute(k).is_none()) {
            let msg = format!("no attribute named `{name}` in `{set}`");
            return Err(DynError::new(&join(path, name), msg));
        }
        // In the set's order (JSON objects have none the codec could keep).
        for spec in &s.attributes {
            let Some(v) = obj.get(&spec.name) else {
                continue;
            };
            let p = join(path, &spec.name);
            match v {
                Value::Array(items) if spec.multi_attr => {
                    for item in items {
                        self.encode_one(spec, item, b, obj, outer, &p)?;
                    }
                }
                _ => self.encode_one(spec, v, b, obj, outer, &p)?,
            }
        }
        Ok(())
    }

    fn encode_one(
        &self,
        spec: &Attribute,
        v: &Value,
        b: &mut MessageBuilder,
        here: &Map<String, Value>,
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<(), DynError> {
        let id = spec.id;
        match spec.ty {
            AttrType::Nest => {
                let set = spec.nested_attributes.as_deref().unwrap_or("");
                let mut scopes = outer.to_vec();
                scopes.push(here);
                let n = b.nest_start(id);
                self.encode_set(set, as_object(v, path)?, b, &scopes, path)?;
                b.nest_end(n);
            }
            AttrType::Flag => {
                if v.as_bool().unwrap_or(!v.is_null()) {
                    b.attr_flag(id);
                }
            }
            AttrType::String => {
                let s = v
                    .as_str()
                    .ok_or_else(|| DynError::new(path, "expected a string"))?;
                b.attr_str(id, s);
            }
            AttrType::Binary => {
                let bytes = self.binary(spec, v, path)?;
                b.attr_bytes(id, &bytes);
            }
            AttrType::Uint | AttrType::Sint => {
                let x = self.scalar(spec.enumeration.as_deref(), spec.enum_as_flags, v, path)?;
                let small = if spec.ty == AttrType::Uint {
                    u32::try_from(x).is_ok()
                } else {
                    i32::try_from(x).is_ok()
                };
                b.attr_bytes(id, &write_int(x, if small { 4 } else { 8 }, false));
            }
            AttrType::Bitfield32 => {
                let o = as_object(v, path)?;
                let part = |k: &str| -> Result<i128, DynError> {
                    let x = o.get(k).unwrap_or(&Value::Null);
                    if x.is_null() {
                        return Ok(0);
                    }
                    self.scalar(
                        spec.enumeration.as_deref(),
                        spec.enum_as_flags,
                        x,
                        &join(path, k),
                    )
                };
                let mut bytes = write_int(part("value")?, 4, false);
                bytes.extend(write_int(part("selector")?, 4, false));
                b.attr_bytes(id, &bytes);
            }
            AttrType::IndexedArray => self.encode_indexed(spec, v, b, path)?,
            AttrType::SubMessage => self.encode_sub_message(spec, v, b, here, outer, path)?,
            AttrType::NestTypeValue | AttrType::Pad | AttrType::Unused => {
                return Err(DynError::new(
                    path,
                    format!("a {} attribute cannot be encoded", spec.ty.name()),
                ));
            }
            ty => {
                let x = self.scalar(spec.enumeration.as_deref(), spec.enum_as_flags, v, path)?;
                let big = spec.byte_order == Some(ByteOrder::Big);
                b.attr_bytes(id, &write_int(x, ty.int_size().unwrap_or(4), big));
            }
        }
        Ok(())
    }

    /// A binary attribute's payload: hex, the struct's members, or a list of `sub-type`.
    fn binary(&self, spec: &Attribute, v: &Value, path: &str) -> Result<Vec<u8>, DynError> {
        match (v, &spec.struct_name, spec.sub_type) {
            (Value::String(s), ..) => unhex(s, path),
            (Value::Object(o), Some(s), _) => self.encode_struct(s, &mut o.clone(), path),
            (Value::Array(items), _, Some(t)) if t.int_size().is_some() => {
                let mut out = Vec::new();
                for x in items {
                    let n = self.scalar(None, false, x, path)?;
                    out.extend(write_int(n, t.int_size().unwrap_or(4), false));
                }
                Ok(out)
            }
            _ => Err(DynError::new(path, "expected hex bytes")),
        }
    }

    /// An indexed array from a list: nests as `{"<index>": {...}}` objects (as decoded) or
    /// plain objects (indexed from 1), other elements indexed from 1.
    fn encode_indexed(
        &self,
        spec: &Attribute,
        v: &Value,
        b: &mut MessageBuilder,
        path: &str,
    ) -> Result<(), DynError> {
        let items = v
            .as_array()
            .ok_or_else(|| DynError::new(path, "expected a list"))?;
        let n = b.nest_start(spec.id);
        for (i, item) in items.iter().enumerate() {
            let mut index = u16::try_from(i + 1).unwrap_or(u16::MAX);
            match spec.sub_type {
                Some(AttrType::Nest) => {
                    let set = spec.nested_attributes.as_deref().unwrap_or("");
                    let mut body = as_object(item, path)?;
                    if let Some((k, inner)) = body.iter().next().filter(|_| body.len() == 1) {
                        if let (Ok(k), Value::Object(o)) = (k.parse::<u16>(), inner) {
                            index = k;
                            body = o;
                        }
                    }
                    let e = b.nest_start_flags(index | NLA_F_NESTED);
                    self.encode_set(set, body, b, &[], path)?;
                    b.nest_end(e);
                }
                Some(t) if t.int_size().is_some() => {
                    let x = self.scalar(None, false, item, path)?;
                    let big = spec.byte_order == Some(ByteOrder::Big);
                    b.attr_bytes(index, &write_int(x, t.int_size().unwrap_or(4), big));
                }
                _ => {
                    let s = item
                        .as_str()
                        .ok_or_else(|| DynError::new(path, "expected hex bytes"))?;
                    b.attr_bytes(index, &unhex(s, path)?);
                }
            }
        }
        b.nest_end(n);
        Ok(())
    }

    fn encode_sub_message(
        &self,
        spec: &Attribute,
        v: &Value,
        b: &mut MessageBuilder,
        here: &Map<String, Value>,
        outer: &Scopes<'_>,
        path: &str,
    ) -> Result<(), DynError> {
        let sel = spec.selector.as_deref().unwrap_or("");
        let selected = std::iter::once(here)
            .chain(outer.iter().rev().copied())
            .find_map(|m| m.get(sel))
            .and_then(Value::as_str)
            .ok_or_else(|| DynError::new(path, format!("no value for its selector `{sel}`")))?;
        let sm = spec
            .sub_message
            .as_deref()
            .and_then(|s| self.spec.sub_message(s));
        let format = sm
            .and_then(|sm| sm.formats.iter().find(|f| f.value == selected))
            .ok_or_else(|| DynError::new(path, format!("no format for `{selected}`")))?;
        let mut rest = as_object(v, path)?.clone();
        let flags = if format.attribute_set.is_some() {
            NLA_F_NESTED
        } else {
            0
        };
        let n = b.nest_start_flags(spec.id | flags);
        if let Some(h) = &format.fixed_header {
            let bytes = self.encode_struct(h, &mut rest, path)?;
            b.push_bytes(&bytes);
        }
        if let Some(set) = &format.attribute_set {
            let mut scopes = outer.to_vec();
            scopes.push(here);
            self.encode_set(set, &rest, b, &scopes, path)?;
        }
        b.nest_end(n);
        Ok(())
    }
}
