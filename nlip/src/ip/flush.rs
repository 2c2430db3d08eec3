//! The round loop that `flush` commands share: dump and delete until a round finds nothing,
//! with ip's `-s` report ("*** Round N, deleting M entries ***").

use crate::diag::Failure;
use crate::render::Sink;
use std::io::Write;

/// How many dump-and-delete rounds a flush makes at most.
const MAX_ROUNDS: u32 = 10;

/// Runs `round` (which deletes what one dump finds and returns how many it deleted) until
/// it finds nothing, printing ip's report with `-s` (`stats > 0`). When a first round finds
/// nothing ip says "Nothing to flush." (`nothing_line`), except for a `route flush cache`
/// of both families: "*** Flush is complete after 0 round ***".
pub(crate) fn rounds<W: Write>(
    sink: &mut Sink<W>,
    stats: u32,
    nothing_line: bool,
    mut round: impl FnMut(&mut Sink<W>) -> Result<u64, Failure>,
) -> Result<(), Failure> {
    let mut rounds = 0;
    loop {
        rounds += 1;
        let deleted = match round(sink) {
            Ok(n) => n,
            Err(f) => {
                sink.flush()?;
                return Err(f);
            }
        };
        if deleted == 0 {
            if stats > 0 {
                if rounds == 1 && nothing_line {
                    sink.text("Nothing to flush.\n")?;
                } else {
                    let plural = if rounds - 1 > 1 { "s" } else { "" };
                    sink.text(&format!(
                        "*** Flush is complete after {} round{plural} ***\n",
                        rounds - 1
                    ))?;
                }
            }
            sink.flush()?;
            return Ok(());
        }
        if stats > 0 {
            sink.text(&format!(
                "\n*** Round {rounds}, deleting {deleted} entries ***\n"
            ))?;
        }
        if rounds >= MAX_ROUNDS {
            sink.flush()?;
            return Err(Failure::failed(format!(
                "*** Flush remains incomplete after {rounds} rounds. ***"
            )));
        }
    }
}

/// The sink of a flush report: text even with `-j`, as ip prints it.
pub(crate) fn text_sink(
    ctx: &crate::ip::context::Context,
) -> Sink<std::io::BufWriter<std::io::Stdout>> {
    let out = std::io::BufWriter::new(std::io::stdout());
    let mut sink = Sink::new(out, false, false);
    sink.set_oneline(ctx.oneline).set_color(ctx.color);
    sink
}
