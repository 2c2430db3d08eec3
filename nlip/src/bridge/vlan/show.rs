//! `bridge vlan show`, `tunnelshow` and `global show`: the dumps and bridge 6.1's printers
//! (`print_vlan_info`, `print_vlan_tunnel_info`, the `-s` counters and the `-d` VLAN
//! database).

use super::{Options, STP_STATES};
use crate::diag::Failure;
use crate::names::Links;
use crate::render::{Color, Mode, Sink};
use nlkit::engine::{Conn, Error};
use nlkit::rtnl::bridge::vlan::db::{BRIDGE_VLANDB_DUMPF_GLOBAL, BRIDGE_VLANDB_DUMPF_STATS};
use nlkit::rtnl::bridge::vlan::{
    GlobalOption, GlobalOptions, PortVlanDump, VlanDbDump, VlanDbEntry, VlanDbItem, VlanFlags,
    VlanStatsDump, VlanXstats, AF_BRIDGE,
};
use std::io::{self, Write};

/// What `show` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// `show`: VLANs.
    Vlan,
    /// `tunnelshow`: VLAN-to-tunnel mappings.
    Tunnel,
}

/// `%-16s  `: a port's name column, or its blank.
const PAD: &str = "                  ";
/// `%-16s    `: the indent of a VLAN's second line.
const PAD4: &str = "                    ";

/// The filters of `show` / `global show`: (device index, vid).
fn filters(conn: &mut Conn, links: &mut Links, words: &[&str]) -> Result<(u32, u32), Failure> {
    let (dev, vid) = crate::bridge::dev_and_vid(words)?;
    let index = match dev {
        Some(d) => crate::args::dev::device_index(links, conn, d)
            .ok_or_else(|| Failure::usage(format!("Cannot find device \"{d}\"")))?,
        None => 0,
    };
    Ok((index, vid))
}

/// The header line of the text output.
fn header(sink: &mut Sink<impl Write>, tunnel: bool) -> io::Result<()> {
    sink.text(&format!("{:<16}  {:<9}", "port", "vlan-id"))?;
    if tunnel {
        sink.text("  tunnel-id")?;
    }
    sink.text("\n")
}

/// A dump that failed: what was printed so far (the header, or JSON's opening bracket,
/// which bridge leaves unclosed), then its words on stderr, exit 1.
fn dump_failed(sink: Sink<impl Write>, o: &Options, e: &Error) -> Failure {
    let mut out = sink.into_inner();
    if o.json {
        let _ = out.write_all(if o.pretty { b"[ " } else { b"[" });
    }
    let _ = out.flush();
    let text = match e {
        Error::Kernel(k) => match k.message() {
            Some(m) => format!("Error: {}.", m.trim_end_matches('.')),
            None => format!("RTNETLINK answers: {}", k.strerror()),
        },
        other => format!("Error: {other}"),
    };
    Failure::failed(format!("{text}\nDump terminated"))
}

/// A sink on stdout with the header written (text) or the list begun (JSON).
fn start(o: &Options, tunnel: bool) -> io::Result<Sink<io::Stdout>> {
    let mut sink = Sink::new(io::stdout(), o.json, o.pretty);
    header(&mut sink, tunnel)?;
    Ok(sink)
}

/// `bridge vlan show|tunnelshow [dev DEV] [vid VID]`.
pub fn show(conn: &mut Conn, o: &Options, words: &[&str], subject: Subject) -> Result<(), Failure> {
    let mut links = Links::default();
    let (index, vid) = filters(conn, &mut links, words)?;
    if o.details > 0 && subject == Subject::Vlan {
        let flags = if o.stats > 0 {
            BRIDGE_VLANDB_DUMPF_STATS
        } else {
            0
        };
        return db_show(conn, o, &mut links, (index, vid), flags);
    }
    if o.stats > 0 {
        return stats_show(conn, o, &mut links, (index, vid));
    }
    let mut sink = start(o, subject == Subject::Tunnel)?;
    let dump = PortVlanDump {
        compressed: o.compress,
    };
    let ports = match dump.run(conn) {
        Ok(p) => p,
        Err(e) => return Err(dump_failed(sink, o, &e)),
    };
    if o.json {
        sink.begin_list()?;
    }
    for p in ports
        .iter()
        .filter(|p| p.family == AF_BRIDGE && p.has_af_spec && (index == 0 || p.index == index))
    {
        let name = links.name(conn, p.index);
        match subject {
            Subject::Vlan => print_vlans(&mut sink, &name, &p.ranges(vid))?,
            Subject::Tunnel => print_tunnels(&mut sink, &name, &p.tunnel_ranges(vid))?,
        }
        sink.end_record()?;
    }
    finish(sink, o)
}

fn finish(mut sink: Sink<impl Write>, o: &Options) -> Result<(), Failure> {
    if o.json {
        sink.end_list()?;
    } else {
        sink.flush()?;
    }
    Ok(())
}

/// `open_vlan_port`: the name column and the JSON array of the port's entries.
fn open_port(sink: &mut Sink<impl Write>, name: &str, key: &str) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    // Text pads the name to IFNAMSIZ; JSON has the name alone.
    if sink.is_json() {
        sink.string(Mode::Json, "ifname", "", name, "")?;
    } else {
        let padded = format!("{name:<16}  ");
        sink.colored(Mode::Any, "ifname", "", &padded, "", Color::Iface)?;
    }
    sink.open_array(Mode::Json, Some(key))
}

fn close_port(sink: &mut Sink<impl Write>) -> io::Result<()> {
    sink.close_array(Mode::Json)?;
    sink.close_object(Mode::Json)
}

/// `print_range`: `START[-END]` (JSON `NAME` and `NAMEEnd`); returns the text's width.
fn range(sink: &mut Sink<impl Write>, name: &str, start: u32, end: u32) -> io::Result<usize> {
    sink.number(Mode::Any, name, "", &start, "")?;
    let mut width = start.to_string().len();
    if start != end {
        sink.number(Mode::Any, &format!("{name}End"), "-", &end, "")?;
        width += 1 + end.to_string().len();
    }
    Ok(width)
}

/// `print_vlan_flags`.
fn flags(sink: &mut Sink<impl Write>, f: VlanFlags) -> io::Result<()> {
    if f.bits() == 0 {
        return Ok(());
    }
    sink.open_array(Mode::Json, Some("flags"))?;
    if f.contains(VlanFlags::PVID) {
        sink.string(Mode::Any, "", " ", "PVID", "")?;
    }
    if f.contains(VlanFlags::UNTAGGED) {
        sink.string(Mode::Any, "", " ", "Egress Untagged", "")?;
    }
    sink.close_array(Mode::Json)
}

fn print_vlans(
    sink: &mut Sink<impl Write>,
    name: &str,
    ranges: &[nlkit::rtnl::bridge::vlan::VlanRange],
) -> io::Result<()> {
    for (i, r) in ranges.iter().enumerate() {
        if i == 0 {
            open_port(sink, name, "vlans")?;
        } else {
            sink.text(PAD)?;
        }
        sink.open_object(Mode::Json, None)?;
        range(sink, "vlan", r.start.into(), r.end.into())?;
        flags(sink, r.flags)?;
        sink.close_object(Mode::Json)?;
        sink.text("\n")?;
    }
    if !ranges.is_empty() {
        close_port(sink)?;
    }
    Ok(())
}

fn print_tunnels(
    sink: &mut Sink<impl Write>,
    name: &str,
    ranges: &[nlkit::rtnl::bridge::vlan::TunnelRange],
) -> io::Result<()> {
    for (i, r) in ranges.iter().enumerate() {
        if i == 0 {
            open_port(sink, name, "tunnels")?;
        } else {
            sink.text(PAD)?;
        }
        sink.open_object(Mode::Json, None)?;
        let width = range(sink, "vlan", r.vid_start.into(), r.vid_end.into())?;
        if width <= 9 {
            sink.text(&format!("{:<w$}  ", "", w = 9 - width))?;
        } else {
            eprintln!("BUG: vlan range too wide, {width}");
        }
        range(sink, "tunid", r.id_start, r.id_end)?;
        sink.close_object(Mode::Json)?;
        sink.text("\n")?;
    }
    if !ranges.is_empty() {
        close_port(sink)?;
    }
    Ok(())
}

/// `bridge -s vlan show`: the bridges' counters, then the ports'.
fn stats_show(
    conn: &mut Conn,
    o: &Options,
    links: &mut Links,
    (index, vid): (u32, u32),
) -> Result<(), Failure> {
    let mut sink = Sink::new(io::stdout(), o.json, o.pretty);
    sink.text(&format!("{:<16}  vlan-id\n", "port"))?;
    let mut began = false;
    for slave in [false, true] {
        let all = match (VlanStatsDump { slave }).run(conn) {
            Ok(a) => a,
            Err(e) if began => {
                sink.flush()?;
                return Err(dump_failed(Sink::new(io::stdout(), false, false), o, &e));
            }
            Err(e) => return Err(dump_failed(sink, o, &e)),
        };
        if !began && o.json {
            sink.begin_list()?;
        }
        began = true;
        for p in all.iter().filter(|p| index == 0 || p.index == index) {
            let name = links.name(conn, p.index);
            for list in [&p.xstats, &p.slave_xstats] {
                print_stats(&mut sink, &name, list, vid)?;
            }
            sink.end_record()?;
        }
    }
    finish(sink, o)
}

/// `__print_one_vlan_stats`.
fn counters(sink: &mut Sink<impl Write>, s: &VlanXstats) -> io::Result<()> {
    sink.text(PAD4)?;
    sink.number(Mode::Any, "rx_bytes", "RX: ", &s.rx_bytes, " bytes")?;
    sink.number(Mode::Any, "rx_packets", " ", &s.rx_packets, " packets\n")?;
    sink.text(PAD4)?;
    sink.number(Mode::Any, "tx_bytes", "TX: ", &s.tx_bytes, " bytes")?;
    sink.number(Mode::Any, "tx_packets", " ", &s.tx_packets, " packets\n")
}

/// `print_vlan_stats_attr`: one list of counters.
fn print_stats(
    sink: &mut Sink<impl Write>,
    name: &str,
    list: &[VlanXstats],
    vid: u32,
) -> io::Result<()> {
    let mut found = false;
    for s in list {
        if vid != 0 && vid != u32::from(s.vid) {
            continue;
        }
        if s.flags.contains(VlanFlags::MASTER) && !s.flags.contains(VlanFlags::BRENTRY) {
            continue;
        }
        if !found {
            open_port(sink, name, "vlans")?;
            found = true;
        } else {
            sink.text(PAD)?;
        }
        sink.open_object(Mode::Json, None)?;
        sink.number(Mode::Any, "vid", "", &s.vid, "")?;
        flags(sink, s.flags)?;
        sink.text("\n")?;
        counters(sink, s)?;
        sink.close_object(Mode::Json)?;
    }
    if found {
        close_port(sink)?;
    }
    Ok(())
}

/// `bridge vlan global [show] [dev DEV] [vid VID]`.
pub fn global_show(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let mut links = Links::default();
    let filter = filters(conn, &mut links, words)?;
    db_show(conn, o, &mut links, filter, BRIDGE_VLANDB_DUMPF_GLOBAL)
}

/// The VLAN database dump and `print_vlan_rtm` (global options only with
/// `BRIDGE_VLANDB_DUMPF_GLOBAL`).
fn db_show(
    conn: &mut Conn,
    o: &Options,
    links: &mut Links,
    (index, vid): (u32, u32),
    dump_flags: u32,
) -> Result<(), Failure> {
    let mut sink = start(o, false)?;
    let messages = match (VlanDbDump { flags: dump_flags }).run(conn) {
        Ok(m) => m,
        Err(e) => return Err(dump_failed(sink, o, &e)),
    };
    if o.json {
        sink.begin_list()?;
    }
    let global_only = dump_flags & BRIDGE_VLANDB_DUMPF_GLOBAL != 0;
    let view = DbView {
        index,
        vid,
        global_only,
        stats: o.stats > 0,
    };
    print_db(&mut sink, &messages, &mut |i| links.name(conn, i), view)?;
    finish(sink, o)
}

/// What the VLAN database printer selects and shows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DbView {
    /// Only this device (0: all).
    pub index: u32,
    /// Only entries whose range holds this VLAN (0: all).
    pub vid: u32,
    /// Global options only (`global show`).
    pub global_only: bool,
    /// `-s`: the counters of each entry.
    pub stats: bool,
}

/// bridge's `print_vlan_rtm` over a whole dump.
pub(crate) fn print_db(
    sink: &mut Sink<impl Write>,
    messages: &[nlkit::rtnl::bridge::vlan::VlanDbMessage],
    name: &mut dyn FnMut(u32) -> String,
    view: DbView,
) -> io::Result<()> {
    let DbView {
        index,
        vid,
        global_only,
        stats,
    } = view;
    let mut current: Option<u32> = None;
    for m in messages
        .iter()
        .filter(|m| m.family == AF_BRIDGE && (index == 0 || m.index == index))
    {
        if m.deleted {
            sink.flag(Mode::Any, "deleted", "Deleted", " ")?;
        }
        if current.is_some_and(|c| c != m.index) {
            close_port(sink)?;
            current = None;
        }
        let port = name(m.index);
        for item in &m.items {
            let (lo, hi) = match item {
                VlanDbItem::Entry(e) if !global_only => (e.vid, e.range_end.unwrap_or(e.vid)),
                VlanDbItem::Global(g) => (g.vid, g.range_end.unwrap_or(g.vid)),
                VlanDbItem::Entry(_) => continue,
            };
            if vid != 0 && (vid < lo.into() || vid > hi.into()) {
                continue;
            }
            if current != Some(m.index) {
                open_port(sink, &port, "vlans")?;
                sink.open_object(Mode::Json, None)?;
                current = Some(m.index);
            } else {
                sink.open_object(Mode::Json, None)?;
                sink.text(PAD)?;
            }
            range(sink, "vlan", lo.into(), hi.into())?;
            match item {
                VlanDbItem::Entry(e) => entry(sink, e, stats)?,
                VlanDbItem::Global(g) => global(sink, g)?,
            }
            sink.close_object(Mode::Json)?;
        }
        sink.end_record()?;
    }
    if current.is_some() {
        close_port(sink)?;
    }
    Ok(())
}

/// `print_stp_state`.
fn stp_state(sink: &mut Sink<impl Write>, state: u8) -> io::Result<()> {
    match STP_STATES.get(usize::from(state)) {
        Some(s) => sink.string(Mode::Any, "state", "state ", *s, " "),
        None => sink.number(Mode::Any, "state", "state (", &state, ") "),
    }
}

/// The rest of `print_vlan_opts` after the range.
fn entry(sink: &mut Sink<impl Write>, e: &VlanDbEntry, stats: bool) -> io::Result<()> {
    flags(sink, e.flags)?;
    sink.text("\n")?;
    sink.text(PAD4)?;
    stp_state(sink, e.state.unwrap_or(0))?;
    if let Some(r) = e.mcast_router {
        sink.number(Mode::Any, "mcast_router", "mcast_router ", &r, " ")?;
    }
    sink.text("\n")?;
    if stats {
        let s = e.stats.unwrap_or_default();
        let x = VlanXstats {
            rx_bytes: s.rx_bytes,
            rx_packets: s.rx_packets,
            tx_bytes: s.tx_bytes,
            tx_packets: s.tx_packets,
            ..Default::default()
        };
        counters(sink, &x)?;
    }
    Ok(())
}

/// The rest of `print_vlan_global_opts` after the range, in bridge's order.
fn global(sink: &mut Sink<impl Write>, g: &GlobalOptions) -> io::Result<()> {
    // Attribute types: snooping, querier, igmp, mld, last member count, then the rest.
    const ORDER: [u16; 12] = [3, 15, 4, 5, 6, 8, 7, 14, 10, 11, 12, 13];
    sink.text("\n")?;
    sink.text(PAD4)?;
    for t in ORDER {
        // bridge prints the last member count when the MLD version is there.
        let shown = if t == 6 {
            g.get(5).and(g.get(6))
        } else {
            g.get(t)
        };
        let Some(opt) = shown else { continue };
        let word = GlobalOption::WORDS
            .iter()
            .find(|(id, _)| *id == t)
            .map_or("", |(_, w)| *w);
        sink.number(Mode::Any, word, &format!("{word} "), &opt.value(), " ")?;
    }
    sink.text("\n")
}

#[cfg(test)]
mod tests;
