//! A live copy of a namespace's network state (`rtnl::mirror::Mirror`): links, addresses,
//! routes, neighbours, rules and nexthops, kept current from events, equal to a fresh dump at
//! any quiet moment, even after events were lost or when the kernel removes objects without
//! saying so (a deleted link takes its routes with it).
//!
//! The example mirrors a network namespace it creates for itself, changes things there from
//! a second connection, prints what the mirror reports, and compares the copy with a fresh
//! dump. The namespace is anonymous: it disappears when the program ends; the host's network
//! is not touched. Run as root (CAP_SYS_ADMIN and CAP_NET_ADMIN):
//! `cargo run -p nlkit --example mirror`
//!
//! `cargo run -p nlkit --example mirror -- NETNS` instead watches the existing namespace
//! `/run/netns/NETNS` (it only listens) until Ctrl-C; change things there with
//! `ip -n NETNS ...`.

use nlkit::engine::Conn;
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFlags};
use nlkit::rtnl::mirror::{Change, Mirror, State, KINDS};
use nlkit::rtnl::route::Route;
use nlkit::rtnl::{self, AnyObject, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;

fn private_namespace() -> Result<Netns, Box<dyn Error>> {
    Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".into(),
        _ => format!("cannot create a network namespace: {e}").into(),
    })
}

fn describe(o: &AnyObject) -> String {
    match o {
        AnyObject::Link(l) => format!("link {} {}", l.index, l.name.as_deref().unwrap_or("?")),
        AnyObject::Address(a) => match a.local.or(a.address) {
            Some(ip) => format!("address {ip}/{} on link {}", a.prefix_len, a.index),
            None => format!("address on link {}", a.index),
        },
        AnyObject::Route(r) => match r.destination {
            Some(d) => format!("route {d}/{} table {:?}", r.destination_len, r.table),
            None => format!("route default table {:?}", r.table),
        },
        AnyObject::Neighbour(n) => format!("neighbour {:?} on link {}", n.destination, n.index),
        AnyObject::Rule(r) => format!("rule pref {:?}", r.priority),
        AnyObject::Nexthop(n) => format!("nexthop {:?}", n.id),
        // Kinds the mirror does not keep.
        other => other.kind().name().to_owned(),
    }
}

/// "3 link, 2 address, ..." of a state.
fn counts(s: &State) -> String {
    let each: Vec<String> = KINDS
        .iter()
        .map(|&k| format!("{} {}", s.objects(k).len(), k.name()))
        .collect();
    each.join(", ")
}

/// Prints what the mirror reports until nothing changes for `quiet`.
fn print_changes(mirror: &mut Mirror, quiet: Duration) -> Result<(), Box<dyn Error>> {
    loop {
        let changes = mirror.poll(Some(quiet))?;
        if changes.is_empty() {
            return Ok(());
        }
        for change in changes {
            match change {
                Change::Updated(o) => println!("  + {}", describe(&o)),
                Change::Removed(o) => println!("  - {}", describe(&o)),
                Change::Overrun => println!("  ! events lost: resyncing"),
                Change::Resynced(kind) => println!("  = {} re-read", kind.name()),
            }
        }
    }
}

/// A veth pair up with an address and a route, then one end deleted (which takes the
/// other end, the address and the routes with it).
fn make_changes(conn: &mut Conn, mirror: &mut Mirror) -> Result<(), Box<dyn Error>> {
    let mut pair = LinkChange::named("veth0");
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named("veth1"))));
    rtnl::apply(conn, &pair, Verb::Add)?;
    print_changes(mirror, Duration::from_millis(300))?;
    // The mirror knows the names: no need to ask the kernel for the index.
    let index = mirror
        .link_index("veth0")
        .ok_or("veth0 is not in the mirror")?;
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
    println!("veth0 up, 10.0.0.1/24, a route via 10.0.0.2:");
    print_changes(mirror, Duration::from_millis(300))?;
    rtnl::apply(conn, &LinkChange::of(index), Verb::Delete)?;
    println!("veth0 deleted:");
    print_changes(mirror, Duration::from_millis(300))
}

fn demo() -> Result<(), Box<dyn Error>> {
    let ns = private_namespace()?;
    let mut mirror = Mirror::new(Some(&ns))?;
    println!("mirrored: {}", counts(mirror.state()));
    let mut conn = Conn::new_in(&ns, Protocol::Route)?;
    println!("veth pair added:");
    make_changes(&mut conn, &mut mirror)?;
    let fresh = State::dump(&mut conn)?;
    println!(
        "mirrored: {} (generation {})",
        counts(mirror.state()),
        mirror.generation()
    );
    println!("dumped:   {}", counts(&fresh));
    Ok(())
}

fn watch(name: &str) -> Result<(), Box<dyn Error>> {
    let mut mirror = Mirror::new(Some(&Netns::open_name(name)?))?;
    println!("{name}: {}", counts(mirror.state()));
    loop {
        print_changes(&mut mirror, Duration::from_secs(1))?;
    }
}

fn main() -> ExitCode {
    let result = match std::env::args().nth(1) {
        Some(name) => watch(&name),
        None => demo(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mirror: {e}");
            ExitCode::FAILURE
        }
    }
}
