//! `devlink` (genetlink-legacy): Partial family for Devlink.
//!
//! Generated from `nlkit-ynl/specs/devlink.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "devlink";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `devlink` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `sb-pool-type`: an enumeration.
    pub enum SbPoolType: u8 {
        /// `ingress` (0).
        Ingress = 0,
        /// `egress` (1).
        Egress = 1,
    }
}

crate::open_enum! {
    /// `port-type`: an enumeration.
    pub enum PortType: u16 {
        /// `notset` (0).
        Notset = 0,
        /// `auto` (1).
        Auto = 1,
        /// `eth` (2).
        Eth = 2,
        /// `ib` (3).
        Ib = 3,
    }
}

crate::open_enum! {
    /// `port-flavour`: an enumeration.
    pub enum PortFlavour: u16 {
        /// `physical` (0).
        Physical = 0,
        /// `cpu` (1).
        Cpu = 1,
        /// `dsa` (2).
        Dsa = 2,
        /// `pci_pf` (3).
        PciPf = 3,
        /// `pci_vf` (4).
        PciVf = 4,
        /// `virtual` (5).
        Virtual = 5,
        /// `unused` (6).
        Unused = 6,
        /// `pci_sf` (7).
        PciSf = 7,
    }
}

crate::open_enum! {
    /// `port-fn-state`: an enumeration.
    pub enum PortFnState: u8 {
        /// `inactive` (0).
        Inactive = 0,
        /// `active` (1).
        Active = 1,
    }
}

crate::open_enum! {
    /// `port-fn-opstate`: an enumeration.
    pub enum PortFnOpstate: u8 {
        /// `detached` (0).
        Detached = 0,
        /// `attached` (1).
        Attached = 1,
    }
}

crate::open_enum! {
    /// `port-fn-attr-cap`: an enumeration.
    pub enum PortFnAttrCap: u32 {
        /// `roce-bit` (0).
        RoceBit = 0,
        /// `migratable-bit` (1).
        MigratableBit = 1,
        /// `ipsec-crypto-bit` (2).
        IpsecCryptoBit = 2,
        /// `ipsec-packet-bit` (3).
        IpsecPacketBit = 3,
    }
}

crate::open_enum! {
    /// `rate-type`: an enumeration.
    pub enum RateType: u16 {
        /// `leaf` (0).
        Leaf = 0,
        /// `node` (1).
        Node = 1,
    }
}

crate::open_enum! {
    /// `sb-threshold-type`: an enumeration.
    pub enum SbThresholdType: u8 {
        /// `static` (0).
        Static = 0,
        /// `dynamic` (1).
        Dynamic = 1,
    }
}

crate::open_enum! {
    /// `eswitch-mode`: an enumeration.
    pub enum EswitchMode: u16 {
        /// `legacy` (0).
        Legacy = 0,
        /// `switchdev` (1).
        Switchdev = 1,
    }
}

crate::open_enum! {
    /// `eswitch-inline-mode`: an enumeration.
    pub enum EswitchInlineMode: u8 {
        /// `none` (0).
        None = 0,
        /// `link` (1).
        Link = 1,
        /// `network` (2).
        Network = 2,
        /// `transport` (3).
        Transport = 3,
    }
}

crate::open_enum! {
    /// `eswitch-encap-mode`: an enumeration.
    pub enum EswitchEncapMode: u8 {
        /// `none` (0).
        None = 0,
        /// `basic` (1).
        Basic = 1,
    }
}

crate::open_enum! {
    /// `dpipe-header-id`: an enumeration.
    pub enum DpipeHeaderId: u32 {
        /// `ethernet` (0).
        Ethernet = 0,
        /// `ipv4` (1).
        Ipv4 = 1,
        /// `ipv6` (2).
        Ipv6 = 2,
    }
}

crate::open_enum! {
    /// `dpipe-match-type`: an enumeration.
    pub enum DpipeMatchType: u32 {
        /// `field-exact` (0).
        FieldExact = 0,
    }
}

crate::open_enum! {
    /// `dpipe-action-type`: an enumeration.
    pub enum DpipeActionType: u32 {
        /// `field-modify` (0).
        FieldModify = 0,
    }
}

crate::open_enum! {
    /// `dpipe-field-mapping-type`: an enumeration.
    pub enum DpipeFieldMappingType: u32 {
        /// `none` (0).
        None = 0,
        /// `ifindex` (1).
        Ifindex = 1,
    }
}

crate::open_enum! {
    /// `resource-unit`: an enumeration.
    pub enum ResourceUnit: u8 {
        /// `entry` (0).
        Entry = 0,
    }
}

crate::open_enum! {
    /// `reload-action`: an enumeration.
    pub enum ReloadAction: u8 {
        /// `driver-reinit` (1).
        DriverReinit = 1,
        /// `fw-activate` (2).
        FwActivate = 2,
    }
}

crate::open_enum! {
    /// `param-cmode`: an enumeration.
    pub enum ParamCmode: u8 {
        /// `runtime` (0).
        Runtime = 0,
        /// `driverinit` (1).
        Driverinit = 1,
        /// `permanent` (2).
        Permanent = 2,
    }
}

crate::open_enum! {
    /// `flash-overwrite`: an enumeration.
    pub enum FlashOverwrite: u32 {
        /// `settings-bit` (0).
        SettingsBit = 0,
        /// `identifiers-bit` (1).
        IdentifiersBit = 1,
    }
}

crate::open_enum! {
    /// `trap-action`: an enumeration.
    pub enum TrapAction: u8 {
        /// `drop` (0).
        Drop = 0,
        /// `trap` (1).
        Trap = 1,
        /// `mirror` (2).
        Mirror = 2,
    }
}

crate::open_enum! {
    /// `trap-type`: an enumeration.
    pub enum TrapType: u8 {
        /// `drop` (0).
        Drop = 0,
        /// `exception` (1).
        Exception = 1,
        /// `control` (2).
        Control = 2,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `devlink`.
    pub mod devlink {
        /// `bus-name` (string).
        pub const BUS_NAME: u16 = 1;
        /// `dev-name` (string).
        pub const DEV_NAME: u16 = 2;
        /// `port-index` (u32).
        pub const PORT_INDEX: u16 = 3;
        /// `port-type` (u16).
        pub const PORT_TYPE: u16 = 4;
        /// `port-desired-type` (u16).
        pub const PORT_DESIRED_TYPE: u16 = 5;
        /// `port-netdev-ifindex` (u32).
        pub const PORT_NETDEV_IFINDEX: u16 = 6;
        /// `port-netdev-name` (string).
        pub const PORT_NETDEV_NAME: u16 = 7;
        /// `port-ibdev-name` (string).
        pub const PORT_IBDEV_NAME: u16 = 8;
        /// `port-split-count` (u32).
        pub const PORT_SPLIT_COUNT: u16 = 9;
        /// `port-split-group` (u32).
        pub const PORT_SPLIT_GROUP: u16 = 10;
        /// `sb-index` (u32).
        pub const SB_INDEX: u16 = 11;
        /// `sb-size` (u32).
        pub const SB_SIZE: u16 = 12;
        /// `sb-ingress-pool-count` (u16).
        pub const SB_INGRESS_POOL_COUNT: u16 = 13;
        /// `sb-egress-pool-count` (u16).
        pub const SB_EGRESS_POOL_COUNT: u16 = 14;
        /// `sb-ingress-tc-count` (u16).
        pub const SB_INGRESS_TC_COUNT: u16 = 15;
        /// `sb-egress-tc-count` (u16).
        pub const SB_EGRESS_TC_COUNT: u16 = 16;
        /// `sb-pool-index` (u16).
        pub const SB_POOL_INDEX: u16 = 17;
        /// `sb-pool-type` (u8).
        pub const SB_POOL_TYPE: u16 = 18;
        /// `sb-pool-size` (u32).
        pub const SB_POOL_SIZE: u16 = 19;
        /// `sb-pool-threshold-type` (u8).
        pub const SB_POOL_THRESHOLD_TYPE: u16 = 20;
        /// `sb-threshold` (u32).
        pub const SB_THRESHOLD: u16 = 21;
        /// `sb-tc-index` (u16).
        pub const SB_TC_INDEX: u16 = 22;
        /// `sb-occ-cur` (u32).
        pub const SB_OCC_CUR: u16 = 23;
        /// `sb-occ-max` (u32).
        pub const SB_OCC_MAX: u16 = 24;
        /// `eswitch-mode` (u16).
        pub const ESWITCH_MODE: u16 = 25;
        /// `eswitch-inline-mode` (u8).
        pub const ESWITCH_INLINE_MODE: u16 = 26;
        /// `dpipe-tables` (nest).
        pub const DPIPE_TABLES: u16 = 27;
        /// `dpipe-table` (nest).
        pub const DPIPE_TABLE: u16 = 28;
        /// `dpipe-table-name` (string).
        pub const DPIPE_TABLE_NAME: u16 = 29;
        /// `dpipe-table-size` (u64).
        pub const DPIPE_TABLE_SIZE: u16 = 30;
        /// `dpipe-table-matches` (nest).
        pub const DPIPE_TABLE_MATCHES: u16 = 31;
        /// `dpipe-table-actions` (nest).
        pub const DPIPE_TABLE_ACTIONS: u16 = 32;
        /// `dpipe-table-counters-enabled` (u8).
        pub const DPIPE_TABLE_COUNTERS_ENABLED: u16 = 33;
        /// `dpipe-entries` (nest).
        pub const DPIPE_ENTRIES: u16 = 34;
        /// `dpipe-entry` (nest).
        pub const DPIPE_ENTRY: u16 = 35;
        /// `dpipe-entry-index` (u64).
        pub const DPIPE_ENTRY_INDEX: u16 = 36;
        /// `dpipe-entry-match-values` (nest).
        pub const DPIPE_ENTRY_MATCH_VALUES: u16 = 37;
        /// `dpipe-entry-action-values` (nest).
        pub const DPIPE_ENTRY_ACTION_VALUES: u16 = 38;
        /// `dpipe-entry-counter` (u64).
        pub const DPIPE_ENTRY_COUNTER: u16 = 39;
        /// `dpipe-match` (nest).
        pub const DPIPE_MATCH: u16 = 40;
        /// `dpipe-match-value` (nest).
        pub const DPIPE_MATCH_VALUE: u16 = 41;
        /// `dpipe-match-type` (u32).
        pub const DPIPE_MATCH_TYPE: u16 = 42;
        /// `dpipe-action` (nest).
        pub const DPIPE_ACTION: u16 = 43;
        /// `dpipe-action-value` (nest).
        pub const DPIPE_ACTION_VALUE: u16 = 44;
        /// `dpipe-action-type` (u32).
        pub const DPIPE_ACTION_TYPE: u16 = 45;
        /// `dpipe-value` (binary).
        pub const DPIPE_VALUE: u16 = 46;
        /// `dpipe-value-mask` (binary).
        pub const DPIPE_VALUE_MASK: u16 = 47;
        /// `dpipe-value-mapping` (u32).
        pub const DPIPE_VALUE_MAPPING: u16 = 48;
        /// `dpipe-headers` (nest).
        pub const DPIPE_HEADERS: u16 = 49;
        /// `dpipe-header` (nest).
        pub const DPIPE_HEADER: u16 = 50;
        /// `dpipe-header-name` (string).
        pub const DPIPE_HEADER_NAME: u16 = 51;
        /// `dpipe-header-id` (u32).
        pub const DPIPE_HEADER_ID: u16 = 52;
        /// `dpipe-header-fields` (nest).
        pub const DPIPE_HEADER_FIELDS: u16 = 53;
        /// `dpipe-header-global` (u8).
        pub const DPIPE_HEADER_GLOBAL: u16 = 54;
        /// `dpipe-header-index` (u32).
        pub const DPIPE_HEADER_INDEX: u16 = 55;
        /// `dpipe-field` (nest).
        pub const DPIPE_FIELD: u16 = 56;
        /// `dpipe-field-name` (string).
        pub const DPIPE_FIELD_NAME: u16 = 57;
        /// `dpipe-field-id` (u32).
        pub const DPIPE_FIELD_ID: u16 = 58;
        /// `dpipe-field-bitwidth` (u32).
        pub const DPIPE_FIELD_BITWIDTH: u16 = 59;
        /// `dpipe-field-mapping-type` (u32).
        pub const DPIPE_FIELD_MAPPING_TYPE: u16 = 60;
        /// `pad` (pad).
        pub const PAD: u16 = 61;
        /// `eswitch-encap-mode` (u8).
        pub const ESWITCH_ENCAP_MODE: u16 = 62;
        /// `resource-list` (nest).
        pub const RESOURCE_LIST: u16 = 63;
        /// `resource` (nest).
        pub const RESOURCE: u16 = 64;
        /// `resource-name` (string).
        pub const RESOURCE_NAME: u16 = 65;
        /// `resource-id` (u64).
        pub const RESOURCE_ID: u16 = 66;
        /// `resource-size` (u64).
        pub const RESOURCE_SIZE: u16 = 67;
        /// `resource-size-new` (u64).
        pub const RESOURCE_SIZE_NEW: u16 = 68;
        /// `resource-size-valid` (u8).
        pub const RESOURCE_SIZE_VALID: u16 = 69;
        /// `resource-size-min` (u64).
        pub const RESOURCE_SIZE_MIN: u16 = 70;
        /// `resource-size-max` (u64).
        pub const RESOURCE_SIZE_MAX: u16 = 71;
        /// `resource-size-gran` (u64).
        pub const RESOURCE_SIZE_GRAN: u16 = 72;
        /// `resource-unit` (u8).
        pub const RESOURCE_UNIT: u16 = 73;
        /// `resource-occ` (u64).
        pub const RESOURCE_OCC: u16 = 74;
        /// `dpipe-table-resource-id` (u64).
        pub const DPIPE_TABLE_RESOURCE_ID: u16 = 75;
        /// `dpipe-table-resource-units` (u64).
        pub const DPIPE_TABLE_RESOURCE_UNITS: u16 = 76;
        /// `port-flavour` (u16).
        pub const PORT_FLAVOUR: u16 = 77;
        /// `port-number` (u32).
        pub const PORT_NUMBER: u16 = 78;
        /// `port-split-subport-number` (u32).
        pub const PORT_SPLIT_SUBPORT_NUMBER: u16 = 79;
        /// `param` (nest).
        pub const PARAM: u16 = 80;
        /// `param-name` (string).
        pub const PARAM_NAME: u16 = 81;
        /// `param-generic` (flag).
        pub const PARAM_GENERIC: u16 = 82;
        /// `param-type` (u8).
        pub const PARAM_TYPE: u16 = 83;
        /// `param-value-cmode` (u8).
        pub const PARAM_VALUE_CMODE: u16 = 87;
        /// `region-name` (string).
        pub const REGION_NAME: u16 = 88;
        /// `region-size` (u64).
        pub const REGION_SIZE: u16 = 89;
        /// `region-snapshots` (nest).
        pub const REGION_SNAPSHOTS: u16 = 90;
        /// `region-snapshot` (nest).
        pub const REGION_SNAPSHOT: u16 = 91;
        /// `region-snapshot-id` (u32).
        pub const REGION_SNAPSHOT_ID: u16 = 92;
        /// `region-chunks` (nest).
        pub const REGION_CHUNKS: u16 = 93;
        /// `region-chunk` (nest).
        pub const REGION_CHUNK: u16 = 94;
        /// `region-chunk-data` (binary).
        pub const REGION_CHUNK_DATA: u16 = 95;
        /// `region-chunk-addr` (u64).
        pub const REGION_CHUNK_ADDR: u16 = 96;
        /// `region-chunk-len` (u64).
        pub const REGION_CHUNK_LEN: u16 = 97;
        /// `info-driver-name` (string).
        pub const INFO_DRIVER_NAME: u16 = 98;
        /// `info-serial-number` (string).
        pub const INFO_SERIAL_NUMBER: u16 = 99;
        /// `info-version-fixed` (nest).
        pub const INFO_VERSION_FIXED: u16 = 100;
        /// `info-version-running` (nest).
        pub const INFO_VERSION_RUNNING: u16 = 101;
        /// `info-version-stored` (nest).
        pub const INFO_VERSION_STORED: u16 = 102;
        /// `info-version-name` (string).
        pub const INFO_VERSION_NAME: u16 = 103;
        /// `info-version-value` (string).
        pub const INFO_VERSION_VALUE: u16 = 104;
        /// `sb-pool-cell-size` (u32).
        pub const SB_POOL_CELL_SIZE: u16 = 105;
        /// `fmsg` (nest).
        pub const FMSG: u16 = 106;
        /// `fmsg-obj-nest-start` (flag).
        pub const FMSG_OBJ_NEST_START: u16 = 107;
        /// `fmsg-pair-nest-start` (flag).
        pub const FMSG_PAIR_NEST_START: u16 = 108;
        /// `fmsg-arr-nest-start` (flag).
        pub const FMSG_ARR_NEST_START: u16 = 109;
        /// `fmsg-nest-end` (flag).
        pub const FMSG_NEST_END: u16 = 110;
        /// `fmsg-obj-name` (string).
        pub const FMSG_OBJ_NAME: u16 = 111;
        /// `fmsg-obj-value-type` (u8).
        pub const FMSG_OBJ_VALUE_TYPE: u16 = 112;
        /// `health-reporter` (nest).
        pub const HEALTH_REPORTER: u16 = 114;
        /// `health-reporter-name` (string).
        pub const HEALTH_REPORTER_NAME: u16 = 115;
        /// `health-reporter-state` (u8).
        pub const HEALTH_REPORTER_STATE: u16 = 116;
        /// `health-reporter-err-count` (u64).
        pub const HEALTH_REPORTER_ERR_COUNT: u16 = 117;
        /// `health-reporter-recover-count` (u64).
        pub const HEALTH_REPORTER_RECOVER_COUNT: u16 = 118;
        /// `health-reporter-dump-ts` (u64).
        pub const HEALTH_REPORTER_DUMP_TS: u16 = 119;
        /// `health-reporter-graceful-period` (u64).
        pub const HEALTH_REPORTER_GRACEFUL_PERIOD: u16 = 120;
        /// `health-reporter-auto-recover` (u8).
        pub const HEALTH_REPORTER_AUTO_RECOVER: u16 = 121;
        /// `flash-update-file-name` (string).
        pub const FLASH_UPDATE_FILE_NAME: u16 = 122;
        /// `flash-update-component` (string).
        pub const FLASH_UPDATE_COMPONENT: u16 = 123;
        /// `flash-update-status-msg` (string).
        pub const FLASH_UPDATE_STATUS_MSG: u16 = 124;
        /// `flash-update-status-done` (u64).
        pub const FLASH_UPDATE_STATUS_DONE: u16 = 125;
        /// `flash-update-status-total` (u64).
        pub const FLASH_UPDATE_STATUS_TOTAL: u16 = 126;
        /// `port-pci-pf-number` (u16).
        pub const PORT_PCI_PF_NUMBER: u16 = 127;
        /// `port-pci-vf-number` (u16).
        pub const PORT_PCI_VF_NUMBER: u16 = 128;
        /// `stats` (nest).
        pub const STATS: u16 = 129;
        /// `trap-name` (string).
        pub const TRAP_NAME: u16 = 130;
        /// `trap-action` (u8).
        pub const TRAP_ACTION: u16 = 131;
        /// `trap-type` (u8).
        pub const TRAP_TYPE: u16 = 132;
        /// `trap-generic` (flag).
        pub const TRAP_GENERIC: u16 = 133;
        /// `trap-metadata` (nest).
        pub const TRAP_METADATA: u16 = 134;
        /// `trap-group-name` (string).
        pub const TRAP_GROUP_NAME: u16 = 135;
        /// `reload-failed` (u8).
        pub const RELOAD_FAILED: u16 = 136;
        /// `health-reporter-dump-ts-ns` (u64).
        pub const HEALTH_REPORTER_DUMP_TS_NS: u16 = 137;
        /// `netns-fd` (u32).
        pub const NETNS_FD: u16 = 138;
        /// `netns-pid` (u32).
        pub const NETNS_PID: u16 = 139;
        /// `netns-id` (u32).
        pub const NETNS_ID: u16 = 140;
        /// `health-reporter-auto-dump` (u8).
        pub const HEALTH_REPORTER_AUTO_DUMP: u16 = 141;
        /// `trap-policer-id` (u32).
        pub const TRAP_POLICER_ID: u16 = 142;
        /// `trap-policer-rate` (u64).
        pub const TRAP_POLICER_RATE: u16 = 143;
        /// `trap-policer-burst` (u64).
        pub const TRAP_POLICER_BURST: u16 = 144;
        /// `port-function` (nest).
        pub const PORT_FUNCTION: u16 = 145;
        /// `info-board-serial-number` (string).
        pub const INFO_BOARD_SERIAL_NUMBER: u16 = 146;
        /// `port-lanes` (u32).
        pub const PORT_LANES: u16 = 147;
        /// `port-splittable` (u8).
        pub const PORT_SPLITTABLE: u16 = 148;
        /// `port-external` (u8).
        pub const PORT_EXTERNAL: u16 = 149;
        /// `port-controller-number` (u32).
        pub const PORT_CONTROLLER_NUMBER: u16 = 150;
        /// `flash-update-status-timeout` (u64).
        pub const FLASH_UPDATE_STATUS_TIMEOUT: u16 = 151;
        /// `flash-update-overwrite-mask` (bitfield32).
        pub const FLASH_UPDATE_OVERWRITE_MASK: u16 = 152;
        /// `reload-action` (u8).
        pub const RELOAD_ACTION: u16 = 153;
        /// `reload-actions-performed` (bitfield32).
        pub const RELOAD_ACTIONS_PERFORMED: u16 = 154;
        /// `reload-limits` (bitfield32).
        pub const RELOAD_LIMITS: u16 = 155;
        /// `dev-stats` (nest).
        pub const DEV_STATS: u16 = 156;
        /// `reload-stats` (nest).
        pub const RELOAD_STATS: u16 = 157;
        /// `reload-stats-entry` (nest).
        pub const RELOAD_STATS_ENTRY: u16 = 158;
        /// `reload-stats-limit` (u8).
        pub const RELOAD_STATS_LIMIT: u16 = 159;
        /// `reload-stats-value` (u32).
        pub const RELOAD_STATS_VALUE: u16 = 160;
        /// `remote-reload-stats` (nest).
        pub const REMOTE_RELOAD_STATS: u16 = 161;
        /// `reload-action-info` (nest).
        pub const RELOAD_ACTION_INFO: u16 = 162;
        /// `reload-action-stats` (nest).
        pub const RELOAD_ACTION_STATS: u16 = 163;
        /// `port-pci-sf-number` (u32).
        pub const PORT_PCI_SF_NUMBER: u16 = 164;
        /// `rate-type` (u16).
        pub const RATE_TYPE: u16 = 165;
        /// `rate-tx-share` (u64).
        pub const RATE_TX_SHARE: u16 = 166;
        /// `rate-tx-max` (u64).
        pub const RATE_TX_MAX: u16 = 167;
        /// `rate-node-name` (string).
        pub const RATE_NODE_NAME: u16 = 168;
        /// `rate-parent-node-name` (string).
        pub const RATE_PARENT_NODE_NAME: u16 = 169;
        /// `region-max-snapshots` (u32).
        pub const REGION_MAX_SNAPSHOTS: u16 = 170;
        /// `linecard-index` (u32).
        pub const LINECARD_INDEX: u16 = 171;
        /// `linecard-state` (u8).
        pub const LINECARD_STATE: u16 = 172;
        /// `linecard-type` (string).
        pub const LINECARD_TYPE: u16 = 173;
        /// `linecard-supported-types` (nest).
        pub const LINECARD_SUPPORTED_TYPES: u16 = 174;
        /// `selftests` (nest).
        pub const SELFTESTS: u16 = 176;
        /// `rate-tx-priority` (u32).
        pub const RATE_TX_PRIORITY: u16 = 177;
        /// `rate-tx-weight` (u32).
        pub const RATE_TX_WEIGHT: u16 = 178;
        /// `region-direct` (flag).
        pub const REGION_DIRECT: u16 = 179;
    }

    /// The attributes of `dl-port-function`.
    pub mod dl_port_function {
        /// `hw-addr` (binary).
        pub const HW_ADDR: u16 = 1;
        /// `state` (u8).
        pub const STATE: u16 = 2;
        /// `opstate` (u8).
        pub const OPSTATE: u16 = 3;
        /// `caps` (bitfield32).
        pub const CAPS: u16 = 4;
    }

    /// The attributes of `dl-attr-stats`.
    pub mod dl_attr_stats {
        /// `stats-rx-packets` (u64).
        pub const STATS_RX_PACKETS: u16 = 0;
        /// `stats-rx-bytes` (u64).
        pub const STATS_RX_BYTES: u16 = 1;
        /// `stats-rx-dropped` (u64).
        pub const STATS_RX_DROPPED: u16 = 2;
    }

    /// The attributes of `dl-trap-metadata`.
    pub mod dl_trap_metadata {
        /// `trap-metadata-type-in-port` (flag).
        pub const TRAP_METADATA_TYPE_IN_PORT: u16 = 0;
        /// `trap-metadata-type-fa-cookie` (flag).
        pub const TRAP_METADATA_TYPE_FA_COOKIE: u16 = 1;
    }

    /// The attributes of `dl-selftest-id`.
    pub mod dl_selftest_id {
        /// `flash` (flag).
        pub const FLASH: u16 = 1;
    }
}

crate::attribute_set! {
    /// The attribute set `devlink`.
    pub struct Devlink {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `port-type`.
        pub port_type: codec::Enum16<PortType> = attrs::devlink::PORT_TYPE,
        /// `port-desired-type`.
        pub port_desired_type: codec::U16 = attrs::devlink::PORT_DESIRED_TYPE,
        /// `port-netdev-ifindex`.
        pub port_netdev_ifindex: codec::U32 = attrs::devlink::PORT_NETDEV_IFINDEX,
        /// `port-netdev-name`.
        pub port_netdev_name: codec::Str = attrs::devlink::PORT_NETDEV_NAME,
        /// `port-ibdev-name`.
        pub port_ibdev_name: codec::Str = attrs::devlink::PORT_IBDEV_NAME,
        /// `port-split-count`.
        pub port_split_count: codec::U32 = attrs::devlink::PORT_SPLIT_COUNT,
        /// `port-split-group`.
        pub port_split_group: codec::U32 = attrs::devlink::PORT_SPLIT_GROUP,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-size`.
        pub sb_size: codec::U32 = attrs::devlink::SB_SIZE,
        /// `sb-ingress-pool-count`.
        pub sb_ingress_pool_count: codec::U16 = attrs::devlink::SB_INGRESS_POOL_COUNT,
        /// `sb-egress-pool-count`.
        pub sb_egress_pool_count: codec::U16 = attrs::devlink::SB_EGRESS_POOL_COUNT,
        /// `sb-ingress-tc-count`.
        pub sb_ingress_tc_count: codec::U16 = attrs::devlink::SB_INGRESS_TC_COUNT,
        /// `sb-egress-tc-count`.
        pub sb_egress_tc_count: codec::U16 = attrs::devlink::SB_EGRESS_TC_COUNT,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
        /// `sb-pool-type`.
        pub sb_pool_type: codec::Enum8<SbPoolType> = attrs::devlink::SB_POOL_TYPE,
        /// `sb-pool-size`.
        pub sb_pool_size: codec::U32 = attrs::devlink::SB_POOL_SIZE,
        /// `sb-pool-threshold-type`.
        pub sb_pool_threshold_type: codec::Enum8<SbThresholdType> = attrs::devlink::SB_POOL_THRESHOLD_TYPE,
        /// `sb-threshold`.
        pub sb_threshold: codec::U32 = attrs::devlink::SB_THRESHOLD,
        /// `sb-tc-index`.
        pub sb_tc_index: codec::U16 = attrs::devlink::SB_TC_INDEX,
        /// `sb-occ-cur`.
        pub sb_occ_cur: codec::U32 = attrs::devlink::SB_OCC_CUR,
        /// `sb-occ-max`.
        pub sb_occ_max: codec::U32 = attrs::devlink::SB_OCC_MAX,
        /// `eswitch-mode`.
        pub eswitch_mode: codec::Enum16<EswitchMode> = attrs::devlink::ESWITCH_MODE,
        /// `eswitch-inline-mode`.
        pub eswitch_inline_mode: codec::Enum8<EswitchInlineMode> = attrs::devlink::ESWITCH_INLINE_MODE,
        /// `dpipe-tables`.
        pub dpipe_tables: codec::Nested<DlDpipeTables> = attrs::devlink::DPIPE_TABLES,
        /// `dpipe-table`.
        pub dpipe_table: codec::Multi<codec::Nested<DlDpipeTable>> = attrs::devlink::DPIPE_TABLE,
        /// `dpipe-table-name`.
        pub dpipe_table_name: codec::Str = attrs::devlink::DPIPE_TABLE_NAME,
        /// `dpipe-table-size`.
        pub dpipe_table_size: codec::U64 = attrs::devlink::DPIPE_TABLE_SIZE,
        /// `dpipe-table-matches`.
        pub dpipe_table_matches: codec::Nested<DlDpipeTableMatches> = attrs::devlink::DPIPE_TABLE_MATCHES,
        /// `dpipe-table-actions`.
        pub dpipe_table_actions: codec::Nested<DlDpipeTableActions> = attrs::devlink::DPIPE_TABLE_ACTIONS,
        /// `dpipe-table-counters-enabled`.
        pub dpipe_table_counters_enabled: codec::U8 = attrs::devlink::DPIPE_TABLE_COUNTERS_ENABLED,
        /// `dpipe-entries`.
        pub dpipe_entries: codec::Nested<DlDpipeEntries> = attrs::devlink::DPIPE_ENTRIES,
        /// `dpipe-entry`.
        pub dpipe_entry: codec::Multi<codec::Nested<DlDpipeEntry>> = attrs::devlink::DPIPE_ENTRY,
        /// `dpipe-entry-index`.
        pub dpipe_entry_index: codec::U64 = attrs::devlink::DPIPE_ENTRY_INDEX,
        /// `dpipe-entry-match-values`.
        pub dpipe_entry_match_values: codec::Nested<DlDpipeEntryMatchValues> = attrs::devlink::DPIPE_ENTRY_MATCH_VALUES,
        /// `dpipe-entry-action-values`.
        pub dpipe_entry_action_values: codec::Nested<DlDpipeEntryActionValues> = attrs::devlink::DPIPE_ENTRY_ACTION_VALUES,
        /// `dpipe-entry-counter`.
        pub dpipe_entry_counter: codec::U64 = attrs::devlink::DPIPE_ENTRY_COUNTER,
        /// `dpipe-match`.
        pub dpipe_match: codec::Multi<codec::Nested<DlDpipeMatch>> = attrs::devlink::DPIPE_MATCH,
        /// `dpipe-match-value`.
        pub dpipe_match_value: codec::Multi<codec::Nested<DlDpipeMatchValue>> = attrs::devlink::DPIPE_MATCH_VALUE,
        /// `dpipe-match-type`.
        pub dpipe_match_type: codec::Enum32<DpipeMatchType> = attrs::devlink::DPIPE_MATCH_TYPE,
        /// `dpipe-action`.
        pub dpipe_action: codec::Multi<codec::Nested<DlDpipeAction>> = attrs::devlink::DPIPE_ACTION,
        /// `dpipe-action-value`.
        pub dpipe_action_value: codec::Multi<codec::Nested<DlDpipeActionValue>> = attrs::devlink::DPIPE_ACTION_VALUE,
        /// `dpipe-action-type`.
        pub dpipe_action_type: codec::Enum32<DpipeActionType> = attrs::devlink::DPIPE_ACTION_TYPE,
        /// `dpipe-value`.
        pub dpipe_value: codec::Bytes = attrs::devlink::DPIPE_VALUE,
        /// `dpipe-value-mask`.
        pub dpipe_value_mask: codec::Bytes = attrs::devlink::DPIPE_VALUE_MASK,
        /// `dpipe-value-mapping`.
        pub dpipe_value_mapping: codec::U32 = attrs::devlink::DPIPE_VALUE_MAPPING,
        /// `dpipe-headers`.
        pub dpipe_headers: codec::Nested<DlDpipeHeaders> = attrs::devlink::DPIPE_HEADERS,
        /// `dpipe-header`.
        pub dpipe_header: codec::Multi<codec::Nested<DlDpipeHeader>> = attrs::devlink::DPIPE_HEADER,
        /// `dpipe-header-name`.
        pub dpipe_header_name: codec::Str = attrs::devlink::DPIPE_HEADER_NAME,
        /// `dpipe-header-id`.
        pub dpipe_header_id: codec::Enum32<DpipeHeaderId> = attrs::devlink::DPIPE_HEADER_ID,
        /// `dpipe-header-fields`.
        pub dpipe_header_fields: codec::Nested<DlDpipeHeaderFields> = attrs::devlink::DPIPE_HEADER_FIELDS,
        /// `dpipe-header-global`.
        pub dpipe_header_global: codec::U8 = attrs::devlink::DPIPE_HEADER_GLOBAL,
        /// `dpipe-header-index`.
        pub dpipe_header_index: codec::U32 = attrs::devlink::DPIPE_HEADER_INDEX,
        /// `dpipe-field`.
        pub dpipe_field: codec::Multi<codec::Nested<DlDpipeField>> = attrs::devlink::DPIPE_FIELD,
        /// `dpipe-field-name`.
        pub dpipe_field_name: codec::Str = attrs::devlink::DPIPE_FIELD_NAME,
        /// `dpipe-field-id`.
        pub dpipe_field_id: codec::U32 = attrs::devlink::DPIPE_FIELD_ID,
        /// `dpipe-field-bitwidth`.
        pub dpipe_field_bitwidth: codec::U32 = attrs::devlink::DPIPE_FIELD_BITWIDTH,
        /// `dpipe-field-mapping-type`.
        pub dpipe_field_mapping_type: codec::Enum32<DpipeFieldMappingType> = attrs::devlink::DPIPE_FIELD_MAPPING_TYPE,
        /// `eswitch-encap-mode`.
        pub eswitch_encap_mode: codec::Enum8<EswitchEncapMode> = attrs::devlink::ESWITCH_ENCAP_MODE,
        /// `resource-list`.
        pub resource_list: codec::Nested<DlResourceList> = attrs::devlink::RESOURCE_LIST,
        /// `resource`.
        pub resource: codec::Multi<codec::Nested<DlResource>> = attrs::devlink::RESOURCE,
        /// `resource-name`.
        pub resource_name: codec::Str = attrs::devlink::RESOURCE_NAME,
        /// `resource-id`.
        pub resource_id: codec::U64 = attrs::devlink::RESOURCE_ID,
        /// `resource-size`.
        pub resource_size: codec::U64 = attrs::devlink::RESOURCE_SIZE,
        /// `resource-size-new`.
        pub resource_size_new: codec::U64 = attrs::devlink::RESOURCE_SIZE_NEW,
        /// `resource-size-valid`.
        pub resource_size_valid: codec::U8 = attrs::devlink::RESOURCE_SIZE_VALID,
        /// `resource-size-min`.
        pub resource_size_min: codec::U64 = attrs::devlink::RESOURCE_SIZE_MIN,
        /// `resource-size-max`.
        pub resource_size_max: codec::U64 = attrs::devlink::RESOURCE_SIZE_MAX,
        /// `resource-size-gran`.
        pub resource_size_gran: codec::U64 = attrs::devlink::RESOURCE_SIZE_GRAN,
        /// `resource-unit`.
        pub resource_unit: codec::Enum8<ResourceUnit> = attrs::devlink::RESOURCE_UNIT,
        /// `resource-occ`.
        pub resource_occ: codec::U64 = attrs::devlink::RESOURCE_OCC,
        /// `dpipe-table-resource-id`.
        pub dpipe_table_resource_id: codec::U64 = attrs::devlink::DPIPE_TABLE_RESOURCE_ID,
        /// `dpipe-table-resource-units`.
        pub dpipe_table_resource_units: codec::U64 = attrs::devlink::DPIPE_TABLE_RESOURCE_UNITS,
        /// `port-flavour`.
        pub port_flavour: codec::Enum16<PortFlavour> = attrs::devlink::PORT_FLAVOUR,
        /// `port-number`.
        pub port_number: codec::U32 = attrs::devlink::PORT_NUMBER,
        /// `port-split-subport-number`.
        pub port_split_subport_number: codec::U32 = attrs::devlink::PORT_SPLIT_SUBPORT_NUMBER,
        /// `param`.
        pub param: codec::Nested<DlParam> = attrs::devlink::PARAM,
        /// `param-name`.
        pub param_name: codec::Str = attrs::devlink::PARAM_NAME,
        /// `param-generic`.
        pub param_generic: codec::Flag = attrs::devlink::PARAM_GENERIC,
        /// `param-type`.
        pub param_type: codec::U8 = attrs::devlink::PARAM_TYPE,
        /// `param-value-cmode`.
        pub param_value_cmode: codec::Enum8<ParamCmode> = attrs::devlink::PARAM_VALUE_CMODE,
        /// `region-name`.
        pub region_name: codec::Str = attrs::devlink::REGION_NAME,
        /// `region-size`.
        pub region_size: codec::U64 = attrs::devlink::REGION_SIZE,
        /// `region-snapshots`.
        pub region_snapshots: codec::Nested<DlRegionSnapshots> = attrs::devlink::REGION_SNAPSHOTS,
        /// `region-snapshot`.
        pub region_snapshot: codec::Nested<DlRegionSnapshot> = attrs::devlink::REGION_SNAPSHOT,
        /// `region-snapshot-id`.
        pub region_snapshot_id: codec::U32 = attrs::devlink::REGION_SNAPSHOT_ID,
        /// `region-chunks`.
        pub region_chunks: codec::Nested<DlRegionChunks> = attrs::devlink::REGION_CHUNKS,
        /// `region-chunk`.
        pub region_chunk: codec::Nested<DlRegionChunk> = attrs::devlink::REGION_CHUNK,
        /// `region-chunk-data`.
        pub region_chunk_data: codec::Bytes = attrs::devlink::REGION_CHUNK_DATA,
        /// `region-chunk-addr`.
        pub region_chunk_addr: codec::U64 = attrs::devlink::REGION_CHUNK_ADDR,
        /// `region-chunk-len`.
        pub region_chunk_len: codec::U64 = attrs::devlink::REGION_CHUNK_LEN,
        /// `info-driver-name`.
        pub info_driver_name: codec::Str = attrs::devlink::INFO_DRIVER_NAME,
        /// `info-serial-number`.
        pub info_serial_number: codec::Str = attrs::devlink::INFO_SERIAL_NUMBER,
        /// `info-version-fixed`.
        pub info_version_fixed: codec::Multi<codec::Nested<DlInfoVersion>> = attrs::devlink::INFO_VERSION_FIXED,
        /// `info-version-running`.
        pub info_version_running: codec::Multi<codec::Nested<DlInfoVersion>> = attrs::devlink::INFO_VERSION_RUNNING,
        /// `info-version-stored`.
        pub info_version_stored: codec::Multi<codec::Nested<DlInfoVersion>> = attrs::devlink::INFO_VERSION_STORED,
        /// `info-version-name`.
        pub info_version_name: codec::Str = attrs::devlink::INFO_VERSION_NAME,
        /// `info-version-value`.
        pub info_version_value: codec::Str = attrs::devlink::INFO_VERSION_VALUE,
        /// `sb-pool-cell-size`.
        pub sb_pool_cell_size: codec::U32 = attrs::devlink::SB_POOL_CELL_SIZE,
        /// `fmsg`.
        pub fmsg: codec::Nested<DlFmsg> = attrs::devlink::FMSG,
        /// `fmsg-obj-nest-start`.
        pub fmsg_obj_nest_start: codec::Flag = attrs::devlink::FMSG_OBJ_NEST_START,
        /// `fmsg-pair-nest-start`.
        pub fmsg_pair_nest_start: codec::Flag = attrs::devlink::FMSG_PAIR_NEST_START,
        /// `fmsg-arr-nest-start`.
        pub fmsg_arr_nest_start: codec::Flag = attrs::devlink::FMSG_ARR_NEST_START,
        /// `fmsg-nest-end`.
        pub fmsg_nest_end: codec::Flag = attrs::devlink::FMSG_NEST_END,
        /// `fmsg-obj-name`.
        pub fmsg_obj_name: codec::Str = attrs::devlink::FMSG_OBJ_NAME,
        /// `fmsg-obj-value-type`.
        pub fmsg_obj_value_type: codec::U8 = attrs::devlink::FMSG_OBJ_VALUE_TYPE,
        /// `health-reporter`.
        pub health_reporter: codec::Nested<DlHealthReporter> = attrs::devlink::HEALTH_REPORTER,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
        /// `health-reporter-state`.
        pub health_reporter_state: codec::U8 = attrs::devlink::HEALTH_REPORTER_STATE,
        /// `health-reporter-err-count`.
        pub health_reporter_err_count: codec::U64 = attrs::devlink::HEALTH_REPORTER_ERR_COUNT,
        /// `health-reporter-recover-count`.
        pub health_reporter_recover_count: codec::U64 = attrs::devlink::HEALTH_REPORTER_RECOVER_COUNT,
        /// `health-reporter-dump-ts`.
        pub health_reporter_dump_ts: codec::U64 = attrs::devlink::HEALTH_REPORTER_DUMP_TS,
        /// `health-reporter-graceful-period`.
        pub health_reporter_graceful_period: codec::U64 = attrs::devlink::HEALTH_REPORTER_GRACEFUL_PERIOD,
        /// `health-reporter-auto-recover`.
        pub health_reporter_auto_recover: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_RECOVER,
        /// `flash-update-file-name`.
        pub flash_update_file_name: codec::Str = attrs::devlink::FLASH_UPDATE_FILE_NAME,
        /// `flash-update-component`.
        pub flash_update_component: codec::Str = attrs::devlink::FLASH_UPDATE_COMPONENT,
        /// `flash-update-status-msg`.
        pub flash_update_status_msg: codec::Str = attrs::devlink::FLASH_UPDATE_STATUS_MSG,
        /// `flash-update-status-done`.
        pub flash_update_status_done: codec::U64 = attrs::devlink::FLASH_UPDATE_STATUS_DONE,
        /// `flash-update-status-total`.
        pub flash_update_status_total: codec::U64 = attrs::devlink::FLASH_UPDATE_STATUS_TOTAL,
        /// `port-pci-pf-number`.
        pub port_pci_pf_number: codec::U16 = attrs::devlink::PORT_PCI_PF_NUMBER,
        /// `port-pci-vf-number`.
        pub port_pci_vf_number: codec::U16 = attrs::devlink::PORT_PCI_VF_NUMBER,
        /// `stats`.
        pub stats: codec::Nested<DlAttrStats> = attrs::devlink::STATS,
        /// `trap-name`.
        pub trap_name: codec::Str = attrs::devlink::TRAP_NAME,
        /// `trap-action`.
        pub trap_action: codec::Enum8<TrapAction> = attrs::devlink::TRAP_ACTION,
        /// `trap-type`.
        pub trap_type: codec::Enum8<TrapType> = attrs::devlink::TRAP_TYPE,
        /// `trap-generic`.
        pub trap_generic: codec::Flag = attrs::devlink::TRAP_GENERIC,
        /// `trap-metadata`.
        pub trap_metadata: codec::Nested<DlTrapMetadata> = attrs::devlink::TRAP_METADATA,
        /// `trap-group-name`.
        pub trap_group_name: codec::Str = attrs::devlink::TRAP_GROUP_NAME,
        /// `reload-failed`.
        pub reload_failed: codec::U8 = attrs::devlink::RELOAD_FAILED,
        /// `health-reporter-dump-ts-ns`.
        pub health_reporter_dump_ts_ns: codec::U64 = attrs::devlink::HEALTH_REPORTER_DUMP_TS_NS,
        /// `netns-fd`.
        pub netns_fd: codec::U32 = attrs::devlink::NETNS_FD,
        /// `netns-pid`.
        pub netns_pid: codec::U32 = attrs::devlink::NETNS_PID,
        /// `netns-id`.
        pub netns_id: codec::U32 = attrs::devlink::NETNS_ID,
        /// `health-reporter-auto-dump`.
        pub health_reporter_auto_dump: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_DUMP,
        /// `trap-policer-id`.
        pub trap_policer_id: codec::U32 = attrs::devlink::TRAP_POLICER_ID,
        /// `trap-policer-rate`.
        pub trap_policer_rate: codec::U64 = attrs::devlink::TRAP_POLICER_RATE,
        /// `trap-policer-burst`.
        pub trap_policer_burst: codec::U64 = attrs::devlink::TRAP_POLICER_BURST,
        /// `port-function`.
        pub port_function: codec::Nested<DlPortFunction> = attrs::devlink::PORT_FUNCTION,
        /// `info-board-serial-number`.
        pub info_board_serial_number: codec::Str = attrs::devlink::INFO_BOARD_SERIAL_NUMBER,
        /// `port-lanes`.
        pub port_lanes: codec::U32 = attrs::devlink::PORT_LANES,
        /// `port-splittable`.
        pub port_splittable: codec::U8 = attrs::devlink::PORT_SPLITTABLE,
        /// `port-external`.
        pub port_external: codec::U8 = attrs::devlink::PORT_EXTERNAL,
        /// `port-controller-number`.
        pub port_controller_number: codec::U32 = attrs::devlink::PORT_CONTROLLER_NUMBER,
        /// `flash-update-status-timeout`.
        pub flash_update_status_timeout: codec::U64 = attrs::devlink::FLASH_UPDATE_STATUS_TIMEOUT,
        /// `flash-update-overwrite-mask`.
        pub flash_update_overwrite_mask: codec::Struct<codec::Bitfield32> = attrs::devlink::FLASH_UPDATE_OVERWRITE_MASK,
        /// `reload-action`.
        pub reload_action: codec::Enum8<ReloadAction> = attrs::devlink::RELOAD_ACTION,
        /// `reload-actions-performed`.
        pub reload_actions_performed: codec::Struct<codec::Bitfield32> = attrs::devlink::RELOAD_ACTIONS_PERFORMED,
        /// `reload-limits`.
        pub reload_limits: codec::Struct<codec::Bitfield32> = attrs::devlink::RELOAD_LIMITS,
        /// `dev-stats`.
        pub dev_stats: codec::Nested<DlDevStats> = attrs::devlink::DEV_STATS,
        /// `reload-stats`.
        pub reload_stats: codec::Nested<DlReloadStats> = attrs::devlink::RELOAD_STATS,
        /// `reload-stats-entry`.
        pub reload_stats_entry: codec::Multi<codec::Nested<DlReloadStatsEntry>> = attrs::devlink::RELOAD_STATS_ENTRY,
        /// `reload-stats-limit`.
        pub reload_stats_limit: codec::U8 = attrs::devlink::RELOAD_STATS_LIMIT,
        /// `reload-stats-value`.
        pub reload_stats_value: codec::U32 = attrs::devlink::RELOAD_STATS_VALUE,
        /// `remote-reload-stats`.
        pub remote_reload_stats: codec::Nested<DlReloadStats> = attrs::devlink::REMOTE_RELOAD_STATS,
        /// `reload-action-info`.
        pub reload_action_info: codec::Multi<codec::Nested<DlReloadActInfo>> = attrs::devlink::RELOAD_ACTION_INFO,
        /// `reload-action-stats`.
        pub reload_action_stats: codec::Multi<codec::Nested<DlReloadActStats>> = attrs::devlink::RELOAD_ACTION_STATS,
        /// `port-pci-sf-number`.
        pub port_pci_sf_number: codec::U32 = attrs::devlink::PORT_PCI_SF_NUMBER,
        /// `rate-type`.
        pub rate_type: codec::Enum16<RateType> = attrs::devlink::RATE_TYPE,
        /// `rate-tx-share`.
        pub rate_tx_share: codec::U64 = attrs::devlink::RATE_TX_SHARE,
        /// `rate-tx-max`.
        pub rate_tx_max: codec::U64 = attrs::devlink::RATE_TX_MAX,
        /// `rate-node-name`.
        pub rate_node_name: codec::Str = attrs::devlink::RATE_NODE_NAME,
        /// `rate-parent-node-name`.
        pub rate_parent_node_name: codec::Str = attrs::devlink::RATE_PARENT_NODE_NAME,
        /// `region-max-snapshots`.
        pub region_max_snapshots: codec::U32 = attrs::devlink::REGION_MAX_SNAPSHOTS,
        /// `linecard-index`.
        pub linecard_index: codec::U32 = attrs::devlink::LINECARD_INDEX,
        /// `linecard-state`.
        pub linecard_state: codec::U8 = attrs::devlink::LINECARD_STATE,
        /// `linecard-type`.
        pub linecard_type: codec::Str = attrs::devlink::LINECARD_TYPE,
        /// `linecard-supported-types`.
        pub linecard_supported_types: codec::Nested<DlLinecardSupportedTypes> = attrs::devlink::LINECARD_SUPPORTED_TYPES,
        /// `selftests`.
        pub selftests: codec::Nested<DlSelftestId> = attrs::devlink::SELFTESTS,
        /// `rate-tx-priority`.
        pub rate_tx_priority: codec::U32 = attrs::devlink::RATE_TX_PRIORITY,
        /// `rate-tx-weight`.
        pub rate_tx_weight: codec::U32 = attrs::devlink::RATE_TX_WEIGHT,
        /// `region-direct`.
        pub region_direct: codec::Flag = attrs::devlink::REGION_DIRECT,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dev-stats`. A subset of `devlink`: [`Devlink`].
    pub struct DlDevStats {}
    attributes {
        /// `reload-stats`.
        pub reload_stats: codec::Nested<DlReloadStats> = attrs::devlink::RELOAD_STATS,
        /// `remote-reload-stats`.
        pub remote_reload_stats: codec::Nested<DlReloadStats> = attrs::devlink::REMOTE_RELOAD_STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-reload-stats`. A subset of `devlink`: [`Devlink`].
    pub struct DlReloadStats {}
    attributes {
        /// `reload-action-info`.
        pub reload_action_info: codec::Multi<codec::Nested<DlReloadActInfo>> = attrs::devlink::RELOAD_ACTION_INFO,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-reload-act-info`. A subset of `devlink`: [`Devlink`].
    pub struct DlReloadActInfo {}
    attributes {
        /// `reload-action`.
        pub reload_action: codec::Enum8<ReloadAction> = attrs::devlink::RELOAD_ACTION,
        /// `reload-action-stats`.
        pub reload_action_stats: codec::Multi<codec::Nested<DlReloadActStats>> = attrs::devlink::RELOAD_ACTION_STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-reload-act-stats`. A subset of `devlink`: [`Devlink`].
    pub struct DlReloadActStats {}
    attributes {
        /// `reload-stats-entry`.
        pub reload_stats_entry: codec::Multi<codec::Nested<DlReloadStatsEntry>> = attrs::devlink::RELOAD_STATS_ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-reload-stats-entry`. A subset of `devlink`: [`Devlink`].
    pub struct DlReloadStatsEntry {}
    attributes {
        /// `reload-stats-limit`.
        pub reload_stats_limit: codec::U8 = attrs::devlink::RELOAD_STATS_LIMIT,
        /// `reload-stats-value`.
        pub reload_stats_value: codec::U32 = attrs::devlink::RELOAD_STATS_VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-info-version`. A subset of `devlink`: [`Devlink`].
    pub struct DlInfoVersion {}
    attributes {
        /// `info-version-name`.
        pub info_version_name: codec::Str = attrs::devlink::INFO_VERSION_NAME,
        /// `info-version-value`.
        pub info_version_value: codec::Str = attrs::devlink::INFO_VERSION_VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-port-function`.
    pub struct DlPortFunction {}
    attributes {
        /// `hw-addr`.
        pub hw_addr: codec::Bytes = attrs::dl_port_function::HW_ADDR,
        /// `state`.
        pub state: codec::Enum8<PortFnState> = attrs::dl_port_function::STATE,
        /// `opstate`.
        pub opstate: codec::Enum8<PortFnOpstate> = attrs::dl_port_function::OPSTATE,
        /// `caps`.
        pub caps: codec::Struct<codec::Bitfield32> = attrs::dl_port_function::CAPS,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-tables`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeTables {}
    attributes {
        /// `dpipe-table`.
        pub dpipe_table: codec::Multi<codec::Nested<DlDpipeTable>> = attrs::devlink::DPIPE_TABLE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-table`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeTable {}
    attributes {
        /// `dpipe-table-name`.
        pub dpipe_table_name: codec::Str = attrs::devlink::DPIPE_TABLE_NAME,
        /// `dpipe-table-size`.
        pub dpipe_table_size: codec::U64 = attrs::devlink::DPIPE_TABLE_SIZE,
        /// `dpipe-table-matches`.
        pub dpipe_table_matches: codec::Nested<DlDpipeTableMatches> = attrs::devlink::DPIPE_TABLE_MATCHES,
        /// `dpipe-table-actions`.
        pub dpipe_table_actions: codec::Nested<DlDpipeTableActions> = attrs::devlink::DPIPE_TABLE_ACTIONS,
        /// `dpipe-table-counters-enabled`.
        pub dpipe_table_counters_enabled: codec::U8 = attrs::devlink::DPIPE_TABLE_COUNTERS_ENABLED,
        /// `dpipe-table-resource-id`.
        pub dpipe_table_resource_id: codec::U64 = attrs::devlink::DPIPE_TABLE_RESOURCE_ID,
        /// `dpipe-table-resource-units`.
        pub dpipe_table_resource_units: codec::U64 = attrs::devlink::DPIPE_TABLE_RESOURCE_UNITS,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-table-matches`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeTableMatches {}
    attributes {
        /// `dpipe-match`.
        pub dpipe_match: codec::Multi<codec::Nested<DlDpipeMatch>> = attrs::devlink::DPIPE_MATCH,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-table-actions`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeTableActions {}
    attributes {
        /// `dpipe-action`.
        pub dpipe_action: codec::Multi<codec::Nested<DlDpipeAction>> = attrs::devlink::DPIPE_ACTION,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-entries`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeEntries {}
    attributes {
        /// `dpipe-entry`.
        pub dpipe_entry: codec::Multi<codec::Nested<DlDpipeEntry>> = attrs::devlink::DPIPE_ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-entry`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeEntry {}
    attributes {
        /// `dpipe-entry-index`.
        pub dpipe_entry_index: codec::U64 = attrs::devlink::DPIPE_ENTRY_INDEX,
        /// `dpipe-entry-match-values`.
        pub dpipe_entry_match_values: codec::Nested<DlDpipeEntryMatchValues> = attrs::devlink::DPIPE_ENTRY_MATCH_VALUES,
        /// `dpipe-entry-action-values`.
        pub dpipe_entry_action_values: codec::Nested<DlDpipeEntryActionValues> = attrs::devlink::DPIPE_ENTRY_ACTION_VALUES,
        /// `dpipe-entry-counter`.
        pub dpipe_entry_counter: codec::U64 = attrs::devlink::DPIPE_ENTRY_COUNTER,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-entry-match-values`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeEntryMatchValues {}
    attributes {
        /// `dpipe-match-value`.
        pub dpipe_match_value: codec::Multi<codec::Nested<DlDpipeMatchValue>> = attrs::devlink::DPIPE_MATCH_VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-entry-action-values`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeEntryActionValues {}
    attributes {
        /// `dpipe-action-value`.
        pub dpipe_action_value: codec::Multi<codec::Nested<DlDpipeActionValue>> = attrs::devlink::DPIPE_ACTION_VALUE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-match`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeMatch {}
    attributes {
        /// `dpipe-match-type`.
        pub dpipe_match_type: codec::Enum32<DpipeMatchType> = attrs::devlink::DPIPE_MATCH_TYPE,
        /// `dpipe-header-id`.
        pub dpipe_header_id: codec::Enum32<DpipeHeaderId> = attrs::devlink::DPIPE_HEADER_ID,
        /// `dpipe-header-global`.
        pub dpipe_header_global: codec::U8 = attrs::devlink::DPIPE_HEADER_GLOBAL,
        /// `dpipe-header-index`.
        pub dpipe_header_index: codec::U32 = attrs::devlink::DPIPE_HEADER_INDEX,
        /// `dpipe-field-id`.
        pub dpipe_field_id: codec::U32 = attrs::devlink::DPIPE_FIELD_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-match-value`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeMatchValue {}
    attributes {
        /// `dpipe-match`.
        pub dpipe_match: codec::Multi<codec::Nested<DlDpipeMatch>> = attrs::devlink::DPIPE_MATCH,
        /// `dpipe-value`.
        pub dpipe_value: codec::Bytes = attrs::devlink::DPIPE_VALUE,
        /// `dpipe-value-mask`.
        pub dpipe_value_mask: codec::Bytes = attrs::devlink::DPIPE_VALUE_MASK,
        /// `dpipe-value-mapping`.
        pub dpipe_value_mapping: codec::U32 = attrs::devlink::DPIPE_VALUE_MAPPING,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-action`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeAction {}
    attributes {
        /// `dpipe-action-type`.
        pub dpipe_action_type: codec::Enum32<DpipeActionType> = attrs::devlink::DPIPE_ACTION_TYPE,
        /// `dpipe-header-id`.
        pub dpipe_header_id: codec::Enum32<DpipeHeaderId> = attrs::devlink::DPIPE_HEADER_ID,
        /// `dpipe-header-global`.
        pub dpipe_header_global: codec::U8 = attrs::devlink::DPIPE_HEADER_GLOBAL,
        /// `dpipe-header-index`.
        pub dpipe_header_index: codec::U32 = attrs::devlink::DPIPE_HEADER_INDEX,
        /// `dpipe-field-id`.
        pub dpipe_field_id: codec::U32 = attrs::devlink::DPIPE_FIELD_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-action-value`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeActionValue {}
    attributes {
        /// `dpipe-action`.
        pub dpipe_action: codec::Multi<codec::Nested<DlDpipeAction>> = attrs::devlink::DPIPE_ACTION,
        /// `dpipe-value`.
        pub dpipe_value: codec::Bytes = attrs::devlink::DPIPE_VALUE,
        /// `dpipe-value-mask`.
        pub dpipe_value_mask: codec::Bytes = attrs::devlink::DPIPE_VALUE_MASK,
        /// `dpipe-value-mapping`.
        pub dpipe_value_mapping: codec::U32 = attrs::devlink::DPIPE_VALUE_MAPPING,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-headers`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeHeaders {}
    attributes {
        /// `dpipe-header`.
        pub dpipe_header: codec::Multi<codec::Nested<DlDpipeHeader>> = attrs::devlink::DPIPE_HEADER,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-header`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeHeader {}
    attributes {
        /// `dpipe-header-name`.
        pub dpipe_header_name: codec::Str = attrs::devlink::DPIPE_HEADER_NAME,
        /// `dpipe-header-id`.
        pub dpipe_header_id: codec::Enum32<DpipeHeaderId> = attrs::devlink::DPIPE_HEADER_ID,
        /// `dpipe-header-global`.
        pub dpipe_header_global: codec::U8 = attrs::devlink::DPIPE_HEADER_GLOBAL,
        /// `dpipe-header-fields`.
        pub dpipe_header_fields: codec::Nested<DlDpipeHeaderFields> = attrs::devlink::DPIPE_HEADER_FIELDS,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-header-fields`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeHeaderFields {}
    attributes {
        /// `dpipe-field`.
        pub dpipe_field: codec::Multi<codec::Nested<DlDpipeField>> = attrs::devlink::DPIPE_FIELD,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-dpipe-field`. A subset of `devlink`: [`Devlink`].
    pub struct DlDpipeField {}
    attributes {
        /// `dpipe-field-name`.
        pub dpipe_field_name: codec::Str = attrs::devlink::DPIPE_FIELD_NAME,
        /// `dpipe-field-id`.
        pub dpipe_field_id: codec::U32 = attrs::devlink::DPIPE_FIELD_ID,
        /// `dpipe-field-bitwidth`.
        pub dpipe_field_bitwidth: codec::U32 = attrs::devlink::DPIPE_FIELD_BITWIDTH,
        /// `dpipe-field-mapping-type`.
        pub dpipe_field_mapping_type: codec::Enum32<DpipeFieldMappingType> = attrs::devlink::DPIPE_FIELD_MAPPING_TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-resource`. A subset of `devlink`: [`Devlink`].
    pub struct DlResource {}
    attributes {
        /// `resource-name`.
        pub resource_name: codec::Str = attrs::devlink::RESOURCE_NAME,
        /// `resource-id`.
        pub resource_id: codec::U64 = attrs::devlink::RESOURCE_ID,
        /// `resource-size`.
        pub resource_size: codec::U64 = attrs::devlink::RESOURCE_SIZE,
        /// `resource-size-new`.
        pub resource_size_new: codec::U64 = attrs::devlink::RESOURCE_SIZE_NEW,
        /// `resource-size-valid`.
        pub resource_size_valid: codec::U8 = attrs::devlink::RESOURCE_SIZE_VALID,
        /// `resource-size-min`.
        pub resource_size_min: codec::U64 = attrs::devlink::RESOURCE_SIZE_MIN,
        /// `resource-size-max`.
        pub resource_size_max: codec::U64 = attrs::devlink::RESOURCE_SIZE_MAX,
        /// `resource-size-gran`.
        pub resource_size_gran: codec::U64 = attrs::devlink::RESOURCE_SIZE_GRAN,
        /// `resource-unit`.
        pub resource_unit: codec::Enum8<ResourceUnit> = attrs::devlink::RESOURCE_UNIT,
        /// `resource-occ`.
        pub resource_occ: codec::U64 = attrs::devlink::RESOURCE_OCC,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-resource-list`. A subset of `devlink`: [`Devlink`].
    pub struct DlResourceList {}
    attributes {
        /// `resource`.
        pub resource: codec::Multi<codec::Nested<DlResource>> = attrs::devlink::RESOURCE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-param`. A subset of `devlink`: [`Devlink`].
    pub struct DlParam {}
    attributes {
        /// `param-name`.
        pub param_name: codec::Str = attrs::devlink::PARAM_NAME,
        /// `param-generic`.
        pub param_generic: codec::Flag = attrs::devlink::PARAM_GENERIC,
        /// `param-type`.
        pub param_type: codec::U8 = attrs::devlink::PARAM_TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-region-snapshots`. A subset of `devlink`: [`Devlink`].
    pub struct DlRegionSnapshots {}
    attributes {
        /// `region-snapshot`.
        pub region_snapshot: codec::Nested<DlRegionSnapshot> = attrs::devlink::REGION_SNAPSHOT,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-region-snapshot`. A subset of `devlink`: [`Devlink`].
    pub struct DlRegionSnapshot {}
    attributes {
        /// `region-snapshot-id`.
        pub region_snapshot_id: codec::U32 = attrs::devlink::REGION_SNAPSHOT_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-region-chunks`. A subset of `devlink`: [`Devlink`].
    pub struct DlRegionChunks {}
    attributes {
        /// `region-chunk`.
        pub region_chunk: codec::Nested<DlRegionChunk> = attrs::devlink::REGION_CHUNK,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-region-chunk`. A subset of `devlink`: [`Devlink`].
    pub struct DlRegionChunk {}
    attributes {
        /// `region-chunk-data`.
        pub region_chunk_data: codec::Bytes = attrs::devlink::REGION_CHUNK_DATA,
        /// `region-chunk-addr`.
        pub region_chunk_addr: codec::U64 = attrs::devlink::REGION_CHUNK_ADDR,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-fmsg`. A subset of `devlink`: [`Devlink`].
    pub struct DlFmsg {}
    attributes {
        /// `fmsg-obj-nest-start`.
        pub fmsg_obj_nest_start: codec::Flag = attrs::devlink::FMSG_OBJ_NEST_START,
        /// `fmsg-pair-nest-start`.
        pub fmsg_pair_nest_start: codec::Flag = attrs::devlink::FMSG_PAIR_NEST_START,
        /// `fmsg-arr-nest-start`.
        pub fmsg_arr_nest_start: codec::Flag = attrs::devlink::FMSG_ARR_NEST_START,
        /// `fmsg-nest-end`.
        pub fmsg_nest_end: codec::Flag = attrs::devlink::FMSG_NEST_END,
        /// `fmsg-obj-name`.
        pub fmsg_obj_name: codec::Str = attrs::devlink::FMSG_OBJ_NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-health-reporter`. A subset of `devlink`: [`Devlink`].
    pub struct DlHealthReporter {}
    attributes {
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
        /// `health-reporter-state`.
        pub health_reporter_state: codec::U8 = attrs::devlink::HEALTH_REPORTER_STATE,
        /// `health-reporter-err-count`.
        pub health_reporter_err_count: codec::U64 = attrs::devlink::HEALTH_REPORTER_ERR_COUNT,
        /// `health-reporter-recover-count`.
        pub health_reporter_recover_count: codec::U64 = attrs::devlink::HEALTH_REPORTER_RECOVER_COUNT,
        /// `health-reporter-graceful-period`.
        pub health_reporter_graceful_period: codec::U64 = attrs::devlink::HEALTH_REPORTER_GRACEFUL_PERIOD,
        /// `health-reporter-auto-recover`.
        pub health_reporter_auto_recover: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_RECOVER,
        /// `health-reporter-dump-ts`.
        pub health_reporter_dump_ts: codec::U64 = attrs::devlink::HEALTH_REPORTER_DUMP_TS,
        /// `health-reporter-dump-ts-ns`.
        pub health_reporter_dump_ts_ns: codec::U64 = attrs::devlink::HEALTH_REPORTER_DUMP_TS_NS,
        /// `health-reporter-auto-dump`.
        pub health_reporter_auto_dump: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_DUMP,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-attr-stats`.
    pub struct DlAttrStats {}
    attributes {
        /// `stats-rx-packets`.
        pub stats_rx_packets: codec::U64 = attrs::dl_attr_stats::STATS_RX_PACKETS,
        /// `stats-rx-bytes`.
        pub stats_rx_bytes: codec::U64 = attrs::dl_attr_stats::STATS_RX_BYTES,
        /// `stats-rx-dropped`.
        pub stats_rx_dropped: codec::U64 = attrs::dl_attr_stats::STATS_RX_DROPPED,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-trap-metadata`.
    pub struct DlTrapMetadata {}
    attributes {
        /// `trap-metadata-type-in-port`.
        pub trap_metadata_type_in_port: codec::Flag = attrs::dl_trap_metadata::TRAP_METADATA_TYPE_IN_PORT,
        /// `trap-metadata-type-fa-cookie`.
        pub trap_metadata_type_fa_cookie: codec::Flag = attrs::dl_trap_metadata::TRAP_METADATA_TYPE_FA_COOKIE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-linecard-supported-types`. A subset of `devlink`: [`Devlink`].
    pub struct DlLinecardSupportedTypes {}
    attributes {
        /// `linecard-type`.
        pub linecard_type: codec::Str = attrs::devlink::LINECARD_TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `dl-selftest-id`.
    pub struct DlSelftestId {}
    attributes {
        /// `flash`.
        pub flash: codec::Flag = attrs::dl_selftest_id::FLASH,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get`: Get devlink instances.
    pub const GET: u8 = 1;
    /// `get` (reply): Get devlink instances.
    pub const GET_REPLY: u8 = 3;
    /// `port-get`: Get devlink port instances.
    pub const PORT_GET: u8 = 5;
    /// `port-get` (reply): Get devlink port instances.
    pub const PORT_GET_REPLY: u8 = 7;
    /// `port-set`: Set devlink port instances.
    pub const PORT_SET: u8 = 6;
    /// `port-new`: Create devlink port instances.
    pub const PORT_NEW: u8 = 7;
    /// `port-del`: Delete devlink port instances.
    pub const PORT_DEL: u8 = 8;
    /// `port-split`: Split devlink port instances.
    pub const PORT_SPLIT: u8 = 9;
    /// `port-unsplit`: Unplit devlink port instances.
    pub const PORT_UNSPLIT: u8 = 10;
    /// `sb-get`: Get shared buffer instances.
    pub const SB_GET: u8 = 11;
    /// `sb-get` (reply): Get shared buffer instances.
    pub const SB_GET_REPLY: u8 = 13;
    /// `sb-pool-get`: Get shared buffer pool instances.
    pub const SB_POOL_GET: u8 = 15;
    /// `sb-pool-get` (reply): Get shared buffer pool instances.
    pub const SB_POOL_GET_REPLY: u8 = 17;
    /// `sb-pool-set`: Set shared buffer pool instances.
    pub const SB_POOL_SET: u8 = 16;
    /// `sb-port-pool-get`: Get shared buffer port-pool combinations and threshold.
    pub const SB_PORT_POOL_GET: u8 = 19;
    /// `sb-port-pool-get` (reply): Get shared buffer port-pool combinations and threshold.
    pub const SB_PORT_POOL_GET_REPLY: u8 = 21;
    /// `sb-port-pool-set`: Set shared buffer port-pool combinations and threshold.
    pub const SB_PORT_POOL_SET: u8 = 20;
    /// `sb-tc-pool-bind-get`: Get shared buffer port-TC to pool bindings and threshold.
    pub const SB_TC_POOL_BIND_GET: u8 = 23;
    /// `sb-tc-pool-bind-get` (reply): Get shared buffer port-TC to pool bindings and threshold.
    pub const SB_TC_POOL_BIND_GET_REPLY: u8 = 25;
    /// `sb-tc-pool-bind-set`: Set shared buffer port-TC to pool bindings and threshold.
    pub const SB_TC_POOL_BIND_SET: u8 = 24;
    /// `sb-occ-snapshot`: Take occupancy snapshot of shared buffer.
    pub const SB_OCC_SNAPSHOT: u8 = 27;
    /// `sb-occ-max-clear`: Clear occupancy watermarks of shared buffer.
    pub const SB_OCC_MAX_CLEAR: u8 = 28;
    /// `eswitch-get`: Get eswitch attributes.
    pub const ESWITCH_GET: u8 = 29;
    /// `eswitch-set`: Set eswitch attributes.
    pub const ESWITCH_SET: u8 = 30;
    /// `dpipe-table-get`: Get dpipe table attributes.
    pub const DPIPE_TABLE_GET: u8 = 31;
    /// `dpipe-entries-get`: Get dpipe entries attributes.
    pub const DPIPE_ENTRIES_GET: u8 = 32;
    /// `dpipe-headers-get`: Get dpipe headers attributes.
    pub const DPIPE_HEADERS_GET: u8 = 33;
    /// `dpipe-table-counters-set`: Set dpipe counter attributes.
    pub const DPIPE_TABLE_COUNTERS_SET: u8 = 34;
    /// `resource-set`: Set resource attributes.
    pub const RESOURCE_SET: u8 = 35;
    /// `resource-dump`: Get resource attributes.
    pub const RESOURCE_DUMP: u8 = 36;
    /// `reload`: Reload devlink.
    pub const RELOAD: u8 = 37;
    /// `param-get`: Get param instances.
    pub const PARAM_GET: u8 = 38;
    /// `param-set`: Set param instances.
    pub const PARAM_SET: u8 = 39;
    /// `region-get`: Get region instances.
    pub const REGION_GET: u8 = 42;
    /// `region-new`: Create region snapshot.
    pub const REGION_NEW: u8 = 44;
    /// `region-del`: Delete region snapshot.
    pub const REGION_DEL: u8 = 45;
    /// `region-read`: Read region data.
    pub const REGION_READ: u8 = 46;
    /// `port-param-get`: Get port param instances.
    pub const PORT_PARAM_GET: u8 = 47;
    /// `port-param-set`: Set port param instances.
    pub const PORT_PARAM_SET: u8 = 48;
    /// `info-get`: Get device information, like driver name, hardware and firmware versions etc.
    pub const INFO_GET: u8 = 51;
    /// `health-reporter-get`: Get health reporter instances.
    pub const HEALTH_REPORTER_GET: u8 = 52;
    /// `health-reporter-set`: Set health reporter instances.
    pub const HEALTH_REPORTER_SET: u8 = 53;
    /// `health-reporter-recover`: Recover health reporter instances.
    pub const HEALTH_REPORTER_RECOVER: u8 = 54;
    /// `health-reporter-diagnose`: Diagnose health reporter instances.
    pub const HEALTH_REPORTER_DIAGNOSE: u8 = 55;
    /// `health-reporter-dump-get`: Dump health reporter instances.
    pub const HEALTH_REPORTER_DUMP_GET: u8 = 56;
    /// `health-reporter-dump-clear`: Clear dump of health reporter instances.
    pub const HEALTH_REPORTER_DUMP_CLEAR: u8 = 57;
    /// `flash-update`: Flash update devlink instances.
    pub const FLASH_UPDATE: u8 = 58;
    /// `trap-get`: Get trap instances.
    pub const TRAP_GET: u8 = 61;
    /// `trap-get` (reply): Get trap instances.
    pub const TRAP_GET_REPLY: u8 = 63;
    /// `trap-set`: Set trap instances.
    pub const TRAP_SET: u8 = 62;
    /// `trap-group-get`: Get trap group instances.
    pub const TRAP_GROUP_GET: u8 = 65;
    /// `trap-group-get` (reply): Get trap group instances.
    pub const TRAP_GROUP_GET_REPLY: u8 = 67;
    /// `trap-group-set`: Set trap group instances.
    pub const TRAP_GROUP_SET: u8 = 66;
    /// `trap-policer-get`: Get trap policer instances.
    pub const TRAP_POLICER_GET: u8 = 69;
    /// `trap-policer-get` (reply): Get trap policer instances.
    pub const TRAP_POLICER_GET_REPLY: u8 = 71;
    /// `trap-policer-set`: Get trap policer instances.
    pub const TRAP_POLICER_SET: u8 = 70;
    /// `health-reporter-test`: Test health reporter instances.
    pub const HEALTH_REPORTER_TEST: u8 = 73;
    /// `rate-get`: Get rate instances.
    pub const RATE_GET: u8 = 74;
    /// `rate-get` (reply): Get rate instances.
    pub const RATE_GET_REPLY: u8 = 76;
    /// `rate-set`: Set rate instances.
    pub const RATE_SET: u8 = 75;
    /// `rate-new`: Create rate instances.
    pub const RATE_NEW: u8 = 76;
    /// `rate-del`: Delete rate instances.
    pub const RATE_DEL: u8 = 77;
    /// `linecard-get`: Get line card instances.
    pub const LINECARD_GET: u8 = 78;
    /// `linecard-get` (reply): Get line card instances.
    pub const LINECARD_GET_REPLY: u8 = 80;
    /// `linecard-set`: Set line card instances.
    pub const LINECARD_SET: u8 = 79;
    /// `selftests-get`: Get device selftest instances.
    pub const SELFTESTS_GET: u8 = 82;
    /// `selftests-run`: Run device selftest instances.
    pub const SELFTESTS_RUN: u8 = 83;
    /// `notify-filter-set`: Set notification messages socket filter.
    pub const NOTIFY_FILTER_SET: u8 = 84;
}

crate::attribute_set! {
    /// The request of `get`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct GetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Reply for Devlink {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `get` (do): Get devlink instances.
///
/// Each reply is a [`Devlink`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get` (dump): attributes of `devlink`.
    pub struct GetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for GetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `get` (dump): Get devlink instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `port-get`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`).
    pub struct PortGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for PortGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PORT_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-get` (do): Get devlink port instances.
///
/// Each reply is a [`Devlink`].
pub fn port_get(family_id: u16, request: &PortGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct PortGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for PortGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PORT_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-get` (dump): Get devlink port instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn port_get_dump(family_id: u16, request: &PortGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-set`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `port-type`, `port-function`).
    pub struct PortSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `port-type`.
        pub port_type: codec::Enum16<PortType> = attrs::devlink::PORT_TYPE,
        /// `port-function`.
        pub port_function: codec::Nested<DlPortFunction> = attrs::devlink::PORT_FUNCTION,
    }
}

impl crate::genl::Request for PortSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PORT_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-set` (do): Set devlink port instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn port_set(family_id: u16, request: &PortSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-new`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `port-flavour`, `port-pci-pf-number`, `port-pci-sf-number`, `port-controller-number`).
    pub struct PortNewRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `port-flavour`.
        pub port_flavour: codec::Enum16<PortFlavour> = attrs::devlink::PORT_FLAVOUR,
        /// `port-pci-pf-number`.
        pub port_pci_pf_number: codec::U16 = attrs::devlink::PORT_PCI_PF_NUMBER,
        /// `port-pci-sf-number`.
        pub port_pci_sf_number: codec::U32 = attrs::devlink::PORT_PCI_SF_NUMBER,
        /// `port-controller-number`.
        pub port_controller_number: codec::U32 = attrs::devlink::PORT_CONTROLLER_NUMBER,
    }
}

impl crate::genl::Request for PortNewRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PORT_NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-new` (do): Create devlink port instances.
///
/// Each reply is a [`Devlink`]. Needs admin-perm.
pub fn port_new(family_id: u16, request: &PortNewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_NEW, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-del`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`).
    pub struct PortDelRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for PortDelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PORT_DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-del` (do): Delete devlink port instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn port_del(family_id: u16, request: &PortDelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-split`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `port-split-count`).
    pub struct PortSplitRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `port-split-count`.
        pub port_split_count: codec::U32 = attrs::devlink::PORT_SPLIT_COUNT,
    }
}

impl crate::genl::Request for PortSplitRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PORT_SPLIT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-split` (do): Split devlink port instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn port_split(family_id: u16, request: &PortSplitRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_SPLIT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-unsplit`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`).
    pub struct PortUnsplitRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for PortUnsplitRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PORT_UNSPLIT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-unsplit` (do): Unplit devlink port instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn port_unsplit(family_id: u16, request: &PortUnsplitRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_UNSPLIT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-get`: attributes of `devlink` (`bus-name`, `dev-name`, `sb-index`).
    pub struct SbGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
    }
}

impl crate::genl::Request for SbGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-get` (do): Get shared buffer instances.
///
/// Each reply is a [`Devlink`].
pub fn sb_get(family_id: u16, request: &SbGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct SbGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for SbGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-get` (dump): Get shared buffer instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn sb_get_dump(family_id: u16, request: &SbGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-pool-get`: attributes of `devlink` (`bus-name`, `dev-name`, `sb-index`,
    /// `sb-pool-index`).
    pub struct SbPoolGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
    }
}

impl crate::genl::Request for SbPoolGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-pool-get` (do): Get shared buffer pool instances.
///
/// Each reply is a [`Devlink`].
pub fn sb_pool_get(family_id: u16, request: &SbPoolGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_POOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-pool-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct SbPoolGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for SbPoolGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-pool-get` (dump): Get shared buffer pool instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn sb_pool_get_dump(family_id: u16, request: &SbPoolGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_POOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-pool-set`: attributes of `devlink` (`bus-name`, `dev-name`, `sb-index`,
    /// `sb-pool-index`, `sb-pool-threshold-type`, `sb-pool-size`).
    pub struct SbPoolSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
        /// `sb-pool-threshold-type`.
        pub sb_pool_threshold_type: codec::Enum8<SbThresholdType> = attrs::devlink::SB_POOL_THRESHOLD_TYPE,
        /// `sb-pool-size`.
        pub sb_pool_size: codec::U32 = attrs::devlink::SB_POOL_SIZE,
    }
}

impl crate::genl::Request for SbPoolSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SB_POOL_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-pool-set` (do): Set shared buffer pool instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn sb_pool_set(family_id: u16, request: &SbPoolSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_POOL_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-port-pool-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `sb-index`, `sb-pool-index`).
    pub struct SbPortPoolGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
    }
}

impl crate::genl::Request for SbPortPoolGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_PORT_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-port-pool-get` (do): Get shared buffer port-pool combinations and threshold.
///
/// Each reply is a [`Devlink`].
pub fn sb_port_pool_get(family_id: u16, request: &SbPortPoolGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_PORT_POOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-port-pool-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct SbPortPoolGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for SbPortPoolGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_PORT_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-port-pool-get` (dump): Get shared buffer port-pool combinations and threshold.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn sb_port_pool_get_dump(family_id: u16, request: &SbPortPoolGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_PORT_POOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-port-pool-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `sb-index`, `sb-pool-index`, `sb-threshold`).
    pub struct SbPortPoolSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
        /// `sb-threshold`.
        pub sb_threshold: codec::U32 = attrs::devlink::SB_THRESHOLD,
    }
}

impl crate::genl::Request for SbPortPoolSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SB_PORT_POOL_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-port-pool-set` (do): Set shared buffer port-pool combinations and threshold.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn sb_port_pool_set(family_id: u16, request: &SbPortPoolSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_PORT_POOL_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-tc-pool-bind-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `sb-index`, `sb-pool-type`, `sb-tc-index`).
    pub struct SbTcPoolBindGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-type`.
        pub sb_pool_type: codec::Enum8<SbPoolType> = attrs::devlink::SB_POOL_TYPE,
        /// `sb-tc-index`.
        pub sb_tc_index: codec::U16 = attrs::devlink::SB_TC_INDEX,
    }
}

impl crate::genl::Request for SbTcPoolBindGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_TC_POOL_BIND_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-tc-pool-bind-get` (do): Get shared buffer port-TC to pool bindings and threshold.
///
/// Each reply is a [`Devlink`].
pub fn sb_tc_pool_bind_get(family_id: u16, request: &SbTcPoolBindGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_TC_POOL_BIND_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-tc-pool-bind-get` (dump): attributes of `devlink` (`bus-name`,
    /// `dev-name`).
    pub struct SbTcPoolBindGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for SbTcPoolBindGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SB_TC_POOL_BIND_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-tc-pool-bind-get` (dump): Get shared buffer port-TC to pool bindings and threshold.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn sb_tc_pool_bind_get_dump(family_id: u16, request: &SbTcPoolBindGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_TC_POOL_BIND_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-tc-pool-bind-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `sb-index`, `sb-pool-index`, `sb-pool-type`, `sb-tc-index`, `sb-threshold`).
    pub struct SbTcPoolBindSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
        /// `sb-pool-index`.
        pub sb_pool_index: codec::U16 = attrs::devlink::SB_POOL_INDEX,
        /// `sb-pool-type`.
        pub sb_pool_type: codec::Enum8<SbPoolType> = attrs::devlink::SB_POOL_TYPE,
        /// `sb-tc-index`.
        pub sb_tc_index: codec::U16 = attrs::devlink::SB_TC_INDEX,
        /// `sb-threshold`.
        pub sb_threshold: codec::U32 = attrs::devlink::SB_THRESHOLD,
    }
}

impl crate::genl::Request for SbTcPoolBindSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SB_TC_POOL_BIND_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-tc-pool-bind-set` (do): Set shared buffer port-TC to pool bindings and threshold.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn sb_tc_pool_bind_set(family_id: u16, request: &SbTcPoolBindSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_TC_POOL_BIND_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-occ-snapshot`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `sb-index`).
    pub struct SbOccSnapshotRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
    }
}

impl crate::genl::Request for SbOccSnapshotRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SB_OCC_SNAPSHOT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-occ-snapshot` (do): Take occupancy snapshot of shared buffer.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn sb_occ_snapshot(family_id: u16, request: &SbOccSnapshotRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_OCC_SNAPSHOT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `sb-occ-max-clear`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `sb-index`).
    pub struct SbOccMaxClearRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `sb-index`.
        pub sb_index: codec::U32 = attrs::devlink::SB_INDEX,
    }
}

impl crate::genl::Request for SbOccMaxClearRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SB_OCC_MAX_CLEAR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `sb-occ-max-clear` (do): Clear occupancy watermarks of shared buffer.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn sb_occ_max_clear(family_id: u16, request: &SbOccMaxClearRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SB_OCC_MAX_CLEAR, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `eswitch-get`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct EswitchGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for EswitchGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::ESWITCH_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `eswitch-get` (do): Get eswitch attributes.
///
/// Each reply is a [`Devlink`]. Needs admin-perm.
pub fn eswitch_get(family_id: u16, request: &EswitchGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ESWITCH_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `eswitch-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `eswitch-mode`, `eswitch-inline-mode`, `eswitch-encap-mode`).
    pub struct EswitchSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `eswitch-mode`.
        pub eswitch_mode: codec::Enum16<EswitchMode> = attrs::devlink::ESWITCH_MODE,
        /// `eswitch-inline-mode`.
        pub eswitch_inline_mode: codec::Enum8<EswitchInlineMode> = attrs::devlink::ESWITCH_INLINE_MODE,
        /// `eswitch-encap-mode`.
        pub eswitch_encap_mode: codec::Enum8<EswitchEncapMode> = attrs::devlink::ESWITCH_ENCAP_MODE,
    }
}

impl crate::genl::Request for EswitchSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::ESWITCH_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `eswitch-set` (do): Set eswitch attributes.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn eswitch_set(family_id: u16, request: &EswitchSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ESWITCH_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dpipe-table-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `dpipe-table-name`).
    pub struct DpipeTableGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `dpipe-table-name`.
        pub dpipe_table_name: codec::Str = attrs::devlink::DPIPE_TABLE_NAME,
    }
}

impl crate::genl::Request for DpipeTableGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::DPIPE_TABLE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `dpipe-table-get` (do): Get dpipe table attributes.
///
/// Each reply is a [`Devlink`].
pub fn dpipe_table_get(family_id: u16, request: &DpipeTableGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DPIPE_TABLE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dpipe-entries-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `dpipe-table-name`).
    pub struct DpipeEntriesGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `dpipe-table-name`.
        pub dpipe_table_name: codec::Str = attrs::devlink::DPIPE_TABLE_NAME,
    }
}

impl crate::genl::Request for DpipeEntriesGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::DPIPE_ENTRIES_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `dpipe-entries-get` (do): Get dpipe entries attributes.
///
/// Each reply is a [`Devlink`].
pub fn dpipe_entries_get(family_id: u16, request: &DpipeEntriesGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DPIPE_ENTRIES_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dpipe-headers-get`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct DpipeHeadersGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for DpipeHeadersGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::DPIPE_HEADERS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `dpipe-headers-get` (do): Get dpipe headers attributes.
///
/// Each reply is a [`Devlink`].
pub fn dpipe_headers_get(family_id: u16, request: &DpipeHeadersGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DPIPE_HEADERS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dpipe-table-counters-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `dpipe-table-name`, `dpipe-table-counters-enabled`).
    pub struct DpipeTableCountersSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `dpipe-table-name`.
        pub dpipe_table_name: codec::Str = attrs::devlink::DPIPE_TABLE_NAME,
        /// `dpipe-table-counters-enabled`.
        pub dpipe_table_counters_enabled: codec::U8 = attrs::devlink::DPIPE_TABLE_COUNTERS_ENABLED,
    }
}

impl crate::genl::Request for DpipeTableCountersSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DPIPE_TABLE_COUNTERS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `dpipe-table-counters-set` (do): Set dpipe counter attributes.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn dpipe_table_counters_set(family_id: u16, request: &DpipeTableCountersSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DPIPE_TABLE_COUNTERS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `resource-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `resource-id`, `resource-size`).
    pub struct ResourceSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `resource-id`.
        pub resource_id: codec::U64 = attrs::devlink::RESOURCE_ID,
        /// `resource-size`.
        pub resource_size: codec::U64 = attrs::devlink::RESOURCE_SIZE,
    }
}

impl crate::genl::Request for ResourceSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::RESOURCE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `resource-set` (do): Set resource attributes.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn resource_set(family_id: u16, request: &ResourceSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RESOURCE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `resource-dump`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct ResourceDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for ResourceDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::RESOURCE_DUMP;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `resource-dump` (do): Get resource attributes.
///
/// Each reply is a [`Devlink`].
pub fn resource_dump(family_id: u16, request: &ResourceDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RESOURCE_DUMP, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `reload`: attributes of `devlink` (`bus-name`, `dev-name`, `reload-action`,
    /// `reload-limits`, `netns-pid`, `netns-fd`, `netns-id`).
    pub struct ReloadRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `reload-action`.
        pub reload_action: codec::Enum8<ReloadAction> = attrs::devlink::RELOAD_ACTION,
        /// `reload-limits`.
        pub reload_limits: codec::Struct<codec::Bitfield32> = attrs::devlink::RELOAD_LIMITS,
        /// `netns-pid`.
        pub netns_pid: codec::U32 = attrs::devlink::NETNS_PID,
        /// `netns-fd`.
        pub netns_fd: codec::U32 = attrs::devlink::NETNS_FD,
        /// `netns-id`.
        pub netns_id: codec::U32 = attrs::devlink::NETNS_ID,
    }
}

impl crate::genl::Request for ReloadRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::RELOAD;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `reload` (do): Reload devlink.
///
/// Each reply is a [`Devlink`]. Needs admin-perm.
pub fn reload(family_id: u16, request: &ReloadRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RELOAD, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `param-get`: attributes of `devlink` (`bus-name`, `dev-name`, `param-name`).
    pub struct ParamGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `param-name`.
        pub param_name: codec::Str = attrs::devlink::PARAM_NAME,
    }
}

impl crate::genl::Request for ParamGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PARAM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `param-get` (do): Get param instances.
///
/// Each reply is a [`Devlink`].
pub fn param_get(family_id: u16, request: &ParamGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PARAM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `param-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct ParamGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for ParamGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PARAM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `param-get` (dump): Get param instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn param_get_dump(family_id: u16, request: &ParamGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PARAM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `param-set`: attributes of `devlink` (`bus-name`, `dev-name`, `param-name`,
    /// `param-type`, `param-value-cmode`).
    pub struct ParamSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `param-name`.
        pub param_name: codec::Str = attrs::devlink::PARAM_NAME,
        /// `param-type`.
        pub param_type: codec::U8 = attrs::devlink::PARAM_TYPE,
        /// `param-value-cmode`.
        pub param_value_cmode: codec::Enum8<ParamCmode> = attrs::devlink::PARAM_VALUE_CMODE,
    }
}

impl crate::genl::Request for ParamSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PARAM_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `param-set` (do): Set param instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn param_set(family_id: u16, request: &ParamSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PARAM_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `region-get`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `region-name`).
    pub struct RegionGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `region-name`.
        pub region_name: codec::Str = attrs::devlink::REGION_NAME,
    }
}

impl crate::genl::Request for RegionGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::REGION_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `region-get` (do): Get region instances.
///
/// Each reply is a [`Devlink`].
pub fn region_get(family_id: u16, request: &RegionGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REGION_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `region-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct RegionGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for RegionGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::REGION_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `region-get` (dump): Get region instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn region_get_dump(family_id: u16, request: &RegionGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REGION_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `region-new`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `region-name`, `region-snapshot-id`).
    pub struct RegionNewRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `region-name`.
        pub region_name: codec::Str = attrs::devlink::REGION_NAME,
        /// `region-snapshot-id`.
        pub region_snapshot_id: codec::U32 = attrs::devlink::REGION_SNAPSHOT_ID,
    }
}

impl crate::genl::Request for RegionNewRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::REGION_NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `region-new` (do): Create region snapshot.
///
/// Each reply is a [`Devlink`]. Needs admin-perm.
pub fn region_new(family_id: u16, request: &RegionNewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REGION_NEW, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `region-del`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `region-name`, `region-snapshot-id`).
    pub struct RegionDelRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `region-name`.
        pub region_name: codec::Str = attrs::devlink::REGION_NAME,
        /// `region-snapshot-id`.
        pub region_snapshot_id: codec::U32 = attrs::devlink::REGION_SNAPSHOT_ID,
    }
}

impl crate::genl::Request for RegionDelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::REGION_DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `region-del` (do): Delete region snapshot.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn region_del(family_id: u16, request: &RegionDelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REGION_DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `region-read` (dump): attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `region-name`, `region-snapshot-id`, `region-direct`, `region-chunk-addr`,
    /// `region-chunk-len`).
    pub struct RegionReadDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `region-name`.
        pub region_name: codec::Str = attrs::devlink::REGION_NAME,
        /// `region-snapshot-id`.
        pub region_snapshot_id: codec::U32 = attrs::devlink::REGION_SNAPSHOT_ID,
        /// `region-direct`.
        pub region_direct: codec::Flag = attrs::devlink::REGION_DIRECT,
        /// `region-chunk-addr`.
        pub region_chunk_addr: codec::U64 = attrs::devlink::REGION_CHUNK_ADDR,
        /// `region-chunk-len`.
        pub region_chunk_len: codec::U64 = attrs::devlink::REGION_CHUNK_LEN,
    }
}

impl crate::genl::Request for RegionReadDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::REGION_READ;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `region-read` (dump): Read region data.
///
/// Each reply is a [`Devlink`]. Needs admin-perm. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn region_read_dump(family_id: u16, request: &RegionReadDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REGION_READ, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-param-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`).
    pub struct PortParamGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for PortParamGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PORT_PARAM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-param-get` (do): Get port param instances.
///
/// Each reply is a [`Devlink`].
pub fn port_param_get(family_id: u16, request: &PortParamGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_PARAM_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-param-get` (dump): attributes of `devlink`.
    pub struct PortParamGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for PortParamGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::PORT_PARAM_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-param-get` (dump): Get port param instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn port_param_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::PORT_PARAM_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `port-param-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`).
    pub struct PortParamSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for PortParamSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PORT_PARAM_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `port-param-set` (do): Set port param instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn port_param_set(family_id: u16, request: &PortParamSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_PARAM_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `info-get`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct InfoGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for InfoGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::INFO_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `info-get` (do): Get device information, like driver name, hardware and firmware versions etc.
///
/// Each reply is a [`Devlink`].
pub fn info_get(family_id: u16, request: &InfoGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::INFO_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `info-get` (dump): attributes of `devlink`.
    pub struct InfoGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for InfoGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::INFO_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `info-get` (dump): Get device information, like driver name, hardware and firmware versions etc.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn info_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::INFO_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `health-reporter-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `health-reporter-name`).
    pub struct HealthReporterGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::HEALTH_REPORTER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-get` (do): Get health reporter instances.
///
/// Each reply is a [`Devlink`].
pub fn health_reporter_get(family_id: u16, request: &HealthReporterGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-get` (dump): attributes of `devlink` (`bus-name`,
    /// `dev-name`, `port-index`).
    pub struct HealthReporterGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for HealthReporterGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::HEALTH_REPORTER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-get` (dump): Get health reporter instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn health_reporter_get_dump(family_id: u16, request: &HealthReporterGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `health-reporter-name`, `health-reporter-graceful-period`,
    /// `health-reporter-auto-recover`, `health-reporter-auto-dump`).
    pub struct HealthReporterSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
        /// `health-reporter-graceful-period`.
        pub health_reporter_graceful_period: codec::U64 = attrs::devlink::HEALTH_REPORTER_GRACEFUL_PERIOD,
        /// `health-reporter-auto-recover`.
        pub health_reporter_auto_recover: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_RECOVER,
        /// `health-reporter-auto-dump`.
        pub health_reporter_auto_dump: codec::U8 = attrs::devlink::HEALTH_REPORTER_AUTO_DUMP,
    }
}

impl crate::genl::Request for HealthReporterSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::HEALTH_REPORTER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-set` (do): Set health reporter instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn health_reporter_set(family_id: u16, request: &HealthReporterSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-recover`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `health-reporter-name`).
    pub struct HealthReporterRecoverRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterRecoverRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::HEALTH_REPORTER_RECOVER;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-recover` (do): Recover health reporter instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn health_reporter_recover(family_id: u16, request: &HealthReporterRecoverRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_RECOVER, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-diagnose`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `health-reporter-name`).
    pub struct HealthReporterDiagnoseRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterDiagnoseRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::HEALTH_REPORTER_DIAGNOSE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-diagnose` (do): Diagnose health reporter instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn health_reporter_diagnose(family_id: u16, request: &HealthReporterDiagnoseRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_DIAGNOSE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-dump-get` (dump): attributes of `devlink` (`bus-name`,
    /// `dev-name`, `port-index`, `health-reporter-name`).
    pub struct HealthReporterDumpGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterDumpGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::HEALTH_REPORTER_DUMP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-dump-get` (dump): Dump health reporter instances.
///
/// Each reply is a [`Devlink`]. Needs admin-perm. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn health_reporter_dump_get_dump(family_id: u16, request: &HealthReporterDumpGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_DUMP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-dump-clear`: attributes of `devlink` (`bus-name`,
    /// `dev-name`, `port-index`, `health-reporter-name`).
    pub struct HealthReporterDumpClearRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterDumpClearRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::HEALTH_REPORTER_DUMP_CLEAR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-dump-clear` (do): Clear dump of health reporter instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn health_reporter_dump_clear(family_id: u16, request: &HealthReporterDumpClearRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_DUMP_CLEAR, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `flash-update`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `flash-update-file-name`, `flash-update-component`, `flash-update-overwrite-mask`).
    pub struct FlashUpdateRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `flash-update-file-name`.
        pub flash_update_file_name: codec::Str = attrs::devlink::FLASH_UPDATE_FILE_NAME,
        /// `flash-update-component`.
        pub flash_update_component: codec::Str = attrs::devlink::FLASH_UPDATE_COMPONENT,
        /// `flash-update-overwrite-mask`.
        pub flash_update_overwrite_mask: codec::Struct<codec::Bitfield32> = attrs::devlink::FLASH_UPDATE_OVERWRITE_MASK,
    }
}

impl crate::genl::Request for FlashUpdateRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::FLASH_UPDATE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `flash-update` (do): Flash update devlink instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn flash_update(family_id: u16, request: &FlashUpdateRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FLASH_UPDATE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-get`: attributes of `devlink` (`bus-name`, `dev-name`, `trap-name`).
    pub struct TrapGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-name`.
        pub trap_name: codec::Str = attrs::devlink::TRAP_NAME,
    }
}

impl crate::genl::Request for TrapGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-get` (do): Get trap instances.
///
/// Each reply is a [`Devlink`].
pub fn trap_get(family_id: u16, request: &TrapGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct TrapGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for TrapGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-get` (dump): Get trap instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn trap_get_dump(family_id: u16, request: &TrapGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-set`: attributes of `devlink` (`bus-name`, `dev-name`, `trap-name`,
    /// `trap-action`).
    pub struct TrapSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-name`.
        pub trap_name: codec::Str = attrs::devlink::TRAP_NAME,
        /// `trap-action`.
        pub trap_action: codec::Enum8<TrapAction> = attrs::devlink::TRAP_ACTION,
    }
}

impl crate::genl::Request for TrapSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::TRAP_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-set` (do): Set trap instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn trap_set(family_id: u16, request: &TrapSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-group-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `trap-group-name`).
    pub struct TrapGroupGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-group-name`.
        pub trap_group_name: codec::Str = attrs::devlink::TRAP_GROUP_NAME,
    }
}

impl crate::genl::Request for TrapGroupGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_GROUP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-group-get` (do): Get trap group instances.
///
/// Each reply is a [`Devlink`].
pub fn trap_group_get(family_id: u16, request: &TrapGroupGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_GROUP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-group-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct TrapGroupGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for TrapGroupGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_GROUP_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-group-get` (dump): Get trap group instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn trap_group_get_dump(family_id: u16, request: &TrapGroupGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_GROUP_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-group-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `trap-group-name`, `trap-action`, `trap-policer-id`).
    pub struct TrapGroupSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-group-name`.
        pub trap_group_name: codec::Str = attrs::devlink::TRAP_GROUP_NAME,
        /// `trap-action`.
        pub trap_action: codec::Enum8<TrapAction> = attrs::devlink::TRAP_ACTION,
        /// `trap-policer-id`.
        pub trap_policer_id: codec::U32 = attrs::devlink::TRAP_POLICER_ID,
    }
}

impl crate::genl::Request for TrapGroupSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::TRAP_GROUP_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-group-set` (do): Set trap group instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn trap_group_set(family_id: u16, request: &TrapGroupSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_GROUP_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-policer-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `trap-policer-id`).
    pub struct TrapPolicerGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-policer-id`.
        pub trap_policer_id: codec::U32 = attrs::devlink::TRAP_POLICER_ID,
    }
}

impl crate::genl::Request for TrapPolicerGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_POLICER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-policer-get` (do): Get trap policer instances.
///
/// Each reply is a [`Devlink`].
pub fn trap_policer_get(family_id: u16, request: &TrapPolicerGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_POLICER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-policer-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct TrapPolicerGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for TrapPolicerGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::TRAP_POLICER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-policer-get` (dump): Get trap policer instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn trap_policer_get_dump(family_id: u16, request: &TrapPolicerGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_POLICER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `trap-policer-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `trap-policer-id`, `trap-policer-rate`, `trap-policer-burst`).
    pub struct TrapPolicerSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `trap-policer-id`.
        pub trap_policer_id: codec::U32 = attrs::devlink::TRAP_POLICER_ID,
        /// `trap-policer-rate`.
        pub trap_policer_rate: codec::U64 = attrs::devlink::TRAP_POLICER_RATE,
        /// `trap-policer-burst`.
        pub trap_policer_burst: codec::U64 = attrs::devlink::TRAP_POLICER_BURST,
    }
}

impl crate::genl::Request for TrapPolicerSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::TRAP_POLICER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `trap-policer-set` (do): Get trap policer instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn trap_policer_set(family_id: u16, request: &TrapPolicerSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::TRAP_POLICER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `health-reporter-test`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`, `health-reporter-name`).
    pub struct HealthReporterTestRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `health-reporter-name`.
        pub health_reporter_name: codec::Str = attrs::devlink::HEALTH_REPORTER_NAME,
    }
}

impl crate::genl::Request for HealthReporterTestRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::HEALTH_REPORTER_TEST;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `health-reporter-test` (do): Test health reporter instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn health_reporter_test(family_id: u16, request: &HealthReporterTestRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::HEALTH_REPORTER_TEST, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rate-get`: attributes of `devlink` (`bus-name`, `dev-name`, `port-index`,
    /// `rate-node-name`).
    pub struct RateGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
        /// `rate-node-name`.
        pub rate_node_name: codec::Str = attrs::devlink::RATE_NODE_NAME,
    }
}

impl crate::genl::Request for RateGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::RATE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `rate-get` (do): Get rate instances.
///
/// Each reply is a [`Devlink`].
pub fn rate_get(family_id: u16, request: &RateGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RATE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rate-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct RateGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for RateGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::RATE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `rate-get` (dump): Get rate instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn rate_get_dump(family_id: u16, request: &RateGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RATE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rate-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `rate-node-name`, `rate-tx-share`, `rate-tx-max`, `rate-tx-priority`, `rate-tx-weight`,
    /// `rate-parent-node-name`).
    pub struct RateSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `rate-node-name`.
        pub rate_node_name: codec::Str = attrs::devlink::RATE_NODE_NAME,
        /// `rate-tx-share`.
        pub rate_tx_share: codec::U64 = attrs::devlink::RATE_TX_SHARE,
        /// `rate-tx-max`.
        pub rate_tx_max: codec::U64 = attrs::devlink::RATE_TX_MAX,
        /// `rate-tx-priority`.
        pub rate_tx_priority: codec::U32 = attrs::devlink::RATE_TX_PRIORITY,
        /// `rate-tx-weight`.
        pub rate_tx_weight: codec::U32 = attrs::devlink::RATE_TX_WEIGHT,
        /// `rate-parent-node-name`.
        pub rate_parent_node_name: codec::Str = attrs::devlink::RATE_PARENT_NODE_NAME,
    }
}

impl crate::genl::Request for RateSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::RATE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `rate-set` (do): Set rate instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn rate_set(family_id: u16, request: &RateSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RATE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rate-new`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `rate-node-name`, `rate-tx-share`, `rate-tx-max`, `rate-tx-priority`, `rate-tx-weight`,
    /// `rate-parent-node-name`).
    pub struct RateNewRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `rate-node-name`.
        pub rate_node_name: codec::Str = attrs::devlink::RATE_NODE_NAME,
        /// `rate-tx-share`.
        pub rate_tx_share: codec::U64 = attrs::devlink::RATE_TX_SHARE,
        /// `rate-tx-max`.
        pub rate_tx_max: codec::U64 = attrs::devlink::RATE_TX_MAX,
        /// `rate-tx-priority`.
        pub rate_tx_priority: codec::U32 = attrs::devlink::RATE_TX_PRIORITY,
        /// `rate-tx-weight`.
        pub rate_tx_weight: codec::U32 = attrs::devlink::RATE_TX_WEIGHT,
        /// `rate-parent-node-name`.
        pub rate_parent_node_name: codec::Str = attrs::devlink::RATE_PARENT_NODE_NAME,
    }
}

impl crate::genl::Request for RateNewRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::RATE_NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `rate-new` (do): Create rate instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn rate_new(family_id: u16, request: &RateNewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RATE_NEW, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `rate-del`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `rate-node-name`).
    pub struct RateDelRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `rate-node-name`.
        pub rate_node_name: codec::Str = attrs::devlink::RATE_NODE_NAME,
    }
}

impl crate::genl::Request for RateDelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::RATE_DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `rate-del` (do): Delete rate instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn rate_del(family_id: u16, request: &RateDelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::RATE_DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linecard-get`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `linecard-index`).
    pub struct LinecardGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `linecard-index`.
        pub linecard_index: codec::U32 = attrs::devlink::LINECARD_INDEX,
    }
}

impl crate::genl::Request for LinecardGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::LINECARD_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `linecard-get` (do): Get line card instances.
///
/// Each reply is a [`Devlink`].
pub fn linecard_get(family_id: u16, request: &LinecardGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINECARD_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linecard-get` (dump): attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct LinecardGetDumpRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for LinecardGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::LINECARD_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `linecard-get` (dump): Get line card instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn linecard_get_dump(family_id: u16, request: &LinecardGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINECARD_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `linecard-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `linecard-index`, `linecard-type`).
    pub struct LinecardSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `linecard-index`.
        pub linecard_index: codec::U32 = attrs::devlink::LINECARD_INDEX,
        /// `linecard-type`.
        pub linecard_type: codec::Str = attrs::devlink::LINECARD_TYPE,
    }
}

impl crate::genl::Request for LinecardSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::LINECARD_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `linecard-set` (do): Set line card instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn linecard_set(family_id: u16, request: &LinecardSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LINECARD_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `selftests-get`: attributes of `devlink` (`bus-name`, `dev-name`).
    pub struct SelftestsGetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
    }
}

impl crate::genl::Request for SelftestsGetRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SELFTESTS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `selftests-get` (do): Get device selftest instances.
///
/// Each reply is a [`Devlink`].
pub fn selftests_get(family_id: u16, request: &SelftestsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SELFTESTS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `selftests-get` (dump): attributes of `devlink`.
    pub struct SelftestsGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for SelftestsGetDumpRequest {
    type Family = Family;
    type Reply = Devlink;
    const CMD: u8 = cmd::SELFTESTS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `selftests-get` (dump): Get device selftest instances.
///
/// Each reply is a [`Devlink`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn selftests_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::SELFTESTS_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `selftests-run`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `selftests`).
    pub struct SelftestsRunRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `selftests`.
        pub selftests: codec::Nested<DlSelftestId> = attrs::devlink::SELFTESTS,
    }
}

impl crate::genl::Request for SelftestsRunRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SELFTESTS_RUN;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `selftests-run` (do): Run device selftest instances.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn selftests_run(family_id: u16, request: &SelftestsRunRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SELFTESTS_RUN, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `notify-filter-set`: attributes of `devlink` (`bus-name`, `dev-name`,
    /// `port-index`).
    pub struct NotifyFilterSetRequest {}
    attributes {
        /// `bus-name`.
        pub bus_name: codec::Str = attrs::devlink::BUS_NAME,
        /// `dev-name`.
        pub dev_name: codec::Str = attrs::devlink::DEV_NAME,
        /// `port-index`.
        pub port_index: codec::U32 = attrs::devlink::PORT_INDEX,
    }
}

impl crate::genl::Request for NotifyFilterSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::NOTIFY_FILTER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEVLINK)
    }
}

/// `notify-filter-set` (do): Set notification messages socket filter.
///
/// The kernel answers with an acknowledgement only.
pub fn notify_filter_set(family_id: u16, request: &NotifyFilterSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NOTIFY_FILTER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `devlink`.
    pub static DEVLINK: SetNames = SetNames {
        name: "devlink",
        attrs: &[
            AttrName::value(1, "bus-name"),
            AttrName::value(2, "dev-name"),
            AttrName::value(3, "port-index"),
            AttrName::value(4, "port-type"),
            AttrName::value(5, "port-desired-type"),
            AttrName::value(6, "port-netdev-ifindex"),
            AttrName::value(7, "port-netdev-name"),
            AttrName::value(8, "port-ibdev-name"),
            AttrName::value(9, "port-split-count"),
            AttrName::value(10, "port-split-group"),
            AttrName::value(11, "sb-index"),
            AttrName::value(12, "sb-size"),
            AttrName::value(13, "sb-ingress-pool-count"),
            AttrName::value(14, "sb-egress-pool-count"),
            AttrName::value(15, "sb-ingress-tc-count"),
            AttrName::value(16, "sb-egress-tc-count"),
            AttrName::value(17, "sb-pool-index"),
            AttrName::value(18, "sb-pool-type"),
            AttrName::value(19, "sb-pool-size"),
            AttrName::value(20, "sb-pool-threshold-type"),
            AttrName::value(21, "sb-threshold"),
            AttrName::value(22, "sb-tc-index"),
            AttrName::value(23, "sb-occ-cur"),
            AttrName::value(24, "sb-occ-max"),
            AttrName::value(25, "eswitch-mode"),
            AttrName::value(26, "eswitch-inline-mode"),
            AttrName::nest(27, "dpipe-tables", &DL_DPIPE_TABLES),
            AttrName::nest(28, "dpipe-table", &DL_DPIPE_TABLE),
            AttrName::value(29, "dpipe-table-name"),
            AttrName::value(30, "dpipe-table-size"),
            AttrName::nest(31, "dpipe-table-matches", &DL_DPIPE_TABLE_MATCHES),
            AttrName::nest(32, "dpipe-table-actions", &DL_DPIPE_TABLE_ACTIONS),
            AttrName::value(33, "dpipe-table-counters-enabled"),
            AttrName::nest(34, "dpipe-entries", &DL_DPIPE_ENTRIES),
            AttrName::nest(35, "dpipe-entry", &DL_DPIPE_ENTRY),
            AttrName::value(36, "dpipe-entry-index"),
            AttrName::nest(37, "dpipe-entry-match-values", &DL_DPIPE_ENTRY_MATCH_VALUES),
            AttrName::nest(38, "dpipe-entry-action-values", &DL_DPIPE_ENTRY_ACTION_VALUES),
            AttrName::value(39, "dpipe-entry-counter"),
            AttrName::nest(40, "dpipe-match", &DL_DPIPE_MATCH),
            AttrName::nest(41, "dpipe-match-value", &DL_DPIPE_MATCH_VALUE),
            AttrName::value(42, "dpipe-match-type"),
            AttrName::nest(43, "dpipe-action", &DL_DPIPE_ACTION),
            AttrName::nest(44, "dpipe-action-value", &DL_DPIPE_ACTION_VALUE),
            AttrName::value(45, "dpipe-action-type"),
            AttrName::value(46, "dpipe-value"),
            AttrName::value(47, "dpipe-value-mask"),
            AttrName::value(48, "dpipe-value-mapping"),
            AttrName::nest(49, "dpipe-headers", &DL_DPIPE_HEADERS),
            AttrName::nest(50, "dpipe-header", &DL_DPIPE_HEADER),
            AttrName::value(51, "dpipe-header-name"),
            AttrName::value(52, "dpipe-header-id"),
            AttrName::nest(53, "dpipe-header-fields", &DL_DPIPE_HEADER_FIELDS),
            AttrName::value(54, "dpipe-header-global"),
            AttrName::value(55, "dpipe-header-index"),
            AttrName::nest(56, "dpipe-field", &DL_DPIPE_FIELD),
            AttrName::value(57, "dpipe-field-name"),
            AttrName::value(58, "dpipe-field-id"),
            AttrName::value(59, "dpipe-field-bitwidth"),
            AttrName::value(60, "dpipe-field-mapping-type"),
            AttrName::value(61, "pad"),
            AttrName::value(62, "eswitch-encap-mode"),
            AttrName::nest(63, "resource-list", &DL_RESOURCE_LIST),
            AttrName::nest(64, "resource", &DL_RESOURCE),
            AttrName::value(65, "resource-name"),
            AttrName::value(66, "resource-id"),
            AttrName::value(67, "resource-size"),
            AttrName::value(68, "resource-size-new"),
            AttrName::value(69, "resource-size-valid"),
            AttrName::value(70, "resource-size-min"),
            AttrName::value(71, "resource-size-max"),
            AttrName::value(72, "resource-size-gran"),
            AttrName::value(73, "resource-unit"),
            AttrName::value(74, "resource-occ"),
            AttrName::value(75, "dpipe-table-resource-id"),
            AttrName::value(76, "dpipe-table-resource-units"),
            AttrName::value(77, "port-flavour"),
            AttrName::value(78, "port-number"),
            AttrName::value(79, "port-split-subport-number"),
            AttrName::nest(80, "param", &DL_PARAM),
            AttrName::value(81, "param-name"),
            AttrName::value(82, "param-generic"),
            AttrName::value(83, "param-type"),
            AttrName::value(87, "param-value-cmode"),
            AttrName::value(88, "region-name"),
            AttrName::value(89, "region-size"),
            AttrName::nest(90, "region-snapshots", &DL_REGION_SNAPSHOTS),
            AttrName::nest(91, "region-snapshot", &DL_REGION_SNAPSHOT),
            AttrName::value(92, "region-snapshot-id"),
            AttrName::nest(93, "region-chunks", &DL_REGION_CHUNKS),
            AttrName::nest(94, "region-chunk", &DL_REGION_CHUNK),
            AttrName::value(95, "region-chunk-data"),
            AttrName::value(96, "region-chunk-addr"),
            AttrName::value(97, "region-chunk-len"),
            AttrName::value(98, "info-driver-name"),
            AttrName::value(99, "info-serial-number"),
            AttrName::nest(100, "info-version-fixed", &DL_INFO_VERSION),
            AttrName::nest(101, "info-version-running", &DL_INFO_VERSION),
            AttrName::nest(102, "info-version-stored", &DL_INFO_VERSION),
            AttrName::value(103, "info-version-name"),
            AttrName::value(104, "info-version-value"),
            AttrName::value(105, "sb-pool-cell-size"),
            AttrName::nest(106, "fmsg", &DL_FMSG),
            AttrName::value(107, "fmsg-obj-nest-start"),
            AttrName::value(108, "fmsg-pair-nest-start"),
            AttrName::value(109, "fmsg-arr-nest-start"),
            AttrName::value(110, "fmsg-nest-end"),
            AttrName::value(111, "fmsg-obj-name"),
            AttrName::value(112, "fmsg-obj-value-type"),
            AttrName::nest(114, "health-reporter", &DL_HEALTH_REPORTER),
            AttrName::value(115, "health-reporter-name"),
            AttrName::value(116, "health-reporter-state"),
            AttrName::value(117, "health-reporter-err-count"),
            AttrName::value(118, "health-reporter-recover-count"),
            AttrName::value(119, "health-reporter-dump-ts"),
            AttrName::value(120, "health-reporter-graceful-period"),
            AttrName::value(121, "health-reporter-auto-recover"),
            AttrName::value(122, "flash-update-file-name"),
            AttrName::value(123, "flash-update-component"),
            AttrName::value(124, "flash-update-status-msg"),
            AttrName::value(125, "flash-update-status-done"),
            AttrName::value(126, "flash-update-status-total"),
            AttrName::value(127, "port-pci-pf-number"),
            AttrName::value(128, "port-pci-vf-number"),
            AttrName::nest(129, "stats", &DL_ATTR_STATS),
            AttrName::value(130, "trap-name"),
            AttrName::value(131, "trap-action"),
            AttrName::value(132, "trap-type"),
            AttrName::value(133, "trap-generic"),
            AttrName::nest(134, "trap-metadata", &DL_TRAP_METADATA),
            AttrName::value(135, "trap-group-name"),
            AttrName::value(136, "reload-failed"),
            AttrName::value(137, "health-reporter-dump-ts-ns"),
            AttrName::value(138, "netns-fd"),
            AttrName::value(139, "netns-pid"),
            AttrName::value(140, "netns-id"),
            AttrName::value(141, "health-reporter-auto-dump"),
            AttrName::value(142, "trap-policer-id"),
            AttrName::value(143, "trap-policer-rate"),
            AttrName::value(144, "trap-policer-burst"),
            AttrName::nest(145, "port-function", &DL_PORT_FUNCTION),
            AttrName::value(146, "info-board-serial-number"),
            AttrName::value(147, "port-lanes"),
            AttrName::value(148, "port-splittable"),
            AttrName::value(149, "port-external"),
            AttrName::value(150, "port-controller-number"),
            AttrName::value(151, "flash-update-status-timeout"),
            AttrName::value(152, "flash-update-overwrite-mask"),
            AttrName::value(153, "reload-action"),
            AttrName::value(154, "reload-actions-performed"),
            AttrName::value(155, "reload-limits"),
            AttrName::nest(156, "dev-stats", &DL_DEV_STATS),
            AttrName::nest(157, "reload-stats", &DL_RELOAD_STATS),
            AttrName::nest(158, "reload-stats-entry", &DL_RELOAD_STATS_ENTRY),
            AttrName::value(159, "reload-stats-limit"),
            AttrName::value(160, "reload-stats-value"),
            AttrName::nest(161, "remote-reload-stats", &DL_RELOAD_STATS),
            AttrName::nest(162, "reload-action-info", &DL_RELOAD_ACT_INFO),
            AttrName::nest(163, "reload-action-stats", &DL_RELOAD_ACT_STATS),
            AttrName::value(164, "port-pci-sf-number"),
            AttrName::value(165, "rate-type"),
            AttrName::value(166, "rate-tx-share"),
            AttrName::value(167, "rate-tx-max"),
            AttrName::value(168, "rate-node-name"),
            AttrName::value(169, "rate-parent-node-name"),
            AttrName::value(170, "region-max-snapshots"),
            AttrName::value(171, "linecard-index"),
            AttrName::value(172, "linecard-state"),
            AttrName::value(173, "linecard-type"),
            AttrName::nest(174, "linecard-supported-types", &DL_LINECARD_SUPPORTED_TYPES),
            AttrName::nest(176, "selftests", &DL_SELFTEST_ID),
            AttrName::value(177, "rate-tx-priority"),
            AttrName::value(178, "rate-tx-weight"),
            AttrName::value(179, "region-direct"),
        ],
    };

    /// `dl-dev-stats`.
    pub static DL_DEV_STATS: SetNames = SetNames {
        name: "dl-dev-stats",
        attrs: &[
            AttrName::nest(157, "reload-stats", &DL_RELOAD_STATS),
            AttrName::nest(161, "remote-reload-stats", &DL_RELOAD_STATS),
        ],
    };

    /// `dl-reload-stats`.
    pub static DL_RELOAD_STATS: SetNames = SetNames {
        name: "dl-reload-stats",
        attrs: &[
            AttrName::nest(162, "reload-action-info", &DL_RELOAD_ACT_INFO),
        ],
    };

    /// `dl-reload-act-info`.
    pub static DL_RELOAD_ACT_INFO: SetNames = SetNames {
        name: "dl-reload-act-info",
        attrs: &[
            AttrName::value(153, "reload-action"),
            AttrName::nest(163, "reload-action-stats", &DL_RELOAD_ACT_STATS),
        ],
    };

    /// `dl-reload-act-stats`.
    pub static DL_RELOAD_ACT_STATS: SetNames = SetNames {
        name: "dl-reload-act-stats",
        attrs: &[
            AttrName::nest(158, "reload-stats-entry", &DL_RELOAD_STATS_ENTRY),
        ],
    };

    /// `dl-reload-stats-entry`.
    pub static DL_RELOAD_STATS_ENTRY: SetNames = SetNames {
        name: "dl-reload-stats-entry",
        attrs: &[
            AttrName::value(159, "reload-stats-limit"),
            AttrName::value(160, "reload-stats-value"),
        ],
    };

    /// `dl-info-version`.
    pub static DL_INFO_VERSION: SetNames = SetNames {
        name: "dl-info-version",
        attrs: &[
            AttrName::value(103, "info-version-name"),
            AttrName::value(104, "info-version-value"),
        ],
    };

    /// `dl-port-function`.
    pub static DL_PORT_FUNCTION: SetNames = SetNames {
        name: "dl-port-function",
        attrs: &[
            AttrName::value(1, "hw-addr"),
            AttrName::value(2, "state"),
            AttrName::value(3, "opstate"),
            AttrName::value(4, "caps"),
        ],
    };

    /// `dl-dpipe-tables`.
    pub static DL_DPIPE_TABLES: SetNames = SetNames {
        name: "dl-dpipe-tables",
        attrs: &[
            AttrName::nest(28, "dpipe-table", &DL_DPIPE_TABLE),
        ],
    };

    /// `dl-dpipe-table`.
    pub static DL_DPIPE_TABLE: SetNames = SetNames {
        name: "dl-dpipe-table",
        attrs: &[
            AttrName::value(29, "dpipe-table-name"),
            AttrName::value(30, "dpipe-table-size"),
            AttrName::nest(31, "dpipe-table-matches", &DL_DPIPE_TABLE_MATCHES),
            AttrName::nest(32, "dpipe-table-actions", &DL_DPIPE_TABLE_ACTIONS),
            AttrName::value(33, "dpipe-table-counters-enabled"),
            AttrName::value(75, "dpipe-table-resource-id"),
            AttrName::value(76, "dpipe-table-resource-units"),
        ],
    };

    /// `dl-dpipe-table-matches`.
    pub static DL_DPIPE_TABLE_MATCHES: SetNames = SetNames {
        name: "dl-dpipe-table-matches",
        attrs: &[
            AttrName::nest(40, "dpipe-match", &DL_DPIPE_MATCH),
        ],
    };

    /// `dl-dpipe-table-actions`.
    pub static DL_DPIPE_TABLE_ACTIONS: SetNames = SetNames {
        name: "dl-dpipe-table-actions",
        attrs: &[
            AttrName::nest(43, "dpipe-action", &DL_DPIPE_ACTION),
        ],
    };

    /// `dl-dpipe-entries`.
    pub static DL_DPIPE_ENTRIES: SetNames = SetNames {
        name: "dl-dpipe-entries",
        attrs: &[
            AttrName::nest(35, "dpipe-entry", &DL_DPIPE_ENTRY),
        ],
    };

    /// `dl-dpipe-entry`.
    pub static DL_DPIPE_ENTRY: SetNames = SetNames {
        name: "dl-dpipe-entry",
        attrs: &[
            AttrName::value(36, "dpipe-entry-index"),
            AttrName::nest(37, "dpipe-entry-match-values", &DL_DPIPE_ENTRY_MATCH_VALUES),
            AttrName::nest(38, "dpipe-entry-action-values", &DL_DPIPE_ENTRY_ACTION_VALUES),
            AttrName::value(39, "dpipe-entry-counter"),
        ],
    };

    /// `dl-dpipe-entry-match-values`.
    pub static DL_DPIPE_ENTRY_MATCH_VALUES: SetNames = SetNames {
        name: "dl-dpipe-entry-match-values",
        attrs: &[
            AttrName::nest(41, "dpipe-match-value", &DL_DPIPE_MATCH_VALUE),
        ],
    };

    /// `dl-dpipe-entry-action-values`.
    pub static DL_DPIPE_ENTRY_ACTION_VALUES: SetNames = SetNames {
        name: "dl-dpipe-entry-action-values",
        attrs: &[
            AttrName::nest(44, "dpipe-action-value", &DL_DPIPE_ACTION_VALUE),
        ],
    };

    /// `dl-dpipe-match`.
    pub static DL_DPIPE_MATCH: SetNames = SetNames {
        name: "dl-dpipe-match",
        attrs: &[
            AttrName::value(42, "dpipe-match-type"),
            AttrName::value(52, "dpipe-header-id"),
            AttrName::value(54, "dpipe-header-global"),
            AttrName::value(55, "dpipe-header-index"),
            AttrName::value(58, "dpipe-field-id"),
        ],
    };

    /// `dl-dpipe-match-value`.
    pub static DL_DPIPE_MATCH_VALUE: SetNames = SetNames {
        name: "dl-dpipe-match-value",
        attrs: &[
            AttrName::nest(40, "dpipe-match", &DL_DPIPE_MATCH),
            AttrName::value(46, "dpipe-value"),
            AttrName::value(47, "dpipe-value-mask"),
            AttrName::value(48, "dpipe-value-mapping"),
        ],
    };

    /// `dl-dpipe-action`.
    pub static DL_DPIPE_ACTION: SetNames = SetNames {
        name: "dl-dpipe-action",
        attrs: &[
            AttrName::value(45, "dpipe-action-type"),
            AttrName::value(52, "dpipe-header-id"),
            AttrName::value(54, "dpipe-header-global"),
            AttrName::value(55, "dpipe-header-index"),
            AttrName::value(58, "dpipe-field-id"),
        ],
    };

    /// `dl-dpipe-action-value`.
    pub static DL_DPIPE_ACTION_VALUE: SetNames = SetNames {
        name: "dl-dpipe-action-value",
        attrs: &[
            AttrName::nest(43, "dpipe-action", &DL_DPIPE_ACTION),
            AttrName::value(46, "dpipe-value"),
            AttrName::value(47, "dpipe-value-mask"),
            AttrName::value(48, "dpipe-value-mapping"),
        ],
    };

    /// `dl-dpipe-headers`.
    pub static DL_DPIPE_HEADERS: SetNames = SetNames {
        name: "dl-dpipe-headers",
        attrs: &[
            AttrName::nest(50, "dpipe-header", &DL_DPIPE_HEADER),
        ],
    };

    /// `dl-dpipe-header`.
    pub static DL_DPIPE_HEADER: SetNames = SetNames {
        name: "dl-dpipe-header",
        attrs: &[
            AttrName::value(51, "dpipe-header-name"),
            AttrName::value(52, "dpipe-header-id"),
            AttrName::value(54, "dpipe-header-global"),
            AttrName::nest(53, "dpipe-header-fields", &DL_DPIPE_HEADER_FIELDS),
        ],
    };

    /// `dl-dpipe-header-fields`.
    pub static DL_DPIPE_HEADER_FIELDS: SetNames = SetNames {
        name: "dl-dpipe-header-fields",
        attrs: &[
            AttrName::nest(56, "dpipe-field", &DL_DPIPE_FIELD),
        ],
    };

    /// `dl-dpipe-field`.
    pub static DL_DPIPE_FIELD: SetNames = SetNames {
        name: "dl-dpipe-field",
        attrs: &[
            AttrName::value(57, "dpipe-field-name"),
            AttrName::value(58, "dpipe-field-id"),
            AttrName::value(59, "dpipe-field-bitwidth"),
            AttrName::value(60, "dpipe-field-mapping-type"),
        ],
    };

    /// `dl-resource`.
    pub static DL_RESOURCE: SetNames = SetNames {
        name: "dl-resource",
        attrs: &[
            AttrName::value(65, "resource-name"),
            AttrName::value(66, "resource-id"),
            AttrName::value(67, "resource-size"),
            AttrName::value(68, "resource-size-new"),
            AttrName::value(69, "resource-size-valid"),
            AttrName::value(70, "resource-size-min"),
            AttrName::value(71, "resource-size-max"),
            AttrName::value(72, "resource-size-gran"),
            AttrName::value(73, "resource-unit"),
            AttrName::value(74, "resource-occ"),
        ],
    };

    /// `dl-resource-list`.
    pub static DL_RESOURCE_LIST: SetNames = SetNames {
        name: "dl-resource-list",
        attrs: &[
            AttrName::nest(64, "resource", &DL_RESOURCE),
        ],
    };

    /// `dl-param`.
    pub static DL_PARAM: SetNames = SetNames {
        name: "dl-param",
        attrs: &[
            AttrName::value(81, "param-name"),
            AttrName::value(82, "param-generic"),
            AttrName::value(83, "param-type"),
        ],
    };

    /// `dl-region-snapshots`.
    pub static DL_REGION_SNAPSHOTS: SetNames = SetNames {
        name: "dl-region-snapshots",
        attrs: &[
            AttrName::nest(91, "region-snapshot", &DL_REGION_SNAPSHOT),
        ],
    };

    /// `dl-region-snapshot`.
    pub static DL_REGION_SNAPSHOT: SetNames = SetNames {
        name: "dl-region-snapshot",
        attrs: &[
            AttrName::value(92, "region-snapshot-id"),
        ],
    };

    /// `dl-region-chunks`.
    pub static DL_REGION_CHUNKS: SetNames = SetNames {
        name: "dl-region-chunks",
        attrs: &[
            AttrName::nest(94, "region-chunk", &DL_REGION_CHUNK),
        ],
    };

    /// `dl-region-chunk`.
    pub static DL_REGION_CHUNK: SetNames = SetNames {
        name: "dl-region-chunk",
        attrs: &[
            AttrName::value(95, "region-chunk-data"),
            AttrName::value(96, "region-chunk-addr"),
        ],
    };

    /// `dl-fmsg`.
    pub static DL_FMSG: SetNames = SetNames {
        name: "dl-fmsg",
        attrs: &[
            AttrName::value(107, "fmsg-obj-nest-start"),
            AttrName::value(108, "fmsg-pair-nest-start"),
            AttrName::value(109, "fmsg-arr-nest-start"),
            AttrName::value(110, "fmsg-nest-end"),
            AttrName::value(111, "fmsg-obj-name"),
        ],
    };

    /// `dl-health-reporter`.
    pub static DL_HEALTH_REPORTER: SetNames = SetNames {
        name: "dl-health-reporter",
        attrs: &[
            AttrName::value(115, "health-reporter-name"),
            AttrName::value(116, "health-reporter-state"),
            AttrName::value(117, "health-reporter-err-count"),
            AttrName::value(118, "health-reporter-recover-count"),
            AttrName::value(120, "health-reporter-graceful-period"),
            AttrName::value(121, "health-reporter-auto-recover"),
            AttrName::value(119, "health-reporter-dump-ts"),
            AttrName::value(137, "health-reporter-dump-ts-ns"),
            AttrName::value(141, "health-reporter-auto-dump"),
        ],
    };

    /// `dl-attr-stats`.
    pub static DL_ATTR_STATS: SetNames = SetNames {
        name: "dl-attr-stats",
        attrs: &[
            AttrName::value(0, "stats-rx-packets"),
            AttrName::value(1, "stats-rx-bytes"),
            AttrName::value(2, "stats-rx-dropped"),
        ],
    };

    /// `dl-trap-metadata`.
    pub static DL_TRAP_METADATA: SetNames = SetNames {
        name: "dl-trap-metadata",
        attrs: &[
            AttrName::value(0, "trap-metadata-type-in-port"),
            AttrName::value(1, "trap-metadata-type-fa-cookie"),
        ],
    };

    /// `dl-linecard-supported-types`.
    pub static DL_LINECARD_SUPPORTED_TYPES: SetNames = SetNames {
        name: "dl-linecard-supported-types",
        attrs: &[
            AttrName::value(173, "linecard-type"),
        ],
    };

    /// `dl-selftest-id`.
    pub static DL_SELFTEST_ID: SetNames = SetNames {
        name: "dl-selftest-id",
        attrs: &[
            AttrName::value(1, "flash"),
        ],
    };
}
