//! `nlip tuntap` against ip 6.1 in a namespace holding a tap, a multi-queue tun owned by a
//! user and group, and a tun with packet information: each command line's stdout, stderr
//! and exit code, and the devices read back (`ip tuntap show`) after each; a change is made
//! with ip, undone, then made with nlip and undone.

mod common;

use common::{run, text};
use nltestns::Netns;

const SETUP: &[&str] = &[
    "tuntap add dev tap0 mode tap",
    "tuntap add dev tun0 mode tun user 1000 group 100 multi_queue",
    "tuntap add dev tun1 mode tun pi vnet_hdr one_queue",
];

/// (command, its undo or "").
const LINES: &[(&str, &str)] = &[
    ("tuntap", ""),
    ("tuntap show", ""),
    ("tuntap list", ""),
    ("tuntap lst", ""),
    ("tap show", ""),
    ("-j tuntap show", ""),
    ("-j -p tuntap show", ""),
    (
        "tuntap add dev tap9 mode tap",
        "tuntap del dev tap9 mode tap",
    ),
    (
        "tuntap add tap8 mode tap user 5 group 6",
        "tuntap del tap8 mode tap",
    ),
    (
        "tuntap add name tun8 mode tun pi one_queue vnet_hdr multi_queue",
        "tuntap del tun8 mode tun pi one_queue vnet_hdr multi_queue",
    ),
    ("tuntap add mode tun", "tuntap del tun2 mode tun"),
    (
        "tuntap a dev tapx m tap u root g root",
        "tuntap del dev tapx mode tap",
    ),
    (
        "tuntap del dev tap0 mode tap",
        "tuntap add dev tap0 mode tap",
    ),
    ("tuntap add dev tap0 mode tap", ""),
    ("tuntap add dev tapx", ""),
    ("tuntap add dev tapx mode bogus", ""),
    ("tuntap add dev tapx mode tun mode tap", ""),
    ("tuntap add dev tapx mode tap user nosuchuser", ""),
    ("tuntap add dev tapx mode tap group nosuchgroup", ""),
    ("tuntap add dev a/b mode tap", ""),
    ("tuntap add dev 0123456789abcdefg mode tap", ""),
    ("tuntap add tapa tapb mode tap", ""),
    ("tuntap add mode", ""),
    ("tuntap add dev", ""),
    ("tuntap add help", ""),
    ("tuntap add mode tap user", ""),
    ("tuntap del dev tun0 mode tap", ""),
    (
        "tuntap del dev nosuch mode tap",
        "tuntap del dev nosuch mode tap",
    ),
    ("tuntap del mode tun user", ""),
    ("tuntap bogus", ""),
    ("tuntap help", ""),
];

#[test]
fn tuntap_as_ip_makes_and_shows_it() {
    let Some(ns) = Netns::new("nlkit-tuntap") else {
        return;
    };
    for cmd in SETUP {
        let r = run("ip", ns.name(), cmd);
        assert_eq!(r.0, Some(0), "{cmd}: {}", text(&r));
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for (cmd, undo) in LINES {
        let want = run("ip", ns.name(), cmd);
        let want_state = run("ip", ns.name(), "tuntap show");
        if !undo.is_empty() {
            run("ip", ns.name(), undo);
        }
        let got = run(nlip, ns.name(), cmd);
        let got_state = run("ip", ns.name(), "tuntap show");
        if !undo.is_empty() {
            run("ip", ns.name(), undo);
        }
        if (&want, &want_state) != (&got, &got_state) {
            failures.push(format!(
                "{cmd}:\nip: {}{}\nnlip: {}{}",
                text(&want),
                text(&want_state),
                text(&got),
                text(&got_state)
            ));
        }
    }
    println!("compared {} command lines with ip", LINES.len());
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
