//! What nlynl prints: JSON exactly as Python's `json.dumps` writes it ([`python_json`],
//! through [`PyFormatter`]), the readable text ([`text`]), and Python `repr`s of strings
//! and dicts for the error lines ([`py_str`], [`py_dict`]).

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter};
use serde_json::Value;
use std::io::{self, Write};

/// A `serde_json` formatter that writes what Python's `json.dumps(value)` writes with its
/// defaults: `", "` between items, `": "` after keys, everything on one line, and
/// `ensure_ascii`: every character outside printable ASCII (space to `~`) as `\uXXXX`
/// (lower-case hex; characters beyond the BMP as a surrogate pair), `\n`, `\r`, `\t`,
/// `\b`, `\f`, `\"` and `\\` as such.
#[derive(Debug, Clone, Copy, Default)]
pub struct PyFormatter;

impl Formatter for PyFormatter {
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, s: &str) -> io::Result<()> {
        let mut plain = 0;
        for (i, c) in s.char_indices() {
            if (' '..='~').contains(&c) {
                continue;
            }
            w.write_all(&s.as_bytes()[plain..i])?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(w, "\\u{u:04x}")?;
            }
            plain = i + c.len_utf8();
        }
        w.write_all(&s.as_bytes()[plain..])
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        match e {
            CharEscape::Quote => w.write_all(b"\\\""),
            CharEscape::ReverseSolidus => w.write_all(b"\\\\"),
            CharEscape::Solidus => w.write_all(b"/"),
            CharEscape::Backspace => w.write_all(b"\\b"),
            CharEscape::FormFeed => w.write_all(b"\\f"),
            CharEscape::LineFeed => w.write_all(b"\\n"),
            CharEscape::CarriageReturn => w.write_all(b"\\r"),
            CharEscape::Tab => w.write_all(b"\\t"),
            CharEscape::AsciiControl(b) => write!(w, "\\u{b:04x}"),
        }
    }
}

/// `value` as Python's `json.dumps(value)` writes it (see [`PyFormatter`]).
pub fn python_json(value: &Value) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, PyFormatter);
    // Writing into a Vec cannot fail, and a Value always serializes.
    let _ = value.serialize(&mut ser);
    String::from_utf8(out).unwrap_or_default()
}

/// `value` as nlynl's readable text: an object is one `key: value` line per member, a
/// nested object `key:` followed by its members indented by two spaces, a list of
/// scalars inline (`key: [a, b]`), a list of objects as `- ` items (the first member on
/// the item's line, the others under it); strings bare (quoted as JSON when empty or
/// holding spaces at an end or control characters), `true`, `null`, `{}`, `[]`. A value
/// that is not an object is one line (`None` for null, as `cli.py` prints a do answered by
/// an ACK).
pub fn text(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(m) if !m.is_empty() => members(&mut out, m, 0),
        Value::Null => out.push_str("None\n"),
        Value::Array(items) if !all_scalars(items) => list(&mut out, items, 0),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

fn is_scalar(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => true,
    }
}

fn all_scalars(items: &[Value]) -> bool {
    items.iter().all(|v| !v.is_object() && !v.is_array())
}

/// A value on one line: scalars, `{}`, `[]`, and lists of scalars as `[a, b]`.
fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let bare = !s.is_empty()
                && s.trim() == s
                && !s.chars().any(char::is_control)
                && !s.starts_with('"');
            if bare {
                s.clone()
            } else {
                Value::String(s.clone()).to_string()
            }
        }
        Value::Object(_) => "{}".into(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(scalar).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

fn members(out: &mut String, m: &serde_json::Map<String, Value>, indent: usize) {
    let pad = " ".repeat(indent);
    for (k, v) in m {
        match v {
            Value::Object(inner) if !inner.is_empty() => {
                out.push_str(&format!("{pad}{k}:\n"));
                members(out, inner, indent + 2);
            }
            Value::Array(items) if !all_scalars(items) => {
                out.push_str(&format!("{pad}{k}:\n"));
                list(out, items, indent + 2);
            }
            _ => out.push_str(&format!("{pad}{k}: {}\n", scalar(v))),
        }
    }
}

fn list(out: &mut String, items: &[Value], indent: usize) {
    let pad = " ".repeat(indent);
    for item in items {
        if is_scalar(item) || matches!(item, Value::Array(a) if all_scalars(a)) {
            out.push_str(&format!("{pad}- {}\n", scalar(item)));
            continue;
        }
        // The item's lines one level in; its first line then starts with the dash.
        let mut inner = String::new();
        match item {
            Value::Object(m) => members(&mut inner, m, indent + 2),
            Value::Array(a) => list(&mut inner, a, indent + 2),
            _ => {}
        }
        out.push_str(&pad);
        out.push_str("- ");
        out.push_str(inner.get(indent + 2..).unwrap_or(""));
    }
}

/// Replies as text: each as [`text`] prints it, a blank line between them.
pub fn text_replies(values: &[Value]) -> String {
    let parts: Vec<String> = values.iter().map(text).collect();
    parts.join("\n")
}

/// A Python `repr` of a string: in single quotes (double quotes when it holds a single
/// quote and no double quote), backslash, quote, `\n`, `\r`, `\t` escaped, other control
/// characters as `\xNN` / `\uNNNN`.
pub fn py_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A value of a Python dict as `repr` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PyValue {
    /// A string.
    Str(String),
    /// An integer.
    Int(i128),
    /// A nested dict.
    Dict(Vec<(String, PyValue)>),
}

/// A Python dict's `repr`: `{'key': value, ...}` in the order given.
pub fn py_dict(entries: &[(String, PyValue)]) -> String {
    let parts: Vec<String> = entries
        .iter()
        .map(|(k, v)| {
            let v = match v {
                PyValue::Str(s) => py_str(s),
                PyValue::Int(i) => i.to_string(),
                PyValue::Dict(d) => py_dict(d),
            };
            format!("{}: {v}", py_str(k))
        })
        .collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
#[path = "output_tests.rs"]
mod tests;
