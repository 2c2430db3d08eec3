//! Two processes talking over NETLINK_USERSOCK, unicast and multicast.
//!
//! Run `cargo run -p nlkit --example usersock`: the program starts a copy of itself as the
//! "listener" child, which binds a socket, joins group 3 and prints its port id; the parent
//! sends it a unicast message, then a multicast one to group 3, and reads the replies.
//! No privileges are needed and no network state is changed.

use nlkit::usersock::UserSocket;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const GROUP: u32 = 3;
const TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

fn child() -> std::io::Result<()> {
    let mut sock = UserSocket::bind(None)?;
    sock.join(GROUP)?;
    println!("{}", sock.port_id());
    for _ in 0..2 {
        let Some(m) = sock.recv(TIMEOUT)? else { break };
        let kind = if m.groups == 0 {
            "unicast"
        } else {
            "multicast"
        };
        let text = String::from_utf8_lossy(&m.payload).into_owned();
        sock.send(
            m.sender_port,
            0x11,
            format!("got {kind}: {text}").as_bytes(),
        )?;
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().nth(1).as_deref() == Some("listener") {
        return Ok(child()?);
    }
    let mut kid = Command::new(std::env::current_exe()?)
        .arg("listener")
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(kid.stdout.take().ok_or("no stdout")?).read_line(&mut line)?;
    let port: u32 = line.trim().parse()?;

    let mut sock = UserSocket::bind(None)?;
    sock.send(port, 0x10, b"hello")?;
    sock.multicast(GROUP, 0x10, b"hello, group")?;
    for _ in 0..2 {
        match sock.recv(TIMEOUT)? {
            Some(m) => println!(
                "from port {}: {}",
                m.sender_port,
                String::from_utf8_lossy(&m.payload)
            ),
            None => println!("no reply within the timeout"),
        }
    }
    kid.wait()?;
    Ok(())
}
