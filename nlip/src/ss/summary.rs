//! `ss -s`: the socket summary, from the files ss 6.1 reads: `/proc/net/sockstat` and
//! `/proc/net/sockstat6` (counts per protocol), and `CurrEstab` of the `Tcp:` lines of
//! `/proc/net/snmp`. Each file can be named by an environment variable as ss allows
//! (`PROC_NET_SOCKSTAT`, `PROC_NET_SOCKSTAT6`, `PROC_NET_SNMP`), or found under
//! `$PROC_ROOT` instead of `/proc`. The namespace is the process's (after `-N`).

use std::io::{self, Write};

/// The counts ss prints (C `int`s, as ss reads them with `%d`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// `sockets: used N`.
    pub sockets: i32,
    /// TCP `alloc`.
    pub tcp_total: i32,
    /// TCP `orphan`.
    pub tcp_orphans: i32,
    /// TCP `tw`.
    pub tcp_tw: i32,
    /// TCP `inuse`.
    pub tcp4_hashed: i32,
    /// TCP6 `inuse`.
    pub tcp6_hashed: i32,
    /// UDP `inuse`.
    pub udp4: i32,
    /// UDP6 `inuse`.
    pub udp6: i32,
    /// RAW `inuse`.
    pub raw4: i32,
    /// RAW6 `inuse`.
    pub raw6: i32,
    /// FRAG `inuse`.
    pub frag4: i32,
    /// FRAG6 `inuse`.
    pub frag6: i32,
    /// `Tcp: CurrEstab` of the SNMP counters.
    pub tcp_estab: i32,
}

/// The integers after each word of `rest` that is followed by one, as `%*s%d%*s%d...`
/// reads them: word, number, word, number; reading stops at the first that is not.
fn numbers(rest: &str) -> Vec<i32> {
    let mut out = Vec::new();
    let mut words = rest.split_ascii_whitespace();
    while words.next().is_some() {
        match words.next().and_then(c_int) {
            Some(n) => out.push(n),
            None => break,
        }
    }
    out
}

/// A leading integer as `%d` reads it (sign and digits; what follows is ignored),
/// wrapped to 32 bits as C's conversion does.
fn c_int(word: &str) -> Option<i32> {
    let (neg, digits) = match word.as_bytes().first() {
        Some(b'-') => (true, &word[1..]),
        Some(b'+') => (false, &word[1..]),
        _ => (false, word),
    };
    let end = digits
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(digits.len());
    if end == 0 {
        return None;
    }
    let mut n: i64 = 0;
    for b in digits[..end].bytes() {
        n = n.wrapping_mul(10).wrapping_add(i64::from(b - b'0'));
    }
    Some(if neg { n.wrapping_neg() } else { n } as i32)
}

impl Summary {
    /// Reads one line of a sockstat file into the counts.
    pub fn sockstat_line(&mut self, line: &str) {
        let Some((id, rest)) = line.split_once(' ') else {
            return;
        };
        let n = numbers(rest);
        let at = |i: usize| n.get(i).copied();
        let set = |field: &mut i32, v: Option<i32>| {
            if let Some(v) = v {
                *field = v;
            }
        };
        match id {
            "sockets:" => set(&mut self.sockets, at(0)),
            "UDP:" => set(&mut self.udp4, at(0)),
            "UDP6:" => set(&mut self.udp6, at(0)),
            "RAW:" => set(&mut self.raw4, at(0)),
            "RAW6:" => set(&mut self.raw6, at(0)),
            "TCP6:" => set(&mut self.tcp6_hashed, at(0)),
            "FRAG:" => set(&mut self.frag4, at(0)),
            "FRAG6:" => set(&mut self.frag6, at(0)),
            "TCP:" => {
                set(&mut self.tcp4_hashed, at(0));
                set(&mut self.tcp_orphans, at(1));
                set(&mut self.tcp_tw, at(2));
                set(&mut self.tcp_total, at(3));
            }
            _ => {}
        }
    }

    /// Reads the counts as ss does; the errors are ss's warnings (`ss: get_sockstat: ...`,
    /// `ss: get_snmpstat: ...`), the counts then stay 0.
    pub fn read() -> (Summary, Vec<String>) {
        let mut s = Summary::default();
        let mut warnings = Vec::new();
        match std::fs::read(proc_path("PROC_NET_SOCKSTAT", "net/sockstat")) {
            Ok(text) => {
                for line in String::from_utf8_lossy(&text).lines() {
                    s.sockstat_line(line);
                }
                if let Ok(text) = std::fs::read(proc_path("PROC_NET_SOCKSTAT6", "net/sockstat6")) {
                    for line in String::from_utf8_lossy(&text).lines() {
                        s.sockstat_line(line);
                    }
                }
            }
            Err(e) => warnings.push(format!("ss: get_sockstat: {}", crate::diag::os_text(&e))),
        }
        match std::fs::read(proc_path("PROC_NET_SNMP", "net/snmp")) {
            Ok(text) => match snmp_value(&String::from_utf8_lossy(&text), "Tcp:", "CurrEstab") {
                Some(v) => s.tcp_estab = v,
                None => warnings.push("ss: get_snmpstat: No such process".to_owned()),
            },
            Err(e) => warnings.push(format!("ss: get_snmpstat: {}", crate::diag::os_text(&e))),
        }
        (s, warnings)
    }

    /// Prints the summary as ss does.
    pub fn print(&self, out: &mut impl Write) -> io::Result<()> {
        let [total, estab, closed, orphaned, timewait] = self.tcp_line().map(|(_, v)| v);
        writeln!(out, "Total: {}", self.sockets)?;
        writeln!(
            out,
            "TCP:   {total} (estab {estab}, closed {closed}, orphaned {orphaned}, timewait {timewait})"
        )?;
        writeln!(out)?;
        writeln!(out, "Transport Total     IP        IPv6")?;
        for (name, v4, v6) in self.transports() {
            let name = name.to_ascii_uppercase();
            writeln!(
                out,
                "{name}\t  {:<9} {:<9} {:<9}",
                v4.wrapping_add(v6),
                v4,
                v6
            )?;
        }
        writeln!(out)
    }

    /// The numbers of the `TCP:` line, with their JSON keys.
    fn tcp_line(&self) -> [(&'static str, i32); 5] {
        let s = self;
        let add = |a: i32, b: i32| a.wrapping_add(b);
        let closed = s
            .tcp_total
            .wrapping_sub(add(s.tcp4_hashed, s.tcp6_hashed).wrapping_sub(s.tcp_tw));
        [
            ("total", add(s.tcp_total, s.tcp_tw)),
            ("estab", s.tcp_estab),
            ("closed", closed),
            ("orphaned", s.tcp_orphans),
            ("timewait", s.tcp_tw),
        ]
    }

    /// The transport table's rows: name (lower case, the JSON key), IPv4 and IPv6.
    fn transports(&self) -> [(&'static str, i32, i32); 5] {
        let s = self;
        let add = |a: i32, b: i32| a.wrapping_add(b);
        let inet4 = add(add(s.raw4, s.udp4), s.tcp4_hashed);
        let inet6 = add(add(s.raw6, s.udp6), s.tcp6_hashed);
        [
            ("raw", s.raw4, s.raw6),
            ("udp", s.udp4, s.udp6),
            ("tcp", s.tcp4_hashed, s.tcp6_hashed),
            ("inet", inet4, inet6),
            ("frag", s.frag4, s.frag6),
        ]
    }

    /// `-s -j` (nlss's own): `{"total", "tcp": {"total", "estab", "closed", "orphaned",
    /// "timewait"}, "transport": {"raw": {"total", "ip", "ipv6"}, "udp", "tcp", "inet",
    /// "frag"}}`, the numbers the text prints.
    pub fn json(&self) -> super::print::fields::Value {
        use super::print::fields::Value;
        let n = |v: i32| Value::I64(v.into());
        let tcp = self.tcp_line().map(|(k, v)| (k, n(v))).to_vec();
        let transport = self
            .transports()
            .map(|(k, v4, v6)| {
                let row = vec![
                    ("total", n(v4.wrapping_add(v6))),
                    ("ip", n(v4)),
                    ("ipv6", n(v6)),
                ];
                (k, Value::Obj(row))
            })
            .to_vec();
        Value::Obj(vec![
            ("total", n(self.sockets)),
            ("tcp", Value::Obj(tcp)),
            ("transport", Value::Obj(transport)),
        ])
    }
}

/// The file ss reads for `name`: `$ENV`, else `$PROC_ROOT/NAME` (`/proc/NAME`).
fn proc_path(env: &str, name: &str) -> std::path::PathBuf {
    if let Some(p) = std::env::var_os(env) {
        return p.into();
    }
    let root = std::env::var_os("PROC_ROOT").unwrap_or_else(|| "/proc".into());
    std::path::Path::new(&root).join(name)
}

/// The value of `key` in the SNMP table `proto` (`Tcp:`): the header line names the
/// fields, the next line (same prefix) holds the values. As ss, a key missing from the
/// header reads the value after as many spaces as the header has.
pub fn snmp_value(text: &str, proto: &str, key: &str) -> Option<i32> {
    let mut lines = text.split_inclusive('\n');
    while let Some(header) = lines.next() {
        if !header.starts_with(proto) {
            continue;
        }
        let mut pos: i64 = 0;
        for (i, _) in header.match_indices(' ') {
            pos += 1;
            let after = &header[i + 1..];
            if after.starts_with(key)
                && matches!(after.as_bytes().get(key.len()), Some(b' ' | b'\n'))
            {
                break;
            }
        }
        let values = lines.next()?;
        if !values.starts_with(proto) {
            return None;
        }
        for (i, _) in values.match_indices(' ') {
            pos -= 1;
            if pos == 0 {
                return Some(c_int(values[i + 1..].trim_start()).unwrap_or(0));
            }
        }
    }
    None
}
