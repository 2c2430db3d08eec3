//! `nlip rule save` and `rule restore`: ip's binary dump of rules.

use super::words::rule_family;
use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use nlkit::rtnl::rule::{Rule, RuleFilter};
use nlkit::rtnl::{Filter, Object};

/// The first four bytes of ip's rule dump file (`ip rule save`), little-endian.
const RULE_DUMP_MAGIC: u32 = 0x7170_6986;

/// `nlip rule save`: the rules of the family (`-4` by default) as ip's binary dump on
/// stdout.
pub(super) fn save(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    if args.peek().is_some() {
        return Err(Failure::new(
            "\"ip rule save\" does not take any arguments.",
            crate::diag::exit::FAILED,
        ));
    }
    let filter = RuleFilter {
        family: Some(rule_family(ctx)),
    };
    crate::ip::dump_file::save(&mut ctx.conn, RULE_DUMP_MAGIC, &filter.request(), |m| {
        Rule::from_message(m).is_ok_and(|r| filter.matches(&r))
    })
}

/// `nlip rule restore < FILE`: adds the rules of a dump file back as they were saved (ip
/// asks for no exclusivity, so rules that exist are added again).
pub(super) fn restore(ctx: &mut Context) -> Result<(), Failure> {
    for saved in crate::ip::dump_file::read(RULE_DUMP_MAGIC, 255)? {
        let request = crate::ip::dump_file::restore_request(&saved, <Rule as Object>::NEW);
        diag::outcome(ctx.conn.execute(&request))?;
    }
    Ok(())
}
