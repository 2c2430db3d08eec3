//! `-batch FILE` (or `-` for stdin) and `-force`, with ip's semantics: lines are commands
//! without the leading `ip`; `#` starts a comment; double quotes group words; a trailing
//! backslash continues the line. A command that fails prints "Command failed FILE:LINE"; the
//! batch stops there, or with `-force` goes on and exits 1 at the end. Argument errors that
//! make ip exit (its exit code 255, invalid prefixes) stop the batch at once, even with
//! `-force`.
//!
//! The file is streamed, one line at a time. With `-force`, consecutive route changes are
//! sent through nlkit's pipeline (errors-only acknowledgements, many messages per sendmsg);
//! their errors are still reported per line and in order, before any later command runs.

use crate::args::Args;
use crate::diag::{self, Failure};
use crate::Context;
use nlkit::engine::{AckMode, Pipeline};
use std::collections::VecDeque;
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

/// Route changes in flight, with the line each came from.
struct Bulk<'c> {
    pipeline: Pipeline<'c>,
    lines: VecDeque<u64>,
    first_index: u64,
}

impl Bulk<'_> {
    /// Prints the failures that are ready, in order; true if there was one.
    fn report(&mut self, file: &str) -> bool {
        let mut failed = false;
        while let Some(done) = self.pipeline.pop_result() {
            let at = done.index.saturating_sub(self.first_index);
            let line = self.lines.pop_front().unwrap_or(at);
            self.first_index = done.index + 1;
            if let Err(e) = done.result {
                diag::kernel(&e).print();
                eprintln!("Command failed {file}:{line}");
                failed = true;
            }
        }
        failed
    }

    fn finish(&mut self, file: &str) -> bool {
        self.pipeline.finish();
        self.report(file)
    }
}

/// Runs the batch `file`.
pub fn run(ctx: &mut Context, file: &str, force: bool) -> Result<(), Failure> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        let f = std::fs::File::open(file).map_err(|e| {
            let text = diag::os_text(&e);
            Failure::new(
                format!("Cannot open file \"{file}\" for reading: {text}"),
                255,
            )
        })?;
        Box::new(f)
    };
    let mut reader = BufReader::with_capacity(64 * 1024, input);
    let mut bulk_conn = if force { Some(ctx.new_conn()?) } else { None };
    let mut bulk = bulk_conn.as_mut().map(|c| {
        let mut pipeline = c.pipeline();
        pipeline
            .set_ack_mode(AckMode::ErrorsOnly)
            .set_window(4096)
            .set_batch_bytes(64 * 1024);
        Bulk {
            pipeline,
            lines: VecDeque::new(),
            first_index: 0,
        }
    });
    let mut failed = false;
    let mut line_no: u64 = 0;
    let mut line = String::new();
    loop {
        line.clear();
        let start = line_no + 1;
        // A logical line: physical lines joined while they end in a backslash.
        loop {
            let mut part = String::new();
            let n = reader.read_line(&mut part).map_err(Failure::from)?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let trimmed = part.trim_end_matches(['\n', '\r']);
            match trimmed.strip_suffix('\\') {
                Some(head) => line.push_str(head),
                None => {
                    line.push_str(trimmed);
                    break;
                }
            }
        }
        if line_no < start {
            break; // end of input
        }
        let mut words = Vec::new();
        split_line(&line, &mut words);
        if words.is_empty() {
            continue;
        }
        if let Some(b) = bulk.as_mut() {
            if crate::is_route_object(words[0]) {
                if let Some(req) = crate::cmd::route::change_request(ctx, &words[1..]) {
                    match req {
                        Ok(change) => {
                            let route = change.route;
                            b.pipeline
                                .push_with(change.message_type, change.flags, |m| route.emit(m));
                            b.lines.push_back(line_no);
                            failed |= b.report(file);
                        }
                        Err(f) if f.fatal => {
                            b.finish(file);
                            return Err(f);
                        }
                        Err(f) => {
                            b.finish(file);
                            f.print();
                            eprintln!("Command failed {file}:{line_no}");
                            failed = true;
                        }
                    }
                    continue;
                }
            }
            failed |= b.finish(file);
        }
        match crate::dispatch(ctx, &mut Args::new(&words)) {
            Ok(()) => {}
            Err(f) if f.fatal => return Err(f),
            Err(f) => {
                f.print();
                eprintln!("Command failed {file}:{line_no}");
                failed = true;
                if !force {
                    return Err(Failure::new("", 1));
                }
            }
        }
    }
    if let Some(b) = bulk.as_mut() {
        failed |= b.finish(file);
    }
    if failed {
        return Err(Failure::new("", 1));
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
