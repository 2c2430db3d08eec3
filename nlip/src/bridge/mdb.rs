//! `nlbridge mdb`: in progress.

use super::Options;
use crate::diag::Failure;
use nlkit::engine::Conn;

/// `bridge mdb COMMAND ...`.
pub fn run(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let _ = (conn, o, words);
    Err(Failure::usage("Object \"mdb\" is not in nlbridge yet."))
}
