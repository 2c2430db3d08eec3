//! Unit tests of the link option readers (hardware addresses: `args::lladdr`).

use super::options::{c_int, c_unsigned, valid_altname, valid_ifname};

#[test]
fn numbers_read_as_c_does() {
    assert_eq!(c_int("0x10"), Some(16));
    assert_eq!(c_int("010"), Some(8));
    assert_eq!(c_int("-1"), Some(u32::MAX));
    assert_eq!(c_int("12abc"), None);
    assert_eq!(c_int("99999999999"), None);
    assert_eq!(c_int(""), None);
    assert_eq!(c_int("0x"), None);
    assert_eq!(c_unsigned("-1", u32::MAX), None);
    assert_eq!(c_unsigned("256", 255), None);
    assert_eq!(c_unsigned("255", 255), Some(255));
}

#[test]
fn names() {
    assert!(valid_ifname("eth0") && !valid_ifname("a/b") && !valid_ifname(""));
    assert!(!valid_ifname("0123456789abcdef"));
    assert!(valid_altname("0123456789abcdef"));
    // ip leaves a `:` to the kernel; C's isspace only.
    assert!(valid_ifname("va0:0") && !valid_ifname("a\x0bb") && valid_ifname("a\u{a0}b"));
}
