//! `nlbridge vlan`: in progress.

use super::Options;
use crate::diag::Failure;
use nlkit::engine::Conn;

/// `bridge vlan COMMAND ...`.
pub fn run(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let _ = (conn, o, words);
    Err(Failure::usage("Object \"vlan\" is not in nlbridge yet."))
}
