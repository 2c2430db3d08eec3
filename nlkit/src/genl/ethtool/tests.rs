//! The typed ethtool replies against captured bytes, in both bit set forms. No privileges
//! needed.
//!
//! Captured on Linux 6.18 in a fresh network namespace holding a veth pair v0/v1 (2 CPUs):
//! the compact forms from ethtool 6.1 (`strace -f -qq -e trace=sendmsg,recvmsg -e
//! read=all ethtool -k v0`, `-K v0 gro on`, `v0`, `-l v0`, `-T v0`, `-S v0 --all-groups`),
//! the hex dumps of its `recvmsg` calls turned into bytes by `tools/strace-to-bin.py` and
//! the one reply kept; the verbose forms (no `COMPACT_BITSETS` flag) from nlkit's own
//! requests through the generated `ynl::ethtool` builders, the reply bytes written as they
//! came: `features-get`, `features-set` of `rx-gro` and `tx-checksum-ipv4` on, and the
//! global `link-modes` string set; the `monitor` group's notifications (compact, as the
//! kernel sends them) while `rx-gro` was turned on and then `tx` channels set to 2.

use super::bitset::{compact_all, verbose_change};
use super::*;
use crate::engine::KernelError;
use crate::genl::{GenlView, Reply};
use crate::wire::{AttrIter, AttributeSet, Flags, MessageBuilder, MessageIter, MessageView};
use std::collections::BTreeMap;

const FEATURES: &[u8] = include_bytes!("../fixtures/ethtool_features.bin");
const FEATURES_VERBOSE: &[u8] = include_bytes!("../fixtures/ethtool_features_verbose.bin");
const STRSET_FEATURES: &[u8] = include_bytes!("../fixtures/ethtool_strset_features.bin");
const FEATURES_SET: &[u8] = include_bytes!("../fixtures/ethtool_features_set.bin");
const FEATURES_SET_VERBOSE: &[u8] = include_bytes!("../fixtures/ethtool_features_set_verbose.bin");
const STRSET_LINK_MODES: &[u8] = include_bytes!("../fixtures/ethtool_strset_link_modes.bin");
const LINK: &[u8] = include_bytes!("../fixtures/ethtool_link.bin");
const CHANNELS: &[u8] = include_bytes!("../fixtures/ethtool_channels.bin");
const TSINFO: &[u8] = include_bytes!("../fixtures/ethtool_tsinfo.bin");
const STATS: &[u8] = include_bytes!("../fixtures/ethtool_stats.bin");
const EVENTS: &[u8] = include_bytes!("../fixtures/ethtool_events.bin");

fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
    MessageIter::new(bytes).map(Result::unwrap).collect()
}

/// The only (or `n`th) message of a fixture, parsed as `T`.
fn reply<T: Reply>(bytes: &[u8], n: usize) -> T {
    let msgs = messages(bytes);
    T::parse(&GenlView::parse(&msgs[n]).unwrap()).unwrap()
}

fn strings(bytes: &[u8], id: StringSetId) -> StringSet {
    let sets = StringSets::from_reply(&reply::<raw::Strset>(bytes, 0)).unwrap();
    sets.get(id).cloned().unwrap()
}

#[test]
fn features_compact_named_from_the_string_set_equal_the_verbose_reply() {
    let names = strings(STRSET_FEATURES, StringSetId::Features);
    assert_eq!(names.get(0), Some("tx-scatter-gather"));
    let compact_raw = reply::<raw::Features>(FEATURES, 0);
    assert!(
        compact_raw.active.as_ref().unwrap().bits.is_none(),
        "compact"
    );
    let compact = Features::from_reply(&compact_raw, Some(&names)).unwrap();
    let verbose_raw = reply::<raw::Features>(FEATURES_VERBOSE, 0);
    assert!(
        verbose_raw.active.as_ref().unwrap().bits.is_some(),
        "verbose"
    );
    let verbose = Features::from_reply(&verbose_raw, None).unwrap();
    assert_eq!(compact, verbose);
    assert!(compact.is_active("tx-checksum-ip-generic"));
    assert!(compact.is_active("tx-scatter-gather"));
    assert!(!compact.is_active("rx-gro") && compact.hw.contains("rx-gro"));
    assert!(compact.is_fixed("tx-checksum-ipv4") && !compact.is_fixed("rx-gro"));
    assert!(compact.nochange.is_empty() || compact.nochange.iter().all(|n| !n.is_empty()));
    // Without names, the bits of a compact set are still there, by number.
    let unnamed = Features::from_reply(&compact_raw, None).unwrap();
    assert_eq!(unnamed.active.len(), compact.active.len());
    assert!(unnamed.active.contains("bit 0"));
}

#[test]
fn a_change_of_features_in_both_forms() {
    let names = strings(STRSET_FEATURES, StringSetId::Features);
    // ethtool -K v0 gro on: rx-gro changed, nothing refused.
    let change = FeatureChange::from_reply(&reply(FEATURES_SET, 0), Some(&names)).unwrap();
    let on = |n: &str| BTreeMap::from([(n.to_owned(), true)]);
    assert_eq!(change.changed, on("rx-gro"));
    assert!(change.refused.is_empty(), "{change:?}");
    // rx-gro and the fixed tx-checksum-ipv4, verbose: one changed, one refused.
    let change = FeatureChange::from_reply(&reply(FEATURES_SET_VERBOSE, 0), None).unwrap();
    assert_eq!(change.changed, on("rx-gro"));
    assert_eq!(change.refused, on("tx-checksum-ipv4"));
}

#[test]
fn the_link_mode_names() {
    let modes = strings(STRSET_LINK_MODES, StringSetId::LinkModes);
    assert_eq!(modes.get(0), Some("10baseT/Half"));
    assert_eq!(modes.index_of("10000baseT/Full"), Some(12));
    assert_eq!(modes.index_of("Autoneg"), Some(6));
    assert!(modes.len() > 100 && modes.count as usize == modes.len());
    assert_eq!(modes.get(100_000), None);
}

#[test]
fn link_info_modes_and_state_of_a_veth() {
    let msgs = messages(LINK);
    let cmds: Vec<u8> = msgs
        .iter()
        .map(|m| GenlView::parse(m).unwrap().cmd())
        .collect();
    assert_eq!(cmds, [4, 2, 6], "linkmodes, linkinfo, linkstate replies");
    let modes = LinkModes::from_reply(&reply(LINK, 0), None).unwrap();
    assert_eq!(modes.speed, Some(10000));
    assert_eq!(modes.duplex, Some(Duplex::Full));
    assert!(!modes.autoneg);
    assert!(modes.advertised.is_empty() && modes.supported.is_empty() && modes.peer.is_empty());
    let info = LinkInfo::from_reply(&reply(LINK, 1));
    assert_eq!(info.port, Some(Port::TwistedPair));
    assert_eq!(info.transceiver, Some(Transceiver::Internal));
    assert_eq!(info.phy_address, Some(0));
    let state = LinkState::from_reply(&reply(LINK, 2));
    assert_eq!(state.link, Some(false));
    assert_eq!((state.sqi, state.ext_state), (None, None));
}

#[test]
fn channels_timestamping_and_statistics_of_a_veth() {
    let c = Channels::from_reply(&reply(CHANNELS, 0));
    assert_eq!(
        (c.rx, c.tx, c.rx_max, c.tx_max),
        (Some(1), Some(1), Some(2), Some(2))
    );
    assert_eq!((c.other, c.combined, c.other_max), (None, None, None));
    let ts = Timestamping::from_reply(&reply(TSINFO, 0)).unwrap();
    let soft =
        SofTimestamping::TX_SOFTWARE | SofTimestamping::RX_SOFTWARE | SofTimestamping::SOFTWARE;
    assert_eq!(
        ts.capabilities.without(SofTimestamping(0xffff_0000)),
        soft,
        "{ts:?}"
    );
    assert_eq!(ts.phc_index, None);
    assert!(ts.tx_types.is_empty() && ts.rx_filters.is_empty());
    // Five empty groups: a driver without standard statistics.
    let stats: Statistics = reply(STATS, 0);
    assert_eq!(stats.source, Some(StatsSource::Aggregate));
    assert!(stats.groups.is_empty(), "{stats:?}");
}

/// A verbose bit: index, name, value.
fn bit(index: u32, name: &str, on: bool) -> raw::BitsetBit {
    raw::BitsetBit {
        index: Some(index),
        name: Some(name.to_owned()),
        value: on.then_some(()),
        ..Default::default()
    }
}

fn verbose(nomask: bool, bits: Vec<raw::BitsetBit>) -> raw::Bitset {
    raw::Bitset {
        nomask: nomask.then_some(()),
        size: Some(40),
        bits: Some(raw::BitsetBits {
            bit: bits,
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[test]
fn bitsets_compact_and_verbose_with_and_without_a_mask() {
    let words = |w: &[u32]| w.iter().flat_map(|w| w.to_ne_bytes()).collect::<Vec<u8>>();
    let compact = raw::Bitset {
        size: Some(40),
        value: Some(words(&[0b101, 1 << 3])),
        mask: Some(words(&[0b111, 1 << 3])),
        ..Default::default()
    };
    let b = Bitset::from_attrs(&compact).unwrap();
    assert!(!b.is_verbose() && b.has_mask());
    assert_eq!(b.bits().collect::<Vec<_>>(), [0, 2, 35]);
    assert_eq!(b.mask_bits().collect::<Vec<_>>(), [0, 1, 2, 35]);
    assert!(b.in_mask(1) && !b.contains(1) && !b.in_mask(4));
    assert_eq!(b.low_u64(), 0b101 | (1 << 35));

    // The same set, verbose with a mask: listed bits are the mask, VALUE says which are on.
    let v = verbose(
        false,
        vec![
            bit(0, "a", true),
            bit(1, "b", false),
            bit(2, "c", true),
            bit(35, "d", true),
        ],
    );
    let v = Bitset::from_attrs(&v).unwrap();
    assert!(v.is_verbose());
    assert_eq!(v.bits().collect::<Vec<_>>(), [0, 2, 35]);
    assert_eq!(v.mask_bits().collect::<Vec<_>>(), [0, 1, 2, 35]);
    let expect: BTreeMap<String, bool> = [("a", true), ("b", false), ("c", true), ("d", true)]
        .map(|(n, v)| (n.to_owned(), v))
        .into();
    assert_eq!(v.masked_values(None), expect);

    // Verbose without a mask: only the bits that are on are listed.
    let n = Bitset::from_attrs(&verbose(
        true,
        vec![bit(3, "x", false), bit(33, "y", false)],
    ))
    .unwrap();
    assert!(!n.has_mask() && n.in_mask(7));
    assert_eq!(n.names(None), ["x".to_owned(), "y".to_owned()].into());
}

#[test]
fn bad_bitsets_are_errors_not_panics() {
    let no_index = verbose(false, vec![raw::BitsetBit::default()]);
    assert!(Bitset::from_attrs(&no_index).is_err());
    let past_size = verbose(true, vec![bit(40, "x", true)]);
    assert!(Bitset::from_attrs(&past_size).is_err(), "size 40");
    let mut huge = verbose(true, vec![bit(u32::MAX, "x", true)]);
    huge.size = None;
    assert!(
        Bitset::from_attrs(&huge).is_err(),
        "no allocation of 2^32 bits"
    );
    let short = raw::Bitset {
        size: Some(64),
        value: Some(vec![1, 2, 3]),
        ..Default::default()
    };
    assert!(Bitset::from_attrs(&short).is_err());
    let odd = raw::Bitset {
        size: Some(8),
        value: Some(vec![0xff, 0, 0]),
        mask: Some(vec![]),
        ..Default::default()
    };
    let b = Bitset::from_attrs(&odd).unwrap();
    assert_eq!(b.bits().count(), 8);
    assert_eq!(b.mask_bits().count(), 0);
    // A truncated reply never panics.
    for cut in 0..FEATURES.len() {
        let view = GenlView::from_payload(21, &FEATURES[16.min(cut)..cut]);
        if let Ok(v) = view {
            if let Ok(r) = raw::Features::parse(&v) {
                let _ = Features::from_reply(&r, None);
            }
        }
    }
}

#[test]
fn requests_name_the_device_and_ask_for_what_they_need() {
    let h = Device::named("v0").header(COMPACT);
    assert_eq!(
        (h.dev_name.as_deref(), h.dev_index, h.flags),
        (Some("v0"), None, Some(COMPACT))
    );
    let h = Device::index(7).header(raw::HeaderFlags::EMPTY);
    assert_eq!((h.dev_name, h.dev_index, h.flags), (None, Some(7), None));
    assert_eq!(Device::index(7).to_string(), "ifindex 7");
    // A change by name: the verbose form with a mask (no NOMASK), VALUE only when on.
    let change = verbose_change([("rx-gro", true), ("tx-checksum-ipv4", false)]);
    assert!(change.nomask.is_none() && change.size.is_none());
    let bits = &change.bits.as_ref().unwrap().bit;
    assert_eq!(bits[0].value, Some(()));
    assert_eq!(
        (bits[1].name.as_deref(), bits[1].value),
        (Some("tx-checksum-ipv4"), None)
    );
    let mut b = MessageBuilder::new(21, Flags::NONE);
    change.write_attrs(&mut b);
    let bytes = b.finish().unwrap();
    let mut back = raw::Bitset::default();
    back.read_attrs(AttrIter::new(&bytes[16..])).unwrap();
    assert_eq!(back, change, "names and values as written");
    assert!(
        Bitset::from_attrs(&back).is_err(),
        "a reply's bits have indexes"
    );
    // Every group, compact without a mask.
    let all = Bitset::from_attrs(&compact_all(5)).unwrap();
    assert_eq!(all.bits().collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
    assert!(!all.has_mask());
}

#[test]
fn the_unsupported_error_keeps_the_kernel_s_words() {
    let kernel = KernelError {
        errno: crate::sys::errno::EOPNOTSUPP,
        ext_ack: Default::default(),
        request_type: 21,
        sequence: 1,
        attribute: None,
        attribute_name: None,
    };
    let e = Error::from_engine(
        "v0",
        Operation::Pause,
        false,
        crate::engine::Error::Kernel(kernel.clone()),
    );
    assert_eq!(e.to_string(), "ethtool: v0 does not support pause");
    assert_eq!((e.kind(), e.errno()), (ErrorKind::Unsupported, Some(95)));
    assert_eq!(e.kernel(), Some(&kernel));
    let mut other = kernel;
    other.errno = crate::sys::errno::ENODEV;
    let e = Error::from_engine(
        "v0",
        Operation::Rings,
        true,
        crate::engine::Error::Kernel(other),
    );
    assert_eq!((e.kind(), e.errno()), (ErrorKind::Other, Some(19)));
}

/// A `stats-get` reply as the uapi lays it out: an `eth-mac` group with two counters (a
/// nest per counter, its attribute type the counter's index) and an `rmon` group with one
/// RX histogram bucket, the source last.
fn stats_reply() -> Vec<u8> {
    use raw::attrs::{stats as sa, stats_grp as ga};
    let mut b = MessageBuilder::new(21, Flags::NONE);
    b.push_bytes(&[33, 1, 0, 0]);
    let g = b.nest_start(sa::GRP);
    b.attr_u32_ne(ga::ID, 1).attr_u32_ne(ga::SS_ID, 18);
    for (index, value) in [(2u16, 1000u64), (5, 7)] {
        let s = b.nest_start(ga::STAT);
        b.attr_u64_ne(index, value);
        b.nest_end(s);
    }
    b.nest_end(g);
    let g = b.nest_start(sa::GRP);
    b.attr_u32_ne(ga::ID, 3).attr_u32_ne(ga::SS_ID, 20);
    let h = b.nest_start(ga::HIST_RX);
    b.attr_u32_ne(ga::HIST_BKT_LOW, 65)
        .attr_u32_ne(ga::HIST_BKT_HI, 127)
        .attr_u64_ne(ga::HIST_VAL, 42);
    b.nest_end(h);
    b.nest_end(g);
    b.attr_u32_ne(sa::SRC, 1);
    b.finish().unwrap()
}

#[test]
fn statistics_groups_with_counters_and_histograms() {
    let bytes = stats_reply();
    let mut stats: Statistics = reply(&bytes, 0);
    assert_eq!(stats.source, Some(StatsSource::Emac));
    assert_eq!(stats.groups.len(), 2);
    let mac = stats.group(StatsGroupId::EthMac).unwrap();
    let counters: Vec<(u16, u64)> = mac.counters.iter().map(|c| (c.index, c.value)).collect();
    assert_eq!(counters, [(2, 1000), (5, 7)]);
    let rmon = stats.group(StatsGroupId::Rmon).unwrap();
    assert_eq!(
        rmon.rx_histogram,
        [HistogramBucket {
            low: 65,
            high: 127,
            value: 42
        }]
    );
    // Named from the group's string set.
    let set = raw::StringsetAttrs {
        id: Some(18),
        count: Some(6),
        strings: vec![raw::Strings {
            string: [(2, "FramesReceivedOK"), (5, "OctetsReceivedOK")]
                .map(|(i, v)| raw::StringAttrs {
                    index: Some(i),
                    value: Some(v.to_owned()),
                    ..Default::default()
                })
                .into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let sets = StringSets::from_reply(&raw::Strset {
        stringsets: Some(raw::Stringsets {
            stringset: vec![set],
            ..Default::default()
        }),
        ..Default::default()
    })
    .unwrap();
    stats.name_counters(&sets);
    let mac = stats.group(StatsGroupId::EthMac).unwrap();
    assert_eq!(mac.counter("FramesReceivedOK"), Some(1000));
    assert_eq!(mac.counter("OctetsReceivedOK"), Some(7));
    // Cut anywhere, the reply is an error or less, never a panic.
    for cut in 20..bytes.len() {
        let _ = Statistics::from_attrs(AttrIter::new(&bytes[20..cut]));
    }
}

#[test]
fn link_modes_with_modes_named_from_the_set() {
    let names = strings(STRSET_LINK_MODES, StringSetId::LinkModes);
    let words = |w: &[u32]| w.iter().flat_map(|w| w.to_ne_bytes()).collect::<Vec<u8>>();
    // Supported 1000baseT/Full (5) and 10000baseT/Full (12), advertised 12 only.
    let r = raw::Linkmodes {
        autoneg: Some(1),
        speed: Some(u32::MAX),
        duplex: Some(0xff),
        ours: Some(raw::Bitset {
            size: Some(names.count),
            value: Some(words(&[1 << 12, 0, 0, 0])),
            mask: Some(words(&[(1 << 12) | (1 << 5), 0, 0, 0])),
            ..Default::default()
        }),
        ..Default::default()
    };
    let m = LinkModes::from_reply(&r, Some(&names)).unwrap();
    assert!(m.autoneg);
    assert_eq!((m.speed, m.duplex), (None, Some(Duplex::Unknown)));
    assert_eq!(m.advertised, ["10000baseT/Full".to_owned()].into());
    assert_eq!(
        m.supported,
        ["1000baseT/Full".to_owned(), "10000baseT/Full".to_owned()].into()
    );
}

#[test]
fn notifications_named_from_the_global_sets() {
    let names = StringSets::from_reply(&reply::<raw::Strset>(STRSET_FEATURES, 0)).unwrap();
    let events: Vec<Event> = messages(EVENTS)
        .iter()
        .map(|m| Event::parse(m.payload(), &names).unwrap())
        .collect();
    assert_eq!(events.len(), 2);
    assert!(events
        .iter()
        .all(|e| e.name.as_deref() == Some("v0") && e.ifindex.is_some()));
    let Change::Features(f) = &events[0].change else {
        panic!("{:?}", events[0]);
    };
    assert!(
        f.is_active("rx-gro") && f.is_active("tx-checksum-ip-generic"),
        "{f:?}"
    );
    let Change::Channels(c) = &events[1].change else {
        panic!("{:?}", events[1]);
    };
    assert_eq!((c.rx, c.tx), (Some(1), Some(2)));
    // Without names, compact bits are numbered.
    let unnamed = Event::parse(messages(EVENTS)[0].payload(), &StringSets::default()).unwrap();
    let Change::Features(f) = unnamed.change else {
        unreachable!()
    };
    assert!(f.active.iter().all(|n| n.starts_with("bit ")));
    assert!(
        Event::parse(&[13], &names).is_err(),
        "a short payload is an error"
    );
}
