//! An annotated dump of netlink datagrams, for `NLKIT_DEBUG=1` and error reports.

use super::{MessageIter, ALIGNTO};
use std::fmt::Write;

/// Writes `data` as hex, 16 bytes a line, each line prefixed with `indent` and its offset.
pub fn hex_lines(out: &mut String, data: &[u8], base: usize, indent: &str) {
    for (i, chunk) in data.chunks(16).enumerate() {
        let _ = write!(out, "{indent}{:04x}:", base + i * 16);
        for (j, b) in chunk.iter().enumerate() {
            let sep = if j % ALIGNTO == 0 { "  " } else { " " };
            let _ = write!(out, "{sep}{b:02x}");
        }
        out.push('\n');
    }
}

/// Describes every message of a datagram: its header fields on one line, then its payload
/// in hex. A malformed header is reported with its offset, and the rest shown raw.
///
/// ```
/// let d = [16u8, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0];
/// let text = nlkit::wire::hexdump::describe("recv", &d);
/// assert!(text.contains("type 1 (NOOP)"));
/// ```
pub fn describe(direction: &str, data: &[u8]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "nlkit {direction}: datagram of {} bytes", data.len());
    let mut iter = MessageIter::new(data);
    loop {
        let at = iter.offset();
        match iter.next() {
            None => break,
            Some(Ok(m)) => {
                let name = match m.message_type() {
                    1 => " (NOOP)",
                    2 => " (ERROR)",
                    3 => " (DONE)",
                    4 => " (OVERRUN)",
                    _ => "",
                };
                let _ = writeln!(
                    out,
                    "  @{at}: len {} type {}{name} flags {:?} seq {} port {}",
                    m.length(),
                    m.message_type(),
                    m.flags(),
                    m.sequence(),
                    m.port_id()
                );
                hex_lines(&mut out, m.payload(), 16, "    ");
            }
            Some(Err(e)) => {
                let _ = writeln!(out, "  {e}; the rest raw:");
                hex_lines(&mut out, data.get(at..).unwrap_or(&[]), at, "    ");
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn describes_bad_header() {
        let d = [40u8, 0, 0, 0, 3, 0, 0, 0];
        let t = super::describe("recv", &d);
        assert!(t.contains("malformed nlmsghdr at byte 0"), "{t}");
    }
}
