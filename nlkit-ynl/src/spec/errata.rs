//! Corrections to the kernel's specs where they disagree with the kernel's uapi headers
//! (which are what the kernel sends). The vendored spec files stay verbatim; the model
//! read from them gets these fixes, each with the reason, so the generated code, the
//! dynamic codec and any tool built on the model agree with the kernel.

use super::model::Spec;

/// One correction: the attribute `attribute` of the set `set` of family `family` has the
/// type number `id`.
struct Erratum {
    family: &'static str,
    set: &'static str,
    attribute: &'static str,
    id: u16,
}

/// The 6.12 nlctrl spec lists `mask` before `pad` in `policy-attrs`, so counting gives
/// mask 11 and pad 12; `enum netlink_policy_type_attr` (linux/netlink.h) has
/// `NL_POLICY_TYPE_ATTR_PAD` = 11 and `NL_POLICY_TYPE_ATTR_MASK` = 12, and the kernel
/// sends a policy's mask as type 12.
const ERRATA: &[Erratum] = &[
    Erratum {
        family: "nlctrl",
        set: "policy-attrs",
        attribute: "pad",
        id: 11,
    },
    Erratum {
        family: "nlctrl",
        set: "policy-attrs",
        attribute: "mask",
        id: 12,
    },
];

/// Applies the corrections that concern `spec`.
pub(super) fn apply(spec: &mut Spec) {
    for e in ERRATA.iter().filter(|e| e.family == spec.name) {
        let set = spec.attribute_sets.iter_mut().find(|s| s.name == e.set);
        let attr = set.and_then(|s| s.attributes.iter_mut().find(|a| a.name == e.attribute));
        if let Some(a) = attr {
            a.id = e.id;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn nlctrl_policy_mask_and_pad_have_the_uapi_numbers() {
        let spec = crate::embedded::load("nlctrl").unwrap().unwrap();
        let set = spec.attr_set("policy-attrs").unwrap();
        assert_eq!(set.by_id(11).unwrap().name, "pad");
        assert_eq!(set.by_id(12).unwrap().name, "mask");
        assert_eq!(set.by_id(10).unwrap().name, "bitfield32-mask");
    }
}
