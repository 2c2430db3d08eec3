//! The errors of the typed ethtool operations: what a driver does not implement is its own
//! variant, with the kernel's errno and extended ACK kept.

use super::strings::StringSetId;
use crate::engine::{self, KernelError};
use crate::sys::errno::EOPNOTSUPP;
use std::fmt;

/// What was asked of a device: the topic of an ethtool request (its error names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// String sets (`strset-get`).
    Strings,
    /// Port, PHY address, MDI-X, transceiver (`linkinfo-get`).
    LinkInfo,
    /// Speed, duplex, autonegotiation, link modes (`linkmodes-get`).
    LinkModes,
    /// Carrier, SQI, extended state (`linkstate-get`).
    LinkState,
    /// The driver's message mask (`debug-get`/`-set`).
    Debug,
    /// Wake-on-LAN (`wol-get`/`-set`).
    WakeOnLan,
    /// Offload features (`features-get`/`-set`).
    Features,
    /// Private flags (`privflags-get`/`-set`).
    PrivateFlags,
    /// Ring sizes (`rings-get`/`-set`).
    Rings,
    /// Channel counts (`channels-get`/`-set`).
    Channels,
    /// Interrupt coalescing (`coalesce-get`/`-set`).
    Coalesce,
    /// Pause frames (`pause-get`/`-set`).
    Pause,
    /// Energy-efficient Ethernet (`eee-get`/`-set`).
    Eee,
    /// Timestamping capabilities (`tsinfo-get`).
    Timestamping,
    /// Standard statistics (`stats-get`).
    Statistics,
}

impl Operation {
    /// The topic in words, as errors print it (`"pause"`, `"private flags"`).
    pub fn name(self) -> &'static str {
        match self {
            Operation::Strings => "string sets",
            Operation::LinkInfo => "link info",
            Operation::LinkModes => "link modes",
            Operation::LinkState => "link state",
            Operation::Debug => "debug",
            Operation::WakeOnLan => "wake-on-lan",
            Operation::Features => "features",
            Operation::PrivateFlags => "private flags",
            Operation::Rings => "rings",
            Operation::Channels => "channels",
            Operation::Coalesce => "coalesce",
            Operation::Pause => "pause",
            Operation::Eee => "eee",
            Operation::Timestamping => "timestamping",
            Operation::Statistics => "statistics",
        }
    }
}

/// What kind of failure an [`Error`] is, for callers that only branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The device's driver does not implement the operation (`EOPNOTSUPP`).
    Unsupported,
    /// A name the device's string set does not have.
    UnknownName,
    /// Anything else: another kernel error, I/O, decoding, a missing family.
    Other,
}

/// The error of an ethtool operation.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The device's driver does not implement the operation: the kernel answered
    /// `EOPNOTSUPP` (`ethtool: v0 does not support pause`).
    Unsupported {
        /// The device, as it was named in the request (`v0`, `ifindex 7`).
        device: String,
        /// What was asked.
        operation: Operation,
        /// True when it was a change (`-set`), false for a read.
        change: bool,
        /// The kernel's error: errno and extended ACK.
        kernel: Box<KernelError>,
    },
    /// A change named a bit (a feature, a private flag) the device's string set does not
    /// have; nothing was sent.
    UnknownName {
        /// The device.
        device: String,
        /// The string set the name was looked up in.
        set: StringSetId,
        /// The name.
        name: String,
    },
    /// Any other failure, as the engine reports it (kernel errors keep their errno and
    /// extended ACK).
    Engine(engine::Error),
}

impl Error {
    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Unsupported { .. } => ErrorKind::Unsupported,
            Error::UnknownName { .. } => ErrorKind::UnknownName,
            Error::Engine(_) => ErrorKind::Other,
        }
    }

    /// True when the device does not support the operation.
    pub fn is_unsupported(&self) -> bool {
        self.kind() == ErrorKind::Unsupported
    }

    /// The errno, when the kernel (or a socket call) answered with one.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Unsupported { kernel, .. } => Some(kernel.errno),
            Error::UnknownName { .. } => None,
            Error::Engine(e) => e.errno(),
        }
    }

    /// The kernel's error (errno, extended-ACK text and offset), when it refused.
    pub fn kernel(&self) -> Option<&KernelError> {
        match self {
            Error::Unsupported { kernel, .. } => Some(kernel),
            Error::Engine(engine::Error::Kernel(kernel)) => Some(kernel),
            _ => None,
        }
    }

    /// The engine's error for `operation` on `device`: `EOPNOTSUPP` becomes
    /// [`Error::Unsupported`].
    pub(crate) fn from_engine(
        device: &str,
        operation: Operation,
        change: bool,
        e: engine::Error,
    ) -> Error {
        match e {
            engine::Error::Kernel(kernel) if kernel.errno == EOPNOTSUPP => Error::Unsupported {
                device: device.to_owned(),
                operation,
                change,
                kernel: Box::new(kernel),
            },
            other => Error::Engine(other),
        }
    }
}

impl From<engine::Error> for Error {
    fn from(e: engine::Error) -> Error {
        Error::Engine(e)
    }
}

impl From<crate::wire::DecodeError> for Error {
    fn from(e: crate::wire::DecodeError) -> Error {
        Error::Engine(engine::Error::Decode(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unsupported {
                device,
                operation,
                change,
                kernel,
            } => {
                let what = if *change { "changing " } else { "" };
                write!(
                    f,
                    "ethtool: {device} does not support {what}{}",
                    operation.name()
                )?;
                if let Some(m) = kernel.message() {
                    write!(f, ": {m}")?;
                }
                Ok(())
            }
            Error::UnknownName { device, set, name } => write!(
                f,
                "ethtool: {device} has no {name:?} in its {} strings",
                set.name()
            ),
            Error::Engine(e) => write!(f, "ethtool: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Engine(e) => Some(e),
            _ => None,
        }
    }
}
