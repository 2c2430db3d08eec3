//! What the object modules share for changing kernel state: how a new object meets an
//! existing one ([`ChangeMode`]), and flushing (dump, then delete what a predicate keeps,
//! pipelined).
//!
//! Each object module (`neigh`, `rule`, `nexthop`) has the same small set of functions on top
//! of this: `request(object, mode)` builds the message, `add` sends it and waits for the
//! ACK, `delete` removes one object, `flush` removes every object a filter and a predicate
//! select.

use crate::engine::{AckMode, Conn, Error};
use crate::wire::{Flags, MessageBuilder};

/// How an `RTM_NEW*` request treats an object that exists already (the `NLM_F_*` flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeMode {
    /// Create; fail with `EEXIST` when it exists (`NLM_F_CREATE | NLM_F_EXCL`, `ip ... add`).
    Add,
    /// Create or overwrite (`NLM_F_CREATE | NLM_F_REPLACE`, `ip ... replace`).
    Replace,
    /// Overwrite; fail with `ENOENT` when it does not exist (`NLM_F_REPLACE`,
    /// `ip ... change`).
    Change,
}

impl ChangeMode {
    /// The request flags of this mode (the engine adds `NLM_F_REQUEST | NLM_F_ACK`).
    pub fn flags(self) -> Flags {
        match self {
            ChangeMode::Add => Flags::CREATE | Flags::EXCL,
            ChangeMode::Replace => Flags::CREATE | Flags::REPLACE,
            ChangeMode::Change => Flags::REPLACE,
        }
    }
}

/// What a flush did.
#[derive(Debug)]
pub struct Flushed<T> {
    /// The objects deleted.
    pub deleted: Vec<T>,
    /// The objects already gone when their delete arrived (`ENOENT`/`ESRCH`: removed by the
    /// kernel with another one, such as a nexthop group with its last member), with the
    /// kernel's answer.
    pub gone: Vec<(T, Error)>,
    /// The objects the kernel refused to delete, with its error.
    pub failed: Vec<(T, Error)>,
}

impl<T> Default for Flushed<T> {
    fn default() -> Self {
        Flushed {
            deleted: Vec::new(),
            gone: Vec::new(),
            failed: Vec::new(),
        }
    }
}

/// True when `e` says the object is gone already (`ENOENT` or `ESRCH`).
pub fn is_gone(e: &Error) -> bool {
    matches!(e.errno(), Some(n) if n == crate::sys::errno::ENOENT || n == crate::sys::errno::ESRCH)
}

/// Deletes `items` through a pipeline (only failures are answered), each built by `emit`
/// into a `message_type` message.
pub(crate) fn delete_all<T>(
    conn: &mut Conn,
    message_type: u16,
    items: Vec<T>,
    emit: impl Fn(&T, &mut MessageBuilder),
) -> Flushed<T> {
    let mut errors: Vec<Option<Error>> = Vec::with_capacity(items.len());
    {
        let mut p = conn.pipeline();
        p.set_ack_mode(AckMode::ErrorsOnly);
        let mut take = |p: &mut crate::engine::Pipeline<'_>| {
            while let Some(c) = p.pop_result() {
                let i = usize::try_from(c.index).unwrap_or(usize::MAX);
                if errors.len() <= i {
                    errors.resize_with(i + 1, || None);
                }
                errors[i] = c.result.err();
            }
        };
        for item in &items {
            p.push_with(message_type, Flags::NONE, |b| emit(item, b));
            take(&mut p);
        }
        p.finish();
        take(&mut p);
    }
    let mut out = Flushed::default();
    for (i, item) in items.into_iter().enumerate() {
        match errors.get_mut(i).and_then(Option::take) {
            Some(e) if is_gone(&e) => out.gone.push((item, e)),
            Some(e) => out.failed.push((item, e)),
            None => out.deleted.push(item),
        }
    }
    out
}

/// Helpers for the byte-fixture tests of requests captured from `ip` with strace.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::wire::MessageBuilder;

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
        let ours = ours.bytes().unwrap();
        assert_eq!(ours.len(), ip.len(), "{command}: length");
        assert_eq!(ours[..4], ip[..4], "{command}: nlmsg_len");
        assert_eq!(ours[4..6], ip[4..6], "{command}: type");
        let flags = u16::from_ne_bytes([ours[6], ours[7]]) | 0x05;
        assert_eq!(
            flags,
            u16::from_ne_bytes([ip[6], ip[7]]),
            "{command}: flags"
        );
        assert_eq!(ours[16..], ip[16..], "{command}: payload");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_flags() {
        assert_eq!(ChangeMode::Add.flags(), Flags(0x600));
        assert_eq!(ChangeMode::Replace.flags(), Flags(0x500));
        assert_eq!(ChangeMode::Change.flags(), Flags(0x100));
    }
}
