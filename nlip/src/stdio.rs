//! Standard output buffered the way C's stdio buffers it, for the tools whose stdout and
//! stderr must interleave as the real tool's do when both go to one file (`2>&1`).
//!
//! A C program's stdout to a pipe or a file is fully buffered in blocks (4096 bytes
//! here): what has reached the descriptor when it writes to (unbuffered) stderr is the
//! output so far rounded down to whole blocks. [`Stdout`] keeps a larger buffer (fewer
//! writes) and [`sync_blocks`], called before anything goes to stderr, writes the whole
//! blocks it holds: the bytes on each side of every stderr line are then the same as
//! the C tool's. On a terminal, output is line-buffered, as stdio's is.

use std::cell::RefCell;
use std::io::{self, IsTerminal, Write};

/// stdio's block for pipes and files.
const BLOCK: usize = 4096;
/// How much is held before whole blocks are written.
const CAPACITY: usize = 16 * BLOCK;

thread_local! {
    /// What [`Stdout`] holds, and whether stdout is a terminal (found on first use).
    static HELD: RefCell<(Vec<u8>, Option<bool>)> = const { RefCell::new((Vec::new(), None)) };
}

/// The process's standard output, buffered as stdio buffers it (see the module docs).
/// Flush it before the process ends.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        HELD.with_borrow_mut(|(held, terminal)| {
            if *terminal.get_or_insert_with(|| io::stdout().is_terminal()) {
                // std's stdout is line-buffered, as stdio's is on a terminal.
                return io::stdout().lock().write(data);
            }
            held.extend_from_slice(data);
            if held.len() >= CAPACITY {
                write_blocks(held, &mut io::stdout().lock())?;
            }
            Ok(data.len())
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        HELD.with_borrow_mut(|(held, _)| {
            let mut out = io::stdout().lock();
            out.write_all(held)?;
            held.clear();
            out.flush()
        })
    }
}

/// Writes the whole blocks [`Stdout`] holds: what a C tool's stdout would have written by
/// now. Called before writing to stderr ([`crate::diag::warn`] does).
pub fn sync_blocks() {
    // A failing stdout shows when the tool flushes it; a warning still goes out.
    let _ = HELD.with_borrow_mut(|(held, _)| write_blocks(held, &mut io::stdout().lock()));
}

/// Writes the whole blocks of `held` to `out` (and flushes it: std's stdout keeps a line's
/// tail, which goes now, as the block would).
fn write_blocks(held: &mut Vec<u8>, out: &mut impl Write) -> io::Result<()> {
    let whole = held.len() / BLOCK * BLOCK;
    if whole == 0 {
        return Ok(());
    }
    out.write_all(&held[..whole])?;
    out.flush()?;
    held.drain(..whole);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_blocks_are_written() {
        let mut out = Vec::new();
        let mut held = vec![b'x'; BLOCK - 1];
        write_blocks(&mut held, &mut out).unwrap();
        assert_eq!((out.len(), held.len()), (0, BLOCK - 1));
        held.extend_from_slice(&[b'y'; BLOCK * 2 + 5]);
        write_blocks(&mut held, &mut out).unwrap();
        assert_eq!((out.len(), held.len()), (BLOCK * 3, 4));
        assert_eq!(out[BLOCK - 1], b'y');
    }
}
