//! Hardware addresses (`LLADDR`) as iproute2 reads them (`ll_addr_a2n`), for links
//! (`address`, `broadcast`, a veth peer's and a bridge's `group_address`) and neighbours.
//!
//! A word with a dot is an IPv4 address in ip's loose form (four bytes, for IP tunnels).
//! Otherwise the word is split at `:` and each piece is read as C's `sscanf("%x")` reads
//! it into an `int`: leading blanks, a sign, an optional `0x`, then hex digits up to the
//! first other character (`1zz` is 1, `0x` and `0xzz` are 0); the value is cut to 32 bits
//! (`100000002` is 2, a minus sign negates) and must then be 0 to 255. The first piece
//! that is not a byte is named in ip's error: `"PIECE" is invalid lladdr.` (exit 1).

use crate::diag::Failure;

/// The size of ip's address buffer for links (`MAX_ADDR_LEN`); neighbours read 20 bytes.
pub const MAX_ADDR_LEN: usize = 32;

/// Reads `v` into at most `max` bytes (at least 4), or ip's error (exit 1, not fatal in a
/// batch: ip reports the command as failed and goes on).
///
/// Like ip, the pieces after the first `max` are not read, and the length is then
/// `max + 1`: ip sends the byte past its buffer too (its length checks and the kernel see
/// `max + 1` bytes); that byte is 0 here.
pub fn parse(v: &str, max: usize) -> Result<Vec<u8>, Failure> {
    debug_assert!(max >= 4, "ip's address buffers hold at least 4 bytes");
    let invalid = |piece: &str| Failure::failed(format!("\"{piece}\" is invalid lladdr."));
    if v.contains('.') {
        // ip's `get_addr_1` for AF_INET: a word with a colon would be IPv6, refused here.
        return match crate::args::inet::ipv4(v).filter(|_| !v.contains(':')) {
            Some(a) => Ok(a.octets().to_vec()),
            None => Err(invalid(v)),
        };
    }
    let mut out = Vec::new();
    for piece in v.split(':') {
        if out.len() == max {
            out.push(0);
            break;
        }
        let byte = scan_hex(piece).and_then(|n| u8::try_from(n).ok());
        out.push(byte.ok_or_else(|| invalid(piece))?);
    }
    Ok(out)
}

/// What C's `sscanf(piece, "%x", &int)` stores, or `None` when it matches nothing.
fn scan_hex(piece: &str) -> Option<i32> {
    let s = piece.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    // A leading `0` counts as a digit even when `x` and nothing hex follow it.
    let (zero, s) = match s.strip_prefix('0') {
        Some(rest) => (true, rest.strip_prefix(['x', 'X']).unwrap_or(rest)),
        None => (false, s),
    };
    let digits = &s[..s.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(s.len())];
    if digits.is_empty() && !zero {
        return None;
    }
    // glibc converts with `strtoul` (ULONG_MAX on overflow, a sign negates otherwise) and
    // stores the low 32 bits.
    let n = match u64::from_str_radix(digits, 16) {
        Ok(n) if negative => n.wrapping_neg(),
        Ok(n) => n,
        Err(_) if digits.is_empty() => 0,
        Err(_) => u64::MAX,
    };
    Some(n as u32 as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message of a failed parse.
    fn error(v: &str) -> String {
        parse(v, MAX_ADDR_LEN).unwrap_err().message
    }

    #[test]
    fn pieces_read_as_sscanf_hex() {
        // Each case checked against `ip link set DEV address CASE` (iproute2 6.1).
        for (word, want) in [
            ("02:0:a:b:c:ff", &[2u8, 0, 10, 11, 12, 255][..]),
            ("1zz:2", &[1, 2]),
            ("0x:2", &[0, 2]),
            ("0xzz:1", &[0, 1]),
            ("0x-1:2", &[0, 2]),
            ("00x5:1", &[0, 1]),
            ("0X8:1", &[8, 1]),
            ("+6:1", &[6, 1]),
            ("-0:1", &[0, 1]),
            ("-0x0:1", &[0, 1]),
            ("\ta:1", &[10, 1]),
            (" 7:1", &[7, 1]),
            ("1 :2", &[1, 2]),
            ("100000000:1", &[0, 1]),
            ("100000002:1", &[2, 1]),
            ("-100000000:1", &[0, 1]),
        ] {
            assert_eq!(parse(word, MAX_ADDR_LEN).unwrap(), want, "{word}");
        }
    }

    #[test]
    fn the_first_bad_piece_is_named() {
        for (word, piece) in [
            ("zz:zz", "zz"),
            ("02:zz", "zz"),
            ("zz", "zz"),
            ("02::03", ""),
            ("02:", ""),
            ("", ""),
            ("256:1", "256"),
            ("-1:1", "-1"),
            ("fffffffff:1", "fffffffff"),
            ("ffffffffffffffffff:1", "ffffffffffffffffff"),
            ("0x10000000000000000:1", "0x10000000000000000"),
            ("x1:2", "x1"),
            ("+:1", "+"),
            ("+-1:2", "+-1"),
            ("1:zz:zz", "zz"),
        ] {
            assert_eq!(
                error(word),
                format!("\"{piece}\" is invalid lladdr."),
                "{word}"
            );
        }
        let e = parse("zz", MAX_ADDR_LEN).unwrap_err();
        assert_eq!(e.code, crate::diag::exit::FAILED);
    }

    #[test]
    fn dotted_words_are_ipv4_addresses() {
        assert_eq!(parse("1.2.3.4", MAX_ADDR_LEN).unwrap(), [1, 2, 3, 4]);
        assert_eq!(parse("10.1", MAX_ADDR_LEN).unwrap(), [10, 1, 0, 0]);
        // The whole word is named.
        assert_eq!(error("1.2.x"), "\"1.2.x\" is invalid lladdr.");
        assert_eq!(error("02:00.1"), "\"02:00.1\" is invalid lladdr.");
        assert_eq!(error("1.256"), "\"1.256\" is invalid lladdr.");
    }

    #[test]
    fn pieces_past_the_buffer_are_not_read() {
        // 33 pieces: ip reads 32 and reports 33 bytes ("Invalid address length 33").
        let long = vec!["1"; 33].join(":");
        assert_eq!(parse(&long, MAX_ADDR_LEN).unwrap().len(), 33);
        let bad_tail = vec!["1"; 32].join(":") + ":zz";
        assert_eq!(parse(&bad_tail, MAX_ADDR_LEN).unwrap().len(), 33);
        let exact = vec!["1"; 32].join(":");
        assert_eq!(parse(&exact, MAX_ADDR_LEN).unwrap(), vec![1; 32]);
        let neigh = vec!["1"; 40].join(":");
        assert_eq!(parse(&neigh, 20).unwrap().len(), 21);
    }
}
