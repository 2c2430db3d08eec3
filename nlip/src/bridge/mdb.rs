//! `nlbridge mdb`: the bridge multicast database as bridge 6.1 shows and changes it
//! (`bridge/mdb.c`'s grammar and output, observed and read as facts; our own code).
//!
//! bridge 6.1 has `show` (`dev BRIDGE` and `vid VID` filters, every other word ignored),
//! `add` and `del` (`dev`, `port`, `grp`, `src`, `permanent | temp`, `vid`; a word it does
//! not know is ignored, a repeated one overrides). `replace` and the 6.3 keywords
//! (`filter_mode`, `source_list`, `proto`) are not in 6.1: the library has them
//! ([`nlkit::rtnl::bridge::mdb`]), the command says `replace` is unknown, as bridge 6.1
//! does.

use super::Options;
use crate::args::c_atoi as atoi;
use crate::args::matches;
use crate::diag::Failure;
use crate::names::Links;
use crate::render::{Color, Mac, Mode, Sink};
use nlkit::engine::Conn;
use nlkit::rtnl::bridge::mdb::{
    self, GroupMode, MdbEntry, MdbFilter, MdbFlags, MdbGroup, MdbMessage, MdbState, RouterPort,
};
use nlkit::rtnl::{self, AddressFamily, Verb};
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// bridge 6.1's `mdb` usage (stderr, exit 255).
pub const USAGE: &str = "Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP \
[src SOURCE] [permanent | temp] [vid VID]
       bridge mdb {show} [ dev DEV ] [ vid VID ]";

/// `bridge mdb COMMAND ...`.
pub fn run(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let Some((&cmd, rest)) = words.split_first() else {
        return show(conn, o, &[]);
    };
    if matches(cmd, "add") {
        return modify(conn, Verb::Add, rest);
    }
    if matches(cmd, "delete") {
        return modify(conn, Verb::Delete, rest);
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(conn, o, rest);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"bridge mdb help\"."
    )))
}

fn incomplete() -> Failure {
    Failure::usage("Command line is not complete. Try option \"help\"")
}

fn nodev(name: &str) -> Failure {
    Failure::usage(format!("Cannot find device \"{name}\""))
}

fn show(conn: &mut Conn, o: &Options, words: &[&str]) -> Result<(), Failure> {
    let (dev, vid) = crate::bridge::dev_and_vid(words)?;
    let mut links = Links::default();
    let bridge = match dev {
        Some(d) => {
            Some(crate::args::dev::device_index(&mut links, conn, d).ok_or_else(|| nodev(d))?)
        }
        None => None,
    };
    let messages = mdb::dump(conn, &MdbFilter { bridge }).map_err(|e| crate::diag::dump(&e))?;
    let mut sink = crate::bridge::sink(o);
    let mut name = |i: u32| links.name(conn, i);
    print_all(&mut sink, &messages, &mut name, o, vid)?;
    Ok(())
}

/// The whole of `bridge mdb show`: the entries, then (with `-d`) the router ports; in JSON
/// `[{"mdb":[...],"router":{BRIDGE:[...]}}]`.
pub fn print_all<W: Write>(
    sink: &mut Sink<W>,
    messages: &[MdbMessage],
    name: &mut dyn FnMut(u32) -> String,
    o: &Options,
    vid: u32,
) -> io::Result<()> {
    sink.begin_list()?;
    sink.open_object(Mode::Json, None)?;
    sink.open_array(Mode::Json, Some("mdb"))?;
    for m in messages {
        for e in m
            .entries
            .iter()
            .filter(|e| vid == 0 || u32::from(e.vid) == vid)
        {
            print_entry(sink, e, name, o)?;
        }
    }
    sink.close_array(Mode::Json)?;
    sink.open_object(Mode::Json, Some("router"))?;
    for m in messages {
        if let Some(routers) = m.routers.as_deref().filter(|_| o.details > 0) {
            print_routers(sink, m.bridge, routers, name, o.stats > 0)?;
        }
    }
    sink.close_object(Mode::Json)?;
    sink.close_object(Mode::Json)?;
    sink.end_list()
}

/// bridge's `format_timer`: hundredths of a second as `S.CC` (`align`: `S` four wide).
fn timer(ticks: u32, align: bool) -> String {
    let (s, cs) = (ticks / 100, ticks % 100);
    if align {
        format!("{s:>4}.{cs:02}")
    } else {
        format!("{s}.{cs:02}")
    }
}

/// The flags bridge prints, in its order.
const FLAGS: [(MdbFlags, &str); 4] = [
    (MdbFlags::OFFLOAD, "offload"),
    (MdbFlags::FAST_LEAVE, "fast_leave"),
    (MdbFlags::STAR_EXCL, "added_by_star_ex"),
    (MdbFlags::BLOCKED, "blocked"),
];

/// One entry as `bridge mdb show` prints it.
pub fn print_entry<W: Write>(
    sink: &mut Sink<W>,
    e: &MdbEntry,
    name: &mut dyn FnMut(u32) -> String,
    o: &Options,
) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    sink.number(Mode::Json, "index", "", &e.bridge, "")?;
    sink.colored_with_prefix(
        Mode::Any,
        "dev",
        "dev ",
        name(e.bridge).as_str(),
        "",
        Color::Iface,
    )?;
    sink.string(Mode::Any, "port", " port ", name(e.port).as_str(), "")?;
    // bridge reads every group that is neither IPv4 nor link-layer as IPv6.
    let family = match e.group {
        MdbGroup::Ipv4(a) => {
            sink.colored_with_prefix(Mode::Any, "grp", " grp ", &a, "", Color::Inet)?;
            AddressFamily::Inet
        }
        MdbGroup::Ipv6(a) => {
            sink.colored_with_prefix(Mode::Any, "grp", " grp ", &a, "", Color::Inet6)?;
            AddressFamily::Inet6
        }
        MdbGroup::Other { address, .. } => {
            let a = Ipv6Addr::from(address);
            sink.colored_with_prefix(Mode::Any, "grp", " grp ", &a, "", Color::Inet6)?;
            AddressFamily::Inet6
        }
        MdbGroup::Mac(mac) => {
            sink.string(Mode::Any, "grp", " grp ", &Mac(&mac), "")?;
            AddressFamily::Packet
        }
    };
    if let Some(s) = e.source {
        sink.colored_with_prefix(Mode::Any, "src", " src ", &s, "", Color::of_family(family))?;
    }
    let permanent = u8::from(e.state) & u8::from(MdbState::Permanent) != 0;
    let state = if permanent { "permanent" } else { "temp" };
    sink.string(Mode::Any, "state", " ", state, "")?;
    if o.details > 0 {
        print_details(sink, e, family)?;
    }
    sink.open_array(Mode::Json, Some("flags"))?;
    for (flag, word) in FLAGS {
        if e.flags.contains(flag) {
            sink.string(Mode::Any, "", " ", word, "")?;
        }
    }
    sink.close_array(Mode::Json)?;
    if e.vid != 0 {
        sink.number(Mode::Any, "vid", " vid ", &e.vid, "")?;
    }
    if let Some(t) = e.timer.filter(|_| o.stats > 0) {
        sink.string(Mode::Any, "timer", " ", timer(t, true).as_str(), "")?;
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

/// `-d`: the filter mode, the source list and the protocol.
fn print_details<W: Write>(
    sink: &mut Sink<W>,
    e: &MdbEntry,
    family: AddressFamily,
) -> io::Result<()> {
    if let Some(m) = e.mode {
        let mode = if m == GroupMode::Include {
            "include"
        } else {
            "exclude"
        };
        sink.string(Mode::Any, "filter_mode", " filter_mode ", mode, "")?;
    }
    if let Some(sources) = &e.sources {
        sink.open_array(Mode::Json, Some("source_list"))?;
        sink.text(" source_list")?;
        let mut sep = " ";
        for s in sources {
            // bridge prints a source only with its timer (and not in a link-layer group),
            // but moves to the next separator either way.
            if let Some(t) = s.timer.filter(|_| family != AddressFamily::Packet) {
                sink.open_object(Mode::Json, None)?;
                sink.text(sep)?;
                let color = Color::of_family(family);
                sink.colored(Mode::Any, "address", "", &s.address, "", color)?;
                sink.string(Mode::Any, "timer", "/", timer(t, false).as_str(), "")?;
                sink.close_object(Mode::Json)?;
            }
            sep = ",";
        }
        sink.close_array(Mode::Json)?;
    }
    if let Some(p) = e.protocol {
        let p = crate::names::protocols().show(u32::from(u8::from(p)));
        sink.string(Mode::Any, "protocol", " proto ", &p, " ")?;
    }
    Ok(())
}

/// `-d`: a bridge's router ports (`-s`: one line each, with its timer and type).
fn print_routers<W: Write>(
    sink: &mut Sink<W>,
    bridge: u32,
    routers: &[RouterPort],
    name: &mut dyn FnMut(u32) -> String,
    stats: bool,
) -> io::Result<()> {
    let br = name(bridge);
    sink.open_array(Mode::Json, Some(br.as_str()))?;
    if !stats {
        sink.text(&format!("router ports on {br}: "))?;
    }
    for r in routers {
        let port = name(r.port);
        if sink.is_json() {
            sink.open_object(Mode::Json, None)?;
            sink.string(Mode::Json, "port", "", port.as_str(), "")?;
            if stats {
                router_stats(sink, r)?;
            }
            sink.close_object(Mode::Json)?;
        } else if stats {
            sink.text(&format!("router ports on {br}: {port}"))?;
            router_stats(sink, r)?;
            sink.text("\n")?;
        } else {
            sink.text(&format!("{port} "))?;
        }
    }
    if !stats {
        sink.text("\n")?;
    }
    sink.close_array(Mode::Json)
}

fn router_stats<W: Write>(sink: &mut Sink<W>, r: &RouterPort) -> io::Result<()> {
    if let Some(t) = r.timer {
        sink.string(Mode::Any, "timer", " ", timer(t, true).as_str(), "")?;
    }
    if let Some(k) = r.kind {
        let kind = if k.is_temporary() {
            "temp"
        } else {
            "permanent"
        };
        sink.string(Mode::Any, "type", " ", kind, "")?;
    }
    Ok(())
}

/// The words of `bridge mdb add|del`.
#[derive(Debug, Default)]
struct ModifyArgs<'a> {
    dev: Option<&'a str>,
    port: Option<&'a str>,
    group: Option<&'a str>,
    source: Option<&'a str>,
    permanent: bool,
    vid: i16,
}

/// bridge's `mdb_modify` loop: known words (the last of each wins), `help`, the rest
/// ignored.
fn modify_args<'a>(verb: Verb, words: &[&'a str]) -> Result<ModifyArgs<'a>, Failure> {
    let mut a = ModifyArgs::default();
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        match w {
            "dev" => a.dev = Some(it.next().ok_or_else(incomplete)?),
            "grp" => a.group = Some(it.next().ok_or_else(incomplete)?),
            "port" => a.port = Some(it.next().ok_or_else(incomplete)?),
            "permanent" => a.permanent |= verb == Verb::Add,
            "temp" => {}
            // bridge keeps atoi's value in a short.
            "vid" => a.vid = atoi(it.next().ok_or_else(incomplete)?) as i16,
            "src" => a.source = Some(it.next().ok_or_else(incomplete)?),
            w if matches(w, "help") => return Err(Failure::usage(USAGE)),
            _ => {}
        }
    }
    Ok(a)
}

/// `bridge mdb add|del dev BRIDGE port PORT grp GROUP [src SOURCE] [permanent | temp]
/// [vid VID]` (`mdb_modify`).
fn modify(conn: &mut Conn, verb: Verb, words: &[&str]) -> Result<(), Failure> {
    let a = modify_args(verb, words)?;
    let (Some(dev), Some(group), Some(port)) = (a.dev, a.group, a.port) else {
        return Err(Failure::usage(
            "Device, group address and port name are required arguments.",
        ));
    };
    let mut links = Links::default();
    let bridge = crate::args::dev::device_index(&mut links, conn, dev).ok_or_else(|| nodev(dev))?;
    let port_index =
        crate::args::dev::device_index(&mut links, conn, port).ok_or_else(|| nodev(port))?;
    let mut e = MdbEntry::new(bridge, port_index, parse_group(group)?);
    if a.permanent {
        e.state = MdbState::Permanent;
    }
    e.vid = a.vid as u16;
    if let Some(s) = a.source {
        let ip = s
            .parse::<Ipv4Addr>()
            .map(IpAddr::V4)
            .or_else(|_| s.parse::<Ipv6Addr>().map(IpAddr::V6))
            .map_err(|_| Failure::usage(format!("Invalid source address \"{s}\"")))?;
        e.source = Some(ip);
    }
    rtnl::apply(conn, &e, verb)
        .map(|_| ())
        .map_err(|e| Failure {
            code: 255,
            ..crate::diag::kernel(&e)
        })
}

/// bridge's `mdb_parse_grp`: IPv4, IPv6, then a 6-byte link-layer address (`ll_addr_a2n`,
/// whose complaint about a piece comes first). bridge's error names the group as
/// `ll_addr_a2n` left it: cut at its first `:` (the reader ends each piece in place).
fn parse_group(v: &str) -> Result<MdbGroup, Failure> {
    if let Ok(a) = v.parse::<Ipv4Addr>() {
        return Ok(MdbGroup::Ipv4(a));
    }
    if let Ok(a) = v.parse::<Ipv6Addr>() {
        return Ok(MdbGroup::Ipv6(a));
    }
    let shown = if v.contains('.') {
        v
    } else {
        v.split(':').next().unwrap_or(v)
    };
    let invalid = format!("Invalid address \"{shown}\"");
    match crate::args::lladdr::parse(v, 6) {
        Ok(b) if b.len() == 6 => {
            let mut mac = [0u8; 6];
            mac.copy_from_slice(&b);
            Ok(MdbGroup::Mac(mac))
        }
        Ok(_) => Err(Failure::usage(invalid)),
        Err(f) => Err(Failure::usage(format!("{}\n{invalid}", f.message))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With `-color` bridge colors `dev NAME`, ` grp GROUP` and ` src SOURCE` prefix and
    /// all (a link-layer group not at all) and each address of a source list (seen with
    /// `bridge -color -d mdb show | cat -v`).
    #[test]
    fn colors_as_bridge_paints_them() {
        let mut star = MdbEntry::new(2, 4, MdbGroup::Ipv4(Ipv4Addr::new(239, 1, 1, 20)));
        star.state = MdbState::Permanent;
        star.mode = Some(GroupMode::Include);
        star.sources = Some(vec![mdb::MdbSource {
            address: "10.0.0.22".parse().unwrap(),
            timer: Some(0),
        }]);
        let mut sg = MdbEntry::new(2, 6, MdbGroup::Ipv6("ff0e::9".parse().unwrap()));
        sg.source = Some("2001:db8::2".parse().unwrap());
        let l2 = MdbEntry::new(2, 6, MdbGroup::Mac([1, 0, 0x5e, 1, 2, 3]));
        let m = MdbMessage {
            bridge: 2,
            entries: vec![star, sg, l2],
            routers: None,
        };
        let mut sink = Sink::new(Vec::new(), false, false);
        sink.set_color(true);
        let o = Options {
            details: 1,
            ..Default::default()
        };
        let names = ["", "lo", "br0", "", "v0", "", "v2"];
        let mut name = |i: u32| names[i as usize].to_string();
        print_all(&mut sink, &[m], &mut name, &o, 0).unwrap();
        let out = String::from_utf8(sink.into_inner()).unwrap();
        assert_eq!(
            out,
            "\x1b[36mdev br0\x1b[0m port v0\x1b[35m grp 239.1.1.20\x1b[0m permanent \
             filter_mode include source_list \x1b[35m10.0.0.22\x1b[0m/0.00\n\
             \x1b[36mdev br0\x1b[0m port v2\x1b[34m grp ff0e::9\x1b[0m\
             \x1b[34m src 2001:db8::2\x1b[0m temp\n\
             \x1b[36mdev br0\x1b[0m port v2 grp 01:00:5e:01:02:03 temp\n"
        );
    }

    #[test]
    fn groups_as_bridge_reads_them() {
        assert_eq!(
            parse_group("239.1.1.1").unwrap(),
            MdbGroup::Ipv4(Ipv4Addr::new(239, 1, 1, 1))
        );
        assert!(matches!(parse_group("ff0e::1"), Ok(MdbGroup::Ipv6(_))));
        assert_eq!(
            parse_group("01:00:5e:1:2:3").unwrap(),
            MdbGroup::Mac([1, 0, 0x5e, 1, 2, 3])
        );
        let e = |v| parse_group(v).unwrap_err().message;
        assert_eq!(
            e("01:02:zz"),
            "\"zz\" is invalid lladdr.\nInvalid address \"01\""
        );
        assert_eq!(e("1:2:3:4:5:6:7"), "Invalid address \"1\"");
        assert_eq!(e("1.2.3"), "Invalid address \"1.2.3\"");
    }

    #[test]
    fn timers_and_atoi() {
        assert_eq!(timer(25997, true), " 259.97");
        assert_eq!(timer(5, false), "0.05");
        assert_eq!(atoi(" 12x"), 12);
        assert_eq!(atoi("-1"), -1);
        assert_eq!(atoi("x"), 0);
        assert_eq!(atoi("99999999999") as i16, -6145);
        assert_eq!(atoi("99999999999999999999"), -1);
    }
}
