//! Two processes talking over NETLINK_USERSOCK (netlink reserved for protocols between user
//! programs), unicast and multicast.
//!
//! The program starts a copy of itself as the "listener" child, which binds a socket, joins
//! group 3 and prints its port id; the parent sends it a unicast message, then a multicast
//! one to group 3, and prints the replies.
//!
//! No namespace is made: the messages go from one program to the other and change no
//! network state. The two sockets must be in the same network namespace (here both are in
//! the current one; `UserSocket::bind_in` opens one elsewhere). Unicast and sending to a
//! group need no privilege; joining a group needs CAP_NET_ADMIN, so as another user than
//! root the example says so and sends the unicast message only.
//!
//! Run `cargo run -p nlkit --example usersock` (as root for the multicast part).

use nlkit::sys::errno::EPERM;
use nlkit::usersock::UserSocket;
use nlkit::wire::nlmsg::NLMSG_MIN_TYPE;
use std::error::Error;
use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

/// The multicast group the listener joins (1 to 32).
const GROUP: u32 = 3;
/// The message types of this little protocol: the first ones free for it (the types below
/// `NLMSG_MIN_TYPE` are netlink's own: NOOP, ERROR, DONE, OVERRUN).
const HELLO: u16 = NLMSG_MIN_TYPE;
const REPLY: u16 = NLMSG_MIN_TYPE + 1;
const TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

fn child() -> std::io::Result<()> {
    let mut sock = UserSocket::bind(None)?;
    let joined = match sock.join(GROUP) {
        Ok(()) => true,
        Err(e) if e.raw_os_error() == Some(EPERM) => false,
        Err(e) => return Err(e),
    };
    // Tell the parent where to send, and whether to multicast.
    println!("{} {joined}", sock.port_id());
    for _ in 0..(1 + u8::from(joined)) {
        let Some(m) = sock.recv(TIMEOUT)? else { break };
        let kind = if m.groups == 0 {
            "unicast"
        } else {
            "multicast"
        };
        let text = String::from_utf8_lossy(&m.payload).into_owned();
        let reply = format!("got {kind} type {}: {text}", m.message_type);
        sock.send(m.sender_port, REPLY, reply.as_bytes())?;
    }
    Ok(())
}

fn parent() -> Result<(), Box<dyn Error>> {
    let mut kid = Command::new(std::env::current_exe()?)
        .arg("listener")
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(kid.stdout.take().ok_or("no stdout")?).read_line(&mut line)?;
    let (port, joined) = line
        .trim()
        .split_once(' ')
        .and_then(|(p, j)| Some((p.parse::<u32>().ok()?, j == "true")))
        .ok_or("the listener did not report its port")?;

    let mut sock = UserSocket::bind(None)?;
    sock.send(port, HELLO, b"hello")?;
    if joined {
        sock.multicast(GROUP, HELLO, b"hello, group")?;
    } else {
        println!("no multicast: joining group {GROUP} needs CAP_NET_ADMIN");
    }
    for _ in 0..(1 + u8::from(joined)) {
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

fn main() -> ExitCode {
    let result = match std::env::args().nth(1).as_deref() {
        Some("listener") => child().map_err(Into::into),
        _ => parent(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("usersock: {e}");
            ExitCode::FAILURE
        }
    }
}
