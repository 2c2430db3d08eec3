//! The references of a spec checked: every name a spec uses (a nested set, an enum, a
//! struct, a sub-message, a selector, an operation's attributes, a notified operation, a
//! multicast group) names something it defines. Fills in what references imply (the set of
//! a notification).

use super::cursor::{At, Map};
use super::model::*;
use crate::error::SpecError;

/// One step of a path into the document.
#[derive(Debug, Clone, Copy)]
enum Step<'s> {
    Key(&'s str),
    Index(usize),
}

use Step::{Index, Key};

/// The node at `path` from the root (as deep as it exists), for an error there.
fn node<'a>(top: &Map<'a>, path: &[Step<'_>]) -> At<'a> {
    let mut at = top.at().clone();
    for step in path {
        let next = match step {
            Key(k) => at.map().ok().and_then(|m| m.get(k)),
            Index(i) => at.list().ok().and_then(|l| l.into_iter().nth(*i)),
        };
        match next {
            Some(n) => at = n,
            None => break,
        }
    }
    at
}

fn fail(top: &Map<'_>, path: &[Step<'_>], message: String) -> SpecError {
    node(top, path).error(message)
}

/// Checks the references of `spec` (read from `top`) and fills in the implied sets.
pub(super) fn resolve(spec: &mut Spec, top: &Map<'_>) -> Result<(), SpecError> {
    check_definitions(spec, top)?;
    for (i, set) in spec.attribute_sets.iter().enumerate() {
        for (j, a) in set.attributes.iter().enumerate() {
            let path = [Key("attribute-sets"), Index(i), Key("attributes"), Index(j)];
            check_attribute(spec, set, a, top, &path)?;
        }
    }
    check_sub_messages(spec, top)?;
    fill_notifications(spec, top)?;
    let mut warnings = Vec::new();
    for (i, op) in spec.operations.list.iter().enumerate() {
        check_operation(spec, op, top, i, &mut warnings)?;
    }
    spec.warnings = warnings;
    Ok(())
}

fn want<T>(
    found: Option<T>,
    top: &Map<'_>,
    path: &[Step<'_>],
    what: &str,
    name: &str,
) -> Result<(), SpecError> {
    match found {
        Some(_) => Ok(()),
        None => Err(fail(top, path, format!("no {what} named `{name}`"))),
    }
}

fn check_definitions(spec: &Spec, top: &Map<'_>) -> Result<(), SpecError> {
    for (i, d) in spec.definitions.iter().enumerate() {
        let DefinitionKind::Struct(s) = &d.kind else {
            continue;
        };
        for (j, m) in s.members.iter().enumerate() {
            let base = [Key("definitions"), Index(i), Key("members"), Index(j)];
            if let Some(e) = &m.enumeration {
                let path = [base[0], base[1], base[2], base[3], Key("enum")];
                want(
                    spec.enumeration(e),
                    top,
                    &path,
                    "enum or flags definition",
                    e,
                )?;
            }
            if let Some(n) = &m.nested_struct {
                let path = [base[0], base[1], base[2], base[3], Key("struct")];
                want(spec.structure(n), top, &path, "struct definition", n)?;
            }
        }
    }
    Ok(())
}

fn check_attribute(
    spec: &Spec,
    set: &AttrSet,
    a: &Attribute,
    top: &Map<'_>,
    base: &[Step<'_>; 4],
) -> Result<(), SpecError> {
    let at = |k: &'static str| [base[0], base[1], base[2], base[3], Key(k)];
    if let Some(n) = &a.nested_attributes {
        want(
            spec.attr_set(n),
            top,
            &at("nested-attributes"),
            "attribute set",
            n,
        )?;
    }
    if let Some(e) = &a.enumeration {
        want(
            spec.enumeration(e),
            top,
            &at("enum"),
            "enum or flags definition",
            e,
        )?;
    }
    if let Some(s) = &a.struct_name {
        want(
            spec.structure(s),
            top,
            &at("struct"),
            "struct definition",
            s,
        )?;
    }
    if let Some(s) = &a.sub_message {
        want(
            spec.sub_message(s),
            top,
            &at("sub-message"),
            "sub-message",
            s,
        )?;
    }
    if let Some(sel) = &a.selector {
        if !selector_reachable(spec, set, sel) {
            let msg = format!(
                "no attribute named `{sel}` in `{}` or a set that nests it",
                set.name
            );
            return Err(fail(top, &at("selector"), msg));
        }
    }
    if let Some(f) = &a.checks.flags_mask {
        let path = [
            base[0],
            base[1],
            base[2],
            base[3],
            Key("checks"),
            Key("flags-mask"),
        ];
        let is_flags = matches!(
            spec.definition(f).map(|d| &d.kind),
            Some(DefinitionKind::Flags(_))
        );
        if !is_flags {
            return Err(fail(top, &path, format!("no flags definition named `{f}`")));
        }
    }
    Ok(())
}

/// True when `selector` is an attribute of `set` or of a set holding a nest of `set`.
fn selector_reachable(spec: &Spec, set: &AttrSet, selector: &str) -> bool {
    if set.attribute(selector).is_some() {
        return true;
    }
    spec.attribute_sets.iter().any(|outer| {
        outer.attribute(selector).is_some()
            && outer
                .attributes
                .iter()
                .any(|a| a.nested_attributes.as_deref() == Some(&set.name))
    })
}

fn check_sub_messages(spec: &Spec, top: &Map<'_>) -> Result<(), SpecError> {
    for (i, sm) in spec.sub_messages.iter().enumerate() {
        for (j, f) in sm.formats.iter().enumerate() {
            let base = [Key("sub-messages"), Index(i), Key("formats"), Index(j)];
            if let Some(s) = &f.attribute_set {
                let path = [base[0], base[1], base[2], base[3], Key("attribute-set")];
                want(spec.attr_set(s), top, &path, "attribute set", s)?;
            }
            if let Some(h) = &f.fixed_header {
                let path = [base[0], base[1], base[2], base[3], Key("fixed-header")];
                want(spec.structure(h), top, &path, "struct definition", h)?;
            }
        }
    }
    Ok(())
}

/// A notification without its own set uses the set of the operation it notifies.
fn fill_notifications(spec: &mut Spec, top: &Map<'_>) -> Result<(), SpecError> {
    let mut fills = Vec::new();
    for (i, op) in spec.operations.list.iter().enumerate() {
        let Some(n) = &op.notify else {
            continue;
        };
        let path = [Key("operations"), Key("list"), Index(i), Key("notify")];
        let Some(target) = spec.operation(n) else {
            return Err(fail(top, &path, format!("no operation named `{n}`")));
        };
        if op.attribute_set.is_none() {
            fills.push((i, target.attribute_set.clone()));
        }
    }
    for (i, set) in fills {
        spec.operations.list[i].attribute_set = set;
    }
    Ok(())
}

fn check_operation(
    spec: &Spec,
    op: &Operation,
    top: &Map<'_>,
    i: usize,
    warnings: &mut Vec<SpecError>,
) -> Result<(), SpecError> {
    let at = |k: &'static str| [Key("operations"), Key("list"), Index(i), Key(k)];
    let header = spec.fixed_header_of(op);
    if let Some(h) = header {
        let path = if op.fixed_header.is_some() {
            at("fixed-header").to_vec()
        } else {
            vec![Key("operations"), Key("fixed-header")]
        };
        want(spec.structure(h), top, &path, "struct definition", h)?;
    }
    if let Some(g) = &op.mcgrp {
        want(
            spec.mcast_groups.iter().find(|m| &m.name == g),
            top,
            &at("mcgrp"),
            "multicast group",
            g,
        )?;
    }
    let set = match &op.attribute_set {
        Some(s) => {
            let found = spec.attr_set(s);
            want(found, top, &at("attribute-set"), "attribute set", s)?;
            found
        }
        None if op.do_.is_some() || op.dump.is_some() || op.event.is_some() => {
            return Err(fail(
                top,
                &at("name"),
                format!("operation `{}` needs `attribute-set`", op.name),
            ));
        }
        None => None,
    };
    let Some(set) = set else {
        return Ok(());
    };
    let members = header
        .and_then(|h| spec.structure(h))
        .map(|s| &s.members[..])
        .unwrap_or(&[]);
    let known =
        |name: &str| set.attribute(name).is_some() || members.iter().any(|m| m.name == name);
    let modes = [("do", &op.do_), ("dump", &op.dump)];
    for (mode_name, mode) in modes {
        let Some(mode) = mode else {
            continue;
        };
        for (dir, msg) in [("request", &mode.request), ("reply", &mode.reply)] {
            let Some(msg) = msg else {
                continue;
            };
            for (k, name) in msg.attributes.iter().enumerate() {
                if !known(name) {
                    let path = [
                        at(mode_name)[0],
                        at(mode_name)[1],
                        Index(i),
                        Key(mode_name),
                        Key(dir),
                        Key("attributes"),
                        Index(k),
                    ];
                    warnings.push(fail(
                        top,
                        &path,
                        format!("no attribute named `{name}` in `{}`", set.name),
                    ));
                }
            }
        }
    }
    if let Some(ev) = &op.event {
        for (k, name) in ev.iter().enumerate() {
            if !known(name) {
                let path = [
                    Key("operations"),
                    Key("list"),
                    Index(i),
                    Key("event"),
                    Key("attributes"),
                    Index(k),
                ];
                warnings.push(fail(
                    top,
                    &path,
                    format!("no attribute named `{name}` in `{}`", set.name),
                ));
            }
        }
    }
    Ok(())
}
