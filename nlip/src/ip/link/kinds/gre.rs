//! `type gre`: keys, endpoints, the lower device, ttl, tos and path MTU discovery (on
//! creation ip sends every field with its default).

use crate::args::{invalid_arg, invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::options::{c_unsigned, find, no_device, Op};
use crate::names;
use nlkit::rtnl::link::kinds::gre::attrs::GRE_KEY;
use nlkit::rtnl::link::kinds::Gre;

/// `Usage` of `ip link ... type gre`.
const GRE_USAGE: &str = "\
Usage: ... gre      \t[ remote ADDR ]
\t\t\t[ local ADDR ]
\t\t\t[ [no][i|o]seq ]
\t\t\t[ [i|o]key KEY | no[i|o]key ]
\t\t\t[ [no][i|o]csum ]
\t\t\t[ ttl TTL ]
\t\t\t[ tos TOS ]
\t\t\t[ [no]pmtudisc ]
\t\t\t[ [no]ignore-df ]
\t\t\t[ dev PHYS_DEV ]
\t\t\t[ fwmark MARK ]
\t\t\t[ external ]
\t\t\t[ noencap ]
\t\t\t[ encap { fou | gue | none } ]
\t\t\t[ encap-sport PORT ]
\t\t\t[ encap-dport PORT ]
\t\t\t[ [no]encap-csum ]
\t\t\t[ [no]encap-csum6 ]
\t\t\t[ [no]encap-remcsum ]

Where:\tADDR := { IP_ADDRESS | any }
\tTOS  := { NUMBER | inherit }
\tTTL  := { 1..255 | inherit }
\tKEY  := { DOTTED_QUAD | NUMBER }
\tMARK := { 0x0..0xffffffff }";

/// A GRE key as ip reads it: with dots, up to four byte values (each a C number) that
/// fill the key from its first byte; else an unsigned 32-bit number.
fn gre_key(key: &str, v: &str) -> Result<u32, Failure> {
    if v.contains('.') {
        let bad = || {
            Failure::failed(format!(
                "Error: an IP address is expected rather than \"{v}\""
            ))
            .fatal()
        };
        let mut bytes = [0u8; 4];
        let parts: Vec<&str> = v.split('.').collect();
        if parts.len() > 4 {
            return Err(bad());
        }
        for (b, part) in bytes.iter_mut().zip(&parts) {
            *b = c_unsigned(part, 255).ok_or_else(bad)? as u8;
        }
        return Ok(u32::from(std::net::Ipv4Addr::from(bytes)));
    }
    c_unsigned(v, u32::MAX).ok_or_else(|| {
        Failure::new(
            format!("invalid value for \"{key}\": \"{v}\"; it should be an unsigned integer"),
            255,
        )
    })
}

/// The options after `type gre`.
pub(super) fn parse(ctx: &mut Context, args: &mut Args, op: Op) -> Result<Gre, Failure> {
    // On creation ip sends every field, with its defaults.
    let mut c = if op.creates() {
        Gre {
            ikey: Some(0),
            okey: Some(0),
            iflags: Some(0),
            oflags: Some(0),
            pmtudisc: Some(true),
            tos: Some(0),
            ttl: Some(0),
            fwmark: Some(0),
            encap_type: Some(0),
            encap_flags: Some(0),
            encap_sport: Some(0),
            encap_dport: Some(0),
            ..Default::default()
        }
    } else {
        Gre::default()
    };
    let addr = |v: &str| -> Result<Option<std::net::Ipv4Addr>, Failure> {
        if v == "any" {
            return Ok(None);
        }
        let a: std::net::Ipv4Addr = v.parse().map_err(|_| {
            Failure::failed(format!(
                "Error: inet address is expected rather than \"{v}\"."
            ))
            .fatal()
        })?;
        Ok(Some(a).filter(|a| !a.is_unspecified()))
    };
    while let Some(w) = args.next() {
        let key = |args: &mut Args| -> Result<u32, Failure> { gre_key(w, args.value(w)?) };
        match w {
            "key" => {
                let k = key(args)?;
                c.ikey = Some(k);
                c.okey = Some(k);
                c.iflags = Some(c.iflags.unwrap_or(0) | GRE_KEY);
                c.oflags = Some(c.oflags.unwrap_or(0) | GRE_KEY);
            }
            "ikey" => {
                c.ikey = Some(key(args)?);
                c.iflags = Some(c.iflags.unwrap_or(0) | GRE_KEY);
            }
            "okey" => {
                c.okey = Some(key(args)?);
                c.oflags = Some(c.oflags.unwrap_or(0) | GRE_KEY);
            }
            "remote" => c.remote = addr(args.value(w)?)?,
            "local" => c.local = addr(args.value(w)?)?,
            "dev" => {
                let v = args.value(w)?;
                let idx = find(ctx, v).map(|l| l.index);
                c.link = Some(idx.ok_or_else(|| no_device(v, 255))?);
            }
            "ttl" | "hoplimit" | "hlim" => {
                let v = args.value(w)?;
                c.ttl = Some(match v {
                    "inherit" => 0,
                    _ => c_unsigned(v, 255).ok_or_else(|| invalid_arg("invalid TTL", v))? as u8,
                });
            }
            "tos" | "tclass" | "dsfield" => {
                let v = args.value(w)?;
                let t = match v {
                    "inherit" => Some(1),
                    _ => names::dsfields().id(v).filter(|&t| t < 256),
                };
                c.tos = Some(t.ok_or_else(|| invalid_arg_tight("bad TOS value", v))? as u8);
            }
            "pmtudisc" => c.pmtudisc = Some(true),
            "nopmtudisc" => c.pmtudisc = Some(false),
            _ => return Err(Failure::failed(GRE_USAGE)),
        }
    }
    Ok(c)
}
