//! `ifb`: an intermediate functional block device (redirected traffic; no data).

crate::attribute_set! {
    /// `ifb` data: the kind has no options, so nothing the kernel might send is lost.
    pub struct Ifb {}
    attributes {}
}
