//! `nlip address save`, `restore` and `showdump`: ip's binary dump of addresses.

use super::print::print_address;
use super::select::{device_index, parse_show};
use crate::args::Args;
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::Sink;
use nlkit::rtnl::addr::{Address, AddressFilter};
use nlkit::rtnl::{Filter, Object};
use std::io;

/// The first four bytes of ip's address dump file (`ip address save`), little-endian.
const ADDRESS_DUMP_MAGIC: u32 = 0x4736_1222;

/// `nlip address save [SELECTORS]`: the addresses as ip's binary dump on stdout. As ip,
/// only the family option and `dev` select; the other selectors are read and ignored.
pub(super) fn save(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let s = parse_show(ctx, args)?;
    let filter = AddressFilter {
        family: ctx.address_family(),
        index: device_index(ctx, &s)?,
        ..Default::default()
    };
    // ip writes every message of the dump as it comes: the kernel's filter is the only one
    // (a batch's socket is not strict, so there it saves every address of the family).
    crate::ip::dump_file::save(&mut ctx.conn, ADDRESS_DUMP_MAGIC, &filter.request(), |m| {
        Address::from_message(m).is_ok()
    })?;
    // ip exits (0) once the addresses are saved: a batch ends here.
    Err(Failure::new("", 0).fatal())
}

/// The addresses of a dump file on stdin.
fn read_addresses() -> Result<Vec<(Vec<u8>, Address)>, Failure> {
    let messages = crate::ip::dump_file::read(ADDRESS_DUMP_MAGIC, 255)?;
    Ok(messages
        .into_iter()
        .filter_map(|b| {
            let view = nlkit::wire::MessageView::new_checked(&b[..]).ok()?;
            let a = Address::from_message(&view).ok()?;
            Some((b, a))
        })
        .collect())
}

/// `nlip address showdump < FILE`: each address of a dump file under `ifINDEX:` (text).
pub(super) fn showdump() -> Result<(), Failure> {
    let addresses = read_addresses()?;
    let mut sink = Sink::new(io::BufWriter::new(io::stdout()), false, false);
    for (_, a) in &addresses {
        sink.text(&format!("if{}:\n", a.index))?;
        print_address(&mut sink, a, true)?;
    }
    Ok(sink.flush()?)
}

/// `nlip address restore < FILE`: adds the addresses of a dump file back as saved; as ip,
/// a refused one is reported and the rest still go.
pub(super) fn restore(ctx: &mut Context) -> Result<(), Failure> {
    for (saved, _) in read_addresses()? {
        let request = crate::ip::dump_file::restore_request(&saved, <Address as Object>::NEW);
        if let Err(f) = diag::outcome(ctx.conn.execute(&request)) {
            f.print();
        }
    }
    Ok(())
}
