//! Fixed C structures: the family headers that follow `nlmsghdr` (`ifinfomsg`, `rtmsg`,
//! `ndmsg`, ...) and the structures carried inside attributes (`rtnexthop`,
//! `nexthop_grp`, ...). Each is declared once with [`fixed_struct!`](crate::fixed_struct),
//! which computes the field offsets; nothing else in nlkit reads a fixed structure by byte
//! offset.
//!
//! [`FamilyMessage`] is the checked view of a message payload: its family header and the
//! attributes after it, with decode errors placed at their offset in the message.

use super::attr::AttrIter;
use super::nlmsg::HEADER_LEN;
use super::{align, DecodeError};

/// The largest fixed structure [`fixed_struct!`](crate::fixed_struct) accepts (it is
/// written through a stack buffer of this size).
pub const MAX_FIXED_LEN: usize = 128;

/// A field of a fixed structure: its size and its byte order (native, as the kernel's
/// structures are, unless the type says otherwise, such as [`Be16`]).
pub trait Field: Copy + Default {
    /// Size in bytes.
    const SIZE: usize;
    /// Reads the field from the start of `b`; missing bytes read as zero.
    fn read(b: &[u8]) -> Self;
    /// Writes the field to the start of `out` (as much as fits).
    fn write(self, out: &mut [u8]);
}

fn copy_in<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut x = [0u8; N];
    let n = b.len().min(N);
    x[..n].copy_from_slice(&b[..n]);
    x
}

fn copy_out(src: &[u8], out: &mut [u8]) {
    let n = src.len().min(out.len());
    out[..n].copy_from_slice(&src[..n]);
}

macro_rules! native_fields {
    ($($t:ty),*) => {$(
        impl Field for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            fn read(b: &[u8]) -> Self {
                <$t>::from_ne_bytes(copy_in(b))
            }
            fn write(self, out: &mut [u8]) {
                copy_out(&self.to_ne_bytes(), out);
            }
        }
    )*};
}
native_fields!(u8, i8, u16, i16, u32, i32, u64, i64);

impl<const N: usize> Field for [u8; N]
where
    [u8; N]: Default,
{
    const SIZE: usize = N;
    fn read(b: &[u8]) -> Self {
        copy_in(b)
    }
    fn write(self, out: &mut [u8]) {
        copy_out(&self, out);
    }
}

/// A big-endian (network byte order) `u16` field, held in host order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Be16(pub u16);

/// A big-endian (network byte order) `u32` field, held in host order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Be32(pub u32);

impl Field for Be16 {
    const SIZE: usize = 2;
    fn read(b: &[u8]) -> Self {
        Be16(u16::from_be_bytes(copy_in(b)))
    }
    fn write(self, out: &mut [u8]) {
        copy_out(&self.0.to_be_bytes(), out);
    }
}

impl Field for Be32 {
    const SIZE: usize = 4;
    fn read(b: &[u8]) -> Self {
        Be32(u32::from_be_bytes(copy_in(b)))
    }
    fn write(self, out: &mut [u8]) {
        copy_out(&self.0.to_be_bytes(), out);
    }
}

/// A fixed C structure declared with [`fixed_struct!`](crate::fixed_struct).
pub trait FixedStruct: Sized + Copy + Default {
    /// The C name, for errors (`"rtmsg"`).
    const NAME: &'static str;
    /// Its size in bytes (`sizeof`).
    const LEN: usize;

    /// Reads the fields from `b`, which holds at least [`LEN`](Self::LEN) bytes.
    fn read_fields(b: &[u8]) -> Self;

    /// Writes the fields into `out` (at least [`LEN`](Self::LEN) bytes).
    fn write_fields(&self, out: &mut [u8]);

    /// Reads the structure from the start of `b`; fewer than `LEN` bytes is an error.
    fn parse(b: &[u8]) -> Result<Self, DecodeError> {
        if b.len() < Self::LEN {
            return Err(DecodeError::truncated(Self::NAME, 0, Self::LEN, b.len()));
        }
        Ok(Self::read_fields(b))
    }

    /// Reads a structure that grew or shrank across kernel versions: missing bytes read as
    /// zero, extra bytes are ignored.
    fn parse_lenient(b: &[u8]) -> Self {
        let mut full = [0u8; MAX_FIXED_LEN];
        let n = b.len().min(Self::LEN).min(MAX_FIXED_LEN);
        full[..n].copy_from_slice(&b[..n]);
        Self::read_fields(&full)
    }

    /// Appends the structure's bytes to `out`.
    fn append_to(&self, out: &mut Vec<u8>) {
        let mut buf = [0u8; MAX_FIXED_LEN];
        let len = Self::LEN.min(MAX_FIXED_LEN);
        self.write_fields(&mut buf[..len]);
        out.extend_from_slice(&buf[..len]);
    }

    /// The structure's bytes.
    fn to_vec(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(Self::LEN);
        self.append_to(&mut v);
        v
    }
}

/// Declares a fixed C structure: a plain struct of [`Field`]s in declaration order (native
/// byte order unless a field's type says otherwise), with [`FixedStruct`] implemented.
/// Padding and reserved members are declared like other fields.
///
/// ```
/// use nlkit::wire::FixedStruct;
/// nlkit::fixed_struct! {
///     /// `struct example`.
///     pub struct Example("example") {
///         /// A byte.
///         pub a: u8,
///         /// Padding.
///         pub pad: u8,
///         /// A native-endian `u16`.
///         pub b: u16,
///     }
/// }
/// assert_eq!(Example::LEN, 4);
/// let e = Example::parse(&[1, 0, 2, 0]).unwrap();
/// assert_eq!((e.a, e.b), (1, u16::from_ne_bytes([2, 0])));
/// assert_eq!(e.to_vec(), [1, 0, 2, 0]);
/// assert!(Example::parse(&[1, 0]).is_err());
/// ```
#[macro_export]
macro_rules! fixed_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident ($cname:literal) {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty, )*
        }

        impl $crate::wire::FixedStruct for $name {
            const NAME: &'static str = $cname;
            const LEN: usize = 0 $( + <$ty as $crate::wire::fixed::Field>::SIZE )*;

            fn read_fields(b: &[u8]) -> Self {
                let mut at = 0usize;
                $(
                    let $field = <$ty as $crate::wire::fixed::Field>::read(b.get(at..).unwrap_or(&[]));
                    at += <$ty as $crate::wire::fixed::Field>::SIZE;
                )*
                let _ = at;
                $name { $( $field, )* }
            }

            fn write_fields(&self, out: &mut [u8]) {
                let mut at = 0usize;
                $(
                    if let Some(o) = out.get_mut(at..) {
                        $crate::wire::fixed::Field::write(self.$field, o);
                    }
                    at += <$ty as $crate::wire::fixed::Field>::SIZE;
                )*
                let _ = at;
            }
        }

        const _: () = assert!(
            <$name as $crate::wire::FixedStruct>::LEN <= $crate::wire::fixed::MAX_FIXED_LEN
        );
    };
}

/// A checked view of a message payload (what follows `nlmsghdr`): the family header `H`
/// and the attributes after it (from the header's aligned end). Decode errors of the
/// attributes carry their offset in the whole message.
#[derive(Debug, Clone, Copy)]
pub struct FamilyMessage<'a, H> {
    /// The family header.
    pub header: H,
    attrs: &'a [u8],
}

impl<'a, H: FixedStruct> FamilyMessage<'a, H> {
    /// Reads the family header of `payload`; a payload shorter than it is an error.
    pub fn parse(payload: &'a [u8]) -> Result<Self, DecodeError> {
        let header = H::parse(payload).map_err(|e| e.at(HEADER_LEN))?;
        let attrs = payload.get(align(H::LEN)..).unwrap_or(&[]);
        Ok(FamilyMessage { header, attrs })
    }

    /// The attributes, each error placed at its offset in the message.
    pub fn attrs(&self) -> AttrIter<'a> {
        AttrIter::with_base(self.attrs, HEADER_LEN + align(H::LEN))
    }

    /// The attribute bytes.
    pub fn attribute_bytes(&self) -> &'a [u8] {
        self.attrs
    }
}
