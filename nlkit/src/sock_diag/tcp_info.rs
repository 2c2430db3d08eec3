//! [`TcpInfo`]: a TCP socket's `INET_DIAG_INFO` (`struct tcp_info`), whatever its length,
//! with every field of the newest header as an accessor (through
//! [`crate::wire::tcp_info::TcpInfoView`]) and the typed ones (state,
//! congestion state, options) here.

use super::inet::TcpState;
use crate::wire::attr::AttrView;
use crate::wire::codec::Codec;
use crate::wire::tcp_info::TcpInfoView;
use crate::wire::{DecodeError, MessageBuilder};

/// `struct tcp_info` as the kernel sent it: the bytes are kept (any length; a newer
/// kernel's extra fields come back in [`raw`](Self::raw) and [`rest`](TcpInfoView::rest)),
/// and each field reads as `None` when the kernel sent too few bytes for it. Dereferences
/// to [`TcpInfoView`], which has one accessor per field (`rtt()`, `snd_cwnd()`,
/// `bytes_acked()`, ...).
///
/// For an MPTCP socket `INET_DIAG_INFO` is `struct mptcp_info` instead (see
/// [`InetSocket::mptcp_info`](super::InetSocket::mptcp_info)).
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct TcpInfo(TcpInfoView<Vec<u8>>);

impl TcpInfo {
    /// The structure held by `bytes`.
    pub fn new(bytes: Vec<u8>) -> TcpInfo {
        TcpInfo(TcpInfoView::new(bytes))
    }

    /// The bytes as they came.
    pub fn raw(&self) -> &[u8] {
        self.0.bytes()
    }

    /// How many bytes the kernel sent.
    pub fn len(&self) -> usize {
        self.0.bytes().len()
    }

    /// True when the kernel sent no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.bytes().is_empty()
    }

    /// `tcpi_state`, typed.
    pub fn tcp_state(&self) -> Option<TcpState> {
        self.0.state().map(TcpState::from)
    }

    /// `tcpi_ca_state`, typed.
    pub fn congestion_state(&self) -> Option<CaState> {
        self.0.ca_state().map(CaState::from)
    }

    /// `tcpi_options`, typed.
    pub fn option_flags(&self) -> Option<TcpInfoOptions> {
        self.0.options().map(TcpInfoOptions)
    }
}

impl std::ops::Deref for TcpInfo {
    type Target = TcpInfoView<Vec<u8>>;
    fn deref(&self) -> &TcpInfoView<Vec<u8>> {
        &self.0
    }
}

crate::open_enum! {
    /// The congestion control state (`enum tcp_ca_state`, `tcpi_ca_state`).
    pub enum CaState: u8 {
        /// `TCP_CA_Open`.
        Open = 0,
        /// `TCP_CA_Disorder`.
        Disorder = 1,
        /// `TCP_CA_CWR`.
        Cwr = 2,
        /// `TCP_CA_Recovery`.
        Recovery = 3,
        /// `TCP_CA_Loss`.
        Loss = 4,
    }
}

crate::flag_set! {
    /// `tcpi_options` (`TCPI_OPT_*`, linux/tcp.h).
    pub struct TcpInfoOptions: u8 {
        /// `TCPI_OPT_TIMESTAMPS`.
        const TIMESTAMPS = 1;
        /// `TCPI_OPT_SACK`.
        const SACK = 2;
        /// `TCPI_OPT_WSCALE`.
        const WSCALE = 4;
        /// `TCPI_OPT_ECN`: ECN was negotiated at connection setup.
        const ECN = 8;
        /// `TCPI_OPT_ECN_SEEN`: at least one packet with ECT was seen.
        const ECN_SEEN = 16;
        /// `TCPI_OPT_SYN_DATA`: SYN-ACK acked data in the SYN (fast open).
        const SYN_DATA = 32;
        /// `TCPI_OPT_USEC_TS`: timestamps in microseconds.
        const USEC_TS = 64;
        /// `TCPI_OPT_TFO_CHILD`: the child of a fast open listener.
        const TFO_CHILD = 128;
    }
}

/// The codec of `INET_DIAG_INFO`: any payload, kept whole.
#[derive(Debug)]
pub struct TcpInfoCodec;

impl Codec for TcpInfoCodec {
    type Value = TcpInfo;
    fn decode(a: &AttrView<&[u8]>) -> Result<TcpInfo, DecodeError> {
        Ok(TcpInfo::new(a.payload().to_vec()))
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &TcpInfo) {
        b.attr_bytes(raw_type, v.raw());
    }
}
