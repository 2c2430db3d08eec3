//! What the tables other than the inet ones share: the dump on a socket made as ss makes
//! its own ([`each`]), ss's words for a refused dump, the first columns of a row
//! ([`row`]) and the start of a details line ([`detail_line`]).

use super::table::Row;
use crate::diag::Failure;
use nlkit::engine::{Conn, Error};
use nlkit::sock_diag::{self, DumpRequest, TcpState};

/// `TCP_CLOSE`'s bit: the packet, netlink and XDP tables are shown only with it.
pub const CLOSE: u32 = 1 << 7;

/// A sock_diag connection made as ss makes each of its own: a 32 KiB send buffer, a
/// 1 MiB receive buffer (so that its own line in the netlink table reads as ss's).
pub fn diag_conn() -> Result<Conn, Failure> {
    let mut conn =
        Conn::new(nlkit::sys::Protocol::SockDiag).map_err(|e| crate::diag::kernel(&e))?;
    let _ = conn.socket().set_send_buffer(32 * 1024);
    let _ = conn.socket().set_recv_buffer(1024 * 1024);
    conn.set_tolerate_interrupted_dumps(true);
    Ok(conn)
}

/// Dumps `request` on a new [`diag_conn`] and hands each socket to `row`. A dump the
/// kernel refuses ends quietly for a family it does not have (`ENOENT`, `EOPNOTSUPP`),
/// otherwise with `RTNETLINK answers: ERROR` on stderr, as ss ends it; replies that do not
/// decode are skipped. Returns whether the kernel answered the dump.
// merge: ss reads /proc/net/{unix,packet,netlink} when the dump fails.
pub fn each<R, F>(request: &R, mut row: F) -> Result<bool, Failure>
where
    R: DumpRequest,
    F: FnMut(R::Socket) -> Result<(), Failure>,
{
    let mut conn = diag_conn()?;
    let sockets = match sock_diag::dump(&mut conn, request) {
        Ok(s) => s,
        Err(e) => return refused(&e),
    };
    for s in sockets {
        match s {
            Ok(s) => row(s)?,
            Err(Error::Decode(_)) => continue,
            Err(e @ Error::Kernel(_)) => return refused(&e),
            Err(e) => return Err(crate::diag::dump(&e)),
        }
    }
    if conn.take_interrupted() {
        crate::diag::warn("Dump was interrupted and may be inconsistent.");
    }
    Ok(true)
}

/// What ss says of a dump the kernel refused (nothing for a family it does not have).
fn refused(e: &Error) -> Result<bool, Failure> {
    let Error::Kernel(k) = e else {
        return Err(crate::diag::dump(e));
    };
    if k.errno != 2 && k.errno != 95 {
        let text = crate::diag::os_text(&std::io::Error::from_raw_os_error(k.errno));
        crate::diag::warn(&format!("RTNETLINK answers: {text}"));
    }
    Ok(false)
}

/// A row's first columns: netid, ss's name of `state`, the queues (ss's `%-6d` of an
/// `int`).
pub fn row(netid: &'static str, state: u8, rq: u32, wq: u32) -> Row {
    // ss reads the queues as `int`s.
    #[allow(clippy::cast_possible_wrap)]
    let (rq, wq) = (rq as i32, wq as i32);
    Row::new(
        netid,
        TcpState::from(state).name(),
        i64::from(rq),
        i64::from(wq),
    )
}

/// `\n\t` before a details line, or a space with `-O`.
pub fn detail_line(out: &mut String, oneline: bool) {
    out.push_str(if oneline { " " } else { "\n\t" });
}
