//! One Sink for text and JSON: every field is printed once, through one call that knows
//! both its text form and its JSON key, so the two outputs cannot drift.
//!
//! JSON follows iproute2's writer: compact `{"key":value,...}`, or with `-p` one member a
//! line, four spaces a level, arrays opened as `[ ` and closed as ` ]`.

use std::fmt::{Display, Write as _};
use std::io::{self, Write};

/// Which output a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Both: text with its prefix and suffix, JSON under its key.
    Any,
    /// Text only.
    Text,
    /// JSON only.
    Json,
}

#[derive(Debug)]
struct Frame {
    array: bool,
    items: usize,
}

/// Where a command prints its result.
pub struct Sink<W: Write> {
    out: W,
    json: bool,
    pretty: bool,
    stack: Vec<Frame>,
    scratch: String,
}

impl<W: Write> Sink<W> {
    /// A sink writing text, or JSON when `json` (pretty with `pretty`).
    pub fn new(out: W, json: bool, pretty: bool) -> Self {
        Sink {
            out,
            json,
            pretty,
            stack: Vec::new(),
            scratch: String::with_capacity(64),
        }
    }

    /// True when printing JSON.
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// The writer (to flush it).
    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    fn wants(&self, mode: Mode) -> bool {
        match mode {
            Mode::Any => true,
            Mode::Text => !self.json,
            Mode::Json => self.json,
        }
    }

    fn newline_indent(&mut self) -> io::Result<()> {
        if self.pretty {
            self.out.write_all(b"\n")?;
            for _ in 0..self.stack.len() {
                self.out.write_all(b"    ")?;
            }
        }
        Ok(())
    }

    /// Starts a JSON value: the separator, and the key inside an object.
    fn begin_value(&mut self, key: Option<&str>) -> io::Result<()> {
        let Some(top) = self.stack.last_mut() else {
            return Ok(());
        };
        let first = top.items == 0;
        top.items += 1;
        let array = top.array;
        if !first {
            self.out.write_all(b",")?;
        }
        if array {
            if first && self.pretty {
                self.out.write_all(b" ")?;
            }
        } else {
            self.newline_indent()?;
            if let Some(k) = key {
                write_json_str(&mut self.out, k)?;
                self.out.write_all(if self.pretty { b": " } else { b":" })?;
            }
        }
        Ok(())
    }

    /// Prints literal text (text mode only).
    pub fn text(&mut self, s: &str) -> io::Result<()> {
        if !self.json {
            self.out.write_all(s.as_bytes())?;
        }
        Ok(())
    }

    /// Opens an object (the top-level one of a record has no key).
    pub fn open_object(&mut self, mode: Mode, key: Option<&str>) -> io::Result<()> {
        if self.json && self.wants(mode) {
            self.begin_value(key)?;
            self.out.write_all(b"{")?;
            self.stack.push(Frame {
                array: false,
                items: 0,
            });
        }
        Ok(())
    }

    /// Closes an object.
    pub fn close_object(&mut self, mode: Mode) -> io::Result<()> {
        if self.json && self.wants(mode) {
            self.stack.pop();
            self.newline_indent()?;
            self.out.write_all(b"}")?;
        }
        Ok(())
    }

    /// Opens an array.
    pub fn open_array(&mut self, mode: Mode, key: Option<&str>) -> io::Result<()> {
        if self.json && self.wants(mode) {
            self.begin_value(key)?;
            self.out.write_all(b"[")?;
            self.stack.push(Frame {
                array: true,
                items: 0,
            });
        }
        Ok(())
    }

    /// Closes an array.
    pub fn close_array(&mut self, mode: Mode) -> io::Result<()> {
        if self.json && self.wants(mode) {
            self.stack.pop();
            self.out.write_all(if self.pretty { b" ]" } else { b"]" })?;
        }
        Ok(())
    }

    /// A string field: text `prefix value suffix`, JSON `"key":"value"` (escaped).
    pub fn string(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: impl Display,
        suffix: &str,
    ) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key))?;
            self.scratch.clear();
            let _ = write!(self.scratch, "{value}");
            write_json_str(&mut self.out, &self.scratch)
        } else {
            write!(self.out, "{prefix}{value}{suffix}")
        }
    }

    /// A number field: text `prefix value suffix`, JSON `"key":value`.
    pub fn number(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: impl Display,
        suffix: &str,
    ) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key))?;
            write!(self.out, "{value}")
        } else {
            write!(self.out, "{prefix}{value}{suffix}")
        }
    }

    /// A JSON `null` under `key` (text: `text`).
    pub fn null(&mut self, mode: Mode, key: &str, text: &str) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key))?;
            self.out.write_all(b"null")
        } else {
            self.out.write_all(text.as_bytes())
        }
    }

    /// Starts a list of records (JSON: the top-level array).
    pub fn begin_list(&mut self) -> io::Result<()> {
        self.open_array(Mode::Json, None)
    }

    /// Ends the list of records (JSON: closes the array and ends the line).
    pub fn end_list(&mut self) -> io::Result<()> {
        if self.json {
            self.close_array(Mode::Json)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Writes `s` as a JSON string.
fn write_json_str<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            c if (c as u32) < 0x20 => None,
            _ => continue,
        };
        out.write_all(&s.as_bytes()[start..i])?;
        match esc {
            Some(e) => out.write_all(e.as_bytes())?,
            None => write!(out, "\\u{:04x}", c as u32)?,
        }
        start = i + c.len_utf8();
    }
    out.write_all(&s.as_bytes()[start..])?;
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: bool, pretty: bool) -> String {
        let mut s = Sink::new(Vec::new(), json, pretty);
        s.begin_list().unwrap();
        for _ in 0..2 {
            s.open_object(Mode::Json, None).unwrap();
            s.string(Mode::Any, "dst", "", "10.0.0.0/24", " ").unwrap();
            s.number(Mode::Any, "metric", "metric ", 5, " ").unwrap();
            s.open_array(Mode::Json, Some("flags")).unwrap();
            s.close_array(Mode::Json).unwrap();
            s.open_array(Mode::Json, Some("nexthops")).unwrap();
            s.open_object(Mode::Json, None).unwrap();
            s.string(Mode::Any, "dev", "dev ", "a\"b", "").unwrap();
            s.close_object(Mode::Json).unwrap();
            s.close_array(Mode::Json).unwrap();
            s.text("\n").unwrap();
            s.close_object(Mode::Json).unwrap();
        }
        s.end_list().unwrap();
        String::from_utf8(s.out).unwrap()
    }

    #[test]
    fn text_json_and_pretty_come_from_one_path() {
        assert_eq!(
            record(false, false),
            "10.0.0.0/24 metric 5 dev a\"b\n".repeat(2)
        );
        let one = r#"{"dst":"10.0.0.0/24","metric":5,"flags":[],"nexthops":[{"dev":"a\"b"}]}"#;
        assert_eq!(record(true, false), format!("[{one},{one}]\n"));
        let p = record(true, true);
        assert!(
            p.starts_with("[ {\n        \"dst\": \"10.0.0.0/24\",\n"),
            "{p}"
        );
        assert!(p.contains("\"flags\": [ ],\n        \"nexthops\": [ {\n                \"dev\": \"a\\\"b\"\n            } ]\n    },{"), "{p}");
        assert!(p.ends_with("    } ]\n"), "{p}");
    }
}
