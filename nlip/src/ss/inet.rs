//! The inet tables (TCP, UDP, raw, MPTCP, DCCP, SCTP): each dumped through
//! `nlkit::sock_diag` with an [`InetRequest`] per address family (IPv4 then IPv6, or only
//! the family of `-4`/`-6`), in the kernel's order, each socket a [`Row`] of the table
//! with the details the options ask for, in ss 6.1's order (`inet_show_sock`).

use super::print::addr::{endpoint, PortNames};
use super::print::fields::Ext;
use super::print::{details, tcp, ulp, Printer};
use super::select::{Db, Family, Selection};
use super::table::{Row, Table};
use crate::diag::Failure;
use nlkit::engine::Conn;
use nlkit::rtnl::AddressFamily;
use nlkit::sock_diag::{
    self, CompatRequest, Extensions, InetProtocol, InetRequest, InetSocket, StateSet,
};
use std::io::Write;

/// The protocol of an inet table, its netid and whose names its ports have.
fn protocol(db: Db) -> Option<(InetProtocol, &'static str, Option<PortNames>)> {
    Some(match db {
        Db::Tcp => (InetProtocol::Tcp, Some(PortNames::Tcp)),
        Db::Udp => (InetProtocol::Udp, Some(PortNames::Udp)),
        Db::Raw => (InetProtocol::Raw, Some(PortNames::Raw)),
        Db::Mptcp => (InetProtocol::Mptcp, None),
        Db::Dccp => (InetProtocol::Dccp, None),
        Db::Sctp => (InetProtocol::Sctp, None),
        _ => return None,
    })
    .map(|(proto, ports)| (proto, proto.ss_name(), ports))
}

/// The extensions the options ask the kernel for.
fn extensions(p: &Printer) -> Extensions {
    let mut e = Extensions::EMPTY;
    if p.mem {
        e |= Extensions::MEMINFO | Extensions::SKMEMINFO;
    }
    if p.tcp_info {
        e |= Extensions::INFO | Extensions::VEGASINFO | Extensions::CONG;
    }
    if p.tos {
        e |= Extensions::TOS | Extensions::TCLASS;
    }
    e
}

/// The families ss dumps, in order: IPv4 unless `-6` was the last family option, then
/// IPv6 unless it was `-4`.
fn families(sel: &Selection) -> Vec<AddressFamily> {
    match sel.preferred {
        Some(Family::Inet6) => vec![AddressFamily::Inet6],
        Some(Family::Inet) => vec![AddressFamily::Inet],
        _ => vec![AddressFamily::Inet, AddressFamily::Inet6],
    }
}

/// Shows the sockets of table `db` if it is an inet table (others are left alone).
pub fn show<W: Write>(
    db: Db,
    sel: &Selection,
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    let Some((proto, netid, ports)) = protocol(db) else {
        return Ok(());
    };
    if !sel.has_family(Family::Inet) && !sel.has_family(Family::Inet6) {
        return Ok(());
    }
    if let Some(ports) = ports {
        p.names.ports = ports;
    }
    let mut conn =
        Conn::new(nlkit::sys::Protocol::SockDiag).map_err(|e| crate::diag::kernel(&e))?;
    for family in families(sel) {
        let request = InetRequest {
            extensions: extensions(p),
            bytecode: sel.filter.bytecode.clone(),
            ..InetRequest::new(family, proto, StateSet(sel.states))
        };
        let e = match rows(&mut conn, &request, sel, (proto, netid), p, table)? {
            Outcome::Done => continue,
            Outcome::Stopped => return Ok(()),
            Outcome::Refused(e) => e,
        };
        ended(&e, proto);
        // ss then asks again in the old request (TCP and DCCP only), and stops; UDP
        // and raw sockets are then read from /proc/net.
        if matches!(proto, InetProtocol::Udp | InetProtocol::Raw) {
            return proc_net(sel, (proto, netid), p, table);
        }
        let Some(old) = CompatRequest::new(proto, request.states, request.extensions) else {
            return Ok(());
        };
        if let Outcome::Refused(e) = rows(&mut conn, &old, sel, (proto, netid), p, table)? {
            ended(&e, proto);
            // merge: ss reads /proc/net/tcp{,6} here (tcp_show_line).
        }
        return Ok(());
    }
    Ok(())
}

/// `-D FILE` (`-`: stdout): the TCP dump's messages as the kernel sent them, IPv4 then
/// IPv6 (or the family of `-4`/`-6`), each dump ending with its `NLMSG_DONE`, as ss 6.1
/// writes them (whole datagrams, no filter: ss reads the expression later). A file that
/// cannot be created gets nothing and the exit status is still 0, as with ss.
pub fn dump_file(
    sel: &Selection,
    p: &Printer,
    path: &str,
    stdout: &mut dyn Write,
) -> Result<(), Failure> {
    let mut out: Box<dyn Write + '_> = if path.starts_with('-') {
        Box::new(stdout)
    } else {
        match std::fs::File::create(path) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(_) => return Ok(()),
        }
    };
    let mut conn =
        Conn::new(nlkit::sys::Protocol::SockDiag).map_err(|e| crate::diag::kernel(&e))?;
    for family in families(sel) {
        let request = InetRequest {
            extensions: extensions(p),
            ..InetRequest::new(family, InetProtocol::Tcp, StateSet(sel.states))
        };
        let message = sock_diag::DumpRequest::request(&request);
        let Ok(mut dump) = conn.dump(&message) else {
            return Ok(());
        };
        while let Some(m) = dump.next_message() {
            match m {
                Ok(m) => {
                    let bytes = m.as_bytes();
                    out.write_all(bytes)?;
                    let pad = nlkit::wire::align(bytes.len()) - bytes.len();
                    out.write_all(&[0; 3][..pad.min(3)])?;
                }
                Err(nlkit::engine::Error::Decode(_)) => continue,
                Err(_) => return Ok(out.flush()?),
            }
        }
        // NLMSG_DONE, NLM_F_MULTI, the dump's sequence and port, the error 0.
        let header = nlkit::wire::MessageHeader {
            length: (nlkit::wire::nlmsg::HEADER_LEN + 4) as u32,
            message_type: nlkit::wire::nlmsg::NLMSG_DONE,
            flags: nlkit::wire::Flags::MULTI,
            sequence: dump.sequence(),
            port_id: dump.port_id(),
        };
        let mut done = [0u8; nlkit::wire::nlmsg::HEADER_LEN + 4];
        header.emit(&mut done);
        out.write_all(&done)?;
    }
    Ok(out.flush()?)
}

/// The UDP or raw sockets of `/proc/net/{udp,raw}{,6}`, as ss reads them when the kernel
/// cannot dump them (no `raw_diag`): the columns and the process only.
fn proc_net<W: Write>(
    sel: &Selection,
    (proto, netid): (InetProtocol, &'static str),
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<(), Failure> {
    let name = if proto == InetProtocol::Udp {
        "udp"
    } else {
        "raw"
    };
    for (family, file) in [
        (Family::Inet, format!("/proc/net/{name}")),
        (Family::Inet6, format!("/proc/net/{name}6")),
    ] {
        if !sel.has_family(family) {
            continue;
        }
        let Ok(text) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&text);
        for line in text.lines().skip(1) {
            let Some(s) = proc_line(line, family) else {
                continue;
            };
            if sel.states & s.state.bit() == 0 || !sel.filter.passes_inet(&s) {
                continue;
            }
            let mut r = columns(&s, netid, p);
            if p.processes {
                let mut users = p.ext();
                p.users.print(&mut users, s.inode);
                r.push_ext(users);
            }
            table.row(&r)?;
        }
    }
    Ok(())
}

/// An address of `/proc/net`: the words of the kernel's memory printed as `%08X` each
/// (so read back in this machine's byte order), then `:PORT` in hex.
fn proc_endpoint(text: &str, family: Family) -> Option<nlkit::sock_diag::InetEndpoint> {
    let (addr, port) = text.split_once(':')?;
    let mut bytes = Vec::new();
    for i in (0..addr.len()).step_by(8) {
        let word = u32::from_str_radix(addr.get(i..i + 8)?, 16).ok()?;
        bytes.extend_from_slice(&word.to_ne_bytes());
    }
    let address: std::net::IpAddr = match family {
        Family::Inet => <[u8; 4]>::try_from(bytes.as_slice()).ok()?.into(),
        _ => <[u8; 16]>::try_from(bytes.as_slice()).ok()?.into(),
    };
    Some(nlkit::sock_diag::InetEndpoint {
        address,
        port: u16::from_str_radix(port, 16).ok()?,
    })
}

/// One line of `/proc/net/{udp,raw}{,6}`: `sl: local remote st tx:rx tr:when retr uid
/// timeout inode ...`.
fn proc_line(line: &str, family: Family) -> Option<InetSocket> {
    let w: Vec<&str> = line.split_whitespace().collect();
    let (tx, rx) = w.get(4)?.split_once(':')?;
    Some(InetSocket {
        family: if family == Family::Inet {
            AddressFamily::Inet
        } else {
            AddressFamily::Inet6
        },
        local: proc_endpoint(w.get(1)?, family)?,
        remote: proc_endpoint(w.get(2)?, family)?,
        state: u8::from_str_radix(w.get(3)?, 16).ok()?.into(),
        wqueue: u32::from_str_radix(tx, 16).ok()?,
        rqueue: u32::from_str_radix(rx, 16).ok()?,
        uid: w.get(7)?.parse().ok()?,
        inode: w.get(9)?.parse().ok()?,
        ..Default::default()
    })
}

/// How a dump ended.
enum Outcome {
    /// Every socket was shown.
    Done,
    /// `-K` failed on a socket (reported): the table ends.
    Stopped,
    /// The kernel refused the dump.
    Refused(nlkit::engine::Error),
}

/// Shows the sockets of one dump.
fn rows<R, W>(
    conn: &mut Conn,
    request: &R,
    sel: &Selection,
    (proto, netid): (InetProtocol, &'static str),
    p: &mut Printer,
    table: &mut Table<W>,
) -> Result<Outcome, Failure>
where
    R: sock_diag::DumpRequest<Socket = InetSocket>,
    W: Write,
{
    // ss closes sockets on a second connection while the dump streams on the first.
    let mut killer = match p.kill {
        true => {
            Some(Conn::new(nlkit::sys::Protocol::SockDiag).map_err(|e| crate::diag::kernel(&e))?)
        }
        false => None,
    };
    let sockets = match sock_diag::dump(conn, request) {
        Ok(sockets) => sockets,
        Err(e) => return Ok(Outcome::Refused(e)),
    };
    for s in sockets {
        match s {
            Ok(s) => {
                // ss's own check runs on every socket, after the kernel's program.
                if !sel.has_family(of(s.family)) || !sel.filter.passes_inet(&s) {
                    continue;
                }
                if let Some(k) = killer.as_mut() {
                    match kill(k, &s, proto) {
                        Kill::Done => {}
                        Kill::Skip => continue,
                        Kill::Stop => return Ok(Outcome::Stopped),
                    }
                }
                table.row(&row(&s, proto, netid, p))?;
            }
            Err(nlkit::engine::Error::Decode(_)) => continue,
            Err(e @ nlkit::engine::Error::Kernel(_)) => return Ok(Outcome::Refused(e)),
            Err(e) => return Err(crate::diag::dump(&e)),
        }
    }
    Ok(Outcome::Done)
}

/// What `-K` did with a socket.
enum Kill {
    /// Closed: show it.
    Done,
    /// It cannot be closed (`EOPNOTSUPP`) or is gone (`ENOENT`): not shown.
    Skip,
    /// Another failure, reported: the table ends.
    Stop,
}

/// Closes `s` (`-K`), as ss does: quietly skipped when it cannot be closed, otherwise
/// `SOCK_DESTROY answers: ERROR` on stderr and the table ends (ss 6.1 shows and closes
/// nothing more of it: an MPTCP subflow's listener, `EINVAL`, stops `ss -K -t`).
fn kill(conn: &mut Conn, s: &InetSocket, proto: InetProtocol) -> Kill {
    use sock_diag::DestroyError;
    match sock_diag::destroy(conn, s, proto) {
        Ok(()) => Kill::Done,
        Err(DestroyError::NotSupported(_) | DestroyError::NotFound(_)) => Kill::Skip,
        Err(e) => {
            let text = match &e {
                DestroyError::PermissionDenied(k) => {
                    crate::diag::os_text(&std::io::Error::from_raw_os_error(k.errno))
                }
                DestroyError::Other(nlkit::engine::Error::Kernel(k)) => {
                    crate::diag::os_text(&std::io::Error::from_raw_os_error(k.errno))
                }
                other => other.to_string(),
            };
            crate::diag::warn(&format!("SOCK_DESTROY answers: {text}"));
            Kill::Stop
        }
    }
}

/// What ss says of a dump the kernel refused: nothing for a protocol it does not have
/// (`ENOENT`, `EOPNOTSUPP`) or for MPTCP, otherwise `RTNETLINK answers: ERROR` on stderr
/// (the old request of DCCP on kernels without it: `Invalid argument`).
// merge: after the old request ss reads /proc/net/{tcp,udp,raw}{,6} for those tables.
fn ended(e: &nlkit::engine::Error, proto: InetProtocol) {
    let nlkit::engine::Error::Kernel(k) = e else {
        return;
    };
    let quiet = k.errno == libc_errno::ENOENT || k.errno == libc_errno::EOPNOTSUPP;
    if !quiet && proto.raw() <= 255 {
        let text = crate::diag::os_text(&std::io::Error::from_raw_os_error(k.errno));
        crate::diag::warn(&format!("RTNETLINK answers: {text}"));
    }
}

/// The errno values ss tells apart.
mod libc_errno {
    /// `ENOENT`.
    pub const ENOENT: i32 = 2;
    /// `EOPNOTSUPP`.
    pub const EOPNOTSUPP: i32 = 95;
}

/// The selection's family of an address family.
fn of(f: AddressFamily) -> Family {
    if f == AddressFamily::Inet6 {
        Family::Inet6
    } else {
        Family::Inet
    }
}

/// One socket's row: the columns, the process, then the details (`inet_show_sock`).
pub fn row(s: &InetSocket, proto: InetProtocol, netid: &'static str, p: &mut Printer) -> Row {
    let mut r = columns(s, netid, p);
    r.push_ext(first_line(s, proto, p));
    if p.mem || (p.tcp_info && proto != InetProtocol::Udp) {
        r.detail_line(p.oneline);
        let mut info = p.ext();
        details::skmem(&mut info, s);
        match proto {
            InetProtocol::Mptcp => ulp::mptcp_info(&mut info, s),
            // merge: SCTP's association lines (`sctp_show_info`) come with an SCTP kernel.
            InetProtocol::Sctp => {}
            _ => {
                tcp::tcp_info(&mut info, s, p.show_options, p.numeric);
                ulp::ulp(&mut info, s);
            }
        }
        r.push_ext(info);
    }
    r
}

/// The columns of a socket: netid, state, queues, both ends.
fn columns(s: &InetSocket, netid: &'static str, p: &mut Printer) -> Row {
    let v6only = s.family == AddressFamily::Inet6 && s.v6only == Some(true);
    let mut r = Row::new(
        netid,
        s.state.name(),
        i64::from(s.rqueue as i32),
        i64::from(s.wqueue as i32),
    );
    let dev = (s.interface != 0).then(|| p.links.name(s.interface));
    let style = p.style();
    r.local = endpoint(&mut p.names, &s.local, dev.as_deref(), v6only, style);
    r.peer = endpoint(&mut p.names, &s.remote, None, v6only, style);
    r
}

/// The process and the details of the first line: `-p`, `-o`, `-e`, `--tos`, `--cgroup`.
fn first_line(s: &InetSocket, proto: InetProtocol, p: &mut Printer) -> Ext {
    let mut ext = p.ext();
    if p.processes {
        p.users.print(&mut ext, s.inode);
    }
    if p.show_options {
        details::timer(&mut ext, s, proto == InetProtocol::Sctp);
    }
    if p.details {
        details::sock_details(&mut ext, s, &mut p.cgroups);
    }
    if p.tos {
        details::tos(&mut ext, s);
    }
    if p.cgroup {
        details::cgroup(&mut ext, s, &mut p.cgroups);
    }
    if p.inet_sockopt {
        details::inet_sockopt(&mut ext, s, p.oneline);
    }
    ext
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::sock_diag::{InetEndpoint, TcpState, Timer};

    #[test]
    fn proc_net_lines() {
        let v4 = "   1: 0100007F:0001 00000000:0000 07 00000002:00000003 00:00000000 00000000 \
                  65534        0 4242 2 0000000000000000 0";
        let s = proc_line(v4, Family::Inet).unwrap();
        assert_eq!(s.local.socket_addr(), "127.0.0.1:1".parse().unwrap());
        assert_eq!((s.state, s.wqueue, s.rqueue), (TcpState::Close, 2, 3));
        assert_eq!((s.uid, s.inode), (65534, 4242));
        let v6 = "  0: 00000000000000000000000001000000:0035 \
                  00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 \
                  00000000     0        0 77 2 0000000000000000 0";
        let s = proc_line(v6, Family::Inet6).unwrap();
        assert_eq!(s.local.socket_addr(), "[::1]:53".parse().unwrap());
        assert!(proc_line("garbage", Family::Inet).is_none());
        assert!(proc_line("  sl  local_address rem_address", Family::Inet).is_none());
    }

    #[test]
    fn a_row_with_details() {
        let s = InetSocket {
            family: AddressFamily::Inet6,
            state: TcpState::Established,
            timer: Timer::Keepalive,
            expires: 118_000,
            local: InetEndpoint {
                address: "::1".parse().unwrap(),
                port: 22,
            },
            remote: InetEndpoint {
                address: "::1".parse().unwrap(),
                port: 40000,
            },
            uid: 1000,
            inode: 7,
            cookie: 0x2a,
            mark: Some(0x10),
            v6only: Some(false),
            shutdown: Some(1),
            ..Default::default()
        };
        let mut p = Printer {
            numeric: true,
            show_options: true,
            details: true,
            ..Default::default()
        };
        let r = row(&s, InetProtocol::Tcp, "tcp", &mut p);
        assert_eq!(
            (r.local.addr.as_str(), r.local.port.as_str()),
            ("[::1]:", "22")
        );
        assert_eq!(
            r.ext,
            " timer:(keepalive,1min58sec,0) uid:1000 ino:7 sk:2a fwmark:0x10 v6only:0 -->"
        );
        p.tcp_info = true;
        p.oneline = true;
        let r = row(&s, InetProtocol::Udp, "udp", &mut p);
        assert!(!r.ext.contains('\n'));
        p.oneline = false;
        let r = row(&s, InetProtocol::Tcp, "tcp", &mut p);
        assert!(r.ext.ends_with("-->\n\t"));
    }
}
