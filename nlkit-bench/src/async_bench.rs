//! `nlkit-bench async [ROUTES] [ROUNDS]`: the async layer against the sync one, the C limit
//! and the rtnetlink crate, in one run. Every contender is a process started in the
//! benchmark's namespace (`nsenter`), timed by the harness, its peak RSS from GNU time:
//! nlkit's own rows are this binary's `child` commands, so all pay the same start-up.
//!
//! - dump: the raw C dump (limit), nlkit's typed dump (sync `Conn`), nlkit's typed dump on
//!   tokio (current-thread runtime), `rtbench dump` (the rtnetlink crate 0.24);
//! - install: the raw C adder without ACKs (limit), nlkit's bulk pipeline (sync, errors
//!   only), the same on tokio, `rtbench add FILE --inflight 64`; each run in a fresh
//!   namespace, the routes checked by a dump and removed by the raw C delete.
//!
//! rtbench is found at `NLKIT_BENCH_RTBENCH` (default `/tmp/rtb/target/release/rtbench`);
//! without it its rows are left out.

use super::{
    empty_namespace, load_routes, median, nlbench, raw_command, route_file, time_external,
};
use nlkit::engine::{AckMode, Conn};
use nlkit::rtnl::link::LinkQuery;
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, AddressFamily, Object, RouteProtocol, RouteTable, Verb};
use nlkit::sys::Protocol;
use nlkit::tokio::Connection;
use std::net::{IpAddr, Ipv4Addr};

fn main_table() -> RouteFilter {
    RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::Main),
        ..Default::default()
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
}

/// The routes of a prefix file, `via 10.0.0.2 dev OIF proto static`.
fn routes(text: &str, oif: u32) -> impl Iterator<Item = Route> + '_ {
    text.lines().filter_map(move |line| {
        let (a, l) = line.split_once('/')?;
        let mut r = Route::to(a.parse::<IpAddr>().ok()?, l.parse().ok()?);
        r.protocol = RouteProtocol::Static;
        r.gateway = Some(Ipv4Addr::new(10, 0, 0, 2).into());
        r.output_interface = Some(oif);
        Some(r)
    })
}

/// `nlkit-bench child dump-sync|dump-async|add-sync FILE|add-async FILE`: one contender's work in the
/// current namespace; prints what it did.
pub(crate) fn child(args: &[String]) -> Result<(), String> {
    let e = |e: nlkit::engine::Error| e.to_string();
    match args.first().map(String::as_str) {
        Some("dump-sync") => {
            let mut conn = Conn::new(Protocol::Route).map_err(e)?;
            let mut n = 0u64;
            for r in rtnl::dump(&mut conn, &main_table()).map_err(e)? {
                r.map_err(e)?;
                n += 1;
            }
            println!("{n} routes");
            Ok(())
        }
        Some("dump-async") => runtime()?.block_on(async {
            let conn = Connection::new(Protocol::Route).map_err(e)?;
            let mut routes = rtnl::tokio::dump(&conn, &main_table()).map_err(e)?;
            let mut n = 0u64;
            while let Some(r) = routes.next().await {
                r.map_err(e)?;
                n += 1;
            }
            println!("{n} routes");
            Ok(())
        }),
        Some("add-sync") => {
            let file = args.get(1).ok_or("add-sync FILE")?;
            let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
            let mut conn = Conn::new(Protocol::Route).map_err(e)?;
            let oif = rtnl::get(&mut conn, &LinkQuery::by_name("v0"))
                .map_err(e)?
                .index;
            super::load_routes_with(conn, oif, &text, false).map(drop)
        }
        Some("add-async") => {
            let file = args.get(1).ok_or("add-async FILE")?;
            let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
            runtime()?.block_on(add_async(&text))
        }
        _ => {
            Err("usage: nlkit-bench child dump-sync|dump-async|add-sync FILE|add-async FILE".into())
        }
    }
}

/// Installs the routes of `text` through the async pipeline (errors only, the same window
/// and batch as the sync bulk row).
async fn add_async(text: &str) -> Result<(), String> {
    let e = |e: nlkit::engine::Error| e.to_string();
    let conn = Connection::new(Protocol::Route).map_err(e)?;
    let oif = rtnl::tokio::get(&conn, &LinkQuery::by_name("v0"))
        .await
        .map_err(e)?
        .index;
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly)
        .set_window(4096)
        .set_batch_bytes(64 * 1024);
    let add = Verb::Add.route_flags();
    let mut failed = None;
    for r in routes(text, oif) {
        p.push_with(Route::NEW, add, |b| r.emit(b)).await;
        while let Some(c) = p.pop_result() {
            if let Err(e) = c.result {
                failed.get_or_insert(format!("route {}: {e}", c.index));
            }
        }
    }
    p.finish().await;
    while let Some(c) = p.pop_result() {
        if let Err(e) = c.result {
            failed.get_or_insert(format!("route {}: {e}", c.index));
        }
    }
    failed.map_or(Ok(()), Err)
}

fn rtbench() -> Option<String> {
    let path = std::env::var("NLKIT_BENCH_RTBENCH")
        .unwrap_or_else(|_| "/tmp/rtb/target/release/rtbench".into());
    match std::path::Path::new(&path).exists() {
        true => Some(path),
        false => {
            eprintln!("no rtbench at {path} (NLKIT_BENCH_RTBENCH): its rows are left out");
            None
        }
    }
}

fn me() -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    Ok(exe.to_string_lossy().into_owned())
}

/// (name, command) per contender; the first is the limit.
type Contenders<'a> = Vec<(&'a str, Vec<&'a str>)>;

/// Runs every contender `rounds` times, alternating (the order rotates); `each` runs one
/// and returns (seconds, peak RSS KiB). Prints the table and the async/sync ratio.
fn table(
    title: &str,
    contenders: &Contenders,
    rounds: usize,
    mut each: impl FnMut(&[&str]) -> Result<(f64, u64), String>,
) -> Result<(), String> {
    let n = contenders.len();
    let (mut times, mut rss) = (vec![Vec::new(); n], vec![0u64; n]);
    for round in 0..rounds {
        for k in 0..n {
            let i = (k + round) % n;
            let (t, m) = each(&contenders[i].1)?;
            times[i].push(t);
            rss[i] = rss[i].max(m);
            eprintln!(
                "round {} {}: {t:.3} s, {} MiB",
                round + 1,
                contenders[i].0,
                m / 1024
            );
        }
    }
    let base = median(&times[0]);
    println!("| {title} ({rounds} rounds, median) | seconds | ratio to C limit | peak RSS |");
    println!("|---|---|---|---|");
    for (i, (name, _)) in contenders.iter().enumerate() {
        let t = median(&times[i]);
        println!(
            "| {name} | {t:.3} | {:.2}x | {} MiB |",
            t / base,
            rss[i] / 1024
        );
    }
    println!(
        "\nasync / sync: {:.3}\n",
        median(&times[2]) / median(&times[1])
    );
    Ok(())
}

pub(crate) fn async_bench(routes: usize, rounds: usize) -> Result<(), String> {
    let (nlb, me, rt) = (nlbench()?, me()?, rtbench());
    let file = route_file(routes, false)?.to_string_lossy().into_owned();
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let mut dumps: Contenders = vec![
        ("raw C dump (limit)", vec![&nlb, "dump"]),
        ("nlkit typed dump, sync", vec![&me, "child", "dump-sync"]),
        ("nlkit typed dump, tokio", vec![&me, "child", "dump-async"]),
    ];
    if let Some(rt) = &rt {
        dumps.push(("rtnetlink 0.24 dump (tokio)", vec![rt, "dump"]));
    }
    {
        let ns = empty_namespace()?;
        let secs = load_routes(&ns, &text, false)?;
        eprintln!("loaded {routes} routes in {secs:.2} s");
        let title = format!("dump {routes} IPv4 routes");
        table(&title, &dumps, rounds, |cmd| time_external(&ns.name, cmd))?;
    }
    let mut adds: Contenders = vec![
        (
            "raw C adder, no ACKs (limit)",
            raw_command(&nlb, "add", &file, false),
        ),
        (
            "nlkit bulk pipeline, sync",
            vec![&me, "child", "add-sync", &file],
        ),
        (
            "nlkit bulk pipeline, tokio",
            vec![&me, "child", "add-async", &file],
        ),
    ];
    if let Some(rt) = &rt {
        adds.push((
            "rtnetlink 0.24, 64 in flight",
            vec![rt, "add", &file, "--inflight", "64"],
        ));
    }
    let del = raw_command(&nlb, "del", &file, false);
    let title = format!("install {routes} IPv4 routes");
    table(&title, &adds, rounds, |cmd| {
        let ns = empty_namespace()?;
        let timed = time_external(&ns.name, cmd)?;
        let installed = super::dump_routes(&ns.handle, false)?.1;
        if installed < routes {
            return Err(format!(
                "{cmd:?}: only {installed} of {routes} routes installed"
            ));
        }
        time_external(&ns.name, &del)?;
        Ok(timed)
    })
}
