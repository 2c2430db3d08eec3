//! Fuzzes the datagram parsers: messages, control messages, nested attributes, every typed
//! rtnetlink object (through the one event decoder), every sock_diag socket family, the
//! tcp_info view, ss's filter language (the bytes as words), hexdump.
//! Run with `cargo +nightly fuzz run parse` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nlkit::rtnl::link::Link;
use nlkit::rtnl::route::{Encap, Route};
use nlkit::rtnl::{AnyObject, Event, Object};
use nlkit::wire::rtnl::IfInfoMsg;
use nlkit::wire::{hexdump, AttrIter, Control, FamilyMessage, MessageView};

fn walk(data: &[u8], depth: usize) {
    for a in AttrIter::new(data) {
        let Ok(a) = a else { break };
        let _ = (a.u32_ne(), a.string(), a.ip(), a.mac());
        if depth < 8 {
            walk(a.payload(), depth + 1);
        }
    }
}

/// What parsed emits to bytes that parse again, to the same kind.
fn round_trip(o: &AnyObject) {
    let Ok(bytes) = o.to_message(true) else {
        return;
    };
    let m = MessageView::new_checked(&bytes[..]).expect("an emitted message is well formed");
    let again = AnyObject::parse(&m).expect("an object's message type");
    assert_eq!(again.map(|a| a.kind()).ok(), Some(o.kind()));
}

fuzz_target!(|data: &[u8]| {
    for m in nlkit::wire::MessageIter::new(data) {
        let Ok(m) = m else { break };
        let _ = Control::parse(&m);
        walk(m.payload(), 0);
        if let Ok(f) = FamilyMessage::<IfInfoMsg>::parse(m.payload()) {
            walk(f.attribute_bytes(), 0);
        }
        // Whatever the message type, the typed decoder gives an event, never a panic.
        if let Some(o) = Event::decode(&m).object() {
            round_trip(o);
        }
        if let Ok(r) = Route::parse(m.payload()) {
            round_trip(&AnyObject::Route(r));
        }
        if let Ok(l) = Link::parse(m.payload()) {
            round_trip(&AnyObject::Link(Box::new(l)));
        }
    }
    // The other typed parsers on the same bytes (no panic, whatever they return).
    let _ = nlkit::rtnl::netconf::Netconf::parse(data);
    let _ = nlkit::rtnl::nexthop::NexthopBucket::parse(data);
    let _ = nlkit::rtnl::neigh::Neighbour::parse(data);
    let _ = nlkit::rtnl::rule::Rule::parse(data);
    let _ = Encap::parse(2, data);
    let _ = Encap::parse(1, data);
    let _ = hexdump::describe("fuzz", data);
    // sock_diag: every family's reply, tcp_info of any length, the filter language.
    let _ = nlkit::sock_diag::InetSocket::parse(data);
    let _ = nlkit::sock_diag::unix::UnixSocket::parse(data);
    let _ = nlkit::sock_diag::packet::PacketSocket::parse(data);
    let _ = nlkit::sock_diag::netlink::NetlinkSocket::parse(data);
    let _ = nlkit::sock_diag::xdp::XdpSocket::parse(data);
    let _ = nlkit::sock_diag::vsock::VsockSocket::parse(data);
    let _ = nlkit::sock_diag::TcpInfo::new(data.to_vec()).rtt();
    let text = String::from_utf8_lossy(data);
    let words: Vec<&str> = text.split_whitespace().collect();
    if let Ok(Some(expr)) = nlkit::sock_diag::filter::Expr::parse(&words) {
        let _ = nlkit::sock_diag::filter::compile(&expr);
    }
});
