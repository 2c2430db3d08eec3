//! Timestamps as ip prints them, and the groups of every followed object.

use super::request::{watched, OBJECTS, SUPPORTED};
use super::time::{ctime_stamp, iso_time};
use nlkit::rtnl::group::*;
use nlkit::rtnl::{groups_for, AddressFamily, Kind};
use std::time::Duration;

#[test]
fn timestamps_as_ip_prints_them() {
    let t = Duration::new(1_796_042_394, 408_477_000);
    assert_eq!(
        ctime_stamp(t),
        "Timestamp: Mon Nov 30 12:39:54 2026 408477 usec\n"
    );
    assert_eq!(iso_time(t), "2026-11-30T12:39:54.408477");
    // A leap day, a one-digit day (padded with a space), microseconds not padded by -t.
    let t = Duration::new(1_709_168_523, 5_000);
    assert_eq!(
        ctime_stamp(t),
        "Timestamp: Thu Feb 29 01:02:03 2024 5 usec\n"
    );
    assert_eq!(iso_time(t), "2024-02-29T01:02:03.000005");
    let t = Duration::new(946_684_799, 0);
    assert_eq!(iso_time(t), "1999-12-31T23:59:59.000000");
    let t = Duration::new(1_796_042_394 + 86_400 * 2, 0);
    assert_eq!(
        ctime_stamp(t),
        "Timestamp: Wed Dec  2 12:39:54 2026 0 usec\n"
    );
}

#[test]
fn every_supported_object_has_its_groups() {
    for w in &SUPPORTED {
        assert!(!groups_for(&[w.kind], None).is_empty(), "{}", w.word);
        assert_eq!(watched(w.kind).map(|x| x.word), Some(w.word));
        assert!(OBJECTS.contains(&w.word), "{}", w.word);
    }
    assert_eq!(
        groups_for(&[Kind::Rule], Some(AddressFamily::Inet6)),
        [RTNLGRP_IPV6_RULE]
    );
}
