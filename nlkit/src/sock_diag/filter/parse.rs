//! ss 6.1's filter words: the state words before the expression, the tokenizer (words
//! split at blanks, backslash escapes), the context-dependent lexer (a value after `dev`
//! is a device, after `fwmark` a mark, after `sport`/`dport` a port, otherwise an
//! address) and the grammar of misc/ssfilter.y, written as a recursive descent that reads
//! one token ahead (so errors come in ss's order).

use super::value::{parse_device, parse_hostcond, parse_mark};
use super::{Bound, Cgroup, Device, Expr, FilterError, HostCond, Numeric, Resolver, Side};
use crate::rtnl::AddressFamily;
use crate::sock_diag::inet::StateSet;

/// Every TCP state (`SS_ALL`: bits 0 to 11, `1 << TCP_ESTABLISHED` ...).
pub const STATES_ALL: StateSet = StateSet::ALL;
/// ss's default states for TCP when no state word is given (`SS_CONN`: all but listening,
/// closed, time-wait and syn-recv).
pub const STATES_DEFAULT: StateSet = StateSet::DEFAULT;
const ALL: u32 = StateSet::ALL.0;

const CLOSE: u32 = 1 << 7;
const LISTEN: u32 = 1 << 10;
const SYN_SENT: u32 = 1 << 2;
const SYN_RECV: u32 = 1 << 3;
const TIME_WAIT: u32 = 1 << 6;

/// ss's state names by bit (`ss state NAME`, compared ignoring case).
const STATE_NAMES: [&str; 12] = [
    "unknown",
    "established",
    "syn-sent",
    "syn-recv",
    "fin-wait-1",
    "fin-wait-2",
    "time-wait",
    "unconnected",
    "close-wait",
    "last-ack",
    "listening",
    "closing",
];

/// The state mask of one `state`/`exclude` word: a state (`established`, `syn-sent`,
/// `syn-recv` or `syn-rcv`, `fin-wait-1`, `fin-wait-2`, `time-wait`, `closed`/`close`/
/// `unconnected`, `close-wait`, `last-ack`, `listening`, `closing`, `unknown`) or a group
/// (`all`, `connected`, `synchronized`, `bucket`, `big`), ignoring case.
pub fn scan_state(word: &str) -> Result<StateSet, FilterError> {
    let is = |n: &str| word.eq_ignore_ascii_case(n);
    let mask = if is("close") || is("closed") {
        CLOSE
    } else if is("syn-rcv") {
        SYN_RECV
    } else if is("all") {
        ALL
    } else if is("connected") {
        ALL & !(CLOSE | LISTEN)
    } else if is("synchronized") {
        ALL & !(CLOSE | LISTEN | SYN_SENT)
    } else if is("bucket") {
        SYN_RECV | TIME_WAIT
    } else if is("big") {
        ALL & !(SYN_RECV | TIME_WAIT)
    } else {
        let bit = STATE_NAMES.iter().position(|n| is(n));
        return bit
            .map(|b| StateSet(1 << b))
            .ok_or_else(|| FilterError::StateName(word.to_owned()));
    };
    Ok(StateSet(mask))
}

/// Reads the leading `state NAME` and `exclude NAME` (or `excl NAME`) words as ss does:
/// the first `state` starts from no state, the first `exclude` from all, later ones add
/// or remove. `initial` is the mask before them (ss: 0, or all with `-a`, listening and
/// closed with `-l`). Returns the mask and how many words were used; the rest is the
/// expression. A mask of 0 means "no state given" (ss then uses each table's default,
/// [`STATES_DEFAULT`] for TCP).
pub fn parse_states(words: &[&str], initial: StateSet) -> Result<(StateSet, usize), FilterError> {
    let mut mask = initial.0;
    let mut saw = false;
    let mut used = 0;
    while let Some(&w) = words.get(used) {
        let include = match w {
            "state" => true,
            "exclude" | "excl" => false,
            _ => break,
        };
        let name = words.get(used + 1).ok_or(FilterError::Incomplete)?;
        let m = scan_state(name)?.0;
        if include {
            mask = if saw { mask } else { 0 } | m;
        } else {
            mask = if saw { mask } else { ALL } & !m;
        }
        saw = true;
        used += 2;
    }
    Ok((StateSet(mask), used))
}

/// Splits one word or line into tokens as ss does: at spaces and tabs, a backslash makes
/// the next character part of the token.
fn split_tokens(text: &str, out: &mut Vec<Result<String, FilterError>>) {
    let mut chars = text.chars().peekable();
    loop {
        while matches!(chars.peek(), Some(' ' | '\t')) {
            chars.next();
        }
        if chars.peek().is_none() {
            return;
        }
        let mut tok = String::new();
        while let Some(c) = chars.next() {
            match c {
                ' ' | '\t' => break,
                '\\' => match chars.next() {
                    Some(e) => tok.push(e),
                    None => break,
                },
                _ => tok.push(c),
            }
        }
        out.push(Ok(tok));
    }
}

/// The words of a filter file (`ss -F FILE`) as ss reads them: lines of under 1023 bytes
/// (a longer one is an error when reached), lines starting with `#` or `0` skipped, each
/// line split at blanks with backslash escapes. The words go after any given on the
/// command line ([`ParseOptions::parse_with_file`]).
pub fn read_file_words(text: &str) -> Result<Vec<String>, FilterError> {
    let mut out = Vec::new();
    file_tokens(text, &mut out);
    out.into_iter().collect()
}

fn file_tokens(text: &str, out: &mut Vec<Result<String, FilterError>>) {
    for line in text.split_inclusive('\n') {
        if line.len() >= 1023 {
            out.push(Err(FilterError::LineTooLong));
            return;
        }
        let line = line.strip_suffix('\n').unwrap_or(line);
        if line.starts_with('#') || line.starts_with('0') {
            continue;
        }
        split_tokens(line, out);
    }
}

/// How to read a filter: the `-4`/`-6` family and the resolver of names.
#[derive(Clone, Copy)]
pub struct ParseOptions<'r> {
    /// `AddressFamily::Inet` under `-4`, `Inet6` under `-6` (addresses of the other family
    /// are refused, `any` is that family's `/0`), `AddressFamily::from(AF_UNIX)` under `-x`
    /// (addresses are name patterns), `Unspec` otherwise.
    pub family: AddressFamily,
    /// Service names, devices and cgroup paths.
    pub resolver: &'r dyn Resolver,
    /// Keep a device or cgroup the resolver does not answer as a name in the tree
    /// (`true`, for [`Expr::resolve`] later) or refuse it with ss's error (`false`).
    pub keep_names: bool,
}

impl std::fmt::Debug for ParseOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParseOptions")
            .field("family", &self.family)
            .field("keep_names", &self.keep_names)
            .finish_non_exhaustive()
    }
}

impl Default for ParseOptions<'static> {
    /// No family, numbers only, names kept.
    fn default() -> Self {
        ParseOptions {
            family: AddressFamily::Unspec,
            resolver: &Numeric,
            keep_names: true,
        }
    }
}

/// A parsed filter expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The expression (`None`: no words).
    pub expr: Option<Expr>,
    /// The family the last address condition was read in, when not `Unspec` (`inet:ADDR`,
    /// `inet6:ADDR`, or `-4`/`-6`): ss then lists that family only. A family named by a
    /// prefix also applies to the conditions after it (`src inet6:[::1] or src 10.0.0.1`
    /// is refused, as ss does).
    pub family: Option<AddressFamily>,
}

impl ParseOptions<'_> {
    /// Parses the expression words (see [`Expr::parse`]).
    pub fn parse(&self, words: &[&str]) -> Result<Parsed, FilterError> {
        self.parse_with_file(words, None)
    }

    /// Parses the expression words followed by the words of a filter file's text
    /// (`ss -F FILE`; see [`read_file_words`]).
    pub fn parse_with_file(
        &self,
        words: &[&str],
        file: Option<&str>,
    ) -> Result<Parsed, FilterError> {
        let mut toks = Vec::new();
        for w in words {
            split_tokens(w, &mut toks);
        }
        if let Some(text) = file {
            file_tokens(text, &mut toks);
        }
        let mut p = Parser {
            opts: self,
            words: toks.into_iter(),
            ahead: None,
            context: None,
            family: None,
            nesting: 0,
            conditions: 0,
        };
        let expr = p.applet()?;
        Ok(Parsed {
            expr,
            family: p.family,
        })
    }
}

/// A token of the grammar (what ssfilter.y's lexer returns).
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Not,
    And,
    Or,
    Open,
    Close,
    Key(Key),
    Ge,
    Le,
    Ne,
    Eq,
    Gt,
    Lt,
    Host(HostCond),
    Dev(Device),
    Mark(u32, u32),
    Cgroup(Cgroup),
    End,
}

/// The keywords that set how the next value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Dst,
    Src,
    Dport,
    Sport,
    Dev,
    Fwmark,
    Cgroup,
    Autobound,
}

struct Parser<'o, 'r> {
    opts: &'o ParseOptions<'r>,
    words: std::vec::IntoIter<Result<String, FilterError>>,
    ahead: Option<Tok>,
    context: Option<Key>,
    family: Option<AddressFamily>,
    nesting: usize,
    conditions: usize,
}

/// The deepest nesting of `(` and `!` nlkit reads (ss's parser stack allows about 10000;
/// the trees here are walked recursively, so nlkit stops earlier).
pub const MAX_NESTING: usize = 500;
/// The most conditions one expression may hold (its program then stays well within the
/// 16-bit jump offsets).
pub const MAX_CONDITIONS: usize = 1000;

impl Parser<'_, '_> {
    fn lex(&mut self) -> Result<Tok, FilterError> {
        let Some(word) = self.words.next() else {
            return Ok(Tok::End);
        };
        let word = word?;
        let tok = match word.as_str() {
            "!" | "not" => Tok::Not,
            "&" | "&&" | "and" => Tok::And,
            "|" | "||" | "or" => Tok::Or,
            "(" => Tok::Open,
            ")" => Tok::Close,
            ">=" | "ge" | "geq" => Tok::Ge,
            "<=" | "le" | "leq" => Tok::Le,
            "!=" | "ne" | "neq" => Tok::Ne,
            "=" | "==" | "eq" => Tok::Eq,
            ">" | "gt" => Tok::Gt,
            "<" | "lt" => Tok::Lt,
            w => match keyword(w) {
                Some(k) => {
                    self.context = Some(k);
                    Tok::Key(k)
                }
                None => self.value(w)?,
            },
        };
        Ok(tok)
    }

    fn value(&mut self, w: &str) -> Result<Tok, FilterError> {
        let r = self.opts.resolver;
        match self.context {
            Some(Key::Dev) => match parse_device(w, r) {
                Some(d) => Ok(Tok::Dev(d)),
                None if self.opts.keep_names => Ok(Tok::Dev(Device::Name(w.to_owned()))),
                None => Err(FilterError::Device),
            },
            Some(Key::Fwmark) => parse_mark(w)
                .map(|(v, m)| Tok::Mark(v, m))
                .ok_or_else(|| FilterError::Mark(w.to_owned())),
            Some(Key::Cgroup) => match r.cgroup(w) {
                Some(id) => Ok(Tok::Cgroup(Cgroup::Id(id))),
                None if self.opts.keep_names => Ok(Tok::Cgroup(Cgroup::Path(w.to_owned()))),
                None => Err(FilterError::Cgroup(w.to_owned())),
            },
            c => {
                let is_port = matches!(c, Some(Key::Sport | Key::Dport));
                // A family named once (`inet6:ADDR`) is ss's preferred family from then on.
                let current = self.family.unwrap_or(self.opts.family);
                let (cond, fam) = parse_hostcond(w, is_port, current, r)?;
                if fam != AddressFamily::Unspec {
                    self.family = Some(fam);
                }
                Ok(Tok::Host(cond))
            }
        }
    }

    fn peek(&mut self) -> Result<&Tok, FilterError> {
        if self.ahead.is_none() {
            self.ahead = Some(self.lex()?);
        }
        Ok(self.ahead.get_or_insert(Tok::End))
    }

    fn next(&mut self) -> Result<Tok, FilterError> {
        match self.ahead.take() {
            Some(t) => Ok(t),
            None => self.lex(),
        }
    }

    fn applet(&mut self) -> Result<Option<Expr>, FilterError> {
        if *self.peek()? == Tok::End {
            return Ok(None);
        }
        let e = self.exprlist()?;
        match self.next()? {
            Tok::End => Ok(Some(e)),
            _ => Err(FilterError::Syntax),
        }
    }

    fn exprlist(&mut self) -> Result<Expr, FilterError> {
        let mut acc = self.expr()?;
        loop {
            let t = self.peek()?;
            let or = match t {
                Tok::Or => true,
                Tok::And => false,
                Tok::Open | Tok::Not | Tok::Key(_) => {
                    let e = self.expr()?;
                    acc = Expr::And(Box::new(acc), Box::new(e));
                    continue;
                }
                _ => return Ok(acc),
            };
            self.next()?;
            let e = self.expr()?;
            acc = if or {
                Expr::Or(Box::new(acc), Box::new(e))
            } else {
                Expr::And(Box::new(acc), Box::new(e))
            };
        }
    }

    fn expr(&mut self) -> Result<Expr, FilterError> {
        let t = self.next()?;
        match t {
            Tok::Open | Tok::Not => {
                self.nesting += 1;
                if self.nesting > MAX_NESTING {
                    return Err(FilterError::TooComplex);
                }
            }
            Tok::Key(_) => {
                self.conditions += 1;
                if self.conditions > MAX_CONDITIONS {
                    return Err(FilterError::TooComplex);
                }
            }
            _ => {}
        }
        match t {
            Tok::Open => {
                let e = self.exprlist()?;
                self.nesting -= 1;
                match self.next()? {
                    Tok::Close => Ok(e),
                    _ => Err(FilterError::Syntax),
                }
            }
            Tok::Not => {
                let e = not(self.expr()?);
                self.nesting -= 1;
                Ok(e)
            }
            Tok::Key(Key::Autobound) => Ok(Expr::Autobound),
            Tok::Key(Key::Dst) => self.host(Side::Destination),
            Tok::Key(Key::Src) => self.host(Side::Source),
            Tok::Key(Key::Dport) => self.port(Side::Destination),
            Tok::Key(Key::Sport) => self.port(Side::Source),
            Tok::Key(k) => self.equality(k),
            _ => Err(FilterError::Syntax),
        }
    }

    /// `src`/`dst` [`=`] HOST.
    fn host(&mut self, side: Side) -> Result<Expr, FilterError> {
        let mut t = self.next()?;
        if t == Tok::Eq {
            t = self.next()?;
        }
        match t {
            Tok::Host(h) => Ok(Expr::Host(side, h)),
            _ => Err(FilterError::Syntax),
        }
    }

    /// `sport`/`dport` OP HOST.
    fn port(&mut self, side: Side) -> Result<Expr, FilterError> {
        let op = self.next()?;
        let h = match op {
            Tok::Host(h) => return Ok(Expr::Host(side, h)),
            Tok::Ge | Tok::Le | Tok::Gt | Tok::Lt | Tok::Eq | Tok::Ne => match self.next()? {
                Tok::Host(h) => h,
                _ => return Err(FilterError::Syntax),
            },
            _ => return Err(FilterError::Syntax),
        };
        // ss's port comparisons use the port alone (-1 when none was given).
        let p = h.port.unwrap_or(-1);
        Ok(match op {
            Tok::Ge => Expr::Port(side, Bound::AtLeast, p),
            Tok::Le => Expr::Port(side, Bound::AtMost, p),
            Tok::Gt => not(Expr::Port(side, Bound::AtMost, p)),
            Tok::Lt => not(Expr::Port(side, Bound::AtLeast, p)),
            Tok::Ne => not(Expr::Host(side, h)),
            _ => Expr::Host(side, h),
        })
    }

    /// `dev`, `fwmark`, `cgroup` [`=` | `!=`] VALUE.
    fn equality(&mut self, key: Key) -> Result<Expr, FilterError> {
        let mut t = self.next()?;
        let negate = t == Tok::Ne;
        if t == Tok::Eq || negate {
            t = self.next()?;
        }
        let e = match (key, t) {
            (Key::Dev, Tok::Dev(d)) => Expr::Device(d),
            (Key::Fwmark, Tok::Mark(value, mask)) => Expr::Mark { value, mask },
            (Key::Cgroup, Tok::Cgroup(c)) => Expr::Cgroup(c),
            _ => return Err(FilterError::Syntax),
        };
        Ok(if negate { not(e) } else { e })
    }
}

fn not(e: Expr) -> Expr {
    Expr::Not(Box::new(e))
}

fn keyword(w: &str) -> Option<Key> {
    Some(match w {
        "dst" => Key::Dst,
        "src" => Key::Src,
        "dport" => Key::Dport,
        "sport" => Key::Sport,
        "dev" => Key::Dev,
        "fwmark" => Key::Fwmark,
        "cgroup" => Key::Cgroup,
        "autobound" => Key::Autobound,
        _ => return None,
    })
}
