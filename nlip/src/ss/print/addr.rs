//! Addresses and ports as ss prints them: IPv4 as is, IPv6 in brackets, the IPv6 any
//! address as `*` (unless the socket is v6only), `%DEV` after a local address bound to a
//! device, port 0 as `*`; without `-n` a port is its service's name from `/etc/services`
//! (not in the ephemeral range of `ip_local_port_range`), and a raw socket's port (its
//! protocol) its name from `/etc/protocols` (`ipproto-N` when it has none).

use crate::render::Render;
use crate::ss::table::{host, Endpoint, Host};
use nlkit::engine::Conn;
use nlkit::sock_diag::filter::Services;
use nlkit::sock_diag::InetEndpoint;
use std::collections::HashMap;
use std::net::IpAddr;

/// Whose names a port is looked up in (ss's `dg_proto`: the last TCP, UDP or raw table
/// shown; none before the first, when any protocol's entry matches).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PortNames {
    /// Services of any protocol.
    #[default]
    AnyService,
    /// `tcp` services.
    Tcp,
    /// `udp` services.
    Udp,
    /// Raw sockets: the port is an IP protocol.
    Raw,
}

/// `/etc/services`, `/etc/protocols` and the ephemeral port range, read when first needed.
#[derive(Debug, Default)]
pub struct Names {
    services: Option<Services>,
    found: HashMap<(u16, PortNames), Option<String>>,
    protocols: Option<HashMap<u8, String>>,
    hosts: Option<HashMap<IpAddr, String>>,
    ephemeral: Option<(u32, u32)>,
    /// Whose names ports are looked up in now.
    pub ports: PortNames,
}

fn read_text(path: &str) -> String {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

/// The words of a line of a services or protocols file (before its comment).
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split('#').next().unwrap_or("").split_whitespace()
}

impl Names {
    /// The names of `services` and the ephemeral ports `ephemeral` (inclusive), rather
    /// than the system's files.
    pub fn with_services(services: Services, ephemeral: (u32, u32)) -> Names {
        Names {
            services: Some(services),
            ephemeral: Some(ephemeral),
            ..Default::default()
        }
    }

    fn ephemeral(&mut self) -> (u32, u32) {
        *self.ephemeral.get_or_insert_with(ephemeral_ports)
    }

    fn service(&mut self, port: u16) -> Option<String> {
        let key = (port, self.ports);
        if let Some(found) = self.found.get(&key) {
            return found.clone();
        }
        let (min, max) = self.ephemeral();
        let found = if (min..=max).contains(&u32::from(port)) {
            None
        } else {
            let want = match self.ports {
                PortNames::Tcp => Some("tcp"),
                PortNames::Udp => Some("udp"),
                _ => None,
            };
            let services = self
                .services
                .get_or_insert_with(|| Services::system(true, true));
            services.name_of(port, want).map(str::to_owned)
        };
        self.found.insert(key, found.clone());
        found
    }

    fn protocol(&mut self, number: u16) -> String {
        let protocols = self.protocols.get_or_insert_with(|| {
            let text = read_text("/etc/protocols");
            let mut m = HashMap::new();
            for l in text.lines() {
                let mut w = words(l);
                if let (Some(name), Some(Ok(n))) = (w.next(), w.next().map(str::parse::<u8>)) {
                    m.entry(n).or_insert_with(|| name.to_owned());
                }
            }
            m
        });
        u8::try_from(number)
            .ok()
            .and_then(|n| protocols.get(&n).cloned())
            .unwrap_or_else(|| format!("ipproto-{number}"))
    }

    /// The name `/etc/hosts` gives `a` (its first line with the address), for `-r`.
    // merge: ss asks the resolver (files, then DNS); in a namespace without a route to
    // the name server DNS fails at once and the two agree.
    pub fn host_name(&mut self, a: IpAddr) -> Option<String> {
        let a = match a {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(a, IpAddr::V4),
            v4 => v4,
        };
        let hosts = self.hosts.get_or_insert_with(|| {
            let text = read_text("/etc/hosts");
            let mut m = HashMap::new();
            for l in text.lines() {
                let mut w = words(l);
                if let (Some(Ok(addr)), Some(name)) = (w.next().map(str::parse), w.next()) {
                    m.entry(addr).or_insert_with(|| name.to_owned());
                }
            }
            m
        });
        hosts.get(&a).cloned()
    }

    /// A port as ss prints it (`resolve_service`).
    pub fn port(&mut self, port: u16, numeric: bool) -> String {
        if port == 0 {
            return "*".to_owned();
        }
        if numeric {
            return decimal(port);
        }
        if self.ports == PortNames::Raw {
            return self.protocol(port);
        }
        self.service(port).unwrap_or_else(|| decimal(port))
    }
}

/// `n` in decimal, without `core::fmt` (a port of every socket).
fn decimal(n: u16) -> String {
    let mut out = Vec::with_capacity(5);
    n.render(&mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Device names by index (one link dump when first needed; `ifN` for an index without a
/// device, as iproute2's `ll_index_to_name`).
#[derive(Debug, Default)]
pub struct Devices {
    conn: Option<Conn>,
    links: crate::names::Links,
}

impl Devices {
    /// The name of device `index`.
    pub fn name(&mut self, index: u32) -> String {
        if self.conn.is_none() {
            self.conn = Conn::new(nlkit::sys::Protocol::Route).ok();
        }
        match self.conn.as_mut() {
            Some(conn) => self.links.name(conn, index),
            None => format!("if{index}"),
        }
    }
}

/// How the ends of a socket are printed: `-n` (numeric ports), `-r` (host names).
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    /// `-n`.
    pub numeric: bool,
    /// `-r`.
    pub resolve: bool,
}

/// One side of an inet socket: its address (with `%DEV` when `device` is some) and port.
pub fn endpoint(
    names: &mut Names,
    ep: &InetEndpoint,
    device: Option<&str>,
    v6only: bool,
    style: Style,
) -> Endpoint {
    let port = names.port(ep.port, style.numeric);
    let any6 = matches!(ep.address, IpAddr::V6(a) if a.is_unspecified() && !v6only);
    let name = if style.resolve && !any6 {
        names.host_name(ep.address)
    } else {
        None
    };
    let (text, json) = match name {
        Some(name) => (name.clone(), Host::Text(name)),
        None => (host(ep.address, v6only), Host::Ip(ep.address)),
    };
    // JSON: the address as it is (no brackets, `::` rather than `*`), or its name (-r).
    Endpoint::shown_as(text, json, device, port)
}

/// ss's ephemeral ports (`/proc/sys/net/ipv4/ip_local_port_range`, 1024-4999 when it
/// cannot be read): never named after a service, and what `autobound` means to ss.
pub fn ephemeral_ports() -> (u32, u32) {
    let text = read_text("/proc/sys/net/ipv4/ip_local_port_range");
    let mut w = text.split_whitespace().map(str::parse::<u32>);
    match (w.next(), w.next()) {
        (Some(Ok(a)), Some(Ok(b))) => (a, b),
        _ => (1024, 4999),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host("10.0.0.1".parse().unwrap(), false), "10.0.0.1");
        assert_eq!(host("::".parse().unwrap(), false), "*");
        assert_eq!(host("::".parse().unwrap(), true), "[::]");
        assert_eq!(host("fe80::1".parse().unwrap(), false), "[fe80::1]");
    }

    #[test]
    fn numeric_ports() {
        let mut n = Names::default();
        assert_eq!(n.port(0, false), "*");
        assert_eq!(n.port(22, true), "22");
        n.ports = PortNames::Raw;
        assert_eq!(n.port(1, true), "1");
    }
}
