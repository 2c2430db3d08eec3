//! The dynamic codec against the kernel's own YNL tool: on the captured replies (the JSON
//! below is what `cli.py --output-json` printed for the same requests in the capturing
//! namespace), and live in a namespace against `cli.py` itself when Python and PyYAML are
//! there. Flag sets are compared as sets (cli.py prints them in no fixed order).

use nlkit::wire::{MessageIter, MessageView};
use nlkit_ynl::dynamic::Dynamic;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn spec(name: &str) -> nlkit_ynl::Spec {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    nlkit_ynl::load(&dir.join(format!("{name}.yaml"))).unwrap()
}

/// Sorts every list of strings (flag sets), recursively.
fn normalize(v: &mut Value) {
    match v {
        Value::Array(items) => {
            items.iter_mut().for_each(normalize);
            if items.iter().all(Value::is_string) {
                items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
            }
        }
        Value::Object(m) => m.values_mut().for_each(normalize),
        _ => {}
    }
}

fn decode_all(codec: &Dynamic<'_>, bytes: &[u8]) -> Vec<Value> {
    MessageIter::new(bytes)
        .map(|m| {
            let m: MessageView<&[u8]> = m.unwrap();
            codec.decode_message(m.message_type(), m.payload()).unwrap()
        })
        .collect()
}

fn assert_same(mut got: Value, mut want: Value) {
    normalize(&mut got);
    normalize(&mut want);
    assert_eq!(got, want);
}

#[test]
fn netdev_dev_get_as_cli_py_prints_it() {
    let s = spec("netdev");
    let got = decode_all(
        &Dynamic::new(&s),
        include_bytes!("fixtures/netdev_dev_get.bin"),
    );
    let want = json!([
        {"ifindex": 1, "xdp-features": [], "xdp-rx-metadata-features": [], "xsk-features": []},
        {"ifindex": 2, "xdp-features": ["redirect", "rx-sg", "basic"],
         "xdp-rx-metadata-features": ["vlan-tag", "hash", "timestamp"], "xsk-features": []},
        {"ifindex": 3, "xdp-features": ["redirect", "rx-sg", "basic"],
         "xdp-rx-metadata-features": ["vlan-tag", "hash", "timestamp"], "xsk-features": []}
    ]);
    assert_same(Value::Array(got), want);
}

#[test]
fn ethtool_replies_as_cli_py_prints_them() {
    let s = spec("ethtool");
    let codec = Dynamic::new(&s);
    let got = decode_all(&codec, include_bytes!("fixtures/ethtool_linkinfo_get.bin"));
    let want = json!({"header": {"dev-index": 3, "dev-name": "v0"}, "port": 0, "phyaddr": 0,
        "tp-mdix": 0, "tp-mdix-ctrl": 0, "transceiver": 0});
    assert_same(got[0].clone(), want);
    let got = decode_all(&codec, include_bytes!("fixtures/ethtool_linkmodes_get.bin"));
    let want = json!({"header": {"dev-index": 3, "dev-name": "v0"}, "autoneg": 0,
        "ours": {"size": 121, "bits": {}}, "speed": 10000, "duplex": 1, "rate-matching": 0});
    assert_same(got[0].clone(), want);
}

#[test]
fn nlctrl_family_as_cli_py_prints_it() {
    let s = spec("nlctrl");
    let got = decode_all(
        &Dynamic::new(&s),
        include_bytes!("fixtures/nlctrl_getfamily_dump.bin"),
    );
    assert_eq!(got.len(), 8);
    let dump_do = ["cmd-cap-dump", "cmd-cap-haspol", "cmd-cap-do"];
    let admin = ["cmd-cap-haspol", "cmd-cap-do", "admin-perm"];
    let want = json!({"family-name": "netdev", "family-id": 20, "version": 1, "hdrsize": 0,
        "maxattr": 0, "ops": [
            {"1": {"id": 1, "flags": dump_do}}, {"2": {"id": 5, "flags": dump_do}},
            {"3": {"id": 10, "flags": dump_do}}, {"4": {"id": 11, "flags": dump_do}},
            {"5": {"id": 12, "flags": ["cmd-cap-dump", "cmd-cap-haspol"]}},
            {"6": {"id": 13, "flags": admin}}, {"7": {"id": 14, "flags": admin}},
            {"8": {"id": 15, "flags": ["cmd-cap-haspol", "cmd-cap-do"]}}],
        "mcast-groups": [{"1": {"id": 4, "name": "mgmt"}}, {"2": {"id": 5, "name": "page-pool"}}]});
    assert_same(got[1].clone(), want);
}

#[test]
fn requests_and_attributes_encode_back() {
    let s = spec("ethtool");
    let codec = Dynamic::new(&s);
    let req = codec
        .request(
            "linkinfo-get",
            false,
            21,
            &json!({"header": {"dev-name": "v0"}}),
        )
        .unwrap()
        .finish()
        .unwrap();
    let typed = nlkit::ynl::ethtool::linkinfo_get(
        21,
        &nlkit::ynl::ethtool::LinkinfoGetRequest {
            header: Some(nlkit::ynl::ethtool::Header {
                dev_name: Some("v0".into()),
                ..Default::default()
            }),
            ..Default::default()
        },
    )
    .finish()
    .unwrap();
    assert_eq!(req, typed, "the dynamic request is the generated one's");
    for (name, bytes, set) in [
        (
            "netdev",
            &include_bytes!("fixtures/netdev_dev_get.bin")[..],
            "dev",
        ),
        (
            "ethtool",
            &include_bytes!("fixtures/ethtool_linkinfo_get.bin")[..],
            "linkinfo",
        ),
        (
            "ethtool",
            &include_bytes!("fixtures/ethtool_linkmodes_get.bin")[..],
            "linkmodes",
        ),
    ] {
        let s = spec(name);
        let codec = Dynamic::new(&s);
        for m in MessageIter::new(bytes) {
            let m = m.unwrap();
            let attrs = &m.payload()[4..];
            let value = codec.decode_attrs(set, attrs).unwrap();
            let mut b = nlkit::wire::MessageBuilder::new(0, nlkit::wire::Flags::NONE);
            codec.encode_attrs(set, &value, &mut b).unwrap();
            assert_eq!(&b.finish().unwrap()[16..], attrs, "{name} {set}: {value}");
        }
    }
    let e = codec
        .request("linkinfo-get", false, 21, &json!({"header": {"nope": 1}}))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "header.nope: no attribute named `nope` in `header`"
    );
}

#[test]
fn unknown_attributes_are_shown_raw() {
    let s = spec("netdev");
    let codec = Dynamic::new(&s);
    // ifindex 1, then attribute 99 (a u32) and a nest 98 holding attribute 1.
    let attrs = [
        8, 0, 1, 0, 1, 0, 0, 0, 8, 0, 99, 0, 0xab, 0, 0, 0, 12, 0, 98, 0x80, 8, 0, 1, 0, 2, 0, 0, 0,
    ];
    let v = codec.decode_attrs("dev", &attrs).unwrap();
    let want = json!({"ifindex": 1, "UnknownAttr(99)": "ab000000",
        "UnknownAttr(98)": {"UnknownAttr(1)": "02000000"}});
    assert_eq!(v, want);
}

fn shared_ynl() -> PathBuf {
    nltestns::ynl_oracle("live_replies_equal_cli_py").unwrap_or_default()
}

/// `cli.py` in namespace `ns`, its JSON output.
fn cli_py(ns: &str, spec: &str, args: &[&str]) -> Option<Value> {
    let ynl = shared_ynl();
    let out = std::process::Command::new("ip")
        .args(["netns", "exec", ns, "python3"])
        .arg(ynl.join("pyynl/cli.py"))
        .args(["--no-schema", "--output-json", "--spec"])
        .arg(ynl.join(format!("netlink/specs/{spec}.yaml")))
        .args(args)
        .output()
        .ok()?;
    serde_json::from_slice(&out.stdout).ok()
}

#[test]
fn live_replies_equal_cli_py() {
    if nltestns::ynl_oracle("live_replies_equal_cli_py").is_none() {
        return;
    }
    let Some(ns) = nltestns::Netns::new("ynldyn") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut conn = ns.conn_of(nlkit::sys::Protocol::Generic);
    let ctrl_spec = spec("nlctrl");
    let ctrl = Dynamic::new(&ctrl_spec);
    let mut id = |name: &str| -> u16 {
        let r = ctrl
            .request("getfamily", false, 0x10, &json!({"family-name": name}))
            .unwrap();
        let reply = conn.request(&r).unwrap();
        let v = ctrl
            .decode_message(0x10, reply.message().payload())
            .unwrap();
        v["family-id"].as_u64().unwrap() as u16
    };
    let (netdev_id, ethtool_id) = (id("netdev"), id("ethtool"));
    let netdev_spec = spec("netdev");
    let netdev = Dynamic::new(&netdev_spec);
    let dump = netdev
        .request("dev-get", true, netdev_id, &json!({}))
        .unwrap();
    let got: Vec<Value> = conn
        .dump(&dump)
        .unwrap()
        .into_raw_iter()
        .map(|m| {
            let m = m.unwrap();
            let v = MessageView::new_checked(&m[..]).unwrap();
            netdev
                .decode_message(v.message_type(), v.payload())
                .unwrap()
        })
        .collect();
    let want = cli_py(ns.name(), "netdev", &["--dump", "dev-get"]).expect("cli.py answers");
    assert_same(Value::Array(got), want);
    let ethtool_spec = spec("ethtool");
    let ethtool = Dynamic::new(&ethtool_spec);
    let args = json!({"header": {"dev-name": "v0"}});
    let r = ethtool
        .request("linkinfo-get", false, ethtool_id, &args)
        .unwrap();
    let reply = conn.request(&r).unwrap();
    let got = ethtool
        .decode_message(ethtool_id, reply.message().payload())
        .unwrap();
    let want = cli_py(
        ns.name(),
        "ethtool",
        &["--do", "linkinfo-get", "--json", &args.to_string()],
    )
    .unwrap();
    assert_same(got, want);
}

/// cli.py stops on this kernel's rt_link dump ("Space 'link-attrs' has no attribute with
/// value '67'"); the dynamic codec shows such attributes raw and goes on.
#[test]
fn rt_link_attributes_newer_than_the_spec_are_shown_raw() {
    let s = spec("rt_link");
    let codec = Dynamic::new(&s);
    let bytes = include_bytes!("../../nlkit/src/rtnl/link/fixtures/detail_all.bin");
    let links = decode_all(&codec, bytes);
    assert_eq!(links.len(), 8);
    let lo = &links[0];
    assert_eq!(lo["ifname"], "lo");
    assert_eq!(lo["ifi-index"], 1);
    assert_eq!(lo["UnknownAttr(67)"], "01");
    assert_eq!(lo["af-spec"]["inet6"]["addr-gen-mode"], 0);
    let veth = links
        .iter()
        .find(|l| l["linkinfo"]["kind"] == "veth")
        .expect("a veth");
    assert!(
        veth["address"].as_str().is_some_and(|a| a.len() == 17),
        "a mac: {}",
        veth["address"]
    );
}
