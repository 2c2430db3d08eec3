//! The text of a generated module: lines at an indent, and doc comments. A spec's free text
//! goes through [`prose`] first, so that rustdoc reads it as prose (no link or HTML syntax
//! by accident); [`Out::doc`] then trims it (so that nothing is an indented code block),
//! indents the continuation lines of list items and wraps it to 100 columns.

/// The width generated lines are wrapped to.
const WIDTH: usize = 100;

/// Generated text, line by line.
#[derive(Debug, Default)]
pub struct Out {
    text: String,
}

impl Out {
    /// A line at `indent` levels of four spaces (an empty `s` gives an empty line).
    pub fn line(&mut self, indent: usize, s: &str) {
        if !s.is_empty() {
            for _ in 0..indent {
                self.text.push_str("    ");
            }
            self.text.push_str(s);
        }
        self.text.push('\n');
    }

    fn comment(&mut self, indent: usize, marker: &str, doc: &str) {
        let width = WIDTH.saturating_sub(4 * indent + marker.len() + 1).max(40);
        for l in doc_lines(doc, width) {
            if l.is_empty() {
                self.line(indent, marker);
            } else {
                self.line(indent, &format!("{marker} {l}"));
            }
        }
    }

    /// `///` lines of `doc` at `indent`.
    pub fn doc(&mut self, indent: usize, doc: &str) {
        self.comment(indent, "///", doc);
    }

    /// `//!` lines of `doc`.
    pub fn inner_doc(&mut self, doc: &str) {
        self.comment(0, "//!", doc);
    }

    /// The text.
    pub fn finish(self) -> String {
        self.text
    }
}

/// The lines of a doc text, at most `width` wide where words allow: trimmed, runs of empty
/// lines made one, the continuation lines of a list item indented under it.
pub fn doc_lines(doc: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The indent of the continuation lines of the list item being read.
    let mut item_indent = 0;
    for raw in doc.trim().lines() {
        let t = raw.trim();
        if t.is_empty() {
            item_indent = 0;
            if out.last().is_some_and(|p| !p.is_empty()) {
                out.push(String::new());
            }
            continue;
        }
        let indent = match list_marker(t) {
            Some(w) => {
                item_indent = w;
                wrap(t, 0, w, width, &mut out);
                continue;
            }
            None => item_indent,
        };
        wrap(t, indent, indent, width, &mut out);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// Appends `text` wrapped to `width`: the first line indented by `first`, the others by
/// `rest`. A word longer than the width stays whole.
fn wrap(text: &str, first: usize, rest: usize, width: usize, out: &mut Vec<String>) {
    let mut line = " ".repeat(first);
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !empty && line.len() + 1 + word.len() > width {
            out.push(std::mem::replace(&mut line, " ".repeat(rest)));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push(line);
}

/// The width of a list item's marker (`- `, `* `, `1. `) when `line` starts one.
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") "))).then_some(digits + 2)
}

/// A spec's free text made safe for rustdoc: brackets and angle brackets escaped (no links
/// or HTML by accident), a `#` that would start a heading escaped, addresses made links.
pub fn prose(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(|l| escape(l.trim())).collect();
    lines.join("\n")
}

fn escape(line: &str) -> String {
    let mut s = String::with_capacity(line.len());
    if line.starts_with("~~~") || line.starts_with("```") {
        // Not a code fence.
        s.push('\\');
    }
    for word in line.split(' ') {
        if !s.is_empty() && s != "\\" {
            s.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let end = word.trim_end_matches(['.', ',', ')', ';']);
            s.push('<');
            s.push_str(end);
            s.push('>');
            s.push_str(&word[end.len()..]);
            continue;
        }
        for (i, c) in word.chars().enumerate() {
            let heading = c == '#' && i == 0 && s.is_empty();
            if matches!(c, '[' | ']' | '<' | '>') || heading {
                s.push('\\');
            }
            s.push(c);
        }
    }
    s
}

/// A string as a Rust literal.
pub fn literal(s: &str) -> String {
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_are_prose() {
        let d = prose("  First [line]\n\n\n      indented <b>\n  see https://x.org/a.\n");
        assert_eq!(
            doc_lines(&d, 80),
            [
                "First \\[line\\]",
                "",
                "indented \\<b\\>",
                "see <https://x.org/a>."
            ]
        );
    }

    #[test]
    fn lists_and_wrapping() {
        let d = "Modes:\n- one two three\nfour five\n\nafter";
        assert_eq!(
            doc_lines(d, 12),
            ["Modes:", "- one two", "  three", "  four five", "", "after"]
        );
    }
}
