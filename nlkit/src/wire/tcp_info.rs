//! `struct tcp_info` (linux/tcp.h) as a checked view over the bytes the kernel sent in
//! `INET_DIAG_INFO`. The structure grows with kernel versions (6.18 sends more than 5.x),
//! so it is not a fixed structure: every field is an accessor returning `None` when the
//! bytes stop before it, and the bytes are kept as they came ([`TcpInfoView::bytes`]).
//! The field offsets are those of the C structure on Linux (native byte order; bitfields
//! allocated from the low bit).

/// The size of `struct tcp_info` in the newest header this version knows (up to
/// `tcpi_options2`).
pub const TCP_INFO_LEN: usize = 280;

/// A view of `struct tcp_info` over any number of bytes (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct TcpInfoView<B>(B);

fn array<const N: usize>(b: &[u8], at: usize) -> Option<[u8; N]> {
    b.get(at..at.checked_add(N)?)?.try_into().ok()
}

macro_rules! fields {
    ($( $(#[$m:meta])* $name:ident: $ty:ty = $at:expr; )*) => {
        impl<B: AsRef<[u8]>> TcpInfoView<B> {
            $(
                $(#[$m])*
                #[doc = ""]
                #[doc = concat!("At byte ", stringify!($at), "; `None` when the kernel sent fewer bytes.")]
                pub fn $name(&self) -> Option<$ty> {
                    array(self.0.as_ref(), $at).map(<$ty>::from_ne_bytes)
                }
            )*
        }

        /// Every integer field: (name, offset, size), in the structure's order.
        pub const TCP_INFO_FIELDS: &[(&str, usize, usize)] = &[
            $( (stringify!($name), $at, std::mem::size_of::<$ty>()), )*
        ];
    };
}

impl<B: AsRef<[u8]>> TcpInfoView<B> {
    /// The view of `bytes` (any length: fields past the end read as `None`).
    pub fn new(bytes: B) -> TcpInfoView<B> {
        TcpInfoView(bytes)
    }

    /// The bytes as they came.
    pub fn bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// The bytes past the fields this version knows (what a newer kernel added).
    pub fn rest(&self) -> &[u8] {
        self.0.as_ref().get(TCP_INFO_LEN..).unwrap_or(&[])
    }

    /// The holder of the bytes.
    pub fn into_inner(self) -> B {
        self.0
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.0.as_ref().get(at).copied()
    }

    /// `tcpi_snd_wscale` (the low nibble of byte 6).
    pub fn snd_wscale(&self) -> Option<u8> {
        self.byte(6).map(|b| b & 0x0f)
    }

    /// `tcpi_rcv_wscale` (the high nibble of byte 6).
    pub fn rcv_wscale(&self) -> Option<u8> {
        self.byte(6).map(|b| b >> 4)
    }

    /// `tcpi_delivery_rate_app_limited` (bit 0 of byte 7).
    pub fn delivery_rate_app_limited(&self) -> Option<bool> {
        self.byte(7).map(|b| b & 1 != 0)
    }

    /// `tcpi_fastopen_client_fail` (bits 1-2 of byte 7).
    pub fn fastopen_client_fail(&self) -> Option<u8> {
        self.byte(7).map(|b| (b >> 1) & 0x3)
    }

    /// `tcpi_ecn_mode` (bits 0-1 of the `u32` at 276: `TCPI_ECN_MODE_*`).
    pub fn ecn_mode(&self) -> Option<u8> {
        self.ecn_word().map(|w| (w & 0x3) as u8)
    }

    /// `tcpi_accecn_opt_seen` (bits 2-3 of the `u32` at 276).
    pub fn accecn_opt_seen(&self) -> Option<u8> {
        self.ecn_word().map(|w| ((w >> 2) & 0x3) as u8)
    }

    /// `tcpi_accecn_fail_mode` (bits 4-7 of the `u32` at 276).
    pub fn accecn_fail_mode(&self) -> Option<u8> {
        self.ecn_word().map(|w| ((w >> 4) & 0xf) as u8)
    }

    /// `tcpi_options2` (bits 8-31 of the `u32` at 276).
    pub fn options2(&self) -> Option<u32> {
        self.ecn_word().map(|w| w >> 8)
    }

    fn ecn_word(&self) -> Option<u32> {
        array(self.0.as_ref(), 276).map(u32::from_ne_bytes)
    }
}

fields! {
    /// `tcpi_state` (`TCP_*`).
    state: u8 = 0;
    /// `tcpi_ca_state` (`TCP_CA_*`).
    ca_state: u8 = 1;
    /// `tcpi_retransmits`.
    retransmits: u8 = 2;
    /// `tcpi_probes`.
    probes: u8 = 3;
    /// `tcpi_backoff`.
    backoff: u8 = 4;
    /// `tcpi_options` (`TCPI_OPT_*`).
    options: u8 = 5;
    /// `tcpi_rto` (microseconds).
    rto: u32 = 8;
    /// `tcpi_ato` (microseconds).
    ato: u32 = 12;
    /// `tcpi_snd_mss`.
    snd_mss: u32 = 16;
    /// `tcpi_rcv_mss`.
    rcv_mss: u32 = 20;
    /// `tcpi_unacked`.
    unacked: u32 = 24;
    /// `tcpi_sacked`.
    sacked: u32 = 28;
    /// `tcpi_lost`.
    lost: u32 = 32;
    /// `tcpi_retrans`.
    retrans: u32 = 36;
    /// `tcpi_fackets`.
    fackets: u32 = 40;
    /// `tcpi_last_data_sent` (milliseconds ago).
    last_data_sent: u32 = 44;
    /// `tcpi_last_ack_sent` (not remembered by the kernel).
    last_ack_sent: u32 = 48;
    /// `tcpi_last_data_recv`.
    last_data_recv: u32 = 52;
    /// `tcpi_last_ack_recv`.
    last_ack_recv: u32 = 56;
    /// `tcpi_pmtu`.
    pmtu: u32 = 60;
    /// `tcpi_rcv_ssthresh`.
    rcv_ssthresh: u32 = 64;
    /// `tcpi_rtt` (microseconds).
    rtt: u32 = 68;
    /// `tcpi_rttvar` (microseconds).
    rttvar: u32 = 72;
    /// `tcpi_snd_ssthresh`.
    snd_ssthresh: u32 = 76;
    /// `tcpi_snd_cwnd`.
    snd_cwnd: u32 = 80;
    /// `tcpi_advmss`.
    advmss: u32 = 84;
    /// `tcpi_reordering`.
    reordering: u32 = 88;
    /// `tcpi_rcv_rtt`.
    rcv_rtt: u32 = 92;
    /// `tcpi_rcv_space`.
    rcv_space: u32 = 96;
    /// `tcpi_total_retrans`.
    total_retrans: u32 = 100;
    /// `tcpi_pacing_rate` (bytes per second).
    pacing_rate: u64 = 104;
    /// `tcpi_max_pacing_rate`.
    max_pacing_rate: u64 = 112;
    /// `tcpi_bytes_acked`.
    bytes_acked: u64 = 120;
    /// `tcpi_bytes_received`.
    bytes_received: u64 = 128;
    /// `tcpi_segs_out`.
    segs_out: u32 = 136;
    /// `tcpi_segs_in`.
    segs_in: u32 = 140;
    /// `tcpi_notsent_bytes`.
    notsent_bytes: u32 = 144;
    /// `tcpi_min_rtt`.
    min_rtt: u32 = 148;
    /// `tcpi_data_segs_in`.
    data_segs_in: u32 = 152;
    /// `tcpi_data_segs_out`.
    data_segs_out: u32 = 156;
    /// `tcpi_delivery_rate`.
    delivery_rate: u64 = 160;
    /// `tcpi_busy_time` (microseconds).
    busy_time: u64 = 168;
    /// `tcpi_rwnd_limited`.
    rwnd_limited: u64 = 176;
    /// `tcpi_sndbuf_limited`.
    sndbuf_limited: u64 = 184;
    /// `tcpi_delivered`.
    delivered: u32 = 192;
    /// `tcpi_delivered_ce`.
    delivered_ce: u32 = 196;
    /// `tcpi_bytes_sent`.
    bytes_sent: u64 = 200;
    /// `tcpi_bytes_retrans`.
    bytes_retrans: u64 = 208;
    /// `tcpi_dsack_dups`.
    dsack_dups: u32 = 216;
    /// `tcpi_reord_seen`.
    reord_seen: u32 = 220;
    /// `tcpi_rcv_ooopack`.
    rcv_ooopack: u32 = 224;
    /// `tcpi_snd_wnd`.
    snd_wnd: u32 = 228;
    /// `tcpi_rcv_wnd`.
    rcv_wnd: u32 = 232;
    /// `tcpi_rehash`.
    rehash: u32 = 236;
    /// `tcpi_total_rto`.
    total_rto: u16 = 240;
    /// `tcpi_total_rto_recoveries`.
    total_rto_recoveries: u16 = 242;
    /// `tcpi_total_rto_time` (milliseconds).
    total_rto_time: u32 = 244;
    /// `tcpi_received_ce`.
    received_ce: u32 = 248;
    /// `tcpi_delivered_e1_bytes`.
    delivered_e1_bytes: u32 = 252;
    /// `tcpi_delivered_e0_bytes`.
    delivered_e0_bytes: u32 = 256;
    /// `tcpi_delivered_ce_bytes`.
    delivered_ce_bytes: u32 = 260;
    /// `tcpi_received_e1_bytes`.
    received_e1_bytes: u32 = 264;
    /// `tcpi_received_e0_bytes`.
    received_e0_bytes: u32 = 268;
    /// `tcpi_received_ce_bytes`.
    received_ce_bytes: u32 = 272;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_the_c_layout() {
        // Each field starts where the previous one ends, aligned to its size (the two
        // bitfield bytes sit at 6 and 7, the ECN bitfield word at 276).
        let mut end: usize = 6 + 2;
        for &(name, at, size) in TCP_INFO_FIELDS.iter().skip(6) {
            let aligned = end.div_ceil(size) * size;
            assert_eq!(at, aligned, "{name}");
            end = at + size;
        }
        assert_eq!(end + 4, TCP_INFO_LEN);
    }

    #[test]
    fn short_and_long_buffers() {
        let mut b = vec![0u8; TCP_INFO_LEN + 8];
        b[6] = 0x97;
        b[7] = 0b101;
        b[68..72].copy_from_slice(&1234u32.to_ne_bytes());
        b[276..280].copy_from_slice(&(0x1234_56f6_u32).to_ne_bytes());
        let v = TcpInfoView::new(&b[..]);
        assert_eq!((v.snd_wscale(), v.rcv_wscale()), (Some(7), Some(9)));
        assert_eq!(v.delivery_rate_app_limited(), Some(true));
        assert_eq!(v.fastopen_client_fail(), Some(2));
        assert_eq!(v.rtt(), Some(1234));
        assert_eq!(v.ecn_mode(), Some(2));
        assert_eq!(v.accecn_opt_seen(), Some(1));
        assert_eq!(v.accecn_fail_mode(), Some(0xf));
        assert_eq!(v.options2(), Some(0x12_3456));
        assert_eq!(v.rest().len(), 8);
        let short = TcpInfoView::new(&b[..70]);
        assert_eq!(short.rtt(), None, "the field is cut");
        assert_eq!(short.rttvar(), None);
        assert_eq!(short.pmtu(), Some(0));
        assert_eq!(short.received_ce_bytes(), None);
        assert!(short.rest().is_empty());
        let empty = TcpInfoView::new(&[][..]);
        assert_eq!((empty.state(), empty.snd_wscale()), (None, None));
    }
}
