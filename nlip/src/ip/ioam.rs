//! `nlip ioam namespace show|add|del|set` and `nlip ioam schema show|add|del`: IPv6
//! In-situ OAM's namespaces and schemas (the IOAM6 generic netlink family), with ip 6.1's
//! grammar (its keywords are whole words, never abbreviated), text, JSON and errors.
//! Beyond ip 6.1: `ioam monitor` prints the trace events of the `ioam6_events` group.

use crate::args::{c_number, invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::sr::answer;
use crate::render::{Mode, Sink};
use nlkit::engine::{Error, Notification};
use nlkit::genl::ioam6::{
    AddNamespace, AddSchema, DelNamespace, DelSchema, DumpNamespaces, DumpSchemas, Event,
    Namespace, Schema, SetNamespaceSchema, TraceEvent, IOAM6_GENL_EV_GRP_NAME, IOAM6_GENL_NAME,
    IOAM6_MAX_SCHEMA_DATA_LEN,
};
use nlkit::genl::{self, Families, Request};
use std::io::{self, Write};

const HELP: &str = "\
Usage:\tip ioam { COMMAND | help }
\tip ioam namespace show
\tip ioam namespace add ID [ data DATA32 ] [ wide DATA64 ]
\tip ioam namespace del ID
\tip ioam schema show
\tip ioam schema add ID DATA
\tip ioam schema del ID
\tip ioam namespace set ID schema { ID | none }";

fn unknown(w: &str) -> Failure {
    invalid_arg_tight("Unknown", w)
}

/// `nlip ioam ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    match args.next() {
        None | Some("help") => Err(Failure::usage(HELP)),
        Some("monitor") => monitor(ctx),
        Some(w @ ("namespace" | "schema")) => {
            let cmd = args.value(w)?;
            match (w, cmd) {
                (_, "show") if w == "namespace" => show_namespaces(ctx),
                (_, "show") => show_schemas(ctx),
                ("namespace", "add") => add_namespace(ctx, args),
                ("namespace", "del") => {
                    let id = namespace_id(args.value(cmd)?)?;
                    execute(ctx, &DelNamespace { id })
                }
                ("namespace", "set") => set_schema(ctx, args),
                ("schema", "add") => add_schema(ctx, args),
                ("schema", "del") => {
                    let id = schema_id(args.value(cmd)?)?;
                    execute(ctx, &DelSchema { id })
                }
                _ => Err(unknown(cmd)),
            }
        }
        Some(w) => Err(unknown(w)),
    }
}

/// A namespace id as ip's `get_u16` reads it.
fn namespace_id(v: &str) -> Result<u16, Failure> {
    let id = c_number(v).and_then(|n| u16::try_from(n).ok());
    id.ok_or_else(|| invalid_arg_tight("Invalid namespace ID", v))
}

/// A schema id as ip's `get_u32` reads it.
fn schema_id(v: &str) -> Result<u32, Failure> {
    let id = c_number(v).and_then(|n| u32::try_from(n).ok());
    id.ok_or_else(|| invalid_arg_tight("Invalid schema ID", v))
}

fn execute<R: Request>(ctx: &Context, request: &R) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    genl::execute(&mut conn, &Families::new(), request).map_err(|e| answer(&e))?;
    Ok(())
}

/// `add ID [ data DATA32 ] [ wide DATA64 ]`, in that order; anything after is refused.
fn add_namespace(ctx: &Context, args: &mut Args) -> Result<(), Failure> {
    let mut request = AddNamespace {
        id: namespace_id(args.value("add")?)?,
        ..AddNamespace::default()
    };
    let mut next = args.next();
    if next == Some("data") {
        let v = args.value("data")?;
        let d = c_number(v).and_then(|n| u32::try_from(n).ok());
        request.data = Some(d.ok_or_else(|| invalid_arg_tight("Invalid data", v))?);
        next = args.next();
    } else if next.is_some_and(|w| w != "wide") {
        return Err(invalid_arg_tight(
            "Invalid argument",
            next.unwrap_or_default(),
        ));
    }
    if next == Some("wide") {
        let v = args.value("wide")?;
        let w = c_number(v).ok_or_else(|| invalid_arg_tight("Invalid wide data", v))?;
        request.wide = Some(w);
        next = args.next();
    }
    if let Some(w) = next {
        return Err(invalid_arg_tight("Unexpected argument", w));
    }
    execute(ctx, &request)
}

/// `set ID schema { ID | none }`.
fn set_schema(ctx: &Context, args: &mut Args) -> Result<(), Failure> {
    let namespace = namespace_id(args.value("set")?)?;
    let key = args.value("set")?;
    if key != "schema" {
        return Err(unknown(key));
    }
    let v = args.value(key)?;
    let schema = if v == "none" {
        None
    } else {
        Some(schema_id(v)?)
    };
    execute(ctx, &SetNamespaceSchema { namespace, schema })
}

/// `add ID DATA`: the data is the word's bytes (no NUL), at most 1020 of them.
fn add_schema(ctx: &Context, args: &mut Args) -> Result<(), Failure> {
    let id = schema_id(args.value("add")?)?;
    let data = args.value("add")?;
    if data.len() > IOAM6_MAX_SCHEMA_DATA_LEN {
        return Err(invalid_arg_tight("Schema DATA too big", data));
    }
    let data = data.as_bytes().to_vec();
    execute(ctx, &AddSchema { id, data })
}

fn show_namespaces(ctx: &Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for ns in genl::dump(&mut conn, &families, &DumpNamespaces).map_err(|e| answer(&e))? {
        print_namespace(&mut sink, &ns.map_err(|e| answer(&e))?)?;
        sink.end_record()?;
    }
    Ok(sink.end_list()?)
}

fn show_schemas(ctx: &Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for sc in genl::dump(&mut conn, &families, &DumpSchemas).map_err(|e| answer(&e))? {
        print_schema(&mut sink, &sc.map_err(|e| answer(&e))?)?;
        sink.end_record()?;
    }
    Ok(sink.end_list()?)
}

/// C's `%#0Nx`: `0x` and N - 2 digits, but N zeros for 0 (no `0x` there).
fn alt_hex(v: u64, width: usize) -> String {
    if v == 0 {
        "0".repeat(width)
    } else {
        format!("{v:#0width$x}")
    }
}

/// `namespace ID [schema S], data 0x..., wide 0x...` (JSON: `data` as `%x`, `wide` as
/// `%#x`).
fn print_namespace<W: Write>(s: &mut Sink<W>, ns: &Namespace) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    s.number(Mode::Any, "namespace", "namespace ", &ns.id, "")?;
    if let Some(sc) = ns.schema {
        s.number(Mode::Any, "schema", " [schema ", &sc, "]")?;
    }
    if let Some(d) = ns.data {
        s.string(Mode::Text, "", ", data ", &alt_hex(d.into(), 10), "")?;
        s.string(Mode::Json, "data", "", &format!("{d:x}"), "")?;
    }
    if let Some(w) = ns.wide {
        s.string(Mode::Text, "", ", wide ", &alt_hex(w, 18), "")?;
        let json = if w == 0 {
            "0".into()
        } else {
            format!("{w:#x}")
        };
        s.string(Mode::Json, "wide", "", &json, "")?;
    }
    s.inner_break()?;
    s.close_object(Mode::Json)
}

/// `schema ID [namespace N], data: XX XX ...` (JSON: `"data":null` then each byte as a
/// number under an empty key, as ip 6.1 writes it).
fn print_schema<W: Write>(s: &mut Sink<W>, sc: &Schema) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    s.number(Mode::Any, "schema", "schema ", &sc.id, "")?;
    if let Some(ns) = sc.namespace {
        s.number(Mode::Any, "namespace", " [namespace ", &ns, "]")?;
    }
    s.null(Mode::Any, "data", ", data:")?;
    for b in &sc.data {
        s.string(Mode::Text, "", " ", &format!("{b:02x}"), "")?;
        s.number(Mode::Json, "", "", b, "")?;
    }
    s.inner_break()?;
    s.close_object(Mode::Json)
}

/// `ioam monitor` (beyond ip 6.1): joins the `ioam6_events` group in the namespace and
/// prints each event as it comes, until interrupted (`-j`: one JSON object a line).
fn monitor(ctx: &Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    let groups = [IOAM6_GENL_EV_GRP_NAME];
    let sub = match &ctx.netns {
        None => families.subscribe(&mut conn, IOAM6_GENL_NAME, &groups),
        Some(ns) => families.subscribe_in(ns, &mut conn, IOAM6_GENL_NAME, &groups),
    };
    let mut sub = sub.map_err(|e| answer(&e))?;
    let mut sink = Sink::new(Vec::new(), ctx.json, false);
    let mut out = io::stdout().lock();
    loop {
        match sub.next_notification(None) {
            Ok(Some(Notification::Message { message, .. })) => {
                let Ok(event) = Event::parse(&message) else {
                    continue;
                };
                print_event(&mut sink, &event)?;
                sink.flush()?;
                out.write_all(&std::mem::take(sink.writer_mut()))?;
                if ctx.json {
                    out.write_all(b"\n")?;
                }
                out.flush()?;
            }
            Ok(Some(Notification::Overrun)) if ctx.json => {
                out.write_all(b"{\"event\":\"overrun\"}\n")?;
                out.flush()?;
            }
            Ok(Some(Notification::Overrun)) => {
                crate::diag::warn("netlink receive error No buffer space available (105)");
            }
            Ok(None) | Err(Error::Decode(_)) => {}
            Err(e) => return Err(Failure::failed(format!("netlink receive error {e}"))),
        }
    }
}

/// One event, one line: `trace namespace N nodelen L type 0xTTTTTT node W W ... node ...`
/// (the type as `ip route ... encap ioam6 trace type` takes it, 24 bits; each node's
/// words in hex, the last node to record first); JSON `event`, `namespace`, `nodelen`,
/// `type` and `nodes` (an array of each node's words).
pub(crate) fn print_event<W: Write>(s: &mut Sink<W>, event: &Event) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    match event {
        Event::Trace(t) => print_trace(s, t)?,
        Event::Other(cmd, _) => s.number(Mode::Any, "event", "event ", cmd, "")?,
    }
    s.text("\n")?;
    s.close_object(Mode::Json)
}

fn print_trace<W: Write>(s: &mut Sink<W>, t: &TraceEvent) -> io::Result<()> {
    s.string(Mode::Any, "event", "", "trace", "")?;
    s.number(Mode::Any, "namespace", " namespace ", &t.namespace, "")?;
    s.number(Mode::Any, "nodelen", " nodelen ", &t.node_len, "")?;
    let ty = format!("{:#08x}", t.trace_type.bits() >> 8);
    s.string(Mode::Any, "type", " type ", &ty, "")?;
    s.open_array(Mode::Json, Some("nodes"))?;
    for node in t.nodes() {
        s.text(" node")?;
        s.open_array(Mode::Json, None)?;
        for word in node.chunks(4) {
            let hex: String = word.iter().map(|b| format!("{b:02x}")).collect();
            s.string(Mode::Any, "", " ", &hex, "")?;
        }
        s.close_array(Mode::Json)?;
    }
    s.close_array(Mode::Json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::genl::parse_reply;
    use nlkit::wire::{MessageIter, MessageView};

    /// An `IOAM6_EVENT_TRACE` built from the uapi layout (the fixture of
    /// `nlkit::genl::ioam6`): namespace 7, two nodes of trace type bits 0 and 1.
    const TRACE: [u8; 64] = [
        0x40, 0, 0, 0, 0x1e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 6, 0, 1, 0, 7, 0, 0, 0,
        5, 0, 2, 0, 2, 0, 0, 0, 8, 0, 3, 0, 0, 0, 0, 0xc0, 0x14, 0, 4, 0, 0x3f, 0, 0, 2, 0, 1, 0,
        2, 0x40, 0, 0, 1, 0, 3, 0, 4,
    ];

    /// `ip ioam namespace show` of three namespaces (Linux 6.18; the fixture of
    /// `nlkit::genl::ioam6`).
    const NAMESPACES: [u8; 124] = [
        0x38, 0, 0, 0, 0x1e, 0, 2, 0, 0x62, 0x5a, 0x11, 0x6b, 0x51, 0x1d, 0, 0, 3, 1, 0, 0, 6, 0,
        1, 0, 2, 0, 0, 0, 8, 0, 2, 0, 0xef, 0xbe, 0xad, 0xde, 0x0c, 0, 3, 0, 0xde, 0xc0, 0x0d,
        0xf0, 0xca, 0xc0, 0xfe, 0xca, 8, 0, 4, 0, 7, 0, 0, 0, 0x28, 0, 0, 0, 0x1e, 0, 2, 0, 0x62,
        0x5a, 0x11, 0x6b, 0x51, 0x1d, 0, 0, 3, 1, 0, 0, 6, 0, 1, 0, 3, 0, 0, 0, 0x0c, 0, 3, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x1c, 0, 0, 0, 0x1e, 0, 2, 0, 0x62, 0x5a, 0x11, 0x6b, 0x51, 0x1d, 0,
        0, 3, 1, 0, 0, 6, 0, 1, 0, 1, 0, 0, 0,
    ];

    fn out(json: bool, f: impl FnOnce(&mut Sink<Vec<u8>>)) -> String {
        let mut s = Sink::new(Vec::new(), json, false);
        f(&mut s);
        String::from_utf8(s.into_inner()).unwrap()
    }

    #[test]
    fn a_trace_event_prints_its_nodes() {
        let m = MessageView::new_checked(&TRACE[..]).unwrap();
        let event = Event::parse(&m).unwrap();
        let text = out(false, |s| print_event(s, &event).unwrap());
        assert_eq!(
            text,
            "trace namespace 7 nodelen 2 type 0xc00000 node 3f000002 00010002 node 40000001 00030004\n"
        );
        let json = out(true, |s| print_event(s, &event).unwrap());
        assert_eq!(
            json,
            "{\"event\":\"trace\",\"namespace\":7,\"nodelen\":2,\"type\":\"0xc00000\",\
             \"nodes\":[[\"3f000002\",\"00010002\"],[\"40000001\",\"00030004\"]]}"
        );
        let other = Event::Other(9, Default::default());
        assert_eq!(out(false, |s| print_event(s, &other).unwrap()), "event 9\n");
    }

    #[test]
    fn namespaces_print_as_ip_prints_them() {
        let all: Vec<Namespace> = MessageIter::new(&NAMESPACES)
            .map(|m| parse_reply(&m.unwrap()).unwrap())
            .collect();
        let print = |json| {
            out(json, |s| {
                s.begin_list().unwrap();
                all.iter().for_each(|n| print_namespace(s, n).unwrap());
                s.end_list().unwrap();
            })
        };
        assert_eq!(
            print(false),
            "namespace 2 [schema 7], data 0xdeadbeef, wide 0xcafec0caf00dc0de\n\
             namespace 3, wide 000000000000000000\nnamespace 1\n"
        );
        assert_eq!(
            print(true),
            "[{\"namespace\":2,\"schema\":7,\"data\":\"deadbeef\",\"wide\":\"0xcafec0caf00dc0de\"},\
             {\"namespace\":3,\"wide\":\"0\"},{\"namespace\":1}]\n"
        );
    }

    #[test]
    fn c_alternate_hex() {
        assert_eq!(alt_hex(0, 10), "0000000000");
        assert_eq!(alt_hex(5, 10), "0x00000005");
        assert_eq!(alt_hex(0xdeadbeef, 10), "0xdeadbeef");
        assert_eq!(alt_hex(7, 18), "0x0000000000000007");
    }
}
