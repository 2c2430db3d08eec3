//! `nlip`: an iproute2-compatible `ip` built on nlkit.
//!
//! lex -> resolve -> execute -> render: global options, then the object (matched as
//! iproute2 matches it: the first object in its table the word is a prefix of), then the
//! object's command. Errors are printed in one place (`diag`) with iproute2's wording and exit
//! codes; a closed stdout (broken pipe) is success.

pub mod address;
pub mod batch;
pub mod dump_file;
pub mod echo;
pub mod flush;
pub mod link;
pub mod monitor;
pub mod neigh;
pub mod netconf;
pub mod netns;
pub mod nexthop;
pub mod route;
pub mod rule;

use crate::args::{matches, Args};
use crate::diag::Failure;
use nlkit::engine::Conn;
use nlkit::rtnl::AddressFamily;
use nlkit::sys::{Netns, Protocol};
use std::io::{BufWriter, Stdout, Write};
use std::process::ExitCode;

/// What every command gets: the connection, the device names, and the global options.
pub struct Context {
    /// The rtnetlink connection (in the `-n` namespace when given).
    pub conn: Conn,
    /// Device names by index.
    pub links: crate::names::Links,
    /// `-j`.
    pub json: bool,
    /// `-p`.
    pub pretty: bool,
    /// `-d` (how many times).
    pub details: bool,
    /// `-s` (how many times).
    pub stats: u32,
    /// `-4`, `-6`, `-f`.
    pub family: Option<u8>,
    /// The `-n` namespace, to open more connections in it.
    pub netns: Option<Netns>,
    /// `-o`: one line per record (line breaks printed as `\\`).
    pub oneline: bool,
    /// `-c`.
    pub color: bool,
    /// `-br`: the brief table.
    pub brief: bool,
    /// `-echo`: changes are sent with `NLM_F_ECHO` and the kernel's echo is printed.
    pub echo: bool,
    /// `-h`: counters with unit prefixes.
    pub human: bool,
    /// `-iec`: with `-h`, powers of 1024 (`Ki`, `Mi`, ...).
    pub iec: bool,
    /// `-t` (1: `Timestamp:` lines) or `-ts` (2: a short timestamp before each event).
    pub timestamp: u8,
    /// `-rcvbuf SIZE`: the receive buffer of `monitor`.
    pub rcvbuf: Option<u32>,
    /// A dump of this command stayed interrupted after its retries (warned at the end).
    pub interrupted: bool,
}

impl Context {
    /// Another rtnetlink connection in the same namespace (e.g. for deletes while dumping).
    pub fn new_conn(&self) -> Result<Conn, Failure> {
        match &self.netns {
            None => Conn::new(Protocol::Route),
            Some(ns) => Conn::new_in(ns, Protocol::Route),
        }
        .map_err(|e| Failure::new(format!("Cannot open netlink socket: {e}"), 1))
    }

    /// The family option (`-4`, `-6`, `-f`), typed.
    pub fn address_family(&self) -> Option<AddressFamily> {
        self.family.map(AddressFamily::from)
    }

    /// The output sink for stdout.
    pub fn sink(&self) -> crate::render::Sink<BufWriter<Stdout>> {
        let out = BufWriter::with_capacity(64 * 1024, std::io::stdout());
        let mut sink = crate::render::Sink::new(out, self.json, self.pretty);
        sink.set_oneline(self.oneline).set_color(self.color);
        sink
    }
}

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
    ("tuntap", None),
    ("tap", None),
    ("token", None),
    ("tcpmetrics", None),
    ("tcp_metrics", None),
    ("monitor", Some(Object::Monitor)),
    ("xfrm", None),
    ("mroute", None),
    ("mrule", None),
    ("netns", Some(Object::Netns)),
    ("netconf", Some(Object::Netconf)),
    ("vrf", None),
    ("sr", None),
    ("nexthop", Some(Object::Nexthop)),
    ("mptcp", None),
    ("ioam", None),
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
}

const USAGE: &str = "\
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

struct Options {
    oneline: bool,
    color: bool,
    batch: Option<String>,
    force: bool,
    json: bool,
    pretty: bool,
    details: bool,
    stats: u32,
    family: Option<u8>,
    netns: Option<String>,
    brief: bool,
    echo: bool,
    human: bool,
    iec: bool,
    timestamp: u8,
    rcvbuf: Option<u32>,
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

fn parse_options(args: &mut Args) -> Result<Options, Failure> {
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
            let v = args.next().ok_or_else(|| Failure::new(USAGE, 255))?;
            o.family = family_of(v).ok_or_else(|| {
                Failure::new(
                    format!("Error: argument \"{v}\" is wrong: invalid protocol family"),
                    255,
                )
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
            return Err(Failure::new("", 0));
        } else if matches(o1, "-force") {
            o.force = true;
        } else if matches(o1, "-batch") {
            o.batch = Some(args.value(o1)?.to_owned());
        } else if matches(o1, "-rcvbuf") {
            let v = args.value(o1)?;
            o.rcvbuf =
                Some(v.parse().map_err(|_| {
                    Failure::new(format!("Invalid receive buffer size \"{v}\""), 255)
                })?);
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
            return Err(Failure::new(USAGE, 255));
        } else if matches(o1, "-netns") {
            // ip 6.1 tries to open a namespace named "(null)" when the name is missing.
            o.netns = Some(args.next().unwrap_or("(null)").to_owned());
        } else if matches(o1, "-json") {
            o.json = true;
        } else if matches(o1, "-pretty") {
            o.pretty = true;
        } else {
            return Err(Failure::new(
                format!("Option \"{o1}\" is unknown, try \"ip -help\"."),
                255,
            ));
        }
    }
    Ok(o)
}

/// `-c[olor][=always|auto|never]`: whether to color (bare `-c` is "always"); `None` when
/// `o1` is not that option.
fn color_option(o1: &str) -> Option<bool> {
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

fn run(words: &[&str]) -> Result<(), Failure> {
    let mut args = Args::new(words);
    let o = parse_options(&mut args)?;
    let netns = match &o.netns {
        None => None,
        Some(name) => Some(Netns::open_name(name).map_err(|e| {
            let text = crate::diag::os_text(&e);
            Failure::new(
                format!("Cannot open network namespace \"{name}\": {text}"),
                255,
            )
        })?),
    };
    // ip opens the namespace while it reads the options, before it looks for an object.
    if o.batch.is_none() && args.peek().is_none() {
        return Err(Failure::new(USAGE, 255));
    }
    let conn = match &netns {
        None => Conn::new(Protocol::Route),
        Some(ns) => Conn::new_in(ns, Protocol::Route),
    }
    .map_err(|e| Failure::new(format!("Cannot open netlink socket: {e}"), 1))?;
    let mut conn = conn;
    // Print what an interrupted dump gave and warn at the end, as ip does.
    conn.set_tolerate_interrupted_dumps(true);
    let mut ctx = Context {
        conn,
        links: crate::names::Links::default(),
        json: o.json,
        pretty: o.pretty,
        details: o.details,
        stats: o.stats,
        family: o.family,
        netns,
        oneline: o.oneline,
        color: o.color,
        brief: o.brief,
        echo: o.echo,
        human: o.human,
        iec: o.iec,
        timestamp: o.timestamp,
        rcvbuf: o.rcvbuf,
        interrupted: false,
    };
    match &o.batch {
        Some(file) => batch::run(&mut ctx, file, o.force),
        None => dispatch(&mut ctx, &mut args),
    }
}

/// Runs one command line (object and command), as typed or as a line of a batch; warns
/// as ip does when one of its dumps came back interrupted (`NLM_F_DUMP_INTR`).
pub fn dispatch(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let result = dispatch_object(ctx, args);
    if ctx.conn.take_interrupted() || std::mem::take(&mut ctx.interrupted) {
        eprintln!("Dump was interrupted and may be inconsistent.");
    }
    result
}

fn dispatch_object(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(word) = args.next() else {
        return Err(Failure::new(USAGE, 255));
    };
    let object = OBJECTS
        .iter()
        .find(|(name, _)| matches(word, name))
        .ok_or_else(|| {
            Failure::new(format!("Object \"{word}\" is unknown, try \"ip help\"."), 1)
        })?;
    match object.1 {
        Some(Object::Help) => Err(Failure::new(USAGE, 255)),
        Some(Object::Route) => route::run(ctx, args),
        Some(Object::Address) => address::run(ctx, args),
        Some(Object::Nexthop) => nexthop::run(ctx, args),
        Some(Object::Rule) => rule::run(ctx, args),
        Some(Object::Neighbour) => neigh::run(ctx, args),
        Some(Object::Link) => link::run(ctx, args),
        Some(Object::Monitor) => monitor::run(ctx, args),
        Some(Object::Netconf) => netconf::run(ctx, args),
        Some(Object::Netns) => netns::run(ctx, args),
        None => Err(Failure::new(
            format!("nlip: object \"{}\" is not implemented yet", object.0),
            255,
        )),
    }
}

/// The object a command line's first word names (`None`: unknown, or one nlip does not provide).
pub(crate) fn object_of(word: &str) -> Option<Object> {
    OBJECTS
        .iter()
        .find(|(name, _)| matches(word, name))
        .and_then(|o| o.1)
}

/// Runs `ip` with the arguments of this process; the exit status is ip's.
pub fn main() -> ExitCode {
    let owned: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    match run(&words) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            f.print();
            let _ = std::io::stderr().flush();
            ExitCode::from(f.code)
        }
    }
}
