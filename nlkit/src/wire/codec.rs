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
