//! `nlip netns`: named network namespaces under /run/netns: `list`, `add`, `delete`, `exec`.

use crate::args::{invalid_arg_tight, matches, Args};
use crate::diag::{os_text, Failure};
use crate::ip::context::Context;
use crate::render::Mode;
use nlkit::rtnl;
use nlkit::rtnl::nsid::{NsidFilter, NsidOf, NsidQuery, NSID_NOT_ASSIGNED};
use nlkit::sys::netns::{named_path, NETNS_RUN_DIR};
use nlkit::sys::Netns;

const HELP: &str = "Usage:\tip netns list
\tip netns add NAME
\tip netns attach NAME PID
\tip netns set NAME NETNSID
\tip [-all] netns delete [NAME]
\tip netns identify [PID]
\tip netns pids NAME
\tip [-all] netns exec [NAME] cmd ...
\tip netns monitor
\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
NETNSID := auto | POSITIVE-INT";

/// `nlip netns ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return list(ctx);
    };
    if matches(cmd, "list") || cmd == "show" || cmd == "lst" {
        list(ctx)
    } else if matches(cmd, "help") {
        Err(Failure::usage(HELP))
    } else if matches(cmd, "add") {
        add(args)
    } else if matches(cmd, "delete") {
        delete(args)
    } else if matches(cmd, "exec") {
        exec(args)
    } else if matches(cmd, "identify") {
        identify(ctx, args)
    } else if matches(cmd, "pids") {
        pids(args)
    } else if matches(cmd, "set") {
        set(ctx, args)
    } else if cmd == "list-id" {
        list_id(ctx, args)
    } else if ["attach", "monitor"].iter().any(|c| matches(cmd, c)) {
        Err(Failure::usage(format!(
            "nlip: \"netns {cmd}\" is not implemented yet"
        )))
    } else {
        Err(Failure::usage(format!(
            "Command \"{cmd}\" is unknown, try \"ip netns help\"."
        )))
    }
}

/// `nlip netns identify [PID]`: the names under /run/netns bound to the network namespace
/// of PID (default: the one nlip works in, `-n` included), in directory order on one line.
fn identify(ctx: &Context, args: &mut Args) -> Result<(), Failure> {
    use std::os::fd::{AsFd, AsRawFd};
    use std::os::unix::fs::MetadataExt;
    let path = match args.next() {
        Some(pid) if !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) => {
            format!("/proc/{pid}/ns/net")
        }
        Some(other) => {
            return Err(Failure::failed(format!(
                "Specified string '{other}' is not a pid"
            )))
        }
        None => match &ctx.netns {
            Some(ns) => format!("/proc/self/fd/{}", ns.as_fd().as_raw_fd()),
            None => "/proc/self/ns/net".to_owned(),
        },
    };
    if args.peek().is_some() {
        return Err(Failure::failed("extra arguments specified"));
    }
    let target = std::fs::metadata(&path)
        .map_err(|e| Failure::failed(format!("Cannot open network namespace: {}", os_text(&e))))?;
    let mut names = Vec::new();
    if let Ok(dir) = std::fs::read_dir(NETNS_RUN_DIR) {
        for e in dir.flatten() {
            let Ok(m) = std::fs::metadata(e.path()) else {
                continue;
            };
            if (m.dev(), m.ino()) == (target.dev(), target.ino()) {
                names.push(e.file_name().to_string_lossy().into_owned());
            }
        }
    }
    println!("{}", names.join(" "));
    Ok(())
}

/// `nlip netns set NAME ID|auto`: gives the named namespace that id in the current one.
fn set(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let name = name_arg(args)?;
    let v = args
        .next()
        .ok_or_else(|| Failure::failed("No nsid specified"))?;
    let nsid = match v {
        "auto" => None,
        _ => {
            let n = crate::args::c_long(v).and_then(|n| i32::try_from(n).ok());
            let n = n.ok_or_else(|| invalid_arg_tight("Invalid \"netnsid\" value", v))?;
            let n = u32::try_from(n)
                .map_err(|_| invalid_arg_tight("\"netnsid\" value should be >= 0", v))?;
            Some(n)
        }
    };
    let ns = Netns::open_name(name).map_err(|e| {
        Failure::failed(format!(
            "Cannot open network namespace \"{name}\": {}",
            os_text(&e)
        ))
    })?;
    crate::diag::outcome(rtnl::nsid::assign(&mut ctx.conn, &ns, nsid))
}

/// `nlip netns list-id [target-nsid ID] [nsid ID]`: the ids this namespace (or the one it
/// knows as `target-nsid`) gives other namespaces, with the name of each when it has one.
fn list_id(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (mut target, mut only) = (None, None);
    while let Some(w) = args.next() {
        let (slot, key) = match w {
            "target-nsid" => (&mut target, "\"target-nsid\""),
            "nsid" => (&mut only, "\"nsid\""),
            _ => return Err(Failure::usage(HELP)),
        };
        let v = args.value(w)?;
        // ip's get_integer (an int, base 0), then its own check (naming no argument).
        let n = crate::args::c_long(v).and_then(|n| i32::try_from(n).ok());
        let n = n.ok_or_else(|| invalid_arg_tight(&format!("{key} value is invalid"), v))?;
        if n < 0 {
            return Err(invalid_arg_tight(
                &format!("{key} value should be >= 0"),
                "(null)",
            ));
        }
        *slot = Some(n);
    }
    let names = crate::names::netns_ids(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    // ip exits with 1 when the dump fails; `nsid N` is a lookup (its errors exit with 2).
    let failed = |e: &nlkit::engine::Error| {
        let mut f = crate::diag::dump(e);
        f.code = crate::diag::exit::FAILED;
        f
    };
    let entries: Vec<_> = match only {
        Some(n) => {
            let query = NsidQuery {
                by: NsidOf::Id(n),
                target,
            };
            vec![rtnl::get(&mut ctx.conn, &query).map_err(|e| crate::diag::kernel(&e))?]
        }
        None => rtnl::dump(&mut ctx.conn, &NsidFilter { target })
            .map_err(|e| failed(&e))?
            .collect::<Result<_, _>>()
            .map_err(|e| failed(&e))?,
    };
    for e in entries {
        let nsid = e.nsid.unwrap_or(NSID_NOT_ASSIGNED);
        sink.open_object(Mode::Json, None)?;
        sink.number(Mode::Any, "nsid", "nsid ", &nsid, " ")?;
        if let Some(c) = e.current_nsid {
            sink.number(Mode::Any, "current-nsid", "current-nsid ", &c, " ")?;
        }
        let name = names.get(&e.current_nsid.unwrap_or(nsid));
        if let Some(name) = name.filter(|_| target.is_none() || e.current_nsid.is_some()) {
            sink.string(Mode::Any, "name", "(iproute2 netns name: ", name, ")")?;
        }
        sink.text("\n")?;
        sink.close_object(Mode::Json)?;
    }
    Ok(sink.end_list()?)
}

/// `nlip netns pids NAME`: the processes whose network namespace is NAME's, one per line
/// in /proc's order.
fn pids(args: &mut Args) -> Result<(), Failure> {
    use std::os::unix::fs::MetadataExt;
    let name = name_arg(args)?;
    if args.peek().is_some() {
        return Err(Failure::failed("extra arguments specified"));
    }
    let path = named_path(name).unwrap_or_default();
    let target = std::fs::metadata(path)
        .map_err(|e| Failure::failed(format!("Cannot open network namespace: {}", os_text(&e))))?;
    let mut out = String::new();
    if let Ok(proc) = std::fs::read_dir("/proc") {
        for e in proc.flatten() {
            let pid = e.file_name().to_string_lossy().into_owned();
            if !pid.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Ok(m) = std::fs::metadata(e.path().join("ns/net")) else {
                continue;
            };
            if (m.dev(), m.ino()) == (target.dev(), target.ino()) {
                out.push_str(&pid);
                out.push('\n');
            }
        }
    }
    print!("{out}");
    Ok(())
}

/// The names under /run/netns in directory order (as ip lists them), each with its nsid
/// as seen from the current namespace.
fn list(ctx: &mut Context) -> Result<(), Failure> {
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Ok(dir) = std::fs::read_dir(NETNS_RUN_DIR) {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "." || name == ".." {
                continue;
            }
            let id = Netns::open_name(&name)
                .ok()
                .and_then(|ns| rtnl::nsid::of(&mut ctx.conn, &ns).ok().flatten());
            sink.open_object(Mode::Json, None)?;
            sink.string(Mode::Any, "name", "", &name, "")?;
            if let Some(id) = id {
                sink.number(Mode::Any, "id", " (id: ", &id, ")")?;
            }
            sink.close_object(Mode::Json)?;
            sink.text("\n")?;
            sink.end_record()?;
        }
    }
    sink.end_list()?;
    Ok(())
}

/// The namespace name argument: missing, or not a name a file under /run/netns can have
/// (empty, `.`, `..`, a `/`), as ip words it.
fn name_arg<'a>(args: &mut Args<'a>) -> Result<&'a str, Failure> {
    let name = args
        .next()
        .ok_or_else(|| Failure::failed("No netns name specified"))?;
    match named_path(name) {
        Ok(_) => Ok(name),
        Err(_) => Err(Failure::usage(format!("Invalid netns name \"{name}\""))),
    }
}

fn add(args: &mut Args) -> Result<(), Failure> {
    let name = name_arg(args)?;
    Netns::create_named(name).map(drop).map_err(|e| {
        let path = named_path(name).map(|p| p.display().to_string());
        Failure::failed(format!(
            "Cannot create namespace file \"{}\": {}",
            path.unwrap_or_else(|_| name.to_owned()),
            os_text(&e)
        ))
    })
}

fn delete(args: &mut Args) -> Result<(), Failure> {
    let name = name_arg(args)?;
    Netns::remove_named(name).map_err(|e| {
        Failure::failed(format!(
            "Cannot remove namespace file \"{NETNS_RUN_DIR}/{name}\": {}",
            os_text(&e)
        ))
    })
}

/// Runs a program inside the namespace: this process enters it, gets a private mount
/// namespace with the namespace's /sys and /etc/netns/NAME files, and executes the program
/// in its place (its exit code is ours).
fn exec(args: &mut Args) -> Result<(), Failure> {
    let name = name_arg(args)?;
    let Some(program) = args.next() else {
        return Err(Failure::failed("No command specified"));
    };
    let ns = Netns::open_name(name).map_err(|e| {
        Failure::usage(format!(
            "Cannot open network namespace \"{name}\": {}",
            os_text(&e)
        ))
    })?;
    ns.enter().map_err(|e| {
        Failure::usage(format!(
            "setting the network namespace \"{name}\" failed: {}",
            os_text(&e)
        ))
    })?;
    nlkit::sys::netns::isolate_mounts(name).map_err(|e| {
        Failure::usage(format!(
            "mount of /sys for \"{name}\" failed: {}",
            os_text(&e)
        ))
    })?;
    let mut rest = Vec::new();
    while let Some(w) = args.next() {
        rest.push(w);
    }
    use std::os::unix::process::CommandExt;
    let e = std::process::Command::new(program).args(rest).exec();
    Err(Failure::failed(format!(
        "exec of \"{program}\" failed: {}",
        os_text(&e)
    )))
}
