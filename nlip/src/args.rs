//! iproute2's argument conventions: keywords match by prefix (the first table entry a word
//! is a prefix of wins), and its error messages.

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

    /// The value after keyword `key`, or iproute2's "Command line is not complete." error.
    pub fn value(&mut self, _key: &str) -> Result<&'a str, Failure> {
        self.next()
            .ok_or_else(|| Failure::new("Command line is not complete. Try option \"help\"", 255))
    }
}

/// `Error: argument "VALUE" is wrong: WHAT` (exit 255).
pub fn invalid_arg(what: &str, value: &str) -> Failure {
    Failure::new(
        format!("Error: argument \"{value}\" is wrong: {what}\n"),
        255,
    )
}

/// The same message without the blank line (ip is not consistent about it).
pub fn invalid_arg_tight(what: &str, value: &str) -> Failure {
    Failure::new(format!("Error: argument \"{value}\" is wrong: {what}"), 255)
}

/// A number as C's `strtoul` with base 0 reads it (`0x` hex, leading-zero octal, decimal),
/// the whole word, no sign.
pub fn c_number(v: &str) -> Option<u64> {
    if v.starts_with(['-', '+']) {
        return None;
    }
    if let Some(hex) = v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
        return u64::from_str_radix(hex, 16).ok();
    }
    if v.len() > 1 && v.starts_with('0') {
        return u64::from_str_radix(&v[1..], 8).ok();
    }
    v.parse().ok()
}

/// [`c_number`] that fits a `u32`.
pub fn c_u32(v: &str) -> Option<u32> {
    c_number(v).and_then(|n| u32::try_from(n).ok())
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
        for bad in ["", "-1", "+1", "0x", "08", "1a", "ÿ"] {
            assert_eq!(c_number(bad), None, "{bad}");
        }
        assert_eq!(c_u32("4294967296"), None);
    }
}
