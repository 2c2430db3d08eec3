//! `nlip sr` against ip 6.1: the same command lines, in order, with ip in one fresh
//! namespace and nlip in another (the same stdin, no controlling terminal: `hmac set`
//! reads its secret from stdin), comparing exit code, stdout and stderr byte for byte, and
//! after each line the tunnel source and the HMAC keys of the two namespaces.

mod twin;

use twin::{line, show, with_stdin, Line};

const STATE: &[&str] = &["sr tunsrc show", "sr hmac show"];

/// Usage, keyword matching and argument errors.
const GRAMMAR: &[&str] = &[
    "sr",
    "sr help",
    "sr he",
    "sr h s",
    "sr help extra",
    "sr foo",
    "sr foo bar",
    "sr s",
    "sr hmacx",
    "sr tunsrcx show",
    "sr tunsrc",
    "sr hmac",
    "sr tunsrc foo",
    "sr hmac foo",
    "sr hmac foo bar",
    "sr tunsrc help",
    "sr hmac help",
    "sr tunsrc SHOW",
    "sr HMAC show",
];

/// Shows, in an empty namespace first.
const SHOW: &[&str] = &[
    "sr tunsrc show",
    "-j sr tunsrc show",
    "-j -p sr tunsrc show",
    "sr t s",
    "sr tun show",
    "sr tunsrc s",
    "sr tunsrc sh",
    "sr tunsrc show extra",
    "sr hmac show",
    "-j sr hmac show",
    "-j -p sr hmac show",
    "sr hm sh",
    "sr hmac s",
    "sr hmac show extra",
    "-4 sr tunsrc show",
    "-6 sr tunsrc show",
    "-d sr tunsrc show",
    "-o sr hmac show",
    "-s sr hmac show",
    "-br sr tunsrc show",
];

/// Setting the tunnel source: ip's address reading and errors.
const TUNSRC: &[&str] = &[
    "sr tunsrc set",
    "sr tunsrc set 1.2.3.4",
    "-4 sr tunsrc set 1.2.3.4",
    "sr tunsrc set foo",
    "sr tunsrc set foo bar",
    "sr tunsrc set fc00::/64",
    "sr tunsrc set fc00::1/128",
    "sr tunsrc set 0",
    "sr tunsrc set 1::2::3",
    "sr tunsrc set fe80::1%lo",
    "sr tunsrc set fc00::1:2:3:4:5:6:7",
    "sr tunsrc set fc00::1",
    "sr tunsrc show",
    "-j sr tunsrc show",
    "-j -p sr tunsrc show",
    "sr tunsrc se fc00::2",
    "sr tunsrc show",
    "sr tunsrc set fc00::3 extra",
    "sr tunsrc set ::ffff:1.2.3.4",
    "sr tunsrc show",
    "sr tunsrc set default",
    "sr tunsrc show",
    "sr tunsrc set ::1",
    "sr tunsrc set any",
    "sr tunsrc set ::1",
    "sr tunsrc set all",
    "sr tunsrc set 2001:db8:0:0:1:0:0:1",
    "sr tunsrc show",
    "sr tunsrc set fc00::",
    "sr t se ::",
    "sr tunsrc show",
];

/// HMAC keys: argument errors (no secret read), then keys set, replaced and deleted.
const HMAC_ERRORS: &[&str] = &[
    "sr hmac set",
    "sr hmac set 1",
    "sr hmac set x",
    "sr hmac set x sha1",
    "sr hmac set 0 sha1",
    "sr hmac set -1 sha1",
    "sr hmac set 4294967296 sha1",
    "sr hmac set 0x sha1",
    "sr hmac set 1 md5",
    "sr hmac set 1 sha",
    "sr hmac set 1 s",
    "sr hmac set 1 sha2",
    "sr hmac set 1 SHA1",
    "sr hmac set 1 sha256x",
];

fn secrets() -> Vec<Line> {
    let long = |n: usize| {
        let mut s = vec![b'k'; n];
        s.push(b'\n');
        s
    };
    vec![
        with_stdin("sr hmac set 1 sha1", b"secret1\n"),
        show("sr hmac show"),
        with_stdin("sr hmac set 2 sha256", b"abc"),
        with_stdin("sr hmac set 3 sha256", b"abc\ndef\n"),
        with_stdin("sr hmac set 4294967295 sha1", b"x\n"),
        with_stdin("sr hmac set 0x10 sha1", b"hex\n"),
        with_stdin("sr hmac set 010 sha256", b"octal\n"),
        with_stdin("sr hmac set +7 sha1", b"plus\n"),
        with_stdin("sr hmac se 9 sha1", b"q\n"),
        with_stdin("sr hmac set 11 sha256 extra", b"q\n"),
        with_stdin("sr hmac set 15 sha1", &long(64)),
        with_stdin("sr hmac set 16 sha1", &long(65)),
        with_stdin("sr hmac set 17 sha1", &long(70)),
        with_stdin("sr hmac set 20 sha1", &long(300)),
        with_stdin("sr hmac set 21 sha1", &long(260)),
        with_stdin("sr hmac set 22 sha1", &long(256)),
        with_stdin("sr hmac set 23 sha1", b"a\rb\n"),
        with_stdin("sr hmac set 24 sha1", b"a\"b\\c\n"),
        with_stdin("sr hmac set 25 sha1", b"a\0b\n"),
        with_stdin("sr hmac set 26 sha256", "é ü\ttab\n".as_bytes()),
        with_stdin("sr hmac set 27 sha1", b"\xff\xfe\x01\x1f\x7f\n"),
        show("sr hmac show"),
        show("-j sr hmac show"),
        show("-j -p sr hmac show"),
        with_stdin("sr hmac set 24 sha1", b"\n"),
        with_stdin("sr hmac set 99 sha1", b"\n"),
        line("sr hmac set 1 sha1"),
        line("sr hmac set 1 sha1"),
        with_stdin("sr hmac set 2 sha1", b"new\n"),
        with_stdin("sr hmac set 3 sha256", b"\n\n"),
        show("sr hmac show"),
        show("-j sr hmac show"),
        show("sr hm s"),
    ]
}

#[test]
fn sr_matches_ip() {
    let mut lines: Vec<Line> = Vec::new();
    lines.extend(GRAMMAR.iter().map(|l| line(l)));
    lines.extend(SHOW.iter().map(|l| show(l)));
    lines.extend(TUNSRC.iter().chain(HMAC_ERRORS).map(|l| line(l)));
    lines.extend(secrets());
    let n = twin::compare("compat-sr", &[], &lines, STATE);
    assert!(n == 0 || n == lines.len());
}

/// A batch whose `hmac set` lines take their secrets from the batch's next line (ip's
/// getpass reads the stdin that its batch reopened on the file): from a file, with and
/// without `-force`, and from stdin (`-batch -`).
const BATCH: &str = "sr tunsrc set fc00::9
sr hmac set 1 sha1
sr tunsrc show
sr hmac show
sr hmac set 2 sha256

sr hmac set 1 sha1
secret\\
more
sr hmac show
sr foo
sr tunsrc show
";

#[test]
fn hmac_secrets_in_a_batch_match_ip() {
    let path = std::env::temp_dir().join(format!("nlip-compat-sr-{}.batch", std::process::id()));
    std::fs::write(&path, BATCH).unwrap();
    let file = path.display().to_string();
    let lines = vec![
        line(&format!("-batch {file}")),
        line(&format!("-force -batch {file}")),
        with_stdin("-force -batch -", BATCH.as_bytes()),
        with_stdin("-batch -", BATCH.as_bytes()),
    ];
    twin::compare("compat-sr-batch", &[], &lines, STATE);
    let _ = std::fs::remove_file(&path);
}

/// `hmac set` on a terminal (`script` gives it one): the prompt on the terminal, the
/// secret typed without echo, as ip.
#[test]
fn hmac_set_on_a_terminal_matches_ip() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    if !nltestns::tool("script", "hmac_set_on_a_terminal_matches_ip") {
        return;
    }
    let (Some(a), Some(b)) = (
        nltestns::Netns::new("compat-sr-tty"),
        nltestns::Netns::new("compat-sr-tty"),
    ) else {
        return;
    };
    let typed = |program: &str, ns: &str| {
        let cmd = format!("{program} -n {ns} sr hmac set 3 sha256");
        let mut child = Command::new("script")
            .args(["-qc", &cmd, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        let mut input = child.stdin.take().unwrap();
        input.write_all(b"typed secret\r").unwrap();
        drop(input);
        let o = child.wait_with_output().unwrap();
        (o.status.code(), o.stdout, o.stderr)
    };
    let want = typed("ip", a.name());
    let got = typed(env!("CARGO_BIN_EXE_nlip"), b.name());
    assert_eq!(
        want,
        got,
        "{}\n{}",
        String::from_utf8_lossy(&want.1),
        String::from_utf8_lossy(&got.1)
    );
    let shown = b.ip_ok(&["sr", "hmac", "show"]);
    assert_eq!(shown, a.ip_ok(&["sr", "hmac", "show"]));
    assert_eq!(shown, "hmac 3 algo sha256 secret \"typed secret\"\n");
}
