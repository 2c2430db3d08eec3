//! # nlkit-ynl: the kernel's YNL netlink specs as typed Rust
//!
//! The Linux kernel describes its netlink families in YAML (YNL specs, in
//! `Documentation/netlink/specs`). This crate reads them ([`spec`]: [`Spec`], checked
//! against the four schema levels with errors that name the place) and generates nlkit's
//! typed families from them ([`generate`]: one Rust module per spec, committed under
//! `nlkit/src/ynl/`), and encodes and decodes messages from a spec at run time
//! ([`dynamic`]: JSON values to netlink messages and back, as the kernel's `cli.py` shows
//! them).
//!
//! ```
//! let text = r#"
//! name: demo
//! doc: A demo family.
//! attribute-sets:
//!   - name: main
//!     attributes:
//!       - name: ifindex
//!         type: u32
//! operations:
//!   list:
//!     - name: get
//!       doc: Get one.
//!       attribute-set: main
//!       do:
//!         request:
//!           attributes: [ ifindex ]
//! "#;
//! let spec = nlkit_ynl::read_spec("demo.yaml", text).unwrap();
//! assert_eq!(spec.attribute_sets[0].attributes[0].id, 1);
//! assert_eq!(spec.operations.list[0].request_value, Some(1));
//! ```

pub mod dynamic;
pub mod embedded;
pub mod error;
pub mod generate;
pub mod spec;
pub mod yaml;

pub use error::SpecError;
pub use spec::{read_spec, Spec};

/// Reads the spec file at `path` (its name is what errors show).
pub fn load(path: &std::path::Path) -> Result<Spec, SpecError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| SpecError {
        file: name.clone(),
        line: 0,
        path: String::new(),
        message: format!("cannot read: {e}"),
    })?;
    read_spec(&name, &text)
}
