//! nl80211 against a scripted kernel: no privileges needed (this kernel has no cfg80211 or
//! mac80211_hwsim, so nothing here was captured).
//!
//! The fixtures are built with the generated attribute sets (`ynl::nl80211`, from the
//! kernel's spec) and, for what the spec leaves as bytes (`NL80211_ATTR_BSS`,
//! `NL80211_ATTR_STA_INFO`), with the sets of this module, in the layout linux/nl80211.h
//! documents; a split wiphy dump is laid out as the header describes
//! `NL80211_ATTR_SPLIT_WIPHY_DUMP` (one wiphy over several messages, each with the wiphy's
//! index, a band's frequencies continued in the next message). The requests are checked
//! byte for byte against hand-assembled messages (numbers from the uapi header).

use super::*;
use crate::genl::family_kernel::{framed, kernel, reply, Answer};
use crate::genl::GenlView;
use crate::sys::errno::ENOENT;
use crate::wire::attr::NLA_F_NESTED;
use crate::wire::{AttributeSet, Flags, MessageBuilder};
use crate::ynl::nl80211::{cmd, BitrateAttrs, FrequencyAttrs, WiphyBands};
use std::time::Duration;

const ID: u16 = 0x22;
const NEW_SCAN_RESULTS: u8 = 34;
const NEW_STATION: u8 = 19;

/// The attributes of `t` as bytes (the payload of a nest the spec types as binary).
fn set_bytes<T: AttributeSet>(t: &T) -> Vec<u8> {
    let mut b = MessageBuilder::new(0, Flags::NONE);
    t.write_attrs(&mut b);
    b.finish().unwrap()[16..].to_vec()
}

fn message(cmd: u8, a: &Nl80211Attrs) -> MessageBuilder {
    let mut b = reply(ID, cmd);
    a.write_attrs(&mut b);
    b
}

fn interface_dump() -> Vec<MessageBuilder> {
    let wlan0 = Nl80211Attrs {
        ifindex: Some(4),
        ifname: Some("wlan0".into()),
        wiphy: Some(0),
        wdev: Some(1),
        iftype: Some(2),
        mac: Some(vec![2, 0, 0, 0, 0, 1]),
        ssid: Some(b"home".to_vec()),
        wiphy_freq: Some(2437),
        channel_width: Some(1),
        center_freq1: Some(2437),
        wiphy_tx_power_level: Some(2000),
        ..Default::default()
    };
    let p2p = Nl80211Attrs {
        wiphy: Some(0),
        wdev: Some(2),
        iftype: Some(10),
        mac: Some(vec![2, 0, 0, 0, 0, 2, 9]),
        ..Default::default()
    };
    vec![
        message(cmd::GET_INTERFACE_REPLY, &wlan0),
        message(cmd::GET_INTERFACE_REPLY, &p2p),
    ]
}

#[test]
fn interfaces_are_typed() {
    let (mut conn, sent) = kernel("nl80211", ID, |_| Answer::Dump(interface_dump()));
    let families = Families::new();
    let ifaces = interfaces(&mut conn, &families).unwrap();
    assert_eq!(ifaces.len(), 2);
    let w = &ifaces[0];
    assert_eq!((w.ifindex, w.name.as_str(), w.wiphy), (4, "wlan0", Some(0)));
    assert_eq!(w.iftype, Some(Iftype::Station));
    assert_eq!(w.mac, Some([2, 0, 0, 0, 0, 1]));
    assert_eq!(w.ssid.as_deref(), Some(&b"home"[..]));
    assert_eq!(
        (w.frequency, w.channel_width),
        (Some(2437), Some(ChannelWidth::Width20))
    );
    assert_eq!(w.channel_width.and_then(ChannelWidth::mhz), Some(20));
    assert_eq!(w.tx_power_mbm, Some(2000));
    let p = &ifaces[1];
    assert_eq!(
        (p.ifindex, p.iftype, p.mac),
        (0, Some(Iftype::P2pDevice), None)
    );
    assert_eq!(Iftype::from(99), Iftype::Other(99));
    let sent = sent.lock().unwrap();
    assert!(sent[0].0.flags.contains(Flags::DUMP));
    assert_eq!(sent[0].1, [cmd::GET_INTERFACE, 1, 0, 0]);
}

fn freqs(mhz: &[u32]) -> Vec<(u16, FrequencyAttrs)> {
    mhz.iter()
        .enumerate()
        .map(|(i, &f)| {
            let a = FrequencyAttrs {
                freq: Some(f),
                max_tx_power: Some(2000),
                radar: (f > 5250).then_some(()),
                no_ir: (f == 2472).then_some(()),
                ..Default::default()
            };
            (i as u16 | NLA_F_NESTED, a)
        })
        .collect()
}

fn band(mhz: &[u32], rates: &[u32]) -> BandAttrs {
    BandAttrs {
        freqs: Some(freqs(mhz)),
        rates: (!rates.is_empty()).then(|| {
            let r = |(i, &rate): (usize, &u32)| {
                let b = BitrateAttrs {
                    rate: Some(rate),
                    ..Default::default()
                };
                (i as u16 | NLA_F_NESTED, b)
            };
            rates.iter().enumerate().map(r).collect()
        }),
        ..Default::default()
    }
}

/// phy0 over three messages (its 2.4 GHz channels split between the second and third),
/// then phy1 in one.
fn wiphy_dump() -> Vec<MessageBuilder> {
    let head = |wiphy: u32| Nl80211Attrs {
        wiphy: Some(wiphy),
        wiphy_name: Some(format!("phy{wiphy}")),
        generation: Some(7),
        ..Default::default()
    };
    let mut m1 = head(0);
    m1.supported_iftypes = Some(SupportedIftypes {
        station: Some(()),
        ap: Some(()),
        monitor: Some(()),
        unknown: vec![crate::wire::RawAttribute {
            attr_type: 13,
            payload: Vec::new(),
        }],
        ..Default::default()
    });
    let mut m2 = head(0);
    m2.wiphy_bands = Some(WiphyBands {
        n2ghz: Some(BandAttrs {
            ht_capa: Some(0x1ef),
            ..band(&[2412, 2417], &[10, 20, 55, 110])
        }),
        ..Default::default()
    });
    let mut m3 = head(0);
    m3.wiphy_bands = Some(WiphyBands {
        n2ghz: Some(band(&[2417, 2422, 2472], &[])),
        n5ghz: Some(band(&[5180, 5260], &[60])),
        ..Default::default()
    });
    let mut m4 = head(1);
    m4.wiphy_bands = Some(WiphyBands {
        n6ghz: Some(band(&[5955], &[])),
        ..Default::default()
    });
    [m1, m2, m3, m4]
        .iter()
        .map(|m| message(cmd::GET_WIPHY_REPLY, m))
        .collect()
}

#[test]
fn a_split_wiphy_dump_is_merged() {
    let (mut conn, sent) = kernel("nl80211", ID, |_| Answer::Dump(wiphy_dump()));
    let families = Families::new();
    let w = wiphys(&mut conn, &families).unwrap();
    assert_eq!(w.len(), 2);
    let phy0 = &w[0];
    assert_eq!((phy0.index, phy0.name.as_str()), (0, "phy0"));
    assert_eq!(
        phy0.supported_iftypes,
        [
            Iftype::Station,
            Iftype::Ap,
            Iftype::Monitor,
            Iftype::Other(13)
        ]
    );
    let ids: Vec<BandId> = phy0.bands.iter().map(|b| b.band).collect();
    assert_eq!(ids, [BandId::Band2Ghz, BandId::Band5Ghz]);
    let b24 = &phy0.bands[0];
    let mhz: Vec<u32> = b24.frequencies.iter().map(|f| f.mhz).collect();
    assert_eq!(mhz, [2412, 2417, 2422, 2472]);
    assert_eq!(b24.bitrates, [10, 20, 55, 110]);
    assert_eq!(b24.ht_capa, Some(0x1ef));
    assert!(b24.frequencies[3].no_ir && !b24.frequencies[0].no_ir);
    assert_eq!(b24.frequencies[0].max_tx_power_mbm, Some(2000));
    assert!(phy0.bands[1].frequencies[1].radar);
    assert_eq!(w[1].bands[0].band, BandId::Band6Ghz);
    // The dump asked for the split form.
    let sent = sent.lock().unwrap();
    let (h, payload) = &sent[0];
    assert!(h.flags.contains(Flags::DUMP));
    // genlmsghdr (NL80211_CMD_GET_WIPHY 1, version 1), NL80211_ATTR_SPLIT_WIPHY_DUMP (174).
    assert_eq!(payload[..], [1, 1, 0, 0, 4, 0, 174, 0]);
}

/// Information elements: an SSID, supported rates, a DS parameter set.
fn ies(ssid: &[u8]) -> Vec<u8> {
    let mut v = vec![0, ssid.len() as u8];
    v.extend_from_slice(ssid);
    v.extend_from_slice(&[1, 4, 0x82, 0x84, 0x8b, 0x96, 3, 1, 6]);
    v
}

fn bss_message(ifindex: u32, b: &BssAttrs) -> MessageBuilder {
    let m = Nl80211Attrs {
        ifindex: Some(ifindex),
        generation: Some(3),
        bss: Some(set_bytes(b)),
        ..Default::default()
    };
    message(NEW_SCAN_RESULTS, &m)
}

fn scan_dump() -> Vec<MessageBuilder> {
    let home = BssAttrs {
        bssid: Some(vec![0x02, 0x11, 0x22, 0x33, 0x44, 0x55]),
        frequency: Some(2437),
        tsf: Some(123_456),
        beacon_interval: Some(100),
        capability: Some(0x0431),
        information_elements: Some(ies(b"home")),
        signal_mbm: Some(-4500),
        status: Some(BssStatus::Associated),
        seen_ms_ago: Some(250),
        ..Default::default()
    };
    let mut broken_ies = ies(b"");
    broken_ies.extend_from_slice(&[0xdd, 40, 1, 2]);
    let hidden = BssAttrs {
        bssid: Some(vec![0x02, 0, 0, 0, 0, 9]),
        frequency: Some(5180),
        information_elements: Some(broken_ies),
        beacon_ies: Some(ies(b"caf\xc3\xa9")),
        signal_mbm: Some(-7725),
        ..Default::default()
    };
    vec![bss_message(4, &home), bss_message(4, &hidden)]
}

#[test]
fn scan_results_with_their_ssids() {
    let (mut conn, sent) = kernel("nl80211", ID, |_| Answer::Dump(scan_dump()));
    let families = Families::new();
    let bss = scan_results(&mut conn, &families, 4).unwrap();
    assert_eq!(bss.len(), 2);
    let home = &bss[0];
    assert_eq!(home.bssid, [0x02, 0x11, 0x22, 0x33, 0x44, 0x55]);
    assert_eq!((home.ifindex, home.frequency), (Some(4), Some(2437)));
    assert_eq!(home.signal_dbm(), Some(-45.0));
    assert_eq!(home.ssid_str(), Some("home"));
    assert_eq!(home.status, Some(BssStatus::Associated));
    assert_eq!(home.seen_ago, Some(Duration::from_millis(250)));
    assert_eq!((home.beacon_interval, home.tsf), (Some(100), Some(123_456)));
    // An empty SSID element is a hidden network's: present, empty.
    let hidden = &bss[1];
    assert_eq!(hidden.ssid(), Some(&b""[..]));
    assert_eq!(hidden.signal_dbm(), Some(-77.25));
    assert_eq!(hidden.status, None);
    let sent = sent.lock().unwrap();
    // NL80211_CMD_GET_SCAN (32), NL80211_ATTR_IFINDEX (3) = 4.
    assert_eq!(sent[0].1, [32, 1, 0, 0, 8, 0, 3, 0, 4, 0, 0, 0]);
    assert!(sent[0].0.flags.contains(Flags::DUMP));
}

#[test]
fn truncated_elements_never_panic() {
    let whole = ies(b"a longer ssid");
    for end in 0..=whole.len() {
        let part = &whole[..end];
        let got = ssid_of(part);
        if end >= 15 {
            assert_eq!(got, Some(&b"a longer ssid"[..]));
        } else {
            assert_eq!(got, None, "{end}");
        }
        assert!(elements(part).count() <= 3);
    }
    // The beacon's SSID when the probe response's elements have none.
    let b = Bss {
        information_elements: vec![1, 1, 0x82, 0],
        beacon_ies: Some(ies(b"x")),
        ..Bss::from_attrs(
            None,
            &BssAttrs {
                bssid: Some(vec![0; 6]),
                ..Default::default()
            },
        )
        .unwrap()
    };
    assert_eq!(b.ssid(), Some(&b"x"[..]));
    // Bytes of every kind.
    let mut x: u32 = 0x1234_5678;
    for _ in 0..2000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let bytes = x.to_le_bytes();
        let _ = ssid_of(&bytes[..(x % 5) as usize]);
    }
    // A BSS nest without a BSSID, or none at all, is an error.
    let no_bssid = Nl80211Attrs {
        bss: Some(set_bytes(&BssAttrs {
            frequency: Some(1),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert!(Bss::from_message(&no_bssid).is_err());
    assert!(Bss::from_message(&Nl80211Attrs::default()).is_err());
    let broken = Nl80211Attrs {
        bss: Some(vec![200, 0, 1]),
        ..Default::default()
    };
    assert!(Bss::from_message(&broken).is_err());
}

fn station_reply() -> MessageBuilder {
    let tx = RateInfoAttrs {
        bitrate: Some(4333),
        bitrate32: Some(8667),
        vht_mcs: Some(9),
        vht_nss: Some(2),
        width_80: Some(()),
        short_gi: Some(()),
        ..Default::default()
    };
    let rx = RateInfoAttrs {
        bitrate: Some(65),
        mcs: Some(7),
        ..Default::default()
    };
    let info = StaInfoAttrs {
        inactive_time: Some(1500),
        rx_bytes: Some(1),
        tx_bytes: Some(2),
        rx_bytes64: Some(5_000_000_000),
        tx_bytes64: Some(6_000_000_000),
        signal: Some(-52),
        signal_avg: Some(-50),
        tx_bitrate: Some(tx),
        rx_bitrate: Some(rx),
        rx_packets: Some(100),
        tx_packets: Some(90),
        tx_retries: Some(3),
        tx_failed: Some(1),
        connected_time: Some(3600),
        ..Default::default()
    };
    let m = Nl80211Attrs {
        ifindex: Some(4),
        mac: Some(vec![2, 0x11, 0x22, 0x33, 0x44, 0x55]),
        generation: Some(1),
        sta_info: Some(set_bytes(&info)),
        ..Default::default()
    };
    message(NEW_STATION, &m)
}

#[test]
fn station_info_is_typed() {
    let (mut conn, sent) = kernel("nl80211", ID, |v: &GenlView<'_>| {
        if v.attrs().count() == 2 {
            Answer::Reply(station_reply())
        } else {
            Answer::Dump(vec![station_reply()])
        }
    });
    let families = Families::new();
    let mac = [2, 0x11, 0x22, 0x33, 0x44, 0x55];
    let s = station(&mut conn, &families, 4, mac).unwrap();
    assert_eq!((s.mac, s.ifindex), (mac, Some(4)));
    assert_eq!((s.signal_dbm, s.signal_avg_dbm), (Some(-52), Some(-50)));
    assert_eq!(
        (s.rx_bytes, s.tx_bytes),
        (Some(5_000_000_000), Some(6_000_000_000))
    );
    assert_eq!((s.rx_packets, s.tx_packets), (Some(100), Some(90)));
    assert_eq!((s.tx_retries, s.tx_failed), (Some(3), Some(1)));
    assert_eq!(s.connected_time, Some(Duration::from_secs(3600)));
    assert_eq!(s.inactive_time, Some(Duration::from_millis(1500)));
    let tx = s.tx_bitrate.unwrap();
    assert_eq!(
        (tx.mbps(), tx.vht, tx.width_mhz, tx.short_gi),
        (Some(866.7), Some((9, 2)), 80, true)
    );
    let rx = s.rx_bitrate.unwrap();
    assert_eq!((rx.mbps(), rx.mcs, rx.width_mhz), (Some(6.5), Some(7), 20));
    assert_eq!(stations(&mut conn, &families, 4).unwrap(), [s]);
    let sent = sent.lock().unwrap();
    // NL80211_CMD_GET_STATION (17), NL80211_ATTR_IFINDEX (3) = 4, NL80211_ATTR_MAC (6).
    let want = [
        17, 1, 0, 0, 8, 0, 3, 0, 4, 0, 0, 0, 10, 0, 6, 0, 2, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0,
    ];
    assert_eq!(sent[0].1, want);
    assert!(!sent[0].0.flags.contains(Flags::DUMP));
    assert!(sent[1].0.flags.contains(Flags::DUMP));
    // 32-bit counters when the kernel has no 64-bit ones; no MAC is an error.
    let mut old = Nl80211Attrs {
        mac: Some(vec![0; 6]),
        sta_info: Some(set_bytes(&StaInfoAttrs {
            rx_bytes: Some(7),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(Station::from_message(&old).unwrap().rx_bytes, Some(7));
    old.mac = Some(vec![0; 5]);
    assert!(Station::from_message(&old).is_err());
}

#[test]
fn a_kernel_without_nl80211_is_family_not_found() {
    let (mut conn, _) = kernel("wireguard", 0x1c, |_| Answer::Error(ENOENT));
    let families = Families::new();
    let e = interfaces(&mut conn, &families).unwrap_err();
    assert_eq!(
        e.to_string(),
        "family nl80211 not found; is its module loaded?"
    );
    assert!(matches!(
        wiphys(&mut conn, &families),
        Err(Error::FamilyNotFound { .. })
    ));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_parse_without_a_panic(
        raw in proptest::collection::vec(proptest::num::u8::ANY, 0..300),
        attrs in proptest::collection::vec((0u16..64, proptest::collection::vec(proptest::num::u8::ANY, 0..24)), 0..24),
        framed_first: bool,
    ) {
        let bytes = if framed_first { framed(&attrs) } else { raw };
        let _ = elements(&bytes).count();
        let _ = ssid_of(&bytes);
        let mut m = Nl80211Attrs::default();
        if m.read_attrs(crate::wire::AttrIter::new(&bytes)).is_ok() {
            let _ = Interface::from_attrs(&m);
            let _ = Wiphy::from_messages([&m, &m]);
            let _ = Bss::from_message(&m).map(|b| b.ssid_str().map(str::len));
            let _ = Station::from_message(&m);
        }
        // The bytes as the nests the spec leaves binary.
        let m = Nl80211Attrs {
            mac: Some(vec![0; 6]),
            bss: Some(bytes.clone()),
            sta_info: Some(bytes),
            ..Default::default()
        };
        let _ = Bss::from_message(&m);
        let _ = Station::from_message(&m);
    }
}
