//! ss's command line as iproute2 6.1's ss reads it: GNU `getopt_long` over ss's short
//! options `dhaletuwxnro460spTbEf:mMiA:D:F:vVzZN:KHSO` and its long options (unique
//! prefixes, `--opt=value`, arguments permuted so options may follow the filter words,
//! `--` ends the options), each option applied in order as ss applies it.

use super::select::{Db, Family, Selection};
use crate::diag::Failure;

/// One of ss's options (the short letter, or the long name for those without one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    /// `-n`, `--numeric`.
    Numeric,
    /// `-r`, `--resolve`.
    Resolve,
    /// `-o`, `--options`.
    Options,
    /// `-e`, `--extended`.
    Extended,
    /// `-m`, `--memory`.
    Memory,
    /// `-i`, `--info`.
    Info,
    /// `-p`, `--processes`.
    Processes,
    /// `-T`, `--threads`.
    Threads,
    /// `-b`, `--bpf`.
    Bpf,
    /// `-E`, `--events`.
    Events,
    /// `-d`, `--dccp`.
    Dccp,
    /// `-t`, `--tcp`.
    Tcp,
    /// `-S`, `--sctp`.
    Sctp,
    /// `-u`, `--udp`.
    Udp,
    /// `-w`, `--raw`.
    Raw,
    /// `-x`, `--unix`.
    Unix,
    /// `--tipc`.
    Tipc,
    /// `--vsock`.
    Vsock,
    /// `-a`, `--all`.
    All,
    /// `-l`, `--listening`.
    Listening,
    /// `-4`, `--ipv4`.
    Ipv4,
    /// `-6`, `--ipv6`.
    Ipv6,
    /// `-0`, `--packet`.
    Packet,
    /// `-f FAMILY`, `--family=FAMILY`.
    Family,
    /// `-A QUERY`, `--socket=QUERY`, `--query=QUERY`.
    Query,
    /// `-s`, `--summary`.
    Summary,
    /// `-D FILE`, `--diag=FILE`.
    Diag,
    /// `-F FILE`, `--filter=FILE`.
    Filter,
    /// `-V`, `-v`, `--version`.
    Version,
    /// `-h`, `--help`.
    Help,
    /// `-Z`, `--context`.
    Context,
    /// `-z`, `--contexts`.
    Contexts,
    /// `-N NETNS`, `--net=NETNS`.
    Net,
    /// `--tipcinfo`.
    TipcInfo,
    /// `--tos`.
    Tos,
    /// `--cgroup`.
    Cgroup,
    /// `-K`, `--kill`.
    Kill,
    /// `-H`, `--no-header`.
    NoHeader,
    /// `--xdp`.
    Xdp,
    /// `-M`, `--mptcp`.
    Mptcp,
    /// `-O`, `--oneline`.
    Oneline,
    /// `--inet-sockopt`.
    InetSockopt,
    /// `-j`, `--json` (nlss's own: ss 6.1 has neither).
    Json,
}

/// ss's long options in ss's order (the order getopt lists ambiguous ones in), and whether
/// each takes an argument.
const LONG: &[(&str, bool, Opt)] = &[
    ("numeric", false, Opt::Numeric),
    ("resolve", false, Opt::Resolve),
    ("options", false, Opt::Options),
    ("extended", false, Opt::Extended),
    ("memory", false, Opt::Memory),
    ("info", false, Opt::Info),
    ("processes", false, Opt::Processes),
    ("threads", false, Opt::Threads),
    ("bpf", false, Opt::Bpf),
    ("events", false, Opt::Events),
    ("dccp", false, Opt::Dccp),
    ("tcp", false, Opt::Tcp),
    ("sctp", false, Opt::Sctp),
    ("udp", false, Opt::Udp),
    ("raw", false, Opt::Raw),
    ("unix", false, Opt::Unix),
    ("tipc", false, Opt::Tipc),
    ("vsock", false, Opt::Vsock),
    ("all", false, Opt::All),
    ("listening", false, Opt::Listening),
    ("ipv4", false, Opt::Ipv4),
    ("ipv6", false, Opt::Ipv6),
    ("packet", false, Opt::Packet),
    ("family", true, Opt::Family),
    ("socket", true, Opt::Query),
    ("query", true, Opt::Query),
    ("summary", false, Opt::Summary),
    ("diag", true, Opt::Diag),
    ("filter", true, Opt::Filter),
    ("version", false, Opt::Version),
    ("help", false, Opt::Help),
    ("context", false, Opt::Context),
    ("contexts", false, Opt::Contexts),
    ("net", true, Opt::Net),
    ("tipcinfo", false, Opt::TipcInfo),
    ("tos", false, Opt::Tos),
    ("cgroup", false, Opt::Cgroup),
    ("kill", false, Opt::Kill),
    ("no-header", false, Opt::NoHeader),
    ("xdp", false, Opt::Xdp),
    ("mptcp", false, Opt::Mptcp),
    ("oneline", false, Opt::Oneline),
    ("inet-sockopt", false, Opt::InetSockopt),
    // nlss's own, after ss's: no prefix of an ss option starts with `j`.
    ("json", false, Opt::Json),
];

/// The option of short letter `c` and whether it takes an argument.
fn short(c: char) -> Option<(Opt, bool)> {
    let o = match c {
        'd' => Opt::Dccp,
        'h' => Opt::Help,
        'a' => Opt::All,
        'l' => Opt::Listening,
        'e' => Opt::Extended,
        't' => Opt::Tcp,
        'u' => Opt::Udp,
        'w' => Opt::Raw,
        'x' => Opt::Unix,
        'n' => Opt::Numeric,
        'r' => Opt::Resolve,
        'o' => Opt::Options,
        '4' => Opt::Ipv4,
        '6' => Opt::Ipv6,
        '0' => Opt::Packet,
        's' => Opt::Summary,
        'p' => Opt::Processes,
        'T' => Opt::Threads,
        'b' => Opt::Bpf,
        'E' => Opt::Events,
        'f' => return Some((Opt::Family, true)),
        'm' => Opt::Memory,
        'M' => Opt::Mptcp,
        'i' => Opt::Info,
        'A' => return Some((Opt::Query, true)),
        'D' => return Some((Opt::Diag, true)),
        'F' => return Some((Opt::Filter, true)),
        'v' | 'V' => Opt::Version,
        'z' => Opt::Contexts,
        'Z' => Opt::Context,
        'N' => return Some((Opt::Net, true)),
        'K' => Opt::Kill,
        'H' => Opt::NoHeader,
        'S' => Opt::Sctp,
        'O' => Opt::Oneline,
        // ss 6.1 has no `-j` (its getopt says `invalid option -- 'j'`): nlss's JSON.
        'j' => Opt::Json,
        _ => return None,
    };
    Some((o, false))
}

/// What getopt_long returns, in order: options with their arguments, up to the first
/// error (getopt's message, without the program name); and the other words (the state
/// words and the filter), in their order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scanned {
    /// The options and their arguments, in the order given.
    pub opts: Vec<(Opt, Option<String>)>,
    /// getopt's complaint about the option after the last one in `opts`, if any.
    pub error: Option<String>,
    /// The words that are not options.
    pub words: Vec<String>,
}

/// Scans `args` as GNU getopt_long does with ss's option tables. With `posix` (the
/// environment has POSIXLY_CORRECT) the options end at the first word that is not one.
pub fn getopt(args: &[&str], posix: bool) -> Scanned {
    let mut s = Scanned::default();
    let mut i = 0;
    while i < args.len() {
        let a = args[i];
        i += 1;
        if a == "--" {
            s.words.extend(args[i..].iter().map(|w| w.to_string()));
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            if let Err(e) = long_option(long, args, &mut i, &mut s.opts) {
                s.error = Some(e);
                break;
            }
        } else if a.len() > 1 && a.starts_with('-') {
            if let Err(e) = short_cluster(&a[1..], args, &mut i, &mut s.opts) {
                s.error = Some(e);
                break;
            }
        } else if posix {
            s.words.extend(args[i - 1..].iter().map(|w| w.to_string()));
            break;
        } else {
            s.words.push(a.to_owned());
        }
    }
    s
}

/// A cluster of short options (`-tan`, `-fhelp`, `-f inet`).
fn short_cluster(
    cluster: &str,
    args: &[&str],
    i: &mut usize,
    opts: &mut Vec<(Opt, Option<String>)>,
) -> Result<(), String> {
    for (at, c) in cluster.char_indices() {
        let Some((opt, takes)) = short(c) else {
            return Err(format!("invalid option -- '{c}'"));
        };
        if !takes {
            opts.push((opt, None));
            continue;
        }
        let rest = &cluster[at + c.len_utf8()..];
        let value = if !rest.is_empty() {
            rest.to_owned()
        } else if let Some(next) = args.get(*i) {
            *i += 1;
            next.to_string()
        } else {
            return Err(format!("option requires an argument -- '{c}'"));
        };
        opts.push((opt, Some(value)));
        return Ok(());
    }
    Ok(())
}

/// A long option (`long` is the text after `--`): an exact name, or a prefix of one name
/// (or of names that are the same option); `=VALUE` or the next word as its argument.
fn long_option(
    long: &str,
    args: &[&str],
    i: &mut usize,
    opts: &mut Vec<(Opt, Option<String>)>,
) -> Result<(), String> {
    let (name, inline) = match long.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (long, None),
    };
    let found = match LONG.iter().find(|(n, _, _)| *n == name) {
        Some(exact) => exact,
        None => {
            // nlss's own options are never among ss's possibilities (`--=` lists ss's).
            let candidates: Vec<_> = LONG
                .iter()
                .filter(|(n, _, o)| n.starts_with(name) && (*o != Opt::Json || !name.is_empty()))
                .collect();
            let Some(&first) = candidates.first() else {
                return Err(format!("unrecognized option '--{long}'"));
            };
            let ambiguous = candidates
                .iter()
                .any(|(_, arg, o)| *arg != first.1 || *o != first.2);
            if ambiguous {
                let mut m = format!("option '--{long}' is ambiguous; possibilities:");
                for (n, _, _) in &candidates {
                    m.push_str(&format!(" '--{n}'"));
                }
                return Err(m);
            }
            first
        }
    };
    let (full, takes, opt) = *found;
    let value = match (takes, inline) {
        (false, Some(_)) => return Err(format!("option '--{full}' doesn't allow an argument")),
        (false, None) => None,
        (true, Some(v)) => Some(v.to_owned()),
        (true, None) => match args.get(*i) {
            Some(next) => {
                *i += 1;
                Some(next.to_string())
            }
            None => return Err(format!("option '--{full}' requires an argument")),
        },
    };
    opts.push((opt, value));
    Ok(())
}

/// Where the filter comes from with `-F FILE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterFile {
    /// `-F -` (any word starting with `-`): standard input, read when the filter is parsed.
    Stdin,
    /// The contents of the file named (read when the option is seen, as ss opens it then).
    Text(String),
}

/// What ss does on the spot while reading its options: switch namespace (`-N`), open the
/// filter file (`-F`), ask whether SELinux is on (`-Z`, `-z`). Tests pass a fake.
pub trait OptionEnv {
    /// Enters the named network namespace (ss's `netns_switch`); the error is ss's message.
    fn switch_netns(&mut self, name: &str) -> Result<(), Failure>;
    /// Reads the filter file `path`.
    fn read_filter_file(&mut self, path: &str) -> std::io::Result<String>;
    /// True when SELinux is enabled.
    fn selinux_enabled(&mut self) -> bool;
}

/// Everything ss's options ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SsOptions {
    /// `-n`: numeric ports (no service names).
    pub numeric: bool,
    /// `-r`: resolve host names.
    pub resolve: bool,
    /// `-o` (also set by `-e` and `-b`): timer information.
    pub show_options: bool,
    /// `-e`, counted: the extended details (uid, ino, sk, ...).
    pub details: u32,
    /// `-m`: socket memory.
    pub mem: bool,
    /// `-i`: internal TCP information.
    pub tcp_info: bool,
    /// `-p`, counted: processes using each socket.
    pub processes: u32,
    /// `-T`, counted: threads using each socket.
    pub threads: u32,
    /// `-b`, counted: classic BPF filters attached.
    pub bpf: u32,
    /// `-E`: follow socket destruction events.
    pub events: bool,
    /// `--tipcinfo`.
    pub tipc_info: bool,
    /// `--tos`: TOS and priority.
    pub tos: bool,
    /// `--cgroup`.
    pub cgroup: bool,
    /// `--inet-sockopt`.
    pub inet_sockopt: bool,
    /// `-Z`/`-z`: process SELinux contexts (counted).
    pub proc_ctx: u32,
    /// `-z`: socket SELinux contexts (counted).
    pub sock_ctx: u32,
    /// `-K`: close the sockets shown.
    pub kill: bool,
    /// Print the header line (`-H` clears it).
    pub header: bool,
    /// `-O`: each socket on one line.
    pub oneline: bool,
    /// `-j`, `--json`, counted (nlss's own): the sockets as one JSON array; twice
    /// (`-jj`) pretty-printed.
    pub json: u32,
    /// `-s`: the summary first.
    pub summary: bool,
    /// `-D FILE`: dump raw TCP diag messages to FILE (`-` or any word starting with `-`:
    /// stdout).
    pub dump_file: Option<String>,
    /// `-F FILE`.
    pub filter_file: Option<FilterFile>,
    /// `-N NETNS` (the namespace has been entered when the options are returned).
    pub netns: Option<String>,
    /// The socket tables, families and states the options chose (before the state words
    /// and the defaults: see [`Selection::finish`]).
    pub selection: Selection,
    /// The words after the options: state words, then the filter expression.
    pub words: Vec<String>,
}

/// How reading the options ends early: text on stdout and exit 0 (`-h`, `-V`), or a
/// failure (message on stderr, exit code).
#[derive(Debug)]
pub enum Early {
    /// Print this on stdout, exit 0.
    Print(String),
    /// Print the failure's message on stderr and exit with its code.
    Fail(Failure),
}

/// An option error: getopt's or ss's message, then the usage, exit 255.
fn usage_after(message: &str) -> Early {
    Early::Fail(Failure::usage(format!(
        "{message}\n{}",
        super::usage::USAGE.trim_end_matches('\n')
    )))
}

impl SsOptions {
    /// Reads ss's options from `args` (the words after the program name), applying each
    /// in order as ss does (a `-V` after a bad option is never seen; `-N` enters the
    /// namespace at once through `env`).
    pub fn parse(args: &[&str], env: &mut dyn OptionEnv) -> Result<SsOptions, Early> {
        let posix = std::env::var_os("POSIXLY_CORRECT").is_some();
        let scanned = getopt(args, posix);
        let mut o = SsOptions {
            header: true,
            ..Default::default()
        };
        for (opt, value) in scanned.opts {
            o.apply(opt, value.unwrap_or_default(), env)?;
        }
        if let Some(e) = scanned.error {
            return Err(usage_after(&format!("ss: {e}")));
        }
        o.words = scanned.words;
        Ok(o)
    }

    /// Applies one option (`value` is its argument, empty for those without one).
    fn apply(&mut self, opt: Opt, value: String, env: &mut dyn OptionEnv) -> Result<(), Early> {
        let sel = &mut self.selection;
        match opt {
            Opt::Numeric => self.numeric = true,
            Opt::Resolve => self.resolve = true,
            Opt::Options => self.show_options = true,
            Opt::Extended => {
                self.show_options = true;
                self.details += 1;
            }
            Opt::Memory => self.mem = true,
            Opt::Info => self.tcp_info = true,
            Opt::Processes => self.processes += 1,
            Opt::Threads => self.threads += 1,
            Opt::Bpf => {
                self.show_options = true;
                self.bpf += 1;
            }
            Opt::Events => self.events = true,
            Opt::Dccp => sel.set_db(Db::Dccp, true),
            Opt::Tcp => sel.set_db(Db::Tcp, true),
            Opt::Sctp => sel.set_db(Db::Sctp, true),
            Opt::Udp => sel.set_db(Db::Udp, true),
            Opt::Raw => sel.set_db(Db::Raw, true),
            Opt::Mptcp => sel.set_db(Db::Mptcp, true),
            Opt::Unix => sel.set_family(Family::Unix),
            Opt::Vsock => sel.set_family(Family::Vsock),
            Opt::Tipc => sel.set_family(Family::Tipc),
            Opt::Ipv4 => sel.set_family(Family::Inet),
            Opt::Ipv6 => sel.set_family(Family::Inet6),
            Opt::Packet => sel.set_family(Family::Packet),
            Opt::Xdp => sel.set_family(Family::Xdp),
            Opt::All => sel.option_states = super::select::SS_ALL,
            Opt::Listening => sel.option_states = super::select::LISTENING,
            Opt::Family => self.family(&value)?,
            Opt::Query => {
                if let Err(bad) = self.selection.query(&value) {
                    return Err(usage_after(&format!(
                        "ss: \"{bad}\" is illegal socket table id"
                    )));
                }
            }
            Opt::Summary => self.summary = true,
            Opt::Diag => self.dump_file = Some(value),
            Opt::Filter => self.filter(&value, env)?,
            Opt::Version => {
                return Err(Early::Print("ss utility, iproute2-6.1.0\n".to_owned()));
            }
            Opt::Help => return Err(Early::Print(super::usage::USAGE.to_owned())),
            Opt::Context | Opt::Contexts => {
                if opt == Opt::Contexts {
                    self.sock_ctx += 1;
                }
                if !env.selinux_enabled() {
                    return Err(Early::Fail(Failure::failed("ss: SELinux is not enabled.")));
                }
                self.proc_ctx += 1;
            }
            Opt::Net => {
                env.switch_netns(&value).map_err(Early::Fail)?;
                self.netns = Some(value);
            }
            Opt::TipcInfo => self.tipc_info = true,
            Opt::Tos => self.tos = true,
            Opt::Cgroup => self.cgroup = true,
            Opt::Kill => self.kill = true,
            Opt::NoHeader => self.header = false,
            Opt::Oneline => self.oneline = true,
            Opt::InetSockopt => self.inet_sockopt = true,
            Opt::Json => self.json += 1,
        }
        Ok(())
    }

    /// `-f FAMILY`: `inet`, `inet6`, `link`, `unix`, `netlink`, `tipc`, `vsock`, `xdp`, or
    /// `help` (the usage on stdout).
    fn family(&mut self, value: &str) -> Result<(), Early> {
        let f = match value {
            "inet" => Family::Inet,
            "inet6" => Family::Inet6,
            "link" => Family::Packet,
            "unix" => Family::Unix,
            "netlink" => Family::Netlink,
            "tipc" => Family::Tipc,
            "vsock" => Family::Vsock,
            "xdp" => Family::Xdp,
            "help" => return Err(Early::Print(super::usage::USAGE.to_owned())),
            other => {
                return Err(usage_after(&format!("ss: \"{other}\" is invalid family")));
            }
        };
        self.selection.set_family(f);
        Ok(())
    }

    /// `-F FILE`: one filter file (`-` for stdin), opened at once.
    fn filter(&mut self, value: &str, env: &mut dyn OptionEnv) -> Result<(), Early> {
        if self.filter_file.is_some() {
            return Err(Early::Fail(Failure::usage("More than one filter file")));
        }
        let file = if value.starts_with('-') {
            FilterFile::Stdin
        } else {
            match env.read_filter_file(value) {
                Ok(text) => FilterFile::Text(text),
                Err(e) => {
                    return Err(Early::Fail(Failure::usage(format!(
                        "fopen filter file: {}",
                        crate::diag::os_text(&e)
                    ))))
                }
            }
        };
        self.filter_file = Some(file);
        Ok(())
    }
}
