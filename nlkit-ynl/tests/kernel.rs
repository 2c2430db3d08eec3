//! Generated families against this kernel, in a namespace made for the test: nlctrl
//! resolves the families, netdev and ethtool answer about a veth pair, and a refused
//! request is the kernel's error, its extended ACK's attribute named by the spec.

use nlkit::engine::Conn;
use nlkit::sys::Protocol;
use nlkit::wire::genl::GENL_ID_CTRL;
use nlkit::ynl::{self, ethtool, netdev, nlctrl};

fn resolve(conn: &mut Conn, name: &str) -> u16 {
    let request = nlctrl::GetfamilyRequest {
        family_name: Some(name.to_owned()),
        ..Default::default()
    };
    let reply = conn
        .request(&nlctrl::getfamily(GENL_ID_CTRL, &request))
        .unwrap();
    let (_, family) = ynl::parse_genl::<nlctrl::CtrlAttrs>(reply.message().payload()).unwrap();
    assert_eq!(family.family_name.as_deref(), Some(name));
    family.family_id.unwrap()
}

#[test]
fn netdev_and_ethtool_on_a_veth() {
    let Some(ns) = nltestns::Netns::new("ynl") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut conn = ns.conn_of(Protocol::Generic);
    let netdev_id = resolve(&mut conn, netdev::FAMILY_NAME);
    let devs: Vec<netdev::Dev> = conn
        .dump(&netdev::dev_get_dump(netdev_id))
        .unwrap()
        .decode(|m| ynl::parse_genl::<netdev::Dev>(m.payload()).map(|(_, d)| d))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(devs.len(), 3, "lo and the veth pair");
    assert!(devs
        .iter()
        .all(|d| d.ifindex.is_some() && d.malformed.is_empty()));

    let ethtool_id = resolve(&mut conn, ethtool::FAMILY_NAME);
    let header = ethtool::Header {
        dev_name: Some("v0".to_owned()),
        ..Default::default()
    };
    let request = ethtool::LinkinfoGetRequest {
        header: Some(header.clone()),
        ..Default::default()
    };
    let reply = conn
        .request(&ethtool::linkinfo_get(ethtool_id, &request))
        .unwrap();
    let (_, info) = ynl::parse_genl::<ethtool::Linkinfo>(reply.message().payload()).unwrap();
    assert_eq!(info.header.and_then(|h| h.dev_name).as_deref(), Some("v0"));

    // A device that does not exist: the kernel's ENODEV, with its text.
    let missing = ethtool::LinkinfoGetRequest {
        header: Some(ethtool::Header {
            dev_name: Some("nope0".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let request = ethtool::linkinfo_get(ethtool_id, &missing);
    let e = conn.request(&request).unwrap_err();
    assert_eq!(e.errno(), Some(nlkit::sys::errno::ENODEV), "{e}");
    // The extended ACK points at the name; the spec names it.
    let nlkit::engine::Error::Kernel(k) = e else {
        panic!("a kernel error");
    };
    let offset = k.ext_ack.offset.expect("an offset") as usize;
    let spec_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/ethtool.yaml");
    let spec = nlkit_ynl::load(&spec_path).unwrap();
    let bytes = request.finish().unwrap();
    let codec = nlkit_ynl::dynamic::Dynamic::new(&spec);
    let named = codec.attribute_at("linkinfo-get", &bytes, offset);
    assert_eq!(named.as_deref(), Some(".header.dev-name"));
}

/// Every generated request is a `genl::Request` of its module's `Family`: `genl::dump`,
/// `genl::get` and `genl::execute` run it, resolving the family through the cache.
#[test]
fn generated_requests_run_through_the_genl_operations() {
    use nlkit::genl::{self, Families};
    let Some(ns) = nltestns::Netns::new("ynlreq") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();

    let devs: Vec<netdev::Dev> =
        genl::dump(&mut conn, &families, &netdev::DevGetDumpRequest::default())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
    assert_eq!(devs.len(), 3, "lo and the veth pair");
    let v0 = devs.iter().find(|d| d.ifindex != Some(1)).unwrap();
    let one = netdev::DevGetRequest {
        ifindex: v0.ifindex,
        ..Default::default()
    };
    assert_eq!(
        genl::get(&mut conn, &families, &one).unwrap().ifindex,
        v0.ifindex
    );

    // nlctrl's id is fixed: the generated family says so, and resolving it sends nothing.
    let all: Vec<nlctrl::CtrlAttrs> = genl::dump(
        &mut conn,
        &families,
        &nlctrl::GetfamilyDumpRequest::default(),
    )
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap();
    assert!(all
        .iter()
        .any(|f| f.family_name.as_deref() == Some("netdev")));
    assert_eq!(
        families.lookups(),
        1,
        "netdev was resolved once, nlctrl never"
    );

    // A do answered by an ACK only: tcp_metrics' delete of every entry (the namespace has
    // none; the kernel answers success).
    let flush = nlkit::ynl::tcp_metrics::DelRequest::default();
    genl::execute(&mut conn, &families, &flush).unwrap();
    assert_eq!(families.lookups(), 2);
}

/// A generic netlink request of a generated family names the attribute its kernel error
/// points at by the spec: ethtool's ENODEV for a missing device is `header: dev-name`.
#[test]
fn a_generated_request_names_the_attribute_its_error_points_at() {
    use nlkit::engine::Error;
    use nlkit::genl::{self, Families};
    let Some(ns) = nltestns::Netns::new("ynlname") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let request = ethtool::LinkinfoGetRequest {
        header: Some(ethtool::Header {
            dev_name: Some("nope0".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    match genl::get(&mut conn, &families, &request) {
        Err(Error::Kernel(k)) => {
            assert_eq!(k.errno, nlkit::sys::errno::ENODEV, "{k}");
            assert_eq!(k.named_attribute(), Some("header: dev-name"), "{k}");
            assert!(
                k.to_string().ends_with("(attribute header: dev-name)"),
                "{k}"
            );
        }
        other => panic!("expected ENODEV, got {other:?}"),
    }
}
