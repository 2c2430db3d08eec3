//! WireGuard against a scripted kernel: no privileges needed (this kernel has no wireguard
//! module, so nothing here was captured).
//!
//! The dump fixtures are built with the generated attribute sets (`ynl::wireguard`, from
//! the kernel's spec) in the layout linux/wireguard.h documents for `WG_CMD_GET_DEVICE`:
//! the first message with the device's attributes, later ones with only `WGDEVICE_A_IFNAME`
//! and `WGDEVICE_A_PEERS`, a peer continued at the start of the next message with only
//! `WGPEER_A_PUBLIC_KEY` and `WGPEER_A_ALLOWEDIPS`. One set request is also checked
//! byte for byte against a hand-assembled message (numbers from the uapi header).

use super::*;
use crate::genl::family_kernel::{framed, kernel, reply, Answer};
use crate::genl::GenlView;
use crate::sys::errno::ENODEV;
use crate::wire::attr::NLA_F_NESTED;
use crate::wire::{AttributeSet, Flags, MessageBuilder, MessageView};
use crate::ynl::wireguard::{cmd, KernelTimespec, SetDeviceRequest, Wgallowedip, Wgdevice, Wgpeer};
use std::net::IpAddr;

const WG_ID: u16 = 0x1c;

fn key(n: u8) -> Key {
    Key([n; 32])
}

fn net(s: &str) -> IpNetwork {
    s.parse().unwrap()
}

fn allowed(s: &str) -> (u16, Wgallowedip) {
    let n = net(s);
    let (family, ipaddr) = super::types::ip_bytes(n.addr);
    let a = Wgallowedip {
        family: Some(family),
        ipaddr: Some(ipaddr),
        cidr_mask: Some(n.prefix_len),
        ..Default::default()
    };
    (NLA_F_NESTED, a)
}

/// A peer as the kernel reports it in full (or, `full` false, a continuation: key and
/// allowed IPs only).
fn peer(k: u8, ips: &[&str], full: bool) -> (u16, Wgpeer) {
    let mut p = Wgpeer {
        public_key: Some(key(k).0.to_vec()),
        allowedips: Some(ips.iter().map(|s| allowed(s)).collect()),
        ..Default::default()
    };
    if full {
        p.preshared_key = Some(vec![0; 32]);
        p.endpoint = Some(super::types::endpoint_bytes(
            format!("192.0.2.{k}:51820").parse().unwrap(),
        ));
        p.persistent_keepalive_interval = Some(25);
        p.last_handshake_time = Some(
            KernelTimespec {
                sec: 1_700_000_000,
                nsec: 5,
            }
            .into(),
        );
        p.rx_bytes = Some(1000 + u64::from(k));
        p.tx_bytes = Some(2000 + u64::from(k));
        p.protocol_version = Some(1);
    }
    (NLA_F_NESTED, p)
}

fn device_message(first: bool, peers: Vec<(u16, Wgpeer)>) -> MessageBuilder {
    let mut d = Wgdevice {
        ifname: Some("wg0".into()),
        peers: Some(peers),
        ..Default::default()
    };
    if first {
        d.ifindex = Some(7);
        d.private_key = Some(key(0xaa).0.to_vec());
        d.public_key = Some(key(0xbb).0.to_vec());
        d.listen_port = Some(51820);
        d.fwmark = Some(0);
    }
    let mut b = reply(WG_ID, cmd::GET_DEVICE);
    d.write_attrs(&mut b);
    b
}

/// The dump of a device with three peers: B's allowed IPs go on in the second message,
/// C's in the third.
fn split_dump() -> Vec<MessageBuilder> {
    vec![
        device_message(
            true,
            vec![
                peer(1, &["10.0.1.0/24", "fd00:1::/64", "10.0.2.1/32"], true),
                peer(2, &["10.1.0.0/16", "10.2.0.0/16"], true),
            ],
        ),
        device_message(
            false,
            vec![
                peer(2, &["10.3.0.0/16", "fd00:2::/48"], false),
                peer(3, &["10.9.0.0/24"], true),
            ],
        ),
        device_message(false, vec![peer(3, &["10.9.1.0/24"], false)]),
    ]
}

fn payload_view(payload: &[u8]) -> GenlView<'_> {
    GenlView::from_payload(WG_ID, payload).unwrap()
}

#[test]
fn get_device_merges_peers_and_allowed_ips_split_over_messages() {
    let (mut conn, sent) = kernel("wireguard", WG_ID, |_| Answer::Dump(split_dump()));
    let families = Families::new();
    let d = get_device(&mut conn, &families, &DeviceKey::from("wg0")).unwrap();
    assert_eq!(
        (d.ifindex, d.name.as_str(), d.listen_port),
        (7, "wg0", 51820)
    );
    assert_eq!(
        (d.private_key, d.public_key),
        (Some(key(0xaa)), Some(key(0xbb)))
    );
    let keys: Vec<Key> = d.peers.iter().map(|p| p.public_key).collect();
    assert_eq!(keys, [key(1), key(2), key(3)]);
    let b = &d.peers[1];
    let want: Vec<IpNetwork> = ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "fd00:2::/48"]
        .iter()
        .map(|s| net(s))
        .collect();
    assert_eq!(b.allowed_ips, want);
    assert_eq!(b.endpoint, Some("192.0.2.2:51820".parse().unwrap()));
    assert_eq!(
        (b.rx_bytes, b.tx_bytes, b.protocol_version),
        (1002, 2002, Some(1))
    );
    assert_eq!(b.preshared_key, None, "all zeros is no preshared key");
    assert_eq!(b.persistent_keepalive_interval, 25);
    let t = UNIX_EPOCH + Duration::new(1_700_000_000, 5);
    assert_eq!(b.last_handshake, Some(t));
    assert_eq!(
        d.peers[2].allowed_ips,
        [net("10.9.0.0/24"), net("10.9.1.0/24")]
    );
    assert_eq!(d.peers[0].allowed_ips.len(), 3);
    let shown = format!("{d:?}");
    assert!(shown.contains("private_key: Some(\"(hidden)\")"), "{shown}");
    assert!(!shown.contains(&key(0xaa).to_string()), "{shown}");
    let shown = format!("{:?}", big_config(1, 1));
    assert!(!shown.contains(&key(0xaa).to_string()) && !shown.contains(&key(101).to_string()));
    assert!(
        shown.contains(&key(1).to_string()),
        "public keys are shown: {shown}"
    );
    // One dump request naming the device, once resolved.
    let sent = sent.lock().unwrap();
    assert_eq!(sent.len(), 1);
    let (h, payload) = &sent[0];
    assert!(h.flags.contains(Flags::DUMP));
    let asked: GetDeviceDumpRequest = payload_view(payload).read().unwrap();
    assert_eq!(
        (asked.ifname.as_deref(), asked.ifindex),
        (Some("wg0"), None)
    );
    assert_eq!(families.lookups(), 1);
}

#[test]
fn a_continuation_is_only_the_first_peer_of_a_message() {
    // The same key in the middle of a message is another entry (the kernel never sends
    // it; kept as it came).
    let msgs = [
        device_message(true, vec![peer(1, &["10.0.0.1/32"], true)]),
        device_message(
            false,
            vec![peer(2, &[], true), peer(1, &["10.0.0.2/32"], false)],
        ),
    ];
    let sets: Vec<Wgdevice> = msgs.iter().map(parse_set).collect();
    let d = Device::from_messages(&sets).unwrap().unwrap();
    assert_eq!(d.peers.len(), 3);
    assert!(Device::from_messages(&[]).unwrap().is_none());
}

fn parse_set<T: AttributeSet>(b: &MessageBuilder) -> T {
    let bytes = b.bytes().unwrap();
    let m = MessageView::new_checked(bytes).unwrap();
    GenlView::parse(&m).unwrap().read().unwrap()
}

#[test]
fn get_device_by_index_and_the_kernels_errors() {
    let (mut conn, sent) = kernel("wireguard", WG_ID, |_| Answer::Error(ENODEV));
    let families = Families::new();
    let e = get_device(&mut conn, &families, &DeviceKey::Index(9)).unwrap_err();
    assert_eq!(e.errno(), Some(ENODEV), "{e:?}");
    let asked: GetDeviceDumpRequest = payload_view(&sent.lock().unwrap()[0].1).read().unwrap();
    assert_eq!((asked.ifindex, asked.ifname), (Some(9), None));
    let (mut conn, _) = kernel("wireguard", WG_ID, |_| Answer::Dump(Vec::new()));
    assert!(matches!(
        get_device(&mut conn, &families, &DeviceKey::Index(9)),
        Err(Error::Decode(_))
    ));
}

#[test]
fn a_kernel_without_wireguard_is_family_not_found() {
    let (mut conn, sent) = kernel("nl80211", 0x20, |_| Answer::Ack);
    let families = Families::new();
    let e = get_device(&mut conn, &families, &DeviceKey::from("wg0")).unwrap_err();
    assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "family wireguard not found; is its module loaded?"
    );
    let e = set_device(&mut conn, &families, &DeviceConfig::new("wg0".into())).unwrap_err();
    assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
    assert!(sent.lock().unwrap().is_empty());
}

#[test]
fn broken_replies_are_errors_not_panics() {
    let mut p = peer(1, &["10.0.0.0/8"], true).1;
    p.public_key = Some(vec![1; 31]);
    assert!(Peer::from_attrs(&p).is_err());
    p.public_key = None;
    assert!(Peer::from_attrs(&p).is_err());
    let mut p = peer(1, &[], true).1;
    let bad_ip = Wgallowedip {
        family: Some(super::types::AF_INET),
        ipaddr: Some(vec![1, 2, 3]),
        cidr_mask: Some(8),
        ..Default::default()
    };
    p.allowedips = Some(vec![(0, bad_ip)]);
    assert!(Peer::from_attrs(&p).is_err());
    let mut p = peer(1, &["10.0.0.0/8"], true).1;
    p.endpoint = Some(vec![2, 0, 1]);
    p.last_handshake_time = Some(
        KernelTimespec {
            sec: u64::MAX,
            nsec: u64::MAX,
        }
        .into(),
    );
    let parsed = Peer::from_attrs(&p).unwrap();
    assert_eq!((parsed.endpoint, parsed.last_handshake), (None, None));
    // Every prefix of a real message reads without a panic.
    let bytes = split_dump()[0].bytes().unwrap().to_vec();
    for end in 20..bytes.len() {
        let mut set = Wgdevice::default();
        let v = GenlView::from_payload(WG_ID, &bytes[16..end]).unwrap();
        if set.read_attrs(v.attrs()).is_ok() {
            let _ = Device::from_attrs(&set);
        }
    }
}

#[test]
fn keys_networks_and_endpoints_as_text_and_bytes() {
    let k: Key = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="
        .parse()
        .unwrap();
    assert_eq!(k.to_string().parse::<Key>().unwrap(), k);
    assert_eq!(
        Key::ZERO.to_string(),
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    );
    assert_eq!(
        Key([0xff; 32]).to_string().parse::<Key>().unwrap(),
        Key([0xff; 32])
    );
    for bad in [
        "",
        "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg",
        "é".repeat(22).as_str(),
    ] {
        assert!(bad.parse::<Key>().is_err(), "{bad}");
    }
    // The last character carries 2 bits that must be zero.
    assert!("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dh="
        .parse::<Key>()
        .is_err());
    assert!("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8D*="
        .parse::<Key>()
        .is_err());
    assert_eq!(format!("{:?}", key(0)), format!("Key({})", Key::ZERO));
    assert_eq!(net("fd00::/8").to_string(), "fd00::/8");
    assert_eq!(
        net("10.0.0.1"),
        IpNetwork::host("10.0.0.1".parse().unwrap())
    );
    for bad in ["10.0.0.0/", "10.0.0.0/x", "::/129", "nope/3"] {
        assert!(bad.parse::<IpNetwork>().is_err(), "{bad}");
    }
    let v6: SocketAddr = "[fe80::1%3]:51820".parse().unwrap();
    let b = super::types::endpoint_bytes(v6);
    assert_eq!(b.len(), 28);
    assert_eq!(super::types::endpoint_of(&b), Some(v6));
    for end in 0..b.len() {
        assert_eq!(super::types::endpoint_of(&b[..end]), None);
    }
    let v4: SocketAddr = "192.0.2.1:1".parse().unwrap();
    let b = super::types::endpoint_bytes(v4);
    assert_eq!(&b[..8], &[2, 0, 0, 1, 192, 0, 2, 1][..]);
    assert_eq!(super::types::endpoint_of(&b), Some(v4));
}

/// A configuration of `peers` peers with `ips` allowed IPs each (IPv4 and IPv6 mixed).
fn big_config(peers: u8, ips: u16) -> DeviceConfig {
    let peer = |k: u8| PeerConfig {
        flags: WgpeerFlags::REPLACE_ALLOWEDIPS,
        preshared_key: Some(key(k.wrapping_add(100))),
        endpoint: Some(SocketAddr::new(IpAddr::from([198, 51, 100, k]), 51820)),
        persistent_keepalive_interval: Some(25),
        allowed_ips: (0..ips)
            .map(|i| {
                let [hi, lo] = i.to_be_bytes();
                let n = if i % 3 == 0 {
                    IpNetwork::new(
                        IpAddr::from([0xfd, 0, k, hi, lo, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                        64,
                    )
                } else {
                    IpNetwork::new(IpAddr::from([10, k, hi, lo]), 32)
                };
                AllowedIp::from(n.unwrap())
            })
            .collect(),
        ..PeerConfig::new(key(k))
    };
    DeviceConfig {
        flags: WgdeviceFlags::REPLACE_PEERS,
        private_key: Some(key(0xaa)),
        listen_port: Some(51820),
        fwmark: Some(0x51),
        peers: (1..=peers).map(peer).collect(),
        ..DeviceConfig::new(DeviceKey::from("wg0"))
    }
}

fn message_of(r: &SetDeviceRequest) -> Vec<u8> {
    crate::ynl::wireguard::set_device(WG_ID, r)
        .finish()
        .unwrap()
}

/// Checks the rules of a split: sizes, flags where the uapi wants them.
fn check_split(config: &DeviceConfig, requests: &[SetDeviceRequest], budget: usize) {
    for (i, r) in requests.iter().enumerate() {
        assert!(
            message_of(r).len() <= budget,
            "message {i}: {}",
            message_of(r).len()
        );
        let (ifindex, ifname) = config.device.attrs();
        assert_eq!((r.ifindex, r.ifname.clone()), (ifindex, ifname));
        if i > 0 {
            assert_eq!(
                (r.flags, &r.private_key, r.listen_port, r.fwmark),
                (None, &None, None, None)
            );
            if let Some((_, p)) = r.peers.as_ref().and_then(|p| p.first()) {
                let prev = requests[i - 1].peers.as_ref().and_then(|p| p.last());
                if prev.is_some_and(|(_, q)| q.public_key == p.public_key) {
                    let f = p.flags.unwrap();
                    assert!(f.contains(WgpeerFlags::UPDATE_ONLY));
                    assert!(!f.contains(WgpeerFlags::REPLACE_ALLOWEDIPS));
                    assert!(p.endpoint.is_none() && p.preshared_key.is_none());
                }
            }
        }
    }
    let merged = DeviceConfig::from_requests(requests).unwrap().unwrap();
    assert_eq!(&merged, config);
}

#[test]
fn a_large_configuration_is_split_under_the_budget() {
    let config = big_config(40, 30);
    for budget in [MIN_BUDGET, 1024, DEFAULT_BUDGET, 65536] {
        let requests = config.requests_within(budget);
        check_split(&config, &requests, budget);
        if budget < 65536 {
            assert!(requests.len() > 1, "{budget}");
        }
    }
    let requests = config.requests_within(1024);
    assert_eq!(requests[0].flags, Some(WgdeviceFlags::REPLACE_PEERS));
    assert_eq!(requests[0].private_key.as_deref(), Some(&[0xaa; 32][..]));
    // A budget under the minimum is raised to it.
    assert_eq!(
        config.requests_within(1),
        config.requests_within(MIN_BUDGET)
    );
    // A peer with more allowed IPs than one message holds is continued.
    let one = big_config(1, 500);
    let requests = one.requests_within(DEFAULT_BUDGET);
    assert!(requests.len() > 2);
    check_split(&one, &requests, DEFAULT_BUDGET);
    let empty = DeviceConfig::new(DeviceKey::Index(3));
    assert_eq!(empty.requests().len(), 1);
    check_split(&empty, &empty.requests(), MIN_BUDGET);
}

#[test]
fn set_device_sends_every_message_in_order() {
    let (mut conn, sent) = kernel("wireguard", WG_ID, |_| Answer::Ack);
    let families = Families::new();
    let config = big_config(12, 40);
    let acks = set_device_within(&mut conn, &families, &config, 2048).unwrap();
    let sent = sent.lock().unwrap();
    assert_eq!(acks.len(), sent.len());
    assert!(sent.len() > 2);
    let mut requests = Vec::new();
    for (h, payload) in sent.iter() {
        assert!(!h.flags.contains(Flags::DUMP));
        assert!(h.length as usize <= 2048);
        let v = payload_view(payload);
        assert_eq!((v.cmd(), v.version()), (cmd::SET_DEVICE, 1));
        requests.push(v.read::<SetDeviceRequest>().unwrap());
    }
    check_split(&config, &requests, 2048);
}

#[test]
fn a_set_request_has_the_uapi_layout() {
    let config = DeviceConfig {
        listen_port: Some(51820),
        peers: vec![PeerConfig {
            flags: WgpeerFlags::REPLACE_ALLOWEDIPS,
            allowed_ips: vec!["10.0.0.0/8".parse().unwrap()],
            ..PeerConfig::new(key(1))
        }],
        ..DeviceConfig::new(DeviceKey::Index(7))
    };
    let requests = config.requests();
    assert_eq!(requests.len(), 1);
    let m = message_of(&requests[0]);
    let mut want: Vec<u8> = vec![
        1, 1, 0, 0, // genlmsghdr: WG_CMD_SET_DEVICE, version 1
        8, 0, 1, 0, 7, 0, 0, 0, // WGDEVICE_A_IFINDEX 7
        6, 0, 6, 0, 0x6c, 0xca, 0, 0, // WGDEVICE_A_LISTEN_PORT 51820 (native endian)
        84, 0, 8, 0x80, // WGDEVICE_A_PEERS, nested
        80, 0, 0, 0x80, // peer 0, nested
        36, 0, 1, 0, // WGPEER_A_PUBLIC_KEY
    ];
    want.extend_from_slice(&[1; 32]);
    want.extend_from_slice(&[
        8, 0, 3, 0, 2, 0, 0, 0, // WGPEER_A_FLAGS REPLACE_ALLOWEDIPS
        32, 0, 9, 0x80, // WGPEER_A_ALLOWEDIPS, nested
        28, 0, 0, 0x80, // allowed ip 0, nested
        6, 0, 1, 0, 2, 0, 0, 0, // WGALLOWEDIP_A_FAMILY AF_INET
        8, 0, 2, 0, 10, 0, 0, 0, // WGALLOWEDIP_A_IPADDR 10.0.0.0
        5, 0, 3, 0, 8, 0, 0, 0, // WGALLOWEDIP_A_CIDR_MASK 8
    ]);
    if cfg!(target_endian = "little") {
        assert_eq!(&m[16..], &want[..]);
    }
    assert_eq!(m.len(), 16 + want.len());
}

/// A deterministic configuration from `seed` (distinct peer keys: a peer listed twice in a
/// row would merge back as one).
fn generated(seed: u64, peers: usize) -> DeviceConfig {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut config = DeviceConfig::new(if next() % 2 == 0 {
        DeviceKey::Index(next() as u32)
    } else {
        DeviceKey::from("wg-test")
    });
    config.flags = WgdeviceFlags((next() % 2) as u32);
    config.private_key = (next() % 2 == 0).then(|| key(next() as u8));
    config.listen_port = (next() % 2 == 0).then(|| next() as u16);
    config.fwmark = (next() % 2 == 0).then(|| next() as u32);
    for i in 0..peers {
        let mut p = PeerConfig::new(Key({
            let mut k = [0u8; 32];
            k[..8].copy_from_slice(&(i as u64).to_ne_bytes());
            k[8..16].copy_from_slice(&next().to_ne_bytes());
            k
        }));
        p.flags = WgpeerFlags((next() % 8) as u32);
        p.preshared_key = (next() % 3 == 0).then(|| key(next() as u8));
        p.endpoint = match next() % 3 {
            0 => None,
            1 => Some(SocketAddr::new(
                IpAddr::from((next() as u32).to_be_bytes()),
                next() as u16,
            )),
            _ => Some(SocketAddr::V6(std::net::SocketAddrV6::new(
                (u128::from(next()) << 64 | u128::from(next())).into(),
                next() as u16,
                next() as u32 & 0xfffff,
                next() as u32,
            ))),
        };
        p.persistent_keepalive_interval = (next() % 2 == 0).then(|| next() as u16);
        p.protocol_version = (next() % 5 == 0).then_some(1);
        let ips = (next() % 120) as usize;
        p.allowed_ips = (0..ips)
            .map(|_| {
                let v = next();
                let addr: IpAddr = if v % 2 == 0 {
                    std::net::Ipv4Addr::from((v >> 8) as u32).into()
                } else {
                    std::net::Ipv6Addr::from(u128::from(v) << 64 | u128::from(next())).into()
                };
                let max = if addr.is_ipv4() { 33 } else { 129 };
                AllowedIp {
                    network: IpNetwork::new(addr, (next() % max) as u8).unwrap(),
                    flags: WgallowedipFlags((next() % 2) as u32),
                }
            })
            .collect();
        config.peers.push(p);
    }
    config
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn split_then_merge_is_the_identity(seed: u64, peers in 0usize..40, budget in 0usize..9000) {
        let config = generated(seed, peers);
        let requests = config.requests_within(budget);
        check_split(&config, &requests, budget.max(MIN_BUDGET));
        // And through the bytes: every message re-parsed.
        let parsed: Vec<SetDeviceRequest> = requests
            .iter()
            .map(|r| parse_set(&crate::ynl::wireguard::set_device(WG_ID, r)))
            .collect();
        proptest::prop_assert_eq!(DeviceConfig::from_requests(&parsed).unwrap(), Some(config));
    }
}

fn peers(d: &mut Wgdevice) -> &mut Vec<(u16, Wgpeer)> {
    d.peers.get_or_insert_with(Vec::new)
}

/// The kernel's side of a dump: `device` as the messages of a `WG_CMD_GET_DEVICE` dump,
/// cut where `cut` says (after an allowed IP, or between peers), in the layout the uapi
/// header describes.
fn dump_of(device: &Device, mut cut: impl FnMut() -> bool) -> Vec<Wgdevice> {
    let to_peer = |p: &Peer, full: bool| {
        let mut w = Wgpeer {
            public_key: Some(p.public_key.0.to_vec()),
            allowedips: Some(Vec::new()),
            ..Default::default()
        };
        if full {
            w.preshared_key = Some(p.preshared_key.unwrap_or(Key::ZERO).0.to_vec());
            w.endpoint = p.endpoint.map(super::types::endpoint_bytes);
            w.persistent_keepalive_interval = Some(p.persistent_keepalive_interval);
            let t = p
                .last_handshake
                .map_or(Duration::ZERO, |t| t.duration_since(UNIX_EPOCH).unwrap());
            w.last_handshake_time = Some(
                KernelTimespec {
                    sec: t.as_secs(),
                    nsec: u64::from(t.subsec_nanos()),
                }
                .into(),
            );
            w.rx_bytes = Some(p.rx_bytes);
            w.tx_bytes = Some(p.tx_bytes);
            w.protocol_version = p.protocol_version;
        }
        w
    };
    let mut first = Wgdevice {
        ifindex: Some(device.ifindex),
        ifname: Some(device.name.clone()),
        private_key: Some(device.private_key.unwrap_or(Key::ZERO).0.to_vec()),
        public_key: Some(device.public_key.unwrap_or(Key::ZERO).0.to_vec()),
        listen_port: Some(device.listen_port),
        fwmark: Some(device.fwmark),
        peers: Some(Vec::new()),
        ..Default::default()
    };
    let next = || Wgdevice {
        ifname: Some(device.name.clone()),
        peers: Some(Vec::new()),
        ..Default::default()
    };
    let mut out = Vec::new();
    for p in &device.peers {
        if !peers(&mut first).is_empty() && cut() {
            out.push(std::mem::replace(&mut first, next()));
        }
        peers(&mut first).push((NLA_F_NESTED, to_peer(p, true)));
        for (i, ip) in p.allowed_ips.iter().enumerate() {
            if i > 0 && cut() {
                out.push(std::mem::replace(&mut first, next()));
                peers(&mut first).push((NLA_F_NESTED, to_peer(p, false)));
            }
            let (_, a) = allowed(&ip.to_string());
            let last = peers(&mut first).last_mut().unwrap();
            last.1
                .allowedips
                .get_or_insert_with(Vec::new)
                .push((NLA_F_NESTED, a));
        }
    }
    out.push(first);
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn a_dump_cut_anywhere_merges_back(seed: u64, peers in 0usize..20, cuts: u64) {
        let config = generated(seed, peers);
        let device = Device {
            ifindex: 5,
            name: "wg-prop".into(),
            private_key: config.private_key.filter(|k| !k.is_zero()),
            public_key: Some(key(9)),
            listen_port: config.listen_port.unwrap_or(0),
            fwmark: config.fwmark.unwrap_or(0),
            peers: config
                .peers
                .iter()
                .map(|p| Peer {
                    public_key: p.public_key,
                    preshared_key: p.preshared_key.filter(|k| !k.is_zero()),
                    endpoint: p.endpoint,
                    persistent_keepalive_interval: p.persistent_keepalive_interval.unwrap_or(0),
                    last_handshake: p.protocol_version.map(|_| UNIX_EPOCH + Duration::new(seed >> 34, 7)),
                    rx_bytes: seed,
                    tx_bytes: seed >> 3,
                    protocol_version: p.protocol_version,
                    allowed_ips: p.allowed_ips.iter().map(|a| a.network).collect(),
                })
                .collect(),
        };
        let mut bits = cuts;
        let messages = dump_of(&device, || {
            bits = bits.rotate_left(1);
            bits & 1 == 1
        });
        // Through the bytes, as the dump delivers them.
        let parsed: Vec<Wgdevice> = messages
            .iter()
            .map(|d| {
                let mut b = reply(WG_ID, cmd::GET_DEVICE);
                d.write_attrs(&mut b);
                parse_set(&b)
            })
            .collect();
        proptest::prop_assert_eq!(Device::from_messages(&parsed).unwrap(), Some(device));
    }

    #[test]
    fn any_bytes_parse_without_a_panic(
        raw in proptest::collection::vec(proptest::num::u8::ANY, 0..400),
        attrs in proptest::collection::vec((0u16..12, proptest::collection::vec(proptest::num::u8::ANY, 0..40)), 0..24),
        framed_first: bool,
    ) {
        let bytes = if framed_first { framed(&attrs) } else { raw };
        let mut set = Wgdevice::default();
        if set.read_attrs(crate::wire::AttrIter::new(&bytes)).is_ok() {
            let _ = Device::from_attrs(&set);
            let mut d = Device::default();
            let _ = d.merge(&set);
        }
        let mut req = SetDeviceRequest::default();
        if req.read_attrs(crate::wire::AttrIter::new(&bytes)).is_ok() {
            let _ = DeviceConfig::from_requests(&[req]);
        }
        let _ = super::types::endpoint_of(&bytes);
        let _ = std::str::from_utf8(&bytes).map(|s| (s.parse::<Key>(), s.parse::<IpNetwork>()));
    }
}
