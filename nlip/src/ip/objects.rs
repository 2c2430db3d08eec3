//! The objects of `ip` and the dispatch of a command line (object and command) to one.

use super::context::Context;
use super::{address, link, monitor, neigh, netconf, netns, nexthop, route, rule};
use super::{ioam, sr};
use super::{mptcp, tcp_metrics, tuntap};
use crate::args::{matches, Args};
use crate::diag::Failure;

/// ip's usage text (`ip help`, no object).
pub(crate) const USAGE: &str = "\
Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}";

/// iproute2's objects in its matching order; `None` marks objects nlip does not provide.
const OBJECTS: &[(&str, Option<Object>)] = &[
    ("address", Some(Object::Address)),
    ("addrlabel", None),
    ("maddress", None),
    ("route", Some(Object::Route)),
    ("rule", Some(Object::Rule)),
    ("neighbor", Some(Object::Neighbour)),
    ("neighbour", Some(Object::Neighbour)),
    ("ntable", None),
    ("ntbl", None),
    ("link", Some(Object::Link)),
    ("l2tp", None),
    ("fou", None),
    ("ila", None),
    ("macsec", None),
    ("tunnel", None),
    ("tunl", None),
    ("tuntap", Some(Object::Tuntap)),
    ("tap", Some(Object::Tuntap)),
    ("token", None),
    ("tcpmetrics", Some(Object::TcpMetrics)),
    ("tcp_metrics", Some(Object::TcpMetrics)),
    ("monitor", Some(Object::Monitor)),
    ("xfrm", None),
    ("mroute", None),
    ("mrule", None),
    ("netns", Some(Object::Netns)),
    ("netconf", Some(Object::Netconf)),
    ("vrf", None),
    ("sr", Some(Object::Sr)),
    ("nexthop", Some(Object::Nexthop)),
    ("mptcp", Some(Object::Mptcp)),
    ("ioam", Some(Object::Ioam)),
    ("help", Some(Object::Help)),
    ("stats", None),
];

#[derive(Debug, Clone, Copy)]
pub(crate) enum Object {
    Address,
    Nexthop,
    Rule,
    Neighbour,
    Netconf,
    Monitor,
    Netns,
    Route,
    Link,
    Help,
    Sr,
    Ioam,
    TcpMetrics,
    Mptcp,
    Tuntap,
}

/// Runs one command line (object and command), as typed or as a line of a batch; warns
/// as ip does when one of its dumps came back interrupted (`NLM_F_DUMP_INTR`).
pub fn dispatch(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let result = dispatch_object(ctx, args);
    if ctx.conn.take_interrupted() || std::mem::take(&mut ctx.interrupted) {
        crate::diag::warn("Dump was interrupted and may be inconsistent.");
    }
    result
}

fn dispatch_object(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(word) = args.next() else {
        return Err(Failure::usage(USAGE));
    };
    let object = OBJECTS
        .iter()
        .find(|(name, _)| matches(word, name))
        .ok_or_else(|| {
            Failure::failed(format!("Object \"{word}\" is unknown, try \"ip help\"."))
        })?;
    match object.1 {
        Some(Object::Help) => Err(Failure::usage(USAGE)),
        Some(Object::Route) => route::run(ctx, args),
        Some(Object::Address) => address::run(ctx, args),
        Some(Object::Nexthop) => nexthop::run(ctx, args),
        Some(Object::Rule) => rule::run(ctx, args),
        Some(Object::Neighbour) => neigh::run(ctx, args),
        Some(Object::Link) => link::run(ctx, args),
        Some(Object::Monitor) => monitor::run(ctx, args),
        Some(Object::Netconf) => netconf::run(ctx, args),
        Some(Object::Netns) => netns::run(ctx, args),
        Some(Object::Sr) => sr::run(ctx, args),
        Some(Object::Ioam) => ioam::run(ctx, args),
        Some(Object::TcpMetrics) => tcp_metrics::run(ctx, args),
        Some(Object::Mptcp) => mptcp::run(ctx, args),
        Some(Object::Tuntap) => tuntap::run(ctx, args),
        None => Err(Failure::usage(format!(
            "nlip: object \"{}\" is not implemented yet",
            object.0
        ))),
    }
}

/// The object a command line's first word names (`None`: unknown, or one nlip does not provide).
pub(crate) fn object_of(word: &str) -> Option<Object> {
    OBJECTS
        .iter()
        .find(|(name, _)| matches(word, name))
        .and_then(|o| o.1)
}
