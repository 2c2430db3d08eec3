//! `nlynl` against the kernel's own YNL tool, `cli.py` (`../shared/ynl/pyynl/cli.py` from
//! the workspace root): the same requests run by both inside a network namespace made for
//! the test (`ip netns exec`), their `--output-json` outputs compared as JSON values (lists
//! of strings, flag sets, compared as sets: cli.py prints sets in no fixed order), kernel
//! errors by their exit status and first lines, `--list-ops` / `--list-msgs` line by line
//! (the modes as sets). Skips, printing why, without privileges, python3, PyYAML or the
//! oracle, unless NLKIT_REQUIRE_NETNS=1.

use nltestns::Netns;
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::Duration;

const NLYNL: &str = env!("CARGO_BIN_EXE_nlynl");

/// The oracle's folder (`shared/ynl`), found once.
fn shared_ynl() -> PathBuf {
    static DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| nltestns::ynl_oracle("nlynl oracle"))
        .clone()
        .unwrap_or_default()
}

/// True when cli.py can run here; otherwise prints why `test` is skipped (or fails under
/// NLKIT_REQUIRE_NETNS=1; see `nltestns::ynl_oracle`).
fn oracle(test: &str) -> bool {
    if !nltestns::tool("python3", test) || !nltestns::tool("ip", test) {
        return false;
    }
    nltestns::ynl_oracle(test).is_some()
}

/// The spec file both tools read.
fn spec(name: &str) -> PathBuf {
    let base = shared_ynl().join("netlink");
    let old = base.join(format!("specs/{name}.yaml"));
    if old.exists() {
        old
    } else {
        base.join(format!("specs-newer/{name}.yaml"))
    }
}

/// Runs `program args` inside `ns`.
fn run_in(ns: &Netns, program: &str, args: &[&str]) -> Output {
    Command::new("ip")
        .args(["netns", "exec", ns.name(), program])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn nlynl(ns: &Netns, args: &[&str]) -> Output {
    run_in(ns, NLYNL, args)
}

fn cli_py(ns: &Netns, spec_name: &str, args: &[&str]) -> Output {
    let cli = shared_ynl().join("pyynl/cli.py");
    let spec = spec(spec_name);
    let mut all = vec![cli.to_str().unwrap(), "--no-schema", "--spec"];
    all.push(spec.to_str().unwrap());
    all.extend_from_slice(args);
    run_in(ns, "python3", &all)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Sorts every list of strings (flag sets), recursively.
fn normalize(v: &mut Value) {
    match v {
        Value::Array(items) => {
            items.iter_mut().for_each(normalize);
            if items.iter().all(Value::is_string) {
                items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
            }
        }
        Value::Object(m) => m.values_mut().for_each(normalize),
        _ => {}
    }
}

fn json_of(o: &Output, who: &str) -> Value {
    assert!(
        o.status.success(),
        "{who} failed: {}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    let mut v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{who} printed no JSON ({e}): {}", text(&o.stdout)));
    normalize(&mut v);
    v
}

/// Runs the same request with both tools (`--output-json`), asserts equal JSON and
/// returns it.
fn same(ns: &Netns, spec_name: &str, args: &[&str]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--output-json");
    let want = json_of(&cli_py(ns, spec_name, &with_json), "cli.py");
    let path = spec(spec_name);
    let mut ours = vec!["--spec", path.to_str().unwrap()];
    ours.extend_from_slice(&with_json);
    let got = json_of(&nlynl(ns, &ours), "nlynl");
    assert_eq!(got, want, "{spec_name} {args:?}");
    // One line, Python's separators.
    let o = nlynl(ns, &ours);
    assert_eq!(text(&o.stdout).lines().count(), 1);
    got
}

/// `NAME  [ MODES ]` lines as (name, sorted modes).
fn list_lines(out: &[u8]) -> Vec<(String, Vec<String>)> {
    text(out)
        .lines()
        .map(|l| {
            let (name, modes) = l.split_once("  [ ").unwrap_or_else(|| panic!("{l:?}"));
            let modes = modes.strip_suffix(" ]").unwrap_or(modes);
            let mut m: Vec<String> = modes
                .split(", ")
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned)
                .collect();
            m.sort();
            (name.to_owned(), m)
        })
        .collect()
}

#[test]
fn list_ops_and_msgs_equal_cli_py() {
    if !oracle("list_ops_and_msgs_equal_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynlls") else {
        return;
    };
    let specs = [
        "nlctrl",
        "netdev",
        "ethtool",
        "mptcp_pm",
        "tcp_metrics",
        "rt_link",
        "rt_addr",
        "rt_route",
    ];
    for name in specs {
        for what in ["--list-ops", "--list-msgs"] {
            let want = cli_py(&ns, name, &[what]);
            assert!(
                want.status.success(),
                "cli.py {name} {what}: {}",
                text(&want.stderr)
            );
            let path = spec(name);
            let got = nlynl(&ns, &["--spec", path.to_str().unwrap(), what]);
            assert!(got.status.success(), "{}", text(&got.stderr));
            assert_eq!(
                list_lines(&got.stdout),
                list_lines(&want.stdout),
                "{name} {what}"
            );
            let by_name = nlynl(&ns, &["--family", name, what]);
            assert_eq!(by_name.stdout, got.stdout, "--family {name}");
        }
    }
}

#[test]
fn nlctrl_and_netdev_dumps_equal_cli_py() {
    if !oracle("nlctrl_and_netdev_dumps_equal_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynldump") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let families = same(&ns, "nlctrl", &["--dump", "getfamily"]);
    let names: Vec<&str> = families
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["family-name"].as_str())
        .collect();
    assert!(
        names.contains(&"nlctrl") && names.contains(&"netdev"),
        "{names:?}"
    );
    let devs = same(&ns, "netdev", &["--dump", "dev-get"]);
    assert_eq!(
        devs.as_array().map(Vec::len),
        Some(3),
        "lo and the veth pair"
    );
    same(
        &ns,
        "nlctrl",
        &[
            "--do",
            "getfamily",
            "--json",
            r#"{"family-name": "ethtool"}"#,
        ],
    );
}

#[test]
fn ethtool_equals_cli_py() {
    if !oracle("ethtool_equals_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynleth") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let dev = r#"{"header": {"dev-name": "v0"}}"#;
    let info = same(&ns, "ethtool", &["--do", "linkinfo-get", "--json", dev]);
    assert_eq!(info["header"]["dev-name"], "v0");
    same(&ns, "ethtool", &["--do", "linkmodes-get", "--json", dev]);
    let strings = same(&ns, "ethtool", &["--do", "strset-get", "--json", dev]);
    assert!(strings["stringsets"].is_object(), "{strings}");
    same(
        &ns,
        "ethtool",
        &["--dump", "strset-get", "--json", r#"{"header": {}}"#],
    );
}

#[test]
fn kernel_errors_as_cli_py_prints_them() {
    if !oracle("kernel_errors_as_cli_py_prints_them") {
        return;
    }
    let Some(ns) = Netns::new("ynlerr") else {
        return;
    };
    let args = [
        "--do",
        "linkinfo-get",
        "--json",
        r#"{"header": {"dev-name": "nope0"}}"#,
    ];
    let want = cli_py(&ns, "ethtool", &args);
    let path = spec("ethtool");
    let mut ours = vec!["--spec", path.to_str().unwrap()];
    ours.extend_from_slice(&args);
    let got = nlynl(&ns, &ours);
    assert_eq!(got.status.code(), Some(1));
    assert_eq!(want.status.code(), Some(1));
    // cli.py prints the error on stdout, nlynl on stderr.
    let (want, got) = (text(&want.stdout), text(&got.stderr));
    assert_eq!(got.lines().next(), want.lines().next());
    assert_eq!(got.lines().next(), Some("Netlink error: No such device"));
    let extack = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("\textack: "))
            .map(str::to_owned)
    };
    assert_eq!(extack(&got), extack(&want));
    assert!(got.contains("'bad-attr': '.header.dev-name'"), "{got}");
    assert!(nlynl(&ns, &ours).stdout.is_empty());
}

#[test]
fn tcp_metrics_and_mptcp_equal_cli_py() {
    if !oracle("tcp_metrics_and_mptcp_equal_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynlmptcp") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip_ok(&["address", "add", "10.0.0.1/24", "dev", "v0"]);
    same(&ns, "tcp_metrics", &["--dump", "get"]);
    ns.ip_ok(&[
        "mptcp", "endpoint", "add", "10.0.0.1", "dev", "v0", "signal",
    ]);
    let addrs = same(&ns, "mptcp_pm", &["--dump", "get-addr"]);
    assert_eq!(addrs.as_array().map(Vec::len), Some(1), "{addrs}");
    same(&ns, "mptcp_pm", &["--do", "get-limits"]);
    // A change is answered by an ACK alone: null; several requests in one batch.
    let multi = same(
        &ns,
        "mptcp_pm",
        &[
            "--multi",
            "set-limits",
            r#"{"subflows": 3}"#,
            "--multi",
            "get-limits",
            "{}",
        ],
    );
    assert_eq!(multi[0], Value::Null);
    assert_eq!(multi[1]["subflows"], 3);
    let none = same(
        &ns,
        "mptcp_pm",
        &["--do", "set-limits", "--json", r#"{"subflows": 4}"#],
    );
    assert_eq!(none, Value::Null);
    let o = nlynl(
        &ns,
        &["--family", "mptcp_pm", "--do", "set-limits", "--json", "{}"],
    );
    assert_eq!(text(&o.stdout), "None\n");
}

#[test]
fn rt_link_dump_goes_on_where_cli_py_stops() {
    if !oracle("rt_link_dump_goes_on_where_cli_py_stops") {
        return;
    }
    let Some(ns) = Netns::new("ynlrt") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let want = cli_py(&ns, "rt_link", &["--dump", "getlink", "--output-json"]);
    let got = nlynl(
        &ns,
        &["--family", "rt_link", "--dump", "getlink", "--output-json"],
    );
    let links = json_of(&got, "nlynl");
    let links = links.as_array().unwrap();
    assert_eq!(links.len(), 3);
    assert!(links
        .iter()
        .any(|l| l["ifname"] == "v0" && l["linkinfo"]["kind"] == "veth"));
    if want.status.success() {
        // A kernel no newer than the spec: the same links.
        assert_eq!(Value::Array(links.clone()), json_of(&want, "cli.py"));
        return;
    }
    assert!(
        text(&want.stderr).contains("has no attribute with value"),
        "cli.py: {}",
        text(&want.stderr)
    );
    let unknown = links.iter().any(|l| {
        l.as_object()
            .unwrap()
            .keys()
            .any(|k| k.starts_with("UnknownAttr("))
    });
    assert!(unknown, "the attributes newer than the spec are shown raw");
    let plain = nlynl(&ns, &["--family", "rt-link", "--dump", "getlink"]);
    assert!(plain.status.success());
    assert!(text(&plain.stdout).contains("\nifname: v0\n"));
}

#[test]
fn notifications_equal_cli_py() {
    if !oracle("notifications_equal_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynlntf") else {
        return;
    };
    let path = spec("netdev");
    let start = |program: &str, args: &[&str]| {
        Command::new("ip")
            .args(["netns", "exec", ns.name(), program])
            .args(args)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let cli = shared_ynl().join("pyynl/cli.py");
    let common = ["--subscribe", "mgmt", "--sleep", "4", "--output-json"];
    let mut py_args = vec![
        cli.to_str().unwrap(),
        "--no-schema",
        "--spec",
        path.to_str().unwrap(),
    ];
    py_args.extend_from_slice(&common);
    let mut our_args = vec!["--spec", path.to_str().unwrap()];
    our_args.extend_from_slice(&common);
    let py = start("python3", &py_args);
    let ours = start(NLYNL, &our_args);
    // Both have joined the group well before this (they sleep 4 s after joining).
    std::thread::sleep(Duration::from_millis(2000));
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let want = json_of(&py.wait_with_output().unwrap(), "cli.py");
    let got = json_of(&ours.wait_with_output().unwrap(), "nlynl");
    assert_eq!(got, want);
    let names: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    assert_eq!(
        names.iter().filter(|n| **n == "dev-add-ntf").count(),
        2,
        "{got}"
    );
}

/// A spec of a generic netlink family no kernel has.
const NO_SUCH_FAMILY: &str = "
name: nlynl-none
doc: A family no kernel has.
attribute-sets:
  - name: main
    attributes:
      - { name: ifindex, type: u32 }
operations:
  list:
    - { name: get, doc: Get., attribute-set: main, do: { request: { attributes: [ ifindex ] } } }
";

#[test]
fn bad_arguments_and_missing_families() {
    if !nltestns::tool("ip", "bad_arguments_and_missing_families") {
        return;
    }
    let Some(ns) = Netns::new("ynlargs") else {
        return;
    };
    let cases: &[(&[&str], &str)] = &[
        (
            &["--family", "netdev", "--do", "nope"],
            "nlynl: error: argument --do: no operation named `nope`",
        ),
        (
            &["--family", "netdev", "--dump", "dev-get", "--json", "{"],
            "nlynl: error: argument --dump: invalid JSON: ",
        ),
        (
            &[
                "--family",
                "netdev",
                "--do",
                "dev-get",
                "--json",
                r#"{"ifindx": 1}"#,
            ],
            "nlynl: error: argument --do: ifindx: no attribute named `ifindx` in `dev`",
        ),
        (
            &["--family", "nosuch", "--list-ops"],
            "nlynl: error: argument --family: no vendored spec named 'nosuch'",
        ),
        (
            &["--family", "netdev", "--dump", "dev-get", "--do", "dev-get"],
            "nlynl: error: argument --do: not allowed with argument --dump",
        ),
        (
            &["--do", "dev-get"],
            "nlynl: error: one of the arguments --family --spec is required",
        ),
        (
            &["--family", "rt_link", "--subscribe", "nope"],
            "nlynl: error: argument --subscribe: rt-link has no multicast group 'nope'",
        ),
    ];
    for (args, want) in cases {
        let o = nlynl(&ns, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(err.starts_with(want), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(o.stdout.is_empty());
    }
    let dir = std::env::temp_dir().join(format!("nlynl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("none.yaml");
    std::fs::write(&file, NO_SUCH_FAMILY).unwrap();
    let o = nlynl(&ns, &["--spec", file.to_str().unwrap(), "--do", "get"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        "family nlynl-none not found; is its module loaded?\n"
    );
    let help = nlynl(&ns, &["--help"]);
    assert!(help.status.success());
    assert!(text(&help.stdout).starts_with("usage: nlynl [-h]"));
}

#[test]
fn rt_addr_and_rt_route_dumps_equal_cli_py() {
    if !oracle("rt_addr_and_rt_route_dumps_equal_cli_py") {
        return;
    }
    let Some(ns) = Netns::new("ynlraw") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip_ok(&["link", "set", "v0", "up"]);
    ns.ip_ok(&["address", "add", "10.0.0.1/24", "dev", "v0"]);
    ns.ip_ok(&["route", "add", "10.9.0.0/16", "via", "10.0.0.2"]);
    let addrs = same(&ns, "rt_addr", &["--dump", "getaddr"]);
    assert!(addrs.as_array().is_some_and(|a| !a.is_empty()), "{addrs}");
    let routes = same(&ns, "rt_route", &["--dump", "getroute"]);
    assert!(routes.to_string().contains("10.9.0.0"), "{routes}");
}

/// cli.py cannot decode this kernel's link notifications (attributes newer than its
/// spec); nlynl joins rt_link's group by the spec's number and shows them.
#[test]
fn raw_groups_are_joined_by_their_number() {
    if !nltestns::tool("ip", "raw_groups_are_joined_by_their_number") {
        return;
    }
    let Some(ns) = Netns::new("ynlrtntf") else {
        return;
    };
    let args = [
        "--family",
        "rt_link",
        "--subscribe",
        "rtnlgrp-link",
        "--sleep",
        "3",
        "--output-json",
    ];
    let ours = Command::new("ip")
        .args(["netns", "exec", ns.name(), NLYNL])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let got = json_of(&ours.wait_with_output().unwrap(), "nlynl");
    let names: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["msg"]["ifname"].as_str())
        .collect();
    assert!(names.contains(&"v0") && names.contains(&"v1"), "{got}");
}
