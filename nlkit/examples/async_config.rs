//! Applying a network configuration concurrently on tokio (`nlkit::tokio::Connection`,
//! `rtnl::tokio`): one connection shared by a set of tasks, many requests in flight at
//! once, each answer routed to the task that asked.
//!
//! The configuration: a veth pair `veth0`/`veth1`, both up; IPv4 and IPv6 addresses on
//! each; twenty routes via the peer, one of them refused on purpose (its gateway is not on
//! any link), to show that a failure reaches the task whose request failed and no other.
//! Everything happens in a network namespace the example creates (anonymous: it disappears
//! when the program ends); the host's network is not touched. Run as root:
//! `cargo run -p nlkit --features tokio --example async_config`

use nlkit::rtnl::addr::{Address, AddressFlags};
use nlkit::rtnl::link::kinds::{LinkKind, Veth};
use nlkit::rtnl::link::{LinkChange, LinkFilter, LinkFlags, LinkQuery};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, AddressFamily, RouteProtocol, RouteTable, Verb};
use nlkit::sys::{errno::EPERM, Netns, Protocol};
use nlkit::tokio::Connection;
use std::error::Error;
use std::net::{IpAddr, Ipv4Addr};
use std::process::ExitCode;
use tokio::task::JoinSet;

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// The two ends of the pair and the addresses each gets.
const ENDS: [(&str, [&str; 2]); 2] = [
    ("veth0", ["10.0.0.1/24", "2001:db8::1/64"]),
    ("veth1", ["10.0.0.2/24", "2001:db8::2/64"]),
];

/// `ip link add veth0 type veth peer name veth1`, then both ends up (in parallel).
async fn veth_pair(conn: &Connection) -> Result<[u32; 2]> {
    let mut pair = LinkChange::named(ENDS[0].0);
    pair.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named(
        ENDS[1].0,
    ))));
    rtnl::tokio::apply(conn, &pair, Verb::Add).await?;
    let mut tasks = JoinSet::new();
    for name in [ENDS[0].0, ENDS[1].0, "lo"] {
        let conn = conn.clone();
        tasks.spawn(async move {
            let index = rtnl::tokio::get(&conn, &LinkQuery::by_name(name))
                .await?
                .index;
            let mut up = LinkChange::of(index);
            up.set_flag(LinkFlags::UP, true);
            rtnl::tokio::apply(&conn, &up, Verb::Change).await?;
            Ok::<_, nlkit::engine::Error>((name, index))
        });
    }
    let mut indexes = [0; 2];
    while let Some(done) = tasks.join_next().await {
        let (name, index) = done??;
        println!("link {name} (index {index}) up");
        if let Some(at) = ENDS.iter().position(|(n, _)| *n == name) {
            indexes[at] = index;
        }
    }
    Ok(indexes)
}

/// `ip address add CIDR dev INDEX` (IPv6 without duplicate address detection).
fn address(index: u32, cidr: &str) -> Result<Address> {
    let (ip, len) = cidr.split_once('/').ok_or("an address needs /LEN")?;
    let ip: IpAddr = ip.parse()?;
    let mut a = Address::new(index, ip, len.parse()?);
    match ip {
        IpAddr::V4(_) => a.set_broadcast_from_prefix(true),
        IpAddr::V6(_) => a.flags = AddressFlags::NODAD,
    }
    Ok(a)
}

/// `ip route add 198.18.N.0/24 via GATEWAY proto static`: N = 7 gets a gateway that is on
/// no link, which the kernel refuses.
fn route(n: u8) -> Route {
    let mut r = Route::to(Ipv4Addr::new(198, 18, n, 0).into(), 24);
    let gateway = if n == 7 {
        [192, 0, 2, 1]
    } else {
        [10, 0, 0, 2]
    };
    r.gateway = Some(Ipv4Addr::from(gateway).into());
    r.protocol = RouteProtocol::Static;
    r
}

/// Every address, then every route, each its own task on the one connection.
async fn addresses_and_routes(conn: &Connection, indexes: [u32; 2]) -> Result<usize> {
    let mut tasks = JoinSet::new();
    for (i, (name, cidrs)) in ENDS.iter().enumerate() {
        for cidr in cidrs {
            let (conn, a) = (conn.clone(), address(indexes[i], cidr)?);
            let what = format!("address {cidr} on {name}");
            tasks.spawn(async move { (what, rtnl::tokio::apply(&conn, &a, Verb::Add).await) });
        }
    }
    // Routes need their gateway's address to be there: wait for the addresses first.
    let mut failures = report(&mut tasks).await;
    for n in 0..20 {
        let conn = conn.clone();
        let what = format!("route 198.18.{n}.0/24");
        tasks.spawn(async move { (what, rtnl::tokio::apply(&conn, &route(n), Verb::Add).await) });
    }
    failures += report(&mut tasks).await;
    Ok(failures)
}

/// Prints each task's outcome as it finishes; returns how many failed.
async fn report(
    tasks: &mut JoinSet<(
        String,
        std::result::Result<nlkit::engine::Ack, nlkit::engine::Error>,
    )>,
) -> usize {
    let mut failures = 0;
    while let Some(done) = tasks.join_next().await {
        match done {
            Ok((what, Ok(_))) => println!("{what}: done"),
            Ok((what, Err(e))) => {
                failures += 1;
                println!("{what}: refused: {e}");
            }
            Err(e) => {
                failures += 1;
                println!("a task failed: {e}");
            }
        }
    }
    failures
}

/// The result, read back with two dumps running side by side on the same connection.
async fn show(conn: &Connection) -> Result<()> {
    let links = rtnl::tokio::dump(conn, &LinkFilter::default())?;
    let main = RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::Main),
        ..Default::default()
    };
    let routes = rtnl::tokio::dump(conn, &main)?;
    let (links, routes) = tokio::join!(links.try_collect(), routes.try_collect());
    for l in links? {
        println!(
            "{}: {} {:?}",
            l.index,
            l.name.as_deref().unwrap_or("?"),
            l.flags
        );
    }
    for r in routes? {
        let dst = r.destination.map_or("default".into(), |d| d.to_string());
        let via = r.gateway.map_or(String::new(), |g| format!(" via {g}"));
        let dev = r
            .output_interface
            .map_or(String::new(), |i| format!(" dev {i}"));
        println!(
            "{dst}/{}{via}{dev} proto {:?}",
            r.destination_len, r.protocol
        );
    }
    Ok(())
}

async fn run() -> Result<()> {
    let ns = Netns::create().map_err(|e| match e.raw_os_error() {
        Some(EPERM) => "creating a network namespace needs root (CAP_SYS_ADMIN)".to_string(),
        _ => format!("cannot create a network namespace: {e}"),
    })?;
    // Made on a short-lived thread inside the namespace: no runtime thread calls setns.
    let conn = Connection::new_in(&ns, Protocol::Route)?;
    let indexes = veth_pair(&conn).await?;
    let failures = addresses_and_routes(&conn, indexes).await?;
    println!("{failures} change(s) refused (one expected)\n");
    show(&conn).await
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("async_config: {e}");
            ExitCode::FAILURE
        }
    }
}
