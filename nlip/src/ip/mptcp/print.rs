//! The printers of `mptcp`: endpoints (show), limits, events (monitor).

use crate::names::Links;
use crate::render::{Mode, Sink};
use nlkit::engine::Conn;
use nlkit::genl::mptcp::{Endpoint, EndpointFlags, Event, EventType, Limits};
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The flags ip 6.1 names, in its order; other bits print as `rawflags HEX`.
const FLAG_NAMES: &[(&str, EndpointFlags)] = &[
    ("signal", EndpointFlags::SIGNAL),
    ("subflow", EndpointFlags::SUBFLOW),
    ("backup", EndpointFlags::BACKUP),
    ("fullmesh", EndpointFlags::FULLMESH),
    ("implicit", EndpointFlags::IMPLICIT),
];

/// One endpoint as ip prints it: `ADDR port N id N FLAGS dev NAME ` (JSON: `address`,
/// `port`, `id`, each flag `true`, `rawflags`, `dev`).
pub(crate) fn endpoint<W: Write>(
    s: &mut Sink<W>,
    e: &Endpoint,
    links: &mut Links,
    conn: &mut Conn,
) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    if let Some(a) = e.address {
        s.string(Mode::Any, "address", "", &a, " ")?;
    }
    if let Some(p) = e.port {
        s.number(Mode::Any, "port", "port ", &p, " ")?;
    }
    if let Some(id) = e.id {
        s.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    let mut rest = e.flags;
    for (name, f) in FLAG_NAMES {
        if e.flags.contains(*f) {
            s.flag(Mode::Any, name, name, " ")?;
            rest = rest.without(*f);
        }
    }
    if !rest.is_empty() {
        let hex = format!("{:x}", rest.bits());
        s.string(Mode::Any, "rawflags", "rawflags ", &hex, " ")?;
    }
    if let Some(i) = e.ifindex {
        let name = links.name(conn, i as u32);
        s.string(Mode::Any, "dev", "dev ", &name, " ")?;
    }
    s.text("\n")?;
    s.close_object(Mode::Json)
}

/// The limits as ip prints them: `add_addr_accepted N subflows N `.
pub(crate) fn limits<W: Write>(s: &mut Sink<W>, l: &Limits) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    if let Some(v) = l.add_addr_accepted {
        s.number(
            Mode::Any,
            "add_addr_accepted",
            "add_addr_accepted ",
            &v,
            " ",
        )?;
    }
    if let Some(v) = l.subflows {
        s.number(Mode::Any, "subflows", "subflows ", &v, " ")?;
    }
    s.text("\n")?;
    s.close_object(Mode::Json)
}

/// The name ip 6.1 gives an event, when it knows it.
fn event_name(kind: EventType) -> Option<&'static str> {
    Some(match kind {
        EventType::Created => "CREATED",
        EventType::Established => "ESTABLISHED",
        EventType::Closed => "CLOSED",
        EventType::Announced => "ANNOUNCED",
        EventType::Removed => "REMOVED",
        EventType::SubEstablished => "SF_ESTABLISHED",
        EventType::SubClosed => "SF_CLOSED",
        EventType::SubPriority => "SF_PRIO",
        _ => return None,
    })
}

/// One event as `ip mptcp monitor` prints it: `[   ESTABLISHED] token=... remid=N locid=N
/// saddr4=A daddr4=A sport=N dport=N backup=N error=N flags=X ifindex=N`, the attributes
/// that are present; an event ip 6.1 does not know is `[UNKNOWN N]`.
pub(crate) fn event<W: Write>(out: &mut W, e: &Event) -> io::Result<()> {
    let kind = e.kind();
    let Some(name) = event_name(kind) else {
        return writeln!(out, "[UNKNOWN {}]", u32::from(kind));
    };
    write!(out, "[{name:>14}]")?;
    let a = e.attrs();
    if let Some(t) = a.token {
        write!(out, " token={t:08x}")?;
    }
    if let Some(v) = a.rem_id {
        write!(out, " remid={v}")?;
    }
    if let Some(v) = a.loc_id {
        write!(out, " locid={v}")?;
    }
    if let Some(v) = a.saddr4 {
        write!(out, " saddr4={}", Ipv4Addr::from(v))?;
    }
    if let Some(v) = v6(a.saddr6.as_deref()) {
        write!(out, " saddr6={v}")?;
    }
    if let Some(v) = a.daddr4 {
        write!(out, " daddr4={}", Ipv4Addr::from(v))?;
    }
    if let Some(v) = v6(a.daddr6.as_deref()) {
        write!(out, " daddr6={v}")?;
    }
    let numbers = [
        ("sport", a.sport.map(i64::from)),
        ("dport", a.dport.map(i64::from)),
        ("backup", a.backup.map(i64::from)),
        ("error", a.error.map(i64::from)),
    ];
    for (key, v) in numbers {
        if let Some(v) = v {
            write!(out, " {key}={v}")?;
        }
    }
    if let Some(v) = a.flags {
        write!(out, " flags={v:x}")?;
    }
    if let Some(v) = a.if_idx {
        write!(out, " ifindex={v}")?;
    }
    writeln!(out)
}

fn v6(b: Option<&[u8]>) -> Option<IpAddr> {
    let octets: [u8; 16] = b?.try_into().ok()?;
    Some(IpAddr::V6(Ipv6Addr::from(octets)))
}

#[cfg(test)]
mod tests;
