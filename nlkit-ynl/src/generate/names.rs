//! Rust names for spec names: `page-pool` is `PagePool` as a type, `page_pool` as a field
//! or function, `PAGE_POOL` as a constant; a name that starts with a digit gets a letter
//! before it, a keyword an underscore after it.

use std::collections::HashSet;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The words of a spec name (split at `-`, `_`, `.`, spaces and other punctuation).
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

fn fix_start(s: String, prefix: &str) -> String {
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("{prefix}{s}"),
        None => format!("{prefix}0"),
        _ => s,
    }
}

/// `page-pool` as a type or variant: `PagePool`.
pub fn camel(name: &str) -> String {
    let s: String = words(name)
        .iter()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect();
    fix_start(s, "N")
}

/// `page-pool` as a field, function or module: `page_pool`.
pub fn snake(name: &str) -> String {
    let s = fix_start(words(name).join("_"), "n");
    if KEYWORDS.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        s
    }
}

/// `page-pool` as a constant: `PAGE_POOL`.
pub fn upper(name: &str) -> String {
    fix_start(words(name).join("_").to_ascii_uppercase(), "N")
}

/// Names already used in one namespace; [`Taken::unique`] adds a number to a repeat.
#[derive(Debug, Default)]
pub struct Taken(HashSet<String>);

impl Taken {
    /// Marks names as used (reserved by the code around the generated names).
    pub fn reserve(&mut self, names: &[&str]) {
        self.0.extend(names.iter().map(|n| (*n).to_owned()));
    }

    /// `name`, or `name` with `suffix` (then a number) when it is taken; marks it used.
    pub fn unique(&mut self, name: String, suffix: &str) -> String {
        let mut candidate = name.clone();
        let mut n = 1;
        while self.0.contains(&candidate) {
            candidate = if n == 1 {
                format!("{name}{suffix}")
            } else {
                format!("{name}{suffix}{n}")
            };
            n += 1;
        }
        self.0.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(camel("page-pool"), "PagePool");
        assert_eq!(snake("page-pool"), "page_pool");
        assert_eq!(upper("page-pool"), "PAGE_POOL");
        assert_eq!(camel("10baseT-half"), "N10basetHalf");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("nd_target"), "nd_target");
        assert_eq!(upper("ETH_ALEN"), "ETH_ALEN");
        let mut t = Taken::default();
        t.reserve(&["unknown"]);
        assert_eq!(t.unique("unknown".into(), "_"), "unknown_");
        assert_eq!(t.unique("a".into(), "Attrs"), "a");
        assert_eq!(t.unique("a".into(), "Attrs"), "aAttrs");
    }
}
