//! The one error type of the request engine.

use crate::sys::Truncated;
use crate::wire::names::SetNames;
use crate::wire::{BuildError, DecodeError, ExtAck, MessageBuilder};
use std::fmt;
use std::io;
use std::time::Duration;

/// An error the kernel answered with: the errno, its extended-ACK details, and the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KernelError {
    /// The errno, positive (e.g. `crate::sys::errno::EEXIST`).
    pub errno: i32,
    /// Extended-ACK text, offset, missing attribute (empty without `NETLINK_EXT_ACK`).
    pub ext_ack: ExtAck,
    /// `nlmsg_type` of the request that failed.
    pub request_type: u16,
    /// Sequence number of the request that failed.
    pub sequence: u32,
    /// The attribute the extended ACK's offset points at, as the path of attribute types
    /// from the top level (e.g. `[IFLA_LINKINFO, IFLA_INFO_DATA, IFLA_VXLAN_ID]`; see
    /// [`crate::wire::attr::attribute_path`]). Filled by [`Conn::execute`](super::Conn::execute)
    /// and [`Conn::request`](super::Conn::request), which still hold the request; `None`
    /// without an offset and for pipelined requests (resolve those with `attribute_path`
    /// and the request's bytes).
    pub attribute: Option<Box<[u16]>>,
    /// The same attribute named, with the attributes it sits in: `linkinfo/data/vxlan:
    /// id` ([`crate::wire::names::name_at`]). Filled where the request's attribute names
    /// are known: generic netlink requests of the generated families, and rtnetlink
    /// requests when the rtnetlink families are compiled in (features `ynl-rt-link`,
    /// `ynl-rt-addr`, ...); see [`KernelError::name_attribute`] for others.
    /// (Boxed once more, to keep [`Error`] small: read it with
    /// [`KernelError::named_attribute`].)
    pub attribute_name: Option<Box<String>>,
}

impl KernelError {
    /// The kernel's extended-ACK text, e.g. `"Nexthop has invalid gateway"`.
    pub fn message(&self) -> Option<&str> {
        self.ext_ack.message.as_deref()
    }

    /// The name of the attribute the extended ACK points at (`linkinfo/data/bridge:
    /// forward-delay`), where it was named.
    pub fn named_attribute(&self) -> Option<&str> {
        self.attribute_name.as_deref().map(String::as_str)
    }

    /// Names the attribute the extended ACK's offset points at in `request` (the request
    /// that failed), whose attributes are those of `names`; does nothing without an offset
    /// or when the names do not reach it.
    pub fn name_attribute(&mut self, names: &SetNames, request: &MessageBuilder) {
        let (Some(offset), Some(first), Ok(bytes)) = (
            self.ext_ack.offset,
            request.attributes_offset(),
            request.bytes(),
        ) else {
            return;
        };
        if let Some(name) = crate::wire::names::name_at(names, bytes, first, offset as usize) {
            self.attribute_name = Some(Box::new(name));
        }
    }

    /// The C library's text for the errno, e.g. `"File exists"` (what `strerror` gives).
    pub fn strerror(&self) -> String {
        strerror(self.errno)
    }
}

/// The C library's text for `errno`, without Rust's " (os error N)" suffix.
pub fn strerror(errno: i32) -> String {
    let s = io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

impl fmt::Display for KernelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (errno {})", self.strerror(), self.errno)?;
        if let Some(m) = self.message() {
            write!(f, ": {m}")?;
        }
        match (self.named_attribute(), &self.attribute, self.ext_ack.offset) {
            (Some(name), _, _) => write!(f, " (attribute {name})")?,
            (None, Some(path), _) => {
                let path: Vec<String> = path.iter().map(u16::to_string).collect();
                write!(f, " (attribute {})", path.join("/"))?;
            }
            (None, None, Some(o)) => write!(f, " (at byte {o} of the request)")?,
            (None, None, None) => {}
        }
        if let Some(t) = self.ext_ack.missing_type {
            write!(f, " (missing attribute {t})")?;
        }
        Ok(())
    }
}

/// Everything that can go wrong talking to the kernel.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A socket call failed.
    Io(io::Error),
    /// The kernel refused the request.
    Kernel(KernelError),
    /// A message could not be decoded. In a dump this ends only that item: the dump goes on.
    Decode(DecodeError),
    /// A dump saw `NLM_F_DUMP_INTR`: the table changed while it was read. Items already
    /// returned are valid objects, but the set may be inconsistent; dump again.
    DumpInterrupted,
    /// Messages were lost (ENOBUFS, or `NLMSG_OVERRUN`). For a pipelined change this means
    /// "outcome unknown": the kernel may or may not have applied it.
    Overrun,
    /// The kernel's answer broke the protocol (e.g. an ACK where a reply was due).
    Protocol {
        /// What was wrong.
        what: &'static str,
        /// The `nlmsg_type` of the message at fault.
        message_type: u16,
    },
    /// A datagram did not fit a fixed receive buffer and was lost.
    Truncated(Truncated),
    /// No answer came within the deadline.
    Timeout(Duration),
    /// The request could not be built.
    Build(BuildError),
    /// A generic netlink family the kernel does not have (`CTRL_CMD_GETFAMILY` answered
    /// `ENOENT`: its module is not loaded, or it is not visible in this network namespace),
    /// or a multicast group the family does not have. Its [`errno`](Error::errno) is
    /// `ENOENT`.
    FamilyNotFound {
        /// The family: its name, or `id N` when it was looked up by id.
        family: String,
        /// The multicast group asked for, when the family exists but has no such group.
        group: Option<String>,
    },
}

impl Error {
    /// The errno when the kernel refused the request.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Kernel(k) => Some(k.errno),
            Error::Io(e) => e.raw_os_error(),
            Error::FamilyNotFound { .. } => Some(crate::sys::errno::ENOENT),
            _ => None,
        }
    }

    /// A copy of this error, for handing one failure to several requests: an I/O error
    /// keeps its errno (or its kind and text when it has none).
    pub fn replicate(&self) -> Error {
        match self {
            Error::Io(e) => Error::Io(match e.raw_os_error() {
                Some(errno) => io::Error::from_raw_os_error(errno),
                None => io::Error::new(e.kind(), e.to_string()),
            }),
            Error::Kernel(k) => Error::Kernel(k.clone()),
            Error::Decode(d) => Error::Decode(*d),
            Error::DumpInterrupted => Error::DumpInterrupted,
            Error::Overrun => Error::Overrun,
            Error::Protocol { what, message_type } => Error::Protocol {
                what,
                message_type: *message_type,
            },
            Error::Truncated(t) => Error::Truncated(*t),
            Error::Timeout(d) => Error::Timeout(*d),
            Error::Build(b) => Error::Build(*b),
            Error::FamilyNotFound { family, group } => Error::FamilyNotFound {
                family: family.clone(),
                group: group.clone(),
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "netlink socket: {e}"),
            Error::Kernel(k) => write!(f, "kernel error: {k}"),
            Error::Decode(e) => write!(f, "{e}"),
            Error::DumpInterrupted => {
                f.write_str("dump interrupted: the table changed while it was read")
            }
            Error::Overrun => f.write_str("netlink overrun (ENOBUFS): messages were lost"),
            Error::Protocol { what, message_type } => {
                write!(f, "protocol error: {what} (message type {message_type})")
            }
            Error::Truncated(t) => write!(f, "{t}"),
            Error::Timeout(d) => write!(f, "no answer from the kernel within {d:?}"),
            Error::Build(e) => write!(f, "cannot build request: {e}"),
            Error::FamilyNotFound {
                family,
                group: None,
            } => write!(f, "family {family} not found; is its module loaded?"),
            Error::FamilyNotFound {
                family,
                group: Some(g),
            } => write!(f, "family {family} has no multicast group {g}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Build(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        if e.raw_os_error() == Some(crate::sys::errno::ENOBUFS) {
            return Error::Overrun;
        }
        if let Some(t) = e.get_ref().and_then(|i| i.downcast_ref::<Truncated>()) {
            return Error::Truncated(*t);
        }
        Error::Io(e)
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Error {
        Error::Decode(e)
    }
}

impl From<BuildError> for Error {
    fn from(e: BuildError) -> Error {
        Error::Build(e)
    }
}

/// `Result` with the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strerror_is_the_c_text() {
        assert_eq!(strerror(crate::sys::errno::EEXIST), "File exists");
        assert_eq!(
            strerror(crate::sys::errno::ENETUNREACH),
            "Network is unreachable"
        );
    }

    #[test]
    fn family_not_found_says_so() {
        let e = Error::FamilyNotFound {
            family: "wireguard".into(),
            group: None,
        };
        assert_eq!(
            e.to_string(),
            "family wireguard not found; is its module loaded?"
        );
        assert_eq!(e.errno(), Some(crate::sys::errno::ENOENT));
        let g = Error::FamilyNotFound {
            family: "ethtool".into(),
            group: Some("nope".into()),
        };
        assert_eq!(
            g.replicate().to_string(),
            "family ethtool has no multicast group nope"
        );
    }

    #[test]
    fn enobufs_maps_to_overrun() {
        let e = Error::from(io::Error::from_raw_os_error(crate::sys::errno::ENOBUFS));
        assert!(matches!(e, Error::Overrun));
    }
}
