//! The attribute an extended ACK points at (`NLMSGERR_ATTR_OFFS`, a byte offset into the
//! request), named by the spec: `.header.dev-name`, as `cli.py` shows it.

use super::Dynamic;
use crate::spec::{AttrSet, AttrType};
use nlkit::wire::genl::GenlMsgHdr;
use nlkit::wire::nlmsg::HEADER_LEN;
use nlkit::wire::{align, AttrIter, FixedStruct};

impl Dynamic<'_> {
    /// The names of the attributes from the top of `request` (a whole message of operation
    /// `op`) down to the one at byte `offset`, each after a `.`; `None` when no attribute
    /// of the spec starts there. Inside a sub-message or an attribute the spec does not
    /// know, the path ends at the enclosing attribute.
    ///
    /// ```
    /// # use nlkit_ynl::dynamic::Dynamic;
    /// # let spec = nlkit_ynl::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/ethtool.yaml"))).unwrap();
    /// let codec = Dynamic::new(&spec);
    /// let args = serde_json::json!({"header": {"dev-name": "v0"}});
    /// let request = codec.request("linkinfo-get", false, 21, &args).unwrap().finish().unwrap();
    /// // nlmsghdr 16, genlmsghdr 4, the header nest's own header 4: dev-name is at 24.
    /// assert_eq!(codec.attribute_at("linkinfo-get", &request, 24).as_deref(), Some(".header.dev-name"));
    /// ```
    pub fn attribute_at(&self, op: &str, request: &[u8], offset: usize) -> Option<String> {
        let o = self.spec.operation(op)?;
        let set = self.spec.attr_set(o.attribute_set.as_deref()?)?;
        let mut start = HEADER_LEN;
        if self.spec.protocol.is_genetlink() {
            start += GenlMsgHdr::LEN;
        }
        if let Some(h) = self.spec.fixed_header_of(o) {
            start += align(self.struct_len(h)?);
        }
        let attrs = request.get(start..)?;
        let mut path = String::new();
        self.walk(set, attrs, start, offset, &mut path)
            .then_some(path)
    }

    /// Appends the names down to `target` within the attributes `bytes` (at `base` in the
    /// message) of `set`; true when an attribute contains it.
    fn walk(
        &self,
        set: &AttrSet,
        bytes: &[u8],
        base: usize,
        target: usize,
        path: &mut String,
    ) -> bool {
        let mut at = base;
        for a in AttrIter::new(bytes) {
            let Ok(a) = a else {
                return false;
            };
            let len = align(usize::from(a.length()));
            if target < at {
                return false;
            }
            if target >= at + len {
                at += len;
                continue;
            }
            let Some(spec) = set.by_id(a.attr_type()) else {
                return false;
            };
            path.push('.');
            path.push_str(&spec.name);
            if target == at || spec.ty != AttrType::Nest {
                return true;
            }
            let inner = spec
                .nested_attributes
                .as_deref()
                .and_then(|n| self.spec.attr_set(n));
            if let Some(inner) = inner {
                // Past the nest's own header: as deep as the spec goes.
                self.walk(inner, a.payload(), at + 4, target, path);
            }
            return true;
        }
        false
    }
}
