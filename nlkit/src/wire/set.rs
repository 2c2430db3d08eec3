//! Attribute sets: structs whose fields are attributes, declared once with
//! [`attribute_set!`](crate::attribute_set) (each field bound to its attribute type and a
//! [`Codec`](super::codec::Codec)), parsed leniently and emitted in the order they came.
//!
//! Parsing keeps everything: an attribute the set does not model is kept in `unknown`; a
//! known one whose payload cannot be read is recorded in `malformed` and kept raw in
//! `unknown` too, so `emit(parse(bytes)) == bytes` holds whatever came.

use super::attr::{AttrIter, AttrView, NLA_TYPE_MASK};
use super::build::MessageBuilder;
use super::DecodeError;

/// An attribute kept as it came (type with its flag bits, payload).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawAttribute {
    /// `nla_type`, flag bits included.
    pub attr_type: u16,
    /// The payload.
    pub payload: Vec<u8>,
}

impl RawAttribute {
    /// The attribute `a`, copied.
    pub fn of(a: &AttrView<&[u8]>) -> RawAttribute {
        RawAttribute {
            attr_type: a.raw_type(),
            payload: a.payload().to_vec(),
        }
    }

    /// Appends the attribute as it came.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.attr_bytes(self.attr_type, &self.payload);
    }
}

/// A known attribute whose payload could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// The attribute type.
    pub attr_type: u16,
    /// What was wrong.
    pub error: DecodeError,
}

/// The order attributes came in, so that emission can follow it. Ignored by equality: two
/// sets with the same content are equal however their attributes were ordered.
#[derive(Debug, Clone, Default)]
pub struct AttrOrder(Vec<u16>);

/// The place of an attribute kept in `unknown` (attribute type 0 is never a known field).
const UNKNOWN_SLOT: u16 = 0;

impl AttrOrder {
    /// Records a known attribute (its raw type, flag bits included).
    pub fn push(&mut self, raw_type: u16) {
        self.0.push(raw_type);
    }

    /// Records the place of the next attribute kept in `unknown`.
    pub fn push_unknown(&mut self) {
        self.0.push(UNKNOWN_SLOT);
    }

    /// True when nothing was recorded (a set built by hand).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The recorded raw types, `None` for the places of unknown attributes.
    pub fn iter(&self) -> impl Iterator<Item = Option<u16>> + '_ {
        self.0.iter().map(|&t| (t != UNKNOWN_SLOT).then_some(t))
    }
}

impl PartialEq for AttrOrder {
    fn eq(&self, _: &AttrOrder) -> bool {
        true
    }
}

impl Eq for AttrOrder {}

/// What [`attribute_set!`](crate::attribute_set) implements: reading attributes into the
/// fields and writing them back.
pub trait AttributeSet: Default + Clone + std::fmt::Debug + PartialEq + Eq {
    /// Reads one attribute into its field; an unknown or malformed one is kept raw.
    fn read_attr(&mut self, a: &AttrView<&[u8]>);

    /// Writes the field of attribute type `attr_type` (flags masked) as `raw_type`, when
    /// it is set; true when it was.
    fn write_field(&self, b: &mut MessageBuilder, attr_type: u16, raw_type: u16) -> bool;

    /// The attribute types of the fields, in the order a set built by hand emits them,
    /// with the flag bits each is written with.
    fn field_types() -> &'static [(u16, u16)];

    /// The attributes kept raw.
    fn unknown(&self) -> &[RawAttribute];

    /// The order the attributes came in.
    fn order(&self) -> &AttrOrder;

    /// Reads every attribute of `attrs`; only a broken run of attributes is an error.
    fn read_attrs(&mut self, attrs: AttrIter<'_>) -> Result<(), DecodeError> {
        for a in attrs {
            self.read_attr(&a?);
        }
        Ok(())
    }

    /// Appends the attributes: first in the order they came, then every other field that
    /// is set (in declaration order), then the unknown attributes not yet written. True
    /// when anything was written.
    fn write_attrs(&self, b: &mut MessageBuilder) -> bool {
        let types = Self::field_types();
        // Which fields are written, one bit each (sets have fewer than 128 fields).
        let mut written: u128 = 0;
        let bit = |i: usize| 1u128.checked_shl(i as u32).unwrap_or(0);
        let mut unknown = self.unknown().iter();
        let mut any = false;
        for slot in self.order().iter() {
            match slot {
                None => {
                    if let Some(u) = unknown.next() {
                        u.emit(b);
                        any = true;
                    }
                }
                Some(raw) => {
                    let t = raw & NLA_TYPE_MASK;
                    if let Some(i) = types.iter().position(|&(id, _)| id == t) {
                        if written & bit(i) == 0 && self.write_field(b, t, raw) {
                            written |= bit(i);
                            any = true;
                        }
                    }
                }
            }
        }
        for (i, &(id, flags)) in types.iter().enumerate() {
            if written & bit(i) == 0 && self.write_field(b, id, id | flags) {
                any = true;
            }
        }
        for u in unknown {
            u.emit(b);
            any = true;
        }
        any
    }
}

/// The value of a known attribute, or `None` with the problem recorded in `malformed`: a
/// malformed attribute never costs the whole object.
pub(crate) fn keep<T>(
    malformed: &mut Vec<Malformed>,
    attr_type: u16,
    value: Result<T, DecodeError>,
) -> Option<T> {
    match value {
        Ok(v) => Some(v),
        Err(error) => {
            malformed.push(Malformed { attr_type, error });
            None
        }
    }
}

/// Declares an attribute set: a struct with plain fields (a family header's, filled by
/// the caller) and attribute fields, each `Option<value>` bound to an attribute type and a
/// codec, plus `unknown`, `malformed` and `order`; implements
/// [`AttributeSet`](crate::wire::AttributeSet). A set built by hand emits its fields in
/// declaration order.
///
/// ```
/// use nlkit::wire::{codec, AttrIter, AttributeSet, Flags, MessageBuilder};
/// nlkit::attribute_set! {
///     /// An example.
///     pub struct Example {
///         /// A plain field.
///         pub note: u8,
///     }
///     attributes {
///         /// Attribute 1.
///         pub mtu: codec::U32 = 1,
///         /// Attribute 2.
///         pub name: codec::Str = 2,
///     }
/// }
/// let mut b = MessageBuilder::new(16, Flags::NONE);
/// let e = Example { mtu: Some(1500), name: Some("x".into()), ..Default::default() };
/// e.write_attrs(&mut b);
/// let bytes = b.finish().unwrap();
/// let mut back = Example::default();
/// back.read_attrs(AttrIter::new(&bytes[16..])).unwrap();
/// assert_eq!(back, e);
/// ```
#[macro_export]
macro_rules! attribute_set {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$pmeta:meta])* $pvis:vis $pfield:ident : $pty:ty, )*
        }
        attributes {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $codec:ty = $id:expr, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        $vis struct $name {
            $( $(#[$pmeta])* $pvis $pfield: $pty, )*
            $( $(#[$fmeta])* $fvis $field: Option<<$codec as $crate::wire::codec::Codec>::Value>, )*
            /// Attributes this set does not model (and malformed known ones), as they came.
            pub unknown: Vec<$crate::wire::RawAttribute>,
            /// Known attributes whose payload could not be read.
            pub malformed: Vec<$crate::wire::Malformed>,
            /// The order the attributes came in (emission follows it).
            pub order: $crate::wire::AttrOrder,
        }

        impl $crate::wire::AttributeSet for $name {
            fn read_attr(&mut self, a: &$crate::wire::AttrView<&[u8]>) {
                let t = a.attr_type();
                let _ = t;
                $(
                    if t == $id {
                        match <$codec as $crate::wire::codec::Codec>::decode(a) {
                            Ok(v) => {
                                self.$field = Some(v);
                                self.order.push(a.raw_type());
                            }
                            Err(error) => {
                                self.malformed.push($crate::wire::Malformed { attr_type: t, error });
                                self.unknown.push($crate::wire::RawAttribute::of(a));
                                self.order.push_unknown();
                            }
                        }
                        return;
                    }
                )*
                self.unknown.push($crate::wire::RawAttribute::of(a));
                self.order.push_unknown();
            }

            fn write_field(
                &self,
                b: &mut $crate::wire::MessageBuilder,
                attr_type: u16,
                raw_type: u16,
            ) -> bool {
                $(
                    if attr_type == $id {
                        return match &self.$field {
                            Some(v) => {
                                <$codec as $crate::wire::codec::Codec>::encode(b, raw_type, v);
                                true
                            }
                            None => false,
                        };
                    }
                )*
                let _ = (b, attr_type, raw_type);
                false
            }

            fn field_types() -> &'static [(u16, u16)] {
                &[ $( ($id, <$codec as $crate::wire::codec::Codec>::FLAGS), )* ]
            }

            fn unknown(&self) -> &[$crate::wire::RawAttribute] {
                &self.unknown
            }

            fn order(&self) -> &$crate::wire::AttrOrder {
                &self.order
            }
        }
    };
}
