//! The request a command line sends, as strace sees it: for comparing our tools' request
//! bytes with the real tool's where this kernel lacks the feature (the request is sent and
//! refused, or the kernel answers it without doing anything we could read back).

use std::process::Command;

/// `(type, flags, payload)` of the last request of one of `types` (strace's hex, such as
/// `"0x13"`) in an strace log (`-X raw -xx`).
pub fn last_request(log: &str, types: &[&str]) -> Option<(String, String, String)> {
    let mut found = None;
    for line in log.lines() {
        let Some(t) = line.find("nlmsg_type=0x") else {
            continue;
        };
        let ty = &line[t + 11..];
        let ty = &ty[..ty.find(',').unwrap_or(ty.len())];
        if !types.contains(&ty) || line.contains("nlmsg_seq=0,") {
            continue;
        }
        let flags = line
            .split("nlmsg_flags=")
            .nth(1)
            .and_then(|f| f.split(',').next())
            .unwrap_or("");
        let payload = line
            .split("}, \"")
            .nth(1)
            .and_then(|p| p.split('"').next())
            .unwrap_or("");
        found = Some((ty.to_owned(), flags.to_owned(), payload.to_owned()));
    }
    found
}

/// Runs `program -n NS CMD...` under strace: its exit code, its stderr and the last request
/// of one of `types` it sent.
pub fn traced(
    program: &str,
    ns: &str,
    cmd: &str,
    types: &[&str],
) -> (Option<i32>, String, Option<(String, String, String)>) {
    let log = std::env::temp_dir().join(format!(
        "nlkit-strace-{}-{}-{}",
        std::process::id(),
        program.len(),
        types.join("")
    ));
    let o = Command::new("strace")
        .arg("-f")
        .arg("-o")
        .arg(&log)
        .args([
            "-e",
            "trace=sendmsg,sendto",
            "-X",
            "raw",
            "-xx",
            "-s",
            "65536",
        ])
        .arg(program)
        .arg("-n")
        .arg(ns)
        .args(cmd.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run strace: {e}"));
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        last_request(&text, types),
    )
}
