//! `-echo`: a change made with `NLM_F_ECHO`, and what the kernel echoes printed.

use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::Sink;
use nlkit::rtnl::{self, AnyObject, Change, Event, Kind, Verb};
use std::io::{self, BufWriter, Stdout};

/// True when ip prints "Deleted " before the echo of a removal of `kind` (its route,
/// address and rule printers do).
fn says_deleted(kind: Kind) -> bool {
    matches!(kind, Kind::Route | Kind::Address | Kind::Rule)
}

/// Makes the change `verb` with `object` with `NLM_F_ECHO` (`-echo`) and prints what the
/// kernel echoes with `print`, "Deleted " before a deletion's echo, as ip does; then
/// reports the outcome like any change. (ip 6.1 writes `[{{...}}]` for `-j -echo`; nlip
/// writes valid JSON.)
pub(crate) fn echo_change<C: Change>(
    ctx: &mut Context,
    object: &C,
    verb: Verb,
    mut print: impl FnMut(&mut Sink<BufWriter<Stdout>>, &AnyObject, &Context) -> io::Result<()>,
) -> Result<(), Failure> {
    let (ack, events) =
        rtnl::apply_echo(&mut ctx.conn, object, verb).map_err(|e| diag::kernel(&e))?;
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for event in &events {
        let (o, deleted) = match event {
            Event::New(o) => (o, false),
            Event::Deleted(o) => (o, true),
            _ => continue,
        };
        if deleted && says_deleted(o.kind()) {
            sink.text("Deleted ")?;
        }
        print(&mut sink, o, ctx)?;
    }
    sink.end_list()?;
    diag::outcome(Ok(ack))
}
