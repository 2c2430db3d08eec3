//! `nlgenl ctrl`: the generic netlink controller's families and policies, and its
//! notifications, as `genl ctrl` 6.1 prints them.
//!
//! `list` (also `show`, `lst`, any prefix), `get name NAME | id ID`, `policy name NAME | id
//! ID`, `monitor`, `help`. Beyond genl 6.1: `policy name NAME op OP` (or `id ID op OP`)
//! dumps the policies of one operation (`CTRL_ATTR_OP`); genl refuses the extra words
//! ("Wrong number of params").

use super::print::ctrl_message;
use crate::args::{c_number, matches, Args};
use crate::diag::{self, Failure};
use crate::render::Sink;
use nlkit::engine::{strerror, Conn, Error, Notification, Subscription};
use nlkit::genl::ctrl::{attrs, cmd, CtrlMessage, CTRL_NOTIFY_GROUP};
use nlkit::genl::{new_message, GenlView, GENL_ID_CTRL, GENL_NAMSIZ};
use nlkit::sys::Protocol;
use nlkit::wire::{Flags, MessageBuilder, MessageView};
use std::io::{self, Write};

/// `genl ctrl help` (stderr, exit 255).
pub const USAGE: &str = "Usage: ctrl <CMD>
CMD   := get <PARMS> | list | monitor | policy <PARMS>
PARMS := name <name> | id <id>
Examples:
\tctrl ls
\tctrl monitor
\tctrl get name foobar
\tctrl get id 0xF
\tctrl policy name foobar
\tctrl policy id 0xF";

/// `nlgenl ctrl ...`: the words after `ctrl`.
pub fn run(args: &mut Args) -> Result<(), Failure> {
    let Some(word) = args.next() else {
        return Err(Failure::usage("wrong controller params"));
    };
    if matches(word, "monitor") {
        return monitor();
    }
    if matches(word, "get") {
        return get(args);
    }
    if ["list", "show", "lst"].iter().any(|k| matches(word, k)) {
        return list();
    }
    if matches(word, "policy") {
        return policy(args);
    }
    if matches(word, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "ctrl command \"{word}\" is unknown, try \"ctrl help\"."
    )))
}

fn open() -> Result<Conn, Failure> {
    Conn::new(Protocol::Generic).map_err(|_| Failure::failed("Cannot open generic netlink socket"))
}

/// A controller request of `command` (version 0, as genl sends it).
fn request(command: u8) -> MessageBuilder {
    new_message(GENL_ID_CTRL, command, 0, Flags::NONE)
}

/// Reads `name NAME` or `id ID` (and, for policies, `op OP`) into the request, as genl
/// does: exactly two words, the name cut to 15 bytes, the id a C number below 65536.
fn family_words(args: &mut Args, b: &mut MessageBuilder, op: bool) -> Result<(), Failure> {
    let n = args.remaining();
    if n != 2 && !(op && n == 4) {
        return Err(Failure::usage("Wrong number of params"));
    }
    let (key, value) = (args.next().unwrap_or(""), args.next().unwrap_or(""));
    if matches(key, "name") {
        let name = value.as_bytes();
        let name = &name[..name.len().min(GENL_NAMSIZ - 1)];
        b.attr_bytes(attrs::CTRL_ATTR_FAMILY_NAME, &[name, &[0]].concat());
    } else if matches(key, "id") {
        let id = c_number(value).and_then(|v| u16::try_from(v).ok());
        let id = id.ok_or_else(|| Failure::usage("Illegal \"id\""))?;
        b.attr_u16_ne(attrs::CTRL_ATTR_FAMILY_ID, id);
    } else {
        return Err(Failure::usage("Wrong params"));
    }
    if n == 4 {
        let (key, value) = (args.next().unwrap_or(""), args.next().unwrap_or(""));
        let op = c_number(value).and_then(|v| u32::try_from(v).ok());
        match op.filter(|_| matches(key, "op")) {
            Some(op) => b.attr_u32_ne(attrs::CTRL_ATTR_OP, op),
            None => return Err(Failure::usage("Wrong number of params")),
        };
    }
    Ok(())
}

/// `ctrl get name NAME | id ID`.
fn get(args: &mut Args) -> Result<(), Failure> {
    let mut conn = open()?;
    let mut b = request(cmd::CTRL_CMD_GETFAMILY);
    family_words(args, &mut b, false)?;
    let reply = conn.request(&b).map_err(|e| {
        let text = match &e {
            Error::Kernel(k) => match k.message() {
                Some(m) => format!("Error: {}.", m.trim_end_matches('.')),
                None => format!("RTNETLINK answers: {}", strerror(k.errno)),
            },
            other => format!("Error: {other}"),
        };
        Failure::usage(format!("{text}\nError talking to the kernel"))
    })?;
    let mut sink = stdout();
    print(&mut sink, &reply.message())?;
    Ok(())
}

/// `ctrl list`: every family.
fn list() -> Result<(), Failure> {
    let mut conn = open()?;
    dump(&mut conn, &request(cmd::CTRL_CMD_GETFAMILY))
}

/// `ctrl policy name NAME | id ID [op OP]`.
fn policy(args: &mut Args) -> Result<(), Failure> {
    let mut conn = open()?;
    let mut b = request(cmd::CTRL_CMD_GETPOLICY);
    family_words(args, &mut b, true)?;
    dump(&mut conn, &b)
}

/// Prints each message of a dump. genl reports a failed dump and still exits 0.
fn dump(conn: &mut Conn, request: &MessageBuilder) -> Result<(), Failure> {
    let mut sink = stdout();
    let mut dump = match conn.dump(request) {
        Ok(d) => d,
        Err(e) => return dump_failed(&e),
    };
    while let Some(m) = dump.next_message() {
        match m {
            Ok(m) => print(&mut sink, &m)?,
            Err(e) => return dump_failed(&e),
        }
    }
    Ok(())
}

fn dump_failed(e: &Error) -> Result<(), Failure> {
    match e {
        Error::Kernel(k) => {
            diag::warn(&format!("RTNETLINK answers: {}", strerror(k.errno)));
            Ok(())
        }
        other => Err(Failure::usage(format!("Error: {other}\nDump terminated"))),
    }
}

fn stdout() -> Sink<io::StdoutLock<'static>> {
    Sink::new(io::stdout().lock(), false, false)
}

/// Prints a message of the controller and flushes, as genl does; messages of another
/// family or command are reported on stderr and skipped.
fn print<W: Write>(sink: &mut Sink<W>, msg: &MessageView<&[u8]>) -> Result<(), Failure> {
    if msg.message_type() != GENL_ID_CTRL {
        diag::warn(&format!(
            "Not a controller message, nlmsg_len={} nlmsg_type=0x{:x}",
            msg.length(),
            msg.message_type()
        ));
        return Ok(());
    }
    let Ok(view) = GenlView::parse(msg) else {
        let len = msg.length() as i64 - 20;
        return Err(Failure::usage(format!(
            "wrong controller message len {len}\nDump terminated"
        )));
    };
    let printed = [
        cmd::CTRL_CMD_GETFAMILY,
        cmd::CTRL_CMD_DELFAMILY,
        cmd::CTRL_CMD_NEWFAMILY,
        cmd::CTRL_CMD_NEWMCAST_GRP,
        cmd::CTRL_CMD_DELMCAST_GRP,
        cmd::CTRL_CMD_GETPOLICY,
    ];
    if !printed.contains(&view.cmd()) {
        diag::warn(&format!("Unknown controller command {}", view.cmd()));
        return Ok(());
    }
    let m = CtrlMessage::parse(&view).map_err(|e| Failure::usage(format!("Error: {e}")))?;
    sink.text(&ctrl_message(&m))?;
    sink.flush()?;
    Ok(())
}

/// `ctrl monitor`: the controller's notifications (families and groups coming and going),
/// printed as they come, until interrupted.
fn monitor() -> Result<(), Failure> {
    let mut sub = Subscription::new(Protocol::Generic, &[CTRL_NOTIFY_GROUP])
        .map_err(|_| Failure::usage("Canot open generic netlink socket"))?;
    let mut sink = stdout();
    loop {
        match sub.next_notification(None) {
            Ok(Some(Notification::Message { message, .. })) => print(&mut sink, &message)?,
            Ok(Some(Notification::Overrun)) => {
                diag::warn("netlink receive error No buffer space available (105)");
            }
            Ok(None) | Err(Error::Decode(_)) => {}
            Err(e) => return Err(Failure::usage(format!("netlink receive error {e}"))),
        }
    }
}
