//! nlip's answers compared with iproute2's wording and exit codes.

use std::process::Command;

fn nlip(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_nlip"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn version() {
    for v in ["-V", "-Version", "-Ver"] {
        let (code, out, _) = nlip(&[v]);
        assert_eq!(code, 0);
        assert!(out.starts_with("nlip utility, nlkit-"), "{out}");
    }
}

fn ip(args: &[&str]) -> (i32, String, String) {
    let o = Command::new("ip")
        .args(args)
        .output()
        .expect("iproute2's ip is installed");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn usage_and_unknown_words_match_ip() {
    if !nltestns::tool("ip", "usage and unknown words") {
        return;
    }
    // These touch no network state: usage texts and argument errors only.
    for args in [
        &[][..],
        &["help"],
        &["-h"],
        &["-foo"],
        &["foo"],
        &["route", "frob"],
        &["route", "help"],
        &["-n"],
        &["-netns"],
        &["-n", "nlkit-no-such-namespace"],
        &["-f"],
        &["-f", "bogus", "link"],
    ] {
        assert_eq!(nlip(args), ip(args), "nlip {args:?}");
    }
    let (code, _, err) = nlip(&["-foo"]);
    assert_eq!(
        (code, err.as_str()),
        (255, "Option \"-foo\" is unknown, try \"ip -help\".\n")
    );
    let (code, _, err) = nlip(&["foo"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "Object \"foo\" is unknown, try \"ip help\".\n")
    );
}
