//! Attribute codecs: how one attribute's payload is read into a value and written back.
//! [`attribute_set!`](crate::attribute_set) binds each field of an attribute set to an
//! attribute type and one of these codecs, so that parsing and emitting are written once.
//!
//! The codecs name their byte order: [`U32`] is native endian (what almost all netlink
//! attributes use), [`U16Be`] network byte order (ports), and so on.

use super::attr::AttrView;
use super::build::MessageBuilder;
use super::fixed::FixedStruct;
use super::DecodeError;
use std::fmt::Debug;
use std::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Reads and writes one attribute payload as a value.
pub trait Codec {
    /// The value held in the field.
    type Value: Clone + Debug + PartialEq + Eq;
    /// Reads the payload of `a`.
    fn decode(a: &AttrView<&[u8]>) -> Result<Self::Value, DecodeError>;
    /// Appends the attribute of raw type `raw_type` holding `v`.
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Self::Value);
    /// The flag bits a field set by hand is written with (`NLA_F_NESTED` for nests).
    const FLAGS: u16 = 0;
}

macro_rules! simple_codec {
    ($(#[$m:meta])* $name:ident, $v:ty, $get:ident, $put:ident) => {
        $(#[$m])*
        #[derive(Debug)]
        pub struct $name;
        impl Codec for $name {
            type Value = $v;
            fn decode(a: &AttrView<&[u8]>) -> Result<$v, DecodeError> {
                a.$get()
            }
            fn encode(b: &mut MessageBuilder, raw_type: u16, v: &$v) {
                b.$put(raw_type, *v);
            }
        }
    };
}

simple_codec!(/** A `u8`. */ U8, u8, u8, attr_u8);
simple_codec!(/** A native-endian `u16`. */ U16, u16, u16_ne, attr_u16_ne);
simple_codec!(/** A big-endian `u16` (held in host order). */ U16Be, u16, u16_be, attr_u16_be);
simple_codec!(/** A native-endian `u32`. */ U32, u32, u32_ne, attr_u32_ne);
simple_codec!(/** A big-endian `u32` (held in host order). */ U32Be, u32, u32_be, attr_u32_be);
simple_codec!(/** A native-endian `u64`. */ U64, u64, u64_ne, attr_u64_ne);
simple_codec!(/** A big-endian `u64` (held in host order). */ U64Be, u64, u64_be, attr_u64_be);
simple_codec!(/** A native-endian `i32`. */ I32, i32, i32_ne, attr_i32_ne);
simple_codec!(/** An IPv4 address. */ Ipv4, Ipv4Addr, ipv4, attr_ipv4);
simple_codec!(/** An IPv6 address. */ Ipv6, Ipv6Addr, ipv6, attr_ipv6);
simple_codec!(/** An IPv4 or IPv6 address (4 or 16 bytes). */ Ip, IpAddr, ip, attr_ip);

/// A `u8` that is 0 or not (`on`/`off` options): `true` is written as 1.
#[derive(Debug)]
pub struct BoolU8;
impl Codec for BoolU8 {
    type Value = bool;
    fn decode(a: &AttrView<&[u8]>) -> Result<bool, DecodeError> {
        Ok(a.u8()? != 0)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &bool) {
        b.attr_u8(raw_type, u8::from(*v));
    }
}

/// A flag attribute (no payload): its field is `Some(())` when present. An attribute of
/// the type that carries a payload is malformed (kept raw, so its bytes are not lost).
#[derive(Debug)]
pub struct Flag;
impl Codec for Flag {
    type Value = ();
    fn decode(a: &AttrView<&[u8]>) -> Result<(), DecodeError> {
        a.flag().map(|_| ())
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, _: &()) {
        b.attr_flag(raw_type);
    }
}

/// A switch that requests send as a flag attribute and the kernel reports as a `u8`
/// (`IFLA_VXLAN_TTL_INHERIT`); each form is kept as it came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    /// The flag form (no payload): on.
    Flag,
    /// The `u8` form: on unless 0.
    Byte(u8),
}

impl Switch {
    /// True when the switch is on.
    pub fn is_on(self) -> bool {
        self != Switch::Byte(0)
    }
}

/// The codec of a [`Switch`].
#[derive(Debug)]
pub struct FlagOrU8;
impl Codec for FlagOrU8 {
    type Value = Switch;
    fn decode(a: &AttrView<&[u8]>) -> Result<Switch, DecodeError> {
        if a.payload().is_empty() {
            Ok(Switch::Flag)
        } else {
            a.u8().map(Switch::Byte)
        }
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Switch) {
        match v {
            Switch::Flag => b.attr_flag(raw_type),
            Switch::Byte(x) => b.attr_u8(raw_type, *x),
        };
    }
}

/// A string, written with its terminating NUL (read with or without one).
#[derive(Debug)]
pub struct Str;
impl Codec for Str {
    type Value = String;
    fn decode(a: &AttrView<&[u8]>) -> Result<String, DecodeError> {
        a.string().map(str::to_owned)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &String) {
        b.attr_str(raw_type, v);
    }
}

/// A string written without a NUL, as iproute2 sends some (`IFLA_IFALIAS`,
/// `IFLA_INFO_KIND`); read with or without one.
#[derive(Debug)]
pub struct StrNoNul;
impl Codec for StrNoNul {
    type Value = String;
    fn decode(a: &AttrView<&[u8]>) -> Result<String, DecodeError> {
        a.string().map(str::to_owned)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &String) {
        b.attr_str_no_nul(raw_type, v);
    }
}

/// Raw bytes (hardware addresses, opaque payloads).
#[derive(Debug)]
pub struct Bytes;
impl Codec for Bytes {
    type Value = Vec<u8>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<u8>, DecodeError> {
        Ok(a.payload().to_vec())
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<u8>) {
        b.attr_bytes(raw_type, v);
    }
}

/// A nest holding another attribute set `T`, written without `NLA_F_NESTED` when set by
/// hand (old nests that iproute2 sends so, such as `IFLA_XDP`).
#[derive(Debug)]
pub struct NestedPlain<T>(PhantomData<T>);
impl<T: super::set::AttributeSet> Codec for NestedPlain<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        Nested::<T>::decode(a)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        Nested::<T>::encode(b, raw_type, v);
    }
}

/// A nest kept as raw bytes (its attributes unparsed), written with `NLA_F_NESTED` when
/// set by hand.
#[derive(Debug)]
pub struct NestedBytes;
impl Codec for NestedBytes {
    type Value = Vec<u8>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<u8>, DecodeError> {
        Ok(a.payload().to_vec())
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<u8>) {
        b.attr_bytes(raw_type, v);
    }
    const FLAGS: u16 = super::attr::NLA_F_NESTED;
}

/// A fixed C structure (see [`crate::wire::rtnl`]); a longer payload is read up to the
/// structure's size, a shorter one is an error.
#[derive(Debug)]
pub struct Struct<S>(PhantomData<S>);
impl<S: FixedStruct + Debug + PartialEq + Eq> Codec for Struct<S> {
    type Value = S;
    fn decode(a: &AttrView<&[u8]>) -> Result<S, DecodeError> {
        S::parse(a.payload()).map_err(|e| e.at(super::attr::ATTR_HEADER_LEN))
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &S) {
        b.attr_struct(raw_type, v);
    }
}

/// A `u8` read as an open enum or flag set `T` (such as a route protocol).
#[derive(Debug)]
pub struct Enum8<T>(PhantomData<T>);
impl<T: From<u8> + Into<u8> + Copy + Debug + PartialEq + Eq> Codec for Enum8<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        a.u8().map(T::from)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        b.attr_u8(raw_type, (*v).into());
    }
}

/// A native-endian `u16` read as an open enum or flag set `T`.
#[derive(Debug)]
pub struct Enum16<T>(PhantomData<T>);
impl<T: From<u16> + Into<u16> + Copy + Debug + PartialEq + Eq> Codec for Enum16<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        a.u16_ne().map(T::from)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        b.attr_u16_ne(raw_type, (*v).into());
    }
}

/// A native-endian `u32` read as an open enum or flag set `T`.
#[derive(Debug)]
pub struct Enum32<T>(PhantomData<T>);
impl<T: From<u32> + Into<u32> + Copy + Debug + PartialEq + Eq> Codec for Enum32<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        a.u32_ne().map(T::from)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        b.attr_u32_ne(raw_type, (*v).into());
    }
}

/// A nest holding another attribute set `T` (written with `NLA_F_NESTED` when set by
/// hand; a parsed nest keeps the flags it came with).
#[derive(Debug)]
pub struct Nested<T>(PhantomData<T>);
impl<T: super::set::AttributeSet> Codec for Nested<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        let mut v = T::default();
        v.read_attrs(a.nested())?;
        Ok(v)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        let n = b.nest_start_flags(raw_type);
        v.write_attrs(b);
        b.nest_end(n);
    }
    const FLAGS: u16 = super::attr::NLA_F_NESTED;
}

/// An attribute that may repeat (`multi-attr`): in an
/// [`attribute_set!`](crate::attribute_set) its field is a `Vec` of `C`'s values, one per
/// occurrence, emitted in the places they came.
#[derive(Debug)]
pub struct Multi<C>(PhantomData<C>);

/// The payload of `a` as exactly `N` bytes.
fn exact<const N: usize>(a: &AttrView<&[u8]>) -> Result<[u8; N], DecodeError> {
    a.payload()
        .try_into()
        .map_err(|_| wrong_size(N, a.payload().len()))
}

fn wrong_size(expected: usize, found: usize) -> DecodeError {
    DecodeError::new(
        "attribute payload",
        super::attr::ATTR_HEADER_LEN,
        super::DecodeErrorKind::WrongSize { expected, found },
    )
}

/// A fixed-size integer that arrays of them ([`Array`]) are made of.
pub trait Element {
    /// The integer.
    type Value: Copy + Debug + PartialEq + Eq;
    /// Its size in bytes.
    const SIZE: usize;
    /// Reads one from `b` (exactly `SIZE` bytes).
    fn read(b: &[u8]) -> Self::Value;
    /// Appends one to `out`.
    fn write(v: Self::Value, out: &mut Vec<u8>);
}

macro_rules! element {
    ($($name:ident, $v:ty, $from:ident, $to:ident;)*) => {$(
        impl Element for $name {
            type Value = $v;
            const SIZE: usize = std::mem::size_of::<$v>();
            fn read(b: &[u8]) -> $v {
                let mut x = [0u8; std::mem::size_of::<$v>()];
                if let Some(s) = b.get(..Self::SIZE) {
                    x.copy_from_slice(s);
                }
                <$v>::$from(x)
            }
            fn write(v: $v, out: &mut Vec<u8>) {
                out.extend_from_slice(&v.$to());
            }
        }
    )*};
}

macro_rules! int_codec {
    ($($(#[$m:meta])* $name:ident, $v:ty, $from:ident, $to:ident;)*) => {$(
        $(#[$m])*
        #[derive(Debug)]
        pub struct $name;
        impl Codec for $name {
            type Value = $v;
            fn decode(a: &AttrView<&[u8]>) -> Result<$v, DecodeError> {
                exact(a).map(<$v>::$from)
            }
            fn encode(b: &mut MessageBuilder, raw_type: u16, v: &$v) {
                b.attr_bytes(raw_type, &v.$to());
            }
        }
    )*};
}

int_codec! {
    /// An `i8`.
    I8, i8, from_ne_bytes, to_ne_bytes;
    /// A native-endian `i16`.
    I16, i16, from_ne_bytes, to_ne_bytes;
    /// A native-endian `i64`.
    I64, i64, from_ne_bytes, to_ne_bytes;
    /// A big-endian `i16` (held in host order).
    I16Be, i16, from_be_bytes, to_be_bytes;
    /// A big-endian `i32` (held in host order).
    I32Be, i32, from_be_bytes, to_be_bytes;
    /// A big-endian `i64` (held in host order).
    I64Be, i64, from_be_bytes, to_be_bytes;
    /// A little-endian `u16` (held in host order).
    U16Le, u16, from_le_bytes, to_le_bytes;
    /// A little-endian `u32` (held in host order).
    U32Le, u32, from_le_bytes, to_le_bytes;
    /// A little-endian `u64` (held in host order).
    U64Le, u64, from_le_bytes, to_le_bytes;
}

element! {
    U8, u8, from_ne_bytes, to_ne_bytes;
    U16, u16, from_ne_bytes, to_ne_bytes;
    U32, u32, from_ne_bytes, to_ne_bytes;
    U64, u64, from_ne_bytes, to_ne_bytes;
    I8, i8, from_ne_bytes, to_ne_bytes;
    I16, i16, from_ne_bytes, to_ne_bytes;
    I32, i32, from_ne_bytes, to_ne_bytes;
    I64, i64, from_ne_bytes, to_ne_bytes;
    U16Be, u16, from_be_bytes, to_be_bytes;
    U32Be, u32, from_be_bytes, to_be_bytes;
    U64Be, u64, from_be_bytes, to_be_bytes;
}

/// A payload that is a C array of integers `E` (a binary attribute with a `sub-type`):
/// as many as it holds; a payload that is not a whole number of them is malformed.
#[derive(Debug)]
pub struct Array<E>(PhantomData<E>);
impl<E: Element> Codec for Array<E> {
    type Value = Vec<E::Value>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<E::Value>, DecodeError> {
        let p = a.payload();
        if !p.len().is_multiple_of(E::SIZE) {
            return Err(wrong_size(p.len() / E::SIZE * E::SIZE + E::SIZE, p.len()));
        }
        Ok(p.chunks_exact(E::SIZE).map(E::read).collect())
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<E::Value>) {
        let mut bytes = Vec::with_capacity(v.len() * E::SIZE);
        for x in v {
            E::write(*x, &mut bytes);
        }
        b.attr_bytes(raw_type, &bytes);
    }
}

/// A variable-size unsigned integer (`uint`, the kernel's `NLA_UINT`): 4 or 8 bytes,
/// native endian; written in 4 bytes when the value fits, as the kernel does.
#[derive(Debug)]
pub struct Uint;
impl Codec for Uint {
    type Value = u64;
    fn decode(a: &AttrView<&[u8]>) -> Result<u64, DecodeError> {
        match a.payload().len() {
            4 => exact(a).map(u32::from_ne_bytes).map(u64::from),
            _ => exact(a).map(u64::from_ne_bytes),
        }
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &u64) {
        match u32::try_from(*v) {
            Ok(small) => b.attr_u32_ne(raw_type, small),
            Err(_) => b.attr_u64_ne(raw_type, *v),
        };
    }
}

/// A variable-size signed integer (`sint`, `NLA_SINT`): 4 or 8 bytes, native endian;
/// written in 4 bytes when the value fits.
#[derive(Debug)]
pub struct Sint;
impl Codec for Sint {
    type Value = i64;
    fn decode(a: &AttrView<&[u8]>) -> Result<i64, DecodeError> {
        match a.payload().len() {
            4 => exact(a).map(i32::from_ne_bytes).map(i64::from),
            _ => exact(a).map(i64::from_ne_bytes),
        }
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &i64) {
        match i32::try_from(*v) {
            Ok(small) => b.attr_bytes(raw_type, &small.to_ne_bytes()),
            Err(_) => b.attr_bytes(raw_type, &v.to_ne_bytes()),
        };
    }
}

crate::fixed_struct! {
    /// `struct nla_bitfield32` (`bitfield32` attributes): the bits to set and which bits
    /// the request changes. Read with [`Struct`]`<Bitfield32>`.
    pub struct Bitfield32("nla_bitfield32") {
        /// `value`: the bits.
        pub value: u32,
        /// `selector`: the bits of `value` that count.
        pub selector: u32,
    }
}

/// A native-endian `u64` read as an open enum or flag set `T`.
#[derive(Debug)]
pub struct Enum64<T>(PhantomData<T>);
impl<T: From<u64> + Into<u64> + Copy + Debug + PartialEq + Eq> Codec for Enum64<T> {
    type Value = T;
    fn decode(a: &AttrView<&[u8]>) -> Result<T, DecodeError> {
        a.u64_ne().map(T::from)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &T) {
        b.attr_u64_ne(raw_type, (*v).into());
    }
}

/// An indexed array (`indexed-array`): a nest whose attributes are the elements, each
/// read with `C`, its attribute type the element's index. The field holds
/// `(index, element)` pairs in the order they came; the index is the element's raw
/// `nla_type`, flag bits included, so that it is written back as it came (set
/// `NLA_F_NESTED` on the index of nested elements built by hand).
#[derive(Debug)]
pub struct IndexedArray<C>(PhantomData<C>);
impl<C: Codec> Codec for IndexedArray<C> {
    type Value = Vec<(u16, C::Value)>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Self::Value, DecodeError> {
        a.nested()
            .map(|e| {
                let e = e?;
                Ok((e.raw_type(), C::decode(&e)?))
            })
            .collect()
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Self::Value) {
        let n = b.nest_start_flags(raw_type);
        for (index, e) in v {
            C::encode(b, *index, e);
        }
        b.nest_end(n);
    }
    const FLAGS: u16 = super::attr::NLA_F_NESTED;
}

/// `C`'s value in a `Box`: for a nest that holds, at some depth, a set of its own kind
/// (a set cannot hold itself by value).
#[derive(Debug)]
pub struct Boxed<C>(PhantomData<C>);
impl<C: Codec> Codec for Boxed<C> {
    type Value = Box<C::Value>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Box<C::Value>, DecodeError> {
        C::decode(a).map(Box::new)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Box<C::Value>) {
        C::encode(b, raw_type, v);
    }
    const FLAGS: u16 = C::FLAGS;
}

/// A fixed structure and the bytes that followed it in the attribute: what a newer kernel
/// appended, or the C structure's tail padding that a spec leaves out. Reads through to the
/// structure (`Deref`); the bytes are written back after it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Trailing<S> {
    /// The structure.
    pub value: S,
    /// The bytes after it (empty for a structure built by hand).
    pub trailing: Vec<u8>,
}

impl<S> From<S> for Trailing<S> {
    fn from(value: S) -> Self {
        Trailing {
            value,
            trailing: Vec::new(),
        }
    }
}

impl<S> std::ops::Deref for Trailing<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.value
    }
}

impl<S> std::ops::DerefMut for Trailing<S> {
    fn deref_mut(&mut self) -> &mut S {
        &mut self.value
    }
}

/// A fixed structure with whatever follows it kept ([`Trailing`]); a payload shorter than
/// the structure is malformed.
#[derive(Debug)]
pub struct StructTrailing<S>(PhantomData<S>);
impl<S: FixedStruct + Debug + PartialEq + Eq> Codec for StructTrailing<S> {
    type Value = Trailing<S>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Trailing<S>, DecodeError> {
        let value = Struct::<S>::decode(a)?;
        let trailing = a.payload().get(S::LEN..).unwrap_or(&[]).to_vec();
        Ok(Trailing { value, trailing })
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Trailing<S>) {
        let mut bytes = v.value.to_vec();
        bytes.extend_from_slice(&v.trailing);
        b.attr_bytes(raw_type, &bytes);
    }
}
