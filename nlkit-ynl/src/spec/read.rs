//! Reading a spec: the family's keys and its definitions (the attribute sets and the
//! operations are read in [`super::sets`] and [`super::ops`]).

use super::cursor::{At, Ctx, Levels, Map, ALL, CLR, GCL, L, LR, R};
use super::model::*;
use crate::error::SpecError;
use crate::yaml;

/// The keys of the family, with the levels they are allowed at.
const FAMILY_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("doc", ALL),
    ("protocol", ALL),
    ("uapi-header", ALL),
    ("c-family-name", CLR),
    ("c-version-name", CLR),
    ("max-by-define", CLR),
    ("cmd-max-name", CLR),
    ("cmd-cnt-name", CLR),
    ("kernel-policy", LR),
    ("version", L),
    ("protonum", R),
    ("definitions", ALL),
    ("attribute-sets", ALL),
    ("sub-messages", R),
    ("operations", ALL),
    ("mcast-groups", ALL),
    ("kernel-family", GCL),
];

/// Reads the spec in `text`; `file` names it in errors.
pub fn read_spec(file: &str, text: &str) -> Result<Spec, SpecError> {
    let root = yaml::parse(text).map_err(|(line, message)| SpecError {
        file: file.to_owned(),
        line,
        path: String::new(),
        message: format!("not valid YAML: {message}"),
    })?;
    let probe = Ctx {
        file,
        level: Protocol::Genetlink,
    };
    let level = protocol_of(&At::root(&root, probe))?;
    let ctx = Ctx { file, level };
    let top = At::root(&root, ctx).map()?;
    top.check_keys(FAMILY_KEYS)?;
    let mut spec = family(&top, level)?;
    spec.license = license(text);
    super::resolve::resolve(&mut spec, &top)?;
    super::errata::apply(&mut spec);
    Ok(spec)
}

fn protocol_of(root: &At<'_>) -> Result<Protocol, SpecError> {
    let top = root.map()?;
    let Some(p) = top.get("protocol") else {
        return Ok(Protocol::Genetlink);
    };
    let choices = [
        ("genetlink", ALL),
        ("genetlink-c", ALL),
        ("genetlink-legacy", ALL),
        ("netlink-raw", ALL),
    ];
    Ok(match p.one_of(&choices)? {
        "genetlink-c" => Protocol::GenetlinkC,
        "genetlink-legacy" => Protocol::GenetlinkLegacy,
        "netlink-raw" => Protocol::NetlinkRaw,
        _ => Protocol::Genetlink,
    })
}

/// The SPDX licence of the first line (`# SPDX-License-Identifier: ...`).
fn license(text: &str) -> Option<String> {
    let first = text.lines().next()?;
    let l = first.trim().strip_prefix("# SPDX-License-Identifier:")?;
    Some(l.trim().to_owned())
}

fn family(top: &Map<'_>, protocol: Protocol) -> Result<Spec, SpecError> {
    let c_names = CNames {
        family_name: top.opt_str("c-family-name")?,
        version_name: top.opt_str("c-version-name")?,
        max_by_define: top.flag("max-by-define")?,
        cmd_max_name: top.opt_str("cmd-max-name")?,
        cmd_cnt_name: top.opt_str("cmd-cnt-name")?,
    };
    let kernel_policy = match top.get("kernel-policy") {
        Some(a) => Some(a.one_of(&[("split", ALL), ("per-op", ALL), ("global", ALL)])?),
        None => None,
    };
    if let Some(k) = top.get("kernel-family") {
        let m = k.map()?;
        m.check_keys(&[("headers", ALL), ("sock-priv", ALL)])?;
        m.strings("headers")?;
        m.opt_str("sock-priv")?;
    }
    let version = top.opt_uint("version", u64::from(u8::MAX))?;
    if version == Some(0) {
        return Err(top
            .req("version")?
            .error("expected an integer from 1, found 0"));
    }
    Ok(Spec {
        name: top.req_str("name")?,
        license: None,
        doc: top.req_str("doc")?,
        protocol,
        protonum: top
            .opt_uint("protonum", u64::from(u32::MAX))?
            .map(|v| v as u32),
        version: version.map_or(1, |v| v as u32),
        uapi_header: top.opt_str("uapi-header")?,
        c_names,
        kernel_policy: kernel_policy.map(str::to_owned),
        definitions: definitions(top)?,
        attribute_sets: super::sets::attribute_sets(&top.req("attribute-sets")?)?,
        sub_messages: super::sets::sub_messages(top)?,
        operations: super::ops::operations(&top.req("operations")?)?,
        mcast_groups: super::ops::mcast_groups(top)?,
        warnings: Vec::new(),
    })
}

const DEFINITION_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("header", ALL),
    ("scope", ALL),
    ("type", ALL),
    ("doc", ALL),
    ("value", ALL),
    ("value-start", ALL),
    ("entries", ALL),
    ("render-max", ALL),
    ("enum-name", CLR),
    ("name-prefix", CLR),
    ("members", LR),
];

fn definitions(top: &Map<'_>) -> Result<Vec<Definition>, SpecError> {
    top.list("definitions")?.iter().map(definition).collect()
}

fn definition(at: &At<'_>) -> Result<Definition, SpecError> {
    let m = at.map()?;
    m.check_keys(DEFINITION_KEYS)?;
    let ty = m.req("type")?.one_of(&[
        ("const", ALL),
        ("enum", ALL),
        ("flags", ALL),
        ("struct", LR),
    ])?;
    let scope = match m.get("scope") {
        Some(s) => Some(s.one_of(&[("uapi", ALL), ("kernel", ALL), ("user", ALL)])?),
        None => None,
    };
    let kind = match ty {
        "const" => DefinitionKind::Const(const_value(&m.req("value")?)?),
        "struct" => DefinitionKind::Struct(StructDef {
            members: m
                .list("members")?
                .iter()
                .map(member)
                .collect::<Result<_, _>>()?,
        }),
        "flags" => DefinitionKind::Flags(enum_def(&m, true)?),
        _ => DefinitionKind::Enum(enum_def(&m, false)?),
    };
    Ok(Definition {
        name: m.req_str("name")?,
        doc: m.opt_str("doc")?,
        header: m.opt_str("header")?,
        scope: scope.map(str::to_owned),
        kind,
    })
}

fn const_value(at: &At<'_>) -> Result<ConstValue, SpecError> {
    match &at.node.value {
        yaml::Value::Int(i) => Ok(ConstValue::Int(*i)),
        yaml::Value::Str(s) => Ok(ConstValue::Str(s.clone())),
        v => Err(at.error(format!(
            "expected an integer or a string, found {}",
            v.kind()
        ))),
    }
}

fn enum_def(m: &Map<'_>, is_flags: bool) -> Result<EnumDef, SpecError> {
    let start = match m.get("value-start") {
        Some(a) => match &a.node.value {
            yaml::Value::Int(_) => a.uint(u64::MAX)?,
            yaml::Value::Str(_) => {
                return Err(a.error("a value-start that is not a number is not supported"))
            }
            v => return Err(a.error(format!("expected an integer, found {}", v.kind()))),
        },
        None => 0,
    };
    let mut entries: Vec<EnumEntry> = Vec::new();
    for e in m.req("entries")?.list()? {
        let next = entries.last().map_or(start, |p| p.value.saturating_add(1));
        entries.push(enum_entry(&e, next)?);
    }
    Ok(EnumDef {
        entries,
        is_flags,
        render_max: m.flag("render-max")?,
        enum_name: m.opt_str_or_null("enum-name")?,
        name_prefix: m.opt_str("name-prefix")?,
    })
}

fn enum_entry(at: &At<'_>, next: u64) -> Result<EnumEntry, SpecError> {
    if let yaml::Value::Str(name) = &at.node.value {
        return Ok(EnumEntry {
            name: name.clone(),
            value: next,
            doc: None,
        });
    }
    let m = at.map()?;
    m.check_keys(&[("name", ALL), ("value", ALL), ("doc", ALL)])?;
    Ok(EnumEntry {
        name: m.req_str("name")?,
        value: m.opt_uint("value", u64::MAX)?.unwrap_or(next),
        doc: m.opt_str("doc")?,
    })
}

const MEMBER_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("type", ALL),
    ("len", ALL),
    ("byte-order", ALL),
    ("doc", ALL),
    ("enum", ALL),
    ("display-hint", ALL),
    ("enum-as-flags", R),
    ("struct", R),
];

fn member(at: &At<'_>) -> Result<Member, SpecError> {
    let m = at.map()?;
    m.check_keys(MEMBER_KEYS)?;
    let ty = match m.req("type")?.one_of(&[
        ("u8", ALL),
        ("u16", ALL),
        ("u32", ALL),
        ("u64", ALL),
        ("s8", ALL),
        ("s16", ALL),
        ("s32", ALL),
        ("s64", ALL),
        ("string", ALL),
        ("binary", ALL),
        ("pad", R),
    ])? {
        "u8" => ScalarType::U8,
        "u16" => ScalarType::U16,
        "u32" => ScalarType::U32,
        "u64" => ScalarType::U64,
        "s8" => ScalarType::S8,
        "s16" => ScalarType::S16,
        "s32" => ScalarType::S32,
        "s64" => ScalarType::S64,
        "string" => ScalarType::String,
        "binary" => ScalarType::Binary,
        _ => ScalarType::Pad,
    };
    let len = m.get("len").map(|a| limit(&a, true)).transpose()?;
    let nested_struct = m.opt_str("struct")?;
    let needs_len = ty == ScalarType::Pad || (ty == ScalarType::Binary && nested_struct.is_none());
    if needs_len && len.is_none() && at.ctx.level == Protocol::NetlinkRaw {
        return Err(at.error(format!("a {} member needs `len`", type_word(ty))));
    }
    Ok(Member {
        name: m.req_str("name")?,
        ty,
        len,
        byte_order: byte_order(&m)?,
        doc: m.opt_str("doc")?,
        enumeration: m.opt_str("enum")?,
        enum_as_flags: m.flag("enum-as-flags")?,
        display_hint: display_hint(&m)?,
        nested_struct,
    })
}

fn type_word(ty: ScalarType) -> &'static str {
    if ty == ScalarType::Pad {
        "pad"
    } else {
        "binary"
    }
}

/// `byte-order`, when present.
pub(super) fn byte_order(m: &Map<'_>) -> Result<Option<ByteOrder>, SpecError> {
    let Some(a) = m.get("byte-order") else {
        return Ok(None);
    };
    Ok(Some(
        match a.one_of(&[("little-endian", ALL), ("big-endian", ALL)])? {
            "big-endian" => ByteOrder::Big,
            _ => ByteOrder::Little,
        },
    ))
}

/// `display-hint`, when present (the 6.12 hints and the later `ipv4-or-v6`).
pub(super) fn display_hint(m: &Map<'_>) -> Result<Option<String>, SpecError> {
    let Some(a) = m.get("display-hint") else {
        return Ok(None);
    };
    let hints = [
        ("hex", ALL),
        ("mac", ALL),
        ("fddi", ALL),
        ("ipv4", ALL),
        ("ipv6", ALL),
        ("ipv4-or-v6", ALL),
        ("uuid", ALL),
    ];
    Ok(Some(a.one_of(&hints)?.to_owned()))
}

/// A length (`len-or-define`: a number, a name, or `NAME - 1`) or a limit
/// (`len-or-limit`: a number or a name such as `u16-max`).
pub(super) fn limit(at: &At<'_>, minus_one: bool) -> Result<Limit, SpecError> {
    match &at.node.value {
        yaml::Value::Int(_) => Ok(Limit::Int(at.uint(i64::MAX as u64)? as i64)),
        yaml::Value::Str(s) => {
            let word = if minus_one {
                s.strip_suffix(" - 1").unwrap_or(s)
            } else {
                s
            };
            let ok = !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if ok {
                Ok(Limit::Name(s.clone()))
            } else {
                Err(at.error(format!(
                    "expected a number or a constant's name, found `{s}`"
                )))
            }
        }
        v => Err(at.error(format!(
            "expected an integer or a string, found {}",
            v.kind()
        ))),
    }
}
