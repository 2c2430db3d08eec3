//! `-batch FILE` (or `-` for stdin) and `-force`, with ip's semantics: lines are commands
//! without the leading `ip`; `#` starts a comment; double quotes group words; a trailing
//! backslash continues the line. A command that fails prints "Command failed FILE:LINE"; the
//! batch stops there, or with `-force` goes on and exits 1 at the end. Argument errors that
//! make ip exit (its exit code 255, invalid prefixes) stop the batch at once, even with
//! `-force`.
//!
//! The file is streamed, one line at a time. With `-force`, consecutive route, address, rule
//! and nexthop changes are sent through nlkit's pipeline (errors-only acknowledgements, many
//! messages per sendmsg) by a second thread, so parsing and the kernel's work overlap; their
//! errors are still reported per line and in order, before any later command runs (an
//! extended-ACK warning on success is not reported there: errors-only requests get no ACK).

use crate::args::Args;
use crate::bulk::Bulk;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use std::io::{BufRead, BufReader, Read};

/// Splits a batch line into words, slices of the line (quotes group, `#` at a word start
/// ends the line).
pub fn split_line<'a>(line: &'a str, words: &mut Vec<&'a str>) {
    words.clear();
    let mut rest = line;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with('#') {
            break;
        }
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            words.push(&quoted[..end]);
            rest = quoted.get(end + 1..).unwrap_or("");
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            words.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
}

/// For `-force`: when `words` are a change the pipeline can carry (route, address, rule and
/// nexthop changes; other commands run one by one, and neighbour changes too, since their
/// kernel errors end the batch), the message for the sending thread, or the line's parse
/// failure.
fn pipelined_change(
    ctx: &mut Context,
    words: &[&str],
    line: u64,
) -> Option<Result<(u64, nlkit::wire::MessageBuilder), Failure>> {
    use crate::ip::objects::Object;
    let (first, rest) = words.split_first()?;
    Some(match crate::ip::objects::object_of(first)? {
        Object::Route => crate::ip::route::change_request(ctx, rest)?.map(|r| (line, r)),
        Object::Address => crate::ip::address::change_request(ctx, rest)?.map(|r| (line, r)),
        Object::Rule => crate::ip::rule::change_request(ctx, rest)?.map(|r| (line, r)),
        Object::Nexthop => crate::ip::nexthop::change_request(ctx, rest)?.map(|r| (line, r)),
        _ => return None,
    })
}

/// Runs the batch `file`.
pub fn run(ctx: &mut Context, file: &str, force: bool) -> Result<(), Failure> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        let f = std::fs::File::open(file).map_err(|e| {
            let text = diag::os_text(&e);
            Failure::failed(format!("Cannot open file \"{file}\" for reading: {text}"))
        })?;
        Box::new(f)
    };
    ctx.input = Some(Box::new(BufReader::with_capacity(64 * 1024, input)));
    let result = run_lines(ctx, file, force);
    ctx.input = None;
    result
}

/// Reads the next logical line of a batch into `line` (physical lines joined while they
/// end in a backslash, as iproute2's `getcmdline` joins them), counting physical lines in
/// `line_no`; false at the end of the input. ip and bridge read their batches so.
pub fn read_logical_line(
    input: &mut dyn BufRead,
    line: &mut String,
    line_no: &mut u64,
) -> std::io::Result<bool> {
    line.clear();
    let start = *line_no + 1;
    loop {
        let mut part = String::new();
        if input.read_line(&mut part)? == 0 {
            break;
        }
        *line_no += 1;
        let trimmed = part.trim_end_matches(['\n', '\r']);
        match trimmed.strip_suffix('\\') {
            Some(head) => line.push_str(head),
            None => {
                line.push_str(trimmed);
                break;
            }
        }
    }
    Ok(*line_no >= start)
}

/// Runs the lines of the batch `file`, read from `ctx.input`.
fn run_lines(ctx: &mut Context, file: &str, force: bool) -> Result<(), Failure> {
    // ip's batch opens its socket without NETLINK_GET_STRICT_CHK (only the one-command path
    // asks for strict dumps): the kernel ignores dump filters and never flags a dump
    // NLM_F_DUMP_FILTERED.
    let _ = ctx.conn.socket().set_strict_check(false);
    let mut bulk = if force {
        let conn = ctx.new_conn()?;
        let _ = conn.socket().set_strict_check(false);
        Some(Bulk::start(conn, file.to_owned()))
    } else {
        None
    };
    let mut failed = false;
    let mut line_no: u64 = 0;
    let mut line = String::new();
    loop {
        let more = match ctx.input.as_mut() {
            Some(r) => read_logical_line(r.as_mut(), &mut line, &mut line_no)?,
            None => false,
        };
        if !more {
            break; // end of input
        }
        let mut words = Vec::new();
        split_line(&line, &mut words);
        if words.is_empty() {
            continue;
        }
        if let Some(b) = bulk.as_mut() {
            if let Some(req) = pipelined_change(ctx, &words, line_no) {
                match req {
                    Ok((line, request)) => b.push(line, request),
                    Err(f) if f.fatal => {
                        b.finish();
                        return Err(f);
                    }
                    Err(f) => {
                        b.finish(); // the earlier lines' failures print first
                        f.print();
                        crate::diag::warn(&format!("Command failed {file}:{line_no}"));
                        failed = true;
                    }
                }
                continue;
            }
            failed |= b.finish();
        }
        match crate::ip::objects::dispatch(ctx, &mut Args::new(&words)) {
            Ok(()) => {}
            Err(f) if f.fatal => return Err(f),
            Err(f) => {
                f.print();
                crate::diag::warn(&format!("Command failed {file}:{line_no}"));
                failed = true;
                if !force {
                    return Err(Failure::failed(""));
                }
            }
        }
    }
    if let Some(b) = bulk.as_mut() {
        failed |= b.finish();
    }
    if failed {
        return Err(Failure::failed(""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::split_line;

    fn split(line: &str) -> Vec<&str> {
        let mut w = Vec::new();
        split_line(line, &mut w);
        w
    }

    #[test]
    fn words_quotes_and_comments() {
        assert_eq!(
            split("  route   show  \"10.0.0.0/24\"  # x"),
            ["route", "show", "10.0.0.0/24"]
        );
        assert!(split("# only a comment").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(split("link set \"a b\" up"), ["link", "set", "a b", "up"]);
        assert_eq!(split("x \"unterminated"), ["x", "unterminated"]);
    }
}
