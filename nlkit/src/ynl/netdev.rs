//! `netdev` (genetlink): netdev configuration over generic netlink.
//!
//! Generated from `nlkit-ynl/specs/netdev.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "netdev";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `netdev` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::flag_set! {
    /// `xdp-act`: flags.
    pub struct XdpAct: u64 {
        /// `basic` (bit 0): XDP features set supported by all drivers (XDP_ABORTED, XDP_DROP,
        /// XDP_PASS, XDP_TX)
        const BASIC = 0x1;
        /// `redirect` (bit 1): The netdev supports XDP_REDIRECT
        const REDIRECT = 0x2;
        /// `ndo-xmit` (bit 2): This feature informs if netdev implements ndo_xdp_xmit callback.
        const NDO_XMIT = 0x4;
        /// `xsk-zerocopy` (bit 3): This feature informs if netdev supports AF_XDP in zero copy
        /// mode.
        const XSK_ZEROCOPY = 0x8;
        /// `hw-offload` (bit 4): This feature informs if netdev supports XDP hw offloading.
        const HW_OFFLOAD = 0x10;
        /// `rx-sg` (bit 5): This feature informs if netdev implements non-linear XDP buffer support
        /// in the driver napi callback.
        const RX_SG = 0x20;
        /// `ndo-xmit-sg` (bit 6): This feature informs if netdev implements non-linear XDP buffer
        /// support in ndo_xdp_xmit callback.
        const NDO_XMIT_SG = 0x40;
    }
}

crate::flag_set! {
    /// `xdp-rx-metadata`: flags.
    pub struct XdpRxMetadata: u64 {
        /// `timestamp` (bit 0): Device is capable of exposing receive HW timestamp via
        /// bpf_xdp_metadata_rx_timestamp().
        const TIMESTAMP = 0x1;
        /// `hash` (bit 1): Device is capable of exposing receive packet hash via
        /// bpf_xdp_metadata_rx_hash().
        const HASH = 0x2;
        /// `vlan-tag` (bit 2): Device is capable of exposing receive packet VLAN tag via
        /// bpf_xdp_metadata_rx_vlan_tag().
        const VLAN_TAG = 0x4;
    }
}

crate::flag_set! {
    /// `xsk-flags`: flags.
    pub struct XskFlags: u64 {
        /// `tx-timestamp` (bit 0): HW timestamping egress packets is supported by the driver.
        const TX_TIMESTAMP = 0x1;
        /// `tx-checksum` (bit 1): L3 checksum HW offload is supported by the driver.
        const TX_CHECKSUM = 0x2;
    }
}

crate::open_enum! {
    /// `queue-type`: an enumeration.
    pub enum QueueType: u32 {
        /// `rx` (0).
        Rx = 0,
        /// `tx` (1).
        Tx = 1,
    }
}

crate::flag_set! {
    /// `qstats-scope`: flags.
    pub struct QstatsScope: u32 {
        /// `queue` (bit 0).
        const QUEUE = 0x1;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `dev`.
    pub mod dev {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `pad` (pad).
        pub const PAD: u16 = 2;
        /// `xdp-features` (u64).
        pub const XDP_FEATURES: u16 = 3;
        /// `xdp-zc-max-segs` (u32).
        pub const XDP_ZC_MAX_SEGS: u16 = 4;
        /// `xdp-rx-metadata-features` (u64).
        pub const XDP_RX_METADATA_FEATURES: u16 = 5;
        /// `xsk-features` (u64).
        pub const XSK_FEATURES: u16 = 6;
    }

    /// The attributes of `page-pool`.
    pub mod page_pool {
        /// `id` (uint).
        pub const ID: u16 = 1;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 2;
        /// `napi-id` (uint).
        pub const NAPI_ID: u16 = 3;
        /// `inflight` (uint).
        pub const INFLIGHT: u16 = 4;
        /// `inflight-mem` (uint).
        pub const INFLIGHT_MEM: u16 = 5;
        /// `detach-time` (uint).
        pub const DETACH_TIME: u16 = 6;
        /// `dmabuf` (u32).
        pub const DMABUF: u16 = 7;
    }

    /// The attributes of `page-pool-stats`.
    pub mod page_pool_stats {
        /// `info` (nest).
        pub const INFO: u16 = 1;
        /// `alloc-fast` (uint).
        pub const ALLOC_FAST: u16 = 8;
        /// `alloc-slow` (uint).
        pub const ALLOC_SLOW: u16 = 9;
        /// `alloc-slow-high-order` (uint).
        pub const ALLOC_SLOW_HIGH_ORDER: u16 = 10;
        /// `alloc-empty` (uint).
        pub const ALLOC_EMPTY: u16 = 11;
        /// `alloc-refill` (uint).
        pub const ALLOC_REFILL: u16 = 12;
        /// `alloc-waive` (uint).
        pub const ALLOC_WAIVE: u16 = 13;
        /// `recycle-cached` (uint).
        pub const RECYCLE_CACHED: u16 = 14;
        /// `recycle-cache-full` (uint).
        pub const RECYCLE_CACHE_FULL: u16 = 15;
        /// `recycle-ring` (uint).
        pub const RECYCLE_RING: u16 = 16;
        /// `recycle-ring-full` (uint).
        pub const RECYCLE_RING_FULL: u16 = 17;
        /// `recycle-released-refcnt` (uint).
        pub const RECYCLE_RELEASED_REFCNT: u16 = 18;
    }

    /// The attributes of `napi`.
    pub mod napi {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `id` (u32).
        pub const ID: u16 = 2;
        /// `irq` (u32).
        pub const IRQ: u16 = 3;
        /// `pid` (u32).
        pub const PID: u16 = 4;
    }

    /// The attributes of `queue`.
    pub mod queue {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 2;
        /// `type` (u32).
        pub const TYPE: u16 = 3;
        /// `napi-id` (u32).
        pub const NAPI_ID: u16 = 4;
        /// `dmabuf` (u32).
        pub const DMABUF: u16 = 5;
    }

    /// The attributes of `qstats`.
    pub mod qstats {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `queue-type` (u32).
        pub const QUEUE_TYPE: u16 = 2;
        /// `queue-id` (u32).
        pub const QUEUE_ID: u16 = 3;
        /// `scope` (uint).
        pub const SCOPE: u16 = 4;
        /// `rx-packets` (uint).
        pub const RX_PACKETS: u16 = 8;
        /// `rx-bytes` (uint).
        pub const RX_BYTES: u16 = 9;
        /// `tx-packets` (uint).
        pub const TX_PACKETS: u16 = 10;
        /// `tx-bytes` (uint).
        pub const TX_BYTES: u16 = 11;
        /// `rx-alloc-fail` (uint).
        pub const RX_ALLOC_FAIL: u16 = 12;
        /// `rx-hw-drops` (uint).
        pub const RX_HW_DROPS: u16 = 13;
        /// `rx-hw-drop-overruns` (uint).
        pub const RX_HW_DROP_OVERRUNS: u16 = 14;
        /// `rx-csum-complete` (uint).
        pub const RX_CSUM_COMPLETE: u16 = 15;
        /// `rx-csum-unnecessary` (uint).
        pub const RX_CSUM_UNNECESSARY: u16 = 16;
        /// `rx-csum-none` (uint).
        pub const RX_CSUM_NONE: u16 = 17;
        /// `rx-csum-bad` (uint).
        pub const RX_CSUM_BAD: u16 = 18;
        /// `rx-hw-gro-packets` (uint).
        pub const RX_HW_GRO_PACKETS: u16 = 19;
        /// `rx-hw-gro-bytes` (uint).
        pub const RX_HW_GRO_BYTES: u16 = 20;
        /// `rx-hw-gro-wire-packets` (uint).
        pub const RX_HW_GRO_WIRE_PACKETS: u16 = 21;
        /// `rx-hw-gro-wire-bytes` (uint).
        pub const RX_HW_GRO_WIRE_BYTES: u16 = 22;
        /// `rx-hw-drop-ratelimits` (uint).
        pub const RX_HW_DROP_RATELIMITS: u16 = 23;
        /// `tx-hw-drops` (uint).
        pub const TX_HW_DROPS: u16 = 24;
        /// `tx-hw-drop-errors` (uint).
        pub const TX_HW_DROP_ERRORS: u16 = 25;
        /// `tx-csum-none` (uint).
        pub const TX_CSUM_NONE: u16 = 26;
        /// `tx-needs-csum` (uint).
        pub const TX_NEEDS_CSUM: u16 = 27;
        /// `tx-hw-gso-packets` (uint).
        pub const TX_HW_GSO_PACKETS: u16 = 28;
        /// `tx-hw-gso-bytes` (uint).
        pub const TX_HW_GSO_BYTES: u16 = 29;
        /// `tx-hw-gso-wire-packets` (uint).
        pub const TX_HW_GSO_WIRE_PACKETS: u16 = 30;
        /// `tx-hw-gso-wire-bytes` (uint).
        pub const TX_HW_GSO_WIRE_BYTES: u16 = 31;
        /// `tx-hw-drop-ratelimits` (uint).
        pub const TX_HW_DROP_RATELIMITS: u16 = 32;
        /// `tx-stop` (uint).
        pub const TX_STOP: u16 = 33;
        /// `tx-wake` (uint).
        pub const TX_WAKE: u16 = 34;
    }

    /// The attributes of `dmabuf`.
    pub mod dmabuf {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `queues` (nest).
        pub const QUEUES: u16 = 2;
        /// `fd` (u32).
        pub const FD: u16 = 3;
        /// `id` (u32).
        pub const ID: u16 = 4;
    }
}

crate::attribute_set! {
    /// The attribute set `dev`.
    pub struct Dev {}
    attributes {
        /// netdev ifindex
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::dev::IFINDEX,
        /// Bitmask of enabled xdp-features.
        pub xdp_features: codec::Enum64<XdpAct> = attrs::dev::XDP_FEATURES,
        /// max fragment count supported by ZC driver
        ///
        /// The kernel checks: min 1.
        pub xdp_zc_max_segs: codec::U32 = attrs::dev::XDP_ZC_MAX_SEGS,
        /// Bitmask of supported XDP receive metadata features. See
        /// Documentation/networking/xdp-rx-metadata.rst for more details.
        pub xdp_rx_metadata_features: codec::Enum64<XdpRxMetadata> = attrs::dev::XDP_RX_METADATA_FEATURES,
        /// Bitmask of enabled AF_XDP features.
        pub xsk_features: codec::Enum64<XskFlags> = attrs::dev::XSK_FEATURES,
    }
}

crate::attribute_set! {
    /// The attribute set `page-pool`.
    pub struct PagePool {}
    attributes {
        /// Unique ID of a Page Pool instance.
        ///
        /// The kernel checks: min 1, max `u32-max`.
        pub id: codec::Uint = attrs::page_pool::ID,
        /// ifindex of the netdev to which the pool belongs.
        /// May be reported as 0 if the page pool was allocated for a netdev
        /// which got destroyed already (page pools may outlast their netdevs
        /// because they wait for all memory to be returned).
        ///
        /// The kernel checks: min 1, max `s32-max`.
        pub ifindex: codec::U32 = attrs::page_pool::IFINDEX,
        /// Id of NAPI using this Page Pool instance.
        ///
        /// The kernel checks: min 1, max `u32-max`.
        pub napi_id: codec::Uint = attrs::page_pool::NAPI_ID,
        /// Number of outstanding references to this page pool (allocated
        /// but yet to be freed pages). Allocated pages may be held in
        /// socket receive queues, driver receive ring, page pool recycling
        /// ring, the page pool cache, etc.
        pub inflight: codec::Uint = attrs::page_pool::INFLIGHT,
        /// Amount of memory held by inflight pages.
        pub inflight_mem: codec::Uint = attrs::page_pool::INFLIGHT_MEM,
        /// Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
        /// the driver. Once detached Page Pool can no longer be used to
        /// allocate memory.
        /// Page Pools wait for all the memory allocated from them to be freed
        /// before truly disappearing. "Detached" Page Pools cannot be
        /// "re-attached", they are just waiting to disappear.
        /// Attribute is absent if Page Pool has not been detached, and
        /// can still be used to allocate new memory.
        pub detach_time: codec::Uint = attrs::page_pool::DETACH_TIME,
        /// ID of the dmabuf this page-pool is attached to.
        pub dmabuf: codec::U32 = attrs::page_pool::DMABUF,
    }
}

crate::attribute_set! {
    /// The attribute set `page-pool-info`. A subset of `page-pool`: [`PagePool`].
    pub struct PagePoolInfo {}
    attributes {
        /// Unique ID of a Page Pool instance.
        ///
        /// The kernel checks: min 1, max `u32-max`.
        pub id: codec::Uint = attrs::page_pool::ID,
        /// ifindex of the netdev to which the pool belongs.
        /// May be reported as 0 if the page pool was allocated for a netdev
        /// which got destroyed already (page pools may outlast their netdevs
        /// because they wait for all memory to be returned).
        ///
        /// The kernel checks: min 1, max `s32-max`.
        pub ifindex: codec::U32 = attrs::page_pool::IFINDEX,
    }
}

crate::attribute_set! {
    /// The attribute set `page-pool-stats`.
    ///
    /// Page pool statistics, see docs for struct page_pool_stats
    /// for information about individual statistics.
    pub struct PagePoolStats {}
    attributes {
        /// Page pool identifying information.
        pub info: codec::Nested<PagePoolInfo> = attrs::page_pool_stats::INFO,
        /// `alloc-fast`.
        pub alloc_fast: codec::Uint = attrs::page_pool_stats::ALLOC_FAST,
        /// `alloc-slow`.
        pub alloc_slow: codec::Uint = attrs::page_pool_stats::ALLOC_SLOW,
        /// `alloc-slow-high-order`.
        pub alloc_slow_high_order: codec::Uint = attrs::page_pool_stats::ALLOC_SLOW_HIGH_ORDER,
        /// `alloc-empty`.
        pub alloc_empty: codec::Uint = attrs::page_pool_stats::ALLOC_EMPTY,
        /// `alloc-refill`.
        pub alloc_refill: codec::Uint = attrs::page_pool_stats::ALLOC_REFILL,
        /// `alloc-waive`.
        pub alloc_waive: codec::Uint = attrs::page_pool_stats::ALLOC_WAIVE,
        /// `recycle-cached`.
        pub recycle_cached: codec::Uint = attrs::page_pool_stats::RECYCLE_CACHED,
        /// `recycle-cache-full`.
        pub recycle_cache_full: codec::Uint = attrs::page_pool_stats::RECYCLE_CACHE_FULL,
        /// `recycle-ring`.
        pub recycle_ring: codec::Uint = attrs::page_pool_stats::RECYCLE_RING,
        /// `recycle-ring-full`.
        pub recycle_ring_full: codec::Uint = attrs::page_pool_stats::RECYCLE_RING_FULL,
        /// `recycle-released-refcnt`.
        pub recycle_released_refcnt: codec::Uint = attrs::page_pool_stats::RECYCLE_RELEASED_REFCNT,
    }
}

crate::attribute_set! {
    /// The attribute set `napi`.
    pub struct Napi {}
    attributes {
        /// ifindex of the netdevice to which NAPI instance belongs.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::napi::IFINDEX,
        /// ID of the NAPI instance.
        pub id: codec::U32 = attrs::napi::ID,
        /// The associated interrupt vector number for the napi
        pub irq: codec::U32 = attrs::napi::IRQ,
        /// PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is
        /// not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
        pub pid: codec::U32 = attrs::napi::PID,
    }
}

crate::attribute_set! {
    /// The attribute set `queue`.
    pub struct Queue {}
    attributes {
        /// Queue index; most queue types are indexed like a C array, with indexes starting at 0 and
        /// ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
        pub id: codec::U32 = attrs::queue::ID,
        /// ifindex of the netdevice to which the queue belongs.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::queue::IFINDEX,
        /// Queue type as rx, tx. Each queue type defines a separate ID space.
        pub type_: codec::Enum32<QueueType> = attrs::queue::TYPE,
        /// ID of the NAPI instance which services this queue.
        pub napi_id: codec::U32 = attrs::queue::NAPI_ID,
        /// ID of the dmabuf attached to this queue, if any.
        pub dmabuf: codec::U32 = attrs::queue::DMABUF,
    }
}

crate::attribute_set! {
    /// The attribute set `qstats`.
    ///
    /// Get device statistics, scoped to a device or a queue.
    /// These statistics extend (and partially duplicate) statistics available
    /// in struct rtnl_link_stats64.
    /// Value of the `scope` attribute determines how statistics are
    /// aggregated. When aggregated for the entire device the statistics
    /// represent the total number of events since last explicit reset of
    /// the device (i.e. not a reconfiguration like changing queue count).
    /// When reported per-queue, however, the statistics may not add
    /// up to the total number of events, will only be reported for currently
    /// active objects, and will likely report the number of events since last
    /// reconfiguration.
    pub struct Qstats {}
    attributes {
        /// ifindex of the netdevice to which stats belong.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::qstats::IFINDEX,
        /// Queue type as rx, tx, for queue-id.
        pub queue_type: codec::Enum32<QueueType> = attrs::qstats::QUEUE_TYPE,
        /// Queue ID, if stats are scoped to a single queue instance.
        pub queue_id: codec::U32 = attrs::qstats::QUEUE_ID,
        /// What object type should be used to iterate over the stats.
        pub scope: codec::Uint = attrs::qstats::SCOPE,
        /// Number of wire packets successfully received and passed to the stack.
        /// For drivers supporting XDP, XDP is considered the first layer
        /// of the stack, so packets consumed by XDP are still counted here.
        pub rx_packets: codec::Uint = attrs::qstats::RX_PACKETS,
        /// Successfully received bytes, see `rx-packets`.
        pub rx_bytes: codec::Uint = attrs::qstats::RX_BYTES,
        /// Number of wire packets successfully sent. Packet is considered to be
        /// successfully sent once it is in device memory (usually this means
        /// the device has issued a DMA completion for the packet).
        pub tx_packets: codec::Uint = attrs::qstats::TX_PACKETS,
        /// Successfully sent bytes, see `tx-packets`.
        pub tx_bytes: codec::Uint = attrs::qstats::TX_BYTES,
        /// Number of times skb or buffer allocation failed on the Rx datapath.
        /// Allocation failure may, or may not result in a packet drop, depending
        /// on driver implementation and whether system recovers quickly.
        pub rx_alloc_fail: codec::Uint = attrs::qstats::RX_ALLOC_FAIL,
        /// Number of all packets which entered the device, but never left it,
        /// including but not limited to: packets dropped due to lack of buffer
        /// space, processing errors, explicit or implicit policies and packet
        /// filters.
        pub rx_hw_drops: codec::Uint = attrs::qstats::RX_HW_DROPS,
        /// Number of packets dropped due to transient lack of resources, such as
        /// buffer space, host descriptors etc.
        pub rx_hw_drop_overruns: codec::Uint = attrs::qstats::RX_HW_DROP_OVERRUNS,
        /// Number of packets that were marked as CHECKSUM_COMPLETE.
        pub rx_csum_complete: codec::Uint = attrs::qstats::RX_CSUM_COMPLETE,
        /// Number of packets that were marked as CHECKSUM_UNNECESSARY.
        pub rx_csum_unnecessary: codec::Uint = attrs::qstats::RX_CSUM_UNNECESSARY,
        /// Number of packets that were not checksummed by device.
        pub rx_csum_none: codec::Uint = attrs::qstats::RX_CSUM_NONE,
        /// Number of packets with bad checksum. The packets are not discarded,
        /// but still delivered to the stack.
        pub rx_csum_bad: codec::Uint = attrs::qstats::RX_CSUM_BAD,
        /// Number of packets that were coalesced from smaller packets by the device.
        /// Counts only packets coalesced with the HW-GRO netdevice feature,
        /// LRO-coalesced packets are not counted.
        pub rx_hw_gro_packets: codec::Uint = attrs::qstats::RX_HW_GRO_PACKETS,
        /// See `rx-hw-gro-packets`.
        pub rx_hw_gro_bytes: codec::Uint = attrs::qstats::RX_HW_GRO_BYTES,
        /// Number of packets that were coalesced to bigger packetss with the HW-GRO
        /// netdevice feature. LRO-coalesced packets are not counted.
        pub rx_hw_gro_wire_packets: codec::Uint = attrs::qstats::RX_HW_GRO_WIRE_PACKETS,
        /// See `rx-hw-gro-wire-packets`.
        pub rx_hw_gro_wire_bytes: codec::Uint = attrs::qstats::RX_HW_GRO_WIRE_BYTES,
        /// Number of the packets dropped by the device due to the received
        /// packets bitrate exceeding the device rate limit.
        pub rx_hw_drop_ratelimits: codec::Uint = attrs::qstats::RX_HW_DROP_RATELIMITS,
        /// Number of packets that arrived at the device but never left it,
        /// encompassing packets dropped for reasons such as processing errors, as
        /// well as those affected by explicitly defined policies and packet
        /// filtering criteria.
        pub tx_hw_drops: codec::Uint = attrs::qstats::TX_HW_DROPS,
        /// Number of packets dropped because they were invalid or malformed.
        pub tx_hw_drop_errors: codec::Uint = attrs::qstats::TX_HW_DROP_ERRORS,
        /// Number of packets that did not require the device to calculate the
        /// checksum.
        pub tx_csum_none: codec::Uint = attrs::qstats::TX_CSUM_NONE,
        /// Number of packets that required the device to calculate the checksum.
        pub tx_needs_csum: codec::Uint = attrs::qstats::TX_NEEDS_CSUM,
        /// Number of packets that necessitated segmentation into smaller packets
        /// by the device.
        pub tx_hw_gso_packets: codec::Uint = attrs::qstats::TX_HW_GSO_PACKETS,
        /// See `tx-hw-gso-packets`.
        pub tx_hw_gso_bytes: codec::Uint = attrs::qstats::TX_HW_GSO_BYTES,
        /// Number of wire-sized packets generated by processing
        /// `tx-hw-gso-packets`
        pub tx_hw_gso_wire_packets: codec::Uint = attrs::qstats::TX_HW_GSO_WIRE_PACKETS,
        /// See `tx-hw-gso-wire-packets`.
        pub tx_hw_gso_wire_bytes: codec::Uint = attrs::qstats::TX_HW_GSO_WIRE_BYTES,
        /// Number of the packets dropped by the device due to the transmit
        /// packets bitrate exceeding the device rate limit.
        pub tx_hw_drop_ratelimits: codec::Uint = attrs::qstats::TX_HW_DROP_RATELIMITS,
        /// Number of times driver paused accepting new tx packets
        /// from the stack to this queue, because the queue was full.
        /// Note that if BQL is supported and enabled on the device
        /// the networking stack will avoid queuing a lot of data at once.
        pub tx_stop: codec::Uint = attrs::qstats::TX_STOP,
        /// Number of times driver re-started accepting send
        /// requests to this queue from the stack.
        pub tx_wake: codec::Uint = attrs::qstats::TX_WAKE,
    }
}

crate::attribute_set! {
    /// The attribute set `queue-id`. A subset of `queue`: [`Queue`].
    pub struct QueueId {}
    attributes {
        /// Queue index; most queue types are indexed like a C array, with indexes starting at 0 and
        /// ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
        pub id: codec::U32 = attrs::queue::ID,
        /// Queue type as rx, tx. Each queue type defines a separate ID space.
        pub type_: codec::Enum32<QueueType> = attrs::queue::TYPE,
    }
}

crate::attribute_set! {
    /// The attribute set `dmabuf`.
    pub struct Dmabuf {}
    attributes {
        /// netdev ifindex to bind the dmabuf to.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::dmabuf::IFINDEX,
        /// receive queues to bind the dmabuf to.
        pub queues: codec::Multi<codec::Nested<QueueId>> = attrs::dmabuf::QUEUES,
        /// dmabuf file descriptor to bind.
        pub fd: codec::U32 = attrs::dmabuf::FD,
        /// id of the dmabuf binding
        ///
        /// The kernel checks: min 1.
        pub id: codec::U32 = attrs::dmabuf::ID,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `dev-get`: Get / dump information about a netdev.
    pub const DEV_GET: u8 = 1;
    /// `dev-add-ntf` (notification): Notification about device appearing.
    pub const DEV_ADD_NTF: u8 = 2;
    /// `dev-del-ntf` (notification): Notification about device disappearing.
    pub const DEV_DEL_NTF: u8 = 3;
    /// `dev-change-ntf` (notification): Notification about device configuration being changed.
    pub const DEV_CHANGE_NTF: u8 = 4;
    /// `page-pool-get`: Get / dump information about Page Pools.
    pub const PAGE_POOL_GET: u8 = 5;
    /// `page-pool-add-ntf` (notification): Notification about page pool appearing.
    pub const PAGE_POOL_ADD_NTF: u8 = 6;
    /// `page-pool-del-ntf` (notification): Notification about page pool disappearing.
    pub const PAGE_POOL_DEL_NTF: u8 = 7;
    /// `page-pool-change-ntf` (notification): Notification about page pool configuration being
    /// changed.
    pub const PAGE_POOL_CHANGE_NTF: u8 = 8;
    /// `page-pool-stats-get`: Get page pool statistics.
    pub const PAGE_POOL_STATS_GET: u8 = 9;
    /// `queue-get`: Get queue information from the kernel. Only configured queues will be reported
    /// (as opposed to all available hardware queues).
    pub const QUEUE_GET: u8 = 10;
    /// `napi-get`: Get information about NAPI instances configured on the system.
    pub const NAPI_GET: u8 = 11;
    /// `qstats-get`: Get / dump fine grained statistics. Which statistics are reported
    pub const QSTATS_GET: u8 = 12;
    /// `bind-rx`: Bind dmabuf to netdev
    pub const BIND_RX: u8 = 13;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `mgmt`.
    pub const MGMT: &str = "mgmt";
    /// `page-pool`.
    pub const PAGE_POOL: &str = "page-pool";
}

crate::attribute_set! {
    /// The request of `dev-get`: attributes of `dev` (`ifindex`).
    pub struct DevGetRequest {}
    attributes {
        /// netdev ifindex
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::dev::IFINDEX,
    }
}

impl crate::genl::Reply for Dev {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for DevGetRequest {
    type Family = Family;
    type Reply = Dev;
    const CMD: u8 = cmd::DEV_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEV)
    }
}

/// `dev-get` (do): Get / dump information about a netdev.
///
/// Each reply is a [`Dev`].
pub fn dev_get(family_id: u16, request: &DevGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEV_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dev-get` (dump): attributes of `dev`.
    pub struct DevGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for DevGetDumpRequest {
    type Family = Family;
    type Reply = Dev;
    const CMD: u8 = cmd::DEV_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DEV)
    }
}

/// `dev-get` (dump): Get / dump information about a netdev.
///
/// Each reply is a [`Dev`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn dev_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::DEV_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `page-pool-get`: attributes of `page-pool` (`id`).
    pub struct PagePoolGetRequest {}
    attributes {
        /// Unique ID of a Page Pool instance.
        ///
        /// The kernel checks: min 1, max `u32-max`.
        pub id: codec::Uint = attrs::page_pool::ID,
    }
}

impl crate::genl::Reply for PagePool {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PagePoolGetRequest {
    type Family = Family;
    type Reply = PagePool;
    const CMD: u8 = cmd::PAGE_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAGE_POOL)
    }
}

/// `page-pool-get` (do): Get / dump information about Page Pools.
/// (Only Page Pools associated with a net_device can be listed.)
///
/// Each reply is a [`PagePool`].
pub fn page_pool_get(family_id: u16, request: &PagePoolGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PAGE_POOL_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `page-pool-get` (dump): attributes of `page-pool`.
    pub struct PagePoolGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for PagePoolGetDumpRequest {
    type Family = Family;
    type Reply = PagePool;
    const CMD: u8 = cmd::PAGE_POOL_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAGE_POOL)
    }
}

/// `page-pool-get` (dump): Get / dump information about Page Pools.
/// (Only Page Pools associated with a net_device can be listed.)
///
/// Each reply is a [`PagePool`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn page_pool_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::PAGE_POOL_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `page-pool-stats-get`: attributes of `page-pool-stats` (`info`).
    pub struct PagePoolStatsGetRequest {}
    attributes {
        /// Page pool identifying information.
        pub info: codec::Nested<PagePoolInfo> = attrs::page_pool_stats::INFO,
    }
}

impl crate::genl::Reply for PagePoolStats {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PagePoolStatsGetRequest {
    type Family = Family;
    type Reply = PagePoolStats;
    const CMD: u8 = cmd::PAGE_POOL_STATS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAGE_POOL_STATS)
    }
}

/// `page-pool-stats-get` (do): Get page pool statistics.
///
/// Each reply is a [`PagePoolStats`].
pub fn page_pool_stats_get(family_id: u16, request: &PagePoolStatsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PAGE_POOL_STATS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `page-pool-stats-get` (dump): attributes of `page-pool-stats`.
    pub struct PagePoolStatsGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for PagePoolStatsGetDumpRequest {
    type Family = Family;
    type Reply = PagePoolStats;
    const CMD: u8 = cmd::PAGE_POOL_STATS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PAGE_POOL_STATS)
    }
}

/// `page-pool-stats-get` (dump): Get page pool statistics.
///
/// Each reply is a [`PagePoolStats`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn page_pool_stats_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::PAGE_POOL_STATS_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `queue-get`: attributes of `queue` (`ifindex`, `type`, `id`).
    pub struct QueueGetRequest {}
    attributes {
        /// ifindex of the netdevice to which the queue belongs.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::queue::IFINDEX,
        /// Queue type as rx, tx. Each queue type defines a separate ID space.
        pub type_: codec::Enum32<QueueType> = attrs::queue::TYPE,
        /// Queue index; most queue types are indexed like a C array, with indexes starting at 0 and
        /// ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
        pub id: codec::U32 = attrs::queue::ID,
    }
}

impl crate::genl::Reply for Queue {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for QueueGetRequest {
    type Family = Family;
    type Reply = Queue;
    const CMD: u8 = cmd::QUEUE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::QUEUE)
    }
}

/// `queue-get` (do): Get queue information from the kernel. Only configured queues will be reported
/// (as opposed to all available hardware queues).
///
/// Each reply is a [`Queue`].
pub fn queue_get(family_id: u16, request: &QueueGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::QUEUE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `queue-get` (dump): attributes of `queue` (`ifindex`).
    pub struct QueueGetDumpRequest {}
    attributes {
        /// ifindex of the netdevice to which the queue belongs.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::queue::IFINDEX,
    }
}

impl crate::genl::Request for QueueGetDumpRequest {
    type Family = Family;
    type Reply = Queue;
    const CMD: u8 = cmd::QUEUE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::QUEUE)
    }
}

/// `queue-get` (dump): Get queue information from the kernel. Only configured queues will be
/// reported (as opposed to all available hardware queues).
///
/// Each reply is a [`Queue`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn queue_get_dump(family_id: u16, request: &QueueGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::QUEUE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `napi-get`: attributes of `napi` (`id`).
    pub struct NapiGetRequest {}
    attributes {
        /// ID of the NAPI instance.
        pub id: codec::U32 = attrs::napi::ID,
    }
}

impl crate::genl::Reply for Napi {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for NapiGetRequest {
    type Family = Family;
    type Reply = Napi;
    const CMD: u8 = cmd::NAPI_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NAPI)
    }
}

/// `napi-get` (do): Get information about NAPI instances configured on the system.
///
/// Each reply is a [`Napi`].
pub fn napi_get(family_id: u16, request: &NapiGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NAPI_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `napi-get` (dump): attributes of `napi` (`ifindex`).
    pub struct NapiGetDumpRequest {}
    attributes {
        /// ifindex of the netdevice to which NAPI instance belongs.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::napi::IFINDEX,
    }
}

impl crate::genl::Request for NapiGetDumpRequest {
    type Family = Family;
    type Reply = Napi;
    const CMD: u8 = cmd::NAPI_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::NAPI)
    }
}

/// `napi-get` (dump): Get information about NAPI instances configured on the system.
///
/// Each reply is a [`Napi`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn napi_get_dump(family_id: u16, request: &NapiGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NAPI_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `qstats-get` (dump): attributes of `qstats` (`ifindex`, `scope`).
    pub struct QstatsGetDumpRequest {}
    attributes {
        /// ifindex of the netdevice to which stats belong.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::qstats::IFINDEX,
        /// What object type should be used to iterate over the stats.
        pub scope: codec::Uint = attrs::qstats::SCOPE,
    }
}

impl crate::genl::Reply for Qstats {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for QstatsGetDumpRequest {
    type Family = Family;
    type Reply = Qstats;
    const CMD: u8 = cmd::QSTATS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::QSTATS)
    }
}

/// `qstats-get` (dump): Get / dump fine grained statistics. Which statistics are reported
/// depends on the device and the driver, and whether the driver stores
/// software counters per-queue.
///
/// Each reply is a [`Qstats`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn qstats_get_dump(family_id: u16, request: &QstatsGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::QSTATS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `bind-rx`: attributes of `dmabuf` (`ifindex`, `fd`, `queues`).
    pub struct BindRxRequest {}
    attributes {
        /// netdev ifindex to bind the dmabuf to.
        ///
        /// The kernel checks: min 1.
        pub ifindex: codec::U32 = attrs::dmabuf::IFINDEX,
        /// dmabuf file descriptor to bind.
        pub fd: codec::U32 = attrs::dmabuf::FD,
        /// receive queues to bind the dmabuf to.
        pub queues: codec::Multi<codec::Nested<QueueId>> = attrs::dmabuf::QUEUES,
    }
}

impl crate::genl::Reply for Dmabuf {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for BindRxRequest {
    type Family = Family;
    type Reply = Dmabuf;
    const CMD: u8 = cmd::BIND_RX;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DMABUF)
    }
}

/// `bind-rx` (do): Bind dmabuf to netdev
///
/// Each reply is a [`Dmabuf`]. Needs admin-perm.
pub fn bind_rx(family_id: u16, request: &BindRxRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::BIND_RX, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `dev-add-ntf`: Notification about device appearing.
    DevAddNtf(Dev),
    /// `dev-del-ntf`: Notification about device disappearing.
    DevDelNtf(Dev),
    /// `dev-change-ntf`: Notification about device configuration being changed.
    DevChangeNtf(Dev),
    /// `page-pool-add-ntf`: Notification about page pool appearing.
    PagePoolAddNtf(PagePool),
    /// `page-pool-del-ntf`: Notification about page pool disappearing.
    PagePoolDelNtf(PagePool),
    /// `page-pool-change-ntf`: Notification about page pool configuration being changed.
    PagePoolChangeNtf(PagePool),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::DEV_ADD_NTF => Notification::DevAddNtf(super::parse_genl(payload)?.1),
            cmd::DEV_DEL_NTF => Notification::DevDelNtf(super::parse_genl(payload)?.1),
            cmd::DEV_CHANGE_NTF => Notification::DevChangeNtf(super::parse_genl(payload)?.1),
            cmd::PAGE_POOL_ADD_NTF => Notification::PagePoolAddNtf(super::parse_genl(payload)?.1),
            cmd::PAGE_POOL_DEL_NTF => Notification::PagePoolDelNtf(super::parse_genl(payload)?.1),
            cmd::PAGE_POOL_CHANGE_NTF => Notification::PagePoolChangeNtf(super::parse_genl(payload)?.1),
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `dev`.
    pub static DEV: SetNames = SetNames {
        name: "dev",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "pad"),
            AttrName::value(3, "xdp-features"),
            AttrName::value(4, "xdp-zc-max-segs"),
            AttrName::value(5, "xdp-rx-metadata-features"),
            AttrName::value(6, "xsk-features"),
        ],
    };

    /// `page-pool`.
    pub static PAGE_POOL: SetNames = SetNames {
        name: "page-pool",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "ifindex"),
            AttrName::value(3, "napi-id"),
            AttrName::value(4, "inflight"),
            AttrName::value(5, "inflight-mem"),
            AttrName::value(6, "detach-time"),
            AttrName::value(7, "dmabuf"),
        ],
    };

    /// `page-pool-info`.
    pub static PAGE_POOL_INFO: SetNames = SetNames {
        name: "page-pool-info",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "ifindex"),
        ],
    };

    /// `page-pool-stats`.
    pub static PAGE_POOL_STATS: SetNames = SetNames {
        name: "page-pool-stats",
        attrs: &[
            AttrName::nest(1, "info", &PAGE_POOL_INFO),
            AttrName::value(8, "alloc-fast"),
            AttrName::value(9, "alloc-slow"),
            AttrName::value(10, "alloc-slow-high-order"),
            AttrName::value(11, "alloc-empty"),
            AttrName::value(12, "alloc-refill"),
            AttrName::value(13, "alloc-waive"),
            AttrName::value(14, "recycle-cached"),
            AttrName::value(15, "recycle-cache-full"),
            AttrName::value(16, "recycle-ring"),
            AttrName::value(17, "recycle-ring-full"),
            AttrName::value(18, "recycle-released-refcnt"),
        ],
    };

    /// `napi`.
    pub static NAPI: SetNames = SetNames {
        name: "napi",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "id"),
            AttrName::value(3, "irq"),
            AttrName::value(4, "pid"),
        ],
    };

    /// `queue`.
    pub static QUEUE: SetNames = SetNames {
        name: "queue",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "ifindex"),
            AttrName::value(3, "type"),
            AttrName::value(4, "napi-id"),
            AttrName::value(5, "dmabuf"),
        ],
    };

    /// `qstats`.
    pub static QSTATS: SetNames = SetNames {
        name: "qstats",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "queue-type"),
            AttrName::value(3, "queue-id"),
            AttrName::value(4, "scope"),
            AttrName::value(8, "rx-packets"),
            AttrName::value(9, "rx-bytes"),
            AttrName::value(10, "tx-packets"),
            AttrName::value(11, "tx-bytes"),
            AttrName::value(12, "rx-alloc-fail"),
            AttrName::value(13, "rx-hw-drops"),
            AttrName::value(14, "rx-hw-drop-overruns"),
            AttrName::value(15, "rx-csum-complete"),
            AttrName::value(16, "rx-csum-unnecessary"),
            AttrName::value(17, "rx-csum-none"),
            AttrName::value(18, "rx-csum-bad"),
            AttrName::value(19, "rx-hw-gro-packets"),
            AttrName::value(20, "rx-hw-gro-bytes"),
            AttrName::value(21, "rx-hw-gro-wire-packets"),
            AttrName::value(22, "rx-hw-gro-wire-bytes"),
            AttrName::value(23, "rx-hw-drop-ratelimits"),
            AttrName::value(24, "tx-hw-drops"),
            AttrName::value(25, "tx-hw-drop-errors"),
            AttrName::value(26, "tx-csum-none"),
            AttrName::value(27, "tx-needs-csum"),
            AttrName::value(28, "tx-hw-gso-packets"),
            AttrName::value(29, "tx-hw-gso-bytes"),
            AttrName::value(30, "tx-hw-gso-wire-packets"),
            AttrName::value(31, "tx-hw-gso-wire-bytes"),
            AttrName::value(32, "tx-hw-drop-ratelimits"),
            AttrName::value(33, "tx-stop"),
            AttrName::value(34, "tx-wake"),
        ],
    };

    /// `queue-id`.
    pub static QUEUE_ID: SetNames = SetNames {
        name: "queue-id",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(3, "type"),
        ],
    };

    /// `dmabuf`.
    pub static DMABUF: SetNames = SetNames {
        name: "dmabuf",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(2, "queues", &QUEUE_ID),
            AttrName::value(3, "fd"),
            AttrName::value(4, "id"),
        ],
    };
}
