//! Inet sockets (linux/inet_diag.h): TCP, UDP, UDP-Lite, raw, MPTCP, SCTP and DCCP over
//! IPv4 and IPv6, as `ss -t`, `-u`, `-w`, `-M`, `-S`, `-d` list them.
//!
//! An [`InetRequest`] dumps one protocol of one family (`ss` asks IPv4, then IPv6); each
//! reply is an [`InetSocket`]: the `inet_diag_msg` header typed and flat, and each
//! attribute (`tcp_info`, memory, congestion control, ...) as an `Option`. The kernel
//! filters by state ([`StateSet`]) and by an optional bytecode program.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::AddressFamily;
//! use nlkit::sock_diag::{self, Extensions, InetProtocol, InetRequest, StateSet};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! let request = InetRequest {
//!     extensions: Extensions::INFO | Extensions::CONG,
//!     ..InetRequest::new(AddressFamily::Inet, InetProtocol::Tcp, StateSet::ALL)
//! };
//! for s in sock_diag::dump(&mut conn, &request)? {
//!     let s = s?;
//!     let rtt = s.tcp_info.as_ref().and_then(|i| i.rtt());
//!     println!("{} {} rtt {rtt:?}", s.state.name(), s.local.socket_addr());
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

pub(crate) mod request;
mod socket;
#[cfg(test)]
mod tests;

pub use request::{get, CompatRequest, InetRequest};
pub use socket::{InetEndpoint, InetSocket, ProtocolU8};

crate::open_enum! {
    /// A TCP state (`TCP_*`, include/net/tcp_states.h), as `idiag_state` reports it for
    /// every inet protocol (UDP and raw sockets are `Close` or `Established`).
    pub enum TcpState: u8 {
        /// `TCP_ESTABLISHED`.
        Established = 1,
        /// `TCP_SYN_SENT`.
        SynSent = 2,
        /// `TCP_SYN_RECV`.
        SynRecv = 3,
        /// `TCP_FIN_WAIT1`.
        FinWait1 = 4,
        /// `TCP_FIN_WAIT2`.
        FinWait2 = 5,
        /// `TCP_TIME_WAIT`.
        TimeWait = 6,
        /// `TCP_CLOSE`.
        Close = 7,
        /// `TCP_CLOSE_WAIT`.
        CloseWait = 8,
        /// `TCP_LAST_ACK`.
        LastAck = 9,
        /// `TCP_LISTEN`.
        Listen = 10,
        /// `TCP_CLOSING`.
        Closing = 11,
        /// `TCP_NEW_SYN_RECV`: a request socket.
        NewSynRecv = 12,
        /// `TCP_BOUND_INACTIVE`: bound, not listening nor connected.
        BoundInactive = 13,
    }
}

impl TcpState {
    /// The name `ss` prints in its State column (`ESTAB`, `UNCONN` for `Close`, ...);
    /// `UNKNOWN` for the states ss 6.1 has no name for.
    pub fn name(self) -> &'static str {
        match self {
            TcpState::Established => "ESTAB",
            TcpState::SynSent => "SYN-SENT",
            TcpState::SynRecv => "SYN-RECV",
            TcpState::FinWait1 => "FIN-WAIT-1",
            TcpState::FinWait2 => "FIN-WAIT-2",
            TcpState::TimeWait => "TIME-WAIT",
            TcpState::Close => "UNCONN",
            TcpState::CloseWait => "CLOSE-WAIT",
            TcpState::LastAck => "LAST-ACK",
            TcpState::Listen => "LISTEN",
            TcpState::Closing => "CLOSING",
            _ => "UNKNOWN",
        }
    }

    /// The bit of this state in a [`StateSet`] (`1 << state`; none past bit 31).
    pub fn bit(self) -> u32 {
        1u32.checked_shl(u32::from(self.raw())).unwrap_or(0)
    }
}

/// The states a dump asks for (`idiag_states`: bit `1 << TCP_x` for each state).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct StateSet(pub u32);

impl StateSet {
    /// No state.
    pub const EMPTY: StateSet = StateSet(0);
    /// `ss -a` and `state all`: bits 0 to 11 (`SS_ALL`: unknown, and `TCP_ESTABLISHED` to
    /// `TCP_CLOSING`). The kernel adds request sockets (`TCP_NEW_SYN_RECV`) itself when
    /// `TCP_SYN_RECV` is asked.
    pub const ALL: StateSet = StateSet((1 << 12) - 1);
    /// What `ss` lists without `-a` or `-l` (`SS_CONN`): every state but listening,
    /// closed, time-wait and syn-recv.
    pub const DEFAULT: StateSet = StateSet(
        Self::ALL.0
            & !(1 << 10 /* LISTEN */ | 1 << 7 /* CLOSE */ | 1 << 6 /* TIME_WAIT */ | 1 << 3/* SYN_RECV */),
    );
    /// `state connected`: all but listening and closed.
    pub const CONNECTED: StateSet = StateSet(Self::ALL.0 & !(1 << 7 | 1 << 10));
    /// `state synchronized`: connected, without syn-sent.
    pub const SYNCHRONIZED: StateSet = StateSet(Self::CONNECTED.0 & !(1 << 2));
    /// `state bucket`: the states kept as mini-sockets (syn-recv, time-wait).
    pub const BUCKET: StateSet = StateSet(1 << 3 | 1 << 6);
    /// `state big`: all but the bucket states.
    pub const BIG: StateSet = StateSet(Self::ALL.0 & !Self::BUCKET.0);

    /// The set holding only `state`.
    pub fn of(state: TcpState) -> StateSet {
        StateSet(state.bit())
    }

    /// True when `state` is in the set.
    pub fn contains(self, state: TcpState) -> bool {
        self.0 & state.bit() != 0 && state.bit() != 0
    }

    /// Adds `state`.
    pub fn insert(&mut self, state: TcpState) {
        self.0 |= state.bit();
    }

    /// Removes `state`.
    pub fn remove(&mut self, state: TcpState) {
        self.0 &= !state.bit();
    }

    /// True when no state is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The states of the set, in order (bit 0, "unknown", is not a state and is skipped).
    pub fn iter(self) -> impl Iterator<Item = TcpState> {
        (1..32u8)
            .filter(move |b| self.0 & (1 << b) != 0)
            .map(TcpState::from)
    }

    /// The group or state `ss` names with `state NAME` (case-insensitive: `all`,
    /// `connected`, `synchronized`, `bucket`, `big`, `established`, `syn-sent`,
    /// `syn-recv`/`syn-rcv`, `fin-wait-1`, `fin-wait-2`, `time-wait`, `closed`/`close`,
    /// `close-wait`, `last-ack`, `listening`, `closing`); `None` for anything else.
    pub fn from_ss_name(name: &str) -> Option<StateSet> {
        const NAMES: &[(&str, u32)] = &[
            ("close", 1 << 7),
            ("closed", 1 << 7),
            ("syn-rcv", 1 << 3),
            ("established", 1 << 1),
            ("all", StateSet::ALL.0),
            ("connected", StateSet::CONNECTED.0),
            ("synchronized", StateSet::SYNCHRONIZED.0),
            ("bucket", StateSet::BUCKET.0),
            ("big", StateSet::BIG.0),
            ("unknown", 1),
            ("syn-sent", 1 << 2),
            ("syn-recv", 1 << 3),
            ("fin-wait-1", 1 << 4),
            ("fin-wait-2", 1 << 5),
            ("time-wait", 1 << 6),
            ("unconnected", 1 << 7),
            ("close-wait", 1 << 8),
            ("last-ack", 1 << 9),
            ("listening", 1 << 10),
            ("closing", 1 << 11),
        ];
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, bits)| StateSet(bits))
    }
}

impl std::ops::BitOr for StateSet {
    type Output = StateSet;
    fn bitor(self, rhs: StateSet) -> StateSet {
        StateSet(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for StateSet {
    fn bitor_assign(&mut self, rhs: StateSet) {
        self.0 |= rhs.0;
    }
}

impl From<TcpState> for StateSet {
    fn from(s: TcpState) -> StateSet {
        StateSet::of(s)
    }
}

impl std::fmt::Debug for StateSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StateSet({:#x})", self.0)
    }
}

crate::open_enum! {
    /// The inet protocols the kernel can dump (`IPPROTO_*`). MPTCP (262) does not fit
    /// `sdiag_protocol` and is sent in `INET_DIAG_REQ_PROTOCOL`, as ss 6.1 does.
    pub enum InetProtocol: u16 {
        /// `IPPROTO_TCP`.
        Tcp = 6,
        /// `IPPROTO_UDP`.
        Udp = 17,
        /// `IPPROTO_DCCP` (removed from Linux in 6.16).
        Dccp = 33,
        /// `IPPROTO_SCTP`.
        Sctp = 132,
        /// `IPPROTO_UDPLITE`.
        UdpLite = 136,
        /// `IPPROTO_RAW`: raw sockets (of any protocol: see
        /// [`InetRequest::raw_protocol`]).
        Raw = 255,
        /// `IPPROTO_MPTCP`.
        Mptcp = 262,
    }
}

impl InetProtocol {
    /// The netid ss prints for a socket of this protocol (`tcp`, `udp`, `raw`, `mptcp`,
    /// `sctp`, `dccp`; `raw` also for protocol 0, `icmp6` for 58, `???` for others, as ss).
    pub fn ss_name(self) -> &'static str {
        match self.raw() {
            0 | 255 => "raw",
            17 => "udp",
            6 => "tcp",
            262 => "mptcp",
            132 => "sctp",
            33 => "dccp",
            58 => "icmp6",
            _ => "???",
        }
    }
}

crate::flag_set! {
    /// The extensions a dump asks for (`idiag_ext`: bit `1 << (INET_DIAG_x - 1)`). Some
    /// attributes come with another's bit: DCTCP and BBR info with `VEGASINFO`,
    /// `INET_DIAG_CLASS_ID` with `TCLASS`.
    pub struct Extensions: u8 {
        /// `INET_DIAG_MEMINFO` (`ss -m`).
        const MEMINFO = 1 << 0;
        /// `INET_DIAG_INFO`: `tcp_info` (`ss -i`).
        const INFO = 1 << 1;
        /// `INET_DIAG_VEGASINFO` (and DCTCP, BBR) (`ss -i`).
        const VEGASINFO = 1 << 2;
        /// `INET_DIAG_CONG`: the congestion control's name (`ss -i`).
        const CONG = 1 << 3;
        /// `INET_DIAG_TOS` (`ss --tos`).
        const TOS = 1 << 4;
        /// `INET_DIAG_TCLASS` (and `INET_DIAG_CLASS_ID`) (`ss --tos`).
        const TCLASS = 1 << 5;
        /// `INET_DIAG_SKMEMINFO` (`ss -m`).
        const SKMEMINFO = 1 << 6;
        /// `INET_DIAG_SHUTDOWN`.
        const SHUTDOWN = 1 << 7;
    }
}

crate::open_enum! {
    /// The timer of a socket (`IDIAG_TIMER_*`; ss's `timer:(on,...)` names).
    pub enum Timer: u8 {
        /// `IDIAG_TIMER_OFF`.
        Off = 0,
        /// `IDIAG_TIMER_ON`: retransmission (ss: `on`).
        On = 1,
        /// `IDIAG_TIMER_KEEPALIVE` (`keepalive`).
        Keepalive = 2,
        /// `IDIAG_TIMER_TIMEWAIT` (`timewait`).
        TimeWait = 3,
        /// `IDIAG_TIMER_PROBE0`: zero window probe (`persist`).
        Probe0 = 4,
        /// `IDIAG_TIMER_DELACK`: delayed ack (`delack`, sent by older kernels).
        DelAck = 5,
    }
}
