//! `ethtool` (genetlink-legacy): Partial family for Ethtool Netlink.
//!
//! Generated from `nlkit-ynl/specs/ethtool.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "ethtool";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `ethtool` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `udp-tunnel-type`: an enumeration.
    pub enum UdpTunnelType: u32 {
        /// `vxlan` (0).
        Vxlan = 0,
        /// `geneve` (1).
        Geneve = 1,
        /// `vxlan-gpe` (2).
        VxlanGpe = 2,
    }
}

crate::open_enum! {
    /// `stringset`: an enumeration.
    pub enum Stringset: u32 {
    }
}

crate::flag_set! {
    /// `header-flags`: flags.
    pub struct HeaderFlags: u32 {
        /// `compact-bitsets` (bit 0).
        const COMPACT_BITSETS = 0x1;
        /// `omit-reply` (bit 1).
        const OMIT_REPLY = 0x2;
        /// `stats` (bit 2).
        const STATS = 0x4;
    }
}

crate::open_enum! {
    /// `module-fw-flash-status`: an enumeration.
    pub enum ModuleFwFlashStatus: u32 {
        /// `started` (0).
        Started = 0,
        /// `in_progress` (1).
        InProgress = 1,
        /// `completed` (2).
        Completed = 2,
        /// `error` (3).
        Error = 3,
    }
}

crate::open_enum! {
    /// `c33-pse-ext-state`: an enumeration.
    pub enum C33PseExtState: u32 {
        /// `none` (0).
        None = 0,
        /// `error-condition` (1).
        ErrorCondition = 1,
        /// `mr-mps-valid` (2).
        MrMpsValid = 2,
        /// `mr-pse-enable` (3).
        MrPseEnable = 3,
        /// `option-detect-ted` (4).
        OptionDetectTed = 4,
        /// `option-vport-lim` (5).
        OptionVportLim = 5,
        /// `ovld-detected` (6).
        OvldDetected = 6,
        /// `power-not-available` (7).
        PowerNotAvailable = 7,
        /// `short-detected` (8).
        ShortDetected = 8,
    }
}

crate::open_enum! {
    /// `phy-upstream-type`: an enumeration.
    pub enum PhyUpstreamType: u32 {
        /// `mac` (0).
        Mac = 0,
        /// `phy` (1).
        Phy = 1,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `header`.
    pub mod header {
        /// `dev-index` (u32).
        pub const DEV_INDEX: u16 = 1;
        /// `dev-name` (string).
        pub const DEV_NAME: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
        /// `phy-index` (u32).
        pub const PHY_INDEX: u16 = 4;
    }

    /// The attributes of `bitset-bit`.
    pub mod bitset_bit {
        /// `index` (u32).
        pub const INDEX: u16 = 1;
        /// `name` (string).
        pub const NAME: u16 = 2;
        /// `value` (flag).
        pub const VALUE: u16 = 3;
    }

    /// The attributes of `bitset-bits`.
    pub mod bitset_bits {
        /// `bit` (nest).
        pub const BIT: u16 = 1;
    }

    /// The attributes of `bitset`.
    pub mod bitset {
        /// `nomask` (flag).
        pub const NOMASK: u16 = 1;
        /// `size` (u32).
        pub const SIZE: u16 = 2;
        /// `bits` (nest).
        pub const BITS: u16 = 3;
        /// `value` (binary).
        pub const VALUE: u16 = 4;
        /// `mask` (binary).
        pub const MASK: u16 = 5;
    }

    /// The attributes of `string`.
    pub mod string {
        /// `index` (u32).
        pub const INDEX: u16 = 1;
        /// `value` (string).
        pub const VALUE: u16 = 2;
    }

    /// The attributes of `strings`.
    pub mod strings {
        /// `string` (nest).
        pub const STRING: u16 = 1;
    }

    /// The attributes of `stringset`.
    pub mod stringset {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `count` (u32).
        pub const COUNT: u16 = 2;
        /// `strings` (nest).
        pub const STRINGS: u16 = 3;
    }

    /// The attributes of `stringsets`.
    pub mod stringsets {
        /// `stringset` (nest).
        pub const STRINGSET: u16 = 1;
    }

    /// The attributes of `strset`.
    pub mod strset {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `stringsets` (nest).
        pub const STRINGSETS: u16 = 2;
        /// `counts-only` (flag).
        pub const COUNTS_ONLY: u16 = 3;
    }

    /// The attributes of `privflags`.
    pub mod privflags {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `flags` (nest).
        pub const FLAGS: u16 = 2;
    }

    /// The attributes of `rings`.
    pub mod rings {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `rx-max` (u32).
        pub const RX_MAX: u16 = 2;
        /// `rx-mini-max` (u32).
        pub const RX_MINI_MAX: u16 = 3;
        /// `rx-jumbo-max` (u32).
        pub const RX_JUMBO_MAX: u16 = 4;
        /// `tx-max` (u32).
        pub const TX_MAX: u16 = 5;
        /// `rx` (u32).
        pub const RX: u16 = 6;
        /// `rx-mini` (u32).
        pub const RX_MINI: u16 = 7;
        /// `rx-jumbo` (u32).
        pub const RX_JUMBO: u16 = 8;
        /// `tx` (u32).
        pub const TX: u16 = 9;
        /// `rx-buf-len` (u32).
        pub const RX_BUF_LEN: u16 = 10;
        /// `tcp-data-split` (u8).
        pub const TCP_DATA_SPLIT: u16 = 11;
        /// `cqe-size` (u32).
        pub const CQE_SIZE: u16 = 12;
        /// `tx-push` (u8).
        pub const TX_PUSH: u16 = 13;
        /// `rx-push` (u8).
        pub const RX_PUSH: u16 = 14;
        /// `tx-push-buf-len` (u32).
        pub const TX_PUSH_BUF_LEN: u16 = 15;
        /// `tx-push-buf-len-max` (u32).
        pub const TX_PUSH_BUF_LEN_MAX: u16 = 16;
    }

    /// The attributes of `mm-stat`.
    pub mod mm_stat {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `reassembly-errors` (u64).
        pub const REASSEMBLY_ERRORS: u16 = 2;
        /// `smd-errors` (u64).
        pub const SMD_ERRORS: u16 = 3;
        /// `reassembly-ok` (u64).
        pub const REASSEMBLY_OK: u16 = 4;
        /// `rx-frag-count` (u64).
        pub const RX_FRAG_COUNT: u16 = 5;
        /// `tx-frag-count` (u64).
        pub const TX_FRAG_COUNT: u16 = 6;
        /// `hold-count` (u64).
        pub const HOLD_COUNT: u16 = 7;
    }

    /// The attributes of `mm`.
    pub mod mm {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `pmac-enabled` (u8).
        pub const PMAC_ENABLED: u16 = 2;
        /// `tx-enabled` (u8).
        pub const TX_ENABLED: u16 = 3;
        /// `tx-active` (u8).
        pub const TX_ACTIVE: u16 = 4;
        /// `tx-min-frag-size` (u32).
        pub const TX_MIN_FRAG_SIZE: u16 = 5;
        /// `rx-min-frag-size` (u32).
        pub const RX_MIN_FRAG_SIZE: u16 = 6;
        /// `verify-enabled` (u8).
        pub const VERIFY_ENABLED: u16 = 7;
        /// `verify-status` (u8).
        pub const VERIFY_STATUS: u16 = 8;
        /// `verify-time` (u32).
        pub const VERIFY_TIME: u16 = 9;
        /// `max-verify-time` (u32).
        pub const MAX_VERIFY_TIME: u16 = 10;
        /// `stats` (nest).
        pub const STATS: u16 = 11;
    }

    /// The attributes of `linkinfo`.
    pub mod linkinfo {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `port` (u8).
        pub const PORT: u16 = 2;
        /// `phyaddr` (u8).
        pub const PHYADDR: u16 = 3;
        /// `tp-mdix` (u8).
        pub const TP_MDIX: u16 = 4;
        /// `tp-mdix-ctrl` (u8).
        pub const TP_MDIX_CTRL: u16 = 5;
        /// `transceiver` (u8).
        pub const TRANSCEIVER: u16 = 6;
    }

    /// The attributes of `linkmodes`.
    pub mod linkmodes {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `autoneg` (u8).
        pub const AUTONEG: u16 = 2;
        /// `ours` (nest).
        pub const OURS: u16 = 3;
        /// `peer` (nest).
        pub const PEER: u16 = 4;
        /// `speed` (u32).
        pub const SPEED: u16 = 5;
        /// `duplex` (u8).
        pub const DUPLEX: u16 = 6;
        /// `master-slave-cfg` (u8).
        pub const MASTER_SLAVE_CFG: u16 = 7;
        /// `master-slave-state` (u8).
        pub const MASTER_SLAVE_STATE: u16 = 8;
        /// `lanes` (u32).
        pub const LANES: u16 = 9;
        /// `rate-matching` (u8).
        pub const RATE_MATCHING: u16 = 10;
    }

    /// The attributes of `linkstate`.
    pub mod linkstate {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `link` (u8).
        pub const LINK: u16 = 2;
        /// `sqi` (u32).
        pub const SQI: u16 = 3;
        /// `sqi-max` (u32).
        pub const SQI_MAX: u16 = 4;
        /// `ext-state` (u8).
        pub const EXT_STATE: u16 = 5;
        /// `ext-substate` (u8).
        pub const EXT_SUBSTATE: u16 = 6;
        /// `ext-down-cnt` (u32).
        pub const EXT_DOWN_CNT: u16 = 7;
    }

    /// The attributes of `debug`.
    pub mod debug {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `msgmask` (nest).
        pub const MSGMASK: u16 = 2;
    }

    /// The attributes of `wol`.
    pub mod wol {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `modes` (nest).
        pub const MODES: u16 = 2;
        /// `sopass` (binary).
        pub const SOPASS: u16 = 3;
    }

    /// The attributes of `features`.
    pub mod features {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `hw` (nest).
        pub const HW: u16 = 2;
        /// `wanted` (nest).
        pub const WANTED: u16 = 3;
        /// `active` (nest).
        pub const ACTIVE: u16 = 4;
        /// `nochange` (nest).
        pub const NOCHANGE: u16 = 5;
    }

    /// The attributes of `channels`.
    pub mod channels {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `rx-max` (u32).
        pub const RX_MAX: u16 = 2;
        /// `tx-max` (u32).
        pub const TX_MAX: u16 = 3;
        /// `other-max` (u32).
        pub const OTHER_MAX: u16 = 4;
        /// `combined-max` (u32).
        pub const COMBINED_MAX: u16 = 5;
        /// `rx-count` (u32).
        pub const RX_COUNT: u16 = 6;
        /// `tx-count` (u32).
        pub const TX_COUNT: u16 = 7;
        /// `other-count` (u32).
        pub const OTHER_COUNT: u16 = 8;
        /// `combined-count` (u32).
        pub const COMBINED_COUNT: u16 = 9;
    }

    /// The attributes of `irq-moderation`.
    pub mod irq_moderation {
        /// `usec` (u32).
        pub const USEC: u16 = 1;
        /// `pkts` (u32).
        pub const PKTS: u16 = 2;
        /// `comps` (u32).
        pub const COMPS: u16 = 3;
    }

    /// The attributes of `profile`.
    pub mod profile {
        /// `irq-moderation` (nest).
        pub const IRQ_MODERATION: u16 = 1;
    }

    /// The attributes of `coalesce`.
    pub mod coalesce {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `rx-usecs` (u32).
        pub const RX_USECS: u16 = 2;
        /// `rx-max-frames` (u32).
        pub const RX_MAX_FRAMES: u16 = 3;
        /// `rx-usecs-irq` (u32).
        pub const RX_USECS_IRQ: u16 = 4;
        /// `rx-max-frames-irq` (u32).
        pub const RX_MAX_FRAMES_IRQ: u16 = 5;
        /// `tx-usecs` (u32).
        pub const TX_USECS: u16 = 6;
        /// `tx-max-frames` (u32).
        pub const TX_MAX_FRAMES: u16 = 7;
        /// `tx-usecs-irq` (u32).
        pub const TX_USECS_IRQ: u16 = 8;
        /// `tx-max-frames-irq` (u32).
        pub const TX_MAX_FRAMES_IRQ: u16 = 9;
        /// `stats-block-usecs` (u32).
        pub const STATS_BLOCK_USECS: u16 = 10;
        /// `use-adaptive-rx` (u8).
        pub const USE_ADAPTIVE_RX: u16 = 11;
        /// `use-adaptive-tx` (u8).
        pub const USE_ADAPTIVE_TX: u16 = 12;
        /// `pkt-rate-low` (u32).
        pub const PKT_RATE_LOW: u16 = 13;
        /// `rx-usecs-low` (u32).
        pub const RX_USECS_LOW: u16 = 14;
        /// `rx-max-frames-low` (u32).
        pub const RX_MAX_FRAMES_LOW: u16 = 15;
        /// `tx-usecs-low` (u32).
        pub const TX_USECS_LOW: u16 = 16;
        /// `tx-max-frames-low` (u32).
        pub const TX_MAX_FRAMES_LOW: u16 = 17;
        /// `pkt-rate-high` (u32).
        pub const PKT_RATE_HIGH: u16 = 18;
        /// `rx-usecs-high` (u32).
        pub const RX_USECS_HIGH: u16 = 19;
        /// `rx-max-frames-high` (u32).
        pub const RX_MAX_FRAMES_HIGH: u16 = 20;
        /// `tx-usecs-high` (u32).
        pub const TX_USECS_HIGH: u16 = 21;
        /// `tx-max-frames-high` (u32).
        pub const TX_MAX_FRAMES_HIGH: u16 = 22;
        /// `rate-sample-interval` (u32).
        pub const RATE_SAMPLE_INTERVAL: u16 = 23;
        /// `use-cqe-mode-tx` (u8).
        pub const USE_CQE_MODE_TX: u16 = 24;
        /// `use-cqe-mode-rx` (u8).
        pub const USE_CQE_MODE_RX: u16 = 25;
        /// `tx-aggr-max-bytes` (u32).
        pub const TX_AGGR_MAX_BYTES: u16 = 26;
        /// `tx-aggr-max-frames` (u32).
        pub const TX_AGGR_MAX_FRAMES: u16 = 27;
        /// `tx-aggr-time-usecs` (u32).
        pub const TX_AGGR_TIME_USECS: u16 = 28;
        /// `rx-profile` (nest).
        pub const RX_PROFILE: u16 = 29;
        /// `tx-profile` (nest).
        pub const TX_PROFILE: u16 = 30;
    }

    /// The attributes of `pause-stat`.
    pub mod pause_stat {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `tx-frames` (u64).
        pub const TX_FRAMES: u16 = 2;
        /// `rx-frames` (u64).
        pub const RX_FRAMES: u16 = 3;
    }

    /// The attributes of `pause`.
    pub mod pause {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `autoneg` (u8).
        pub const AUTONEG: u16 = 2;
        /// `rx` (u8).
        pub const RX: u16 = 3;
        /// `tx` (u8).
        pub const TX: u16 = 4;
        /// `stats` (nest).
        pub const STATS: u16 = 5;
        /// `stats-src` (u32).
        pub const STATS_SRC: u16 = 6;
    }

    /// The attributes of `eee`.
    pub mod eee {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `modes-ours` (nest).
        pub const MODES_OURS: u16 = 2;
        /// `modes-peer` (nest).
        pub const MODES_PEER: u16 = 3;
        /// `active` (u8).
        pub const ACTIVE: u16 = 4;
        /// `enabled` (u8).
        pub const ENABLED: u16 = 5;
        /// `tx-lpi-enabled` (u8).
        pub const TX_LPI_ENABLED: u16 = 6;
        /// `tx-lpi-timer` (u32).
        pub const TX_LPI_TIMER: u16 = 7;
    }

    /// The attributes of `ts-stat`.
    pub mod ts_stat {
        /// `tx-pkts` (uint).
        pub const TX_PKTS: u16 = 1;
        /// `tx-lost` (uint).
        pub const TX_LOST: u16 = 2;
        /// `tx-err` (uint).
        pub const TX_ERR: u16 = 3;
    }

    /// The attributes of `tsinfo`.
    pub mod tsinfo {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `timestamping` (nest).
        pub const TIMESTAMPING: u16 = 2;
        /// `tx-types` (nest).
        pub const TX_TYPES: u16 = 3;
        /// `rx-filters` (nest).
        pub const RX_FILTERS: u16 = 4;
        /// `phc-index` (u32).
        pub const PHC_INDEX: u16 = 5;
        /// `stats` (nest).
        pub const STATS: u16 = 6;
    }

    /// The attributes of `cable-result`.
    pub mod cable_result {
        /// `pair` (u8).
        pub const PAIR: u16 = 1;
        /// `code` (u8).
        pub const CODE: u16 = 2;
        /// `src` (u32).
        pub const SRC: u16 = 3;
    }

    /// The attributes of `cable-fault-length`.
    pub mod cable_fault_length {
        /// `pair` (u8).
        pub const PAIR: u16 = 1;
        /// `cm` (u32).
        pub const CM: u16 = 2;
        /// `src` (u32).
        pub const SRC: u16 = 3;
    }

    /// The attributes of `cable-nest`.
    pub mod cable_nest {
        /// `result` (nest).
        pub const RESULT: u16 = 1;
        /// `fault-length` (nest).
        pub const FAULT_LENGTH: u16 = 2;
    }

    /// The attributes of `cable-test`.
    pub mod cable_test {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
    }

    /// The attributes of `cable-test-ntf`.
    pub mod cable_test_ntf {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `status` (u8).
        pub const STATUS: u16 = 2;
        /// `nest` (nest).
        pub const NEST: u16 = 3;
    }

    /// The attributes of `cable-test-tdr-cfg`.
    pub mod cable_test_tdr_cfg {
        /// `first` (u32).
        pub const FIRST: u16 = 1;
        /// `last` (u32).
        pub const LAST: u16 = 2;
        /// `step` (u32).
        pub const STEP: u16 = 3;
        /// `pair` (u8).
        pub const PAIR: u16 = 4;
    }

    /// The attributes of `cable-test-tdr-ntf`.
    pub mod cable_test_tdr_ntf {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `status` (u8).
        pub const STATUS: u16 = 2;
        /// `nest` (nest).
        pub const NEST: u16 = 3;
    }

    /// The attributes of `cable-test-tdr`.
    pub mod cable_test_tdr {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `cfg` (nest).
        pub const CFG: u16 = 2;
    }

    /// The attributes of `tunnel-udp-entry`.
    pub mod tunnel_udp_entry {
        /// `port` (u16).
        pub const PORT: u16 = 1;
        /// `type` (u32).
        pub const TYPE: u16 = 2;
    }

    /// The attributes of `tunnel-udp-table`.
    pub mod tunnel_udp_table {
        /// `size` (u32).
        pub const SIZE: u16 = 1;
        /// `types` (nest).
        pub const TYPES: u16 = 2;
        /// `entry` (nest).
        pub const ENTRY: u16 = 3;
    }

    /// The attributes of `tunnel-udp`.
    pub mod tunnel_udp {
        /// `table` (nest).
        pub const TABLE: u16 = 1;
    }

    /// The attributes of `tunnel-info`.
    pub mod tunnel_info {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `udp-ports` (nest).
        pub const UDP_PORTS: u16 = 2;
    }

    /// The attributes of `fec-stat`.
    pub mod fec_stat {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `corrected` (binary).
        pub const CORRECTED: u16 = 2;
        /// `uncorr` (binary).
        pub const UNCORR: u16 = 3;
        /// `corr-bits` (binary).
        pub const CORR_BITS: u16 = 4;
    }

    /// The attributes of `fec`.
    pub mod fec {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `modes` (nest).
        pub const MODES: u16 = 2;
        /// `auto` (u8).
        pub const AUTO: u16 = 3;
        /// `active` (u32).
        pub const ACTIVE: u16 = 4;
        /// `stats` (nest).
        pub const STATS: u16 = 5;
    }

    /// The attributes of `module-eeprom`.
    pub mod module_eeprom {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `offset` (u32).
        pub const OFFSET: u16 = 2;
        /// `length` (u32).
        pub const LENGTH: u16 = 3;
        /// `page` (u8).
        pub const PAGE: u16 = 4;
        /// `bank` (u8).
        pub const BANK: u16 = 5;
        /// `i2c-address` (u8).
        pub const I2C_ADDRESS: u16 = 6;
        /// `data` (binary).
        pub const DATA: u16 = 7;
    }

    /// The attributes of `stats-grp`.
    pub mod stats_grp {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `id` (u32).
        pub const ID: u16 = 2;
        /// `ss-id` (u32).
        pub const SS_ID: u16 = 3;
        /// `stat` (u64).
        pub const STAT: u16 = 4;
        /// `hist-rx` (nest).
        pub const HIST_RX: u16 = 5;
        /// `hist-tx` (nest).
        pub const HIST_TX: u16 = 6;
        /// `hist-bkt-low` (u32).
        pub const HIST_BKT_LOW: u16 = 7;
        /// `hist-bkt-hi` (u32).
        pub const HIST_BKT_HI: u16 = 8;
        /// `hist-val` (u64).
        pub const HIST_VAL: u16 = 9;
    }

    /// The attributes of `stats`.
    pub mod stats {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `header` (nest).
        pub const HEADER: u16 = 2;
        /// `groups` (nest).
        pub const GROUPS: u16 = 3;
        /// `grp` (nest).
        pub const GRP: u16 = 4;
        /// `src` (u32).
        pub const SRC: u16 = 5;
    }

    /// The attributes of `phc-vclocks`.
    pub mod phc_vclocks {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `num` (u32).
        pub const NUM: u16 = 2;
        /// `index` (binary).
        pub const INDEX: u16 = 3;
    }

    /// The attributes of `module`.
    pub mod module {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `power-mode-policy` (u8).
        pub const POWER_MODE_POLICY: u16 = 2;
        /// `power-mode` (u8).
        pub const POWER_MODE: u16 = 3;
    }

    /// The attributes of `c33-pse-pw-limit`.
    pub mod c33_pse_pw_limit {
        /// `min` (u32).
        pub const MIN: u16 = 1;
        /// `max` (u32).
        pub const MAX: u16 = 2;
    }

    /// The attributes of `pse`.
    pub mod pse {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `podl-pse-admin-state` (u32).
        pub const PODL_PSE_ADMIN_STATE: u16 = 2;
        /// `podl-pse-admin-control` (u32).
        pub const PODL_PSE_ADMIN_CONTROL: u16 = 3;
        /// `podl-pse-pw-d-status` (u32).
        pub const PODL_PSE_PW_D_STATUS: u16 = 4;
        /// `c33-pse-admin-state` (u32).
        pub const C33_PSE_ADMIN_STATE: u16 = 5;
        /// `c33-pse-admin-control` (u32).
        pub const C33_PSE_ADMIN_CONTROL: u16 = 6;
        /// `c33-pse-pw-d-status` (u32).
        pub const C33_PSE_PW_D_STATUS: u16 = 7;
        /// `c33-pse-pw-class` (u32).
        pub const C33_PSE_PW_CLASS: u16 = 8;
        /// `c33-pse-actual-pw` (u32).
        pub const C33_PSE_ACTUAL_PW: u16 = 9;
        /// `c33-pse-ext-state` (u32).
        pub const C33_PSE_EXT_STATE: u16 = 10;
        /// `c33-pse-ext-substate` (u32).
        pub const C33_PSE_EXT_SUBSTATE: u16 = 11;
        /// `c33-pse-avail-pw-limit` (u32).
        pub const C33_PSE_AVAIL_PW_LIMIT: u16 = 12;
        /// `c33-pse-pw-limit-ranges` (nest).
        pub const C33_PSE_PW_LIMIT_RANGES: u16 = 13;
    }

    /// The attributes of `rss`.
    pub mod rss {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `context` (u32).
        pub const CONTEXT: u16 = 2;
        /// `hfunc` (u32).
        pub const HFUNC: u16 = 3;
        /// `indir` (binary).
        pub const INDIR: u16 = 4;
        /// `hkey` (binary).
        pub const HKEY: u16 = 5;
        /// `input_xfrm` (u32).
        pub const INPUT_XFRM: u16 = 6;
        /// `start-context` (u32).
        pub const START_CONTEXT: u16 = 7;
    }

    /// The attributes of `plca`.
    pub mod plca {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `version` (u16).
        pub const VERSION: u16 = 2;
        /// `enabled` (u8).
        pub const ENABLED: u16 = 3;
        /// `status` (u8).
        pub const STATUS: u16 = 4;
        /// `node-cnt` (u32).
        pub const NODE_CNT: u16 = 5;
        /// `node-id` (u32).
        pub const NODE_ID: u16 = 6;
        /// `to-tmr` (u32).
        pub const TO_TMR: u16 = 7;
        /// `burst-cnt` (u32).
        pub const BURST_CNT: u16 = 8;
        /// `burst-tmr` (u32).
        pub const BURST_TMR: u16 = 9;
    }

    /// The attributes of `module-fw-flash`.
    pub mod module_fw_flash {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `file-name` (string).
        pub const FILE_NAME: u16 = 2;
        /// `password` (u32).
        pub const PASSWORD: u16 = 3;
        /// `status` (u32).
        pub const STATUS: u16 = 4;
        /// `status-msg` (string).
        pub const STATUS_MSG: u16 = 5;
        /// `done` (uint).
        pub const DONE: u16 = 6;
        /// `total` (uint).
        pub const TOTAL: u16 = 7;
    }

    /// The attributes of `phy`.
    pub mod phy {
        /// `header` (nest).
        pub const HEADER: u16 = 1;
        /// `index` (u32).
        pub const INDEX: u16 = 2;
        /// `drvname` (string).
        pub const DRVNAME: u16 = 3;
        /// `name` (string).
        pub const NAME: u16 = 4;
        /// `upstream-type` (u32).
        pub const UPSTREAM_TYPE: u16 = 5;
        /// `upstream-index` (u32).
        pub const UPSTREAM_INDEX: u16 = 6;
        /// `upstream-sfp-name` (string).
        pub const UPSTREAM_SFP_NAME: u16 = 7;
        /// `downstream-sfp-name` (string).
        pub const DOWNSTREAM_SFP_NAME: u16 = 8;
    }
}

crate::attribute_set! {
    /// The attribute set `header`.
    pub struct Header {}
    attributes {
        /// `dev-index`.
        pub dev_index: codec::U32 = attrs::header::DEV_INDEX,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::header::DEV_NAME,
        /// `flags`.
        pub flags: codec::Enum32<HeaderFlags> = attrs::header::FLAGS,
        /// `phy-index`.
        pub phy_index: codec::U32 = attrs::header::PHY_INDEX,
    }
}

crate::attribute_set! {
    /// The attribute set `bitset-bit`.
    pub struct BitsetBit {}
    attributes {
        /// `index`.
        pub index: codec::U32 = attrs::bitset_bit::INDEX,
        /// `name`.
        pub name: codec::Str = attrs::bitset_bit::NAME,
        /// `value`.
        pub value: codec::Flag = attrs::bitset_bit::VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `bitset-bits`.
    pub struct BitsetBits {}
    attributes {
        /// `bit`.
        pub bit: codec::Multi<codec::Nested<BitsetBit>> = attrs::bitset_bits::BIT,
    }
}

crate::attribute_set! {
    /// The attribute set `bitset`.
    pub struct Bitset {}
    attributes {
        /// `nomask`.
        pub nomask: codec::Flag = attrs::bitset::NOMASK,
        /// `size`.
        pub size: codec::U32 = attrs::bitset::SIZE,
        /// `bits`.
        pub bits: codec::Nested<BitsetBits> = attrs::bitset::BITS,
        /// `value`.
        pub value: codec::Bytes = attrs::bitset::VALUE,
        /// `mask`.
        pub mask: codec::Bytes = attrs::bitset::MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `string`.
    pub struct StringAttrs {}
    attributes {
        /// `index`.
        pub index: codec::U32 = attrs::string::INDEX,
        /// `value`.
        pub value: codec::Str = attrs::string::VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `strings`.
    pub struct Strings {}
    attributes {
        /// `string`.
        pub string: codec::Multi<codec::Nested<StringAttrs>> = attrs::strings::STRING,
    }
}

crate::attribute_set! {
    /// The attribute set `stringset`.
    pub struct StringsetAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::stringset::ID,
        /// `count`.
        pub count: codec::U32 = attrs::stringset::COUNT,
        /// `strings`.
        pub strings: codec::Multi<codec::Nested<Strings>> = attrs::stringset::STRINGS,
    }
}

crate::attribute_set! {
    /// The attribute set `stringsets`.
    pub struct Stringsets {}
    attributes {
        /// `stringset`.
        pub stringset: codec::Multi<codec::Nested<StringsetAttrs>> = attrs::stringsets::STRINGSET,
    }
}

crate::attribute_set! {
    /// The attribute set `strset`.
    pub struct Strset {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::strset::HEADER,
        /// `stringsets`.
        pub stringsets: codec::Nested<Stringsets> = attrs::strset::STRINGSETS,
        /// `counts-only`.
        pub counts_only: codec::Flag = attrs::strset::COUNTS_ONLY,
    }
}

crate::attribute_set! {
    /// The attribute set `privflags`.
    pub struct Privflags {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::privflags::HEADER,
        /// `flags`.
        pub flags: codec::Nested<Bitset> = attrs::privflags::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `rings`.
    pub struct Rings {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rings::HEADER,
        /// `rx-max`.
        pub rx_max: codec::U32 = attrs::rings::RX_MAX,
        /// `rx-mini-max`.
        pub rx_mini_max: codec::U32 = attrs::rings::RX_MINI_MAX,
        /// `rx-jumbo-max`.
        pub rx_jumbo_max: codec::U32 = attrs::rings::RX_JUMBO_MAX,
        /// `tx-max`.
        pub tx_max: codec::U32 = attrs::rings::TX_MAX,
        /// `rx`.
        pub rx: codec::U32 = attrs::rings::RX,
        /// `rx-mini`.
        pub rx_mini: codec::U32 = attrs::rings::RX_MINI,
        /// `rx-jumbo`.
        pub rx_jumbo: codec::U32 = attrs::rings::RX_JUMBO,
        /// `tx`.
        pub tx: codec::U32 = attrs::rings::TX,
        /// `rx-buf-len`.
        pub rx_buf_len: codec::U32 = attrs::rings::RX_BUF_LEN,
        /// `tcp-data-split`.
        pub tcp_data_split: codec::U8 = attrs::rings::TCP_DATA_SPLIT,
        /// `cqe-size`.
        pub cqe_size: codec::U32 = attrs::rings::CQE_SIZE,
        /// `tx-push`.
        pub tx_push: codec::U8 = attrs::rings::TX_PUSH,
        /// `rx-push`.
        pub rx_push: codec::U8 = attrs::rings::RX_PUSH,
        /// `tx-push-buf-len`.
        pub tx_push_buf_len: codec::U32 = attrs::rings::TX_PUSH_BUF_LEN,
        /// `tx-push-buf-len-max`.
        pub tx_push_buf_len_max: codec::U32 = attrs::rings::TX_PUSH_BUF_LEN_MAX,
    }
}

crate::attribute_set! {
    /// The attribute set `mm-stat`.
    pub struct MmStat {}
    attributes {
        /// `reassembly-errors`.
        pub reassembly_errors: codec::U64 = attrs::mm_stat::REASSEMBLY_ERRORS,
        /// `smd-errors`.
        pub smd_errors: codec::U64 = attrs::mm_stat::SMD_ERRORS,
        /// `reassembly-ok`.
        pub reassembly_ok: codec::U64 = attrs::mm_stat::REASSEMBLY_OK,
        /// `rx-frag-count`.
        pub rx_frag_count: codec::U64 = attrs::mm_stat::RX_FRAG_COUNT,
        /// `tx-frag-count`.
        pub tx_frag_count: codec::U64 = attrs::mm_stat::TX_FRAG_COUNT,
        /// `hold-count`.
        pub hold_count: codec::U64 = attrs::mm_stat::HOLD_COUNT,
    }
}

crate::attribute_set! {
    /// The attribute set `mm`.
    pub struct Mm {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::mm::HEADER,
        /// `pmac-enabled`.
        pub pmac_enabled: codec::U8 = attrs::mm::PMAC_ENABLED,
        /// `tx-enabled`.
        pub tx_enabled: codec::U8 = attrs::mm::TX_ENABLED,
        /// `tx-active`.
        pub tx_active: codec::U8 = attrs::mm::TX_ACTIVE,
        /// `tx-min-frag-size`.
        pub tx_min_frag_size: codec::U32 = attrs::mm::TX_MIN_FRAG_SIZE,
        /// `rx-min-frag-size`.
        pub rx_min_frag_size: codec::U32 = attrs::mm::RX_MIN_FRAG_SIZE,
        /// `verify-enabled`.
        pub verify_enabled: codec::U8 = attrs::mm::VERIFY_ENABLED,
        /// `verify-status`.
        pub verify_status: codec::U8 = attrs::mm::VERIFY_STATUS,
        /// `verify-time`.
        pub verify_time: codec::U32 = attrs::mm::VERIFY_TIME,
        /// `max-verify-time`.
        pub max_verify_time: codec::U32 = attrs::mm::MAX_VERIFY_TIME,
        /// `stats`.
        pub stats: codec::Nested<MmStat> = attrs::mm::STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo`.
    pub struct Linkinfo {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkinfo::HEADER,
        /// `port`.
        pub port: codec::U8 = attrs::linkinfo::PORT,
        /// `phyaddr`.
        pub phyaddr: codec::U8 = attrs::linkinfo::PHYADDR,
        /// `tp-mdix`.
        pub tp_mdix: codec::U8 = attrs::linkinfo::TP_MDIX,
        /// `tp-mdix-ctrl`.
        pub tp_mdix_ctrl: codec::U8 = attrs::linkinfo::TP_MDIX_CTRL,
        /// `transceiver`.
        pub transceiver: codec::U8 = attrs::linkinfo::TRANSCEIVER,
    }
}

crate::attribute_set! {
    /// The attribute set `linkmodes`.
    pub struct Linkmodes {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkmodes::HEADER,
        /// `autoneg`.
        pub autoneg: codec::U8 = attrs::linkmodes::AUTONEG,
        /// `ours`.
        pub ours: codec::Nested<Bitset> = attrs::linkmodes::OURS,
        /// `peer`.
        pub peer: codec::Nested<Bitset> = attrs::linkmodes::PEER,
        /// `speed`.
        pub speed: codec::U32 = attrs::linkmodes::SPEED,
        /// `duplex`.
        pub duplex: codec::U8 = attrs::linkmodes::DUPLEX,
        /// `master-slave-cfg`.
        pub master_slave_cfg: codec::U8 = attrs::linkmodes::MASTER_SLAVE_CFG,
        /// `master-slave-state`.
        pub master_slave_state: codec::U8 = attrs::linkmodes::MASTER_SLAVE_STATE,
        /// `lanes`.
        pub lanes: codec::U32 = attrs::linkmodes::LANES,
        /// `rate-matching`.
        pub rate_matching: codec::U8 = attrs::linkmodes::RATE_MATCHING,
    }
}

crate::attribute_set! {
    /// The attribute set `linkstate`.
    pub struct Linkstate {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkstate::HEADER,
        /// `link`.
        pub link: codec::U8 = attrs::linkstate::LINK,
        /// `sqi`.
        pub sqi: codec::U32 = attrs::linkstate::SQI,
        /// `sqi-max`.
        pub sqi_max: codec::U32 = attrs::linkstate::SQI_MAX,
        /// `ext-state`.
        pub ext_state: codec::U8 = attrs::linkstate::EXT_STATE,
        /// `ext-substate`.
        pub ext_substate: codec::U8 = attrs::linkstate::EXT_SUBSTATE,
        /// `ext-down-cnt`.
        pub ext_down_cnt: codec::U32 = attrs::linkstate::EXT_DOWN_CNT,
    }
}

crate::attribute_set! {
    /// The attribute set `debug`.
    pub struct DebugAttrs {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::debug::HEADER,
        /// `msgmask`.
        pub msgmask: codec::Nested<Bitset> = attrs::debug::MSGMASK,
    }
}

crate::attribute_set! {
    /// The attribute set `wol`.
    pub struct Wol {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::wol::HEADER,
        /// `modes`.
        pub modes: codec::Nested<Bitset> = attrs::wol::MODES,
        /// `sopass`.
        pub sopass: codec::Bytes = attrs::wol::SOPASS,
    }
}

crate::attribute_set! {
    /// The attribute set `features`.
    pub struct Features {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::features::HEADER,
        /// `hw`.
        pub hw: codec::Nested<Bitset> = attrs::features::HW,
        /// `wanted`.
        pub wanted: codec::Nested<Bitset> = attrs::features::WANTED,
        /// `active`.
        pub active: codec::Nested<Bitset> = attrs::features::ACTIVE,
        /// `nochange`.
        pub nochange: codec::Nested<Bitset> = attrs::features::NOCHANGE,
    }
}

crate::attribute_set! {
    /// The attribute set `channels`.
    pub struct Channels {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::channels::HEADER,
        /// `rx-max`.
        pub rx_max: codec::U32 = attrs::channels::RX_MAX,
        /// `tx-max`.
        pub tx_max: codec::U32 = attrs::channels::TX_MAX,
        /// `other-max`.
        pub other_max: codec::U32 = attrs::channels::OTHER_MAX,
        /// `combined-max`.
        pub combined_max: codec::U32 = attrs::channels::COMBINED_MAX,
        /// `rx-count`.
        pub rx_count: codec::U32 = attrs::channels::RX_COUNT,
        /// `tx-count`.
        pub tx_count: codec::U32 = attrs::channels::TX_COUNT,
        /// `other-count`.
        pub other_count: codec::U32 = attrs::channels::OTHER_COUNT,
        /// `combined-count`.
        pub combined_count: codec::U32 = attrs::channels::COMBINED_COUNT,
    }
}

crate::attribute_set! {
    /// The attribute set `irq-moderation`.
    pub struct IrqModeration {}
    attributes {
        /// `usec`.
        pub usec: codec::U32 = attrs::irq_moderation::USEC,
        /// `pkts`.
        pub pkts: codec::U32 = attrs::irq_moderation::PKTS,
        /// `comps`.
        pub comps: codec::U32 = attrs::irq_moderation::COMPS,
    }
}

crate::attribute_set! {
    /// The attribute set `profile`.
    pub struct Profile {}
    attributes {
        /// `irq-moderation`.
        pub irq_moderation: codec::Multi<codec::Nested<IrqModeration>> = attrs::profile::IRQ_MODERATION,
    }
}

crate::attribute_set! {
    /// The attribute set `coalesce`.
    pub struct Coalesce {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::coalesce::HEADER,
        /// `rx-usecs`.
        pub rx_usecs: codec::U32 = attrs::coalesce::RX_USECS,
        /// `rx-max-frames`.
        pub rx_max_frames: codec::U32 = attrs::coalesce::RX_MAX_FRAMES,
        /// `rx-usecs-irq`.
        pub rx_usecs_irq: codec::U32 = attrs::coalesce::RX_USECS_IRQ,
        /// `rx-max-frames-irq`.
        pub rx_max_frames_irq: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_IRQ,
        /// `tx-usecs`.
        pub tx_usecs: codec::U32 = attrs::coalesce::TX_USECS,
        /// `tx-max-frames`.
        pub tx_max_frames: codec::U32 = attrs::coalesce::TX_MAX_FRAMES,
        /// `tx-usecs-irq`.
        pub tx_usecs_irq: codec::U32 = attrs::coalesce::TX_USECS_IRQ,
        /// `tx-max-frames-irq`.
        pub tx_max_frames_irq: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_IRQ,
        /// `stats-block-usecs`.
        pub stats_block_usecs: codec::U32 = attrs::coalesce::STATS_BLOCK_USECS,
        /// `use-adaptive-rx`.
        pub use_adaptive_rx: codec::U8 = attrs::coalesce::USE_ADAPTIVE_RX,
        /// `use-adaptive-tx`.
        pub use_adaptive_tx: codec::U8 = attrs::coalesce::USE_ADAPTIVE_TX,
        /// `pkt-rate-low`.
        pub pkt_rate_low: codec::U32 = attrs::coalesce::PKT_RATE_LOW,
        /// `rx-usecs-low`.
        pub rx_usecs_low: codec::U32 = attrs::coalesce::RX_USECS_LOW,
        /// `rx-max-frames-low`.
        pub rx_max_frames_low: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_LOW,
        /// `tx-usecs-low`.
        pub tx_usecs_low: codec::U32 = attrs::coalesce::TX_USECS_LOW,
        /// `tx-max-frames-low`.
        pub tx_max_frames_low: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_LOW,
        /// `pkt-rate-high`.
        pub pkt_rate_high: codec::U32 = attrs::coalesce::PKT_RATE_HIGH,
        /// `rx-usecs-high`.
        pub rx_usecs_high: codec::U32 = attrs::coalesce::RX_USECS_HIGH,
        /// `rx-max-frames-high`.
        pub rx_max_frames_high: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_HIGH,
        /// `tx-usecs-high`.
        pub tx_usecs_high: codec::U32 = attrs::coalesce::TX_USECS_HIGH,
        /// `tx-max-frames-high`.
        pub tx_max_frames_high: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_HIGH,
        /// `rate-sample-interval`.
        pub rate_sample_interval: codec::U32 = attrs::coalesce::RATE_SAMPLE_INTERVAL,
        /// `use-cqe-mode-tx`.
        pub use_cqe_mode_tx: codec::U8 = attrs::coalesce::USE_CQE_MODE_TX,
        /// `use-cqe-mode-rx`.
        pub use_cqe_mode_rx: codec::U8 = attrs::coalesce::USE_CQE_MODE_RX,
        /// `tx-aggr-max-bytes`.
        pub tx_aggr_max_bytes: codec::U32 = attrs::coalesce::TX_AGGR_MAX_BYTES,
        /// `tx-aggr-max-frames`.
        pub tx_aggr_max_frames: codec::U32 = attrs::coalesce::TX_AGGR_MAX_FRAMES,
        /// `tx-aggr-time-usecs`.
        pub tx_aggr_time_usecs: codec::U32 = attrs::coalesce::TX_AGGR_TIME_USECS,
        /// `rx-profile`.
        pub rx_profile: codec::Nested<Profile> = attrs::coalesce::RX_PROFILE,
        /// `tx-profile`.
        pub tx_profile: codec::Nested<Profile> = attrs::coalesce::TX_PROFILE,
    }
}

crate::attribute_set! {
    /// The attribute set `pause-stat`.
    pub struct PauseStat {}
    attributes {
        /// `tx-frames`.
        pub tx_frames: codec::U64 = attrs::pause_stat::TX_FRAMES,
        /// `rx-frames`.
        pub rx_frames: codec::U64 = attrs::pause_stat::RX_FRAMES,
    }
}

crate::attribute_set! {
    /// The attribute set `pause`.
    pub struct Pause {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pause::HEADER,
        /// `autoneg`.
        pub autoneg: codec::U8 = attrs::pause::AUTONEG,
        /// `rx`.
        pub rx: codec::U8 = attrs::pause::RX,
        /// `tx`.
        pub tx: codec::U8 = attrs::pause::TX,
        /// `stats`.
        pub stats: codec::Nested<PauseStat> = attrs::pause::STATS,
        /// `stats-src`.
        pub stats_src: codec::U32 = attrs::pause::STATS_SRC,
    }
}

crate::attribute_set! {
    /// The attribute set `eee`.
    pub struct Eee {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::eee::HEADER,
        /// `modes-ours`.
        pub modes_ours: codec::Nested<Bitset> = attrs::eee::MODES_OURS,
        /// `modes-peer`.
        pub modes_peer: codec::Nested<Bitset> = attrs::eee::MODES_PEER,
        /// `active`.
        pub active: codec::U8 = attrs::eee::ACTIVE,
        /// `enabled`.
        pub enabled: codec::U8 = attrs::eee::ENABLED,
        /// `tx-lpi-enabled`.
        pub tx_lpi_enabled: codec::U8 = attrs::eee::TX_LPI_ENABLED,
        /// `tx-lpi-timer`.
        pub tx_lpi_timer: codec::U32 = attrs::eee::TX_LPI_TIMER,
    }
}

crate::attribute_set! {
    /// The attribute set `ts-stat`.
    pub struct TsStat {}
    attributes {
        /// `tx-pkts`.
        pub tx_pkts: codec::Uint = attrs::ts_stat::TX_PKTS,
        /// `tx-lost`.
        pub tx_lost: codec::Uint = attrs::ts_stat::TX_LOST,
        /// `tx-err`.
        pub tx_err: codec::Uint = attrs::ts_stat::TX_ERR,
    }
}

crate::attribute_set! {
    /// The attribute set `tsinfo`.
    pub struct Tsinfo {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::tsinfo::HEADER,
        /// `timestamping`.
        pub timestamping: codec::Nested<Bitset> = attrs::tsinfo::TIMESTAMPING,
        /// `tx-types`.
        pub tx_types: codec::Nested<Bitset> = attrs::tsinfo::TX_TYPES,
        /// `rx-filters`.
        pub rx_filters: codec::Nested<Bitset> = attrs::tsinfo::RX_FILTERS,
        /// `phc-index`.
        pub phc_index: codec::U32 = attrs::tsinfo::PHC_INDEX,
        /// `stats`.
        pub stats: codec::Nested<TsStat> = attrs::tsinfo::STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-result`.
    pub struct CableResult {}
    attributes {
        /// `pair`.
        pub pair: codec::U8 = attrs::cable_result::PAIR,
        /// `code`.
        pub code: codec::U8 = attrs::cable_result::CODE,
        /// `src`.
        pub src: codec::U32 = attrs::cable_result::SRC,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-fault-length`.
    pub struct CableFaultLength {}
    attributes {
        /// `pair`.
        pub pair: codec::U8 = attrs::cable_fault_length::PAIR,
        /// `cm`.
        pub cm: codec::U32 = attrs::cable_fault_length::CM,
        /// `src`.
        pub src: codec::U32 = attrs::cable_fault_length::SRC,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-nest`.
    pub struct CableNest {}
    attributes {
        /// `result`.
        pub result: codec::Nested<CableResult> = attrs::cable_nest::RESULT,
        /// `fault-length`.
        pub fault_length: codec::Nested<CableFaultLength> = attrs::cable_nest::FAULT_LENGTH,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-test`.
    pub struct CableTest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test::HEADER,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-test-ntf`.
    pub struct CableTestNtf {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test_ntf::HEADER,
        /// `status`.
        pub status: codec::U8 = attrs::cable_test_ntf::STATUS,
        /// `nest`.
        pub nest: codec::Nested<CableNest> = attrs::cable_test_ntf::NEST,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-test-tdr-cfg`.
    pub struct CableTestTdrCfg {}
    attributes {
        /// `first`.
        pub first: codec::U32 = attrs::cable_test_tdr_cfg::FIRST,
        /// `last`.
        pub last: codec::U32 = attrs::cable_test_tdr_cfg::LAST,
        /// `step`.
        pub step: codec::U32 = attrs::cable_test_tdr_cfg::STEP,
        /// `pair`.
        pub pair: codec::U8 = attrs::cable_test_tdr_cfg::PAIR,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-test-tdr-ntf`.
    pub struct CableTestTdrNtf {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test_tdr_ntf::HEADER,
        /// `status`.
        pub status: codec::U8 = attrs::cable_test_tdr_ntf::STATUS,
        /// `nest`.
        pub nest: codec::Nested<CableNest> = attrs::cable_test_tdr_ntf::NEST,
    }
}

crate::attribute_set! {
    /// The attribute set `cable-test-tdr`.
    pub struct CableTestTdr {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test_tdr::HEADER,
        /// `cfg`.
        pub cfg: codec::Nested<CableTestTdrCfg> = attrs::cable_test_tdr::CFG,
    }
}

crate::attribute_set! {
    /// The attribute set `tunnel-udp-entry`.
    pub struct TunnelUdpEntry {}
    attributes {
        /// `port`.
        pub port: codec::U16Be = attrs::tunnel_udp_entry::PORT,
        /// `type`.
        pub type_: codec::Enum32<UdpTunnelType> = attrs::tunnel_udp_entry::TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `tunnel-udp-table`.
    pub struct TunnelUdpTable {}
    attributes {
        /// `size`.
        pub size: codec::U32 = attrs::tunnel_udp_table::SIZE,
        /// `types`.
        pub types: codec::Nested<Bitset> = attrs::tunnel_udp_table::TYPES,
        /// `entry`.
        pub entry: codec::Multi<codec::Nested<TunnelUdpEntry>> = attrs::tunnel_udp_table::ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `tunnel-udp`.
    pub struct TunnelUdp {}
    attributes {
        /// `table`.
        pub table: codec::Nested<TunnelUdpTable> = attrs::tunnel_udp::TABLE,
    }
}

crate::attribute_set! {
    /// The attribute set `tunnel-info`.
    pub struct TunnelInfo {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::tunnel_info::HEADER,
        /// `udp-ports`.
        pub udp_ports: codec::Nested<TunnelUdp> = attrs::tunnel_info::UDP_PORTS,
    }
}

crate::attribute_set! {
    /// The attribute set `fec-stat`.
    pub struct FecStat {}
    attributes {
        /// `corrected`.
        pub corrected: codec::Array<codec::U64> = attrs::fec_stat::CORRECTED,
        /// `uncorr`.
        pub uncorr: codec::Array<codec::U64> = attrs::fec_stat::UNCORR,
        /// `corr-bits`.
        pub corr_bits: codec::Array<codec::U64> = attrs::fec_stat::CORR_BITS,
    }
}

crate::attribute_set! {
    /// The attribute set `fec`.
    pub struct Fec {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::fec::HEADER,
        /// `modes`.
        pub modes: codec::Nested<Bitset> = attrs::fec::MODES,
        /// `auto`.
        pub auto: codec::U8 = attrs::fec::AUTO,
        /// `active`.
        pub active: codec::U32 = attrs::fec::ACTIVE,
        /// `stats`.
        pub stats: codec::Nested<FecStat> = attrs::fec::STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `module-eeprom`.
    pub struct ModuleEeprom {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module_eeprom::HEADER,
        /// `offset`.
        pub offset: codec::U32 = attrs::module_eeprom::OFFSET,
        /// `length`.
        pub length: codec::U32 = attrs::module_eeprom::LENGTH,
        /// `page`.
        pub page: codec::U8 = attrs::module_eeprom::PAGE,
        /// `bank`.
        pub bank: codec::U8 = attrs::module_eeprom::BANK,
        /// `i2c-address`.
        pub i2c_address: codec::U8 = attrs::module_eeprom::I2C_ADDRESS,
        /// `data`.
        pub data: codec::Bytes = attrs::module_eeprom::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `stats-grp`.
    pub struct StatsGrp {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::stats_grp::ID,
        /// `ss-id`.
        pub ss_id: codec::U32 = attrs::stats_grp::SS_ID,
        /// `stat`.
        pub stat: codec::U64 = attrs::stats_grp::STAT,
        /// `hist-rx`.
        pub hist_rx: codec::Nested<StatsGrpHist> = attrs::stats_grp::HIST_RX,
        /// `hist-tx`.
        pub hist_tx: codec::Nested<StatsGrpHist> = attrs::stats_grp::HIST_TX,
        /// `hist-bkt-low`.
        pub hist_bkt_low: codec::U32 = attrs::stats_grp::HIST_BKT_LOW,
        /// `hist-bkt-hi`.
        pub hist_bkt_hi: codec::U32 = attrs::stats_grp::HIST_BKT_HI,
        /// `hist-val`.
        pub hist_val: codec::U64 = attrs::stats_grp::HIST_VAL,
    }
}

crate::attribute_set! {
    /// The attribute set `stats-grp-hist`. A subset of `stats-grp`: [`StatsGrp`].
    pub struct StatsGrpHist {}
    attributes {
        /// `hist-bkt-low`.
        pub hist_bkt_low: codec::U32 = attrs::stats_grp::HIST_BKT_LOW,
        /// `hist-bkt-hi`.
        pub hist_bkt_hi: codec::U32 = attrs::stats_grp::HIST_BKT_HI,
        /// `hist-val`.
        pub hist_val: codec::U64 = attrs::stats_grp::HIST_VAL,
    }
}

crate::attribute_set! {
    /// The attribute set `stats`.
    pub struct Stats {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::stats::HEADER,
        /// `groups`.
        pub groups: codec::Nested<Bitset> = attrs::stats::GROUPS,
        /// `grp`.
        pub grp: codec::Nested<StatsGrp> = attrs::stats::GRP,
        /// `src`.
        pub src: codec::U32 = attrs::stats::SRC,
    }
}

crate::attribute_set! {
    /// The attribute set `phc-vclocks`.
    pub struct PhcVclocks {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::phc_vclocks::HEADER,
        /// `num`.
        pub num: codec::U32 = attrs::phc_vclocks::NUM,
        /// `index`.
        pub index: codec::Array<codec::I32> = attrs::phc_vclocks::INDEX,
    }
}

crate::attribute_set! {
    /// The attribute set `module`.
    pub struct Module {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module::HEADER,
        /// `power-mode-policy`.
        pub power_mode_policy: codec::U8 = attrs::module::POWER_MODE_POLICY,
        /// `power-mode`.
        pub power_mode: codec::U8 = attrs::module::POWER_MODE,
    }
}

crate::attribute_set! {
    /// The attribute set `c33-pse-pw-limit`.
    pub struct C33PsePwLimit {}
    attributes {
        /// `min`.
        pub min: codec::U32 = attrs::c33_pse_pw_limit::MIN,
        /// `max`.
        pub max: codec::U32 = attrs::c33_pse_pw_limit::MAX,
    }
}

crate::attribute_set! {
    /// The attribute set `pse`.
    pub struct Pse {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pse::HEADER,
        /// `podl-pse-admin-state`.
        pub podl_pse_admin_state: codec::U32 = attrs::pse::PODL_PSE_ADMIN_STATE,
        /// `podl-pse-admin-control`.
        pub podl_pse_admin_control: codec::U32 = attrs::pse::PODL_PSE_ADMIN_CONTROL,
        /// `podl-pse-pw-d-status`.
        pub podl_pse_pw_d_status: codec::U32 = attrs::pse::PODL_PSE_PW_D_STATUS,
        /// `c33-pse-admin-state`.
        pub c33_pse_admin_state: codec::U32 = attrs::pse::C33_PSE_ADMIN_STATE,
        /// `c33-pse-admin-control`.
        pub c33_pse_admin_control: codec::U32 = attrs::pse::C33_PSE_ADMIN_CONTROL,
        /// `c33-pse-pw-d-status`.
        pub c33_pse_pw_d_status: codec::U32 = attrs::pse::C33_PSE_PW_D_STATUS,
        /// `c33-pse-pw-class`.
        pub c33_pse_pw_class: codec::U32 = attrs::pse::C33_PSE_PW_CLASS,
        /// `c33-pse-actual-pw`.
        pub c33_pse_actual_pw: codec::U32 = attrs::pse::C33_PSE_ACTUAL_PW,
        /// `c33-pse-ext-state`.
        pub c33_pse_ext_state: codec::Enum32<C33PseExtState> = attrs::pse::C33_PSE_EXT_STATE,
        /// `c33-pse-ext-substate`.
        pub c33_pse_ext_substate: codec::U32 = attrs::pse::C33_PSE_EXT_SUBSTATE,
        /// `c33-pse-avail-pw-limit`.
        pub c33_pse_avail_pw_limit: codec::U32 = attrs::pse::C33_PSE_AVAIL_PW_LIMIT,
        /// `c33-pse-pw-limit-ranges`.
        pub c33_pse_pw_limit_ranges: codec::Multi<codec::Nested<C33PsePwLimit>> = attrs::pse::C33_PSE_PW_LIMIT_RANGES,
    }
}

crate::attribute_set! {
    /// The attribute set `rss`.
    pub struct Rss {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rss::HEADER,
        /// `context`.
        pub context: codec::U32 = attrs::rss::CONTEXT,
        /// `hfunc`.
        pub hfunc: codec::U32 = attrs::rss::HFUNC,
        /// `indir`.
        pub indir: codec::Array<codec::U32> = attrs::rss::INDIR,
        /// `hkey`.
        pub hkey: codec::Bytes = attrs::rss::HKEY,
        /// `input_xfrm`.
        pub input_xfrm: codec::U32 = attrs::rss::INPUT_XFRM,
        /// `start-context`.
        pub start_context: codec::U32 = attrs::rss::START_CONTEXT,
    }
}

crate::attribute_set! {
    /// The attribute set `plca`.
    pub struct Plca {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::plca::HEADER,
        /// `version`.
        pub version: codec::U16 = attrs::plca::VERSION,
        /// `enabled`.
        pub enabled: codec::U8 = attrs::plca::ENABLED,
        /// `status`.
        pub status: codec::U8 = attrs::plca::STATUS,
        /// `node-cnt`.
        pub node_cnt: codec::U32 = attrs::plca::NODE_CNT,
        /// `node-id`.
        pub node_id: codec::U32 = attrs::plca::NODE_ID,
        /// `to-tmr`.
        pub to_tmr: codec::U32 = attrs::plca::TO_TMR,
        /// `burst-cnt`.
        pub burst_cnt: codec::U32 = attrs::plca::BURST_CNT,
        /// `burst-tmr`.
        pub burst_tmr: codec::U32 = attrs::plca::BURST_TMR,
    }
}

crate::attribute_set! {
    /// The attribute set `module-fw-flash`.
    pub struct ModuleFwFlash {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module_fw_flash::HEADER,
        /// `file-name`.
        pub file_name: codec::Str = attrs::module_fw_flash::FILE_NAME,
        /// `password`.
        pub password: codec::U32 = attrs::module_fw_flash::PASSWORD,
        /// `status`.
        pub status: codec::Enum32<ModuleFwFlashStatus> = attrs::module_fw_flash::STATUS,
        /// `status-msg`.
        pub status_msg: codec::Str = attrs::module_fw_flash::STATUS_MSG,
        /// `done`.
        pub done: codec::Uint = attrs::module_fw_flash::DONE,
        /// `total`.
        pub total: codec::Uint = attrs::module_fw_flash::TOTAL,
    }
}

crate::attribute_set! {
    /// The attribute set `phy`.
    pub struct Phy {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::phy::HEADER,
        /// `index`.
        pub index: codec::U32 = attrs::phy::INDEX,
        /// `drvname`.
        pub drvname: codec::Str = attrs::phy::DRVNAME,
        /// `name`.
        pub name: codec::Str = attrs::phy::NAME,
        /// `upstream-type`.
        pub upstream_type: codec::Enum32<PhyUpstreamType> = attrs::phy::UPSTREAM_TYPE,
        /// `upstream-index`.
        pub upstream_index: codec::U32 = attrs::phy::UPSTREAM_INDEX,
        /// `upstream-sfp-name`.
        pub upstream_sfp_name: codec::Str = attrs::phy::UPSTREAM_SFP_NAME,
        /// `downstream-sfp-name`.
        pub downstream_sfp_name: codec::Str = attrs::phy::DOWNSTREAM_SFP_NAME,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `strset-get`: Get string set from the kernel.
    pub const STRSET_GET: u8 = 1;
    /// `linkinfo-get`: Get link info.
    pub const LINKINFO_GET: u8 = 2;
    /// `linkinfo-set`: Set link info.
    pub const LINKINFO_SET: u8 = 3;
    /// `linkinfo-ntf` (notification): Notification for change in link info.
    pub const LINKINFO_NTF: u8 = 3;
    /// `linkmodes-get`: Get link modes.
    pub const LINKMODES_GET: u8 = 4;
    /// `linkmodes-set`: Set link modes.
    pub const LINKMODES_SET: u8 = 5;
    /// `linkmodes-ntf` (notification): Notification for change in link modes.
    pub const LINKMODES_NTF: u8 = 5;
    /// `linkstate-get`: Get link state.
    pub const LINKSTATE_GET: u8 = 6;
    /// `debug-get`: Get debug message mask.
    pub const DEBUG_GET: u8 = 7;
    /// `debug-set`: Set debug message mask.
    pub const DEBUG_SET: u8 = 8;
    /// `debug-ntf` (notification): Notification for change in debug message mask.
    pub const DEBUG_NTF: u8 = 8;
    /// `wol-get`: Get WOL params.
    pub const WOL_GET: u8 = 9;
    /// `wol-set`: Set WOL params.
    pub const WOL_SET: u8 = 10;
    /// `wol-ntf` (notification): Notification for change in WOL params.
    pub const WOL_NTF: u8 = 10;
    /// `features-get`: Get features.
    pub const FEATURES_GET: u8 = 11;
    /// `features-set`: Set features.
    pub const FEATURES_SET: u8 = 12;
    /// `features-ntf` (notification): Notification for change in features.
    pub const FEATURES_NTF: u8 = 13;
    /// `privflags-get`: Get device private flags.
    pub const PRIVFLAGS_GET: u8 = 13;
    /// `privflags-get` (reply): Get device private flags.
    pub const PRIVFLAGS_GET_REPLY: u8 = 14;
    /// `privflags-set`: Set device private flags.
    pub const PRIVFLAGS_SET: u8 = 14;
    /// `privflags-ntf` (notification): Notification for change in device private flags.
    pub const PRIVFLAGS_NTF: u8 = 15;
    /// `rings-get`: Get ring params.
    pub const RINGS_GET: u8 = 15;
    /// `rings-get` (reply): Get ring params.
    pub const RINGS_GET_REPLY: u8 = 16;
    /// `rings-set`: Set ring params.
    pub const RINGS_SET: u8 = 16;
    /// `rings-ntf` (notification): Notification for change in ring params.
    pub const RINGS_NTF: u8 = 17;
    /// `channels-get`: Get channel params.
    pub const CHANNELS_GET: u8 = 17;
    /// `channels-get` (reply): Get channel params.
    pub const CHANNELS_GET_REPLY: u8 = 18;
    /// `channels-set`: Set channel params.
    pub const CHANNELS_SET: u8 = 18;
    /// `channels-ntf` (notification): Notification for change in channel params.
    pub const CHANNELS_NTF: u8 = 19;
    /// `coalesce-get`: Get coalesce params.
    pub const COALESCE_GET: u8 = 19;
    /// `coalesce-get` (reply): Get coalesce params.
    pub const COALESCE_GET_REPLY: u8 = 20;
    /// `coalesce-set`: Set coalesce params.
    pub const COALESCE_SET: u8 = 20;
    /// `coalesce-ntf` (notification): Notification for change in coalesce params.
    pub const COALESCE_NTF: u8 = 21;
    /// `pause-get`: Get pause params.
    pub const PAUSE_GET: u8 = 21;
    /// `pause-get` (reply): Get pause params.
    pub const PAUSE_GET_REPLY: u8 = 22;
    /// `pause-set`: Set pause params.
    pub const PAUSE_SET: u8 = 22;
    /// `pause-ntf` (notification): Notification for change in pause params.
    pub const PAUSE_NTF: u8 = 23;
    /// `eee-get`: Get eee params.
    pub const EEE_GET: u8 = 23;
    /// `eee-get` (reply): Get eee params.
    pub const EEE_GET_REPLY: u8 = 24;
    /// `eee-set`: Set eee params.
    pub const EEE_SET: u8 = 24;
    /// `eee-ntf` (notification): Notification for change in eee params.
    pub const EEE_NTF: u8 = 25;
    /// `tsinfo-get`: Get tsinfo params.
    pub const TSINFO_GET: u8 = 25;
    /// `tsinfo-get` (reply): Get tsinfo params.
    pub const TSINFO_GET_REPLY: u8 = 26;
    /// `cable-test-act`: Cable test.
    pub const CABLE_TEST_ACT: u8 = 26;
    /// `cable-test-ntf` (notification): Cable test notification.
    pub const CABLE_TEST_NTF: u8 = 27;
    /// `cable-test-tdr-act`: Cable test TDR.
    pub const CABLE_TEST_TDR_ACT: u8 = 27;
    /// `cable-test-tdr-ntf` (notification): Cable test TDR notification.
    pub const CABLE_TEST_TDR_NTF: u8 = 28;
    /// `tunnel-info-get`: Get tsinfo params.
    pub const TUNNEL_INFO_GET: u8 = 28;
    /// `tunnel-info-get` (reply): Get tsinfo params.
    pub const TUNNEL_INFO_GET_REPLY: u8 = 29;
    /// `fec-get`: Get FEC params.
    pub const FEC_GET: u8 = 29;
    /// `fec-get` (reply): Get FEC params.
    pub const FEC_GET_REPLY: u8 = 30;
    /// `fec-set`: Set FEC params.
    pub const FEC_SET: u8 = 30;
    /// `fec-ntf` (notification): Notification for change in FEC params.
    pub const FEC_NTF: u8 = 31;
    /// `module-eeprom-get`: Get module EEPROM params.
    pub const MODULE_EEPROM_GET: u8 = 31;
    /// `module-eeprom-get` (reply): Get module EEPROM params.
    pub const MODULE_EEPROM_GET_REPLY: u8 = 32;
    /// `stats-get`: Get statistics.
    pub const STATS_GET: u8 = 32;
    /// `stats-get` (reply): Get statistics.
    pub const STATS_GET_REPLY: u8 = 33;
    /// `phc-vclocks-get`: Get PHC VCLOCKs.
    pub const PHC_VCLOCKS_GET: u8 = 33;
    /// `phc-vclocks-get` (reply): Get PHC VCLOCKs.
    pub const PHC_VCLOCKS_GET_REPLY: u8 = 34;
    /// `module-get`: Get module params.
    pub const MODULE_GET: u8 = 34;
    /// `module-get` (reply): Get module params.
    pub const MODULE_GET_REPLY: u8 = 35;
    /// `module-set`: Set module params.
    pub const MODULE_SET: u8 = 35;
    /// `module-ntf` (notification): Notification for change in module params.
    pub const MODULE_NTF: u8 = 36;
    /// `pse-get`: Get Power Sourcing Equipment params.
    pub const PSE_GET: u8 = 36;
    /// `pse-get` (reply): Get Power Sourcing Equipment params.
    pub const PSE_GET_REPLY: u8 = 37;
    /// `pse-set`: Set Power Sourcing Equipment params.
    pub const PSE_SET: u8 = 37;
    /// `rss-get`: Get RSS params.
    pub const RSS_GET: u8 = 38;
    /// `plca-get-cfg`: Get PLCA params.
    pub const PLCA_GET_CFG: u8 = 39;
    /// `plca-set-cfg`: Set PLCA params.
    pub const PLCA_SET_CFG: u8 = 40;
    /// `plca-get-status`: Get PLCA status params.
    pub const PLCA_GET_STATUS: u8 = 41;
    /// `plca-get-status` (reply): Get PLCA status params.
    pub const PLCA_GET_STATUS_REPLY: u8 = 40;
    /// `plca-ntf` (notification): Notification for change in PLCA params.
    pub const PLCA_NTF: u8 = 41;
    /// `mm-get`: Get MAC Merge configuration and state
    pub const MM_GET: u8 = 42;
    /// `mm-set`: Set MAC Merge configuration
    pub const MM_SET: u8 = 43;
    /// `mm-ntf` (notification): Notification for change in MAC Merge configuration.
    pub const MM_NTF: u8 = 43;
    /// `module-fw-flash-act`: Flash transceiver module firmware.
    pub const MODULE_FW_FLASH_ACT: u8 = 44;
    /// `module-fw-flash-ntf` (notification): Notification for firmware flashing progress and
    /// status.
    pub const MODULE_FW_FLASH_NTF: u8 = 44;
    /// `phy-get`: Get PHY devices attached to an interface
    pub const PHY_GET: u8 = 45;
}

crate::attribute_set! {
    /// The request of `strset-get`: attributes of `strset` (`header`, `stringsets`, `counts-only`).
    pub struct StrsetGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::strset::HEADER,
        /// `stringsets`.
        pub stringsets: codec::Nested<Stringsets> = attrs::strset::STRINGSETS,
        /// `counts-only`.
        pub counts_only: codec::Flag = attrs::strset::COUNTS_ONLY,
    }
}

impl crate::genl::Reply for Strset {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for StrsetGetRequest {
    type Family = Family;
    type Reply = Strset;
    const CMD: u8 = cmd::STRSET_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::STRSET)
    }
}

/// `strset-get` (do): Get string set from the kernel.
///
/// Each reply is a [`Strset`].
pub fn strset_get(family_id: u16, request: &StrsetGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::STRSET_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `strset-get` (dump): Get string set from the kernel.
///
/// Each reply is a [`Strset`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn strset_get_dump(family_id: u16, request: &StrsetGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::STRSET_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linkinfo-get`: attributes of `linkinfo` (`header`).
    pub struct LinkinfoGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkinfo::HEADER,
    }
}

impl crate::genl::Reply for Linkinfo {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for LinkinfoGetRequest {
    type Family = Family;
    type Reply = Linkinfo;
    const CMD: u8 = cmd::LINKINFO_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::LINKINFO)
    }
}

/// `linkinfo-get` (do): Get link info.
///
/// Each reply is a [`Linkinfo`].
pub fn linkinfo_get(family_id: u16, request: &LinkinfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKINFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `linkinfo-get` (dump): Get link info.
///
/// Each reply is a [`Linkinfo`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn linkinfo_get_dump(family_id: u16, request: &LinkinfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKINFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linkinfo-set`: attributes of `linkinfo` (`header`, `port`, `phyaddr`,
    /// `tp-mdix`, `tp-mdix-ctrl`, `transceiver`).
    pub struct LinkinfoSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkinfo::HEADER,
        /// `port`.
        pub port: codec::U8 = attrs::linkinfo::PORT,
        /// `phyaddr`.
        pub phyaddr: codec::U8 = attrs::linkinfo::PHYADDR,
        /// `tp-mdix`.
        pub tp_mdix: codec::U8 = attrs::linkinfo::TP_MDIX,
        /// `tp-mdix-ctrl`.
        pub tp_mdix_ctrl: codec::U8 = attrs::linkinfo::TP_MDIX_CTRL,
        /// `transceiver`.
        pub transceiver: codec::U8 = attrs::linkinfo::TRANSCEIVER,
    }
}

impl crate::genl::Request for LinkinfoSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::LINKINFO_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::LINKINFO)
    }
}

/// `linkinfo-set` (do): Set link info.
///
/// The kernel answers with an acknowledgement only.
pub fn linkinfo_set(family_id: u16, request: &LinkinfoSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKINFO_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linkmodes-get`: attributes of `linkmodes` (`header`).
    pub struct LinkmodesGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkmodes::HEADER,
    }
}

impl crate::genl::Reply for Linkmodes {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for LinkmodesGetRequest {
    type Family = Family;
    type Reply = Linkmodes;
    const CMD: u8 = cmd::LINKMODES_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::LINKMODES)
    }
}

/// `linkmodes-get` (do): Get link modes.
///
/// Each reply is a [`Linkmodes`].
pub fn linkmodes_get(family_id: u16, request: &LinkmodesGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKMODES_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `linkmodes-get` (dump): Get link modes.
///
/// Each reply is a [`Linkmodes`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn linkmodes_get_dump(family_id: u16, request: &LinkmodesGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKMODES_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linkmodes-set`: attributes of `linkmodes` (`header`, `autoneg`, `ours`,
    /// `peer`, `speed`, `duplex`, `master-slave-cfg`, `master-slave-state`, `lanes`,
    /// `rate-matching`).
    pub struct LinkmodesSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkmodes::HEADER,
        /// `autoneg`.
        pub autoneg: codec::U8 = attrs::linkmodes::AUTONEG,
        /// `ours`.
        pub ours: codec::Nested<Bitset> = attrs::linkmodes::OURS,
        /// `peer`.
        pub peer: codec::Nested<Bitset> = attrs::linkmodes::PEER,
        /// `speed`.
        pub speed: codec::U32 = attrs::linkmodes::SPEED,
        /// `duplex`.
        pub duplex: codec::U8 = attrs::linkmodes::DUPLEX,
        /// `master-slave-cfg`.
        pub master_slave_cfg: codec::U8 = attrs::linkmodes::MASTER_SLAVE_CFG,
        /// `master-slave-state`.
        pub master_slave_state: codec::U8 = attrs::linkmodes::MASTER_SLAVE_STATE,
        /// `lanes`.
        pub lanes: codec::U32 = attrs::linkmodes::LANES,
        /// `rate-matching`.
        pub rate_matching: codec::U8 = attrs::linkmodes::RATE_MATCHING,
    }
}

impl crate::genl::Request for LinkmodesSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::LINKMODES_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::LINKMODES)
    }
}

/// `linkmodes-set` (do): Set link modes.
///
/// The kernel answers with an acknowledgement only.
pub fn linkmodes_set(family_id: u16, request: &LinkmodesSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKMODES_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linkstate-get`: attributes of `linkstate` (`header`).
    pub struct LinkstateGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::linkstate::HEADER,
    }
}

impl crate::genl::Reply for Linkstate {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for LinkstateGetRequest {
    type Family = Family;
    type Reply = Linkstate;
    const CMD: u8 = cmd::LINKSTATE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::LINKSTATE)
    }
}

/// `linkstate-get` (do): Get link state.
///
/// Each reply is a [`Linkstate`].
pub fn linkstate_get(family_id: u16, request: &LinkstateGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKSTATE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `linkstate-get` (dump): Get link state.
///
/// Each reply is a [`Linkstate`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn linkstate_get_dump(family_id: u16, request: &LinkstateGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINKSTATE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `debug-get`: attributes of `debug` (`header`).
    pub struct DebugGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::debug::HEADER,
    }
}

impl crate::genl::Reply for DebugAttrs {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for DebugGetRequest {
    type Family = Family;
    type Reply = DebugAttrs;
    const CMD: u8 = cmd::DEBUG_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEBUG)
    }
}

/// `debug-get` (do): Get debug message mask.
///
/// Each reply is a [`DebugAttrs`].
pub fn debug_get(family_id: u16, request: &DebugGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEBUG_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `debug-get` (dump): Get debug message mask.
///
/// Each reply is a [`DebugAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn debug_get_dump(family_id: u16, request: &DebugGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEBUG_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `debug-set`: attributes of `debug` (`header`, `msgmask`).
    pub struct DebugSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::debug::HEADER,
        /// `msgmask`.
        pub msgmask: codec::Nested<Bitset> = attrs::debug::MSGMASK,
    }
}

impl crate::genl::Request for DebugSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEBUG_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEBUG)
    }
}

/// `debug-set` (do): Set debug message mask.
///
/// The kernel answers with an acknowledgement only.
pub fn debug_set(family_id: u16, request: &DebugSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEBUG_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `wol-get`: attributes of `wol` (`header`).
    pub struct WolGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::wol::HEADER,
    }
}

impl crate::genl::Reply for Wol {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for WolGetRequest {
    type Family = Family;
    type Reply = Wol;
    const CMD: u8 = cmd::WOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::WOL)
    }
}

/// `wol-get` (do): Get WOL params.
///
/// Each reply is a [`Wol`].
pub fn wol_get(family_id: u16, request: &WolGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::WOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `wol-get` (dump): Get WOL params.
///
/// Each reply is a [`Wol`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn wol_get_dump(family_id: u16, request: &WolGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::WOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `wol-set`: attributes of `wol` (`header`, `modes`, `sopass`).
    pub struct WolSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::wol::HEADER,
        /// `modes`.
        pub modes: codec::Nested<Bitset> = attrs::wol::MODES,
        /// `sopass`.
        pub sopass: codec::Bytes = attrs::wol::SOPASS,
    }
}

impl crate::genl::Request for WolSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::WOL_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::WOL)
    }
}

/// `wol-set` (do): Set WOL params.
///
/// The kernel answers with an acknowledgement only.
pub fn wol_set(family_id: u16, request: &WolSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::WOL_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `features-get`: attributes of `features` (`header`).
    pub struct FeaturesGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::features::HEADER,
    }
}

impl crate::genl::Reply for Features {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for FeaturesGetRequest {
    type Family = Family;
    type Reply = Features;
    const CMD: u8 = cmd::FEATURES_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FEATURES)
    }
}

/// `features-get` (do): Get features.
///
/// Each reply is a [`Features`].
pub fn features_get(family_id: u16, request: &FeaturesGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEATURES_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `features-get` (dump): Get features.
///
/// Each reply is a [`Features`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn features_get_dump(family_id: u16, request: &FeaturesGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEATURES_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `features-set`: attributes of `features` (`header`, `hw`, `wanted`, `active`,
    /// `nochange`).
    pub struct FeaturesSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::features::HEADER,
        /// `hw`.
        pub hw: codec::Nested<Bitset> = attrs::features::HW,
        /// `wanted`.
        pub wanted: codec::Nested<Bitset> = attrs::features::WANTED,
        /// `active`.
        pub active: codec::Nested<Bitset> = attrs::features::ACTIVE,
        /// `nochange`.
        pub nochange: codec::Nested<Bitset> = attrs::features::NOCHANGE,
    }
}

impl crate::genl::Request for FeaturesSetRequest {
    type Family = Family;
    type Reply = Features;
    const CMD: u8 = cmd::FEATURES_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FEATURES)
    }
}

/// `features-set` (do): Set features.
///
/// Each reply is a [`Features`].
pub fn features_set(family_id: u16, request: &FeaturesSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEATURES_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `privflags-get`: attributes of `privflags` (`header`).
    pub struct PrivflagsGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::privflags::HEADER,
    }
}

impl crate::genl::Reply for Privflags {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PrivflagsGetRequest {
    type Family = Family;
    type Reply = Privflags;
    const CMD: u8 = cmd::PRIVFLAGS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PRIVFLAGS)
    }
}

/// `privflags-get` (do): Get device private flags.
///
/// Each reply is a [`Privflags`].
pub fn privflags_get(family_id: u16, request: &PrivflagsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PRIVFLAGS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `privflags-get` (dump): Get device private flags.
///
/// Each reply is a [`Privflags`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn privflags_get_dump(family_id: u16, request: &PrivflagsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PRIVFLAGS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `privflags-set`: attributes of `privflags` (`header`, `flags`).
    pub struct PrivflagsSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::privflags::HEADER,
        /// `flags`.
        pub flags: codec::Nested<Bitset> = attrs::privflags::FLAGS,
    }
}

impl crate::genl::Request for PrivflagsSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PRIVFLAGS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PRIVFLAGS)
    }
}

/// `privflags-set` (do): Set device private flags.
///
/// The kernel answers with an acknowledgement only.
pub fn privflags_set(family_id: u16, request: &PrivflagsSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PRIVFLAGS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rings-get`: attributes of `rings` (`header`).
    pub struct RingsGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rings::HEADER,
    }
}

impl crate::genl::Reply for Rings {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for RingsGetRequest {
    type Family = Family;
    type Reply = Rings;
    const CMD: u8 = cmd::RINGS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::RINGS)
    }
}

/// `rings-get` (do): Get ring params.
///
/// Each reply is a [`Rings`].
pub fn rings_get(family_id: u16, request: &RingsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RINGS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `rings-get` (dump): Get ring params.
///
/// Each reply is a [`Rings`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn rings_get_dump(family_id: u16, request: &RingsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RINGS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rings-set`: attributes of `rings` (`header`, `rx-max`, `rx-mini-max`,
    /// `rx-jumbo-max`, `tx-max`, `rx`, `rx-mini`, `rx-jumbo`, `tx`, `rx-buf-len`, `tcp-data-split`,
    /// `cqe-size`, `tx-push`, `rx-push`, `tx-push-buf-len`, `tx-push-buf-len-max`).
    pub struct RingsSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rings::HEADER,
        /// `rx-max`.
        pub rx_max: codec::U32 = attrs::rings::RX_MAX,
        /// `rx-mini-max`.
        pub rx_mini_max: codec::U32 = attrs::rings::RX_MINI_MAX,
        /// `rx-jumbo-max`.
        pub rx_jumbo_max: codec::U32 = attrs::rings::RX_JUMBO_MAX,
        /// `tx-max`.
        pub tx_max: codec::U32 = attrs::rings::TX_MAX,
        /// `rx`.
        pub rx: codec::U32 = attrs::rings::RX,
        /// `rx-mini`.
        pub rx_mini: codec::U32 = attrs::rings::RX_MINI,
        /// `rx-jumbo`.
        pub rx_jumbo: codec::U32 = attrs::rings::RX_JUMBO,
        /// `tx`.
        pub tx: codec::U32 = attrs::rings::TX,
        /// `rx-buf-len`.
        pub rx_buf_len: codec::U32 = attrs::rings::RX_BUF_LEN,
        /// `tcp-data-split`.
        pub tcp_data_split: codec::U8 = attrs::rings::TCP_DATA_SPLIT,
        /// `cqe-size`.
        pub cqe_size: codec::U32 = attrs::rings::CQE_SIZE,
        /// `tx-push`.
        pub tx_push: codec::U8 = attrs::rings::TX_PUSH,
        /// `rx-push`.
        pub rx_push: codec::U8 = attrs::rings::RX_PUSH,
        /// `tx-push-buf-len`.
        pub tx_push_buf_len: codec::U32 = attrs::rings::TX_PUSH_BUF_LEN,
        /// `tx-push-buf-len-max`.
        pub tx_push_buf_len_max: codec::U32 = attrs::rings::TX_PUSH_BUF_LEN_MAX,
    }
}

impl crate::genl::Request for RingsSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::RINGS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::RINGS)
    }
}

/// `rings-set` (do): Set ring params.
///
/// The kernel answers with an acknowledgement only.
pub fn rings_set(family_id: u16, request: &RingsSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RINGS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `channels-get`: attributes of `channels` (`header`).
    pub struct ChannelsGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::channels::HEADER,
    }
}

impl crate::genl::Reply for Channels {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ChannelsGetRequest {
    type Family = Family;
    type Reply = Channels;
    const CMD: u8 = cmd::CHANNELS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CHANNELS)
    }
}

/// `channels-get` (do): Get channel params.
///
/// Each reply is a [`Channels`].
pub fn channels_get(family_id: u16, request: &ChannelsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CHANNELS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `channels-get` (dump): Get channel params.
///
/// Each reply is a [`Channels`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn channels_get_dump(family_id: u16, request: &ChannelsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CHANNELS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `channels-set`: attributes of `channels` (`header`, `rx-max`, `tx-max`,
    /// `other-max`, `combined-max`, `rx-count`, `tx-count`, `other-count`, `combined-count`).
    pub struct ChannelsSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::channels::HEADER,
        /// `rx-max`.
        pub rx_max: codec::U32 = attrs::channels::RX_MAX,
        /// `tx-max`.
        pub tx_max: codec::U32 = attrs::channels::TX_MAX,
        /// `other-max`.
        pub other_max: codec::U32 = attrs::channels::OTHER_MAX,
        /// `combined-max`.
        pub combined_max: codec::U32 = attrs::channels::COMBINED_MAX,
        /// `rx-count`.
        pub rx_count: codec::U32 = attrs::channels::RX_COUNT,
        /// `tx-count`.
        pub tx_count: codec::U32 = attrs::channels::TX_COUNT,
        /// `other-count`.
        pub other_count: codec::U32 = attrs::channels::OTHER_COUNT,
        /// `combined-count`.
        pub combined_count: codec::U32 = attrs::channels::COMBINED_COUNT,
    }
}

impl crate::genl::Request for ChannelsSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::CHANNELS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CHANNELS)
    }
}

/// `channels-set` (do): Set channel params.
///
/// The kernel answers with an acknowledgement only.
pub fn channels_set(family_id: u16, request: &ChannelsSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CHANNELS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `coalesce-get`: attributes of `coalesce` (`header`).
    pub struct CoalesceGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::coalesce::HEADER,
    }
}

impl crate::genl::Reply for Coalesce {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for CoalesceGetRequest {
    type Family = Family;
    type Reply = Coalesce;
    const CMD: u8 = cmd::COALESCE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::COALESCE)
    }
}

/// `coalesce-get` (do): Get coalesce params.
///
/// Each reply is a [`Coalesce`].
pub fn coalesce_get(family_id: u16, request: &CoalesceGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::COALESCE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `coalesce-get` (dump): Get coalesce params.
///
/// Each reply is a [`Coalesce`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn coalesce_get_dump(family_id: u16, request: &CoalesceGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::COALESCE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `coalesce-set`: attributes of `coalesce` (`header`, `rx-usecs`,
    /// `rx-max-frames`, `rx-usecs-irq`, `rx-max-frames-irq`, `tx-usecs`, `tx-max-frames`,
    /// `tx-usecs-irq`, `tx-max-frames-irq`, `stats-block-usecs`, `use-adaptive-rx`,
    /// `use-adaptive-tx`, `pkt-rate-low`, `rx-usecs-low`, `rx-max-frames-low`, `tx-usecs-low`,
    /// `tx-max-frames-low`, `pkt-rate-high`, `rx-usecs-high`, `rx-max-frames-high`,
    /// `tx-usecs-high`, `tx-max-frames-high`, `rate-sample-interval`, `use-cqe-mode-tx`,
    /// `use-cqe-mode-rx`, `tx-aggr-max-bytes`, `tx-aggr-max-frames`, `tx-aggr-time-usecs`,
    /// `rx-profile`, `tx-profile`).
    pub struct CoalesceSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::coalesce::HEADER,
        /// `rx-usecs`.
        pub rx_usecs: codec::U32 = attrs::coalesce::RX_USECS,
        /// `rx-max-frames`.
        pub rx_max_frames: codec::U32 = attrs::coalesce::RX_MAX_FRAMES,
        /// `rx-usecs-irq`.
        pub rx_usecs_irq: codec::U32 = attrs::coalesce::RX_USECS_IRQ,
        /// `rx-max-frames-irq`.
        pub rx_max_frames_irq: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_IRQ,
        /// `tx-usecs`.
        pub tx_usecs: codec::U32 = attrs::coalesce::TX_USECS,
        /// `tx-max-frames`.
        pub tx_max_frames: codec::U32 = attrs::coalesce::TX_MAX_FRAMES,
        /// `tx-usecs-irq`.
        pub tx_usecs_irq: codec::U32 = attrs::coalesce::TX_USECS_IRQ,
        /// `tx-max-frames-irq`.
        pub tx_max_frames_irq: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_IRQ,
        /// `stats-block-usecs`.
        pub stats_block_usecs: codec::U32 = attrs::coalesce::STATS_BLOCK_USECS,
        /// `use-adaptive-rx`.
        pub use_adaptive_rx: codec::U8 = attrs::coalesce::USE_ADAPTIVE_RX,
        /// `use-adaptive-tx`.
        pub use_adaptive_tx: codec::U8 = attrs::coalesce::USE_ADAPTIVE_TX,
        /// `pkt-rate-low`.
        pub pkt_rate_low: codec::U32 = attrs::coalesce::PKT_RATE_LOW,
        /// `rx-usecs-low`.
        pub rx_usecs_low: codec::U32 = attrs::coalesce::RX_USECS_LOW,
        /// `rx-max-frames-low`.
        pub rx_max_frames_low: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_LOW,
        /// `tx-usecs-low`.
        pub tx_usecs_low: codec::U32 = attrs::coalesce::TX_USECS_LOW,
        /// `tx-max-frames-low`.
        pub tx_max_frames_low: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_LOW,
        /// `pkt-rate-high`.
        pub pkt_rate_high: codec::U32 = attrs::coalesce::PKT_RATE_HIGH,
        /// `rx-usecs-high`.
        pub rx_usecs_high: codec::U32 = attrs::coalesce::RX_USECS_HIGH,
        /// `rx-max-frames-high`.
        pub rx_max_frames_high: codec::U32 = attrs::coalesce::RX_MAX_FRAMES_HIGH,
        /// `tx-usecs-high`.
        pub tx_usecs_high: codec::U32 = attrs::coalesce::TX_USECS_HIGH,
        /// `tx-max-frames-high`.
        pub tx_max_frames_high: codec::U32 = attrs::coalesce::TX_MAX_FRAMES_HIGH,
        /// `rate-sample-interval`.
        pub rate_sample_interval: codec::U32 = attrs::coalesce::RATE_SAMPLE_INTERVAL,
        /// `use-cqe-mode-tx`.
        pub use_cqe_mode_tx: codec::U8 = attrs::coalesce::USE_CQE_MODE_TX,
        /// `use-cqe-mode-rx`.
        pub use_cqe_mode_rx: codec::U8 = attrs::coalesce::USE_CQE_MODE_RX,
        /// `tx-aggr-max-bytes`.
        pub tx_aggr_max_bytes: codec::U32 = attrs::coalesce::TX_AGGR_MAX_BYTES,
        /// `tx-aggr-max-frames`.
        pub tx_aggr_max_frames: codec::U32 = attrs::coalesce::TX_AGGR_MAX_FRAMES,
        /// `tx-aggr-time-usecs`.
        pub tx_aggr_time_usecs: codec::U32 = attrs::coalesce::TX_AGGR_TIME_USECS,
        /// `rx-profile`.
        pub rx_profile: codec::Nested<Profile> = attrs::coalesce::RX_PROFILE,
        /// `tx-profile`.
        pub tx_profile: codec::Nested<Profile> = attrs::coalesce::TX_PROFILE,
    }
}

impl crate::genl::Request for CoalesceSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::COALESCE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::COALESCE)
    }
}

/// `coalesce-set` (do): Set coalesce params.
///
/// The kernel answers with an acknowledgement only.
pub fn coalesce_set(family_id: u16, request: &CoalesceSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::COALESCE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pause-get`: attributes of `pause` (`header`).
    pub struct PauseGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pause::HEADER,
    }
}

impl crate::genl::Reply for Pause {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PauseGetRequest {
    type Family = Family;
    type Reply = Pause;
    const CMD: u8 = cmd::PAUSE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAUSE)
    }
}

/// `pause-get` (do): Get pause params.
///
/// Each reply is a [`Pause`].
pub fn pause_get(family_id: u16, request: &PauseGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PAUSE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `pause-get` (dump): Get pause params.
///
/// Each reply is a [`Pause`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn pause_get_dump(family_id: u16, request: &PauseGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PAUSE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pause-set`: attributes of `pause` (`header`, `autoneg`, `rx`, `tx`, `stats`,
    /// `stats-src`).
    pub struct PauseSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pause::HEADER,
        /// `autoneg`.
        pub autoneg: codec::U8 = attrs::pause::AUTONEG,
        /// `rx`.
        pub rx: codec::U8 = attrs::pause::RX,
        /// `tx`.
        pub tx: codec::U8 = attrs::pause::TX,
        /// `stats`.
        pub stats: codec::Nested<PauseStat> = attrs::pause::STATS,
        /// `stats-src`.
        pub stats_src: codec::U32 = attrs::pause::STATS_SRC,
    }
}

impl crate::genl::Request for PauseSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PAUSE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAUSE)
    }
}

/// `pause-set` (do): Set pause params.
///
/// The kernel answers with an acknowledgement only.
pub fn pause_set(family_id: u16, request: &PauseSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PAUSE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `eee-get`: attributes of `eee` (`header`).
    pub struct EeeGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::eee::HEADER,
    }
}

impl crate::genl::Reply for Eee {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for EeeGetRequest {
    type Family = Family;
    type Reply = Eee;
    const CMD: u8 = cmd::EEE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::EEE)
    }
}

/// `eee-get` (do): Get eee params.
///
/// Each reply is a [`Eee`].
pub fn eee_get(family_id: u16, request: &EeeGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::EEE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `eee-get` (dump): Get eee params.
///
/// Each reply is a [`Eee`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn eee_get_dump(family_id: u16, request: &EeeGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::EEE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `eee-set`: attributes of `eee` (`header`, `modes-ours`, `modes-peer`,
    /// `active`, `enabled`, `tx-lpi-enabled`, `tx-lpi-timer`).
    pub struct EeeSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::eee::HEADER,
        /// `modes-ours`.
        pub modes_ours: codec::Nested<Bitset> = attrs::eee::MODES_OURS,
        /// `modes-peer`.
        pub modes_peer: codec::Nested<Bitset> = attrs::eee::MODES_PEER,
        /// `active`.
        pub active: codec::U8 = attrs::eee::ACTIVE,
        /// `enabled`.
        pub enabled: codec::U8 = attrs::eee::ENABLED,
        /// `tx-lpi-enabled`.
        pub tx_lpi_enabled: codec::U8 = attrs::eee::TX_LPI_ENABLED,
        /// `tx-lpi-timer`.
        pub tx_lpi_timer: codec::U32 = attrs::eee::TX_LPI_TIMER,
    }
}

impl crate::genl::Request for EeeSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::EEE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::EEE)
    }
}

/// `eee-set` (do): Set eee params.
///
/// The kernel answers with an acknowledgement only.
pub fn eee_set(family_id: u16, request: &EeeSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::EEE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `tsinfo-get`: attributes of `tsinfo` (`header`).
    pub struct TsinfoGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::tsinfo::HEADER,
    }
}

impl crate::genl::Reply for Tsinfo {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for TsinfoGetRequest {
    type Family = Family;
    type Reply = Tsinfo;
    const CMD: u8 = cmd::TSINFO_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TSINFO)
    }
}

/// `tsinfo-get` (do): Get tsinfo params.
///
/// Each reply is a [`Tsinfo`].
pub fn tsinfo_get(family_id: u16, request: &TsinfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TSINFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `tsinfo-get` (dump): Get tsinfo params.
///
/// Each reply is a [`Tsinfo`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn tsinfo_get_dump(family_id: u16, request: &TsinfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TSINFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `cable-test-act`: attributes of `cable-test` (`header`).
    pub struct CableTestActRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test::HEADER,
    }
}

impl crate::genl::Request for CableTestActRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::CABLE_TEST_ACT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CABLE_TEST)
    }
}

/// `cable-test-act` (do): Cable test.
///
/// The kernel answers with an acknowledgement only.
pub fn cable_test_act(family_id: u16, request: &CableTestActRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CABLE_TEST_ACT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `cable-test-tdr-act`: attributes of `cable-test-tdr` (`header`).
    pub struct CableTestTdrActRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::cable_test_tdr::HEADER,
    }
}

impl crate::genl::Request for CableTestTdrActRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::CABLE_TEST_TDR_ACT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CABLE_TEST_TDR)
    }
}

/// `cable-test-tdr-act` (do): Cable test TDR.
///
/// The kernel answers with an acknowledgement only.
pub fn cable_test_tdr_act(family_id: u16, request: &CableTestTdrActRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::CABLE_TEST_TDR_ACT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `tunnel-info-get`: attributes of `tunnel-info` (`header`).
    pub struct TunnelInfoGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::tunnel_info::HEADER,
    }
}

impl crate::genl::Reply for TunnelInfo {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for TunnelInfoGetRequest {
    type Family = Family;
    type Reply = TunnelInfo;
    const CMD: u8 = cmd::TUNNEL_INFO_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TUNNEL_INFO)
    }
}

/// `tunnel-info-get` (do): Get tsinfo params.
///
/// Each reply is a [`TunnelInfo`].
pub fn tunnel_info_get(family_id: u16, request: &TunnelInfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TUNNEL_INFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `tunnel-info-get` (dump): Get tsinfo params.
///
/// Each reply is a [`TunnelInfo`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn tunnel_info_get_dump(family_id: u16, request: &TunnelInfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TUNNEL_INFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `fec-get`: attributes of `fec` (`header`).
    pub struct FecGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::fec::HEADER,
    }
}

impl crate::genl::Reply for Fec {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for FecGetRequest {
    type Family = Family;
    type Reply = Fec;
    const CMD: u8 = cmd::FEC_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FEC)
    }
}

/// `fec-get` (do): Get FEC params.
///
/// Each reply is a [`Fec`].
pub fn fec_get(family_id: u16, request: &FecGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEC_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `fec-get` (dump): Get FEC params.
///
/// Each reply is a [`Fec`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn fec_get_dump(family_id: u16, request: &FecGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEC_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `fec-set`: attributes of `fec` (`header`, `modes`, `auto`, `active`,
    /// `stats`).
    pub struct FecSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::fec::HEADER,
        /// `modes`.
        pub modes: codec::Nested<Bitset> = attrs::fec::MODES,
        /// `auto`.
        pub auto: codec::U8 = attrs::fec::AUTO,
        /// `active`.
        pub active: codec::U32 = attrs::fec::ACTIVE,
        /// `stats`.
        pub stats: codec::Nested<FecStat> = attrs::fec::STATS,
    }
}

impl crate::genl::Request for FecSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::FEC_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FEC)
    }
}

/// `fec-set` (do): Set FEC params.
///
/// The kernel answers with an acknowledgement only.
pub fn fec_set(family_id: u16, request: &FecSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FEC_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `module-eeprom-get`: attributes of `module-eeprom` (`header`, `offset`,
    /// `length`, `page`, `bank`, `i2c-address`).
    pub struct ModuleEepromGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module_eeprom::HEADER,
        /// `offset`.
        pub offset: codec::U32 = attrs::module_eeprom::OFFSET,
        /// `length`.
        pub length: codec::U32 = attrs::module_eeprom::LENGTH,
        /// `page`.
        pub page: codec::U8 = attrs::module_eeprom::PAGE,
        /// `bank`.
        pub bank: codec::U8 = attrs::module_eeprom::BANK,
        /// `i2c-address`.
        pub i2c_address: codec::U8 = attrs::module_eeprom::I2C_ADDRESS,
    }
}

impl crate::genl::Reply for ModuleEeprom {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ModuleEepromGetRequest {
    type Family = Family;
    type Reply = ModuleEeprom;
    const CMD: u8 = cmd::MODULE_EEPROM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MODULE_EEPROM)
    }
}

/// `module-eeprom-get` (do): Get module EEPROM params.
///
/// Each reply is a [`ModuleEeprom`].
pub fn module_eeprom_get(family_id: u16, request: &ModuleEepromGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_EEPROM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `module-eeprom-get` (dump): Get module EEPROM params.
///
/// Each reply is a [`ModuleEeprom`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn module_eeprom_get_dump(family_id: u16, request: &ModuleEepromGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_EEPROM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `stats-get`: attributes of `stats` (`header`, `groups`).
    pub struct StatsGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::stats::HEADER,
        /// `groups`.
        pub groups: codec::Nested<Bitset> = attrs::stats::GROUPS,
    }
}

impl crate::genl::Reply for Stats {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for StatsGetRequest {
    type Family = Family;
    type Reply = Stats;
    const CMD: u8 = cmd::STATS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::STATS)
    }
}

/// `stats-get` (do): Get statistics.
///
/// Each reply is a [`Stats`].
pub fn stats_get(family_id: u16, request: &StatsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::STATS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `stats-get` (dump): Get statistics.
///
/// Each reply is a [`Stats`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn stats_get_dump(family_id: u16, request: &StatsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::STATS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `phc-vclocks-get`: attributes of `phc-vclocks` (`header`).
    pub struct PhcVclocksGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::phc_vclocks::HEADER,
    }
}

impl crate::genl::Reply for PhcVclocks {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PhcVclocksGetRequest {
    type Family = Family;
    type Reply = PhcVclocks;
    const CMD: u8 = cmd::PHC_VCLOCKS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PHC_VCLOCKS)
    }
}

/// `phc-vclocks-get` (do): Get PHC VCLOCKs.
///
/// Each reply is a [`PhcVclocks`].
pub fn phc_vclocks_get(family_id: u16, request: &PhcVclocksGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PHC_VCLOCKS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `phc-vclocks-get` (dump): Get PHC VCLOCKs.
///
/// Each reply is a [`PhcVclocks`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn phc_vclocks_get_dump(family_id: u16, request: &PhcVclocksGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PHC_VCLOCKS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `module-get`: attributes of `module` (`header`).
    pub struct ModuleGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module::HEADER,
    }
}

impl crate::genl::Reply for Module {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ModuleGetRequest {
    type Family = Family;
    type Reply = Module;
    const CMD: u8 = cmd::MODULE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MODULE)
    }
}

/// `module-get` (do): Get module params.
///
/// Each reply is a [`Module`].
pub fn module_get(family_id: u16, request: &ModuleGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `module-get` (dump): Get module params.
///
/// Each reply is a [`Module`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn module_get_dump(family_id: u16, request: &ModuleGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `module-set`: attributes of `module` (`header`, `power-mode-policy`,
    /// `power-mode`).
    pub struct ModuleSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module::HEADER,
        /// `power-mode-policy`.
        pub power_mode_policy: codec::U8 = attrs::module::POWER_MODE_POLICY,
        /// `power-mode`.
        pub power_mode: codec::U8 = attrs::module::POWER_MODE,
    }
}

impl crate::genl::Request for ModuleSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::MODULE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MODULE)
    }
}

/// `module-set` (do): Set module params.
///
/// The kernel answers with an acknowledgement only.
pub fn module_set(family_id: u16, request: &ModuleSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pse-get`: attributes of `pse` (`header`).
    pub struct PseGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pse::HEADER,
    }
}

impl crate::genl::Reply for Pse {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PseGetRequest {
    type Family = Family;
    type Reply = Pse;
    const CMD: u8 = cmd::PSE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PSE)
    }
}

/// `pse-get` (do): Get Power Sourcing Equipment params.
///
/// Each reply is a [`Pse`].
pub fn pse_get(family_id: u16, request: &PseGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PSE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `pse-get` (dump): Get Power Sourcing Equipment params.
///
/// Each reply is a [`Pse`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn pse_get_dump(family_id: u16, request: &PseGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PSE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pse-set`: attributes of `pse` (`header`, `podl-pse-admin-control`,
    /// `c33-pse-admin-control`, `c33-pse-avail-pw-limit`).
    pub struct PseSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::pse::HEADER,
        /// `podl-pse-admin-control`.
        pub podl_pse_admin_control: codec::U32 = attrs::pse::PODL_PSE_ADMIN_CONTROL,
        /// `c33-pse-admin-control`.
        pub c33_pse_admin_control: codec::U32 = attrs::pse::C33_PSE_ADMIN_CONTROL,
        /// `c33-pse-avail-pw-limit`.
        pub c33_pse_avail_pw_limit: codec::U32 = attrs::pse::C33_PSE_AVAIL_PW_LIMIT,
    }
}

impl crate::genl::Request for PseSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PSE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PSE)
    }
}

/// `pse-set` (do): Set Power Sourcing Equipment params.
///
/// The kernel answers with an acknowledgement only.
pub fn pse_set(family_id: u16, request: &PseSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PSE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rss-get`: attributes of `rss` (`header`, `context`).
    pub struct RssGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rss::HEADER,
        /// `context`.
        pub context: codec::U32 = attrs::rss::CONTEXT,
    }
}

impl crate::genl::Reply for Rss {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for RssGetRequest {
    type Family = Family;
    type Reply = Rss;
    const CMD: u8 = cmd::RSS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::RSS)
    }
}

/// `rss-get` (do): Get RSS params.
///
/// Each reply is a [`Rss`].
pub fn rss_get(family_id: u16, request: &RssGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RSS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rss-get` (dump): attributes of `rss` (`header`, `start-context`).
    pub struct RssGetDumpRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::rss::HEADER,
        /// `start-context`.
        pub start_context: codec::U32 = attrs::rss::START_CONTEXT,
    }
}

impl crate::genl::Request for RssGetDumpRequest {
    type Family = Family;
    type Reply = Rss;
    const CMD: u8 = cmd::RSS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::RSS)
    }
}

/// `rss-get` (dump): Get RSS params.
///
/// Each reply is a [`Rss`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn rss_get_dump(family_id: u16, request: &RssGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RSS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `plca-get-cfg`: attributes of `plca` (`header`).
    pub struct PlcaGetCfgRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::plca::HEADER,
    }
}

impl crate::genl::Reply for Plca {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PlcaGetCfgRequest {
    type Family = Family;
    type Reply = Plca;
    const CMD: u8 = cmd::PLCA_GET_CFG;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PLCA)
    }
}

/// `plca-get-cfg` (do): Get PLCA params.
///
/// Each reply is a [`Plca`].
pub fn plca_get_cfg(family_id: u16, request: &PlcaGetCfgRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PLCA_GET_CFG, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `plca-get-cfg` (dump): Get PLCA params.
///
/// Each reply is a [`Plca`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn plca_get_cfg_dump(family_id: u16, request: &PlcaGetCfgRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PLCA_GET_CFG, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `plca-set-cfg`: attributes of `plca` (`header`, `version`, `enabled`,
    /// `status`, `node-cnt`, `node-id`, `to-tmr`, `burst-cnt`, `burst-tmr`).
    pub struct PlcaSetCfgRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::plca::HEADER,
        /// `version`.
        pub version: codec::U16 = attrs::plca::VERSION,
        /// `enabled`.
        pub enabled: codec::U8 = attrs::plca::ENABLED,
        /// `status`.
        pub status: codec::U8 = attrs::plca::STATUS,
        /// `node-cnt`.
        pub node_cnt: codec::U32 = attrs::plca::NODE_CNT,
        /// `node-id`.
        pub node_id: codec::U32 = attrs::plca::NODE_ID,
        /// `to-tmr`.
        pub to_tmr: codec::U32 = attrs::plca::TO_TMR,
        /// `burst-cnt`.
        pub burst_cnt: codec::U32 = attrs::plca::BURST_CNT,
        /// `burst-tmr`.
        pub burst_tmr: codec::U32 = attrs::plca::BURST_TMR,
    }
}

impl crate::genl::Request for PlcaSetCfgRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PLCA_SET_CFG;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PLCA)
    }
}

/// `plca-set-cfg` (do): Set PLCA params.
///
/// The kernel answers with an acknowledgement only.
pub fn plca_set_cfg(family_id: u16, request: &PlcaSetCfgRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PLCA_SET_CFG, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `plca-get-status`: attributes of `plca` (`header`).
    pub struct PlcaGetStatusRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::plca::HEADER,
    }
}

impl crate::genl::Request for PlcaGetStatusRequest {
    type Family = Family;
    type Reply = Plca;
    const CMD: u8 = cmd::PLCA_GET_STATUS;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PLCA)
    }
}

/// `plca-get-status` (do): Get PLCA status params.
///
/// Each reply is a [`Plca`].
pub fn plca_get_status(family_id: u16, request: &PlcaGetStatusRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PLCA_GET_STATUS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `plca-get-status` (dump): Get PLCA status params.
///
/// Each reply is a [`Plca`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn plca_get_status_dump(family_id: u16, request: &PlcaGetStatusRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PLCA_GET_STATUS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `mm-get`: attributes of `mm` (`header`).
    pub struct MmGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::mm::HEADER,
    }
}

impl crate::genl::Reply for Mm {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for MmGetRequest {
    type Family = Family;
    type Reply = Mm;
    const CMD: u8 = cmd::MM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MM)
    }
}

/// `mm-get` (do): Get MAC Merge configuration and state
///
/// Each reply is a [`Mm`].
pub fn mm_get(family_id: u16, request: &MmGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `mm-get` (dump): Get MAC Merge configuration and state
///
/// Each reply is a [`Mm`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn mm_get_dump(family_id: u16, request: &MmGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `mm-set`: attributes of `mm` (`header`, `verify-enabled`, `verify-time`,
    /// `tx-enabled`, `pmac-enabled`, `tx-min-frag-size`).
    pub struct MmSetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::mm::HEADER,
        /// `verify-enabled`.
        pub verify_enabled: codec::U8 = attrs::mm::VERIFY_ENABLED,
        /// `verify-time`.
        pub verify_time: codec::U32 = attrs::mm::VERIFY_TIME,
        /// `tx-enabled`.
        pub tx_enabled: codec::U8 = attrs::mm::TX_ENABLED,
        /// `pmac-enabled`.
        pub pmac_enabled: codec::U8 = attrs::mm::PMAC_ENABLED,
        /// `tx-min-frag-size`.
        pub tx_min_frag_size: codec::U32 = attrs::mm::TX_MIN_FRAG_SIZE,
    }
}

impl crate::genl::Request for MmSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::MM_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MM)
    }
}

/// `mm-set` (do): Set MAC Merge configuration
///
/// The kernel answers with an acknowledgement only.
pub fn mm_set(family_id: u16, request: &MmSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MM_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `module-fw-flash-act`: attributes of `module-fw-flash` (`header`,
    /// `file-name`, `password`).
    pub struct ModuleFwFlashActRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::module_fw_flash::HEADER,
        /// `file-name`.
        pub file_name: codec::Str = attrs::module_fw_flash::FILE_NAME,
        /// `password`.
        pub password: codec::U32 = attrs::module_fw_flash::PASSWORD,
    }
}

impl crate::genl::Request for ModuleFwFlashActRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::MODULE_FW_FLASH_ACT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::MODULE_FW_FLASH)
    }
}

/// `module-fw-flash-act` (do): Flash transceiver module firmware.
///
/// The kernel answers with an acknowledgement only.
pub fn module_fw_flash_act(family_id: u16, request: &ModuleFwFlashActRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::MODULE_FW_FLASH_ACT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `phy-get`: attributes of `phy` (`header`).
    pub struct PhyGetRequest {}
    attributes {
        /// `header`.
        pub header: codec::Nested<Header> = attrs::phy::HEADER,
    }
}

impl crate::genl::Reply for Phy {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PhyGetRequest {
    type Family = Family;
    type Reply = Phy;
    const CMD: u8 = cmd::PHY_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PHY)
    }
}

/// `phy-get` (do): Get PHY devices attached to an interface
///
/// Each reply is a [`Phy`].
pub fn phy_get(family_id: u16, request: &PhyGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PHY_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `phy-get` (dump): Get PHY devices attached to an interface
///
/// Each reply is a [`Phy`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn phy_get_dump(family_id: u16, request: &PhyGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PHY_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `linkinfo-ntf`: Notification for change in link info.
    LinkinfoNtf(Linkinfo),
    /// `linkmodes-ntf`: Notification for change in link modes.
    LinkmodesNtf(Linkmodes),
    /// `debug-ntf`: Notification for change in debug message mask.
    DebugNtf(DebugAttrs),
    /// `wol-ntf`: Notification for change in WOL params.
    WolNtf(Wol),
    /// `features-ntf`: Notification for change in features.
    FeaturesNtf(Features),
    /// `privflags-ntf`: Notification for change in device private flags.
    PrivflagsNtf(Privflags),
    /// `rings-ntf`: Notification for change in ring params.
    RingsNtf(Rings),
    /// `channels-ntf`: Notification for change in channel params.
    ChannelsNtf(Channels),
    /// `coalesce-ntf`: Notification for change in coalesce params.
    CoalesceNtf(Coalesce),
    /// `pause-ntf`: Notification for change in pause params.
    PauseNtf(Pause),
    /// `eee-ntf`: Notification for change in eee params.
    EeeNtf(Eee),
    /// `cable-test-ntf`: Cable test notification.
    CableTestNtf(CableTestNtf),
    /// `cable-test-tdr-ntf`: Cable test TDR notification.
    CableTestTdrNtf(CableTestTdrNtf),
    /// `fec-ntf`: Notification for change in FEC params.
    FecNtf(Fec),
    /// `module-ntf`: Notification for change in module params.
    ModuleNtf(Module),
    /// `plca-ntf`: Notification for change in PLCA params.
    PlcaNtf(Plca),
    /// `mm-ntf`: Notification for change in MAC Merge configuration.
    MmNtf(Mm),
    /// `module-fw-flash-ntf`: Notification for firmware flashing progress and status.
    ModuleFwFlashNtf(ModuleFwFlash),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::LINKINFO_NTF => Notification::LinkinfoNtf(super::parse_genl(payload)?.1),
            cmd::LINKMODES_NTF => Notification::LinkmodesNtf(super::parse_genl(payload)?.1),
            cmd::DEBUG_NTF => Notification::DebugNtf(super::parse_genl(payload)?.1),
            cmd::WOL_NTF => Notification::WolNtf(super::parse_genl(payload)?.1),
            cmd::FEATURES_NTF => Notification::FeaturesNtf(super::parse_genl(payload)?.1),
            cmd::PRIVFLAGS_NTF => Notification::PrivflagsNtf(super::parse_genl(payload)?.1),
            cmd::RINGS_NTF => Notification::RingsNtf(super::parse_genl(payload)?.1),
            cmd::CHANNELS_NTF => Notification::ChannelsNtf(super::parse_genl(payload)?.1),
            cmd::COALESCE_NTF => Notification::CoalesceNtf(super::parse_genl(payload)?.1),
            cmd::PAUSE_NTF => Notification::PauseNtf(super::parse_genl(payload)?.1),
            cmd::EEE_NTF => Notification::EeeNtf(super::parse_genl(payload)?.1),
            cmd::CABLE_TEST_NTF => Notification::CableTestNtf(super::parse_genl(payload)?.1),
            cmd::CABLE_TEST_TDR_NTF => Notification::CableTestTdrNtf(super::parse_genl(payload)?.1),
            cmd::FEC_NTF => Notification::FecNtf(super::parse_genl(payload)?.1),
            cmd::MODULE_NTF => Notification::ModuleNtf(super::parse_genl(payload)?.1),
            cmd::PLCA_NTF => Notification::PlcaNtf(super::parse_genl(payload)?.1),
            cmd::MM_NTF => Notification::MmNtf(super::parse_genl(payload)?.1),
            cmd::MODULE_FW_FLASH_NTF => Notification::ModuleFwFlashNtf(super::parse_genl(payload)?.1),
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `header`.
    pub static HEADER: SetNames = SetNames {
        name: "header",
        attrs: &[
            AttrName::value(1, "dev-index"),
            AttrName::value(2, "dev-name"),
            AttrName::value(3, "flags"),
            AttrName::value(4, "phy-index"),
        ],
    };

    /// `bitset-bit`.
    pub static BITSET_BIT: SetNames = SetNames {
        name: "bitset-bit",
        attrs: &[
            AttrName::value(1, "index"),
            AttrName::value(2, "name"),
            AttrName::value(3, "value"),
        ],
    };

    /// `bitset-bits`.
    pub static BITSET_BITS: SetNames = SetNames {
        name: "bitset-bits",
        attrs: &[
            AttrName::nest(1, "bit", &BITSET_BIT),
        ],
    };

    /// `bitset`.
    pub static BITSET: SetNames = SetNames {
        name: "bitset",
        attrs: &[
            AttrName::value(1, "nomask"),
            AttrName::value(2, "size"),
            AttrName::nest(3, "bits", &BITSET_BITS),
            AttrName::value(4, "value"),
            AttrName::value(5, "mask"),
        ],
    };

    /// `string`.
    pub static STRING: SetNames = SetNames {
        name: "string",
        attrs: &[
            AttrName::value(1, "index"),
            AttrName::value(2, "value"),
        ],
    };

    /// `strings`.
    pub static STRINGS: SetNames = SetNames {
        name: "strings",
        attrs: &[
            AttrName::nest(1, "string", &STRING),
        ],
    };

    /// `stringset`.
    pub static STRINGSET: SetNames = SetNames {
        name: "stringset",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "count"),
            AttrName::nest(3, "strings", &STRINGS),
        ],
    };

    /// `stringsets`.
    pub static STRINGSETS: SetNames = SetNames {
        name: "stringsets",
        attrs: &[
            AttrName::nest(1, "stringset", &STRINGSET),
        ],
    };

    /// `strset`.
    pub static STRSET: SetNames = SetNames {
        name: "strset",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "stringsets", &STRINGSETS),
            AttrName::value(3, "counts-only"),
        ],
    };

    /// `privflags`.
    pub static PRIVFLAGS: SetNames = SetNames {
        name: "privflags",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "flags", &BITSET),
        ],
    };

    /// `rings`.
    pub static RINGS: SetNames = SetNames {
        name: "rings",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "rx-max"),
            AttrName::value(3, "rx-mini-max"),
            AttrName::value(4, "rx-jumbo-max"),
            AttrName::value(5, "tx-max"),
            AttrName::value(6, "rx"),
            AttrName::value(7, "rx-mini"),
            AttrName::value(8, "rx-jumbo"),
            AttrName::value(9, "tx"),
            AttrName::value(10, "rx-buf-len"),
            AttrName::value(11, "tcp-data-split"),
            AttrName::value(12, "cqe-size"),
            AttrName::value(13, "tx-push"),
            AttrName::value(14, "rx-push"),
            AttrName::value(15, "tx-push-buf-len"),
            AttrName::value(16, "tx-push-buf-len-max"),
        ],
    };

    /// `mm-stat`.
    pub static MM_STAT: SetNames = SetNames {
        name: "mm-stat",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "reassembly-errors"),
            AttrName::value(3, "smd-errors"),
            AttrName::value(4, "reassembly-ok"),
            AttrName::value(5, "rx-frag-count"),
            AttrName::value(6, "tx-frag-count"),
            AttrName::value(7, "hold-count"),
        ],
    };

    /// `mm`.
    pub static MM: SetNames = SetNames {
        name: "mm",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "pmac-enabled"),
            AttrName::value(3, "tx-enabled"),
            AttrName::value(4, "tx-active"),
            AttrName::value(5, "tx-min-frag-size"),
            AttrName::value(6, "rx-min-frag-size"),
            AttrName::value(7, "verify-enabled"),
            AttrName::value(8, "verify-status"),
            AttrName::value(9, "verify-time"),
            AttrName::value(10, "max-verify-time"),
            AttrName::nest(11, "stats", &MM_STAT),
        ],
    };

    /// `linkinfo`.
    pub static LINKINFO: SetNames = SetNames {
        name: "linkinfo",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "port"),
            AttrName::value(3, "phyaddr"),
            AttrName::value(4, "tp-mdix"),
            AttrName::value(5, "tp-mdix-ctrl"),
            AttrName::value(6, "transceiver"),
        ],
    };

    /// `linkmodes`.
    pub static LINKMODES: SetNames = SetNames {
        name: "linkmodes",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "autoneg"),
            AttrName::nest(3, "ours", &BITSET),
            AttrName::nest(4, "peer", &BITSET),
            AttrName::value(5, "speed"),
            AttrName::value(6, "duplex"),
            AttrName::value(7, "master-slave-cfg"),
            AttrName::value(8, "master-slave-state"),
            AttrName::value(9, "lanes"),
            AttrName::value(10, "rate-matching"),
        ],
    };

    /// `linkstate`.
    pub static LINKSTATE: SetNames = SetNames {
        name: "linkstate",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "link"),
            AttrName::value(3, "sqi"),
            AttrName::value(4, "sqi-max"),
            AttrName::value(5, "ext-state"),
            AttrName::value(6, "ext-substate"),
            AttrName::value(7, "ext-down-cnt"),
        ],
    };

    /// `debug`.
    pub static DEBUG: SetNames = SetNames {
        name: "debug",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "msgmask", &BITSET),
        ],
    };

    /// `wol`.
    pub static WOL: SetNames = SetNames {
        name: "wol",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "modes", &BITSET),
            AttrName::value(3, "sopass"),
        ],
    };

    /// `features`.
    pub static FEATURES: SetNames = SetNames {
        name: "features",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "hw", &BITSET),
            AttrName::nest(3, "wanted", &BITSET),
            AttrName::nest(4, "active", &BITSET),
            AttrName::nest(5, "nochange", &BITSET),
        ],
    };

    /// `channels`.
    pub static CHANNELS: SetNames = SetNames {
        name: "channels",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "rx-max"),
            AttrName::value(3, "tx-max"),
            AttrName::value(4, "other-max"),
            AttrName::value(5, "combined-max"),
            AttrName::value(6, "rx-count"),
            AttrName::value(7, "tx-count"),
            AttrName::value(8, "other-count"),
            AttrName::value(9, "combined-count"),
        ],
    };

    /// `irq-moderation`.
    pub static IRQ_MODERATION: SetNames = SetNames {
        name: "irq-moderation",
        attrs: &[
            AttrName::value(1, "usec"),
            AttrName::value(2, "pkts"),
            AttrName::value(3, "comps"),
        ],
    };

    /// `profile`.
    pub static PROFILE: SetNames = SetNames {
        name: "profile",
        attrs: &[
            AttrName::nest(1, "irq-moderation", &IRQ_MODERATION),
        ],
    };

    /// `coalesce`.
    pub static COALESCE: SetNames = SetNames {
        name: "coalesce",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "rx-usecs"),
            AttrName::value(3, "rx-max-frames"),
            AttrName::value(4, "rx-usecs-irq"),
            AttrName::value(5, "rx-max-frames-irq"),
            AttrName::value(6, "tx-usecs"),
            AttrName::value(7, "tx-max-frames"),
            AttrName::value(8, "tx-usecs-irq"),
            AttrName::value(9, "tx-max-frames-irq"),
            AttrName::value(10, "stats-block-usecs"),
            AttrName::value(11, "use-adaptive-rx"),
            AttrName::value(12, "use-adaptive-tx"),
            AttrName::value(13, "pkt-rate-low"),
            AttrName::value(14, "rx-usecs-low"),
            AttrName::value(15, "rx-max-frames-low"),
            AttrName::value(16, "tx-usecs-low"),
            AttrName::value(17, "tx-max-frames-low"),
            AttrName::value(18, "pkt-rate-high"),
            AttrName::value(19, "rx-usecs-high"),
            AttrName::value(20, "rx-max-frames-high"),
            AttrName::value(21, "tx-usecs-high"),
            AttrName::value(22, "tx-max-frames-high"),
            AttrName::value(23, "rate-sample-interval"),
            AttrName::value(24, "use-cqe-mode-tx"),
            AttrName::value(25, "use-cqe-mode-rx"),
            AttrName::value(26, "tx-aggr-max-bytes"),
            AttrName::value(27, "tx-aggr-max-frames"),
            AttrName::value(28, "tx-aggr-time-usecs"),
            AttrName::nest(29, "rx-profile", &PROFILE),
            AttrName::nest(30, "tx-profile", &PROFILE),
        ],
    };

    /// `pause-stat`.
    pub static PAUSE_STAT: SetNames = SetNames {
        name: "pause-stat",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "tx-frames"),
            AttrName::value(3, "rx-frames"),
        ],
    };

    /// `pause`.
    pub static PAUSE: SetNames = SetNames {
        name: "pause",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "autoneg"),
            AttrName::value(3, "rx"),
            AttrName::value(4, "tx"),
            AttrName::nest(5, "stats", &PAUSE_STAT),
            AttrName::value(6, "stats-src"),
        ],
    };

    /// `eee`.
    pub static EEE: SetNames = SetNames {
        name: "eee",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "modes-ours", &BITSET),
            AttrName::nest(3, "modes-peer", &BITSET),
            AttrName::value(4, "active"),
            AttrName::value(5, "enabled"),
            AttrName::value(6, "tx-lpi-enabled"),
            AttrName::value(7, "tx-lpi-timer"),
        ],
    };

    /// `ts-stat`.
    pub static TS_STAT: SetNames = SetNames {
        name: "ts-stat",
        attrs: &[
            AttrName::value(1, "tx-pkts"),
            AttrName::value(2, "tx-lost"),
            AttrName::value(3, "tx-err"),
        ],
    };

    /// `tsinfo`.
    pub static TSINFO: SetNames = SetNames {
        name: "tsinfo",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "timestamping", &BITSET),
            AttrName::nest(3, "tx-types", &BITSET),
            AttrName::nest(4, "rx-filters", &BITSET),
            AttrName::value(5, "phc-index"),
            AttrName::nest(6, "stats", &TS_STAT),
        ],
    };

    /// `cable-result`.
    pub static CABLE_RESULT: SetNames = SetNames {
        name: "cable-result",
        attrs: &[
            AttrName::value(1, "pair"),
            AttrName::value(2, "code"),
            AttrName::value(3, "src"),
        ],
    };

    /// `cable-fault-length`.
    pub static CABLE_FAULT_LENGTH: SetNames = SetNames {
        name: "cable-fault-length",
        attrs: &[
            AttrName::value(1, "pair"),
            AttrName::value(2, "cm"),
            AttrName::value(3, "src"),
        ],
    };

    /// `cable-nest`.
    pub static CABLE_NEST: SetNames = SetNames {
        name: "cable-nest",
        attrs: &[
            AttrName::nest(1, "result", &CABLE_RESULT),
            AttrName::nest(2, "fault-length", &CABLE_FAULT_LENGTH),
        ],
    };

    /// `cable-test`.
    pub static CABLE_TEST: SetNames = SetNames {
        name: "cable-test",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
        ],
    };

    /// `cable-test-ntf`.
    pub static CABLE_TEST_NTF: SetNames = SetNames {
        name: "cable-test-ntf",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "status"),
            AttrName::nest(3, "nest", &CABLE_NEST),
        ],
    };

    /// `cable-test-tdr-cfg`.
    pub static CABLE_TEST_TDR_CFG: SetNames = SetNames {
        name: "cable-test-tdr-cfg",
        attrs: &[
            AttrName::value(1, "first"),
            AttrName::value(2, "last"),
            AttrName::value(3, "step"),
            AttrName::value(4, "pair"),
        ],
    };

    /// `cable-test-tdr-ntf`.
    pub static CABLE_TEST_TDR_NTF: SetNames = SetNames {
        name: "cable-test-tdr-ntf",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "status"),
            AttrName::nest(3, "nest", &CABLE_NEST),
        ],
    };

    /// `cable-test-tdr`.
    pub static CABLE_TEST_TDR: SetNames = SetNames {
        name: "cable-test-tdr",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "cfg", &CABLE_TEST_TDR_CFG),
        ],
    };

    /// `tunnel-udp-entry`.
    pub static TUNNEL_UDP_ENTRY: SetNames = SetNames {
        name: "tunnel-udp-entry",
        attrs: &[
            AttrName::value(1, "port"),
            AttrName::value(2, "type"),
        ],
    };

    /// `tunnel-udp-table`.
    pub static TUNNEL_UDP_TABLE: SetNames = SetNames {
        name: "tunnel-udp-table",
        attrs: &[
            AttrName::value(1, "size"),
            AttrName::nest(2, "types", &BITSET),
            AttrName::nest(3, "entry", &TUNNEL_UDP_ENTRY),
        ],
    };

    /// `tunnel-udp`.
    pub static TUNNEL_UDP: SetNames = SetNames {
        name: "tunnel-udp",
        attrs: &[
            AttrName::nest(1, "table", &TUNNEL_UDP_TABLE),
        ],
    };

    /// `tunnel-info`.
    pub static TUNNEL_INFO: SetNames = SetNames {
        name: "tunnel-info",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "udp-ports", &TUNNEL_UDP),
        ],
    };

    /// `fec-stat`.
    pub static FEC_STAT: SetNames = SetNames {
        name: "fec-stat",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "corrected"),
            AttrName::value(3, "uncorr"),
            AttrName::value(4, "corr-bits"),
        ],
    };

    /// `fec`.
    pub static FEC: SetNames = SetNames {
        name: "fec",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::nest(2, "modes", &BITSET),
            AttrName::value(3, "auto"),
            AttrName::value(4, "active"),
            AttrName::nest(5, "stats", &FEC_STAT),
        ],
    };

    /// `module-eeprom`.
    pub static MODULE_EEPROM: SetNames = SetNames {
        name: "module-eeprom",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "offset"),
            AttrName::value(3, "length"),
            AttrName::value(4, "page"),
            AttrName::value(5, "bank"),
            AttrName::value(6, "i2c-address"),
            AttrName::value(7, "data"),
        ],
    };

    /// `stats-grp`.
    pub static STATS_GRP: SetNames = SetNames {
        name: "stats-grp",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "id"),
            AttrName::value(3, "ss-id"),
            AttrName::value(4, "stat"),
            AttrName::nest(5, "hist-rx", &STATS_GRP_HIST),
            AttrName::nest(6, "hist-tx", &STATS_GRP_HIST),
            AttrName::value(7, "hist-bkt-low"),
            AttrName::value(8, "hist-bkt-hi"),
            AttrName::value(9, "hist-val"),
        ],
    };

    /// `stats-grp-hist`.
    pub static STATS_GRP_HIST: SetNames = SetNames {
        name: "stats-grp-hist",
        attrs: &[
            AttrName::value(7, "hist-bkt-low"),
            AttrName::value(8, "hist-bkt-hi"),
            AttrName::value(9, "hist-val"),
        ],
    };

    /// `stats`.
    pub static STATS: SetNames = SetNames {
        name: "stats",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::nest(2, "header", &HEADER),
            AttrName::nest(3, "groups", &BITSET),
            AttrName::nest(4, "grp", &STATS_GRP),
            AttrName::value(5, "src"),
        ],
    };

    /// `phc-vclocks`.
    pub static PHC_VCLOCKS: SetNames = SetNames {
        name: "phc-vclocks",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "num"),
            AttrName::value(3, "index"),
        ],
    };

    /// `module`.
    pub static MODULE: SetNames = SetNames {
        name: "module",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "power-mode-policy"),
            AttrName::value(3, "power-mode"),
        ],
    };

    /// `c33-pse-pw-limit`.
    pub static C33_PSE_PW_LIMIT: SetNames = SetNames {
        name: "c33-pse-pw-limit",
        attrs: &[
            AttrName::value(1, "min"),
            AttrName::value(2, "max"),
        ],
    };

    /// `pse`.
    pub static PSE: SetNames = SetNames {
        name: "pse",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "podl-pse-admin-state"),
            AttrName::value(3, "podl-pse-admin-control"),
            AttrName::value(4, "podl-pse-pw-d-status"),
            AttrName::value(5, "c33-pse-admin-state"),
            AttrName::value(6, "c33-pse-admin-control"),
            AttrName::value(7, "c33-pse-pw-d-status"),
            AttrName::value(8, "c33-pse-pw-class"),
            AttrName::value(9, "c33-pse-actual-pw"),
            AttrName::value(10, "c33-pse-ext-state"),
            AttrName::value(11, "c33-pse-ext-substate"),
            AttrName::value(12, "c33-pse-avail-pw-limit"),
            AttrName::nest(13, "c33-pse-pw-limit-ranges", &C33_PSE_PW_LIMIT),
        ],
    };

    /// `rss`.
    pub static RSS: SetNames = SetNames {
        name: "rss",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "context"),
            AttrName::value(3, "hfunc"),
            AttrName::value(4, "indir"),
            AttrName::value(5, "hkey"),
            AttrName::value(6, "input_xfrm"),
            AttrName::value(7, "start-context"),
        ],
    };

    /// `plca`.
    pub static PLCA: SetNames = SetNames {
        name: "plca",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "version"),
            AttrName::value(3, "enabled"),
            AttrName::value(4, "status"),
            AttrName::value(5, "node-cnt"),
            AttrName::value(6, "node-id"),
            AttrName::value(7, "to-tmr"),
            AttrName::value(8, "burst-cnt"),
            AttrName::value(9, "burst-tmr"),
        ],
    };

    /// `module-fw-flash`.
    pub static MODULE_FW_FLASH: SetNames = SetNames {
        name: "module-fw-flash",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "file-name"),
            AttrName::value(3, "password"),
            AttrName::value(4, "status"),
            AttrName::value(5, "status-msg"),
            AttrName::value(6, "done"),
            AttrName::value(7, "total"),
        ],
    };

    /// `phy`.
    pub static PHY: SetNames = SetNames {
        name: "phy",
        attrs: &[
            AttrName::nest(1, "header", &HEADER),
            AttrName::value(2, "index"),
            AttrName::value(3, "drvname"),
            AttrName::value(4, "name"),
            AttrName::value(5, "upstream-type"),
            AttrName::value(6, "upstream-index"),
            AttrName::value(7, "upstream-sfp-name"),
            AttrName::value(8, "downstream-sfp-name"),
        ],
    };
}
