//! Errors of reading a spec: where (the file, the line, the path of keys and list indices
//! from the document's root, such as `attribute-sets[3].attributes[7].type`) and what was
//! expected there.

use std::fmt;

/// A spec that cannot be read, or breaks its schema, or refers to something it does not
/// define.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The file (as given to the reader).
    pub file: String,
    /// The line of the offending node (1-based; 0 when unknown).
    pub line: usize,
    /// The path of the offending node from the root (`operations.list[2].do.request`);
    /// empty for the document itself.
    pub path: String,
    /// What was wrong, and what was expected.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for SpecError {}
