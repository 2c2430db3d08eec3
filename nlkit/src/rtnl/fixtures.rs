//! Helpers for the byte-fixture tests of requests captured from `ip` with strace.

use crate::wire::{Flags, MessageBuilder, MessageView};

/// Reads a fixture file of `ip COMMAND` lines each followed by a line of the hex bytes
/// ip sent for it: (command, bytes).
pub(crate) fn requests(text: &str) -> Vec<(&str, Vec<u8>)> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    lines
        .chunks(2)
        .map(|c| {
            let bytes = c[1]
                .split_whitespace()
                .map(|h| u8::from_str_radix(h, 16).unwrap())
                .collect();
            (c[0], bytes)
        })
        .collect()
}

/// Asserts that `ours` is the request ip sent, `ip`: the same type, the same flags once
/// the engine adds `NLM_F_REQUEST | NLM_F_ACK`, the same length and payload (the sequence
/// number and port id are the engine's).
pub(crate) fn assert_same(command: &str, ours: &MessageBuilder, ip: &[u8]) {
    let ours = MessageView::new_checked(ours.bytes().unwrap()).unwrap();
    let ip = MessageView::new_checked(ip).unwrap();
    assert_eq!(ours.length(), ip.length(), "{command}: nlmsg_len");
    assert_eq!(ours.message_type(), ip.message_type(), "{command}: type");
    let flags = ours.flags() | Flags::REQUEST | Flags::ACK;
    assert_eq!(flags, ip.flags(), "{command}: flags");
    assert_eq!(ours.payload(), ip.payload(), "{command}: payload");
}
