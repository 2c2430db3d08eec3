//! ip's binary dump files (`route save`, `rule save`): a 4-byte magic (little-endian), then
//! the netlink messages as the kernel sent them in the dump. `restore` sends them back as
//! new objects.

use crate::diag::Failure;
use nlkit::wire::saved::{magic_bytes, SavedDump};
use nlkit::wire::{Flags, MessageBuilder, MessageView};
use std::io::{self, IsTerminal, Read, Write};

/// Writes `magic` and every dumped message `keep` accepts to stdout; refuses a terminal, as
/// ip does.
pub(crate) fn save(
    conn: &mut nlkit::engine::Conn,
    magic: u32,
    request: &MessageBuilder,
    mut keep: impl FnMut(&MessageView<&[u8]>) -> bool,
) -> Result<(), Failure> {
    if io::stdout().is_terminal() {
        return Err(Failure::usage("Not sending a binary stream to stdout"));
    }
    let mut out = io::BufWriter::new(io::stdout());
    out.write_all(&magic_bytes(magic))?;
    let mut dump = conn.dump(request).map_err(|e| crate::diag::dump(&e))?;
    while let Some(m) = dump.next_message() {
        let m = m.map_err(|e| crate::diag::dump(&e))?;
        if keep(&m) {
            out.write_all(m.as_bytes())?;
        }
    }
    Ok(out.flush()?)
}

/// Reads a dump file from stdin: its messages after checking the magic, or ip's errors
/// (exit `code`).
pub(crate) fn read(magic: u32, code: u8) -> Result<Vec<Vec<u8>>, Failure> {
    if io::stdin().is_terminal() {
        return Err(Failure::new(
            "Can't restore route dump from a terminal",
            code,
        ));
    }
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    let saved = SavedDump::split(&bytes);
    if saved.magic != Some(magic) {
        let elems = usize::from(saved.magic.is_some());
        let found = saved.magic.unwrap_or(0);
        return Err(Failure::new(
            format!("Magic mismatch ({elems} elems, {found:x} magic)"),
            code,
        ));
    }
    let mut messages = Vec::new();
    for m in saved.iter() {
        let m = m.map_err(|e| Failure::new(format!("Error: {e}"), code))?;
        messages.push(m.as_bytes().to_vec());
    }
    Ok(messages)
}

/// The request that adds back a saved message: its payload (family header and attributes
/// as saved) under `message_type` with `NLM_F_CREATE`.
pub(crate) fn restore_request(saved: &[u8], message_type: u16) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type, Flags::CREATE);
    if let Ok(m) = MessageView::new_checked(saved) {
        b.push_bytes(m.payload());
    }
    b
}
