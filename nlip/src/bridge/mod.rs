//! `nlbridge`: iproute2 6.1's `bridge` on nlkit, over nlip's shared parts (`args`,
//! `render`, `diag`).
//!
//! `nlbridge [ OPTIONS ] OBJECT { COMMAND | help }`: the options as bridge reads them
//! (each word an abbreviation of its option, `--x` as `-x`), then the object, looked up in
//! bridge's order (`link`, `fdb`, `mdb`, `vlan`, `vni`, `monitor`, `help`): one module per
//! object. What nlbridge does not have yet (`vni`, `monitor`, `-batch`) says so.

pub mod fdb;
pub mod link;
pub mod mdb;
pub mod vlan;

use crate::args::matches;
use crate::diag::Failure;
use nlkit::engine::Conn;
use nlkit::sys::{Netns, Protocol};

/// bridge 6.1's usage (stderr, exit 255).
pub const USAGE: &str = "Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
       bridge [ -force ] -batch filename
where  OBJECT := { link | fdb | mdb | vlan | monitor }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                    -o[neline] | -t[imestamp] | -n[etns] name |
                    -c[ompressvlans] -color -p[retty] -j[son] }";

/// The options before the object.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// `-s` (repeatable).
    pub stats: u32,
    /// `-d`.
    pub details: u32,
    /// `-j`.
    pub json: bool,
    /// `-p`.
    pub pretty: bool,
    /// `-n NETNS`.
    pub netns: Option<String>,
    /// `-4` / `-6` / `-family`: the family of `dst` addresses.
    pub family: Option<nlkit::rtnl::AddressFamily>,
}

/// What reading the options ended in, besides options: `-V`'s text.
enum Early {
    Version,
}

fn parse_options<'a>(words: &mut &'a [&'a str], o: &mut Options) -> Result<Option<Early>, Failure> {
    use nlkit::rtnl::AddressFamily;
    while let Some(&first) = words.first() {
        if first == "--" {
            *words = &words[1..];
            break;
        }
        if !first.starts_with('-') {
            break;
        }
        let opt = first
            .strip_prefix('-')
            .filter(|o| o.starts_with('-'))
            .unwrap_or(first);
        let mut value = || -> Result<&'a str, Failure> {
            *words = &words[1..];
            words.first().copied().ok_or_else(|| Failure::usage(USAGE))
        };
        if matches(opt, "-help") {
            return Err(Failure::usage(USAGE));
        } else if matches(opt, "-Version") {
            return Ok(Some(Early::Version));
        } else if matches(opt, "-stats") || matches(opt, "-statistics") {
            o.stats += 1;
        } else if matches(opt, "-details") {
            o.details += 1;
        } else if matches(opt, "-oneline") || matches(opt, "-timestamp") {
        } else if matches(opt, "-family") {
            o.family = match value()? {
                "inet" => Some(AddressFamily::Inet),
                "inet6" => Some(AddressFamily::Inet6),
                "help" => return Err(Failure::usage(USAGE)),
                v => return Err(crate::args::invalid_arg_tight("invalid protocol family", v)),
            };
        } else if opt == "-4" {
            o.family = Some(AddressFamily::Inet);
        } else if opt == "-6" {
            o.family = Some(AddressFamily::Inet6);
        } else if matches(opt, "-netns") {
            o.netns = Some(value()?.to_owned());
        } else if matches(opt, "-color") || matches(opt, "-compressvlans") || matches(opt, "-force")
        {
        } else if matches(opt, "-json") {
            o.json = true;
        } else if matches(opt, "-pretty") {
            o.pretty = true;
        } else if matches(opt, "-batch") {
            value()?;
            return Err(Failure::usage("nlbridge does not have -batch yet."));
        } else {
            return Err(Failure::usage(format!(
                "Option \"{first}\" is unknown, try \"bridge help\"."
            )));
        }
        *words = &words[1..];
    }
    Ok(None)
}

/// A route netlink connection, in `-n NETNS` when given (bridge's `netns_switch` words).
fn connect(o: &Options) -> Result<Conn, Failure> {
    let conn = match &o.netns {
        None => Conn::new(Protocol::Route),
        Some(name) => {
            let ns = Netns::open_name(name).map_err(|e| {
                let text = crate::diag::os_text(&e);
                Failure::usage(format!("Cannot open network namespace \"{name}\": {text}"))
            })?;
            Conn::new_in(&ns, Protocol::Route)
        }
    };
    conn.map_err(|e| Failure::failed(format!("Cannot open netlink socket: {e}")))
}

/// Runs `nlbridge` with `words` (the arguments after the program name).
pub fn run(words: &[&str]) -> Result<(), Failure> {
    let mut words = words;
    let mut o = Options::default();
    if let Some(Early::Version) = parse_options(&mut words, &mut o)? {
        println!("nlbridge utility, nlkit-{}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let Some((&object, rest)) = words.split_first() else {
        return Err(Failure::usage(USAGE));
    };
    let mut conn = connect(&o)?;
    // bridge's table order: link, fdb, mdb, vlan, monitor (the first that `object` abbreviates).
    if matches(object, "link") {
        return link::run(&mut conn, &o, rest);
    }
    if matches(object, "fdb") {
        return fdb::run(&mut conn, &o, rest);
    }
    if matches(object, "mdb") {
        return mdb::run(&mut conn, &o, rest);
    }
    if matches(object, "vlan") {
        return vlan::run(&mut conn, &o, rest);
    }
    for later in ["vni", "monitor"] {
        if matches(object, later) {
            return Err(Failure::usage(format!(
                "Object \"{later}\" is not in nlbridge yet."
            )));
        }
    }
    if matches(object, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Object \"{object}\" is unknown, try \"bridge help\"."
    )))
}

/// The `main` of the `nlbridge` binary.
pub fn main() -> std::process::ExitCode {
    crate::diag::main_with(run)
}
