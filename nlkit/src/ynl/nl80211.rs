//! `nl80211` (genetlink-legacy): Netlink API for 802.11 wireless devices
//!
//! Generated from `nlkit-ynl/specs/nl80211.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "nl80211";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `nl80211` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `commands`: an enumeration.
    pub enum Commands: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `get-wiphy` (1).
        GetWiphy = 1,
        /// `set-wiphy` (2).
        SetWiphy = 2,
        /// `new-wiphy` (3).
        NewWiphy = 3,
        /// `del-wiphy` (4).
        DelWiphy = 4,
        /// `get-interface` (5).
        GetInterface = 5,
        /// `set-interface` (6).
        SetInterface = 6,
        /// `new-interface` (7).
        NewInterface = 7,
        /// `del-interface` (8).
        DelInterface = 8,
        /// `get-key` (9).
        GetKey = 9,
        /// `set-key` (10).
        SetKey = 10,
        /// `new-key` (11).
        NewKey = 11,
        /// `del-key` (12).
        DelKey = 12,
        /// `get-beacon` (13).
        GetBeacon = 13,
        /// `set-beacon` (14).
        SetBeacon = 14,
        /// `new-beacon` (15).
        NewBeacon = 15,
        /// `del-beacon` (16).
        DelBeacon = 16,
        /// `get-station` (17).
        GetStation = 17,
        /// `set-station` (18).
        SetStation = 18,
        /// `new-station` (19).
        NewStation = 19,
        /// `del-station` (20).
        DelStation = 20,
        /// `get-mpath` (21).
        GetMpath = 21,
        /// `set-mpath` (22).
        SetMpath = 22,
        /// `new-mpath` (23).
        NewMpath = 23,
        /// `del-mpath` (24).
        DelMpath = 24,
        /// `set-bss` (25).
        SetBss = 25,
        /// `set-reg` (26).
        SetReg = 26,
        /// `req-set-reg` (27).
        ReqSetReg = 27,
        /// `get-mesh-config` (28).
        GetMeshConfig = 28,
        /// `set-mesh-config` (29).
        SetMeshConfig = 29,
        /// `set-mgmt-extra-ie` (30).
        SetMgmtExtraIe = 30,
        /// `get-reg` (31).
        GetReg = 31,
        /// `get-scan` (32).
        GetScan = 32,
        /// `trigger-scan` (33).
        TriggerScan = 33,
        /// `new-scan-results` (34).
        NewScanResults = 34,
        /// `scan-aborted` (35).
        ScanAborted = 35,
        /// `reg-change` (36).
        RegChange = 36,
        /// `authenticate` (37).
        Authenticate = 37,
        /// `associate` (38).
        Associate = 38,
        /// `deauthenticate` (39).
        Deauthenticate = 39,
        /// `disassociate` (40).
        Disassociate = 40,
        /// `michael-mic-failure` (41).
        MichaelMicFailure = 41,
        /// `reg-beacon-hint` (42).
        RegBeaconHint = 42,
        /// `join-ibss` (43).
        JoinIbss = 43,
        /// `leave-ibss` (44).
        LeaveIbss = 44,
        /// `testmode` (45).
        Testmode = 45,
        /// `connect` (46).
        Connect = 46,
        /// `roam` (47).
        Roam = 47,
        /// `disconnect` (48).
        Disconnect = 48,
        /// `set-wiphy-netns` (49).
        SetWiphyNetns = 49,
        /// `get-survey` (50).
        GetSurvey = 50,
        /// `new-survey-results` (51).
        NewSurveyResults = 51,
        /// `set-pmksa` (52).
        SetPmksa = 52,
        /// `del-pmksa` (53).
        DelPmksa = 53,
        /// `flush-pmksa` (54).
        FlushPmksa = 54,
        /// `remain-on-channel` (55).
        RemainOnChannel = 55,
        /// `cancel-remain-on-channel` (56).
        CancelRemainOnChannel = 56,
        /// `set-tx-bitrate-mask` (57).
        SetTxBitrateMask = 57,
        /// `register-action` (58).
        RegisterAction = 58,
        /// `action` (59).
        Action = 59,
        /// `action-tx-status` (60).
        ActionTxStatus = 60,
        /// `set-power-save` (61).
        SetPowerSave = 61,
        /// `get-power-save` (62).
        GetPowerSave = 62,
        /// `set-cqm` (63).
        SetCqm = 63,
        /// `notify-cqm` (64).
        NotifyCqm = 64,
        /// `set-channel` (65).
        SetChannel = 65,
        /// `set-wds-peer` (66).
        SetWdsPeer = 66,
        /// `frame-wait-cancel` (67).
        FrameWaitCancel = 67,
        /// `join-mesh` (68).
        JoinMesh = 68,
        /// `leave-mesh` (69).
        LeaveMesh = 69,
        /// `unprot-deauthenticate` (70).
        UnprotDeauthenticate = 70,
        /// `unprot-disassociate` (71).
        UnprotDisassociate = 71,
        /// `new-peer-candidate` (72).
        NewPeerCandidate = 72,
        /// `get-wowlan` (73).
        GetWowlan = 73,
        /// `set-wowlan` (74).
        SetWowlan = 74,
        /// `start-sched-scan` (75).
        StartSchedScan = 75,
        /// `stop-sched-scan` (76).
        StopSchedScan = 76,
        /// `sched-scan-results` (77).
        SchedScanResults = 77,
        /// `sched-scan-stopped` (78).
        SchedScanStopped = 78,
        /// `set-rekey-offload` (79).
        SetRekeyOffload = 79,
        /// `pmksa-candidate` (80).
        PmksaCandidate = 80,
        /// `tdls-oper` (81).
        TdlsOper = 81,
        /// `tdls-mgmt` (82).
        TdlsMgmt = 82,
        /// `unexpected-frame` (83).
        UnexpectedFrame = 83,
        /// `probe-client` (84).
        ProbeClient = 84,
        /// `register-beacons` (85).
        RegisterBeacons = 85,
        /// `unexpected-4-addr-frame` (86).
        Unexpected4AddrFrame = 86,
        /// `set-noack-map` (87).
        SetNoackMap = 87,
        /// `ch-switch-notify` (88).
        ChSwitchNotify = 88,
        /// `start-p2p-device` (89).
        StartP2pDevice = 89,
        /// `stop-p2p-device` (90).
        StopP2pDevice = 90,
        /// `conn-failed` (91).
        ConnFailed = 91,
        /// `set-mcast-rate` (92).
        SetMcastRate = 92,
        /// `set-mac-acl` (93).
        SetMacAcl = 93,
        /// `radar-detect` (94).
        RadarDetect = 94,
        /// `get-protocol-features` (95).
        GetProtocolFeatures = 95,
        /// `update-ft-ies` (96).
        UpdateFtIes = 96,
        /// `ft-event` (97).
        FtEvent = 97,
        /// `crit-protocol-start` (98).
        CritProtocolStart = 98,
        /// `crit-protocol-stop` (99).
        CritProtocolStop = 99,
        /// `get-coalesce` (100).
        GetCoalesce = 100,
        /// `set-coalesce` (101).
        SetCoalesce = 101,
        /// `channel-switch` (102).
        ChannelSwitch = 102,
        /// `vendor` (103).
        Vendor = 103,
        /// `set-qos-map` (104).
        SetQosMap = 104,
        /// `add-tx-ts` (105).
        AddTxTs = 105,
        /// `del-tx-ts` (106).
        DelTxTs = 106,
        /// `get-mpp` (107).
        GetMpp = 107,
        /// `join-ocb` (108).
        JoinOcb = 108,
        /// `leave-ocb` (109).
        LeaveOcb = 109,
        /// `ch-switch-started-notify` (110).
        ChSwitchStartedNotify = 110,
        /// `tdls-channel-switch` (111).
        TdlsChannelSwitch = 111,
        /// `tdls-cancel-channel-switch` (112).
        TdlsCancelChannelSwitch = 112,
        /// `wiphy-reg-change` (113).
        WiphyRegChange = 113,
        /// `abort-scan` (114).
        AbortScan = 114,
        /// `start-nan` (115).
        StartNan = 115,
        /// `stop-nan` (116).
        StopNan = 116,
        /// `add-nan-function` (117).
        AddNanFunction = 117,
        /// `del-nan-function` (118).
        DelNanFunction = 118,
        /// `change-nan-config` (119).
        ChangeNanConfig = 119,
        /// `nan-match` (120).
        NanMatch = 120,
        /// `set-multicast-to-unicast` (121).
        SetMulticastToUnicast = 121,
        /// `update-connect-params` (122).
        UpdateConnectParams = 122,
        /// `set-pmk` (123).
        SetPmk = 123,
        /// `del-pmk` (124).
        DelPmk = 124,
        /// `port-authorized` (125).
        PortAuthorized = 125,
        /// `reload-regdb` (126).
        ReloadRegdb = 126,
        /// `external-auth` (127).
        ExternalAuth = 127,
        /// `sta-opmode-changed` (128).
        StaOpmodeChanged = 128,
        /// `control-port-frame` (129).
        ControlPortFrame = 129,
        /// `get-ftm-responder-stats` (130).
        GetFtmResponderStats = 130,
        /// `peer-measurement-start` (131).
        PeerMeasurementStart = 131,
        /// `peer-measurement-result` (132).
        PeerMeasurementResult = 132,
        /// `peer-measurement-complete` (133).
        PeerMeasurementComplete = 133,
        /// `notify-radar` (134).
        NotifyRadar = 134,
        /// `update-owe-info` (135).
        UpdateOweInfo = 135,
        /// `probe-mesh-link` (136).
        ProbeMeshLink = 136,
        /// `set-tid-config` (137).
        SetTidConfig = 137,
        /// `unprot-beacon` (138).
        UnprotBeacon = 138,
        /// `control-port-frame-tx-status` (139).
        ControlPortFrameTxStatus = 139,
        /// `set-sar-specs` (140).
        SetSarSpecs = 140,
        /// `obss-color-collision` (141).
        ObssColorCollision = 141,
        /// `color-change-request` (142).
        ColorChangeRequest = 142,
        /// `color-change-started` (143).
        ColorChangeStarted = 143,
        /// `color-change-aborted` (144).
        ColorChangeAborted = 144,
        /// `color-change-completed` (145).
        ColorChangeCompleted = 145,
        /// `set-fils-aad` (146).
        SetFilsAad = 146,
        /// `assoc-comeback` (147).
        AssocComeback = 147,
        /// `add-link` (148).
        AddLink = 148,
        /// `remove-link` (149).
        RemoveLink = 149,
        /// `add-link-sta` (150).
        AddLinkSta = 150,
        /// `modify-link-sta` (151).
        ModifyLinkSta = 151,
        /// `remove-link-sta` (152).
        RemoveLinkSta = 152,
        /// `set-hw-timestamp` (153).
        SetHwTimestamp = 153,
        /// `links-removed` (154).
        LinksRemoved = 154,
        /// `set-tid-to-link-mapping` (155).
        SetTidToLinkMapping = 155,
    }
}

crate::flag_set! {
    /// `feature-flags`: flags.
    pub struct FeatureFlags: u32 {
        /// `sk-tx-status` (bit 0).
        const SK_TX_STATUS = 0x1;
        /// `ht-ibss` (bit 1).
        const HT_IBSS = 0x2;
        /// `inactivity-timer` (bit 2).
        const INACTIVITY_TIMER = 0x4;
        /// `cell-base-reg-hints` (bit 3).
        const CELL_BASE_REG_HINTS = 0x8;
        /// `p2p-device-needs-channel` (bit 4).
        const P2P_DEVICE_NEEDS_CHANNEL = 0x10;
        /// `sae` (bit 5).
        const SAE = 0x20;
        /// `low-priority-scan` (bit 6).
        const LOW_PRIORITY_SCAN = 0x40;
        /// `scan-flush` (bit 7).
        const SCAN_FLUSH = 0x80;
        /// `ap-scan` (bit 8).
        const AP_SCAN = 0x100;
        /// `vif-txpower` (bit 9).
        const VIF_TXPOWER = 0x200;
        /// `need-obss-scan` (bit 10).
        const NEED_OBSS_SCAN = 0x400;
        /// `p2p-go-ctwin` (bit 11).
        const P2P_GO_CTWIN = 0x800;
        /// `p2p-go-oppps` (bit 12).
        const P2P_GO_OPPPS = 0x1000;
        /// `reserved` (bit 13).
        const RESERVED = 0x2000;
        /// `advertise-chan-limits` (bit 14).
        const ADVERTISE_CHAN_LIMITS = 0x4000;
        /// `full-ap-client-state` (bit 15).
        const FULL_AP_CLIENT_STATE = 0x8000;
        /// `userspace-mpm` (bit 16).
        const USERSPACE_MPM = 0x10000;
        /// `active-monitor` (bit 17).
        const ACTIVE_MONITOR = 0x20000;
        /// `ap-mode-chan-width-change` (bit 18).
        const AP_MODE_CHAN_WIDTH_CHANGE = 0x40000;
        /// `ds-param-set-ie-in-probes` (bit 19).
        const DS_PARAM_SET_IE_IN_PROBES = 0x80000;
        /// `wfa-tpc-ie-in-probes` (bit 20).
        const WFA_TPC_IE_IN_PROBES = 0x100000;
        /// `quiet` (bit 21).
        const QUIET = 0x200000;
        /// `tx-power-insertion` (bit 22).
        const TX_POWER_INSERTION = 0x400000;
        /// `ackto-estimation` (bit 23).
        const ACKTO_ESTIMATION = 0x800000;
        /// `static-smps` (bit 24).
        const STATIC_SMPS = 0x1000000;
        /// `dynamic-smps` (bit 25).
        const DYNAMIC_SMPS = 0x2000000;
        /// `supports-wmm-admission` (bit 26).
        const SUPPORTS_WMM_ADMISSION = 0x4000000;
        /// `mac-on-create` (bit 27).
        const MAC_ON_CREATE = 0x8000000;
        /// `tdls-channel-switch` (bit 28).
        const TDLS_CHANNEL_SWITCH = 0x10000000;
        /// `scan-random-mac-addr` (bit 29).
        const SCAN_RANDOM_MAC_ADDR = 0x20000000;
        /// `sched-scan-random-mac-addr` (bit 30).
        const SCHED_SCAN_RANDOM_MAC_ADDR = 0x40000000;
        /// `no-random-mac-addr` (bit 31).
        const NO_RANDOM_MAC_ADDR = 0x80000000;
    }
}

crate::open_enum! {
    /// `channel-type`: an enumeration.
    pub enum ChannelType: u32 {
        /// `no-ht` (0).
        NoHt = 0,
        /// `ht20` (1).
        Ht20 = 1,
        /// `ht40minus` (2).
        Ht40minus = 2,
        /// `ht40plus` (3).
        Ht40plus = 3,
    }
}

crate::fixed_struct! {
    /// `sta-flag-update`: a C structure of 8 bytes.
    pub struct StaFlagUpdate("sta-flag-update") {
        /// `mask`.
        pub mask: u32,
        /// `set`.
        pub set: u32,
    }
}

crate::flag_set! {
    /// `protocol-features`: flags.
    pub struct ProtocolFeatures: u32 {
        /// `split-wiphy-dump` (bit 0).
        const SPLIT_WIPHY_DUMP = 0x1;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `nl80211-attrs`.
    pub mod nl80211_attrs {
        /// `wiphy` (u32).
        pub const WIPHY: u16 = 1;
        /// `wiphy-name` (string).
        pub const WIPHY_NAME: u16 = 2;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 3;
        /// `ifname` (string).
        pub const IFNAME: u16 = 4;
        /// `iftype` (u32).
        pub const IFTYPE: u16 = 5;
        /// `mac` (binary).
        pub const MAC: u16 = 6;
        /// `key-data` (binary).
        pub const KEY_DATA: u16 = 7;
        /// `key-idx` (u8).
        pub const KEY_IDX: u16 = 8;
        /// `key-cipher` (u32).
        pub const KEY_CIPHER: u16 = 9;
        /// `key-seq` (binary).
        pub const KEY_SEQ: u16 = 10;
        /// `key-default` (flag).
        pub const KEY_DEFAULT: u16 = 11;
        /// `beacon-interval` (u32).
        pub const BEACON_INTERVAL: u16 = 12;
        /// `dtim-period` (u32).
        pub const DTIM_PERIOD: u16 = 13;
        /// `beacon-head` (binary).
        pub const BEACON_HEAD: u16 = 14;
        /// `beacon-tail` (binary).
        pub const BEACON_TAIL: u16 = 15;
        /// `sta-aid` (u16).
        pub const STA_AID: u16 = 16;
        /// `sta-flags` (binary).
        pub const STA_FLAGS: u16 = 17;
        /// `sta-listen-interval` (u16).
        pub const STA_LISTEN_INTERVAL: u16 = 18;
        /// `sta-supported-rates` (binary).
        pub const STA_SUPPORTED_RATES: u16 = 19;
        /// `sta-vlan` (u32).
        pub const STA_VLAN: u16 = 20;
        /// `sta-info` (binary).
        pub const STA_INFO: u16 = 21;
        /// `wiphy-bands` (nest).
        pub const WIPHY_BANDS: u16 = 22;
        /// `mntr-flags` (binary).
        pub const MNTR_FLAGS: u16 = 23;
        /// `mesh-id` (binary).
        pub const MESH_ID: u16 = 24;
        /// `sta-plink-action` (u8).
        pub const STA_PLINK_ACTION: u16 = 25;
        /// `mpath-next-hop` (binary).
        pub const MPATH_NEXT_HOP: u16 = 26;
        /// `mpath-info` (binary).
        pub const MPATH_INFO: u16 = 27;
        /// `bss-cts-prot` (u8).
        pub const BSS_CTS_PROT: u16 = 28;
        /// `bss-short-preamble` (u8).
        pub const BSS_SHORT_PREAMBLE: u16 = 29;
        /// `bss-short-slot-time` (u8).
        pub const BSS_SHORT_SLOT_TIME: u16 = 30;
        /// `ht-capability` (binary).
        pub const HT_CAPABILITY: u16 = 31;
        /// `supported-iftypes` (nest).
        pub const SUPPORTED_IFTYPES: u16 = 32;
        /// `reg-alpha2` (binary).
        pub const REG_ALPHA2: u16 = 33;
        /// `reg-rules` (binary).
        pub const REG_RULES: u16 = 34;
        /// `mesh-config` (binary).
        pub const MESH_CONFIG: u16 = 35;
        /// `bss-basic-rates` (binary).
        pub const BSS_BASIC_RATES: u16 = 36;
        /// `wiphy-txq-params` (binary).
        pub const WIPHY_TXQ_PARAMS: u16 = 37;
        /// `wiphy-freq` (u32).
        pub const WIPHY_FREQ: u16 = 38;
        /// `wiphy-channel-type` (u32).
        pub const WIPHY_CHANNEL_TYPE: u16 = 39;
        /// `key-default-mgmt` (flag).
        pub const KEY_DEFAULT_MGMT: u16 = 40;
        /// `mgmt-subtype` (u8).
        pub const MGMT_SUBTYPE: u16 = 41;
        /// `ie` (binary).
        pub const IE: u16 = 42;
        /// `max-num-scan-ssids` (u8).
        pub const MAX_NUM_SCAN_SSIDS: u16 = 43;
        /// `scan-frequencies` (binary).
        pub const SCAN_FREQUENCIES: u16 = 44;
        /// `scan-ssids` (binary).
        pub const SCAN_SSIDS: u16 = 45;
        /// `generation` (u32).
        pub const GENERATION: u16 = 46;
        /// `bss` (binary).
        pub const BSS: u16 = 47;
        /// `reg-initiator` (u8).
        pub const REG_INITIATOR: u16 = 48;
        /// `reg-type` (u8).
        pub const REG_TYPE: u16 = 49;
        /// `supported-commands` (indexed-array).
        pub const SUPPORTED_COMMANDS: u16 = 50;
        /// `frame` (binary).
        pub const FRAME: u16 = 51;
        /// `ssid` (binary).
        pub const SSID: u16 = 52;
        /// `auth-type` (u32).
        pub const AUTH_TYPE: u16 = 53;
        /// `reason-code` (u16).
        pub const REASON_CODE: u16 = 54;
        /// `key-type` (u32).
        pub const KEY_TYPE: u16 = 55;
        /// `max-scan-ie-len` (u16).
        pub const MAX_SCAN_IE_LEN: u16 = 56;
        /// `cipher-suites` (binary).
        pub const CIPHER_SUITES: u16 = 57;
        /// `freq-before` (binary).
        pub const FREQ_BEFORE: u16 = 58;
        /// `freq-after` (binary).
        pub const FREQ_AFTER: u16 = 59;
        /// `freq-fixed` (flag).
        pub const FREQ_FIXED: u16 = 60;
        /// `wiphy-retry-short` (u8).
        pub const WIPHY_RETRY_SHORT: u16 = 61;
        /// `wiphy-retry-long` (u8).
        pub const WIPHY_RETRY_LONG: u16 = 62;
        /// `wiphy-frag-threshold` (u32).
        pub const WIPHY_FRAG_THRESHOLD: u16 = 63;
        /// `wiphy-rts-threshold` (u32).
        pub const WIPHY_RTS_THRESHOLD: u16 = 64;
        /// `timed-out` (flag).
        pub const TIMED_OUT: u16 = 65;
        /// `use-mfp` (u32).
        pub const USE_MFP: u16 = 66;
        /// `sta-flags2` (binary).
        pub const STA_FLAGS2: u16 = 67;
        /// `control-port` (flag).
        pub const CONTROL_PORT: u16 = 68;
        /// `testdata` (binary).
        pub const TESTDATA: u16 = 69;
        /// `privacy` (flag).
        pub const PRIVACY: u16 = 70;
        /// `disconnected-by-ap` (flag).
        pub const DISCONNECTED_BY_AP: u16 = 71;
        /// `status-code` (u16).
        pub const STATUS_CODE: u16 = 72;
        /// `cipher-suites-pairwise` (binary).
        pub const CIPHER_SUITES_PAIRWISE: u16 = 73;
        /// `cipher-suite-group` (u32).
        pub const CIPHER_SUITE_GROUP: u16 = 74;
        /// `wpa-versions` (u32).
        pub const WPA_VERSIONS: u16 = 75;
        /// `akm-suites` (binary).
        pub const AKM_SUITES: u16 = 76;
        /// `req-ie` (binary).
        pub const REQ_IE: u16 = 77;
        /// `resp-ie` (binary).
        pub const RESP_IE: u16 = 78;
        /// `prev-bssid` (binary).
        pub const PREV_BSSID: u16 = 79;
        /// `key` (binary).
        pub const KEY: u16 = 80;
        /// `keys` (binary).
        pub const KEYS: u16 = 81;
        /// `pid` (u32).
        pub const PID: u16 = 82;
        /// `4addr` (u8).
        pub const N4ADDR: u16 = 83;
        /// `survey-info` (binary).
        pub const SURVEY_INFO: u16 = 84;
        /// `pmkid` (binary).
        pub const PMKID: u16 = 85;
        /// `max-num-pmkids` (u8).
        pub const MAX_NUM_PMKIDS: u16 = 86;
        /// `duration` (u32).
        pub const DURATION: u16 = 87;
        /// `cookie` (u64).
        pub const COOKIE: u16 = 88;
        /// `wiphy-coverage-class` (u8).
        pub const WIPHY_COVERAGE_CLASS: u16 = 89;
        /// `tx-rates` (binary).
        pub const TX_RATES: u16 = 90;
        /// `frame-match` (binary).
        pub const FRAME_MATCH: u16 = 91;
        /// `ack` (flag).
        pub const ACK: u16 = 92;
        /// `ps-state` (u32).
        pub const PS_STATE: u16 = 93;
        /// `cqm` (binary).
        pub const CQM: u16 = 94;
        /// `local-state-change` (flag).
        pub const LOCAL_STATE_CHANGE: u16 = 95;
        /// `ap-isolate` (u8).
        pub const AP_ISOLATE: u16 = 96;
        /// `wiphy-tx-power-setting` (u32).
        pub const WIPHY_TX_POWER_SETTING: u16 = 97;
        /// `wiphy-tx-power-level` (u32).
        pub const WIPHY_TX_POWER_LEVEL: u16 = 98;
        /// `tx-frame-types` (nest).
        pub const TX_FRAME_TYPES: u16 = 99;
        /// `rx-frame-types` (nest).
        pub const RX_FRAME_TYPES: u16 = 100;
        /// `frame-type` (u16).
        pub const FRAME_TYPE: u16 = 101;
        /// `control-port-ethertype` (flag).
        pub const CONTROL_PORT_ETHERTYPE: u16 = 102;
        /// `control-port-no-encrypt` (flag).
        pub const CONTROL_PORT_NO_ENCRYPT: u16 = 103;
        /// `support-ibss-rsn` (flag).
        pub const SUPPORT_IBSS_RSN: u16 = 104;
        /// `wiphy-antenna-tx` (u32).
        pub const WIPHY_ANTENNA_TX: u16 = 105;
        /// `wiphy-antenna-rx` (u32).
        pub const WIPHY_ANTENNA_RX: u16 = 106;
        /// `mcast-rate` (u32).
        pub const MCAST_RATE: u16 = 107;
        /// `offchannel-tx-ok` (flag).
        pub const OFFCHANNEL_TX_OK: u16 = 108;
        /// `bss-ht-opmode` (u16).
        pub const BSS_HT_OPMODE: u16 = 109;
        /// `key-default-types` (binary).
        pub const KEY_DEFAULT_TYPES: u16 = 110;
        /// `max-remain-on-channel-duration` (u32).
        pub const MAX_REMAIN_ON_CHANNEL_DURATION: u16 = 111;
        /// `mesh-setup` (binary).
        pub const MESH_SETUP: u16 = 112;
        /// `wiphy-antenna-avail-tx` (u32).
        pub const WIPHY_ANTENNA_AVAIL_TX: u16 = 113;
        /// `wiphy-antenna-avail-rx` (u32).
        pub const WIPHY_ANTENNA_AVAIL_RX: u16 = 114;
        /// `support-mesh-auth` (flag).
        pub const SUPPORT_MESH_AUTH: u16 = 115;
        /// `sta-plink-state` (u8).
        pub const STA_PLINK_STATE: u16 = 116;
        /// `wowlan-triggers` (binary).
        pub const WOWLAN_TRIGGERS: u16 = 117;
        /// `wowlan-triggers-supported` (nest).
        pub const WOWLAN_TRIGGERS_SUPPORTED: u16 = 118;
        /// `sched-scan-interval` (u32).
        pub const SCHED_SCAN_INTERVAL: u16 = 119;
        /// `interface-combinations` (indexed-array).
        pub const INTERFACE_COMBINATIONS: u16 = 120;
        /// `software-iftypes` (nest).
        pub const SOFTWARE_IFTYPES: u16 = 121;
        /// `rekey-data` (binary).
        pub const REKEY_DATA: u16 = 122;
        /// `max-num-sched-scan-ssids` (u8).
        pub const MAX_NUM_SCHED_SCAN_SSIDS: u16 = 123;
        /// `max-sched-scan-ie-len` (u16).
        pub const MAX_SCHED_SCAN_IE_LEN: u16 = 124;
        /// `scan-supp-rates` (binary).
        pub const SCAN_SUPP_RATES: u16 = 125;
        /// `hidden-ssid` (u32).
        pub const HIDDEN_SSID: u16 = 126;
        /// `ie-probe-resp` (binary).
        pub const IE_PROBE_RESP: u16 = 127;
        /// `ie-assoc-resp` (binary).
        pub const IE_ASSOC_RESP: u16 = 128;
        /// `sta-wme` (binary).
        pub const STA_WME: u16 = 129;
        /// `support-ap-uapsd` (flag).
        pub const SUPPORT_AP_UAPSD: u16 = 130;
        /// `roam-support` (flag).
        pub const ROAM_SUPPORT: u16 = 131;
        /// `sched-scan-match` (binary).
        pub const SCHED_SCAN_MATCH: u16 = 132;
        /// `max-match-sets` (u8).
        pub const MAX_MATCH_SETS: u16 = 133;
        /// `pmksa-candidate` (binary).
        pub const PMKSA_CANDIDATE: u16 = 134;
        /// `tx-no-cck-rate` (flag).
        pub const TX_NO_CCK_RATE: u16 = 135;
        /// `tdls-action` (u8).
        pub const TDLS_ACTION: u16 = 136;
        /// `tdls-dialog-token` (u8).
        pub const TDLS_DIALOG_TOKEN: u16 = 137;
        /// `tdls-operation` (u8).
        pub const TDLS_OPERATION: u16 = 138;
        /// `tdls-support` (flag).
        pub const TDLS_SUPPORT: u16 = 139;
        /// `tdls-external-setup` (flag).
        pub const TDLS_EXTERNAL_SETUP: u16 = 140;
        /// `device-ap-sme` (u32).
        pub const DEVICE_AP_SME: u16 = 141;
        /// `dont-wait-for-ack` (flag).
        pub const DONT_WAIT_FOR_ACK: u16 = 142;
        /// `feature-flags` (u32).
        pub const FEATURE_FLAGS: u16 = 143;
        /// `probe-resp-offload` (u32).
        pub const PROBE_RESP_OFFLOAD: u16 = 144;
        /// `probe-resp` (binary).
        pub const PROBE_RESP: u16 = 145;
        /// `dfs-region` (u8).
        pub const DFS_REGION: u16 = 146;
        /// `disable-ht` (flag).
        pub const DISABLE_HT: u16 = 147;
        /// `ht-capability-mask` (binary).
        pub const HT_CAPABILITY_MASK: u16 = 148;
        /// `noack-map` (u16).
        pub const NOACK_MAP: u16 = 149;
        /// `inactivity-timeout` (u16).
        pub const INACTIVITY_TIMEOUT: u16 = 150;
        /// `rx-signal-dbm` (u32).
        pub const RX_SIGNAL_DBM: u16 = 151;
        /// `bg-scan-period` (u16).
        pub const BG_SCAN_PERIOD: u16 = 152;
        /// `wdev` (u64).
        pub const WDEV: u16 = 153;
        /// `user-reg-hint-type` (u32).
        pub const USER_REG_HINT_TYPE: u16 = 154;
        /// `conn-failed-reason` (u32).
        pub const CONN_FAILED_REASON: u16 = 155;
        /// `auth-data` (binary).
        pub const AUTH_DATA: u16 = 156;
        /// `vht-capability` (binary).
        pub const VHT_CAPABILITY: u16 = 157;
        /// `scan-flags` (u32).
        pub const SCAN_FLAGS: u16 = 158;
        /// `channel-width` (u32).
        pub const CHANNEL_WIDTH: u16 = 159;
        /// `center-freq1` (u32).
        pub const CENTER_FREQ1: u16 = 160;
        /// `center-freq2` (u32).
        pub const CENTER_FREQ2: u16 = 161;
        /// `p2p-ctwindow` (u8).
        pub const P2P_CTWINDOW: u16 = 162;
        /// `p2p-oppps` (u8).
        pub const P2P_OPPPS: u16 = 163;
        /// `local-mesh-power-mode` (u32).
        pub const LOCAL_MESH_POWER_MODE: u16 = 164;
        /// `acl-policy` (u32).
        pub const ACL_POLICY: u16 = 165;
        /// `mac-addrs` (binary).
        pub const MAC_ADDRS: u16 = 166;
        /// `mac-acl-max` (u32).
        pub const MAC_ACL_MAX: u16 = 167;
        /// `radar-event` (u32).
        pub const RADAR_EVENT: u16 = 168;
        /// `ext-capa` (binary).
        pub const EXT_CAPA: u16 = 169;
        /// `ext-capa-mask` (binary).
        pub const EXT_CAPA_MASK: u16 = 170;
        /// `sta-capability` (u16).
        pub const STA_CAPABILITY: u16 = 171;
        /// `sta-ext-capability` (binary).
        pub const STA_EXT_CAPABILITY: u16 = 172;
        /// `protocol-features` (u32).
        pub const PROTOCOL_FEATURES: u16 = 173;
        /// `split-wiphy-dump` (flag).
        pub const SPLIT_WIPHY_DUMP: u16 = 174;
        /// `disable-vht` (flag).
        pub const DISABLE_VHT: u16 = 175;
        /// `vht-capability-mask` (binary).
        pub const VHT_CAPABILITY_MASK: u16 = 176;
        /// `mdid` (u16).
        pub const MDID: u16 = 177;
        /// `ie-ric` (binary).
        pub const IE_RIC: u16 = 178;
        /// `crit-prot-id` (u16).
        pub const CRIT_PROT_ID: u16 = 179;
        /// `max-crit-prot-duration` (u16).
        pub const MAX_CRIT_PROT_DURATION: u16 = 180;
        /// `peer-aid` (u16).
        pub const PEER_AID: u16 = 181;
        /// `coalesce-rule` (binary).
        pub const COALESCE_RULE: u16 = 182;
        /// `ch-switch-count` (u32).
        pub const CH_SWITCH_COUNT: u16 = 183;
        /// `ch-switch-block-tx` (flag).
        pub const CH_SWITCH_BLOCK_TX: u16 = 184;
        /// `csa-ies` (binary).
        pub const CSA_IES: u16 = 185;
        /// `cntdwn-offs-beacon` (binary).
        pub const CNTDWN_OFFS_BEACON: u16 = 186;
        /// `cntdwn-offs-presp` (binary).
        pub const CNTDWN_OFFS_PRESP: u16 = 187;
        /// `rxmgmt-flags` (binary).
        pub const RXMGMT_FLAGS: u16 = 188;
        /// `sta-supported-channels` (binary).
        pub const STA_SUPPORTED_CHANNELS: u16 = 189;
        /// `sta-supported-oper-classes` (binary).
        pub const STA_SUPPORTED_OPER_CLASSES: u16 = 190;
        /// `handle-dfs` (flag).
        pub const HANDLE_DFS: u16 = 191;
        /// `support-5-mhz` (flag).
        pub const SUPPORT_5_MHZ: u16 = 192;
        /// `support-10-mhz` (flag).
        pub const SUPPORT_10_MHZ: u16 = 193;
        /// `opmode-notif` (u8).
        pub const OPMODE_NOTIF: u16 = 194;
        /// `vendor-id` (u32).
        pub const VENDOR_ID: u16 = 195;
        /// `vendor-subcmd` (u32).
        pub const VENDOR_SUBCMD: u16 = 196;
        /// `vendor-data` (binary).
        pub const VENDOR_DATA: u16 = 197;
        /// `vendor-events` (binary).
        pub const VENDOR_EVENTS: u16 = 198;
        /// `qos-map` (binary).
        pub const QOS_MAP: u16 = 199;
        /// `mac-hint` (binary).
        pub const MAC_HINT: u16 = 200;
        /// `wiphy-freq-hint` (u32).
        pub const WIPHY_FREQ_HINT: u16 = 201;
        /// `max-ap-assoc-sta` (u32).
        pub const MAX_AP_ASSOC_STA: u16 = 202;
        /// `tdls-peer-capability` (u32).
        pub const TDLS_PEER_CAPABILITY: u16 = 203;
        /// `socket-owner` (flag).
        pub const SOCKET_OWNER: u16 = 204;
        /// `csa-c-offsets-tx` (binary).
        pub const CSA_C_OFFSETS_TX: u16 = 205;
        /// `max-csa-counters` (u8).
        pub const MAX_CSA_COUNTERS: u16 = 206;
        /// `tdls-initiator` (flag).
        pub const TDLS_INITIATOR: u16 = 207;
        /// `use-rrm` (flag).
        pub const USE_RRM: u16 = 208;
        /// `wiphy-dyn-ack` (flag).
        pub const WIPHY_DYN_ACK: u16 = 209;
        /// `tsid` (u8).
        pub const TSID: u16 = 210;
        /// `user-prio` (u8).
        pub const USER_PRIO: u16 = 211;
        /// `admitted-time` (u16).
        pub const ADMITTED_TIME: u16 = 212;
        /// `smps-mode` (u8).
        pub const SMPS_MODE: u16 = 213;
        /// `oper-class` (u8).
        pub const OPER_CLASS: u16 = 214;
        /// `mac-mask` (binary).
        pub const MAC_MASK: u16 = 215;
        /// `wiphy-self-managed-reg` (flag).
        pub const WIPHY_SELF_MANAGED_REG: u16 = 216;
        /// `ext-features` (binary).
        pub const EXT_FEATURES: u16 = 217;
        /// `survey-radio-stats` (binary).
        pub const SURVEY_RADIO_STATS: u16 = 218;
        /// `netns-fd` (u32).
        pub const NETNS_FD: u16 = 219;
        /// `sched-scan-delay` (u32).
        pub const SCHED_SCAN_DELAY: u16 = 220;
        /// `reg-indoor` (flag).
        pub const REG_INDOOR: u16 = 221;
        /// `max-num-sched-scan-plans` (u32).
        pub const MAX_NUM_SCHED_SCAN_PLANS: u16 = 222;
        /// `max-scan-plan-interval` (u32).
        pub const MAX_SCAN_PLAN_INTERVAL: u16 = 223;
        /// `max-scan-plan-iterations` (u32).
        pub const MAX_SCAN_PLAN_ITERATIONS: u16 = 224;
        /// `sched-scan-plans` (binary).
        pub const SCHED_SCAN_PLANS: u16 = 225;
        /// `pbss` (flag).
        pub const PBSS: u16 = 226;
        /// `bss-select` (binary).
        pub const BSS_SELECT: u16 = 227;
        /// `sta-support-p2p-ps` (u8).
        pub const STA_SUPPORT_P2P_PS: u16 = 228;
        /// `pad` (binary).
        pub const PAD: u16 = 229;
        /// `iftype-ext-capa` (binary).
        pub const IFTYPE_EXT_CAPA: u16 = 230;
        /// `mu-mimo-group-data` (binary).
        pub const MU_MIMO_GROUP_DATA: u16 = 231;
        /// `mu-mimo-follow-mac-addr` (binary).
        pub const MU_MIMO_FOLLOW_MAC_ADDR: u16 = 232;
        /// `scan-start-time-tsf` (u64).
        pub const SCAN_START_TIME_TSF: u16 = 233;
        /// `scan-start-time-tsf-bssid` (binary).
        pub const SCAN_START_TIME_TSF_BSSID: u16 = 234;
        /// `measurement-duration` (u16).
        pub const MEASUREMENT_DURATION: u16 = 235;
        /// `measurement-duration-mandatory` (flag).
        pub const MEASUREMENT_DURATION_MANDATORY: u16 = 236;
        /// `mesh-peer-aid` (u16).
        pub const MESH_PEER_AID: u16 = 237;
        /// `nan-master-pref` (u8).
        pub const NAN_MASTER_PREF: u16 = 238;
        /// `bands` (u32).
        pub const BANDS: u16 = 239;
        /// `nan-func` (binary).
        pub const NAN_FUNC: u16 = 240;
        /// `nan-match` (binary).
        pub const NAN_MATCH: u16 = 241;
        /// `fils-kek` (binary).
        pub const FILS_KEK: u16 = 242;
        /// `fils-nonces` (binary).
        pub const FILS_NONCES: u16 = 243;
        /// `multicast-to-unicast-enabled` (flag).
        pub const MULTICAST_TO_UNICAST_ENABLED: u16 = 244;
        /// `bssid` (binary).
        pub const BSSID: u16 = 245;
        /// `sched-scan-relative-rssi` (s8).
        pub const SCHED_SCAN_RELATIVE_RSSI: u16 = 246;
        /// `sched-scan-rssi-adjust` (binary).
        pub const SCHED_SCAN_RSSI_ADJUST: u16 = 247;
        /// `timeout-reason` (u32).
        pub const TIMEOUT_REASON: u16 = 248;
        /// `fils-erp-username` (binary).
        pub const FILS_ERP_USERNAME: u16 = 249;
        /// `fils-erp-realm` (binary).
        pub const FILS_ERP_REALM: u16 = 250;
        /// `fils-erp-next-seq-num` (u16).
        pub const FILS_ERP_NEXT_SEQ_NUM: u16 = 251;
        /// `fils-erp-rrk` (binary).
        pub const FILS_ERP_RRK: u16 = 252;
        /// `fils-cache-id` (binary).
        pub const FILS_CACHE_ID: u16 = 253;
        /// `pmk` (binary).
        pub const PMK: u16 = 254;
        /// `sched-scan-multi` (flag).
        pub const SCHED_SCAN_MULTI: u16 = 255;
        /// `sched-scan-max-reqs` (u32).
        pub const SCHED_SCAN_MAX_REQS: u16 = 256;
        /// `want-1x-4way-hs` (flag).
        pub const WANT_1X_4WAY_HS: u16 = 257;
        /// `pmkr0-name` (binary).
        pub const PMKR0_NAME: u16 = 258;
        /// `port-authorized` (binary).
        pub const PORT_AUTHORIZED: u16 = 259;
        /// `external-auth-action` (u32).
        pub const EXTERNAL_AUTH_ACTION: u16 = 260;
        /// `external-auth-support` (flag).
        pub const EXTERNAL_AUTH_SUPPORT: u16 = 261;
        /// `nss` (u8).
        pub const NSS: u16 = 262;
        /// `ack-signal` (s32).
        pub const ACK_SIGNAL: u16 = 263;
        /// `control-port-over-nl80211` (flag).
        pub const CONTROL_PORT_OVER_NL80211: u16 = 264;
        /// `txq-stats` (nest).
        pub const TXQ_STATS: u16 = 265;
        /// `txq-limit` (u32).
        pub const TXQ_LIMIT: u16 = 266;
        /// `txq-memory-limit` (u32).
        pub const TXQ_MEMORY_LIMIT: u16 = 267;
        /// `txq-quantum` (u32).
        pub const TXQ_QUANTUM: u16 = 268;
        /// `he-capability` (binary).
        pub const HE_CAPABILITY: u16 = 269;
        /// `ftm-responder` (binary).
        pub const FTM_RESPONDER: u16 = 270;
        /// `ftm-responder-stats` (binary).
        pub const FTM_RESPONDER_STATS: u16 = 271;
        /// `timeout` (u32).
        pub const TIMEOUT: u16 = 272;
        /// `peer-measurements` (binary).
        pub const PEER_MEASUREMENTS: u16 = 273;
        /// `airtime-weight` (u16).
        pub const AIRTIME_WEIGHT: u16 = 274;
        /// `sta-tx-power-setting` (u8).
        pub const STA_TX_POWER_SETTING: u16 = 275;
        /// `sta-tx-power` (s16).
        pub const STA_TX_POWER: u16 = 276;
        /// `sae-password` (binary).
        pub const SAE_PASSWORD: u16 = 277;
        /// `twt-responder` (flag).
        pub const TWT_RESPONDER: u16 = 278;
        /// `he-obss-pd` (binary).
        pub const HE_OBSS_PD: u16 = 279;
        /// `wiphy-edmg-channels` (u8).
        pub const WIPHY_EDMG_CHANNELS: u16 = 280;
        /// `wiphy-edmg-bw-config` (u8).
        pub const WIPHY_EDMG_BW_CONFIG: u16 = 281;
        /// `vlan-id` (u16).
        pub const VLAN_ID: u16 = 282;
        /// `he-bss-color` (binary).
        pub const HE_BSS_COLOR: u16 = 283;
        /// `iftype-akm-suites` (binary).
        pub const IFTYPE_AKM_SUITES: u16 = 284;
        /// `tid-config` (binary).
        pub const TID_CONFIG: u16 = 285;
        /// `control-port-no-preauth` (flag).
        pub const CONTROL_PORT_NO_PREAUTH: u16 = 286;
        /// `pmk-lifetime` (u32).
        pub const PMK_LIFETIME: u16 = 287;
        /// `pmk-reauth-threshold` (u8).
        pub const PMK_REAUTH_THRESHOLD: u16 = 288;
        /// `receive-multicast` (flag).
        pub const RECEIVE_MULTICAST: u16 = 289;
        /// `wiphy-freq-offset` (u32).
        pub const WIPHY_FREQ_OFFSET: u16 = 290;
        /// `center-freq1-offset` (u32).
        pub const CENTER_FREQ1_OFFSET: u16 = 291;
        /// `scan-freq-khz` (binary).
        pub const SCAN_FREQ_KHZ: u16 = 292;
        /// `he-6ghz-capability` (binary).
        pub const HE_6GHZ_CAPABILITY: u16 = 293;
        /// `fils-discovery` (binary).
        pub const FILS_DISCOVERY: u16 = 294;
        /// `unsol-bcast-probe-resp` (binary).
        pub const UNSOL_BCAST_PROBE_RESP: u16 = 295;
        /// `s1g-capability` (binary).
        pub const S1G_CAPABILITY: u16 = 296;
        /// `s1g-capability-mask` (binary).
        pub const S1G_CAPABILITY_MASK: u16 = 297;
        /// `sae-pwe` (u8).
        pub const SAE_PWE: u16 = 298;
        /// `reconnect-requested` (binary).
        pub const RECONNECT_REQUESTED: u16 = 299;
        /// `sar-spec` (nest).
        pub const SAR_SPEC: u16 = 300;
        /// `disable-he` (flag).
        pub const DISABLE_HE: u16 = 301;
        /// `obss-color-bitmap` (u64).
        pub const OBSS_COLOR_BITMAP: u16 = 302;
        /// `color-change-count` (u8).
        pub const COLOR_CHANGE_COUNT: u16 = 303;
        /// `color-change-color` (u8).
        pub const COLOR_CHANGE_COLOR: u16 = 304;
        /// `color-change-elems` (binary).
        pub const COLOR_CHANGE_ELEMS: u16 = 305;
        /// `mbssid-config` (binary).
        pub const MBSSID_CONFIG: u16 = 306;
        /// `mbssid-elems` (binary).
        pub const MBSSID_ELEMS: u16 = 307;
        /// `radar-background` (flag).
        pub const RADAR_BACKGROUND: u16 = 308;
        /// `ap-settings-flags` (u32).
        pub const AP_SETTINGS_FLAGS: u16 = 309;
        /// `eht-capability` (binary).
        pub const EHT_CAPABILITY: u16 = 310;
        /// `disable-eht` (flag).
        pub const DISABLE_EHT: u16 = 311;
        /// `mlo-links` (binary).
        pub const MLO_LINKS: u16 = 312;
        /// `mlo-link-id` (u8).
        pub const MLO_LINK_ID: u16 = 313;
        /// `mld-addr` (binary).
        pub const MLD_ADDR: u16 = 314;
        /// `mlo-support` (flag).
        pub const MLO_SUPPORT: u16 = 315;
        /// `max-num-akm-suites` (binary).
        pub const MAX_NUM_AKM_SUITES: u16 = 316;
        /// `eml-capability` (u16).
        pub const EML_CAPABILITY: u16 = 317;
        /// `mld-capa-and-ops` (u16).
        pub const MLD_CAPA_AND_OPS: u16 = 318;
        /// `tx-hw-timestamp` (u64).
        pub const TX_HW_TIMESTAMP: u16 = 319;
        /// `rx-hw-timestamp` (u64).
        pub const RX_HW_TIMESTAMP: u16 = 320;
        /// `td-bitmap` (binary).
        pub const TD_BITMAP: u16 = 321;
        /// `punct-bitmap` (u32).
        pub const PUNCT_BITMAP: u16 = 322;
        /// `max-hw-timestamp-peers` (u16).
        pub const MAX_HW_TIMESTAMP_PEERS: u16 = 323;
        /// `hw-timestamp-enabled` (flag).
        pub const HW_TIMESTAMP_ENABLED: u16 = 324;
        /// `ema-rnr-elems` (binary).
        pub const EMA_RNR_ELEMS: u16 = 325;
        /// `mlo-link-disabled` (flag).
        pub const MLO_LINK_DISABLED: u16 = 326;
        /// `bss-dump-include-use-data` (flag).
        pub const BSS_DUMP_INCLUDE_USE_DATA: u16 = 327;
        /// `mlo-ttlm-dlink` (u16).
        pub const MLO_TTLM_DLINK: u16 = 328;
        /// `mlo-ttlm-ulink` (u16).
        pub const MLO_TTLM_ULINK: u16 = 329;
        /// `assoc-spp-amsdu` (flag).
        pub const ASSOC_SPP_AMSDU: u16 = 330;
        /// `wiphy-radios` (binary).
        pub const WIPHY_RADIOS: u16 = 331;
        /// `wiphy-interface-combinations` (binary).
        pub const WIPHY_INTERFACE_COMBINATIONS: u16 = 332;
        /// `vif-radio-mask` (u32).
        pub const VIF_RADIO_MASK: u16 = 333;
    }

    /// The attributes of `wiphy-bands`.
    pub mod wiphy_bands {
        /// `2ghz` (nest).
        pub const N2GHZ: u16 = 0;
        /// `5ghz` (nest).
        pub const N5GHZ: u16 = 1;
        /// `60ghz` (nest).
        pub const N60GHZ: u16 = 2;
        /// `6ghz` (nest).
        pub const N6GHZ: u16 = 3;
        /// `s1ghz` (nest).
        pub const S1GHZ: u16 = 4;
        /// `lc` (nest).
        pub const LC: u16 = 5;
    }

    /// The attributes of `band-attrs`.
    pub mod band_attrs {
        /// `freqs` (indexed-array).
        pub const FREQS: u16 = 1;
        /// `rates` (indexed-array).
        pub const RATES: u16 = 2;
        /// `ht-mcs-set` (binary).
        pub const HT_MCS_SET: u16 = 3;
        /// `ht-capa` (u16).
        pub const HT_CAPA: u16 = 4;
        /// `ht-ampdu-factor` (u8).
        pub const HT_AMPDU_FACTOR: u16 = 5;
        /// `ht-ampdu-density` (u8).
        pub const HT_AMPDU_DENSITY: u16 = 6;
        /// `vht-mcs-set` (binary).
        pub const VHT_MCS_SET: u16 = 7;
        /// `vht-capa` (u32).
        pub const VHT_CAPA: u16 = 8;
        /// `iftype-data` (indexed-array).
        pub const IFTYPE_DATA: u16 = 9;
        /// `edmg-channels` (binary).
        pub const EDMG_CHANNELS: u16 = 10;
        /// `edmg-bw-config` (binary).
        pub const EDMG_BW_CONFIG: u16 = 11;
        /// `s1g-mcs-nss-set` (binary).
        pub const S1G_MCS_NSS_SET: u16 = 12;
        /// `s1g-capa` (binary).
        pub const S1G_CAPA: u16 = 13;
    }

    /// The attributes of `bitrate-attrs`.
    pub mod bitrate_attrs {
        /// `rate` (u32).
        pub const RATE: u16 = 1;
        /// `2ghz-shortpreamble` (flag).
        pub const N2GHZ_SHORTPREAMBLE: u16 = 2;
    }

    /// The attributes of `frequency-attrs`.
    pub mod frequency_attrs {
        /// `freq` (u32).
        pub const FREQ: u16 = 1;
        /// `disabled` (flag).
        pub const DISABLED: u16 = 2;
        /// `no-ir` (flag).
        pub const NO_IR: u16 = 3;
        /// `no-ibss` (flag).
        pub const NO_IBSS: u16 = 4;
        /// `radar` (flag).
        pub const RADAR: u16 = 5;
        /// `max-tx-power` (u32).
        pub const MAX_TX_POWER: u16 = 6;
        /// `dfs-state` (u32).
        pub const DFS_STATE: u16 = 7;
        /// `dfs-time` (binary).
        pub const DFS_TIME: u16 = 8;
        /// `no-ht40-minus` (binary).
        pub const NO_HT40_MINUS: u16 = 9;
        /// `no-ht40-plus` (binary).
        pub const NO_HT40_PLUS: u16 = 10;
        /// `no-80mhz` (binary).
        pub const NO_80MHZ: u16 = 11;
        /// `no-160mhz` (binary).
        pub const NO_160MHZ: u16 = 12;
        /// `dfs-cac-time` (binary).
        pub const DFS_CAC_TIME: u16 = 13;
        /// `indoor-only` (binary).
        pub const INDOOR_ONLY: u16 = 14;
        /// `ir-concurrent` (binary).
        pub const IR_CONCURRENT: u16 = 15;
        /// `no-20mhz` (binary).
        pub const NO_20MHZ: u16 = 16;
        /// `no-10mhz` (binary).
        pub const NO_10MHZ: u16 = 17;
        /// `wmm` (indexed-array).
        pub const WMM: u16 = 18;
        /// `no-he` (binary).
        pub const NO_HE: u16 = 19;
        /// `offset` (u32).
        pub const OFFSET: u16 = 20;
        /// `1mhz` (binary).
        pub const N1MHZ: u16 = 21;
        /// `2mhz` (binary).
        pub const N2MHZ: u16 = 22;
        /// `4mhz` (binary).
        pub const N4MHZ: u16 = 23;
        /// `8mhz` (binary).
        pub const N8MHZ: u16 = 24;
        /// `16mhz` (binary).
        pub const N16MHZ: u16 = 25;
        /// `no-320mhz` (binary).
        pub const NO_320MHZ: u16 = 26;
        /// `no-eht` (binary).
        pub const NO_EHT: u16 = 27;
        /// `psd` (binary).
        pub const PSD: u16 = 28;
        /// `dfs-concurrent` (binary).
        pub const DFS_CONCURRENT: u16 = 29;
        /// `no-6ghz-vlp-client` (binary).
        pub const NO_6GHZ_VLP_CLIENT: u16 = 30;
        /// `no-6ghz-afc-client` (binary).
        pub const NO_6GHZ_AFC_CLIENT: u16 = 31;
        /// `can-monitor` (binary).
        pub const CAN_MONITOR: u16 = 32;
        /// `allow-6ghz-vlp-ap` (binary).
        pub const ALLOW_6GHZ_VLP_AP: u16 = 33;
    }

    /// The attributes of `if-combination-attributes`.
    pub mod if_combination_attributes {
        /// `limits` (indexed-array).
        pub const LIMITS: u16 = 1;
        /// `maxnum` (u32).
        pub const MAXNUM: u16 = 2;
        /// `sta-ap-bi-match` (flag).
        pub const STA_AP_BI_MATCH: u16 = 3;
        /// `num-channels` (u32).
        pub const NUM_CHANNELS: u16 = 4;
        /// `radar-detect-widths` (u32).
        pub const RADAR_DETECT_WIDTHS: u16 = 5;
        /// `radar-detect-regions` (u32).
        pub const RADAR_DETECT_REGIONS: u16 = 6;
        /// `bi-min-gcd` (u32).
        pub const BI_MIN_GCD: u16 = 7;
    }

    /// The attributes of `iface-limit-attributes`.
    pub mod iface_limit_attributes {
        /// `max` (u32).
        pub const MAX: u16 = 1;
        /// `types` (nest).
        pub const TYPES: u16 = 2;
    }

    /// The attributes of `iftype-data-attrs`.
    pub mod iftype_data_attrs {
        /// `iftypes` (binary).
        pub const IFTYPES: u16 = 1;
        /// `he-cap-mac` (binary).
        pub const HE_CAP_MAC: u16 = 2;
        /// `he-cap-phy` (binary).
        pub const HE_CAP_PHY: u16 = 3;
        /// `he-cap-mcs-set` (binary).
        pub const HE_CAP_MCS_SET: u16 = 4;
        /// `he-cap-ppe` (binary).
        pub const HE_CAP_PPE: u16 = 5;
        /// `he-6ghz-capa` (binary).
        pub const HE_6GHZ_CAPA: u16 = 6;
        /// `vendor-elems` (binary).
        pub const VENDOR_ELEMS: u16 = 7;
        /// `eht-cap-mac` (binary).
        pub const EHT_CAP_MAC: u16 = 8;
        /// `eht-cap-phy` (binary).
        pub const EHT_CAP_PHY: u16 = 9;
        /// `eht-cap-mcs-set` (binary).
        pub const EHT_CAP_MCS_SET: u16 = 10;
        /// `eht-cap-ppe` (binary).
        pub const EHT_CAP_PPE: u16 = 11;
    }

    /// The attributes of `iftype-attrs`.
    pub mod iftype_attrs {
        /// `unspecified` (nest).
        pub const UNSPECIFIED: u16 = 0;
        /// `adhoc` (nest).
        pub const ADHOC: u16 = 1;
        /// `station` (nest).
        pub const STATION: u16 = 2;
        /// `ap` (nest).
        pub const AP: u16 = 3;
        /// `ap-vlan` (nest).
        pub const AP_VLAN: u16 = 4;
        /// `wds` (nest).
        pub const WDS: u16 = 5;
        /// `monitor` (nest).
        pub const MONITOR: u16 = 6;
        /// `mesh-point` (nest).
        pub const MESH_POINT: u16 = 7;
        /// `p2p-client` (nest).
        pub const P2P_CLIENT: u16 = 8;
        /// `p2p-go` (nest).
        pub const P2P_GO: u16 = 9;
        /// `p2p-device` (nest).
        pub const P2P_DEVICE: u16 = 10;
        /// `ocb` (nest).
        pub const OCB: u16 = 11;
        /// `nan` (nest).
        pub const NAN: u16 = 12;
    }

    /// The attributes of `sar-attributes`.
    pub mod sar_attributes {
        /// `type` (u32).
        pub const TYPE: u16 = 1;
        /// `specs` (indexed-array).
        pub const SPECS: u16 = 2;
    }

    /// The attributes of `sar-specs`.
    pub mod sar_specs {
        /// `power` (s32).
        pub const POWER: u16 = 1;
        /// `range-index` (u32).
        pub const RANGE_INDEX: u16 = 2;
        /// `start-freq` (u32).
        pub const START_FREQ: u16 = 3;
        /// `end-freq` (u32).
        pub const END_FREQ: u16 = 4;
    }

    /// The attributes of `supported-iftypes`.
    pub mod supported_iftypes {
        /// `adhoc` (flag).
        pub const ADHOC: u16 = 1;
        /// `station` (flag).
        pub const STATION: u16 = 2;
        /// `ap` (flag).
        pub const AP: u16 = 3;
        /// `ap-vlan` (flag).
        pub const AP_VLAN: u16 = 4;
        /// `wds` (flag).
        pub const WDS: u16 = 5;
        /// `monitor` (flag).
        pub const MONITOR: u16 = 6;
        /// `mesh-point` (flag).
        pub const MESH_POINT: u16 = 7;
        /// `p2p-client` (flag).
        pub const P2P_CLIENT: u16 = 8;
        /// `p2p-go` (flag).
        pub const P2P_GO: u16 = 9;
        /// `p2p-device` (flag).
        pub const P2P_DEVICE: u16 = 10;
        /// `ocb` (flag).
        pub const OCB: u16 = 11;
        /// `nan` (flag).
        pub const NAN: u16 = 12;
    }

    /// The attributes of `txq-stats-attrs`.
    pub mod txq_stats_attrs {
        /// `backlog-bytes` (u32).
        pub const BACKLOG_BYTES: u16 = 1;
        /// `backlog-packets` (u32).
        pub const BACKLOG_PACKETS: u16 = 2;
        /// `flows` (u32).
        pub const FLOWS: u16 = 3;
        /// `drops` (u32).
        pub const DROPS: u16 = 4;
        /// `ecn-marks` (u32).
        pub const ECN_MARKS: u16 = 5;
        /// `overlimit` (u32).
        pub const OVERLIMIT: u16 = 6;
        /// `overmemory` (u32).
        pub const OVERMEMORY: u16 = 7;
        /// `collisions` (u32).
        pub const COLLISIONS: u16 = 8;
        /// `tx-bytes` (u32).
        pub const TX_BYTES: u16 = 9;
        /// `tx-packets` (u32).
        pub const TX_PACKETS: u16 = 10;
        /// `max-flows` (u32).
        pub const MAX_FLOWS: u16 = 11;
    }

    /// The attributes of `wmm-attrs`.
    pub mod wmm_attrs {
        /// `cw-min` (u16).
        pub const CW_MIN: u16 = 1;
        /// `cw-max` (u16).
        pub const CW_MAX: u16 = 2;
        /// `aifsn` (u8).
        pub const AIFSN: u16 = 3;
        /// `txop` (u16).
        pub const TXOP: u16 = 4;
    }

    /// The attributes of `wowlan-triggers-attrs`.
    pub mod wowlan_triggers_attrs {
        /// `any` (flag).
        pub const ANY: u16 = 1;
        /// `disconnect` (flag).
        pub const DISCONNECT: u16 = 2;
        /// `magic-pkt` (flag).
        pub const MAGIC_PKT: u16 = 3;
        /// `pkt-pattern` (flag).
        pub const PKT_PATTERN: u16 = 4;
        /// `gtk-rekey-supported` (flag).
        pub const GTK_REKEY_SUPPORTED: u16 = 5;
        /// `gtk-rekey-failure` (flag).
        pub const GTK_REKEY_FAILURE: u16 = 6;
        /// `eap-ident-request` (flag).
        pub const EAP_IDENT_REQUEST: u16 = 7;
        /// `4way-handshake` (flag).
        pub const N4WAY_HANDSHAKE: u16 = 8;
        /// `rfkill-release` (flag).
        pub const RFKILL_RELEASE: u16 = 9;
        /// `wakeup-pkt-80211` (flag).
        pub const WAKEUP_PKT_80211: u16 = 10;
        /// `wakeup-pkt-80211-len` (flag).
        pub const WAKEUP_PKT_80211_LEN: u16 = 11;
        /// `wakeup-pkt-8023` (flag).
        pub const WAKEUP_PKT_8023: u16 = 12;
        /// `wakeup-pkt-8023-len` (flag).
        pub const WAKEUP_PKT_8023_LEN: u16 = 13;
        /// `tcp-connection` (flag).
        pub const TCP_CONNECTION: u16 = 14;
        /// `wakeup-tcp-match` (flag).
        pub const WAKEUP_TCP_MATCH: u16 = 15;
        /// `wakeup-tcp-connlost` (flag).
        pub const WAKEUP_TCP_CONNLOST: u16 = 16;
        /// `wakeup-tcp-nomoretokens` (flag).
        pub const WAKEUP_TCP_NOMORETOKENS: u16 = 17;
        /// `net-detect` (flag).
        pub const NET_DETECT: u16 = 18;
        /// `net-detect-results` (flag).
        pub const NET_DETECT_RESULTS: u16 = 19;
        /// `unprotected-deauth-disassoc` (flag).
        pub const UNPROTECTED_DEAUTH_DISASSOC: u16 = 20;
    }
}

crate::attribute_set! {
    /// The attribute set `nl80211-attrs`.
    pub struct Nl80211Attrs {}
    attributes {
        /// `wiphy`.
        pub wiphy: codec::U32 = attrs::nl80211_attrs::WIPHY,
        /// `wiphy-name`.
        pub wiphy_name: codec::Str = attrs::nl80211_attrs::WIPHY_NAME,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::nl80211_attrs::IFINDEX,
        /// `ifname`.
        pub ifname: codec::Str = attrs::nl80211_attrs::IFNAME,
        /// `iftype`.
        pub iftype: codec::U32 = attrs::nl80211_attrs::IFTYPE,
        /// `mac`.
        pub mac: codec::Bytes = attrs::nl80211_attrs::MAC,
        /// `key-data`.
        pub key_data: codec::Bytes = attrs::nl80211_attrs::KEY_DATA,
        /// `key-idx`.
        pub key_idx: codec::U8 = attrs::nl80211_attrs::KEY_IDX,
        /// `key-cipher`.
        pub key_cipher: codec::U32 = attrs::nl80211_attrs::KEY_CIPHER,
        /// `key-seq`.
        pub key_seq: codec::Bytes = attrs::nl80211_attrs::KEY_SEQ,
        /// `key-default`.
        pub key_default: codec::Flag = attrs::nl80211_attrs::KEY_DEFAULT,
        /// `beacon-interval`.
        pub beacon_interval: codec::U32 = attrs::nl80211_attrs::BEACON_INTERVAL,
        /// `dtim-period`.
        pub dtim_period: codec::U32 = attrs::nl80211_attrs::DTIM_PERIOD,
        /// `beacon-head`.
        pub beacon_head: codec::Bytes = attrs::nl80211_attrs::BEACON_HEAD,
        /// `beacon-tail`.
        pub beacon_tail: codec::Bytes = attrs::nl80211_attrs::BEACON_TAIL,
        /// `sta-aid`.
        pub sta_aid: codec::U16 = attrs::nl80211_attrs::STA_AID,
        /// `sta-flags`.
        pub sta_flags: codec::Bytes = attrs::nl80211_attrs::STA_FLAGS,
        /// `sta-listen-interval`.
        pub sta_listen_interval: codec::U16 = attrs::nl80211_attrs::STA_LISTEN_INTERVAL,
        /// `sta-supported-rates`.
        pub sta_supported_rates: codec::Bytes = attrs::nl80211_attrs::STA_SUPPORTED_RATES,
        /// `sta-vlan`.
        pub sta_vlan: codec::U32 = attrs::nl80211_attrs::STA_VLAN,
        /// `sta-info`.
        pub sta_info: codec::Bytes = attrs::nl80211_attrs::STA_INFO,
        /// `wiphy-bands`.
        pub wiphy_bands: codec::Nested<WiphyBands> = attrs::nl80211_attrs::WIPHY_BANDS,
        /// `mntr-flags`.
        pub mntr_flags: codec::Bytes = attrs::nl80211_attrs::MNTR_FLAGS,
        /// `mesh-id`.
        pub mesh_id: codec::Bytes = attrs::nl80211_attrs::MESH_ID,
        /// `sta-plink-action`.
        pub sta_plink_action: codec::U8 = attrs::nl80211_attrs::STA_PLINK_ACTION,
        /// `mpath-next-hop`.
        pub mpath_next_hop: codec::Bytes = attrs::nl80211_attrs::MPATH_NEXT_HOP,
        /// `mpath-info`.
        pub mpath_info: codec::Bytes = attrs::nl80211_attrs::MPATH_INFO,
        /// `bss-cts-prot`.
        pub bss_cts_prot: codec::U8 = attrs::nl80211_attrs::BSS_CTS_PROT,
        /// `bss-short-preamble`.
        pub bss_short_preamble: codec::U8 = attrs::nl80211_attrs::BSS_SHORT_PREAMBLE,
        /// `bss-short-slot-time`.
        pub bss_short_slot_time: codec::U8 = attrs::nl80211_attrs::BSS_SHORT_SLOT_TIME,
        /// `ht-capability`.
        pub ht_capability: codec::Bytes = attrs::nl80211_attrs::HT_CAPABILITY,
        /// `supported-iftypes`.
        pub supported_iftypes: codec::Nested<SupportedIftypes> = attrs::nl80211_attrs::SUPPORTED_IFTYPES,
        /// `reg-alpha2`.
        pub reg_alpha2: codec::Bytes = attrs::nl80211_attrs::REG_ALPHA2,
        /// `reg-rules`.
        pub reg_rules: codec::Bytes = attrs::nl80211_attrs::REG_RULES,
        /// `mesh-config`.
        pub mesh_config: codec::Bytes = attrs::nl80211_attrs::MESH_CONFIG,
        /// `bss-basic-rates`.
        pub bss_basic_rates: codec::Bytes = attrs::nl80211_attrs::BSS_BASIC_RATES,
        /// `wiphy-txq-params`.
        pub wiphy_txq_params: codec::Bytes = attrs::nl80211_attrs::WIPHY_TXQ_PARAMS,
        /// `wiphy-freq`.
        pub wiphy_freq: codec::U32 = attrs::nl80211_attrs::WIPHY_FREQ,
        /// `wiphy-channel-type`.
        pub wiphy_channel_type: codec::Enum32<ChannelType> = attrs::nl80211_attrs::WIPHY_CHANNEL_TYPE,
        /// `key-default-mgmt`.
        pub key_default_mgmt: codec::Flag = attrs::nl80211_attrs::KEY_DEFAULT_MGMT,
        /// `mgmt-subtype`.
        pub mgmt_subtype: codec::U8 = attrs::nl80211_attrs::MGMT_SUBTYPE,
        /// `ie`.
        pub ie: codec::Bytes = attrs::nl80211_attrs::IE,
        /// `max-num-scan-ssids`.
        pub max_num_scan_ssids: codec::U8 = attrs::nl80211_attrs::MAX_NUM_SCAN_SSIDS,
        /// `scan-frequencies`.
        pub scan_frequencies: codec::Bytes = attrs::nl80211_attrs::SCAN_FREQUENCIES,
        /// `scan-ssids`.
        pub scan_ssids: codec::Bytes = attrs::nl80211_attrs::SCAN_SSIDS,
        /// `generation`.
        pub generation: codec::U32 = attrs::nl80211_attrs::GENERATION,
        /// `bss`.
        pub bss: codec::Bytes = attrs::nl80211_attrs::BSS,
        /// `reg-initiator`.
        pub reg_initiator: codec::U8 = attrs::nl80211_attrs::REG_INITIATOR,
        /// `reg-type`.
        pub reg_type: codec::U8 = attrs::nl80211_attrs::REG_TYPE,
        /// `supported-commands`.
        pub supported_commands: codec::IndexedArray<codec::U32> = attrs::nl80211_attrs::SUPPORTED_COMMANDS,
        /// `frame`.
        pub frame: codec::Bytes = attrs::nl80211_attrs::FRAME,
        /// `ssid`.
        pub ssid: codec::Bytes = attrs::nl80211_attrs::SSID,
        /// `auth-type`.
        pub auth_type: codec::U32 = attrs::nl80211_attrs::AUTH_TYPE,
        /// `reason-code`.
        pub reason_code: codec::U16 = attrs::nl80211_attrs::REASON_CODE,
        /// `key-type`.
        pub key_type: codec::U32 = attrs::nl80211_attrs::KEY_TYPE,
        /// `max-scan-ie-len`.
        pub max_scan_ie_len: codec::U16 = attrs::nl80211_attrs::MAX_SCAN_IE_LEN,
        /// `cipher-suites`.
        pub cipher_suites: codec::Array<codec::U32> = attrs::nl80211_attrs::CIPHER_SUITES,
        /// `freq-before`.
        pub freq_before: codec::Bytes = attrs::nl80211_attrs::FREQ_BEFORE,
        /// `freq-after`.
        pub freq_after: codec::Bytes = attrs::nl80211_attrs::FREQ_AFTER,
        /// `freq-fixed`.
        pub freq_fixed: codec::Flag = attrs::nl80211_attrs::FREQ_FIXED,
        /// `wiphy-retry-short`.
        pub wiphy_retry_short: codec::U8 = attrs::nl80211_attrs::WIPHY_RETRY_SHORT,
        /// `wiphy-retry-long`.
        pub wiphy_retry_long: codec::U8 = attrs::nl80211_attrs::WIPHY_RETRY_LONG,
        /// `wiphy-frag-threshold`.
        pub wiphy_frag_threshold: codec::U32 = attrs::nl80211_attrs::WIPHY_FRAG_THRESHOLD,
        /// `wiphy-rts-threshold`.
        pub wiphy_rts_threshold: codec::U32 = attrs::nl80211_attrs::WIPHY_RTS_THRESHOLD,
        /// `timed-out`.
        pub timed_out: codec::Flag = attrs::nl80211_attrs::TIMED_OUT,
        /// `use-mfp`.
        pub use_mfp: codec::U32 = attrs::nl80211_attrs::USE_MFP,
        /// `sta-flags2`.
        pub sta_flags2: codec::StructTrailing<StaFlagUpdate> = attrs::nl80211_attrs::STA_FLAGS2,
        /// `control-port`.
        pub control_port: codec::Flag = attrs::nl80211_attrs::CONTROL_PORT,
        /// `testdata`.
        pub testdata: codec::Bytes = attrs::nl80211_attrs::TESTDATA,
        /// `privacy`.
        pub privacy: codec::Flag = attrs::nl80211_attrs::PRIVACY,
        /// `disconnected-by-ap`.
        pub disconnected_by_ap: codec::Flag = attrs::nl80211_attrs::DISCONNECTED_BY_AP,
        /// `status-code`.
        pub status_code: codec::U16 = attrs::nl80211_attrs::STATUS_CODE,
        /// `cipher-suites-pairwise`.
        pub cipher_suites_pairwise: codec::Bytes = attrs::nl80211_attrs::CIPHER_SUITES_PAIRWISE,
        /// `cipher-suite-group`.
        pub cipher_suite_group: codec::U32 = attrs::nl80211_attrs::CIPHER_SUITE_GROUP,
        /// `wpa-versions`.
        pub wpa_versions: codec::U32 = attrs::nl80211_attrs::WPA_VERSIONS,
        /// `akm-suites`.
        pub akm_suites: codec::Bytes = attrs::nl80211_attrs::AKM_SUITES,
        /// `req-ie`.
        pub req_ie: codec::Bytes = attrs::nl80211_attrs::REQ_IE,
        /// `resp-ie`.
        pub resp_ie: codec::Bytes = attrs::nl80211_attrs::RESP_IE,
        /// `prev-bssid`.
        pub prev_bssid: codec::Bytes = attrs::nl80211_attrs::PREV_BSSID,
        /// `key`.
        pub key: codec::Bytes = attrs::nl80211_attrs::KEY,
        /// `keys`.
        pub keys: codec::Bytes = attrs::nl80211_attrs::KEYS,
        /// `pid`.
        pub pid: codec::U32 = attrs::nl80211_attrs::PID,
        /// `4addr`.
        pub n4addr: codec::U8 = attrs::nl80211_attrs::N4ADDR,
        /// `survey-info`.
        pub survey_info: codec::Bytes = attrs::nl80211_attrs::SURVEY_INFO,
        /// `pmkid`.
        pub pmkid: codec::Bytes = attrs::nl80211_attrs::PMKID,
        /// `max-num-pmkids`.
        pub max_num_pmkids: codec::U8 = attrs::nl80211_attrs::MAX_NUM_PMKIDS,
        /// `duration`.
        pub duration: codec::U32 = attrs::nl80211_attrs::DURATION,
        /// `cookie`.
        pub cookie: codec::U64 = attrs::nl80211_attrs::COOKIE,
        /// `wiphy-coverage-class`.
        pub wiphy_coverage_class: codec::U8 = attrs::nl80211_attrs::WIPHY_COVERAGE_CLASS,
        /// `tx-rates`.
        pub tx_rates: codec::Bytes = attrs::nl80211_attrs::TX_RATES,
        /// `frame-match`.
        pub frame_match: codec::Bytes = attrs::nl80211_attrs::FRAME_MATCH,
        /// `ack`.
        pub ack: codec::Flag = attrs::nl80211_attrs::ACK,
        /// `ps-state`.
        pub ps_state: codec::U32 = attrs::nl80211_attrs::PS_STATE,
        /// `cqm`.
        pub cqm: codec::Bytes = attrs::nl80211_attrs::CQM,
        /// `local-state-change`.
        pub local_state_change: codec::Flag = attrs::nl80211_attrs::LOCAL_STATE_CHANGE,
        /// `ap-isolate`.
        pub ap_isolate: codec::U8 = attrs::nl80211_attrs::AP_ISOLATE,
        /// `wiphy-tx-power-setting`.
        pub wiphy_tx_power_setting: codec::U32 = attrs::nl80211_attrs::WIPHY_TX_POWER_SETTING,
        /// `wiphy-tx-power-level`.
        pub wiphy_tx_power_level: codec::U32 = attrs::nl80211_attrs::WIPHY_TX_POWER_LEVEL,
        /// `tx-frame-types`.
        pub tx_frame_types: codec::Nested<IftypeAttrs> = attrs::nl80211_attrs::TX_FRAME_TYPES,
        /// `rx-frame-types`.
        pub rx_frame_types: codec::Nested<IftypeAttrs> = attrs::nl80211_attrs::RX_FRAME_TYPES,
        /// `frame-type`.
        pub frame_type: codec::U16 = attrs::nl80211_attrs::FRAME_TYPE,
        /// `control-port-ethertype`.
        pub control_port_ethertype: codec::Flag = attrs::nl80211_attrs::CONTROL_PORT_ETHERTYPE,
        /// `control-port-no-encrypt`.
        pub control_port_no_encrypt: codec::Flag = attrs::nl80211_attrs::CONTROL_PORT_NO_ENCRYPT,
        /// `support-ibss-rsn`.
        pub support_ibss_rsn: codec::Flag = attrs::nl80211_attrs::SUPPORT_IBSS_RSN,
        /// `wiphy-antenna-tx`.
        pub wiphy_antenna_tx: codec::U32 = attrs::nl80211_attrs::WIPHY_ANTENNA_TX,
        /// `wiphy-antenna-rx`.
        pub wiphy_antenna_rx: codec::U32 = attrs::nl80211_attrs::WIPHY_ANTENNA_RX,
        /// `mcast-rate`.
        pub mcast_rate: codec::U32 = attrs::nl80211_attrs::MCAST_RATE,
        /// `offchannel-tx-ok`.
        pub offchannel_tx_ok: codec::Flag = attrs::nl80211_attrs::OFFCHANNEL_TX_OK,
        /// `bss-ht-opmode`.
        pub bss_ht_opmode: codec::U16 = attrs::nl80211_attrs::BSS_HT_OPMODE,
        /// `key-default-types`.
        pub key_default_types: codec::Bytes = attrs::nl80211_attrs::KEY_DEFAULT_TYPES,
        /// `max-remain-on-channel-duration`.
        pub max_remain_on_channel_duration: codec::U32 = attrs::nl80211_attrs::MAX_REMAIN_ON_CHANNEL_DURATION,
        /// `mesh-setup`.
        pub mesh_setup: codec::Bytes = attrs::nl80211_attrs::MESH_SETUP,
        /// `wiphy-antenna-avail-tx`.
        pub wiphy_antenna_avail_tx: codec::U32 = attrs::nl80211_attrs::WIPHY_ANTENNA_AVAIL_TX,
        /// `wiphy-antenna-avail-rx`.
        pub wiphy_antenna_avail_rx: codec::U32 = attrs::nl80211_attrs::WIPHY_ANTENNA_AVAIL_RX,
        /// `support-mesh-auth`.
        pub support_mesh_auth: codec::Flag = attrs::nl80211_attrs::SUPPORT_MESH_AUTH,
        /// `sta-plink-state`.
        pub sta_plink_state: codec::U8 = attrs::nl80211_attrs::STA_PLINK_STATE,
        /// `wowlan-triggers`.
        pub wowlan_triggers: codec::Bytes = attrs::nl80211_attrs::WOWLAN_TRIGGERS,
        /// `wowlan-triggers-supported`.
        pub wowlan_triggers_supported: codec::Nested<WowlanTriggersAttrs> = attrs::nl80211_attrs::WOWLAN_TRIGGERS_SUPPORTED,
        /// `sched-scan-interval`.
        pub sched_scan_interval: codec::U32 = attrs::nl80211_attrs::SCHED_SCAN_INTERVAL,
        /// `interface-combinations`.
        pub interface_combinations: codec::IndexedArray<codec::Nested<IfCombinationAttributes>> = attrs::nl80211_attrs::INTERFACE_COMBINATIONS,
        /// `software-iftypes`.
        pub software_iftypes: codec::Nested<SupportedIftypes> = attrs::nl80211_attrs::SOFTWARE_IFTYPES,
        /// `rekey-data`.
        pub rekey_data: codec::Bytes = attrs::nl80211_attrs::REKEY_DATA,
        /// `max-num-sched-scan-ssids`.
        pub max_num_sched_scan_ssids: codec::U8 = attrs::nl80211_attrs::MAX_NUM_SCHED_SCAN_SSIDS,
        /// `max-sched-scan-ie-len`.
        pub max_sched_scan_ie_len: codec::U16 = attrs::nl80211_attrs::MAX_SCHED_SCAN_IE_LEN,
        /// `scan-supp-rates`.
        pub scan_supp_rates: codec::Bytes = attrs::nl80211_attrs::SCAN_SUPP_RATES,
        /// `hidden-ssid`.
        pub hidden_ssid: codec::U32 = attrs::nl80211_attrs::HIDDEN_SSID,
        /// `ie-probe-resp`.
        pub ie_probe_resp: codec::Bytes = attrs::nl80211_attrs::IE_PROBE_RESP,
        /// `ie-assoc-resp`.
        pub ie_assoc_resp: codec::Bytes = attrs::nl80211_attrs::IE_ASSOC_RESP,
        /// `sta-wme`.
        pub sta_wme: codec::Bytes = attrs::nl80211_attrs::STA_WME,
        /// `support-ap-uapsd`.
        pub support_ap_uapsd: codec::Flag = attrs::nl80211_attrs::SUPPORT_AP_UAPSD,
        /// `roam-support`.
        pub roam_support: codec::Flag = attrs::nl80211_attrs::ROAM_SUPPORT,
        /// `sched-scan-match`.
        pub sched_scan_match: codec::Bytes = attrs::nl80211_attrs::SCHED_SCAN_MATCH,
        /// `max-match-sets`.
        pub max_match_sets: codec::U8 = attrs::nl80211_attrs::MAX_MATCH_SETS,
        /// `pmksa-candidate`.
        pub pmksa_candidate: codec::Bytes = attrs::nl80211_attrs::PMKSA_CANDIDATE,
        /// `tx-no-cck-rate`.
        pub tx_no_cck_rate: codec::Flag = attrs::nl80211_attrs::TX_NO_CCK_RATE,
        /// `tdls-action`.
        pub tdls_action: codec::U8 = attrs::nl80211_attrs::TDLS_ACTION,
        /// `tdls-dialog-token`.
        pub tdls_dialog_token: codec::U8 = attrs::nl80211_attrs::TDLS_DIALOG_TOKEN,
        /// `tdls-operation`.
        pub tdls_operation: codec::U8 = attrs::nl80211_attrs::TDLS_OPERATION,
        /// `tdls-support`.
        pub tdls_support: codec::Flag = attrs::nl80211_attrs::TDLS_SUPPORT,
        /// `tdls-external-setup`.
        pub tdls_external_setup: codec::Flag = attrs::nl80211_attrs::TDLS_EXTERNAL_SETUP,
        /// `device-ap-sme`.
        pub device_ap_sme: codec::U32 = attrs::nl80211_attrs::DEVICE_AP_SME,
        /// `dont-wait-for-ack`.
        pub dont_wait_for_ack: codec::Flag = attrs::nl80211_attrs::DONT_WAIT_FOR_ACK,
        /// `feature-flags`.
        pub feature_flags: codec::Enum32<FeatureFlags> = attrs::nl80211_attrs::FEATURE_FLAGS,
        /// `probe-resp-offload`.
        pub probe_resp_offload: codec::U32 = attrs::nl80211_attrs::PROBE_RESP_OFFLOAD,
        /// `probe-resp`.
        pub probe_resp: codec::Bytes = attrs::nl80211_attrs::PROBE_RESP,
        /// `dfs-region`.
        pub dfs_region: codec::U8 = attrs::nl80211_attrs::DFS_REGION,
        /// `disable-ht`.
        pub disable_ht: codec::Flag = attrs::nl80211_attrs::DISABLE_HT,
        /// `ht-capability-mask`.
        pub ht_capability_mask: codec::Bytes = attrs::nl80211_attrs::HT_CAPABILITY_MASK,
        /// `noack-map`.
        pub noack_map: codec::U16 = attrs::nl80211_attrs::NOACK_MAP,
        /// `inactivity-timeout`.
        pub inactivity_timeout: codec::U16 = attrs::nl80211_attrs::INACTIVITY_TIMEOUT,
        /// `rx-signal-dbm`.
        pub rx_signal_dbm: codec::U32 = attrs::nl80211_attrs::RX_SIGNAL_DBM,
        /// `bg-scan-period`.
        pub bg_scan_period: codec::U16 = attrs::nl80211_attrs::BG_SCAN_PERIOD,
        /// `wdev`.
        pub wdev: codec::U64 = attrs::nl80211_attrs::WDEV,
        /// `user-reg-hint-type`.
        pub user_reg_hint_type: codec::U32 = attrs::nl80211_attrs::USER_REG_HINT_TYPE,
        /// `conn-failed-reason`.
        pub conn_failed_reason: codec::U32 = attrs::nl80211_attrs::CONN_FAILED_REASON,
        /// `auth-data`.
        pub auth_data: codec::Bytes = attrs::nl80211_attrs::AUTH_DATA,
        /// `vht-capability`.
        pub vht_capability: codec::Bytes = attrs::nl80211_attrs::VHT_CAPABILITY,
        /// `scan-flags`.
        pub scan_flags: codec::U32 = attrs::nl80211_attrs::SCAN_FLAGS,
        /// `channel-width`.
        pub channel_width: codec::U32 = attrs::nl80211_attrs::CHANNEL_WIDTH,
        /// `center-freq1`.
        pub center_freq1: codec::U32 = attrs::nl80211_attrs::CENTER_FREQ1,
        /// `center-freq2`.
        pub center_freq2: codec::U32 = attrs::nl80211_attrs::CENTER_FREQ2,
        /// `p2p-ctwindow`.
        pub p2p_ctwindow: codec::U8 = attrs::nl80211_attrs::P2P_CTWINDOW,
        /// `p2p-oppps`.
        pub p2p_oppps: codec::U8 = attrs::nl80211_attrs::P2P_OPPPS,
        /// `local-mesh-power-mode`.
        pub local_mesh_power_mode: codec::U32 = attrs::nl80211_attrs::LOCAL_MESH_POWER_MODE,
        /// `acl-policy`.
        pub acl_policy: codec::U32 = attrs::nl80211_attrs::ACL_POLICY,
        /// `mac-addrs`.
        pub mac_addrs: codec::Bytes = attrs::nl80211_attrs::MAC_ADDRS,
        /// `mac-acl-max`.
        pub mac_acl_max: codec::U32 = attrs::nl80211_attrs::MAC_ACL_MAX,
        /// `radar-event`.
        pub radar_event: codec::U32 = attrs::nl80211_attrs::RADAR_EVENT,
        /// `ext-capa`.
        pub ext_capa: codec::Bytes = attrs::nl80211_attrs::EXT_CAPA,
        /// `ext-capa-mask`.
        pub ext_capa_mask: codec::Bytes = attrs::nl80211_attrs::EXT_CAPA_MASK,
        /// `sta-capability`.
        pub sta_capability: codec::U16 = attrs::nl80211_attrs::STA_CAPABILITY,
        /// `sta-ext-capability`.
        pub sta_ext_capability: codec::Bytes = attrs::nl80211_attrs::STA_EXT_CAPABILITY,
        /// `protocol-features`.
        pub protocol_features: codec::Enum32<ProtocolFeatures> = attrs::nl80211_attrs::PROTOCOL_FEATURES,
        /// `split-wiphy-dump`.
        pub split_wiphy_dump: codec::Flag = attrs::nl80211_attrs::SPLIT_WIPHY_DUMP,
        /// `disable-vht`.
        pub disable_vht: codec::Flag = attrs::nl80211_attrs::DISABLE_VHT,
        /// `vht-capability-mask`.
        pub vht_capability_mask: codec::Bytes = attrs::nl80211_attrs::VHT_CAPABILITY_MASK,
        /// `mdid`.
        pub mdid: codec::U16 = attrs::nl80211_attrs::MDID,
        /// `ie-ric`.
        pub ie_ric: codec::Bytes = attrs::nl80211_attrs::IE_RIC,
        /// `crit-prot-id`.
        pub crit_prot_id: codec::U16 = attrs::nl80211_attrs::CRIT_PROT_ID,
        /// `max-crit-prot-duration`.
        pub max_crit_prot_duration: codec::U16 = attrs::nl80211_attrs::MAX_CRIT_PROT_DURATION,
        /// `peer-aid`.
        pub peer_aid: codec::U16 = attrs::nl80211_attrs::PEER_AID,
        /// `coalesce-rule`.
        pub coalesce_rule: codec::Bytes = attrs::nl80211_attrs::COALESCE_RULE,
        /// `ch-switch-count`.
        pub ch_switch_count: codec::U32 = attrs::nl80211_attrs::CH_SWITCH_COUNT,
        /// `ch-switch-block-tx`.
        pub ch_switch_block_tx: codec::Flag = attrs::nl80211_attrs::CH_SWITCH_BLOCK_TX,
        /// `csa-ies`.
        pub csa_ies: codec::Bytes = attrs::nl80211_attrs::CSA_IES,
        /// `cntdwn-offs-beacon`.
        pub cntdwn_offs_beacon: codec::Bytes = attrs::nl80211_attrs::CNTDWN_OFFS_BEACON,
        /// `cntdwn-offs-presp`.
        pub cntdwn_offs_presp: codec::Bytes = attrs::nl80211_attrs::CNTDWN_OFFS_PRESP,
        /// `rxmgmt-flags`.
        pub rxmgmt_flags: codec::Bytes = attrs::nl80211_attrs::RXMGMT_FLAGS,
        /// `sta-supported-channels`.
        pub sta_supported_channels: codec::Bytes = attrs::nl80211_attrs::STA_SUPPORTED_CHANNELS,
        /// `sta-supported-oper-classes`.
        pub sta_supported_oper_classes: codec::Bytes = attrs::nl80211_attrs::STA_SUPPORTED_OPER_CLASSES,
        /// `handle-dfs`.
        pub handle_dfs: codec::Flag = attrs::nl80211_attrs::HANDLE_DFS,
        /// `support-5-mhz`.
        pub support_5_mhz: codec::Flag = attrs::nl80211_attrs::SUPPORT_5_MHZ,
        /// `support-10-mhz`.
        pub support_10_mhz: codec::Flag = attrs::nl80211_attrs::SUPPORT_10_MHZ,
        /// `opmode-notif`.
        pub opmode_notif: codec::U8 = attrs::nl80211_attrs::OPMODE_NOTIF,
        /// `vendor-id`.
        pub vendor_id: codec::U32 = attrs::nl80211_attrs::VENDOR_ID,
        /// `vendor-subcmd`.
        pub vendor_subcmd: codec::U32 = attrs::nl80211_attrs::VENDOR_SUBCMD,
        /// `vendor-data`.
        pub vendor_data: codec::Bytes = attrs::nl80211_attrs::VENDOR_DATA,
        /// `vendor-events`.
        pub vendor_events: codec::Bytes = attrs::nl80211_attrs::VENDOR_EVENTS,
        /// `qos-map`.
        pub qos_map: codec::Bytes = attrs::nl80211_attrs::QOS_MAP,
        /// `mac-hint`.
        pub mac_hint: codec::Bytes = attrs::nl80211_attrs::MAC_HINT,
        /// `wiphy-freq-hint`.
        pub wiphy_freq_hint: codec::U32 = attrs::nl80211_attrs::WIPHY_FREQ_HINT,
        /// `max-ap-assoc-sta`.
        pub max_ap_assoc_sta: codec::U32 = attrs::nl80211_attrs::MAX_AP_ASSOC_STA,
        /// `tdls-peer-capability`.
        pub tdls_peer_capability: codec::U32 = attrs::nl80211_attrs::TDLS_PEER_CAPABILITY,
        /// `socket-owner`.
        pub socket_owner: codec::Flag = attrs::nl80211_attrs::SOCKET_OWNER,
        /// `csa-c-offsets-tx`.
        pub csa_c_offsets_tx: codec::Bytes = attrs::nl80211_attrs::CSA_C_OFFSETS_TX,
        /// `max-csa-counters`.
        pub max_csa_counters: codec::U8 = attrs::nl80211_attrs::MAX_CSA_COUNTERS,
        /// `tdls-initiator`.
        pub tdls_initiator: codec::Flag = attrs::nl80211_attrs::TDLS_INITIATOR,
        /// `use-rrm`.
        pub use_rrm: codec::Flag = attrs::nl80211_attrs::USE_RRM,
        /// `wiphy-dyn-ack`.
        pub wiphy_dyn_ack: codec::Flag = attrs::nl80211_attrs::WIPHY_DYN_ACK,
        /// `tsid`.
        pub tsid: codec::U8 = attrs::nl80211_attrs::TSID,
        /// `user-prio`.
        pub user_prio: codec::U8 = attrs::nl80211_attrs::USER_PRIO,
        /// `admitted-time`.
        pub admitted_time: codec::U16 = attrs::nl80211_attrs::ADMITTED_TIME,
        /// `smps-mode`.
        pub smps_mode: codec::U8 = attrs::nl80211_attrs::SMPS_MODE,
        /// `oper-class`.
        pub oper_class: codec::U8 = attrs::nl80211_attrs::OPER_CLASS,
        /// `mac-mask`.
        pub mac_mask: codec::Bytes = attrs::nl80211_attrs::MAC_MASK,
        /// `wiphy-self-managed-reg`.
        pub wiphy_self_managed_reg: codec::Flag = attrs::nl80211_attrs::WIPHY_SELF_MANAGED_REG,
        /// `ext-features`.
        pub ext_features: codec::Bytes = attrs::nl80211_attrs::EXT_FEATURES,
        /// `survey-radio-stats`.
        pub survey_radio_stats: codec::Bytes = attrs::nl80211_attrs::SURVEY_RADIO_STATS,
        /// `netns-fd`.
        pub netns_fd: codec::U32 = attrs::nl80211_attrs::NETNS_FD,
        /// `sched-scan-delay`.
        pub sched_scan_delay: codec::U32 = attrs::nl80211_attrs::SCHED_SCAN_DELAY,
        /// `reg-indoor`.
        pub reg_indoor: codec::Flag = attrs::nl80211_attrs::REG_INDOOR,
        /// `max-num-sched-scan-plans`.
        pub max_num_sched_scan_plans: codec::U32 = attrs::nl80211_attrs::MAX_NUM_SCHED_SCAN_PLANS,
        /// `max-scan-plan-interval`.
        pub max_scan_plan_interval: codec::U32 = attrs::nl80211_attrs::MAX_SCAN_PLAN_INTERVAL,
        /// `max-scan-plan-iterations`.
        pub max_scan_plan_iterations: codec::U32 = attrs::nl80211_attrs::MAX_SCAN_PLAN_ITERATIONS,
        /// `sched-scan-plans`.
        pub sched_scan_plans: codec::Bytes = attrs::nl80211_attrs::SCHED_SCAN_PLANS,
        /// `pbss`.
        pub pbss: codec::Flag = attrs::nl80211_attrs::PBSS,
        /// `bss-select`.
        pub bss_select: codec::Bytes = attrs::nl80211_attrs::BSS_SELECT,
        /// `sta-support-p2p-ps`.
        pub sta_support_p2p_ps: codec::U8 = attrs::nl80211_attrs::STA_SUPPORT_P2P_PS,
        /// `pad`.
        pub pad: codec::Bytes = attrs::nl80211_attrs::PAD,
        /// `iftype-ext-capa`.
        pub iftype_ext_capa: codec::Bytes = attrs::nl80211_attrs::IFTYPE_EXT_CAPA,
        /// `mu-mimo-group-data`.
        pub mu_mimo_group_data: codec::Bytes = attrs::nl80211_attrs::MU_MIMO_GROUP_DATA,
        /// `mu-mimo-follow-mac-addr`.
        pub mu_mimo_follow_mac_addr: codec::Bytes = attrs::nl80211_attrs::MU_MIMO_FOLLOW_MAC_ADDR,
        /// `scan-start-time-tsf`.
        pub scan_start_time_tsf: codec::U64 = attrs::nl80211_attrs::SCAN_START_TIME_TSF,
        /// `scan-start-time-tsf-bssid`.
        pub scan_start_time_tsf_bssid: codec::Bytes = attrs::nl80211_attrs::SCAN_START_TIME_TSF_BSSID,
        /// `measurement-duration`.
        pub measurement_duration: codec::U16 = attrs::nl80211_attrs::MEASUREMENT_DURATION,
        /// `measurement-duration-mandatory`.
        pub measurement_duration_mandatory: codec::Flag = attrs::nl80211_attrs::MEASUREMENT_DURATION_MANDATORY,
        /// `mesh-peer-aid`.
        pub mesh_peer_aid: codec::U16 = attrs::nl80211_attrs::MESH_PEER_AID,
        /// `nan-master-pref`.
        pub nan_master_pref: codec::U8 = attrs::nl80211_attrs::NAN_MASTER_PREF,
        /// `bands`.
        pub bands: codec::U32 = attrs::nl80211_attrs::BANDS,
        /// `nan-func`.
        pub nan_func: codec::Bytes = attrs::nl80211_attrs::NAN_FUNC,
        /// `nan-match`.
        pub nan_match: codec::Bytes = attrs::nl80211_attrs::NAN_MATCH,
        /// `fils-kek`.
        pub fils_kek: codec::Bytes = attrs::nl80211_attrs::FILS_KEK,
        /// `fils-nonces`.
        pub fils_nonces: codec::Bytes = attrs::nl80211_attrs::FILS_NONCES,
        /// `multicast-to-unicast-enabled`.
        pub multicast_to_unicast_enabled: codec::Flag = attrs::nl80211_attrs::MULTICAST_TO_UNICAST_ENABLED,
        /// `bssid`.
        pub bssid: codec::Bytes = attrs::nl80211_attrs::BSSID,
        /// `sched-scan-relative-rssi`.
        pub sched_scan_relative_rssi: codec::I8 = attrs::nl80211_attrs::SCHED_SCAN_RELATIVE_RSSI,
        /// `sched-scan-rssi-adjust`.
        pub sched_scan_rssi_adjust: codec::Bytes = attrs::nl80211_attrs::SCHED_SCAN_RSSI_ADJUST,
        /// `timeout-reason`.
        pub timeout_reason: codec::U32 = attrs::nl80211_attrs::TIMEOUT_REASON,
        /// `fils-erp-username`.
        pub fils_erp_username: codec::Bytes = attrs::nl80211_attrs::FILS_ERP_USERNAME,
        /// `fils-erp-realm`.
        pub fils_erp_realm: codec::Bytes = attrs::nl80211_attrs::FILS_ERP_REALM,
        /// `fils-erp-next-seq-num`.
        pub fils_erp_next_seq_num: codec::U16 = attrs::nl80211_attrs::FILS_ERP_NEXT_SEQ_NUM,
        /// `fils-erp-rrk`.
        pub fils_erp_rrk: codec::Bytes = attrs::nl80211_attrs::FILS_ERP_RRK,
        /// `fils-cache-id`.
        pub fils_cache_id: codec::Bytes = attrs::nl80211_attrs::FILS_CACHE_ID,
        /// `pmk`.
        pub pmk: codec::Bytes = attrs::nl80211_attrs::PMK,
        /// `sched-scan-multi`.
        pub sched_scan_multi: codec::Flag = attrs::nl80211_attrs::SCHED_SCAN_MULTI,
        /// `sched-scan-max-reqs`.
        pub sched_scan_max_reqs: codec::U32 = attrs::nl80211_attrs::SCHED_SCAN_MAX_REQS,
        /// `want-1x-4way-hs`.
        pub want_1x_4way_hs: codec::Flag = attrs::nl80211_attrs::WANT_1X_4WAY_HS,
        /// `pmkr0-name`.
        pub pmkr0_name: codec::Bytes = attrs::nl80211_attrs::PMKR0_NAME,
        /// `port-authorized`.
        pub port_authorized: codec::Bytes = attrs::nl80211_attrs::PORT_AUTHORIZED,
        /// `external-auth-action`.
        pub external_auth_action: codec::U32 = attrs::nl80211_attrs::EXTERNAL_AUTH_ACTION,
        /// `external-auth-support`.
        pub external_auth_support: codec::Flag = attrs::nl80211_attrs::EXTERNAL_AUTH_SUPPORT,
        /// `nss`.
        pub nss: codec::U8 = attrs::nl80211_attrs::NSS,
        /// `ack-signal`.
        pub ack_signal: codec::I32 = attrs::nl80211_attrs::ACK_SIGNAL,
        /// `control-port-over-nl80211`.
        pub control_port_over_nl80211: codec::Flag = attrs::nl80211_attrs::CONTROL_PORT_OVER_NL80211,
        /// `txq-stats`.
        pub txq_stats: codec::Nested<TxqStatsAttrs> = attrs::nl80211_attrs::TXQ_STATS,
        /// `txq-limit`.
        pub txq_limit: codec::U32 = attrs::nl80211_attrs::TXQ_LIMIT,
        /// `txq-memory-limit`.
        pub txq_memory_limit: codec::U32 = attrs::nl80211_attrs::TXQ_MEMORY_LIMIT,
        /// `txq-quantum`.
        pub txq_quantum: codec::U32 = attrs::nl80211_attrs::TXQ_QUANTUM,
        /// `he-capability`.
        pub he_capability: codec::Bytes = attrs::nl80211_attrs::HE_CAPABILITY,
        /// `ftm-responder`.
        pub ftm_responder: codec::Bytes = attrs::nl80211_attrs::FTM_RESPONDER,
        /// `ftm-responder-stats`.
        pub ftm_responder_stats: codec::Bytes = attrs::nl80211_attrs::FTM_RESPONDER_STATS,
        /// `timeout`.
        pub timeout: codec::U32 = attrs::nl80211_attrs::TIMEOUT,
        /// `peer-measurements`.
        pub peer_measurements: codec::Bytes = attrs::nl80211_attrs::PEER_MEASUREMENTS,
        /// `airtime-weight`.
        pub airtime_weight: codec::U16 = attrs::nl80211_attrs::AIRTIME_WEIGHT,
        /// `sta-tx-power-setting`.
        pub sta_tx_power_setting: codec::U8 = attrs::nl80211_attrs::STA_TX_POWER_SETTING,
        /// `sta-tx-power`.
        pub sta_tx_power: codec::I16 = attrs::nl80211_attrs::STA_TX_POWER,
        /// `sae-password`.
        pub sae_password: codec::Bytes = attrs::nl80211_attrs::SAE_PASSWORD,
        /// `twt-responder`.
        pub twt_responder: codec::Flag = attrs::nl80211_attrs::TWT_RESPONDER,
        /// `he-obss-pd`.
        pub he_obss_pd: codec::Bytes = attrs::nl80211_attrs::HE_OBSS_PD,
        /// `wiphy-edmg-channels`.
        pub wiphy_edmg_channels: codec::U8 = attrs::nl80211_attrs::WIPHY_EDMG_CHANNELS,
        /// `wiphy-edmg-bw-config`.
        pub wiphy_edmg_bw_config: codec::U8 = attrs::nl80211_attrs::WIPHY_EDMG_BW_CONFIG,
        /// `vlan-id`.
        pub vlan_id: codec::U16 = attrs::nl80211_attrs::VLAN_ID,
        /// `he-bss-color`.
        pub he_bss_color: codec::Bytes = attrs::nl80211_attrs::HE_BSS_COLOR,
        /// `iftype-akm-suites`.
        pub iftype_akm_suites: codec::Bytes = attrs::nl80211_attrs::IFTYPE_AKM_SUITES,
        /// `tid-config`.
        pub tid_config: codec::Bytes = attrs::nl80211_attrs::TID_CONFIG,
        /// `control-port-no-preauth`.
        pub control_port_no_preauth: codec::Flag = attrs::nl80211_attrs::CONTROL_PORT_NO_PREAUTH,
        /// `pmk-lifetime`.
        pub pmk_lifetime: codec::U32 = attrs::nl80211_attrs::PMK_LIFETIME,
        /// `pmk-reauth-threshold`.
        pub pmk_reauth_threshold: codec::U8 = attrs::nl80211_attrs::PMK_REAUTH_THRESHOLD,
        /// `receive-multicast`.
        pub receive_multicast: codec::Flag = attrs::nl80211_attrs::RECEIVE_MULTICAST,
        /// `wiphy-freq-offset`.
        pub wiphy_freq_offset: codec::U32 = attrs::nl80211_attrs::WIPHY_FREQ_OFFSET,
        /// `center-freq1-offset`.
        pub center_freq1_offset: codec::U32 = attrs::nl80211_attrs::CENTER_FREQ1_OFFSET,
        /// `scan-freq-khz`.
        pub scan_freq_khz: codec::Bytes = attrs::nl80211_attrs::SCAN_FREQ_KHZ,
        /// `he-6ghz-capability`.
        pub he_6ghz_capability: codec::Bytes = attrs::nl80211_attrs::HE_6GHZ_CAPABILITY,
        /// `fils-discovery`.
        pub fils_discovery: codec::Bytes = attrs::nl80211_attrs::FILS_DISCOVERY,
        /// `unsol-bcast-probe-resp`.
        pub unsol_bcast_probe_resp: codec::Bytes = attrs::nl80211_attrs::UNSOL_BCAST_PROBE_RESP,
        /// `s1g-capability`.
        pub s1g_capability: codec::Bytes = attrs::nl80211_attrs::S1G_CAPABILITY,
        /// `s1g-capability-mask`.
        pub s1g_capability_mask: codec::Bytes = attrs::nl80211_attrs::S1G_CAPABILITY_MASK,
        /// `sae-pwe`.
        pub sae_pwe: codec::U8 = attrs::nl80211_attrs::SAE_PWE,
        /// `reconnect-requested`.
        pub reconnect_requested: codec::Bytes = attrs::nl80211_attrs::RECONNECT_REQUESTED,
        /// `sar-spec`.
        pub sar_spec: codec::Nested<SarAttributes> = attrs::nl80211_attrs::SAR_SPEC,
        /// `disable-he`.
        pub disable_he: codec::Flag = attrs::nl80211_attrs::DISABLE_HE,
        /// `obss-color-bitmap`.
        pub obss_color_bitmap: codec::U64 = attrs::nl80211_attrs::OBSS_COLOR_BITMAP,
        /// `color-change-count`.
        pub color_change_count: codec::U8 = attrs::nl80211_attrs::COLOR_CHANGE_COUNT,
        /// `color-change-color`.
        pub color_change_color: codec::U8 = attrs::nl80211_attrs::COLOR_CHANGE_COLOR,
        /// `color-change-elems`.
        pub color_change_elems: codec::Bytes = attrs::nl80211_attrs::COLOR_CHANGE_ELEMS,
        /// `mbssid-config`.
        pub mbssid_config: codec::Bytes = attrs::nl80211_attrs::MBSSID_CONFIG,
        /// `mbssid-elems`.
        pub mbssid_elems: codec::Bytes = attrs::nl80211_attrs::MBSSID_ELEMS,
        /// `radar-background`.
        pub radar_background: codec::Flag = attrs::nl80211_attrs::RADAR_BACKGROUND,
        /// `ap-settings-flags`.
        pub ap_settings_flags: codec::U32 = attrs::nl80211_attrs::AP_SETTINGS_FLAGS,
        /// `eht-capability`.
        pub eht_capability: codec::Bytes = attrs::nl80211_attrs::EHT_CAPABILITY,
        /// `disable-eht`.
        pub disable_eht: codec::Flag = attrs::nl80211_attrs::DISABLE_EHT,
        /// `mlo-links`.
        pub mlo_links: codec::Bytes = attrs::nl80211_attrs::MLO_LINKS,
        /// `mlo-link-id`.
        pub mlo_link_id: codec::U8 = attrs::nl80211_attrs::MLO_LINK_ID,
        /// `mld-addr`.
        pub mld_addr: codec::Bytes = attrs::nl80211_attrs::MLD_ADDR,
        /// `mlo-support`.
        pub mlo_support: codec::Flag = attrs::nl80211_attrs::MLO_SUPPORT,
        /// `max-num-akm-suites`.
        pub max_num_akm_suites: codec::Bytes = attrs::nl80211_attrs::MAX_NUM_AKM_SUITES,
        /// `eml-capability`.
        pub eml_capability: codec::U16 = attrs::nl80211_attrs::EML_CAPABILITY,
        /// `mld-capa-and-ops`.
        pub mld_capa_and_ops: codec::U16 = attrs::nl80211_attrs::MLD_CAPA_AND_OPS,
        /// `tx-hw-timestamp`.
        pub tx_hw_timestamp: codec::U64 = attrs::nl80211_attrs::TX_HW_TIMESTAMP,
        /// `rx-hw-timestamp`.
        pub rx_hw_timestamp: codec::U64 = attrs::nl80211_attrs::RX_HW_TIMESTAMP,
        /// `td-bitmap`.
        pub td_bitmap: codec::Bytes = attrs::nl80211_attrs::TD_BITMAP,
        /// `punct-bitmap`.
        pub punct_bitmap: codec::U32 = attrs::nl80211_attrs::PUNCT_BITMAP,
        /// `max-hw-timestamp-peers`.
        pub max_hw_timestamp_peers: codec::U16 = attrs::nl80211_attrs::MAX_HW_TIMESTAMP_PEERS,
        /// `hw-timestamp-enabled`.
        pub hw_timestamp_enabled: codec::Flag = attrs::nl80211_attrs::HW_TIMESTAMP_ENABLED,
        /// `ema-rnr-elems`.
        pub ema_rnr_elems: codec::Bytes = attrs::nl80211_attrs::EMA_RNR_ELEMS,
        /// `mlo-link-disabled`.
        pub mlo_link_disabled: codec::Flag = attrs::nl80211_attrs::MLO_LINK_DISABLED,
        /// `bss-dump-include-use-data`.
        pub bss_dump_include_use_data: codec::Flag = attrs::nl80211_attrs::BSS_DUMP_INCLUDE_USE_DATA,
        /// `mlo-ttlm-dlink`.
        pub mlo_ttlm_dlink: codec::U16 = attrs::nl80211_attrs::MLO_TTLM_DLINK,
        /// `mlo-ttlm-ulink`.
        pub mlo_ttlm_ulink: codec::U16 = attrs::nl80211_attrs::MLO_TTLM_ULINK,
        /// `assoc-spp-amsdu`.
        pub assoc_spp_amsdu: codec::Flag = attrs::nl80211_attrs::ASSOC_SPP_AMSDU,
        /// `wiphy-radios`.
        pub wiphy_radios: codec::Bytes = attrs::nl80211_attrs::WIPHY_RADIOS,
        /// `wiphy-interface-combinations`.
        pub wiphy_interface_combinations: codec::Bytes = attrs::nl80211_attrs::WIPHY_INTERFACE_COMBINATIONS,
        /// `vif-radio-mask`.
        pub vif_radio_mask: codec::U32 = attrs::nl80211_attrs::VIF_RADIO_MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `frame-type-attrs`. A subset of `nl80211-attrs`: [`Nl80211Attrs`].
    pub struct FrameTypeAttrs {}
    attributes {
        /// `frame-type`.
        pub frame_type: codec::U16 = attrs::nl80211_attrs::FRAME_TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `wiphy-bands`.
    pub struct WiphyBands {}
    attributes {
        /// 2.4 GHz ISM band
        pub n2ghz: codec::Nested<BandAttrs> = attrs::wiphy_bands::N2GHZ,
        /// around 5 GHz band (4.9 - 5.7 GHz)
        pub n5ghz: codec::Nested<BandAttrs> = attrs::wiphy_bands::N5GHZ,
        /// around 60 GHz band (58.32 - 69.12 GHz)
        pub n60ghz: codec::Nested<BandAttrs> = attrs::wiphy_bands::N60GHZ,
        /// `6ghz`.
        pub n6ghz: codec::Nested<BandAttrs> = attrs::wiphy_bands::N6GHZ,
        /// `s1ghz`.
        pub s1ghz: codec::Nested<BandAttrs> = attrs::wiphy_bands::S1GHZ,
        /// `lc`.
        pub lc: codec::Nested<BandAttrs> = attrs::wiphy_bands::LC,
    }
}

crate::attribute_set! {
    /// The attribute set `band-attrs`.
    pub struct BandAttrs {}
    attributes {
        /// `freqs`.
        pub freqs: codec::IndexedArray<codec::Nested<FrequencyAttrs>> = attrs::band_attrs::FREQS,
        /// `rates`.
        pub rates: codec::IndexedArray<codec::Nested<BitrateAttrs>> = attrs::band_attrs::RATES,
        /// `ht-mcs-set`.
        pub ht_mcs_set: codec::Bytes = attrs::band_attrs::HT_MCS_SET,
        /// `ht-capa`.
        pub ht_capa: codec::U16 = attrs::band_attrs::HT_CAPA,
        /// `ht-ampdu-factor`.
        pub ht_ampdu_factor: codec::U8 = attrs::band_attrs::HT_AMPDU_FACTOR,
        /// `ht-ampdu-density`.
        pub ht_ampdu_density: codec::U8 = attrs::band_attrs::HT_AMPDU_DENSITY,
        /// `vht-mcs-set`.
        pub vht_mcs_set: codec::Bytes = attrs::band_attrs::VHT_MCS_SET,
        /// `vht-capa`.
        pub vht_capa: codec::U32 = attrs::band_attrs::VHT_CAPA,
        /// `iftype-data`.
        pub iftype_data: codec::IndexedArray<codec::Nested<IftypeDataAttrs>> = attrs::band_attrs::IFTYPE_DATA,
        /// `edmg-channels`.
        pub edmg_channels: codec::Bytes = attrs::band_attrs::EDMG_CHANNELS,
        /// `edmg-bw-config`.
        pub edmg_bw_config: codec::Bytes = attrs::band_attrs::EDMG_BW_CONFIG,
        /// `s1g-mcs-nss-set`.
        pub s1g_mcs_nss_set: codec::Bytes = attrs::band_attrs::S1G_MCS_NSS_SET,
        /// `s1g-capa`.
        pub s1g_capa: codec::Bytes = attrs::band_attrs::S1G_CAPA,
    }
}

crate::attribute_set! {
    /// The attribute set `bitrate-attrs`.
    pub struct BitrateAttrs {}
    attributes {
        /// `rate`.
        pub rate: codec::U32 = attrs::bitrate_attrs::RATE,
        /// `2ghz-shortpreamble`.
        pub n2ghz_shortpreamble: codec::Flag = attrs::bitrate_attrs::N2GHZ_SHORTPREAMBLE,
    }
}

crate::attribute_set! {
    /// The attribute set `frequency-attrs`.
    pub struct FrequencyAttrs {}
    attributes {
        /// `freq`.
        pub freq: codec::U32 = attrs::frequency_attrs::FREQ,
        /// `disabled`.
        pub disabled: codec::Flag = attrs::frequency_attrs::DISABLED,
        /// `no-ir`.
        pub no_ir: codec::Flag = attrs::frequency_attrs::NO_IR,
        /// `no-ibss`.
        pub no_ibss: codec::Flag = attrs::frequency_attrs::NO_IBSS,
        /// `radar`.
        pub radar: codec::Flag = attrs::frequency_attrs::RADAR,
        /// `max-tx-power`.
        pub max_tx_power: codec::U32 = attrs::frequency_attrs::MAX_TX_POWER,
        /// `dfs-state`.
        pub dfs_state: codec::U32 = attrs::frequency_attrs::DFS_STATE,
        /// `dfs-time`.
        pub dfs_time: codec::Bytes = attrs::frequency_attrs::DFS_TIME,
        /// `no-ht40-minus`.
        pub no_ht40_minus: codec::Bytes = attrs::frequency_attrs::NO_HT40_MINUS,
        /// `no-ht40-plus`.
        pub no_ht40_plus: codec::Bytes = attrs::frequency_attrs::NO_HT40_PLUS,
        /// `no-80mhz`.
        pub no_80mhz: codec::Bytes = attrs::frequency_attrs::NO_80MHZ,
        /// `no-160mhz`.
        pub no_160mhz: codec::Bytes = attrs::frequency_attrs::NO_160MHZ,
        /// `dfs-cac-time`.
        pub dfs_cac_time: codec::Bytes = attrs::frequency_attrs::DFS_CAC_TIME,
        /// `indoor-only`.
        pub indoor_only: codec::Bytes = attrs::frequency_attrs::INDOOR_ONLY,
        /// `ir-concurrent`.
        pub ir_concurrent: codec::Bytes = attrs::frequency_attrs::IR_CONCURRENT,
        /// `no-20mhz`.
        pub no_20mhz: codec::Bytes = attrs::frequency_attrs::NO_20MHZ,
        /// `no-10mhz`.
        pub no_10mhz: codec::Bytes = attrs::frequency_attrs::NO_10MHZ,
        /// `wmm`.
        pub wmm: codec::IndexedArray<codec::Nested<WmmAttrs>> = attrs::frequency_attrs::WMM,
        /// `no-he`.
        pub no_he: codec::Bytes = attrs::frequency_attrs::NO_HE,
        /// `offset`.
        pub offset: codec::U32 = attrs::frequency_attrs::OFFSET,
        /// `1mhz`.
        pub n1mhz: codec::Bytes = attrs::frequency_attrs::N1MHZ,
        /// `2mhz`.
        pub n2mhz: codec::Bytes = attrs::frequency_attrs::N2MHZ,
        /// `4mhz`.
        pub n4mhz: codec::Bytes = attrs::frequency_attrs::N4MHZ,
        /// `8mhz`.
        pub n8mhz: codec::Bytes = attrs::frequency_attrs::N8MHZ,
        /// `16mhz`.
        pub n16mhz: codec::Bytes = attrs::frequency_attrs::N16MHZ,
        /// `no-320mhz`.
        pub no_320mhz: codec::Bytes = attrs::frequency_attrs::NO_320MHZ,
        /// `no-eht`.
        pub no_eht: codec::Bytes = attrs::frequency_attrs::NO_EHT,
        /// `psd`.
        pub psd: codec::Bytes = attrs::frequency_attrs::PSD,
        /// `dfs-concurrent`.
        pub dfs_concurrent: codec::Bytes = attrs::frequency_attrs::DFS_CONCURRENT,
        /// `no-6ghz-vlp-client`.
        pub no_6ghz_vlp_client: codec::Bytes = attrs::frequency_attrs::NO_6GHZ_VLP_CLIENT,
        /// `no-6ghz-afc-client`.
        pub no_6ghz_afc_client: codec::Bytes = attrs::frequency_attrs::NO_6GHZ_AFC_CLIENT,
        /// `can-monitor`.
        pub can_monitor: codec::Bytes = attrs::frequency_attrs::CAN_MONITOR,
        /// `allow-6ghz-vlp-ap`.
        pub allow_6ghz_vlp_ap: codec::Bytes = attrs::frequency_attrs::ALLOW_6GHZ_VLP_AP,
    }
}

crate::attribute_set! {
    /// The attribute set `if-combination-attributes`.
    pub struct IfCombinationAttributes {}
    attributes {
        /// `limits`.
        pub limits: codec::IndexedArray<codec::Nested<IfaceLimitAttributes>> = attrs::if_combination_attributes::LIMITS,
        /// `maxnum`.
        pub maxnum: codec::U32 = attrs::if_combination_attributes::MAXNUM,
        /// `sta-ap-bi-match`.
        pub sta_ap_bi_match: codec::Flag = attrs::if_combination_attributes::STA_AP_BI_MATCH,
        /// `num-channels`.
        pub num_channels: codec::U32 = attrs::if_combination_attributes::NUM_CHANNELS,
        /// `radar-detect-widths`.
        pub radar_detect_widths: codec::U32 = attrs::if_combination_attributes::RADAR_DETECT_WIDTHS,
        /// `radar-detect-regions`.
        pub radar_detect_regions: codec::U32 = attrs::if_combination_attributes::RADAR_DETECT_REGIONS,
        /// `bi-min-gcd`.
        pub bi_min_gcd: codec::U32 = attrs::if_combination_attributes::BI_MIN_GCD,
    }
}

crate::attribute_set! {
    /// The attribute set `iface-limit-attributes`.
    pub struct IfaceLimitAttributes {}
    attributes {
        /// `max`.
        pub max: codec::U32 = attrs::iface_limit_attributes::MAX,
        /// `types`.
        pub types: codec::Nested<SupportedIftypes> = attrs::iface_limit_attributes::TYPES,
    }
}

crate::attribute_set! {
    /// The attribute set `iftype-data-attrs`.
    pub struct IftypeDataAttrs {}
    attributes {
        /// `iftypes`.
        pub iftypes: codec::Bytes = attrs::iftype_data_attrs::IFTYPES,
        /// `he-cap-mac`.
        pub he_cap_mac: codec::Bytes = attrs::iftype_data_attrs::HE_CAP_MAC,
        /// `he-cap-phy`.
        pub he_cap_phy: codec::Bytes = attrs::iftype_data_attrs::HE_CAP_PHY,
        /// `he-cap-mcs-set`.
        pub he_cap_mcs_set: codec::Bytes = attrs::iftype_data_attrs::HE_CAP_MCS_SET,
        /// `he-cap-ppe`.
        pub he_cap_ppe: codec::Bytes = attrs::iftype_data_attrs::HE_CAP_PPE,
        /// `he-6ghz-capa`.
        pub he_6ghz_capa: codec::Bytes = attrs::iftype_data_attrs::HE_6GHZ_CAPA,
        /// `vendor-elems`.
        pub vendor_elems: codec::Bytes = attrs::iftype_data_attrs::VENDOR_ELEMS,
        /// `eht-cap-mac`.
        pub eht_cap_mac: codec::Bytes = attrs::iftype_data_attrs::EHT_CAP_MAC,
        /// `eht-cap-phy`.
        pub eht_cap_phy: codec::Bytes = attrs::iftype_data_attrs::EHT_CAP_PHY,
        /// `eht-cap-mcs-set`.
        pub eht_cap_mcs_set: codec::Bytes = attrs::iftype_data_attrs::EHT_CAP_MCS_SET,
        /// `eht-cap-ppe`.
        pub eht_cap_ppe: codec::Bytes = attrs::iftype_data_attrs::EHT_CAP_PPE,
    }
}

crate::attribute_set! {
    /// The attribute set `iftype-attrs`.
    pub struct IftypeAttrs {}
    attributes {
        /// `unspecified`.
        pub unspecified: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::UNSPECIFIED,
        /// `adhoc`.
        pub adhoc: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::ADHOC,
        /// `station`.
        pub station: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::STATION,
        /// `ap`.
        pub ap: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::AP,
        /// `ap-vlan`.
        pub ap_vlan: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::AP_VLAN,
        /// `wds`.
        pub wds: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::WDS,
        /// `monitor`.
        pub monitor: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::MONITOR,
        /// `mesh-point`.
        pub mesh_point: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::MESH_POINT,
        /// `p2p-client`.
        pub p2p_client: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::P2P_CLIENT,
        /// `p2p-go`.
        pub p2p_go: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::P2P_GO,
        /// `p2p-device`.
        pub p2p_device: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::P2P_DEVICE,
        /// `ocb`.
        pub ocb: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::OCB,
        /// `nan`.
        pub nan: codec::Nested<FrameTypeAttrs> = attrs::iftype_attrs::NAN,
    }
}

crate::attribute_set! {
    /// The attribute set `sar-attributes`.
    pub struct SarAttributes {}
    attributes {
        /// `type`.
        pub type_: codec::U32 = attrs::sar_attributes::TYPE,
        /// `specs`.
        pub specs: codec::IndexedArray<codec::Nested<SarSpecs>> = attrs::sar_attributes::SPECS,
    }
}

crate::attribute_set! {
    /// The attribute set `sar-specs`.
    pub struct SarSpecs {}
    attributes {
        /// `power`.
        pub power: codec::I32 = attrs::sar_specs::POWER,
        /// `range-index`.
        pub range_index: codec::U32 = attrs::sar_specs::RANGE_INDEX,
        /// `start-freq`.
        pub start_freq: codec::U32 = attrs::sar_specs::START_FREQ,
        /// `end-freq`.
        pub end_freq: codec::U32 = attrs::sar_specs::END_FREQ,
    }
}

crate::attribute_set! {
    /// The attribute set `supported-iftypes`.
    pub struct SupportedIftypes {}
    attributes {
        /// `adhoc`.
        pub adhoc: codec::Flag = attrs::supported_iftypes::ADHOC,
        /// `station`.
        pub station: codec::Flag = attrs::supported_iftypes::STATION,
        /// `ap`.
        pub ap: codec::Flag = attrs::supported_iftypes::AP,
        /// `ap-vlan`.
        pub ap_vlan: codec::Flag = attrs::supported_iftypes::AP_VLAN,
        /// `wds`.
        pub wds: codec::Flag = attrs::supported_iftypes::WDS,
        /// `monitor`.
        pub monitor: codec::Flag = attrs::supported_iftypes::MONITOR,
        /// `mesh-point`.
        pub mesh_point: codec::Flag = attrs::supported_iftypes::MESH_POINT,
        /// `p2p-client`.
        pub p2p_client: codec::Flag = attrs::supported_iftypes::P2P_CLIENT,
        /// `p2p-go`.
        pub p2p_go: codec::Flag = attrs::supported_iftypes::P2P_GO,
        /// `p2p-device`.
        pub p2p_device: codec::Flag = attrs::supported_iftypes::P2P_DEVICE,
        /// `ocb`.
        pub ocb: codec::Flag = attrs::supported_iftypes::OCB,
        /// `nan`.
        pub nan: codec::Flag = attrs::supported_iftypes::NAN,
    }
}

crate::attribute_set! {
    /// The attribute set `txq-stats-attrs`.
    pub struct TxqStatsAttrs {}
    attributes {
        /// `backlog-bytes`.
        pub backlog_bytes: codec::U32 = attrs::txq_stats_attrs::BACKLOG_BYTES,
        /// `backlog-packets`.
        pub backlog_packets: codec::U32 = attrs::txq_stats_attrs::BACKLOG_PACKETS,
        /// `flows`.
        pub flows: codec::U32 = attrs::txq_stats_attrs::FLOWS,
        /// `drops`.
        pub drops: codec::U32 = attrs::txq_stats_attrs::DROPS,
        /// `ecn-marks`.
        pub ecn_marks: codec::U32 = attrs::txq_stats_attrs::ECN_MARKS,
        /// `overlimit`.
        pub overlimit: codec::U32 = attrs::txq_stats_attrs::OVERLIMIT,
        /// `overmemory`.
        pub overmemory: codec::U32 = attrs::txq_stats_attrs::OVERMEMORY,
        /// `collisions`.
        pub collisions: codec::U32 = attrs::txq_stats_attrs::COLLISIONS,
        /// `tx-bytes`.
        pub tx_bytes: codec::U32 = attrs::txq_stats_attrs::TX_BYTES,
        /// `tx-packets`.
        pub tx_packets: codec::U32 = attrs::txq_stats_attrs::TX_PACKETS,
        /// `max-flows`.
        pub max_flows: codec::U32 = attrs::txq_stats_attrs::MAX_FLOWS,
    }
}

crate::attribute_set! {
    /// The attribute set `wmm-attrs`.
    pub struct WmmAttrs {}
    attributes {
        /// `cw-min`.
        pub cw_min: codec::U16 = attrs::wmm_attrs::CW_MIN,
        /// `cw-max`.
        pub cw_max: codec::U16 = attrs::wmm_attrs::CW_MAX,
        /// `aifsn`.
        pub aifsn: codec::U8 = attrs::wmm_attrs::AIFSN,
        /// `txop`.
        pub txop: codec::U16 = attrs::wmm_attrs::TXOP,
    }
}

crate::attribute_set! {
    /// The attribute set `wowlan-triggers-attrs`.
    pub struct WowlanTriggersAttrs {}
    attributes {
        /// `any`.
        pub any: codec::Flag = attrs::wowlan_triggers_attrs::ANY,
        /// `disconnect`.
        pub disconnect: codec::Flag = attrs::wowlan_triggers_attrs::DISCONNECT,
        /// `magic-pkt`.
        pub magic_pkt: codec::Flag = attrs::wowlan_triggers_attrs::MAGIC_PKT,
        /// `pkt-pattern`.
        pub pkt_pattern: codec::Flag = attrs::wowlan_triggers_attrs::PKT_PATTERN,
        /// `gtk-rekey-supported`.
        pub gtk_rekey_supported: codec::Flag = attrs::wowlan_triggers_attrs::GTK_REKEY_SUPPORTED,
        /// `gtk-rekey-failure`.
        pub gtk_rekey_failure: codec::Flag = attrs::wowlan_triggers_attrs::GTK_REKEY_FAILURE,
        /// `eap-ident-request`.
        pub eap_ident_request: codec::Flag = attrs::wowlan_triggers_attrs::EAP_IDENT_REQUEST,
        /// `4way-handshake`.
        pub n4way_handshake: codec::Flag = attrs::wowlan_triggers_attrs::N4WAY_HANDSHAKE,
        /// `rfkill-release`.
        pub rfkill_release: codec::Flag = attrs::wowlan_triggers_attrs::RFKILL_RELEASE,
        /// `wakeup-pkt-80211`.
        pub wakeup_pkt_80211: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_PKT_80211,
        /// `wakeup-pkt-80211-len`.
        pub wakeup_pkt_80211_len: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_PKT_80211_LEN,
        /// `wakeup-pkt-8023`.
        pub wakeup_pkt_8023: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_PKT_8023,
        /// `wakeup-pkt-8023-len`.
        pub wakeup_pkt_8023_len: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_PKT_8023_LEN,
        /// `tcp-connection`.
        pub tcp_connection: codec::Flag = attrs::wowlan_triggers_attrs::TCP_CONNECTION,
        /// `wakeup-tcp-match`.
        pub wakeup_tcp_match: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_TCP_MATCH,
        /// `wakeup-tcp-connlost`.
        pub wakeup_tcp_connlost: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_TCP_CONNLOST,
        /// `wakeup-tcp-nomoretokens`.
        pub wakeup_tcp_nomoretokens: codec::Flag = attrs::wowlan_triggers_attrs::WAKEUP_TCP_NOMORETOKENS,
        /// `net-detect`.
        pub net_detect: codec::Flag = attrs::wowlan_triggers_attrs::NET_DETECT,
        /// `net-detect-results`.
        pub net_detect_results: codec::Flag = attrs::wowlan_triggers_attrs::NET_DETECT_RESULTS,
        /// `unprotected-deauth-disassoc`.
        pub unprotected_deauth_disassoc: codec::Flag = attrs::wowlan_triggers_attrs::UNPROTECTED_DEAUTH_DISASSOC,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get-wiphy`: Get information about a wiphy or dump a list of all wiphys. Requests to
    pub const GET_WIPHY: u8 = 1;
    /// `get-wiphy` (reply): Get information about a wiphy or dump a list of all wiphys. Requests to
    pub const GET_WIPHY_REPLY: u8 = 3;
    /// `get-interface`: Get information about an interface or dump a list of all interfaces
    pub const GET_INTERFACE: u8 = 5;
    /// `get-interface` (reply): Get information about an interface or dump a list of all interfaces
    pub const GET_INTERFACE_REPLY: u8 = 7;
    /// `get-protocol-features`: Get information about supported protocol features
    pub const GET_PROTOCOL_FEATURES: u8 = 95;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `config`.
    pub const CONFIG: &str = "config";
    /// `scan`.
    pub const SCAN: &str = "scan";
    /// `regulatory`.
    pub const REGULATORY: &str = "regulatory";
    /// `mlme`.
    pub const MLME: &str = "mlme";
    /// `vendor`.
    pub const VENDOR: &str = "vendor";
    /// `nan`.
    pub const NAN: &str = "nan";
    /// `testmode`.
    pub const TESTMODE: &str = "testmode";
}

crate::attribute_set! {
    /// The request of `get-wiphy`: attributes of `nl80211-attrs` (`wiphy`, `wdev`, `ifindex`).
    pub struct GetWiphyRequest {}
    attributes {
        /// `wiphy`.
        pub wiphy: codec::U32 = attrs::nl80211_attrs::WIPHY,
        /// `wdev`.
        pub wdev: codec::U64 = attrs::nl80211_attrs::WDEV,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::nl80211_attrs::IFINDEX,
    }
}

impl crate::genl::Reply for Nl80211Attrs {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetWiphyRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = cmd::GET_WIPHY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NL80211_ATTRS)
    }
}

/// `get-wiphy` (do): Get information about a wiphy or dump a list of all wiphys. Requests to
/// dump get-wiphy should unconditionally include the split-wiphy-dump flag
/// in the request.
///
/// Each reply is a [`Nl80211Attrs`].
pub fn get_wiphy(family_id: u16, request: &GetWiphyRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_WIPHY, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-wiphy` (dump): attributes of `nl80211-attrs` (`wiphy`, `wdev`,
    /// `ifindex`, `split-wiphy-dump`).
    pub struct GetWiphyDumpRequest {}
    attributes {
        /// `wiphy`.
        pub wiphy: codec::U32 = attrs::nl80211_attrs::WIPHY,
        /// `wdev`.
        pub wdev: codec::U64 = attrs::nl80211_attrs::WDEV,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::nl80211_attrs::IFINDEX,
        /// `split-wiphy-dump`.
        pub split_wiphy_dump: codec::Flag = attrs::nl80211_attrs::SPLIT_WIPHY_DUMP,
    }
}

impl crate::genl::Request for GetWiphyDumpRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = cmd::GET_WIPHY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NL80211_ATTRS)
    }
}

/// `get-wiphy` (dump): Get information about a wiphy or dump a list of all wiphys. Requests to
/// dump get-wiphy should unconditionally include the split-wiphy-dump flag
/// in the request.
///
/// Each reply is a [`Nl80211Attrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_wiphy_dump(family_id: u16, request: &GetWiphyDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_WIPHY, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-interface`: attributes of `nl80211-attrs` (`ifname`).
    pub struct GetInterfaceRequest {}
    attributes {
        /// `ifname`.
        pub ifname: codec::Str = attrs::nl80211_attrs::IFNAME,
    }
}

impl crate::genl::Request for GetInterfaceRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = cmd::GET_INTERFACE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NL80211_ATTRS)
    }
}

/// `get-interface` (do): Get information about an interface or dump a list of all interfaces
///
/// Each reply is a [`Nl80211Attrs`].
pub fn get_interface(family_id: u16, request: &GetInterfaceRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_INTERFACE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `get-interface` (dump): Get information about an interface or dump a list of all interfaces
///
/// Each reply is a [`Nl80211Attrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_interface_dump(family_id: u16, request: &GetInterfaceRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_INTERFACE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-protocol-features`: attributes of `nl80211-attrs` (`protocol-features`).
    pub struct GetProtocolFeaturesRequest {}
    attributes {
        /// `protocol-features`.
        pub protocol_features: codec::Enum32<ProtocolFeatures> = attrs::nl80211_attrs::PROTOCOL_FEATURES,
    }
}

impl crate::genl::Request for GetProtocolFeaturesRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = cmd::GET_PROTOCOL_FEATURES;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NL80211_ATTRS)
    }
}

/// `get-protocol-features` (do): Get information about supported protocol features
///
/// Each reply is a [`Nl80211Attrs`].
pub fn get_protocol_features(family_id: u16, request: &GetProtocolFeaturesRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_PROTOCOL_FEATURES, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `nl80211-attrs`.
    pub static NL80211_ATTRS: SetNames = SetNames {
        name: "nl80211-attrs",
        attrs: &[
            AttrName::value(1, "wiphy"),
            AttrName::value(2, "wiphy-name"),
            AttrName::value(3, "ifindex"),
            AttrName::value(4, "ifname"),
            AttrName::value(5, "iftype"),
            AttrName::value(6, "mac"),
            AttrName::value(7, "key-data"),
            AttrName::value(8, "key-idx"),
            AttrName::value(9, "key-cipher"),
            AttrName::value(10, "key-seq"),
            AttrName::value(11, "key-default"),
            AttrName::value(12, "beacon-interval"),
            AttrName::value(13, "dtim-period"),
            AttrName::value(14, "beacon-head"),
            AttrName::value(15, "beacon-tail"),
            AttrName::value(16, "sta-aid"),
            AttrName::value(17, "sta-flags"),
            AttrName::value(18, "sta-listen-interval"),
            AttrName::value(19, "sta-supported-rates"),
            AttrName::value(20, "sta-vlan"),
            AttrName::value(21, "sta-info"),
            AttrName::nest(22, "wiphy-bands", &WIPHY_BANDS),
            AttrName::value(23, "mntr-flags"),
            AttrName::value(24, "mesh-id"),
            AttrName::value(25, "sta-plink-action"),
            AttrName::value(26, "mpath-next-hop"),
            AttrName::value(27, "mpath-info"),
            AttrName::value(28, "bss-cts-prot"),
            AttrName::value(29, "bss-short-preamble"),
            AttrName::value(30, "bss-short-slot-time"),
            AttrName::value(31, "ht-capability"),
            AttrName::nest(32, "supported-iftypes", &SUPPORTED_IFTYPES),
            AttrName::value(33, "reg-alpha2"),
            AttrName::value(34, "reg-rules"),
            AttrName::value(35, "mesh-config"),
            AttrName::value(36, "bss-basic-rates"),
            AttrName::value(37, "wiphy-txq-params"),
            AttrName::value(38, "wiphy-freq"),
            AttrName::value(39, "wiphy-channel-type"),
            AttrName::value(40, "key-default-mgmt"),
            AttrName::value(41, "mgmt-subtype"),
            AttrName::value(42, "ie"),
            AttrName::value(43, "max-num-scan-ssids"),
            AttrName::value(44, "scan-frequencies"),
            AttrName::value(45, "scan-ssids"),
            AttrName::value(46, "generation"),
            AttrName::value(47, "bss"),
            AttrName::value(48, "reg-initiator"),
            AttrName::value(49, "reg-type"),
            AttrName::value(50, "supported-commands"),
            AttrName::value(51, "frame"),
            AttrName::value(52, "ssid"),
            AttrName::value(53, "auth-type"),
            AttrName::value(54, "reason-code"),
            AttrName::value(55, "key-type"),
            AttrName::value(56, "max-scan-ie-len"),
            AttrName::value(57, "cipher-suites"),
            AttrName::value(58, "freq-before"),
            AttrName::value(59, "freq-after"),
            AttrName::value(60, "freq-fixed"),
            AttrName::value(61, "wiphy-retry-short"),
            AttrName::value(62, "wiphy-retry-long"),
            AttrName::value(63, "wiphy-frag-threshold"),
            AttrName::value(64, "wiphy-rts-threshold"),
            AttrName::value(65, "timed-out"),
            AttrName::value(66, "use-mfp"),
            AttrName::value(67, "sta-flags2"),
            AttrName::value(68, "control-port"),
            AttrName::value(69, "testdata"),
            AttrName::value(70, "privacy"),
            AttrName::value(71, "disconnected-by-ap"),
            AttrName::value(72, "status-code"),
            AttrName::value(73, "cipher-suites-pairwise"),
            AttrName::value(74, "cipher-suite-group"),
            AttrName::value(75, "wpa-versions"),
            AttrName::value(76, "akm-suites"),
            AttrName::value(77, "req-ie"),
            AttrName::value(78, "resp-ie"),
            AttrName::value(79, "prev-bssid"),
            AttrName::value(80, "key"),
            AttrName::value(81, "keys"),
            AttrName::value(82, "pid"),
            AttrName::value(83, "4addr"),
            AttrName::value(84, "survey-info"),
            AttrName::value(85, "pmkid"),
            AttrName::value(86, "max-num-pmkids"),
            AttrName::value(87, "duration"),
            AttrName::value(88, "cookie"),
            AttrName::value(89, "wiphy-coverage-class"),
            AttrName::value(90, "tx-rates"),
            AttrName::value(91, "frame-match"),
            AttrName::value(92, "ack"),
            AttrName::value(93, "ps-state"),
            AttrName::value(94, "cqm"),
            AttrName::value(95, "local-state-change"),
            AttrName::value(96, "ap-isolate"),
            AttrName::value(97, "wiphy-tx-power-setting"),
            AttrName::value(98, "wiphy-tx-power-level"),
            AttrName::nest(99, "tx-frame-types", &IFTYPE_ATTRS),
            AttrName::nest(100, "rx-frame-types", &IFTYPE_ATTRS),
            AttrName::value(101, "frame-type"),
            AttrName::value(102, "control-port-ethertype"),
            AttrName::value(103, "control-port-no-encrypt"),
            AttrName::value(104, "support-ibss-rsn"),
            AttrName::value(105, "wiphy-antenna-tx"),
            AttrName::value(106, "wiphy-antenna-rx"),
            AttrName::value(107, "mcast-rate"),
            AttrName::value(108, "offchannel-tx-ok"),
            AttrName::value(109, "bss-ht-opmode"),
            AttrName::value(110, "key-default-types"),
            AttrName::value(111, "max-remain-on-channel-duration"),
            AttrName::value(112, "mesh-setup"),
            AttrName::value(113, "wiphy-antenna-avail-tx"),
            AttrName::value(114, "wiphy-antenna-avail-rx"),
            AttrName::value(115, "support-mesh-auth"),
            AttrName::value(116, "sta-plink-state"),
            AttrName::value(117, "wowlan-triggers"),
            AttrName::nest(118, "wowlan-triggers-supported", &WOWLAN_TRIGGERS_ATTRS),
            AttrName::value(119, "sched-scan-interval"),
            AttrName::indexed(120, "interface-combinations", &IF_COMBINATION_ATTRIBUTES),
            AttrName::nest(121, "software-iftypes", &SUPPORTED_IFTYPES),
            AttrName::value(122, "rekey-data"),
            AttrName::value(123, "max-num-sched-scan-ssids"),
            AttrName::value(124, "max-sched-scan-ie-len"),
            AttrName::value(125, "scan-supp-rates"),
            AttrName::value(126, "hidden-ssid"),
            AttrName::value(127, "ie-probe-resp"),
            AttrName::value(128, "ie-assoc-resp"),
            AttrName::value(129, "sta-wme"),
            AttrName::value(130, "support-ap-uapsd"),
            AttrName::value(131, "roam-support"),
            AttrName::value(132, "sched-scan-match"),
            AttrName::value(133, "max-match-sets"),
            AttrName::value(134, "pmksa-candidate"),
            AttrName::value(135, "tx-no-cck-rate"),
            AttrName::value(136, "tdls-action"),
            AttrName::value(137, "tdls-dialog-token"),
            AttrName::value(138, "tdls-operation"),
            AttrName::value(139, "tdls-support"),
            AttrName::value(140, "tdls-external-setup"),
            AttrName::value(141, "device-ap-sme"),
            AttrName::value(142, "dont-wait-for-ack"),
            AttrName::value(143, "feature-flags"),
            AttrName::value(144, "probe-resp-offload"),
            AttrName::value(145, "probe-resp"),
            AttrName::value(146, "dfs-region"),
            AttrName::value(147, "disable-ht"),
            AttrName::value(148, "ht-capability-mask"),
            AttrName::value(149, "noack-map"),
            AttrName::value(150, "inactivity-timeout"),
            AttrName::value(151, "rx-signal-dbm"),
            AttrName::value(152, "bg-scan-period"),
            AttrName::value(153, "wdev"),
            AttrName::value(154, "user-reg-hint-type"),
            AttrName::value(155, "conn-failed-reason"),
            AttrName::value(156, "auth-data"),
            AttrName::value(157, "vht-capability"),
            AttrName::value(158, "scan-flags"),
            AttrName::value(159, "channel-width"),
            AttrName::value(160, "center-freq1"),
            AttrName::value(161, "center-freq2"),
            AttrName::value(162, "p2p-ctwindow"),
            AttrName::value(163, "p2p-oppps"),
            AttrName::value(164, "local-mesh-power-mode"),
            AttrName::value(165, "acl-policy"),
            AttrName::value(166, "mac-addrs"),
            AttrName::value(167, "mac-acl-max"),
            AttrName::value(168, "radar-event"),
            AttrName::value(169, "ext-capa"),
            AttrName::value(170, "ext-capa-mask"),
            AttrName::value(171, "sta-capability"),
            AttrName::value(172, "sta-ext-capability"),
            AttrName::value(173, "protocol-features"),
            AttrName::value(174, "split-wiphy-dump"),
            AttrName::value(175, "disable-vht"),
            AttrName::value(176, "vht-capability-mask"),
            AttrName::value(177, "mdid"),
            AttrName::value(178, "ie-ric"),
            AttrName::value(179, "crit-prot-id"),
            AttrName::value(180, "max-crit-prot-duration"),
            AttrName::value(181, "peer-aid"),
            AttrName::value(182, "coalesce-rule"),
            AttrName::value(183, "ch-switch-count"),
            AttrName::value(184, "ch-switch-block-tx"),
            AttrName::value(185, "csa-ies"),
            AttrName::value(186, "cntdwn-offs-beacon"),
            AttrName::value(187, "cntdwn-offs-presp"),
            AttrName::value(188, "rxmgmt-flags"),
            AttrName::value(189, "sta-supported-channels"),
            AttrName::value(190, "sta-supported-oper-classes"),
            AttrName::value(191, "handle-dfs"),
            AttrName::value(192, "support-5-mhz"),
            AttrName::value(193, "support-10-mhz"),
            AttrName::value(194, "opmode-notif"),
            AttrName::value(195, "vendor-id"),
            AttrName::value(196, "vendor-subcmd"),
            AttrName::value(197, "vendor-data"),
            AttrName::value(198, "vendor-events"),
            AttrName::value(199, "qos-map"),
            AttrName::value(200, "mac-hint"),
            AttrName::value(201, "wiphy-freq-hint"),
            AttrName::value(202, "max-ap-assoc-sta"),
            AttrName::value(203, "tdls-peer-capability"),
            AttrName::value(204, "socket-owner"),
            AttrName::value(205, "csa-c-offsets-tx"),
            AttrName::value(206, "max-csa-counters"),
            AttrName::value(207, "tdls-initiator"),
            AttrName::value(208, "use-rrm"),
            AttrName::value(209, "wiphy-dyn-ack"),
            AttrName::value(210, "tsid"),
            AttrName::value(211, "user-prio"),
            AttrName::value(212, "admitted-time"),
            AttrName::value(213, "smps-mode"),
            AttrName::value(214, "oper-class"),
            AttrName::value(215, "mac-mask"),
            AttrName::value(216, "wiphy-self-managed-reg"),
            AttrName::value(217, "ext-features"),
            AttrName::value(218, "survey-radio-stats"),
            AttrName::value(219, "netns-fd"),
            AttrName::value(220, "sched-scan-delay"),
            AttrName::value(221, "reg-indoor"),
            AttrName::value(222, "max-num-sched-scan-plans"),
            AttrName::value(223, "max-scan-plan-interval"),
            AttrName::value(224, "max-scan-plan-iterations"),
            AttrName::value(225, "sched-scan-plans"),
            AttrName::value(226, "pbss"),
            AttrName::value(227, "bss-select"),
            AttrName::value(228, "sta-support-p2p-ps"),
            AttrName::value(229, "pad"),
            AttrName::value(230, "iftype-ext-capa"),
            AttrName::value(231, "mu-mimo-group-data"),
            AttrName::value(232, "mu-mimo-follow-mac-addr"),
            AttrName::value(233, "scan-start-time-tsf"),
            AttrName::value(234, "scan-start-time-tsf-bssid"),
            AttrName::value(235, "measurement-duration"),
            AttrName::value(236, "measurement-duration-mandatory"),
            AttrName::value(237, "mesh-peer-aid"),
            AttrName::value(238, "nan-master-pref"),
            AttrName::value(239, "bands"),
            AttrName::value(240, "nan-func"),
            AttrName::value(241, "nan-match"),
            AttrName::value(242, "fils-kek"),
            AttrName::value(243, "fils-nonces"),
            AttrName::value(244, "multicast-to-unicast-enabled"),
            AttrName::value(245, "bssid"),
            AttrName::value(246, "sched-scan-relative-rssi"),
            AttrName::value(247, "sched-scan-rssi-adjust"),
            AttrName::value(248, "timeout-reason"),
            AttrName::value(249, "fils-erp-username"),
            AttrName::value(250, "fils-erp-realm"),
            AttrName::value(251, "fils-erp-next-seq-num"),
            AttrName::value(252, "fils-erp-rrk"),
            AttrName::value(253, "fils-cache-id"),
            AttrName::value(254, "pmk"),
            AttrName::value(255, "sched-scan-multi"),
            AttrName::value(256, "sched-scan-max-reqs"),
            AttrName::value(257, "want-1x-4way-hs"),
            AttrName::value(258, "pmkr0-name"),
            AttrName::value(259, "port-authorized"),
            AttrName::value(260, "external-auth-action"),
            AttrName::value(261, "external-auth-support"),
            AttrName::value(262, "nss"),
            AttrName::value(263, "ack-signal"),
            AttrName::value(264, "control-port-over-nl80211"),
            AttrName::nest(265, "txq-stats", &TXQ_STATS_ATTRS),
            AttrName::value(266, "txq-limit"),
            AttrName::value(267, "txq-memory-limit"),
            AttrName::value(268, "txq-quantum"),
            AttrName::value(269, "he-capability"),
            AttrName::value(270, "ftm-responder"),
            AttrName::value(271, "ftm-responder-stats"),
            AttrName::value(272, "timeout"),
            AttrName::value(273, "peer-measurements"),
            AttrName::value(274, "airtime-weight"),
            AttrName::value(275, "sta-tx-power-setting"),
            AttrName::value(276, "sta-tx-power"),
            AttrName::value(277, "sae-password"),
            AttrName::value(278, "twt-responder"),
            AttrName::value(279, "he-obss-pd"),
            AttrName::value(280, "wiphy-edmg-channels"),
            AttrName::value(281, "wiphy-edmg-bw-config"),
            AttrName::value(282, "vlan-id"),
            AttrName::value(283, "he-bss-color"),
            AttrName::value(284, "iftype-akm-suites"),
            AttrName::value(285, "tid-config"),
            AttrName::value(286, "control-port-no-preauth"),
            AttrName::value(287, "pmk-lifetime"),
            AttrName::value(288, "pmk-reauth-threshold"),
            AttrName::value(289, "receive-multicast"),
            AttrName::value(290, "wiphy-freq-offset"),
            AttrName::value(291, "center-freq1-offset"),
            AttrName::value(292, "scan-freq-khz"),
            AttrName::value(293, "he-6ghz-capability"),
            AttrName::value(294, "fils-discovery"),
            AttrName::value(295, "unsol-bcast-probe-resp"),
            AttrName::value(296, "s1g-capability"),
            AttrName::value(297, "s1g-capability-mask"),
            AttrName::value(298, "sae-pwe"),
            AttrName::value(299, "reconnect-requested"),
            AttrName::nest(300, "sar-spec", &SAR_ATTRIBUTES),
            AttrName::value(301, "disable-he"),
            AttrName::value(302, "obss-color-bitmap"),
            AttrName::value(303, "color-change-count"),
            AttrName::value(304, "color-change-color"),
            AttrName::value(305, "color-change-elems"),
            AttrName::value(306, "mbssid-config"),
            AttrName::value(307, "mbssid-elems"),
            AttrName::value(308, "radar-background"),
            AttrName::value(309, "ap-settings-flags"),
            AttrName::value(310, "eht-capability"),
            AttrName::value(311, "disable-eht"),
            AttrName::value(312, "mlo-links"),
            AttrName::value(313, "mlo-link-id"),
            AttrName::value(314, "mld-addr"),
            AttrName::value(315, "mlo-support"),
            AttrName::value(316, "max-num-akm-suites"),
            AttrName::value(317, "eml-capability"),
            AttrName::value(318, "mld-capa-and-ops"),
            AttrName::value(319, "tx-hw-timestamp"),
            AttrName::value(320, "rx-hw-timestamp"),
            AttrName::value(321, "td-bitmap"),
            AttrName::value(322, "punct-bitmap"),
            AttrName::value(323, "max-hw-timestamp-peers"),
            AttrName::value(324, "hw-timestamp-enabled"),
            AttrName::value(325, "ema-rnr-elems"),
            AttrName::value(326, "mlo-link-disabled"),
            AttrName::value(327, "bss-dump-include-use-data"),
            AttrName::value(328, "mlo-ttlm-dlink"),
            AttrName::value(329, "mlo-ttlm-ulink"),
            AttrName::value(330, "assoc-spp-amsdu"),
            AttrName::value(331, "wiphy-radios"),
            AttrName::value(332, "wiphy-interface-combinations"),
            AttrName::value(333, "vif-radio-mask"),
        ],
    };

    /// `frame-type-attrs`.
    pub static FRAME_TYPE_ATTRS: SetNames = SetNames {
        name: "frame-type-attrs",
        attrs: &[
            AttrName::value(101, "frame-type"),
        ],
    };

    /// `wiphy-bands`.
    pub static WIPHY_BANDS: SetNames = SetNames {
        name: "wiphy-bands",
        attrs: &[
            AttrName::nest(0, "2ghz", &BAND_ATTRS),
            AttrName::nest(1, "5ghz", &BAND_ATTRS),
            AttrName::nest(2, "60ghz", &BAND_ATTRS),
            AttrName::nest(3, "6ghz", &BAND_ATTRS),
            AttrName::nest(4, "s1ghz", &BAND_ATTRS),
            AttrName::nest(5, "lc", &BAND_ATTRS),
        ],
    };

    /// `band-attrs`.
    pub static BAND_ATTRS: SetNames = SetNames {
        name: "band-attrs",
        attrs: &[
            AttrName::indexed(1, "freqs", &FREQUENCY_ATTRS),
            AttrName::indexed(2, "rates", &BITRATE_ATTRS),
            AttrName::value(3, "ht-mcs-set"),
            AttrName::value(4, "ht-capa"),
            AttrName::value(5, "ht-ampdu-factor"),
            AttrName::value(6, "ht-ampdu-density"),
            AttrName::value(7, "vht-mcs-set"),
            AttrName::value(8, "vht-capa"),
            AttrName::indexed(9, "iftype-data", &IFTYPE_DATA_ATTRS),
            AttrName::value(10, "edmg-channels"),
            AttrName::value(11, "edmg-bw-config"),
            AttrName::value(12, "s1g-mcs-nss-set"),
            AttrName::value(13, "s1g-capa"),
        ],
    };

    /// `bitrate-attrs`.
    pub static BITRATE_ATTRS: SetNames = SetNames {
        name: "bitrate-attrs",
        attrs: &[
            AttrName::value(1, "rate"),
            AttrName::value(2, "2ghz-shortpreamble"),
        ],
    };

    /// `frequency-attrs`.
    pub static FREQUENCY_ATTRS: SetNames = SetNames {
        name: "frequency-attrs",
        attrs: &[
            AttrName::value(1, "freq"),
            AttrName::value(2, "disabled"),
            AttrName::value(3, "no-ir"),
            AttrName::value(4, "no-ibss"),
            AttrName::value(5, "radar"),
            AttrName::value(6, "max-tx-power"),
            AttrName::value(7, "dfs-state"),
            AttrName::value(8, "dfs-time"),
            AttrName::value(9, "no-ht40-minus"),
            AttrName::value(10, "no-ht40-plus"),
            AttrName::value(11, "no-80mhz"),
            AttrName::value(12, "no-160mhz"),
            AttrName::value(13, "dfs-cac-time"),
            AttrName::value(14, "indoor-only"),
            AttrName::value(15, "ir-concurrent"),
            AttrName::value(16, "no-20mhz"),
            AttrName::value(17, "no-10mhz"),
            AttrName::indexed(18, "wmm", &WMM_ATTRS),
            AttrName::value(19, "no-he"),
            AttrName::value(20, "offset"),
            AttrName::value(21, "1mhz"),
            AttrName::value(22, "2mhz"),
            AttrName::value(23, "4mhz"),
            AttrName::value(24, "8mhz"),
            AttrName::value(25, "16mhz"),
            AttrName::value(26, "no-320mhz"),
            AttrName::value(27, "no-eht"),
            AttrName::value(28, "psd"),
            AttrName::value(29, "dfs-concurrent"),
            AttrName::value(30, "no-6ghz-vlp-client"),
            AttrName::value(31, "no-6ghz-afc-client"),
            AttrName::value(32, "can-monitor"),
            AttrName::value(33, "allow-6ghz-vlp-ap"),
        ],
    };

    /// `if-combination-attributes`.
    pub static IF_COMBINATION_ATTRIBUTES: SetNames = SetNames {
        name: "if-combination-attributes",
        attrs: &[
            AttrName::indexed(1, "limits", &IFACE_LIMIT_ATTRIBUTES),
            AttrName::value(2, "maxnum"),
            AttrName::value(3, "sta-ap-bi-match"),
            AttrName::value(4, "num-channels"),
            AttrName::value(5, "radar-detect-widths"),
            AttrName::value(6, "radar-detect-regions"),
            AttrName::value(7, "bi-min-gcd"),
        ],
    };

    /// `iface-limit-attributes`.
    pub static IFACE_LIMIT_ATTRIBUTES: SetNames = SetNames {
        name: "iface-limit-attributes",
        attrs: &[
            AttrName::value(1, "max"),
            AttrName::nest(2, "types", &SUPPORTED_IFTYPES),
        ],
    };

    /// `iftype-data-attrs`.
    pub static IFTYPE_DATA_ATTRS: SetNames = SetNames {
        name: "iftype-data-attrs",
        attrs: &[
            AttrName::value(1, "iftypes"),
            AttrName::value(2, "he-cap-mac"),
            AttrName::value(3, "he-cap-phy"),
            AttrName::value(4, "he-cap-mcs-set"),
            AttrName::value(5, "he-cap-ppe"),
            AttrName::value(6, "he-6ghz-capa"),
            AttrName::value(7, "vendor-elems"),
            AttrName::value(8, "eht-cap-mac"),
            AttrName::value(9, "eht-cap-phy"),
            AttrName::value(10, "eht-cap-mcs-set"),
            AttrName::value(11, "eht-cap-ppe"),
        ],
    };

    /// `iftype-attrs`.
    pub static IFTYPE_ATTRS: SetNames = SetNames {
        name: "iftype-attrs",
        attrs: &[
            AttrName::nest(0, "unspecified", &FRAME_TYPE_ATTRS),
            AttrName::nest(1, "adhoc", &FRAME_TYPE_ATTRS),
            AttrName::nest(2, "station", &FRAME_TYPE_ATTRS),
            AttrName::nest(3, "ap", &FRAME_TYPE_ATTRS),
            AttrName::nest(4, "ap-vlan", &FRAME_TYPE_ATTRS),
            AttrName::nest(5, "wds", &FRAME_TYPE_ATTRS),
            AttrName::nest(6, "monitor", &FRAME_TYPE_ATTRS),
            AttrName::nest(7, "mesh-point", &FRAME_TYPE_ATTRS),
            AttrName::nest(8, "p2p-client", &FRAME_TYPE_ATTRS),
            AttrName::nest(9, "p2p-go", &FRAME_TYPE_ATTRS),
            AttrName::nest(10, "p2p-device", &FRAME_TYPE_ATTRS),
            AttrName::nest(11, "ocb", &FRAME_TYPE_ATTRS),
            AttrName::nest(12, "nan", &FRAME_TYPE_ATTRS),
        ],
    };

    /// `sar-attributes`.
    pub static SAR_ATTRIBUTES: SetNames = SetNames {
        name: "sar-attributes",
        attrs: &[
            AttrName::value(1, "type"),
            AttrName::indexed(2, "specs", &SAR_SPECS),
        ],
    };

    /// `sar-specs`.
    pub static SAR_SPECS: SetNames = SetNames {
        name: "sar-specs",
        attrs: &[
            AttrName::value(1, "power"),
            AttrName::value(2, "range-index"),
            AttrName::value(3, "start-freq"),
            AttrName::value(4, "end-freq"),
        ],
    };

    /// `supported-iftypes`.
    pub static SUPPORTED_IFTYPES: SetNames = SetNames {
        name: "supported-iftypes",
        attrs: &[
            AttrName::value(1, "adhoc"),
            AttrName::value(2, "station"),
            AttrName::value(3, "ap"),
            AttrName::value(4, "ap-vlan"),
            AttrName::value(5, "wds"),
            AttrName::value(6, "monitor"),
            AttrName::value(7, "mesh-point"),
            AttrName::value(8, "p2p-client"),
            AttrName::value(9, "p2p-go"),
            AttrName::value(10, "p2p-device"),
            AttrName::value(11, "ocb"),
            AttrName::value(12, "nan"),
        ],
    };

    /// `txq-stats-attrs`.
    pub static TXQ_STATS_ATTRS: SetNames = SetNames {
        name: "txq-stats-attrs",
        attrs: &[
            AttrName::value(1, "backlog-bytes"),
            AttrName::value(2, "backlog-packets"),
            AttrName::value(3, "flows"),
            AttrName::value(4, "drops"),
            AttrName::value(5, "ecn-marks"),
            AttrName::value(6, "overlimit"),
            AttrName::value(7, "overmemory"),
            AttrName::value(8, "collisions"),
            AttrName::value(9, "tx-bytes"),
            AttrName::value(10, "tx-packets"),
            AttrName::value(11, "max-flows"),
        ],
    };

    /// `wmm-attrs`.
    pub static WMM_ATTRS: SetNames = SetNames {
        name: "wmm-attrs",
        attrs: &[
            AttrName::value(1, "cw-min"),
            AttrName::value(2, "cw-max"),
            AttrName::value(3, "aifsn"),
            AttrName::value(4, "txop"),
        ],
    };

    /// `wowlan-triggers-attrs`.
    pub static WOWLAN_TRIGGERS_ATTRS: SetNames = SetNames {
        name: "wowlan-triggers-attrs",
        attrs: &[
            AttrName::value(1, "any"),
            AttrName::value(2, "disconnect"),
            AttrName::value(3, "magic-pkt"),
            AttrName::value(4, "pkt-pattern"),
            AttrName::value(5, "gtk-rekey-supported"),
            AttrName::value(6, "gtk-rekey-failure"),
            AttrName::value(7, "eap-ident-request"),
            AttrName::value(8, "4way-handshake"),
            AttrName::value(9, "rfkill-release"),
            AttrName::value(10, "wakeup-pkt-80211"),
            AttrName::value(11, "wakeup-pkt-80211-len"),
            AttrName::value(12, "wakeup-pkt-8023"),
            AttrName::value(13, "wakeup-pkt-8023-len"),
            AttrName::value(14, "tcp-connection"),
            AttrName::value(15, "wakeup-tcp-match"),
            AttrName::value(16, "wakeup-tcp-connlost"),
            AttrName::value(17, "wakeup-tcp-nomoretokens"),
            AttrName::value(18, "net-detect"),
            AttrName::value(19, "net-detect-results"),
            AttrName::value(20, "unprotected-deauth-disassoc"),
        ],
    };
}
