//! `ip tuntap { add | del | show | list | lst | help } ...`: persistent TUN/TAP devices as
//! ip 6.1 makes and lists them (`ip/iptuntap.c`'s grammar and output, as facts; our own
//! code). `add`/`del` go through [`nlkit::sys::tun`] (in the `-n` namespace through a
//! thread there); `show` dumps the links of kind `tun` and reads each one's `tun_flags`,
//! `owner` and `group` from sysfs (with `-n`, the process moves into the namespace and sees
//! its sysfs, as ip does); `-d` lists the processes holding each device.
//!
//! One difference, on purpose: ip 6.1's `-j -d` writes each process as bare `"name"`
//! and `"pid"` members inside the `processes` array (invalid JSON); nlip writes an object
//! per process.

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::{HardwareType, LinkFilter};
use nlkit::sys::tun::{self, flags::*};
use std::io::Write;

/// ip 6.1's usage.
pub const USAGE: &str = "Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]
       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]
       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]

Where: USER  := { STRING | NUMBER }
       GROUP := { STRING | NUMBER }";

/// `ip tuntap ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx);
    };
    let rest: Vec<&str> = std::iter::from_fn(|| args.next()).collect();
    if matches(cmd, "add") {
        let d = parse(&rest, true)?;
        return in_netns(ctx, move || tun::create(&d.name, d.flags, d.owner, d.group));
    }
    if matches(cmd, "delete") {
        let d = parse(&rest, false)?;
        return in_netns(ctx, move || tun::delete(&d.name, d.flags));
    }
    if matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list") {
        return show(ctx);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(USAGE));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip tuntap help\"."
    )))
}

/// A failure ip reports and returns from (exit 1: ip negates the -1).
fn failed(message: impl Into<String>) -> Failure {
    Failure::failed(message)
}

/// Runs `op` where the device must be made (the `-n` namespace's thread, or here) and
/// reports a failure as ip's `perror`.
fn in_netns(
    ctx: &Context,
    op: impl FnOnce() -> Result<(), tun::TunError> + Send,
) -> Result<(), Failure> {
    let result = match &ctx.netns {
        None => op(),
        Some(ns) => match ns.run(op) {
            Ok(r) => r,
            Err(error) => Err(tun::TunError {
                step: "open",
                error,
            }),
        },
    };
    result.map_err(|e| failed(format!("{}: {}", e.step, crate::diag::os_text(&e.error))))
}

/// What `add`/`del` were given.
#[derive(Debug, Default, PartialEq, Eq)]
struct Device {
    name: String,
    flags: u16,
    owner: Option<u32>,
    group: Option<u32>,
}

/// A name the kernel accepts for a device (iproute2's `get_ifname` check).
fn valid_ifname(n: &str) -> bool {
    !n.is_empty()
        && n.len() < 16
        && n != "."
        && n != ".."
        && !n
            .bytes()
            .any(|b| b == b'/' || b == b':' || b.is_ascii_whitespace())
}

/// strtol(v, &end, 10) with nothing left over, or the id of a name in `lookup`.
fn id(v: &str, lookup: fn(&str) -> Option<u32>, what: &str) -> Result<u32, Failure> {
    let digits = v.strip_prefix(['-', '+']).unwrap_or(v);
    if !v.is_empty() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(crate::args::c_long(v).unwrap_or(0) as u32);
    }
    lookup(v).ok_or_else(|| Failure::usage(format!("invalid {what} \"{v}\"")))
}

/// ip's `parse_args`: `user` and `group` only for `add` (for `del` they are names).
fn parse(words: &[&str], add: bool) -> Result<Device, Failure> {
    let mut d = Device {
        flags: IFF_NO_PI,
        ..Default::default()
    };
    let incomplete = || Failure::usage("Command line is not complete. Try option \"help\"");
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if matches(w, "mode") {
            let v = it.next().ok_or_else(incomplete)?;
            let (mode, other) = if matches(v, "tun") {
                (IFF_TUN, IFF_TAP)
            } else if matches(v, "tap") {
                (IFF_TAP, IFF_TUN)
            } else {
                return Err(Failure::usage(format!("Unknown tunnel mode \"{v}\"")));
            };
            if d.flags & other != 0 {
                return Err(Failure::usage(
                    "You managed to ask for more than one tunnel mode.",
                ));
            }
            d.flags |= mode;
        } else if add && matches(w, "user") {
            d.owner = Some(id(
                it.next().ok_or_else(incomplete)?,
                crate::names::user_id,
                "user",
            )?);
        } else if add && matches(w, "group") {
            d.group = Some(id(
                it.next().ok_or_else(incomplete)?,
                crate::names::group_id,
                "group",
            )?);
        } else if matches(w, "pi") {
            d.flags &= !IFF_NO_PI;
        } else if matches(w, "one_queue") {
            d.flags |= IFF_ONE_QUEUE;
        } else if matches(w, "vnet_hdr") {
            d.flags |= IFF_VNET_HDR;
        } else if matches(w, "multi_queue") {
            d.flags |= IFF_MULTI_QUEUE;
        } else if matches(w, "dev") {
            let v = it.next().ok_or_else(incomplete)?;
            if !valid_ifname(v) {
                return Err(crate::args::invalid_arg_tight(
                    "\"dev\" not a valid ifname",
                    v,
                ));
            }
            d.name = v.to_owned();
        } else {
            let v = if matches(w, "name") {
                it.next().ok_or_else(incomplete)?
            } else {
                w
            };
            if matches(v, "help") && !matches(w, "name") {
                return Err(Failure::usage(USAGE));
            }
            if !d.name.is_empty() {
                return Err(crate::args::duplicate_or_garbage("name", v));
            }
            if !valid_ifname(v) {
                return Err(crate::args::invalid_arg_tight(
                    "\"name\" not a valid ifname",
                    v,
                ));
            }
            d.name = v.to_owned();
        }
    }
    if d.flags & (IFF_TUN | IFF_TAP) == 0 {
        return Err(failed("You failed to specify a tunnel mode"));
    }
    Ok(d)
}

/// A sysfs property of device `name`, as ip's `read_prop` reads it (strtol base 0).
fn prop(name: &str, what: &str) -> Option<i64> {
    let text = std::fs::read_to_string(format!("/sys/class/net/{name}/{what}")).ok()?;
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let v = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => t.parse::<i64>().ok()?,
    };
    Some(if neg { -v } else { v })
}

/// The flag words ip prints for `tun_flags`, in its order.
fn flag_words(flags: i64) -> (Vec<&'static str>, i64) {
    let f = |bit: u16| flags & i64::from(bit) != 0;
    let mut words = Vec::new();
    for (on, word) in [
        (f(IFF_TUN), "tun"),
        (f(IFF_TAP), "tap"),
        (!f(IFF_NO_PI), "pi"),
        (f(IFF_ONE_QUEUE), "one_queue"),
        (f(IFF_MULTI_QUEUE), "multi_queue"),
        (f(IFF_VNET_HDR), "vnet_hdr"),
        (f(IFF_PERSIST), "persist"),
        (!f(IFF_NOFILTER), "filter"),
    ] {
        if on {
            words.push(word);
        }
    }
    let known = IFF_TUN | IFF_TAP | IFF_NO_PI | IFF_ONE_QUEUE | IFF_MULTI_QUEUE | IFF_VNET_HDR;
    let rest = flags & !i64::from(known | IFF_PERSIST | IFF_NOFILTER);
    (words, rest)
}

/// `ip tuntap show`.
fn show(ctx: &mut Context) -> Result<(), Failure> {
    if ctx.netns.is_some() {
        enter_netns(ctx)?;
    }
    let filter = LinkFilter {
        kind: Some("tun".to_owned()),
        ext_mask: Some(1),
        ..Default::default()
    };
    let links: Vec<_> = nlkit::rtnl::dump(&mut ctx.conn, &filter)
        .map_err(|e| crate::diag::kernel(&e))?
        .filter_map(Result::ok)
        .collect();
    let details = ctx.details;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for l in links {
        if !matches!(l.link_type, HardwareType::Ether | HardwareType::None)
            || l.kind() != Some("tun")
        {
            continue;
        }
        let Some(name) = l.name.as_deref() else {
            continue;
        };
        let (Some(flags), Some(owner), Some(group)) = (
            prop(name, "tun_flags"),
            prop(name, "owner"),
            prop(name, "group"),
        ) else {
            continue;
        };
        print_device(&mut sink, name, flags, owner, group, details)?;
    }
    sink.end_list()?;
    Ok(())
}

/// With `-n`: the process moves into the namespace with a sysfs of its own, as ip's
/// `netns_switch` does, so that `/sys/class/net` shows the namespace's devices.
fn enter_netns(ctx: &Context) -> Result<(), Failure> {
    let (Some(ns), Some(name)) = (&ctx.netns, ctx.netns_name.as_deref()) else {
        return Ok(());
    };
    ns.enter()
        .and_then(|()| nlkit::sys::netns::isolate_mounts(name))
        .map_err(|e| {
            failed(format!(
                "Cannot switch to network namespace \"{name}\": {}",
                crate::diag::os_text(&e)
            ))
        })
}

fn print_device<W: Write>(
    sink: &mut Sink<W>,
    name: &str,
    flags: i64,
    owner: i64,
    group: i64,
    details: bool,
) -> std::io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    sink.colored(
        Mode::Any,
        "ifname",
        "",
        name,
        ":",
        crate::render::Color::Iface,
    )?;
    sink.open_array(Mode::Json, Some("flags"))?;
    let (words, rest) = flag_words(flags);
    for w in words {
        sink.string(Mode::Any, "", " ", w, "")?;
    }
    if rest != 0 {
        sink.string(Mode::Any, "", " ", &format!("{rest:#x}"), "")?;
    }
    sink.close_array(Mode::Json)?;
    if owner != -1 {
        sink.number(Mode::Any, "user", " user ", &crate::render::Fmt(owner), "")?;
    }
    if group != -1 {
        sink.number(
            Mode::Any,
            "group",
            " group ",
            &crate::render::Fmt(group),
            "",
        )?;
    }
    if details {
        sink.text("\n\tAttached to processes:")?;
        sink.open_array(Mode::Json, Some("processes"))?;
        for (pid, comm) in holders(name) {
            sink.open_object(Mode::Json, None)?;
            sink.string(Mode::Any, "name", "", comm.as_str(), "")?;
            sink.number(Mode::Any, "pid", "(", &pid, ")")?;
            sink.close_object(Mode::Json)?;
        }
        sink.close_array(Mode::Json)?;
    }
    sink.close_object(Mode::Json)?;
    sink.text("\n")?;
    sink.end_record()
}

/// The processes (but this one) holding `/dev/net/tun` attached to device `name`: their
/// pid and command, read from `/proc/PID/fd` and `fdinfo` (`iff:` names the device), in
/// /proc's order. A link ip cannot read prints ip's `readlink: ...` line.
fn holders(name: &str) -> Vec<(u32, String)> {
    let me = std::process::id();
    let mut found = Vec::new();
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return found;
    };
    for p in procs.flatten() {
        let Some(pid) = p.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(p.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if pid == me {
                continue;
            }
            match std::fs::read_link(fd.path()) {
                Ok(t) if t == std::path::Path::new("/dev/net/tun") => {}
                Ok(_) => continue,
                Err(e) => {
                    crate::diag::warn(&format!("readlink: {}", crate::diag::os_text(&e)));
                    continue;
                }
            }
            let info = p.path().join("fdinfo").join(fd.file_name());
            let text = std::fs::read_to_string(info).unwrap_or_default();
            let attached = text
                .lines()
                .any(|l| l.strip_prefix("iff:").map(str::trim) == Some(name));
            if attached {
                let comm = std::fs::read_to_string(p.path().join("comm"))
                    .map(|c| c.trim_end().to_owned())
                    .unwrap_or_else(|_| "<NULL>".to_owned());
                found.push((pid, comm));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_as_ip_reads_them() {
        let d = parse(&["dev", "tap0", "mode", "tap", "pi", "user", "7"], true).unwrap();
        assert_eq!(
            (d.name.as_str(), d.flags, d.owner),
            ("tap0", IFF_TAP, Some(7))
        );
        // For del, `user` is a name.
        assert_eq!(parse(&["mode", "tun", "user"], false).unwrap().name, "user");
        assert!(parse(&["tap0"], true)
            .unwrap_err()
            .message
            .contains("failed to specify"));
        assert!(parse(&["mode", "tun", "mode", "tap"], true).is_err());
        assert!(!valid_ifname("a/b") && !valid_ifname("0123456789abcdef"));
    }

    #[test]
    fn flags_as_ip_names_them() {
        let (w, rest) = flag_words(0x1802);
        assert_eq!((w, rest), (vec!["tap", "persist"], 0));
        let (w, rest) = flag_words(0x6811 | 0x20);
        assert_eq!(
            w,
            ["tun", "pi", "one_queue", "vnet_hdr", "persist", "filter"]
        );
        assert_eq!(rest, 0x30);
    }
}
