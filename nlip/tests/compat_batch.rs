//! `-batch` and `-force` against ip: the same batch file through `ip` in one fresh namespace
//! and `nlip` in another; stdout, stderr, exit code and the resulting routes must match.

use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "addr add 10.0.0.1/24 dev v0",
];

/// (global options, batch lines)
const CASES: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "route add 10.80.0.0/24 dev v0",
            "# c",
            "",
            "route add 10.80.0.0/24 dev v0",
            "route add 10.81.0.0/24 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.80.0.0/24 dev v0",
            "# c",
            "",
            "route add 10.80.0.0/24 dev v0",
            "route add 10.81.0.0/24 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.82.0.0/24 dev nosuch",
            "route show 10.0.0.0/24",
            "route add 10.83.0.0/24 via 10.9.9.9",
            "route add 10.84.0.0/24 dev v0",
            "route show",
        ],
    ),
    (
        "-force",
        &["route add foo", "route add 10.85.0.0/24 dev v0"],
    ),
    (
        "-force",
        &[
            "route add 10.86.0.0/24 dev v0",
            "route add 10.86.0.0/24 via 10.0.0.2 metric zz",
            "route add 10.87.0.0/24 dev v0",
        ],
    ),
    ("", &["route show", "route frob", "route show"]),
    ("-force", &["foo", "route add 10.88.0.0/24 dev v0"]),
    ("", &["route get 10.3.0.1", "route add 10.89.0.0/24 dev v0"]),
    (
        "-force",
        &[
            "route add 10.90.0.0/24 \\",
            "  dev v0",
            "route show 10.90.0.0/24",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.91.0.0/24 dev v0",
            "route del 10.91.0.0/24",
            "route del 10.91.0.0/24",
            "route add \"10.92.0.0/24\" dev v0  # trailing comment",
        ],
    ),
];

fn run(program: &str, ns: &Netns, opts: &str, file: &str) -> (Option<i32>, String, String, String) {
    let o = Command::new(program)
        .args(["-n", ns.name()])
        .args(opts.split_whitespace())
        .args(["-batch", file])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let state = ns.ip_ok(&["-j", "route", "show", "table", "all"]);
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (o.status.code(), text(&o.stdout), text(&o.stderr), state)
}

#[test]
fn batch_matches_ip() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for (i, (opts, lines)) in CASES.iter().enumerate() {
        let (Some(a), Some(b)) = (Netns::new("batch-ip"), Netns::new("batch-nlip")) else {
            return;
        };
        for ns in [&a, &b] {
            for cmd in SETUP {
                ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
            }
        }
        let file = std::env::temp_dir().join(format!("nlkit-batch-{}-{i}", std::process::id()));
        std::fs::write(&file, lines.join("\n") + "\n").unwrap();
        let f = file.to_string_lossy();
        let want = run("ip", &a, opts, &f);
        let got = run(nlip, &b, opts, &f);
        let _ = std::fs::remove_file(&file);
        if want != got {
            failures.push(format!(
                "case {i} ({opts} {lines:?}):\nip:   {want:?}\nnlip: {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn missing_batch_file() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let o = Command::new(nlip)
        .args(["-batch", "/nonexistent/nlkit-batch"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Cannot open file \"/nonexistent/nlkit-batch\" for reading: No such file or directory\n"
    );
}
