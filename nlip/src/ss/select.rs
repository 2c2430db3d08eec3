//! Which socket tables, address families and states ss shows: what `-t -u -x -4 -f -A -a
//! -l` choose while the options are read, the `state`/`exclude` words, and ss's defaults
//! (every table but the listening and closed sockets when nothing is chosen; each table's
//! families and states, each family's tables).

use crate::diag::Failure;

/// A socket table (ss's `*_DB`), in ss's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Db {
    /// TCP (`tcp`).
    Tcp,
    /// MPTCP (`mptcp`).
    Mptcp,
    /// DCCP (`dccp`).
    Dccp,
    /// UDP (`udp`).
    Udp,
    /// Raw IP (`raw`).
    Raw,
    /// Unix datagram (`u_dgr`).
    UnixDgram,
    /// Unix stream (`u_str`).
    UnixStream,
    /// Unix seqpacket (`u_seq`).
    UnixSeqpacket,
    /// Packet datagram (`p_dgr`).
    PacketDgram,
    /// Packet raw (`p_raw`).
    PacketRaw,
    /// Netlink (`nl`).
    Netlink,
    /// SCTP (`sctp`).
    Sctp,
    /// Vsock stream (`v_str`).
    VsockStream,
    /// Vsock datagram (`v_dgr`).
    VsockDgram,
    /// TIPC (`tipc`).
    Tipc,
    /// XDP (`xdp`).
    Xdp,
}

/// Every table, in ss's order.
pub const DBS: [Db; 16] = [
    Db::Tcp,
    Db::Mptcp,
    Db::Dccp,
    Db::Udp,
    Db::Raw,
    Db::UnixDgram,
    Db::UnixStream,
    Db::UnixSeqpacket,
    Db::PacketDgram,
    Db::PacketRaw,
    Db::Netlink,
    Db::Sctp,
    Db::VsockStream,
    Db::VsockDgram,
    Db::Tipc,
    Db::Xdp,
];

/// The order ss dumps the tables in (and so prints them).
pub const DUMP_ORDER: [Db; 16] = [
    Db::Netlink,
    Db::PacketDgram,
    Db::PacketRaw,
    Db::UnixDgram,
    Db::UnixStream,
    Db::UnixSeqpacket,
    Db::Raw,
    Db::Udp,
    Db::Tcp,
    Db::Dccp,
    Db::Sctp,
    Db::VsockStream,
    Db::VsockDgram,
    Db::Tipc,
    Db::Xdp,
    Db::Mptcp,
];

/// An address family ss can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    /// AF_UNIX.
    Unix,
    /// AF_INET.
    Inet,
    /// AF_INET6.
    Inet6,
    /// AF_NETLINK.
    Netlink,
    /// AF_PACKET (`link`).
    Packet,
    /// AF_TIPC.
    Tipc,
    /// AF_VSOCK.
    Vsock,
    /// AF_XDP.
    Xdp,
}

/// Every family.
pub const FAMILIES: [Family; 8] = [
    Family::Unix,
    Family::Inet,
    Family::Inet6,
    Family::Netlink,
    Family::Packet,
    Family::Tipc,
    Family::Vsock,
    Family::Xdp,
];

/// A set of socket states as bits `1 << state` (TCP's state numbers: 1 established ...
/// 7 close (ss's `UNCONN`) ... 10 listen, 11 closing).
pub type States = u32;

/// The state numbers.
pub mod state {
    /// TCP_ESTABLISHED.
    pub const ESTABLISHED: u32 = 1;
    /// TCP_SYN_SENT.
    pub const SYN_SENT: u32 = 2;
    /// TCP_SYN_RECV.
    pub const SYN_RECV: u32 = 3;
    /// TCP_FIN_WAIT1.
    pub const FIN_WAIT1: u32 = 4;
    /// TCP_FIN_WAIT2.
    pub const FIN_WAIT2: u32 = 5;
    /// TCP_TIME_WAIT.
    pub const TIME_WAIT: u32 = 6;
    /// TCP_CLOSE (ss prints `UNCONN`).
    pub const CLOSE: u32 = 7;
    /// TCP_CLOSE_WAIT.
    pub const CLOSE_WAIT: u32 = 8;
    /// TCP_LAST_ACK.
    pub const LAST_ACK: u32 = 9;
    /// TCP_LISTEN.
    pub const LISTEN: u32 = 10;
    /// TCP_CLOSING.
    pub const CLOSING: u32 = 11;
    /// How many states ss knows (0 is ss's `UNKNOWN`).
    pub const COUNT: u32 = 12;
}

const fn bit(s: u32) -> States {
    1 << s
}

/// Every state.
pub const SS_ALL: States = (1 << state::COUNT) - 1;
/// ss's default states: all but listening, closed, time-wait and syn-recv.
pub const SS_CONN: States = SS_ALL
    & !(bit(state::LISTEN) | bit(state::CLOSE) | bit(state::TIME_WAIT) | bit(state::SYN_RECV));
/// `-l`: listening and closed.
pub const LISTENING: States = bit(state::LISTEN) | bit(state::CLOSE);
const TIPC_CONN: States = bit(state::ESTABLISHED) | bit(state::LISTEN) | bit(state::CLOSE);

impl Db {
    /// The bit of this table.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The families and states a table brings when chosen (ss's `default_dbs`).
    fn defaults(self) -> (&'static [Family], States) {
        use Family::*;
        const INET: &[Family] = &[Inet, Inet6];
        match self {
            Db::Tcp | Db::Mptcp | Db::Dccp | Db::Sctp => (INET, SS_CONN),
            Db::Udp | Db::Raw => (INET, bit(state::ESTABLISHED)),
            Db::UnixDgram => (&[Unix], bit(state::CLOSE)),
            Db::UnixStream | Db::UnixSeqpacket => (&[Unix], SS_CONN),
            Db::PacketDgram | Db::PacketRaw => (&[Packet], bit(state::CLOSE)),
            Db::Netlink => (&[Netlink], bit(state::CLOSE)),
            Db::VsockStream | Db::VsockDgram => (&[Vsock], SS_CONN),
            Db::Tipc => (&[Tipc], TIPC_CONN),
            Db::Xdp => (&[Xdp], bit(state::CLOSE)),
        }
    }
}

impl Family {
    /// The bit of this family.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The tables and states a family brings when chosen (ss's `default_afs`).
    fn defaults(self) -> (&'static [Db], States) {
        const INET: &[Db] = &[Db::Tcp, Db::Mptcp, Db::Dccp, Db::Udp, Db::Sctp, Db::Raw];
        match self {
            Family::Inet | Family::Inet6 => (INET, SS_CONN),
            Family::Unix => (&[Db::UnixDgram, Db::UnixStream, Db::UnixSeqpacket], SS_CONN),
            Family::Packet => (&[Db::PacketDgram, Db::PacketRaw], bit(state::CLOSE)),
            Family::Netlink => (&[Db::Netlink], bit(state::CLOSE)),
            Family::Vsock => (&[Db::VsockStream, Db::VsockDgram], SS_CONN),
            Family::Tipc => (&[Db::Tipc], TIPC_CONN),
            Family::Xdp => (&[Db::Xdp], bit(state::CLOSE)),
        }
    }
}

/// The tables of each `-A` word, in ss's table order.
const QUERIES: &[(&str, &[Db])] = &[
    (
        "all",
        &[
            Db::Udp,
            Db::Dccp,
            Db::Tcp,
            Db::Mptcp,
            Db::Raw,
            Db::UnixStream,
            Db::UnixDgram,
            Db::UnixSeqpacket,
            Db::PacketRaw,
            Db::PacketDgram,
            Db::Netlink,
            Db::Sctp,
            Db::VsockStream,
            Db::VsockDgram,
            Db::Xdp,
        ],
    ),
    (
        "inet",
        &[Db::Udp, Db::Dccp, Db::Tcp, Db::Mptcp, Db::Sctp, Db::Raw],
    ),
    ("udp", &[Db::Udp]),
    ("dccp", &[Db::Dccp]),
    ("tcp", &[Db::Tcp]),
    ("mptcp", &[Db::Mptcp]),
    ("sctp", &[Db::Sctp]),
    ("raw", &[Db::Raw]),
    ("unix", &[Db::UnixStream, Db::UnixDgram, Db::UnixSeqpacket]),
    ("unix_stream", &[Db::UnixStream]),
    ("u_str", &[Db::UnixStream]),
    ("unix_dgram", &[Db::UnixDgram]),
    ("u_dgr", &[Db::UnixDgram]),
    ("unix_seqpacket", &[Db::UnixSeqpacket]),
    ("u_seq", &[Db::UnixSeqpacket]),
    ("packet", &[Db::PacketRaw, Db::PacketDgram]),
    ("packet_raw", &[Db::PacketRaw]),
    ("p_raw", &[Db::PacketRaw]),
    ("packet_dgram", &[Db::PacketDgram]),
    ("p_dgr", &[Db::PacketDgram]),
    ("netlink", &[Db::Netlink]),
    ("tipc", &[Db::Tipc]),
    ("vsock", &[Db::VsockStream, Db::VsockDgram]),
    ("vsock_stream", &[Db::VsockStream]),
    ("v_str", &[Db::VsockStream]),
    ("vsock_dgram", &[Db::VsockDgram]),
    ("v_dgr", &[Db::VsockDgram]),
    ("xdp", &[Db::Xdp]),
];

/// What the options chose so far, and after [`Selection::finish`] what ss shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The tables (bits of [`Db::bit`]).
    pub dbs: u32,
    /// The families (bits of [`Family::bit`]).
    pub families: u32,
    /// The states (the chosen tables' and families' defaults; the final set after
    /// [`Selection::finish`]).
    pub states: States,
    /// The states `-a`, `-l` or the first `-A` chose (ss's `state_filter`).
    pub option_states: States,
    /// No table or family option was given: ss's defaults apply.
    pub default: bool,
    /// A `-A` was seen.
    pub saw_query: bool,
    /// The family of the last family option (`-4`, `-6`, `-x`, `-f`, ...).
    pub preferred: Option<Family>,
    /// The filter expression (read after [`Selection::finish`]).
    pub filter: super::filter::SsFilter,
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            dbs: 0,
            families: 0,
            states: 0,
            option_states: 0,
            default: true,
            saw_query: false,
            preferred: None,
            filter: super::filter::SsFilter::default(),
        }
    }
}

impl Selection {
    /// Reads the filter `words` (or the `-F` file's text) into [`filter`](Self::filter),
    /// after [`finish`](Self::finish), as ss's `ssfilter_parse` does: a family the
    /// expression names (`inet6:...`) narrows the selection to it, keeping the states.
    pub fn read_filter(
        &mut self,
        words: &[String],
        file_text: Option<&str>,
    ) -> Result<(), crate::diag::Failure> {
        use nlkit::rtnl::AddressFamily;
        let unix = AddressFamily::from(nlkit::sock_diag::filter::AF_UNIX);
        let preferred = match self.preferred {
            Some(Family::Inet) => AddressFamily::Inet,
            Some(Family::Inet6) => AddressFamily::Inet6,
            Some(Family::Unix) => unix,
            _ => AddressFamily::Unspec,
        };
        let shown = (self.has_db(Db::Tcp), self.has_db(Db::Udp));
        let (filter, named) = super::filter::SsFilter::parse(words, file_text, preferred, shown)?;
        let family = match named {
            AddressFamily::Inet => Some(Family::Inet),
            AddressFamily::Inet6 => Some(Family::Inet6),
            f if f == unix => Some(Family::Unix),
            _ => None,
        };
        if let Some(family) = family {
            let states = self.states;
            self.families = 0;
            self.set_family(family);
            if states != 0 {
                self.states = states;
            }
        }
        self.filter = filter;
        Ok(())
    }

    /// Chooses (or with `enable` false drops) table `db`, with its default states.
    pub fn set_db(&mut self, db: Db, enable: bool) {
        if enable {
            self.states |= db.defaults().1;
            self.dbs |= db.bit();
        } else {
            self.dbs &= !db.bit();
        }
        self.default = false;
    }

    /// Chooses family `f`, with its default states.
    pub fn set_family(&mut self, f: Family) {
        self.states |= f.defaults().1;
        self.families |= f.bit();
        self.default = false;
        self.preferred = Some(f);
    }

    /// One `-A` argument: table names separated by commas, each maybe with `!` (drop it).
    /// The first `-A` clears the tables. The error is the word that names no table.
    pub fn query(&mut self, value: &str) -> Result<(), String> {
        if !self.saw_query {
            self.dbs = 0;
            if self.option_states == 0 {
                self.option_states = SS_CONN;
            }
            self.saw_query = true;
            self.default = false;
        }
        for word in value.split(',') {
            if !self.query_word(word) {
                return Err(word.to_owned());
            }
        }
        Ok(())
    }

    fn query_word(&mut self, word: &str) -> bool {
        let (enable, name) = match word.strip_prefix('!') {
            Some(n) => (false, n),
            None => (true, word),
        };
        let Some((_, dbs)) = QUERIES.iter().find(|(n, _)| *n == name) else {
            return false;
        };
        for db in *dbs {
            self.set_db(*db, enable);
        }
        true
    }

    /// Reads the `state STATE` and `exclude STATE` words at the start of `words`, applies
    /// ss's defaults, and returns the rest (the filter expression); or ss's complaint:
    /// an unknown state or a missing word (exit 255), no table, family or state left
    /// (exit 0, after a message on stderr).
    pub fn finish<'a>(&mut self, words: &'a [String]) -> Result<&'a [String], Failure> {
        let mut states = self.option_states;
        let mut saw_states = false;
        let mut at = 0;
        while let Some(w) = words.get(at) {
            let include = match w.as_str() {
                "state" => true,
                "exclude" | "excl" => false,
                _ => break,
            };
            let name = words.get(at + 1).ok_or_else(|| {
                Failure::usage("Command line is not complete. Try option \"help\"")
            })?;
            let s = scan_state(name)?;
            if include {
                if !saw_states {
                    states = 0;
                }
                states |= s;
            } else {
                if !saw_states {
                    states = SS_ALL;
                }
                states &= !s;
            }
            saw_states = true;
            at += 2;
        }
        if self.default {
            if states == 0 {
                states = SS_CONN;
            }
            self.query_word("all");
        }
        if states != 0 {
            self.states = states;
        }
        self.merge_defaults();
        let nothing = |what: &str| {
            Failure::new(
                format!("ss: no {what} to show with such filter."),
                crate::diag::exit::OK,
            )
        };
        if self.dbs == 0 {
            return Err(nothing("socket tables"));
        }
        if self.families == 0 {
            return Err(nothing("families"));
        }
        if self.states == 0 {
            return Err(nothing("socket states"));
        }
        Ok(&words[at..])
    }

    /// ss's `filter_merge_defaults`: a table none of whose families is chosen brings its
    /// families; a family none of whose tables is chosen brings its tables.
    fn merge_defaults(&mut self) {
        for db in DBS {
            let fams: u32 = db.defaults().0.iter().map(|f| f.bit()).sum();
            if self.dbs & db.bit() != 0 && self.families & fams == 0 {
                self.families |= fams;
            }
        }
        for f in FAMILIES {
            let dbs: u32 = f.defaults().0.iter().map(|d| d.bit()).sum();
            if self.families & f.bit() != 0 && self.dbs & dbs == 0 {
                self.dbs |= dbs;
            }
        }
    }

    /// True when table `db` is shown.
    pub fn has_db(&self, db: Db) -> bool {
        self.dbs & db.bit() != 0
    }

    /// True when family `f` is shown.
    pub fn has_family(&self, f: Family) -> bool {
        self.families & f.bit() != 0
    }

    /// The tables shown, in the order ss dumps them.
    pub fn tables(&self) -> Vec<Db> {
        DUMP_ORDER.into_iter().filter(|d| self.has_db(*d)).collect()
    }

    /// The Netid column is shown when more than one table is.
    pub fn show_netid(&self) -> bool {
        self.dbs.count_ones() > 1
    }

    /// The State column is shown when more than one state is.
    pub fn show_state(&self) -> bool {
        self.states.count_ones() > 1
    }
}

/// A state word as ss reads it (any case): a state name, `close`/`closed`, `syn-rcv`, or a
/// group (`all`, `connected`, `synchronized`, `bucket`, `big`).
pub fn scan_state(word: &str) -> Result<States, Failure> {
    const NAMES: [&str; 12] = [
        "UNKNOWN",
        "established",
        "syn-sent",
        "syn-recv",
        "fin-wait-1",
        "fin-wait-2",
        "time-wait",
        "unconnected",
        "close-wait",
        "last-ack",
        "listening",
        "closing",
    ];
    let w = word.to_ascii_lowercase();
    let s = match w.as_str() {
        "close" | "closed" => bit(state::CLOSE),
        "syn-rcv" => bit(state::SYN_RECV),
        "all" => SS_ALL,
        "connected" => SS_ALL & !(bit(state::CLOSE) | bit(state::LISTEN)),
        "synchronized" => SS_ALL & !(bit(state::CLOSE) | bit(state::LISTEN) | bit(state::SYN_SENT)),
        "bucket" => bit(state::SYN_RECV) | bit(state::TIME_WAIT),
        "big" => SS_ALL & !(bit(state::SYN_RECV) | bit(state::TIME_WAIT)),
        _ => match NAMES.iter().position(|n| n.eq_ignore_ascii_case(&w)) {
            Some(i) => bit(i as u32),
            None => return Err(Failure::usage(format!("ss: wrong state name: {word}"))),
        },
    };
    Ok(s)
}
