//! Events as `ip monitor` prints them (each object as its `show` does, with the label,
//! the timestamp and `Deleted`), or as JSON lines.

use super::request::{watched, Watched};
use super::time::{ctime_stamp, iso_time};
use crate::ip::route::{print_route, Hide, RouteNames};
use crate::names::Links;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::Link;
use nlkit::rtnl::{AddressFamily, AnyObject, Event};
use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

/// Prints events: text as ip does, or JSON lines.
pub(super) struct Printer {
    pub(super) names: RouteNames,
    pub(super) groups: crate::names::NameTable,
    /// Renders one event at a time into its writer.
    pub(super) sink: Sink<Vec<u8>>,
    pub(super) label: bool,
    pub(super) timestamp: u8,
    pub(super) dev: Option<u32>,
    pub(super) details: bool,
    /// With `all-nsid`: the namespace id of the event being printed (`Some(None)`: ours).
    pub(super) nsid: Option<Option<i32>>,
    /// Named namespaces by their id here (for nsid events; kept after a name goes away).
    pub(super) netns_names: std::collections::HashMap<i32, String>,
}

impl Printer {
    /// Prints one event (nothing for other events, objects nlip does not print, or other
    /// devices with `dev`); keeps `links` current from link events.
    pub(super) fn event(
        &mut self,
        event: &Event,
        links: &mut Links,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let request;
        let (o, op) = match event {
            Event::New(o) => (o, "new"),
            Event::Deleted(o) => (o, "del"),
            Event::NeighbourRequest(n) => {
                request = AnyObject::Neighbour(n.clone());
                (&request, "miss")
            }
            _ => return Ok(()),
        };
        if let (AnyObject::Link(l), "new") = (o, op) {
            if let (AddressFamily::Unspec, Some(name)) = (l.family, &l.name) {
                links.remember(l.index, name, l.flags.bits());
            }
        }
        self.print(o, op, links, out)
    }

    /// Prints `o` as an event of `op` (`new`, `del`, `miss`).
    pub(super) fn print(
        &mut self,
        o: &AnyObject,
        op: &str,
        links: &Links,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let Some(watched) = watched(o.kind()) else {
            return Ok(());
        };
        if self.render(o, op == "miss", links)? {
            self.write(watched, op, out)?;
        }
        Ok(())
    }

    /// Renders the body of one event into the sink's writer (`miss`: a neighbour
    /// request); false when it is not printed.
    fn render(&mut self, o: &AnyObject, miss: bool, links: &Links) -> io::Result<bool> {
        let dev_ok = |i: u32| self.dev.is_none_or(|d| d == i);
        let s = &mut self.sink;
        s.writer_mut().clear();
        match o {
            AnyObject::Link(l) => {
                if !dev_ok(l.index) {
                    return Ok(false);
                }
                print_link_event(s, l, &self.groups, links, self.details)?;
            }
            AnyObject::Address(a) => {
                if !dev_ok(a.index) {
                    return Ok(false);
                }
                crate::ip::address::print_address_event(s, a, links)?;
            }
            AnyObject::Route(r) => {
                if self.dev.is_some() && !r.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                let hide = Hide {
                    table: true,
                    dev: self.dev.is_some(), // as `route show dev`
                    ..Default::default()
                };
                print_route(s, r, &self.names, links, hide, self.details)?;
            }
            AnyObject::Neighbour(n) => {
                if !dev_ok(n.index) {
                    return Ok(false);
                }
                if miss {
                    s.text("miss ")?;
                }
                crate::ip::neigh::print_neighbour(s, n, links, false, 0)?;
            }
            AnyObject::Netconf(c) => {
                if self.dev.is_some() && !c.interface.is_some_and(|i| dev_ok(i as u32)) {
                    return Ok(false);
                }
                crate::ip::netconf::print_netconf(s, c, links)?;
            }
            AnyObject::Rule(r) => crate::ip::rule::print_rule(s, r, self.details)?,
            AnyObject::Nsid(e) => {
                let Some(id) = e.nsid else {
                    return Ok(false);
                };
                s.open_object(Mode::Json, None)?;
                s.number(Mode::Any, "nsid", "nsid ", &id, "")?;
                if let Some(name) = self.netns_names.get(&id) {
                    s.string(Mode::Any, "name", " (iproute2 netns name: ", name, ")")?;
                }
                s.text("\n")?;
                s.close_object(Mode::Json)?;
            }
            AnyObject::Nexthop(nh) => {
                if self.dev.is_some() && !nh.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                crate::ip::nexthop::print_nexthop(s, nh, links, self.details, true)?;
            }
            AnyObject::NexthopBucket(_) => return Ok(false),
        }
        s.flush()?;
        Ok(true)
    }

    /// Writes the rendered event with its timestamp, label and "Deleted", or as a JSON line.
    fn write(&mut self, watched: &Watched, op: &str, out: &mut impl Write) -> io::Result<()> {
        let body = std::mem::take(self.sink.writer_mut());
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let mut line = Vec::with_capacity(body.len() + 64);
        if self.sink.is_json() {
            line.extend_from_slice(b"{\"event\":\"");
            line.extend_from_slice(op.as_bytes());
            line.extend_from_slice(b"\",\"object\":\"");
            line.extend_from_slice(watched.word.as_bytes());
            line.push(b'"');
            if let Some(Some(id)) = self.nsid {
                line.extend_from_slice(format!(",\"nsid\":{id}").as_bytes());
            }
            if self.timestamp > 0 {
                line.extend_from_slice(b",\"time\":\"");
                line.extend_from_slice(iso_time(now).as_bytes());
                line.push(b'"');
            }
            // The body is one object: `{...}`; its members follow ours.
            let inner = body
                .strip_prefix(b"{")
                .and_then(|b| b.strip_suffix(b"}"))
                .unwrap_or(b"");
            if !inner.is_empty() {
                line.push(b',');
                line.extend_from_slice(inner);
            }
            line.extend_from_slice(b"}\n");
        } else {
            match self.timestamp {
                0 => {}
                1 => line.extend_from_slice(ctime_stamp(now).as_bytes()),
                _ => {
                    line.push(b'[');
                    line.extend_from_slice(iso_time(now).as_bytes());
                    line.extend_from_slice(b"] ");
                }
            }
            match self.nsid {
                Some(Some(id)) => line.extend_from_slice(format!("[nsid {id}]").as_bytes()),
                Some(None) => line.extend_from_slice(b"[nsid current]"),
                None => {}
            }
            if self.label {
                line.extend_from_slice(watched.label.as_bytes());
            }
            if op == "del" {
                line.extend_from_slice(b"Deleted ");
            }
            line.extend_from_slice(&body);
        }
        *self.sink.writer_mut() = body;
        out.write_all(&line)?;
        out.flush()
    }
}

/// A link as `ip monitor` prints it: as `link show` does, without the queue length and
/// the link mode.
fn print_link_event<W: Write>(
    s: &mut Sink<W>,
    l: &Link,
    groups: &crate::names::NameTable,
    links: &Links,
    details: bool,
) -> io::Result<()> {
    let mut l = l.clone();
    l.txqlen = None;
    let netns = Default::default();
    let style = crate::ip::link::Style {
        netns: &netns,
        details,
        stats: 0,
        oneline: false,
        brief: false,
        human: None,
        linkmode: false,
        link_line: true,
    };
    s.open_object(Mode::Json, None)?;
    crate::ip::link::print_link(s, &l, groups, links, style)?;
    s.close_object(Mode::Json)
}
