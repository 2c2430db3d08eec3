//! Benchmarks of whole workloads, run in a network namespace made for the run (never the
//! host's), alternating the contenders in each round and reporting medians and ratios to
//! the C yardstick (`../shared/bench/nlbench.c`, the kernel's limit).
//!
//! `cargo run --release -p nlkit-bench -- dump [ROUTES] [ROUNDS]` (as root, after
//! `cargo build --release -p nlip`; default 1000000 routes, 9 rounds): fills a
//! namespace with ROUTES Internet-like IPv4 routes (default 1000000, from
//! `../shared/bench/gen_routes.py`), then times, per round: the raw C dump, nlkit's typed
//! dump (in process), `nlip route show`, `nlip -j route show`, `ip route show` and
//! `ip -j route show` (all with stdout to /dev/null; peak RSS from GNU time).

use nlkit::engine::Conn;
use nlkit::rtnl::message_type::RTM_NEWROUTE;
use nlkit::rtnl::route::{self, attrs, RouteFilter, RouteHeader};
use nlkit::sys::{Netns, Protocol};
use nlkit::wire::Flags;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

struct Namespace {
    name: String,
    handle: Netns,
}

impl Drop for Namespace {
    fn drop(&mut self) {
        let _ = Netns::remove_named(&self.name);
    }
}

fn sh(cmd: &mut Command) -> Result<String, String> {
    let o = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{cmd:?}: {}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn setup(routes: usize) -> Result<Namespace, String> {
    let name = format!("nlkit-bench-{}", std::process::id());
    let handle =
        Netns::create_named(&name).map_err(|e| format!("netns {name}: {e} (run as root)"))?;
    let ns = Namespace { name, handle };
    for args in [
        "link set lo up",
        "link add v0 type veth peer name v1",
        "link set v0 up",
        "link set v1 up",
        "addr add 10.0.0.1/16 dev v0",
    ] {
        sh(Command::new("ip")
            .arg("-n")
            .arg(&ns.name)
            .args(args.split(' ')))?;
    }
    let file = std::env::temp_dir().join(format!("nlkit-bench-routes-{routes}.txt"));
    if !file.exists() {
        let gen = repo_root().join("../shared/bench/gen_routes.py");
        sh(Command::new("python3")
            .arg(gen)
            .args(["-4", &routes.to_string(), "1"])
            .arg(&file))?;
    }
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let mut conn = Conn::new_in(&ns.handle, Protocol::Route).map_err(|e| e.to_string())?;
    let oif: u32 = sh(Command::new("ip").args(["-n", &ns.name, "-o", "link", "show", "v0"]))?
        .split(':')
        .next()
        .and_then(|s| s.trim().parse().ok())
        .ok_or("no v0")?;
    let started = Instant::now();
    let mut p = conn.pipeline();
    for line in text.lines() {
        let Some((a, l)) = line.split_once('/') else {
            continue;
        };
        let (Ok(dst), Ok(len)) = (a.parse::<Ipv4Addr>(), l.parse::<u8>()) else {
            continue;
        };
        p.push_with(RTM_NEWROUTE, Flags::CREATE | Flags::EXCL, |b| {
            let h = RouteHeader {
                family: 2,
                destination_len: len,
                table: 254,
                protocol: 4,
                kind: 1,
                ..Default::default()
            };
            b.push_bytes(&h.to_bytes());
            b.attr_ipv4(attrs::RTA_DST, dst)
                .attr_ipv4(attrs::RTA_GATEWAY, Ipv4Addr::new(10, 0, 0, 2))
                .attr_u32_ne(attrs::RTA_OIF, oif);
        });
        while let Some(c) = p.pop_result() {
            if let Err(e) = c.result {
                return Err(format!("route {}: {e}", c.index));
            }
        }
    }
    p.finish();
    while let Some(c) = p.pop_result() {
        c.result.map_err(|e| format!("route {}: {e}", c.index))?;
    }
    drop(p);
    eprintln!("loaded {routes} routes in {:.2?}", started.elapsed());
    Ok(ns)
}

/// Runs `cmd` in the namespace with stdout to /dev/null; returns (seconds, peak RSS KiB).
/// The time is measured here (GNU time only reports the peak RSS).
fn time_external(ns: &str, cmd: &[&str]) -> Result<(f64, u64), String> {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "nsenter", &format!("--net=/run/netns/{ns}")])
        .args(cmd)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or_default();
    let secs = started.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!("{cmd:?}: {err}"));
    }
    let rss = last
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((secs, rss))
}

fn time_library(ns: &Netns) -> Result<(f64, usize), String> {
    let started = Instant::now();
    let mut conn = Conn::new_in(ns, Protocol::Route).map_err(|e| e.to_string())?;
    let filter = RouteFilter {
        family: Some(2),
        table: Some(254),
        ..Default::default()
    };
    let mut n = 0;
    for r in route::dump(&mut conn, &filter).map_err(|e| e.to_string())? {
        r.map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok((started.elapsed().as_secs_f64(), n))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn dump_bench(routes: usize, rounds: usize) -> Result<(), String> {
    let nlbench = std::env::temp_dir().join("nlkit-nlbench");
    sh(Command::new("gcc")
        .args(["-O2", "-o"])
        .arg(&nlbench)
        .arg(repo_root().join("../shared/bench/nlbench.c")))?;
    let nlip = repo_root().join("target/release/nlip");
    if !nlip.exists() {
        return Err("build nlip first: cargo build --release -p nlip".into());
    }
    let ns = setup(routes)?;
    let (nlb, nl) = (
        nlbench.to_string_lossy().into_owned(),
        nlip.to_string_lossy().into_owned(),
    );
    let contenders: Vec<(&str, Vec<&str>)> = vec![
        ("raw C dump (limit)", vec![&nlb, "dump"]),
        ("nlip route show", vec![&nl, "route", "show"]),
        ("nlip -j route show", vec![&nl, "-j", "route", "show"]),
        ("ip route show", vec!["ip", "route", "show"]),
        ("ip -j route show", vec!["ip", "-j", "route", "show"]),
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); contenders.len() + 1];
    let mut rss: Vec<u64> = vec![0; contenders.len() + 1];
    for round in 0..rounds {
        for k in 0..=contenders.len() {
            let i = (k + round) % (contenders.len() + 1);
            if i == contenders.len() {
                let (t, n) = time_library(&ns.handle)?;
                if n != routes + 1 {
                    eprintln!("library dump saw {n} routes");
                }
                times[i].push(t);
            } else {
                let (t, m) = time_external(&ns.name, &contenders[i].1)?;
                times[i].push(t);
                rss[i] = rss[i].max(m);
            }
        }
        eprintln!("round {} done", round + 1);
    }
    let base = median(&mut times[0].clone());
    println!("| workload ({routes} IPv4 routes, {rounds} rounds, median) | seconds | ratio to raw | peak RSS |");
    println!("|---|---|---|---|");
    let mut rows: Vec<(String, f64, String)> = contenders
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            (
                name.to_string(),
                median(&mut times[i].clone()),
                format!("{} MiB", rss[i] / 1024),
            )
        })
        .collect();
    rows.insert(
        1,
        (
            "nlkit typed dump (library)".into(),
            median(&mut times[contenders.len()].clone()),
            "in process".into(),
        ),
    );
    for (name, t, r) in rows {
        println!("| {name} | {t:.3} | {:.2}x | {r} |", t / base);
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let num = |i: usize, d: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let result = match args.first().map(String::as_str) {
        Some("dump") => dump_bench(num(1, 1_000_000), num(2, 9)),
        _ => Err("usage: nlkit-bench dump [ROUTES] [ROUNDS]".into()),
    };
    if let Err(e) = result {
        eprintln!("nlkit-bench: {e}");
        std::process::exit(1);
    }
}
