//! Fuzzes the datagram parsers: messages, control messages, nested attributes, hexdump.
//! Run with `cargo +nightly fuzz run parse` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nlkit::wire::{hexdump, AttrIter, Control};

fn walk(data: &[u8], depth: usize) {
    for a in AttrIter::new(data) {
        let Ok(a) = a else { break };
        let _ = (a.u32_ne(), a.string(), a.ip(), a.mac());
        if depth < 8 {
            walk(a.payload(), depth + 1);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    for m in nlkit::wire::MessageIter::new(data) {
        let Ok(m) = m else { break };
        let _ = Control::parse(&m);
        walk(m.payload(), 0);
        if let Ok(rest) = m.payload_after(16) {
            walk(rest, 0);
        }
        if let Ok(r) = nlkit::rtnl::route::Route::parse(m.payload()) {
            let mut b = nlkit::wire::MessageBuilder::new(24, nlkit::wire::Flags::NONE);
            r.emit(&mut b);
            let _ = b.finish();
        }
        if let Ok(l) = nlkit::rtnl::link::Link::parse(m.payload()) {
            let mut b = nlkit::wire::MessageBuilder::new(16, nlkit::wire::Flags::NONE);
            l.emit(&mut b);
            if let Ok(bytes) = b.finish() {
                // What parsed emits to bytes that parse again.
                let again = nlkit::rtnl::link::Link::parse(&bytes[16..]);
                assert!(again.is_ok());
            }
        }
    }
    // The other typed parsers on the same bytes (no panic, whatever they return).
    let _ = nlkit::rtnl::netconf::Netconf::parse(data);
    let _ = nlkit::rtnl::nexthop::NexthopBucket::parse(data);
    let _ = nlkit::rtnl::route::Encap::parse(2, data);
    let _ = nlkit::rtnl::route::Encap::parse(1, data);
    let _ = hexdump::describe("fuzz", data);
});
