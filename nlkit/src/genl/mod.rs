//! Generic netlink (`NETLINK_GENERIC`): the message format, the family resolver and its
//! cache, the controller nlctrl as typed objects, attribute policies, and the operations
//! every family shares.
//!
//! A generic netlink family (ethtool, netdev, tcp_metrics, mptcp_pm, wireguard, ...) is
//! known by name; its id, the `nlmsg_type` of its messages, is given out by the kernel when
//! its module registers it, so it is asked of the controller ([`ctrl`]) and cached
//! ([`Families`]: once per cache; a family already resolved costs no syscall). A family
//! the kernel does not have is [`Error::FamilyNotFound`](crate::engine::Error::FamilyNotFound):
//! `family wireguard not found; is its module loaded?`.
//!
//! - [`new_message`] and [`GenlView`]: the builder and the view of `nlmsghdr` +
//!   `genlmsghdr` ([`GenlMsgHdr`]) + the family's attributes;
//! - [`Family`], [`Request`], [`Reply`]: a family, a command and its answer, declared once;
//!   [`get`], [`dump`] and [`execute`] run any of them (the same on tokio in
//!   [`genl::tokio`](self::tokio), feature `tokio`);
//! - [`Families`]: the resolver and cache, watching the controller's notifications when
//!   asked to ([`Families::watching`]); multicast groups by name
//!   ([`Families::group_id`], [`Families::subscribe`]);
//! - [`ctrl`]: nlctrl's messages ([`ctrl::CtrlMessage`], an attribute set), the typed
//!   [`FamilyInfo`], its requests and notifications ([`ctrl::Event`]);
//! - [`policy`]: `CTRL_CMD_GETPOLICY` as a typed tree.
//!
//! A family and a command of it, written once and run through the cache:
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{self, Families, Family, GenlView, Reply, Request};
//! use nlkit::wire::{codec, AttributeSet, DecodeError, MessageBuilder};
//!
//! struct TcpMetrics;
//! impl Family for TcpMetrics {
//!     const NAME: &'static str = "tcp_metrics";
//!     const VERSION: u8 = 1;
//! }
//!
//! nlkit::attribute_set! {
//!     /// A cached TCP metrics entry (a few of its attributes).
//!     pub struct Metrics {}
//!     attributes {
//!         /// `TCP_METRICS_ATTR_ADDR_IPV4`.
//!         pub addr: codec::Ipv4 = 1,
//!         /// `TCP_METRICS_ATTR_AGE` (ms).
//!         pub age: codec::U64 = 3,
//!     }
//! }
//! impl Reply for Metrics {
//!     fn parse(msg: &GenlView<'_>) -> Result<Metrics, DecodeError> {
//!         msg.read()
//!     }
//! }
//!
//! /// `TCP_METRICS_CMD_GET`, dumped.
//! struct ListMetrics;
//! impl Request for ListMetrics {
//!     type Family = TcpMetrics;
//!     type Reply = Metrics;
//!     const CMD: u8 = 1;
//!     fn emit(&self, _: &mut MessageBuilder) {}
//! }
//!
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! for m in genl::dump(&mut conn, &families, &ListMetrics)? {
//!     let m = m?;
//!     println!("{:?} age {:?} ms", m.addr, m.age);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Events of a family's multicast group, joined by name:
//!
//! ```no_run
//! use nlkit::engine::{Conn, Notification};
//! use nlkit::genl::{Families, GenlView};
//! use std::time::Duration;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let mut sub = families.subscribe(&mut conn, "mptcp_pm", &["mptcp_pm_events"])?;
//! while let Some(n) = sub.next_notification(Some(Duration::from_secs(5)))? {
//!     if let Notification::Message { message, .. } = n {
//!         println!("event {}", GenlView::parse(&message)?.cmd());
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

pub mod ctrl;
#[cfg(feature = "ynl-devlink")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-devlink")))]
pub mod devlink;
#[cfg(feature = "ynl-ethtool")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-ethtool")))]
pub mod ethtool;
mod families;
#[cfg(all(
    test,
    any(
        feature = "ynl-wireguard",
        feature = "ynl-nl80211",
        feature = "ynl-devlink"
    )
))]
mod family_kernel;
#[cfg(feature = "ioam6")]
#[cfg_attr(docsrs, doc(cfg(feature = "ioam6")))]
pub mod ioam6;
#[cfg(feature = "ynl-mptcp-pm")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-mptcp-pm")))]
pub mod mptcp;
#[cfg(feature = "ynl-netdev")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-netdev")))]
pub mod netdev;
#[cfg(feature = "ynl-nl80211")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-nl80211")))]
pub mod nl80211;
mod ops;
pub mod policy;
mod request;
#[cfg(feature = "seg6")]
#[cfg_attr(docsrs, doc(cfg(feature = "seg6")))]
pub mod seg6;
#[cfg(feature = "ynl-tcp-metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-tcp-metrics")))]
pub mod tcp_metrics;
#[cfg(test)]
mod tests;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub mod tokio;
#[cfg(feature = "ynl-wireguard")]
#[cfg_attr(docsrs, doc(cfg(feature = "ynl-wireguard")))]
pub mod wireguard;

pub use crate::wire::genl::{new_message, GenlView, GENL_HDRLEN, GENL_NAMSIZ};
pub use crate::wire::genl::{GenlMsgHdr, GENL_ID_CTRL};
pub use ctrl::{FamilyInfo, FamilyKey, MulticastGroup, OpFlags, Operation};
pub use families::Families;
pub use ops::{dump, execute, family_id, get};
pub use policy::Policy;
pub use request::{parse_reply, Family, Replies, Reply, Request};
