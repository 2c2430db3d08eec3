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
pub mod monitor;
pub mod vlan;

use crate::args::matches;
use crate::diag::Failure;
use crate::names::Links;
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
    /// `-batch FILE` (`-`: stdin).
    pub batch: Option<String>,
    /// `-force`: a batch goes on after a failed command.
    pub force: bool,
    /// `-t` (`-timestamp`): monitors print a timestamp line before each event.
    pub timestamp: bool,
    /// `-c[olor][=always|auto|never]` (bridge checks it before `-compressvlans`: a bare
    /// `-c` is color).
    pub color: bool,
    /// `-com[pressvlans]`: VLAN ranges as ranges.
    pub compress: bool,
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
        } else if matches(opt, "-oneline") {
        } else if matches(opt, "-timestamp") {
            o.timestamp = true;
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
        } else if let Some(color) = crate::ip::options::color_option(opt) {
            o.color = color;
        } else if matches(opt, "-compressvlans") {
            o.compress = true;
        } else if matches(opt, "-force") {
            o.force = true;
        } else if matches(opt, "-json") {
            o.json = true;
        } else if matches(opt, "-pretty") {
            o.pretty = true;
        } else if matches(opt, "-batch") {
            o.batch = Some(value()?.to_owned());
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
    if let Some(file) = o.batch.clone() {
        let mut conn = connect(&o)?;
        return batch(&mut conn, &o, &file);
    }
    if words.is_empty() {
        return Err(Failure::usage(USAGE));
    }
    let mut conn = connect(&o)?;
    dispatch(&mut conn, &mut Links::default(), &o, words)
}

/// The output sink for stdout with the options' JSON, pretty and color settings (color
/// never with JSON, as iproute2's `check_enable_color`).
pub fn sink(o: &Options) -> crate::render::Sink<std::io::StdoutLock<'static>> {
    let mut sink = crate::render::Sink::new(std::io::stdout().lock(), o.json, o.pretty);
    sink.set_color(o.color && !o.json);
    sink
}

/// The `dev DEV` and `vid VID` words of `mdb show`, `vlan show` and `vlan global show`
/// (others ignored; a second `dev` or `vid` is bridge's duplicate error): the device name
/// and the vid (bridge keeps atoi's value in an unsigned int; 0: any).
pub(crate) fn dev_and_vid<'a>(words: &[&'a str]) -> Result<(Option<&'a str>, u32), Failure> {
    let incomplete = || Failure::usage("Command line is not complete. Try option \"help\"");
    let (mut dev, mut vid) = (None, 0u32);
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        match w {
            "dev" => {
                let v = it.next().ok_or_else(incomplete)?;
                if dev.is_some() {
                    return Err(crate::args::duplicate("dev", v));
                }
                dev = Some(v);
            }
            "vid" => {
                let v = it.next().ok_or_else(incomplete)?;
                if vid != 0 {
                    return Err(crate::args::duplicate("vid", v));
                }
                vid = crate::args::c_atoi(v) as u32;
            }
            _ => {}
        }
    }
    Ok((dev, vid))
}

/// A command that failed without bridge exiting (it returned -1): exit 255 on its own,
/// "Command failed" in a batch.
pub fn failed(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        code: 255,
        fatal: false,
    }
}

/// One command: the object, looked up in bridge's order (the first it abbreviates), and its
/// words.
fn dispatch(
    conn: &mut Conn,
    links: &mut Links,
    o: &Options,
    words: &[&str],
) -> Result<(), Failure> {
    let Some((&object, rest)) = words.split_first() else {
        return Ok(());
    };
    if matches(object, "link") {
        return link::run(conn, links, o, rest);
    }
    if matches(object, "fdb") {
        return fdb::run(conn, links, o, rest);
    }
    if matches(object, "mdb") {
        return mdb::run(conn, o, rest);
    }
    if matches(object, "vlan") {
        return vlan::run(conn, o, rest);
    }
    if matches(object, "monitor") {
        return monitor::run(conn, links, o, rest);
    }
    for later in ["vni"] {
        if matches(object, later) {
            return Err(failed(format!(
                "Object \"{later}\" is not in nlbridge yet."
            )));
        }
    }
    if matches(object, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(failed(format!(
        "Object \"{object}\" is unknown, try \"bridge help\"."
    )))
}

/// The request of a batch line the pipeline can carry (an FDB change), or its error.
fn pipelined(
    conn: &mut Conn,
    links: &mut Links,
    o: &Options,
    words: &[&str],
) -> Option<Result<nlkit::wire::MessageBuilder, Failure>> {
    let (&object, rest) = words.split_first()?;
    if !matches(object, "fdb") {
        return None;
    }
    fdb::change_request(conn, links, o, rest)
}

/// `-batch FILE`: each line a command without the leading `bridge` (iproute2's
/// `do_batch`): a failed command prints "Command failed FILE:LINE" and ends the batch, or
/// with `-force` the batch goes on and exits 1 at the end; an error bridge exits on (usage,
/// bad arguments) ends it at once with its code.
fn batch(conn: &mut Conn, o: &Options, file: &str) -> Result<(), Failure> {
    use std::io::BufRead;
    let mut input: Box<dyn BufRead> = if file == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(file).map_err(|e| {
            let text = crate::diag::os_text(&e);
            Failure::failed(format!("Cannot open file \"{file}\" for reading: {text}"))
        })?;
        Box::new(std::io::BufReader::with_capacity(64 * 1024, f))
    };
    let (mut line, mut line_no) = (String::new(), 0u64);
    let mut links = Links::default();
    // With -force, FDB changes go through a pipeline (their failures still come per line,
    // in order, before any later command runs).
    let mut bulk = match o.force {
        true => Some(crate::bulk::Bulk::start(connect(o)?, file.to_owned())),
        false => None,
    };
    let mut any_failed = false;
    while crate::ip::batch::read_logical_line(input.as_mut(), &mut line, &mut line_no)? {
        let mut words = Vec::new();
        crate::ip::batch::split_line(&line, &mut words);
        if words.is_empty() {
            continue;
        }
        let result = match (bulk.as_mut(), pipelined(conn, &mut links, o, &words)) {
            (Some(b), Some(Ok(request))) => {
                b.push(line_no, request);
                continue;
            }
            (Some(b), Some(Err(f))) => {
                any_failed |= b.finish();
                Err(f)
            }
            (b, _) => {
                any_failed |= b.is_some_and(|b| b.finish());
                dispatch(conn, &mut links, o, &words)
            }
        };
        match result {
            Ok(()) => {}
            Err(f) if f.fatal => return Err(f),
            Err(f) => {
                f.print();
                crate::diag::warn(&format!("Command failed {file}:{line_no}"));
                any_failed = true;
                if !o.force {
                    break;
                }
            }
        }
    }
    if let Some(b) = bulk.as_mut() {
        any_failed |= b.finish();
    }
    if any_failed {
        return Err(Failure::failed(""));
    }
    Ok(())
}

/// The `main` of the `nlbridge` binary.
pub fn main() -> std::process::ExitCode {
    crate::diag::main_with(run)
}
