//! The global options of `ip` (`-4`, `-j`, `-n NS`, `-batch FILE`, ...), read before the object.

use super::objects::USAGE;
use crate::args::{matches, Args};
use crate::diag::Failure;
use nlkit::rtnl::AddressFamily;

/// The global options as read.
pub(crate) struct Options {
    pub(crate) oneline: bool,
    pub(crate) color: bool,
    pub(crate) batch: Option<String>,
    pub(crate) force: bool,
    pub(crate) json: bool,
    pub(crate) pretty: bool,
    pub(crate) details: bool,
    pub(crate) stats: u32,
    pub(crate) family: Option<u8>,
    pub(crate) netns: Option<String>,
    pub(crate) brief: bool,
    pub(crate) echo: bool,
    pub(crate) human: bool,
    pub(crate) iec: bool,
    pub(crate) timestamp: u8,
    pub(crate) rcvbuf: Option<u32>,
}

fn family_of(word: &str) -> Option<Option<u8>> {
    let f = match word {
        "inet" => AddressFamily::Inet,
        "inet6" => AddressFamily::Inet6,
        "link" => AddressFamily::Packet,
        "mpls" => AddressFamily::Mpls,
        "bridge" => AddressFamily::Bridge,
        _ => return None,
    };
    Some(Some(f.into()))
}

/// Reads the global options, up to the object.
pub(crate) fn parse_options(args: &mut Args) -> Result<Options, Failure> {
    let mut o = Options {
        oneline: false,
        color: false,
        batch: None,
        force: false,
        json: false,
        pretty: false,
        details: false,
        stats: 0,
        family: None,
        netns: None,
        brief: false,
        echo: false,
        human: false,
        iec: false,
        timestamp: 0,
        rcvbuf: None,
    };
    while let Some(opt) = args.peek().filter(|a| a.starts_with('-') && a.len() > 1) {
        args.next();
        let opt = opt
            .strip_prefix("--")
            .map(|s| format!("-{s}"))
            .unwrap_or_else(|| opt.to_owned());
        let o1 = opt.as_str();
        if o1 == "--" {
            break;
        } else if matches(o1, "-loops") {
            args.value(o1)?;
        } else if matches(o1, "-family") {
            // ip prints its usage when the family is missing.
            let v = args.next().ok_or_else(|| Failure::usage(USAGE))?;
            if v == "help" {
                return Err(Failure::usage(USAGE)); // ip's main usage for `-f help`
            }
            o.family = family_of(v).ok_or_else(|| {
                Failure::usage(format!(
                    "Error: argument \"{v}\" is wrong: invalid protocol family"
                ))
            })?;
        } else if o1 == "-4" {
            o.family = Some(AddressFamily::Inet.into());
        } else if o1 == "-6" {
            o.family = Some(AddressFamily::Inet6.into());
        } else if o1 == "-0" {
            o.family = Some(AddressFamily::Packet.into());
        } else if o1 == "-M" {
            o.family = Some(AddressFamily::Mpls.into());
        } else if o1 == "-B" {
            o.family = Some(AddressFamily::Bridge.into());
        } else if matches(o1, "-human") || matches(o1, "-human-readable") {
            o.human = true;
        } else if matches(o1, "-iec") {
            o.iec = true;
        } else if matches(o1, "-stats") || matches(o1, "-statistics") {
            o.stats += 1;
        } else if matches(o1, "-details") {
            o.details = true;
        } else if matches(o1, "-resolve") {
        } else if matches(o1, "-oneline") {
            o.oneline = true;
        } else if matches(o1, "-timestamp") {
            o.timestamp = o.timestamp.max(1);
        } else if matches(o1, "-tshort") {
            o.timestamp = 2;
        } else if matches(o1, "-Version") {
            println!("nlip utility, nlkit-{}", env!("CARGO_PKG_VERSION"));
            return Err(Failure::new("", crate::diag::exit::OK));
        } else if matches(o1, "-force") {
            o.force = true;
        } else if matches(o1, "-batch") {
            o.batch = Some(args.value(o1)?.to_owned());
        } else if matches(o1, "-rcvbuf") {
            // ip prints its usage when the size is missing, and reads it with strtoul.
            let v = args.next().ok_or_else(|| Failure::usage(USAGE))?;
            let size = crate::args::c_u32(v);
            o.rcvbuf =
                Some(size.ok_or_else(|| Failure::usage(format!("Invalid rcvbuf size '{v}'")))?);
        } else if let Some(color) = color_option(o1) {
            o.color = color;
        } else if matches(o1, "-Numeric") {
            crate::names::set_numeric(true);
        } else if matches(o1, "-all") {
        } else if matches(o1, "-brief") {
            o.brief = true;
        } else if o1 == "-echo" {
            o.echo = true;
        } else if matches(o1, "-help") {
            return Err(Failure::usage(USAGE));
        } else if matches(o1, "-netns") {
            // ip 6.1 tries to open a namespace named "(null)" when the name is missing.
            o.netns = Some(args.next().unwrap_or("(null)").to_owned());
        } else if matches(o1, "-json") {
            o.json = true;
        } else if matches(o1, "-pretty") {
            o.pretty = true;
        } else {
            return Err(Failure::usage(format!(
                "Option \"{o1}\" is unknown, try \"ip -help\"."
            )));
        }
    }
    Ok(o)
}

/// `-c[olor][=always|auto|never]`: whether to color (bare `-c` is "always"); `None` when
/// `o1` is not that option.
pub(crate) fn color_option(o1: &str) -> Option<bool> {
    let (name, value) = match o1.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (o1, None),
    };
    if !matches(name, "-color") {
        return None;
    }
    match value {
        None | Some("always") => Some(true),
        Some("never") => Some(false),
        Some("auto") => Some(std::io::IsTerminal::is_terminal(&std::io::stdout())),
        Some(_) => None,
    }
}
