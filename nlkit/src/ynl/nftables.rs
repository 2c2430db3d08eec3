//! `nftables` (netlink-raw): Netfilter nftables configuration over netlink.
//!
//! Generated from `nlkit-ynl/specs/nftables.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 12;

crate::fixed_struct! {
    /// `nfgenmsg`: a C structure of 4 bytes.
    pub struct Nfgenmsg("nfgenmsg") {
        /// `nfgen-family`.
        pub nfgen_family: u8,
        /// `version`.
        pub version: u8,
        /// `res-id`.
        pub res_id: crate::wire::fixed::Be16,
    }
}

crate::open_enum! {
    /// `meta-keys`: an enumeration.
    pub enum MetaKeys: u32 {
        /// `len` (0).
        Len = 0,
        /// `protocol` (1).
        Protocol = 1,
        /// `priority` (2).
        Priority = 2,
        /// `mark` (3).
        Mark = 3,
        /// `iif` (4).
        Iif = 4,
        /// `oif` (5).
        Oif = 5,
        /// `iifname` (6).
        Iifname = 6,
        /// `oifname` (7).
        Oifname = 7,
        /// `iftype` (8).
        Iftype = 8,
        /// `oiftype` (9).
        Oiftype = 9,
        /// `skuid` (10).
        Skuid = 10,
        /// `skgid` (11).
        Skgid = 11,
        /// `nftrace` (12).
        Nftrace = 12,
        /// `rtclassid` (13).
        Rtclassid = 13,
        /// `secmark` (14).
        Secmark = 14,
        /// `nfproto` (15).
        Nfproto = 15,
        /// `l4-proto` (16).
        L4Proto = 16,
        /// `bri-iifname` (17).
        BriIifname = 17,
        /// `bri-oifname` (18).
        BriOifname = 18,
        /// `pkttype` (19).
        Pkttype = 19,
        /// `cpu` (20).
        Cpu = 20,
        /// `iifgroup` (21).
        Iifgroup = 21,
        /// `oifgroup` (22).
        Oifgroup = 22,
        /// `cgroup` (23).
        Cgroup = 23,
        /// `prandom` (24).
        Prandom = 24,
        /// `secpath` (25).
        Secpath = 25,
        /// `iifkind` (26).
        Iifkind = 26,
        /// `oifkind` (27).
        Oifkind = 27,
        /// `bri-iifpvid` (28).
        BriIifpvid = 28,
        /// `bri-iifvproto` (29).
        BriIifvproto = 29,
        /// `time-ns` (30).
        TimeNs = 30,
        /// `time-day` (31).
        TimeDay = 31,
        /// `time-hour` (32).
        TimeHour = 32,
        /// `sdif` (33).
        Sdif = 33,
        /// `sdifname` (34).
        Sdifname = 34,
        /// `bri-broute` (35).
        BriBroute = 35,
    }
}

crate::open_enum! {
    /// `bitwise-ops`: an enumeration.
    pub enum BitwiseOps: u32 {
        /// `bool` (0).
        Bool = 0,
        /// `lshift` (1).
        Lshift = 1,
        /// `rshift` (2).
        Rshift = 2,
    }
}

crate::open_enum! {
    /// `cmp-ops`: an enumeration.
    pub enum CmpOps: u32 {
        /// `eq` (0).
        Eq = 0,
        /// `neq` (1).
        Neq = 1,
        /// `lt` (2).
        Lt = 2,
        /// `lte` (3).
        Lte = 3,
        /// `gt` (4).
        Gt = 4,
        /// `gte` (5).
        Gte = 5,
    }
}

crate::open_enum! {
    /// `object-type`: an enumeration.
    pub enum ObjectType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `counter` (1).
        Counter = 1,
        /// `quota` (2).
        Quota = 2,
        /// `ct-helper` (3).
        CtHelper = 3,
        /// `limit` (4).
        Limit = 4,
        /// `connlimit` (5).
        Connlimit = 5,
        /// `tunnel` (6).
        Tunnel = 6,
        /// `ct-timeout` (7).
        CtTimeout = 7,
        /// `secmark` (8).
        Secmark = 8,
        /// `ct-expect` (9).
        CtExpect = 9,
        /// `synproxy` (10).
        Synproxy = 10,
    }
}

crate::flag_set! {
    /// `nat-range-flags`: flags.
    pub struct NatRangeFlags: u32 {
        /// `map-ips` (bit 0).
        const MAP_IPS = 0x1;
        /// `proto-specified` (bit 1).
        const PROTO_SPECIFIED = 0x2;
        /// `proto-random` (bit 2).
        const PROTO_RANDOM = 0x4;
        /// `persistent` (bit 3).
        const PERSISTENT = 0x8;
        /// `proto-random-fully` (bit 4).
        const PROTO_RANDOM_FULLY = 0x10;
        /// `proto-offset` (bit 5).
        const PROTO_OFFSET = 0x20;
        /// `netmap` (bit 6).
        const NETMAP = 0x40;
    }
}

crate::flag_set! {
    /// `table-flags`: flags.
    pub struct TableFlags: u32 {
        /// `dormant` (bit 0).
        const DORMANT = 0x1;
        /// `owner` (bit 1).
        const OWNER = 0x2;
        /// `persist` (bit 2).
        const PERSIST = 0x4;
    }
}

crate::flag_set! {
    /// `chain-flags`: flags.
    pub struct ChainFlags: u32 {
        /// `base` (bit 0).
        const BASE = 0x1;
        /// `hw-offload` (bit 1).
        const HW_OFFLOAD = 0x2;
        /// `binding` (bit 2).
        const BINDING = 0x4;
    }
}

crate::flag_set! {
    /// `set-flags`: flags.
    pub struct SetFlags: u32 {
        /// `anonymous` (bit 0).
        const ANONYMOUS = 0x1;
        /// `constant` (bit 1).
        const CONSTANT = 0x2;
        /// `interval` (bit 2).
        const INTERVAL = 0x4;
        /// `map` (bit 3).
        const MAP = 0x8;
        /// `timeout` (bit 4).
        const TIMEOUT = 0x10;
        /// `eval` (bit 5).
        const EVAL = 0x20;
        /// `object` (bit 6).
        const OBJECT = 0x40;
        /// `concat` (bit 7).
        const CONCAT = 0x80;
        /// `expr` (bit 8).
        const EXPR = 0x100;
    }
}

crate::flag_set! {
    /// `lookup-flags`: flags.
    pub struct LookupFlags: u32 {
        /// `invert` (bit 0).
        const INVERT = 0x1;
    }
}

crate::open_enum! {
    /// `ct-keys`: an enumeration.
    pub enum CtKeys: u32 {
        /// `state` (0).
        State = 0,
        /// `direction` (1).
        Direction = 1,
        /// `status` (2).
        Status = 2,
        /// `mark` (3).
        Mark = 3,
        /// `secmark` (4).
        Secmark = 4,
        /// `expiration` (5).
        Expiration = 5,
        /// `helper` (6).
        Helper = 6,
        /// `l3protocol` (7).
        L3protocol = 7,
        /// `src` (8).
        Src = 8,
        /// `dst` (9).
        Dst = 9,
        /// `protocol` (10).
        Protocol = 10,
        /// `proto-src` (11).
        ProtoSrc = 11,
        /// `proto-dst` (12).
        ProtoDst = 12,
        /// `labels` (13).
        Labels = 13,
        /// `pkts` (14).
        Pkts = 14,
        /// `bytes` (15).
        Bytes = 15,
        /// `avgpkt` (16).
        Avgpkt = 16,
        /// `zone` (17).
        Zone = 17,
        /// `eventmask` (18).
        Eventmask = 18,
        /// `src-ip` (19).
        SrcIp = 19,
        /// `dst-ip` (20).
        DstIp = 20,
        /// `src-ip6` (21).
        SrcIp6 = 21,
        /// `dst-ip6` (22).
        DstIp6 = 22,
        /// `ct-id` (23).
        CtId = 23,
    }
}

crate::open_enum! {
    /// `ct-direction`: an enumeration.
    pub enum CtDirection: u8 {
        /// `original` (0).
        Original = 0,
        /// `reply` (1).
        Reply = 1,
    }
}

crate::flag_set! {
    /// `quota-flags`: flags.
    pub struct QuotaFlags: u32 {
        /// `invert` (bit 0).
        const INVERT = 0x1;
        /// `depleted` (bit 1).
        const DEPLETED = 0x2;
    }
}

crate::open_enum! {
    /// `verdict-code`: an enumeration.
    pub enum VerdictCode: u32 {
        /// `continue` (4294967295).
        Continue = 4294967295,
        /// `break` (4294967294).
        Break = 4294967294,
        /// `jump` (4294967293).
        Jump = 4294967293,
        /// `goto` (4294967292).
        Goto = 4294967292,
        /// `return` (4294967291).
        Return = 4294967291,
        /// `drop` (0).
        Drop = 0,
        /// `accept` (1).
        Accept = 1,
        /// `stolen` (2).
        Stolen = 2,
        /// `queue` (3).
        Queue = 3,
        /// `repeat` (4).
        Repeat = 4,
    }
}

crate::open_enum! {
    /// `fib-result`: an enumeration.
    pub enum FibResult: u32 {
        /// `oif` (0).
        Oif = 0,
        /// `oifname` (1).
        Oifname = 1,
        /// `addrtype` (2).
        Addrtype = 2,
    }
}

crate::flag_set! {
    /// `fib-flags`: flags.
    pub struct FibFlags: u32 {
        /// `saddr` (bit 0).
        const SADDR = 0x1;
        /// `daddr` (bit 1).
        const DADDR = 0x2;
        /// `mark` (bit 2).
        const MARK = 0x4;
        /// `iif` (bit 3).
        const IIF = 0x8;
        /// `oif` (bit 4).
        const OIF = 0x10;
        /// `present` (bit 5).
        const PRESENT = 0x20;
    }
}

crate::open_enum! {
    /// `reject-types`: an enumeration.
    pub enum RejectTypes: u32 {
        /// `icmp-unreach` (0).
        IcmpUnreach = 0,
        /// `tcp-rst` (1).
        TcpRst = 1,
        /// `icmpx-unreach` (2).
        IcmpxUnreach = 2,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `empty-attrs`.
    pub mod empty_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
    }

    /// The attributes of `batch-attrs`.
    pub mod batch_attrs {
        /// `genid` (u32).
        pub const GENID: u16 = 1;
    }

    /// The attributes of `table-attrs`.
    pub mod table_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `flags` (u32).
        pub const FLAGS: u16 = 2;
        /// `use` (u32).
        pub const USE: u16 = 3;
        /// `handle` (u64).
        pub const HANDLE: u16 = 4;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 5;
    }

    /// The attributes of `chain-attrs`.
    pub mod chain_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `handle` (u64).
        pub const HANDLE: u16 = 2;
        /// `name` (string).
        pub const NAME: u16 = 3;
        /// `hook` (nest).
        pub const HOOK: u16 = 4;
        /// `policy` (u32).
        pub const POLICY: u16 = 5;
        /// `use` (u32).
        pub const USE: u16 = 6;
        /// `type` (string).
        pub const TYPE: u16 = 7;
        /// `counters` (nest).
        pub const COUNTERS: u16 = 8;
        /// `flags` (u32).
        pub const FLAGS: u16 = 9;
        /// `id` (u32).
        pub const ID: u16 = 10;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 11;
    }

    /// The attributes of `counter-attrs`.
    pub mod counter_attrs {
        /// `bytes` (u64).
        pub const BYTES: u16 = 1;
        /// `packets` (u64).
        pub const PACKETS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
    }

    /// The attributes of `nft-hook-attrs`.
    pub mod nft_hook_attrs {
        /// `num` (u32).
        pub const NUM: u16 = 1;
        /// `priority` (s32).
        pub const PRIORITY: u16 = 2;
        /// `dev` (string).
        pub const DEV: u16 = 3;
        /// `devs` (nest).
        pub const DEVS: u16 = 4;
    }

    /// The attributes of `hook-dev-attrs`.
    pub mod hook_dev_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
    }

    /// The attributes of `nft-counter-attrs`.
    pub mod nft_counter_attrs {
        /// `bytes` (u64).
        pub const BYTES: u16 = 1;
        /// `packets` (u64).
        pub const PACKETS: u16 = 2;
    }

    /// The attributes of `rule-attrs`.
    pub mod rule_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `chain` (string).
        pub const CHAIN: u16 = 2;
        /// `handle` (u64).
        pub const HANDLE: u16 = 3;
        /// `expressions` (nest).
        pub const EXPRESSIONS: u16 = 4;
        /// `compat` (nest).
        pub const COMPAT: u16 = 5;
        /// `position` (u64).
        pub const POSITION: u16 = 6;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 7;
        /// `id` (u32).
        pub const ID: u16 = 8;
        /// `position-id` (u32).
        pub const POSITION_ID: u16 = 9;
        /// `chain-id` (u32).
        pub const CHAIN_ID: u16 = 10;
    }

    /// The attributes of `expr-list-attrs`.
    pub mod expr_list_attrs {
        /// `elem` (nest).
        pub const ELEM: u16 = 1;
    }

    /// The attributes of `expr-attrs`.
    pub mod expr_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `data` (sub-message).
        pub const DATA: u16 = 2;
    }

    /// The attributes of `rule-compat-attrs`.
    pub mod rule_compat_attrs {
        /// `proto` (binary).
        pub const PROTO: u16 = 1;
        /// `flags` (binary).
        pub const FLAGS: u16 = 2;
    }

    /// The attributes of `set-attrs`.
    pub mod set_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `name` (string).
        pub const NAME: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
        /// `key-type` (u32).
        pub const KEY_TYPE: u16 = 4;
        /// `key-len` (u32).
        pub const KEY_LEN: u16 = 5;
        /// `data-type` (u32).
        pub const DATA_TYPE: u16 = 6;
        /// `data-len` (u32).
        pub const DATA_LEN: u16 = 7;
        /// `policy` (u32).
        pub const POLICY: u16 = 8;
        /// `desc` (nest).
        pub const DESC: u16 = 9;
        /// `id` (u32).
        pub const ID: u16 = 10;
        /// `timeout` (u64).
        pub const TIMEOUT: u16 = 11;
        /// `gc-interval` (u32).
        pub const GC_INTERVAL: u16 = 12;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 13;
        /// `pad` (pad).
        pub const PAD: u16 = 14;
        /// `obj-type` (u32).
        pub const OBJ_TYPE: u16 = 15;
        /// `handle` (u64).
        pub const HANDLE: u16 = 16;
        /// `expr` (nest).
        pub const EXPR: u16 = 17;
        /// `expressions` (nest).
        pub const EXPRESSIONS: u16 = 18;
    }

    /// The attributes of `set-desc-attrs`.
    pub mod set_desc_attrs {
        /// `size` (u32).
        pub const SIZE: u16 = 1;
        /// `concat` (nest).
        pub const CONCAT: u16 = 2;
    }

    /// The attributes of `set-desc-concat-attrs`.
    pub mod set_desc_concat_attrs {
        /// `elem` (nest).
        pub const ELEM: u16 = 1;
    }

    /// The attributes of `set-field-attrs`.
    pub mod set_field_attrs {
        /// `len` (u32).
        pub const LEN: u16 = 1;
    }

    /// The attributes of `set-list-attrs`.
    pub mod set_list_attrs {
        /// `elem` (nest).
        pub const ELEM: u16 = 1;
    }

    /// The attributes of `setelem-attrs`.
    pub mod setelem_attrs {
        /// `key` (nest).
        pub const KEY: u16 = 1;
        /// `data` (nest).
        pub const DATA: u16 = 2;
        /// `flags` (binary).
        pub const FLAGS: u16 = 3;
        /// `timeout` (u64).
        pub const TIMEOUT: u16 = 4;
        /// `expiration` (u64).
        pub const EXPIRATION: u16 = 5;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 6;
        /// `expr` (nest).
        pub const EXPR: u16 = 7;
        /// `objref` (string).
        pub const OBJREF: u16 = 8;
        /// `key-end` (nest).
        pub const KEY_END: u16 = 9;
        /// `expressions` (nest).
        pub const EXPRESSIONS: u16 = 10;
    }

    /// The attributes of `setelem-list-elem-attrs`.
    pub mod setelem_list_elem_attrs {
        /// `elem` (nest).
        pub const ELEM: u16 = 1;
    }

    /// The attributes of `setelem-list-attrs`.
    pub mod setelem_list_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `set` (string).
        pub const SET: u16 = 2;
        /// `elements` (nest).
        pub const ELEMENTS: u16 = 3;
        /// `set-id` (u32).
        pub const SET_ID: u16 = 4;
    }

    /// The attributes of `gen-attrs`.
    pub mod gen_attrs {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `proc-pid` (u32).
        pub const PROC_PID: u16 = 2;
        /// `proc-name` (string).
        pub const PROC_NAME: u16 = 3;
    }

    /// The attributes of `obj-attrs`.
    pub mod obj_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `name` (string).
        pub const NAME: u16 = 2;
        /// `type` (u32).
        pub const TYPE: u16 = 3;
        /// `data` (sub-message).
        pub const DATA: u16 = 4;
        /// `use` (u32).
        pub const USE: u16 = 5;
        /// `handle` (u64).
        pub const HANDLE: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 8;
    }

    /// The attributes of `quota-attrs`.
    pub mod quota_attrs {
        /// `bytes` (u64).
        pub const BYTES: u16 = 1;
        /// `flags` (u32).
        pub const FLAGS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `consumed` (u64).
        pub const CONSUMED: u16 = 4;
    }

    /// The attributes of `flowtable-attrs`.
    pub mod flowtable_attrs {
        /// `table` (string).
        pub const TABLE: u16 = 1;
        /// `name` (string).
        pub const NAME: u16 = 2;
        /// `hook` (nest).
        pub const HOOK: u16 = 3;
        /// `use` (u32).
        pub const USE: u16 = 4;
        /// `handle` (u64).
        pub const HANDLE: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `flags` (u32).
        pub const FLAGS: u16 = 7;
    }

    /// The attributes of `flowtable-hook-attrs`.
    pub mod flowtable_hook_attrs {
        /// `num` (u32).
        pub const NUM: u16 = 1;
        /// `priority` (u32).
        pub const PRIORITY: u16 = 2;
        /// `devs` (nest).
        pub const DEVS: u16 = 3;
    }

    /// The attributes of `expr-bitwise-attrs`.
    pub mod expr_bitwise_attrs {
        /// `sreg` (u32).
        pub const SREG: u16 = 1;
        /// `dreg` (u32).
        pub const DREG: u16 = 2;
        /// `len` (u32).
        pub const LEN: u16 = 3;
        /// `mask` (nest).
        pub const MASK: u16 = 4;
        /// `xor` (nest).
        pub const XOR: u16 = 5;
        /// `op` (u32).
        pub const OP: u16 = 6;
        /// `data` (nest).
        pub const DATA: u16 = 7;
    }

    /// The attributes of `expr-cmp-attrs`.
    pub mod expr_cmp_attrs {
        /// `sreg` (u32).
        pub const SREG: u16 = 1;
        /// `op` (u32).
        pub const OP: u16 = 2;
        /// `data` (nest).
        pub const DATA: u16 = 3;
    }

    /// The attributes of `data-attrs`.
    pub mod data_attrs {
        /// `value` (binary).
        pub const VALUE: u16 = 1;
        /// `verdict` (nest).
        pub const VERDICT: u16 = 2;
    }

    /// The attributes of `verdict-attrs`.
    pub mod verdict_attrs {
        /// `code` (u32).
        pub const CODE: u16 = 1;
        /// `chain` (string).
        pub const CHAIN: u16 = 2;
        /// `chain-id` (u32).
        pub const CHAIN_ID: u16 = 3;
    }

    /// The attributes of `expr-counter-attrs`.
    pub mod expr_counter_attrs {
        /// `bytes` (u64).
        pub const BYTES: u16 = 1;
        /// `packets` (u64).
        pub const PACKETS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
    }

    /// The attributes of `expr-fib-attrs`.
    pub mod expr_fib_attrs {
        /// `dreg` (u32).
        pub const DREG: u16 = 1;
        /// `result` (u32).
        pub const RESULT: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
    }

    /// The attributes of `expr-ct-attrs`.
    pub mod expr_ct_attrs {
        /// `dreg` (u32).
        pub const DREG: u16 = 1;
        /// `key` (u32).
        pub const KEY: u16 = 2;
        /// `direction` (u8).
        pub const DIRECTION: u16 = 3;
        /// `sreg` (u32).
        pub const SREG: u16 = 4;
    }

    /// The attributes of `expr-flow-offload-attrs`.
    pub mod expr_flow_offload_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
    }

    /// The attributes of `expr-immediate-attrs`.
    pub mod expr_immediate_attrs {
        /// `dreg` (u32).
        pub const DREG: u16 = 1;
        /// `data` (nest).
        pub const DATA: u16 = 2;
    }

    /// The attributes of `expr-lookup-attrs`.
    pub mod expr_lookup_attrs {
        /// `set` (string).
        pub const SET: u16 = 1;
        /// `set id` (u32).
        pub const SET_ID: u16 = 2;
        /// `sreg` (u32).
        pub const SREG: u16 = 3;
        /// `dreg` (u32).
        pub const DREG: u16 = 4;
        /// `flags` (u32).
        pub const FLAGS: u16 = 5;
    }

    /// The attributes of `expr-meta-attrs`.
    pub mod expr_meta_attrs {
        /// `dreg` (u32).
        pub const DREG: u16 = 1;
        /// `key` (u32).
        pub const KEY: u16 = 2;
        /// `sreg` (u32).
        pub const SREG: u16 = 3;
    }

    /// The attributes of `expr-nat-attrs`.
    pub mod expr_nat_attrs {
        /// `type` (u32).
        pub const TYPE: u16 = 1;
        /// `family` (u32).
        pub const FAMILY: u16 = 2;
        /// `reg-addr-min` (u32).
        pub const REG_ADDR_MIN: u16 = 3;
        /// `reg-addr-max` (u32).
        pub const REG_ADDR_MAX: u16 = 4;
        /// `reg-proto-min` (u32).
        pub const REG_PROTO_MIN: u16 = 5;
        /// `reg-proto-max` (u32).
        pub const REG_PROTO_MAX: u16 = 6;
        /// `flags` (u32).
        pub const FLAGS: u16 = 7;
    }

    /// The attributes of `expr-payload-attrs`.
    pub mod expr_payload_attrs {
        /// `dreg` (u32).
        pub const DREG: u16 = 1;
        /// `base` (u32).
        pub const BASE: u16 = 2;
        /// `offset` (u32).
        pub const OFFSET: u16 = 3;
        /// `len` (u32).
        pub const LEN: u16 = 4;
        /// `sreg` (u32).
        pub const SREG: u16 = 5;
        /// `csum-type` (u32).
        pub const CSUM_TYPE: u16 = 6;
        /// `csum-offset` (u32).
        pub const CSUM_OFFSET: u16 = 7;
        /// `csum-flags` (u32).
        pub const CSUM_FLAGS: u16 = 8;
    }

    /// The attributes of `expr-reject-attrs`.
    pub mod expr_reject_attrs {
        /// `type` (u32).
        pub const TYPE: u16 = 1;
        /// `icmp-code` (u8).
        pub const ICMP_CODE: u16 = 2;
    }

    /// The attributes of `expr-target-attrs`.
    pub mod expr_target_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `rev` (u32).
        pub const REV: u16 = 2;
        /// `info` (binary).
        pub const INFO: u16 = 3;
    }

    /// The attributes of `expr-tproxy-attrs`.
    pub mod expr_tproxy_attrs {
        /// `family` (u32).
        pub const FAMILY: u16 = 1;
        /// `reg-addr` (u32).
        pub const REG_ADDR: u16 = 2;
        /// `reg-port` (u32).
        pub const REG_PORT: u16 = 3;
    }

    /// The attributes of `expr-objref-attrs`.
    pub mod expr_objref_attrs {
        /// `imm-type` (u32).
        pub const IMM_TYPE: u16 = 1;
        /// `imm-name` (string).
        pub const IMM_NAME: u16 = 2;
        /// `set-sreg` (u32).
        pub const SET_SREG: u16 = 3;
        /// `set-name` (string).
        pub const SET_NAME: u16 = 4;
        /// `set-id` (u32).
        pub const SET_ID: u16 = 5;
    }
}

crate::attribute_set! {
    /// The attribute set `empty-attrs`.
    pub struct EmptyAttrs {}
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::empty_attrs::NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `batch-attrs`.
    pub struct BatchAttrs {}
    attributes {
        /// `genid`.
        pub genid: codec::U32Be = attrs::batch_attrs::GENID,
    }
}

crate::attribute_set! {
    /// The attribute set `table-attrs`.
    pub struct TableAttrs {}
    attributes {
        /// name of the table
        pub name: codec::Str = attrs::table_attrs::NAME,
        /// bitmask of flags
        ///
        /// A mask of bits numbered by `table-flags`.
        pub flags: codec::U32Be = attrs::table_attrs::FLAGS,
        /// number of chains in this table
        pub use_: codec::U32Be = attrs::table_attrs::USE,
        /// numeric handle of the table
        pub handle: codec::U64Be = attrs::table_attrs::HANDLE,
        /// user data
        pub userdata: codec::Bytes = attrs::table_attrs::USERDATA,
    }
}

crate::attribute_set! {
    /// The attribute set `chain-attrs`.
    pub struct ChainAttrs {}
    attributes {
        /// name of the table containing the chain
        pub table: codec::Str = attrs::chain_attrs::TABLE,
        /// numeric handle of the chain
        pub handle: codec::U64Be = attrs::chain_attrs::HANDLE,
        /// name of the chain
        pub name: codec::Str = attrs::chain_attrs::NAME,
        /// hook specification for basechains
        pub hook: codec::Nested<NftHookAttrs> = attrs::chain_attrs::HOOK,
        /// numeric policy of the chain
        pub policy: codec::U32Be = attrs::chain_attrs::POLICY,
        /// number of references to this chain
        pub use_: codec::U32Be = attrs::chain_attrs::USE,
        /// type name of the chain
        pub type_: codec::Str = attrs::chain_attrs::TYPE,
        /// counter specification of the chain
        pub counters: codec::Nested<NftCounterAttrs> = attrs::chain_attrs::COUNTERS,
        /// chain flags
        ///
        /// A mask of bits numbered by `chain-flags`.
        pub flags: codec::U32Be = attrs::chain_attrs::FLAGS,
        /// uniquely identifies a chain in a transaction
        pub id: codec::U32Be = attrs::chain_attrs::ID,
        /// user data
        pub userdata: codec::Bytes = attrs::chain_attrs::USERDATA,
    }
}

crate::attribute_set! {
    /// The attribute set `counter-attrs`.
    pub struct CounterAttrs {}
    attributes {
        /// `bytes`.
        pub bytes: codec::U64Be = attrs::counter_attrs::BYTES,
        /// `packets`.
        pub packets: codec::U64Be = attrs::counter_attrs::PACKETS,
    }
}

crate::attribute_set! {
    /// The attribute set `nft-hook-attrs`.
    pub struct NftHookAttrs {}
    attributes {
        /// `num`.
        pub num: codec::U32Be = attrs::nft_hook_attrs::NUM,
        /// `priority`.
        pub priority: codec::I32Be = attrs::nft_hook_attrs::PRIORITY,
        /// net device name
        pub dev: codec::Str = attrs::nft_hook_attrs::DEV,
        /// list of net devices
        pub devs: codec::Nested<HookDevAttrs> = attrs::nft_hook_attrs::DEVS,
    }
}

crate::attribute_set! {
    /// The attribute set `hook-dev-attrs`.
    pub struct HookDevAttrs {}
    attributes {
        /// `name`.
        pub name: codec::Multi<codec::Str> = attrs::hook_dev_attrs::NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `nft-counter-attrs`.
    pub struct NftCounterAttrs {}
    attributes {
        /// `bytes`.
        pub bytes: codec::U64 = attrs::nft_counter_attrs::BYTES,
        /// `packets`.
        pub packets: codec::U64 = attrs::nft_counter_attrs::PACKETS,
    }
}

crate::attribute_set! {
    /// The attribute set `rule-attrs`.
    pub struct RuleAttrs {}
    attributes {
        /// name of the table containing the rule
        pub table: codec::Str = attrs::rule_attrs::TABLE,
        /// name of the chain containing the rule
        pub chain: codec::Str = attrs::rule_attrs::CHAIN,
        /// numeric handle of the rule
        pub handle: codec::U64Be = attrs::rule_attrs::HANDLE,
        /// list of expressions
        pub expressions: codec::Nested<ExprListAttrs> = attrs::rule_attrs::EXPRESSIONS,
        /// compatibility specifications of the rule
        pub compat: codec::Nested<RuleCompatAttrs> = attrs::rule_attrs::COMPAT,
        /// numeric handle of the previous rule
        pub position: codec::U64Be = attrs::rule_attrs::POSITION,
        /// user data
        pub userdata: codec::Bytes = attrs::rule_attrs::USERDATA,
        /// uniquely identifies a rule in a transaction
        pub id: codec::U32 = attrs::rule_attrs::ID,
        /// transaction unique identifier of the previous rule
        pub position_id: codec::U32 = attrs::rule_attrs::POSITION_ID,
        /// add the rule to chain by ID, alternative to chain name
        pub chain_id: codec::U32 = attrs::rule_attrs::CHAIN_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-list-attrs`.
    pub struct ExprListAttrs {}
    attributes {
        /// `elem`.
        pub elem: codec::Multi<codec::Nested<ExprAttrs>> = attrs::expr_list_attrs::ELEM,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-attrs`.
    pub struct ExprAttrs {}
    attributes {
        /// name of the expression type
        pub name: codec::Str = attrs::expr_attrs::NAME,
        /// type specific data
        ///
        /// Raw; its format is selected by `name`: read it with [`ExprOps::parse`].
        pub data: codec::Bytes = attrs::expr_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `rule-compat-attrs`.
    pub struct RuleCompatAttrs {}
    attributes {
        /// numeric value of the handled protocol
        pub proto: codec::Bytes = attrs::rule_compat_attrs::PROTO,
        /// bitmask of flags
        pub flags: codec::Bytes = attrs::rule_compat_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `set-attrs`.
    pub struct SetAttrs {}
    attributes {
        /// table name
        pub table: codec::Str = attrs::set_attrs::TABLE,
        /// set name
        pub name: codec::Str = attrs::set_attrs::NAME,
        /// bitmask of enum nft_set_flags
        ///
        /// Values of `set-flags`.
        pub flags: codec::U32Be = attrs::set_attrs::FLAGS,
        /// key data type, informational purpose only
        pub key_type: codec::U32Be = attrs::set_attrs::KEY_TYPE,
        /// key data length
        pub key_len: codec::U32Be = attrs::set_attrs::KEY_LEN,
        /// mapping data type
        pub data_type: codec::U32Be = attrs::set_attrs::DATA_TYPE,
        /// mapping data length
        pub data_len: codec::U32Be = attrs::set_attrs::DATA_LEN,
        /// selection policy
        pub policy: codec::U32Be = attrs::set_attrs::POLICY,
        /// set description
        pub desc: codec::Nested<SetDescAttrs> = attrs::set_attrs::DESC,
        /// uniquely identifies a set in a transaction
        pub id: codec::U32 = attrs::set_attrs::ID,
        /// default timeout value
        pub timeout: codec::U64 = attrs::set_attrs::TIMEOUT,
        /// garbage collection interval
        pub gc_interval: codec::U32 = attrs::set_attrs::GC_INTERVAL,
        /// user data
        pub userdata: codec::Bytes = attrs::set_attrs::USERDATA,
        /// stateful object type
        pub obj_type: codec::U32Be = attrs::set_attrs::OBJ_TYPE,
        /// set handle
        pub handle: codec::U64Be = attrs::set_attrs::HANDLE,
        /// set expression
        pub expr: codec::Multi<codec::Nested<ExprAttrs>> = attrs::set_attrs::EXPR,
        /// list of expressions
        pub expressions: codec::Nested<SetListAttrs> = attrs::set_attrs::EXPRESSIONS,
    }
}

crate::attribute_set! {
    /// The attribute set `set-desc-attrs`.
    pub struct SetDescAttrs {}
    attributes {
        /// number of elements in set
        pub size: codec::U32Be = attrs::set_desc_attrs::SIZE,
        /// description of field concatenation
        pub concat: codec::Multi<codec::Nested<SetDescConcatAttrs>> = attrs::set_desc_attrs::CONCAT,
    }
}

crate::attribute_set! {
    /// The attribute set `set-desc-concat-attrs`.
    pub struct SetDescConcatAttrs {}
    attributes {
        /// `elem`.
        pub elem: codec::Nested<SetFieldAttrs> = attrs::set_desc_concat_attrs::ELEM,
    }
}

crate::attribute_set! {
    /// The attribute set `set-field-attrs`.
    pub struct SetFieldAttrs {}
    attributes {
        /// `len`.
        pub len: codec::U32Be = attrs::set_field_attrs::LEN,
    }
}

crate::attribute_set! {
    /// The attribute set `set-list-attrs`.
    pub struct SetListAttrs {}
    attributes {
        /// `elem`.
        pub elem: codec::Multi<codec::Nested<ExprAttrs>> = attrs::set_list_attrs::ELEM,
    }
}

crate::attribute_set! {
    /// The attribute set `setelem-attrs`.
    pub struct SetelemAttrs {}
    attributes {
        /// key value
        pub key: codec::Nested<DataAttrs> = attrs::setelem_attrs::KEY,
        /// data value of mapping
        pub data: codec::Nested<DataAttrs> = attrs::setelem_attrs::DATA,
        /// bitmask of nft_set_elem_flags
        pub flags: codec::Bytes = attrs::setelem_attrs::FLAGS,
        /// timeout value
        pub timeout: codec::U64 = attrs::setelem_attrs::TIMEOUT,
        /// expiration time
        pub expiration: codec::U64 = attrs::setelem_attrs::EXPIRATION,
        /// user data
        pub userdata: codec::Bytes = attrs::setelem_attrs::USERDATA,
        /// expression
        pub expr: codec::Nested<ExprAttrs> = attrs::setelem_attrs::EXPR,
        /// stateful object reference
        pub objref: codec::Str = attrs::setelem_attrs::OBJREF,
        /// closing key value
        pub key_end: codec::Nested<DataAttrs> = attrs::setelem_attrs::KEY_END,
        /// list of expressions
        pub expressions: codec::Nested<ExprListAttrs> = attrs::setelem_attrs::EXPRESSIONS,
    }
}

crate::attribute_set! {
    /// The attribute set `setelem-list-elem-attrs`.
    pub struct SetelemListElemAttrs {}
    attributes {
        /// `elem`.
        pub elem: codec::Multi<codec::Nested<SetelemAttrs>> = attrs::setelem_list_elem_attrs::ELEM,
    }
}

crate::attribute_set! {
    /// The attribute set `setelem-list-attrs`.
    pub struct SetelemListAttrs {}
    attributes {
        /// `table`.
        pub table: codec::Str = attrs::setelem_list_attrs::TABLE,
        /// `set`.
        pub set: codec::Str = attrs::setelem_list_attrs::SET,
        /// `elements`.
        pub elements: codec::Nested<SetelemListElemAttrs> = attrs::setelem_list_attrs::ELEMENTS,
        /// `set-id`.
        pub set_id: codec::U32 = attrs::setelem_list_attrs::SET_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `gen-attrs`.
    pub struct GenAttrs {}
    attributes {
        /// ruleset generation id
        pub id: codec::U32Be = attrs::gen_attrs::ID,
        /// `proc-pid`.
        pub proc_pid: codec::U32Be = attrs::gen_attrs::PROC_PID,
        /// `proc-name`.
        pub proc_name: codec::Str = attrs::gen_attrs::PROC_NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `obj-attrs`.
    pub struct ObjAttrs {}
    attributes {
        /// name of the table containing the expression
        pub table: codec::Str = attrs::obj_attrs::TABLE,
        /// name of this expression type
        pub name: codec::Str = attrs::obj_attrs::NAME,
        /// stateful object type
        ///
        /// Values of `object-type`.
        pub type_: codec::U32Be = attrs::obj_attrs::TYPE,
        /// stateful object data
        ///
        /// Raw; its format is selected by `type`: read it with [`ObjData::parse`].
        pub data: codec::Bytes = attrs::obj_attrs::DATA,
        /// number of references to this expression
        pub use_: codec::U32Be = attrs::obj_attrs::USE,
        /// object handle
        pub handle: codec::U64Be = attrs::obj_attrs::HANDLE,
        /// user data
        pub userdata: codec::Bytes = attrs::obj_attrs::USERDATA,
    }
}

crate::attribute_set! {
    /// The attribute set `quota-attrs`.
    pub struct QuotaAttrs {}
    attributes {
        /// `bytes`.
        pub bytes: codec::U64Be = attrs::quota_attrs::BYTES,
        /// `flags`.
        ///
        /// Values of `quota-flags`.
        pub flags: codec::U32Be = attrs::quota_attrs::FLAGS,
        /// `consumed`.
        pub consumed: codec::U64Be = attrs::quota_attrs::CONSUMED,
    }
}

crate::attribute_set! {
    /// The attribute set `flowtable-attrs`.
    pub struct FlowtableAttrs {}
    attributes {
        /// `table`.
        pub table: codec::Str = attrs::flowtable_attrs::TABLE,
        /// `name`.
        pub name: codec::Str = attrs::flowtable_attrs::NAME,
        /// `hook`.
        pub hook: codec::Nested<FlowtableHookAttrs> = attrs::flowtable_attrs::HOOK,
        /// `use`.
        pub use_: codec::U32Be = attrs::flowtable_attrs::USE,
        /// `handle`.
        pub handle: codec::U64Be = attrs::flowtable_attrs::HANDLE,
        /// `flags`.
        pub flags: codec::U32Be = attrs::flowtable_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `flowtable-hook-attrs`.
    pub struct FlowtableHookAttrs {}
    attributes {
        /// `num`.
        pub num: codec::U32Be = attrs::flowtable_hook_attrs::NUM,
        /// `priority`.
        pub priority: codec::U32Be = attrs::flowtable_hook_attrs::PRIORITY,
        /// `devs`.
        pub devs: codec::Nested<HookDevAttrs> = attrs::flowtable_hook_attrs::DEVS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-bitwise-attrs`.
    pub struct ExprBitwiseAttrs {}
    attributes {
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_bitwise_attrs::SREG,
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_bitwise_attrs::DREG,
        /// `len`.
        pub len: codec::U32Be = attrs::expr_bitwise_attrs::LEN,
        /// `mask`.
        pub mask: codec::Nested<DataAttrs> = attrs::expr_bitwise_attrs::MASK,
        /// `xor`.
        pub xor: codec::Nested<DataAttrs> = attrs::expr_bitwise_attrs::XOR,
        /// `op`.
        ///
        /// Values of `bitwise-ops`.
        pub op: codec::U32Be = attrs::expr_bitwise_attrs::OP,
        /// `data`.
        pub data: codec::Nested<DataAttrs> = attrs::expr_bitwise_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-cmp-attrs`.
    pub struct ExprCmpAttrs {}
    attributes {
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_cmp_attrs::SREG,
        /// `op`.
        ///
        /// Values of `cmp-ops`.
        pub op: codec::U32Be = attrs::expr_cmp_attrs::OP,
        /// `data`.
        pub data: codec::Nested<DataAttrs> = attrs::expr_cmp_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `data-attrs`.
    pub struct DataAttrs {}
    attributes {
        /// `value`.
        pub value: codec::Bytes = attrs::data_attrs::VALUE,
        /// `verdict`.
        pub verdict: codec::Nested<VerdictAttrs> = attrs::data_attrs::VERDICT,
    }
}

crate::attribute_set! {
    /// The attribute set `verdict-attrs`.
    pub struct VerdictAttrs {}
    attributes {
        /// `code`.
        ///
        /// Values of `verdict-code`.
        pub code: codec::U32Be = attrs::verdict_attrs::CODE,
        /// `chain`.
        pub chain: codec::Str = attrs::verdict_attrs::CHAIN,
        /// `chain-id`.
        pub chain_id: codec::U32 = attrs::verdict_attrs::CHAIN_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-counter-attrs`.
    pub struct ExprCounterAttrs {}
    attributes {
        /// Number of bytes
        pub bytes: codec::U64 = attrs::expr_counter_attrs::BYTES,
        /// Number of packets
        pub packets: codec::U64 = attrs::expr_counter_attrs::PACKETS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-fib-attrs`.
    pub struct ExprFibAttrs {}
    attributes {
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_fib_attrs::DREG,
        /// `result`.
        ///
        /// Values of `fib-result`.
        pub result: codec::U32Be = attrs::expr_fib_attrs::RESULT,
        /// `flags`.
        ///
        /// Values of `fib-flags`.
        pub flags: codec::U32Be = attrs::expr_fib_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-ct-attrs`.
    pub struct ExprCtAttrs {}
    attributes {
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_ct_attrs::DREG,
        /// `key`.
        ///
        /// Values of `ct-keys`.
        pub key: codec::U32Be = attrs::expr_ct_attrs::KEY,
        /// `direction`.
        pub direction: codec::Enum8<CtDirection> = attrs::expr_ct_attrs::DIRECTION,
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_ct_attrs::SREG,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-flow-offload-attrs`.
    pub struct ExprFlowOffloadAttrs {}
    attributes {
        /// Flow offload table name
        pub name: codec::Str = attrs::expr_flow_offload_attrs::NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-immediate-attrs`.
    pub struct ExprImmediateAttrs {}
    attributes {
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_immediate_attrs::DREG,
        /// `data`.
        pub data: codec::Nested<DataAttrs> = attrs::expr_immediate_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-lookup-attrs`.
    pub struct ExprLookupAttrs {}
    attributes {
        /// Name of set to use
        pub set: codec::Str = attrs::expr_lookup_attrs::SET,
        /// ID of set to use
        pub set_id: codec::U32Be = attrs::expr_lookup_attrs::SET_ID,
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_lookup_attrs::SREG,
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_lookup_attrs::DREG,
        /// `flags`.
        ///
        /// Values of `lookup-flags`.
        pub flags: codec::U32Be = attrs::expr_lookup_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-meta-attrs`.
    pub struct ExprMetaAttrs {}
    attributes {
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_meta_attrs::DREG,
        /// `key`.
        ///
        /// Values of `meta-keys`.
        pub key: codec::U32Be = attrs::expr_meta_attrs::KEY,
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_meta_attrs::SREG,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-nat-attrs`.
    pub struct ExprNatAttrs {}
    attributes {
        /// `type`.
        pub type_: codec::U32Be = attrs::expr_nat_attrs::TYPE,
        /// `family`.
        pub family: codec::U32Be = attrs::expr_nat_attrs::FAMILY,
        /// `reg-addr-min`.
        pub reg_addr_min: codec::U32Be = attrs::expr_nat_attrs::REG_ADDR_MIN,
        /// `reg-addr-max`.
        pub reg_addr_max: codec::U32Be = attrs::expr_nat_attrs::REG_ADDR_MAX,
        /// `reg-proto-min`.
        pub reg_proto_min: codec::U32Be = attrs::expr_nat_attrs::REG_PROTO_MIN,
        /// `reg-proto-max`.
        pub reg_proto_max: codec::U32Be = attrs::expr_nat_attrs::REG_PROTO_MAX,
        /// `flags`.
        ///
        /// A mask of bits numbered by `nat-range-flags`.
        pub flags: codec::U32Be = attrs::expr_nat_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-payload-attrs`.
    pub struct ExprPayloadAttrs {}
    attributes {
        /// `dreg`.
        pub dreg: codec::U32Be = attrs::expr_payload_attrs::DREG,
        /// `base`.
        pub base: codec::U32Be = attrs::expr_payload_attrs::BASE,
        /// `offset`.
        pub offset: codec::U32Be = attrs::expr_payload_attrs::OFFSET,
        /// `len`.
        pub len: codec::U32Be = attrs::expr_payload_attrs::LEN,
        /// `sreg`.
        pub sreg: codec::U32Be = attrs::expr_payload_attrs::SREG,
        /// `csum-type`.
        pub csum_type: codec::U32Be = attrs::expr_payload_attrs::CSUM_TYPE,
        /// `csum-offset`.
        pub csum_offset: codec::U32Be = attrs::expr_payload_attrs::CSUM_OFFSET,
        /// `csum-flags`.
        pub csum_flags: codec::U32Be = attrs::expr_payload_attrs::CSUM_FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-reject-attrs`.
    pub struct ExprRejectAttrs {}
    attributes {
        /// `type`.
        ///
        /// Values of `reject-types`.
        pub type_: codec::U32Be = attrs::expr_reject_attrs::TYPE,
        /// `icmp-code`.
        pub icmp_code: codec::U8 = attrs::expr_reject_attrs::ICMP_CODE,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-target-attrs`.
    pub struct ExprTargetAttrs {}
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::expr_target_attrs::NAME,
        /// `rev`.
        pub rev: codec::U32Be = attrs::expr_target_attrs::REV,
        /// `info`.
        pub info: codec::Bytes = attrs::expr_target_attrs::INFO,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-tproxy-attrs`.
    pub struct ExprTproxyAttrs {}
    attributes {
        /// `family`.
        pub family: codec::U32Be = attrs::expr_tproxy_attrs::FAMILY,
        /// `reg-addr`.
        pub reg_addr: codec::U32Be = attrs::expr_tproxy_attrs::REG_ADDR,
        /// `reg-port`.
        pub reg_port: codec::U32Be = attrs::expr_tproxy_attrs::REG_PORT,
    }
}

crate::attribute_set! {
    /// The attribute set `expr-objref-attrs`.
    pub struct ExprObjrefAttrs {}
    attributes {
        /// `imm-type`.
        pub imm_type: codec::U32Be = attrs::expr_objref_attrs::IMM_TYPE,
        /// object name
        pub imm_name: codec::Str = attrs::expr_objref_attrs::IMM_NAME,
        /// `set-sreg`.
        pub set_sreg: codec::U32Be = attrs::expr_objref_attrs::SET_SREG,
        /// name of object map
        pub set_name: codec::Str = attrs::expr_objref_attrs::SET_NAME,
        /// id of object map
        pub set_id: codec::U32Be = attrs::expr_objref_attrs::SET_ID,
    }
}

/// The formats of the sub-message `expr-ops`, by the value of the attribute that selects them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum ExprOps {
    /// `bitwise`.
    Bitwise(ExprBitwiseAttrs),
    /// `cmp`.
    Cmp(ExprCmpAttrs),
    /// `counter`.
    Counter(ExprCounterAttrs),
    /// `ct`.
    Ct(ExprCtAttrs),
    /// `fib`.
    Fib(ExprFibAttrs),
    /// `flow_offload`.
    FlowOffload(ExprFlowOffloadAttrs),
    /// `immediate`.
    Immediate(ExprImmediateAttrs),
    /// `lookup`.
    Lookup(ExprLookupAttrs),
    /// `meta`.
    Meta(ExprMetaAttrs),
    /// `nat`.
    Nat(ExprNatAttrs),
    /// `objref`.
    Objref(ExprObjrefAttrs),
    /// `payload`.
    Payload(ExprPayloadAttrs),
    /// `quota`.
    Quota(QuotaAttrs),
    /// `reject`.
    Reject(ExprRejectAttrs),
    /// `target`.
    Target(ExprTargetAttrs),
    /// `tproxy`.
    Tproxy(ExprTproxyAttrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl ExprOps {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "bitwise" => ExprOps::Bitwise(super::parse_fixed::<super::NoHeader, ExprBitwiseAttrs>(payload)?.1),
            "cmp" => ExprOps::Cmp(super::parse_fixed::<super::NoHeader, ExprCmpAttrs>(payload)?.1),
            "counter" => ExprOps::Counter(super::parse_fixed::<super::NoHeader, ExprCounterAttrs>(payload)?.1),
            "ct" => ExprOps::Ct(super::parse_fixed::<super::NoHeader, ExprCtAttrs>(payload)?.1),
            "fib" => ExprOps::Fib(super::parse_fixed::<super::NoHeader, ExprFibAttrs>(payload)?.1),
            "flow_offload" => ExprOps::FlowOffload(super::parse_fixed::<super::NoHeader, ExprFlowOffloadAttrs>(payload)?.1),
            "immediate" => ExprOps::Immediate(super::parse_fixed::<super::NoHeader, ExprImmediateAttrs>(payload)?.1),
            "lookup" => ExprOps::Lookup(super::parse_fixed::<super::NoHeader, ExprLookupAttrs>(payload)?.1),
            "meta" => ExprOps::Meta(super::parse_fixed::<super::NoHeader, ExprMetaAttrs>(payload)?.1),
            "nat" => ExprOps::Nat(super::parse_fixed::<super::NoHeader, ExprNatAttrs>(payload)?.1),
            "objref" => ExprOps::Objref(super::parse_fixed::<super::NoHeader, ExprObjrefAttrs>(payload)?.1),
            "payload" => ExprOps::Payload(super::parse_fixed::<super::NoHeader, ExprPayloadAttrs>(payload)?.1),
            "quota" => ExprOps::Quota(super::parse_fixed::<super::NoHeader, QuotaAttrs>(payload)?.1),
            "reject" => ExprOps::Reject(super::parse_fixed::<super::NoHeader, ExprRejectAttrs>(payload)?.1),
            "target" => ExprOps::Target(super::parse_fixed::<super::NoHeader, ExprTargetAttrs>(payload)?.1),
            "tproxy" => ExprOps::Tproxy(super::parse_fixed::<super::NoHeader, ExprTproxyAttrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            ExprOps::Bitwise(a) => {
                a.write_attrs(b);
            }
            ExprOps::Cmp(a) => {
                a.write_attrs(b);
            }
            ExprOps::Counter(a) => {
                a.write_attrs(b);
            }
            ExprOps::Ct(a) => {
                a.write_attrs(b);
            }
            ExprOps::Fib(a) => {
                a.write_attrs(b);
            }
            ExprOps::FlowOffload(a) => {
                a.write_attrs(b);
            }
            ExprOps::Immediate(a) => {
                a.write_attrs(b);
            }
            ExprOps::Lookup(a) => {
                a.write_attrs(b);
            }
            ExprOps::Meta(a) => {
                a.write_attrs(b);
            }
            ExprOps::Nat(a) => {
                a.write_attrs(b);
            }
            ExprOps::Objref(a) => {
                a.write_attrs(b);
            }
            ExprOps::Payload(a) => {
                a.write_attrs(b);
            }
            ExprOps::Quota(a) => {
                a.write_attrs(b);
            }
            ExprOps::Reject(a) => {
                a.write_attrs(b);
            }
            ExprOps::Target(a) => {
                a.write_attrs(b);
            }
            ExprOps::Tproxy(a) => {
                a.write_attrs(b);
            }
            ExprOps::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The formats of the sub-message `obj-data`, by the value of the attribute that selects them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum ObjData {
    /// `counter`.
    Counter(CounterAttrs),
    /// `quota`.
    Quota(QuotaAttrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl ObjData {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "counter" => ObjData::Counter(super::parse_fixed::<super::NoHeader, CounterAttrs>(payload)?.1),
            "quota" => ObjData::Quota(super::parse_fixed::<super::NoHeader, QuotaAttrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            ObjData::Counter(a) => {
                a.write_attrs(b);
            }
            ObjData::Quota(a) => {
                a.write_attrs(b);
            }
            ObjData::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `batch-begin`: Start a batch of operations
    pub const BATCH_BEGIN: u16 = 16;
    /// `batch-end`: Finish a batch of operations
    pub const BATCH_END: u16 = 17;
    /// `newtable`: Create a new table.
    pub const NEWTABLE: u16 = 2560;
    /// `gettable`: Get / dump tables.
    pub const GETTABLE: u16 = 2561;
    /// `gettable` (reply): Get / dump tables.
    pub const GETTABLE_REPLY: u16 = 2560;
    /// `deltable`: Delete an existing table.
    pub const DELTABLE: u16 = 2562;
    /// `destroytable`: Delete an existing table with destroy semantics (ignoring ENOENT errors).
    pub const DESTROYTABLE: u16 = 2586;
    /// `newchain`: Create a new chain.
    pub const NEWCHAIN: u16 = 2563;
    /// `getchain`: Get / dump chains.
    pub const GETCHAIN: u16 = 2564;
    /// `getchain` (reply): Get / dump chains.
    pub const GETCHAIN_REPLY: u16 = 2563;
    /// `delchain`: Delete an existing chain.
    pub const DELCHAIN: u16 = 2565;
    /// `destroychain`: Delete an existing chain with destroy semantics (ignoring ENOENT errors).
    pub const DESTROYCHAIN: u16 = 2587;
    /// `newrule`: Create a new rule.
    pub const NEWRULE: u16 = 2566;
    /// `getrule`: Get / dump rules.
    pub const GETRULE: u16 = 2567;
    /// `getrule` (reply): Get / dump rules.
    pub const GETRULE_REPLY: u16 = 2566;
    /// `getrule-reset`: Get / dump rules and reset stateful expressions.
    pub const GETRULE_RESET: u16 = 2585;
    /// `getrule-reset` (reply): Get / dump rules and reset stateful expressions.
    pub const GETRULE_RESET_REPLY: u16 = 2566;
    /// `delrule`: Delete an existing rule.
    pub const DELRULE: u16 = 2568;
    /// `destroyrule`: Delete an existing rule with destroy semantics (ignoring ENOENT errors).
    pub const DESTROYRULE: u16 = 2588;
    /// `newset`: Create a new set.
    pub const NEWSET: u16 = 2569;
    /// `getset`: Get / dump sets.
    pub const GETSET: u16 = 2570;
    /// `getset` (reply): Get / dump sets.
    pub const GETSET_REPLY: u16 = 2569;
    /// `delset`: Delete an existing set.
    pub const DELSET: u16 = 2571;
    /// `destroyset`: Delete an existing set with destroy semantics (ignoring ENOENT errors).
    pub const DESTROYSET: u16 = 2589;
    /// `newsetelem`: Create a new set element.
    pub const NEWSETELEM: u16 = 2572;
    /// `getsetelem`: Get / dump set elements.
    pub const GETSETELEM: u16 = 2573;
    /// `getsetelem` (reply): Get / dump set elements.
    pub const GETSETELEM_REPLY: u16 = 2572;
    /// `getsetelem-reset`: Get / dump set elements and reset stateful expressions.
    pub const GETSETELEM_RESET: u16 = 2593;
    /// `getsetelem-reset` (reply): Get / dump set elements and reset stateful expressions.
    pub const GETSETELEM_RESET_REPLY: u16 = 2572;
    /// `delsetelem`: Delete an existing set element.
    pub const DELSETELEM: u16 = 2574;
    /// `destroysetelem`: Delete an existing set element with destroy semantics.
    pub const DESTROYSETELEM: u16 = 2590;
    /// `getgen`: Get / dump rule-set generation.
    pub const GETGEN: u16 = 2576;
    /// `getgen` (reply): Get / dump rule-set generation.
    pub const GETGEN_REPLY: u16 = 2575;
    /// `newobj`: Create a new stateful object.
    pub const NEWOBJ: u16 = 2578;
    /// `getobj`: Get / dump stateful objects.
    pub const GETOBJ: u16 = 2579;
    /// `getobj` (reply): Get / dump stateful objects.
    pub const GETOBJ_REPLY: u16 = 2578;
    /// `delobj`: Delete an existing stateful object.
    pub const DELOBJ: u16 = 2580;
    /// `destroyobj`: Delete an existing stateful object with destroy semantics.
    pub const DESTROYOBJ: u16 = 2591;
    /// `newflowtable`: Create a new flow table.
    pub const NEWFLOWTABLE: u16 = 2582;
    /// `getflowtable`: Get / dump flow tables.
    pub const GETFLOWTABLE: u16 = 2583;
    /// `getflowtable` (reply): Get / dump flow tables.
    pub const GETFLOWTABLE_REPLY: u16 = 2582;
    /// `delflowtable`: Delete an existing flow table.
    pub const DELFLOWTABLE: u16 = 2584;
    /// `destroyflowtable`: Delete an existing flow table with destroy semantics.
    pub const DESTROYFLOWTABLE: u16 = 2592;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `mgmt`.
    pub const MGMT: &str = "mgmt";
}

crate::attribute_set! {
    /// The request of `batch-begin`: attributes of `batch-attrs` (`genid`).
    pub struct BatchBeginRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `genid`.
        pub genid: codec::U32Be = attrs::batch_attrs::GENID,
    }
}

/// `batch-begin` (do): Start a batch of operations
///
/// Each reply is a [`BatchAttrs`].
pub fn batch_begin(request: &BatchBeginRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::BATCH_BEGIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `batch-end`: attributes of `batch-attrs` (`genid`).
    pub struct BatchEndRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `genid`.
        pub genid: codec::U32Be = attrs::batch_attrs::GENID,
    }
}

/// `batch-end` (do): Finish a batch of operations
///
/// The kernel answers with an acknowledgement only.
pub fn batch_end(request: &BatchEndRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::BATCH_END, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newtable`: attributes of `table-attrs` (`name`).
    pub struct NewtableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the table
        pub name: codec::Str = attrs::table_attrs::NAME,
    }
}

/// `newtable` (do): Create a new table.
///
/// The kernel answers with an acknowledgement only.
pub fn newtable(request: &NewtableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `gettable`: attributes of `table-attrs` (`name`).
    pub struct GettableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the table
        pub name: codec::Str = attrs::table_attrs::NAME,
    }
}

/// `gettable` (do): Get / dump tables.
///
/// Each reply is a [`TableAttrs`].
pub fn gettable(request: &GettableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `deltable`: attributes of `table-attrs` (`name`).
    pub struct DeltableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the table
        pub name: codec::Str = attrs::table_attrs::NAME,
    }
}

/// `deltable` (do): Delete an existing table.
///
/// The kernel answers with an acknowledgement only.
pub fn deltable(request: &DeltableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroytable`: attributes of `table-attrs` (`name`).
    pub struct DestroytableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the table
        pub name: codec::Str = attrs::table_attrs::NAME,
    }
}

/// `destroytable` (do): Delete an existing table with destroy semantics (ignoring ENOENT errors).
///
/// The kernel answers with an acknowledgement only.
pub fn destroytable(request: &DestroytableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newchain`: attributes of `chain-attrs` (`name`).
    pub struct NewchainRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the chain
        pub name: codec::Str = attrs::chain_attrs::NAME,
    }
}

/// `newchain` (do): Create a new chain.
///
/// The kernel answers with an acknowledgement only.
pub fn newchain(request: &NewchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getchain`: attributes of `chain-attrs` (`name`).
    pub struct GetchainRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the chain
        pub name: codec::Str = attrs::chain_attrs::NAME,
    }
}

/// `getchain` (do): Get / dump chains.
///
/// Each reply is a [`ChainAttrs`].
pub fn getchain(request: &GetchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delchain`: attributes of `chain-attrs` (`name`).
    pub struct DelchainRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the chain
        pub name: codec::Str = attrs::chain_attrs::NAME,
    }
}

/// `delchain` (do): Delete an existing chain.
///
/// The kernel answers with an acknowledgement only.
pub fn delchain(request: &DelchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroychain`: attributes of `chain-attrs` (`name`).
    pub struct DestroychainRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of the chain
        pub name: codec::Str = attrs::chain_attrs::NAME,
    }
}

/// `destroychain` (do): Delete an existing chain with destroy semantics (ignoring ENOENT errors).
///
/// The kernel answers with an acknowledgement only.
pub fn destroychain(request: &DestroychainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newrule`: attributes of `rule-attrs`.
    pub struct NewruleRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `newrule` (do): Create a new rule.
///
/// The kernel answers with an acknowledgement only.
pub fn newrule(request: &NewruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getrule`: attributes of `rule-attrs`.
    pub struct GetruleRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `getrule` (do): Get / dump rules.
///
/// Each reply is a [`RuleAttrs`].
pub fn getrule(request: &GetruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getrule-reset`: attributes of `rule-attrs`.
    pub struct GetruleResetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `getrule-reset` (do): Get / dump rules and reset stateful expressions.
///
/// Each reply is a [`RuleAttrs`].
pub fn getrule_reset(request: &GetruleResetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETRULE_RESET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delrule`: attributes of `rule-attrs`.
    pub struct DelruleRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `delrule` (do): Delete an existing rule.
///
/// The kernel answers with an acknowledgement only.
pub fn delrule(request: &DelruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroyrule`: attributes of `rule-attrs`.
    pub struct DestroyruleRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `destroyrule` (do): Delete an existing rule with destroy semantics (ignoring ENOENT errors).
///
/// The kernel answers with an acknowledgement only.
pub fn destroyrule(request: &DestroyruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newset`: attributes of `set-attrs` (`name`).
    pub struct NewsetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// set name
        pub name: codec::Str = attrs::set_attrs::NAME,
    }
}

/// `newset` (do): Create a new set.
///
/// The kernel answers with an acknowledgement only.
pub fn newset(request: &NewsetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWSET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getset`: attributes of `set-attrs` (`name`).
    pub struct GetsetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// set name
        pub name: codec::Str = attrs::set_attrs::NAME,
    }
}

/// `getset` (do): Get / dump sets.
///
/// Each reply is a [`SetAttrs`].
pub fn getset(request: &GetsetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETSET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delset`: attributes of `set-attrs` (`name`).
    pub struct DelsetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// set name
        pub name: codec::Str = attrs::set_attrs::NAME,
    }
}

/// `delset` (do): Delete an existing set.
///
/// The kernel answers with an acknowledgement only.
pub fn delset(request: &DelsetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELSET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroyset`: attributes of `set-attrs` (`name`).
    pub struct DestroysetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// set name
        pub name: codec::Str = attrs::set_attrs::NAME,
    }
}

/// `destroyset` (do): Delete an existing set with destroy semantics (ignoring ENOENT errors).
///
/// The kernel answers with an acknowledgement only.
pub fn destroyset(request: &DestroysetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYSET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newsetelem`: attributes of `setelem-list-attrs`.
    pub struct NewsetelemRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `newsetelem` (do): Create a new set element.
///
/// The kernel answers with an acknowledgement only.
pub fn newsetelem(request: &NewsetelemRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWSETELEM, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getsetelem`: attributes of `setelem-list-attrs`.
    pub struct GetsetelemRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `getsetelem` (do): Get / dump set elements.
///
/// Each reply is a [`SetelemListAttrs`].
pub fn getsetelem(request: &GetsetelemRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETSETELEM, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getsetelem-reset`: attributes of `setelem-list-attrs`.
    pub struct GetsetelemResetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `getsetelem-reset` (do): Get / dump set elements and reset stateful expressions.
///
/// Each reply is a [`SetelemListAttrs`].
pub fn getsetelem_reset(request: &GetsetelemResetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETSETELEM_RESET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delsetelem`: attributes of `setelem-list-attrs`.
    pub struct DelsetelemRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `delsetelem` (do): Delete an existing set element.
///
/// The kernel answers with an acknowledgement only.
pub fn delsetelem(request: &DelsetelemRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELSETELEM, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroysetelem`: attributes of `setelem-list-attrs`.
    pub struct DestroysetelemRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `destroysetelem` (do): Delete an existing set element with destroy semantics.
///
/// The kernel answers with an acknowledgement only.
pub fn destroysetelem(request: &DestroysetelemRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYSETELEM, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getgen`: attributes of `gen-attrs`.
    pub struct GetgenRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `getgen` (do): Get / dump rule-set generation.
///
/// Each reply is a [`GenAttrs`].
pub fn getgen(request: &GetgenRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETGEN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newobj`: attributes of `obj-attrs` (`name`).
    pub struct NewobjRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of this expression type
        pub name: codec::Str = attrs::obj_attrs::NAME,
    }
}

/// `newobj` (do): Create a new stateful object.
///
/// The kernel answers with an acknowledgement only.
pub fn newobj(request: &NewobjRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWOBJ, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getobj`: attributes of `obj-attrs` (`name`).
    pub struct GetobjRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of this expression type
        pub name: codec::Str = attrs::obj_attrs::NAME,
    }
}

/// `getobj` (do): Get / dump stateful objects.
///
/// Each reply is a [`ObjAttrs`].
pub fn getobj(request: &GetobjRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETOBJ, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delobj`: attributes of `obj-attrs` (`name`).
    pub struct DelobjRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of this expression type
        pub name: codec::Str = attrs::obj_attrs::NAME,
    }
}

/// `delobj` (do): Delete an existing stateful object.
///
/// The kernel answers with an acknowledgement only.
pub fn delobj(request: &DelobjRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELOBJ, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroyobj`: attributes of `obj-attrs` (`name`).
    pub struct DestroyobjRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// name of this expression type
        pub name: codec::Str = attrs::obj_attrs::NAME,
    }
}

/// `destroyobj` (do): Delete an existing stateful object with destroy semantics.
///
/// The kernel answers with an acknowledgement only.
pub fn destroyobj(request: &DestroyobjRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYOBJ, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newflowtable`: attributes of `flowtable-attrs` (`name`).
    pub struct NewflowtableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::flowtable_attrs::NAME,
    }
}

/// `newflowtable` (do): Create a new flow table.
///
/// The kernel answers with an acknowledgement only.
pub fn newflowtable(request: &NewflowtableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWFLOWTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getflowtable`: attributes of `flowtable-attrs` (`name`).
    pub struct GetflowtableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::flowtable_attrs::NAME,
    }
}

/// `getflowtable` (do): Get / dump flow tables.
///
/// Each reply is a [`FlowtableAttrs`].
pub fn getflowtable(request: &GetflowtableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETFLOWTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delflowtable`: attributes of `flowtable-attrs` (`name`).
    pub struct DelflowtableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::flowtable_attrs::NAME,
    }
}

/// `delflowtable` (do): Delete an existing flow table.
///
/// The kernel answers with an acknowledgement only.
pub fn delflowtable(request: &DelflowtableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELFLOWTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `destroyflowtable`: attributes of `flowtable-attrs` (`name`).
    pub struct DestroyflowtableRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::flowtable_attrs::NAME,
    }
}

/// `destroyflowtable` (do): Delete an existing flow table with destroy semantics.
///
/// The kernel answers with an acknowledgement only.
pub fn destroyflowtable(request: &DestroyflowtableRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DESTROYFLOWTABLE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `empty-attrs`.
    pub static EMPTY_ATTRS: SetNames = SetNames {
        name: "empty-attrs",
        attrs: &[
            AttrName::value(1, "name"),
        ],
    };

    /// `batch-attrs`.
    pub static BATCH_ATTRS: SetNames = SetNames {
        name: "batch-attrs",
        attrs: &[
            AttrName::value(1, "genid"),
        ],
    };

    /// `table-attrs`.
    pub static TABLE_ATTRS: SetNames = SetNames {
        name: "table-attrs",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::value(2, "flags"),
            AttrName::value(3, "use"),
            AttrName::value(4, "handle"),
            AttrName::value(5, "userdata"),
        ],
    };

    /// `chain-attrs`.
    pub static CHAIN_ATTRS: SetNames = SetNames {
        name: "chain-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "handle"),
            AttrName::value(3, "name"),
            AttrName::nest(4, "hook", &NFT_HOOK_ATTRS),
            AttrName::value(5, "policy"),
            AttrName::value(6, "use"),
            AttrName::value(7, "type"),
            AttrName::nest(8, "counters", &NFT_COUNTER_ATTRS),
            AttrName::value(9, "flags"),
            AttrName::value(10, "id"),
            AttrName::value(11, "userdata"),
        ],
    };

    /// `counter-attrs`.
    pub static COUNTER_ATTRS: SetNames = SetNames {
        name: "counter-attrs",
        attrs: &[
            AttrName::value(1, "bytes"),
            AttrName::value(2, "packets"),
            AttrName::value(3, "pad"),
        ],
    };

    /// `nft-hook-attrs`.
    pub static NFT_HOOK_ATTRS: SetNames = SetNames {
        name: "nft-hook-attrs",
        attrs: &[
            AttrName::value(1, "num"),
            AttrName::value(2, "priority"),
            AttrName::value(3, "dev"),
            AttrName::nest(4, "devs", &HOOK_DEV_ATTRS),
        ],
    };

    /// `hook-dev-attrs`.
    pub static HOOK_DEV_ATTRS: SetNames = SetNames {
        name: "hook-dev-attrs",
        attrs: &[
            AttrName::value(1, "name"),
        ],
    };

    /// `nft-counter-attrs`.
    pub static NFT_COUNTER_ATTRS: SetNames = SetNames {
        name: "nft-counter-attrs",
        attrs: &[
            AttrName::value(1, "bytes"),
            AttrName::value(2, "packets"),
        ],
    };

    /// `rule-attrs`.
    pub static RULE_ATTRS: SetNames = SetNames {
        name: "rule-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "chain"),
            AttrName::value(3, "handle"),
            AttrName::nest(4, "expressions", &EXPR_LIST_ATTRS),
            AttrName::nest(5, "compat", &RULE_COMPAT_ATTRS),
            AttrName::value(6, "position"),
            AttrName::value(7, "userdata"),
            AttrName::value(8, "id"),
            AttrName::value(9, "position-id"),
            AttrName::value(10, "chain-id"),
        ],
    };

    /// `expr-list-attrs`.
    pub static EXPR_LIST_ATTRS: SetNames = SetNames {
        name: "expr-list-attrs",
        attrs: &[
            AttrName::nest(1, "elem", &EXPR_ATTRS),
        ],
    };

    /// `expr-attrs`.
    pub static EXPR_ATTRS: SetNames = SetNames {
        name: "expr-attrs",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::sub_message(2, "data", "name", &EXPR_OPS_FORMATS),
        ],
    };

    /// `rule-compat-attrs`.
    pub static RULE_COMPAT_ATTRS: SetNames = SetNames {
        name: "rule-compat-attrs",
        attrs: &[
            AttrName::value(1, "proto"),
            AttrName::value(2, "flags"),
        ],
    };

    /// `set-attrs`.
    pub static SET_ATTRS: SetNames = SetNames {
        name: "set-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "name"),
            AttrName::value(3, "flags"),
            AttrName::value(4, "key-type"),
            AttrName::value(5, "key-len"),
            AttrName::value(6, "data-type"),
            AttrName::value(7, "data-len"),
            AttrName::value(8, "policy"),
            AttrName::nest(9, "desc", &SET_DESC_ATTRS),
            AttrName::value(10, "id"),
            AttrName::value(11, "timeout"),
            AttrName::value(12, "gc-interval"),
            AttrName::value(13, "userdata"),
            AttrName::value(14, "pad"),
            AttrName::value(15, "obj-type"),
            AttrName::value(16, "handle"),
            AttrName::nest(17, "expr", &EXPR_ATTRS),
            AttrName::nest(18, "expressions", &SET_LIST_ATTRS),
        ],
    };

    /// `set-desc-attrs`.
    pub static SET_DESC_ATTRS: SetNames = SetNames {
        name: "set-desc-attrs",
        attrs: &[
            AttrName::value(1, "size"),
            AttrName::nest(2, "concat", &SET_DESC_CONCAT_ATTRS),
        ],
    };

    /// `set-desc-concat-attrs`.
    pub static SET_DESC_CONCAT_ATTRS: SetNames = SetNames {
        name: "set-desc-concat-attrs",
        attrs: &[
            AttrName::nest(1, "elem", &SET_FIELD_ATTRS),
        ],
    };

    /// `set-field-attrs`.
    pub static SET_FIELD_ATTRS: SetNames = SetNames {
        name: "set-field-attrs",
        attrs: &[
            AttrName::value(1, "len"),
        ],
    };

    /// `set-list-attrs`.
    pub static SET_LIST_ATTRS: SetNames = SetNames {
        name: "set-list-attrs",
        attrs: &[
            AttrName::nest(1, "elem", &EXPR_ATTRS),
        ],
    };

    /// `setelem-attrs`.
    pub static SETELEM_ATTRS: SetNames = SetNames {
        name: "setelem-attrs",
        attrs: &[
            AttrName::nest(1, "key", &DATA_ATTRS),
            AttrName::nest(2, "data", &DATA_ATTRS),
            AttrName::value(3, "flags"),
            AttrName::value(4, "timeout"),
            AttrName::value(5, "expiration"),
            AttrName::value(6, "userdata"),
            AttrName::nest(7, "expr", &EXPR_ATTRS),
            AttrName::value(8, "objref"),
            AttrName::nest(9, "key-end", &DATA_ATTRS),
            AttrName::nest(10, "expressions", &EXPR_LIST_ATTRS),
        ],
    };

    /// `setelem-list-elem-attrs`.
    pub static SETELEM_LIST_ELEM_ATTRS: SetNames = SetNames {
        name: "setelem-list-elem-attrs",
        attrs: &[
            AttrName::nest(1, "elem", &SETELEM_ATTRS),
        ],
    };

    /// `setelem-list-attrs`.
    pub static SETELEM_LIST_ATTRS: SetNames = SetNames {
        name: "setelem-list-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "set"),
            AttrName::nest(3, "elements", &SETELEM_LIST_ELEM_ATTRS),
            AttrName::value(4, "set-id"),
        ],
    };

    /// `gen-attrs`.
    pub static GEN_ATTRS: SetNames = SetNames {
        name: "gen-attrs",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "proc-pid"),
            AttrName::value(3, "proc-name"),
        ],
    };

    /// `obj-attrs`.
    pub static OBJ_ATTRS: SetNames = SetNames {
        name: "obj-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "name"),
            AttrName::value(3, "type"),
            AttrName::sub_message(4, "data", "type", &OBJ_DATA_FORMATS),
            AttrName::value(5, "use"),
            AttrName::value(6, "handle"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "userdata"),
        ],
    };

    /// `quota-attrs`.
    pub static QUOTA_ATTRS: SetNames = SetNames {
        name: "quota-attrs",
        attrs: &[
            AttrName::value(1, "bytes"),
            AttrName::value(2, "flags"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "consumed"),
        ],
    };

    /// `flowtable-attrs`.
    pub static FLOWTABLE_ATTRS: SetNames = SetNames {
        name: "flowtable-attrs",
        attrs: &[
            AttrName::value(1, "table"),
            AttrName::value(2, "name"),
            AttrName::nest(3, "hook", &FLOWTABLE_HOOK_ATTRS),
            AttrName::value(4, "use"),
            AttrName::value(5, "handle"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "flags"),
        ],
    };

    /// `flowtable-hook-attrs`.
    pub static FLOWTABLE_HOOK_ATTRS: SetNames = SetNames {
        name: "flowtable-hook-attrs",
        attrs: &[
            AttrName::value(1, "num"),
            AttrName::value(2, "priority"),
            AttrName::nest(3, "devs", &HOOK_DEV_ATTRS),
        ],
    };

    /// `expr-bitwise-attrs`.
    pub static EXPR_BITWISE_ATTRS: SetNames = SetNames {
        name: "expr-bitwise-attrs",
        attrs: &[
            AttrName::value(1, "sreg"),
            AttrName::value(2, "dreg"),
            AttrName::value(3, "len"),
            AttrName::nest(4, "mask", &DATA_ATTRS),
            AttrName::nest(5, "xor", &DATA_ATTRS),
            AttrName::value(6, "op"),
            AttrName::nest(7, "data", &DATA_ATTRS),
        ],
    };

    /// `expr-cmp-attrs`.
    pub static EXPR_CMP_ATTRS: SetNames = SetNames {
        name: "expr-cmp-attrs",
        attrs: &[
            AttrName::value(1, "sreg"),
            AttrName::value(2, "op"),
            AttrName::nest(3, "data", &DATA_ATTRS),
        ],
    };

    /// `data-attrs`.
    pub static DATA_ATTRS: SetNames = SetNames {
        name: "data-attrs",
        attrs: &[
            AttrName::value(1, "value"),
            AttrName::nest(2, "verdict", &VERDICT_ATTRS),
        ],
    };

    /// `verdict-attrs`.
    pub static VERDICT_ATTRS: SetNames = SetNames {
        name: "verdict-attrs",
        attrs: &[
            AttrName::value(1, "code"),
            AttrName::value(2, "chain"),
            AttrName::value(3, "chain-id"),
        ],
    };

    /// `expr-counter-attrs`.
    pub static EXPR_COUNTER_ATTRS: SetNames = SetNames {
        name: "expr-counter-attrs",
        attrs: &[
            AttrName::value(1, "bytes"),
            AttrName::value(2, "packets"),
            AttrName::value(3, "pad"),
        ],
    };

    /// `expr-fib-attrs`.
    pub static EXPR_FIB_ATTRS: SetNames = SetNames {
        name: "expr-fib-attrs",
        attrs: &[
            AttrName::value(1, "dreg"),
            AttrName::value(2, "result"),
            AttrName::value(3, "flags"),
        ],
    };

    /// `expr-ct-attrs`.
    pub static EXPR_CT_ATTRS: SetNames = SetNames {
        name: "expr-ct-attrs",
        attrs: &[
            AttrName::value(1, "dreg"),
            AttrName::value(2, "key"),
            AttrName::value(3, "direction"),
            AttrName::value(4, "sreg"),
        ],
    };

    /// `expr-flow-offload-attrs`.
    pub static EXPR_FLOW_OFFLOAD_ATTRS: SetNames = SetNames {
        name: "expr-flow-offload-attrs",
        attrs: &[
            AttrName::value(1, "name"),
        ],
    };

    /// `expr-immediate-attrs`.
    pub static EXPR_IMMEDIATE_ATTRS: SetNames = SetNames {
        name: "expr-immediate-attrs",
        attrs: &[
            AttrName::value(1, "dreg"),
            AttrName::nest(2, "data", &DATA_ATTRS),
        ],
    };

    /// `expr-lookup-attrs`.
    pub static EXPR_LOOKUP_ATTRS: SetNames = SetNames {
        name: "expr-lookup-attrs",
        attrs: &[
            AttrName::value(1, "set"),
            AttrName::value(2, "set id"),
            AttrName::value(3, "sreg"),
            AttrName::value(4, "dreg"),
            AttrName::value(5, "flags"),
        ],
    };

    /// `expr-meta-attrs`.
    pub static EXPR_META_ATTRS: SetNames = SetNames {
        name: "expr-meta-attrs",
        attrs: &[
            AttrName::value(1, "dreg"),
            AttrName::value(2, "key"),
            AttrName::value(3, "sreg"),
        ],
    };

    /// `expr-nat-attrs`.
    pub static EXPR_NAT_ATTRS: SetNames = SetNames {
        name: "expr-nat-attrs",
        attrs: &[
            AttrName::value(1, "type"),
            AttrName::value(2, "family"),
            AttrName::value(3, "reg-addr-min"),
            AttrName::value(4, "reg-addr-max"),
            AttrName::value(5, "reg-proto-min"),
            AttrName::value(6, "reg-proto-max"),
            AttrName::value(7, "flags"),
        ],
    };

    /// `expr-payload-attrs`.
    pub static EXPR_PAYLOAD_ATTRS: SetNames = SetNames {
        name: "expr-payload-attrs",
        attrs: &[
            AttrName::value(1, "dreg"),
            AttrName::value(2, "base"),
            AttrName::value(3, "offset"),
            AttrName::value(4, "len"),
            AttrName::value(5, "sreg"),
            AttrName::value(6, "csum-type"),
            AttrName::value(7, "csum-offset"),
            AttrName::value(8, "csum-flags"),
        ],
    };

    /// `expr-reject-attrs`.
    pub static EXPR_REJECT_ATTRS: SetNames = SetNames {
        name: "expr-reject-attrs",
        attrs: &[
            AttrName::value(1, "type"),
            AttrName::value(2, "icmp-code"),
        ],
    };

    /// `expr-target-attrs`.
    pub static EXPR_TARGET_ATTRS: SetNames = SetNames {
        name: "expr-target-attrs",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::value(2, "rev"),
            AttrName::value(3, "info"),
        ],
    };

    /// `expr-tproxy-attrs`.
    pub static EXPR_TPROXY_ATTRS: SetNames = SetNames {
        name: "expr-tproxy-attrs",
        attrs: &[
            AttrName::value(1, "family"),
            AttrName::value(2, "reg-addr"),
            AttrName::value(3, "reg-port"),
        ],
    };

    /// `expr-objref-attrs`.
    pub static EXPR_OBJREF_ATTRS: SetNames = SetNames {
        name: "expr-objref-attrs",
        attrs: &[
            AttrName::value(1, "imm-type"),
            AttrName::value(2, "imm-name"),
            AttrName::value(3, "set-sreg"),
            AttrName::value(4, "set-name"),
            AttrName::value(5, "set-id"),
        ],
    };

    /// The formats of the sub-message `expr-ops`.
    pub static EXPR_OPS_FORMATS: [Format; 16] = [
        ("bitwise", 0, Some(&EXPR_BITWISE_ATTRS)),
        ("cmp", 0, Some(&EXPR_CMP_ATTRS)),
        ("counter", 0, Some(&EXPR_COUNTER_ATTRS)),
        ("ct", 0, Some(&EXPR_CT_ATTRS)),
        ("fib", 0, Some(&EXPR_FIB_ATTRS)),
        ("flow_offload", 0, Some(&EXPR_FLOW_OFFLOAD_ATTRS)),
        ("immediate", 0, Some(&EXPR_IMMEDIATE_ATTRS)),
        ("lookup", 0, Some(&EXPR_LOOKUP_ATTRS)),
        ("meta", 0, Some(&EXPR_META_ATTRS)),
        ("nat", 0, Some(&EXPR_NAT_ATTRS)),
        ("objref", 0, Some(&EXPR_OBJREF_ATTRS)),
        ("payload", 0, Some(&EXPR_PAYLOAD_ATTRS)),
        ("quota", 0, Some(&QUOTA_ATTRS)),
        ("reject", 0, Some(&EXPR_REJECT_ATTRS)),
        ("target", 0, Some(&EXPR_TARGET_ATTRS)),
        ("tproxy", 0, Some(&EXPR_TPROXY_ATTRS)),
    ];

    /// The formats of the sub-message `obj-data`.
    pub static OBJ_DATA_FORMATS: [Format; 2] = [
        ("counter", 0, Some(&COUNTER_ATTRS)),
        ("quota", 0, Some(&QUOTA_ATTRS)),
    ];

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            16 => Some(&BATCH_ATTRS),
            17 => Some(&BATCH_ATTRS),
            2560 => Some(&TABLE_ATTRS),
            2561 => Some(&TABLE_ATTRS),
            2562 => Some(&TABLE_ATTRS),
            2586 => Some(&TABLE_ATTRS),
            2563 => Some(&CHAIN_ATTRS),
            2564 => Some(&CHAIN_ATTRS),
            2565 => Some(&CHAIN_ATTRS),
            2587 => Some(&CHAIN_ATTRS),
            2566 => Some(&RULE_ATTRS),
            2567 => Some(&RULE_ATTRS),
            2585 => Some(&RULE_ATTRS),
            2568 => Some(&RULE_ATTRS),
            2588 => Some(&RULE_ATTRS),
            2569 => Some(&SET_ATTRS),
            2570 => Some(&SET_ATTRS),
            2571 => Some(&SET_ATTRS),
            2589 => Some(&SET_ATTRS),
            2572 => Some(&SETELEM_LIST_ATTRS),
            2573 => Some(&SETELEM_LIST_ATTRS),
            2593 => Some(&SETELEM_LIST_ATTRS),
            2574 => Some(&SETELEM_LIST_ATTRS),
            2590 => Some(&SETELEM_LIST_ATTRS),
            2576 => Some(&GEN_ATTRS),
            2578 => Some(&OBJ_ATTRS),
            2579 => Some(&OBJ_ATTRS),
            2580 => Some(&OBJ_ATTRS),
            2591 => Some(&OBJ_ATTRS),
            2582 => Some(&FLOWTABLE_ATTRS),
            2583 => Some(&FLOWTABLE_ATTRS),
            2584 => Some(&FLOWTABLE_ATTRS),
            2592 => Some(&FLOWTABLE_ATTRS),
            _ => None,
        }
    }
}
