//! Unit tests of nlss.
