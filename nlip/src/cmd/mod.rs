//! One file per object; each calls the library only.

pub mod addr;
pub(crate) mod dump_file;
pub(crate) mod flush;
pub(crate) mod inet;
pub mod link;
pub mod link_change;
pub mod monitor;
pub mod neigh;
pub mod netconf;
pub mod netns;
pub mod nexthop;
pub mod route;
pub mod rule;

use crate::diag::{self, Failure};
use crate::render::Sink;
use crate::Context;
use nlkit::wire::{MessageBuilder, MessageView};
use std::io::{self, BufWriter, Stdout};

/// Sends a change with `NLM_F_ECHO` (`-echo`) and prints what the kernel echoes with
/// `print`, "Deleted " before a deletion's echo, as ip does; then reports the outcome like
/// any change. (ip 6.1 writes `[{{...}}]` for `-j -echo`; nlip writes valid JSON.)
pub(crate) fn echo(
    ctx: &mut Context,
    request: &MessageBuilder,
    mut print: impl FnMut(&mut Sink<BufWriter<Stdout>>, &MessageView<&[u8]>, &Context) -> io::Result<()>,
) -> Result<(), Failure> {
    let (ack, echoed) = ctx
        .conn
        .execute_echo(request)
        .map_err(|e| diag::kernel(&e))?;
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for bytes in &echoed {
        let Ok(m) = MessageView::new_checked(&bytes[..]) else {
            continue;
        };
        use nlkit::rtnl::message_type::{RTM_DELADDR, RTM_DELROUTE, RTM_DELRULE};
        if matches!(m.message_type(), RTM_DELROUTE | RTM_DELADDR | RTM_DELRULE) {
            sink.text("Deleted ")?;
        }
        print(&mut sink, &m, ctx)?;
    }
    sink.end_list()?;
    diag::outcome(Ok(ack))
}
