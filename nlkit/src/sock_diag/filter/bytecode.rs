//! The `INET_DIAG_REQ_BYTECODE` program of an [`Expr`], byte for byte what ss 6.1 sends.
//!
//! A program is a list of operations (`struct inet_diag_bc_op`: code, `yes` and `no`
//! offsets); the kernel starts at the first, moves on by `yes` when an operation holds and
//! by `no` when it does not, and accepts the socket when it lands exactly on the end (a
//! jump to the end plus 4 rejects). ss sends the same program in every family's request;
//! the family only changes how the words are read (`-4`/`-6`, see
//! [`ParseOptions`](super::ParseOptions)).

use super::{Bound, Cgroup, Expr, HostAddr, HostCond, Side};
use crate::wire::FixedStruct;
use std::net::IpAddr;

pub(crate) use crate::wire::inet_diag::bc::*;
pub use crate::wire::inet_diag::req_attrs::INET_DIAG_REQ_BYTECODE;
pub(crate) use crate::wire::inet_diag::{InetDiagBcOp, InetDiagHostcond, InetDiagMarkcond};

/// The program ss 6.1 sends for `expr` (the payload of `INET_DIAG_REQ_BYTECODE`). Empty
/// when ss sends none: the expression holds a `dev` condition (ss 6.1 compiles none, and
/// then drops the whole program), an unresolved cgroup path or a unix name pattern (which
/// ss would send as garbage); the filter is then applied in user space only
/// ([`Expr::matches`]). Trees are walked recursively: the parser's limits
/// ([`MAX_NESTING`](super::MAX_NESTING), [`MAX_CONDITIONS`](super::MAX_CONDITIONS)) keep them
/// shallow enough for any thread's stack; a tree built by hand should stay within them too.
pub fn compile(expr: &Expr) -> Vec<u8> {
    emit(expr, false).unwrap_or_default()
}

/// Like [`compile`], but `dev` conditions become `INET_DIAG_BC_DEV_COND` (which the
/// kernel has understood since 4.17; ss 6.1 does not send it).
pub fn compile_with_devices(expr: &Expr) -> Vec<u8> {
    emit(expr, true).unwrap_or_default()
}

fn op(out: &mut Vec<u8>, code: u8, yes: u8, no: u16) {
    InetDiagBcOp { code, yes, no }.append_to(out);
}

fn emit(expr: &Expr, devices: bool) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    match expr {
        Expr::Autobound => op(&mut out, INET_DIAG_BC_AUTO, 4, 8),
        Expr::Host(
            _,
            HostCond {
                addr: HostAddr::Unix(_),
                ..
            },
        ) => return None,
        Expr::Host(side, cond) => host(&mut out, *side, cond),
        Expr::Port(side, bound, port) => {
            let code = match (side, bound) {
                (Side::Source, Bound::AtLeast) => INET_DIAG_BC_S_GE,
                (Side::Source, Bound::AtMost) => INET_DIAG_BC_S_LE,
                (Side::Destination, Bound::AtLeast) => INET_DIAG_BC_D_GE,
                (Side::Destination, Bound::AtMost) => INET_DIAG_BC_D_LE,
            };
            op(&mut out, code, 8, 12);
            // The second word holds the port in `no` (an int truncated to 16 bits, as ss).
            op(&mut out, 0, 0, *port as u16);
        }
        Expr::And(a, b) => {
            let a = emit(a, devices)?;
            let b = emit(b, devices)?;
            out = a;
            relocate(&mut out, b.len());
            out.extend_from_slice(&b);
        }
        Expr::Or(a, b) => {
            let a = emit(a, devices)?;
            let b = emit(b, devices)?;
            out = a;
            op(
                &mut out,
                INET_DIAG_BC_JMP,
                4,
                (b.len() as u16).wrapping_add(4),
            );
            out.extend_from_slice(&b);
        }
        Expr::Not(a) => {
            out = emit(a, devices)?;
            op(&mut out, INET_DIAG_BC_JMP, 4, 8);
        }
        Expr::Device(super::Device::Index(i)) if devices => {
            op(&mut out, INET_DIAG_BC_DEV_COND, 8, 12);
            out.extend_from_slice(&i.to_ne_bytes());
        }
        Expr::Device(_) => return None,
        Expr::Mark { value, mask } => {
            op(&mut out, INET_DIAG_BC_MARK_COND, 12, 16);
            InetDiagMarkcond {
                mark: *value,
                mask: *mask,
            }
            .append_to(&mut out);
        }
        Expr::Cgroup(Cgroup::Id(id)) => {
            op(&mut out, INET_DIAG_BC_CGROUP_COND, 12, 16);
            out.extend_from_slice(&id.to_ne_bytes());
        }
        Expr::Cgroup(Cgroup::Path(_)) => return None,
    }
    Some(out)
}

/// One `S_COND`/`D_COND`: the operation, the hostcond, the address (4 zero bytes for any).
fn host(out: &mut Vec<u8>, side: Side, cond: &HostCond) {
    let code = match side {
        Side::Source => INET_DIAG_BC_S_COND,
        Side::Destination => INET_DIAG_BC_D_COND,
    };
    let (family, prefix_len, addr): (u8, u8, Vec<u8>) = match cond.addr {
        HostAddr::Any | HostAddr::Unix(_) => (0, 0, vec![0; 4]),
        HostAddr::Prefix { addr, len } => match addr {
            IpAddr::V4(a) => (2, len, a.octets().to_vec()),
            IpAddr::V6(a) => (10, len, a.octets().to_vec()),
        },
    };
    let oplen = (InetDiagBcOp::LEN + InetDiagHostcond::LEN + addr.len()) as u8;
    op(out, code, oplen, u16::from(oplen) + 4);
    InetDiagHostcond {
        family,
        prefix_len,
        pad: 0,
        port: cond.port.unwrap_or(-1),
    }
    .append_to(out);
    out.extend_from_slice(&addr);
}

/// The left side of an `and` is followed by the right side: its jumps to "reject" (the
/// end plus 4) move by the right side's length. The operations are walked by their `yes`
/// offsets, as ss does.
fn relocate(program: &mut [u8], by: usize) {
    let mut at = 0usize;
    while at < program.len() {
        let rest = program.len() - at;
        let Ok(mut o) = InetDiagBcOp::parse(&program[at..]) else {
            return;
        };
        if usize::from(o.no) == rest + 4 {
            o.no = o.no.wrapping_add(by as u16);
            o.write_fields(&mut program[at..]);
        }
        if o.yes == 0 {
            return;
        }
        at += usize::from(o.yes);
    }
}
