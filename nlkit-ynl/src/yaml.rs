//! The YAML tree the reader works on: the parser's nodes turned into plain values, each
//! with its line, so that the rest of the crate does not depend on the parser's types.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

/// A YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating-point number (no spec uses one).
    Float(f64),
    /// A string.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping with string keys, in document order.
    Map(Vec<(String, Node)>),
}

/// A YAML value and the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// The line it starts on.
    pub line: usize,
}

impl Value {
    /// What kind of value this is, for errors (`"a string"`, `"a mapping"`).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Parses the first document of `text`; an error is the line and the parser's message.
pub fn parse(text: &str) -> Result<Node, (usize, String)> {
    let docs =
        MarkedYaml::load_from_str(text).map_err(|e| (e.marker().line(), e.info().to_owned()))?;
    match docs.first() {
        Some(doc) => convert(doc),
        None => Err((1, "the file holds no YAML document".to_owned())),
    }
}

fn convert(y: &MarkedYaml<'_>) -> Result<Node, (usize, String)> {
    let line = y.span.start.line();
    let value = match &y.data {
        YamlData::Value(s) => scalar(s),
        YamlData::Tagged(_, inner) => return convert(inner),
        YamlData::Sequence(items) => {
            Value::Seq(items.iter().map(convert).collect::<Result<_, _>>()?)
        }
        YamlData::Mapping(m) => {
            let mut entries = Vec::with_capacity(m.len());
            for (k, v) in m {
                let key = match &k.data {
                    YamlData::Value(Scalar::String(s)) => s.to_string(),
                    YamlData::Value(s) => scalar_text(s),
                    _ => {
                        return Err((k.span.start.line(), "a mapping key must be a string".into()))
                    }
                };
                entries.push((key, convert(v)?));
            }
            Value::Map(entries)
        }
        YamlData::Alias(_) => return Err((line, "aliases are not supported".into())),
        YamlData::BadValue | YamlData::Representation(..) => {
            return Err((line, "a value that cannot be read".into()))
        }
    };
    Ok(Node { value, line })
}

fn scalar(s: &Scalar<'_>) -> Value {
    match s {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(*b),
        Scalar::Integer(i) => Value::Int(*i),
        Scalar::FloatingPoint(f) => Value::Float(f.into_inner()),
        Scalar::String(s) => Value::Str(s.to_string()),
    }
}

fn scalar_text(s: &Scalar<'_>) -> String {
    match s {
        Scalar::Null => "null".into(),
        Scalar::Boolean(b) => b.to_string(),
        Scalar::Integer(i) => i.to_string(),
        Scalar::FloatingPoint(f) => f.to_string(),
        Scalar::String(s) => s.to_string(),
    }
}
