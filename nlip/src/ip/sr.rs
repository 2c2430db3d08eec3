//! `nlip sr tunsrc show|set ADDRESS` and `nlip sr hmac show|set KEYID ALGO`: IPv6 segment
//! routing's tunnel source and HMAC keys (the SEG6 generic netlink family), with ip 6.1's
//! grammar, text, JSON and errors. `hmac set` reads the secret as ip does (getpass: from
//! the terminal without echo when there is one, else the first line of stdin, the prompt
//! on stderr); an empty secret deletes the key.

use crate::args::{c_u32, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::render::{Mode, Render, Sink};
use nlkit::engine::Error;
use nlkit::genl::seg6::{
    DumpHmac, GetTunnelSource, HmacAlgorithm, HmacKey, SetHmac, SetTunnelSource,
};
use nlkit::genl::{self, Families};
use std::io::{self, BufRead, Write};
use std::net::{IpAddr, Ipv6Addr};

const HELP: &str = "\
Usage: ip sr { COMMAND | help }
          ip sr hmac show
          ip sr hmac set KEYID ALGO
          ip sr tunsrc show
          ip sr tunsrc set ADDRESS
where  ALGO := { sha1 | sha256 }";

/// The longest secret ip prints.
const SECRET_MAX: usize = 63;

const PROMPT: &str = "Enter secret for HMAC key ID (blank to delete): ";

/// `nlip sr ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(object) = args.next() else {
        return Err(Failure::usage(HELP));
    };
    let hmac = if matches(object, "help") {
        return Err(Failure::usage(HELP));
    } else if matches(object, "hmac") {
        true
    } else if matches(object, "tunsrc") {
        false
    } else {
        return Err(invalid_arg_tight("unknown", object));
    };
    let cmd = args.value(object)?;
    match (hmac, cmd) {
        (true, c) if matches(c, "show") => hmac_show(ctx),
        (true, c) if matches(c, "set") => hmac_set(ctx, args),
        (false, c) if matches(c, "show") => tunsrc_show(ctx),
        (false, c) if matches(c, "set") => tunsrc_set(ctx, args),
        (_, c) => Err(invalid_arg_tight("unknown", c)),
    }
}

/// ip's report of a failed SEG6 request: the kernel's text (`RTNETLINK answers: ...`),
/// exit 1.
pub(crate) fn answer(e: &Error) -> Failure {
    let mut f = match e {
        Error::Kernel(_) => diag::kernel(e),
        other => Failure::failed(other.to_string()),
    };
    f.code = diag::exit::FAILED;
    f
}

fn tunsrc_show(ctx: &Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let t = genl::get(&mut conn, &Families::new(), &GetTunnelSource).map_err(|e| answer(&e))?;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    sink.open_object(Mode::Json, None)?;
    if let Some(a) = t.address {
        sink.string(Mode::Any, "tunsrc", "tunsrc addr ", &a, "\n")?;
    }
    sink.close_object(Mode::Json)?;
    Ok(sink.end_list()?)
}

/// `set ADDRESS`: an IPv6 address as ip's `get_addr` reads one (`default`, `any` and
/// `all` are `::`).
fn tunsrc_set(ctx: &Context, args: &mut Args) -> Result<(), Failure> {
    let v = args.value("set")?;
    let address = match v {
        "default" | "any" | "all" => Ipv6Addr::UNSPECIFIED,
        _ => match crate::args::inet::parse_address(v, Some(10))? {
            IpAddr::V6(a) => a,
            IpAddr::V4(_) => unreachable_v4(v)?,
        },
    };
    let mut conn = ctx.genl_conn()?;
    genl::execute(&mut conn, &Families::new(), &SetTunnelSource { address })
        .map_err(|e| answer(&e))?;
    Ok(())
}

/// `parse_address` with family inet6 never gives an IPv4 address; ip's error if it did.
fn unreachable_v4(v: &str) -> Result<Ipv6Addr, Failure> {
    Err(Failure::failed(format!(
        "Error: inet6 address is expected rather than \"{v}\"."
    ))
    .fatal())
}

/// A secret printed as ip prints it: its bytes up to the first NUL, as they are.
struct Secret<'a>(&'a [u8]);

impl Render for Secret<'_> {
    fn render(&self, out: &mut Vec<u8>) {
        let end = self.0.iter().position(|&b| b == 0).unwrap_or(self.0.len());
        out.extend_from_slice(&self.0[..end]);
    }
}

fn hmac_show(ctx: &Context) -> Result<(), Failure> {
    let mut conn = ctx.genl_conn()?;
    let families = Families::new();
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for key in genl::dump(&mut conn, &families, &DumpHmac).map_err(|e| answer(&e))? {
        print_key(&mut sink, &key.map_err(|e| answer(&e))?)?;
        sink.end_record()?;
    }
    Ok(sink.end_list()?)
}

/// One key: `hmac ID algo ALGO secret "SECRET"` (JSON `hmac`, `algo`, `secret`).
fn print_key<W: Write>(s: &mut Sink<W>, key: &HmacKey) -> io::Result<()> {
    s.open_object(Mode::Json, None)?;
    s.number(Mode::Any, "hmac", "hmac ", &key.key_id, " ")?;
    let algo = key
        .algorithm
        .and_then(HmacAlgorithm::name)
        .unwrap_or("<unknown>");
    s.string(Mode::Any, "algo", "algo ", algo, " ")?;
    let mut secret = &key.secret[..];
    // ip reads the secret into 64 bytes with their NUL.
    if secret.len() > SECRET_MAX {
        let len = secret.len();
        diag::warn(&format!(
            "HMAC secret length {len} > {SECRET_MAX}, truncated"
        ));
        secret = &secret[..SECRET_MAX];
    }
    s.string(Mode::Any, "secret", "secret \"", &Secret(secret), "\"\n")?;
    s.close_object(Mode::Json)
}

/// `set KEYID ALGO`: the key id as ip's `get_u32` reads it (0 is refused), `sha1` or
/// `sha256` exactly, then the secret.
fn hmac_set(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let id = args.value("set")?;
    let key_id = c_u32(id)
        .filter(|&k| k != 0)
        .ok_or_else(|| invalid_arg_tight("hmac KEYID value is invalid", id))?;
    let algo = args.value(id)?;
    let algorithm = match algo {
        "sha1" => HmacAlgorithm::Sha1,
        "sha256" => HmacAlgorithm::Sha256,
        _ => return Err(invalid_arg_tight("hmac ALGO value is invalid", algo)),
    };
    let mut secret = read_secret(ctx)?;
    // ip sends the C string's length in SEG6_ATTR_SECRETLEN, a u8: the kernel keeps that
    // many bytes. Send what it would keep.
    if let Some(nul) = secret.iter().position(|&b| b == 0) {
        secret.truncate(nul);
    }
    secret.truncate(secret.len() % 256);
    let request = SetHmac::new(key_id, algorithm, secret);
    let mut conn = ctx.genl_conn()?;
    genl::execute(&mut conn, &Families::new(), &request).map_err(|e| answer(&e))?;
    Ok(())
}

/// The secret as getpass(3) reads it: from the controlling terminal, echo off, when
/// there is one; else the prompt on stderr and the first line of stdin (in a `-batch`,
/// the batch's next line, as ip reads it). Without its final newline; empty at end of
/// input.
fn read_secret(ctx: &mut Context) -> Result<Vec<u8>, Failure> {
    if let Ok(tty) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
    {
        return read_from_tty(tty);
    }
    let mut err = io::stderr().lock();
    let _ = err.write_all(PROMPT.as_bytes());
    let _ = err.flush();
    match ctx.input.as_mut() {
        Some(batch) => read_line(batch),
        None => read_line(&mut io::stdin().lock()),
    }
}

/// One line of `input`, without its newline.
fn read_line(input: &mut (impl BufRead + ?Sized)) -> Result<Vec<u8>, Failure> {
    let mut line = Vec::new();
    input
        .read_until(b'\n', &mut line)
        .map_err(|e| Failure::failed(format!("Error: {}", diag::os_text(&e))))?;
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    Ok(line)
}

/// The prompt and the secret on the terminal, echo turned off meanwhile (by `stty`, as
/// nlip has no terminal calls of its own; a terminal `stty` cannot change still works).
fn read_from_tty(mut tty: std::fs::File) -> Result<Vec<u8>, Failure> {
    let _ = tty.write_all(PROMPT.as_bytes());
    let _ = tty.flush();
    stty(&tty, "-echo");
    let line = tty
        .try_clone()
        .map_err(|e| Failure::failed(format!("Error: {}", diag::os_text(&e))))
        .and_then(|t| read_line(&mut io::BufReader::new(t)));
    stty(&tty, "echo");
    let _ = tty.write_all(b"\n");
    line
}

/// `stty FLAG` on the terminal `tty` (best effort).
fn stty(tty: &std::fs::File, flag: &str) {
    let Ok(input) = tty.try_clone() else { return };
    let _ = std::process::Command::new("stty")
        .arg(flag)
        .stdin(input)
        .stderr(std::process::Stdio::null())
        .status();
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::genl::parse_reply;
    use nlkit::wire::MessageIter;

    /// `ip sr hmac show` of two keys (Linux 6.18; the fixture of `nlkit::genl::seg6`).
    const DUMP: [u8; 108] = [
        0x38, 0, 0, 0, 0x1d, 0, 2, 0, 0x62, 0x5a, 0x11, 0x6b, 0x4d, 0x1d, 0, 0, 2, 1, 0, 0, 8, 0,
        3, 0, 1, 0, 0, 0, 5, 0, 5, 0, 7, 0, 0, 0, 0x0b, 0, 4, 0, b's', b'e', b'c', b'r', b'e',
        b't', b'1', 0, 5, 0, 6, 0, 1, 0, 0, 0, 0x34, 0, 0, 0, 0x1d, 0, 2, 0, 0x62, 0x5a, 0x11,
        0x6b, 0x4d, 0x1d, 0, 0, 2, 1, 0, 0, 8, 0, 3, 0, 0xff, 0xff, 0xff, 0xff, 5, 0, 5, 0, 3, 0,
        0, 0, 7, 0, 4, 0, b'a', b'b', b'c', 0, 5, 0, 6, 0, 2, 0, 0, 0,
    ];

    fn render(json: bool, pretty: bool) -> String {
        let mut s = Sink::new(Vec::new(), json, pretty);
        s.begin_list().unwrap();
        for m in MessageIter::new(&DUMP) {
            let key: HmacKey = parse_reply(&m.unwrap()).unwrap();
            print_key(&mut s, &key).unwrap();
        }
        s.end_list().unwrap();
        String::from_utf8(s.into_inner()).unwrap()
    }

    #[test]
    fn keys_print_as_ip_prints_them() {
        assert_eq!(
            render(false, false),
            "hmac 1 algo sha1 secret \"secret1\"\nhmac 4294967295 algo sha256 secret \"abc\"\n"
        );
        assert_eq!(
            render(true, false),
            "[{\"hmac\":1,\"algo\":\"sha1\",\"secret\":\"secret1\"},\
             {\"hmac\":4294967295,\"algo\":\"sha256\",\"secret\":\"abc\"}]\n"
        );
    }

    #[test]
    fn a_secret_is_the_first_line() {
        let line = |s: &[u8]| read_line(&mut io::Cursor::new(s.to_vec())).unwrap();
        assert_eq!(line(b"abc\ndef\n"), b"abc");
        assert_eq!(line(b"abc"), b"abc");
        assert_eq!(line(b""), b"");
        assert_eq!(line(b"a\rb\n"), b"a\rb");
    }
}
