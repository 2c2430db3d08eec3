//! `encap TYPE ...` of a route change or of one of its paths.

use crate::args::{invalid_arg, Args};
use crate::diag::Failure;
use crate::names;
use nlkit::rtnl::route as nlroute;
use nlkit::rtnl::AddressFamily;

/// Parses `encap TYPE ...` (the word `encap` already read) as ip does: MPLS labels with an
/// optional ttl, or IP/IPv6 tunnel fields up to the first word that is not one.
pub(super) fn parse_encap(args: &mut Args) -> Result<nlroute::Encap, Failure> {
    let kind = args.value("encap")?;
    const TYPES: [&str; 10] = [
        "mpls",
        "ip",
        "ila",
        "ip6",
        "bpf",
        "seg6",
        "seg6local",
        "rpl",
        "ioam6",
        "xfrm",
    ];
    if !TYPES.contains(&kind) {
        return Err(invalid_arg("\"encap type\" value is invalid", kind));
    }
    // ip wants a word after the encapsulation's first value.
    if args.remaining() == 1 {
        return Err(Failure::usage(
            "Error: unexpected end of line after \"encap\"",
        ));
    }
    args.peek()
        .ok_or_else(|| Failure::usage("Command line is not complete. Try option \"help\""))?;
    match kind {
        "mpls" => mpls_encap(args, kind),
        "ip" | "ip6" => ip_encap(args, kind),
        "ila" | "seg6" | "seg6local" | "rpl" | "ioam6" | "bpf" | "xfrm" => Err(Failure::usage(
            format!("nlip: encap {kind} is not implemented yet (mpls, ip, ip6 are)"),
        )),
        _ => Err(invalid_arg("\"encap type\" value is invalid", kind)),
    }
}

/// `encap mpls LABEL[/LABEL]... [ttl TTL]` (`encap` and `kind`, `mpls`, already read).
fn mpls_encap(args: &mut Args, kind: &str) -> Result<nlroute::Encap, Failure> {
    let v = args.value(kind)?;
    let bad = || {
        Failure::failed(format!(
            "Error: mpls address is expected rather than \"{v}\"."
        ))
        .fatal()
    };
    let labels = v
        .split('/')
        .map(|l| l.parse::<u32>().ok().filter(|&x| x <= 0xf_ffff))
        .collect::<Option<Vec<u32>>>()
        .ok_or_else(bad)?;
    let mut m = nlroute::MplsEncap { labels, ttl: None };
    if args.peek() == Some("ttl") {
        args.next();
        let t = args.value("ttl")?;
        m.ttl = Some(
            t.parse()
                .map_err(|_| invalid_arg("\"ttl\" value is invalid", t))?,
        );
    }
    Ok(nlroute::Encap::Mpls(m))
}

/// `encap ip|ip6 [id ID] [dst ADDR] [src ADDR] [ttl|hoplimit N] [tos|tc TOS] [key] [csum]
/// [seq]` (the words `encap ip|ip6` already read, `kind` the second), up to the first word
/// that is none of them.
fn ip_encap(args: &mut Args, kind: &str) -> Result<nlroute::Encap, Failure> {
    let ipv6 = kind == "ip6";
    let family = Some(u8::from(if ipv6 {
        AddressFamily::Inet6
    } else {
        AddressFamily::Inet
    }));
    let (ttl_word, tos_word) = if ipv6 {
        ("hoplimit", "tc")
    } else {
        ("ttl", "tos")
    };
    let mut e = nlroute::IpEncap {
        ipv6,
        ..Default::default()
    };
    let mut flags = 0u16;
    while let Some(w) = args.peek() {
        // ip's check_duparg: the key and the value that came with it again.
        let dup = |set: bool, v: &str| {
            if set {
                Err(Failure::usage(format!(
                    "Error: either \"{w}\" is duplicate, or \"{v}\" is a garbage."
                )))
            } else {
                Ok(())
            }
        };
        match w {
            "id" => {
                args.next();
                let v = args.value(w)?;
                dup(e.id.is_some(), v)?;
                e.id = Some(
                    v.parse()
                        .map_err(|_| invalid_arg("\"id\" value is invalid", v))?,
                );
            }
            "dst" | "src" => {
                args.next();
                let v = args.value(w)?;
                if w == "dst" {
                    dup(e.destination.is_some(), v)?;
                    e.destination = Some(crate::args::inet::address(v, family)?);
                } else {
                    dup(e.source.is_some(), v)?;
                    e.source = Some(crate::args::inet::address(v, family)?);
                }
            }
            _ if w == ttl_word => {
                args.next();
                let v = args.value(w)?;
                dup(e.ttl.is_some(), v)?;
                e.ttl =
                    Some(v.parse().map_err(|_| {
                        invalid_arg(&format!("\"{ttl_word}\" value is invalid"), v)
                    })?);
            }
            _ if w == tos_word => {
                args.next();
                let v = args.value(w)?;
                dup(e.tos.is_some(), v)?;
                let n = names::dsfields().id(v).filter(|&x| x < 256);
                e.tos =
                    Some(n.ok_or_else(|| {
                        invalid_arg(&format!("\"{tos_word}\" value is invalid"), v)
                    })? as u8);
            }
            "key" => {
                args.next();
                flags |= nlroute::attrs::TUNNEL_KEY;
            }
            "csum" => {
                args.next();
                flags |= nlroute::attrs::TUNNEL_CSUM;
            }
            "seq" => {
                args.next();
                flags |= nlroute::attrs::TUNNEL_SEQ;
            }
            _ => break,
        }
    }
    if flags != 0 {
        e.flags = Some(flags);
    }
    Ok(nlroute::Encap::Ip(e))
}
