//! Typed rtnetlink events (`ip monitor link address route`): the example subscribes to the
//! link, address and route groups of its own network namespace, makes a few changes there
//! from a second connection, then reads and prints the events they caused.
//!
//! A second part shows an overrun: a subscriber with a tiny receive buffer that does not
//! read while 200 routes are added gets [`Event::Overrun`] (the kernel dropped events), and
//! handles it the only correct way: by dumping the state again.
//!
//! The namespace is anonymous: it disappears when the program ends, even on a crash; the
//! host's network is not touched.
//!
//! Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN): `cargo run -p nlkit --example events`

use nlkit::engine::Conn;
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, groups_for, AnyObject, Event, Events, Kind, RouteTable, RouteType, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::net::{IpAddr, Ipv4Addr};
use std::process::ExitCode;
use std::time::Duration;

/// How long to wait for the next event before deciding that all have come.
const QUIET: Option<Duration> = Some(Duration::from_millis(500));

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

fn ip(a: Option<IpAddr>) -> String {
    a.map_or_else(|| "-".to_owned(), |a| a.to_string())
}

fn describe(o: &AnyObject) -> String {
    match o {
        AnyObject::Link(l) => {
            let name = l.name.as_deref().unwrap_or("?");
            format!("link {}: {name} <{:?}>", l.index, l.flags)
        }
        AnyObject::Address(a) => {
            format!(
                "address {}/{} on link {}",
                ip(a.local),
                a.prefix_len,
                a.index
            )
        }
        AnyObject::Route(r) => {
            let via = r.gateway.map(|g| format!(" via {g}")).unwrap_or_default();
            let (dst, len) = (ip(r.destination), r.destination_len);
            format!(
                "route {dst}/{len}{via} table {:?} type {:?}",
                r.table, r.route_type
            )
        }
        other => format!("{} object", other.kind().name()),
    }
}

/// Veth pair up, an address, a route added and deleted, the pair deleted.
fn make_changes(conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    let mut pair = LinkChange::named("veth0");
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named("veth1"))));
    rtnl::apply(conn, &pair, Verb::Add)?;
    let index = rtnl::get(conn, &LinkQuery::by_name("veth0"))?.index;
    let mut up = LinkChange::of(index);
    up.set_flag(LinkFlags::UP, true);
    rtnl::apply(conn, &up, Verb::Change)?;
    rtnl::apply(
        conn,
        &Address::new(index, "10.0.0.1".parse()?, 24),
        Verb::Add,
    )?;
    let mut r = Route::to("198.51.100.0".parse()?, 24);
    r.gateway = Some("10.0.0.2".parse()?);
    r.output_interface = Some(index);
    rtnl::apply(conn, &r, Verb::Add)?;
    rtnl::apply(conn, &r, Verb::Delete)?;
    rtnl::apply(conn, &LinkChange::of(index), Verb::Delete)?;
    Ok(())
}

/// Prints every event until none comes for a while; returns how many overruns there were.
fn print_events(events: &mut Events) -> Result<usize, Box<dyn Error>> {
    let mut overruns = 0;
    while let Some(event) = events.next(QUIET)? {
        match event {
            Event::New(o) => println!("  new     {}", describe(&o)),
            Event::Deleted(o) => println!("  deleted {}", describe(&o)),
            Event::Overrun => {
                // The kernel dropped events: whatever was built from them may be wrong.
                println!("  overrun: events were lost");
                overruns += 1;
            }
            Event::Malformed { kind, error, .. } => {
                println!("  unreadable {} event: {error}", kind.name())
            }
            Event::NeighbourRequest(_) | Event::Other { .. } => {}
        }
    }
    Ok(overruns)
}

/// 200 blackhole routes while a subscriber with a tiny buffer does not read.
fn overrun(ns: &Netns, conn: &mut Conn) -> Result<(), Box<dyn Error>> {
    let mut events = Events::new_in(ns, &groups_for(&[Kind::Route], None))?;
    // The kernel rounds this up to its minimum (a few KiB): room for a handful of events.
    events.subscription().socket().set_recv_buffer(0)?;
    for i in 0..200u32 {
        let mut r = Route::to(Ipv4Addr::from(0x0a64_0000 | (i << 8)).into(), 24);
        r.route_type = RouteType::Blackhole;
        rtnl::apply(conn, &r, Verb::Add)?;
    }
    if print_events(&mut events)? == 0 {
        println!("  no overrun: this kernel's smallest buffer held every event");
    } else {
        // Resynchronise: the dump is the truth, the events were only news.
        let main = RouteFilter {
            table: Some(RouteTable::Main),
            route_type: Some(RouteType::Blackhole),
            ..Default::default()
        };
        let routes = rtnl::dump(conn, &main)?.count();
        println!("  dumped again after the overrun: {routes} blackhole routes in table main");
    }
    Ok(())
}

fn run() -> Result<(), Box<dyn Error>> {
    let ns = private_namespace()?;
    // Subscribe first: every change made afterwards is announced.
    let groups = groups_for(&[Kind::Link, Kind::Address, Kind::Route], None);
    let mut events = Events::new_in(&ns, &groups)?;
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    make_changes(&mut conn)?;
    println!("events of the changes:");
    print_events(&mut events)?;
    println!("a subscriber that falls behind:");
    overrun(&ns, &mut conn)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("events: {e}");
            ExitCode::FAILURE
        }
    }
}
