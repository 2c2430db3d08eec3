//! The open connection of a run: the socket of the spec's protocol and the family's id,
//! and the failures every part of a run reports (argument errors, engine errors).

use nlip::diag::Failure;
use nlkit::engine::{Conn, Error, DEFAULT_TIMEOUT};
use nlkit::genl::Families;
use nlkit::sys::Protocol;
use nlkit_ynl::Spec;
use std::time::Duration;

/// How long each wait for the kernel may take.
pub const TIMEOUT: Duration = DEFAULT_TIMEOUT;

/// An argument error (`nlynl: error: ...`, exit 2).
pub fn usage(message: impl std::fmt::Display) -> Failure {
    Failure::new(format!("nlynl: error: {message}"), 2)
}

/// The open connection: the socket of the spec's protocol and the family's id.
pub struct Session {
    /// The request connection.
    pub conn: Conn,
    /// The protocol.
    pub protocol: Protocol,
    /// The resolver (generic netlink).
    pub families: Families,
    /// The family id (generic netlink), `None` for netlink-raw.
    pub family_id: Option<u16>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("protocol", &self.protocol)
            .field("family_id", &self.family_id)
            .finish_non_exhaustive()
    }
}

/// A failure of the engine that is not the kernel's answer (no socket, a timeout, a
/// family the kernel does not have: its text, exit 1).
pub fn engine_failure(e: &Error) -> Failure {
    Failure::failed(e.to_string())
}

impl Session {
    /// Opens the connection for `spec` and resolves its family.
    pub fn open(spec: &Spec) -> Result<Session, Failure> {
        let protocol = if spec.protocol.is_genetlink() {
            Protocol::Generic
        } else {
            let n = spec.protonum.and_then(|n| i32::try_from(n).ok());
            let n = n.ok_or_else(|| Failure::failed("nlynl: the spec has no protonum"))?;
            Protocol::from(n)
        };
        let mut conn = Conn::new(protocol).map_err(|e| engine_failure(&e))?;
        conn.set_timeout(TIMEOUT);
        conn.set_tolerate_interrupted_dumps(true);
        let families = Families::new();
        let family_id = if spec.protocol.is_genetlink() {
            let f = families
                .resolve(&mut conn, &spec.name)
                .map_err(|e| engine_failure(&e))?;
            Some(f.id)
        } else {
            None
        };
        Ok(Session {
            conn,
            protocol,
            families,
            family_id,
        })
    }
}
