//! The golden tests of the nexthop printers (captured dumps against what ip printed) and
//! unit tests of the parsers.

mod golden {
    //! The nexthop dump captured in nlkit/src/rtnl/nexthop/fixtures/show.bin (read through
    //! the symlink tests/golden/nexthop_show.bin, so that the packaged crate has it), rendered,
    //! against what iproute2 printed for the same namespace (`ip [-j|-d] nexthop show`).
    use super::super::print::print_nexthop;
    use crate::names;
    use crate::render::Sink;
    use nlkit::rtnl::nexthop::Nexthop;
    use nlkit::rtnl::Object as _;
    use nlkit::wire::MessageIter;

    const DUMP: &[u8] = include_bytes!("../../../tests/golden/nexthop_show.bin");

    fn render(json: bool, details: bool) -> String {
        let links = names::Links::from_pairs(&[(1, "lo"), (2, "v1"), (3, "v0")]);
        let mut sink = Sink::new(Vec::new(), json, false);
        sink.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let nh = Nexthop::from_message(&m.unwrap()).unwrap();
            print_nexthop(&mut sink, &nh, &links, details, true).unwrap();
        }
        sink.end_list().unwrap();
        String::from_utf8(sink.into_inner()).unwrap()
    }

    #[test]
    fn text_and_json_are_what_ip_printed() {
        assert_eq!(
            render(false, false),
            include_str!("../../../tests/golden/nexthop_show.txt")
        );
        assert_eq!(
            render(false, true),
            include_str!("../../../tests/golden/nexthop_show_d.txt")
        );
        assert_eq!(
            render(true, false),
            include_str!("../../../tests/golden/nexthop_show.json")
        );
    }
}

mod parse {
    use super::super::change::{parse_group, timer};

    #[test]
    fn groups_with_weights() {
        let g = parse_group("1,3/5,256/0x10").unwrap();
        let ids: Vec<(u32, u32)> = g.iter().map(|m| (m.id, m.weight())).collect();
        assert_eq!(ids, [(1, 3), (5, 256), (16, 1)]);
        for bad in ["", "foo", "1/", "1//2", "1,,2", "1,0", "1,257", "/", "é"] {
            assert!(parse_group(bad).is_err(), "{bad}");
        }
        let e = parse_group("1/foo").unwrap_err();
        assert!(e.message.contains("\"1\""), "{}", e.message);
    }

    #[test]
    fn timers_in_ticks() {
        assert_eq!(timer("60", "").unwrap(), 6000);
        assert!(timer("100000000", "").is_err());
        assert!(timer("1.5", "").is_err());
    }
}
