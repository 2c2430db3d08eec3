//! Route events (IPv4 and IPv6, every table), typed, and what to do when events were lost.
//!
//! The example subscribes to the route groups of a network namespace it creates for itself,
//! adds and deletes a few routes there (a device route, a blackhole route in another table,
//! an IPv6 unreachable route), and prints each addition and deletion it is told about. The
//! namespace is anonymous: it disappears when the program ends; the host's routes are not
//! touched. Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN):
//! `cargo run -p nlkit --example route_events`
//!
//! `cargo run -p nlkit --example route_events -- NETNS` instead watches the existing
//! namespace `/run/netns/NETNS` (it only listens) until Ctrl-C; change routes there with
//! e.g. `ip -n NETNS route add 10.9.0.0/16 dev lo`.

use nlkit::engine::Conn;
use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::route::Route;
use nlkit::rtnl::{self, groups_for, AnyObject, Event, Events, Kind, RouteTable, RouteType, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;

/// A routing table of our own (`ip route add ... table 100`).
const OTHER_TABLE: u32 = 100;

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

/// `10.0.0.0/8 via 192.0.2.1 dev lo table Main proto Boot type Unicast`
fn describe(r: &Route, conn: &mut Conn) -> String {
    let dst = match r.destination {
        Some(d) => format!("{d}/{}", r.destination_len),
        None => "default".to_owned(),
    };
    let via = r.gateway.map(|g| format!(" via {g}")).unwrap_or_default();
    // Devices by name, asked of the kernel (a mirror would know them without asking).
    let dev = r
        .output_interface
        .map(|i| match rtnl::get(conn, &LinkQuery::by_index(i)) {
            Ok(l) => format!(" dev {}", l.name.unwrap_or_default()),
            Err(_) => format!(" dev #{i}"),
        });
    let (table, proto, kind) = (r.table, r.protocol, r.route_type);
    let dev = dev.unwrap_or_default();
    format!("{dst}{via}{dev} table {table:?} proto {proto:?} type {kind:?}")
}

/// Prints route events as they come; returns when none came within `quiet` (`None`: never).
fn print_events(
    events: &mut Events,
    conn: &mut Conn,
    quiet: Option<Duration>,
) -> Result<(), Box<dyn Error>> {
    while let Some(event) = events.next(quiet)? {
        match event {
            Event::New(AnyObject::Route(r)) => println!("added:   {}", describe(&r, conn)),
            Event::Deleted(AnyObject::Route(r)) => println!("deleted: {}", describe(&r, conn)),
            Event::Overrun => {
                // The kernel dropped events: whoever keeps state must read it again.
                println!("events were lost (ENOBUFS); re-read the routes to catch up");
            }
            Event::Malformed { kind, error, .. } => {
                eprintln!("a {} event could not be read: {error}", kind.name());
            }
            _ => {}
        }
    }
    Ok(())
}

/// The routes the demonstration adds, then deletes.
fn routes(conn: &mut Conn) -> Result<Vec<Route>, Box<dyn Error>> {
    let lo = rtnl::get(conn, &LinkQuery::by_name("lo"))?.index;
    let mut up = LinkChange::of(lo);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    let mut on_lo = Route::to("192.0.2.0".parse()?, 24);
    on_lo.output_interface = Some(lo);
    let mut blackhole = Route::to("198.51.100.0".parse()?, 24);
    blackhole.route_type = RouteType::Blackhole;
    blackhole.table = RouteTable::from(OTHER_TABLE);
    let mut unreachable = Route::to("2001:db8::".parse()?, 32);
    unreachable.route_type = RouteType::Unreachable;
    Ok(vec![on_lo, blackhole, unreachable])
}

fn demo() -> Result<(), Box<dyn Error>> {
    let ns = private_namespace()?;
    // Subscribed before the changes: each of them is announced.
    let mut events = Events::new_in(&ns, &groups_for(&[Kind::Route], None))?;
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    let routes = routes(&mut conn)?;
    for r in &routes {
        rtnl::apply(&mut conn, r, Verb::Add)?;
    }
    for r in &routes {
        rtnl::apply(&mut conn, r, Verb::Delete)?;
    }
    print_events(&mut events, &mut conn, Some(Duration::from_millis(500)))
}

fn watch(name: &str) -> Result<(), Box<dyn Error>> {
    let ns = Netns::open_name(name)?;
    let mut events = Events::new_in(&ns, &groups_for(&[Kind::Route], None))?;
    // Bursts of changes need room: the largest buffer we may have.
    let socket = events.subscription().socket();
    if socket.set_recv_buffer_force(32 << 20).is_err() {
        socket.set_recv_buffer(32 << 20)?;
    }
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    print_events(&mut events, &mut conn, None)
}

fn main() -> ExitCode {
    let result = match std::env::args().nth(1) {
        Some(name) => watch(&name),
        None => demo(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("route_events: {e}");
            ExitCode::FAILURE
        }
    }
}
