//! The names of attributes, for saying which one an extended ACK points at: a static
//! description of attribute sets ([`SetNames`]: each attribute's number, name and what is
//! nested inside it) and [`name_at`], which walks a request's bytes down to an offset and
//! names what it finds there, `linkinfo/data/vxlan: id`.
//!
//! The descriptions are generated from the kernel's YNL specs (each `nlkit::ynl` family
//! has a `names` module); generic netlink requests of those families carry theirs
//! ([`genl::Request::attribute_names`](crate::genl::Request::attribute_names)), so a
//! [`KernelError`](crate::engine::KernelError) of one names the attribute at fault.
//!
//! ```
//! use nlkit::wire::names::{name_at, AttrName, Inner, SetNames};
//! static INNER: SetNames = SetNames {
//!     name: "inner",
//!     attrs: &[AttrName { id: 1, name: "id", inner: Inner::None }],
//! };
//! static TOP: SetNames = SetNames {
//!     name: "top",
//!     attrs: &[
//!         AttrName { id: 1, name: "name", inner: Inner::None },
//!         AttrName { id: 2, name: "info", inner: Inner::Nest(&INNER) },
//!     ],
//! };
//! // [name "ab"] [info [id 7]] from offset 0.
//! let bytes = [7, 0, 1, 0, b'a', b'b', 0, 0, 12, 0, 2, 0, 8, 0, 1, 0, 7, 0, 0, 0];
//! assert_eq!(name_at(&TOP, &bytes, 0, 12).as_deref(), Some("info: id"));
//! assert_eq!(name_at(&TOP, &bytes, 0, 0).as_deref(), Some("name"));
//! ```

use super::align;
use super::attr::{AttrView, ATTR_HEADER_LEN};

/// An attribute set's name and its attributes.
#[derive(Debug)]
pub struct SetNames {
    /// The set's name in the spec (`link-attrs`).
    pub name: &'static str,
    /// Its attributes.
    pub attrs: &'static [AttrName],
}

/// One attribute: its number, its name and what its payload holds.
#[derive(Debug)]
pub struct AttrName {
    /// The attribute type (`nla_type`).
    pub id: u16,
    /// The name in the spec (`linkinfo`).
    pub name: &'static str,
    /// What is nested in it.
    pub inner: Inner,
}

/// What an attribute's payload holds, for the walk to go on inside it.
#[derive(Debug)]
pub enum Inner {
    /// A value: the walk ends here.
    None,
    /// The attributes of a set.
    Nest(&'static SetNames),
    /// An array of nests (`indexed-array` of `nest`): each element's type is its index,
    /// its payload the attributes of the set.
    Indexed(&'static SetNames),
    /// A sub-message: the format is chosen by the value of the sibling attribute
    /// `selector` (a string such as `IFLA_INFO_KIND`).
    SubMessage {
        /// The name of the sibling attribute that selects the format.
        selector: &'static str,
        /// The formats.
        formats: &'static [Format],
    },
}

/// A sub-message format: the selector's value, the length of the fixed header before the
/// attributes, and the attributes' set (`None`: a header only).
pub type Format = (&'static str, usize, Option<&'static SetNames>);

impl AttrName {
    /// An attribute whose payload is a value.
    pub const fn value(id: u16, name: &'static str) -> AttrName {
        AttrName {
            id,
            name,
            inner: Inner::None,
        }
    }

    /// A nest of the attributes of `set`.
    pub const fn nest(id: u16, name: &'static str, set: &'static SetNames) -> AttrName {
        AttrName {
            id,
            name,
            inner: Inner::Nest(set),
        }
    }

    /// An array of nests of the attributes of `set`.
    pub const fn indexed(id: u16, name: &'static str, set: &'static SetNames) -> AttrName {
        AttrName {
            id,
            name,
            inner: Inner::Indexed(set),
        }
    }

    /// A sub-message whose format the sibling attribute `selector` chooses.
    pub const fn sub_message(
        id: u16,
        name: &'static str,
        selector: &'static str,
        formats: &'static [Format],
    ) -> AttrName {
        AttrName {
            id,
            name,
            inner: Inner::SubMessage { selector, formats },
        }
    }
}

impl SetNames {
    /// The attribute numbered `id`.
    pub fn by_id(&self, id: u16) -> Option<&'static AttrName> {
        self.attrs.iter().find(|a| a.id == id)
    }

    fn by_name(&self, name: &str) -> Option<&'static AttrName> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// The name of the attribute at byte `offset` of `message`, whose attributes of `set`
/// start at `attributes_offset`: the attributes it sits in joined by `/` (and a
/// sub-message's format after the attribute that holds it), then `: ` and its own name;
/// a top-level attribute is just its name. `None` when no attribute starts or lies there,
/// or the first one there is not in `set`. Where the description ends (an attribute it
/// does not know, a format it lacks), the name ends at the last attribute it knows.
pub fn name_at(
    set: &SetNames,
    message: &[u8],
    attributes_offset: usize,
    offset: usize,
) -> Option<String> {
    let mut path: Vec<String> = Vec::new();
    let run = message.get(attributes_offset..)?;
    walk(set, run, attributes_offset, offset, &mut path);
    let last = path.pop()?;
    Some(if path.is_empty() {
        last
    } else {
        format!("{}: {last}", path.join("/"))
    })
}

/// The attribute of `run` (at `base` in the message) that contains `target`.
fn find(run: &[u8], base: usize, target: usize) -> Option<(AttrView<&[u8]>, usize)> {
    let mut at = 0;
    while at < run.len() {
        let attr = AttrView::new_checked(run.get(at..)?).ok()?;
        let len = usize::from(attr.length());
        if target >= base + at && target < base + at + len.max(ATTR_HEADER_LEN) {
            return Some((attr, base + at));
        }
        at += align(len);
    }
    None
}

/// Pushes the names down to `target` within the attributes `run` (at `base`) of `set`.
fn walk(set: &SetNames, run: &[u8], base: usize, target: usize, path: &mut Vec<String>) {
    let Some((attr, at)) = find(run, base, target) else {
        return;
    };
    let Some(spec) = set.by_id(attr.attr_type()) else {
        return;
    };
    path.push(spec.name.to_owned());
    if target == at {
        return;
    }
    let payload = attr.payload();
    let inner_base = at + ATTR_HEADER_LEN;
    match &spec.inner {
        Inner::None => {}
        Inner::Nest(inner) => walk(inner, payload, inner_base, target, path),
        Inner::Indexed(inner) => {
            if let Some((element, element_at)) = find(payload, inner_base, target) {
                if target > element_at {
                    let run = element.payload();
                    walk(inner, run, element_at + ATTR_HEADER_LEN, target, path);
                }
            }
        }
        Inner::SubMessage { selector, formats } => {
            let Some(kind) = selector_value(set, run, selector) else {
                return;
            };
            let Some((value, header, inner)) = formats.iter().find(|f| f.0 == kind) else {
                return;
            };
            path.push((*value).to_owned());
            let skip = align(*header);
            if let (Some(inner), Some(rest)) = (inner, payload.get(skip..)) {
                walk(inner, rest, inner_base + skip, target, path);
            }
        }
    }
}

/// The string value of the attribute named `selector` among `run`, the attributes of `set`.
fn selector_value<'a>(set: &SetNames, run: &'a [u8], selector: &str) -> Option<&'a str> {
    let id = set.by_name(selector)?.id;
    let mut at = 0;
    while at < run.len() {
        let attr = AttrView::new_checked(run.get(at..)?).ok()?;
        let len = usize::from(attr.length());
        if attr.attr_type() == id {
            let p = run.get(at + ATTR_HEADER_LEN..at + len)?;
            let p = p.strip_suffix(&[0]).unwrap_or(p);
            return std::str::from_utf8(p).ok();
        }
        at += align(len);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    static VXLAN: SetNames = SetNames {
        name: "linkinfo-vxlan-attrs",
        attrs: &[AttrName {
            id: 1,
            name: "id",
            inner: Inner::None,
        }],
    };
    static LINKINFO: SetNames = SetNames {
        name: "linkinfo-attrs",
        attrs: &[
            AttrName {
                id: 1,
                name: "kind",
                inner: Inner::None,
            },
            AttrName {
                id: 2,
                name: "data",
                inner: Inner::SubMessage {
                    selector: "kind",
                    formats: &[("bridge", 0, None), ("vxlan", 0, Some(&VXLAN))],
                },
            },
        ],
    };
    static LINK: SetNames = SetNames {
        name: "link-attrs",
        attrs: &[
            AttrName {
                id: 3,
                name: "ifname",
                inner: Inner::None,
            },
            AttrName {
                id: 18,
                name: "linkinfo",
                inner: Inner::Nest(&LINKINFO),
            },
            AttrName {
                id: 30,
                name: "list",
                inner: Inner::Indexed(&VXLAN),
            },
        ],
    };

    /// A link request: header (16) + ifinfomsg (16), ifname "vx0", linkinfo with kind
    /// "vxlan" and data holding id, then an indexed list of one element holding id.
    fn vxlan_request() -> Vec<u8> {
        let mut m = vec![0u8; 32];
        m.extend_from_slice(&[8, 0, 3, 0, b'v', b'x', b'0', 0]); // 32
        m.extend_from_slice(&[28, 0, 18, 0]); // 40: linkinfo
        m.extend_from_slice(&[10, 0, 1, 0, b'v', b'x', b'l', b'a', b'n', 0, 0, 0]); // 44
        m.extend_from_slice(&[12, 0, 2, 0, 8, 0, 1, 0, 0, 0, 0, 1]); // 56: data, id at 60
        m.extend_from_slice(&[16, 0, 30, 0, 12, 0, 1, 0, 8, 0, 1, 0, 5, 0, 0, 0]); // 68
        m
    }

    #[test]
    fn names_through_nests_sub_messages_and_indexed_arrays() {
        let m = vxlan_request();
        let at = |offset| name_at(&LINK, &m, 32, offset);
        assert_eq!(at(32).as_deref(), Some("ifname"));
        assert_eq!(at(36).as_deref(), Some("ifname"), "inside the payload");
        assert_eq!(at(40).as_deref(), Some("linkinfo"));
        assert_eq!(at(44).as_deref(), Some("linkinfo: kind"));
        assert_eq!(at(56).as_deref(), Some("linkinfo: data"));
        assert_eq!(at(60).as_deref(), Some("linkinfo/data/vxlan: id"));
        assert_eq!(at(76).as_deref(), Some("list: id"));
        assert_eq!(at(4), None, "in the header");
        assert_eq!(at(84), None, "past the end");
    }

    #[test]
    fn the_name_ends_where_the_description_does() {
        let mut m = vxlan_request();
        m[48..53].copy_from_slice(b"dummy"); // kind "dummy": a format the names lack
        assert_eq!(
            name_at(&LINK, &m, 32, 60).as_deref(),
            Some("linkinfo: data")
        );
        m[42] = 99; // linkinfo becomes an attribute the set does not know
        assert_eq!(name_at(&LINK, &m, 32, 60), None);
    }

    #[test]
    fn truncated_or_garbage_bytes_never_panic() {
        let m = vxlan_request();
        for cut in 0..m.len() {
            for offset in 0..m.len() + 4 {
                let _ = name_at(&LINK, &m[..cut], 32.min(cut), offset);
            }
        }
        let mut g = m.clone();
        g[40] = 0xff; // a nest longer than the message
        assert_eq!(name_at(&LINK, &g, 32, 60), None);
    }
}
