//! Reading attribute sets and sub-messages.

use super::cursor::{At, Levels, Map, ALL, CLR, GCL, LR, R};
use super::model::*;
use super::read::{byte_order, display_hint, limit};
use crate::error::SpecError;

const SET_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("name-prefix", ALL),
    ("enum-name", ALL),
    ("doc", ALL),
    ("subset-of", ALL),
    ("attr-cnt-name", CLR),
    ("attr-max-name", CLR),
    ("attributes", ALL),
];

const ATTR_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("type", ALL),
    ("doc", ALL),
    ("value", ALL),
    ("type-value", ALL),
    ("byte-order", ALL),
    ("multi-attr", ALL),
    ("nested-attributes", ALL),
    ("enum", ALL),
    ("enum-as-flags", ALL),
    ("checks", ALL),
    ("sub-type", ALL),
    ("display-hint", ALL),
    ("name-prefix", CLR),
    ("struct", LR),
    ("sub-message", R),
    ("selector", R),
];

/// The attribute types with the levels that allow them (`s8` and `s16` came to
/// genetlink-legacy after 6.12; nl80211 uses them).
const ATTR_TYPE_LEVELS: [(&str, Levels); 20] = [
    ("unused", ALL),
    ("pad", ALL),
    ("flag", ALL),
    ("binary", ALL),
    ("bitfield32", LR),
    ("uint", GCL),
    ("sint", GCL),
    ("u8", ALL),
    ("u16", ALL),
    ("u32", ALL),
    ("u64", ALL),
    ("s8", LR),
    ("s16", LR),
    ("s32", ALL),
    ("s64", ALL),
    ("string", ALL),
    ("nest", ALL),
    ("indexed-array", ALL),
    ("nest-type-value", ALL),
    ("sub-message", R),
];

const CHECK_KEYS: &[(&str, Levels)] = &[
    ("flags-mask", ALL),
    ("min", ALL),
    ("max", ALL),
    ("min-len", ALL),
    ("max-len", ALL),
    ("exact-len", ALL),
    ("unterminated-ok", CLR),
];

/// Reads `attribute-sets`: the sets that stand alone first (ids counted), then the
/// subsets, whose attributes take the parent's definition with their own keys on top.
pub(super) fn attribute_sets(at: &At<'_>) -> Result<Vec<AttrSet>, SpecError> {
    let items = at.list()?;
    let mut sets: Vec<Option<AttrSet>> = vec![None; items.len()];
    for (i, item) in items.iter().enumerate() {
        let m = item.map()?;
        if m.get("subset-of").is_none() {
            sets[i] = Some(attr_set(&m, None)?);
        }
    }
    for (i, item) in items.iter().enumerate() {
        let m = item.map()?;
        let Some(parent_at) = m.get("subset-of") else {
            continue;
        };
        let parent_name = parent_at.str()?;
        let parent = sets
            .iter()
            .flatten()
            .find(|s| s.name == parent_name && s.subset_of.is_none())
            .cloned()
            .ok_or_else(|| {
                parent_at.error(format!(
                    "no attribute set named `{parent_name}` to be a subset of"
                ))
            })?;
        sets[i] = Some(attr_set(&m, Some(&parent))?);
    }
    Ok(sets.into_iter().flatten().collect())
}

fn attr_set(m: &Map<'_>, parent: Option<&AttrSet>) -> Result<AttrSet, SpecError> {
    m.check_keys(SET_KEYS)?;
    if let (Some(_), Some(p)) = (parent, m.get("name-prefix")) {
        return Err(p.error(
            "a subset takes its parent's names: `name-prefix` is not allowed with `subset-of`",
        ));
    }
    let enum_name = m.opt_str_or_null("enum-name")?;
    if enum_name == Some(None) && m.at().ctx.level == Protocol::Genetlink {
        return Err(m
            .req("enum-name")?
            .error("expected a string, found null (null is allowed from genetlink-c on)"));
    }
    let mut attributes: Vec<Attribute> = Vec::new();
    for a in m.req("attributes")?.list()? {
        let next = attributes.last().map_or(1, |p| p.id.saturating_add(1));
        let attr = match parent {
            None => attribute(&a, None, next)?,
            Some(p) => {
                let am = a.map()?;
                let name = am.req("name")?;
                let base = p.attribute(name.str()?).ok_or_else(|| {
                    name.error(format!(
                        "no attribute named `{}` in `{}`",
                        name.str().unwrap_or(""),
                        p.name
                    ))
                })?;
                attribute(&a, Some(base), base.id)?
            }
        };
        if attributes.iter().any(|x| x.name == attr.name) {
            // devlink's `dl-dpipe-table` names some attributes twice: a subset keeps one.
            if parent.is_some() {
                continue;
            }
            return Err(a.error(format!("attribute `{}` is defined twice", attr.name)));
        }
        attributes.push(attr);
    }
    Ok(AttrSet {
        name: m.req_str("name")?,
        name_prefix: m.opt_str("name-prefix")?,
        enum_name,
        doc: m.opt_str("doc")?,
        subset_of: parent.map(|p| p.name.clone()),
        attr_cnt_name: m.opt_str("attr-cnt-name")?,
        attr_max_name: m.opt_str("attr-max-name")?,
        attributes,
    })
}

fn attr_type(at: &At<'_>) -> Result<AttrType, SpecError> {
    let name = at.one_of(&ATTR_TYPE_LEVELS)?;
    AttrType::from_name(name).ok_or_else(|| at.error("unknown type"))
}

/// Reads one attribute; `base` (a subset's parent attribute) gives what it leaves out.
fn attribute(at: &At<'_>, base: Option<&Attribute>, id: u16) -> Result<Attribute, SpecError> {
    let m = at.map()?;
    m.check_keys(ATTR_KEYS)?;
    let mut a = match base {
        Some(b) => b.clone(),
        None => {
            let ty = attr_type(&m.req("type")?)?;
            blank(m.req_str("name")?, ty, id)
        }
    };
    if let Some(t) = m.get("type") {
        a.ty = attr_type(&t)?;
    }
    if let Some(v) = m.opt_uint("value", u64::from(u16::MAX))? {
        if base.is_some() {
            return Err(m
                .req("value")?
                .error("a subset attribute takes its parent's id: `value` is not allowed"));
        }
        a.id = v as u16;
    }
    read_details(&m, &mut a)?;
    check_combination(&m, &a)?;
    Ok(a)
}

fn blank(name: String, ty: AttrType, id: u16) -> Attribute {
    Attribute {
        name,
        id,
        ty,
        doc: None,
        byte_order: None,
        multi_attr: false,
        nested_attributes: None,
        enumeration: None,
        enum_as_flags: false,
        checks: Checks::default(),
        sub_type: None,
        display_hint: None,
        struct_name: None,
        sub_message: None,
        selector: None,
        type_value: Vec::new(),
        name_prefix: None,
    }
}

/// Every key but the name, type and value, over what `a` has already.
fn read_details(m: &Map<'_>, a: &mut Attribute) -> Result<(), SpecError> {
    fn set<T>(slot: &mut Option<T>, v: Option<T>) {
        if v.is_some() {
            *slot = v;
        }
    }
    set(&mut a.doc, m.opt_str("doc")?);
    set(&mut a.byte_order, byte_order(m)?);
    if m.get("multi-attr").is_some() {
        a.multi_attr = m.flag("multi-attr")?;
    }
    if m.get("enum-as-flags").is_some() {
        a.enum_as_flags = m.flag("enum-as-flags")?;
    }
    set(&mut a.nested_attributes, m.opt_str("nested-attributes")?);
    set(&mut a.enumeration, m.opt_str("enum")?);
    if let Some(c) = m.get("checks") {
        a.checks = checks(&c)?;
    }
    if let Some(t) = m.get("sub-type") {
        a.sub_type = Some(attr_type(&t)?);
    }
    set(&mut a.display_hint, display_hint(m)?);
    set(&mut a.struct_name, m.opt_str("struct")?);
    set(&mut a.sub_message, m.opt_str("sub-message")?);
    set(&mut a.selector, m.opt_str("selector")?);
    if m.get("type-value").is_some() {
        a.type_value = m.strings("type-value")?;
    }
    set(&mut a.name_prefix, m.opt_str("name-prefix")?);
    Ok(())
}

/// The keys a type needs: a nest names its set, a sub-message its definition and selector.
fn check_combination(m: &Map<'_>, a: &Attribute) -> Result<(), SpecError> {
    let here = m.at();
    let needs_set = matches!(a.ty, AttrType::Nest | AttrType::NestTypeValue)
        || (a.ty == AttrType::IndexedArray && a.sub_type == Some(AttrType::Nest));
    if needs_set && a.nested_attributes.is_none() {
        return Err(here.error(format!(
            "a {} attribute needs `nested-attributes`",
            a.ty.name()
        )));
    }
    if a.ty == AttrType::SubMessage && (a.sub_message.is_none() || a.selector.is_none()) {
        return Err(here.error("a sub-message attribute needs `sub-message` and `selector`"));
    }
    if a.ty == AttrType::IndexedArray && a.sub_type.is_none() {
        return Err(here.error("an indexed-array attribute needs `sub-type`"));
    }
    Ok(())
}

fn checks(at: &At<'_>) -> Result<Checks, SpecError> {
    let m = at.map()?;
    m.check_keys(CHECK_KEYS)?;
    let lim = |k: &str, minus_one: bool| m.get(k).map(|a| limit(&a, minus_one)).transpose();
    Ok(Checks {
        flags_mask: m.opt_str("flags-mask")?,
        min: lim("min", false)?,
        max: lim("max", false)?,
        min_len: lim("min-len", true)?,
        max_len: lim("max-len", true)?,
        exact_len: lim("exact-len", true)?,
        unterminated_ok: m.flag("unterminated-ok")?,
    })
}

/// Reads `sub-messages` (netlink-raw).
pub(super) fn sub_messages(top: &Map<'_>) -> Result<Vec<SubMessage>, SpecError> {
    let mut out = Vec::new();
    for item in top.list("sub-messages")? {
        let m = item.map()?;
        m.check_keys(&[("name", ALL), ("formats", ALL)])?;
        let mut formats = Vec::new();
        for f in m.req("formats")?.list()? {
            let fm = f.map()?;
            fm.check_keys(&[
                ("value", ALL),
                ("fixed-header", ALL),
                ("attribute-set", ALL),
            ])?;
            formats.push(SubMessageFormat {
                value: fm.req_str("value")?,
                fixed_header: fm.opt_str("fixed-header")?,
                attribute_set: fm.opt_str("attribute-set")?,
            });
        }
        out.push(SubMessage {
            name: m.req_str("name")?,
            formats,
        });
    }
    Ok(out)
}
