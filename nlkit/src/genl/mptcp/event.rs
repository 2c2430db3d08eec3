//! The events of MPTCP connections (`mptcp_pm_events`), typed.

use super::{address, EventType};
use crate::wire::genl::GenlView;
use crate::wire::{DecodeError, MessageView};
use crate::ynl::mptcp_pm::EventAttr;
use std::net::{IpAddr, SocketAddr};

/// A connection's addresses and state (`created`, `established`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    /// The connection's token (0 when the kernel left it out).
    pub token: u32,
    /// The local address and port of its first subflow.
    pub local: Option<SocketAddr>,
    /// The remote address and port.
    pub remote: Option<SocketAddr>,
    /// True on the side that accepted the connection.
    pub server_side: bool,
    /// The event's flags (`MPTCP_PM_EV_FLAG_*`).
    pub flags: Option<u16>,
}

/// An address the peer announced (`announced`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// The connection's token.
    pub token: u32,
    /// The id the peer gave the address.
    pub remote_id: Option<u8>,
    /// The address.
    pub address: Option<IpAddr>,
    /// Its port, when announced with one.
    pub port: Option<u16>,
}

/// A subflow (`sub-established`, `sub-closed`, `sub-priority`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subflow {
    /// The connection's token.
    pub token: u32,
    /// The local endpoint's id.
    pub local_id: Option<u8>,
    /// The remote address's id.
    pub remote_id: Option<u8>,
    /// The local address and port.
    pub local: Option<SocketAddr>,
    /// The remote address and port.
    pub remote: Option<SocketAddr>,
    /// True for a backup subflow.
    pub backup: bool,
    /// The socket error it closed with (`sk_err`), if any.
    pub error: Option<u8>,
    /// The device it is bound to.
    pub ifindex: Option<i32>,
}

/// A path manager listener (`listener-created`, `listener-closed`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listener {
    /// The address and port it listens on.
    pub local: Option<SocketAddr>,
}

/// An event of the family, by kind; every variant keeps the attributes as read
/// ([`Event::attrs`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A connection was created.
    Created(Connection, EventAttr),
    /// A connection is established (it can open more subflows).
    Established(Connection, EventAttr),
    /// A connection was closed.
    Closed {
        /// Its token.
        token: u32,
        /// The attributes.
        attrs: EventAttr,
    },
    /// The peer announced an address.
    Announced(Announcement, EventAttr),
    /// The peer removed an address.
    Removed {
        /// The connection's token.
        token: u32,
        /// The id of the address removed.
        remote_id: Option<u8>,
        /// The attributes.
        attrs: EventAttr,
    },
    /// A subflow was established.
    SubflowEstablished(Subflow, EventAttr),
    /// A subflow was closed.
    SubflowClosed(Subflow, EventAttr),
    /// A subflow's priority (backup) changed.
    SubflowPriority(Subflow, EventAttr),
    /// A listener was created.
    ListenerCreated(Listener, EventAttr),
    /// A listener was closed.
    ListenerClosed(Listener, EventAttr),
    /// An event this version does not know (the command number kept).
    Other(EventType, EventAttr),
}

impl Event {
    /// Parses a notification of the family.
    pub fn parse(msg: &MessageView<&[u8]>) -> Result<Event, DecodeError> {
        let view = GenlView::parse(msg)?;
        Ok(Event::from_attrs(
            EventType::from(u32::from(view.cmd())),
            view.read()?,
        ))
    }

    /// The event of kind `kind` with attributes `a`.
    pub fn from_attrs(kind: EventType, a: EventAttr) -> Event {
        let token = a.token.unwrap_or(0);
        match kind {
            EventType::Created => Event::Created(connection(&a), a),
            EventType::Established => Event::Established(connection(&a), a),
            EventType::Closed => Event::Closed { token, attrs: a },
            EventType::Announced => {
                let ann = Announcement {
                    token,
                    remote_id: a.rem_id,
                    address: address(a.family, a.daddr4, a.daddr6.as_deref()),
                    port: a.dport.filter(|&p| p != 0),
                };
                Event::Announced(ann, a)
            }
            EventType::Removed => Event::Removed {
                token,
                remote_id: a.rem_id,
                attrs: a,
            },
            EventType::SubEstablished => Event::SubflowEstablished(subflow(&a), a),
            EventType::SubClosed => Event::SubflowClosed(subflow(&a), a),
            EventType::SubPriority => Event::SubflowPriority(subflow(&a), a),
            EventType::ListenerCreated => Event::ListenerCreated(listener(&a), a),
            EventType::ListenerClosed => Event::ListenerClosed(listener(&a), a),
            other => Event::Other(other, a),
        }
    }

    /// The event's kind.
    pub fn kind(&self) -> EventType {
        match self {
            Event::Created(..) => EventType::Created,
            Event::Established(..) => EventType::Established,
            Event::Closed { .. } => EventType::Closed,
            Event::Announced(..) => EventType::Announced,
            Event::Removed { .. } => EventType::Removed,
            Event::SubflowEstablished(..) => EventType::SubEstablished,
            Event::SubflowClosed(..) => EventType::SubClosed,
            Event::SubflowPriority(..) => EventType::SubPriority,
            Event::ListenerCreated(..) => EventType::ListenerCreated,
            Event::ListenerClosed(..) => EventType::ListenerClosed,
            Event::Other(k, _) => *k,
        }
    }

    /// The attributes as read (for printers that show what the kernel sent).
    pub fn attrs(&self) -> &EventAttr {
        match self {
            Event::Created(_, a)
            | Event::Established(_, a)
            | Event::Announced(_, a)
            | Event::SubflowEstablished(_, a)
            | Event::SubflowClosed(_, a)
            | Event::SubflowPriority(_, a)
            | Event::ListenerCreated(_, a)
            | Event::ListenerClosed(_, a)
            | Event::Other(_, a) => a,
            Event::Closed { attrs, .. } | Event::Removed { attrs, .. } => attrs,
        }
    }
}

fn endpoints(a: &EventAttr) -> (Option<SocketAddr>, Option<SocketAddr>) {
    let at =
        |ip: Option<IpAddr>, port: Option<u16>| ip.map(|ip| SocketAddr::new(ip, port.unwrap_or(0)));
    (
        at(address(a.family, a.saddr4, a.saddr6.as_deref()), a.sport),
        at(address(a.family, a.daddr4, a.daddr6.as_deref()), a.dport),
    )
}

fn connection(a: &EventAttr) -> Connection {
    let (local, remote) = endpoints(a);
    Connection {
        token: a.token.unwrap_or(0),
        local,
        remote,
        server_side: a.server_side.is_some_and(|s| s != 0),
        flags: a.flags,
    }
}

fn subflow(a: &EventAttr) -> Subflow {
    let (local, remote) = endpoints(a);
    Subflow {
        token: a.token.unwrap_or(0),
        local_id: a.loc_id,
        remote_id: a.rem_id,
        local,
        remote,
        backup: a.backup.is_some_and(|b| b != 0),
        error: a.error,
        ifindex: a.if_idx,
    }
}

fn listener(a: &EventAttr) -> Listener {
    Listener {
        local: endpoints(a).0,
    }
}
