//! ss's output layout: rows of cells laid out in columns whose widths come from the
//! content, printed as iproute2 6.1's ss prints them.
//!
//! ss's rules, observed and read from its documentation and source (this is our own code):
//!
//! - Ten columns: Netid, State, Recv-Q, Send-Q, the local address (right-aligned, its
//!   header `Local Address:`), the local port, the peer address (right-aligned, `Peer
//!   Address:`), the peer port, the process and details column (header `Process`; the
//!   process's `users:(...)` and everything `-e -o -m -i ...` print, with `\n\t` inside
//!   when the details go on lines of their own), and a last empty column. Netid is left
//!   out when one table is shown, State when one state is.
//! - Each column is as wide as its longest cell (the header counts), plus its one-space
//!   left delimiter (State, Recv-Q, Send-Q and both address columns; not the first column
//!   shown); left-aligned cells are padded on the right, so the details column pads every
//!   row (after its last line) to the longest details text, embedded newlines counted.
//! - When stdout is a terminal, the screen width is spread over the columns (and they wrap
//!   to further lines when they do not fit); otherwise the widths are the content's.
//! - ss buffers its output in chunks of 1 MiB (each cell a 2-byte length and its bytes,
//!   aligned to 2) and prints what it has at the end of a row once five chunks are in use:
//!   each batch is laid out with the widths seen so far (the widths only grow). [`Table`]
//!   keeps the same account, so long outputs are laid out as ss lays them out.
//!
//! With `-j` (nlss's own) the same rows come out as one JSON array, each row an object
//! written as it comes (see [`Table::json`]).

use super::print::fields::{write_members, Ext, Value};
use crate::render::{push_u64, Fmt, Mode, Render, Sink};
use std::borrow::Cow;
use std::io::{self, Write};
use std::net::IpAddr;

/// The columns, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// `Netid`.
    Netid,
    /// `State`.
    State,
    /// `Recv-Q`.
    RecvQ,
    /// `Send-Q`.
    SendQ,
    /// `Local Address:` (right-aligned).
    Local,
    /// The local `Port`.
    LocalPort,
    /// `Peer Address:` (right-aligned).
    Peer,
    /// The peer `Port`.
    PeerPort,
    /// `Process`: the process, then the details.
    Ext,
    /// The last column, always empty.
    Last,
}

/// How many columns.
pub const COLUMNS: usize = 10;

/// Each column's header, left delimiter and whether it is right-aligned.
const SPEC: [(&str, &str, bool); COLUMNS] = [
    ("Netid", "", false),
    ("State", " ", false),
    ("Recv-Q", " ", false),
    ("Send-Q", " ", false),
    ("Local Address:", " ", true),
    ("Port", "", false),
    ("Peer Address:", " ", true),
    ("Port", "", false),
    ("Process", "", false),
    ("", "", false),
];

/// One side of a socket: the address column's text (the address and its delimiter, `:`
/// for most families, a space for unix sockets) and the port column's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Endpoint {
    /// The address cell, delimiter included (`127.0.0.1:`, `[::1]:`, `*:`, `/run/x `).
    pub addr: String,
    /// The port cell (`22`, `*`, `ssh`, an inode number, `kernel`).
    pub port: String,
    /// JSON: the address without its delimiter, brackets or device.
    pub host: Host,
    /// JSON: the device of `%IFNAME`.
    pub ifname: Option<String>,
    /// JSON: the keys of the address and the port (`addr` and `port` when `None`).
    pub keys: Option<(&'static str, &'static str)>,
}

/// An endpoint's address in JSON: a text (left out when empty), or an IP address written
/// only when the JSON is (text output never formats it twice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    /// The text as it is (a unix path, a protocol, a host name of `-r`).
    Text(String),
    /// An IP address, as `IpAddr`'s `Display` writes it (no brackets, `::` for any).
    Ip(IpAddr),
}

impl Default for Host {
    fn default() -> Host {
        Host::Text(String::new())
    }
}

impl Endpoint {
    /// `ADDR` `DELIM` | `PORT` (ss's `sock_addr_print`).
    pub fn new(addr: &str, delim: &str, port: impl Into<String>) -> Endpoint {
        let mut text = String::with_capacity(addr.len() + delim.len());
        text.push_str(addr);
        text.push_str(delim);
        Endpoint {
            addr: text,
            port: port.into(),
            host: Host::Text(addr.to_owned()),
            ..Default::default()
        }
    }

    /// The same endpoint with the JSON keys `addr` and `port` named for its table (a unix
    /// socket's `path` and `inode`, ...).
    pub fn keys(mut self, addr: &'static str, port: &'static str) -> Endpoint {
        self.keys = Some((addr, port));
        self
    }

    /// The endpoint as a JSON object: the address (unless empty), the port (a number when
    /// it is one, left out when `*` or empty) and the device.
    fn json_value(&self) -> Value {
        let (ka, kp) = self.keys.unwrap_or(("addr", "port"));
        let mut m = Vec::new();
        match &self.host {
            Host::Text(t) if t.is_empty() => {}
            Host::Text(t) => m.push((ka, Value::Str(t.clone()))),
            Host::Ip(a) => m.push((ka, Value::Str(a.to_string()))),
        }
        match self.port.parse::<u64>() {
            Ok(n) => m.push((kp, Value::U64(n))),
            Err(_) if self.port.is_empty() || self.port == "*" => {}
            Err(_) => m.push((kp, Value::Str(self.port.clone()))),
        }
        if let Some(dev) = &self.ifname {
            m.push(("ifname", Value::Str(dev.clone())));
        }
        Value::Obj(m)
    }

    /// An inet endpoint as ss prints it: IPv4 as is, IPv6 in brackets, the IPv6 any
    /// address as `*` (unless the socket is v6only), `%IFNAME` when bound to a device; the
    /// port as [`Names::port`](super::print::addr::Names::port) gives it (`*` for 0).
    pub fn inet(addr: IpAddr, port: impl Into<String>, ifname: Option<&str>, v6only: bool) -> Self {
        let text = host(addr, v6only);
        Endpoint::shown_as(text, Host::Ip(addr), ifname, port.into())
    }

    /// The endpoint whose address prints as `text` (its `%IFNAME` and `:` still to add)
    /// and reads as `host` in JSON.
    pub fn shown_as(mut text: String, host: Host, ifname: Option<&str>, port: String) -> Self {
        if let Some(dev) = ifname {
            text.push('%');
            text.push_str(dev);
        }
        text.push(':');
        Endpoint {
            addr: text,
            port,
            host,
            ifname: ifname.map(str::to_owned),
            keys: None,
        }
    }
}

/// The address text of `a` (`inet_addr_print`, numeric hosts).
pub fn host(a: IpAddr, v6only: bool) -> String {
    let mut out = Vec::with_capacity(48);
    match a {
        IpAddr::V6(a) if a.is_unspecified() && !v6only => out.push(b'*'),
        IpAddr::V6(a) => {
            out.push(b'[');
            a.render(&mut out);
            out.push(b']');
        }
        v4 => v4.render(&mut out),
    }
    String::from_utf8(out).unwrap_or_default()
}

/// One socket's line: what ss prints in each column. Fill it from a typed socket, push the
/// process (`users:(...)`) and the details onto `ext` in ss's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The table's short name (`tcp`, `udp`, `u_str`, `nl`, ...); empty for an SCTP
    /// association line.
    pub netid: Cow<'static, str>,
    /// The state (`ESTAB`, `LISTEN`, `UNCONN`, ...).
    pub state: Cow<'static, str>,
    /// The receive and send queues (printed as ss prints them, `%-6d`).
    pub queues: (i64, i64),
    /// The local side.
    pub local: Endpoint,
    /// The peer side.
    pub peer: Endpoint,
    /// The process and details text: ` users:((...))`, ` ino:...`, `\n\t cubic ...`.
    pub ext: String,
    /// JSON: the process and details as fields ([`Row::push_ext`]).
    pub fields: Vec<(&'static str, Value)>,
}

impl Row {
    /// A row with the queues printed as ss prints them (left-aligned in six places).
    pub fn new(netid: &'static str, state: &'static str, recv_q: i64, send_q: i64) -> Row {
        Row {
            netid: Cow::Borrowed(netid),
            state: Cow::Borrowed(state),
            queues: (recv_q, send_q),
            ..Default::default()
        }
    }

    /// Appends the process and details of `ext`: its text, or with `-j` its fields.
    pub fn push_ext(&mut self, ext: Ext) -> &mut Row {
        let (text, fields) = ext.into_parts();
        self.ext.push_str(&text);
        self.fields.extend(fields);
        self
    }

    /// The row as a JSON object (`netid` unless empty, `state`, `recv_q`, `send_q`,
    /// `local`, `peer`, then the fields).
    fn write_json<W: Write>(&self, sink: &mut Sink<W>) -> io::Result<()> {
        sink.open_object(Mode::Json, None)?;
        if !self.netid.is_empty() {
            sink.string(Mode::Json, "netid", "", &*self.netid, "")?;
        }
        sink.string(Mode::Json, "state", "", &*self.state, "")?;
        sink.number(Mode::Json, "recv_q", "", &Fmt(self.queues.0), "")?;
        sink.number(Mode::Json, "send_q", "", &Fmt(self.queues.1), "")?;
        self.local.json_value().write(sink, "local")?;
        self.peer.json_value().write(sink, "peer")?;
        write_members(sink, &self.fields)?;
        sink.close_object(Mode::Json)?;
        sink.end_record()
    }

    /// Appends `text` to the details.
    pub fn push(&mut self, text: &str) -> &mut Row {
        self.ext.push_str(text);
        self
    }

    /// Starts a details line: `\n\t`, or nothing with `-O` (`oneline`).
    pub fn detail_line(&mut self, oneline: bool) -> &mut Row {
        if !oneline {
            self.ext.push_str("\n\t");
        }
        self
    }

    /// Appends the text of column `col` to `out`.
    fn cell(&self, col: usize, out: &mut Vec<u8>) {
        let text = match col {
            0 => &self.netid,
            1 => &self.state,
            2 | 3 => {
                let q = if col == 2 {
                    self.queues.0
                } else {
                    self.queues.1
                };
                let start = out.len();
                if q < 0 {
                    out.push(b'-');
                }
                push_u64(out, q.unsigned_abs());
                let len = out.len() - start;
                out.resize(start + len.max(6), b' ');
                return;
            }
            4 => self.local.addr.as_str(),
            5 => &self.local.port,
            6 => &self.peer.addr,
            7 => &self.peer.port,
            8 => &self.ext,
            _ => "",
        };
        out.extend_from_slice(text.as_bytes());
    }
}

/// Which columns are shown, and the screen's width when stdout is a terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Show the Netid column (more than one table shown).
    pub netid: bool,
    /// Show the State column (more than one state shown).
    pub state: bool,
    /// The terminal's width (`None`: not a terminal, the widths are the content's).
    pub screen_width: Option<usize>,
}

/// The size of ss's buffer chunks, less their header.
const CHUNK_DATA: usize = 1024 * 1024 - 16;
/// ss prints what it has at the end of a row once this many chunks are allocated.
const CHUNKS_MAX: usize = 5;

/// ss's account of its output buffer (see the module docs).
#[derive(Debug, Default)]
struct Chunks {
    /// Chunks allocated (0: no buffer).
    count: usize,
    /// Where the current cell starts in the current chunk (its length field).
    start: usize,
    /// The end of the content in the current chunk.
    end: usize,
}

impl Chunks {
    fn new_chunk(&mut self) {
        self.count += 1;
        self.start = 0;
        self.end = 2;
    }

    /// Stores a cell of `len` bytes; returns how many are kept (ss cuts a cell at 65535).
    fn store(&mut self, len: usize) -> usize {
        if self.count == 0 {
            self.new_chunk();
        }
        let len = len.min(usize::from(u16::MAX));
        if self.end + len >= CHUNK_DATA && self.start != 0 {
            // The cell moves to a new chunk.
            self.new_chunk();
        }
        self.end += len;
        len
    }

    /// Ends the current cell of `len` bytes.
    fn flush(&mut self, len: usize) {
        let pad = len % 2;
        if CHUNK_DATA.saturating_sub(self.end) < pad + 2 {
            self.new_chunk();
            return;
        }
        self.start = self.end + pad;
        self.end = self.start + 2;
    }
}

/// Where a table's rows go: ss's columns, or a JSON array (inside `{"summary": ...,
/// "sockets": [...]}` when the bool is set).
enum Out<W: Write> {
    Text(W),
    Json(Sink<W>, bool),
    /// JSON lines: one object a line, each flushed (`-E -j`).
    Lines(Sink<W>),
}

impl<W: Write> Out<W> {
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Text(w) => w.flush(),
            Out::Json(sink, _) | Out::Lines(sink) => sink.flush(),
        }
    }
}

/// The column renderer: cells go in row by row, and come out laid out as ss lays them out.
pub struct Table<W: Write> {
    out: Out<W>,
    layout: Layout,
    /// The longest cell of each column so far (never reset, as in ss).
    max_len: [usize; COLUMNS],
    /// The text of the current batch's cells, one after another (one buffer, reused).
    text: Vec<u8>,
    /// The cells of the current batch: column, and the end of its text in `text` (each
    /// starts where the one before ends).
    cells: Vec<(u8, u32)>,
    chunks: Chunks,
    /// The cell ss has not ended yet (it ends a cell when it moves to the next): after
    /// the header the last column's, after a row the details' (column and length). ss
    /// ends it when the next line starts, so the last row's details never count in the
    /// widths (ss's `render`: "it wasn't necessarily flushed").
    open: Option<(usize, usize)>,
}

impl<W: Write> Table<W> {
    /// A table writing to `out`.
    pub fn new(out: W, layout: Layout) -> Self {
        Table::with_out(Out::Text(out), layout)
    }

    fn with_out(out: Out<W>, layout: Layout) -> Self {
        Table {
            out,
            layout,
            max_len: [0; COLUMNS],
            text: Vec::new(),
            cells: Vec::new(),
            chunks: Chunks::default(),
            open: None,
        }
    }

    /// A table writing the rows to `out` as one JSON array (`pretty`: one member a line),
    /// each row as it comes: the output is never held whole. No header; `-O` and the
    /// layout do not matter. With a `summary` (`-s`) the output is the object
    /// `{"summary": SUMMARY, "sockets": [...]}`.
    pub fn json(out: W, layout: Layout, pretty: bool, summary: Option<Value>) -> io::Result<Self> {
        let mut sink = Sink::new(out, true, pretty);
        let wrapped = summary.is_some();
        if let Some(summary) = summary {
            sink.open_object(Mode::Json, None)?;
            summary.write(&mut sink, "summary")?;
            sink.open_array(Mode::Json, Some("sockets"))?;
        } else {
            sink.begin_list()?;
        }
        Ok(Table::with_out(Out::Json(sink, wrapped), layout))
    }

    /// A table writing each row to `out` as one JSON object on a line of its own, flushed
    /// (`-E -j`: events as they come).
    pub fn json_lines(out: W, layout: Layout) -> Self {
        Table::with_out(Out::Lines(Sink::new(out, true, false)), layout)
    }

    fn enabled(&self, col: usize) -> bool {
        match col {
            0 => self.layout.netid,
            1 => self.layout.state,
            _ => true,
        }
    }

    /// Adds one cell, its text appended by `write` (a line's columns must come in order,
    /// each once); the cell of column `open` stays open (see the `open` field).
    fn cell(&mut self, col: usize, write: impl FnOnce(&mut Vec<u8>), open: usize) {
        if !self.enabled(col) {
            return;
        }
        let start = self.text.len();
        write(&mut self.text);
        let kept = self.chunks.store(self.text.len() - start);
        self.text.truncate(start + kept);
        if col == open {
            self.open = Some((col, kept));
        } else {
            self.max_len[col] = self.max_len[col].max(kept);
            self.chunks.flush(kept);
        }
        self.end_cell(col);
    }

    /// Ends the cell of column `col` at the end of the text.
    fn end_cell(&mut self, col: usize) {
        // A batch holds at most CHUNKS_MAX chunks of text (a few MiB), so its offsets fit.
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.cells.push((col as u8, end));
    }

    /// The header line (ss prints it unless `-H`).
    pub fn header(&mut self) -> io::Result<()> {
        if matches!(self.out, Out::Json(..) | Out::Lines(..)) {
            return Ok(());
        }
        self.line(
            |col, out| out.extend_from_slice(SPEC[col].0.as_bytes()),
            COLUMNS - 1,
        )
    }

    /// One socket's row; prints what is buffered when ss would.
    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        if !matches!(self.out, Out::Text(_)) {
            crate::diag::release_warnings();
        }
        match &mut self.out {
            Out::Json(sink, _) => return row.write_json(sink),
            Out::Lines(sink) => {
                row.write_json(sink)?;
                sink.flush()?;
                sink.writer_mut().write_all(b"\n")?;
                return sink.writer_mut().flush();
            }
            Out::Text(_) => {}
        }
        // ss's row ends in the details column: the last column's (empty) cell is begun
        // when the next line starts.
        self.line(|col, out| row.cell(col, out), COLUMNS - 2)
    }

    fn line(&mut self, cell: impl Fn(usize, &mut Vec<u8>), open: usize) -> io::Result<()> {
        // The next line starts: ss ends the open cell (a row's details, then the last
        // column's empty cell), and prints its buffer when five chunks are in use.
        if let Some((col, len)) = self.open.take() {
            if col + 1 < COLUMNS {
                self.max_len[col] = self.max_len[col].max(len);
                self.chunks.flush(len);
                self.end_cell(COLUMNS - 1);
            }
            if self.chunks.count >= CHUNKS_MAX {
                self.render()?;
            } else {
                self.chunks.flush(0);
            }
        }
        let cols = if open + 1 < COLUMNS {
            open + 1
        } else {
            COLUMNS
        };
        for col in 0..cols {
            self.cell(col, |out| cell(col, out), open);
        }
        Ok(())
    }

    /// Prints what is buffered now and flushes the writer (ss renders after each event
    /// of `-E`).
    pub fn render_now(&mut self) -> io::Result<()> {
        self.render()?;
        self.out.flush()
    }

    /// Prints what is buffered and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.render()?;
        match self.out {
            Out::Text(w) => Ok(w),
            Out::Json(mut sink, false) => {
                sink.end_list()?;
                Ok(sink.into_inner())
            }
            Out::Lines(sink) => Ok(sink.into_inner()),
            Out::Json(mut sink, true) => {
                sink.close_array(Mode::Json)?;
                sink.close_object(Mode::Json)?;
                sink.flush()?;
                let mut out = sink.into_inner();
                out.write_all(b"\n")?;
                Ok(out)
            }
        }
    }

    /// The widths of the columns (ss's `render_calc_width`).
    fn widths(&self) -> [usize; COLUMNS] {
        let screen = self.layout.screen_width.unwrap_or(usize::MAX);
        let mut width = [0; COLUMNS];
        let mut first = true;
        for (col, w) in width.iter_mut().enumerate() {
            if !self.enabled(col) {
                continue;
            }
            let len = self.max_len[col];
            *w = if !first && len > 0 {
                len + SPEC[col].1.len()
            } else {
                len
            };
            *w = (*w).min(screen);
            if *w > 0 {
                first = false;
            }
        }
        if self.layout.screen_width.is_some() {
            spread(&mut width, screen);
        }
        width
    }

    /// Writes the buffered cells (ss's `render`) and empties the buffer (keeping its
    /// memory for the next batch). With `-j` nothing is buffered here: rows are written
    /// as they come.
    fn render(&mut self) -> io::Result<()> {
        if self.cells.is_empty() {
            return Ok(());
        }
        let width = self.widths();
        // The warnings held while the rows came (`diag::warn_held`) go first, as ss's,
        // which are never buffered, do.
        crate::diag::release_warnings();
        if let Out::Text(out) = &mut self.out {
            write_cells(out, &self.text, &self.cells, &width)?;
        }
        self.text.clear();
        self.cells.clear();
        self.chunks = Chunks::default();
        self.open = None;
        Ok(())
    }
}

impl<W: Write> std::fmt::Debug for Table<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Table")
            .field("json", &!matches!(self.out, Out::Text(..)))
            .field("layout", &self.layout)
            .field("max_len", &self.max_len)
            .finish_non_exhaustive()
    }
}

/// Lays out a batch's cells (`cells`: column and end of each one's text in `text`) in
/// columns of `width`, as ss's `render` does.
fn write_cells(
    out: &mut impl Write,
    text: &[u8],
    cells: &[(u8, u32)],
    width: &[usize; COLUMNS],
) -> io::Result<()> {
    let mut line_started = false;
    let mut start = 0;
    for &(col, end) in cells {
        let col = usize::from(col);
        let end = end as usize;
        let bytes = text.get(start..end).unwrap_or(&[]);
        start = end;
        let (_, delim, right) = SPEC[col];
        let mut printed = 0;
        if line_started {
            out.write_all(delim.as_bytes())?;
            printed = delim.len();
        }
        line_started = true;
        let w = width[col];
        if right && w > 0 {
            let s = w.saturating_sub(bytes.len() + printed);
            spaces(out, s)?;
            printed += s;
        }
        out.write_all(bytes)?;
        printed += bytes.len();
        if !right && w > 0 {
            spaces(out, w.saturating_sub(printed))?;
        }
        if col + 1 == COLUMNS {
            out.write_all(b"\n")?;
            line_started = false;
        }
    }
    if line_started {
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes `n` spaces.
fn spaces(out: &mut impl Write, mut n: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    while n > 0 {
        let k = n.min(SPACES.len());
        out.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

/// Spreads the screen's width over the columns, line by line of the screen, as ss does:
/// columns that fit go on one line and share what is left of it; a column that does not
/// fit starts the next line.
fn spread(width: &mut [usize; COLUMNS], screen: usize) {
    let mut len = 0;
    let mut linecols = 0;
    // The first column of the current screen line.
    let mut line_start = 0;
    let mut c = 0;
    while c < COLUMNS {
        if width[c] == 0 {
            c += 1;
            continue;
        }
        linecols += 1;
        len += width[c];
        let last = width[c + 1..].iter().all(|w| *w == 0);
        if !last && len < screen {
            c += 1;
            continue;
        }
        if len != screen {
            if len > screen && linecols > 1 {
                // The column goes to the next line.
                len -= width[c];
                linecols -= 1;
                c -= 1;
            }
            let pad = screen - len;
            let spacing = pad / linecols.max(1);
            let mut rem = pad % linecols.max(1);
            for w in width[line_start..=c].iter_mut().rev() {
                if *w == 0 {
                    continue;
                }
                *w += spacing;
                if rem > 0 {
                    *w += 1;
                    rem -= 1;
                }
            }
        }
        line_start = c + 1;
        len = 0;
        linecols = 0;
        c += 1;
    }
}
