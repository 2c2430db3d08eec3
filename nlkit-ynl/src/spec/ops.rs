//! Reading operations and multicast groups, with the command numbers the spec leaves
//! implicit.

use super::cursor::{At, Levels, Map, ALL, CLR, GCL, L, LR, R};
use super::model::*;
use crate::error::SpecError;

const OPERATIONS_KEYS: &[(&str, Levels)] = &[
    ("enum-model", ALL),
    ("name-prefix", ALL),
    ("enum-name", ALL),
    ("async-prefix", ALL),
    ("async-enum", ALL),
    ("fixed-header", LR),
    ("list", ALL),
];

const OP_KEYS: &[(&str, Levels)] = &[
    ("name", ALL),
    ("doc", ALL),
    ("value", ALL),
    ("attribute-set", ALL),
    ("flags", ALL),
    ("dont-validate", ALL),
    ("config-cond", GCL),
    ("fixed-header", LR),
    ("do", ALL),
    ("dump", ALL),
    ("notify", ALL),
    ("event", ALL),
    ("mcgrp", ALL),
];

/// Reads `operations`.
pub(super) fn operations(at: &At<'_>) -> Result<Operations, SpecError> {
    let m = at.map()?;
    m.check_keys(OPERATIONS_KEYS)?;
    let enum_model = match m.get("enum-model") {
        Some(a) => match a.one_of(&[("unified", ALL), ("directional", LR)])? {
            "directional" => EnumModel::Directional,
            _ => EnumModel::Unified,
        },
        None => EnumModel::Unified,
    };
    let mut list = Vec::new();
    let mut next = Numbering {
        request: 1,
        reply: 1,
    };
    for item in m.req("list")?.list()? {
        list.push(operation(&item, enum_model, &mut next)?);
    }
    Ok(Operations {
        enum_model,
        name_prefix: m.opt_str("name-prefix")?,
        enum_name: m.opt_str_or_null("enum-name")?,
        async_prefix: m.opt_str("async-prefix")?,
        async_enum: m.opt_str_or_null("async-enum")?,
        fixed_header: m.opt_str("fixed-header")?,
        list,
    })
}

/// The next request and reply numbers.
struct Numbering {
    request: u32,
    reply: u32,
}

fn operation(at: &At<'_>, model: EnumModel, next: &mut Numbering) -> Result<Operation, SpecError> {
    let m = at.map()?;
    m.check_keys(OP_KEYS)?;
    let flags = m
        .get("flags")
        .map(|a| choices(&a, &[("admin-perm", ALL), ("uns-admin-perm", L)]));
    let dont = m
        .get("dont-validate")
        .map(|a| choices(&a, &[("strict", ALL), ("dump", ALL), ("dump-strict", GCL)]));
    let event = match m.get("event") {
        Some(e) => {
            let em = e.map()?;
            em.check_keys(&[("attributes", ALL)])?;
            Some(em.strings("attributes")?)
        }
        None => None,
    };
    let mut op = Operation {
        name: m.req_str("name")?,
        doc: m.req_str("doc")?,
        request_value: None,
        reply_value: None,
        attribute_set: m.opt_str("attribute-set")?,
        flags: flags.transpose()?.unwrap_or_default(),
        dont_validate: dont.transpose()?.unwrap_or_default(),
        config_cond: m.opt_str("config-cond")?,
        fixed_header: m.opt_str("fixed-header")?,
        do_: m.get("do").map(|a| op_mode(&a)).transpose()?,
        dump: m.get("dump").map(|a| op_mode(&a)).transpose()?,
        notify: m.opt_str("notify")?,
        event,
        mcgrp: m.opt_str("mcgrp")?,
    };
    match model {
        EnumModel::Unified => unified(&m, &mut op, next)?,
        EnumModel::Directional => directional(&m, &mut op, next)?,
    }
    Ok(op)
}

fn choices(at: &At<'_>, allowed: &[(&'static str, Levels)]) -> Result<Vec<String>, SpecError> {
    at.list()?
        .iter()
        .map(|a| a.one_of(allowed).map(str::to_owned))
        .collect()
}

/// One number per operation, counted from 1 (`value` moves the count).
fn unified(m: &Map<'_>, op: &mut Operation, next: &mut Numbering) -> Result<(), SpecError> {
    let v = m
        .opt_uint("value", u64::from(u32::MAX))?
        .map_or(next.request, |v| v as u32);
    next.request = v.saturating_add(1);
    op.request_value = (!op.is_async()).then_some(v);
    op.reply_value = Some(v);
    Ok(())
}

/// Requests and replies counted apart: a notification takes the next reply number (or its
/// `value`); a command takes its request's and reply's `value`s, else the next numbers,
/// and a command without a reply leaves the reply count alone.
fn directional(m: &Map<'_>, op: &mut Operation, next: &mut Numbering) -> Result<(), SpecError> {
    if op.is_async() {
        let v = m
            .opt_uint("value", u64::from(u32::MAX))?
            .map_or(next.reply, |v| v as u32);
        op.reply_value = Some(v);
        next.reply = v.saturating_add(1);
        return Ok(());
    }
    let Some(mode) = op.do_.as_ref().or(op.dump.as_ref()) else {
        return Err(m
            .at()
            .error("an operation of a directional spec needs `do`, `dump`, `notify` or `event`"));
    };
    let request = mode
        .request
        .as_ref()
        .and_then(|r| r.value)
        .unwrap_or(next.request);
    let reply = mode.reply.as_ref().map(|r| r.value.unwrap_or(next.reply));
    op.request_value = Some(request);
    op.reply_value = reply;
    next.request = request.saturating_add(1);
    if let Some(r) = reply {
        next.reply = r.saturating_add(1);
    }
    Ok(())
}

fn op_mode(at: &At<'_>) -> Result<OpMode, SpecError> {
    let m = at.map()?;
    m.check_keys(&[
        ("request", ALL),
        ("reply", ALL),
        ("pre", ALL),
        ("post", ALL),
    ])?;
    Ok(OpMode {
        request: m.get("request").map(|a| message_attrs(&a)).transpose()?,
        reply: m.get("reply").map(|a| message_attrs(&a)).transpose()?,
        pre: m.opt_str("pre")?,
        post: m.opt_str("post")?,
    })
}

fn message_attrs(at: &At<'_>) -> Result<MessageAttrs, SpecError> {
    let m = at.map()?;
    m.check_keys(&[("attributes", ALL), ("value", LR)])?;
    Ok(MessageAttrs {
        attributes: m.strings("attributes")?,
        value: m.opt_uint("value", u64::from(u32::MAX))?.map(|v| v as u32),
    })
}

/// Reads `mcast-groups`.
pub(super) fn mcast_groups(top: &Map<'_>) -> Result<Vec<McastGroup>, SpecError> {
    let Some(g) = top.get("mcast-groups") else {
        return Ok(Vec::new());
    };
    let gm = g.map()?;
    gm.check_keys(&[("list", ALL)])?;
    let mut out = Vec::new();
    for item in gm.req("list")?.list()? {
        let m = item.map()?;
        m.check_keys(&[
            ("name", ALL),
            ("c-define-name", CLR),
            ("flags", ALL),
            ("value", R),
        ])?;
        let flags = m
            .get("flags")
            .map(|a| choices(&a, &[("admin-perm", ALL), ("uns-admin-perm", L)]));
        out.push(McastGroup {
            name: m.req_str("name")?,
            c_define_name: m.opt_str("c-define-name")?,
            flags: flags.transpose()?.unwrap_or_default(),
            value: m.opt_uint("value", u64::from(u32::MAX))?.map(|v| v as u32),
        });
    }
    Ok(out)
}
