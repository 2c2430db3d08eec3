//! One Sink for text and JSON: every field is printed once, through one call that knows
//! both its text form and its JSON key, so the two outputs cannot drift.
//!
//! JSON follows iproute2's writer: compact `{"key":value,...}`, or with `-p` one member a
//! line, four spaces a level, arrays opened as `[ ` and closed as ` ]`.

use std::fmt::{Display, Write as _};
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Which output a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Both: text with its prefix and suffix, JSON under its key.
    Any,
    /// Text only.
    Text,
    /// JSON only.
    Json,
}

/// A value the sink can print without going through `core::fmt` (the hot path of large
/// dumps). `Fmt` wraps anything `Display` for the rest.
pub trait Render {
    /// True when the text can never need JSON escaping (digits, dots, colons, slashes):
    /// then it is written straight between quotes.
    const PLAIN: bool = false;

    /// Appends the value's text to `out`.
    fn render(&self, out: &mut Vec<u8>);
}

impl Render for str {
    fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

impl Render for &str {
    fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

impl Render for String {
    fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.as_bytes());
    }
}

/// The decimal digits of `v`, at the end of `buf`.
fn decimal_digits(mut v: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    &buf[i..]
}

/// Appends `v` in decimal.
pub fn push_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(decimal_digits(v, &mut [0; 20]));
}

/// Appends `v` in decimal to a `String` (without `core::fmt`).
pub fn push_decimal(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut buf = [0; 20];
    let digits = decimal_digits(v.unsigned_abs(), &mut buf);
    out.push_str(std::str::from_utf8(digits).unwrap_or_default());
}

/// Appends `v` in decimal to a `String` (without `core::fmt`).
pub fn push_decimal_u64(out: &mut String, v: u64) {
    let mut buf = [0; 20];
    out.push_str(std::str::from_utf8(decimal_digits(v, &mut buf)).unwrap_or_default());
}

macro_rules! render_unsigned {
    ($($t:ty),*) => {$(
        impl Render for $t {
            const PLAIN: bool = true;
            fn render(&self, out: &mut Vec<u8>) {
                push_u64(out, u64::from(*self));
            }
        }
    )*};
}
render_unsigned!(u8, u16, u32, u64);

impl Render for i32 {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        if *self < 0 {
            out.push(b'-');
        }
        push_u64(out, u64::from(self.unsigned_abs()));
    }
}

impl Render for Ipv4Addr {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        for (i, o) in self.octets().iter().enumerate() {
            if i > 0 {
                out.push(b'.');
            }
            push_u64(out, u64::from(*o));
        }
    }
}

impl Render for Ipv6Addr {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        Fmt(self).render(out)
    }
}

impl Render for IpAddr {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        match self {
            IpAddr::V4(a) => a.render(out),
            IpAddr::V6(a) => a.render(out),
        }
    }
}

/// `x` as C's `printf("%g")` prints it (six significant digits, no trailing zeros,
/// `e-05` style exponents outside 1e-4..1e6): how iproute2's JSON writer prints floats.
pub fn c_g(x: f64) -> String {
    c_g_digits(x, 6)
}

/// C's `%.{digits}g`: `digits` significant digits, trailing zeros dropped, the exponent
/// form below 1e-4 and from 10^digits (ss prints rates with `%.3g`).
pub fn c_g_digits(x: f64, digits: usize) -> String {
    let digits = digits.max(1);
    if x == 0.0 {
        return "0".to_owned();
    }
    if !x.is_finite() {
        return x.to_string();
    }
    // The shortest text that reads back as `x` is also `x` rounded to `digits` places
    // when it has no more (x is within half an ulp of it); only longer ones need the
    // exact rounding, which is much slower.
    let mut sci = format!("{x:e}");
    if sci
        .bytes()
        .take_while(|b| *b != b'e')
        .filter(u8::is_ascii_digit)
        .count()
        > digits
    {
        sci = format!("{x:.*e}", digits - 1);
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    // The significant digits, trailing zeros dropped (at least one digit).
    let sig: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sig = match sig.trim_end_matches('0') {
        "" => "0",
        s => s,
    };
    let mut out = String::with_capacity(sig.len() + 8);
    if negative {
        out.push('-');
    }
    let p = i64::try_from(digits).unwrap_or(i64::MAX);
    if exp < -4 || exp >= p {
        out.push_str(&sig[..1]);
        if sig.len() > 1 {
            out.push('.');
            out.push_str(&sig[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{sign}{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        let zeros = usize::try_from(exp.unsigned_abs()).unwrap_or(0) - 1;
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(sig);
    } else {
        let int = usize::try_from(exp).unwrap_or(0) + 1;
        if sig.len() <= int {
            out.push_str(sig);
            out.extend(std::iter::repeat_n('0', int - sig.len()));
        } else {
            out.push_str(&sig[..int]);
            out.push('.');
            out.push_str(&sig[int..]);
        }
    }
    out
}

/// A link-layer address as iproute2 prints it: lowercase hex bytes joined by `:`.
pub struct Mac<'a>(pub &'a [u8]);

impl Render for Mac<'_> {
    const PLAIN: bool = true;

    fn render(&self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(b':');
            }
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        }
    }
}

/// Renders any `Display` value through `core::fmt`.
pub struct Fmt<T>(pub T);

impl<T: Display> Render for Fmt<T> {
    fn render(&self, out: &mut Vec<u8>) {
        let mut s = String::new();
        let _ = write!(s, "{}", self.0);
        out.extend_from_slice(s.as_bytes());
    }
}

/// Colors of `-c`, as iproute2 uses them (ANSI SGR codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// IPv4 addresses and prefixes: magenta.
    Inet,
    /// IPv6 addresses and prefixes: blue.
    Inet6,
    /// Interface names: cyan.
    Iface,
    /// Link-layer addresses: yellow.
    Mac,
    /// Operational state up: green.
    Up,
    /// Operational state down: red.
    Down,
}

impl Color {
    fn code(self) -> &'static [u8] {
        match self {
            Color::Inet => b"\x1b[35m",
            Color::Inet6 => b"\x1b[34m",
            Color::Iface => b"\x1b[36m",
            Color::Mac => b"\x1b[33m",
            Color::Up => b"\x1b[32m",
            Color::Down => b"\x1b[31m",
        }
    }

    /// The color of an address of `family` (`AF_INET6` blue, else magenta); the family
    /// typed or as its raw number.
    pub fn of_family(family: impl Into<nlkit::rtnl::AddressFamily>) -> Color {
        if family.into() == nlkit::rtnl::AddressFamily::Inet6 {
            Color::Inet6
        } else {
            Color::Inet
        }
    }
}

#[derive(Debug)]
struct Frame {
    array: bool,
    items: usize,
}

/// Output is collected in a buffer and written out in blocks of this size.
const FLUSH_AT: usize = 64 * 1024;

/// Where a command prints its result.
pub struct Sink<W: Write> {
    out: W,
    buf: Vec<u8>,
    json: bool,
    pretty: bool,
    stack: Vec<Frame>,
    scratch: Vec<u8>,
    oneline: bool,
    color: bool,
}

impl<W: Write> Sink<W> {
    /// A sink writing text, or JSON when `json` (pretty with `pretty`).
    pub fn new(out: W, json: bool, pretty: bool) -> Self {
        Sink {
            out,
            buf: Vec::with_capacity(FLUSH_AT + 4096),
            json,
            pretty,
            stack: Vec::new(),
            scratch: Vec::new(),
            oneline: false,
            color: false,
        }
    }

    /// `-o`: a record stays on one line; its inner line breaks print as `\`.
    pub fn set_oneline(&mut self, on: bool) -> &mut Self {
        self.oneline = on;
        self
    }

    /// `-c`: color values in text output.
    pub fn set_color(&mut self, on: bool) -> &mut Self {
        self.color = on;
        self
    }

    /// A line break inside a record (text only): `\n`, or `\\` with `-o`.
    pub fn inner_break(&mut self) -> io::Result<()> {
        if !self.json {
            self.buf
                .extend_from_slice(if self.oneline { b"\\" } else { b"\n" });
        }
        Ok(())
    }

    /// Like [`colored`](Self::colored), with the prefix inside the colored span too (as ip
    /// prints `from PREFIX`).
    pub fn colored_with_prefix<V: Render + ?Sized>(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: &V,
        suffix: &str,
        color: Color,
    ) -> io::Result<()> {
        self.paint(mode, (key, prefix, suffix), value, color, true)
    }

    /// A string field whose value (and suffix) is colored with `-c`.
    pub fn colored<V: Render + ?Sized>(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: &V,
        suffix: &str,
        color: Color,
    ) -> io::Result<()> {
        self.paint(mode, (key, prefix, suffix), value, color, false)
    }

    /// A colored string field (plain text and JSON through [`string`](Self::string)); the
    /// prefix goes inside the colored span when `prefix_colored`.
    fn paint<V: Render + ?Sized>(
        &mut self,
        mode: Mode,
        (key, prefix, suffix): (&str, &str, &str),
        value: &V,
        color: Color,
        prefix_colored: bool,
    ) -> io::Result<()> {
        if self.json || !self.color || !self.wants(mode) {
            return self.string(mode, key, prefix, value, suffix);
        }
        if !prefix_colored {
            self.buf.extend_from_slice(prefix.as_bytes());
        }
        self.buf.extend_from_slice(color.code());
        if prefix_colored {
            self.buf.extend_from_slice(prefix.as_bytes());
        }
        value.render(&mut self.buf);
        self.buf.extend_from_slice(suffix.as_bytes());
        self.buf.extend_from_slice(b"\x1b[0m");
        Ok(())
    }

    /// The writer (what [`flush`](Self::flush) has written so far).
    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// The writer, after a final flush of the buffer (what tests read back, and nlss's
    /// table returns).
    pub fn into_inner(mut self) -> W {
        let _ = self.flush();
        self.out
    }

    /// True when printing JSON.
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }

    /// Writes out the buffer when it is large; call between records.
    pub fn end_record(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn wants(&self, mode: Mode) -> bool {
        match mode {
            Mode::Any => true,
            Mode::Text => !self.json,
            Mode::Json => self.json,
        }
    }

    fn newline_indent(&mut self) {
        if self.pretty {
            self.buf.push(b'\n');
            for _ in 0..self.stack.len() {
                self.buf.extend_from_slice(b"    ");
            }
        }
    }

    /// Starts a JSON value: the separator, and the key inside an object.
    fn begin_value(&mut self, key: Option<&str>) {
        let Some(top) = self.stack.last_mut() else {
            return;
        };
        let first = top.items == 0;
        top.items += 1;
        let array = top.array;
        if !first {
            self.buf.push(b',');
        }
        if array {
            if first && self.pretty {
                self.buf.push(b' ');
            }
        } else {
            self.newline_indent();
            if let Some(k) = key {
                // Keys are this program's own ASCII words: no escaping needed.
                self.buf.push(b'"');
                self.buf.extend_from_slice(k.as_bytes());
                self.buf.push(b'"');
                self.buf
                    .extend_from_slice(if self.pretty { b": " } else { b":" });
            }
        }
    }

    /// Prints literal text (text mode only).
    pub fn text(&mut self, s: &str) -> io::Result<()> {
        if !self.json {
            self.buf.extend_from_slice(s.as_bytes());
        }
        Ok(())
    }

    /// Opens an object (the top-level one of a record has no key).
    pub fn open_object(&mut self, mode: Mode, key: Option<&str>) -> io::Result<()> {
        self.open(mode, key, false);
        Ok(())
    }

    /// Opens an array (`[`) or object (`{`) in JSON, when `mode` prints there.
    fn open(&mut self, mode: Mode, key: Option<&str>, array: bool) {
        if self.json && self.wants(mode) {
            self.begin_value(key);
            self.buf.push(if array { b'[' } else { b'{' });
            self.stack.push(Frame { array, items: 0 });
        }
    }

    /// Closes an object.
    pub fn close_object(&mut self, mode: Mode) -> io::Result<()> {
        if self.json && self.wants(mode) {
            // As iproute2's writer: an empty object closes on its line (`{}`).
            let empty = self.stack.pop().is_some_and(|f| f.items == 0);
            if !empty {
                self.newline_indent();
            }
            self.buf.push(b'}');
        }
        Ok(())
    }

    /// Opens an array.
    pub fn open_array(&mut self, mode: Mode, key: Option<&str>) -> io::Result<()> {
        self.open(mode, key, true);
        Ok(())
    }

    /// Closes an array.
    pub fn close_array(&mut self, mode: Mode) -> io::Result<()> {
        if self.json && self.wants(mode) {
            self.stack.pop();
            self.buf
                .extend_from_slice(if self.pretty { b" ]" } else { b"]" });
        }
        Ok(())
    }

    /// A string field: text `prefix value suffix`, JSON `"key":"value"` (escaped).
    pub fn string<V: Render + ?Sized>(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: &V,
        suffix: &str,
    ) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key));
            if V::PLAIN {
                self.buf.push(b'"');
                value.render(&mut self.buf);
                self.buf.push(b'"');
            } else {
                self.scratch.clear();
                value.render(&mut self.scratch);
                push_json_str(&mut self.buf, &self.scratch);
            }
        } else {
            self.buf.extend_from_slice(prefix.as_bytes());
            value.render(&mut self.buf);
            self.buf.extend_from_slice(suffix.as_bytes());
        }
        Ok(())
    }

    /// A number field: text `prefix value suffix`, JSON `"key":value`.
    pub fn number<V: Render + ?Sized>(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        value: &V,
        suffix: &str,
    ) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key));
        } else {
            self.buf.extend_from_slice(prefix.as_bytes());
        }
        value.render(&mut self.buf);
        if !self.json {
            self.buf.extend_from_slice(suffix.as_bytes());
        }
        Ok(())
    }

    /// A flag: JSON `"key":true`, text `text` and `suffix`.
    pub fn flag(&mut self, mode: Mode, key: &str, text: &str, suffix: &str) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key));
            self.buf.extend_from_slice(b"true");
        } else {
            self.buf.extend_from_slice(text.as_bytes());
            self.buf.extend_from_slice(suffix.as_bytes());
        }
        Ok(())
    }

    /// An on/off setting: text `prefix on|off suffix`, JSON `"key":true|false` (ip's
    /// `print_on_off`).
    pub fn on_off(
        &mut self,
        mode: Mode,
        key: &str,
        prefix: &str,
        on: bool,
        suffix: &str,
    ) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key));
            self.buf
                .extend_from_slice(if on { b"true" } else { b"false" });
        } else {
            self.buf.extend_from_slice(prefix.as_bytes());
            self.buf.extend_from_slice(if on { b"on" } else { b"off" });
            self.buf.extend_from_slice(suffix.as_bytes());
        }
        Ok(())
    }

    /// A JSON `null` under `key` (text: `text`).
    pub fn null(&mut self, mode: Mode, key: &str, text: &str) -> io::Result<()> {
        if !self.wants(mode) {
            return Ok(());
        }
        if self.json {
            self.begin_value(Some(key));
            self.buf.extend_from_slice(b"null");
        } else {
            self.buf.extend_from_slice(text.as_bytes());
        }
        Ok(())
    }

    /// Starts a list of records (JSON: the top-level array).
    pub fn begin_list(&mut self) -> io::Result<()> {
        self.open_array(Mode::Json, None)
    }

    /// Ends the list of records (JSON: closes the array and ends the line) and flushes.
    pub fn end_list(&mut self) -> io::Result<()> {
        if self.json {
            self.close_array(Mode::Json)?;
            self.buf.push(b'\n');
        }
        self.flush()
    }
}

/// Appends `s` as a JSON string (quotes and escapes).
fn push_json_str(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    if !s
        .iter()
        .any(|&c| matches!(c, b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c))
    {
        out.extend_from_slice(s);
        out.push(b'"');
        return;
    }
    for &c in s {
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x0c => out.extend_from_slice(b"\\f"),
            0x08 => out.extend_from_slice(b"\\b"),
            // iproute2's writer passes the other control characters through as they are.
            c => out.push(c),
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_printf_g() {
        for (x, want) in [
            (0.0, "0"),
            (0.316, "0.316"),
            (64.8, "64.8"),
            (0.00019, "0.00019"),
        ] {
            assert_eq!(c_g(x), want);
        }
        assert_eq!(c_g(4.8e-05), "4.8e-05");
        assert_eq!(c_g(2.88671875), "2.88672");
        assert_eq!(c_g_digits(47.103988768, 3), "47.1");
        assert_eq!(c_g_digits(131.072, 3), "131");
        assert_eq!(c_g_digits(1.0, 3), "1");
        assert_eq!(c_g_digits(999.9, 3), "1e+03");
        assert_eq!(c_g(12345.678), "12345.7");
        for (x, want) in [
            (1.0, "1"),
            (0.01, "0.01"),
            (8.34, "8.34"),
            (60.0, "60"),
            (1234.56, "1234.56"),
            (1234.567, "1234.57"),
            (1234567.0, "1.23457e+06"),
            (123456.0, "123456"),
            (4294967.295, "4.29497e+06"),
            (999999.5, "1e+06"),
            (0.00001, "1e-05"),
        ] {
            assert_eq!(c_g(x), want, "{x}");
        }
    }

    fn record(json: bool, pretty: bool) -> String {
        let mut s = Sink::new(Vec::new(), json, pretty);
        s.begin_list().unwrap();
        for _ in 0..2 {
            s.open_object(Mode::Json, None).unwrap();
            s.string(Mode::Any, "dst", "", "10.0.0.0/24", " ").unwrap();
            s.number(Mode::Any, "metric", "metric ", &5u32, " ")
                .unwrap();
            s.open_array(Mode::Json, Some("flags")).unwrap();
            s.close_array(Mode::Json).unwrap();
            s.open_array(Mode::Json, Some("nexthops")).unwrap();
            s.open_object(Mode::Json, None).unwrap();
            s.string(Mode::Any, "dev", "dev ", "a\"b", "").unwrap();
            s.close_object(Mode::Json).unwrap();
            s.close_array(Mode::Json).unwrap();
            s.text("\n").unwrap();
            s.close_object(Mode::Json).unwrap();
        }
        s.end_list().unwrap();
        String::from_utf8(s.out).unwrap()
    }

    #[test]
    fn empty_objects_and_escapes_as_iproute2_writes_them() {
        let mut s = Sink::new(Vec::new(), true, true);
        s.begin_list().unwrap();
        s.open_object(Mode::Json, None).unwrap();
        s.close_object(Mode::Json).unwrap();
        s.end_list().unwrap();
        assert_eq!(String::from_utf8(s.into_inner()).unwrap(), "[ {} ]\n");
        let mut out = Vec::new();
        push_json_str(&mut out, b"a\x08\x0c\x01\"");
        assert_eq!(out, b"\"a\\b\\f\x01\\\"\"");
    }

    #[test]
    fn text_json_and_pretty_come_from_one_path() {
        assert_eq!(
            record(false, false),
            "10.0.0.0/24 metric 5 dev a\"b\n".repeat(2)
        );
        let one = r#"{"dst":"10.0.0.0/24","metric":5,"flags":[],"nexthops":[{"dev":"a\"b"}]}"#;
        assert_eq!(record(true, false), format!("[{one},{one}]\n"));
        let p = record(true, true);
        assert!(
            p.starts_with("[ {\n        \"dst\": \"10.0.0.0/24\",\n"),
            "{p}"
        );
        assert!(p.contains("\"flags\": [ ],\n        \"nexthops\": [ {\n                \"dev\": \"a\\\"b\"\n            } ]\n    },{"), "{p}");
        assert!(p.ends_with("    } ]\n"), "{p}");
    }

    /// `%g` as the exact rounding gives it (what `c_g_digits` did before its fast path).
    fn exact_g(x: f64, digits: usize) -> String {
        let sci = format!("{x:.*e}", digits - 1);
        let (mantissa, exp) = sci.split_once('e').unwrap();
        let exp: i64 = exp.parse().unwrap();
        let trim = |s: &str| {
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                s.to_owned()
            }
        };
        if exp < -4 || exp >= digits as i64 {
            let sign = if exp < 0 { '-' } else { '+' };
            return format!("{}e{sign}{:02}", trim(mantissa), exp.abs());
        }
        let decimals = (digits as i64 - 1 - exp) as usize;
        trim(&format!("{x:.decimals$}"))
    }

    /// The fast path (the shortest digits when they are few enough) gives what the exact
    /// rounding gives: ratios such as ss's microseconds / 1000, and random bit patterns.
    #[test]
    fn g_fast_path_is_exact() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..200_000u64 {
            let x = match i % 4 {
                0 => (next() % 10_000_000) as f64 / 1000.0,
                1 => (next() % 100_000) as f64 * 8.0 / 1.5,
                2 => -((next() % 1_000_000_000) as f64) / 7.0,
                _ => f64::from_bits(next()),
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            let digits = (i % 8) as usize + 1;
            assert_eq!(c_g_digits(x, digits), exact_g(x, digits), "{x:e} {digits}");
        }
    }
}
