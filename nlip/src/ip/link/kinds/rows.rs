//! What the kinds' printers share: ip's `on`/`off` (a boolean in JSON), and rows of options
//! (text key, JSON key, typed value) printed in order when the kernel sent them.

use crate::ip::link::hwaddr::lladdr;
use crate::names;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::kinds::PortState;
use nlkit::wire::rtnl::BridgeId;
use std::io::{self, Write};

/// `TEXT on`/`TEXT off`, or the boolean `key` in JSON.
pub(super) fn on_off<W: Write>(
    sink: &mut Sink<W>,
    key: &str,
    text: &str,
    v: bool,
) -> io::Result<()> {
    if sink.is_json() {
        sink.number(Mode::Json, key, "", if v { "true" } else { "false" }, "")
    } else {
        sink.text(&format!("{text} {} ", if v { "on" } else { "off" }))
    }
}

/// A per-kind option's value, as `ip -d` prints it (`None`: the kernel did not send it).
#[derive(Debug, Clone, Copy)]
pub(super) enum Val<'a> {
    /// A number.
    Num(Option<u64>),
    /// `on`/`off` (JSON: a boolean).
    OnOff(Option<bool>),
    /// `on`/`off` in text only.
    OnOffText(Option<bool>),
    /// Centiseconds, printed as seconds with two decimals.
    Timer(Option<u64>),
    /// A bridge identifier.
    BridgeId(Option<BridgeId>),
    /// A hardware address.
    Mac(Option<&'a [u8]>),
    /// C's `%#x` (JSON: a string).
    Hex16(Option<u16>),
    /// `0x%x`, text and JSON string.
    Hex16Str(Option<u16>),
    /// A bridge port state.
    PortState(Option<PortState>),
    /// A device index, printed as its name.
    Dev(Option<u32>),
}

/// A number of any width.
pub(super) fn num<T: Into<u64>>(v: Option<T>) -> Val<'static> {
    Val::Num(v.map(Into::into))
}

/// (text key, JSON key, value).
pub(super) type Row<'a> = (&'static str, &'static str, Val<'a>);

/// C's `%#x`: `0` for zero, `0x..` otherwise.
fn c_hex(v: u16) -> String {
    if v == 0 {
        "0".to_owned()
    } else {
        format!("{v:#x}")
    }
}

/// The name ip gives a bridge port state (the number for others).
fn port_state(s: PortState) -> String {
    match s {
        PortState::Disabled => "disabled".to_owned(),
        PortState::Listening => "listening".to_owned(),
        PortState::Learning => "learning".to_owned(),
        PortState::Forwarding => "forwarding".to_owned(),
        PortState::Blocking => "blocking".to_owned(),
        PortState::Other(n) => n.to_string(),
    }
}

/// A bridge identifier as ip prints it: the priority's two bytes, then the address.
fn bridge_id(b: &BridgeId) -> String {
    let a = b.addr;
    format!(
        "{:02x}{:02x}.{:x}:{:x}:{:x}:{:x}:{:x}:{:x}",
        b.prio[0], b.prio[1], a[0], a[1], a[2], a[3], a[4], a[5]
    )
}

/// Prints the rows that have a value, in the JSON object `key`.
pub(super) fn print_rows<W: Write>(
    sink: &mut Sink<W>,
    links: &names::Links,
    key: &str,
    rows: &[Row<'_>],
) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    for &(text, json, v) in rows {
        print_row(sink, links, text, json, v)?;
    }
    sink.close_object(Mode::Json)
}

fn print_row<W: Write>(
    sink: &mut Sink<W>,
    links: &names::Links,
    text: &str,
    json: &str,
    v: Val<'_>,
) -> io::Result<()> {
    let prefix = format!("{text} ");
    match v {
        Val::Num(Some(n)) => sink.number(Mode::Any, json, &prefix, &n, " "),
        Val::OnOff(Some(on)) => on_off(sink, json, text, on),
        Val::OnOffText(Some(on)) if !sink.is_json() => on_off(sink, json, text, on),
        Val::Timer(Some(t)) => {
            let secs = t as f64 / 100.0;
            sink.number(Mode::Json, json, "", &format!("{secs:.2}"), "")?;
            sink.text(&format!("{text} {secs:7.2} "))
        }
        Val::BridgeId(Some(b)) => sink.string(Mode::Any, json, &prefix, &bridge_id(&b), " "),
        Val::Mac(Some(a)) => sink.string(Mode::Any, json, &prefix, &lladdr(1, a), " "),
        Val::Hex16(Some(h)) => sink.string(Mode::Any, json, &prefix, &c_hex(h), " "),
        Val::Hex16Str(Some(h)) => sink.string(Mode::Any, json, &prefix, &format!("0x{h:x}"), " "),
        Val::PortState(Some(s)) => sink.string(Mode::Any, json, &prefix, &port_state(s), " "),
        Val::Dev(Some(d)) => sink.string(Mode::Any, json, &prefix, &links.cached(d), " "),
        _ => Ok(()),
    }
}
