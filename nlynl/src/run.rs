//! Running the options: the spec, the connection (generic netlink families resolved by
//! name through [`Families`](nlkit::genl::Families); netlink-raw specs on their `protonum`), the requests built
//! and the answers decoded by the dynamic codec, and the output.

use crate::arguments::{Action, Options, SpecSource};
use crate::errors::{kernel_error, Failed};
use crate::exchange::exchange;
use crate::notify::{listen, Listener};
use crate::output::{python_json, text, text_replies};
use crate::session::{engine_failure, usage, Session, TIMEOUT};
use nlip::diag::Failure;
use nlkit::engine::Error;
use nlkit::wire::{Flags, MessageBuilder, MessageView};
use nlkit_ynl::dynamic::Dynamic;
use nlkit_ynl::Spec;
use serde_json::Value;
use std::io::Write;
use std::time::Duration;

/// The spec the options name.
pub fn load_spec(source: &SpecSource) -> Result<Spec, Failure> {
    let loaded = match source {
        SpecSource::Family(name) => nlkit_ynl::embedded::load(name).ok_or_else(|| {
            let known: Vec<&str> = nlkit_ynl::embedded::SPECS.iter().map(|s| s.0).collect();
            usage(format!(
                "argument --family: no vendored spec named {} (there are: {})",
                crate::output::py_str(name),
                known.join(", ")
            ))
        })?,
        SpecSource::File(path) => {
            if let Err(e) = std::fs::metadata(path) {
                return Err(usage(format!(
                    "argument --spec: cannot read {}: {}",
                    path.display(),
                    nlip::diag::os_text(&e)
                )));
            }
            nlkit_ynl::load(path)
        }
    };
    loaded.map_err(|e| Failure::failed(format!("nlynl: {e}")))
}

/// A request built from the command line before anything is sent: its operation and its
/// message (with message type 0 for generic netlink, fixed when the family is resolved).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The operation.
    pub op: String,
    /// A dump rather than a do.
    pub dump: bool,
    /// The message bytes.
    pub bytes: Vec<u8>,
}

impl Prepared {
    /// The request of `op` with the attributes of the JSON text `json` (an object).
    pub fn new(
        codec: &Dynamic<'_>,
        op: &str,
        dump: bool,
        json: Option<&str>,
        option: &str,
    ) -> Result<Prepared, Failure> {
        let value = match json {
            None => Value::Object(serde_json::Map::new()),
            Some(t) => serde_json::from_str(t)
                .map_err(|e| usage(format!("argument {option}: invalid JSON: {e}")))?,
        };
        let b = codec
            .request(op, dump, 0, &value)
            .map_err(|e| usage(format!("argument {option}: {e}")))?;
        let bytes = b
            .finish()
            .map_err(|e| usage(format!("argument {option}: {e}")))?;
        Ok(Prepared {
            op: op.to_owned(),
            dump,
            bytes,
        })
    }

    /// The message to send: of type `family_id` when given (generic netlink), with `flags`.
    pub fn message(&self, family_id: Option<u16>, flags: Flags) -> MessageBuilder {
        let view = MessageView::new_checked(&self.bytes[..]).ok();
        let own = view.as_ref().map_or(0, MessageView::message_type);
        let mut b = MessageBuilder::new(family_id.unwrap_or(own), flags);
        b.push_bytes(view.as_ref().map_or(&[][..], MessageView::payload));
        b
    }
}

/// A reply message decoded by the spec.
fn decode(codec: &Dynamic<'_>, bytes: &[u8]) -> Result<Value, Failure> {
    let m = MessageView::new_checked(bytes)
        .map_err(|e| Failure::failed(format!("nlynl: a reply is malformed: {e}")))?;
    codec
        .decode_message(m.message_type(), m.payload())
        .map_err(|e| Failure::failed(format!("nlynl: cannot decode a reply: {e}")))
}

/// The failure of request `p`: a kernel error as `cli.py` prints it, else the engine's.
fn request_failure(codec: &Dynamic<'_>, p: &Prepared, e: &Error) -> Failure {
    match e {
        Error::Kernel(k) => {
            let failed = Failed {
                op: &p.op,
                request: &p.bytes,
            };
            Failure::failed(kernel_error(codec, failed, k.errno, &k.ext_ack))
        }
        other => engine_failure(other),
    }
}

/// Do requests sent together: one value each (`null` for an ACK alone, the reply, or a
/// list of the replies when there are several), in order. The first error fails all.
pub fn run_do(
    session: &Session,
    codec: &Dynamic<'_>,
    requests: &[Prepared],
    flags: Flags,
) -> Result<Vec<Value>, Failure> {
    let messages: Vec<MessageBuilder> = requests
        .iter()
        .map(|p| p.message(session.family_id, flags))
        .collect();
    let answers = exchange(&session.conn, &messages, TIMEOUT);
    let mut values = Vec::new();
    for (p, answer) in requests.iter().zip(answers) {
        let answer = answer.map_err(|e| request_failure(codec, p, &e))?;
        if let Some(w) = &answer.warning {
            nlip::diag::warn(&format!("Netlink warning: {w}"));
        }
        let mut replies: Vec<Value> = answer
            .replies
            .iter()
            .map(|r| decode(codec, r))
            .collect::<Result<_, _>>()?;
        values.push(match replies.len() {
            0 => Value::Null,
            1 => replies.remove(0),
            _ => Value::Array(replies),
        });
    }
    Ok(values)
}

/// A dump: every reply, decoded.
pub fn run_dump(
    session: &mut Session,
    codec: &Dynamic<'_>,
    p: &Prepared,
) -> Result<Vec<Value>, Failure> {
    let message = p.message(session.family_id, Flags::NONE);
    let mut dump = session
        .conn
        .dump(&message)
        .map_err(|e| request_failure(codec, p, &e))?;
    let mut values = Vec::new();
    while let Some(m) = dump.next_message() {
        let m = m.map_err(|e| request_failure(codec, p, &e))?;
        values.push(decode(codec, m.as_bytes())?);
    }
    Ok(values)
}

/// Writes `s` to stdout (a closed stdout is success).
fn emit(out: &mut dyn Write, s: &str) -> Result<(), Failure> {
    out.write_all(s.as_bytes()).map_err(Failure::from)
}

/// Prints one output: as one line of Python-style JSON, or as text.
pub fn print(out: &mut dyn Write, json: bool, value: &Value) -> Result<(), Failure> {
    if json {
        return emit(out, &format!("{}\n", python_json(value)));
    }
    match value {
        Value::Array(items) => emit(out, &text_replies(items)),
        other => emit(out, &text(other)),
    }
}

/// `--list-ops` / `--list-msgs`: `NAME  [ MODES ]` per operation (or message), in spec
/// order, as `cli.py` prints them (`print(name, " [", ", ".join(modes), "]")`); the modes
/// in the order do, dump, event, notify. Operations are those that are not notifications
/// and have an attribute set; messages are every operation and notification.
pub fn list(spec: &Spec, all: bool) -> String {
    let mut out = String::new();
    for op in &spec.operations.list {
        if !all && (op.is_async() || op.attribute_set.is_none()) {
            continue;
        }
        let mut modes = Vec::new();
        if op.do_.is_some() {
            modes.push("do");
        }
        if op.dump.is_some() {
            modes.push("dump");
        }
        if op.event.is_some() {
            modes.push("event");
        }
        if op.notify.is_some() {
            modes.push("notify");
        }
        out.push_str(&format!("{}  [ {} ]\n", op.name, modes.join(", ")));
    }
    out
}

/// The requests of the action, built before anything is sent (bad arguments fail first).
fn prepare(codec: &Dynamic<'_>, options: &Options) -> Result<Vec<Prepared>, Failure> {
    let json = options.json.as_deref();
    Ok(match &options.action {
        Some(Action::Do(op)) => vec![Prepared::new(codec, op, false, json, "--do")?],
        Some(Action::Dump(op)) => vec![Prepared::new(codec, op, true, json, "--dump")?],
        Some(Action::Multi(list)) => list
            .iter()
            .map(|(op, j)| Prepared::new(codec, op, false, Some(j), "--multi"))
            .collect::<Result<_, _>>()?,
        _ => Vec::new(),
    })
}

/// Runs `options`, printing to `out`.
pub fn execute(options: &Options, out: &mut dyn Write) -> Result<(), Failure> {
    let spec = load_spec(&options.source)?;
    let codec = Dynamic::new(&spec);
    let requests = prepare(&codec, options)?;
    let mut session = match requests.is_empty() && options.subscribe.is_none() {
        true => None,
        false => Some(Session::open(&spec)?),
    };
    let mut listener: Option<Listener> = match (&options.subscribe, session.as_mut()) {
        (Some(group), Some(s)) => Some(listen(s, &spec, group)?),
        _ => None,
    };
    if options.sleep > 0 {
        std::thread::sleep(Duration::from_secs(options.sleep));
    }
    match (&options.action, session.as_mut()) {
        (Some(Action::ListOps), _) => emit(out, &list(&spec, false))?,
        (Some(Action::ListMsgs), _) => emit(out, &list(&spec, true))?,
        (Some(Action::Do(_)), Some(s)) => {
            let values = run_do(s, &codec, &requests, options.flags)?;
            let value = values.into_iter().next().unwrap_or(Value::Null);
            print(out, options.output_json, &value)?;
        }
        (Some(Action::Multi(_)), Some(s)) => {
            let values = run_do(s, &codec, &requests, options.flags)?;
            print(out, options.output_json, &Value::Array(values))?;
        }
        (Some(Action::Dump(_)), Some(s)) => {
            if let Some(p) = requests.first() {
                let values = run_dump(s, &codec, p)?;
                print(out, options.output_json, &Value::Array(values))?;
            }
        }
        _ => {}
    }
    if let Some(l) = listener.as_mut() {
        let received = l.drain(&codec)?;
        print(out, options.output_json, &Value::Array(received))?;
    }
    out.flush().map_err(Failure::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn netdev() -> Spec {
        nlkit_ynl::embedded::load("netdev").unwrap().unwrap()
    }

    #[test]
    fn list_ops_and_msgs_as_cli_py_prints_them() {
        // cli.py --spec netdev.yaml --list-ops (6.12), with the modes in a fixed order.
        let ops = "\
dev-get  [ do, dump ]
page-pool-get  [ do, dump ]
page-pool-stats-get  [ do, dump ]
queue-get  [ do, dump ]
napi-get  [ do, dump ]
qstats-get  [ dump ]
bind-rx  [ do ]
";
        let spec = netdev();
        assert_eq!(list(&spec, false), ops);
        let msgs = list(&spec, true);
        assert!(msgs.starts_with(
            "dev-get  [ do, dump ]\ndev-add-ntf  [ notify ]\ndev-del-ntf  [ notify ]\n"
        ));
        assert_eq!(msgs.lines().count(), 13);
    }

    #[test]
    fn requests_are_built_before_anything_is_sent() {
        let spec = netdev();
        let codec = Dynamic::new(&spec);
        let p = Prepared::new(&codec, "dev-get", false, Some(r#"{"ifindex": 7}"#), "--do").unwrap();
        let m = p
            .message(Some(0x1a), Flags::CREATE | Flags::EXCL)
            .finish()
            .unwrap();
        let view = MessageView::new_checked(&m[..]).unwrap();
        assert_eq!(view.message_type(), 0x1a);
        assert_eq!(view.flags(), Flags::CREATE | Flags::EXCL);
        assert_eq!(&m[16..], &p.bytes[16..]);
        let fails = |op: &str, json: &str| {
            Prepared::new(&codec, op, false, Some(json), "--do")
                .unwrap_err()
                .message
        };
        assert_eq!(
            fails("nope", "{}"),
            "nlynl: error: argument --do: no operation named `nope`"
        );
        assert_eq!(
            fails("dev-get", r#"{"ifindx": 1}"#),
            "nlynl: error: argument --do: ifindx: no attribute named `ifindx` in `dev`"
        );
        assert!(fails("dev-get", "{").starts_with("nlynl: error: argument --do: invalid JSON: "));
        assert_eq!(
            fails("dev-get", "[1]"),
            "nlynl: error: argument --do: expected an object"
        );
        assert_eq!(
            fails("qstats-get", "{}"),
            "nlynl: error: argument --do: operation `qstats-get` has no do"
        );
    }

    #[test]
    fn unknown_specs_are_argument_errors() {
        let f = load_spec(&SpecSource::Family("nope".into())).unwrap_err();
        assert_eq!(f.code, 2);
        assert!(f.message.starts_with(
            "nlynl: error: argument --family: no vendored spec named 'nope' (there are: conntrack,"
        ));
        let f = load_spec(&SpecSource::File("/nonexistent/x.yaml".into())).unwrap_err();
        assert_eq!(
            f.message,
            "nlynl: error: argument --spec: cannot read /nonexistent/x.yaml: No such file or directory"
        );
        assert_eq!(
            load_spec(&SpecSource::Family("rt-link".into()))
                .unwrap()
                .name,
            "rt-link"
        );
    }
}
