//! `type vrf table TABLE`.

use crate::args::{invalid_arg, Args};
use crate::diag::Failure;
use crate::names;
use nlkit::rtnl::link::kinds::Vrf;

/// The options after `type vrf`.
pub(super) fn parse(args: &mut Args) -> Result<Vrf, Failure> {
    const USAGE: &str = "Usage: ... vrf table TABLEID";
    let mut c = Vrf::default();
    while let Some(w) = args.next() {
        match w {
            "table" => {
                let v = args.value(w)?;
                let t = names::tables().id(v);
                c.table = Some(t.ok_or_else(|| invalid_arg("invalid table ID", v))?);
            }
            "help" => return Err(Failure::failed(USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "vrf: unknown option \"{w}\"?\n{USAGE}"
                )))
            }
        }
    }
    Ok(c)
}
