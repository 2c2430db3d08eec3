//! Port names as ss 6.1 prints them without `-n`: port 0 is `*`; a port in the
//! ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range`, 1024-4999 when unreadable)
//! stays a number; otherwise the first `/etc/services` entry for the port and the table's
//! protocol (`tcp`, `udp`; any protocol when the table has none) names it. (ss asks the C
//! library, which reads `/etc/services` unless nsswitch.conf says otherwise; with `-r` it
//! also asks rpcbind for RPC program names, which nlss does not.)

use std::collections::HashMap;

/// The port names of `/etc/services` and the ephemeral range, read once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Services {
    /// (port, protocol) -> name, the first entry of each.
    names: HashMap<(u16, String), String>,
    /// port -> the first name for any protocol.
    any: HashMap<u16, String>,
    /// The ephemeral ports (inclusive).
    ephemeral: (i64, i64),
}

impl Services {
    /// Reads `/etc/services` and the ephemeral range (`$PROC_IP_LOCAL_PORT_RANGE`, else
    /// `$PROC_ROOT/sys/net/ipv4/ip_local_port_range`).
    pub fn load() -> Services {
        let text = std::fs::read("/etc/services").unwrap_or_default();
        let range = match std::env::var_os("PROC_IP_LOCAL_PORT_RANGE") {
            Some(p) => std::fs::read(p),
            None => {
                std::fs::read(super::print::details::proc_root().join("sys/net/ipv4/ip_local_port_range"))
            }
        };
        let range = range.map(|b| String::from_utf8_lossy(&b).into_owned());
        Services::parse(&String::from_utf8_lossy(&text), range.ok().as_deref())
    }

    /// The services in `text` (the format of `/etc/services`) and the ephemeral range in
    /// `range` (two numbers; None or unreadable: 1024-4999 as ss assumes).
    pub fn parse(text: &str, range: Option<&str>) -> Services {
        let mut s = Services::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or_default();
            let mut words = line.split_ascii_whitespace();
            let (Some(name), Some(port_proto)) = (words.next(), words.next()) else {
                continue;
            };
            let Some((port, proto)) = port_proto.split_once('/') else {
                continue;
            };
            let Ok(port) = port.parse::<u16>() else {
                continue;
            };
            s.names
                .entry((port, proto.to_owned()))
                .or_insert_with(|| name.to_owned());
            s.any.entry(port).or_insert_with(|| name.to_owned());
        }
        let numbers: Vec<i64> = range
            .unwrap_or_default()
            .split_ascii_whitespace()
            .map_while(|w| w.parse().ok())
            .take(2)
            .collect();
        s.ephemeral = match numbers[..] {
            [min, max] if min != 0 => (min, max),
            _ => (1024, 4999),
        };
        s
    }

    /// The port column for `port` of a socket of `proto` (`tcp`, `udp`, or None), numeric
    /// with `numeric` (`-n`).
    pub fn port(&self, port: u16, proto: Option<&str>, numeric: bool) -> String {
        if port == 0 {
            return "*".to_owned();
        }
        let ephemeral = (self.ephemeral.0..=self.ephemeral.1).contains(&i64::from(port));
        if !numeric && !ephemeral {
            let name = match proto {
                Some(p) => self.names.get(&(port, p.to_owned())),
                None => self.any.get(&port),
            };
            if let Some(name) = name {
                return name.clone();
            }
        }
        port.to_string()
    }
}
