//! Attribute sets: the attribute ids (`attrs::<set>::<ATTR>`), one `attribute_set!` struct
//! per set, the codec of each attribute, and the sub-message enums.

use super::defs::typed_width;
use super::names::{camel, snake, upper, Taken};
use super::out::{literal, prose, Out};
use super::Gen;
use crate::spec::*;

/// The fields an `attribute_set!` struct has besides its attributes (and `header`, the
/// fixed header of requests, in families that have one).
pub(super) const RESERVED_FIELDS: &[&str] = &["unknown", "malformed", "order"];

/// True for attributes that become fields (not padding, not reserved ids).
pub(super) fn has_field(a: &Attribute) -> bool {
    !matches!(a.ty, AttrType::Pad | AttrType::Unused)
}

/// Writes the attribute ids of every set that is not a subset.
pub(super) fn write_ids(g: &Gen<'_>, o: &mut Out) {
    o.line(0, "");
    o.doc(0, "The attribute ids (`nla_type`) of each attribute set.");
    o.line(0, "pub mod attrs {");
    let mut first = true;
    for set in g
        .spec
        .attribute_sets
        .iter()
        .filter(|s| s.subset_of.is_none())
    {
        if !first {
            o.line(0, "");
        }
        first = false;
        o.doc(1, &format!("The attributes of `{}`.", set.name));
        o.line(1, &format!("pub mod {} {{", g.id_modules[&set.name]));
        for a in &set.attributes {
            o.doc(2, &format!("`{}` ({}).", a.name, a.ty.name()));
            o.line(
                2,
                &format!("pub const {}: u16 = {};", g.id_const(set, a), a.id),
            );
        }
        o.line(1, "}");
    }
    o.line(0, "}");
}

/// The Rust integer codec of a fixed-size integer attribute.
fn int_codec(a: &Attribute) -> &'static str {
    let be = a.byte_order == Some(ByteOrder::Big);
    let le = a.byte_order == Some(ByteOrder::Little);
    match (a.ty, be, le) {
        (AttrType::U8, ..) => "U8",
        (AttrType::S8, ..) => "I8",
        (AttrType::U16, true, _) => "U16Be",
        (AttrType::U16, _, true) => "U16Le",
        (AttrType::U16, ..) => "U16",
        (AttrType::S16, true, _) => "I16Be",
        (AttrType::S16, ..) => "I16",
        (AttrType::U32, true, _) => "U32Be",
        (AttrType::U32, _, true) => "U32Le",
        (AttrType::U32, ..) => "U32",
        (AttrType::S32, true, _) => "I32Be",
        (AttrType::S32, ..) => "I32",
        (AttrType::U64, true, _) => "U64Be",
        (AttrType::U64, _, true) => "U64Le",
        (AttrType::U64, ..) => "U64",
        (AttrType::S64, true, _) => "I64Be",
        _ => "I64",
    }
}

/// An attribute's codec and what its doc should add.
pub(super) struct FieldCodec {
    /// The codec type.
    pub codec: String,
    /// A note for the doc comment.
    pub note: Option<String>,
}

fn plain(codec: &str) -> FieldCodec {
    FieldCodec {
        codec: format!("codec::{codec}"),
        note: None,
    }
}

fn noted(codec: &str, note: String) -> FieldCodec {
    FieldCodec {
        codec: format!("codec::{codec}"),
        note: Some(note),
    }
}

/// The codec of `a` (an attribute of `set`), `Multi` for a repeated one.
pub(super) fn field_codec(g: &Gen<'_>, set: &AttrSet, a: &Attribute) -> FieldCodec {
    let mut c = single_codec(g, set, a);
    if a.multi_attr {
        c.codec = format!("codec::Multi<{}>", c.codec);
    }
    c
}

fn int_field(g: &Gen<'_>, a: &Attribute) -> FieldCodec {
    let int = int_codec(a);
    let Some(e) = &a.enumeration else {
        return plain(int);
    };
    match (g.enums.get(e), typed_width(g.spec, a)) {
        (Some(info), Some(w)) if w == info.width => plain(&format!("Enum{}<{}>", w * 8, info.ty)),
        _ if a.enum_as_flags => noted(int, format!("A mask of bits numbered by `{e}`.")),
        _ => noted(int, format!("Values of `{e}`.")),
    }
}

fn nested(g: &Gen<'_>, set: &AttrSet, a: &Attribute) -> FieldCodec {
    let target = a.nested_attributes.as_deref().unwrap_or("");
    let ty = &g.set_types[target];
    let recursive = !a.multi_attr && g.reaches(target, &set.name);
    if recursive {
        plain(&format!("Boxed<codec::Nested<{ty}>>"))
    } else {
        plain(&format!("Nested<{ty}>"))
    }
}

fn binary(g: &Gen<'_>, a: &Attribute) -> FieldCodec {
    if let Some(s) = &a.struct_name {
        return match g.structs.get(s) {
            Some(info) => plain(&format!("StructTrailing<{}>", info.ty)),
            None => noted("Bytes", format!("A `struct {s}`, raw.")),
        };
    }
    if let Some(t) = a.sub_type {
        let mut e = a.clone();
        e.ty = t;
        if t.int_size().is_some() {
            return plain(&format!("Array<codec::{}>", int_codec(&e)));
        }
    }
    plain("Bytes")
}

fn single_codec(g: &Gen<'_>, set: &AttrSet, a: &Attribute) -> FieldCodec {
    match a.ty {
        AttrType::Flag => plain("Flag"),
        AttrType::String => plain("Str"),
        AttrType::Binary => binary(g, a),
        AttrType::Bitfield32 => plain("Struct<codec::Bitfield32>"),
        AttrType::Uint => plain("Uint"),
        AttrType::Sint => plain("Sint"),
        AttrType::Nest => nested(g, set, a),
        AttrType::IndexedArray => {
            let elem = match (a.sub_type, a.nested_attributes.as_deref()) {
                (Some(AttrType::Nest), Some(n)) => format!("codec::Nested<{}>", g.set_types[n]),
                (Some(t), _) if t.int_size().is_some() => {
                    let mut e = a.clone();
                    e.ty = t;
                    format!("codec::{}", int_codec(&e))
                }
                _ => "codec::Bytes".to_owned(),
            };
            plain(&format!("IndexedArray<{elem}>"))
        }
        AttrType::NestTypeValue => noted(
            "NestedBytes",
            "Nests keyed by attribute type (nest-type-value), raw.".to_owned(),
        ),
        AttrType::SubMessage => {
            let sm = a.sub_message.as_deref().unwrap_or("");
            let sel = a.selector.as_deref().unwrap_or("");
            let ty = g.sub_types.get(sm).map_or("", String::as_str);
            noted(
                "Bytes",
                format!("Raw; its format is selected by `{sel}`: read it with [`{ty}::parse`]."),
            )
        }
        _ => int_field(g, a),
    }
}

/// The doc of a field: the spec's doc or the attribute's name, and the codec's note.
pub(super) fn field_doc(a: &Attribute, note: Option<&str>) -> String {
    let mut doc = match &a.doc {
        Some(d) => prose(d.trim()),
        None => format!("`{}`.", a.name),
    };
    if let Some(n) = note {
        doc = format!("{doc}\n\n{n}");
    }
    if let Some(c) = checks_doc(&a.checks) {
        doc = format!("{doc}\n\nThe kernel checks: {c}.");
    }
    doc
}

/// The kernel's checks of an attribute, in words (`min 1, max-len 16`).
fn checks_doc(c: &Checks) -> Option<String> {
    let limit = |l: &Limit| match l {
        Limit::Int(i) => i.to_string(),
        Limit::Name(n) => format!("`{n}`"),
    };
    let mut parts = Vec::new();
    for (word, l) in [
        ("min", &c.min),
        ("max", &c.max),
        ("min-len", &c.min_len),
        ("max-len", &c.max_len),
        ("exact-len", &c.exact_len),
    ] {
        if let Some(l) = l {
            parts.push(format!("{word} {}", limit(l)));
        }
    }
    if let Some(f) = &c.flags_mask {
        parts.push(format!("only the bits of `{f}`"));
    }
    if c.unterminated_ok {
        parts.push("no terminating NUL needed".to_owned());
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Writes the struct of every attribute set.
pub(super) fn write_sets(g: &Gen<'_>, o: &mut Out) {
    for set in &g.spec.attribute_sets {
        o.line(0, "");
        let mut doc = format!("The attribute set `{}`.", set.name);
        if let Some(p) = &set.subset_of {
            doc = format!("{doc} A subset of `{p}`: [`{}`].", g.set_types[p]);
        }
        if let Some(d) = &set.doc {
            doc = format!("{doc}\n\n{}", prose(d));
        }
        o.line(0, "crate::attribute_set! {");
        o.doc(1, &doc);
        o.line(1, &format!("pub struct {} {{}}", g.set_types[&set.name]));
        o.line(1, "attributes {");
        let names = field_names(g, set);
        for (a, name) in set.attributes.iter().zip(&names) {
            let Some(name) = name else {
                continue;
            };
            let c = field_codec(g, set, a);
            o.doc(2, &field_doc(a, c.note.as_deref()));
            let id = g.id_path(set, a);
            o.line(2, &format!("pub {name}: {} = {id},", c.codec));
        }
        o.line(1, "}");
        o.line(0, "}");
    }
}

/// The field name of each attribute of `set` (`None` for padding).
pub(super) fn field_names(g: &Gen<'_>, set: &AttrSet) -> Vec<Option<String>> {
    let mut taken = Taken::default();
    taken.reserve(RESERVED_FIELDS);
    let ops = &g.spec.operations;
    if ops.fixed_header.is_some() || ops.list.iter().any(|o| o.fixed_header.is_some()) {
        taken.reserve(&["header"]);
    }
    set.attributes
        .iter()
        .map(|a| has_field(a).then(|| taken.unique(snake(&a.name), "_attr")))
        .collect()
}

/// Writes one enum per sub-message: a variant per format, parsed by the selector's value.
pub(super) fn write_sub_messages(g: &Gen<'_>, o: &mut Out) {
    for sm in &g.spec.sub_messages {
        let ty = &g.sub_types[&sm.name];
        let mut variants = Taken::default();
        variants.reserve(&["Other"]);
        // A format whose fixed header is not a fixed structure is read as `Other`.
        let formats: Vec<_> = sm
            .formats
            .iter()
            .filter(|f| {
                f.fixed_header
                    .as_ref()
                    .is_none_or(|h| g.structs.contains_key(h))
            })
            .map(|f| (f, variants.unique(camel(&f.value), "Format")))
            .collect();
        o.line(0, "");
        o.doc(0, &format!("The formats of the sub-message `{}`, by the value of the attribute that selects them.", sm.name));
        o.line(0, "#[derive(Debug, Clone, PartialEq, Eq)]");
        o.line(0, "#[allow(clippy::large_enum_variant)]");
        o.line(0, &format!("pub enum {ty} {{"));
        for (f, v) in &formats {
            let parts = format_parts(g, f);
            o.doc(1, &format!("`{}`.", f.value));
            if parts.is_empty() {
                o.line(1, &format!("{v},"));
            } else {
                o.line(1, &format!("{v}({}),", parts.join(", ")));
            }
        }
        o.doc(1, "A format the spec does not describe: the payload, raw.");
        o.line(1, "Other(Vec<u8>),");
        o.line(0, "}");
        write_sub_message_impl(g, ty, &formats, o);
    }
}

/// The types a format holds: its fixed header (when it is a fixed structure), its set.
fn format_parts(g: &Gen<'_>, f: &SubMessageFormat) -> Vec<String> {
    let header = f
        .fixed_header
        .as_ref()
        .and_then(|h| g.structs.get(h))
        .map(|i| i.ty.clone());
    let set = f.attribute_set.as_ref().map(|s| g.set_types[s].clone());
    header.into_iter().chain(set).collect()
}

fn write_sub_message_impl(
    g: &Gen<'_>,
    ty: &str,
    formats: &[(&SubMessageFormat, String)],
    o: &mut Out,
) {
    o.line(0, "");
    o.line(0, &format!("impl {ty} {{"));
    o.doc(
        1,
        "Reads `payload` in the format `selector` names (an unknown one is kept raw).",
    );
    o.line(1, "#[allow(clippy::too_many_lines)] // one arm per format");
    o.line(
        1,
        "pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {",
    );
    o.line(2, "Ok(match selector {");
    for (f, v) in formats {
        let header = f.fixed_header.as_ref().and_then(|h| g.structs.get(h));
        let set = f.attribute_set.as_ref().map(|s| &g.set_types[s]);
        let sel = literal(&f.value);
        match (header, set) {
            (Some(h), Some(s)) => {
                o.line(3, &format!("{sel} => {{"));
                o.line(
                    4,
                    &format!(
                        "let (h, a) = super::parse_fixed::<{}, {s}>(payload)?;",
                        h.ty
                    ),
                );
                o.line(4, &format!("{ty}::{v}(h, a)"));
                o.line(3, "}");
            }
            (Some(h), None) => {
                o.line(3, &format!("{sel} => {ty}::{v}(super::parse_fixed::<{}, super::NoAttributes>(payload)?.0),", h.ty));
            }
            (None, Some(s)) => {
                o.line(3, &format!("{sel} => {ty}::{v}(super::parse_fixed::<super::NoHeader, {s}>(payload)?.1),"));
            }
            (None, None) => o.line(3, &format!("{sel} => {ty}::{v},")),
        }
    }
    o.line(3, "_ => Self::Other(payload.to_vec()),");
    o.line(2, "})");
    o.line(1, "}");
    o.line(0, "");
    o.doc(1, "Appends the payload (fixed header, attributes).");
    o.line(1, "#[allow(clippy::too_many_lines)] // one arm per format");
    o.line(1, "pub fn emit(&self, b: &mut MessageBuilder) {");
    o.line(2, "match self {");
    for (f, v) in formats {
        let parts = format_parts(g, f);
        match parts.len() {
            2 => {
                o.line(3, &format!("{ty}::{v}(h, a) => {{"));
                o.line(4, "b.push_struct(h);");
                o.line(4, "a.write_attrs(b);");
                o.line(3, "}");
            }
            1 if f.attribute_set.is_some() => {
                o.line(3, &format!("{ty}::{v}(a) => {{"));
                o.line(4, "a.write_attrs(b);");
                o.line(3, "}");
            }
            1 => {
                o.line(3, &format!("{ty}::{v}(h) => {{"));
                o.line(4, "b.push_struct(h);");
                o.line(3, "}");
            }
            _ => o.line(3, &format!("{ty}::{v} => {{}}")),
        }
    }
    o.line(3, &format!("{ty}::Other(raw) => {{"));
    o.line(4, "b.push_bytes(raw);");
    o.line(3, "}");
    o.line(2, "}");
    o.line(1, "}");
    o.line(0, "}");
}

/// The name of the constant of `a` in its set's id module.
pub(super) fn id_const_name(set: &AttrSet, a: &Attribute) -> String {
    let mut taken = Taken::default();
    for x in &set.attributes {
        let n = taken.unique(upper(&x.name), "_ATTR");
        if x.name == a.name {
            return n;
        }
    }
    upper(&a.name)
}
