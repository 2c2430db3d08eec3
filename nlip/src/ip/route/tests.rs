//! Captured dump datagrams in, iproute2's text and JSON out (see
//! nlip/tests/golden/capture.sh for how the files were made). No privileges needed.

use super::print::{print_route, Hide, RouteNames};
use crate::names;
use crate::render::Sink;
use nlkit::rtnl::route::Route;
use nlkit::rtnl::Object as _;
use nlkit::wire::MessageIter;

const DUMP: &[u8] = include_bytes!("../../../tests/golden/route_table_all.bin");
const LINKS: &str = include_str!("../../../tests/golden/links.txt");

fn render(json: bool, pretty: bool) -> String {
    let pairs: Vec<(u32, &str)> = LINKS
        .lines()
        .filter_map(|l| l.split_once(' '))
        .filter_map(|(i, n)| Some((i.parse().ok()?, n)))
        .collect();
    let links = names::Links::from_pairs(&pairs);
    let names = RouteNames::load();
    let mut sink = Sink::new(Vec::new(), json, pretty);
    sink.begin_list().unwrap();
    for m in MessageIter::new(DUMP) {
        let r = Route::from_message(&m.unwrap()).unwrap();
        let hide = Hide {
            table: true,
            ..Default::default()
        };
        print_route(&mut sink, &r, &names, &links, hide, false).unwrap();
    }
    sink.end_list().unwrap();
    String::from_utf8(sink.into_inner()).unwrap()
}

#[test]
fn text_is_what_ip_printed() {
    assert_eq!(
        render(false, false),
        include_str!("../../../tests/golden/route_table_all.txt")
    );
}

#[test]
fn json_is_what_ip_printed() {
    assert_eq!(
        render(true, false),
        include_str!("../../../tests/golden/route_table_all.json")
    );
    assert_eq!(
        render(true, true),
        include_str!("../../../tests/golden/route_table_all.pretty.json")
    );
}
