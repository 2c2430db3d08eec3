//! Open enums: kernel enumerations grow, so every one we model has named variants for the
//! values we know and `Other(raw)` for the rest, and converts both ways without loss.

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
    };
}
