//! Properties over arbitrary input: the dynamic codec and the generated parsers never
//! panic on any bytes, and a generated set read from well-formed attributes (of random
//! types and payloads) reads the same after being written back.

use nlkit::wire::{AttrIter, AttributeSet, Flags, MessageBuilder};
use nlkit::ynl::{ethtool, nl80211, nlctrl, rt_link, tc};
use nlkit_ynl::dynamic::Dynamic;
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

/// The specs the properties use, read once.
fn spec(name: &str) -> &'static nlkit_ynl::Spec {
    static SPECS: OnceLock<Vec<(&'static str, nlkit_ynl::Spec)>> = OnceLock::new();
    let specs = SPECS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
        ["rt_link", "ethtool", "nlctrl", "tc"]
            .into_iter()
            .map(|n| (n, nlkit_ynl::load(&dir.join(format!("{n}.yaml"))).unwrap()))
            .collect()
    });
    &specs.iter().find(|(n, _)| *n == name).unwrap().1
}

/// A run of well-formed attributes: types up to `max_type` (nested flag at random),
/// payloads of random bytes, some of them nests of more such attributes.
fn attributes(max_type: u16) -> impl Strategy<Value = Vec<u8>> {
    let leaf = (
        1..=max_type,
        any::<bool>(),
        prop::collection::vec(any::<u8>(), 0..24),
    );
    prop::collection::vec(
        (
            leaf,
            prop::collection::vec(
                (1..=max_type, prop::collection::vec(any::<u8>(), 0..12)),
                0..4,
            ),
        ),
        0..12,
    )
    .prop_map(|items| {
        let mut b = MessageBuilder::new(0, Flags::NONE);
        for ((t, nest, payload), inner) in items {
            if nest {
                let n = b.nest_start(t);
                for (it, ip) in inner {
                    b.attr_bytes(it, &ip);
                }
                b.nest_end(n);
            } else {
                b.attr_bytes(t, &payload);
            }
        }
        b.finish().unwrap()[16..].to_vec()
    })
}

fn reread<T: AttributeSet>(bytes: &[u8]) {
    let mut t = T::default();
    if t.read_attrs(AttrIter::new(bytes)).is_err() {
        return;
    }
    let mut b = MessageBuilder::new(0, Flags::NONE);
    t.write_attrs(&mut b);
    let again = b.finish().unwrap();
    let mut u = T::default();
    u.read_attrs(AttrIter::new(&again[16..])).unwrap();
    assert_eq!(u, t);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn dynamic_decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        for (name, set) in [("rt_link", "link-attrs"), ("ethtool", "linkmodes"), ("nlctrl", "ctrl-attrs"), ("tc", "tc-attrs")] {
            let codec = Dynamic::new(spec(name));
            let _ = codec.decode_attrs(set, &bytes);
            let _ = codec.decode_message(16, &bytes);
        }
    }

    #[test]
    fn dynamic_decoding_of_attributes_never_panics(bytes in attributes(70)) {
        for (name, set) in [("rt_link", "link-attrs"), ("ethtool", "strset"), ("nlctrl", "ctrl-attrs"), ("tc", "tc-attrs")] {
            let _ = Dynamic::new(spec(name)).decode_attrs(set, &bytes);
        }
    }

    #[test]
    fn generated_sets_read_back_what_they_write(bytes in attributes(40)) {
        reread::<rt_link::LinkAttrs>(&bytes);
        reread::<rt_link::LinkinfoAttrs>(&bytes);
        reread::<ethtool::Linkmodes>(&bytes);
        reread::<ethtool::Strset>(&bytes);
        reread::<nlctrl::CtrlAttrs>(&bytes);
        reread::<tc::TcAttrs>(&bytes);
        reread::<nl80211::Nl80211Attrs>(&bytes);
    }
}
