//! A cursor over the YAML tree that knows where it is (file, line, path) and reads typed
//! values, with the schema's checks: the keys a mapping may have at the spec's level, the
//! values an enumeration allows.

use super::model::Protocol;
use crate::error::SpecError;
use crate::yaml::{Node, Value};

/// The levels a key or value is allowed at, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Levels(u8);

/// `genetlink`.
pub const G: Levels = Levels(1);
/// `genetlink-c`.
pub const C: Levels = Levels(2);
/// `genetlink-legacy`.
pub const L: Levels = Levels(4);
/// `netlink-raw`.
pub const R: Levels = Levels(8);
/// Every level.
pub const ALL: Levels = Levels(15);
/// genetlink-c and up (raw included).
pub const CLR: Levels = Levels(14);
/// genetlink-legacy and netlink-raw.
pub const LR: Levels = Levels(12);
/// The three genetlink levels.
pub const GCL: Levels = Levels(7);

impl Levels {
    /// True when `p` is one of the levels.
    pub fn allows(self, p: Protocol) -> bool {
        let bit = match p {
            Protocol::Genetlink => G,
            Protocol::GenetlinkC => C,
            Protocol::GenetlinkLegacy => L,
            Protocol::NetlinkRaw => R,
        };
        self.0 & bit.0 != 0
    }

    fn names(self) -> String {
        let all = [
            Protocol::Genetlink,
            Protocol::GenetlinkC,
            Protocol::GenetlinkLegacy,
            Protocol::NetlinkRaw,
        ];
        let names: Vec<_> = all
            .iter()
            .filter(|p| self.allows(**p))
            .map(|p| p.name())
            .collect();
        names.join(", ")
    }
}

/// Where reading is: the file, the spec's level and the path to a node.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The file name, for errors.
    pub file: &'a str,
    /// The spec's level.
    pub level: Protocol,
}

/// A node and its place.
#[derive(Debug, Clone)]
pub struct At<'a> {
    /// The node.
    pub node: &'a Node,
    /// Its path from the root.
    pub path: String,
    /// The reading context.
    pub ctx: Ctx<'a>,
}

/// A mapping and its place.
#[derive(Debug, Clone)]
pub struct Map<'a> {
    at: At<'a>,
    entries: &'a [(String, Node)],
}

impl<'a> At<'a> {
    /// The root of a document.
    pub fn root(node: &'a Node, ctx: Ctx<'a>) -> At<'a> {
        At {
            node,
            path: String::new(),
            ctx,
        }
    }

    /// An error at this node.
    pub fn error(&self, message: impl Into<String>) -> SpecError {
        SpecError {
            file: self.ctx.file.to_owned(),
            line: self.node.line,
            path: self.path.clone(),
            message: message.into(),
        }
    }

    fn expected(&self, what: &str) -> SpecError {
        self.error(format!("expected {what}, found {}", self.node.value.kind()))
    }

    /// The node as a mapping.
    pub fn map(&self) -> Result<Map<'a>, SpecError> {
        match &self.node.value {
            Value::Map(entries) => Ok(Map {
                at: self.clone(),
                entries,
            }),
            _ => Err(self.expected("a mapping")),
        }
    }

    /// The node as a list, each item with its place.
    pub fn list(&self) -> Result<Vec<At<'a>>, SpecError> {
        match &self.node.value {
            Value::Seq(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, node)| At {
                    node,
                    path: format!("{}[{i}]", self.path),
                    ctx: self.ctx,
                })
                .collect()),
            _ => Err(self.expected("a list")),
        }
    }

    /// The node as a string.
    pub fn str(&self) -> Result<&'a str, SpecError> {
        match &self.node.value {
            Value::Str(s) => Ok(s),
            _ => Err(self.expected("a string")),
        }
    }

    /// The node as a string or null (`Some(None)`).
    pub fn str_or_null(&self) -> Result<Option<String>, SpecError> {
        match &self.node.value {
            Value::Null => Ok(None),
            _ => self.str().map(|s| Some(s.to_owned())),
        }
    }

    /// The node as a boolean.
    pub fn bool(&self) -> Result<bool, SpecError> {
        match self.node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(self.expected("a boolean")),
        }
    }

    /// The node as an integer.
    pub fn int(&self) -> Result<i64, SpecError> {
        match self.node.value {
            Value::Int(i) => Ok(i),
            _ => Err(self.expected("an integer")),
        }
    }

    /// The node as an integer from 0 to `max`.
    pub fn uint(&self, max: u64) -> Result<u64, SpecError> {
        let i = self.int()?;
        match u64::try_from(i) {
            Ok(u) if u <= max => Ok(u),
            _ => Err(self.error(format!("expected an integer from 0 to {max}, found {i}"))),
        }
    }

    /// The node as one of `choices`, each allowed at some levels.
    pub fn one_of(&self, choices: &[(&'static str, Levels)]) -> Result<&'static str, SpecError> {
        let s = self.str()?;
        let here = |l: &Levels| l.allows(self.ctx.level);
        if let Some((c, l)) = choices.iter().find(|(c, _)| *c == s) {
            if here(l) {
                return Ok(c);
            }
            return Err(self.error(format!(
                "`{s}` is not allowed in a {} spec (only in {})",
                self.ctx.level.name(),
                l.names()
            )));
        }
        let allowed: Vec<_> = choices
            .iter()
            .filter(|(_, l)| here(l))
            .map(|(c, _)| *c)
            .collect();
        Err(self.error(format!(
            "expected one of {}, found `{s}`",
            allowed.join(", ")
        )))
    }

    /// The node as a list of strings.
    pub fn strings(&self) -> Result<Vec<String>, SpecError> {
        self.list()?
            .iter()
            .map(|a| a.str().map(str::to_owned))
            .collect()
    }
}

impl<'a> Map<'a> {
    /// The place of the mapping itself.
    pub fn at(&self) -> &At<'a> {
        &self.at
    }

    /// Checks that every key is one of `keys` and allowed at the spec's level.
    pub fn check_keys(&self, keys: &[(&str, Levels)]) -> Result<(), SpecError> {
        let level = self.at.ctx.level;
        for (k, node) in self.entries {
            let at = self.child(k, node);
            match keys.iter().find(|(name, _)| name == k) {
                Some((_, l)) if l.allows(level) => {}
                Some((_, l)) => {
                    return Err(at.error(format!(
                        "`{k}` is not allowed in a {} spec (only in {})",
                        level.name(),
                        l.names()
                    )))
                }
                None => {
                    let allowed: Vec<_> = keys
                        .iter()
                        .filter(|(_, l)| l.allows(level))
                        .map(|(n, _)| *n)
                        .collect();
                    return Err(at.error(format!(
                        "unknown key `{k}` (expected one of {})",
                        allowed.join(", ")
                    )));
                }
            }
        }
        Ok(())
    }

    fn child(&self, key: &str, node: &'a Node) -> At<'a> {
        let path = if self.at.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.at.path)
        };
        At {
            node,
            path,
            ctx: self.at.ctx,
        }
    }

    /// The value of `key`, when present.
    pub fn get(&self, key: &str) -> Option<At<'a>> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(k, n)| self.child(k, n))
    }

    /// The value of `key`, which must be present.
    pub fn req(&self, key: &str) -> Result<At<'a>, SpecError> {
        self.get(key)
            .ok_or_else(|| self.at.error(format!("missing required key `{key}`")))
    }

    /// The string at `key`, which must be present.
    pub fn req_str(&self, key: &str) -> Result<String, SpecError> {
        self.req(key)?.str().map(str::to_owned)
    }

    /// The string at `key`, when present.
    pub fn opt_str(&self, key: &str) -> Result<Option<String>, SpecError> {
        self.get(key)
            .map(|a| a.str().map(str::to_owned))
            .transpose()
    }

    /// The string or null at `key`, when present.
    pub fn opt_str_or_null(&self, key: &str) -> Result<Option<Option<String>>, SpecError> {
        self.get(key).map(|a| a.str_or_null()).transpose()
    }

    /// The boolean at `key` (false when absent).
    pub fn flag(&self, key: &str) -> Result<bool, SpecError> {
        Ok(self
            .get(key)
            .map(|a| a.bool())
            .transpose()?
            .unwrap_or(false))
    }

    /// The integer from 0 to `max` at `key`, when present.
    pub fn opt_uint(&self, key: &str, max: u64) -> Result<Option<u64>, SpecError> {
        self.get(key).map(|a| a.uint(max)).transpose()
    }

    /// The list of strings at `key` (empty when absent).
    pub fn strings(&self, key: &str) -> Result<Vec<String>, SpecError> {
        Ok(self
            .get(key)
            .map(|a| a.strings())
            .transpose()?
            .unwrap_or_default())
    }

    /// The list at `key` (empty when absent).
    pub fn list(&self, key: &str) -> Result<Vec<At<'a>>, SpecError> {
        Ok(self
            .get(key)
            .map(|a| a.list())
            .transpose()?
            .unwrap_or_default())
    }
}
