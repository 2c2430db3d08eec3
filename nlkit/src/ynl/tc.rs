//! `tc` (netlink-raw): Netlink raw family for tc qdisc, chain, class and filter configuration over
//! rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/tc.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::fixed_struct! {
    /// `tcmsg`: a C structure of 20 bytes.
    pub struct Tcmsg("tcmsg") {
        /// `family`.
        pub family: u8,
        /// `pad`.
        pub pad: [u8; 3],
        /// `ifindex`.
        pub ifindex: i32,
        /// `handle`.
        pub handle: u32,
        /// `parent`.
        pub parent: u32,
        /// `info`.
        pub info: u32,
    }
}

crate::flag_set! {
    /// `tc-cls-flags`: flags.
    pub struct TcClsFlags: u32 {
        /// `skip-hw` (bit 0).
        const SKIP_HW = 0x1;
        /// `skip-sw` (bit 1).
        const SKIP_SW = 0x2;
        /// `in-hw` (bit 2).
        const IN_HW = 0x4;
        /// `not-in-nw` (bit 3).
        const NOT_IN_NW = 0x8;
        /// `verbose` (bit 4).
        const VERBOSE = 0x10;
    }
}

crate::flag_set! {
    /// `tc-flower-key-ctrl-flags`: flags.
    pub struct TcFlowerKeyCtrlFlags: u32 {
        /// `frag` (bit 0).
        const FRAG = 0x1;
        /// `firstfrag` (bit 1).
        const FIRSTFRAG = 0x2;
        /// `tuncsum` (bit 2).
        const TUNCSUM = 0x4;
        /// `tundf` (bit 3).
        const TUNDF = 0x8;
        /// `tunoam` (bit 4).
        const TUNOAM = 0x10;
        /// `tuncrit` (bit 5).
        const TUNCRIT = 0x20;
    }
}

crate::fixed_struct! {
    /// `tc-stats`: a C structure of 36 bytes.
    pub struct TcStats("tc-stats") {
        /// Number of enqueued bytes
        pub bytes: u64,
        /// Number of enqueued packets
        pub packets: u32,
        /// Packets dropped because of lack of resources
        pub drops: u32,
        /// Number of throttle events when this flow goes out of allocated bandwidth
        pub overlimits: u32,
        /// Current flow byte rate
        pub bps: u32,
        /// Current flow packet rate
        pub pps: u32,
        /// `qlen`.
        pub qlen: u32,
        /// `backlog`.
        pub backlog: u32,
    }
}

crate::fixed_struct! {
    /// `tc-cbs-qopt`: a C structure of 20 bytes.
    pub struct TcCbsQopt("tc-cbs-qopt") {
        /// `offload`.
        pub offload: u8,
        /// `pad`.
        pub pad: [u8; 3],
        /// `hicredit`.
        pub hicredit: i32,
        /// `locredit`.
        pub locredit: i32,
        /// `idleslope`.
        pub idleslope: i32,
        /// `sendslope`.
        pub sendslope: i32,
    }
}

crate::fixed_struct! {
    /// `tc-etf-qopt`: a C structure of 12 bytes.
    pub struct TcEtfQopt("tc-etf-qopt") {
        /// `delta`.
        pub delta: i32,
        /// `clockid`.
        pub clockid: i32,
        /// `flags`.
        pub flags: i32,
    }
}

crate::fixed_struct! {
    /// `tc-fifo-qopt`: a C structure of 4 bytes.
    pub struct TcFifoQopt("tc-fifo-qopt") {
        /// Queue length; bytes for bfifo, packets for pfifo
        pub limit: u32,
    }
}

crate::fixed_struct! {
    /// `tc-htb-opt`: a C structure of 38 bytes.
    pub struct TcHtbOpt("tc-htb-opt") {
        /// `rate`.
        pub rate: TcRatespec,
        /// `ceil`.
        pub ceil: TcRatespec,
        /// `buffer`.
        pub buffer: u32,
        /// `cbuffer`.
        pub cbuffer: u32,
        /// `quantum`.
        pub quantum: u32,
        /// `level`.
        pub level: u32,
        /// `prio`.
        pub prio: u32,
    }
}

crate::fixed_struct! {
    /// `tc-htb-glob`: a C structure of 20 bytes.
    pub struct TcHtbGlob("tc-htb-glob") {
        /// `version`.
        pub version: u32,
        /// bps-\>quantum divisor
        pub rate2quantum: u32,
        /// Default class number
        pub defcls: u32,
        /// Debug flags
        pub debug: u32,
        /// Count of non shaped packets
        pub direct_pkts: u32,
    }
}

crate::fixed_struct! {
    /// `tc-gred-qopt`: a C structure of 52 bytes.
    pub struct TcGredQopt("tc-gred-qopt") {
        /// HARD maximal queue length in bytes
        pub limit: u32,
        /// Min average length threshold in bytes
        pub qth_min: u32,
        /// Max average length threshold in bytes
        pub qth_max: u32,
        /// Up to 2^32 DPs
        pub dp: u32,
        /// `backlog`.
        pub backlog: u32,
        /// `qave`.
        pub qave: u32,
        /// `forced`.
        pub forced: u32,
        /// `early`.
        pub early: u32,
        /// `other`.
        pub other: u32,
        /// `pdrop`.
        pub pdrop: u32,
        /// log(W)
        pub wlog: u8,
        /// log(P_max / (qth-max - qth-min))
        pub plog: u8,
        /// cell size for idle damping
        pub scell_log: u8,
        /// Priority of this VQ
        pub prio: u8,
        /// `packets`.
        pub packets: u32,
        /// `bytesin`.
        pub bytesin: u32,
    }
}

crate::fixed_struct! {
    /// `tc-gred-sopt`: a C structure of 12 bytes.
    pub struct TcGredSopt("tc-gred-sopt") {
        /// `DPs`.
        pub dps: u32,
        /// `def-DP`.
        pub def_dp: u32,
        /// `grio`.
        pub grio: u8,
        /// `flags`.
        pub flags: u8,
        /// `pad`.
        pub pad: [u8; 2],
    }
}

crate::fixed_struct! {
    /// `tc-hfsc-qopt`: a C structure of 2 bytes.
    pub struct TcHfscQopt("tc-hfsc-qopt") {
        /// `defcls`.
        pub defcls: u16,
    }
}

crate::fixed_struct! {
    /// `tc-mqprio-qopt`: a C structure of 82 bytes.
    pub struct TcMqprioQopt("tc-mqprio-qopt") {
        /// `num-tc`.
        pub num_tc: u8,
        /// `prio-tc-map`.
        pub prio_tc_map: [u8; 16],
        /// `hw`.
        pub hw: u8,
        /// `count`.
        pub count: [u8; 32],
        /// `offset`.
        pub offset: [u8; 32],
    }
}

crate::fixed_struct! {
    /// `tc-multiq-qopt`: a C structure of 4 bytes.
    pub struct TcMultiqQopt("tc-multiq-qopt") {
        /// Number of bands
        pub bands: u16,
        /// Maximum number of queues
        pub max_bands: u16,
    }
}

crate::fixed_struct! {
    /// `tc-netem-qopt`: a C structure of 24 bytes.
    pub struct TcNetemQopt("tc-netem-qopt") {
        /// Added delay in microseconds
        pub latency: u32,
        /// Fifo limit in packets
        pub limit: u32,
        /// Random packet loss (0=none, ~0=100%)
        pub loss: u32,
        /// Re-ordering gap (0 for none)
        pub gap: u32,
        /// Random packet duplication (0=none, ~0=100%)
        pub duplicate: u32,
        /// Random jitter latency in microseconds
        pub jitter: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-gimodel`: a C structure of 20 bytes.
    ///
    /// State transition probabilities for 4 state model
    pub struct TcNetemGimodel("tc-netem-gimodel") {
        /// `p13`.
        pub p13: u32,
        /// `p31`.
        pub p31: u32,
        /// `p32`.
        pub p32: u32,
        /// `p14`.
        pub p14: u32,
        /// `p23`.
        pub p23: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-gemodel`: a C structure of 16 bytes.
    ///
    /// Gilbert-Elliot models
    pub struct TcNetemGemodel("tc-netem-gemodel") {
        /// `p`.
        pub p: u32,
        /// `r`.
        pub r: u32,
        /// `h`.
        pub h: u32,
        /// `k1`.
        pub k1: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-corr`: a C structure of 12 bytes.
    pub struct TcNetemCorr("tc-netem-corr") {
        /// Delay correlation
        pub delay_corr: u32,
        /// Packet loss correlation
        pub loss_corr: u32,
        /// Duplicate correlation
        pub dup_corr: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-reorder`: a C structure of 8 bytes.
    pub struct TcNetemReorder("tc-netem-reorder") {
        /// `probability`.
        pub probability: u32,
        /// `correlation`.
        pub correlation: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-corrupt`: a C structure of 8 bytes.
    pub struct TcNetemCorrupt("tc-netem-corrupt") {
        /// `probability`.
        pub probability: u32,
        /// `correlation`.
        pub correlation: u32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-rate`: a C structure of 16 bytes.
    pub struct TcNetemRate("tc-netem-rate") {
        /// `rate`.
        pub rate: u32,
        /// `packet-overhead`.
        pub packet_overhead: i32,
        /// `cell-size`.
        pub cell_size: u32,
        /// `cell-overhead`.
        pub cell_overhead: i32,
    }
}

crate::fixed_struct! {
    /// `tc-netem-slot`: a C structure of 40 bytes.
    pub struct TcNetemSlot("tc-netem-slot") {
        /// `min-delay`.
        pub min_delay: i64,
        /// `max-delay`.
        pub max_delay: i64,
        /// `max-packets`.
        pub max_packets: i32,
        /// `max-bytes`.
        pub max_bytes: i32,
        /// `dist-delay`.
        pub dist_delay: i64,
        /// `dist-jitter`.
        pub dist_jitter: i64,
    }
}

crate::fixed_struct! {
    /// `tc-plug-qopt`: a C structure of 8 bytes.
    pub struct TcPlugQopt("tc-plug-qopt") {
        /// `action`.
        pub action: i32,
        /// `limit`.
        pub limit: u32,
    }
}

crate::fixed_struct! {
    /// `tc-prio-qopt`: a C structure of 20 bytes.
    pub struct TcPrioQopt("tc-prio-qopt") {
        /// Number of bands
        pub bands: u32,
        /// Map of logical priority -\> PRIO band
        pub priomap: [u8; 16],
    }
}

crate::fixed_struct! {
    /// `tc-red-qopt`: a C structure of 16 bytes.
    pub struct TcRedQopt("tc-red-qopt") {
        /// Hard queue length in packets
        pub limit: u32,
        /// Min average threshold in packets
        pub qth_min: u32,
        /// Max average threshold in packets
        pub qth_max: u32,
        /// log(W)
        pub wlog: u8,
        /// log(P_max / (qth-max - qth-min))
        pub plog: u8,
        /// Cell size for idle damping
        pub scell_log: u8,
        /// `flags`.
        pub flags: u8,
    }
}

crate::fixed_struct! {
    /// `tc-sfb-qopt`: a C structure of 36 bytes.
    pub struct TcSfbQopt("tc-sfb-qopt") {
        /// `rehash-interval`.
        pub rehash_interval: u32,
        /// `warmup-time`.
        pub warmup_time: u32,
        /// `max`.
        pub max: u32,
        /// `bin-size`.
        pub bin_size: u32,
        /// `increment`.
        pub increment: u32,
        /// `decrement`.
        pub decrement: u32,
        /// `limit`.
        pub limit: u32,
        /// `penalty-rate`.
        pub penalty_rate: u32,
        /// `penalty-burst`.
        pub penalty_burst: u32,
    }
}

crate::fixed_struct! {
    /// `tc-sfq-qopt`: a C structure of 20 bytes.
    pub struct TcSfqQopt("tc-sfq-qopt") {
        /// Bytes per round allocated to flow
        pub quantum: u32,
        /// Period of hash perturbation
        pub perturb_period: i32,
        /// Maximal packets in queue
        pub limit: u32,
        /// Hash divisor
        pub divisor: u32,
        /// Maximal number of flows
        pub flows: u32,
    }
}

impl crate::wire::fixed::Field for TcSfqQopt {
    const SIZE: usize = <TcSfqQopt as crate::wire::FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        crate::wire::FixedStruct::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        crate::wire::FixedStruct::write_fields(&self, out);
    }
}

crate::fixed_struct! {
    /// `tc-sfqred-stats`: a C structure of 24 bytes.
    pub struct TcSfqredStats("tc-sfqred-stats") {
        /// Early drops, below max threshold
        pub prob_drop: u32,
        /// Early drops, after max threshold
        pub forced_drop: u32,
        /// Marked packets, below max threshold
        pub prob_mark: u32,
        /// Marked packets, after max threshold
        pub forced_mark: u32,
        /// Marked packets, below max threshold
        pub prob_mark_head: u32,
        /// Marked packets, after max threshold
        pub forced_mark_head: u32,
    }
}

impl crate::wire::fixed::Field for TcSfqredStats {
    const SIZE: usize = <TcSfqredStats as crate::wire::FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        crate::wire::FixedStruct::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        crate::wire::FixedStruct::write_fields(&self, out);
    }
}

crate::fixed_struct! {
    /// `tc-sfq-qopt-v1`: a C structure of 72 bytes.
    pub struct TcSfqQoptV1("tc-sfq-qopt-v1") {
        /// `v0`.
        pub v0: TcSfqQopt,
        /// Maximum number of packets per flow
        pub depth: u32,
        /// `headdrop`.
        pub headdrop: u32,
        /// HARD maximal flow queue length in bytes
        pub limit: u32,
        /// Min average length threshold in bytes
        pub qth_min: u32,
        /// Max average length threshold in bytes
        pub qth_max: u32,
        /// log(W)
        pub wlog: u8,
        /// log(P_max / (qth-max - qth-min))
        pub plog: u8,
        /// Cell size for idle damping
        pub scell_log: u8,
        /// `flags`.
        pub flags: u8,
        /// probabilty, high resolution
        pub max_p: u32,
        /// `stats`.
        pub stats: TcSfqredStats,
    }
}

crate::fixed_struct! {
    /// `tc-ratespec`: a C structure of 9 bytes.
    pub struct TcRatespec("tc-ratespec") {
        /// `cell-log`.
        pub cell_log: u8,
        /// `linklayer`.
        pub linklayer: u8,
        /// `overhead`.
        pub overhead: u8,
        /// `cell-align`.
        pub cell_align: u8,
        /// `mpu`.
        pub mpu: u8,
        /// `rate`.
        pub rate: u32,
    }
}

impl crate::wire::fixed::Field for TcRatespec {
    const SIZE: usize = <TcRatespec as crate::wire::FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        crate::wire::FixedStruct::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        crate::wire::FixedStruct::write_fields(&self, out);
    }
}

crate::fixed_struct! {
    /// `tc-tbf-qopt`: a C structure of 30 bytes.
    pub struct TcTbfQopt("tc-tbf-qopt") {
        /// `rate`.
        pub rate: TcRatespec,
        /// `peakrate`.
        pub peakrate: TcRatespec,
        /// `limit`.
        pub limit: u32,
        /// `buffer`.
        pub buffer: u32,
        /// `mtu`.
        pub mtu: u32,
    }
}

crate::fixed_struct! {
    /// `tc-sizespec`: a C structure of 24 bytes.
    pub struct TcSizespec("tc-sizespec") {
        /// `cell-log`.
        pub cell_log: u8,
        /// `size-log`.
        pub size_log: u8,
        /// `cell-align`.
        pub cell_align: i16,
        /// `overhead`.
        pub overhead: i32,
        /// `linklayer`.
        pub linklayer: u32,
        /// `mpu`.
        pub mpu: u32,
        /// `mtu`.
        pub mtu: u32,
        /// `tsize`.
        pub tsize: u32,
    }
}

crate::fixed_struct! {
    /// `gnet-estimator`: a C structure of 2 bytes.
    pub struct GnetEstimator("gnet-estimator") {
        /// Sampling period
        pub interval: i8,
        /// The log() of measurement window weight
        pub ewma_log: u8,
    }
}

crate::fixed_struct! {
    /// `tc-choke-xstats`: a C structure of 20 bytes.
    pub struct TcChokeXstats("tc-choke-xstats") {
        /// Early drops
        pub early: u32,
        /// Drops due to queue limits
        pub pdrop: u32,
        /// Drops due to drop() calls
        pub other: u32,
        /// Marked packets
        pub marked: u32,
        /// Drops due to flow match
        pub matched: u32,
    }
}

crate::fixed_struct! {
    /// `tc-codel-xstats`: a C structure of 36 bytes.
    pub struct TcCodelXstats("tc-codel-xstats") {
        /// Largest packet we've seen so far
        pub maxpacket: u32,
        /// How many drops we've done since the last time we entered dropping state
        pub count: u32,
        /// Count at entry to dropping state
        pub lastcount: u32,
        /// in-queue delay seen by most recently dequeued packet
        pub ldelay: u32,
        /// Time to drop next packet
        pub drop_next: i32,
        /// Number of times max qdisc packet limit was hit
        pub drop_overlimit: u32,
        /// Number of packets we've ECN marked instead of dropped
        pub ecn_mark: u32,
        /// Are we in a dropping state?
        pub dropping: u32,
        /// Number of CE marked packets because of ce-threshold
        pub ce_mark: u32,
    }
}

crate::fixed_struct! {
    /// `tc-fq-codel-xstats`: a C structure of 40 bytes.
    pub struct TcFqCodelXstats("tc-fq-codel-xstats") {
        /// `type`.
        pub type_: u32,
        /// Largest packet we've seen so far
        pub maxpacket: u32,
        /// Number of times max qdisc packet limit was hit
        pub drop_overlimit: u32,
        /// Number of packets we ECN marked instead of being dropped
        pub ecn_mark: u32,
        /// Number of times packets created a new flow
        pub new_flow_count: u32,
        /// Count of flows in new list
        pub new_flows_len: u32,
        /// Count of flows in old list
        pub old_flows_len: u32,
        /// Packets above ce-threshold
        pub ce_mark: u32,
        /// Memory usage in bytes
        pub memory_usage: u32,
        /// `drop-overmemory`.
        pub drop_overmemory: u32,
    }
}

crate::fixed_struct! {
    /// `tc-fq-pie-xstats`: a C structure of 36 bytes.
    pub struct TcFqPieXstats("tc-fq-pie-xstats") {
        /// Total number of packets enqueued
        pub packets_in: u32,
        /// Packets dropped due to fq_pie_action
        pub dropped: u32,
        /// Dropped due to lack of space in queue
        pub overlimit: u32,
        /// Dropped due to lack of memory in queue
        pub overmemory: u32,
        /// Packets marked with ecn
        pub ecn_mark: u32,
        /// Count of new flows created by packets
        pub new_flow_count: u32,
        /// Count of flows in new list
        pub new_flows_len: u32,
        /// Count of flows in old list
        pub old_flows_len: u32,
        /// Total memory across all queues
        pub memory_usage: u32,
    }
}

crate::fixed_struct! {
    /// `tc-hhf-xstats`: a C structure of 16 bytes.
    pub struct TcHhfXstats("tc-hhf-xstats") {
        /// Number of times max qdisc packet limit was hit
        pub drop_overlimit: u32,
        /// Number of times max heavy-hitters was hit
        pub hh_overlimit: u32,
        /// Number of captured heavy-hitters so far
        pub hh_tot_count: u32,
        /// Number of current heavy-hitters
        pub hh_cur_count: u32,
    }
}

crate::fixed_struct! {
    /// `tc-pie-xstats`: a C structure of 40 bytes.
    pub struct TcPieXstats("tc-pie-xstats") {
        /// Current probability
        pub prob: u64,
        /// Current delay in ms
        pub delay: u32,
        /// Current average dq rate in bits/pie-time
        pub avg_dq_rate: u32,
        /// Is avg-dq-rate being calculated?
        pub dq_rate_estimating: u32,
        /// Total number of packets enqueued
        pub packets_in: u32,
        /// Packets dropped due to pie action
        pub dropped: u32,
        /// Dropped due to lack of space in queue
        pub overlimit: u32,
        /// Maximum queue size
        pub maxq: u32,
        /// Packets marked with ecn
        pub ecn_mark: u32,
    }
}

crate::fixed_struct! {
    /// `tc-red-xstats`: a C structure of 16 bytes.
    pub struct TcRedXstats("tc-red-xstats") {
        /// Early drops
        pub early: u32,
        /// Drops due to queue limits
        pub pdrop: u32,
        /// Drops due to drop() calls
        pub other: u32,
        /// Marked packets
        pub marked: u32,
    }
}

crate::fixed_struct! {
    /// `tc-sfb-xstats`: a C structure of 36 bytes.
    pub struct TcSfbXstats("tc-sfb-xstats") {
        /// `earlydrop`.
        pub earlydrop: u32,
        /// `penaltydrop`.
        pub penaltydrop: u32,
        /// `bucketdrop`.
        pub bucketdrop: u32,
        /// `queuedrop`.
        pub queuedrop: u32,
        /// drops in child qdisc
        pub childdrop: u32,
        /// `marked`.
        pub marked: u32,
        /// `maxqlen`.
        pub maxqlen: u32,
        /// `maxprob`.
        pub maxprob: u32,
        /// `avgprob`.
        pub avgprob: u32,
    }
}

crate::fixed_struct! {
    /// `tc-sfq-xstats`: a C structure of 4 bytes.
    pub struct TcSfqXstats("tc-sfq-xstats") {
        /// `allot`.
        pub allot: i32,
    }
}

crate::fixed_struct! {
    /// `gnet-stats-basic`: a C structure of 12 bytes.
    pub struct GnetStatsBasic("gnet-stats-basic") {
        /// `bytes`.
        pub bytes: u64,
        /// `packets`.
        pub packets: u32,
    }
}

crate::fixed_struct! {
    /// `gnet-stats-rate-est`: a C structure of 8 bytes.
    pub struct GnetStatsRateEst("gnet-stats-rate-est") {
        /// `bps`.
        pub bps: u32,
        /// `pps`.
        pub pps: u32,
    }
}

crate::fixed_struct! {
    /// `gnet-stats-rate-est64`: a C structure of 16 bytes.
    pub struct GnetStatsRateEst64("gnet-stats-rate-est64") {
        /// `bps`.
        pub bps: u64,
        /// `pps`.
        pub pps: u64,
    }
}

crate::fixed_struct! {
    /// `gnet-stats-queue`: a C structure of 20 bytes.
    pub struct GnetStatsQueue("gnet-stats-queue") {
        /// `qlen`.
        pub qlen: u32,
        /// `backlog`.
        pub backlog: u32,
        /// `drops`.
        pub drops: u32,
        /// `requeues`.
        pub requeues: u32,
        /// `overlimits`.
        pub overlimits: u32,
    }
}

crate::fixed_struct! {
    /// `tc-u32-key`: a C structure of 16 bytes.
    pub struct TcU32Key("tc-u32-key") {
        /// `mask`.
        pub mask: crate::wire::fixed::Be32,
        /// `val`.
        pub val: crate::wire::fixed::Be32,
        /// `off`.
        pub off: i32,
        /// `offmask`.
        pub offmask: i32,
    }
}

impl crate::wire::fixed::Field for TcU32Key {
    const SIZE: usize = <TcU32Key as crate::wire::FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        crate::wire::FixedStruct::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        crate::wire::FixedStruct::write_fields(&self, out);
    }
}

crate::fixed_struct! {
    /// `tc-u32-mark`: a C structure of 12 bytes.
    pub struct TcU32Mark("tc-u32-mark") {
        /// `val`.
        pub val: u32,
        /// `mask`.
        pub mask: u32,
        /// `success`.
        pub success: u32,
    }
}

crate::fixed_struct! {
    /// `tc-u32-sel`: a C structure of 31 bytes.
    pub struct TcU32Sel("tc-u32-sel") {
        /// `flags`.
        pub flags: u8,
        /// `offshift`.
        pub offshift: u8,
        /// `nkeys`.
        pub nkeys: u8,
        /// `offmask`.
        pub offmask: crate::wire::fixed::Be16,
        /// `off`.
        pub off: u16,
        /// `offoff`.
        pub offoff: i16,
        /// `hoff`.
        pub hoff: i16,
        /// `hmask`.
        pub hmask: crate::wire::fixed::Be32,
        /// `keys`.
        pub keys: TcU32Key,
    }
}

crate::fixed_struct! {
    /// `tc-u32-pcnt`: a C structure of 24 bytes.
    pub struct TcU32Pcnt("tc-u32-pcnt") {
        /// `rcnt`.
        pub rcnt: u64,
        /// `rhit`.
        pub rhit: u64,
        /// `kcnts`.
        pub kcnts: u64,
    }
}

crate::fixed_struct! {
    /// `tcf-t`: a C structure of 32 bytes.
    pub struct TcfT("tcf-t") {
        /// `install`.
        pub install: u64,
        /// `lastuse`.
        pub lastuse: u64,
        /// `expires`.
        pub expires: u64,
        /// `firstuse`.
        pub firstuse: u64,
    }
}

crate::fixed_struct! {
    /// `tc-gen`: a C structure of 20 bytes.
    pub struct TcGen("tc-gen") {
        /// `index`.
        pub index: u32,
        /// `capab`.
        pub capab: u32,
        /// `action`.
        pub action: i32,
        /// `refcnt`.
        pub refcnt: i32,
        /// `bindcnt`.
        pub bindcnt: i32,
    }
}

crate::fixed_struct! {
    /// `tc-gact-p`: a C structure of 8 bytes.
    pub struct TcGactP("tc-gact-p") {
        /// `ptype`.
        pub ptype: u16,
        /// `pval`.
        pub pval: u16,
        /// `paction`.
        pub paction: i32,
    }
}

crate::fixed_struct! {
    /// `tcf-ematch-tree-hdr`: a C structure of 4 bytes.
    pub struct TcfEmatchTreeHdr("tcf-ematch-tree-hdr") {
        /// `nmatches`.
        pub nmatches: u16,
        /// `progid`.
        pub progid: u16,
    }
}

crate::fixed_struct! {
    /// `tc-basic-pcnt`: a C structure of 16 bytes.
    pub struct TcBasicPcnt("tc-basic-pcnt") {
        /// `rcnt`.
        pub rcnt: u64,
        /// `rhit`.
        pub rhit: u64,
    }
}

crate::fixed_struct! {
    /// `tc-matchall-pcnt`: a C structure of 8 bytes.
    pub struct TcMatchallPcnt("tc-matchall-pcnt") {
        /// `rhit`.
        pub rhit: u64,
    }
}

crate::fixed_struct! {
    /// `tc-mpls`: a C structure of 24 bytes.
    pub struct TcMpls("tc-mpls") {
        /// `index`.
        pub index: u32,
        /// `capab`.
        pub capab: u32,
        /// `action`.
        pub action: i32,
        /// `refcnt`.
        pub refcnt: i32,
        /// `bindcnt`.
        pub bindcnt: i32,
        /// `m-action`.
        pub m_action: i32,
    }
}

crate::fixed_struct! {
    /// `tc-police`: a C structure of 50 bytes.
    pub struct TcPolice("tc-police") {
        /// `index`.
        pub index: u32,
        /// `action`.
        pub action: i32,
        /// `limit`.
        pub limit: u32,
        /// `burst`.
        pub burst: u32,
        /// `mtu`.
        pub mtu: u32,
        /// `rate`.
        pub rate: TcRatespec,
        /// `peakrate`.
        pub peakrate: TcRatespec,
        /// `refcnt`.
        pub refcnt: i32,
        /// `bindcnt`.
        pub bindcnt: i32,
        /// `capab`.
        pub capab: u32,
    }
}

crate::fixed_struct! {
    /// `tc-pedit-sel`: a C structure of 46 bytes.
    pub struct TcPeditSel("tc-pedit-sel") {
        /// `index`.
        pub index: u32,
        /// `capab`.
        pub capab: u32,
        /// `action`.
        pub action: i32,
        /// `refcnt`.
        pub refcnt: i32,
        /// `bindcnt`.
        pub bindcnt: i32,
        /// `nkeys`.
        pub nkeys: u8,
        /// `flags`.
        pub flags: u8,
        /// `keys`.
        pub keys: TcPeditKey,
    }
}

crate::fixed_struct! {
    /// `tc-pedit-key`: a C structure of 24 bytes.
    pub struct TcPeditKey("tc-pedit-key") {
        /// `mask`.
        pub mask: u32,
        /// `val`.
        pub val: u32,
        /// `off`.
        pub off: u32,
        /// `at`.
        pub at: u32,
        /// `offmask`.
        pub offmask: u32,
        /// `shift`.
        pub shift: u32,
    }
}

impl crate::wire::fixed::Field for TcPeditKey {
    const SIZE: usize = <TcPeditKey as crate::wire::FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        crate::wire::FixedStruct::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        crate::wire::FixedStruct::write_fields(&self, out);
    }
}

crate::fixed_struct! {
    /// `tc-vlan`: a C structure of 24 bytes.
    pub struct TcVlan("tc-vlan") {
        /// `index`.
        pub index: u32,
        /// `capab`.
        pub capab: u32,
        /// `action`.
        pub action: i32,
        /// `refcnt`.
        pub refcnt: i32,
        /// `bindcnt`.
        pub bindcnt: i32,
        /// `v-action`.
        pub v_action: i32,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `tc-attrs`.
    pub mod tc_attrs {
        /// `kind` (string).
        pub const KIND: u16 = 1;
        /// `options` (sub-message).
        pub const OPTIONS: u16 = 2;
        /// `stats` (binary).
        pub const STATS: u16 = 3;
        /// `xstats` (sub-message).
        pub const XSTATS: u16 = 4;
        /// `rate` (binary).
        pub const RATE: u16 = 5;
        /// `fcnt` (u32).
        pub const FCNT: u16 = 6;
        /// `stats2` (nest).
        pub const STATS2: u16 = 7;
        /// `stab` (nest).
        pub const STAB: u16 = 8;
        /// `pad` (pad).
        pub const PAD: u16 = 9;
        /// `dump-invisible` (flag).
        pub const DUMP_INVISIBLE: u16 = 10;
        /// `chain` (u32).
        pub const CHAIN: u16 = 11;
        /// `hw-offload` (u8).
        pub const HW_OFFLOAD: u16 = 12;
        /// `ingress-block` (u32).
        pub const INGRESS_BLOCK: u16 = 13;
        /// `egress-block` (u32).
        pub const EGRESS_BLOCK: u16 = 14;
        /// `dump-flags` (bitfield32).
        pub const DUMP_FLAGS: u16 = 15;
        /// `ext-warn-msg` (string).
        pub const EXT_WARN_MSG: u16 = 16;
    }

    /// The attributes of `tc-act-attrs`.
    pub mod tc_act_attrs {
        /// `kind` (string).
        pub const KIND: u16 = 1;
        /// `options` (sub-message).
        pub const OPTIONS: u16 = 2;
        /// `index` (u32).
        pub const INDEX: u16 = 3;
        /// `stats` (nest).
        pub const STATS: u16 = 4;
        /// `pad` (pad).
        pub const PAD: u16 = 5;
        /// `cookie` (binary).
        pub const COOKIE: u16 = 6;
        /// `flags` (bitfield32).
        pub const FLAGS: u16 = 7;
        /// `hw-stats` (bitfield32).
        pub const HW_STATS: u16 = 8;
        /// `used-hw-stats` (bitfield32).
        pub const USED_HW_STATS: u16 = 9;
        /// `in-hw-count` (u32).
        pub const IN_HW_COUNT: u16 = 10;
    }

    /// The attributes of `tc-act-stats-attrs`.
    pub mod tc_act_stats_attrs {
        /// `basic` (binary).
        pub const BASIC: u16 = 1;
        /// `rate-est` (binary).
        pub const RATE_EST: u16 = 2;
        /// `queue` (binary).
        pub const QUEUE: u16 = 3;
        /// `app` (binary).
        pub const APP: u16 = 4;
        /// `rate-est64` (binary).
        pub const RATE_EST64: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `basic-hw` (binary).
        pub const BASIC_HW: u16 = 7;
        /// `pkt64` (u64).
        pub const PKT64: u16 = 8;
    }

    /// The attributes of `tc-act-bpf-attrs`.
    pub mod tc_act_bpf_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `ops-len` (u16).
        pub const OPS_LEN: u16 = 3;
        /// `ops` (binary).
        pub const OPS: u16 = 4;
        /// `fd` (u32).
        pub const FD: u16 = 5;
        /// `name` (string).
        pub const NAME: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `tag` (binary).
        pub const TAG: u16 = 8;
        /// `id` (binary).
        pub const ID: u16 = 9;
    }

    /// The attributes of `tc-act-connmark-attrs`.
    pub mod tc_act_connmark_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
    }

    /// The attributes of `tc-act-csum-attrs`.
    pub mod tc_act_csum_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
    }

    /// The attributes of `tc-act-ct-attrs`.
    pub mod tc_act_ct_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `action` (u16).
        pub const ACTION: u16 = 3;
        /// `zone` (u16).
        pub const ZONE: u16 = 4;
        /// `mark` (u32).
        pub const MARK: u16 = 5;
        /// `mark-mask` (u32).
        pub const MARK_MASK: u16 = 6;
        /// `labels` (binary).
        pub const LABELS: u16 = 7;
        /// `labels-mask` (binary).
        pub const LABELS_MASK: u16 = 8;
        /// `nat-ipv4-min` (u32).
        pub const NAT_IPV4_MIN: u16 = 9;
        /// `nat-ipv4-max` (u32).
        pub const NAT_IPV4_MAX: u16 = 10;
        /// `nat-ipv6-min` (binary).
        pub const NAT_IPV6_MIN: u16 = 11;
        /// `nat-ipv6-max` (binary).
        pub const NAT_IPV6_MAX: u16 = 12;
        /// `nat-port-min` (u16).
        pub const NAT_PORT_MIN: u16 = 13;
        /// `nat-port-max` (u16).
        pub const NAT_PORT_MAX: u16 = 14;
        /// `pad` (pad).
        pub const PAD: u16 = 15;
        /// `helper-name` (string).
        pub const HELPER_NAME: u16 = 16;
        /// `helper-family` (u8).
        pub const HELPER_FAMILY: u16 = 17;
        /// `helper-proto` (u8).
        pub const HELPER_PROTO: u16 = 18;
    }

    /// The attributes of `tc-act-ctinfo-attrs`.
    pub mod tc_act_ctinfo_attrs {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `act` (binary).
        pub const ACT: u16 = 3;
        /// `zone` (u16).
        pub const ZONE: u16 = 4;
        /// `parms-dscp-mask` (u32).
        pub const PARMS_DSCP_MASK: u16 = 5;
        /// `parms-dscp-statemask` (u32).
        pub const PARMS_DSCP_STATEMASK: u16 = 6;
        /// `parms-cpmark-mask` (u32).
        pub const PARMS_CPMARK_MASK: u16 = 7;
        /// `stats-dscp-set` (u64).
        pub const STATS_DSCP_SET: u16 = 8;
        /// `stats-dscp-error` (u64).
        pub const STATS_DSCP_ERROR: u16 = 9;
        /// `stats-cpmark-set` (u64).
        pub const STATS_CPMARK_SET: u16 = 10;
    }

    /// The attributes of `tc-act-gate-attrs`.
    pub mod tc_act_gate_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `priority` (s32).
        pub const PRIORITY: u16 = 4;
        /// `entry-list` (binary).
        pub const ENTRY_LIST: u16 = 5;
        /// `base-time` (u64).
        pub const BASE_TIME: u16 = 6;
        /// `cycle-time` (u64).
        pub const CYCLE_TIME: u16 = 7;
        /// `cycle-time-ext` (u64).
        pub const CYCLE_TIME_EXT: u16 = 8;
        /// `flags` (u32).
        pub const FLAGS: u16 = 9;
        /// `clockid` (s32).
        pub const CLOCKID: u16 = 10;
    }

    /// The attributes of `tc-act-ife-attrs`.
    pub mod tc_act_ife_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `dmac` (binary).
        pub const DMAC: u16 = 3;
        /// `smac` (binary).
        pub const SMAC: u16 = 4;
        /// `type` (u16).
        pub const TYPE: u16 = 5;
        /// `metalst` (binary).
        pub const METALST: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
    }

    /// The attributes of `tc-act-mirred-attrs`.
    pub mod tc_act_mirred_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `blockid` (binary).
        pub const BLOCKID: u16 = 4;
    }

    /// The attributes of `tc-act-mpls-attrs`.
    pub mod tc_act_mpls_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `proto` (u16).
        pub const PROTO: u16 = 4;
        /// `label` (u32).
        pub const LABEL: u16 = 5;
        /// `tc` (u8).
        pub const TC: u16 = 6;
        /// `ttl` (u8).
        pub const TTL: u16 = 7;
        /// `bos` (u8).
        pub const BOS: u16 = 8;
    }

    /// The attributes of `tc-act-nat-attrs`.
    pub mod tc_act_nat_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `tm` (binary).
        pub const TM: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
    }

    /// The attributes of `tc-act-pedit-attrs`.
    pub mod tc_act_pedit_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `parms-ex` (binary).
        pub const PARMS_EX: u16 = 4;
        /// `keys-ex` (binary).
        pub const KEYS_EX: u16 = 5;
        /// `key-ex` (binary).
        pub const KEY_EX: u16 = 6;
    }

    /// The attributes of `tc-act-police-attrs`.
    pub mod tc_act_police_attrs {
        /// `tbf` (binary).
        pub const TBF: u16 = 1;
        /// `rate` (binary).
        pub const RATE: u16 = 2;
        /// `peakrate` (binary).
        pub const PEAKRATE: u16 = 3;
        /// `avrate` (u32).
        pub const AVRATE: u16 = 4;
        /// `result` (u32).
        pub const RESULT: u16 = 5;
        /// `tm` (binary).
        pub const TM: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `rate64` (u64).
        pub const RATE64: u16 = 8;
        /// `peakrate64` (u64).
        pub const PEAKRATE64: u16 = 9;
        /// `pktrate64` (u64).
        pub const PKTRATE64: u16 = 10;
        /// `pktburst64` (u64).
        pub const PKTBURST64: u16 = 11;
    }

    /// The attributes of `tc-act-simple-attrs`.
    pub mod tc_act_simple_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `data` (binary).
        pub const DATA: u16 = 3;
        /// `pad` (pad).
        pub const PAD: u16 = 4;
    }

    /// The attributes of `tc-act-skbedit-attrs`.
    pub mod tc_act_skbedit_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `priority` (u32).
        pub const PRIORITY: u16 = 3;
        /// `queue-mapping` (u16).
        pub const QUEUE_MAPPING: u16 = 4;
        /// `mark` (u32).
        pub const MARK: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `ptype` (u16).
        pub const PTYPE: u16 = 7;
        /// `mask` (u32).
        pub const MASK: u16 = 8;
        /// `flags` (u64).
        pub const FLAGS: u16 = 9;
        /// `queue-mapping-max` (u16).
        pub const QUEUE_MAPPING_MAX: u16 = 10;
    }

    /// The attributes of `tc-act-skbmod-attrs`.
    pub mod tc_act_skbmod_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `dmac` (binary).
        pub const DMAC: u16 = 3;
        /// `smac` (binary).
        pub const SMAC: u16 = 4;
        /// `etype` (binary).
        pub const ETYPE: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
    }

    /// The attributes of `tc-act-tunnel-key-attrs`.
    pub mod tc_act_tunnel_key_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `enc-ipv4-src` (u32).
        pub const ENC_IPV4_SRC: u16 = 3;
        /// `enc-ipv4-dst` (u32).
        pub const ENC_IPV4_DST: u16 = 4;
        /// `enc-ipv6-src` (binary).
        pub const ENC_IPV6_SRC: u16 = 5;
        /// `enc-ipv6-dst` (binary).
        pub const ENC_IPV6_DST: u16 = 6;
        /// `enc-key-id` (u64).
        pub const ENC_KEY_ID: u16 = 7;
        /// `pad` (pad).
        pub const PAD: u16 = 8;
        /// `enc-dst-port` (u16).
        pub const ENC_DST_PORT: u16 = 9;
        /// `no-csum` (u8).
        pub const NO_CSUM: u16 = 10;
        /// `enc-opts` (binary).
        pub const ENC_OPTS: u16 = 11;
        /// `enc-tos` (u8).
        pub const ENC_TOS: u16 = 12;
        /// `enc-ttl` (u8).
        pub const ENC_TTL: u16 = 13;
        /// `no-frag` (flag).
        pub const NO_FRAG: u16 = 14;
    }

    /// The attributes of `tc-act-vlan-attrs`.
    pub mod tc_act_vlan_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `push-vlan-id` (u16).
        pub const PUSH_VLAN_ID: u16 = 3;
        /// `push-vlan-protocol` (u16).
        pub const PUSH_VLAN_PROTOCOL: u16 = 4;
        /// `pad` (pad).
        pub const PAD: u16 = 5;
        /// `push-vlan-priority` (u8).
        pub const PUSH_VLAN_PRIORITY: u16 = 6;
        /// `push-eth-dst` (binary).
        pub const PUSH_ETH_DST: u16 = 7;
        /// `push-eth-src` (binary).
        pub const PUSH_ETH_SRC: u16 = 8;
    }

    /// The attributes of `tc-basic-attrs`.
    pub mod tc_basic_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `ematches` (nest).
        pub const EMATCHES: u16 = 2;
        /// `act` (indexed-array).
        pub const ACT: u16 = 3;
        /// `police` (nest).
        pub const POLICE: u16 = 4;
        /// `pcnt` (binary).
        pub const PCNT: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
    }

    /// The attributes of `tc-bpf-attrs`.
    pub mod tc_bpf_attrs {
        /// `act` (indexed-array).
        pub const ACT: u16 = 1;
        /// `police` (nest).
        pub const POLICE: u16 = 2;
        /// `classid` (u32).
        pub const CLASSID: u16 = 3;
        /// `ops-len` (u16).
        pub const OPS_LEN: u16 = 4;
        /// `ops` (binary).
        pub const OPS: u16 = 5;
        /// `fd` (u32).
        pub const FD: u16 = 6;
        /// `name` (string).
        pub const NAME: u16 = 7;
        /// `flags` (u32).
        pub const FLAGS: u16 = 8;
        /// `flags-gen` (u32).
        pub const FLAGS_GEN: u16 = 9;
        /// `tag` (binary).
        pub const TAG: u16 = 10;
        /// `id` (u32).
        pub const ID: u16 = 11;
    }

    /// The attributes of `tc-cake-attrs`.
    pub mod tc_cake_attrs {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `base-rate64` (u64).
        pub const BASE_RATE64: u16 = 2;
        /// `diffserv-mode` (u32).
        pub const DIFFSERV_MODE: u16 = 3;
        /// `atm` (u32).
        pub const ATM: u16 = 4;
        /// `flow-mode` (u32).
        pub const FLOW_MODE: u16 = 5;
        /// `overhead` (u32).
        pub const OVERHEAD: u16 = 6;
        /// `rtt` (u32).
        pub const RTT: u16 = 7;
        /// `target` (u32).
        pub const TARGET: u16 = 8;
        /// `autorate` (u32).
        pub const AUTORATE: u16 = 9;
        /// `memory` (u32).
        pub const MEMORY: u16 = 10;
        /// `nat` (u32).
        pub const NAT: u16 = 11;
        /// `raw` (u32).
        pub const RAW: u16 = 12;
        /// `wash` (u32).
        pub const WASH: u16 = 13;
        /// `mpu` (u32).
        pub const MPU: u16 = 14;
        /// `ingress` (u32).
        pub const INGRESS: u16 = 15;
        /// `ack-filter` (u32).
        pub const ACK_FILTER: u16 = 16;
        /// `split-gso` (u32).
        pub const SPLIT_GSO: u16 = 17;
        /// `fwmark` (u32).
        pub const FWMARK: u16 = 18;
    }

    /// The attributes of `tc-cake-stats-attrs`.
    pub mod tc_cake_stats_attrs {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `capacity-estimate64` (u64).
        pub const CAPACITY_ESTIMATE64: u16 = 2;
        /// `memory-limit` (u32).
        pub const MEMORY_LIMIT: u16 = 3;
        /// `memory-used` (u32).
        pub const MEMORY_USED: u16 = 4;
        /// `avg-netoff` (u32).
        pub const AVG_NETOFF: u16 = 5;
        /// `min-netlen` (u32).
        pub const MIN_NETLEN: u16 = 6;
        /// `max-netlen` (u32).
        pub const MAX_NETLEN: u16 = 7;
        /// `min-adjlen` (u32).
        pub const MIN_ADJLEN: u16 = 8;
        /// `max-adjlen` (u32).
        pub const MAX_ADJLEN: u16 = 9;
        /// `tin-stats` (indexed-array).
        pub const TIN_STATS: u16 = 10;
        /// `deficit` (s32).
        pub const DEFICIT: u16 = 11;
        /// `cobalt-count` (u32).
        pub const COBALT_COUNT: u16 = 12;
        /// `dropping` (u32).
        pub const DROPPING: u16 = 13;
        /// `drop-next-us` (s32).
        pub const DROP_NEXT_US: u16 = 14;
        /// `p-drop` (u32).
        pub const P_DROP: u16 = 15;
        /// `blue-timer-us` (s32).
        pub const BLUE_TIMER_US: u16 = 16;
    }

    /// The attributes of `tc-cake-tin-stats-attrs`.
    pub mod tc_cake_tin_stats_attrs {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `sent-packets` (u32).
        pub const SENT_PACKETS: u16 = 2;
        /// `sent-bytes64` (u64).
        pub const SENT_BYTES64: u16 = 3;
        /// `dropped-packets` (u32).
        pub const DROPPED_PACKETS: u16 = 4;
        /// `dropped-bytes64` (u64).
        pub const DROPPED_BYTES64: u16 = 5;
        /// `acks-dropped-packets` (u32).
        pub const ACKS_DROPPED_PACKETS: u16 = 6;
        /// `acks-dropped-bytes64` (u64).
        pub const ACKS_DROPPED_BYTES64: u16 = 7;
        /// `ecn-marked-packets` (u32).
        pub const ECN_MARKED_PACKETS: u16 = 8;
        /// `ecn-marked-bytes64` (u64).
        pub const ECN_MARKED_BYTES64: u16 = 9;
        /// `backlog-packets` (u32).
        pub const BACKLOG_PACKETS: u16 = 10;
        /// `backlog-bytes` (u32).
        pub const BACKLOG_BYTES: u16 = 11;
        /// `threshold-rate64` (u64).
        pub const THRESHOLD_RATE64: u16 = 12;
        /// `target-us` (u32).
        pub const TARGET_US: u16 = 13;
        /// `interval-us` (u32).
        pub const INTERVAL_US: u16 = 14;
        /// `way-indirect-hits` (u32).
        pub const WAY_INDIRECT_HITS: u16 = 15;
        /// `way-misses` (u32).
        pub const WAY_MISSES: u16 = 16;
        /// `way-collisions` (u32).
        pub const WAY_COLLISIONS: u16 = 17;
        /// `peak-delay-us` (u32).
        pub const PEAK_DELAY_US: u16 = 18;
        /// `avg-delay-us` (u32).
        pub const AVG_DELAY_US: u16 = 19;
        /// `base-delay-us` (u32).
        pub const BASE_DELAY_US: u16 = 20;
        /// `sparse-flows` (u32).
        pub const SPARSE_FLOWS: u16 = 21;
        /// `bulk-flows` (u32).
        pub const BULK_FLOWS: u16 = 22;
        /// `unresponsive-flows` (u32).
        pub const UNRESPONSIVE_FLOWS: u16 = 23;
        /// `max-skblen` (u32).
        pub const MAX_SKBLEN: u16 = 24;
        /// `flow-quantum` (u32).
        pub const FLOW_QUANTUM: u16 = 25;
    }

    /// The attributes of `tc-cbs-attrs`.
    pub mod tc_cbs_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
    }

    /// The attributes of `tc-cgroup-attrs`.
    pub mod tc_cgroup_attrs {
        /// `act` (indexed-array).
        pub const ACT: u16 = 1;
        /// `police` (nest).
        pub const POLICE: u16 = 2;
        /// `ematches` (binary).
        pub const EMATCHES: u16 = 3;
    }

    /// The attributes of `tc-choke-attrs`.
    pub mod tc_choke_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `stab` (binary).
        pub const STAB: u16 = 2;
        /// `max-p` (u32).
        pub const MAX_P: u16 = 3;
    }

    /// The attributes of `tc-codel-attrs`.
    pub mod tc_codel_attrs {
        /// `target` (u32).
        pub const TARGET: u16 = 1;
        /// `limit` (u32).
        pub const LIMIT: u16 = 2;
        /// `interval` (u32).
        pub const INTERVAL: u16 = 3;
        /// `ecn` (u32).
        pub const ECN: u16 = 4;
        /// `ce-threshold` (u32).
        pub const CE_THRESHOLD: u16 = 5;
    }

    /// The attributes of `tc-drr-attrs`.
    pub mod tc_drr_attrs {
        /// `quantum` (u32).
        pub const QUANTUM: u16 = 1;
    }

    /// The attributes of `tc-ematch-attrs`.
    pub mod tc_ematch_attrs {
        /// `tree-hdr` (binary).
        pub const TREE_HDR: u16 = 1;
        /// `tree-list` (binary).
        pub const TREE_LIST: u16 = 2;
    }

    /// The attributes of `tc-flow-attrs`.
    pub mod tc_flow_attrs {
        /// `keys` (u32).
        pub const KEYS: u16 = 1;
        /// `mode` (u32).
        pub const MODE: u16 = 2;
        /// `baseclass` (u32).
        pub const BASECLASS: u16 = 3;
        /// `rshift` (u32).
        pub const RSHIFT: u16 = 4;
        /// `addend` (u32).
        pub const ADDEND: u16 = 5;
        /// `mask` (u32).
        pub const MASK: u16 = 6;
        /// `xor` (u32).
        pub const XOR: u16 = 7;
        /// `divisor` (u32).
        pub const DIVISOR: u16 = 8;
        /// `act` (binary).
        pub const ACT: u16 = 9;
        /// `police` (nest).
        pub const POLICE: u16 = 10;
        /// `ematches` (binary).
        pub const EMATCHES: u16 = 11;
        /// `perturb` (u32).
        pub const PERTURB: u16 = 12;
    }

    /// The attributes of `tc-flower-attrs`.
    pub mod tc_flower_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `indev` (string).
        pub const INDEV: u16 = 2;
        /// `act` (indexed-array).
        pub const ACT: u16 = 3;
        /// `key-eth-dst` (binary).
        pub const KEY_ETH_DST: u16 = 4;
        /// `key-eth-dst-mask` (binary).
        pub const KEY_ETH_DST_MASK: u16 = 5;
        /// `key-eth-src` (binary).
        pub const KEY_ETH_SRC: u16 = 6;
        /// `key-eth-src-mask` (binary).
        pub const KEY_ETH_SRC_MASK: u16 = 7;
        /// `key-eth-type` (u16).
        pub const KEY_ETH_TYPE: u16 = 8;
        /// `key-ip-proto` (u8).
        pub const KEY_IP_PROTO: u16 = 9;
        /// `key-ipv4-src` (u32).
        pub const KEY_IPV4_SRC: u16 = 10;
        /// `key-ipv4-src-mask` (u32).
        pub const KEY_IPV4_SRC_MASK: u16 = 11;
        /// `key-ipv4-dst` (u32).
        pub const KEY_IPV4_DST: u16 = 12;
        /// `key-ipv4-dst-mask` (u32).
        pub const KEY_IPV4_DST_MASK: u16 = 13;
        /// `key-ipv6-src` (binary).
        pub const KEY_IPV6_SRC: u16 = 14;
        /// `key-ipv6-src-mask` (binary).
        pub const KEY_IPV6_SRC_MASK: u16 = 15;
        /// `key-ipv6-dst` (binary).
        pub const KEY_IPV6_DST: u16 = 16;
        /// `key-ipv6-dst-mask` (binary).
        pub const KEY_IPV6_DST_MASK: u16 = 17;
        /// `key-tcp-src` (u16).
        pub const KEY_TCP_SRC: u16 = 18;
        /// `key-tcp-dst` (u16).
        pub const KEY_TCP_DST: u16 = 19;
        /// `key-udp-src` (u16).
        pub const KEY_UDP_SRC: u16 = 20;
        /// `key-udp-dst` (u16).
        pub const KEY_UDP_DST: u16 = 21;
        /// `flags` (u32).
        pub const FLAGS: u16 = 22;
        /// `key-vlan-id` (u16).
        pub const KEY_VLAN_ID: u16 = 23;
        /// `key-vlan-prio` (u8).
        pub const KEY_VLAN_PRIO: u16 = 24;
        /// `key-vlan-eth-type` (u16).
        pub const KEY_VLAN_ETH_TYPE: u16 = 25;
        /// `key-enc-key-id` (u32).
        pub const KEY_ENC_KEY_ID: u16 = 26;
        /// `key-enc-ipv4-src` (u32).
        pub const KEY_ENC_IPV4_SRC: u16 = 27;
        /// `key-enc-ipv4-src-mask` (u32).
        pub const KEY_ENC_IPV4_SRC_MASK: u16 = 28;
        /// `key-enc-ipv4-dst` (u32).
        pub const KEY_ENC_IPV4_DST: u16 = 29;
        /// `key-enc-ipv4-dst-mask` (u32).
        pub const KEY_ENC_IPV4_DST_MASK: u16 = 30;
        /// `key-enc-ipv6-src` (binary).
        pub const KEY_ENC_IPV6_SRC: u16 = 31;
        /// `key-enc-ipv6-src-mask` (binary).
        pub const KEY_ENC_IPV6_SRC_MASK: u16 = 32;
        /// `key-enc-ipv6-dst` (binary).
        pub const KEY_ENC_IPV6_DST: u16 = 33;
        /// `key-enc-ipv6-dst-mask` (binary).
        pub const KEY_ENC_IPV6_DST_MASK: u16 = 34;
        /// `key-tcp-src-mask` (u16).
        pub const KEY_TCP_SRC_MASK: u16 = 35;
        /// `key-tcp-dst-mask` (u16).
        pub const KEY_TCP_DST_MASK: u16 = 36;
        /// `key-udp-src-mask` (u16).
        pub const KEY_UDP_SRC_MASK: u16 = 37;
        /// `key-udp-dst-mask` (u16).
        pub const KEY_UDP_DST_MASK: u16 = 38;
        /// `key-sctp-src-mask` (u16).
        pub const KEY_SCTP_SRC_MASK: u16 = 39;
        /// `key-sctp-dst-mask` (u16).
        pub const KEY_SCTP_DST_MASK: u16 = 40;
        /// `key-sctp-src` (u16).
        pub const KEY_SCTP_SRC: u16 = 41;
        /// `key-sctp-dst` (u16).
        pub const KEY_SCTP_DST: u16 = 42;
        /// `key-enc-udp-src-port` (u16).
        pub const KEY_ENC_UDP_SRC_PORT: u16 = 43;
        /// `key-enc-udp-src-port-mask` (u16).
        pub const KEY_ENC_UDP_SRC_PORT_MASK: u16 = 44;
        /// `key-enc-udp-dst-port` (u16).
        pub const KEY_ENC_UDP_DST_PORT: u16 = 45;
        /// `key-enc-udp-dst-port-mask` (u16).
        pub const KEY_ENC_UDP_DST_PORT_MASK: u16 = 46;
        /// `key-flags` (u32).
        pub const KEY_FLAGS: u16 = 47;
        /// `key-flags-mask` (u32).
        pub const KEY_FLAGS_MASK: u16 = 48;
        /// `key-icmpv4-code` (u8).
        pub const KEY_ICMPV4_CODE: u16 = 49;
        /// `key-icmpv4-code-mask` (u8).
        pub const KEY_ICMPV4_CODE_MASK: u16 = 50;
        /// `key-icmpv4-type` (u8).
        pub const KEY_ICMPV4_TYPE: u16 = 51;
        /// `key-icmpv4-type-mask` (u8).
        pub const KEY_ICMPV4_TYPE_MASK: u16 = 52;
        /// `key-icmpv6-code` (u8).
        pub const KEY_ICMPV6_CODE: u16 = 53;
        /// `key-icmpv6-code-mask` (u8).
        pub const KEY_ICMPV6_CODE_MASK: u16 = 54;
        /// `key-icmpv6-type` (u8).
        pub const KEY_ICMPV6_TYPE: u16 = 55;
        /// `key-icmpv6-type-mask` (u8).
        pub const KEY_ICMPV6_TYPE_MASK: u16 = 56;
        /// `key-arp-sip` (u32).
        pub const KEY_ARP_SIP: u16 = 57;
        /// `key-arp-sip-mask` (u32).
        pub const KEY_ARP_SIP_MASK: u16 = 58;
        /// `key-arp-tip` (u32).
        pub const KEY_ARP_TIP: u16 = 59;
        /// `key-arp-tip-mask` (u32).
        pub const KEY_ARP_TIP_MASK: u16 = 60;
        /// `key-arp-op` (u8).
        pub const KEY_ARP_OP: u16 = 61;
        /// `key-arp-op-mask` (u8).
        pub const KEY_ARP_OP_MASK: u16 = 62;
        /// `key-arp-sha` (binary).
        pub const KEY_ARP_SHA: u16 = 63;
        /// `key-arp-sha-mask` (binary).
        pub const KEY_ARP_SHA_MASK: u16 = 64;
        /// `key-arp-tha` (binary).
        pub const KEY_ARP_THA: u16 = 65;
        /// `key-arp-tha-mask` (binary).
        pub const KEY_ARP_THA_MASK: u16 = 66;
        /// `key-mpls-ttl` (u8).
        pub const KEY_MPLS_TTL: u16 = 67;
        /// `key-mpls-bos` (u8).
        pub const KEY_MPLS_BOS: u16 = 68;
        /// `key-mpls-tc` (u8).
        pub const KEY_MPLS_TC: u16 = 69;
        /// `key-mpls-label` (u32).
        pub const KEY_MPLS_LABEL: u16 = 70;
        /// `key-tcp-flags` (u16).
        pub const KEY_TCP_FLAGS: u16 = 71;
        /// `key-tcp-flags-mask` (u16).
        pub const KEY_TCP_FLAGS_MASK: u16 = 72;
        /// `key-ip-tos` (u8).
        pub const KEY_IP_TOS: u16 = 73;
        /// `key-ip-tos-mask` (u8).
        pub const KEY_IP_TOS_MASK: u16 = 74;
        /// `key-ip-ttl` (u8).
        pub const KEY_IP_TTL: u16 = 75;
        /// `key-ip-ttl-mask` (u8).
        pub const KEY_IP_TTL_MASK: u16 = 76;
        /// `key-cvlan-id` (u16).
        pub const KEY_CVLAN_ID: u16 = 77;
        /// `key-cvlan-prio` (u8).
        pub const KEY_CVLAN_PRIO: u16 = 78;
        /// `key-cvlan-eth-type` (u16).
        pub const KEY_CVLAN_ETH_TYPE: u16 = 79;
        /// `key-enc-ip-tos` (u8).
        pub const KEY_ENC_IP_TOS: u16 = 80;
        /// `key-enc-ip-tos-mask` (u8).
        pub const KEY_ENC_IP_TOS_MASK: u16 = 81;
        /// `key-enc-ip-ttl` (u8).
        pub const KEY_ENC_IP_TTL: u16 = 82;
        /// `key-enc-ip-ttl-mask` (u8).
        pub const KEY_ENC_IP_TTL_MASK: u16 = 83;
        /// `key-enc-opts` (nest).
        pub const KEY_ENC_OPTS: u16 = 84;
        /// `key-enc-opts-mask` (nest).
        pub const KEY_ENC_OPTS_MASK: u16 = 85;
        /// `in-hw-count` (u32).
        pub const IN_HW_COUNT: u16 = 86;
        /// `key-port-src-min` (u16).
        pub const KEY_PORT_SRC_MIN: u16 = 87;
        /// `key-port-src-max` (u16).
        pub const KEY_PORT_SRC_MAX: u16 = 88;
        /// `key-port-dst-min` (u16).
        pub const KEY_PORT_DST_MIN: u16 = 89;
        /// `key-port-dst-max` (u16).
        pub const KEY_PORT_DST_MAX: u16 = 90;
        /// `key-ct-state` (u16).
        pub const KEY_CT_STATE: u16 = 91;
        /// `key-ct-state-mask` (u16).
        pub const KEY_CT_STATE_MASK: u16 = 92;
        /// `key-ct-zone` (u16).
        pub const KEY_CT_ZONE: u16 = 93;
        /// `key-ct-zone-mask` (u16).
        pub const KEY_CT_ZONE_MASK: u16 = 94;
        /// `key-ct-mark` (u32).
        pub const KEY_CT_MARK: u16 = 95;
        /// `key-ct-mark-mask` (u32).
        pub const KEY_CT_MARK_MASK: u16 = 96;
        /// `key-ct-labels` (binary).
        pub const KEY_CT_LABELS: u16 = 97;
        /// `key-ct-labels-mask` (binary).
        pub const KEY_CT_LABELS_MASK: u16 = 98;
        /// `key-mpls-opts` (nest).
        pub const KEY_MPLS_OPTS: u16 = 99;
        /// `key-hash` (u32).
        pub const KEY_HASH: u16 = 100;
        /// `key-hash-mask` (u32).
        pub const KEY_HASH_MASK: u16 = 101;
        /// `key-num-of-vlans` (u8).
        pub const KEY_NUM_OF_VLANS: u16 = 102;
        /// `key-pppoe-sid` (u16).
        pub const KEY_PPPOE_SID: u16 = 103;
        /// `key-ppp-proto` (u16).
        pub const KEY_PPP_PROTO: u16 = 104;
        /// `key-l2tpv3-sid` (u32).
        pub const KEY_L2TPV3_SID: u16 = 105;
        /// `l2-miss` (u8).
        pub const L2_MISS: u16 = 106;
        /// `key-cfm` (nest).
        pub const KEY_CFM: u16 = 107;
        /// `key-spi` (u32).
        pub const KEY_SPI: u16 = 108;
        /// `key-spi-mask` (u32).
        pub const KEY_SPI_MASK: u16 = 109;
        /// `key-enc-flags` (u32).
        pub const KEY_ENC_FLAGS: u16 = 110;
        /// `key-enc-flags-mask` (u32).
        pub const KEY_ENC_FLAGS_MASK: u16 = 111;
    }

    /// The attributes of `tc-flower-key-enc-opts-attrs`.
    pub mod tc_flower_key_enc_opts_attrs {
        /// `geneve` (nest).
        pub const GENEVE: u16 = 1;
        /// `vxlan` (nest).
        pub const VXLAN: u16 = 2;
        /// `erspan` (nest).
        pub const ERSPAN: u16 = 3;
        /// `gtp` (nest).
        pub const GTP: u16 = 4;
    }

    /// The attributes of `tc-flower-key-enc-opt-geneve-attrs`.
    pub mod tc_flower_key_enc_opt_geneve_attrs {
        /// `class` (u16).
        pub const CLASS: u16 = 1;
        /// `type` (u8).
        pub const TYPE: u16 = 2;
        /// `data` (binary).
        pub const DATA: u16 = 3;
    }

    /// The attributes of `tc-flower-key-enc-opt-vxlan-attrs`.
    pub mod tc_flower_key_enc_opt_vxlan_attrs {
        /// `gbp` (u32).
        pub const GBP: u16 = 1;
    }

    /// The attributes of `tc-flower-key-enc-opt-erspan-attrs`.
    pub mod tc_flower_key_enc_opt_erspan_attrs {
        /// `ver` (u8).
        pub const VER: u16 = 1;
        /// `index` (u32).
        pub const INDEX: u16 = 2;
        /// `dir` (u8).
        pub const DIR: u16 = 3;
        /// `hwid` (u8).
        pub const HWID: u16 = 4;
    }

    /// The attributes of `tc-flower-key-enc-opt-gtp-attrs`.
    pub mod tc_flower_key_enc_opt_gtp_attrs {
        /// `pdu-type` (u8).
        pub const PDU_TYPE: u16 = 1;
        /// `qfi` (u8).
        pub const QFI: u16 = 2;
    }

    /// The attributes of `tc-flower-key-mpls-opt-attrs`.
    pub mod tc_flower_key_mpls_opt_attrs {
        /// `lse-depth` (u8).
        pub const LSE_DEPTH: u16 = 1;
        /// `lse-ttl` (u8).
        pub const LSE_TTL: u16 = 2;
        /// `lse-bos` (u8).
        pub const LSE_BOS: u16 = 3;
        /// `lse-tc` (u8).
        pub const LSE_TC: u16 = 4;
        /// `lse-label` (u32).
        pub const LSE_LABEL: u16 = 5;
    }

    /// The attributes of `tc-flower-key-cfm-attrs`.
    pub mod tc_flower_key_cfm_attrs {
        /// `md-level` (u8).
        pub const MD_LEVEL: u16 = 1;
        /// `opcode` (u8).
        pub const OPCODE: u16 = 2;
    }

    /// The attributes of `tc-fw-attrs`.
    pub mod tc_fw_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `police` (nest).
        pub const POLICE: u16 = 2;
        /// `indev` (string).
        pub const INDEV: u16 = 3;
        /// `act` (indexed-array).
        pub const ACT: u16 = 4;
        /// `mask` (u32).
        pub const MASK: u16 = 5;
    }

    /// The attributes of `tc-gred-attrs`.
    pub mod tc_gred_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `stab` (binary).
        pub const STAB: u16 = 2;
        /// `dps` (binary).
        pub const DPS: u16 = 3;
        /// `max-p` (binary).
        pub const MAX_P: u16 = 4;
        /// `limit` (u32).
        pub const LIMIT: u16 = 5;
        /// `vq-list` (nest).
        pub const VQ_LIST: u16 = 6;
    }

    /// The attributes of `tca-gred-vq-list-attrs`.
    pub mod tca_gred_vq_list_attrs {
        /// `entry` (nest).
        pub const ENTRY: u16 = 1;
    }

    /// The attributes of `tca-gred-vq-entry-attrs`.
    pub mod tca_gred_vq_entry_attrs {
        /// `pad` (pad).
        pub const PAD: u16 = 1;
        /// `dp` (u32).
        pub const DP: u16 = 2;
        /// `stat-bytes` (u64).
        pub const STAT_BYTES: u16 = 3;
        /// `stat-packets` (u32).
        pub const STAT_PACKETS: u16 = 4;
        /// `stat-backlog` (u32).
        pub const STAT_BACKLOG: u16 = 5;
        /// `stat-prob-drop` (u32).
        pub const STAT_PROB_DROP: u16 = 6;
        /// `stat-prob-mark` (u32).
        pub const STAT_PROB_MARK: u16 = 7;
        /// `stat-forced-drop` (u32).
        pub const STAT_FORCED_DROP: u16 = 8;
        /// `stat-forced-mark` (u32).
        pub const STAT_FORCED_MARK: u16 = 9;
        /// `stat-pdrop` (u32).
        pub const STAT_PDROP: u16 = 10;
        /// `stat-other` (u32).
        pub const STAT_OTHER: u16 = 11;
        /// `flags` (u32).
        pub const FLAGS: u16 = 12;
    }

    /// The attributes of `tc-hfsc-attrs`.
    pub mod tc_hfsc_attrs {
        /// `rsc` (binary).
        pub const RSC: u16 = 1;
        /// `fsc` (binary).
        pub const FSC: u16 = 2;
        /// `usc` (binary).
        pub const USC: u16 = 3;
    }

    /// The attributes of `tc-hhf-attrs`.
    pub mod tc_hhf_attrs {
        /// `backlog-limit` (u32).
        pub const BACKLOG_LIMIT: u16 = 1;
        /// `quantum` (u32).
        pub const QUANTUM: u16 = 2;
        /// `hh-flows-limit` (u32).
        pub const HH_FLOWS_LIMIT: u16 = 3;
        /// `reset-timeout` (u32).
        pub const RESET_TIMEOUT: u16 = 4;
        /// `admit-bytes` (u32).
        pub const ADMIT_BYTES: u16 = 5;
        /// `evict-timeout` (u32).
        pub const EVICT_TIMEOUT: u16 = 6;
        /// `non-hh-weight` (u32).
        pub const NON_HH_WEIGHT: u16 = 7;
    }

    /// The attributes of `tc-htb-attrs`.
    pub mod tc_htb_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `init` (binary).
        pub const INIT: u16 = 2;
        /// `ctab` (binary).
        pub const CTAB: u16 = 3;
        /// `rtab` (binary).
        pub const RTAB: u16 = 4;
        /// `direct-qlen` (u32).
        pub const DIRECT_QLEN: u16 = 5;
        /// `rate64` (u64).
        pub const RATE64: u16 = 6;
        /// `ceil64` (u64).
        pub const CEIL64: u16 = 7;
        /// `pad` (pad).
        pub const PAD: u16 = 8;
        /// `offload` (flag).
        pub const OFFLOAD: u16 = 9;
    }

    /// The attributes of `tc-matchall-attrs`.
    pub mod tc_matchall_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `act` (indexed-array).
        pub const ACT: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
        /// `pcnt` (binary).
        pub const PCNT: u16 = 4;
        /// `pad` (pad).
        pub const PAD: u16 = 5;
    }

    /// The attributes of `tc-etf-attrs`.
    pub mod tc_etf_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
    }

    /// The attributes of `tc-ets-attrs`.
    pub mod tc_ets_attrs {
        /// `nbands` (u8).
        pub const NBANDS: u16 = 1;
        /// `nstrict` (u8).
        pub const NSTRICT: u16 = 2;
        /// `quanta` (nest).
        pub const QUANTA: u16 = 3;
        /// `quanta-band` (u32).
        pub const QUANTA_BAND: u16 = 4;
        /// `priomap` (nest).
        pub const PRIOMAP: u16 = 5;
        /// `priomap-band` (u8).
        pub const PRIOMAP_BAND: u16 = 6;
    }

    /// The attributes of `tc-fq-attrs`.
    pub mod tc_fq_attrs {
        /// `plimit` (u32).
        pub const PLIMIT: u16 = 1;
        /// `flow-plimit` (u32).
        pub const FLOW_PLIMIT: u16 = 2;
        /// `quantum` (u32).
        pub const QUANTUM: u16 = 3;
        /// `initial-quantum` (u32).
        pub const INITIAL_QUANTUM: u16 = 4;
        /// `rate-enable` (u32).
        pub const RATE_ENABLE: u16 = 5;
        /// `flow-default-rate` (u32).
        pub const FLOW_DEFAULT_RATE: u16 = 6;
        /// `flow-max-rate` (u32).
        pub const FLOW_MAX_RATE: u16 = 7;
        /// `buckets-log` (u32).
        pub const BUCKETS_LOG: u16 = 8;
        /// `flow-refill-delay` (u32).
        pub const FLOW_REFILL_DELAY: u16 = 9;
        /// `orphan-mask` (u32).
        pub const ORPHAN_MASK: u16 = 10;
        /// `low-rate-threshold` (u32).
        pub const LOW_RATE_THRESHOLD: u16 = 11;
        /// `ce-threshold` (u32).
        pub const CE_THRESHOLD: u16 = 12;
        /// `timer-slack` (u32).
        pub const TIMER_SLACK: u16 = 13;
        /// `horizon` (u32).
        pub const HORIZON: u16 = 14;
        /// `horizon-drop` (u8).
        pub const HORIZON_DROP: u16 = 15;
        /// `priomap` (binary).
        pub const PRIOMAP: u16 = 16;
        /// `weights` (binary).
        pub const WEIGHTS: u16 = 17;
    }

    /// The attributes of `tc-fq-codel-attrs`.
    pub mod tc_fq_codel_attrs {
        /// `target` (u32).
        pub const TARGET: u16 = 1;
        /// `limit` (u32).
        pub const LIMIT: u16 = 2;
        /// `interval` (u32).
        pub const INTERVAL: u16 = 3;
        /// `ecn` (u32).
        pub const ECN: u16 = 4;
        /// `flows` (u32).
        pub const FLOWS: u16 = 5;
        /// `quantum` (u32).
        pub const QUANTUM: u16 = 6;
        /// `ce-threshold` (u32).
        pub const CE_THRESHOLD: u16 = 7;
        /// `drop-batch-size` (u32).
        pub const DROP_BATCH_SIZE: u16 = 8;
        /// `memory-limit` (u32).
        pub const MEMORY_LIMIT: u16 = 9;
        /// `ce-threshold-selector` (u8).
        pub const CE_THRESHOLD_SELECTOR: u16 = 10;
        /// `ce-threshold-mask` (u8).
        pub const CE_THRESHOLD_MASK: u16 = 11;
    }

    /// The attributes of `tc-fq-pie-attrs`.
    pub mod tc_fq_pie_attrs {
        /// `limit` (u32).
        pub const LIMIT: u16 = 1;
        /// `flows` (u32).
        pub const FLOWS: u16 = 2;
        /// `target` (u32).
        pub const TARGET: u16 = 3;
        /// `tupdate` (u32).
        pub const TUPDATE: u16 = 4;
        /// `alpha` (u32).
        pub const ALPHA: u16 = 5;
        /// `beta` (u32).
        pub const BETA: u16 = 6;
        /// `quantum` (u32).
        pub const QUANTUM: u16 = 7;
        /// `memory-limit` (u32).
        pub const MEMORY_LIMIT: u16 = 8;
        /// `ecn-prob` (u32).
        pub const ECN_PROB: u16 = 9;
        /// `ecn` (u32).
        pub const ECN: u16 = 10;
        /// `bytemode` (u32).
        pub const BYTEMODE: u16 = 11;
        /// `dq-rate-estimator` (u32).
        pub const DQ_RATE_ESTIMATOR: u16 = 12;
    }

    /// The attributes of `tc-netem-attrs`.
    pub mod tc_netem_attrs {
        /// `corr` (binary).
        pub const CORR: u16 = 1;
        /// `delay-dist` (binary).
        pub const DELAY_DIST: u16 = 2;
        /// `reorder` (binary).
        pub const REORDER: u16 = 3;
        /// `corrupt` (binary).
        pub const CORRUPT: u16 = 4;
        /// `loss` (nest).
        pub const LOSS: u16 = 5;
        /// `rate` (binary).
        pub const RATE: u16 = 6;
        /// `ecn` (u32).
        pub const ECN: u16 = 7;
        /// `rate64` (u64).
        pub const RATE64: u16 = 8;
        /// `pad` (u32).
        pub const PAD: u16 = 9;
        /// `latency64` (s64).
        pub const LATENCY64: u16 = 10;
        /// `jitter64` (s64).
        pub const JITTER64: u16 = 11;
        /// `slot` (binary).
        pub const SLOT: u16 = 12;
        /// `slot-dist` (binary).
        pub const SLOT_DIST: u16 = 13;
        /// `prng-seed` (u64).
        pub const PRNG_SEED: u16 = 14;
    }

    /// The attributes of `tc-netem-loss-attrs`.
    pub mod tc_netem_loss_attrs {
        /// `gi` (binary).
        pub const GI: u16 = 1;
        /// `ge` (binary).
        pub const GE: u16 = 2;
    }

    /// The attributes of `tc-pie-attrs`.
    pub mod tc_pie_attrs {
        /// `target` (u32).
        pub const TARGET: u16 = 1;
        /// `limit` (u32).
        pub const LIMIT: u16 = 2;
        /// `tupdate` (u32).
        pub const TUPDATE: u16 = 3;
        /// `alpha` (u32).
        pub const ALPHA: u16 = 4;
        /// `beta` (u32).
        pub const BETA: u16 = 5;
        /// `ecn` (u32).
        pub const ECN: u16 = 6;
        /// `bytemode` (u32).
        pub const BYTEMODE: u16 = 7;
        /// `dq-rate-estimator` (u32).
        pub const DQ_RATE_ESTIMATOR: u16 = 8;
    }

    /// The attributes of `tc-police-attrs`.
    pub mod tc_police_attrs {
        /// `tbf` (binary).
        pub const TBF: u16 = 1;
        /// `rate` (binary).
        pub const RATE: u16 = 2;
        /// `peakrate` (binary).
        pub const PEAKRATE: u16 = 3;
        /// `avrate` (u32).
        pub const AVRATE: u16 = 4;
        /// `result` (u32).
        pub const RESULT: u16 = 5;
        /// `tm` (binary).
        pub const TM: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `rate64` (u64).
        pub const RATE64: u16 = 8;
        /// `peakrate64` (u64).
        pub const PEAKRATE64: u16 = 9;
        /// `pktrate64` (u64).
        pub const PKTRATE64: u16 = 10;
        /// `pktburst64` (u64).
        pub const PKTBURST64: u16 = 11;
    }

    /// The attributes of `tc-qfq-attrs`.
    pub mod tc_qfq_attrs {
        /// `weight` (u32).
        pub const WEIGHT: u16 = 1;
        /// `lmax` (u32).
        pub const LMAX: u16 = 2;
    }

    /// The attributes of `tc-red-attrs`.
    pub mod tc_red_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `stab` (binary).
        pub const STAB: u16 = 2;
        /// `max-p` (u32).
        pub const MAX_P: u16 = 3;
        /// `flags` (bitfield32).
        pub const FLAGS: u16 = 4;
        /// `early-drop-block` (u32).
        pub const EARLY_DROP_BLOCK: u16 = 5;
        /// `mark-block` (u32).
        pub const MARK_BLOCK: u16 = 6;
    }

    /// The attributes of `tc-route-attrs`.
    pub mod tc_route_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `to` (u32).
        pub const TO: u16 = 2;
        /// `from` (u32).
        pub const FROM: u16 = 3;
        /// `iif` (u32).
        pub const IIF: u16 = 4;
        /// `police` (nest).
        pub const POLICE: u16 = 5;
        /// `act` (indexed-array).
        pub const ACT: u16 = 6;
    }

    /// The attributes of `tc-taprio-attrs`.
    pub mod tc_taprio_attrs {
        /// `priomap` (binary).
        pub const PRIOMAP: u16 = 1;
        /// `sched-entry-list` (nest).
        pub const SCHED_ENTRY_LIST: u16 = 2;
        /// `sched-base-time` (s64).
        pub const SCHED_BASE_TIME: u16 = 3;
        /// `sched-single-entry` (nest).
        pub const SCHED_SINGLE_ENTRY: u16 = 4;
        /// `sched-clockid` (s32).
        pub const SCHED_CLOCKID: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `admin-sched` (binary).
        pub const ADMIN_SCHED: u16 = 7;
        /// `sched-cycle-time` (s64).
        pub const SCHED_CYCLE_TIME: u16 = 8;
        /// `sched-cycle-time-extension` (s64).
        pub const SCHED_CYCLE_TIME_EXTENSION: u16 = 9;
        /// `flags` (u32).
        pub const FLAGS: u16 = 10;
        /// `txtime-delay` (u32).
        pub const TXTIME_DELAY: u16 = 11;
        /// `tc-entry` (nest).
        pub const TC_ENTRY: u16 = 12;
    }

    /// The attributes of `tc-taprio-sched-entry-list`.
    pub mod tc_taprio_sched_entry_list {
        /// `entry` (nest).
        pub const ENTRY: u16 = 1;
    }

    /// The attributes of `tc-taprio-sched-entry`.
    pub mod tc_taprio_sched_entry {
        /// `index` (u32).
        pub const INDEX: u16 = 1;
        /// `cmd` (u8).
        pub const CMD: u16 = 2;
        /// `gate-mask` (u32).
        pub const GATE_MASK: u16 = 3;
        /// `interval` (u32).
        pub const INTERVAL: u16 = 4;
    }

    /// The attributes of `tc-taprio-tc-entry-attrs`.
    pub mod tc_taprio_tc_entry_attrs {
        /// `index` (u32).
        pub const INDEX: u16 = 1;
        /// `max-sdu` (u32).
        pub const MAX_SDU: u16 = 2;
        /// `fp` (u32).
        pub const FP: u16 = 3;
    }

    /// The attributes of `tc-tbf-attrs`.
    pub mod tc_tbf_attrs {
        /// `parms` (binary).
        pub const PARMS: u16 = 1;
        /// `rtab` (binary).
        pub const RTAB: u16 = 2;
        /// `ptab` (binary).
        pub const PTAB: u16 = 3;
        /// `rate64` (u64).
        pub const RATE64: u16 = 4;
        /// `prate64` (u64).
        pub const PRATE64: u16 = 5;
        /// `burst` (u32).
        pub const BURST: u16 = 6;
        /// `pburst` (u32).
        pub const PBURST: u16 = 7;
        /// `pad` (pad).
        pub const PAD: u16 = 8;
    }

    /// The attributes of `tc-act-sample-attrs`.
    pub mod tc_act_sample_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `rate` (u32).
        pub const RATE: u16 = 3;
        /// `trunc-size` (u32).
        pub const TRUNC_SIZE: u16 = 4;
        /// `psample-group` (u32).
        pub const PSAMPLE_GROUP: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
    }

    /// The attributes of `tc-act-gact-attrs`.
    pub mod tc_act_gact_attrs {
        /// `tm` (binary).
        pub const TM: u16 = 1;
        /// `parms` (binary).
        pub const PARMS: u16 = 2;
        /// `prob` (binary).
        pub const PROB: u16 = 3;
        /// `pad` (pad).
        pub const PAD: u16 = 4;
    }

    /// The attributes of `tca-stab-attrs`.
    pub mod tca_stab_attrs {
        /// `base` (binary).
        pub const BASE: u16 = 1;
        /// `data` (binary).
        pub const DATA: u16 = 2;
    }

    /// The attributes of `tca-stats-attrs`.
    pub mod tca_stats_attrs {
        /// `basic` (binary).
        pub const BASIC: u16 = 1;
        /// `rate-est` (binary).
        pub const RATE_EST: u16 = 2;
        /// `queue` (binary).
        pub const QUEUE: u16 = 3;
        /// `app` (sub-message).
        pub const APP: u16 = 4;
        /// `rate-est64` (binary).
        pub const RATE_EST64: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `basic-hw` (binary).
        pub const BASIC_HW: u16 = 7;
        /// `pkt64` (u64).
        pub const PKT64: u16 = 8;
    }

    /// The attributes of `tc-u32-attrs`.
    pub mod tc_u32_attrs {
        /// `classid` (u32).
        pub const CLASSID: u16 = 1;
        /// `hash` (u32).
        pub const HASH: u16 = 2;
        /// `link` (u32).
        pub const LINK: u16 = 3;
        /// `divisor` (u32).
        pub const DIVISOR: u16 = 4;
        /// `sel` (binary).
        pub const SEL: u16 = 5;
        /// `police` (nest).
        pub const POLICE: u16 = 6;
        /// `act` (indexed-array).
        pub const ACT: u16 = 7;
        /// `indev` (string).
        pub const INDEV: u16 = 8;
        /// `pcnt` (binary).
        pub const PCNT: u16 = 9;
        /// `mark` (binary).
        pub const MARK: u16 = 10;
        /// `flags` (u32).
        pub const FLAGS: u16 = 11;
        /// `pad` (pad).
        pub const PAD: u16 = 12;
    }
}

crate::attribute_set! {
    /// The attribute set `tc-attrs`.
    pub struct TcAttrs {}
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_attrs::OPTIONS,
        /// `stats`.
        pub stats: codec::StructTrailing<TcStats> = attrs::tc_attrs::STATS,
        /// `xstats`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcaStatsAppMsg::parse`].
        pub xstats: codec::Bytes = attrs::tc_attrs::XSTATS,
        /// `rate`.
        pub rate: codec::StructTrailing<GnetEstimator> = attrs::tc_attrs::RATE,
        /// `fcnt`.
        pub fcnt: codec::U32 = attrs::tc_attrs::FCNT,
        /// `stats2`.
        pub stats2: codec::Nested<TcaStatsAttrs> = attrs::tc_attrs::STATS2,
        /// `stab`.
        pub stab: codec::Nested<TcaStabAttrs> = attrs::tc_attrs::STAB,
        /// `dump-invisible`.
        pub dump_invisible: codec::Flag = attrs::tc_attrs::DUMP_INVISIBLE,
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `hw-offload`.
        pub hw_offload: codec::U8 = attrs::tc_attrs::HW_OFFLOAD,
        /// `ingress-block`.
        pub ingress_block: codec::U32 = attrs::tc_attrs::INGRESS_BLOCK,
        /// `egress-block`.
        pub egress_block: codec::U32 = attrs::tc_attrs::EGRESS_BLOCK,
        /// `dump-flags`.
        pub dump_flags: codec::Struct<codec::Bitfield32> = attrs::tc_attrs::DUMP_FLAGS,
        /// `ext-warn-msg`.
        pub ext_warn_msg: codec::Str = attrs::tc_attrs::EXT_WARN_MSG,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-attrs`.
    pub struct TcActAttrs {}
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_act_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcActOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_act_attrs::OPTIONS,
        /// `index`.
        pub index: codec::U32 = attrs::tc_act_attrs::INDEX,
        /// `stats`.
        pub stats: codec::Nested<TcActStatsAttrs> = attrs::tc_act_attrs::STATS,
        /// `cookie`.
        pub cookie: codec::Bytes = attrs::tc_act_attrs::COOKIE,
        /// `flags`.
        pub flags: codec::Struct<codec::Bitfield32> = attrs::tc_act_attrs::FLAGS,
        /// `hw-stats`.
        pub hw_stats: codec::Struct<codec::Bitfield32> = attrs::tc_act_attrs::HW_STATS,
        /// `used-hw-stats`.
        pub used_hw_stats: codec::Struct<codec::Bitfield32> = attrs::tc_act_attrs::USED_HW_STATS,
        /// `in-hw-count`.
        pub in_hw_count: codec::U32 = attrs::tc_act_attrs::IN_HW_COUNT,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-stats-attrs`.
    pub struct TcActStatsAttrs {}
    attributes {
        /// `basic`.
        pub basic: codec::StructTrailing<GnetStatsBasic> = attrs::tc_act_stats_attrs::BASIC,
        /// `rate-est`.
        pub rate_est: codec::StructTrailing<GnetStatsRateEst> = attrs::tc_act_stats_attrs::RATE_EST,
        /// `queue`.
        pub queue: codec::StructTrailing<GnetStatsQueue> = attrs::tc_act_stats_attrs::QUEUE,
        /// `app`.
        pub app: codec::Bytes = attrs::tc_act_stats_attrs::APP,
        /// `rate-est64`.
        pub rate_est64: codec::StructTrailing<GnetStatsRateEst64> = attrs::tc_act_stats_attrs::RATE_EST64,
        /// `basic-hw`.
        pub basic_hw: codec::StructTrailing<GnetStatsBasic> = attrs::tc_act_stats_attrs::BASIC_HW,
        /// `pkt64`.
        pub pkt64: codec::U64 = attrs::tc_act_stats_attrs::PKT64,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-bpf-attrs`.
    pub struct TcActBpfAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_bpf_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_bpf_attrs::PARMS,
        /// `ops-len`.
        pub ops_len: codec::U16 = attrs::tc_act_bpf_attrs::OPS_LEN,
        /// `ops`.
        pub ops: codec::Bytes = attrs::tc_act_bpf_attrs::OPS,
        /// `fd`.
        pub fd: codec::U32 = attrs::tc_act_bpf_attrs::FD,
        /// `name`.
        pub name: codec::Str = attrs::tc_act_bpf_attrs::NAME,
        /// `tag`.
        pub tag: codec::Bytes = attrs::tc_act_bpf_attrs::TAG,
        /// `id`.
        pub id: codec::Bytes = attrs::tc_act_bpf_attrs::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-connmark-attrs`.
    pub struct TcActConnmarkAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_connmark_attrs::PARMS,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_connmark_attrs::TM,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-csum-attrs`.
    pub struct TcActCsumAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_csum_attrs::PARMS,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_csum_attrs::TM,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-ct-attrs`.
    pub struct TcActCtAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_ct_attrs::PARMS,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_ct_attrs::TM,
        /// `action`.
        pub action: codec::U16 = attrs::tc_act_ct_attrs::ACTION,
        /// `zone`.
        pub zone: codec::U16 = attrs::tc_act_ct_attrs::ZONE,
        /// `mark`.
        pub mark: codec::U32 = attrs::tc_act_ct_attrs::MARK,
        /// `mark-mask`.
        pub mark_mask: codec::U32 = attrs::tc_act_ct_attrs::MARK_MASK,
        /// `labels`.
        pub labels: codec::Bytes = attrs::tc_act_ct_attrs::LABELS,
        /// `labels-mask`.
        pub labels_mask: codec::Bytes = attrs::tc_act_ct_attrs::LABELS_MASK,
        /// `nat-ipv4-min`.
        pub nat_ipv4_min: codec::U32Be = attrs::tc_act_ct_attrs::NAT_IPV4_MIN,
        /// `nat-ipv4-max`.
        pub nat_ipv4_max: codec::U32Be = attrs::tc_act_ct_attrs::NAT_IPV4_MAX,
        /// `nat-ipv6-min`.
        pub nat_ipv6_min: codec::Bytes = attrs::tc_act_ct_attrs::NAT_IPV6_MIN,
        /// `nat-ipv6-max`.
        pub nat_ipv6_max: codec::Bytes = attrs::tc_act_ct_attrs::NAT_IPV6_MAX,
        /// `nat-port-min`.
        pub nat_port_min: codec::U16Be = attrs::tc_act_ct_attrs::NAT_PORT_MIN,
        /// `nat-port-max`.
        pub nat_port_max: codec::U16Be = attrs::tc_act_ct_attrs::NAT_PORT_MAX,
        /// `helper-name`.
        pub helper_name: codec::Str = attrs::tc_act_ct_attrs::HELPER_NAME,
        /// `helper-family`.
        pub helper_family: codec::U8 = attrs::tc_act_ct_attrs::HELPER_FAMILY,
        /// `helper-proto`.
        pub helper_proto: codec::U8 = attrs::tc_act_ct_attrs::HELPER_PROTO,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-ctinfo-attrs`.
    pub struct TcActCtinfoAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_ctinfo_attrs::TM,
        /// `act`.
        pub act: codec::Bytes = attrs::tc_act_ctinfo_attrs::ACT,
        /// `zone`.
        pub zone: codec::U16 = attrs::tc_act_ctinfo_attrs::ZONE,
        /// `parms-dscp-mask`.
        pub parms_dscp_mask: codec::U32 = attrs::tc_act_ctinfo_attrs::PARMS_DSCP_MASK,
        /// `parms-dscp-statemask`.
        pub parms_dscp_statemask: codec::U32 = attrs::tc_act_ctinfo_attrs::PARMS_DSCP_STATEMASK,
        /// `parms-cpmark-mask`.
        pub parms_cpmark_mask: codec::U32 = attrs::tc_act_ctinfo_attrs::PARMS_CPMARK_MASK,
        /// `stats-dscp-set`.
        pub stats_dscp_set: codec::U64 = attrs::tc_act_ctinfo_attrs::STATS_DSCP_SET,
        /// `stats-dscp-error`.
        pub stats_dscp_error: codec::U64 = attrs::tc_act_ctinfo_attrs::STATS_DSCP_ERROR,
        /// `stats-cpmark-set`.
        pub stats_cpmark_set: codec::U64 = attrs::tc_act_ctinfo_attrs::STATS_CPMARK_SET,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-gate-attrs`.
    pub struct TcActGateAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_gate_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_gate_attrs::PARMS,
        /// `priority`.
        pub priority: codec::I32 = attrs::tc_act_gate_attrs::PRIORITY,
        /// `entry-list`.
        pub entry_list: codec::Bytes = attrs::tc_act_gate_attrs::ENTRY_LIST,
        /// `base-time`.
        pub base_time: codec::U64 = attrs::tc_act_gate_attrs::BASE_TIME,
        /// `cycle-time`.
        pub cycle_time: codec::U64 = attrs::tc_act_gate_attrs::CYCLE_TIME,
        /// `cycle-time-ext`.
        pub cycle_time_ext: codec::U64 = attrs::tc_act_gate_attrs::CYCLE_TIME_EXT,
        /// `flags`.
        pub flags: codec::U32 = attrs::tc_act_gate_attrs::FLAGS,
        /// `clockid`.
        pub clockid: codec::I32 = attrs::tc_act_gate_attrs::CLOCKID,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-ife-attrs`.
    pub struct TcActIfeAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_ife_attrs::PARMS,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_ife_attrs::TM,
        /// `dmac`.
        pub dmac: codec::Bytes = attrs::tc_act_ife_attrs::DMAC,
        /// `smac`.
        pub smac: codec::Bytes = attrs::tc_act_ife_attrs::SMAC,
        /// `type`.
        pub type_: codec::U16 = attrs::tc_act_ife_attrs::TYPE,
        /// `metalst`.
        pub metalst: codec::Bytes = attrs::tc_act_ife_attrs::METALST,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-mirred-attrs`.
    pub struct TcActMirredAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_mirred_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_mirred_attrs::PARMS,
        /// `blockid`.
        pub blockid: codec::Bytes = attrs::tc_act_mirred_attrs::BLOCKID,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-mpls-attrs`.
    pub struct TcActMplsAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_mpls_attrs::TM,
        /// `parms`.
        pub parms: codec::StructTrailing<TcMpls> = attrs::tc_act_mpls_attrs::PARMS,
        /// `proto`.
        pub proto: codec::U16Be = attrs::tc_act_mpls_attrs::PROTO,
        /// `label`.
        pub label: codec::U32 = attrs::tc_act_mpls_attrs::LABEL,
        /// `tc`.
        pub tc: codec::U8 = attrs::tc_act_mpls_attrs::TC,
        /// `ttl`.
        pub ttl: codec::U8 = attrs::tc_act_mpls_attrs::TTL,
        /// `bos`.
        pub bos: codec::U8 = attrs::tc_act_mpls_attrs::BOS,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-nat-attrs`.
    pub struct TcActNatAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_nat_attrs::PARMS,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_nat_attrs::TM,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-pedit-attrs`.
    pub struct TcActPeditAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_pedit_attrs::TM,
        /// `parms`.
        pub parms: codec::StructTrailing<TcPeditSel> = attrs::tc_act_pedit_attrs::PARMS,
        /// `parms-ex`.
        pub parms_ex: codec::Bytes = attrs::tc_act_pedit_attrs::PARMS_EX,
        /// `keys-ex`.
        pub keys_ex: codec::Bytes = attrs::tc_act_pedit_attrs::KEYS_EX,
        /// `key-ex`.
        pub key_ex: codec::Bytes = attrs::tc_act_pedit_attrs::KEY_EX,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-police-attrs`.
    pub struct TcActPoliceAttrs {}
    attributes {
        /// `tbf`.
        pub tbf: codec::StructTrailing<TcPolice> = attrs::tc_act_police_attrs::TBF,
        /// `rate`.
        pub rate: codec::Bytes = attrs::tc_act_police_attrs::RATE,
        /// `peakrate`.
        pub peakrate: codec::Bytes = attrs::tc_act_police_attrs::PEAKRATE,
        /// `avrate`.
        pub avrate: codec::U32 = attrs::tc_act_police_attrs::AVRATE,
        /// `result`.
        pub result: codec::U32 = attrs::tc_act_police_attrs::RESULT,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_police_attrs::TM,
        /// `rate64`.
        pub rate64: codec::U64 = attrs::tc_act_police_attrs::RATE64,
        /// `peakrate64`.
        pub peakrate64: codec::U64 = attrs::tc_act_police_attrs::PEAKRATE64,
        /// `pktrate64`.
        pub pktrate64: codec::U64 = attrs::tc_act_police_attrs::PKTRATE64,
        /// `pktburst64`.
        pub pktburst64: codec::U64 = attrs::tc_act_police_attrs::PKTBURST64,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-simple-attrs`.
    pub struct TcActSimpleAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_simple_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_simple_attrs::PARMS,
        /// `data`.
        pub data: codec::Bytes = attrs::tc_act_simple_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-skbedit-attrs`.
    pub struct TcActSkbeditAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_skbedit_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_skbedit_attrs::PARMS,
        /// `priority`.
        pub priority: codec::U32 = attrs::tc_act_skbedit_attrs::PRIORITY,
        /// `queue-mapping`.
        pub queue_mapping: codec::U16 = attrs::tc_act_skbedit_attrs::QUEUE_MAPPING,
        /// `mark`.
        pub mark: codec::U32 = attrs::tc_act_skbedit_attrs::MARK,
        /// `ptype`.
        pub ptype: codec::U16 = attrs::tc_act_skbedit_attrs::PTYPE,
        /// `mask`.
        pub mask: codec::U32 = attrs::tc_act_skbedit_attrs::MASK,
        /// `flags`.
        pub flags: codec::U64 = attrs::tc_act_skbedit_attrs::FLAGS,
        /// `queue-mapping-max`.
        pub queue_mapping_max: codec::U16 = attrs::tc_act_skbedit_attrs::QUEUE_MAPPING_MAX,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-skbmod-attrs`.
    pub struct TcActSkbmodAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_skbmod_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_skbmod_attrs::PARMS,
        /// `dmac`.
        pub dmac: codec::Bytes = attrs::tc_act_skbmod_attrs::DMAC,
        /// `smac`.
        pub smac: codec::Bytes = attrs::tc_act_skbmod_attrs::SMAC,
        /// `etype`.
        pub etype: codec::Bytes = attrs::tc_act_skbmod_attrs::ETYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-tunnel-key-attrs`.
    pub struct TcActTunnelKeyAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_tunnel_key_attrs::TM,
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_act_tunnel_key_attrs::PARMS,
        /// `enc-ipv4-src`.
        pub enc_ipv4_src: codec::U32Be = attrs::tc_act_tunnel_key_attrs::ENC_IPV4_SRC,
        /// `enc-ipv4-dst`.
        pub enc_ipv4_dst: codec::U32Be = attrs::tc_act_tunnel_key_attrs::ENC_IPV4_DST,
        /// `enc-ipv6-src`.
        pub enc_ipv6_src: codec::Bytes = attrs::tc_act_tunnel_key_attrs::ENC_IPV6_SRC,
        /// `enc-ipv6-dst`.
        pub enc_ipv6_dst: codec::Bytes = attrs::tc_act_tunnel_key_attrs::ENC_IPV6_DST,
        /// `enc-key-id`.
        pub enc_key_id: codec::U64Be = attrs::tc_act_tunnel_key_attrs::ENC_KEY_ID,
        /// `enc-dst-port`.
        pub enc_dst_port: codec::U16Be = attrs::tc_act_tunnel_key_attrs::ENC_DST_PORT,
        /// `no-csum`.
        pub no_csum: codec::U8 = attrs::tc_act_tunnel_key_attrs::NO_CSUM,
        /// `enc-opts`.
        pub enc_opts: codec::Bytes = attrs::tc_act_tunnel_key_attrs::ENC_OPTS,
        /// `enc-tos`.
        pub enc_tos: codec::U8 = attrs::tc_act_tunnel_key_attrs::ENC_TOS,
        /// `enc-ttl`.
        pub enc_ttl: codec::U8 = attrs::tc_act_tunnel_key_attrs::ENC_TTL,
        /// `no-frag`.
        pub no_frag: codec::Flag = attrs::tc_act_tunnel_key_attrs::NO_FRAG,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-vlan-attrs`.
    pub struct TcActVlanAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_vlan_attrs::TM,
        /// `parms`.
        pub parms: codec::StructTrailing<TcVlan> = attrs::tc_act_vlan_attrs::PARMS,
        /// `push-vlan-id`.
        pub push_vlan_id: codec::U16 = attrs::tc_act_vlan_attrs::PUSH_VLAN_ID,
        /// `push-vlan-protocol`.
        pub push_vlan_protocol: codec::U16 = attrs::tc_act_vlan_attrs::PUSH_VLAN_PROTOCOL,
        /// `push-vlan-priority`.
        pub push_vlan_priority: codec::U8 = attrs::tc_act_vlan_attrs::PUSH_VLAN_PRIORITY,
        /// `push-eth-dst`.
        pub push_eth_dst: codec::Bytes = attrs::tc_act_vlan_attrs::PUSH_ETH_DST,
        /// `push-eth-src`.
        pub push_eth_src: codec::Bytes = attrs::tc_act_vlan_attrs::PUSH_ETH_SRC,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-basic-attrs`.
    pub struct TcBasicAttrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_basic_attrs::CLASSID,
        /// `ematches`.
        pub ematches: codec::Nested<TcEmatchAttrs> = attrs::tc_basic_attrs::EMATCHES,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_basic_attrs::ACT,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_basic_attrs::POLICE,
        /// `pcnt`.
        pub pcnt: codec::StructTrailing<TcBasicPcnt> = attrs::tc_basic_attrs::PCNT,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-bpf-attrs`.
    pub struct TcBpfAttrs {}
    attributes {
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_bpf_attrs::ACT,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_bpf_attrs::POLICE,
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_bpf_attrs::CLASSID,
        /// `ops-len`.
        pub ops_len: codec::U16 = attrs::tc_bpf_attrs::OPS_LEN,
        /// `ops`.
        pub ops: codec::Bytes = attrs::tc_bpf_attrs::OPS,
        /// `fd`.
        pub fd: codec::U32 = attrs::tc_bpf_attrs::FD,
        /// `name`.
        pub name: codec::Str = attrs::tc_bpf_attrs::NAME,
        /// `flags`.
        pub flags: codec::U32 = attrs::tc_bpf_attrs::FLAGS,
        /// `flags-gen`.
        pub flags_gen: codec::U32 = attrs::tc_bpf_attrs::FLAGS_GEN,
        /// `tag`.
        pub tag: codec::Bytes = attrs::tc_bpf_attrs::TAG,
        /// `id`.
        pub id: codec::U32 = attrs::tc_bpf_attrs::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-cake-attrs`.
    pub struct TcCakeAttrs {}
    attributes {
        /// `base-rate64`.
        pub base_rate64: codec::U64 = attrs::tc_cake_attrs::BASE_RATE64,
        /// `diffserv-mode`.
        pub diffserv_mode: codec::U32 = attrs::tc_cake_attrs::DIFFSERV_MODE,
        /// `atm`.
        pub atm: codec::U32 = attrs::tc_cake_attrs::ATM,
        /// `flow-mode`.
        pub flow_mode: codec::U32 = attrs::tc_cake_attrs::FLOW_MODE,
        /// `overhead`.
        pub overhead: codec::U32 = attrs::tc_cake_attrs::OVERHEAD,
        /// `rtt`.
        pub rtt: codec::U32 = attrs::tc_cake_attrs::RTT,
        /// `target`.
        pub target: codec::U32 = attrs::tc_cake_attrs::TARGET,
        /// `autorate`.
        pub autorate: codec::U32 = attrs::tc_cake_attrs::AUTORATE,
        /// `memory`.
        pub memory: codec::U32 = attrs::tc_cake_attrs::MEMORY,
        /// `nat`.
        pub nat: codec::U32 = attrs::tc_cake_attrs::NAT,
        /// `raw`.
        pub raw: codec::U32 = attrs::tc_cake_attrs::RAW,
        /// `wash`.
        pub wash: codec::U32 = attrs::tc_cake_attrs::WASH,
        /// `mpu`.
        pub mpu: codec::U32 = attrs::tc_cake_attrs::MPU,
        /// `ingress`.
        pub ingress: codec::U32 = attrs::tc_cake_attrs::INGRESS,
        /// `ack-filter`.
        pub ack_filter: codec::U32 = attrs::tc_cake_attrs::ACK_FILTER,
        /// `split-gso`.
        pub split_gso: codec::U32 = attrs::tc_cake_attrs::SPLIT_GSO,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::tc_cake_attrs::FWMARK,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-cake-stats-attrs`.
    pub struct TcCakeStatsAttrs {}
    attributes {
        /// `capacity-estimate64`.
        pub capacity_estimate64: codec::U64 = attrs::tc_cake_stats_attrs::CAPACITY_ESTIMATE64,
        /// `memory-limit`.
        pub memory_limit: codec::U32 = attrs::tc_cake_stats_attrs::MEMORY_LIMIT,
        /// `memory-used`.
        pub memory_used: codec::U32 = attrs::tc_cake_stats_attrs::MEMORY_USED,
        /// `avg-netoff`.
        pub avg_netoff: codec::U32 = attrs::tc_cake_stats_attrs::AVG_NETOFF,
        /// `min-netlen`.
        pub min_netlen: codec::U32 = attrs::tc_cake_stats_attrs::MIN_NETLEN,
        /// `max-netlen`.
        pub max_netlen: codec::U32 = attrs::tc_cake_stats_attrs::MAX_NETLEN,
        /// `min-adjlen`.
        pub min_adjlen: codec::U32 = attrs::tc_cake_stats_attrs::MIN_ADJLEN,
        /// `max-adjlen`.
        pub max_adjlen: codec::U32 = attrs::tc_cake_stats_attrs::MAX_ADJLEN,
        /// `tin-stats`.
        pub tin_stats: codec::IndexedArray<codec::Nested<TcCakeTinStatsAttrs>> = attrs::tc_cake_stats_attrs::TIN_STATS,
        /// `deficit`.
        pub deficit: codec::I32 = attrs::tc_cake_stats_attrs::DEFICIT,
        /// `cobalt-count`.
        pub cobalt_count: codec::U32 = attrs::tc_cake_stats_attrs::COBALT_COUNT,
        /// `dropping`.
        pub dropping: codec::U32 = attrs::tc_cake_stats_attrs::DROPPING,
        /// `drop-next-us`.
        pub drop_next_us: codec::I32 = attrs::tc_cake_stats_attrs::DROP_NEXT_US,
        /// `p-drop`.
        pub p_drop: codec::U32 = attrs::tc_cake_stats_attrs::P_DROP,
        /// `blue-timer-us`.
        pub blue_timer_us: codec::I32 = attrs::tc_cake_stats_attrs::BLUE_TIMER_US,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-cake-tin-stats-attrs`.
    pub struct TcCakeTinStatsAttrs {}
    attributes {
        /// `sent-packets`.
        pub sent_packets: codec::U32 = attrs::tc_cake_tin_stats_attrs::SENT_PACKETS,
        /// `sent-bytes64`.
        pub sent_bytes64: codec::U64 = attrs::tc_cake_tin_stats_attrs::SENT_BYTES64,
        /// `dropped-packets`.
        pub dropped_packets: codec::U32 = attrs::tc_cake_tin_stats_attrs::DROPPED_PACKETS,
        /// `dropped-bytes64`.
        pub dropped_bytes64: codec::U64 = attrs::tc_cake_tin_stats_attrs::DROPPED_BYTES64,
        /// `acks-dropped-packets`.
        pub acks_dropped_packets: codec::U32 = attrs::tc_cake_tin_stats_attrs::ACKS_DROPPED_PACKETS,
        /// `acks-dropped-bytes64`.
        pub acks_dropped_bytes64: codec::U64 = attrs::tc_cake_tin_stats_attrs::ACKS_DROPPED_BYTES64,
        /// `ecn-marked-packets`.
        pub ecn_marked_packets: codec::U32 = attrs::tc_cake_tin_stats_attrs::ECN_MARKED_PACKETS,
        /// `ecn-marked-bytes64`.
        pub ecn_marked_bytes64: codec::U64 = attrs::tc_cake_tin_stats_attrs::ECN_MARKED_BYTES64,
        /// `backlog-packets`.
        pub backlog_packets: codec::U32 = attrs::tc_cake_tin_stats_attrs::BACKLOG_PACKETS,
        /// `backlog-bytes`.
        pub backlog_bytes: codec::U32 = attrs::tc_cake_tin_stats_attrs::BACKLOG_BYTES,
        /// `threshold-rate64`.
        pub threshold_rate64: codec::U64 = attrs::tc_cake_tin_stats_attrs::THRESHOLD_RATE64,
        /// `target-us`.
        pub target_us: codec::U32 = attrs::tc_cake_tin_stats_attrs::TARGET_US,
        /// `interval-us`.
        pub interval_us: codec::U32 = attrs::tc_cake_tin_stats_attrs::INTERVAL_US,
        /// `way-indirect-hits`.
        pub way_indirect_hits: codec::U32 = attrs::tc_cake_tin_stats_attrs::WAY_INDIRECT_HITS,
        /// `way-misses`.
        pub way_misses: codec::U32 = attrs::tc_cake_tin_stats_attrs::WAY_MISSES,
        /// `way-collisions`.
        pub way_collisions: codec::U32 = attrs::tc_cake_tin_stats_attrs::WAY_COLLISIONS,
        /// `peak-delay-us`.
        pub peak_delay_us: codec::U32 = attrs::tc_cake_tin_stats_attrs::PEAK_DELAY_US,
        /// `avg-delay-us`.
        pub avg_delay_us: codec::U32 = attrs::tc_cake_tin_stats_attrs::AVG_DELAY_US,
        /// `base-delay-us`.
        pub base_delay_us: codec::U32 = attrs::tc_cake_tin_stats_attrs::BASE_DELAY_US,
        /// `sparse-flows`.
        pub sparse_flows: codec::U32 = attrs::tc_cake_tin_stats_attrs::SPARSE_FLOWS,
        /// `bulk-flows`.
        pub bulk_flows: codec::U32 = attrs::tc_cake_tin_stats_attrs::BULK_FLOWS,
        /// `unresponsive-flows`.
        pub unresponsive_flows: codec::U32 = attrs::tc_cake_tin_stats_attrs::UNRESPONSIVE_FLOWS,
        /// `max-skblen`.
        pub max_skblen: codec::U32 = attrs::tc_cake_tin_stats_attrs::MAX_SKBLEN,
        /// `flow-quantum`.
        pub flow_quantum: codec::U32 = attrs::tc_cake_tin_stats_attrs::FLOW_QUANTUM,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-cbs-attrs`.
    pub struct TcCbsAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcCbsQopt> = attrs::tc_cbs_attrs::PARMS,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-cgroup-attrs`.
    pub struct TcCgroupAttrs {}
    attributes {
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_cgroup_attrs::ACT,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_cgroup_attrs::POLICE,
        /// `ematches`.
        pub ematches: codec::Bytes = attrs::tc_cgroup_attrs::EMATCHES,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-choke-attrs`.
    pub struct TcChokeAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcRedQopt> = attrs::tc_choke_attrs::PARMS,
        /// `stab`.
        ///
        /// The kernel checks: min-len 256, max-len 256.
        pub stab: codec::Bytes = attrs::tc_choke_attrs::STAB,
        /// `max-p`.
        pub max_p: codec::U32 = attrs::tc_choke_attrs::MAX_P,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-codel-attrs`.
    pub struct TcCodelAttrs {}
    attributes {
        /// `target`.
        pub target: codec::U32 = attrs::tc_codel_attrs::TARGET,
        /// `limit`.
        pub limit: codec::U32 = attrs::tc_codel_attrs::LIMIT,
        /// `interval`.
        pub interval: codec::U32 = attrs::tc_codel_attrs::INTERVAL,
        /// `ecn`.
        pub ecn: codec::U32 = attrs::tc_codel_attrs::ECN,
        /// `ce-threshold`.
        pub ce_threshold: codec::U32 = attrs::tc_codel_attrs::CE_THRESHOLD,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-drr-attrs`.
    pub struct TcDrrAttrs {}
    attributes {
        /// `quantum`.
        pub quantum: codec::U32 = attrs::tc_drr_attrs::QUANTUM,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-ematch-attrs`.
    pub struct TcEmatchAttrs {}
    attributes {
        /// `tree-hdr`.
        pub tree_hdr: codec::StructTrailing<TcfEmatchTreeHdr> = attrs::tc_ematch_attrs::TREE_HDR,
        /// `tree-list`.
        pub tree_list: codec::Bytes = attrs::tc_ematch_attrs::TREE_LIST,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flow-attrs`.
    pub struct TcFlowAttrs {}
    attributes {
        /// `keys`.
        pub keys: codec::U32 = attrs::tc_flow_attrs::KEYS,
        /// `mode`.
        pub mode: codec::U32 = attrs::tc_flow_attrs::MODE,
        /// `baseclass`.
        pub baseclass: codec::U32 = attrs::tc_flow_attrs::BASECLASS,
        /// `rshift`.
        pub rshift: codec::U32 = attrs::tc_flow_attrs::RSHIFT,
        /// `addend`.
        pub addend: codec::U32 = attrs::tc_flow_attrs::ADDEND,
        /// `mask`.
        pub mask: codec::U32 = attrs::tc_flow_attrs::MASK,
        /// `xor`.
        pub xor: codec::U32 = attrs::tc_flow_attrs::XOR,
        /// `divisor`.
        pub divisor: codec::U32 = attrs::tc_flow_attrs::DIVISOR,
        /// `act`.
        pub act: codec::Bytes = attrs::tc_flow_attrs::ACT,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_flow_attrs::POLICE,
        /// `ematches`.
        pub ematches: codec::Bytes = attrs::tc_flow_attrs::EMATCHES,
        /// `perturb`.
        pub perturb: codec::U32 = attrs::tc_flow_attrs::PERTURB,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-attrs`.
    pub struct TcFlowerAttrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_flower_attrs::CLASSID,
        /// `indev`.
        pub indev: codec::Str = attrs::tc_flower_attrs::INDEV,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_flower_attrs::ACT,
        /// `key-eth-dst`.
        pub key_eth_dst: codec::Bytes = attrs::tc_flower_attrs::KEY_ETH_DST,
        /// `key-eth-dst-mask`.
        pub key_eth_dst_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ETH_DST_MASK,
        /// `key-eth-src`.
        pub key_eth_src: codec::Bytes = attrs::tc_flower_attrs::KEY_ETH_SRC,
        /// `key-eth-src-mask`.
        pub key_eth_src_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ETH_SRC_MASK,
        /// `key-eth-type`.
        pub key_eth_type: codec::U16Be = attrs::tc_flower_attrs::KEY_ETH_TYPE,
        /// `key-ip-proto`.
        pub key_ip_proto: codec::U8 = attrs::tc_flower_attrs::KEY_IP_PROTO,
        /// `key-ipv4-src`.
        pub key_ipv4_src: codec::U32Be = attrs::tc_flower_attrs::KEY_IPV4_SRC,
        /// `key-ipv4-src-mask`.
        pub key_ipv4_src_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_IPV4_SRC_MASK,
        /// `key-ipv4-dst`.
        pub key_ipv4_dst: codec::U32Be = attrs::tc_flower_attrs::KEY_IPV4_DST,
        /// `key-ipv4-dst-mask`.
        pub key_ipv4_dst_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_IPV4_DST_MASK,
        /// `key-ipv6-src`.
        pub key_ipv6_src: codec::Bytes = attrs::tc_flower_attrs::KEY_IPV6_SRC,
        /// `key-ipv6-src-mask`.
        pub key_ipv6_src_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_IPV6_SRC_MASK,
        /// `key-ipv6-dst`.
        pub key_ipv6_dst: codec::Bytes = attrs::tc_flower_attrs::KEY_IPV6_DST,
        /// `key-ipv6-dst-mask`.
        pub key_ipv6_dst_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_IPV6_DST_MASK,
        /// `key-tcp-src`.
        pub key_tcp_src: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_SRC,
        /// `key-tcp-dst`.
        pub key_tcp_dst: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_DST,
        /// `key-udp-src`.
        pub key_udp_src: codec::U16Be = attrs::tc_flower_attrs::KEY_UDP_SRC,
        /// `key-udp-dst`.
        pub key_udp_dst: codec::U16Be = attrs::tc_flower_attrs::KEY_UDP_DST,
        /// `flags`.
        pub flags: codec::Enum32<TcClsFlags> = attrs::tc_flower_attrs::FLAGS,
        /// `key-vlan-id`.
        pub key_vlan_id: codec::U16Be = attrs::tc_flower_attrs::KEY_VLAN_ID,
        /// `key-vlan-prio`.
        pub key_vlan_prio: codec::U8 = attrs::tc_flower_attrs::KEY_VLAN_PRIO,
        /// `key-vlan-eth-type`.
        pub key_vlan_eth_type: codec::U16Be = attrs::tc_flower_attrs::KEY_VLAN_ETH_TYPE,
        /// `key-enc-key-id`.
        pub key_enc_key_id: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_KEY_ID,
        /// `key-enc-ipv4-src`.
        pub key_enc_ipv4_src: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_IPV4_SRC,
        /// `key-enc-ipv4-src-mask`.
        pub key_enc_ipv4_src_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_IPV4_SRC_MASK,
        /// `key-enc-ipv4-dst`.
        pub key_enc_ipv4_dst: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_IPV4_DST,
        /// `key-enc-ipv4-dst-mask`.
        pub key_enc_ipv4_dst_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_IPV4_DST_MASK,
        /// `key-enc-ipv6-src`.
        pub key_enc_ipv6_src: codec::Bytes = attrs::tc_flower_attrs::KEY_ENC_IPV6_SRC,
        /// `key-enc-ipv6-src-mask`.
        pub key_enc_ipv6_src_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ENC_IPV6_SRC_MASK,
        /// `key-enc-ipv6-dst`.
        pub key_enc_ipv6_dst: codec::Bytes = attrs::tc_flower_attrs::KEY_ENC_IPV6_DST,
        /// `key-enc-ipv6-dst-mask`.
        pub key_enc_ipv6_dst_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ENC_IPV6_DST_MASK,
        /// `key-tcp-src-mask`.
        pub key_tcp_src_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_SRC_MASK,
        /// `key-tcp-dst-mask`.
        pub key_tcp_dst_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_DST_MASK,
        /// `key-udp-src-mask`.
        pub key_udp_src_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_UDP_SRC_MASK,
        /// `key-udp-dst-mask`.
        pub key_udp_dst_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_UDP_DST_MASK,
        /// `key-sctp-src-mask`.
        pub key_sctp_src_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_SCTP_SRC_MASK,
        /// `key-sctp-dst-mask`.
        pub key_sctp_dst_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_SCTP_DST_MASK,
        /// `key-sctp-src`.
        pub key_sctp_src: codec::U16Be = attrs::tc_flower_attrs::KEY_SCTP_SRC,
        /// `key-sctp-dst`.
        pub key_sctp_dst: codec::U16Be = attrs::tc_flower_attrs::KEY_SCTP_DST,
        /// `key-enc-udp-src-port`.
        pub key_enc_udp_src_port: codec::U16Be = attrs::tc_flower_attrs::KEY_ENC_UDP_SRC_PORT,
        /// `key-enc-udp-src-port-mask`.
        pub key_enc_udp_src_port_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_ENC_UDP_SRC_PORT_MASK,
        /// `key-enc-udp-dst-port`.
        pub key_enc_udp_dst_port: codec::U16Be = attrs::tc_flower_attrs::KEY_ENC_UDP_DST_PORT,
        /// `key-enc-udp-dst-port-mask`.
        pub key_enc_udp_dst_port_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_ENC_UDP_DST_PORT_MASK,
        /// `key-flags`.
        ///
        /// A mask of bits numbered by `tc-flower-key-ctrl-flags`.
        pub key_flags: codec::U32Be = attrs::tc_flower_attrs::KEY_FLAGS,
        /// `key-flags-mask`.
        ///
        /// A mask of bits numbered by `tc-flower-key-ctrl-flags`.
        pub key_flags_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_FLAGS_MASK,
        /// `key-icmpv4-code`.
        pub key_icmpv4_code: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV4_CODE,
        /// `key-icmpv4-code-mask`.
        pub key_icmpv4_code_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV4_CODE_MASK,
        /// `key-icmpv4-type`.
        pub key_icmpv4_type: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV4_TYPE,
        /// `key-icmpv4-type-mask`.
        pub key_icmpv4_type_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV4_TYPE_MASK,
        /// `key-icmpv6-code`.
        pub key_icmpv6_code: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV6_CODE,
        /// `key-icmpv6-code-mask`.
        pub key_icmpv6_code_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV6_CODE_MASK,
        /// `key-icmpv6-type`.
        pub key_icmpv6_type: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV6_TYPE,
        /// `key-icmpv6-type-mask`.
        pub key_icmpv6_type_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ICMPV6_TYPE_MASK,
        /// `key-arp-sip`.
        pub key_arp_sip: codec::U32Be = attrs::tc_flower_attrs::KEY_ARP_SIP,
        /// `key-arp-sip-mask`.
        pub key_arp_sip_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_ARP_SIP_MASK,
        /// `key-arp-tip`.
        pub key_arp_tip: codec::U32Be = attrs::tc_flower_attrs::KEY_ARP_TIP,
        /// `key-arp-tip-mask`.
        pub key_arp_tip_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_ARP_TIP_MASK,
        /// `key-arp-op`.
        pub key_arp_op: codec::U8 = attrs::tc_flower_attrs::KEY_ARP_OP,
        /// `key-arp-op-mask`.
        pub key_arp_op_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ARP_OP_MASK,
        /// `key-arp-sha`.
        pub key_arp_sha: codec::Bytes = attrs::tc_flower_attrs::KEY_ARP_SHA,
        /// `key-arp-sha-mask`.
        pub key_arp_sha_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ARP_SHA_MASK,
        /// `key-arp-tha`.
        pub key_arp_tha: codec::Bytes = attrs::tc_flower_attrs::KEY_ARP_THA,
        /// `key-arp-tha-mask`.
        pub key_arp_tha_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_ARP_THA_MASK,
        /// `key-mpls-ttl`.
        pub key_mpls_ttl: codec::U8 = attrs::tc_flower_attrs::KEY_MPLS_TTL,
        /// `key-mpls-bos`.
        pub key_mpls_bos: codec::U8 = attrs::tc_flower_attrs::KEY_MPLS_BOS,
        /// `key-mpls-tc`.
        pub key_mpls_tc: codec::U8 = attrs::tc_flower_attrs::KEY_MPLS_TC,
        /// `key-mpls-label`.
        pub key_mpls_label: codec::U32Be = attrs::tc_flower_attrs::KEY_MPLS_LABEL,
        /// `key-tcp-flags`.
        pub key_tcp_flags: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_FLAGS,
        /// `key-tcp-flags-mask`.
        pub key_tcp_flags_mask: codec::U16Be = attrs::tc_flower_attrs::KEY_TCP_FLAGS_MASK,
        /// `key-ip-tos`.
        pub key_ip_tos: codec::U8 = attrs::tc_flower_attrs::KEY_IP_TOS,
        /// `key-ip-tos-mask`.
        pub key_ip_tos_mask: codec::U8 = attrs::tc_flower_attrs::KEY_IP_TOS_MASK,
        /// `key-ip-ttl`.
        pub key_ip_ttl: codec::U8 = attrs::tc_flower_attrs::KEY_IP_TTL,
        /// `key-ip-ttl-mask`.
        pub key_ip_ttl_mask: codec::U8 = attrs::tc_flower_attrs::KEY_IP_TTL_MASK,
        /// `key-cvlan-id`.
        pub key_cvlan_id: codec::U16Be = attrs::tc_flower_attrs::KEY_CVLAN_ID,
        /// `key-cvlan-prio`.
        pub key_cvlan_prio: codec::U8 = attrs::tc_flower_attrs::KEY_CVLAN_PRIO,
        /// `key-cvlan-eth-type`.
        pub key_cvlan_eth_type: codec::U16Be = attrs::tc_flower_attrs::KEY_CVLAN_ETH_TYPE,
        /// `key-enc-ip-tos`.
        pub key_enc_ip_tos: codec::U8 = attrs::tc_flower_attrs::KEY_ENC_IP_TOS,
        /// `key-enc-ip-tos-mask`.
        pub key_enc_ip_tos_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ENC_IP_TOS_MASK,
        /// `key-enc-ip-ttl`.
        pub key_enc_ip_ttl: codec::U8 = attrs::tc_flower_attrs::KEY_ENC_IP_TTL,
        /// `key-enc-ip-ttl-mask`.
        pub key_enc_ip_ttl_mask: codec::U8 = attrs::tc_flower_attrs::KEY_ENC_IP_TTL_MASK,
        /// `key-enc-opts`.
        pub key_enc_opts: codec::Nested<TcFlowerKeyEncOptsAttrs> = attrs::tc_flower_attrs::KEY_ENC_OPTS,
        /// `key-enc-opts-mask`.
        pub key_enc_opts_mask: codec::Nested<TcFlowerKeyEncOptsAttrs> = attrs::tc_flower_attrs::KEY_ENC_OPTS_MASK,
        /// `in-hw-count`.
        pub in_hw_count: codec::U32 = attrs::tc_flower_attrs::IN_HW_COUNT,
        /// `key-port-src-min`.
        pub key_port_src_min: codec::U16Be = attrs::tc_flower_attrs::KEY_PORT_SRC_MIN,
        /// `key-port-src-max`.
        pub key_port_src_max: codec::U16Be = attrs::tc_flower_attrs::KEY_PORT_SRC_MAX,
        /// `key-port-dst-min`.
        pub key_port_dst_min: codec::U16Be = attrs::tc_flower_attrs::KEY_PORT_DST_MIN,
        /// `key-port-dst-max`.
        pub key_port_dst_max: codec::U16Be = attrs::tc_flower_attrs::KEY_PORT_DST_MAX,
        /// `key-ct-state`.
        pub key_ct_state: codec::U16 = attrs::tc_flower_attrs::KEY_CT_STATE,
        /// `key-ct-state-mask`.
        pub key_ct_state_mask: codec::U16 = attrs::tc_flower_attrs::KEY_CT_STATE_MASK,
        /// `key-ct-zone`.
        pub key_ct_zone: codec::U16 = attrs::tc_flower_attrs::KEY_CT_ZONE,
        /// `key-ct-zone-mask`.
        pub key_ct_zone_mask: codec::U16 = attrs::tc_flower_attrs::KEY_CT_ZONE_MASK,
        /// `key-ct-mark`.
        pub key_ct_mark: codec::U32 = attrs::tc_flower_attrs::KEY_CT_MARK,
        /// `key-ct-mark-mask`.
        pub key_ct_mark_mask: codec::U32 = attrs::tc_flower_attrs::KEY_CT_MARK_MASK,
        /// `key-ct-labels`.
        pub key_ct_labels: codec::Bytes = attrs::tc_flower_attrs::KEY_CT_LABELS,
        /// `key-ct-labels-mask`.
        pub key_ct_labels_mask: codec::Bytes = attrs::tc_flower_attrs::KEY_CT_LABELS_MASK,
        /// `key-mpls-opts`.
        pub key_mpls_opts: codec::Nested<TcFlowerKeyMplsOptAttrs> = attrs::tc_flower_attrs::KEY_MPLS_OPTS,
        /// `key-hash`.
        pub key_hash: codec::U32 = attrs::tc_flower_attrs::KEY_HASH,
        /// `key-hash-mask`.
        pub key_hash_mask: codec::U32 = attrs::tc_flower_attrs::KEY_HASH_MASK,
        /// `key-num-of-vlans`.
        pub key_num_of_vlans: codec::U8 = attrs::tc_flower_attrs::KEY_NUM_OF_VLANS,
        /// `key-pppoe-sid`.
        pub key_pppoe_sid: codec::U16Be = attrs::tc_flower_attrs::KEY_PPPOE_SID,
        /// `key-ppp-proto`.
        pub key_ppp_proto: codec::U16Be = attrs::tc_flower_attrs::KEY_PPP_PROTO,
        /// `key-l2tpv3-sid`.
        pub key_l2tpv3_sid: codec::U32Be = attrs::tc_flower_attrs::KEY_L2TPV3_SID,
        /// `l2-miss`.
        pub l2_miss: codec::U8 = attrs::tc_flower_attrs::L2_MISS,
        /// `key-cfm`.
        pub key_cfm: codec::Nested<TcFlowerKeyCfmAttrs> = attrs::tc_flower_attrs::KEY_CFM,
        /// `key-spi`.
        pub key_spi: codec::U32Be = attrs::tc_flower_attrs::KEY_SPI,
        /// `key-spi-mask`.
        pub key_spi_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_SPI_MASK,
        /// `key-enc-flags`.
        ///
        /// A mask of bits numbered by `tc-flower-key-ctrl-flags`.
        pub key_enc_flags: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_FLAGS,
        /// `key-enc-flags-mask`.
        ///
        /// A mask of bits numbered by `tc-flower-key-ctrl-flags`.
        pub key_enc_flags_mask: codec::U32Be = attrs::tc_flower_attrs::KEY_ENC_FLAGS_MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-enc-opts-attrs`.
    pub struct TcFlowerKeyEncOptsAttrs {}
    attributes {
        /// `geneve`.
        pub geneve: codec::Nested<TcFlowerKeyEncOptGeneveAttrs> = attrs::tc_flower_key_enc_opts_attrs::GENEVE,
        /// `vxlan`.
        pub vxlan: codec::Nested<TcFlowerKeyEncOptVxlanAttrs> = attrs::tc_flower_key_enc_opts_attrs::VXLAN,
        /// `erspan`.
        pub erspan: codec::Nested<TcFlowerKeyEncOptErspanAttrs> = attrs::tc_flower_key_enc_opts_attrs::ERSPAN,
        /// `gtp`.
        pub gtp: codec::Nested<TcFlowerKeyEncOptGtpAttrs> = attrs::tc_flower_key_enc_opts_attrs::GTP,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-enc-opt-geneve-attrs`.
    pub struct TcFlowerKeyEncOptGeneveAttrs {}
    attributes {
        /// `class`.
        pub class: codec::U16 = attrs::tc_flower_key_enc_opt_geneve_attrs::CLASS,
        /// `type`.
        pub type_: codec::U8 = attrs::tc_flower_key_enc_opt_geneve_attrs::TYPE,
        /// `data`.
        pub data: codec::Bytes = attrs::tc_flower_key_enc_opt_geneve_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-enc-opt-vxlan-attrs`.
    pub struct TcFlowerKeyEncOptVxlanAttrs {}
    attributes {
        /// `gbp`.
        pub gbp: codec::U32 = attrs::tc_flower_key_enc_opt_vxlan_attrs::GBP,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-enc-opt-erspan-attrs`.
    pub struct TcFlowerKeyEncOptErspanAttrs {}
    attributes {
        /// `ver`.
        pub ver: codec::U8 = attrs::tc_flower_key_enc_opt_erspan_attrs::VER,
        /// `index`.
        pub index: codec::U32 = attrs::tc_flower_key_enc_opt_erspan_attrs::INDEX,
        /// `dir`.
        pub dir: codec::U8 = attrs::tc_flower_key_enc_opt_erspan_attrs::DIR,
        /// `hwid`.
        pub hwid: codec::U8 = attrs::tc_flower_key_enc_opt_erspan_attrs::HWID,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-enc-opt-gtp-attrs`.
    pub struct TcFlowerKeyEncOptGtpAttrs {}
    attributes {
        /// `pdu-type`.
        pub pdu_type: codec::U8 = attrs::tc_flower_key_enc_opt_gtp_attrs::PDU_TYPE,
        /// `qfi`.
        pub qfi: codec::U8 = attrs::tc_flower_key_enc_opt_gtp_attrs::QFI,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-mpls-opt-attrs`.
    pub struct TcFlowerKeyMplsOptAttrs {}
    attributes {
        /// `lse-depth`.
        pub lse_depth: codec::U8 = attrs::tc_flower_key_mpls_opt_attrs::LSE_DEPTH,
        /// `lse-ttl`.
        pub lse_ttl: codec::U8 = attrs::tc_flower_key_mpls_opt_attrs::LSE_TTL,
        /// `lse-bos`.
        pub lse_bos: codec::U8 = attrs::tc_flower_key_mpls_opt_attrs::LSE_BOS,
        /// `lse-tc`.
        pub lse_tc: codec::U8 = attrs::tc_flower_key_mpls_opt_attrs::LSE_TC,
        /// `lse-label`.
        pub lse_label: codec::U32 = attrs::tc_flower_key_mpls_opt_attrs::LSE_LABEL,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-flower-key-cfm-attrs`.
    pub struct TcFlowerKeyCfmAttrs {}
    attributes {
        /// `md-level`.
        pub md_level: codec::U8 = attrs::tc_flower_key_cfm_attrs::MD_LEVEL,
        /// `opcode`.
        pub opcode: codec::U8 = attrs::tc_flower_key_cfm_attrs::OPCODE,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-fw-attrs`.
    pub struct TcFwAttrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_fw_attrs::CLASSID,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_fw_attrs::POLICE,
        /// `indev`.
        pub indev: codec::Str = attrs::tc_fw_attrs::INDEV,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_fw_attrs::ACT,
        /// `mask`.
        pub mask: codec::U32 = attrs::tc_fw_attrs::MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-gred-attrs`.
    pub struct TcGredAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::Bytes = attrs::tc_gred_attrs::PARMS,
        /// `stab`.
        pub stab: codec::Array<codec::U8> = attrs::tc_gred_attrs::STAB,
        /// `dps`.
        pub dps: codec::StructTrailing<TcGredSopt> = attrs::tc_gred_attrs::DPS,
        /// `max-p`.
        pub max_p: codec::Array<codec::U32> = attrs::tc_gred_attrs::MAX_P,
        /// `limit`.
        pub limit: codec::U32 = attrs::tc_gred_attrs::LIMIT,
        /// `vq-list`.
        pub vq_list: codec::Nested<TcaGredVqListAttrs> = attrs::tc_gred_attrs::VQ_LIST,
    }
}

crate::attribute_set! {
    /// The attribute set `tca-gred-vq-list-attrs`.
    pub struct TcaGredVqListAttrs {}
    attributes {
        /// `entry`.
        pub entry: codec::Multi<codec::Nested<TcaGredVqEntryAttrs>> = attrs::tca_gred_vq_list_attrs::ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `tca-gred-vq-entry-attrs`.
    pub struct TcaGredVqEntryAttrs {}
    attributes {
        /// `dp`.
        pub dp: codec::U32 = attrs::tca_gred_vq_entry_attrs::DP,
        /// `stat-bytes`.
        pub stat_bytes: codec::U64 = attrs::tca_gred_vq_entry_attrs::STAT_BYTES,
        /// `stat-packets`.
        pub stat_packets: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_PACKETS,
        /// `stat-backlog`.
        pub stat_backlog: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_BACKLOG,
        /// `stat-prob-drop`.
        pub stat_prob_drop: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_PROB_DROP,
        /// `stat-prob-mark`.
        pub stat_prob_mark: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_PROB_MARK,
        /// `stat-forced-drop`.
        pub stat_forced_drop: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_FORCED_DROP,
        /// `stat-forced-mark`.
        pub stat_forced_mark: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_FORCED_MARK,
        /// `stat-pdrop`.
        pub stat_pdrop: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_PDROP,
        /// `stat-other`.
        pub stat_other: codec::U32 = attrs::tca_gred_vq_entry_attrs::STAT_OTHER,
        /// `flags`.
        pub flags: codec::U32 = attrs::tca_gred_vq_entry_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-hfsc-attrs`.
    pub struct TcHfscAttrs {}
    attributes {
        /// `rsc`.
        pub rsc: codec::Bytes = attrs::tc_hfsc_attrs::RSC,
        /// `fsc`.
        pub fsc: codec::Bytes = attrs::tc_hfsc_attrs::FSC,
        /// `usc`.
        pub usc: codec::Bytes = attrs::tc_hfsc_attrs::USC,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-hhf-attrs`.
    pub struct TcHhfAttrs {}
    attributes {
        /// `backlog-limit`.
        pub backlog_limit: codec::U32 = attrs::tc_hhf_attrs::BACKLOG_LIMIT,
        /// `quantum`.
        pub quantum: codec::U32 = attrs::tc_hhf_attrs::QUANTUM,
        /// `hh-flows-limit`.
        pub hh_flows_limit: codec::U32 = attrs::tc_hhf_attrs::HH_FLOWS_LIMIT,
        /// `reset-timeout`.
        pub reset_timeout: codec::U32 = attrs::tc_hhf_attrs::RESET_TIMEOUT,
        /// `admit-bytes`.
        pub admit_bytes: codec::U32 = attrs::tc_hhf_attrs::ADMIT_BYTES,
        /// `evict-timeout`.
        pub evict_timeout: codec::U32 = attrs::tc_hhf_attrs::EVICT_TIMEOUT,
        /// `non-hh-weight`.
        pub non_hh_weight: codec::U32 = attrs::tc_hhf_attrs::NON_HH_WEIGHT,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-htb-attrs`.
    pub struct TcHtbAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcHtbOpt> = attrs::tc_htb_attrs::PARMS,
        /// `init`.
        pub init: codec::StructTrailing<TcHtbGlob> = attrs::tc_htb_attrs::INIT,
        /// `ctab`.
        pub ctab: codec::Bytes = attrs::tc_htb_attrs::CTAB,
        /// `rtab`.
        pub rtab: codec::Bytes = attrs::tc_htb_attrs::RTAB,
        /// `direct-qlen`.
        pub direct_qlen: codec::U32 = attrs::tc_htb_attrs::DIRECT_QLEN,
        /// `rate64`.
        pub rate64: codec::U64 = attrs::tc_htb_attrs::RATE64,
        /// `ceil64`.
        pub ceil64: codec::U64 = attrs::tc_htb_attrs::CEIL64,
        /// `offload`.
        pub offload: codec::Flag = attrs::tc_htb_attrs::OFFLOAD,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-matchall-attrs`.
    pub struct TcMatchallAttrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_matchall_attrs::CLASSID,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_matchall_attrs::ACT,
        /// `flags`.
        pub flags: codec::U32 = attrs::tc_matchall_attrs::FLAGS,
        /// `pcnt`.
        pub pcnt: codec::StructTrailing<TcMatchallPcnt> = attrs::tc_matchall_attrs::PCNT,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-etf-attrs`.
    pub struct TcEtfAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcEtfQopt> = attrs::tc_etf_attrs::PARMS,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-ets-attrs`.
    pub struct TcEtsAttrs {}
    attributes {
        /// `nbands`.
        pub nbands: codec::U8 = attrs::tc_ets_attrs::NBANDS,
        /// `nstrict`.
        pub nstrict: codec::U8 = attrs::tc_ets_attrs::NSTRICT,
        /// `quanta`.
        pub quanta: codec::Boxed<codec::Nested<TcEtsAttrs>> = attrs::tc_ets_attrs::QUANTA,
        /// `quanta-band`.
        pub quanta_band: codec::Multi<codec::U32> = attrs::tc_ets_attrs::QUANTA_BAND,
        /// `priomap`.
        pub priomap: codec::Boxed<codec::Nested<TcEtsAttrs>> = attrs::tc_ets_attrs::PRIOMAP,
        /// `priomap-band`.
        pub priomap_band: codec::Multi<codec::U8> = attrs::tc_ets_attrs::PRIOMAP_BAND,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-fq-attrs`.
    pub struct TcFqAttrs {}
    attributes {
        /// Limit of total number of packets in queue
        pub plimit: codec::U32 = attrs::tc_fq_attrs::PLIMIT,
        /// Limit of packets per flow
        pub flow_plimit: codec::U32 = attrs::tc_fq_attrs::FLOW_PLIMIT,
        /// RR quantum
        pub quantum: codec::U32 = attrs::tc_fq_attrs::QUANTUM,
        /// RR quantum for new flow
        pub initial_quantum: codec::U32 = attrs::tc_fq_attrs::INITIAL_QUANTUM,
        /// Enable / disable rate limiting
        pub rate_enable: codec::U32 = attrs::tc_fq_attrs::RATE_ENABLE,
        /// Obsolete, do not use
        pub flow_default_rate: codec::U32 = attrs::tc_fq_attrs::FLOW_DEFAULT_RATE,
        /// Per flow max rate
        pub flow_max_rate: codec::U32 = attrs::tc_fq_attrs::FLOW_MAX_RATE,
        /// log2(number of buckets)
        pub buckets_log: codec::U32 = attrs::tc_fq_attrs::BUCKETS_LOG,
        /// Flow credit refill delay in usec
        pub flow_refill_delay: codec::U32 = attrs::tc_fq_attrs::FLOW_REFILL_DELAY,
        /// Mask applied to orphaned skb hashes
        pub orphan_mask: codec::U32 = attrs::tc_fq_attrs::ORPHAN_MASK,
        /// Per packet delay under this rate
        pub low_rate_threshold: codec::U32 = attrs::tc_fq_attrs::LOW_RATE_THRESHOLD,
        /// DCTCP-like CE marking threshold
        pub ce_threshold: codec::U32 = attrs::tc_fq_attrs::CE_THRESHOLD,
        /// `timer-slack`.
        pub timer_slack: codec::U32 = attrs::tc_fq_attrs::TIMER_SLACK,
        /// Time horizon in usec
        pub horizon: codec::U32 = attrs::tc_fq_attrs::HORIZON,
        /// Drop packets beyond horizon, or cap their EDT
        pub horizon_drop: codec::U8 = attrs::tc_fq_attrs::HORIZON_DROP,
        /// `priomap`.
        pub priomap: codec::StructTrailing<TcPrioQopt> = attrs::tc_fq_attrs::PRIOMAP,
        /// Weights for each band
        pub weights: codec::Array<codec::I32> = attrs::tc_fq_attrs::WEIGHTS,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-fq-codel-attrs`.
    pub struct TcFqCodelAttrs {}
    attributes {
        /// `target`.
        pub target: codec::U32 = attrs::tc_fq_codel_attrs::TARGET,
        /// `limit`.
        pub limit: codec::U32 = attrs::tc_fq_codel_attrs::LIMIT,
        /// `interval`.
        pub interval: codec::U32 = attrs::tc_fq_codel_attrs::INTERVAL,
        /// `ecn`.
        pub ecn: codec::U32 = attrs::tc_fq_codel_attrs::ECN,
        /// `flows`.
        pub flows: codec::U32 = attrs::tc_fq_codel_attrs::FLOWS,
        /// `quantum`.
        pub quantum: codec::U32 = attrs::tc_fq_codel_attrs::QUANTUM,
        /// `ce-threshold`.
        pub ce_threshold: codec::U32 = attrs::tc_fq_codel_attrs::CE_THRESHOLD,
        /// `drop-batch-size`.
        pub drop_batch_size: codec::U32 = attrs::tc_fq_codel_attrs::DROP_BATCH_SIZE,
        /// `memory-limit`.
        pub memory_limit: codec::U32 = attrs::tc_fq_codel_attrs::MEMORY_LIMIT,
        /// `ce-threshold-selector`.
        pub ce_threshold_selector: codec::U8 = attrs::tc_fq_codel_attrs::CE_THRESHOLD_SELECTOR,
        /// `ce-threshold-mask`.
        pub ce_threshold_mask: codec::U8 = attrs::tc_fq_codel_attrs::CE_THRESHOLD_MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-fq-pie-attrs`.
    pub struct TcFqPieAttrs {}
    attributes {
        /// `limit`.
        pub limit: codec::U32 = attrs::tc_fq_pie_attrs::LIMIT,
        /// `flows`.
        pub flows: codec::U32 = attrs::tc_fq_pie_attrs::FLOWS,
        /// `target`.
        pub target: codec::U32 = attrs::tc_fq_pie_attrs::TARGET,
        /// `tupdate`.
        pub tupdate: codec::U32 = attrs::tc_fq_pie_attrs::TUPDATE,
        /// `alpha`.
        pub alpha: codec::U32 = attrs::tc_fq_pie_attrs::ALPHA,
        /// `beta`.
        pub beta: codec::U32 = attrs::tc_fq_pie_attrs::BETA,
        /// `quantum`.
        pub quantum: codec::U32 = attrs::tc_fq_pie_attrs::QUANTUM,
        /// `memory-limit`.
        pub memory_limit: codec::U32 = attrs::tc_fq_pie_attrs::MEMORY_LIMIT,
        /// `ecn-prob`.
        pub ecn_prob: codec::U32 = attrs::tc_fq_pie_attrs::ECN_PROB,
        /// `ecn`.
        pub ecn: codec::U32 = attrs::tc_fq_pie_attrs::ECN,
        /// `bytemode`.
        pub bytemode: codec::U32 = attrs::tc_fq_pie_attrs::BYTEMODE,
        /// `dq-rate-estimator`.
        pub dq_rate_estimator: codec::U32 = attrs::tc_fq_pie_attrs::DQ_RATE_ESTIMATOR,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-netem-attrs`.
    pub struct TcNetemAttrs {}
    attributes {
        /// `corr`.
        pub corr: codec::StructTrailing<TcNetemCorr> = attrs::tc_netem_attrs::CORR,
        /// `delay-dist`.
        pub delay_dist: codec::Array<codec::I16> = attrs::tc_netem_attrs::DELAY_DIST,
        /// `reorder`.
        pub reorder: codec::StructTrailing<TcNetemReorder> = attrs::tc_netem_attrs::REORDER,
        /// `corrupt`.
        pub corrupt: codec::StructTrailing<TcNetemCorrupt> = attrs::tc_netem_attrs::CORRUPT,
        /// `loss`.
        pub loss: codec::Nested<TcNetemLossAttrs> = attrs::tc_netem_attrs::LOSS,
        /// `rate`.
        pub rate: codec::StructTrailing<TcNetemRate> = attrs::tc_netem_attrs::RATE,
        /// `ecn`.
        pub ecn: codec::U32 = attrs::tc_netem_attrs::ECN,
        /// `rate64`.
        pub rate64: codec::U64 = attrs::tc_netem_attrs::RATE64,
        /// `pad`.
        pub pad: codec::U32 = attrs::tc_netem_attrs::PAD,
        /// `latency64`.
        pub latency64: codec::I64 = attrs::tc_netem_attrs::LATENCY64,
        /// `jitter64`.
        pub jitter64: codec::I64 = attrs::tc_netem_attrs::JITTER64,
        /// `slot`.
        pub slot: codec::StructTrailing<TcNetemSlot> = attrs::tc_netem_attrs::SLOT,
        /// `slot-dist`.
        pub slot_dist: codec::Array<codec::I16> = attrs::tc_netem_attrs::SLOT_DIST,
        /// `prng-seed`.
        pub prng_seed: codec::U64 = attrs::tc_netem_attrs::PRNG_SEED,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-netem-loss-attrs`.
    pub struct TcNetemLossAttrs {}
    attributes {
        /// General Intuitive - 4 state model
        pub gi: codec::StructTrailing<TcNetemGimodel> = attrs::tc_netem_loss_attrs::GI,
        /// Gilbert Elliot models
        pub ge: codec::StructTrailing<TcNetemGemodel> = attrs::tc_netem_loss_attrs::GE,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-pie-attrs`.
    pub struct TcPieAttrs {}
    attributes {
        /// `target`.
        pub target: codec::U32 = attrs::tc_pie_attrs::TARGET,
        /// `limit`.
        pub limit: codec::U32 = attrs::tc_pie_attrs::LIMIT,
        /// `tupdate`.
        pub tupdate: codec::U32 = attrs::tc_pie_attrs::TUPDATE,
        /// `alpha`.
        pub alpha: codec::U32 = attrs::tc_pie_attrs::ALPHA,
        /// `beta`.
        pub beta: codec::U32 = attrs::tc_pie_attrs::BETA,
        /// `ecn`.
        pub ecn: codec::U32 = attrs::tc_pie_attrs::ECN,
        /// `bytemode`.
        pub bytemode: codec::U32 = attrs::tc_pie_attrs::BYTEMODE,
        /// `dq-rate-estimator`.
        pub dq_rate_estimator: codec::U32 = attrs::tc_pie_attrs::DQ_RATE_ESTIMATOR,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-police-attrs`.
    pub struct TcPoliceAttrs {}
    attributes {
        /// `tbf`.
        pub tbf: codec::StructTrailing<TcPolice> = attrs::tc_police_attrs::TBF,
        /// `rate`.
        pub rate: codec::Bytes = attrs::tc_police_attrs::RATE,
        /// `peakrate`.
        pub peakrate: codec::Bytes = attrs::tc_police_attrs::PEAKRATE,
        /// `avrate`.
        pub avrate: codec::U32 = attrs::tc_police_attrs::AVRATE,
        /// `result`.
        pub result: codec::U32 = attrs::tc_police_attrs::RESULT,
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_police_attrs::TM,
        /// `rate64`.
        pub rate64: codec::U64 = attrs::tc_police_attrs::RATE64,
        /// `peakrate64`.
        pub peakrate64: codec::U64 = attrs::tc_police_attrs::PEAKRATE64,
        /// `pktrate64`.
        pub pktrate64: codec::U64 = attrs::tc_police_attrs::PKTRATE64,
        /// `pktburst64`.
        pub pktburst64: codec::U64 = attrs::tc_police_attrs::PKTBURST64,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-qfq-attrs`.
    pub struct TcQfqAttrs {}
    attributes {
        /// `weight`.
        pub weight: codec::U32 = attrs::tc_qfq_attrs::WEIGHT,
        /// `lmax`.
        pub lmax: codec::U32 = attrs::tc_qfq_attrs::LMAX,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-red-attrs`.
    pub struct TcRedAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcRedQopt> = attrs::tc_red_attrs::PARMS,
        /// `stab`.
        pub stab: codec::Bytes = attrs::tc_red_attrs::STAB,
        /// `max-p`.
        pub max_p: codec::U32 = attrs::tc_red_attrs::MAX_P,
        /// `flags`.
        pub flags: codec::Struct<codec::Bitfield32> = attrs::tc_red_attrs::FLAGS,
        /// `early-drop-block`.
        pub early_drop_block: codec::U32 = attrs::tc_red_attrs::EARLY_DROP_BLOCK,
        /// `mark-block`.
        pub mark_block: codec::U32 = attrs::tc_red_attrs::MARK_BLOCK,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-route-attrs`.
    pub struct TcRouteAttrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_route_attrs::CLASSID,
        /// `to`.
        pub to: codec::U32 = attrs::tc_route_attrs::TO,
        /// `from`.
        pub from: codec::U32 = attrs::tc_route_attrs::FROM,
        /// `iif`.
        pub iif: codec::U32 = attrs::tc_route_attrs::IIF,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_route_attrs::POLICE,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_route_attrs::ACT,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-taprio-attrs`.
    pub struct TcTaprioAttrs {}
    attributes {
        /// `priomap`.
        pub priomap: codec::StructTrailing<TcMqprioQopt> = attrs::tc_taprio_attrs::PRIOMAP,
        /// `sched-entry-list`.
        pub sched_entry_list: codec::Nested<TcTaprioSchedEntryList> = attrs::tc_taprio_attrs::SCHED_ENTRY_LIST,
        /// `sched-base-time`.
        pub sched_base_time: codec::I64 = attrs::tc_taprio_attrs::SCHED_BASE_TIME,
        /// `sched-single-entry`.
        pub sched_single_entry: codec::Nested<TcTaprioSchedEntry> = attrs::tc_taprio_attrs::SCHED_SINGLE_ENTRY,
        /// `sched-clockid`.
        pub sched_clockid: codec::I32 = attrs::tc_taprio_attrs::SCHED_CLOCKID,
        /// `admin-sched`.
        pub admin_sched: codec::Bytes = attrs::tc_taprio_attrs::ADMIN_SCHED,
        /// `sched-cycle-time`.
        pub sched_cycle_time: codec::I64 = attrs::tc_taprio_attrs::SCHED_CYCLE_TIME,
        /// `sched-cycle-time-extension`.
        pub sched_cycle_time_extension: codec::I64 = attrs::tc_taprio_attrs::SCHED_CYCLE_TIME_EXTENSION,
        /// `flags`.
        pub flags: codec::U32 = attrs::tc_taprio_attrs::FLAGS,
        /// `txtime-delay`.
        pub txtime_delay: codec::U32 = attrs::tc_taprio_attrs::TXTIME_DELAY,
        /// `tc-entry`.
        pub tc_entry: codec::Nested<TcTaprioTcEntryAttrs> = attrs::tc_taprio_attrs::TC_ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-taprio-sched-entry-list`.
    pub struct TcTaprioSchedEntryList {}
    attributes {
        /// `entry`.
        pub entry: codec::Multi<codec::Nested<TcTaprioSchedEntry>> = attrs::tc_taprio_sched_entry_list::ENTRY,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-taprio-sched-entry`.
    pub struct TcTaprioSchedEntry {}
    attributes {
        /// `index`.
        pub index: codec::U32 = attrs::tc_taprio_sched_entry::INDEX,
        /// `cmd`.
        pub cmd: codec::U8 = attrs::tc_taprio_sched_entry::CMD,
        /// `gate-mask`.
        pub gate_mask: codec::U32 = attrs::tc_taprio_sched_entry::GATE_MASK,
        /// `interval`.
        pub interval: codec::U32 = attrs::tc_taprio_sched_entry::INTERVAL,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-taprio-tc-entry-attrs`.
    pub struct TcTaprioTcEntryAttrs {}
    attributes {
        /// `index`.
        pub index: codec::U32 = attrs::tc_taprio_tc_entry_attrs::INDEX,
        /// `max-sdu`.
        pub max_sdu: codec::U32 = attrs::tc_taprio_tc_entry_attrs::MAX_SDU,
        /// `fp`.
        pub fp: codec::U32 = attrs::tc_taprio_tc_entry_attrs::FP,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-tbf-attrs`.
    pub struct TcTbfAttrs {}
    attributes {
        /// `parms`.
        pub parms: codec::StructTrailing<TcTbfQopt> = attrs::tc_tbf_attrs::PARMS,
        /// `rtab`.
        pub rtab: codec::Bytes = attrs::tc_tbf_attrs::RTAB,
        /// `ptab`.
        pub ptab: codec::Bytes = attrs::tc_tbf_attrs::PTAB,
        /// `rate64`.
        pub rate64: codec::U64 = attrs::tc_tbf_attrs::RATE64,
        /// `prate64`.
        pub prate64: codec::U64 = attrs::tc_tbf_attrs::PRATE64,
        /// `burst`.
        pub burst: codec::U32 = attrs::tc_tbf_attrs::BURST,
        /// `pburst`.
        pub pburst: codec::U32 = attrs::tc_tbf_attrs::PBURST,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-sample-attrs`.
    pub struct TcActSampleAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_sample_attrs::TM,
        /// `parms`.
        pub parms: codec::StructTrailing<TcGen> = attrs::tc_act_sample_attrs::PARMS,
        /// `rate`.
        pub rate: codec::U32 = attrs::tc_act_sample_attrs::RATE,
        /// `trunc-size`.
        pub trunc_size: codec::U32 = attrs::tc_act_sample_attrs::TRUNC_SIZE,
        /// `psample-group`.
        pub psample_group: codec::U32 = attrs::tc_act_sample_attrs::PSAMPLE_GROUP,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-act-gact-attrs`.
    pub struct TcActGactAttrs {}
    attributes {
        /// `tm`.
        pub tm: codec::StructTrailing<TcfT> = attrs::tc_act_gact_attrs::TM,
        /// `parms`.
        pub parms: codec::StructTrailing<TcGen> = attrs::tc_act_gact_attrs::PARMS,
        /// `prob`.
        pub prob: codec::StructTrailing<TcGactP> = attrs::tc_act_gact_attrs::PROB,
    }
}

crate::attribute_set! {
    /// The attribute set `tca-stab-attrs`.
    pub struct TcaStabAttrs {}
    attributes {
        /// `base`.
        pub base: codec::StructTrailing<TcSizespec> = attrs::tca_stab_attrs::BASE,
        /// `data`.
        pub data: codec::Bytes = attrs::tca_stab_attrs::DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `tca-stats-attrs`.
    pub struct TcaStatsAttrs {}
    attributes {
        /// `basic`.
        pub basic: codec::StructTrailing<GnetStatsBasic> = attrs::tca_stats_attrs::BASIC,
        /// `rate-est`.
        pub rate_est: codec::StructTrailing<GnetStatsRateEst> = attrs::tca_stats_attrs::RATE_EST,
        /// `queue`.
        pub queue: codec::StructTrailing<GnetStatsQueue> = attrs::tca_stats_attrs::QUEUE,
        /// `app`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcaStatsAppMsg::parse`].
        pub app: codec::Bytes = attrs::tca_stats_attrs::APP,
        /// `rate-est64`.
        pub rate_est64: codec::StructTrailing<GnetStatsRateEst64> = attrs::tca_stats_attrs::RATE_EST64,
        /// `basic-hw`.
        pub basic_hw: codec::StructTrailing<GnetStatsBasic> = attrs::tca_stats_attrs::BASIC_HW,
        /// `pkt64`.
        pub pkt64: codec::U64 = attrs::tca_stats_attrs::PKT64,
    }
}

crate::attribute_set! {
    /// The attribute set `tc-u32-attrs`.
    pub struct TcU32Attrs {}
    attributes {
        /// `classid`.
        pub classid: codec::U32 = attrs::tc_u32_attrs::CLASSID,
        /// `hash`.
        pub hash: codec::U32 = attrs::tc_u32_attrs::HASH,
        /// `link`.
        pub link: codec::U32 = attrs::tc_u32_attrs::LINK,
        /// `divisor`.
        pub divisor: codec::U32 = attrs::tc_u32_attrs::DIVISOR,
        /// `sel`.
        pub sel: codec::StructTrailing<TcU32Sel> = attrs::tc_u32_attrs::SEL,
        /// `police`.
        pub police: codec::Nested<TcPoliceAttrs> = attrs::tc_u32_attrs::POLICE,
        /// `act`.
        pub act: codec::IndexedArray<codec::Nested<TcActAttrs>> = attrs::tc_u32_attrs::ACT,
        /// `indev`.
        pub indev: codec::Str = attrs::tc_u32_attrs::INDEV,
        /// `pcnt`.
        pub pcnt: codec::StructTrailing<TcU32Pcnt> = attrs::tc_u32_attrs::PCNT,
        /// `mark`.
        pub mark: codec::StructTrailing<TcU32Mark> = attrs::tc_u32_attrs::MARK,
        /// `flags`.
        pub flags: codec::U32 = attrs::tc_u32_attrs::FLAGS,
    }
}

/// The formats of the sub-message `tc-options-msg`, by the value of the attribute that selects
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum TcOptionsMsg {
    /// `basic`.
    Basic(TcBasicAttrs),
    /// `bpf`.
    Bpf(TcBpfAttrs),
    /// `bfifo`.
    Bfifo(TcFifoQopt),
    /// `cake`.
    Cake(TcCakeAttrs),
    /// `cbs`.
    Cbs(TcCbsAttrs),
    /// `cgroup`.
    Cgroup(TcCgroupAttrs),
    /// `choke`.
    Choke(TcChokeAttrs),
    /// `clsact`.
    Clsact,
    /// `codel`.
    Codel(TcCodelAttrs),
    /// `drr`.
    Drr(TcDrrAttrs),
    /// `etf`.
    Etf(TcEtfAttrs),
    /// `ets`.
    Ets(TcEtsAttrs),
    /// `flow`.
    Flow(TcFlowAttrs),
    /// `flower`.
    Flower(TcFlowerAttrs),
    /// `fq`.
    Fq(TcFqAttrs),
    /// `fq_codel`.
    FqCodel(TcFqCodelAttrs),
    /// `fq_pie`.
    FqPie(TcFqPieAttrs),
    /// `fw`.
    Fw(TcFwAttrs),
    /// `gred`.
    Gred(TcGredAttrs),
    /// `hfsc`.
    Hfsc(TcHfscQopt),
    /// `hhf`.
    Hhf(TcHhfAttrs),
    /// `htb`.
    Htb(TcHtbAttrs),
    /// `ingress`.
    Ingress,
    /// `matchall`.
    Matchall(TcMatchallAttrs),
    /// `mq`.
    Mq,
    /// `mqprio`.
    Mqprio(TcMqprioQopt),
    /// `multiq`.
    Multiq(TcMultiqQopt),
    /// `netem`.
    Netem(TcNetemQopt, TcNetemAttrs),
    /// `pfifo`.
    Pfifo(TcFifoQopt),
    /// `pfifo_fast`.
    PfifoFast(TcPrioQopt),
    /// `pfifo_head_drop`.
    PfifoHeadDrop(TcFifoQopt),
    /// `pie`.
    Pie(TcPieAttrs),
    /// `plug`.
    Plug(TcPlugQopt),
    /// `prio`.
    Prio(TcPrioQopt),
    /// `qfq`.
    Qfq(TcQfqAttrs),
    /// `red`.
    Red(TcRedAttrs),
    /// `route`.
    Route(TcRouteAttrs),
    /// `sfb`.
    Sfb(TcSfbQopt),
    /// `sfq`.
    Sfq(TcSfqQoptV1),
    /// `taprio`.
    Taprio(TcTaprioAttrs),
    /// `tbf`.
    Tbf(TcTbfAttrs),
    /// `u32`.
    U32(TcU32Attrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl TcOptionsMsg {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "basic" => TcOptionsMsg::Basic(super::parse_fixed::<super::NoHeader, TcBasicAttrs>(payload)?.1),
            "bpf" => TcOptionsMsg::Bpf(super::parse_fixed::<super::NoHeader, TcBpfAttrs>(payload)?.1),
            "bfifo" => TcOptionsMsg::Bfifo(super::parse_fixed::<TcFifoQopt, super::NoAttributes>(payload)?.0),
            "cake" => TcOptionsMsg::Cake(super::parse_fixed::<super::NoHeader, TcCakeAttrs>(payload)?.1),
            "cbs" => TcOptionsMsg::Cbs(super::parse_fixed::<super::NoHeader, TcCbsAttrs>(payload)?.1),
            "cgroup" => TcOptionsMsg::Cgroup(super::parse_fixed::<super::NoHeader, TcCgroupAttrs>(payload)?.1),
            "choke" => TcOptionsMsg::Choke(super::parse_fixed::<super::NoHeader, TcChokeAttrs>(payload)?.1),
            "clsact" => TcOptionsMsg::Clsact,
            "codel" => TcOptionsMsg::Codel(super::parse_fixed::<super::NoHeader, TcCodelAttrs>(payload)?.1),
            "drr" => TcOptionsMsg::Drr(super::parse_fixed::<super::NoHeader, TcDrrAttrs>(payload)?.1),
            "etf" => TcOptionsMsg::Etf(super::parse_fixed::<super::NoHeader, TcEtfAttrs>(payload)?.1),
            "ets" => TcOptionsMsg::Ets(super::parse_fixed::<super::NoHeader, TcEtsAttrs>(payload)?.1),
            "flow" => TcOptionsMsg::Flow(super::parse_fixed::<super::NoHeader, TcFlowAttrs>(payload)?.1),
            "flower" => TcOptionsMsg::Flower(super::parse_fixed::<super::NoHeader, TcFlowerAttrs>(payload)?.1),
            "fq" => TcOptionsMsg::Fq(super::parse_fixed::<super::NoHeader, TcFqAttrs>(payload)?.1),
            "fq_codel" => TcOptionsMsg::FqCodel(super::parse_fixed::<super::NoHeader, TcFqCodelAttrs>(payload)?.1),
            "fq_pie" => TcOptionsMsg::FqPie(super::parse_fixed::<super::NoHeader, TcFqPieAttrs>(payload)?.1),
            "fw" => TcOptionsMsg::Fw(super::parse_fixed::<super::NoHeader, TcFwAttrs>(payload)?.1),
            "gred" => TcOptionsMsg::Gred(super::parse_fixed::<super::NoHeader, TcGredAttrs>(payload)?.1),
            "hfsc" => TcOptionsMsg::Hfsc(super::parse_fixed::<TcHfscQopt, super::NoAttributes>(payload)?.0),
            "hhf" => TcOptionsMsg::Hhf(super::parse_fixed::<super::NoHeader, TcHhfAttrs>(payload)?.1),
            "htb" => TcOptionsMsg::Htb(super::parse_fixed::<super::NoHeader, TcHtbAttrs>(payload)?.1),
            "ingress" => TcOptionsMsg::Ingress,
            "matchall" => TcOptionsMsg::Matchall(super::parse_fixed::<super::NoHeader, TcMatchallAttrs>(payload)?.1),
            "mq" => TcOptionsMsg::Mq,
            "mqprio" => TcOptionsMsg::Mqprio(super::parse_fixed::<TcMqprioQopt, super::NoAttributes>(payload)?.0),
            "multiq" => TcOptionsMsg::Multiq(super::parse_fixed::<TcMultiqQopt, super::NoAttributes>(payload)?.0),
            "netem" => {
                let (h, a) = super::parse_fixed::<TcNetemQopt, TcNetemAttrs>(payload)?;
                TcOptionsMsg::Netem(h, a)
            }
            "pfifo" => TcOptionsMsg::Pfifo(super::parse_fixed::<TcFifoQopt, super::NoAttributes>(payload)?.0),
            "pfifo_fast" => TcOptionsMsg::PfifoFast(super::parse_fixed::<TcPrioQopt, super::NoAttributes>(payload)?.0),
            "pfifo_head_drop" => TcOptionsMsg::PfifoHeadDrop(super::parse_fixed::<TcFifoQopt, super::NoAttributes>(payload)?.0),
            "pie" => TcOptionsMsg::Pie(super::parse_fixed::<super::NoHeader, TcPieAttrs>(payload)?.1),
            "plug" => TcOptionsMsg::Plug(super::parse_fixed::<TcPlugQopt, super::NoAttributes>(payload)?.0),
            "prio" => TcOptionsMsg::Prio(super::parse_fixed::<TcPrioQopt, super::NoAttributes>(payload)?.0),
            "qfq" => TcOptionsMsg::Qfq(super::parse_fixed::<super::NoHeader, TcQfqAttrs>(payload)?.1),
            "red" => TcOptionsMsg::Red(super::parse_fixed::<super::NoHeader, TcRedAttrs>(payload)?.1),
            "route" => TcOptionsMsg::Route(super::parse_fixed::<super::NoHeader, TcRouteAttrs>(payload)?.1),
            "sfb" => TcOptionsMsg::Sfb(super::parse_fixed::<TcSfbQopt, super::NoAttributes>(payload)?.0),
            "sfq" => TcOptionsMsg::Sfq(super::parse_fixed::<TcSfqQoptV1, super::NoAttributes>(payload)?.0),
            "taprio" => TcOptionsMsg::Taprio(super::parse_fixed::<super::NoHeader, TcTaprioAttrs>(payload)?.1),
            "tbf" => TcOptionsMsg::Tbf(super::parse_fixed::<super::NoHeader, TcTbfAttrs>(payload)?.1),
            "u32" => TcOptionsMsg::U32(super::parse_fixed::<super::NoHeader, TcU32Attrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            TcOptionsMsg::Basic(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Bpf(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Bfifo(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Cake(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Cbs(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Cgroup(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Choke(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Clsact => {}
            TcOptionsMsg::Codel(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Drr(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Etf(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Ets(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Flow(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Flower(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Fq(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::FqCodel(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::FqPie(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Fw(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Gred(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Hfsc(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Hhf(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Htb(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Ingress => {}
            TcOptionsMsg::Matchall(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Mq => {}
            TcOptionsMsg::Mqprio(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Multiq(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Netem(h, a) => {
                b.push_struct(h);
                a.write_attrs(b);
            }
            TcOptionsMsg::Pfifo(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::PfifoFast(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::PfifoHeadDrop(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Pie(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Plug(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Prio(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Qfq(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Red(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Route(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Sfb(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Sfq(h) => {
                b.push_struct(h);
            }
            TcOptionsMsg::Taprio(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Tbf(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::U32(a) => {
                a.write_attrs(b);
            }
            TcOptionsMsg::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The formats of the sub-message `tc-act-options-msg`, by the value of the attribute that selects
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum TcActOptionsMsg {
    /// `bpf`.
    Bpf(TcActBpfAttrs),
    /// `connmark`.
    Connmark(TcActConnmarkAttrs),
    /// `csum`.
    Csum(TcActCsumAttrs),
    /// `ct`.
    Ct(TcActCtAttrs),
    /// `ctinfo`.
    Ctinfo(TcActCtinfoAttrs),
    /// `gact`.
    Gact(TcActGactAttrs),
    /// `gate`.
    Gate(TcActGateAttrs),
    /// `ife`.
    Ife(TcActIfeAttrs),
    /// `mirred`.
    Mirred(TcActMirredAttrs),
    /// `mpls`.
    Mpls(TcActMplsAttrs),
    /// `nat`.
    Nat(TcActNatAttrs),
    /// `pedit`.
    Pedit(TcActPeditAttrs),
    /// `police`.
    Police(TcActPoliceAttrs),
    /// `sample`.
    Sample(TcActSampleAttrs),
    /// `simple`.
    Simple(TcActSimpleAttrs),
    /// `skbedit`.
    Skbedit(TcActSkbeditAttrs),
    /// `skbmod`.
    Skbmod(TcActSkbmodAttrs),
    /// `tunnel_key`.
    TunnelKey(TcActTunnelKeyAttrs),
    /// `vlan`.
    Vlan(TcActVlanAttrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl TcActOptionsMsg {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "bpf" => TcActOptionsMsg::Bpf(super::parse_fixed::<super::NoHeader, TcActBpfAttrs>(payload)?.1),
            "connmark" => TcActOptionsMsg::Connmark(super::parse_fixed::<super::NoHeader, TcActConnmarkAttrs>(payload)?.1),
            "csum" => TcActOptionsMsg::Csum(super::parse_fixed::<super::NoHeader, TcActCsumAttrs>(payload)?.1),
            "ct" => TcActOptionsMsg::Ct(super::parse_fixed::<super::NoHeader, TcActCtAttrs>(payload)?.1),
            "ctinfo" => TcActOptionsMsg::Ctinfo(super::parse_fixed::<super::NoHeader, TcActCtinfoAttrs>(payload)?.1),
            "gact" => TcActOptionsMsg::Gact(super::parse_fixed::<super::NoHeader, TcActGactAttrs>(payload)?.1),
            "gate" => TcActOptionsMsg::Gate(super::parse_fixed::<super::NoHeader, TcActGateAttrs>(payload)?.1),
            "ife" => TcActOptionsMsg::Ife(super::parse_fixed::<super::NoHeader, TcActIfeAttrs>(payload)?.1),
            "mirred" => TcActOptionsMsg::Mirred(super::parse_fixed::<super::NoHeader, TcActMirredAttrs>(payload)?.1),
            "mpls" => TcActOptionsMsg::Mpls(super::parse_fixed::<super::NoHeader, TcActMplsAttrs>(payload)?.1),
            "nat" => TcActOptionsMsg::Nat(super::parse_fixed::<super::NoHeader, TcActNatAttrs>(payload)?.1),
            "pedit" => TcActOptionsMsg::Pedit(super::parse_fixed::<super::NoHeader, TcActPeditAttrs>(payload)?.1),
            "police" => TcActOptionsMsg::Police(super::parse_fixed::<super::NoHeader, TcActPoliceAttrs>(payload)?.1),
            "sample" => TcActOptionsMsg::Sample(super::parse_fixed::<super::NoHeader, TcActSampleAttrs>(payload)?.1),
            "simple" => TcActOptionsMsg::Simple(super::parse_fixed::<super::NoHeader, TcActSimpleAttrs>(payload)?.1),
            "skbedit" => TcActOptionsMsg::Skbedit(super::parse_fixed::<super::NoHeader, TcActSkbeditAttrs>(payload)?.1),
            "skbmod" => TcActOptionsMsg::Skbmod(super::parse_fixed::<super::NoHeader, TcActSkbmodAttrs>(payload)?.1),
            "tunnel_key" => TcActOptionsMsg::TunnelKey(super::parse_fixed::<super::NoHeader, TcActTunnelKeyAttrs>(payload)?.1),
            "vlan" => TcActOptionsMsg::Vlan(super::parse_fixed::<super::NoHeader, TcActVlanAttrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            TcActOptionsMsg::Bpf(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Connmark(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Csum(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Ct(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Ctinfo(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Gact(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Gate(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Ife(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Mirred(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Mpls(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Nat(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Pedit(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Police(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Sample(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Simple(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Skbedit(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Skbmod(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::TunnelKey(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Vlan(a) => {
                a.write_attrs(b);
            }
            TcActOptionsMsg::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The formats of the sub-message `tca-stats-app-msg`, by the value of the attribute that selects
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum TcaStatsAppMsg {
    /// `cake`.
    Cake(TcCakeStatsAttrs),
    /// `choke`.
    Choke(TcChokeXstats),
    /// `codel`.
    Codel(TcCodelXstats),
    /// `fq_codel`.
    FqCodel(TcFqCodelXstats),
    /// `fq_pie`.
    FqPie(TcFqPieXstats),
    /// `hhf`.
    Hhf(TcHhfXstats),
    /// `pie`.
    Pie(TcPieXstats),
    /// `red`.
    Red(TcRedXstats),
    /// `sfb`.
    Sfb(TcSfbXstats),
    /// `sfq`.
    Sfq(TcSfqXstats),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl TcaStatsAppMsg {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "cake" => TcaStatsAppMsg::Cake(super::parse_fixed::<super::NoHeader, TcCakeStatsAttrs>(payload)?.1),
            "choke" => TcaStatsAppMsg::Choke(super::parse_fixed::<TcChokeXstats, super::NoAttributes>(payload)?.0),
            "codel" => TcaStatsAppMsg::Codel(super::parse_fixed::<TcCodelXstats, super::NoAttributes>(payload)?.0),
            "fq_codel" => TcaStatsAppMsg::FqCodel(super::parse_fixed::<TcFqCodelXstats, super::NoAttributes>(payload)?.0),
            "fq_pie" => TcaStatsAppMsg::FqPie(super::parse_fixed::<TcFqPieXstats, super::NoAttributes>(payload)?.0),
            "hhf" => TcaStatsAppMsg::Hhf(super::parse_fixed::<TcHhfXstats, super::NoAttributes>(payload)?.0),
            "pie" => TcaStatsAppMsg::Pie(super::parse_fixed::<TcPieXstats, super::NoAttributes>(payload)?.0),
            "red" => TcaStatsAppMsg::Red(super::parse_fixed::<TcRedXstats, super::NoAttributes>(payload)?.0),
            "sfb" => TcaStatsAppMsg::Sfb(super::parse_fixed::<TcSfbXstats, super::NoAttributes>(payload)?.0),
            "sfq" => TcaStatsAppMsg::Sfq(super::parse_fixed::<TcSfqXstats, super::NoAttributes>(payload)?.0),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            TcaStatsAppMsg::Cake(a) => {
                a.write_attrs(b);
            }
            TcaStatsAppMsg::Choke(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Codel(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::FqCodel(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::FqPie(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Hhf(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Pie(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Red(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Sfb(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Sfq(h) => {
                b.push_struct(h);
            }
            TcaStatsAppMsg::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `newqdisc`: Create new tc qdisc.
    pub const NEWQDISC: u16 = 36;
    /// `delqdisc`: Delete existing tc qdisc.
    pub const DELQDISC: u16 = 37;
    /// `getqdisc`: Get / dump tc qdisc information.
    pub const GETQDISC: u16 = 38;
    /// `getqdisc` (reply): Get / dump tc qdisc information.
    pub const GETQDISC_REPLY: u16 = 36;
    /// `newtclass`: Get / dump tc traffic class information.
    pub const NEWTCLASS: u16 = 40;
    /// `deltclass`: Get / dump tc traffic class information.
    pub const DELTCLASS: u16 = 41;
    /// `gettclass`: Get / dump tc traffic class information.
    pub const GETTCLASS: u16 = 42;
    /// `gettclass` (reply): Get / dump tc traffic class information.
    pub const GETTCLASS_REPLY: u16 = 40;
    /// `newtfilter`: Get / dump tc filter information.
    pub const NEWTFILTER: u16 = 44;
    /// `deltfilter`: Get / dump tc filter information.
    pub const DELTFILTER: u16 = 45;
    /// `gettfilter`: Get / dump tc filter information.
    pub const GETTFILTER: u16 = 46;
    /// `gettfilter` (reply): Get / dump tc filter information.
    pub const GETTFILTER_REPLY: u16 = 44;
    /// `newchain`: Get / dump tc chain information.
    pub const NEWCHAIN: u16 = 100;
    /// `delchain`: Get / dump tc chain information.
    pub const DELCHAIN: u16 = 101;
    /// `getchain`: Get / dump tc chain information.
    pub const GETCHAIN: u16 = 102;
    /// `getchain` (reply): Get / dump tc chain information.
    pub const GETCHAIN_REPLY: u16 = 100;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `rtnlgrp-tc`.
    pub const RTNLGRP_TC: u32 = 4;
}

crate::attribute_set! {
    /// The request of `newqdisc`: attributes of `tc-attrs` (`kind`, `options`, `rate`, `chain`,
    /// `ingress-block`, `egress-block`).
    pub struct NewqdiscRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_attrs::OPTIONS,
        /// `rate`.
        pub rate: codec::StructTrailing<GnetEstimator> = attrs::tc_attrs::RATE,
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `ingress-block`.
        pub ingress_block: codec::U32 = attrs::tc_attrs::INGRESS_BLOCK,
        /// `egress-block`.
        pub egress_block: codec::U32 = attrs::tc_attrs::EGRESS_BLOCK,
    }
}

/// `newqdisc` (do): Create new tc qdisc.
///
/// The kernel answers with an acknowledgement only.
pub fn newqdisc(request: &NewqdiscRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWQDISC, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delqdisc`: attributes of `tc-attrs`.
    pub struct DelqdiscRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {}
}

/// `delqdisc` (do): Delete existing tc qdisc.
///
/// The kernel answers with an acknowledgement only.
pub fn delqdisc(request: &DelqdiscRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELQDISC, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getqdisc`: attributes of `tc-attrs` (`dump-invisible`).
    pub struct GetqdiscRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `dump-invisible`.
        pub dump_invisible: codec::Flag = attrs::tc_attrs::DUMP_INVISIBLE,
    }
}

/// `getqdisc` (do): Get / dump tc qdisc information.
///
/// Each reply is a [`TcAttrs`].
pub fn getqdisc(request: &GetqdiscRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETQDISC, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newtclass`: attributes of `tc-attrs` (`kind`, `options`, `rate`, `chain`,
    /// `ingress-block`, `egress-block`).
    pub struct NewtclassRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_attrs::OPTIONS,
        /// `rate`.
        pub rate: codec::StructTrailing<GnetEstimator> = attrs::tc_attrs::RATE,
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `ingress-block`.
        pub ingress_block: codec::U32 = attrs::tc_attrs::INGRESS_BLOCK,
        /// `egress-block`.
        pub egress_block: codec::U32 = attrs::tc_attrs::EGRESS_BLOCK,
    }
}

/// `newtclass` (do): Get / dump tc traffic class information.
///
/// The kernel answers with an acknowledgement only.
pub fn newtclass(request: &NewtclassRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWTCLASS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `deltclass`: attributes of `tc-attrs`.
    pub struct DeltclassRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {}
}

/// `deltclass` (do): Get / dump tc traffic class information.
///
/// The kernel answers with an acknowledgement only.
pub fn deltclass(request: &DeltclassRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELTCLASS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `gettclass`: attributes of `tc-attrs`.
    pub struct GettclassRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {}
}

/// `gettclass` (do): Get / dump tc traffic class information.
///
/// Each reply is a [`TcAttrs`].
pub fn gettclass(request: &GettclassRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETTCLASS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newtfilter`: attributes of `tc-attrs` (`kind`, `options`, `rate`, `chain`,
    /// `ingress-block`, `egress-block`).
    pub struct NewtfilterRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_attrs::OPTIONS,
        /// `rate`.
        pub rate: codec::StructTrailing<GnetEstimator> = attrs::tc_attrs::RATE,
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `ingress-block`.
        pub ingress_block: codec::U32 = attrs::tc_attrs::INGRESS_BLOCK,
        /// `egress-block`.
        pub egress_block: codec::U32 = attrs::tc_attrs::EGRESS_BLOCK,
    }
}

/// `newtfilter` (do): Get / dump tc filter information.
///
/// The kernel answers with an acknowledgement only.
pub fn newtfilter(request: &NewtfilterRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWTFILTER, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `deltfilter`: attributes of `tc-attrs` (`chain`, `kind`).
    pub struct DeltfilterRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
    }
}

/// `deltfilter` (do): Get / dump tc filter information.
///
/// The kernel answers with an acknowledgement only.
pub fn deltfilter(request: &DeltfilterRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELTFILTER, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `gettfilter`: attributes of `tc-attrs` (`chain`, `kind`).
    pub struct GettfilterRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
    }
}

/// `gettfilter` (do): Get / dump tc filter information.
///
/// Each reply is a [`TcAttrs`].
pub fn gettfilter(request: &GettfilterRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETTFILTER, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `gettfilter` (dump): attributes of `tc-attrs` (`chain`, `dump-flags`).
    pub struct GettfilterDumpRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `dump-flags`.
        pub dump_flags: codec::Struct<codec::Bitfield32> = attrs::tc_attrs::DUMP_FLAGS,
    }
}

/// `gettfilter` (dump): Get / dump tc filter information.
///
/// Each reply is a [`TcAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn gettfilter_dump(request: &GettfilterDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETTFILTER, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newchain`: attributes of `tc-attrs` (`kind`, `options`, `rate`, `chain`,
    /// `ingress-block`, `egress-block`).
    pub struct NewchainRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::tc_attrs::KIND,
        /// `options`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`TcOptionsMsg::parse`].
        pub options: codec::Bytes = attrs::tc_attrs::OPTIONS,
        /// `rate`.
        pub rate: codec::StructTrailing<GnetEstimator> = attrs::tc_attrs::RATE,
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
        /// `ingress-block`.
        pub ingress_block: codec::U32 = attrs::tc_attrs::INGRESS_BLOCK,
        /// `egress-block`.
        pub egress_block: codec::U32 = attrs::tc_attrs::EGRESS_BLOCK,
    }
}

/// `newchain` (do): Get / dump tc chain information.
///
/// The kernel answers with an acknowledgement only.
pub fn newchain(request: &NewchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delchain`: attributes of `tc-attrs` (`chain`).
    pub struct DelchainRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
    }
}

/// `delchain` (do): Get / dump tc chain information.
///
/// The kernel answers with an acknowledgement only.
pub fn delchain(request: &DelchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getchain`: attributes of `tc-attrs` (`chain`).
    pub struct GetchainRequest {
        /// The fixed header.
        pub header: Tcmsg,
    }
    attributes {
        /// `chain`.
        pub chain: codec::U32 = attrs::tc_attrs::CHAIN,
    }
}

/// `getchain` (do): Get / dump tc chain information.
///
/// Each reply is a [`TcAttrs`].
pub fn getchain(request: &GetchainRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETCHAIN, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `tc-attrs`.
    pub static TC_ATTRS: SetNames = SetNames {
        name: "tc-attrs",
        attrs: &[
            AttrName::value(1, "kind"),
            AttrName::sub_message(2, "options", "kind", &TC_OPTIONS_MSG_FORMATS),
            AttrName::value(3, "stats"),
            AttrName::sub_message(4, "xstats", "kind", &TCA_STATS_APP_MSG_FORMATS),
            AttrName::value(5, "rate"),
            AttrName::value(6, "fcnt"),
            AttrName::nest(7, "stats2", &TCA_STATS_ATTRS),
            AttrName::nest(8, "stab", &TCA_STAB_ATTRS),
            AttrName::value(9, "pad"),
            AttrName::value(10, "dump-invisible"),
            AttrName::value(11, "chain"),
            AttrName::value(12, "hw-offload"),
            AttrName::value(13, "ingress-block"),
            AttrName::value(14, "egress-block"),
            AttrName::value(15, "dump-flags"),
            AttrName::value(16, "ext-warn-msg"),
        ],
    };

    /// `tc-act-attrs`.
    pub static TC_ACT_ATTRS: SetNames = SetNames {
        name: "tc-act-attrs",
        attrs: &[
            AttrName::value(1, "kind"),
            AttrName::sub_message(2, "options", "kind", &TC_ACT_OPTIONS_MSG_FORMATS),
            AttrName::value(3, "index"),
            AttrName::nest(4, "stats", &TC_ACT_STATS_ATTRS),
            AttrName::value(5, "pad"),
            AttrName::value(6, "cookie"),
            AttrName::value(7, "flags"),
            AttrName::value(8, "hw-stats"),
            AttrName::value(9, "used-hw-stats"),
            AttrName::value(10, "in-hw-count"),
        ],
    };

    /// `tc-act-stats-attrs`.
    pub static TC_ACT_STATS_ATTRS: SetNames = SetNames {
        name: "tc-act-stats-attrs",
        attrs: &[
            AttrName::value(1, "basic"),
            AttrName::value(2, "rate-est"),
            AttrName::value(3, "queue"),
            AttrName::value(4, "app"),
            AttrName::value(5, "rate-est64"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "basic-hw"),
            AttrName::value(8, "pkt64"),
        ],
    };

    /// `tc-act-bpf-attrs`.
    pub static TC_ACT_BPF_ATTRS: SetNames = SetNames {
        name: "tc-act-bpf-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "ops-len"),
            AttrName::value(4, "ops"),
            AttrName::value(5, "fd"),
            AttrName::value(6, "name"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "tag"),
            AttrName::value(9, "id"),
        ],
    };

    /// `tc-act-connmark-attrs`.
    pub static TC_ACT_CONNMARK_ATTRS: SetNames = SetNames {
        name: "tc-act-connmark-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "pad"),
        ],
    };

    /// `tc-act-csum-attrs`.
    pub static TC_ACT_CSUM_ATTRS: SetNames = SetNames {
        name: "tc-act-csum-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "pad"),
        ],
    };

    /// `tc-act-ct-attrs`.
    pub static TC_ACT_CT_ATTRS: SetNames = SetNames {
        name: "tc-act-ct-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "action"),
            AttrName::value(4, "zone"),
            AttrName::value(5, "mark"),
            AttrName::value(6, "mark-mask"),
            AttrName::value(7, "labels"),
            AttrName::value(8, "labels-mask"),
            AttrName::value(9, "nat-ipv4-min"),
            AttrName::value(10, "nat-ipv4-max"),
            AttrName::value(11, "nat-ipv6-min"),
            AttrName::value(12, "nat-ipv6-max"),
            AttrName::value(13, "nat-port-min"),
            AttrName::value(14, "nat-port-max"),
            AttrName::value(15, "pad"),
            AttrName::value(16, "helper-name"),
            AttrName::value(17, "helper-family"),
            AttrName::value(18, "helper-proto"),
        ],
    };

    /// `tc-act-ctinfo-attrs`.
    pub static TC_ACT_CTINFO_ATTRS: SetNames = SetNames {
        name: "tc-act-ctinfo-attrs",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "act"),
            AttrName::value(4, "zone"),
            AttrName::value(5, "parms-dscp-mask"),
            AttrName::value(6, "parms-dscp-statemask"),
            AttrName::value(7, "parms-cpmark-mask"),
            AttrName::value(8, "stats-dscp-set"),
            AttrName::value(9, "stats-dscp-error"),
            AttrName::value(10, "stats-cpmark-set"),
        ],
    };

    /// `tc-act-gate-attrs`.
    pub static TC_ACT_GATE_ATTRS: SetNames = SetNames {
        name: "tc-act-gate-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "priority"),
            AttrName::value(5, "entry-list"),
            AttrName::value(6, "base-time"),
            AttrName::value(7, "cycle-time"),
            AttrName::value(8, "cycle-time-ext"),
            AttrName::value(9, "flags"),
            AttrName::value(10, "clockid"),
        ],
    };

    /// `tc-act-ife-attrs`.
    pub static TC_ACT_IFE_ATTRS: SetNames = SetNames {
        name: "tc-act-ife-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "dmac"),
            AttrName::value(4, "smac"),
            AttrName::value(5, "type"),
            AttrName::value(6, "metalst"),
            AttrName::value(7, "pad"),
        ],
    };

    /// `tc-act-mirred-attrs`.
    pub static TC_ACT_MIRRED_ATTRS: SetNames = SetNames {
        name: "tc-act-mirred-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "blockid"),
        ],
    };

    /// `tc-act-mpls-attrs`.
    pub static TC_ACT_MPLS_ATTRS: SetNames = SetNames {
        name: "tc-act-mpls-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "proto"),
            AttrName::value(5, "label"),
            AttrName::value(6, "tc"),
            AttrName::value(7, "ttl"),
            AttrName::value(8, "bos"),
        ],
    };

    /// `tc-act-nat-attrs`.
    pub static TC_ACT_NAT_ATTRS: SetNames = SetNames {
        name: "tc-act-nat-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "tm"),
            AttrName::value(3, "pad"),
        ],
    };

    /// `tc-act-pedit-attrs`.
    pub static TC_ACT_PEDIT_ATTRS: SetNames = SetNames {
        name: "tc-act-pedit-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "parms-ex"),
            AttrName::value(5, "keys-ex"),
            AttrName::value(6, "key-ex"),
        ],
    };

    /// `tc-act-police-attrs`.
    pub static TC_ACT_POLICE_ATTRS: SetNames = SetNames {
        name: "tc-act-police-attrs",
        attrs: &[
            AttrName::value(1, "tbf"),
            AttrName::value(2, "rate"),
            AttrName::value(3, "peakrate"),
            AttrName::value(4, "avrate"),
            AttrName::value(5, "result"),
            AttrName::value(6, "tm"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "rate64"),
            AttrName::value(9, "peakrate64"),
            AttrName::value(10, "pktrate64"),
            AttrName::value(11, "pktburst64"),
        ],
    };

    /// `tc-act-simple-attrs`.
    pub static TC_ACT_SIMPLE_ATTRS: SetNames = SetNames {
        name: "tc-act-simple-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "data"),
            AttrName::value(4, "pad"),
        ],
    };

    /// `tc-act-skbedit-attrs`.
    pub static TC_ACT_SKBEDIT_ATTRS: SetNames = SetNames {
        name: "tc-act-skbedit-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "priority"),
            AttrName::value(4, "queue-mapping"),
            AttrName::value(5, "mark"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "ptype"),
            AttrName::value(8, "mask"),
            AttrName::value(9, "flags"),
            AttrName::value(10, "queue-mapping-max"),
        ],
    };

    /// `tc-act-skbmod-attrs`.
    pub static TC_ACT_SKBMOD_ATTRS: SetNames = SetNames {
        name: "tc-act-skbmod-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "dmac"),
            AttrName::value(4, "smac"),
            AttrName::value(5, "etype"),
            AttrName::value(6, "pad"),
        ],
    };

    /// `tc-act-tunnel-key-attrs`.
    pub static TC_ACT_TUNNEL_KEY_ATTRS: SetNames = SetNames {
        name: "tc-act-tunnel-key-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "enc-ipv4-src"),
            AttrName::value(4, "enc-ipv4-dst"),
            AttrName::value(5, "enc-ipv6-src"),
            AttrName::value(6, "enc-ipv6-dst"),
            AttrName::value(7, "enc-key-id"),
            AttrName::value(8, "pad"),
            AttrName::value(9, "enc-dst-port"),
            AttrName::value(10, "no-csum"),
            AttrName::value(11, "enc-opts"),
            AttrName::value(12, "enc-tos"),
            AttrName::value(13, "enc-ttl"),
            AttrName::value(14, "no-frag"),
        ],
    };

    /// `tc-act-vlan-attrs`.
    pub static TC_ACT_VLAN_ATTRS: SetNames = SetNames {
        name: "tc-act-vlan-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "push-vlan-id"),
            AttrName::value(4, "push-vlan-protocol"),
            AttrName::value(5, "pad"),
            AttrName::value(6, "push-vlan-priority"),
            AttrName::value(7, "push-eth-dst"),
            AttrName::value(8, "push-eth-src"),
        ],
    };

    /// `tc-basic-attrs`.
    pub static TC_BASIC_ATTRS: SetNames = SetNames {
        name: "tc-basic-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::nest(2, "ematches", &TC_EMATCH_ATTRS),
            AttrName::indexed(3, "act", &TC_ACT_ATTRS),
            AttrName::nest(4, "police", &TC_POLICE_ATTRS),
            AttrName::value(5, "pcnt"),
            AttrName::value(6, "pad"),
        ],
    };

    /// `tc-bpf-attrs`.
    pub static TC_BPF_ATTRS: SetNames = SetNames {
        name: "tc-bpf-attrs",
        attrs: &[
            AttrName::indexed(1, "act", &TC_ACT_ATTRS),
            AttrName::nest(2, "police", &TC_POLICE_ATTRS),
            AttrName::value(3, "classid"),
            AttrName::value(4, "ops-len"),
            AttrName::value(5, "ops"),
            AttrName::value(6, "fd"),
            AttrName::value(7, "name"),
            AttrName::value(8, "flags"),
            AttrName::value(9, "flags-gen"),
            AttrName::value(10, "tag"),
            AttrName::value(11, "id"),
        ],
    };

    /// `tc-cake-attrs`.
    pub static TC_CAKE_ATTRS: SetNames = SetNames {
        name: "tc-cake-attrs",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "base-rate64"),
            AttrName::value(3, "diffserv-mode"),
            AttrName::value(4, "atm"),
            AttrName::value(5, "flow-mode"),
            AttrName::value(6, "overhead"),
            AttrName::value(7, "rtt"),
            AttrName::value(8, "target"),
            AttrName::value(9, "autorate"),
            AttrName::value(10, "memory"),
            AttrName::value(11, "nat"),
            AttrName::value(12, "raw"),
            AttrName::value(13, "wash"),
            AttrName::value(14, "mpu"),
            AttrName::value(15, "ingress"),
            AttrName::value(16, "ack-filter"),
            AttrName::value(17, "split-gso"),
            AttrName::value(18, "fwmark"),
        ],
    };

    /// `tc-cake-stats-attrs`.
    pub static TC_CAKE_STATS_ATTRS: SetNames = SetNames {
        name: "tc-cake-stats-attrs",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "capacity-estimate64"),
            AttrName::value(3, "memory-limit"),
            AttrName::value(4, "memory-used"),
            AttrName::value(5, "avg-netoff"),
            AttrName::value(6, "min-netlen"),
            AttrName::value(7, "max-netlen"),
            AttrName::value(8, "min-adjlen"),
            AttrName::value(9, "max-adjlen"),
            AttrName::indexed(10, "tin-stats", &TC_CAKE_TIN_STATS_ATTRS),
            AttrName::value(11, "deficit"),
            AttrName::value(12, "cobalt-count"),
            AttrName::value(13, "dropping"),
            AttrName::value(14, "drop-next-us"),
            AttrName::value(15, "p-drop"),
            AttrName::value(16, "blue-timer-us"),
        ],
    };

    /// `tc-cake-tin-stats-attrs`.
    pub static TC_CAKE_TIN_STATS_ATTRS: SetNames = SetNames {
        name: "tc-cake-tin-stats-attrs",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "sent-packets"),
            AttrName::value(3, "sent-bytes64"),
            AttrName::value(4, "dropped-packets"),
            AttrName::value(5, "dropped-bytes64"),
            AttrName::value(6, "acks-dropped-packets"),
            AttrName::value(7, "acks-dropped-bytes64"),
            AttrName::value(8, "ecn-marked-packets"),
            AttrName::value(9, "ecn-marked-bytes64"),
            AttrName::value(10, "backlog-packets"),
            AttrName::value(11, "backlog-bytes"),
            AttrName::value(12, "threshold-rate64"),
            AttrName::value(13, "target-us"),
            AttrName::value(14, "interval-us"),
            AttrName::value(15, "way-indirect-hits"),
            AttrName::value(16, "way-misses"),
            AttrName::value(17, "way-collisions"),
            AttrName::value(18, "peak-delay-us"),
            AttrName::value(19, "avg-delay-us"),
            AttrName::value(20, "base-delay-us"),
            AttrName::value(21, "sparse-flows"),
            AttrName::value(22, "bulk-flows"),
            AttrName::value(23, "unresponsive-flows"),
            AttrName::value(24, "max-skblen"),
            AttrName::value(25, "flow-quantum"),
        ],
    };

    /// `tc-cbs-attrs`.
    pub static TC_CBS_ATTRS: SetNames = SetNames {
        name: "tc-cbs-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
        ],
    };

    /// `tc-cgroup-attrs`.
    pub static TC_CGROUP_ATTRS: SetNames = SetNames {
        name: "tc-cgroup-attrs",
        attrs: &[
            AttrName::indexed(1, "act", &TC_ACT_ATTRS),
            AttrName::nest(2, "police", &TC_POLICE_ATTRS),
            AttrName::value(3, "ematches"),
        ],
    };

    /// `tc-choke-attrs`.
    pub static TC_CHOKE_ATTRS: SetNames = SetNames {
        name: "tc-choke-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "stab"),
            AttrName::value(3, "max-p"),
        ],
    };

    /// `tc-codel-attrs`.
    pub static TC_CODEL_ATTRS: SetNames = SetNames {
        name: "tc-codel-attrs",
        attrs: &[
            AttrName::value(1, "target"),
            AttrName::value(2, "limit"),
            AttrName::value(3, "interval"),
            AttrName::value(4, "ecn"),
            AttrName::value(5, "ce-threshold"),
        ],
    };

    /// `tc-drr-attrs`.
    pub static TC_DRR_ATTRS: SetNames = SetNames {
        name: "tc-drr-attrs",
        attrs: &[
            AttrName::value(1, "quantum"),
        ],
    };

    /// `tc-ematch-attrs`.
    pub static TC_EMATCH_ATTRS: SetNames = SetNames {
        name: "tc-ematch-attrs",
        attrs: &[
            AttrName::value(1, "tree-hdr"),
            AttrName::value(2, "tree-list"),
        ],
    };

    /// `tc-flow-attrs`.
    pub static TC_FLOW_ATTRS: SetNames = SetNames {
        name: "tc-flow-attrs",
        attrs: &[
            AttrName::value(1, "keys"),
            AttrName::value(2, "mode"),
            AttrName::value(3, "baseclass"),
            AttrName::value(4, "rshift"),
            AttrName::value(5, "addend"),
            AttrName::value(6, "mask"),
            AttrName::value(7, "xor"),
            AttrName::value(8, "divisor"),
            AttrName::value(9, "act"),
            AttrName::nest(10, "police", &TC_POLICE_ATTRS),
            AttrName::value(11, "ematches"),
            AttrName::value(12, "perturb"),
        ],
    };

    /// `tc-flower-attrs`.
    pub static TC_FLOWER_ATTRS: SetNames = SetNames {
        name: "tc-flower-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::value(2, "indev"),
            AttrName::indexed(3, "act", &TC_ACT_ATTRS),
            AttrName::value(4, "key-eth-dst"),
            AttrName::value(5, "key-eth-dst-mask"),
            AttrName::value(6, "key-eth-src"),
            AttrName::value(7, "key-eth-src-mask"),
            AttrName::value(8, "key-eth-type"),
            AttrName::value(9, "key-ip-proto"),
            AttrName::value(10, "key-ipv4-src"),
            AttrName::value(11, "key-ipv4-src-mask"),
            AttrName::value(12, "key-ipv4-dst"),
            AttrName::value(13, "key-ipv4-dst-mask"),
            AttrName::value(14, "key-ipv6-src"),
            AttrName::value(15, "key-ipv6-src-mask"),
            AttrName::value(16, "key-ipv6-dst"),
            AttrName::value(17, "key-ipv6-dst-mask"),
            AttrName::value(18, "key-tcp-src"),
            AttrName::value(19, "key-tcp-dst"),
            AttrName::value(20, "key-udp-src"),
            AttrName::value(21, "key-udp-dst"),
            AttrName::value(22, "flags"),
            AttrName::value(23, "key-vlan-id"),
            AttrName::value(24, "key-vlan-prio"),
            AttrName::value(25, "key-vlan-eth-type"),
            AttrName::value(26, "key-enc-key-id"),
            AttrName::value(27, "key-enc-ipv4-src"),
            AttrName::value(28, "key-enc-ipv4-src-mask"),
            AttrName::value(29, "key-enc-ipv4-dst"),
            AttrName::value(30, "key-enc-ipv4-dst-mask"),
            AttrName::value(31, "key-enc-ipv6-src"),
            AttrName::value(32, "key-enc-ipv6-src-mask"),
            AttrName::value(33, "key-enc-ipv6-dst"),
            AttrName::value(34, "key-enc-ipv6-dst-mask"),
            AttrName::value(35, "key-tcp-src-mask"),
            AttrName::value(36, "key-tcp-dst-mask"),
            AttrName::value(37, "key-udp-src-mask"),
            AttrName::value(38, "key-udp-dst-mask"),
            AttrName::value(39, "key-sctp-src-mask"),
            AttrName::value(40, "key-sctp-dst-mask"),
            AttrName::value(41, "key-sctp-src"),
            AttrName::value(42, "key-sctp-dst"),
            AttrName::value(43, "key-enc-udp-src-port"),
            AttrName::value(44, "key-enc-udp-src-port-mask"),
            AttrName::value(45, "key-enc-udp-dst-port"),
            AttrName::value(46, "key-enc-udp-dst-port-mask"),
            AttrName::value(47, "key-flags"),
            AttrName::value(48, "key-flags-mask"),
            AttrName::value(49, "key-icmpv4-code"),
            AttrName::value(50, "key-icmpv4-code-mask"),
            AttrName::value(51, "key-icmpv4-type"),
            AttrName::value(52, "key-icmpv4-type-mask"),
            AttrName::value(53, "key-icmpv6-code"),
            AttrName::value(54, "key-icmpv6-code-mask"),
            AttrName::value(55, "key-icmpv6-type"),
            AttrName::value(56, "key-icmpv6-type-mask"),
            AttrName::value(57, "key-arp-sip"),
            AttrName::value(58, "key-arp-sip-mask"),
            AttrName::value(59, "key-arp-tip"),
            AttrName::value(60, "key-arp-tip-mask"),
            AttrName::value(61, "key-arp-op"),
            AttrName::value(62, "key-arp-op-mask"),
            AttrName::value(63, "key-arp-sha"),
            AttrName::value(64, "key-arp-sha-mask"),
            AttrName::value(65, "key-arp-tha"),
            AttrName::value(66, "key-arp-tha-mask"),
            AttrName::value(67, "key-mpls-ttl"),
            AttrName::value(68, "key-mpls-bos"),
            AttrName::value(69, "key-mpls-tc"),
            AttrName::value(70, "key-mpls-label"),
            AttrName::value(71, "key-tcp-flags"),
            AttrName::value(72, "key-tcp-flags-mask"),
            AttrName::value(73, "key-ip-tos"),
            AttrName::value(74, "key-ip-tos-mask"),
            AttrName::value(75, "key-ip-ttl"),
            AttrName::value(76, "key-ip-ttl-mask"),
            AttrName::value(77, "key-cvlan-id"),
            AttrName::value(78, "key-cvlan-prio"),
            AttrName::value(79, "key-cvlan-eth-type"),
            AttrName::value(80, "key-enc-ip-tos"),
            AttrName::value(81, "key-enc-ip-tos-mask"),
            AttrName::value(82, "key-enc-ip-ttl"),
            AttrName::value(83, "key-enc-ip-ttl-mask"),
            AttrName::nest(84, "key-enc-opts", &TC_FLOWER_KEY_ENC_OPTS_ATTRS),
            AttrName::nest(85, "key-enc-opts-mask", &TC_FLOWER_KEY_ENC_OPTS_ATTRS),
            AttrName::value(86, "in-hw-count"),
            AttrName::value(87, "key-port-src-min"),
            AttrName::value(88, "key-port-src-max"),
            AttrName::value(89, "key-port-dst-min"),
            AttrName::value(90, "key-port-dst-max"),
            AttrName::value(91, "key-ct-state"),
            AttrName::value(92, "key-ct-state-mask"),
            AttrName::value(93, "key-ct-zone"),
            AttrName::value(94, "key-ct-zone-mask"),
            AttrName::value(95, "key-ct-mark"),
            AttrName::value(96, "key-ct-mark-mask"),
            AttrName::value(97, "key-ct-labels"),
            AttrName::value(98, "key-ct-labels-mask"),
            AttrName::nest(99, "key-mpls-opts", &TC_FLOWER_KEY_MPLS_OPT_ATTRS),
            AttrName::value(100, "key-hash"),
            AttrName::value(101, "key-hash-mask"),
            AttrName::value(102, "key-num-of-vlans"),
            AttrName::value(103, "key-pppoe-sid"),
            AttrName::value(104, "key-ppp-proto"),
            AttrName::value(105, "key-l2tpv3-sid"),
            AttrName::value(106, "l2-miss"),
            AttrName::nest(107, "key-cfm", &TC_FLOWER_KEY_CFM_ATTRS),
            AttrName::value(108, "key-spi"),
            AttrName::value(109, "key-spi-mask"),
            AttrName::value(110, "key-enc-flags"),
            AttrName::value(111, "key-enc-flags-mask"),
        ],
    };

    /// `tc-flower-key-enc-opts-attrs`.
    pub static TC_FLOWER_KEY_ENC_OPTS_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-enc-opts-attrs",
        attrs: &[
            AttrName::nest(1, "geneve", &TC_FLOWER_KEY_ENC_OPT_GENEVE_ATTRS),
            AttrName::nest(2, "vxlan", &TC_FLOWER_KEY_ENC_OPT_VXLAN_ATTRS),
            AttrName::nest(3, "erspan", &TC_FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS),
            AttrName::nest(4, "gtp", &TC_FLOWER_KEY_ENC_OPT_GTP_ATTRS),
        ],
    };

    /// `tc-flower-key-enc-opt-geneve-attrs`.
    pub static TC_FLOWER_KEY_ENC_OPT_GENEVE_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-enc-opt-geneve-attrs",
        attrs: &[
            AttrName::value(1, "class"),
            AttrName::value(2, "type"),
            AttrName::value(3, "data"),
        ],
    };

    /// `tc-flower-key-enc-opt-vxlan-attrs`.
    pub static TC_FLOWER_KEY_ENC_OPT_VXLAN_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-enc-opt-vxlan-attrs",
        attrs: &[
            AttrName::value(1, "gbp"),
        ],
    };

    /// `tc-flower-key-enc-opt-erspan-attrs`.
    pub static TC_FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-enc-opt-erspan-attrs",
        attrs: &[
            AttrName::value(1, "ver"),
            AttrName::value(2, "index"),
            AttrName::value(3, "dir"),
            AttrName::value(4, "hwid"),
        ],
    };

    /// `tc-flower-key-enc-opt-gtp-attrs`.
    pub static TC_FLOWER_KEY_ENC_OPT_GTP_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-enc-opt-gtp-attrs",
        attrs: &[
            AttrName::value(1, "pdu-type"),
            AttrName::value(2, "qfi"),
        ],
    };

    /// `tc-flower-key-mpls-opt-attrs`.
    pub static TC_FLOWER_KEY_MPLS_OPT_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-mpls-opt-attrs",
        attrs: &[
            AttrName::value(1, "lse-depth"),
            AttrName::value(2, "lse-ttl"),
            AttrName::value(3, "lse-bos"),
            AttrName::value(4, "lse-tc"),
            AttrName::value(5, "lse-label"),
        ],
    };

    /// `tc-flower-key-cfm-attrs`.
    pub static TC_FLOWER_KEY_CFM_ATTRS: SetNames = SetNames {
        name: "tc-flower-key-cfm-attrs",
        attrs: &[
            AttrName::value(1, "md-level"),
            AttrName::value(2, "opcode"),
        ],
    };

    /// `tc-fw-attrs`.
    pub static TC_FW_ATTRS: SetNames = SetNames {
        name: "tc-fw-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::nest(2, "police", &TC_POLICE_ATTRS),
            AttrName::value(3, "indev"),
            AttrName::indexed(4, "act", &TC_ACT_ATTRS),
            AttrName::value(5, "mask"),
        ],
    };

    /// `tc-gred-attrs`.
    pub static TC_GRED_ATTRS: SetNames = SetNames {
        name: "tc-gred-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "stab"),
            AttrName::value(3, "dps"),
            AttrName::value(4, "max-p"),
            AttrName::value(5, "limit"),
            AttrName::nest(6, "vq-list", &TCA_GRED_VQ_LIST_ATTRS),
        ],
    };

    /// `tca-gred-vq-list-attrs`.
    pub static TCA_GRED_VQ_LIST_ATTRS: SetNames = SetNames {
        name: "tca-gred-vq-list-attrs",
        attrs: &[
            AttrName::nest(1, "entry", &TCA_GRED_VQ_ENTRY_ATTRS),
        ],
    };

    /// `tca-gred-vq-entry-attrs`.
    pub static TCA_GRED_VQ_ENTRY_ATTRS: SetNames = SetNames {
        name: "tca-gred-vq-entry-attrs",
        attrs: &[
            AttrName::value(1, "pad"),
            AttrName::value(2, "dp"),
            AttrName::value(3, "stat-bytes"),
            AttrName::value(4, "stat-packets"),
            AttrName::value(5, "stat-backlog"),
            AttrName::value(6, "stat-prob-drop"),
            AttrName::value(7, "stat-prob-mark"),
            AttrName::value(8, "stat-forced-drop"),
            AttrName::value(9, "stat-forced-mark"),
            AttrName::value(10, "stat-pdrop"),
            AttrName::value(11, "stat-other"),
            AttrName::value(12, "flags"),
        ],
    };

    /// `tc-hfsc-attrs`.
    pub static TC_HFSC_ATTRS: SetNames = SetNames {
        name: "tc-hfsc-attrs",
        attrs: &[
            AttrName::value(1, "rsc"),
            AttrName::value(2, "fsc"),
            AttrName::value(3, "usc"),
        ],
    };

    /// `tc-hhf-attrs`.
    pub static TC_HHF_ATTRS: SetNames = SetNames {
        name: "tc-hhf-attrs",
        attrs: &[
            AttrName::value(1, "backlog-limit"),
            AttrName::value(2, "quantum"),
            AttrName::value(3, "hh-flows-limit"),
            AttrName::value(4, "reset-timeout"),
            AttrName::value(5, "admit-bytes"),
            AttrName::value(6, "evict-timeout"),
            AttrName::value(7, "non-hh-weight"),
        ],
    };

    /// `tc-htb-attrs`.
    pub static TC_HTB_ATTRS: SetNames = SetNames {
        name: "tc-htb-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "init"),
            AttrName::value(3, "ctab"),
            AttrName::value(4, "rtab"),
            AttrName::value(5, "direct-qlen"),
            AttrName::value(6, "rate64"),
            AttrName::value(7, "ceil64"),
            AttrName::value(8, "pad"),
            AttrName::value(9, "offload"),
        ],
    };

    /// `tc-matchall-attrs`.
    pub static TC_MATCHALL_ATTRS: SetNames = SetNames {
        name: "tc-matchall-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::indexed(2, "act", &TC_ACT_ATTRS),
            AttrName::value(3, "flags"),
            AttrName::value(4, "pcnt"),
            AttrName::value(5, "pad"),
        ],
    };

    /// `tc-etf-attrs`.
    pub static TC_ETF_ATTRS: SetNames = SetNames {
        name: "tc-etf-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
        ],
    };

    /// `tc-ets-attrs`.
    pub static TC_ETS_ATTRS: SetNames = SetNames {
        name: "tc-ets-attrs",
        attrs: &[
            AttrName::value(1, "nbands"),
            AttrName::value(2, "nstrict"),
            AttrName::nest(3, "quanta", &TC_ETS_ATTRS),
            AttrName::value(4, "quanta-band"),
            AttrName::nest(5, "priomap", &TC_ETS_ATTRS),
            AttrName::value(6, "priomap-band"),
        ],
    };

    /// `tc-fq-attrs`.
    pub static TC_FQ_ATTRS: SetNames = SetNames {
        name: "tc-fq-attrs",
        attrs: &[
            AttrName::value(1, "plimit"),
            AttrName::value(2, "flow-plimit"),
            AttrName::value(3, "quantum"),
            AttrName::value(4, "initial-quantum"),
            AttrName::value(5, "rate-enable"),
            AttrName::value(6, "flow-default-rate"),
            AttrName::value(7, "flow-max-rate"),
            AttrName::value(8, "buckets-log"),
            AttrName::value(9, "flow-refill-delay"),
            AttrName::value(10, "orphan-mask"),
            AttrName::value(11, "low-rate-threshold"),
            AttrName::value(12, "ce-threshold"),
            AttrName::value(13, "timer-slack"),
            AttrName::value(14, "horizon"),
            AttrName::value(15, "horizon-drop"),
            AttrName::value(16, "priomap"),
            AttrName::value(17, "weights"),
        ],
    };

    /// `tc-fq-codel-attrs`.
    pub static TC_FQ_CODEL_ATTRS: SetNames = SetNames {
        name: "tc-fq-codel-attrs",
        attrs: &[
            AttrName::value(1, "target"),
            AttrName::value(2, "limit"),
            AttrName::value(3, "interval"),
            AttrName::value(4, "ecn"),
            AttrName::value(5, "flows"),
            AttrName::value(6, "quantum"),
            AttrName::value(7, "ce-threshold"),
            AttrName::value(8, "drop-batch-size"),
            AttrName::value(9, "memory-limit"),
            AttrName::value(10, "ce-threshold-selector"),
            AttrName::value(11, "ce-threshold-mask"),
        ],
    };

    /// `tc-fq-pie-attrs`.
    pub static TC_FQ_PIE_ATTRS: SetNames = SetNames {
        name: "tc-fq-pie-attrs",
        attrs: &[
            AttrName::value(1, "limit"),
            AttrName::value(2, "flows"),
            AttrName::value(3, "target"),
            AttrName::value(4, "tupdate"),
            AttrName::value(5, "alpha"),
            AttrName::value(6, "beta"),
            AttrName::value(7, "quantum"),
            AttrName::value(8, "memory-limit"),
            AttrName::value(9, "ecn-prob"),
            AttrName::value(10, "ecn"),
            AttrName::value(11, "bytemode"),
            AttrName::value(12, "dq-rate-estimator"),
        ],
    };

    /// `tc-netem-attrs`.
    pub static TC_NETEM_ATTRS: SetNames = SetNames {
        name: "tc-netem-attrs",
        attrs: &[
            AttrName::value(1, "corr"),
            AttrName::value(2, "delay-dist"),
            AttrName::value(3, "reorder"),
            AttrName::value(4, "corrupt"),
            AttrName::nest(5, "loss", &TC_NETEM_LOSS_ATTRS),
            AttrName::value(6, "rate"),
            AttrName::value(7, "ecn"),
            AttrName::value(8, "rate64"),
            AttrName::value(9, "pad"),
            AttrName::value(10, "latency64"),
            AttrName::value(11, "jitter64"),
            AttrName::value(12, "slot"),
            AttrName::value(13, "slot-dist"),
            AttrName::value(14, "prng-seed"),
        ],
    };

    /// `tc-netem-loss-attrs`.
    pub static TC_NETEM_LOSS_ATTRS: SetNames = SetNames {
        name: "tc-netem-loss-attrs",
        attrs: &[
            AttrName::value(1, "gi"),
            AttrName::value(2, "ge"),
        ],
    };

    /// `tc-pie-attrs`.
    pub static TC_PIE_ATTRS: SetNames = SetNames {
        name: "tc-pie-attrs",
        attrs: &[
            AttrName::value(1, "target"),
            AttrName::value(2, "limit"),
            AttrName::value(3, "tupdate"),
            AttrName::value(4, "alpha"),
            AttrName::value(5, "beta"),
            AttrName::value(6, "ecn"),
            AttrName::value(7, "bytemode"),
            AttrName::value(8, "dq-rate-estimator"),
        ],
    };

    /// `tc-police-attrs`.
    pub static TC_POLICE_ATTRS: SetNames = SetNames {
        name: "tc-police-attrs",
        attrs: &[
            AttrName::value(1, "tbf"),
            AttrName::value(2, "rate"),
            AttrName::value(3, "peakrate"),
            AttrName::value(4, "avrate"),
            AttrName::value(5, "result"),
            AttrName::value(6, "tm"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "rate64"),
            AttrName::value(9, "peakrate64"),
            AttrName::value(10, "pktrate64"),
            AttrName::value(11, "pktburst64"),
        ],
    };

    /// `tc-qfq-attrs`.
    pub static TC_QFQ_ATTRS: SetNames = SetNames {
        name: "tc-qfq-attrs",
        attrs: &[
            AttrName::value(1, "weight"),
            AttrName::value(2, "lmax"),
        ],
    };

    /// `tc-red-attrs`.
    pub static TC_RED_ATTRS: SetNames = SetNames {
        name: "tc-red-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "stab"),
            AttrName::value(3, "max-p"),
            AttrName::value(4, "flags"),
            AttrName::value(5, "early-drop-block"),
            AttrName::value(6, "mark-block"),
        ],
    };

    /// `tc-route-attrs`.
    pub static TC_ROUTE_ATTRS: SetNames = SetNames {
        name: "tc-route-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::value(2, "to"),
            AttrName::value(3, "from"),
            AttrName::value(4, "iif"),
            AttrName::nest(5, "police", &TC_POLICE_ATTRS),
            AttrName::indexed(6, "act", &TC_ACT_ATTRS),
        ],
    };

    /// `tc-taprio-attrs`.
    pub static TC_TAPRIO_ATTRS: SetNames = SetNames {
        name: "tc-taprio-attrs",
        attrs: &[
            AttrName::value(1, "priomap"),
            AttrName::nest(2, "sched-entry-list", &TC_TAPRIO_SCHED_ENTRY_LIST),
            AttrName::value(3, "sched-base-time"),
            AttrName::nest(4, "sched-single-entry", &TC_TAPRIO_SCHED_ENTRY),
            AttrName::value(5, "sched-clockid"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "admin-sched"),
            AttrName::value(8, "sched-cycle-time"),
            AttrName::value(9, "sched-cycle-time-extension"),
            AttrName::value(10, "flags"),
            AttrName::value(11, "txtime-delay"),
            AttrName::nest(12, "tc-entry", &TC_TAPRIO_TC_ENTRY_ATTRS),
        ],
    };

    /// `tc-taprio-sched-entry-list`.
    pub static TC_TAPRIO_SCHED_ENTRY_LIST: SetNames = SetNames {
        name: "tc-taprio-sched-entry-list",
        attrs: &[
            AttrName::nest(1, "entry", &TC_TAPRIO_SCHED_ENTRY),
        ],
    };

    /// `tc-taprio-sched-entry`.
    pub static TC_TAPRIO_SCHED_ENTRY: SetNames = SetNames {
        name: "tc-taprio-sched-entry",
        attrs: &[
            AttrName::value(1, "index"),
            AttrName::value(2, "cmd"),
            AttrName::value(3, "gate-mask"),
            AttrName::value(4, "interval"),
        ],
    };

    /// `tc-taprio-tc-entry-attrs`.
    pub static TC_TAPRIO_TC_ENTRY_ATTRS: SetNames = SetNames {
        name: "tc-taprio-tc-entry-attrs",
        attrs: &[
            AttrName::value(1, "index"),
            AttrName::value(2, "max-sdu"),
            AttrName::value(3, "fp"),
        ],
    };

    /// `tc-tbf-attrs`.
    pub static TC_TBF_ATTRS: SetNames = SetNames {
        name: "tc-tbf-attrs",
        attrs: &[
            AttrName::value(1, "parms"),
            AttrName::value(2, "rtab"),
            AttrName::value(3, "ptab"),
            AttrName::value(4, "rate64"),
            AttrName::value(5, "prate64"),
            AttrName::value(6, "burst"),
            AttrName::value(7, "pburst"),
            AttrName::value(8, "pad"),
        ],
    };

    /// `tc-act-sample-attrs`.
    pub static TC_ACT_SAMPLE_ATTRS: SetNames = SetNames {
        name: "tc-act-sample-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "rate"),
            AttrName::value(4, "trunc-size"),
            AttrName::value(5, "psample-group"),
            AttrName::value(6, "pad"),
        ],
    };

    /// `tc-act-gact-attrs`.
    pub static TC_ACT_GACT_ATTRS: SetNames = SetNames {
        name: "tc-act-gact-attrs",
        attrs: &[
            AttrName::value(1, "tm"),
            AttrName::value(2, "parms"),
            AttrName::value(3, "prob"),
            AttrName::value(4, "pad"),
        ],
    };

    /// `tca-stab-attrs`.
    pub static TCA_STAB_ATTRS: SetNames = SetNames {
        name: "tca-stab-attrs",
        attrs: &[
            AttrName::value(1, "base"),
            AttrName::value(2, "data"),
        ],
    };

    /// `tca-stats-attrs`.
    pub static TCA_STATS_ATTRS: SetNames = SetNames {
        name: "tca-stats-attrs",
        attrs: &[
            AttrName::value(1, "basic"),
            AttrName::value(2, "rate-est"),
            AttrName::value(3, "queue"),
            AttrName::sub_message(4, "app", "kind", &TCA_STATS_APP_MSG_FORMATS),
            AttrName::value(5, "rate-est64"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "basic-hw"),
            AttrName::value(8, "pkt64"),
        ],
    };

    /// `tc-u32-attrs`.
    pub static TC_U32_ATTRS: SetNames = SetNames {
        name: "tc-u32-attrs",
        attrs: &[
            AttrName::value(1, "classid"),
            AttrName::value(2, "hash"),
            AttrName::value(3, "link"),
            AttrName::value(4, "divisor"),
            AttrName::value(5, "sel"),
            AttrName::nest(6, "police", &TC_POLICE_ATTRS),
            AttrName::indexed(7, "act", &TC_ACT_ATTRS),
            AttrName::value(8, "indev"),
            AttrName::value(9, "pcnt"),
            AttrName::value(10, "mark"),
            AttrName::value(11, "flags"),
            AttrName::value(12, "pad"),
        ],
    };

    /// The formats of the sub-message `tc-options-msg`.
    pub static TC_OPTIONS_MSG_FORMATS: [Format; 42] = [
        ("basic", 0, Some(&TC_BASIC_ATTRS)),
        ("bpf", 0, Some(&TC_BPF_ATTRS)),
        ("bfifo", 4, None),
        ("cake", 0, Some(&TC_CAKE_ATTRS)),
        ("cbs", 0, Some(&TC_CBS_ATTRS)),
        ("cgroup", 0, Some(&TC_CGROUP_ATTRS)),
        ("choke", 0, Some(&TC_CHOKE_ATTRS)),
        ("clsact", 0, None),
        ("codel", 0, Some(&TC_CODEL_ATTRS)),
        ("drr", 0, Some(&TC_DRR_ATTRS)),
        ("etf", 0, Some(&TC_ETF_ATTRS)),
        ("ets", 0, Some(&TC_ETS_ATTRS)),
        ("flow", 0, Some(&TC_FLOW_ATTRS)),
        ("flower", 0, Some(&TC_FLOWER_ATTRS)),
        ("fq", 0, Some(&TC_FQ_ATTRS)),
        ("fq_codel", 0, Some(&TC_FQ_CODEL_ATTRS)),
        ("fq_pie", 0, Some(&TC_FQ_PIE_ATTRS)),
        ("fw", 0, Some(&TC_FW_ATTRS)),
        ("gred", 0, Some(&TC_GRED_ATTRS)),
        ("hfsc", 2, None),
        ("hhf", 0, Some(&TC_HHF_ATTRS)),
        ("htb", 0, Some(&TC_HTB_ATTRS)),
        ("ingress", 0, None),
        ("matchall", 0, Some(&TC_MATCHALL_ATTRS)),
        ("mq", 0, None),
        ("mqprio", 82, None),
        ("multiq", 4, None),
        ("netem", 24, Some(&TC_NETEM_ATTRS)),
        ("pfifo", 4, None),
        ("pfifo_fast", 20, None),
        ("pfifo_head_drop", 4, None),
        ("pie", 0, Some(&TC_PIE_ATTRS)),
        ("plug", 8, None),
        ("prio", 20, None),
        ("qfq", 0, Some(&TC_QFQ_ATTRS)),
        ("red", 0, Some(&TC_RED_ATTRS)),
        ("route", 0, Some(&TC_ROUTE_ATTRS)),
        ("sfb", 36, None),
        ("sfq", 72, None),
        ("taprio", 0, Some(&TC_TAPRIO_ATTRS)),
        ("tbf", 0, Some(&TC_TBF_ATTRS)),
        ("u32", 0, Some(&TC_U32_ATTRS)),
    ];

    /// The formats of the sub-message `tc-act-options-msg`.
    pub static TC_ACT_OPTIONS_MSG_FORMATS: [Format; 19] = [
        ("bpf", 0, Some(&TC_ACT_BPF_ATTRS)),
        ("connmark", 0, Some(&TC_ACT_CONNMARK_ATTRS)),
        ("csum", 0, Some(&TC_ACT_CSUM_ATTRS)),
        ("ct", 0, Some(&TC_ACT_CT_ATTRS)),
        ("ctinfo", 0, Some(&TC_ACT_CTINFO_ATTRS)),
        ("gact", 0, Some(&TC_ACT_GACT_ATTRS)),
        ("gate", 0, Some(&TC_ACT_GATE_ATTRS)),
        ("ife", 0, Some(&TC_ACT_IFE_ATTRS)),
        ("mirred", 0, Some(&TC_ACT_MIRRED_ATTRS)),
        ("mpls", 0, Some(&TC_ACT_MPLS_ATTRS)),
        ("nat", 0, Some(&TC_ACT_NAT_ATTRS)),
        ("pedit", 0, Some(&TC_ACT_PEDIT_ATTRS)),
        ("police", 0, Some(&TC_ACT_POLICE_ATTRS)),
        ("sample", 0, Some(&TC_ACT_SAMPLE_ATTRS)),
        ("simple", 0, Some(&TC_ACT_SIMPLE_ATTRS)),
        ("skbedit", 0, Some(&TC_ACT_SKBEDIT_ATTRS)),
        ("skbmod", 0, Some(&TC_ACT_SKBMOD_ATTRS)),
        ("tunnel_key", 0, Some(&TC_ACT_TUNNEL_KEY_ATTRS)),
        ("vlan", 0, Some(&TC_ACT_VLAN_ATTRS)),
    ];

    /// The formats of the sub-message `tca-stats-app-msg`.
    pub static TCA_STATS_APP_MSG_FORMATS: [Format; 11] = [
        ("cake", 0, Some(&TC_CAKE_STATS_ATTRS)),
        ("choke", 20, None),
        ("codel", 36, None),
        ("fq", 0, None),
        ("fq_codel", 40, None),
        ("fq_pie", 36, None),
        ("hhf", 16, None),
        ("pie", 40, None),
        ("red", 16, None),
        ("sfb", 36, None),
        ("sfq", 4, None),
    ];

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            36 => Some(&TC_ATTRS),
            37 => Some(&TC_ATTRS),
            38 => Some(&TC_ATTRS),
            40 => Some(&TC_ATTRS),
            41 => Some(&TC_ATTRS),
            42 => Some(&TC_ATTRS),
            44 => Some(&TC_ATTRS),
            45 => Some(&TC_ATTRS),
            46 => Some(&TC_ATTRS),
            100 => Some(&TC_ATTRS),
            101 => Some(&TC_ATTRS),
            102 => Some(&TC_ATTRS),
            _ => None,
        }
    }
}
