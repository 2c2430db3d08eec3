//! The terminal a descriptor refers to: its width, for the tools' column layouts (`ss`
//! spreads its columns over the screen when stdout is a terminal).

use std::os::fd::AsFd;

/// The number of columns of the terminal `fd` is, as `ioctl(fd, TIOCGWINSZ)` reports it
/// (tty_ioctl(4)); `None` when `fd` is not a terminal or reports no width.
///
/// ```
/// // In a test, stdout is usually a pipe: no width.
/// let width = nlkit::sys::terminal_width(&std::io::stdout());
/// assert!(width.map_or(true, |w| w > 0));
/// ```
pub fn terminal_width(fd: &impl AsFd) -> Option<u16> {
    let raw = std::os::fd::AsRawFd::as_raw_fd(&fd.as_fd());
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer, which points at
    // a live, properly aligned `libc::winsize` owned by this frame; `raw` is borrowed from
    // an open descriptor for the whole call.
    let rc = unsafe { libc::ioctl(raw, libc::TIOCGWINSZ, &mut size as *mut libc::winsize) };
    (rc == 0 && size.ws_col > 0).then_some(size.ws_col)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pipe_has_no_width() {
        let (reader, _writer) = std::io::pipe().unwrap();
        assert_eq!(super::terminal_width(&reader), None);
    }
}
