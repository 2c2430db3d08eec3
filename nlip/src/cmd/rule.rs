//! `nlip rule`: `show` / `list` with the family options and the `table` and `pref`
//! selectors.

use crate::args::{invalid_arg, matches, Args};
use crate::cmd::route::IP_PROTOCOLS;
use crate::diag::{self, Failure};
use crate::names;
use crate::render::{Color, Mode, Sink};
use crate::Context;
use nlkit::rtnl::rule::attrs::*;
use nlkit::rtnl::rule::{self as nlrule, Rule};
use std::io::{self, Write};

const HELP: &str = "Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]";

/// `nlip rule ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::new(HELP, 255));
    }
    for c in ["add", "delete", "flush", "save", "restore"] {
        if matches(cmd, c) {
            return Err(Failure::new(
                format!("nlip: \"rule {c}\" is not implemented yet"),
                255,
            ));
        }
    }
    Err(Failure::new(
        format!("Command \"{cmd}\" is unknown, try \"ip rule help\"."),
        255,
    ))
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let family = ctx.family.unwrap_or(nlkit::rtnl::family::AF_INET);
    let (mut table, mut pref) = (None, None);
    while let Some(w) = args.next() {
        if matches(w, "table") || w == "lookup" {
            let v = args.value(w)?;
            table = Some(
                names::tables()
                    .id(v)
                    .ok_or_else(|| invalid_arg("table id value is invalid", v))?,
            );
        } else if matches(w, "preference") || matches(w, "order") || matches(w, "priority") {
            let v = args.value(w)?;
            pref = Some(
                v.parse::<u32>()
                    .map_err(|_| invalid_arg("Invalid \"priority\"", v))?,
            );
        } else {
            let what = if family == nlkit::rtnl::family::AF_INET6 {
                "inet6"
            } else {
                "inet"
            };
            return Err(Failure::new(
                format!("Error: {what} prefix is expected rather than \"{w}\"."),
                1,
            )
            .fatal());
        }
    }
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for r in nlrule::dump(&mut ctx.conn, Some(family)).map_err(|e| diag::dump(&e))? {
        let r = r.map_err(|e| diag::dump(&e))?;
        if table.is_some_and(|t| r.table_id() != t)
            || pref.is_some_and(|p| r.priority.unwrap_or(0) != p)
        {
            continue;
        }
        print_rule(&mut sink, &r, ctx.details)?;
    }
    sink.end_list()?;
    Ok(())
}

/// Prints one rule as `ip rule show` does.
pub(crate) fn print_rule<W: Write>(sink: &mut Sink<W>, r: &Rule, details: bool) -> io::Result<()> {
    let h = &r.header;
    let color = Color::of_family(h.family);
    sink.open_object(Mode::Json, None)?;
    sink.number(Mode::Any, "priority", "", &r.priority.unwrap_or(0), ":\t")?;
    if h.flags & FIB_RULE_INVERT != 0 {
        sink.null(Mode::Any, "not", "not ")?;
    }
    match r.source {
        Some(s) => {
            sink.colored(Mode::Any, "src", "from ", &s, "", color)?;
            if h.source_len != host_len(h.family) {
                sink.number(Mode::Any, "srclen", "/", &h.source_len, "")?;
            }
        }
        None => sink.string(Mode::Any, "src", "from ", "all", "")?,
    }
    if let Some(d) = r.destination {
        sink.colored(Mode::Any, "dst", " to ", &d, "", color)?;
        if h.destination_len != host_len(h.family) {
            sink.number(Mode::Any, "dstlen", "/", &h.destination_len, "")?;
        }
    }
    if h.tos != 0 {
        sink.string(
            Mode::Any,
            "tos",
            " tos ",
            &crate::render::Fmt(format_args!("{:#x}", h.tos)),
            "",
        )?;
    }
    if r.fwmark.is_some() || r.fwmask.is_some() {
        let mark = r.fwmark.unwrap_or(0);
        sink.string(
            Mode::Any,
            "fwmark",
            " fwmark ",
            &crate::render::Fmt(format_args!("{mark:#x}")),
            "",
        )?;
        if let Some(m) = r.fwmask.filter(|&m| m != u32::MAX) {
            sink.string(
                Mode::Any,
                "fwmask",
                "/",
                &crate::render::Fmt(format_args!("{m:#x}")),
                "",
            )?;
        }
    }
    if let Some(i) = &r.iif {
        sink.colored(Mode::Any, "iif", " iif ", i.as_str(), "", Color::Iface)?;
        if h.flags & FIB_RULE_IIF_DETACHED != 0 {
            sink.null(Mode::Any, "iif_detached", " [detached]")?;
        }
    }
    if let Some(o) = &r.oif {
        sink.colored(Mode::Any, "oif", " oif ", o.as_str(), "", Color::Iface)?;
        if h.flags & FIB_RULE_OIF_DETACHED != 0 {
            sink.null(Mode::Any, "oif_detached", " [detached]")?;
        }
    }
    if r.l3mdev.unwrap_or(0) != 0 {
        sink.null(Mode::Any, "l3mdev", " lookup [l3mdev-table]")?;
    }
    if let Some((s, e)) = r.uid_range {
        sink.number(Mode::Any, "uid_start", " uidrange ", &s, "")?;
        sink.number(Mode::Any, "uid_end", "-", &e, "")?;
    }
    if let Some(p) = r.ip_proto {
        let name = IP_PROTOCOLS
            .iter()
            .find(|(_, n)| *n == p)
            .filter(|_| !names::numeric());
        match name {
            Some((name, _)) => sink.string(Mode::Any, "ipproto", " ipproto ", *name, "")?,
            // ip's -N spelling.
            None => {
                let text = format!("ipproto-{p}");
                sink.string(Mode::Any, "ipproto", " ipproto ", text.as_str(), "")?
            }
        }
    }
    for (key, range) in [("sport", r.sport_range), ("dport", r.dport_range)] {
        if let Some((s, e)) = range {
            if s == e {
                sink.number(Mode::Any, key, &format!(" {key} "), &s, "")?;
            } else {
                sink.number(
                    Mode::Any,
                    &format!("{key}_start"),
                    &format!(" {key} "),
                    &s,
                    "",
                )?;
                sink.number(Mode::Any, &format!("{key}_end"), "-", &e, "")?;
            }
        }
    }
    if let Some(t) = r.tun_id {
        sink.number(Mode::Any, "tun_id", " tun_id ", &t, "")?;
    }
    let table = r.table_id();
    if table != 0 && r.l3mdev.unwrap_or(0) == 0 {
        sink.string(
            Mode::Any,
            "table",
            " lookup ",
            &names::tables().show(table),
            "",
        )?;
        if let Some(p) = r.suppress_prefixlen.filter(|&p| p != u32::MAX) {
            sink.number(
                Mode::Any,
                "suppress_prefixlen",
                " suppress_prefixlength ",
                &p,
                "",
            )?;
        }
        if let Some(g) = r.suppress_ifgroup.filter(|&g| g != u32::MAX) {
            sink.string(
                Mode::Any,
                "suppress_ifgroup",
                " suppress_ifgroup ",
                &names::groups().show(g),
                "",
            )?;
        }
    }
    if let Some(flow) = r.flow {
        let (from, to) = (flow >> 16, flow & 0xffff);
        let realms = names::realms();
        if from != 0 {
            sink.string(Mode::Any, "flow_from", " realms ", &realms.show(from), "/")?;
            sink.string(Mode::Any, "flow_to", "", &realms.show(to), "")?;
        } else {
            sink.string(Mode::Any, "flow_to", " realms ", &realms.show(to), "")?;
        }
    }
    let numeric_action =
        names::numeric() && !matches!(h.action, FR_ACT_GOTO | FR_ACT_TO_TBL | FR_ACT_NOP | 0);
    if numeric_action {
        sink.string(Mode::Any, "action", " ", &h.action, "")?;
    }
    match h.action {
        _ if numeric_action => {}
        FR_ACT_GOTO => {
            sink.number(Mode::Any, "goto", " goto ", &r.goto.unwrap_or(0), "")?;
            if h.flags & FIB_RULE_UNRESOLVED != 0 {
                sink.null(Mode::Any, "unresolved", " [unresolved]")?;
            }
        }
        FR_ACT_NOP => sink.null(Mode::Any, "nop", " nop")?,
        FR_ACT_BLACKHOLE => sink.string(Mode::Any, "action", " ", "blackhole", "")?,
        FR_ACT_UNREACHABLE => sink.string(Mode::Any, "action", " ", "unreachable", "")?,
        FR_ACT_PROHIBIT => sink.string(Mode::Any, "action", " ", "prohibit", "")?,
        _ => {}
    }
    if let Some(p) = r.protocol {
        if (p != 0 && p != 2) || details {
            sink.string(
                Mode::Any,
                "protocol",
                " proto ",
                &names::protocols().show(u32::from(p)),
                "",
            )?;
        }
    }
    sink.text("\n")?;
    sink.close_object(Mode::Json)?;
    sink.end_record()
}

fn host_len(family: u8) -> u8 {
    if family == nlkit::rtnl::family::AF_INET6 {
        128
    } else {
        32
    }
}

#[cfg(test)]
mod golden {
    //! The rule dump captured in nlkit/src/rtnl/rule/fixtures/show.bin, rendered, against
    //! what iproute2 printed for the same namespace (`ip [-j] -4|-6 rule show`).
    use super::*;
    use nlkit::wire::MessageIter;

    const DUMP: &[u8] = include_bytes!("../../../nlkit/src/rtnl/rule/fixtures/show.bin");

    fn render(json: bool, family: Option<u8>) -> String {
        let mut sink = Sink::new(Vec::new(), json, false);
        sink.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let r = Rule::from_message(&m.unwrap()).unwrap();
            if family.is_none_or(|f| f == r.header.family) {
                print_rule(&mut sink, &r, false).unwrap();
            }
        }
        sink.end_list().unwrap();
        String::from_utf8(sink.into_inner()).unwrap()
    }

    #[test]
    fn text_and_json_are_what_ip_printed() {
        assert_eq!(
            render(false, None),
            include_str!("../../tests/golden/rule_show.txt")
        );
        assert_eq!(
            render(true, Some(2)),
            include_str!("../../tests/golden/rule_show4.json")
        );
        assert_eq!(
            render(true, Some(10)),
            include_str!("../../tests/golden/rule_show6.json")
        );
    }
}
