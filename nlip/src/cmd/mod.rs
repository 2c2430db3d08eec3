//! One file per object; each calls the library only.

pub mod addr;
pub(crate) mod flush;
pub(crate) mod inet;
pub mod link;
pub mod link_change;
pub mod monitor;
pub mod neigh;
pub mod netconf;
pub mod netns;
pub mod nexthop;
pub mod route;
pub mod rule;
