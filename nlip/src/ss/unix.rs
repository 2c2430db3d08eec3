//! The unix tables (`u_str`, `u_dgr`, `u_seq`): one dump of every unix socket of the
//! namespace in the states shown (the kernel filters them), in the kernel's order, each
//! type shown when its table is; as ss 6.1 prints them (`unix_show_sock`): the name (a
//! path, `@` and an abstract name with its NULs as `@`, or `*`) and the inode as the local
//! side, `*` and the peer's inode (0 for none) as the peer's, then `-p`'s process, `-m`'s
//! `skmem:(...)` and `-e`'s shutdown arrows, ` ino:I dev:MAJ/MIN` of a bound path and a
//! listener's ` peers:` (its pending connections).
//!
//! Differences from ss 6.1: a name that is not UTF-8 is printed with its bad bytes
//! replaced (ss prints the bytes).

use super::dump::{each, row};
use super::print::fields::{Ext, Value};
use super::print::{details, Printer};
use super::select::{Db, Family, Selection};
use super::table::{Endpoint, Row, Table};
use crate::diag::Failure;
use nlkit::sock_diag::unix::{Shutdown, UnixRequest, UnixShow, UnixSocket, UnixType};
use std::fmt::Write as _;
use std::io::Write;

/// The request ss sends: name, peer and queue lengths; memory with `-m`; the path's inode
/// and the pending connections with `-e`.
fn request(sel: &Selection, p: &Printer) -> UnixRequest {
    let mut show = UnixShow::NAME | UnixShow::PEER | UnixShow::RQLEN;
    if p.mem {
        show |= UnixShow::MEMINFO;
    }
    if p.details {
        show |= UnixShow::VFS | UnixShow::ICONS;
    }
    UnixRequest {
        states: sel.states,
        show,
        ..Default::default()
    }
}

/// The table of a socket's type (`None`: a type ss shows with any unix table).
fn table_of(t: UnixType) -> Option<Db> {
    match t {
        UnixType::Stream => Some(Db::UnixStream),
        UnixType::Dgram => Some(Db::UnixDgram),
        UnixType::Seqpacket => Some(Db::UnixSeqpacket),
        UnixType::Other(_) => None,
    }
}

/// Shows the unix sockets of the tables `sel` chose.
pub fn show<W: Write>(
    sel: &Selection,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    if !sel.has_family(Family::Unix) {
        return Ok(());
    }
    let request = request(sel, p);
    each(&request, |s: UnixSocket| {
        if table_of(s.socket_type).is_some_and(|db| !sel.has_db(db)) {
            return Ok(());
        }
        if !sel
            .filter
            .passes(&nlkit::sock_diag::filter::Candidate::from(&s))
        {
            return Ok(());
        }
        Ok(table.row(&unix_row(&s, p))?)
    })?;
    Ok(())
}

/// One unix socket's row.
pub fn unix_row(s: &UnixSocket, p: &mut Printer) -> Row {
    let (rq, wq) = s.rqlen.map_or((0, 0), |q| (q.rqueue, q.wqueue));
    let mut r = row(s.socket_type.ss_name(), s.state, rq, wq);
    let name = s.display_name();
    r.local = Endpoint::new(name.as_deref().unwrap_or("*"), " ", s.inode.to_string())
        .keys("path", "inode");
    r.peer = Endpoint::new("*", " ", s.peer.unwrap_or(0).to_string()).keys("path", "inode");
    let mut ext = p.ext();
    if p.processes {
        p.users.print(&mut ext, s.inode);
    }
    if p.mem {
        if let Some(m) = &s.meminfo {
            details::sk_meminfo(&mut ext, m);
        }
    }
    if p.details {
        details(&mut ext, s);
    }
    r.push_ext(ext);
    r
}

/// `-e`: ` <->` (a `-` for each direction shut down), ` ino:I dev:MAJ/MIN`, ` peers: I...`.
/// JSON: `shutdown`, `vfs`: `{"ino", "major", "minor"}` (the bound path's inode and
/// device: `ino` alone is the socket's inode in the other tables), `peers` (an array of
/// inodes).
fn details(out: &mut Ext, s: &UnixSocket) {
    if let Some(shut) = s.shutdown {
        details::shutdown(
            out,
            shut.contains(Shutdown::RECEIVE),
            shut.contains(Shutdown::SEND),
        );
    }
    if let Some(vfs) = &s.vfs {
        let (ino, major, minor) = (vfs.ino, vfs.major(), vfs.minor());
        let value = || {
            Value::Obj(vec![
                ("ino", Value::U64(ino.into())),
                ("major", Value::U64(major.into())),
                ("minor", Value::U64(minor.into())),
            ])
        };
        out.field("vfs", value, |t| {
            let _ = write!(t, " ino:{ino} dev:{major}/{minor}");
        });
    }
    if let Some(peers) = &s.icons {
        let value = || Value::Arr(peers.iter().map(|i| Value::U64((*i).into())).collect());
        out.field("peers", value, |t| {
            t.push_str(" peers:");
            for i in peers {
                let _ = write!(t, " {i}");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::sock_diag::UnixDiagRqlen;

    #[test]
    fn a_listener_and_a_pair() {
        let mut p = Printer {
            details: true,
            ..Default::default()
        };
        let listener = UnixSocket {
            socket_type: UnixType::Stream,
            state: 10,
            inode: 77,
            name: Some(b"/run/x.sock\0".to_vec()),
            rqlen: Some(UnixDiagRqlen {
                rqueue: 1,
                wqueue: 8,
            }),
            icons: Some(vec![78, 79]),
            shutdown: Some(Shutdown::EMPTY),
            ..Default::default()
        };
        let r = unix_row(&listener, &mut p);
        assert_eq!((&*r.netid, &*r.state), ("u_str", "LISTEN"));
        assert_eq!(r.queues, (1, 8));
        assert_eq!(
            (r.local.addr.as_str(), r.local.port.as_str()),
            ("/run/x.sock ", "77")
        );
        assert_eq!((r.peer.addr.as_str(), r.peer.port.as_str()), ("* ", "0"));
        assert_eq!(r.ext, " <-> peers: 78 79");
        let end = UnixSocket {
            socket_type: UnixType::Other(9),
            state: 1,
            inode: 5,
            peer: Some(6),
            name: Some(b"\0a\0b".to_vec()),
            shutdown: Some(Shutdown::SEND),
            ..Default::default()
        };
        let r = unix_row(&end, &mut p);
        assert_eq!((&*r.netid, r.local.addr.as_str()), ("u_dgr", "@a@b "));
        assert_eq!((r.peer.port.as_str(), r.ext.as_str()), ("6", " <--"));
    }
}
