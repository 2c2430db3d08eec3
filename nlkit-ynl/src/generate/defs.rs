//! Definitions: constants, enums as open enums, flags as flag sets, structs as fixed
//! structures. Decides each enum's integer type from the attributes that carry it, and
//! which structs can be fixed structures (sizes known, at most `MAX_FIXED_LEN` bytes).

use super::names::{camel, snake, upper, Taken};
use super::out::{literal, prose, Out};
use super::{EnumInfo, Gen, StructInfo};
use crate::spec::*;
use std::collections::{BTreeMap, BTreeSet};

/// The largest fixed structure nlkit's `fixed_struct!` takes.
const MAX_FIXED_LEN: usize = 128;
/// The longest byte array a fixed structure's field may be (`[u8; N]` is `Default` up to
/// 32).
const MAX_ARRAY: usize = 32;

/// The integer type of `bytes` bytes.
pub(super) fn uint_of(bytes: usize) -> &'static str {
    match bytes {
        1 => "u8",
        2 => "u16",
        4 => "u32",
        _ => "u64",
    }
}

/// The integer width (bytes) an attribute gives an enum it is typed with, when it can be
/// (a native-endian unsigned integer of fixed size, not enum-as-flags).
/// `enum-as-flags` on a flags definition changes nothing; on an enum it makes the value a
/// mask of the enum's bits, which stays a plain integer.
pub(super) fn typed_width(spec: &Spec, a: &Attribute) -> Option<usize> {
    let native = a.byte_order != Some(ByteOrder::Big);
    let size = a.ty.int_size()?;
    let is_flags = a
        .enumeration
        .as_deref()
        .and_then(|e| spec.enumeration(e))
        .is_some_and(|e| e.is_flags);
    (native && !a.ty.is_signed() && (is_flags || !a.enum_as_flags)).then_some(size)
}

/// Picks each enum's and flags' type and Rust name.
pub(super) fn plan_enums(spec: &Spec, types: &mut Taken) -> BTreeMap<String, EnumInfo> {
    let mut widths: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for set in &spec.attribute_sets {
        for a in &set.attributes {
            if let (Some(e), Some(w)) = (&a.enumeration, typed_width(spec, a)) {
                widths.entry(e).or_default().insert(w);
            }
        }
    }
    let mut out = BTreeMap::new();
    for d in &spec.definitions {
        let (DefinitionKind::Enum(e) | DefinitionKind::Flags(e)) = &d.kind else {
            continue;
        };
        let used = widths.get(d.name.as_str());
        let mut bytes = match used {
            Some(w) if w.len() == 1 => *w.iter().next().unwrap_or(&4),
            _ => 4,
        };
        let max = e
            .entries
            .iter()
            .map(|x| x.user_value(e.is_flags))
            .max()
            .unwrap_or(0);
        while bytes < 8 && max > (u64::MAX >> (64 - 8 * bytes)) {
            bytes *= 2;
        }
        out.insert(
            d.name.clone(),
            EnumInfo {
                ty: types.unique(camel(&d.name), "Enum"),
                repr: uint_of(bytes),
                width: bytes,
                is_flags: e.is_flags,
            },
        );
    }
    out
}

/// The value of a `len`: a number, or a constant of the spec.
fn len_value(spec: &Spec, l: &Limit) -> Option<usize> {
    match l {
        Limit::Int(i) => usize::try_from(*i).ok(),
        Limit::Name(n) => match &spec.definition(n)?.kind {
            DefinitionKind::Const(ConstValue::Int(i)) => usize::try_from(*i).ok(),
            _ => None,
        },
    }
}

/// The Rust type of a member and its size; `None` when it cannot be a field.
fn member_type(spec: &Spec, m: &Member, depth: usize) -> Option<(String, usize)> {
    let be = m.byte_order == Some(ByteOrder::Big);
    let t = match m.ty {
        ScalarType::U8 => ("u8", 1),
        ScalarType::S8 => ("i8", 1),
        ScalarType::U16 if be => ("crate::wire::fixed::Be16", 2),
        ScalarType::U16 => ("u16", 2),
        ScalarType::S16 if !be => ("i16", 2),
        ScalarType::U32 if be => ("crate::wire::fixed::Be32", 4),
        ScalarType::U32 => ("u32", 4),
        ScalarType::S32 if !be => ("i32", 4),
        ScalarType::U64 if !be => ("u64", 8),
        ScalarType::S64 if !be => ("i64", 8),
        ScalarType::Binary if m.nested_struct.is_some() => {
            // A nested struct: `@name`, the generated type of struct `name`.
            let s = m.nested_struct.as_deref().unwrap_or("");
            let n = struct_len(spec, s, depth + 1)?;
            return (n <= MAX_FIXED_LEN).then(|| (format!("@{s}"), n));
        }
        ScalarType::String | ScalarType::Binary | ScalarType::Pad => {
            let n = len_value(spec, m.len.as_ref()?)?;
            return (n <= MAX_ARRAY).then(|| (format!("[u8; {n}]"), n));
        }
        _ => return None,
    };
    Some((t.0.to_owned(), t.1))
}

/// The size of struct `name`, when every member's is known.
fn struct_len(spec: &Spec, name: &str, depth: usize) -> Option<usize> {
    if depth > 8 {
        return None;
    }
    let s = spec.structure(name)?;
    s.members
        .iter()
        .map(|m| member_type(spec, m, depth).map(|(_, n)| n))
        .sum()
}

/// Picks the structs that become fixed structures, with their Rust names.
pub(super) fn plan_structs(spec: &Spec, types: &mut Taken) -> BTreeMap<String, StructInfo> {
    let mut out = BTreeMap::new();
    for d in &spec.definitions {
        let DefinitionKind::Struct(_) = &d.kind else {
            continue;
        };
        if let Some(len) = struct_len(spec, &d.name, 0).filter(|l| *l <= MAX_FIXED_LEN) {
            let ty = types.unique(camel(&d.name), "Struct");
            out.insert(d.name.clone(), StructInfo { ty, len });
        }
    }
    out
}

/// Writes every definition.
pub(super) fn write_definitions(g: &Gen<'_>, values: &mut Taken, o: &mut Out) {
    for d in &g.spec.definitions {
        match &d.kind {
            DefinitionKind::Const(v) => write_const(d, v, values, o),
            DefinitionKind::Enum(e) | DefinitionKind::Flags(e) => {
                if let Some(info) = g.enums.get(&d.name) {
                    o.line(0, "");
                    if info.is_flags {
                        write_flags(d, e, info, o);
                    } else {
                        write_enum(d, e, info, o);
                    }
                }
            }
            DefinitionKind::Struct(s) => {
                if let Some(info) = g.structs.get(&d.name) {
                    o.line(0, "");
                    write_struct(g, d, s, info, o);
                    if is_nested_member(g, &d.name) {
                        o.line(0, "");
                        write_field_impl(&info.ty, o);
                    }
                }
            }
        }
    }
}

fn def_doc(d: &Definition, what: &str) -> String {
    let mut doc = format!("`{}`: {what}.", d.name);
    if let Some(text) = &d.doc {
        doc = format!("{doc}\n\n{}", prose(text));
    }
    doc
}

fn write_const(d: &Definition, v: &ConstValue, values: &mut Taken, o: &mut Out) {
    let name = values.unique(upper(&d.name), "_CONST");
    o.line(0, "");
    o.doc(0, &def_doc(d, "a constant"));
    match v {
        ConstValue::Int(i) if u32::try_from(*i).is_ok() => {
            o.line(0, &format!("pub const {name}: u32 = {i};"));
        }
        ConstValue::Int(i) => o.line(0, &format!("pub const {name}: i64 = {i};")),
        ConstValue::Str(s) => o.line(0, &format!("pub const {name}: &str = {};", literal(s))),
    }
}

fn entry_doc(x: &EnumEntry, value: &str) -> String {
    match &x.doc {
        Some(d) => format!("`{}` ({value}): {}", x.name, prose(d.trim())),
        None => format!("`{}` ({value}).", x.name),
    }
}

fn write_enum(d: &Definition, e: &EnumDef, info: &EnumInfo, o: &mut Out) {
    o.line(0, "crate::open_enum! {");
    o.doc(1, &def_doc(d, "an enumeration"));
    o.line(1, &format!("pub enum {}: {} {{", info.ty, info.repr));
    let mut variants = Taken::default();
    variants.reserve(&["Other"]);
    for x in &e.entries {
        let v = x.user_value(false);
        o.doc(2, &entry_doc(x, &v.to_string()));
        let name = variants.unique(camel(&x.name), "Value");
        o.line(2, &format!("{name} = {v},"));
    }
    o.line(1, "}");
    o.line(0, "}");
}

fn write_flags(d: &Definition, e: &EnumDef, info: &EnumInfo, o: &mut Out) {
    o.line(0, "crate::flag_set! {");
    o.doc(1, &def_doc(d, "flags"));
    o.line(1, &format!("pub struct {}: {} {{", info.ty, info.repr));
    let mut consts = Taken::default();
    consts.reserve(&["EMPTY", "NAMES"]);
    for x in &e.entries {
        let v = x.user_value(true);
        o.doc(2, &entry_doc(x, &format!("bit {}", x.value)));
        let name = consts.unique(upper(&x.name), "_FLAG");
        o.line(2, &format!("const {name} = {v:#x};"));
    }
    o.line(1, "}");
    o.line(0, "}");
}

/// True when struct `name` is a member of a generated struct.
fn is_nested_member(g: &Gen<'_>, name: &str) -> bool {
    g.spec.definitions.iter().any(|d| match &d.kind {
        DefinitionKind::Struct(s) if g.structs.contains_key(&d.name) => s
            .members
            .iter()
            .any(|m| m.nested_struct.as_deref() == Some(name)),
        _ => false,
    })
}

/// Lets a fixed structure be a field of another.
fn write_field_impl(ty: &str, o: &mut Out) {
    o.line(0, &format!("impl crate::wire::fixed::Field for {ty} {{"));
    o.line(
        1,
        &format!("const SIZE: usize = <{ty} as crate::wire::FixedStruct>::LEN;"),
    );
    o.line(1, "fn read(b: &[u8]) -> Self {");
    o.line(2, "crate::wire::FixedStruct::parse_lenient(b)");
    o.line(1, "}");
    o.line(1, "fn write(self, out: &mut [u8]) {");
    o.line(2, "crate::wire::FixedStruct::write_fields(&self, out);");
    o.line(1, "}");
    o.line(0, "}");
}

fn write_struct(g: &Gen<'_>, d: &Definition, s: &StructDef, info: &StructInfo, o: &mut Out) {
    let spec = g.spec;
    let what = format!("a C structure of {} bytes", info.len);
    o.line(0, "crate::fixed_struct! {");
    o.doc(1, &def_doc(d, &what));
    o.line(
        1,
        &format!("pub struct {}({}) {{", info.ty, literal(&d.name)),
    );
    let mut fields = Taken::default();
    for m in &s.members {
        let Some((ty, _)) = member_type(spec, m, 0) else {
            continue;
        };
        let mut doc = m
            .doc
            .as_deref()
            .map_or_else(|| format!("`{}`.", m.name), prose);
        if let Some(e) = &m.enumeration {
            doc = format!("{doc}\n\nValues of `{e}`.");
        }
        let ty = match ty.strip_prefix('@') {
            Some(n) => match g.structs.get(n) {
                Some(inner) => inner.ty.clone(),
                None => continue,
            },
            None => ty,
        };
        o.doc(2, &doc);
        let name = fields.unique(snake(&m.name), "_");
        o.line(2, &format!("pub {name}: {ty},"));
    }
    o.line(1, "}");
    o.line(0, "}");
}
