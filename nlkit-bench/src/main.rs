//! Benchmarks of whole workloads, run in network namespaces made for the run (never the
//! host's), alternating the contenders in each round and reporting medians and ratios to
//! the C yardstick (`nlbench.c`, the kernel's limit). Run as root, after
//! `cargo build --release -p nlip`.
//!
//! The yardstick and the route generator (`gen_routes.py`) are not in this repository: they
//! are kept in the developers' shared folder, read at `../shared/bench/` beside the checkout.
//!
//! `nlkit-bench dump [ROUTES] [ROUNDS]` (default 1000000, 9): fills a namespace with ROUTES
//! Internet-like IPv4 routes (`gen_routes.py`), then times per round the raw
//! C dump, nlkit's typed dump (in process), `nlip route show`, `nlip -j route show`,
//! `ip route show` and `ip -j route show` (stdout to /dev/null; peak RSS from GNU time).
//!
//! `nlkit-bench burst [ROUTES]` (default 1000000): the raw C adder installs ROUTES routes at
//! full speed while `nlip monitor route`, `ip monitor route`, the C listener with the
//! default buffer and nlkit's mirror listen; prints what each received and lost.
//!
//! `nlkit-bench batch [ROUTES] [ROUNDS]` (default 1000000, 3): installs the routes with the
//! raw C adder (no ACKs: the limit), nlkit's bulk API, `nlip -force -batch`, `nlip -batch`,
//! `ip -batch` and `ip -force -batch`, each in a fresh namespace, then removes them again
//! (raw C delete, `nlip route flush`, `ip route flush`).
//! `nlkit-bench batch6 [ROUTES] [ROUNDS]` (default 100000, 3): the same with Internet-like
//! IPv6 routes via 2001:db8:ffff::2.
//!
//! `nlkit-bench flush [ROUTES] [ROUNDS]` (default 1000000, 3): only the removal: raw C
//! delete, `nlip route flush proto static` and `ip route flush proto static`, each after the
//! raw C adder filled a fresh namespace. `nlkit-bench flush6 [ROUTES] [ROUNDS]` (default
//! 100000, 3): the same with Internet-like IPv6 routes (`-6`).
//!
//! `nlkit-bench async [ROUTES] [ROUNDS]` (default 1000000, 5): the tokio layer against the
//! sync one, the C limit and the rtnetlink crate (see `async_bench.rs`).
//!
//! `nlkit-bench fdb-add FILE IFNAME`: bridge FDB entries through the bulk API (see `fdb.rs`;
//! timed by `tools/bench-bridge.sh`).

mod async_bench;
mod fdb;

use nlkit::engine::{AckMode, Conn};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, AddressFamily, Object, RouteProtocol, RouteTable, Verb};
use nlkit::sys::{Netns, Protocol};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
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

static NEXT_NS: AtomicU32 = AtomicU32::new(0);

/// A namespace with lo up and a veth pair v0/v1 up, 10.0.0.1/16 on v0.
fn empty_namespace() -> Result<Namespace, String> {
    let n = NEXT_NS.fetch_add(1, Ordering::Relaxed);
    let name = format!("nlkit-bench-{}-{n}", std::process::id());
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
    Ok(ns)
}

/// The family option and the gateway of the benchmark's routes.
fn family_and_gateway(ipv6: bool) -> (&'static str, &'static str) {
    match ipv6 {
        true => ("-6", "2001:db8:ffff::2"),
        false => ("-4", "10.0.0.2"),
    }
}

/// The C yardstick's command that adds or deletes (`verb`) the routes of `file`.
fn raw_command<'a>(nlb: &'a str, verb: &'a str, file: &'a str, ipv6: bool) -> Vec<&'a str> {
    let gateway = family_and_gateway(ipv6).1;
    let mut c = vec![nlb, verb, "-f", file, "-g", gateway, "-i", "v0"];
    if ipv6 {
        c.push("-6");
    }
    c
}

/// [`empty_namespace`], with 2001:db8:ffff::1/64 on v0 too when `ipv6` (the IPv6 routes'
/// gateway 2001:db8:ffff::2 is on that link).
fn empty_namespace_for(ipv6: bool) -> Result<Namespace, String> {
    let ns = empty_namespace()?;
    if ipv6 {
        sh(Command::new("ip").args([
            "-n",
            &ns.name,
            "addr",
            "add",
            "2001:db8:ffff::1/64",
            "dev",
            "v0",
            "nodad",
        ]))?;
    }
    Ok(ns)
}

/// The prefix file of `routes` Internet-like IPv4 routes (generated once).
fn route_file(routes: usize, ipv6: bool) -> Result<PathBuf, String> {
    let name = match ipv6 {
        true => format!("nlkit-bench-routes6-{routes}.txt"),
        false => format!("nlkit-bench-routes-{routes}.txt"),
    };
    let file = std::env::temp_dir().join(name);
    if !file.exists() {
        let gen = shared_bench_file("gen_routes.py")?;
        sh(Command::new("python3")
            .arg(gen)
            .args([if ipv6 { "-6" } else { "-4" }, &routes.to_string(), "1"])
            .arg(&file))?;
    }
    Ok(file)
}

/// A file of the shared folder's `bench/` (beside the checkout, not in the repository).
fn shared_bench_file(name: &str) -> Result<PathBuf, String> {
    let path = repo_root().join("../shared/bench").join(name);
    match path.exists() {
        true => Ok(path),
        false => Err(format!(
            "{} is missing: the benchmarks need the shared folder's bench/ beside the \
             checkout (it is not part of the repository)",
            path.display()
        )),
    }
}

/// The C yardstick, compiled from the shared folder.
fn nlbench() -> Result<String, String> {
    let out = std::env::temp_dir().join("nlkit-nlbench");
    let src = shared_bench_file("nlbench.c")?;
    sh(Command::new("gcc").args(["-O2", "-o"]).arg(&out).arg(src))?;
    Ok(out.to_string_lossy().into_owned())
}

fn nlip() -> Result<String, String> {
    let nlip = repo_root().join("target/release/nlip");
    if !nlip.exists() {
        return Err("build nlip first: cargo build --release -p nlip".into());
    }
    Ok(nlip.to_string_lossy().into_owned())
}

/// The index of v0 in `ns`.
fn v0_index(ns: &Namespace) -> Result<u32, String> {
    sh(Command::new("ip").args(["-n", &ns.name, "-o", "link", "show", "v0"]))?
        .split(':')
        .next()
        .and_then(|s| s.trim().parse().ok())
        .ok_or_else(|| "no v0".to_string())
}

/// Adds every route of `text` through nlkit's pipeline; returns the seconds it took.
fn load_routes(ns: &Namespace, text: &str, ipv6: bool) -> Result<f64, String> {
    let conn = Conn::new_in(&ns.handle, Protocol::Route).map_err(|e| e.to_string())?;
    load_routes_with(conn, v0_index(ns)?, text, ipv6)
}

/// [`load_routes`] on `conn`, through the device `oif`.
fn load_routes_with(mut conn: Conn, oif: u32, text: &str, ipv6: bool) -> Result<f64, String> {
    let gateway: IpAddr = match ipv6 {
        true => Ipv6Addr::new(0x2001, 0xdb8, 0xffff, 0, 0, 0, 0, 2).into(),
        false => Ipv4Addr::new(10, 0, 0, 2).into(),
    };
    let started = Instant::now();
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly)
        .set_window(4096)
        .set_batch_bytes(64 * 1024);
    let mut failed = None;
    let add = Verb::Add.route_flags();
    for line in text.lines() {
        let Some((a, l)) = line.split_once('/') else {
            continue;
        };
        let (Ok(dst), Ok(len)) = (a.parse::<IpAddr>(), l.parse::<u8>()) else {
            continue;
        };
        // ip route add DST/LEN via GATEWAY dev v0 proto static
        let mut r = Route::to(dst, len);
        r.protocol = RouteProtocol::Static;
        r.gateway = Some(gateway);
        r.output_interface = Some(oif);
        p.push_with(Route::NEW, add, |b| r.emit(b));
        while let Some(c) = p.pop_result() {
            if let Err(e) = c.result {
                failed.get_or_insert(format!("route {}: {e}", c.index));
            }
        }
    }
    p.finish();
    while let Some(c) = p.pop_result() {
        if let Err(e) = c.result {
            failed.get_or_insert(format!("route {}: {e}", c.index));
        }
    }
    drop(p);
    match failed {
        Some(f) => Err(f),
        None => Ok(started.elapsed().as_secs_f64()),
    }
}

/// Runs `cmd` in the namespace with stdout to /dev/null; returns (seconds, peak RSS KiB).
/// The time is measured here; GNU time reports the peak RSS.
fn time_external(ns: &str, cmd: &[&str]) -> Result<(f64, u64), String> {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "nsenter", &format!("--net=/run/netns/{ns}")])
        .args(cmd)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    let secs = started.elapsed().as_secs_f64();
    let err = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("{cmd:?}: {err}"));
    }
    let last = err.lines().last().unwrap_or_default();
    let rss = last
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((secs, rss))
}

/// Dumps table main through the library; returns (seconds, routes).
fn dump_routes(ns: &Netns, ipv6: bool) -> Result<(f64, usize), String> {
    let started = Instant::now();
    let mut conn = Conn::new_in(ns, Protocol::Route).map_err(|e| e.to_string())?;
    let filter = RouteFilter {
        family: Some(if ipv6 {
            AddressFamily::Inet6
        } else {
            AddressFamily::Inet
        }),
        table: Some(RouteTable::Main),
        ..Default::default()
    };
    let mut n = 0;
    for r in rtnl::dump(&mut conn, &filter).map_err(|e| e.to_string())? {
        r.map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok((started.elapsed().as_secs_f64(), n))
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn dump_bench(routes: usize, rounds: usize) -> Result<(), String> {
    let (nlb, nl) = (nlbench()?, nlip()?);
    let ns = empty_namespace()?;
    let text = std::fs::read_to_string(route_file(routes, false)?).map_err(|e| e.to_string())?;
    let secs = load_routes(&ns, &text, false)?;
    eprintln!("loaded {routes} routes in {secs:.2} s");
    let contenders: Vec<(&str, Option<Vec<&str>>)> = vec![
        ("raw C dump (limit)", Some(vec![&nlb, "dump"])),
        ("nlkit typed dump (library)", None),
        ("nlip route show", Some(vec![&nl, "route", "show"])),
        ("nlip -j route show", Some(vec![&nl, "-j", "route", "show"])),
        ("ip route show", Some(vec!["ip", "route", "show"])),
        ("ip -j route show", Some(vec!["ip", "-j", "route", "show"])),
    ];
    let n = contenders.len();
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); n];
    let mut rss = vec![0u64; n];
    for round in 0..rounds {
        for k in 0..n {
            let i = (k + round) % n;
            let t = match &contenders[i].1 {
                None => {
                    let (t, seen) = dump_routes(&ns.handle, false)?;
                    if seen < routes {
                        eprintln!("library dump saw {seen} routes");
                    }
                    t
                }
                Some(cmd) => {
                    let (t, m) = time_external(&ns.name, cmd)?;
                    rss[i] = rss[i].max(m);
                    t
                }
            };
            times[i].push(t);
        }
        eprintln!("round {} done", round + 1);
    }
    let base = median(&times[0]);
    println!("| dump {routes} IPv4 routes ({rounds} rounds, median) | seconds | ratio to raw | peak RSS |");
    println!("|---|---|---|---|");
    for (i, (name, cmd)) in contenders.iter().enumerate() {
        let t = median(&times[i]);
        let r = match cmd {
            None => "in process".to_string(),
            Some(_) => format!("{} MiB", rss[i] / 1024),
        };
        println!("| {name} | {t:.3} | {:.2}x | {r} |", t / base);
    }
    Ok(())
}

fn batch_bench(routes: usize, rounds: usize, ipv6: bool) -> Result<(), String> {
    let (nlb, nl) = (nlbench()?, nlip()?);
    let file = route_file(routes, ipv6)?;
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let (family, gateway) = family_and_gateway(ipv6);
    let batch = std::env::temp_dir().join(format!("nlkit-bench-batch{family}-{routes}.txt"));
    if !batch.exists() {
        let lines: String = text
            .lines()
            .map(|p| format!("route add {p} via {gateway} dev v0 proto static\n"))
            .collect();
        std::fs::write(&batch, lines).map_err(|e| e.to_string())?;
    }
    let (f, b) = (
        file.to_string_lossy().into_owned(),
        batch.to_string_lossy().into_owned(),
    );
    let raw = |verb| raw_command(&nlb, verb, &f, ipv6);
    let nlip_flush: Vec<&str> = vec![&nl, family, "route", "flush", "proto", "static"];
    let ip_flush: Vec<&str> = vec!["ip", family, "route", "flush", "proto", "static"];
    // (name, the add command or None for the library, the removal command)
    type Contender<'a> = (&'a str, Option<Vec<&'a str>>, Vec<&'a str>);
    let contenders: Vec<Contender> = vec![
        ("raw C adder, no ACKs (limit)", Some(raw("add")), raw("del")),
        ("nlkit bulk API (library)", None, nlip_flush.clone()),
        (
            "nlip -force -batch",
            Some(vec![&nl, "-force", "-batch", &b]),
            nlip_flush.clone(),
        ),
        ("nlip -batch", Some(vec![&nl, "-batch", &b]), nlip_flush),
        (
            "ip -batch",
            Some(vec!["ip", "-batch", &b]),
            ip_flush.clone(),
        ),
        (
            "ip -force -batch",
            Some(vec!["ip", "-force", "-batch", &b]),
            ip_flush,
        ),
    ];
    let n = contenders.len();
    let mut add: Vec<Vec<f64>> = vec![Vec::new(); n];
    let mut del: Vec<Vec<f64>> = vec![Vec::new(); n];
    let (mut rss, mut del_rss) = (vec![0u64; n], vec![0u64; n]);
    for round in 0..rounds {
        for k in 0..n {
            let i = (k + round) % n;
            let (name, cmd, remove) = &contenders[i];
            let ns = empty_namespace_for(ipv6)?;
            let t = match cmd {
                None => load_routes(&ns, &text, ipv6)?,
                Some(c) => {
                    let (t, m) = time_external(&ns.name, c)?;
                    rss[i] = rss[i].max(m);
                    t
                }
            };
            let (_, have) = dump_routes(&ns.handle, ipv6)?;
            if have < routes {
                eprintln!("{name}: only {have} of {routes} routes installed");
            }
            add[i].push(t);
            let (d, m) = time_external(&ns.name, remove)?;
            del_rss[i] = del_rss[i].max(m);
            del[i].push(d);
            eprintln!("round {} {name}: add {t:.2} s, remove {d:.2} s", round + 1);
        }
    }
    let base = median(&add[0]);
    let kind = if ipv6 { "IPv6" } else { "IPv4" };
    println!("| install {routes} {kind} routes ({rounds} rounds, median) | seconds | ratio to limit | peak RSS |");
    println!("|---|---|---|---|");
    for (i, (name, cmd, _)) in contenders.iter().enumerate() {
        let t = median(&add[i]);
        let r = match cmd {
            None => "in process".to_string(),
            Some(_) => format!("{} MiB", rss[i] / 1024),
        };
        println!("| {name} | {t:.2} | {:.2}x | {r} |", t / base);
    }
    println!();
    println!("| remove {routes} routes ({rounds} rounds, median over every run) | seconds | ratio to raw delete | peak RSS |");
    println!("|---|---|---|---|");
    let del_base = median(&del[0]);
    // One row per removal command, over every run that used it.
    let mut labels: Vec<(&str, Vec<f64>, u64)> = Vec::new();
    for (i, c) in contenders.iter().enumerate() {
        let label = if c.2.first() == Some(&nlb.as_str()) {
            "raw C delete (limit)"
        } else if c.2.first() == Some(&nl.as_str()) {
            "nlip route flush proto static"
        } else {
            "ip route flush proto static"
        };
        match labels.iter_mut().find(|l| l.0 == label) {
            Some(l) => {
                l.1.extend(&del[i]);
                l.2 = l.2.max(del_rss[i]);
            }
            None => labels.push((label, del[i].clone(), del_rss[i])),
        }
    }
    for (label, runs, peak) in labels {
        let t = median(&runs);
        println!(
            "| {label} | {t:.2} | {:.2}x | {} MiB |",
            t / del_base,
            peak / 1024
        );
    }
    Ok(())
}

/// Times only the removal of `routes` routes: each run fills a fresh namespace with the raw
/// C adder (not timed), then removes them with one contender; contenders alternate per
/// round. `NLKIT_BENCH_NLIP_B=PATH` adds a second nlip binary (to compare two builds).
fn flush_bench(routes: usize, rounds: usize, ipv6: bool) -> Result<(), String> {
    let (nlb, nl) = (nlbench()?, nlip()?);
    let f = route_file(routes, ipv6)?.to_string_lossy().into_owned();
    let other = std::env::var("NLKIT_BENCH_NLIP_B").ok();
    let family = family_and_gateway(ipv6).0;
    let raw = |verb| raw_command(&nlb, verb, &f, ipv6);
    let flush = |bin| vec![bin, family, "route", "flush", "proto", "static"];
    let mut contenders: Vec<(&str, Vec<&str>)> = vec![
        ("raw C delete (limit)", raw("del")),
        ("nlip route flush proto static", flush(&nl)),
        ("ip route flush proto static", flush("ip")),
    ];
    if let Some(b) = &other {
        contenders.push(("nlip B route flush proto static", flush(b)));
    }
    let add = raw("add");
    let n = contenders.len();
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); n];
    let mut rss = vec![0u64; n];
    for round in 0..rounds {
        for k in 0..n {
            let i = (k + round) % n;
            let (name, cmd) = &contenders[i];
            let ns = empty_namespace_for(ipv6)?;
            time_external(&ns.name, &add)?;
            let (t, m) = time_external(&ns.name, cmd)?;
            let (_, left) = dump_routes(&ns.handle, ipv6)?;
            if left > 4 {
                eprintln!("{name}: {left} routes left in table main");
            }
            rss[i] = rss[i].max(m);
            times[i].push(t);
            eprintln!("round {} {name}: {t:.2} s", round + 1);
        }
    }
    let base = median(&times[0]);
    println!("| remove {routes} routes ({rounds} rounds, median) | seconds | ratio to raw delete | peak RSS |");
    println!("|---|---|---|---|");
    for (i, (name, _)) in contenders.iter().enumerate() {
        let t = median(&times[i]);
        println!(
            "| {name} | {t:.2} | {:.2}x | {} MiB |",
            t / base,
            rss[i] / 1024
        );
    }
    Ok(())
}

/// A listener process started in the namespace, writing its stdout to a file.
struct Listener {
    name: &'static str,
    child: std::process::Child,
    out: PathBuf,
}

fn start_listener(ns: &str, name: &'static str, cmd: &[&str]) -> Result<Listener, String> {
    let out = std::env::temp_dir().join(format!(
        "nlkit-burst-{}-{}",
        std::process::id(),
        name.replace(' ', "_")
    ));
    let file = std::fs::File::create(&out).map_err(|e| e.to_string())?;
    let err = std::fs::File::create(out.with_extension("err")).map_err(|e| e.to_string())?;
    let child = Command::new("nsenter")
        .arg(format!("--net=/run/netns/{ns}"))
        .args(cmd)
        .stdout(file)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    Ok(Listener { name, child, out })
}

/// Lines in a file that contain `needle`.
fn count_lines(path: &Path, needle: &str) -> usize {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return 0;
    }
    std::fs::read(path)
        .map(|b| {
            b.split(|&c| c == b'\n')
                .filter(|l| l.windows(needle.len()).any(|w| w == needle))
                .count()
        })
        .unwrap_or(0)
}

/// `nlkit-bench burst [ROUTES]`: a raw pipelined adder installs ROUTES routes at full speed
/// while `nlip monitor route`, the library's mirror, `ip monitor route` and the C listener
/// (default buffer) listen; reports what each received and lost.
fn burst_bench(routes: usize) -> Result<(), String> {
    use nlkit::rtnl::mirror::{Change, Mirror};
    use nlkit::rtnl::AnyObject;
    let (nlb, nl) = (nlbench()?, nlip()?);
    let file = route_file(routes, false)?;
    let f = file.to_string_lossy().into_owned();
    let ns = empty_namespace()?;
    let mut listeners = vec![
        start_listener(&ns.name, "nlip monitor route", &[&nl, "monitor", "route"])?,
        start_listener(&ns.name, "ip monitor route", &["ip", "monitor", "route"])?,
        start_listener(
            &ns.name,
            "raw C listener, default buffer",
            &[&nlb, "monitor", "-I", "3000", "-T", "600"],
        )?,
    ];
    // The mirror, in process, on its own thread.
    let handle = Netns::open_name(&ns.name).map_err(|e| e.to_string())?;
    let gateway = std::net::IpAddr::V4(Ipv4Addr::new(10, 0, 0, 2));
    let mirror = std::thread::spawn(move || -> Result<(usize, u64, usize, f64), String> {
        let mut m = Mirror::new(Some(&handle)).map_err(|e| e.to_string())?;
        let (mut updates, mut first, mut last) = (0usize, None, Instant::now());
        loop {
            let changes = m
                .poll(Some(std::time::Duration::from_millis(3000)))
                .map_err(|e| e.to_string())?;
            if changes.is_empty() && first.is_some() && !m.resync_pending() {
                break;
            }
            for c in changes {
                if let Change::Updated(AnyObject::Route(r)) = c {
                    if r.gateway != Some(gateway) {
                        continue;
                    }
                    updates += 1;
                    first.get_or_insert_with(Instant::now);
                    last = Instant::now();
                }
            }
        }
        let span = first.map_or(0.0, |f| (last - f).as_secs_f64());
        let held = m
            .state()
            .routes
            .keys()
            .filter(|k| {
                k.table == RouteTable::Main
                    && k.destination != Some(std::net::IpAddr::V4(Ipv4Addr::new(10, 0, 0, 0)))
            })
            .count();
        Ok((updates, m.overruns(), held, span))
    });
    std::thread::sleep(std::time::Duration::from_millis(1500)); // all subscribed
    let started = Instant::now();
    sh(Command::new("nsenter")
        .arg(format!("--net=/run/netns/{}", ns.name))
        .args([&nlb, "add", "-f", &f, "-g", "10.0.0.2", "-i", "v0"]))?;
    let add = started.elapsed().as_secs_f64();
    eprintln!("raw adder: {routes} routes in {add:.2} s");
    // Wait until the text listeners stop growing.
    let mut sizes = vec![0u64; listeners.len()];
    loop {
        std::thread::sleep(std::time::Duration::from_millis(2000));
        let now: Vec<u64> = listeners
            .iter()
            .map(|l| std::fs::metadata(&l.out).map(|m| m.len()).unwrap_or(0))
            .collect();
        if now == sizes {
            break;
        }
        sizes = now;
    }
    let (updates, overruns, held, span) = mirror.join().map_err(|_| "mirror thread panicked")??;
    println!("| listener during {routes} pipelined route adds ({add:.2} s) | events received | lost | overrun reports | events/s |");
    println!("|---|---|---|---|---|");
    for l in &mut listeners {
        // The C listener ends by itself after 3 s idle and prints its counts.
        if l.name.starts_with("raw C") {
            let _ = l.child.wait();
        } else {
            let _ = l.child.kill();
            let _ = l.child.wait();
        }
        let (got, reports) = if l.name.starts_with("raw C") {
            let text = std::fs::read_to_string(&l.out).unwrap_or_default();
            let field = |k: &str| {
                text.split_whitespace()
                    .find_map(|w| w.strip_prefix(k))
                    .and_then(|v| v.parse::<usize>().ok())
                    .unwrap_or(0)
            };
            (field("newroute="), field("enobufs="))
        } else {
            let err = std::fs::read_to_string(l.out.with_extension("err")).unwrap_or_default();
            (
                count_lines(&l.out, "via 10.0.0.2 "),
                err.matches("No buffer space available").count(),
            )
        };
        let lost = routes.saturating_sub(got);
        println!(
            "| {} | {got} | {lost} ({:.2}%) | {reports} | {:.0} |",
            l.name,
            100.0 * lost as f64 / routes as f64,
            got as f64 / add
        );
        let _ = std::fs::remove_file(&l.out);
        let _ = std::fs::remove_file(l.out.with_extension("err"));
    }
    println!(
        "| nlkit mirror (library, default settings) | {updates} | {} | {overruns} | {:.0} |",
        routes.saturating_sub(held),
        updates as f64 / add.max(span)
    );
    println!("\nmirror holds {held} of {routes} routes of table main after the burst");
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let num = |i: usize, d: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let result = match args.first().map(String::as_str) {
        Some("dump") => dump_bench(num(1, 1_000_000), num(2, 9)),
        Some("batch") => batch_bench(num(1, 1_000_000), num(2, 3), false),
        Some("batch6") => batch_bench(num(1, 100_000), num(2, 3), true),
        Some("burst") => burst_bench(num(1, 1_000_000)),
        Some("flush") => flush_bench(num(1, 1_000_000), num(2, 3), false),
        Some("flush6") => flush_bench(num(1, 100_000), num(2, 3), true),
        Some("async") => async_bench::async_bench(num(1, 1_000_000), num(2, 5)),
        Some("child") => async_bench::child(&args[1..]),
        Some("fdb-add") if args.len() == 3 => fdb::add(&args[1], &args[2]),
        _ => Err(
            "usage: nlkit-bench dump|batch|batch6|burst|flush|flush6|async [ROUTES] [ROUNDS] | fdb-add FILE IFNAME"
                .into(),
        ),
    };
    if let Err(e) = result {
        eprintln!("nlkit-bench: {e}");
        std::process::exit(1);
    }
}
