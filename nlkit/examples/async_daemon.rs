//! A small async daemon on tokio: one task keeps a live mirror of a namespace's network
//! state (`rtnl::tokio::Mirror`, which resyncs by itself after lost events), another prints
//! typed link and route events (`rtnl::tokio::Events`, a `Stream` where an overrun is an
//! item), while a third task changes things on a shared `tokio::Connection`. At the end the
//! mirror is compared with a fresh dump.
//!
//! It watches a network namespace it creates (anonymous: it disappears when the program
//! ends); the host's network is not touched. Run as root:
//! `cargo run -p nlkit --features tokio --example async_daemon`
//!
//! `-- NETNS` instead watches the existing namespace `/run/netns/NETNS` (it only listens)
//! until Ctrl-C.

use nlkit::engine::Conn;
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::mirror::{Change, State, KINDS};
use nlkit::rtnl::route::Route;
use nlkit::rtnl::tokio::{Events, Mirror};
use nlkit::rtnl::{self, groups_for, AnyObject, Event, Kind, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use nlkit::tokio::Connection;
use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;
use tokio::sync::oneshot;

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// "3 link, 2 address, ..." of a state.
fn counts(s: &State) -> String {
    let each: Vec<String> = KINDS
        .iter()
        .map(|&k| format!("{} {}", s.objects(k).len(), k.name()))
        .collect();
    each.join(", ")
}

fn describe(o: &AnyObject) -> String {
    match o {
        AnyObject::Link(l) => format!("link {} {}", l.index, l.name.as_deref().unwrap_or("?")),
        AnyObject::Address(a) => format!("address {:?}/{} on {}", a.local, a.prefix_len, a.index),
        AnyObject::Route(r) => format!("route {:?}/{}", r.destination, r.destination_len),
        other => other.kind().name().to_owned(),
    }
}

/// The mirror task: prints what changes until `stop` fires, then returns the mirror.
async fn keep_mirror(mut mirror: Mirror, mut stop: oneshot::Receiver<()>) -> Result<Mirror> {
    loop {
        tokio::select! {
            _ = &mut stop => return Ok(mirror),
            changes = mirror.poll(Some(Duration::from_millis(200))) => {
                for change in changes? {
                    match change {
                        Change::Updated(o) => println!("mirror  + {}", describe(&o)),
                        Change::Removed(o) => println!("mirror  - {}", describe(&o)),
                        Change::Overrun => println!("mirror  ! events lost: resyncing"),
                        Change::Resynced(kind) => println!("mirror  = {} re-read", kind.name()),
                    }
                }
            }
        }
    }
}

/// The event task: typed link and route events until `stop` fires.
async fn print_events(mut events: Events, mut stop: oneshot::Receiver<()>) -> Result<()> {
    loop {
        tokio::select! {
            _ = &mut stop => return Ok(()),
            event = events.next(None) => match event? {
                Some(Event::New(o)) => println!("event   new {}", describe(&o)),
                Some(Event::Deleted(o)) => println!("event   deleted {}", describe(&o)),
                Some(Event::Overrun) => println!("event   ! overrun: dump again"),
                Some(_) | None => {}
            },
        }
    }
}

/// A veth pair up with an address and a route, then one end deleted (which takes the
/// other end, the address and the route with it, silently: the mirror notices).
async fn make_changes(conn: &Connection) -> Result<()> {
    let mut pair = LinkChange::named("veth0");
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named("veth1"))));
    rtnl::tokio::apply(conn, &pair, Verb::Add).await?;
    let index = rtnl::tokio::get(conn, &LinkQuery::by_name("veth0"))
        .await?
        .index;
    let mut up = LinkChange::of(index);
    up.set_flag(LinkFlags::UP, true);
    let address = Address::new(index, "10.0.0.1".parse()?, 24);
    let (a, b) = tokio::join!(
        rtnl::tokio::apply(conn, &up, Verb::Change),
        rtnl::tokio::apply(conn, &address, Verb::Add),
    );
    a?;
    b?;
    let mut r = Route::to("198.51.100.0".parse()?, 24);
    r.gateway = Some("10.0.0.2".parse()?);
    r.output_interface = Some(index);
    rtnl::tokio::apply(conn, &r, Verb::Add).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    rtnl::tokio::apply(conn, &LinkChange::of(index), Verb::Delete).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(())
}

async fn demo() -> Result<()> {
    let ns = Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".to_string(),
        _ => format!("cannot create a network namespace: {e}"),
    })?;
    let mirror = Mirror::new(Some(&ns)).await?;
    println!("mirrored: {}", counts(mirror.state()));
    let events = Events::new_in(&ns, &groups_for(&[Kind::Link, Kind::Route], None))?;
    let (stop_mirror, mirror_stop) = oneshot::channel();
    let (stop_events, events_stop) = oneshot::channel();
    let mirror_task = tokio::spawn(keep_mirror(mirror, mirror_stop));
    let events_task = tokio::spawn(print_events(events, events_stop));
    make_changes(&Connection::new_in(&ns, Protocol::Route)?).await?;
    let _ = (stop_mirror.send(()), stop_events.send(()));
    events_task.await??;
    let mirror = mirror_task.await??;
    let fresh = State::dump(&mut Conn::new_in(&ns, Protocol::Route)?)?;
    println!("mirrored: {}", counts(mirror.state()));
    println!("dumped:   {}", counts(&fresh));
    Ok(())
}

async fn watch(name: &str) -> Result<()> {
    let ns = Netns::open_name(name)?;
    let mirror = Mirror::new(Some(&ns)).await?;
    println!("{name}: {}", counts(mirror.state()));
    let (stop, stopped) = oneshot::channel();
    let task = tokio::spawn(keep_mirror(mirror, stopped));
    tokio::signal::ctrl_c().await?;
    let _ = stop.send(());
    task.await??;
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let result = match std::env::args().nth(1) {
        Some(name) => watch(&name).await,
        None => demo().await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("async_daemon: {e}");
            ExitCode::FAILURE
        }
    }
}
