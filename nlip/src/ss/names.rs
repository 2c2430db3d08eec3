//! The words ss 6.1 prints for numbers: socket states, the Netid of each kind of socket,
//! SCTP association states, and the timer texts of `-o` (`timer:(keepalive,1min29sec,0)`).
//! The row fillers take them from here.

/// ss's name of a socket state (TCP's numbering; 7, closed, is `UNCONN`).
pub fn state(state: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "UNKNOWN",
        "ESTAB",
        "SYN-SENT",
        "SYN-RECV",
        "FIN-WAIT-1",
        "FIN-WAIT-2",
        "TIME-WAIT",
        "UNCONN",
        "CLOSE-WAIT",
        "LAST-ACK",
        "LISTEN",
        "CLOSING",
    ];
    NAMES.get(usize::from(state)).copied().unwrap_or("UNKNOWN")
}

/// The state of an SCTP association line (after "`- ").
pub fn sctp_state(state: u8) -> &'static str {
    const NAMES: [&str; 8] = [
        "CLOSED",
        "COOKIE_WAIT",
        "COOKIE_ECHOED",
        "ESTAB",
        "SHUTDOWN_PENDING",
        "SHUTDOWN_SENT",
        "SHUTDOWN_RECEIVED",
        "ACK_SENT",
    ];
    NAMES.get(usize::from(state)).copied().unwrap_or("")
}

/// The Netid of an inet socket by its protocol (`raw` for 0, `???` for others).
pub fn inet_netid(protocol: u16) -> &'static str {
    match protocol {
        0 => "raw",
        17 => "udp",
        6 => "tcp",
        262 => "mptcp",
        132 => "sctp",
        33 => "dccp",
        58 => "icmp6",
        _ => "???",
    }
}

const SOCK_STREAM: u8 = 1;
const SOCK_DGRAM: u8 = 2;
const SOCK_RAW: u8 = 3;
const SOCK_RDM: u8 = 4;
const SOCK_SEQPACKET: u8 = 5;

/// The Netid of a unix socket by its type (`u_dgr` for unknown types).
pub fn unix_netid(kind: u8) -> &'static str {
    match kind {
        SOCK_STREAM => "u_str",
        SOCK_SEQPACKET => "u_seq",
        _ => "u_dgr",
    }
}

/// The Netid of a packet socket by its type.
pub fn packet_netid(kind: u8) -> &'static str {
    if kind == SOCK_RAW {
        "p_raw"
    } else {
        "p_dgr"
    }
}

/// The Netid of a vsock socket by its type.
pub fn vsock_netid(kind: u8) -> &'static str {
    match kind {
        SOCK_STREAM => "v_str",
        SOCK_DGRAM => "v_dgr",
        _ => "???",
    }
}

/// The Netid of a TIPC socket by its type.
pub fn tipc_netid(kind: u8) -> &'static str {
    match kind {
        SOCK_STREAM => "ti_st",
        SOCK_DGRAM => "ti_dg",
        SOCK_RDM => "ti_rd",
        SOCK_SEQPACKET => "ti_sq",
        _ => "???",
    }
}

/// A timer's milliseconds as ss prints them: `1min29sec`, `12sec`, `1.200ms` (seconds
/// and milliseconds), `300ms`; minutes drop the milliseconds, ten minutes the seconds, ten
/// seconds the milliseconds; 0 is empty.
pub fn ms_timer(timeout: u32) -> String {
    let mut secs = timeout / 1000;
    let minutes = secs / 60;
    secs %= 60;
    let mut msecs = timeout % 1000;
    let mut out = String::new();
    if minutes > 0 {
        msecs = 0;
        out.push_str(&format!("{minutes}min"));
        if minutes > 9 {
            secs = 0;
        }
    }
    if secs > 0 {
        if secs > 9 {
            msecs = 0;
        }
        out.push_str(&format!("{secs}{}", if msecs > 0 { "." } else { "sec" }));
    }
    if msecs > 0 {
        out.push_str(&format!("{msecs:03}ms"));
    }
    out
}

/// The ` timer:(NAME,TIME,RETRANS)` text of `-o` for an inet socket's timer (`idiag_timer`:
/// 1 on, 2 keepalive, 3 timewait, 4 persist, more: unknown; 0 prints nothing).
pub fn tcp_timer(timer: u8, expires_ms: u32, retrans: u8) -> String {
    const NAMES: [&str; 6] = ["off", "on", "keepalive", "timewait", "persist", "unknown"];
    if timer == 0 {
        return String::new();
    }
    let name = NAMES[usize::from(timer.min(5))];
    format!(" timer:({name},{},{retrans})", ms_timer(expires_ms))
}

/// The same for an SCTP socket (` timer:(T3_RTX,TIME,RETRANS)`).
pub fn sctp_timer(timer: u8, expires_ms: u32, retrans: u8) -> String {
    if timer == 0 {
        return String::new();
    }
    format!(" timer:(T3_RTX,{},{retrans})", ms_timer(expires_ms))
}
