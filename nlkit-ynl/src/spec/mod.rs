//! The spec model: a YNL spec read into typed Rust ([`Spec`]) and checked against its
//! schema level (the keys and values each of genetlink, genetlink-c, genetlink-legacy and
//! netlink-raw allows) and its own references. A spec that breaks either gets a
//! [`SpecError`](crate::SpecError) that names the file, the line and the path
//! (`attribute-sets[3].attributes[7].type`) and says what was expected.
//!
//! The checks follow the kernel 6.12 schemas, plus what later kernels added and the newer
//! specs use: the `s8` and `s16` attribute types in genetlink-legacy, the `ipv4-or-v6`
//! display hint. Where a spec disagrees with the kernel's uapi headers, the model is
//! corrected (`errata.rs`: nlctrl's policy `mask` and `pad` numbers).

mod cursor;
mod errata;
mod model;
mod ops;
mod read;
mod resolve;
mod sets;

pub use model::*;
pub use read::read_spec;
