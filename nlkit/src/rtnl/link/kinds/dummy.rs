//! `dummy`: a device that drops everything it is sent (no data).

crate::attribute_set! {
    /// `dummy` data: the kind has no options, so nothing the kernel might send is lost.
    pub struct Dummy {}
    attributes {}
}
