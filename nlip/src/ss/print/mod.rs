//! How ss 6.1 prints a socket's columns and details, one file per concern, shared by every
//! table: addresses and ports ([`addr`]), the `-o -e -m --tos --cgroup` details and the
//! process ([`details`]), `tcp_info` and the congestion controls' information ([`tcp`]),
//! the upper layer protocols and MPTCP ([`ulp`]).
//!
//! The formats are ss's, observed and read from its source (this is our own code).

pub mod addr;
pub mod details;
pub mod fields;
pub mod tcp;
pub mod ulp;

use super::options::SsOptions;

/// What the options ask to print, and the lookups the printers share (service and
/// protocol names, device names, cgroup paths, the processes of `-p`), each read once
/// when first needed.
#[derive(Debug, Default)]
pub struct Printer {
    /// `-n`.
    pub numeric: bool,
    /// `-r`.
    pub resolve: bool,
    /// `-o`.
    pub show_options: bool,
    /// `-e`.
    pub details: bool,
    /// `-m`.
    pub mem: bool,
    /// `-i`.
    pub tcp_info: bool,
    /// `--tos`.
    pub tos: bool,
    /// `--cgroup`.
    pub cgroup: bool,
    /// `--inet-sockopt`.
    pub inet_sockopt: bool,
    /// `-p` (or `-T`).
    pub processes: bool,
    /// `-O`.
    pub oneline: bool,
    /// `-K`: close each socket shown (those that cannot be closed are not shown).
    pub kill: bool,
    /// `-j`: the details are kept as fields for JSON ([`fields::Ext`]).
    pub json: bool,
    /// Service and protocol names.
    pub names: addr::Names,
    /// Device names.
    pub links: addr::Devices,
    /// cgroup paths.
    pub cgroups: details::Cgroups,
    /// The sockets' processes.
    pub users: details::Users,
}

impl Printer {
    /// The printer of the options `o`.
    pub fn new(o: &SsOptions) -> Printer {
        Printer {
            numeric: o.numeric,
            resolve: o.resolve,
            show_options: o.show_options,
            details: o.details > 0,
            mem: o.mem,
            tcp_info: o.tcp_info,
            tos: o.tos,
            cgroup: o.cgroup,
            inet_sockopt: o.inet_sockopt,
            processes: o.processes > 0 || o.threads > 0,
            oneline: o.oneline,
            kill: o.kill,
            json: o.json > 0,
            users: details::Users::new(o.threads > 0),
            ..Default::default()
        }
    }
}

impl Printer {
    /// An empty process and details text (or fields, with `-j`).
    pub fn ext(&self) -> fields::Ext {
        fields::Ext::new(self.json)
    }

    /// How addresses and ports are printed.
    pub fn style(&self) -> addr::Style {
        addr::Style {
            numeric: self.numeric,
            resolve: self.resolve,
        }
    }
}

/// C's `%.{prec}g` (the one printf `%g` of the CLIs, in `render`).
pub use crate::render::c_g_digits as g;
