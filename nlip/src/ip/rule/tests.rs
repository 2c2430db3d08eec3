//! Rules rendered against what ip printed, and the values read as ip reads them.

mod golden {
    //! The rule dump captured in nlkit/src/rtnl/rule/fixtures/show.bin (read through the
    //! symlink tests/golden/rule_show.bin, so that the packaged crate has it), rendered,
    //! against what iproute2 printed for the same namespace (`ip [-j] -4|-6 rule show`).
    use super::super::print::print_rule;
    use crate::render::Sink;
    use nlkit::rtnl::rule::Rule;
    use nlkit::rtnl::Object;
    use nlkit::wire::MessageIter;

    const DUMP: &[u8] = include_bytes!("../../../tests/golden/rule_show.bin");

    fn render(json: bool, family: Option<u8>) -> String {
        let mut sink = Sink::new(Vec::new(), json, false);
        sink.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let r = Rule::from_message(&m.unwrap()).unwrap();
            if family.is_none_or(|f| f == u8::from(r.family)) {
                print_rule(&mut sink, &r, false).unwrap();
            }
        }
        sink.end_list().unwrap();
        String::from_utf8(sink.into_inner()).unwrap()
    }

    #[test]
    fn text_and_json_are_what_ip_printed() {
        assert_eq!(
            render(false, None),
            include_str!("../../../tests/golden/rule_show.txt")
        );
        assert_eq!(
            render(true, Some(2)),
            include_str!("../../../tests/golden/rule_show4.json")
        );
        assert_eq!(
            render(true, Some(10)),
            include_str!("../../../tests/golden/rule_show6.json")
        );
    }
}

mod parse_tests {
    use super::super::change::rule_type;
    use super::super::words::{dsfield, range};
    use crate::args::c_u32;
    use nlkit::rtnl::rule::RuleAction;

    #[test]
    fn ranges_and_numbers_as_c_reads_them() {
        assert_eq!(range("5"), Some((5, None)));
        assert_eq!(range("5-"), Some((5, None)));
        assert_eq!(range("1-2-3"), Some((1, Some(2))));
        assert_eq!(range("x"), None);
        assert_eq!(
            range("99999999999999999999999-1"),
            Some((u32::MAX, Some(1)))
        );
        assert_eq!(range("-1"), Some((u32::MAX, None)));
        assert_eq!(range("0x10"), Some((0, None)));
        assert_eq!(c_u32("0x10"), Some(16));
        assert_eq!(c_u32("010"), Some(8));
        assert_eq!(c_u32("-1"), None);
        assert_eq!(c_u32("4294967296"), None);
        assert_eq!(dsfield("16"), Some(0x16));
        assert_eq!(dsfield("0x100"), None);
    }

    #[test]
    fn rule_types_in_ip_order() {
        assert_eq!(rule_type("n"), Some(RuleAction::Nop));
        // Route types go by number: broadcast is 3 (`nop`'s number).
        assert_eq!(rule_type("b").map(RuleAction::raw), Some(3));
        assert_eq!(rule_type("bl"), Some(RuleAction::Blackhole));
        assert_eq!(rule_type("u"), Some(RuleAction::Unreachable));
        assert_eq!(rule_type("uni").map(RuleAction::raw), Some(1));
        assert_eq!(rule_type("p"), Some(RuleAction::Prohibit));
        for bad in ["l", "t", "na", "ma", "300", "", "é"] {
            assert_eq!(rule_type(bad), None, "{bad}");
        }
    }
}
