//! `type macvlan` and `type macvtap`: the mode, the flags and the broadcast queue, read
//! from the command line and printed by `ip -d`.

use crate::args::Args;
use crate::diag::Failure;
use crate::ip::link::options::c_unsigned;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::kinds::macvlan::attrs::{MACVLAN_FLAG_NODST, MACVLAN_FLAG_NOPROMISC};
use nlkit::rtnl::link::kinds::{Macvlan, MacvlanMode};
use std::io::{self, Write};

/// `Usage` of `ip link ... type macvlan|macvtap`.
fn macvlan_usage(kind: &str) -> String {
    format!(
        "Usage: ... {kind} mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]

MODE: private | vepa | bridge | passthru | source
MODE_FLAG: null | nopromisc | nodst
MODE_OPTS: for mode \"source\":
\tmacaddr {{ {{ add | del }} <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }}
BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]"
    )
}

/// The options after `type macvlan` or `type macvtap` (`kind`).
pub(super) fn parse(args: &mut Args, kind: &str) -> Result<Macvlan, Failure> {
    let mut c = Macvlan::default();
    while let Some(w) = args.next() {
        match w {
            "mode" => {
                let v = args.value(w)?;
                c.mode = Some(match v {
                    "private" => MacvlanMode::Private,
                    "vepa" => MacvlanMode::Vepa,
                    "bridge" => MacvlanMode::Bridge,
                    "passthru" => MacvlanMode::Passthru,
                    "source" => MacvlanMode::Source,
                    _ => {
                        return Err(Failure::failed(format!(
                            "Error: argument of \"mode\" must be \"private\", \"vepa\", \
                                 \"bridge\", \"passthru\" or \"source\", not \"{v}\""
                        )))
                    }
                });
            }
            "flag" => {
                let v = args.value(w)?;
                c.flags = Some(match v {
                    "nopromisc" => MACVLAN_FLAG_NOPROMISC,
                    "nodst" => MACVLAN_FLAG_NODST,
                    "null" => 0,
                    _ => {
                        return Err(Failure::failed(format!(
                            "Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" \
                                 or \"null\", not \"{v}\""
                        )))
                    }
                });
            }
            "nopromisc" => {
                c.flags = Some(c.flags.unwrap_or(0) | MACVLAN_FLAG_NOPROMISC);
            }
            "bcqueuelen" => {
                let v = args.value(w)?;
                let n = c_unsigned(v, u32::MAX).ok_or_else(|| {
                    Failure::failed(format!(
                        "Error: argument of \"bcqueuelen\" must be a positive integer \
                             [0-4294967295], not \"{v}\""
                    ))
                })?;
                c.bc_queue_len = Some(n);
            }
            "help" => return Err(Failure::failed(macvlan_usage(kind))),
            _ => {
                return Err(Failure::failed(format!(
                    "{kind}: unknown option \"{w}\"?\n{}",
                    macvlan_usage(kind)
                )))
            }
        }
    }
    let nopromisc = c.flags.unwrap_or(0) & MACVLAN_FLAG_NOPROMISC != 0;
    if nopromisc && c.mode != Some(MacvlanMode::Passthru) {
        return Err(Failure::failed(format!(
            "{kind}: nopromisc flag only valid in passthru mode\n{}",
            macvlan_usage(kind)
        )));
    }
    Ok(c)
}

/// A macvlan's or macvtap's data as `ip -d` prints it (the JSON object `key`).
pub(super) fn print<W: Write>(sink: &mut Sink<W>, m: &Macvlan, key: &str) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    if let Some(mode) = m.mode {
        let name = match mode {
            MacvlanMode::Private => "private".to_owned(),
            MacvlanMode::Vepa => "vepa".to_owned(),
            MacvlanMode::Bridge => "bridge".to_owned(),
            MacvlanMode::Passthru => "passthru".to_owned(),
            MacvlanMode::Source => "source".to_owned(),
            MacvlanMode::Other(n) => n.to_string(),
        };
        sink.string(Mode::Any, "mode", "mode ", &name, " ")?;
    }
    let flags = m.flags.unwrap_or(0);
    if flags & MACVLAN_FLAG_NOPROMISC != 0 {
        sink.null(Mode::Any, "nopromisc", "nopromisc ")?;
    }
    if flags & MACVLAN_FLAG_NODST != 0 {
        sink.null(Mode::Any, "nodst", "nodst ")?;
    }
    if let Some(q) = m.bc_queue_len {
        sink.number(Mode::Any, "bcqueuelen", "bcqueuelen ", &q, " ")?;
    }
    if let Some(q) = m.bc_queue_len_used {
        sink.number(Mode::Any, "usedbcqueuelen", "usedbcqueuelen ", &q, " ")?;
    }
    let source = m.mode == Some(MacvlanMode::Source);
    if let Some(n) = m.macaddr_count.filter(|_| source) {
        sink.number(Mode::Any, "macaddr_count", "remotes (", &n, ") ")?;
    }
    sink.close_object(Mode::Json)
}
