//! nlip: iproute2-compatible command-line tools over nlkit, as a library of shared parts
//! and thin binaries (`src/bin/`).
//!
//! - [`args`]: the argument cursor, keyword matching as iproute2 does it, numbers, addresses;
//! - [`diag`]: the only code that writes to stderr, and the exit codes;
//! - [`render`]: text and JSON output through one sink;
//! - [`names`]: names of tables, protocols, scopes, realms, groups and devices;
//! - [`ip`]: the `ip` tool, one module per object;
//! - [`genl`]: the `genl` tool (`nlgenl`);
//! - [`ss`]: the `ss` tool (`nlss`).

pub mod args;
pub mod bridge;
pub mod bulk;
pub mod diag;
pub mod genl;
pub mod ip;
pub mod names;
pub mod render;
pub mod ss;
pub mod stdio;
