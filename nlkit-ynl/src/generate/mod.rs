//! The generator: a [`Spec`] becomes a Rust module over nlkit's one-shape object model.
//!
//! A family's module holds, in this order: the family's name and version (or protocol
//! number), its definitions (constants; enums as `open_enum!`, flags as `flag_set!`,
//! structs as `fixed_struct!`), the attribute ids (`attrs::<set>::<ATTR>`), one
//! `attribute_set!` struct per attribute set (an `Option` per attribute, a `Vec` per
//! repeated one; unknown attributes kept raw and re-emitted), the sub-message enums, the
//! command numbers (`cmd`, or `message_type` for netlink-raw), the multicast groups
//! (`mcgrp`), a request struct and builder per do and dump (`dev_get(family_id,
//! &DevGetRequest)`), and the notifications (`Notification::parse`). Doc comments come
//! from the spec's `doc`.
//!
//! [`generate_all`] writes every family of a spec directory and `mod.rs`; the `nlkit-ynl`
//! binary runs it (`cargo run -p nlkit-ynl -- generate`).

mod attr_names;
mod defs;
mod names;
mod ops;
mod out;
mod sets;

use crate::spec::{AttrSet, Attribute, Spec};
use crate::SpecError;
use names::{camel, snake, Taken};
use out::Out;
use std::collections::BTreeMap;
use std::path::Path;

/// How a definition of type enum or flags is generated.
#[derive(Debug, Clone)]
struct EnumInfo {
    ty: String,
    repr: &'static str,
    width: usize,
    is_flags: bool,
}

/// A struct definition that is generated as a fixed structure.
#[derive(Debug, Clone)]
struct StructInfo {
    ty: String,
    len: usize,
}

/// What the generation of one family knows about its names.
struct Gen<'a> {
    spec: &'a Spec,
    enums: BTreeMap<String, EnumInfo>,
    structs: BTreeMap<String, StructInfo>,
    set_types: BTreeMap<String, String>,
    sub_types: BTreeMap<String, String>,
    id_modules: BTreeMap<String, String>,
}

impl<'a> Gen<'a> {
    fn new(spec: &'a Spec, types: &mut Taken) -> Gen<'a> {
        let structs = defs::plan_structs(spec, types);
        let enums = defs::plan_enums(spec, types);
        let mut set_types = BTreeMap::new();
        for s in &spec.attribute_sets {
            set_types.insert(s.name.clone(), types.unique(camel(&s.name), "Attrs"));
        }
        let mut sub_types = BTreeMap::new();
        for s in &spec.sub_messages {
            sub_types.insert(s.name.clone(), types.unique(camel(&s.name), "Formats"));
        }
        let mut modules = Taken::default();
        let mut id_modules = BTreeMap::new();
        for s in spec.attribute_sets.iter().filter(|s| s.subset_of.is_none()) {
            id_modules.insert(s.name.clone(), modules.unique(snake(&s.name), "_set"));
        }
        Gen {
            spec,
            enums,
            structs,
            set_types,
            sub_types,
            id_modules,
        }
    }

    /// The constant of `a`'s id in its id module.
    fn id_const(&self, set: &AttrSet, a: &Attribute) -> String {
        sets::id_const_name(set, a)
    }

    /// The path of `a`'s id: `attrs::<module of the set or its parent>::<ATTR>`.
    fn id_path(&self, set: &AttrSet, a: &Attribute) -> String {
        let root = set
            .subset_of
            .as_deref()
            .and_then(|p| self.spec.attr_set(p))
            .unwrap_or(set);
        format!(
            "attrs::{}::{}",
            self.id_modules[&root.name],
            self.id_const(root, a)
        )
    }

    /// True when the set `from` nests, directly or not, the set `to`.
    fn reaches(&self, from: &str, to: &str) -> bool {
        let mut seen: Vec<&str> = Vec::new();
        let mut todo = vec![from];
        while let Some(s) = todo.pop() {
            if s == to {
                return true;
            }
            if seen.contains(&s) {
                continue;
            }
            seen.push(s);
            if let Some(set) = self.spec.attr_set(s) {
                todo.extend(
                    set.attributes
                        .iter()
                        .filter_map(|a| a.nested_attributes.as_deref()),
                );
            }
        }
        false
    }
}

/// Type names a family module cannot define: the prelude's and what the module imports
/// or defines itself.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Debug",
    "Copy",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Hash",
    "Send",
    "Sync",
    "Sized",
    "Iterator",
    "From",
    "Into",
    "Drop",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "ToString",
    "ToOwned",
    "AsRef",
    "AsMut",
    "Extend",
    "IntoIterator",
    "FromIterator",
    "Unpin",
    "Fn",
    "FnMut",
    "FnOnce",
    "DecodeError",
    "MessageBuilder",
    "FamilyMessage",
    "Flags",
    "AttributeSet",
    "Notification",
    "Family",
];

/// The module name of a spec file (`rt-neigh.yaml` is `rt_neigh`).
pub fn module_name(file_stem: &str) -> String {
    snake(file_stem)
}

/// The cargo feature of a spec file (`rt_link.yaml` is `ynl-rt-link`).
pub fn feature_name(file_stem: &str) -> String {
    format!("ynl-{}", snake(file_stem).replace('_', "-"))
}

/// The Rust module of `spec`; `source` names the spec file in the module's header.
pub fn generate_family(spec: &Spec, source: &str) -> String {
    let mut types = Taken::default();
    types.reserve(RESERVED_TYPES);
    let mut values = Taken::default();
    values.reserve(&[
        "FAMILY_NAME",
        "FAMILY_VERSION",
        "PROTOCOL",
        "attrs",
        "cmd",
        "message_type",
        "mcgrp",
        "names",
    ]);
    let g = Gen::new(spec, &mut types);
    let mut o = Out::default();
    write_header(&g, source, &mut o);
    defs::write_definitions(&g, &mut values, &mut o);
    sets::write_ids(&g, &mut o);
    sets::write_sets(&g, &mut o);
    sets::write_sub_messages(&g, &mut o);
    ops::write_cmds(&g, &mut o);
    ops::write_mcgrps(&g, &mut o);
    ops::write_requests(&g, &mut types, &mut values, &mut o);
    ops::write_notifications(&g, &mut o);
    attr_names::write_names(&g, &mut o);
    o.finish()
}

fn write_header(g: &Gen<'_>, source: &str, o: &mut Out) {
    let s = g.spec;
    o.inner_doc(&format!(
        "`{}` ({}): {}",
        s.name,
        s.protocol.name(),
        out::prose(s.doc.trim())
    ));
    o.line(0, "//!");
    o.line(
        0,
        &format!("//! Generated from `{source}` (the kernel's YNL spec, used under"),
    );
    o.line(
        0,
        "//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.",
    );
    o.line(0, "");
    o.line(0, "#[allow(unused_imports)]");
    o.line(0, "use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};");
    o.line(0, "");
    if s.protocol.is_genetlink() {
        o.doc(0, "The family's name, to resolve its id with.");
        o.line(
            0,
            &format!("pub const FAMILY_NAME: &str = {};", out::literal(&s.name)),
        );
        o.doc(0, "The family's interface version (`genlmsghdr.version`).");
        o.line(0, &format!("pub const FAMILY_VERSION: u8 = {};", s.version));
        write_family_type(s, o);
    } else {
        o.doc(
            0,
            "The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).",
        );
        o.line(
            0,
            &format!("pub const PROTOCOL: u32 = {};", s.protonum.unwrap_or(0)),
        );
    }
}

/// The family as a `genl::Family`: the type every request of the module names, so that
/// `genl::get`, `dump` and `execute` resolve its id by name (nlctrl's is fixed).
fn write_family_type(s: &Spec, o: &mut Out) {
    o.line(0, "");
    o.doc(0, &format!("The `{}` family, for the operations of [`crate::genl`] ([`crate::genl::get`], [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by [`crate::genl::Families`].", s.name));
    o.line(0, "#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]");
    o.line(0, "pub struct Family;");
    o.line(0, "");
    o.line(0, "impl crate::genl::Family for Family {");
    o.line(1, "const NAME: &'static str = FAMILY_NAME;");
    o.line(1, "const VERSION: u8 = FAMILY_VERSION;");
    if s.name == "nlctrl" {
        o.line(
            1,
            "const ID: Option<u16> = Some(crate::genl::GENL_ID_CTRL);",
        );
    }
    o.line(0, "}");
}

/// One generated file: its path under `nlkit/src/ynl/` and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file name (`ethtool.rs`, `mod.rs`).
    pub name: String,
    /// The text.
    pub text: String,
}

/// A spec file of a directory, read.
#[derive(Debug, Clone)]
pub struct Family {
    /// The file's stem (`rt_link`).
    pub stem: String,
    /// The spec.
    pub spec: Spec,
}

/// Reads every `*.yaml` spec of `dir`, sorted by file name.
pub fn read_dir(dir: &Path) -> Result<Vec<Family>, SpecError> {
    let err = |e: std::io::Error| SpecError {
        file: dir.display().to_string(),
        line: 0,
        path: String::new(),
        message: format!("cannot read the directory: {e}"),
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(Family {
                stem,
                spec: crate::load(p)?,
            })
        })
        .collect()
}

/// The licence file of the specs, copied beside the generated modules (they carry the
/// specs' documentation).
pub const LICENCE: &str = "LICENSE-BSD-3-Clause";

/// Every family's module, `mod.rs` and the specs' licence, generated from the specs of
/// `dir` (named in the modules' headers as `<source_dir>/<file>`).
pub fn generate_all(dir: &Path, source_dir: &str) -> Result<Vec<GeneratedFile>, SpecError> {
    let families = read_dir(dir)?;
    let licence = dir.join(LICENCE);
    let licence_text = std::fs::read_to_string(&licence).map_err(|e| SpecError {
        file: licence.display().to_string(),
        line: 0,
        path: String::new(),
        message: format!("cannot read the specs' licence: {e}"),
    })?;
    let mut files = vec![
        GeneratedFile {
            name: "mod.rs".to_owned(),
            text: mod_rs(&families),
        },
        GeneratedFile {
            name: LICENCE.to_owned(),
            text: licence_text,
        },
    ];
    for f in &families {
        let source = format!("{source_dir}/{}.yaml", f.stem);
        files.push(GeneratedFile {
            name: format!("{}.rs", module_name(&f.stem)),
            text: generate_family(&f.spec, &source),
        });
    }
    Ok(files)
}

/// Where the round-trip test's table of every generated attribute set is written, from the
/// workspace root.
pub const ROUNDTRIP_TABLE: &str = "nlkit-ynl/tests/roundtrip/table.rs";

/// The round-trip test's table: a line `("stem", "set", check::<nlkit::ynl::module::Type>)`
/// for every attribute set of every family (the test builds a sample of each set from its
/// spec and checks that the generated type reads and writes it back).
pub fn roundtrip_table(families: &[Family]) -> String {
    let mut o = Out::default();
    o.line(
        0,
        "// The generated attribute set of every spec's every set, for tests/roundtrip.rs.",
    );
    o.line(
        0,
        "// Generated by `cargo run -p nlkit-ynl -- generate`: do not edit.",
    );
    o.line(0, "&[");
    for f in families {
        let mut types = Taken::default();
        types.reserve(RESERVED_TYPES);
        let g = Gen::new(&f.spec, &mut types);
        for s in &f.spec.attribute_sets {
            o.line(
                1,
                &format!(
                    "({}, {}, check::<nlkit::ynl::{}::{}>),",
                    out::literal(&f.stem),
                    out::literal(&s.name),
                    module_name(&f.stem),
                    g.set_types[&s.name]
                ),
            );
        }
    }
    o.line(0, "]");
    o.finish()
}

/// `rtnetlink_names`: the attribute names of a rtnetlink request, from the netlink-raw
/// families of protocol 0 that are compiled in.
fn write_rtnetlink_names(families: &[Family], o: &mut Out) {
    o.line(0, "");
    o.doc(0, "The names of the attributes of a rtnetlink request of `message_type` (`RTM_NEWLINK`, ...), from the rtnetlink families compiled in (`ynl-rt-link`, ...); the engine names a [`KernelError`](crate::engine::KernelError)'s attribute with them.");
    o.line(0, "#[allow(unused_variables)]");
    o.line(0, "pub fn rtnetlink_names(message_type: u16) -> Option<&'static crate::wire::names::SetNames> {");
    for f in families
        .iter()
        .filter(|f| !f.spec.protocol.is_genetlink() && f.spec.protonum == Some(0))
    {
        o.line(
            1,
            &format!("#[cfg(feature = \"{}\")]", feature_name(&f.stem)),
        );
        o.line(
            1,
            &format!(
                "if let Some(s) = {}::names::for_message(message_type) {{",
                module_name(&f.stem)
            ),
        );
        o.line(2, "return Some(s);");
        o.line(1, "}");
    }
    o.line(1, "None");
    o.line(0, "}");
}

/// `mod.rs`: the family modules, each behind its feature, and the helpers they share.
pub fn mod_rs(families: &[Family]) -> String {
    let mut o = Out::default();
    for l in include_str!("mod_head.rs.in").lines() {
        o.line(0, l);
    }
    write_rtnetlink_names(families, &mut o);
    for f in families {
        let feature = feature_name(&f.stem);
        o.line(0, "");
        o.line(0, &format!("#[cfg(feature = \"{feature}\")]"));
        o.line(
            0,
            &format!("#[cfg_attr(docsrs, doc(cfg(feature = \"{feature}\")))]"),
        );
        o.line(0, "#[rustfmt::skip]");
        o.line(0, &format!("pub mod {};", module_name(&f.stem)));
    }
    o.finish()
}
