//! Captures kernel replies of generated families as byte fixtures (the messages, one after
//! another, as the kernel sent them), for the round-trip tests:
//!
//! ```sh
//! ip netns add ynlcap && ip -n ynlcap link add v0 type veth peer name v1
//! ip netns exec ynlcap target/debug/examples/capture nlkit-ynl/tests/fixtures
//! ip netns del ynlcap
//! ```
//!
//! Families are resolved with the generated nlctrl module (`getfamily` by name).

use nlkit::engine::{Conn, Error};
use nlkit::sys::Protocol;
use nlkit::wire::genl::GENL_ID_CTRL;
use nlkit::wire::MessageBuilder;
use nlkit::ynl::{self, ethtool, netdev, nlctrl};
use std::path::Path;

fn resolve(conn: &mut Conn, name: &str) -> Result<u16, Error> {
    let request = nlctrl::GetfamilyRequest {
        family_name: Some(name.to_owned()),
        ..Default::default()
    };
    let reply = conn.request(&nlctrl::getfamily(GENL_ID_CTRL, &request))?;
    let (_, family) = ynl::parse_genl::<nlctrl::CtrlAttrs>(reply.message().payload())?;
    Ok(family.family_id.unwrap_or(0))
}

fn dump(conn: &mut Conn, b: &MessageBuilder) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    for m in conn.dump(b)?.into_raw_iter() {
        out.extend_from_slice(&m?);
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: capture DIR")?;
    let dir = Path::new(&dir);
    let mut conn = Conn::new(Protocol::Generic)?;
    let header = ethtool::Header {
        dev_name: Some("v0".to_owned()),
        ..Default::default()
    };
    let netdev_id = resolve(&mut conn, netdev::FAMILY_NAME)?;
    let bytes = dump(&mut conn, &netdev::dev_get_dump(netdev_id))?;
    std::fs::write(dir.join("netdev_dev_get.bin"), bytes)?;
    let ethtool_id = resolve(&mut conn, ethtool::FAMILY_NAME)?;
    let linkinfo = ethtool::LinkinfoGetRequest {
        header: Some(header.clone()),
        ..Default::default()
    };
    let reply = conn.request(&ethtool::linkinfo_get(ethtool_id, &linkinfo))?;
    std::fs::write(
        dir.join("ethtool_linkinfo_get.bin"),
        reply.message().as_bytes(),
    )?;
    let modes = ethtool::LinkmodesGetRequest {
        header: Some(header),
        ..Default::default()
    };
    let reply = conn.request(&ethtool::linkmodes_get(ethtool_id, &modes))?;
    std::fs::write(
        dir.join("ethtool_linkmodes_get.bin"),
        reply.message().as_bytes(),
    )?;
    let bytes = dump(&mut conn, &nlctrl::getfamily_dump(GENL_ID_CTRL))?;
    std::fs::write(dir.join("nlctrl_getfamily_dump.bin"), bytes)?;
    Ok(())
}
