//! A family's `names` module: every attribute set's names as `wire::names::SetNames`
//! statics (what an extended ACK's offset is named with, `linkinfo/data/vxlan: id`), the
//! formats of its sub-messages, and for netlink-raw families the set of each request's
//! message type (`for_message`).

use super::names::{upper, Taken};
use super::out::{literal, Out};
use super::Gen;
use crate::spec::{AttrType, Attribute, Spec};
use std::collections::BTreeMap;

/// The statics' names: one per attribute set and one per sub-message's formats.
struct Statics {
    sets: BTreeMap<String, String>,
    formats: BTreeMap<String, String>,
}

fn statics(spec: &Spec) -> Statics {
    let mut taken = Taken::default();
    let mut sets = BTreeMap::new();
    for s in &spec.attribute_sets {
        sets.insert(s.name.clone(), taken.unique(upper(&s.name), "_SET"));
    }
    let mut formats = BTreeMap::new();
    for m in &spec.sub_messages {
        let name = taken.unique(format!("{}_FORMATS", upper(&m.name)), "_SUB");
        formats.insert(m.name.clone(), name);
    }
    Statics { sets, formats }
}

/// The path of the `SetNames` static of `set` from the family module (`names::LINK_ATTRS`).
pub(super) fn set_static(spec: &Spec, set: &str) -> Option<String> {
    statics(spec).sets.get(set).map(|s| format!("names::{s}"))
}

/// The constructor of one attribute's names.
fn attr_line(s: &Statics, a: &Attribute) -> String {
    let (id, name) = (a.id, literal(&a.name));
    let nested = a.nested_attributes.as_ref().and_then(|n| s.sets.get(n));
    match (a.ty, nested) {
        (AttrType::Nest, Some(set)) => format!("AttrName::nest({id}, {name}, &{set}),"),
        (AttrType::IndexedArray, Some(set)) if a.sub_type == Some(AttrType::Nest) => {
            format!("AttrName::indexed({id}, {name}, &{set}),")
        }
        (AttrType::SubMessage, _) => {
            let formats = a.sub_message.as_ref().and_then(|m| s.formats.get(m));
            match (formats, &a.selector) {
                (Some(f), Some(sel)) => format!(
                    "AttrName::sub_message({id}, {name}, {}, &{f}),",
                    literal(sel)
                ),
                _ => format!("AttrName::value({id}, {name}),"),
            }
        }
        _ => format!("AttrName::value({id}, {name}),"),
    }
}

/// Writes the `names` module.
pub(super) fn write_names(g: &Gen<'_>, o: &mut Out) {
    let s = statics(g.spec);
    o.line(0, "");
    o.doc(0, "The names of the attributes of each set, for naming what an extended ACK points at ([`crate::wire::names::name_at`]).");
    o.line(0, "pub mod names {");
    o.line(1, "#[allow(unused_imports)]");
    o.line(1, "use crate::wire::names::{AttrName, Format, SetNames};");
    for set in &g.spec.attribute_sets {
        o.line(0, "");
        o.doc(1, &format!("`{}`.", set.name));
        o.line(
            1,
            &format!("pub static {}: SetNames = SetNames {{", s.sets[&set.name]),
        );
        o.line(2, &format!("name: {},", literal(&set.name)));
        o.line(2, "attrs: &[");
        for a in &set.attributes {
            o.line(3, &attr_line(&s, a));
        }
        o.line(2, "],");
        o.line(1, "};");
    }
    write_formats(g, &s, o);
    if !g.spec.protocol.is_genetlink() {
        write_for_message(g, &s, o);
    }
    o.line(0, "}");
}

fn write_formats(g: &Gen<'_>, s: &Statics, o: &mut Out) {
    for m in &g.spec.sub_messages {
        o.line(0, "");
        o.doc(1, &format!("The formats of the sub-message `{}`.", m.name));
        o.line(
            1,
            &format!(
                "pub static {}: [Format; {}] = [",
                s.formats[&m.name],
                m.formats.len()
            ),
        );
        for f in &m.formats {
            let header = f
                .fixed_header
                .as_ref()
                .and_then(|h| g.structs.get(h))
                .map_or(0, |h| h.len);
            let set = f
                .attribute_set
                .as_ref()
                .and_then(|a| s.sets.get(a))
                .map_or("None".to_owned(), |a| format!("Some(&{a})"));
            o.line(2, &format!("({}, {header}, {set}),", literal(&f.value)));
        }
        o.line(1, "];");
    }
}

/// `for_message`: the set of the attributes of a request of each message type.
fn write_for_message(g: &Gen<'_>, s: &Statics, o: &mut Out) {
    let mut arms: Vec<(u32, &str)> = Vec::new();
    for op in g.spec.operations.list.iter().filter(|o| !o.is_async()) {
        let (Some(v), Some(set)) = (op.request_value, op.attribute_set.as_deref()) else {
            continue;
        };
        if !arms.iter().any(|(x, _)| *x == v) {
            arms.push((v, &s.sets[set]));
        }
    }
    o.line(0, "");
    o.doc(1, "The attributes of a request of message type `message_type`, by the operation that sends it.");
    o.line(
        1,
        "pub fn for_message(message_type: u16) -> Option<&'static SetNames> {",
    );
    o.line(2, "match message_type {");
    for (v, set) in arms {
        o.line(3, &format!("{v} => Some(&{set}),"));
    }
    o.line(3, "_ => None,");
    o.line(2, "}");
    o.line(1, "}");
}
