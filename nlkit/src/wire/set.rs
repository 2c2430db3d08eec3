//! Attribute sets: structs whose fields are attributes, declared once with
//! [`attribute_set!`](crate::attribute_set) (each field bound to its attribute type and a
//! [`Codec`]), parsed leniently and emitted in the order they came.
//!
//! Parsing keeps everything: an attribute the set does not model is kept in `unknown`; a
//! known one whose payload cannot be read is recorded in `malformed` and kept raw in
//! `unknown` too, so `emit(parse(bytes)) == bytes` holds whatever came.

use super::attr::{AttrIter, AttrView, NLA_TYPE_MASK};
use super::build::MessageBuilder;
use super::codec::{Codec, Multi};
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
pub struct AttrOrder(Vec<u32>);

/// The place of an attribute kept in `unknown` (outside the range of raw types, so that
/// every type, 0 included, can be a known field: the sock_diag families number their
/// attributes from 0).
const UNKNOWN_SLOT: u32 = u32::MAX;

impl AttrOrder {
    /// Records a known attribute (its raw type, flag bits included).
    pub fn push(&mut self, raw_type: u16) {
        self.0.push(u32::from(raw_type));
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
        self.0.iter().map(|&t| u16::try_from(t).ok())
    }
}

impl PartialEq for AttrOrder {
    fn eq(&self, _: &AttrOrder) -> bool {
        true
    }
}

impl Eq for AttrOrder {}

/// How a field of an attribute set holds its attribute: a [`Codec`] gives an `Option` (the
/// attribute once), [`Multi`] a `Vec` (an attribute that may repeat, in the order the
/// occurrences came).
pub trait Field {
    /// The field's type.
    type Slot: Default + Clone + std::fmt::Debug + PartialEq + Eq;
    /// The flag bits a field set by hand is written with.
    const FLAGS: u16;
    /// Reads one occurrence of the attribute into the field.
    fn read(slot: &mut Self::Slot, a: &AttrView<&[u8]>) -> Result<(), DecodeError>;
    /// Writes occurrence `nth` (from 0) of the field as `raw_type`; false when it has none.
    fn write_nth(slot: &Self::Slot, b: &mut MessageBuilder, raw_type: u16, nth: usize) -> bool;
}

impl<C: Codec> Field for C {
    type Slot = Option<C::Value>;
    const FLAGS: u16 = C::FLAGS;
    fn read(slot: &mut Self::Slot, a: &AttrView<&[u8]>) -> Result<(), DecodeError> {
        *slot = Some(C::decode(a)?);
        Ok(())
    }
    fn write_nth(slot: &Self::Slot, b: &mut MessageBuilder, raw_type: u16, nth: usize) -> bool {
        match slot {
            Some(v) if nth == 0 => {
                C::encode(b, raw_type, v);
                true
            }
            _ => false,
        }
    }
}

impl<C: Codec> Field for Multi<C> {
    type Slot = Vec<C::Value>;
    const FLAGS: u16 = C::FLAGS;
    fn read(slot: &mut Self::Slot, a: &AttrView<&[u8]>) -> Result<(), DecodeError> {
        slot.push(C::decode(a)?);
        Ok(())
    }
    fn write_nth(slot: &Self::Slot, b: &mut MessageBuilder, raw_type: u16, nth: usize) -> bool {
        match slot.get(nth) {
            Some(v) => {
                C::encode(b, raw_type, v);
                true
            }
            None => false,
        }
    }
}

/// What [`attribute_set!`](crate::attribute_set) implements: reading attributes into the
/// fields and writing them back.
pub trait AttributeSet: Default + Clone + std::fmt::Debug + PartialEq + Eq {
    /// Reads one attribute into its field; an unknown or malformed one is kept raw.
    fn read_attr(&mut self, a: &AttrView<&[u8]>);

    /// Writes the field of attribute type `attr_type` (flags masked) as `raw_type`, when
    /// it is set; true when it was.
    fn write_field(&self, b: &mut MessageBuilder, attr_type: u16, raw_type: u16) -> bool {
        self.write_field_nth(b, attr_type, raw_type, 0)
    }

    /// Writes occurrence `nth` (from 0) of the field of attribute type `attr_type` as
    /// `raw_type`; true when the field has it (only a repeated attribute has more than
    /// one).
    fn write_field_nth(
        &self,
        b: &mut MessageBuilder,
        attr_type: u16,
        raw_type: u16,
        nth: usize,
    ) -> bool;

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
    /// is set (in declaration order; the rest of a repeated one), then the unknown
    /// attributes not yet written. True when anything was written.
    fn write_attrs(&self, b: &mut MessageBuilder) -> bool {
        let types = Self::field_types();
        // How many occurrences of each field are written (on the stack for most sets).
        let mut small = [0usize; 64];
        let mut large = Vec::new();
        let written: &mut [usize] = match small.get_mut(..types.len()) {
            Some(s) => s,
            None => {
                large.resize(types.len(), 0);
                &mut large
            }
        };
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
                        if self.write_field_nth(b, t, raw, written[i]) {
                            written[i] += 1;
                            any = true;
                        }
                    }
                }
            }
        }
        for (i, &(id, flags)) in types.iter().enumerate() {
            while self.write_field_nth(b, id, id | flags, written[i]) {
                written[i] += 1;
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
/// codec (a `Vec` of values with [`codec::Multi`](crate::wire::codec::Multi), for an
/// attribute that repeats), plus `unknown`, `malformed` and `order`; implements
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
            $( $(#[$fmeta])* $fvis $field: <$codec as $crate::wire::set::Field>::Slot, )*
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
                        match <$codec as $crate::wire::set::Field>::read(&mut self.$field, a) {
                            Ok(()) => {
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

            fn write_field_nth(
                &self,
                b: &mut $crate::wire::MessageBuilder,
                attr_type: u16,
                raw_type: u16,
                nth: usize,
            ) -> bool {
                $(
                    if attr_type == $id {
                        return <$codec as $crate::wire::set::Field>::write_nth(
                            &self.$field, b, raw_type, nth,
                        );
                    }
                )*
                let _ = (b, attr_type, raw_type, nth);
                false
            }

            fn field_types() -> &'static [(u16, u16)] {
                &[ $( ($id, <$codec as $crate::wire::set::Field>::FLAGS), )* ]
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

#[cfg(test)]
mod tests {
    use crate::wire::{codec, AttrIter, AttributeSet, Flags, MessageBuilder};

    crate::attribute_set! {
        /// Repeated attributes, arrays and variable-size integers.
        struct Mixed {}
        attributes {
            /// A repeated `u16`.
            tags: codec::Multi<codec::U16> = 1,
            /// A `uint`.
            big: codec::Uint = 2,
            /// An indexed array of `u32`.
            counters: codec::IndexedArray<codec::U32> = 3,
            /// A C array of `u64`.
            raw: codec::Array<codec::U64> = 4,
            /// A nest of its own kind.
            sub: codec::Boxed<codec::Nested<Mixed>> = 5,
        }
    }

    fn bytes(m: &Mixed) -> Vec<u8> {
        let mut b = MessageBuilder::new(16, Flags::NONE);
        m.write_attrs(&mut b);
        b.finish().unwrap()[16..].to_vec()
    }

    fn parse(bytes: &[u8]) -> Mixed {
        let mut m = Mixed::default();
        m.read_attrs(AttrIter::new(bytes)).unwrap();
        m
    }

    #[test]
    fn repeated_attributes_keep_their_places() {
        let mut b = MessageBuilder::new(16, Flags::NONE);
        b.attr_u16_ne(1, 7)
            .attr_u32_ne(2, 9)
            .attr_u16_ne(1, 8)
            .attr_u64_ne(2, 1 << 40);
        let wire = b.finish().unwrap()[16..].to_vec();
        let m = parse(&wire);
        assert_eq!(m.tags, [7, 8]);
        assert_eq!(
            m.big,
            Some(1 << 40),
            "the last occurrence of a single field wins"
        );
        assert!(m.malformed.is_empty());
        // Interleaved as they came: tag, big, tag (the second `big` is written once, in
        // the first one's place, in its 8-byte form).
        let again = parse(&bytes(&m));
        assert_eq!(again, m);
        let built = Mixed {
            tags: vec![1, 2, 3],
            ..Default::default()
        };
        assert_eq!(parse(&bytes(&built)).tags, [1, 2, 3]);
    }

    crate::attribute_set! {
        /// A set numbered from 0, as the sock_diag families are.
        struct FromZero {}
        attributes {
            /// Attribute 0.
            first: codec::U32 = 0,
            /// Attribute 1.
            second: codec::U8 = 1,
        }
    }

    #[test]
    fn attribute_type_zero_is_a_field_like_any_other() {
        let mut b = MessageBuilder::new(16, Flags::NONE);
        b.attr_u8(1, 7).attr_u32_ne(9, 1).attr_u32_ne(0, 5);
        let wire = b.finish().unwrap()[16..].to_vec();
        let mut m = FromZero::default();
        m.read_attrs(AttrIter::new(&wire)).unwrap();
        assert_eq!((m.first, m.second, m.unknown.len()), (Some(5), Some(7), 1));
        let mut b = MessageBuilder::new(16, Flags::NONE);
        m.write_attrs(&mut b);
        assert_eq!(
            &b.finish().unwrap()[16..],
            &wire[..],
            "in the order they came"
        );
    }

    #[test]
    fn arrays_uints_and_boxed_nests_round_trip() {
        let m = Mixed {
            big: Some(5),
            counters: Some(vec![(1, 10), (2, 20)]),
            raw: Some(vec![1, u64::MAX]),
            sub: Some(Box::new(Mixed {
                tags: vec![4],
                ..Default::default()
            })),
            ..Default::default()
        };
        let wire = bytes(&m);
        // `uint` 5 is written in 4 bytes.
        assert_eq!(&wire[..8], &[8, 0, 2, 0, 5, 0, 0, 0]);
        let back = parse(&wire);
        assert_eq!(back, m);
        assert_eq!(bytes(&back), wire);
        let mut odd = MessageBuilder::new(16, Flags::NONE);
        odd.attr_bytes(4, &[0; 12]);
        let odd = odd.finish().unwrap()[16..].to_vec();
        let p = parse(&odd);
        assert_eq!((&p.raw, p.malformed.len()), (&None, 1));
        assert_eq!(bytes(&p), odd, "a malformed array is kept raw");
    }
}
