//! One description of each field, rendered two ways: a printer hands [`Ext::field`] the
//! field's key, its value and how ss prints it; the text output keeps ss's text, `-j`
//! keeps the (key, value) and [`Table`](crate::ss::table::Table) writes it through nlip's
//! render Sink.

use crate::render::{Mode, Sink};
use std::io::{self, Write};

/// A field's value as JSON has it: numbers stay numbers, texts strings, and nests.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// An unsigned number.
    U64(u64),
    /// A signed number.
    I64(i64),
    /// A number with a fraction (milliseconds of `tcp_info`, rates); not finite: `null`.
    F64(f64),
    /// A string.
    Str(String),
    /// `true` or `false`.
    Bool(bool),
    /// An object: its members in order.
    Obj(Vec<(&'static str, Value)>),
    /// An array.
    Arr(Vec<Value>),
}

impl Value {
    /// Writes the value under `key` (none inside an array) through `sink`.
    pub fn write<W: Write>(&self, sink: &mut Sink<W>, key: &str) -> io::Result<()> {
        match self {
            Value::U64(v) => sink.number(Mode::Json, key, "", v, ""),
            Value::I64(v) => sink.number(Mode::Json, key, "", &crate::render::Fmt(v), ""),
            Value::F64(v) if v.is_finite() => {
                sink.number(Mode::Json, key, "", &crate::render::Fmt(v), "")
            }
            Value::F64(_) => sink.null(Mode::Json, key, ""),
            Value::Str(s) => sink.string(Mode::Json, key, "", s, ""),
            Value::Bool(b) => {
                sink.number(Mode::Json, key, "", if *b { "true" } else { "false" }, "")
            }
            Value::Obj(members) => {
                sink.open_object(Mode::Json, Some(key))?;
                write_members(sink, members)?;
                sink.close_object(Mode::Json)
            }
            Value::Arr(items) => {
                sink.open_array(Mode::Json, Some(key))?;
                for v in items {
                    v.write(sink, "")?;
                }
                sink.close_array(Mode::Json)
            }
        }
    }
}

/// Writes `members` (each under its key) into the object open in `sink`.
pub fn write_members<W: Write>(
    sink: &mut Sink<W>,
    members: &[(&'static str, Value)],
) -> io::Result<()> {
    for (k, v) in members {
        v.write(sink, k)?;
    }
    Ok(())
}

/// The process and details of a socket as they are printed: ss's text, or with `-j` the
/// fields. Its `Deref` is the text, for the printers not yet described as fields (their
/// text is left out of the JSON).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ext {
    text: String,
    json: Option<Vec<(&'static str, Value)>>,
}

impl Ext {
    /// An empty text, or with `json` an empty list of fields.
    pub fn new(json: bool) -> Ext {
        Ext {
            text: String::new(),
            json: json.then(Vec::new),
        }
    }

    /// True when the fields are kept for JSON.
    pub fn is_json(&self) -> bool {
        self.json.is_some()
    }

    /// One field: `text` prints it as ss does, `(key, value)` is its JSON (the value is
    /// made only for JSON).
    pub fn field(
        &mut self,
        key: &'static str,
        value: impl FnOnce() -> Value,
        text: impl FnOnce(&mut String),
    ) {
        match &mut self.json {
            // A key once (`--cgroup` with `-e`: the first).
            Some(fields) if fields.iter().any(|(k, _)| *k == key) => {}
            Some(fields) => fields.push((key, value())),
            None => text(&mut self.text),
        }
    }

    /// `build` prints into an `Ext` of its own, whose fields go into this one as the object
    /// `key` (text: as they are printed).
    pub fn nest(&mut self, key: &'static str, build: impl FnOnce(&mut Ext)) {
        let mut inner = Ext::new(self.is_json());
        if !self.is_json() {
            // A nest is a details line or more (tcp_info's is 300-odd bytes).
            inner.text.reserve(512);
        }
        build(&mut inner);
        let (text, fields) = inner.into_parts();
        match &mut self.json {
            Some(_) if fields.is_empty() => {}
            Some(_) => self.field(key, || Value::Obj(fields), |_| {}),
            None => self.text.push_str(&text),
        }
    }

    /// The text (empty with JSON) and the fields (empty without).
    pub fn into_parts(self) -> (String, Vec<(&'static str, Value)>) {
        (self.text, self.json.unwrap_or_default())
    }
}

impl std::ops::Deref for Ext {
    type Target = String;

    fn deref(&self) -> &String {
        &self.text
    }
}

impl std::ops::DerefMut for Ext {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

impl std::fmt::Write for Ext {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_field_two_ways() {
        for json in [false, true] {
            let mut e = Ext::new(json);
            e.field("uid", || Value::U64(7), |t| t.push_str(" uid:7"));
            let (text, fields) = e.into_parts();
            if json {
                assert_eq!((text.as_str(), fields), ("", vec![("uid", Value::U64(7))]));
            } else {
                assert_eq!((text.as_str(), fields.len()), (" uid:7", 0));
            }
        }
    }

    #[test]
    fn values_through_the_sink() {
        let mut sink = Sink::new(Vec::new(), true, false);
        sink.begin_list().unwrap();
        sink.open_object(Mode::Json, None).unwrap();
        let members = vec![
            ("a", Value::I64(-3)),
            ("b", Value::Str("x\"y".into())),
            ("c", Value::Bool(false)),
            ("d", Value::Obj(vec![("e", Value::U64(1))])),
            ("f", Value::Arr(vec![Value::U64(1), Value::Str("z".into())])),
        ];
        write_members(&mut sink, &members).unwrap();
        sink.close_object(Mode::Json).unwrap();
        sink.end_list().unwrap();
        let out = String::from_utf8(sink.into_inner()).unwrap();
        assert_eq!(
            out,
            "[{\"a\":-3,\"b\":\"x\\\"y\",\"c\":false,\"d\":{\"e\":1},\"f\":[1,\"z\"]}]\n"
        );
    }
}
