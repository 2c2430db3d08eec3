//! iproute2's argument conventions: keywords match by prefix (the first table entry a word
//! is a prefix of wins), and its error messages.

pub mod dev;
pub mod inet;
pub mod lladdr;

use crate::diag::Failure;

/// True when `word` is a non-empty prefix of `keyword` (iproute2's `matches()`).
pub fn matches(word: &str, keyword: &str) -> bool {
    !word.is_empty() && keyword.starts_with(word)
}

/// A cursor over the words of a command.
#[derive(Debug)]
pub struct Args<'a> {
    words: &'a [&'a str],
    at: usize,
}

impl<'a> Args<'a> {
    /// A cursor over `words`.
    pub fn new(words: &'a [&'a str]) -> Self {
        Args { words, at: 0 }
    }

    /// The next word, consumed.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<&'a str> {
        let w = self.words.get(self.at)?;
        self.at += 1;
        Some(w)
    }

    /// The next word, not consumed.
    pub fn peek(&self) -> Option<&'a str> {
        self.words.get(self.at).copied()
    }

    /// How many words are left.
    pub fn remaining(&self) -> usize {
        self.words.len().saturating_sub(self.at)
    }

    /// The value after keyword `key`, or iproute2's "Command line is not complete." error.
    pub fn value(&mut self, _key: &str) -> Result<&'a str, Failure> {
        self.next()
            .ok_or_else(|| Failure::usage("Command line is not complete. Try option \"help\""))
    }
}

/// `Error: argument "VALUE" is wrong: WHAT` (exit 255).
pub fn invalid_arg(what: &str, value: &str) -> Failure {
    Failure::usage(format!("Error: argument \"{value}\" is wrong: {what}\n"))
}

/// The same message without the blank line (ip is not consistent about it).
pub fn invalid_arg_tight(what: &str, value: &str) -> Failure {
    Failure::usage(format!("Error: argument \"{value}\" is wrong: {what}"))
}

/// A number as C's `strtoul` (and `strtoull`) with base 0 reads it, when the whole word is
/// the number, which is what iproute2's `get_u32`/`get_unsigned`/`get_u64` accept: leading
/// blanks, an optional sign, then `0x` hex, leading-zero octal or decimal. A minus sign
/// negates modulo 2^64 as C does (`-0` is 0; `-1` is too large for any narrower type), and
/// a value past 2^64 - 1 is refused (C's ERANGE).
pub fn c_number(v: &str) -> Option<u64> {
    let (negative, n) = c_digits(v)?;
    Some(if negative { n.wrapping_neg() } else { n })
}

/// A number as C's `strtol` with base 0 reads it (iproute2's `get_integer`/`get_s32`):
/// the syntax of [`c_number`], signed, refused outside `i64` (C's ERANGE).
pub fn c_long(v: &str) -> Option<i64> {
    let (negative, n) = c_digits(v)?;
    if negative {
        0i64.checked_sub_unsigned(n)
    } else {
        i64::try_from(n).ok()
    }
}

/// C's `atoi` (glibc: `(int) strtol(v, NULL, 10)`): leading blanks, a sign, the decimal
/// digits that follow (0 without any; the rest ignored), saturated to the `long` range as
/// strtol does, then cut to an `int`. Callers cut further as bridge stores the value
/// (`short`, `__s8`, ...).
pub fn c_atoi(v: &str) -> i32 {
    let t = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut n: i64 = 0;
    for d in t.bytes().take_while(u8::is_ascii_digit) {
        let d = i64::from(d - b'0');
        n = match negative {
            false => n.saturating_mul(10).saturating_add(d),
            true => n.saturating_mul(10).saturating_sub(d),
        };
    }
    n as i32
}

/// The sign and magnitude of a C number with base 0 (see [`c_number`]).
fn c_digits(v: &str) -> Option<(bool, u64)> {
    let v = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, v) = match v.as_bytes().first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    let (radix, digits) = match v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
        Some(hex) => (16, hex),
        None if v.len() > 1 && v.starts_with('0') => (8, &v[1..]),
        None => (10, v),
    };
    // from_str_radix would take a second sign.
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some((negative, u64::from_str_radix(digits, radix).ok()?))
}

/// [`c_number`] that fits a `u32`.
pub fn c_u32(v: &str) -> Option<u32> {
    c_number(v).and_then(|n| u32::try_from(n).ok())
}

/// A number as ip reads some (decimal, or hex after `0x`), or ip's `Error: argument "V" is
/// wrong: WHAT` (exit 255).
pub(crate) fn number<T: std::str::FromStr>(v: &str, what: &str) -> Result<T, Failure> {
    let parsed = match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16)
            .ok()
            .and_then(|n| n.to_string().parse().ok()),
        None => v.parse().ok(),
    };
    parsed.ok_or_else(|| invalid_arg(what, v))
}

/// The change verb `cmd` names, matched as ip matches it (the first of `verbs`, in the
/// object's own order, that `cmd` is a prefix of; `chg` is `change`).
pub fn verb_of(cmd: &str, verbs: &[nlkit::rtnl::Verb]) -> Option<nlkit::rtnl::Verb> {
    use nlkit::rtnl::Verb;
    verbs.iter().copied().find(|&v| {
        let word = match v {
            Verb::Add => "add",
            Verb::Change => "change",
            Verb::Replace => "replace",
            Verb::Prepend => "prepend",
            Verb::Append => "append",
            Verb::Test => "test",
            Verb::Delete => "delete",
        };
        matches(cmd, word) || (v == Verb::Change && cmd == "chg")
    })
}

/// `Error: duplicate "KEY": "V" is the second value.` (exit 255).
pub fn duplicate(key: &str, v: &str) -> Failure {
    Failure::usage(format!(
        "Error: duplicate \"{key}\": \"{v}\" is the second value."
    ))
}

/// `Error: either "KEY" is duplicate, or "V" is a garbage.` (exit 255).
pub fn duplicate_or_garbage(key: &str, v: &str) -> Failure {
    Failure::usage(format!(
        "Error: either \"{key}\" is duplicate, or \"{v}\" is a garbage."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_numbers_as_strtoul_reads_them() {
        assert_eq!(c_number("0x1F"), Some(31));
        assert_eq!(c_number("017"), Some(15));
        assert_eq!(c_number("0"), Some(0));
        assert_eq!(c_number("42"), Some(42));
        // Blanks and a sign, as strtoul takes them (ip accepts `pref +5`, `pref -0`).
        assert_eq!(c_number("+5"), Some(5));
        assert_eq!(c_number(" \t7"), Some(7));
        assert_eq!(c_number("-0"), Some(0));
        assert_eq!(c_number("+0x10"), Some(16));
        assert_eq!(c_number("-1"), Some(u64::MAX));
        assert_eq!(c_u32("-1"), None);
        assert_eq!(c_u32("-0"), Some(0));
        for bad in [
            "", "+", "-", "+-1", "--1", "0x", "0x+1", "08", "1a", "7 ", "ÿ",
        ] {
            assert_eq!(c_number(bad), None, "{bad}");
        }
        assert_eq!(c_u32("4294967296"), None);
        assert_eq!(c_number("18446744073709551615"), Some(u64::MAX));
        assert_eq!(c_number("18446744073709551616"), None);
        assert_eq!(c_long("-5"), Some(-5));
        assert_eq!(c_long("-0x10"), Some(-16));
        assert_eq!(c_long("9223372036854775807"), Some(i64::MAX));
        assert_eq!(c_long("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(c_long("9223372036854775808"), None);
        assert_eq!(c_long("x"), None);
    }
}
