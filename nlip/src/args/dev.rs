//! Device names as ip 6.1 reads them (`ll_name_to_index`): the names of the link dump first,
//! then what `if_nametoindex` finds (the kernel cuts the name at a `:`, so `va0:0` is `va0`,
//! and knows alternative names), then a long alternative name (`ll_link_get`), then `ifN`.

use crate::names::Links;
use nlkit::engine::Conn;
use nlkit::rtnl;
use nlkit::rtnl::link::{attrs::RTEXT_FILTER_SKIP_STATS, LinkQuery};

/// `IFNAMSIZ`: `if_nametoindex` refuses a name of this length or longer.
const IFNAMSIZ: usize = 16;

/// The index of device `name` as ip's `ll_name_to_index` finds it (`None` for 0).
pub fn device_index(links: &mut Links, conn: &mut Conn, name: &str) -> Option<u32> {
    if let Some(i) = links.index(conn, name) {
        return Some(i);
    }
    if let Some(i) = name_to_index(conn, name) {
        return Some(i);
    }
    // ll_idx_a2n: sscanf(name, "if%u"), the digits after `if`.
    let digits = name.strip_prefix("if")?;
    let end = digits.bytes().take_while(u8::is_ascii_digit).count();
    digits[..end].parse::<u32>().ok().filter(|&i| i != 0)
}

/// `if_nametoindex(name)` (the SIOCGIFINDEX ioctl looks a name shorter than IFNAMSIZ up to
/// its first `:` among names and alternative names), then ip's `ll_link_get` (a longer name
/// as an alternative name).
fn name_to_index(conn: &mut Conn, name: &str) -> Option<u32> {
    if name.as_bytes().contains(&0) {
        return None;
    }
    let mut get = |n: &str| {
        let query = LinkQuery {
            ext_mask: Some(RTEXT_FILTER_SKIP_STATS),
            ..LinkQuery::by_name(n)
        };
        rtnl::get(conn, &query).ok().map(|l| l.index)
    };
    if name.len() < IFNAMSIZ {
        let base = name.split(':').next().unwrap_or("");
        // A name with `:` is looked up whole too, and finds nothing: names have none.
        return if base.is_empty() { None } else { get(base) };
    }
    get(name)
}
