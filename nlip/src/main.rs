//! `nlip`: an iproute2-compatible `ip` built on nlkit.
//!
//! This first version answers `-V` and prints the usage; the objects (`link`, `address`,
//! `route`, `neigh`, `rule`, `monitor`) follow, with iproute2 6.1's grammar, output and
//! errors.

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: nlip [ OPTIONS ] OBJECT { COMMAND | help }
       nlip [ -force ] -batch filename
where  OBJECT := { address | link | monitor | neighbor | neighbour | nexthop |
                   route | rule }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | link } |
                    -4 | -6 | -0 |
                    -br[ief] | -o[neline] | -t[imestamp] | -ts[hort] |
                    -b[atch] [filename] | -rc[vbuf] [size] | -n[etns] name |
                    -N[umeric] | -a[ll] | -c[olor]}
";

/// The objects nlip knows, in iproute2's matching order (the first the word is a prefix of
/// wins).
const OBJECTS: &[&str] = &[
    "address",
    "link",
    "monitor",
    "neighbor",
    "neighbour",
    "nexthop",
    "route",
    "rule",
    "help",
];

fn usage() -> ExitCode {
    let _ = std::io::stderr().write_all(USAGE.as_bytes());
    ExitCode::from(255)
}

/// True when `word` is a non-empty prefix of `full` (iproute2's `matches()`).
fn matches(word: &str, full: &str) -> bool {
    !word.is_empty() && full.starts_with(word)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(opt) = args.first().filter(|a| a.starts_with('-')) {
        let o = opt.trim_start_matches('-');
        if matches(o, "Version") && o.starts_with('V') {
            println!("nlip utility, nlkit-{}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        if matches(o, "help") {
            return usage();
        }
        eprintln!("Option \"{opt}\" is unknown, try \"ip -help\".");
        return ExitCode::from(255);
    }
    let Some(object) = args.first() else {
        return usage();
    };
    match OBJECTS.iter().find(|o| matches(object, o)) {
        Some(&"help") => usage(),
        Some(o) => {
            eprintln!("nlip: \"{o}\" is not implemented yet");
            ExitCode::from(255)
        }
        None => {
            eprintln!("Object \"{object}\" is unknown, try \"ip help\".");
            ExitCode::from(1)
        }
    }
}
