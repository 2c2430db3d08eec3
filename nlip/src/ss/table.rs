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

use std::io::{self, Write};

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
}

impl Endpoint {
    /// `ADDR` `DELIM` | `PORT` (ss's `sock_addr_print`).
    pub fn new(addr: &str, delim: &str, port: &str) -> Endpoint {
        Endpoint {
            addr: format!("{addr}{delim}"),
            port: port.to_owned(),
        }
    }

    /// `ADDR%IFNAME` `DELIM` | `PORT`: an address bound to a device.
    pub fn scoped(addr: &str, ifname: &str, delim: &str, port: &str) -> Endpoint {
        Endpoint {
            addr: format!("{addr}%{ifname}{delim}"),
            port: port.to_owned(),
        }
    }

    /// An inet endpoint as ss prints it: IPv4 as is, IPv6 in brackets, the IPv6 any
    /// address as `*` (unless the socket is v6only), `%IFNAME` when bound to a device; the
    /// port as [`Names::port`](super::print::addr::Names::port) gives it (`*` for 0).
    pub fn inet(addr: std::net::IpAddr, port: &str, ifname: Option<&str>, v6only: bool) -> Self {
        use std::net::IpAddr;
        let text = match addr {
            IpAddr::V4(a) => a.to_string(),
            IpAddr::V6(a) if a.is_unspecified() && !v6only => "*".to_owned(),
            IpAddr::V6(a) => format!("[{a}]"),
        };
        match ifname {
            Some(dev) => Endpoint::scoped(&text, dev, ":", port),
            None => Endpoint::new(&text, ":", port),
        }
    }
}

/// One socket's line: what ss prints in each column. Fill it from a typed socket, push the
/// process (`users:(...)`) and the details onto `ext` in ss's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The table's short name (`tcp`, `udp`, `u_str`, `nl`, ...); empty for an SCTP
    /// association line.
    pub netid: String,
    /// The state (`ESTAB`, `LISTEN`, `UNCONN`, ...).
    pub state: String,
    /// The receive queue, as ss prints it (`%-6d`).
    pub recv_q: String,
    /// The send queue (`%-6d`).
    pub send_q: String,
    /// The local side.
    pub local: Endpoint,
    /// The peer side.
    pub peer: Endpoint,
    /// The process and details text: ` users:((...))`, ` ino:...`, `\n\t cubic ...`.
    pub ext: String,
}

impl Row {
    /// A row with the queues printed as ss prints them (left-aligned in six places).
    pub fn new(netid: &str, state: &str, recv_q: i64, send_q: i64) -> Row {
        Row {
            netid: netid.to_owned(),
            state: state.to_owned(),
            recv_q: format!("{recv_q:<6}"),
            send_q: format!("{send_q:<6}"),
            ..Default::default()
        }
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

    fn cell(&self, col: usize) -> &str {
        match col {
            0 => &self.netid,
            1 => &self.state,
            2 => &self.recv_q,
            3 => &self.send_q,
            4 => &self.local.addr,
            5 => &self.local.port,
            6 => &self.peer.addr,
            7 => &self.peer.port,
            8 => &self.ext,
            _ => "",
        }
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

/// The column renderer: cells go in row by row, and come out laid out as ss lays them out.
#[derive(Debug)]
pub struct Table<W: Write> {
    out: W,
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

    fn enabled(&self, col: usize) -> bool {
        match col {
            0 => self.layout.netid,
            1 => self.layout.state,
            _ => true,
        }
    }

    /// Adds one cell (a line's columns must come in order, each once); the cell of column
    /// `open` stays open (see the `open` field).
    fn cell(&mut self, col: usize, text: &str, open: usize) {
        if !self.enabled(col) {
            return;
        }
        let kept = self.chunks.store(text.len());
        if col == open {
            self.open = Some((col, kept));
        } else {
            self.max_len[col] = self.max_len[col].max(kept);
            self.chunks.flush(kept);
        }
        self.push_cell(col, &text.as_bytes()[..kept]);
    }

    fn push_cell(&mut self, col: usize, bytes: &[u8]) {
        self.text.extend_from_slice(bytes);
        // A batch holds at most CHUNKS_MAX chunks of text (a few MiB), so its offsets fit.
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.cells.push((col as u8, end));
    }

    /// The header line (ss prints it unless `-H`).
    pub fn header(&mut self) -> io::Result<()> {
        self.line(|col| SPEC[col].0, COLUMNS - 1)
    }

    /// One socket's row; prints what is buffered when ss would.
    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        // ss's row ends in the details column: the last column's (empty) cell is begun
        // when the next line starts.
        self.line(|col| row.cell(col), COLUMNS - 2)
    }

    fn line<'r>(&mut self, cell: impl Fn(usize) -> &'r str, open: usize) -> io::Result<()> {
        // The next line starts: ss ends the open cell (a row's details, then the last
        // column's empty cell), and prints its buffer when five chunks are in use.
        if let Some((col, len)) = self.open.take() {
            if col + 1 < COLUMNS {
                self.max_len[col] = self.max_len[col].max(len);
                self.chunks.flush(len);
                self.push_cell(COLUMNS - 1, &[]);
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
            self.cell(col, cell(col), open);
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
        Ok(self.out)
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
    /// memory for the next batch).
    fn render(&mut self) -> io::Result<()> {
        if self.cells.is_empty() {
            return Ok(());
        }
        let width = self.widths();
        let mut line_started = false;
        let mut start = 0;
        for &(col, end) in &self.cells {
            let col = usize::from(col);
            let end = end as usize;
            let bytes = self.text.get(start..end).unwrap_or(&[]);
            start = end;
            let (_, delim, right) = SPEC[col];
            let mut printed = 0;
            if line_started {
                self.out.write_all(delim.as_bytes())?;
                printed = delim.len();
            }
            line_started = true;
            let w = width[col];
            if right && w > 0 {
                let s = w.saturating_sub(bytes.len() + printed);
                spaces(&mut self.out, s)?;
                printed += s;
            }
            self.out.write_all(bytes)?;
            printed += bytes.len();
            if !right && w > 0 {
                spaces(&mut self.out, w.saturating_sub(printed))?;
            }
            if col + 1 == COLUMNS {
                self.out.write_all(b"\n")?;
                line_started = false;
            }
        }
        if line_started {
            self.out.write_all(b"\n")?;
        }
        self.text.clear();
        self.cells.clear();
        self.chunks = Chunks::default();
        self.open = None;
        Ok(())
    }
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
