//! Open enums and flag sets: kernel enumerations grow, so every one we model has named
//! variants for the values we know and `Other(raw)` for the rest, and converts both ways
//! without loss; bit flags are a newtype over the integer with named constants, and bits
//! nlkit has no name for are kept.

/// Declares an open enum over an integer type.
///
/// ```
/// nlkit::open_enum! {
///     /// A colour.
///     pub enum Colour: u8 {
///         /// Red.
///         Red = 1,
///         /// Blue.
///         Blue = 2,
///     }
/// }
/// assert_eq!(Colour::from(2), Colour::Blue);
/// assert_eq!(Colour::from(9), Colour::Other(9));
/// assert_eq!(u8::from(Colour::Other(9)), 9);
/// ```
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $ty:ty {
            $( $(#[$vmeta:meta])* $variant:ident = $value:expr ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of nlkit has no name for.
            Other($ty),
        }

        impl From<$ty> for $name {
            fn from(raw: $ty) -> Self {
                match raw {
                    $( x if x == $value => $name::$variant, )*
                    other => $name::Other(other),
                }
            }
        }

        impl From<$name> for $ty {
            fn from(v: $name) -> $ty {
                match v {
                    $( $name::$variant => $value, )*
                    $name::Other(raw) => raw,
                }
            }
        }

        impl Default for $name {
            /// The value 0.
            fn default() -> Self {
                $name::from(0)
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        /// Ordered by raw value.
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                <$ty>::from(*self).cmp(&<$ty>::from(*other))
            }
        }

        impl $name {
            /// The raw value.
            pub fn raw(self) -> $ty {
                <$ty>::from(self)
            }
        }
    };
}

/// Declares a flag set over an integer type: a newtype with a named constant per bit (or
/// mask), set operations, and a `Debug` that names the bits (`UP|RUNNING|0x40000`).
///
/// ```
/// nlkit::flag_set! {
///     /// Some flags.
///     pub struct Example: u16 {
///         /// Bit 0.
///         const A = 0x1;
///         /// Bit 1.
///         const B = 0x2;
///     }
/// }
/// let f = Example::A | Example::B;
/// assert!(f.contains(Example::A));
/// assert_eq!(f.bits(), 3);
/// assert_eq!(format!("{:?}", f | Example(0x10)), "A|B|0x10");
/// assert_eq!(f.without(Example::A), Example::B);
/// ```
#[macro_export]
macro_rules! flag_set {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : $ty:ty {
            $( $(#[$vmeta:meta])* const $flag:ident = $value:expr ; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
        $vis struct $name(pub $ty);

        #[allow(missing_docs)]
        impl $name {
            $( $(#[$vmeta])* pub const $flag: $name = $name($value); )*
            /// No flag.
            pub const EMPTY: $name = $name(0);
            const NAMES: &'static [(&'static str, $ty)] = &[ $( (stringify!($flag), $value), )* ];

            /// The raw bits.
            pub const fn bits(self) -> $ty {
                self.0
            }
            /// True when every bit of `other` is set.
            pub const fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0
            }
            /// True when any bit of `other` is set.
            pub const fn intersects(self, other: $name) -> bool {
                self.0 & other.0 != 0
            }
            /// True when no bit is set.
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }
            /// These flags without the bits of `other`.
            pub const fn without(self, other: $name) -> $name {
                $name(self.0 & !other.0)
            }
            /// Sets (`on`) or clears the bits of `other`.
            pub fn set(&mut self, other: $name, on: bool) {
                if on {
                    self.0 |= other.0;
                } else {
                    self.0 &= !other.0;
                }
            }
            /// The names of the set bits nlkit knows, in declaration order.
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                $name::NAMES
                    .iter()
                    .filter(move |(_, v)| *v != 0 && self.0 & *v == *v)
                    .map(|(n, _)| *n)
            }
        }

        impl std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, rhs: $name) -> $name {
                $name(self.0 | rhs.0)
            }
        }

        impl std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, rhs: $name) {
                self.0 |= rhs.0;
            }
        }

        impl std::ops::BitAnd for $name {
            type Output = $name;
            fn bitand(self, rhs: $name) -> $name {
                $name(self.0 & rhs.0)
            }
        }

        impl From<$ty> for $name {
            fn from(raw: $ty) -> $name {
                $name(raw)
            }
        }

        impl From<$name> for $ty {
            fn from(v: $name) -> $ty {
                v.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut rest = self.0;
                let mut first = true;
                for (n, v) in $name::NAMES {
                    if *v != 0 && self.0 & *v == *v && rest & *v != 0 {
                        f.write_str(if first { "" } else { "|" })?;
                        f.write_str(n)?;
                        rest &= !*v;
                        first = false;
                    }
                }
                if rest != 0 || first {
                    write!(f, "{}{:#x}", if first { "" } else { "|" }, rest)?;
                }
                Ok(())
            }
        }
    };
}
