//! iproute2's save files (`ip route save`, `ip addr save`, `ip rule save`): a 32-bit magic,
//! little-endian whatever the host, then the netlink messages of the dump as the kernel
//! sent them.

use super::MessageIter;

/// The length of a save file's magic.
pub const MAGIC_LEN: usize = 4;

/// A save file split into its magic and its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedDump<'a> {
    /// The magic (`None`: the file is shorter than one).
    pub magic: Option<u32>,
    /// The bytes after the magic: netlink messages.
    pub messages: &'a [u8],
}

impl<'a> SavedDump<'a> {
    /// Splits `bytes` (a whole save file).
    ///
    /// ```
    /// let file = [0x45, 0x23, 0x01, 0x00];
    /// let d = nlkit::wire::saved::SavedDump::split(&file);
    /// assert_eq!((d.magic, d.messages.len()), (Some(0x12345), 0));
    /// ```
    pub fn split(bytes: &'a [u8]) -> SavedDump<'a> {
        match bytes.split_first_chunk::<MAGIC_LEN>() {
            Some((magic, rest)) => SavedDump {
                magic: Some(u32::from_le_bytes(*magic)),
                messages: rest,
            },
            None => SavedDump {
                magic: None,
                messages: &[],
            },
        }
    }

    /// The messages, checked one by one.
    pub fn iter(&self) -> MessageIter<'a> {
        MessageIter::new(self.messages)
    }
}

/// The bytes a save file starts with.
pub fn magic_bytes(magic: u32) -> [u8; MAGIC_LEN] {
    magic.to_le_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_files_have_no_magic() {
        assert_eq!(SavedDump::split(&[1, 2, 3]).magic, None);
        let d = SavedDump::split(&[0x45, 0x23, 0x01, 0x00, 9]);
        assert_eq!((d.magic, d.messages), (Some(0x0001_2345), &[9u8][..]));
        assert_eq!(magic_bytes(0x0001_2345), [0x45, 0x23, 0x01, 0x00]);
    }
}
