//! The command line, read as `cli.py`'s argparse reads it: long options (a unique prefix
//! is enough: `--fam`), `--opt VALUE` or `--opt=VALUE`, two mutually exclusive groups
//! (`--family` / `--spec`, one required; `--do` / `--multi` / `--dump` / `--list-ops` /
//! `--list-msgs`), argparse's error wording (`nlynl: error: ...`, exit 2).

use nlkit::wire::Flags;
use std::fmt;
use std::path::PathBuf;

/// Where the spec comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecSource {
    /// `--family NAME`: a vendored spec, by file stem or declared family name.
    Family(String),
    /// `--spec FILE`: a spec file.
    File(PathBuf),
}

/// What to do (at most one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// `--do OP`: one request, its reply printed.
    Do(String),
    /// `--dump OP`: a dump, its replies printed as one list.
    Dump(String),
    /// `--multi OP JSON` (repeated): do requests sent together, answered in order.
    Multi(Vec<(String, String)>),
    /// `--list-ops`.
    ListOps,
    /// `--list-msgs`.
    ListMsgs,
}

/// The options of one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `--family` or `--spec`.
    pub source: SpecSource,
    /// `--json`: the request's attributes, as given (parsed when run).
    pub json: Option<String>,
    /// The action, if any (without one, only `--subscribe` prints anything).
    pub action: Option<Action>,
    /// `--subscribe GROUP`.
    pub subscribe: Option<String>,
    /// `--sleep N`: seconds to sleep after subscribing, before the action.
    pub sleep: u64,
    /// `--create`, `--excl`, `--replace`, `--append`: flags of do requests.
    pub flags: Flags,
    /// `--output-json`.
    pub output_json: bool,
    /// `--process-unknown` / `--no-process-unknown` (accepted; unknown attributes are
    /// always shown raw).
    pub process_unknown: Option<bool>,
    /// `--schema` (accepted and ignored).
    pub schema: Option<String>,
    /// `--no-schema` (accepted and ignored).
    pub no_schema: bool,
    /// `--dbg-small-recv [N]` (accepted and ignored; 4000 without N).
    pub dbg_small_recv: Option<u64>,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `-h` / `--help`: print [`HELP`].
    Help,
    /// Run with these options.
    Run(Options),
}

/// A bad command line: argparse's message (printed as `nlynl: error: MESSAGE`, exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgError(pub String);

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "nlynl: error: {}", self.0)
    }
}

impl std::error::Error for ArgError {}

/// The help text (`--help`), in argparse's layout.
pub const HELP: &str = include_str!("help.txt");

/// How many values an option takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arity {
    Flag,
    One,
    Two,
    Optional,
}

/// Every option, in the order `--help` lists them (prefixes are matched in this order).
const OPTIONS: &[(&str, Arity)] = &[
    ("--help", Arity::Flag),
    ("--family", Arity::One),
    ("--spec", Arity::One),
    ("--schema", Arity::One),
    ("--no-schema", Arity::Flag),
    ("--json", Arity::One),
    ("--do", Arity::One),
    ("--multi", Arity::Two),
    ("--dump", Arity::One),
    ("--list-ops", Arity::Flag),
    ("--list-msgs", Arity::Flag),
    ("--sleep", Arity::One),
    ("--subscribe", Arity::One),
    ("--replace", Arity::Flag),
    ("--excl", Arity::Flag),
    ("--create", Arity::Flag),
    ("--append", Arity::Flag),
    ("--process-unknown", Arity::Flag),
    ("--no-process-unknown", Arity::Flag),
    ("--output-json", Arity::Flag),
    ("--dbg-small-recv", Arity::Optional),
];

/// The mutually exclusive groups.
const SOURCE_GROUP: &[&str] = &["--family", "--spec"];
const ACTION_GROUP: &[&str] = &["--do", "--multi", "--dump", "--list-ops", "--list-msgs"];

/// A negative number, which argparse takes as a value, not an option.
fn is_negative_number(w: &str) -> bool {
    let Some(rest) = w.strip_prefix('-') else {
        return false;
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !rest.is_empty() && digits(int) && digits(frac) && (rest.contains('.') || !int.is_empty())
}

/// True when argparse would read `w` as an option rather than a value.
fn is_option_like(w: &str) -> bool {
    w.starts_with('-') && w != "-" && !is_negative_number(w) && !w.contains(' ')
}

/// A Python `repr` of a string, for argparse's messages.
fn quoted(s: &str) -> String {
    crate::output::py_str(s)
}

/// An option found: its name, what it takes, and its `=VALUE`.
type Found<'w> = (&'static str, Arity, Option<&'w str>);

/// The option a word names (an exact name or a unique prefix), with its inline value.
fn lookup(word: &str) -> Result<Option<Found<'_>>, ArgError> {
    let (name, inline) = match word.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (word, None),
    };
    if let Some(&(n, a)) = OPTIONS.iter().find(|(n, _)| *n == name) {
        return Ok(Some((n, a, inline)));
    }
    let matches: Vec<&(&str, Arity)> = OPTIONS
        .iter()
        .filter(|(n, _)| n.starts_with(name))
        .collect();
    match matches.as_slice() {
        [] => Ok(None),
        [(n, a)] => Ok(Some((n, *a, inline))),
        many => {
            let names: Vec<&str> = many.iter().map(|(n, _)| *n).collect();
            Err(ArgError(format!(
                "ambiguous option: {word} could match {}",
                names.join(", ")
            )))
        }
    }
}

/// The options as they are read, before the final checks.
#[derive(Debug, Default)]
struct Seen {
    family: Option<String>,
    spec: Option<String>,
    schema: Option<String>,
    no_schema: bool,
    json: Option<String>,
    action: Option<Action>,
    sleep: Option<String>,
    subscribe: Option<String>,
    flags: Flags,
    process_unknown: Option<bool>,
    output_json: bool,
    dbg_small_recv: Option<String>,
    /// The option of each group seen first.
    source_by: Option<&'static str>,
    action_by: Option<&'static str>,
    unrecognized: Vec<String>,
}

impl Seen {
    /// Records that `name` was given, failing when another option of its group was.
    fn claim(&mut self, name: &'static str) -> Result<(), ArgError> {
        let slot = if SOURCE_GROUP.contains(&name) {
            &mut self.source_by
        } else if ACTION_GROUP.contains(&name) {
            &mut self.action_by
        } else {
            return Ok(());
        };
        match slot {
            Some(other) if *other != name => Err(ArgError(format!(
                "argument {name}: not allowed with argument {other}"
            ))),
            _ => {
                *slot = Some(name);
                Ok(())
            }
        }
    }

    /// Applies option `name` with its values.
    fn apply(&mut self, name: &'static str, values: Vec<String>) {
        let one = values.first().cloned().unwrap_or_default();
        match name {
            "--family" => self.family = Some(one),
            "--spec" => self.spec = Some(one),
            "--schema" => self.schema = Some(one),
            "--no-schema" => self.no_schema = true,
            "--json" => self.json = Some(one),
            "--do" => self.action = Some(Action::Do(one)),
            "--dump" => self.action = Some(Action::Dump(one)),
            "--multi" => {
                let pair = (one, values.get(1).cloned().unwrap_or_default());
                match &mut self.action {
                    Some(Action::Multi(list)) => list.push(pair),
                    _ => self.action = Some(Action::Multi(vec![pair])),
                }
            }
            "--list-ops" => self.action = Some(Action::ListOps),
            "--list-msgs" => self.action = Some(Action::ListMsgs),
            "--sleep" => self.sleep = Some(one),
            "--subscribe" => self.subscribe = Some(one),
            "--replace" => self.flags |= Flags::REPLACE,
            "--excl" => self.flags |= Flags::EXCL,
            "--create" => self.flags |= Flags::CREATE,
            "--append" => self.flags |= Flags::APPEND,
            "--process-unknown" => self.process_unknown = Some(true),
            "--no-process-unknown" => self.process_unknown = Some(false),
            "--output-json" => self.output_json = true,
            "--dbg-small-recv" => self.dbg_small_recv = Some(one),
            _ => {}
        }
    }

    /// The final checks (argparse's order: the required group, then unknown words, then
    /// the types of values).
    fn finish(self) -> Result<Options, ArgError> {
        let source = match (self.family, self.spec) {
            (Some(f), _) => SpecSource::Family(f),
            (None, Some(s)) => SpecSource::File(PathBuf::from(s)),
            (None, None) => {
                return Err(ArgError(
                    "one of the arguments --family --spec is required".into(),
                ))
            }
        };
        if !self.unrecognized.is_empty() {
            return Err(ArgError(format!(
                "unrecognized arguments: {}",
                self.unrecognized.join(" ")
            )));
        }
        let sleep = match &self.sleep {
            None => 0,
            Some(s) => parse_int("--sleep", s)?,
        };
        let dbg_small_recv = match &self.dbg_small_recv {
            None => None,
            Some(s) if s.is_empty() => Some(4000),
            Some(s) => Some(parse_int("--dbg-small-recv", s)?),
        };
        Ok(Options {
            source,
            json: self.json,
            action: self.action,
            subscribe: self.subscribe,
            sleep,
            flags: self.flags,
            output_json: self.output_json,
            process_unknown: self.process_unknown,
            schema: self.schema,
            no_schema: self.no_schema,
            dbg_small_recv,
        })
    }
}

/// A non-negative integer as Python's `int()` reads it (spaces around it allowed).
fn parse_int(option: &str, s: &str) -> Result<u64, ArgError> {
    let t = s.trim();
    let digits = t.strip_prefix('+').unwrap_or(t);
    if let Ok(n) = digits.parse::<u64>() {
        if !digits.starts_with(['+', '-']) {
            return Ok(n);
        }
    }
    if t.parse::<i64>().is_ok() {
        return Err(ArgError(format!("argument {option}: must not be negative")));
    }
    Err(ArgError(format!(
        "argument {option}: invalid int value: {}",
        quoted(s)
    )))
}

/// Reads the command line `words` (without the program name).
pub fn parse(words: &[&str]) -> Result<Command, ArgError> {
    let mut seen = Seen::default();
    let mut i = 0;
    while let Some(&word) = words.get(i) {
        i += 1;
        if word == "--" {
            seen.unrecognized
                .extend(words[i..].iter().map(|w| (*w).to_owned()));
            break;
        }
        if word == "-h" {
            return Ok(Command::Help);
        }
        let found = if word.starts_with("--") && !word.contains(' ') {
            lookup(word)?
        } else {
            None
        };
        let Some((name, arity, inline)) = found else {
            seen.unrecognized.push(word.to_owned());
            continue;
        };
        if name == "--help" {
            return Ok(Command::Help);
        }
        let values = take_values(name, arity, inline, words, &mut i)?;
        seen.claim(name)?;
        seen.apply(name, values);
    }
    seen.finish().map(Command::Run)
}

/// The values of option `name` (from `=VALUE` or the words after it at `*i`).
fn take_values(
    name: &str,
    arity: Arity,
    inline: Option<&str>,
    words: &[&str],
    i: &mut usize,
) -> Result<Vec<String>, ArgError> {
    let next_value = |i: &mut usize| -> Option<String> {
        let w = words
            .get(*i)
            .filter(|w| !is_option_like(w) && **w != "--")?;
        *i += 1;
        Some((*w).to_owned())
    };
    match (arity, inline) {
        (Arity::Flag, Some(v)) => Err(ArgError(format!(
            "argument {name}: ignored explicit argument {}",
            quoted(v)
        ))),
        (Arity::Flag, None) => Ok(Vec::new()),
        (Arity::One | Arity::Optional, Some(v)) => Ok(vec![v.to_owned()]),
        (Arity::One, None) => next_value(i)
            .map(|v| vec![v])
            .ok_or_else(|| ArgError(format!("argument {name}: expected one argument"))),
        (Arity::Optional, None) => Ok(vec![next_value(i).unwrap_or_default()]),
        (Arity::Two, Some(_)) => Err(ArgError(format!("argument {name}: expected 2 arguments"))),
        (Arity::Two, None) => {
            let start = *i;
            match (next_value(i), next_value(i)) {
                (Some(a), Some(b)) => Ok(vec![a, b]),
                _ => {
                    *i = start;
                    Err(ArgError(format!("argument {name}: expected 2 arguments")))
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "arguments_tests.rs"]
mod tests;
