//! Operations: the command numbers (message types for netlink-raw), multicast groups, a
//! request struct and builder per do and dump, and the notifications.

use super::names::{camel, snake, upper, Taken};
use super::out::{literal, prose, Out};
use super::sets::{field_codec, field_doc, field_names};
use super::Gen;
use crate::spec::*;

/// The module of the command numbers: `cmd` (generic netlink) or `message_type`.
pub(super) fn cmd_module(spec: &Spec) -> &'static str {
    if spec.protocol.is_genetlink() {
        "cmd"
    } else {
        "message_type"
    }
}

fn cmd_type(spec: &Spec) -> &'static str {
    if spec.protocol.is_genetlink() {
        "u8"
    } else {
        "u16"
    }
}

/// The constant names of `op`'s request and reply numbers (`None` where it has none); a
/// reply number that differs from the request's gets `_REPLY`.
pub(super) fn cmd_names(op: &Operation) -> (Option<String>, Option<String>) {
    let base = upper(&op.name);
    let req = op.request_value.map(|_| base.clone());
    let rep = match (op.request_value, op.reply_value) {
        (Some(a), Some(b)) if a == b => None,
        (Some(_), Some(_)) => Some(format!("{base}_REPLY")),
        (None, Some(_)) => Some(base),
        _ => None,
    };
    (req, rep)
}

/// Writes the command numbers.
pub(super) fn write_cmds(g: &Gen<'_>, o: &mut Out) {
    let module = cmd_module(g.spec);
    let ty = cmd_type(g.spec);
    o.line(0, "");
    if g.spec.protocol.is_genetlink() {
        o.doc(0, "The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with another number.");
    } else {
        o.doc(0, "The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers with another type.");
    }
    o.line(0, &format!("pub mod {module} {{"));
    for op in &g.spec.operations.list {
        let (req, rep) = cmd_names(op);
        let first_line = prose(op.doc.trim().lines().next().unwrap_or("").trim());
        if let (Some(n), Some(v)) = (req, op.request_value) {
            o.doc(1, &format!("`{}`: {first_line}", op.name));
            o.line(1, &format!("pub const {n}: {ty} = {v};"));
        }
        if let (Some(n), Some(v)) = (rep, op.reply_value) {
            let what = if op.is_async() {
                "notification"
            } else {
                "reply"
            };
            o.doc(1, &format!("`{}` ({what}): {first_line}", op.name));
            o.line(1, &format!("pub const {n}: {ty} = {v};"));
        }
    }
    o.line(0, "}");
}

/// Writes the multicast groups.
pub(super) fn write_mcgrps(g: &Gen<'_>, o: &mut Out) {
    if g.spec.mcast_groups.is_empty() {
        return;
    }
    o.line(0, "");
    let raw = !g.spec.protocol.is_genetlink();
    if raw {
        o.doc(0, "The multicast groups, by number.");
    } else {
        o.doc(
            0,
            "The multicast groups, by the name the family resolver knows them by.",
        );
    }
    o.line(0, "pub mod mcgrp {");
    let mut taken = Taken::default();
    for m in &g.spec.mcast_groups {
        let name = taken.unique(upper(&m.name), "_GROUP");
        o.doc(1, &format!("`{}`.", m.name));
        match (raw, m.value) {
            (true, Some(v)) => o.line(1, &format!("pub const {name}: u32 = {v};")),
            _ => o.line(
                1,
                &format!("pub const {name}: &str = {};", literal(&m.name)),
            ),
        }
    }
    o.line(0, "}");
}

/// One request of an operation: do or dump, its struct (when it has one) and builder.
struct Request<'a> {
    op: &'a Operation,
    dump: bool,
    /// The request's attributes that are attributes of the set (deduplicated, in order).
    attrs: Vec<&'a Attribute>,
    /// The struct's name: when the request has attributes or a fixed header, and for
    /// every request of a generic netlink family (its `genl::Request` type).
    ty: Option<String>,
    /// True when the builder takes the struct (it has attributes or a fixed header).
    takes_args: bool,
    header: Option<&'a str>,
}

fn request_attrs<'a>(set: &'a AttrSet, mode: &OpMode) -> Vec<&'a Attribute> {
    let mut out: Vec<&Attribute> = Vec::new();
    for name in mode.request.iter().flat_map(|r| &r.attributes) {
        if let Some(a) = set.attribute(name) {
            if super::sets::has_field(a) && !out.iter().any(|x| x.name == a.name) {
                out.push(a);
            }
        }
    }
    out
}

/// The requests of every operation, with unique struct names; a dump whose request is the
/// do's shares its struct.
fn requests<'a>(g: &Gen<'a>, types: &mut Taken) -> Vec<Request<'a>> {
    let mut out = Vec::new();
    for op in g.spec.operations.list.iter().filter(|o| !o.is_async()) {
        let Some(set) = op.attribute_set.as_ref().and_then(|s| g.spec.attr_set(s)) else {
            continue;
        };
        let header = g
            .spec
            .fixed_header_of(op)
            .filter(|h| g.structs.contains_key(*h));
        let mut do_attrs = None;
        for (dump, mode) in [(false, &op.do_), (true, &op.dump)] {
            let Some(mode) = mode else {
                continue;
            };
            let attrs = request_attrs(set, mode);
            let takes_args = !attrs.is_empty() || header.is_some();
            let needs = takes_args || g.spec.protocol.is_genetlink();
            let shared = match &do_attrs {
                Some((names, ty)) if *names == names_of(&attrs) => Some(ty),
                _ => None,
            };
            let ty = match (needs, shared) {
                (false, _) => None,
                (true, Some(ty)) => Some(Option::clone(ty).unwrap_or_default()),
                (true, None) => {
                    let base = camel(&op.name) + if dump { "DumpRequest" } else { "Request" };
                    Some(types.unique(base, "Message"))
                }
            };
            if !dump {
                do_attrs = Some((names_of(&attrs), ty.clone()));
            }
            out.push(Request {
                op,
                dump,
                attrs,
                ty,
                takes_args,
                header,
            });
        }
    }
    out
}

fn names_of(attrs: &[&Attribute]) -> Vec<String> {
    attrs.iter().map(|a| a.name.clone()).collect()
}

/// Writes the request structs and builders.
pub(super) fn write_requests(g: &Gen<'_>, types: &mut Taken, values: &mut Taken, o: &mut Out) {
    let reqs = requests(g, types);
    let mut written: Vec<String> = Vec::new();
    let mut replies: Vec<String> = Vec::new();
    for r in &reqs {
        if let Some(ty) = &r.ty {
            if !written.contains(ty) {
                written.push(ty.clone());
                write_request_struct(g, r, ty, o);
                if g.spec.protocol.is_genetlink() {
                    write_request_impl(g, r, ty, &reqs, &mut replies, o);
                }
            }
        }
        write_builder(g, r, values, o);
    }
}

/// The reply type of the requests of struct `ty` (a dump may share the do's struct): the
/// operation's attribute set (after its fixed header, `Headed`), or `NoAttributes` when
/// the kernel answers with an acknowledgement only.
fn reply_type(g: &Gen<'_>, r: &Request<'_>, ty: &str, reqs: &[Request<'_>]) -> String {
    let replies = reqs
        .iter()
        .filter(|x| x.ty.as_deref() == Some(ty))
        .any(|x| {
            let m = if x.dump { &x.op.dump } else { &x.op.do_ };
            m.as_ref().is_some_and(|m| m.reply.is_some())
        });
    let set = r.op.attribute_set.as_deref().unwrap_or("");
    match (replies, r.header.and_then(|h| g.structs.get(h))) {
        (false, _) => "super::NoAttributes".to_owned(),
        (true, Some(h)) => format!("super::Headed<{}, {}>", h.ty, g.set_types[set]),
        (true, None) => g.set_types[set].clone(),
    }
}

/// Writes `impl genl::Request` for the request struct `ty` (and `impl genl::Reply` for
/// its reply set, once per set), so that `genl::get`, `dump` and `execute` run it.
fn write_request_impl(
    g: &Gen<'_>,
    r: &Request<'_>,
    ty: &str,
    reqs: &[Request<'_>],
    replies: &mut Vec<String>,
    o: &mut Out,
) {
    let reply = reply_type(g, r, ty, reqs);
    let set = r.op.attribute_set.as_deref().unwrap_or("");
    if reply == g.set_types[set] && !replies.contains(&reply) {
        replies.push(reply.clone());
        o.line(0, "");
        o.line(0, &format!("impl crate::genl::Reply for {reply} {{"));
        o.line(
            1,
            "fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {",
        );
        o.line(2, "msg.read()");
        o.line(1, "}");
        o.line(0, "}");
    }
    let cmd = cmd_names(r.op).0.unwrap_or_default();
    o.line(0, "");
    o.line(0, &format!("impl crate::genl::Request for {ty} {{"));
    o.line(1, "type Family = Family;");
    o.line(1, &format!("type Reply = {reply};"));
    o.line(1, &format!("const CMD: u8 = cmd::{cmd};"));
    o.line(0, "");
    o.line(1, "fn emit(&self, b: &mut MessageBuilder) {");
    if r.header.is_some() {
        o.line(2, "b.push_struct(&self.header);");
    }
    o.line(2, "self.write_attrs(b);");
    o.line(1, "}");
    if let Some(names) = super::attr_names::set_static(g.spec, set) {
        o.line(0, "");
        o.line(
            1,
            "fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {",
        );
        o.line(2, &format!("Some(&{names})"));
        o.line(1, "}");
    }
    o.line(0, "}");
}

fn write_request_struct(g: &Gen<'_>, r: &Request<'_>, ty: &str, o: &mut Out) {
    let set = r.op.attribute_set.as_ref().and_then(|s| g.spec.attr_set(s));
    let Some(set) = set else {
        return;
    };
    let names = field_names(g, set);
    o.line(0, "");
    let list: Vec<_> = r.attrs.iter().map(|a| format!("`{}`", a.name)).collect();
    let mode = if r.dump { " (dump)" } else { "" };
    let mut doc = format!(
        "The request of `{}`{mode}: attributes of `{}`",
        r.op.name, set.name
    );
    doc += &if list.is_empty() {
        ".".to_owned()
    } else {
        format!(" ({}).", list.join(", "))
    };
    o.line(0, "crate::attribute_set! {");
    o.doc(1, &doc);
    match r.header.and_then(|h| g.structs.get(h)) {
        Some(h) => {
            o.line(1, &format!("pub struct {ty} {{"));
            o.doc(2, "The fixed header.");
            o.line(2, &format!("pub header: {},", h.ty));
            o.line(1, "}");
        }
        None => o.line(1, &format!("pub struct {ty} {{}}")),
    }
    if r.attrs.is_empty() {
        o.line(1, "attributes {}");
        o.line(0, "}");
        return;
    }
    o.line(1, "attributes {");
    for a in &r.attrs {
        let i = set
            .attributes
            .iter()
            .position(|x| x.name == a.name)
            .unwrap_or(0);
        let Some(name) = &names[i] else {
            continue;
        };
        let c = field_codec(g, set, a);
        o.doc(2, &field_doc(a, c.note.as_deref()));
        o.line(
            2,
            &format!("pub {name}: {} = {},", c.codec, g.id_path(set, a)),
        );
    }
    o.line(1, "}");
    o.line(0, "}");
}

fn builder_doc(g: &Gen<'_>, r: &Request<'_>) -> String {
    let mode = if r.dump { "dump" } else { "do" };
    let mut doc = format!("`{}` ({mode}): {}", r.op.name, prose(r.op.doc.trim()));
    let m = if r.dump { &r.op.dump } else { &r.op.do_ };
    let reply = m.as_ref().and_then(|m| m.reply.as_ref());
    let set = r.op.attribute_set.as_deref().unwrap_or("");
    match reply {
        Some(_) => doc += &format!("\n\nEach reply is a [`{}`].", g.set_types[set]),
        None => doc += "\n\nThe kernel answers with an acknowledgement only.",
    }
    if !r.op.flags.is_empty() {
        doc += &format!(" Needs {}.", r.op.flags.join(", "));
    }
    if r.dump {
        doc += " Send it as a dump (the engine adds `NLM_F_DUMP`).";
    }
    doc
}

fn write_builder(g: &Gen<'_>, r: &Request<'_>, values: &mut Taken, o: &mut Out) {
    let base = snake(&r.op.name) + if r.dump { "_dump" } else { "" };
    let name = values.unique(base, "_request");
    let genl = g.spec.protocol.is_genetlink();
    let mut params = Vec::new();
    if genl {
        params.push("family_id: u16".to_owned());
    }
    if let Some(ty) = r.ty.as_ref().filter(|_| r.takes_args) {
        params.push(format!("request: &{ty}"));
    }
    let module = cmd_module(g.spec);
    let cmd = cmd_names(r.op).0.unwrap_or_default();
    o.line(0, "");
    o.doc(0, &builder_doc(g, r));
    o.line(
        0,
        &format!("pub fn {name}({}) -> MessageBuilder {{", params.join(", ")),
    );
    let start = if genl {
        format!("super::genl_request(family_id, {module}::{cmd}, FAMILY_VERSION)")
    } else {
        format!("MessageBuilder::new({module}::{cmd}, Flags::NONE)")
    };
    if !r.takes_args {
        o.line(1, &start);
        o.line(0, "}");
        return;
    }
    o.line(1, &format!("let mut b = {start};"));
    if r.header.is_some() {
        o.line(1, "b.push_struct(&request.header);");
    }
    o.line(1, "request.write_attrs(&mut b);");
    o.line(1, "b");
    o.line(0, "}");
}

/// Writes the notifications enum and its parser (generic netlink families).
pub(super) fn write_notifications(g: &Gen<'_>, o: &mut Out) {
    if !g.spec.protocol.is_genetlink() {
        return;
    }
    let mut seen = Vec::new();
    let mut ntfs = Vec::new();
    for op in g.spec.operations.list.iter().filter(|o| o.is_async()) {
        let (Some(v), Some(set)) = (op.reply_value, op.attribute_set.as_deref()) else {
            continue;
        };
        if seen.contains(&v) {
            continue;
        }
        seen.push(v);
        let header = g.spec.fixed_header_of(op).and_then(|h| g.structs.get(h));
        ntfs.push((op, &g.set_types[set], header.map(|h| h.ty.clone())));
    }
    if ntfs.is_empty() {
        return;
    }
    o.line(0, "");
    o.doc(
        0,
        "A notification of this family (sent to its multicast groups), by command.",
    );
    o.line(0, "#[derive(Debug, Clone, PartialEq, Eq)]");
    o.line(0, "#[allow(clippy::large_enum_variant)]");
    o.line(0, "pub enum Notification {");
    for (op, set, header) in &ntfs {
        let first = prose(op.doc.trim().lines().next().unwrap_or("").trim());
        o.doc(1, &format!("`{}`: {first}", op.name));
        match header {
            Some(h) => o.line(1, &format!("{}({h}, {set}),", camel(&op.name))),
            None => o.line(1, &format!("{}({set}),", camel(&op.name))),
        }
    }
    o.doc(
        1,
        "A command this spec has no notification for (its number).",
    );
    o.line(1, "Other(u8),");
    o.line(0, "}");
    o.line(0, "");
    o.line(0, "impl Notification {");
    o.doc(
        1,
        "Reads a notification: the payload of a message of this family (after `nlmsghdr`).",
    );
    o.line(
        1,
        "pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {",
    );
    o.line(
        2,
        "let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;",
    );
    o.line(2, "Ok(match cmd {");
    for (op, _, header) in &ntfs {
        let (_, rep) = cmd_names(op);
        let c = rep.or(cmd_names(op).0).unwrap_or_default();
        let v = camel(&op.name);
        match header {
            Some(_) => {
                o.line(3, &format!("cmd::{c} => {{"));
                o.line(4, "let (_, h, a) = super::parse_genl_fixed(payload)?;");
                o.line(4, &format!("Notification::{v}(h, a)"));
                o.line(3, "}");
            }
            None => o.line(
                3,
                &format!("cmd::{c} => Notification::{v}(super::parse_genl(payload)?.1),"),
            ),
        }
    }
    o.line(3, "other => Notification::Other(other),");
    o.line(2, "})");
    o.line(1, "}");
    o.line(0, "}");
}
