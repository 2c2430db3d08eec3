//! `nlip nexthop`: `show` / `list` with `id`, `dev`, `groups`, `fdb`, `master`,
//! `protocol` and the family options, and `get id ID`.

use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::names;
use crate::render::{Color, Mode, Sink};
use crate::Context;
use nlkit::rtnl::nexthop::attrs::*;
use nlkit::rtnl::nexthop::{self as nlnh, Nexthop, NexthopFilter};
use nlkit::rtnl::route::attrs::{
    RTNH_F_DEAD, RTNH_F_LINKDOWN, RTNH_F_OFFLOAD, RTNH_F_ONLINK, RTNH_F_TRAP,
};
use std::io::{self, Write};

const HELP: &str = "Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR
       ip nexthop { add | replace } id ID NH [ protocol ID ]
       ip nexthop { get | del } id ID
       ip nexthop bucket list BUCKET_SELECTOR
       ip nexthop bucket get id ID index INDEX
SELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]
            [ groups ] [ fdb ]
BUCKET_SELECTOR := SELECTOR | [ nhid ID ]
NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
        [ encap ENCAPTYPE ENCAPHDR ] |
        group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
GROUP := [ <id[,weight]>/<id[,weight]>/... ]
TYPE := { mpath | resilient }
TYPE_ARGS := [ RESILIENT_ARGS ]
RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                  [ unbalanced_timer UNBALANCED ]
ENCAPTYPE := [ mpls ]
ENCAPHDR := [ MPLSLABEL ]";

/// `nlip nexthop ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::new(HELP, 255));
    }
    for c in ["add", "replace", "delete", "flush", "bucket"] {
        if matches(cmd, c) {
            return Err(Failure::new(
                format!("nlip: \"nexthop {c}\" is not implemented yet"),
                255,
            ));
        }
    }
    Err(Failure::new(
        format!("Command \"{cmd}\" is unknown, try \"ip nexthop help\"."),
        255,
    ))
}

fn parse_id(v: &str) -> Result<u32, Failure> {
    v.parse()
        .map_err(|_| invalid_arg_tight("invalid id value", v))
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut filter = NexthopFilter {
        family: ctx.family,
        ..Default::default()
    };
    let (mut id, mut protocol) = (None, None);
    while let Some(w) = args.next() {
        if w == "id" {
            id = Some(parse_id(args.value(w)?)?);
        } else if w == "dev" || w == "master" {
            let d = args.value(w)?;
            let idx = ctx.links.index(&mut ctx.conn, d);
            let idx = idx.ok_or_else(|| invalid_arg("Device does not exist", d))?;
            if w == "dev" {
                filter.interface = Some(idx);
            } else {
                filter.master = Some(idx);
            }
        } else if w == "groups" {
            filter.groups = true;
        } else if w == "fdb" {
            filter.fdb = true;
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            protocol = Some(
                v.parse::<u8>()
                    .map_err(|_| invalid_arg_tight("invalid protocol value", v))?,
            );
        } else {
            return Err(Failure::new(
                format!("Error: argument \"{w}\" is wrong: "),
                255,
            ));
        }
    }
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Some(id) = id {
        let nh = nlnh::get(&mut ctx.conn, id).map_err(|e| diag::kernel(&e))?;
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
        sink.end_list()?;
        return Ok(());
    }
    for nh in nlnh::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let nh = nh.map_err(|e| diag::dump(&e))?;
        if protocol.is_some_and(|p| nh.header.protocol != p) {
            continue;
        }
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    }
    sink.end_list()?;
    Ok(())
}

fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut id = None;
    while let Some(w) = args.next() {
        if w == "id" {
            id = Some(parse_id(args.value(w)?)?);
        } else {
            return Err(Failure::new(
                format!("Error: argument \"{w}\" is wrong: "),
                255,
            ));
        }
    }
    let Some(id) = id else {
        return Err(Failure::new(HELP, 255));
    };
    ctx.links.preload(&mut ctx.conn);
    let nh = nlnh::get(&mut ctx.conn, id).map_err(|e| diag::kernel(&e))?;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    sink.end_list()?;
    Ok(())
}

/// Prints one nexthop as `ip nexthop show` does (`record`: as its own line and JSON object;
/// otherwise inline, for `route -d`'s `nh_info`).
pub fn print_nexthop<W: Write>(
    sink: &mut Sink<W>,
    nh: &Nexthop,
    links: &names::Links,
    details: bool,
    record: bool,
) -> io::Result<()> {
    let h = &nh.header;
    if record {
        sink.open_object(Mode::Json, None)?;
    }
    if let Some(id) = nh.id {
        sink.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    if let Some(g) = &nh.group {
        sink.text("group ")?;
        sink.open_array(Mode::Json, Some("group"))?;
        for (i, m) in g.iter().enumerate() {
            if i > 0 {
                sink.text("/")?;
            }
            sink.open_object(Mode::Json, None)?;
            sink.number(Mode::Any, "id", "", &m.id, "")?;
            if m.weight > 0 {
                sink.number(Mode::Any, "weight", ",", &m.weight(), "")?;
            }
            sink.close_object(Mode::Json)?;
        }
        sink.close_array(Mode::Json)?;
        sink.text(" ")?;
        if nh.group_type == Some(NEXTHOP_GRP_TYPE_RES) {
            sink.string(Mode::Any, "type", "type ", "resilient", " ")?;
            if let Some(r) = &nh.resilient {
                sink.open_object(Mode::Json, Some("resilient_args"))?;
                if let Some(b) = r.buckets {
                    sink.number(Mode::Any, "buckets", "buckets ", &b, " ")?;
                }
                for (key, v) in [
                    ("idle_timer", r.idle_timer),
                    ("unbalanced_timer", r.unbalanced_timer),
                ] {
                    if let Some(v) = v {
                        sink.number(Mode::Any, key, &format!("{key} "), &(v / 100), " ")?;
                    }
                }
                if let Some(v) = r.unbalanced_time {
                    sink.number(
                        Mode::Any,
                        "unbalanced_time",
                        "unbalanced_time ",
                        &(v / 100),
                        " ",
                    )?;
                }
                sink.close_object(Mode::Json)?;
            }
        }
    }
    let color = crate::render::Color::of_family(h.family);
    if let Some(g) = nh.gateway {
        sink.colored(Mode::Any, "gateway", "via ", &g, " ", color)?;
    }
    if let Some(o) = nh.output_interface {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(o),
            " ",
            Color::Iface,
        )?;
    }
    if (nh.group.is_none() && !nh.blackhole) || details {
        sink.string(
            Mode::Any,
            "scope",
            "scope ",
            &names::scopes().show(u32::from(h.scope)),
            " ",
        )?;
    }
    if nh.blackhole {
        sink.null(Mode::Any, "blackhole", "blackhole ")?;
    }
    if h.protocol != 0 || details {
        sink.string(
            Mode::Any,
            "protocol",
            "proto ",
            &names::protocols().show(u32::from(h.protocol)),
            " ",
        )?;
    }
    if nh.fdb {
        sink.null(Mode::Any, "fdb", "fdb ")?;
    }
    sink.open_array(Mode::Json, Some("flags"))?;
    for (bit, name) in [
        (RTNH_F_DEAD, "dead"),
        (RTNH_F_ONLINK, "onlink"),
        (RTNH_F_OFFLOAD, "offload"),
        (RTNH_F_TRAP, "trap"),
        (RTNH_F_LINKDOWN, "linkdown"),
    ] {
        if h.flags & u32::from(bit) != 0 {
            sink.string(Mode::Any, "", "", name, " ")?;
        }
    }
    sink.close_array(Mode::Json)?;
    if record {
        sink.text("\n")?;
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    Ok(())
}

#[cfg(test)]
mod golden {
    //! The nexthop dump captured in nlkit/src/rtnl/nexthop/fixtures/show.bin, rendered,
    //! against what iproute2 printed for the same namespace (`ip [-j|-d] nexthop show`).
    use super::*;
    use nlkit::wire::MessageIter;

    const DUMP: &[u8] = include_bytes!("../../../nlkit/src/rtnl/nexthop/fixtures/show.bin");

    fn render(json: bool, details: bool) -> String {
        let links = names::Links::from_pairs(&[(1, "lo"), (2, "v1"), (3, "v0")]);
        let mut sink = Sink::new(Vec::new(), json, false);
        sink.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let nh = Nexthop::from_message(&m.unwrap()).unwrap();
            print_nexthop(&mut sink, &nh, &links, details, true).unwrap();
        }
        sink.end_list().unwrap();
        String::from_utf8(sink.into_inner()).unwrap()
    }

    #[test]
    fn text_and_json_are_what_ip_printed() {
        assert_eq!(
            render(false, false),
            include_str!("../../tests/golden/nexthop_show.txt")
        );
        assert_eq!(
            render(false, true),
            include_str!("../../tests/golden/nexthop_show_d.txt")
        );
        assert_eq!(
            render(true, false),
            include_str!("../../tests/golden/nexthop_show.json")
        );
    }
}
