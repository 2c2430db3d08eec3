//! Bulk changes: installs 10,000 routes through a pipeline (many requests in flight on one
//! connection; `AckMode::ErrorsOnly`: the kernel answers failures only, a barrier per batch
//! confirms the rest), reports the failures by request index, then deletes them all with
//! `rtnl::flush` (dump and delete at once, in rounds), timing both.
//!
//! Two requests are made to fail on purpose: a duplicate (EEXIST) and a route via a gateway
//! no route reaches (ENETUNREACH).
//!
//! Everything happens in a network namespace the example creates for itself (anonymous: it
//! disappears when the program ends); the host's routes are not touched. Run as root
//! (CAP_SYS_ADMIN and CAP_NET_ADMIN): `cargo run --release -p nlkit --example bulk_install`
//! (`-- COUNT` for another number of routes, up to 10,000,000).

use nlkit::engine::{AckMode, Completed, Conn};
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, Change, DeleteBy, RouteProtocol, RouteTable, Scope, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::net::Ipv4Addr;
use std::process::ExitCode;
use std::time::Instant;

/// The first destination: 10.1.0.0/24, then 10.1.1.0/24, ...
const FIRST: u32 = 0x0a01_0000;
/// As many /24s as there are from there to 255.255.255.0, rounded down.
const MAX: u32 = 10_000_000;

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

/// A veth pair with `veth0` up: the device the routes go out of. Returns its index.
fn device(conn: &mut Conn) -> Result<u32, Box<dyn Error>> {
    let mut pair = LinkChange::named("veth0");
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named("veth1"))));
    rtnl::apply(conn, &pair, Verb::Add)?;
    let index = rtnl::get(conn, &LinkQuery::by_name("veth0"))?.index;
    let mut up = LinkChange::of(index);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    Ok(index)
}

/// `ip route add 10.x.y.0/24 dev DEV proto static` for the `n`th destination.
fn route(n: u32, dev: u32) -> Route {
    let mut r = Route::to(Ipv4Addr::from(FIRST + (n << 8)).into(), 24);
    r.output_interface = Some(dev);
    r.protocol = RouteProtocol::Static;
    r.scope = Scope::Link;
    r
}

/// Pushes every route, then the two bad requests; prints each failure with its index.
/// Returns how many requests succeeded.
fn install(conn: &mut Conn, dev: u32, count: u32) -> Result<u64, Box<dyn Error>> {
    let mut unreachable = route(count, dev);
    unreachable.gateway = Some("192.0.2.1".parse()?);
    unreachable.scope = Scope::Universe;
    let requests = (0..count)
        .map(|n| route(n, dev))
        .chain([route(0, dev), unreachable]);
    let mut ok = 0;
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly);
    let mut note = |done: Completed| match done.result {
        Ok(_) => ok += 1,
        Err(e) => println!("  request {} failed: {e}", done.index),
    };
    for r in requests {
        p.push(&r.request(Verb::Add));
        while let Some(done) = p.pop_result() {
            note(done);
        }
    }
    // Send what is queued and wait for every answer.
    p.finish();
    while let Some(done) = p.pop_result() {
        note(done);
    }
    Ok(ok)
}

/// The routes of this example: table main, protocol static.
fn ours() -> RouteFilter {
    RouteFilter {
        table: Some(RouteTable::Main),
        protocol: Some(RouteProtocol::Static),
        ..Default::default()
    }
}

fn count_routes(conn: &mut Conn) -> Result<usize, Box<dyn Error>> {
    Ok(rtnl::dump(conn, &ours())?.count())
}

fn run() -> Result<(), Box<dyn Error>> {
    let count: u32 = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 10_000,
    };
    if count > MAX {
        return Err(format!("at most {MAX} routes").into());
    }
    let ns = private_namespace()?;
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    let dev = device(&mut conn)?;

    println!("installing {count} routes (and 2 bad requests):");
    let start = Instant::now();
    let ok = install(&mut conn, dev, count)?;
    let took = start.elapsed();
    println!("  {ok} succeeded in {took:.2?}");
    println!("  the kernel has {} of them", count_routes(&mut conn)?);

    // A flush dumps on one connection and deletes on a second one, from a second thread.
    let mut deleter = Conn::new_in(&ns, Protocol::Route)?;
    let start = Instant::now();
    let rounds = rtnl::flush(&mut conn, &mut deleter, &ours(), DeleteBy::Key, 10, |_| {
        true
    })?;
    let took = start.elapsed();
    for (i, round) in rounds.iter().enumerate() {
        let failed = round.failures().count();
        println!(
            "flush round {}: {} deleted, {failed} failed",
            i + 1,
            round.sent
        );
    }
    println!("  flushed in {took:.2?}; {} left", count_routes(&mut conn)?);
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bulk_install: {e}");
            ExitCode::FAILURE
        }
    }
}
