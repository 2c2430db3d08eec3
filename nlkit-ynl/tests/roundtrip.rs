//! Every generated attribute set of every family reads and writes back a sample built from
//! its spec: each attribute with a payload of its type's size (nests, indexed arrays and
//! repeated attributes included, a few levels deep), read into the generated type with
//! nothing left unknown or malformed, written out, and read back equal. The table of sets
//! (`roundtrip/table.rs`) is generated with the modules.

use nlkit::wire::{AttrIter, AttributeSet, Flags, MessageBuilder};
use nlkit_ynl::dynamic::Dynamic;
use nlkit_ynl::spec::{AttrSet, AttrType, Attribute, Limit, Spec};

type Check = fn(&[u8]) -> Result<(), String>;

const SETS: &[(&str, &str, Check)] = include!("roundtrip/table.rs");

/// How deep the sample goes into nests.
const DEPTH: usize = 3;

fn check<T: AttributeSet>(bytes: &[u8]) -> Result<(), String> {
    let mut t = T::default();
    t.read_attrs(AttrIter::new(bytes))
        .map_err(|e| e.to_string())?;
    let seen = format!("{t:?}");
    if seen.contains("Malformed {") || seen.contains("RawAttribute {") {
        return Err(format!("not read into its fields: {seen}"));
    }
    let mut b = MessageBuilder::new(0, Flags::NONE);
    t.write_attrs(&mut b);
    let out = b.finish().map_err(|e| e.to_string())?;
    let mut again = T::default();
    again
        .read_attrs(AttrIter::new(&out[16..]))
        .map_err(|e| e.to_string())?;
    if again != t {
        return Err(format!("read back differently:\n{t:?}\n{again:?}"));
    }
    Ok(())
}

fn limit(l: &Option<Limit>) -> Option<usize> {
    match l {
        Some(Limit::Int(n)) => usize::try_from(*n).ok(),
        _ => None,
    }
}

/// A payload of scalar type `ty`.
fn scalar(ty: AttrType) -> Option<Vec<u8>> {
    Some(match ty {
        AttrType::U8 | AttrType::S8 => vec![1],
        AttrType::U16 | AttrType::S16 => vec![1, 0],
        AttrType::U32 | AttrType::S32 => vec![1, 0, 0, 0],
        AttrType::U64 | AttrType::S64 | AttrType::Uint | AttrType::Sint => {
            vec![1, 0, 0, 0, 0, 0, 0, 0]
        }
        AttrType::Flag => vec![],
        AttrType::Bitfield32 => vec![1, 0, 0, 0, 1, 0, 0, 0],
        AttrType::String => b"ab\0".to_vec(),
        _ => return None,
    })
}

/// A binary attribute's payload: its struct, its array of `sub-type`, its display hint's
/// size, or the length its checks ask for.
fn binary(codec: &Dynamic<'_>, a: &Attribute) -> Vec<u8> {
    if let Some(s) = &a.struct_name {
        return vec![1; codec.struct_len(s).unwrap_or(4)];
    }
    if let Some(element) = a.sub_type.and_then(scalar) {
        return [element.clone(), element].concat();
    }
    let hinted = match a.display_hint.as_deref() {
        Some("ipv4") => Some(4),
        Some("ipv6") | Some("uuid") => Some(16),
        Some("mac") => Some(6),
        _ => None,
    };
    let len = limit(&a.checks.exact_len)
        .or(hinted)
        .or(limit(&a.checks.min_len))
        .unwrap_or(4);
    vec![7; len.min(64)]
}

/// Appends a sample of every attribute of `set`.
fn sample(codec: &Dynamic<'_>, set: &AttrSet, depth: usize, b: &mut MessageBuilder) {
    for a in &set.attributes {
        let times = if a.multi_attr { 2 } else { 1 };
        for _ in 0..times {
            one(codec, a, depth, b);
        }
    }
}

fn one(codec: &Dynamic<'_>, a: &Attribute, depth: usize, b: &mut MessageBuilder) {
    let spec = codec.spec();
    let inner = a
        .nested_attributes
        .as_deref()
        .and_then(|n| spec.attr_set(n));
    match a.ty {
        AttrType::Pad | AttrType::Unused | AttrType::NestTypeValue | AttrType::SubMessage => {}
        AttrType::Binary => {
            b.attr_bytes(a.id, &binary(codec, a));
        }
        AttrType::Nest => {
            let n = b.nest_start(a.id);
            if let Some(inner) = inner.filter(|_| depth > 0) {
                sample(codec, inner, depth - 1, b);
            }
            b.nest_end(n);
        }
        AttrType::IndexedArray => {
            let n = b.nest_start(a.id);
            for index in 0..2 {
                match (a.sub_type, inner) {
                    (Some(AttrType::Nest), Some(inner)) if depth > 0 => {
                        let e = b.nest_start(index);
                        sample(codec, inner, depth - 1, b);
                        b.nest_end(e);
                    }
                    (Some(t), _) => {
                        if let Some(p) = scalar(t) {
                            b.attr_bytes(index, &p);
                        }
                    }
                    _ => {}
                }
            }
            b.nest_end(n);
        }
        ty => {
            if let Some(p) = scalar(ty) {
                b.attr_bytes(a.id, &p);
            }
        }
    }
}

fn specs() -> Vec<(String, Spec)> {
    nlkit_ynl::embedded::SPECS
        .iter()
        .map(|(stem, _)| {
            (
                (*stem).to_owned(),
                nlkit_ynl::embedded::load(stem).unwrap().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_generated_set_reads_and_writes_back_a_sample_of_its_spec() {
    let specs = specs();
    let mut failures = Vec::new();
    for (stem, set_name, check) in SETS {
        let spec = &specs.iter().find(|(s, _)| s == stem).unwrap().1;
        let codec = Dynamic::new(spec);
        let set = spec.attr_set(set_name).unwrap();
        let mut b = MessageBuilder::new(0, Flags::NONE);
        sample(&codec, set, DEPTH, &mut b);
        let bytes = b.finish().unwrap();
        if let Err(e) = check(&bytes[16..]) {
            failures.push(format!("{stem} {set_name}: {e}"));
        }
    }
    assert!(SETS.len() > 300, "{} sets", SETS.len());
    assert!(
        failures.is_empty(),
        "{} of {} sets fail:\n{}",
        failures.len(),
        SETS.len(),
        failures.join("\n")
    );
}
