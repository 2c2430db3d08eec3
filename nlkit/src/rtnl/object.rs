//! The object model every rtnetlink object follows.
//!
//! An object ([`Link`], [`Address`], [`Route`], [`Neighbour`], [`Rule`], [`Nexthop`],
//! [`Netconf`], [`NsidEntry`]) is an owned struct with typed fields (open enums for
//! families, scopes, protocols, types and tables; flag sets for flags), `Option` for each
//! attribute, and the attributes it does not model kept raw. It implements [`Object`]: its
//! message types, `parse` (lenient: a malformed known attribute is recorded, never fatal)
//! and `emit` (`emit(parse(bytes)) == bytes`), and its identity ([`Object::Key`], what the
//! kernel matches a replacement or deletion on).
//!
//! The operations are written once, in [`super::ops`] and
//! [`super::flush`](mod@super::flush), for every object:
//! - [`dump`](super::dump) with a [`Filter`] (each object's `XFilter`: what the kernel
//!   can filter travels in the request; everything is also checked here);
//! - [`get`](super::get) with a [`Query`] (`LinkQuery`, `RouteQuery`, ...);
//! - [`apply`](super::apply) with a [`Verb`] (add, replace, change, append, prepend,
//!   test, delete: each object allows the verbs the kernel has; a link is created and
//!   changed through its request form [`LinkChange`](super::link::LinkChange));
//! - [`flush`](super::flush()) (dump, and delete what a predicate keeps, pipelined);
//! - typed events ([`Event`](super::Event)) for every object, used by subscribers, the
//!   mirror and `nlip monitor`.
//!
//! [`Link`]: super::link::Link
//! [`Address`]: super::addr::Address
//! [`Route`]: super::route::Route
//! [`Neighbour`]: super::neigh::Neighbour
//! [`Rule`]: super::rule::Rule
//! [`Nexthop`]: super::nexthop::Nexthop
//! [`Netconf`]: super::netconf::Netconf
//! [`NsidEntry`]: super::nsid::NsidEntry

use super::addr::Address;
use super::flush::DeleteKey;
use super::link::Link;
use super::neigh::Neighbour;
use super::netconf::Netconf;
use super::nexthop::{Nexthop, NexthopBucket};
use super::nsid::NsidEntry;
use super::route::Route;
use super::rule::Rule;
use crate::wire::{BuildError, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
use std::fmt::Debug;
use std::hash::Hash;

/// The kinds of rtnetlink objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Links (`RTM_*LINK`).
    Link,
    /// IPv4 and IPv6 addresses (`RTM_*ADDR`).
    Address,
    /// Routes (`RTM_*ROUTE`).
    Route,
    /// Neighbours, proxy entries, bridge FDB entries (`RTM_*NEIGH`).
    Neighbour,
    /// Policy routing rules (`RTM_*RULE`).
    Rule,
    /// Nexthop objects (`RTM_*NEXTHOP`).
    Nexthop,
    /// Buckets of resilient nexthop groups (`RTM_*NEXTHOPBUCKET`).
    NexthopBucket,
    /// Per-device IP settings (`RTM_*NETCONF`).
    Netconf,
    /// Peer namespace ids (`RTM_*NSID`).
    Nsid,
}

impl Kind {
    /// The name, as nlkit's errors and `ip` say it (`"route"`).
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Link => "link",
            Kind::Address => "address",
            Kind::Route => "route",
            Kind::Neighbour => "neighbour",
            Kind::Rule => "rule",
            Kind::Nexthop => "nexthop",
            Kind::NexthopBucket => "nexthop bucket",
            Kind::Netconf => "netconf",
            Kind::Nsid => "nsid",
        }
    }
}

/// How a change request treats the object (the kernel's `NLM_F_*` request flags). Each
/// object allows the verbs its kernel code has ([`Change::flags`]); another one makes the
/// request fail with [`BuildError::UnsupportedChange`] before anything is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    /// Create; fail with `EEXIST` when it exists (`ip ... add`).
    Add,
    /// Create or overwrite (`ip ... replace`).
    Replace,
    /// Overwrite an existing one; fail with `ENOENT` when there is none (`ip ... change`;
    /// for links `ip link set`).
    Change,
    /// Add another of the same identity after the existing ones (`ip route append`).
    Append,
    /// Add another of the same identity before the existing ones (`ip route prepend`).
    Prepend,
    /// Fail with `EEXIST` when such an object exists, else with `ENOENT`, changing nothing
    /// (`ip route test`).
    Test,
    /// Delete (`ip ... del`).
    Delete,
}

impl Verb {
    /// The verb as `ip` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Verb::Add => "add",
            Verb::Replace => "replace",
            Verb::Change => "change",
            Verb::Append => "append",
            Verb::Prepend => "prepend",
            Verb::Test => "test",
            Verb::Delete => "delete",
        }
    }

    /// The flags of add, replace, change and delete, which most objects share
    /// (`NLM_F_CREATE | NLM_F_EXCL`, `NLM_F_CREATE | NLM_F_REPLACE`, `NLM_F_REPLACE`, none);
    /// `None` for the others.
    pub fn common_flags(self) -> Option<Flags> {
        match self {
            Verb::Add => Some(Flags::CREATE | Flags::EXCL),
            Verb::Replace => Some(Flags::CREATE | Flags::REPLACE),
            Verb::Change => Some(Flags::REPLACE),
            Verb::Delete => Some(Flags::NONE),
            Verb::Append | Verb::Prepend | Verb::Test => None,
        }
    }

    /// The flags of every verb, as `ip route` sends them (append: `CREATE | APPEND`,
    /// prepend: `CREATE`, test: `EXCL`).
    pub fn route_flags(self) -> Flags {
        match self {
            Verb::Append => Flags::CREATE | Flags::APPEND,
            Verb::Prepend => Flags::CREATE,
            Verb::Test => Flags::EXCL,
            v => v.common_flags().unwrap_or(Flags::NONE),
        }
    }
}

/// An rtnetlink object ([`Link`], [`Address`], [`Route`], [`Neighbour`], [`Rule`],
/// [`Nexthop`], [`NexthopBucket`], [`Netconf`], [`NsidEntry`]): an owned struct with typed
/// fields (open enums for families, scopes, protocols, types and tables; flag sets for
/// flags), an `Option` for each attribute, and the attributes it does not model kept raw.
///
/// It gives its message types ([`NEW`](Object::NEW), [`DEL`](Object::DEL),
/// [`GET`](Object::GET)), [`parse`](Object::parse) (lenient: a malformed known attribute is
/// recorded, never fatal), [`emit`](Object::emit) (`emit(parse(bytes)) == bytes`) and its
/// identity ([`Object::Key`]: what the kernel matches a replacement or deletion on). The
/// operations are written once for every object: [`dump`](crate::rtnl::dump) with a
/// [`Filter`], [`get`](crate::rtnl::get) with a [`Query`], [`apply`](crate::rtnl::apply) with a
/// [`Verb`] (the verbs the kernel has for it: [`Object::change_flags`]),
/// [`flush`](crate::rtnl::flush()), and typed [`Event`](crate::rtnl::Event)s. More in
/// [`rtnl::object`](crate::rtnl::object).
///
/// [`Link`]: crate::rtnl::link::Link
/// [`Address`]: crate::rtnl::addr::Address
/// [`Route`]: crate::rtnl::route::Route
/// [`Neighbour`]: crate::rtnl::neigh::Neighbour
/// [`Rule`]: crate::rtnl::rule::Rule
/// [`Nexthop`]: crate::rtnl::nexthop::Nexthop
/// [`NexthopBucket`]: crate::rtnl::nexthop::NexthopBucket
/// [`Netconf`]: crate::rtnl::netconf::Netconf
/// [`NsidEntry`]: crate::rtnl::nsid::NsidEntry
pub trait Object: Sized + Clone + Debug + PartialEq + Send + 'static {
    /// Its kind.
    const KIND: Kind;
    /// `RTM_NEW*`: dump items, notifications of new or changed objects, add requests.
    const NEW: u16;
    /// `RTM_DEL*`: notifications of removed objects, delete requests.
    const DEL: u16;
    /// `RTM_GET*`: dump and get requests.
    const GET: u16;
    /// Its identity: what the kernel matches a replacement or deletion on.
    type Key: Clone + Debug + Eq + Ord + Hash;

    /// Parses the payload of a message (family header and attributes). Only a short
    /// header or a broken run of attributes is an error; a malformed known attribute is
    /// recorded on the object.
    fn parse(payload: &[u8]) -> Result<Self, DecodeError>;

    /// Appends the family header and attributes to the current message of `b`.
    fn emit(&self, b: &mut MessageBuilder);

    /// Its identity.
    fn key(&self) -> Self::Key;

    /// Wraps it as any object.
    fn into_any(self) -> AnyObject;

    /// Its kind ([`Object::KIND`], for a value whose type is not named).
    fn object_kind(&self) -> Kind {
        Self::KIND
    }

    /// Its `RTM_NEW*` and `RTM_DEL*` types.
    fn message_types(&self) -> (u16, u16) {
        (Self::NEW, Self::DEL)
    }

    /// Parses a whole message of this object's `NEW` or `DEL` type.
    fn from_message(msg: &MessageView<&[u8]>) -> Result<Self, DecodeError> {
        let t = msg.message_type();
        if t == Self::NEW || t == Self::DEL {
            Self::parse(msg.payload())
        } else {
            Err(DecodeError::new(
                "rtnetlink message type",
                4,
                DecodeErrorKind::BadValue,
            ))
        }
    }

    /// The request flags of `verb` for this object, or `None` when the kernel has no such
    /// change (by default add, replace, change and delete: [`Verb::common_flags`]).
    fn change_flags(verb: Verb) -> Option<Flags> {
        verb.common_flags()
    }

    /// Appends what a deletion of this object needs (by default the whole object; some
    /// objects are deleted by their identity alone).
    fn emit_delete(&self, b: &mut MessageBuilder) {
        self.emit(b);
    }

    /// What a flush holds for this object between its dump and its deletion: the request
    /// that deletes it (by default the [`emit_delete`](Object::emit_delete) payload).
    fn delete_key(&self, by: super::flush::DeleteBy) -> DeleteKey {
        let _ = by;
        DeleteKey::of_payload(|b| self.emit_delete(b))
    }
}

impl<O: Object> Change for O {
    const NAME: &'static str = O::KIND.name();
    const NEW: u16 = O::NEW;
    const DEL: u16 = O::DEL;

    fn flags(verb: Verb) -> Option<Flags> {
        O::change_flags(verb)
    }

    fn emit_change(&self, b: &mut MessageBuilder) {
        self.emit(b);
    }

    fn emit_delete(&self, b: &mut MessageBuilder) {
        Object::emit_delete(self, b);
    }
}

/// What can be sent as a change: every [`Object`] (through its [`Object::change_flags`]
/// and [`Object::emit_delete`]), and [`LinkChange`], the request form of a link.
///
/// [`LinkChange`]: super::link::LinkChange
pub trait Change {
    /// The object's name, for errors.
    const NAME: &'static str;
    /// The message type of everything but deletions (`RTM_NEW*`).
    const NEW: u16;
    /// The message type of deletions (`RTM_DEL*`).
    const DEL: u16;

    /// The request flags of `verb`, or `None` when the kernel has no such change.
    fn flags(verb: Verb) -> Option<Flags>;

    /// Appends the family header and attributes of a change.
    fn emit_change(&self, b: &mut MessageBuilder);

    /// Appends what a deletion needs (by default the same as a change).
    fn emit_delete(&self, b: &mut MessageBuilder) {
        self.emit_change(b);
    }

    /// The request that makes `verb` with this value (for [`Conn::execute`] or a pipeline).
    /// A verb the object does not allow gives a request whose building failed with
    /// [`BuildError::UnsupportedChange`].
    ///
    /// [`Conn::execute`]: crate::engine::Conn::execute
    fn request(&self, verb: Verb) -> MessageBuilder {
        let message_type = if verb == Verb::Delete {
            Self::DEL
        } else {
            Self::NEW
        };
        let Some(flags) = Self::flags(verb) else {
            let mut b = MessageBuilder::new(message_type, Flags::NONE);
            b.set_error(BuildError::UnsupportedChange {
                object: Self::NAME,
                verb: verb.name(),
            });
            return b;
        };
        let mut b = MessageBuilder::new(message_type, flags);
        if verb == Verb::Delete {
            self.emit_delete(&mut b);
        } else {
            self.emit_change(&mut b);
        }
        b
    }
}

/// What a dump selects: the request (carrying what the kernel can filter) and the check
/// of each item (everything, so that kernels that ignore a filter give the same result).
pub trait Filter: Clone {
    /// The objects the dump yields.
    type Object: Object;
    /// The dump request (`RTM_GET*`; the engine adds `NLM_F_DUMP`).
    fn request(&self) -> MessageBuilder;
    /// True when `object` passes the filter.
    fn matches(&self, object: &Self::Object) -> bool;
}

/// A request for one object (`RTM_GET*` without `NLM_F_DUMP`).
pub trait Query {
    /// The object the answer holds.
    type Object: Object;
    /// The request.
    fn request(&self) -> MessageBuilder;
}

/// Any rtnetlink object: what events, the mirror and echoes carry.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyObject {
    /// A link (boxed: links are large).
    Link(Box<Link>),
    /// An address.
    Address(Address),
    /// A route.
    Route(Route),
    /// A neighbour.
    Neighbour(Neighbour),
    /// A rule.
    Rule(Rule),
    /// A nexthop object.
    Nexthop(Nexthop),
    /// A bucket of a resilient nexthop group.
    NexthopBucket(NexthopBucket),
    /// Netconf settings.
    Netconf(Netconf),
    /// A peer namespace id.
    Nsid(NsidEntry),
}

/// Applies `$body` to the object inside an [`AnyObject`], bound to `$o`.
macro_rules! with_object {
    ($any:expr, $o:ident => $body:expr) => {
        match $any {
            AnyObject::Link($o) => $body,
            AnyObject::Address($o) => $body,
            AnyObject::Route($o) => $body,
            AnyObject::Neighbour($o) => $body,
            AnyObject::Rule($o) => $body,
            AnyObject::Nexthop($o) => $body,
            AnyObject::NexthopBucket($o) => $body,
            AnyObject::Netconf($o) => $body,
            AnyObject::Nsid($o) => $body,
        }
    };
}

/// The message types of every kind: (kind, `RTM_NEW*`, `RTM_DEL*`).
const TYPES: [(Kind, u16, u16); 9] = [
    (Kind::Link, <Link as Object>::NEW, <Link as Object>::DEL),
    (
        Kind::Address,
        <Address as Object>::NEW,
        <Address as Object>::DEL,
    ),
    (Kind::Route, <Route as Object>::NEW, <Route as Object>::DEL),
    (
        Kind::Neighbour,
        <Neighbour as Object>::NEW,
        <Neighbour as Object>::DEL,
    ),
    (Kind::Rule, <Rule as Object>::NEW, <Rule as Object>::DEL),
    (
        Kind::Nexthop,
        <Nexthop as Object>::NEW,
        <Nexthop as Object>::DEL,
    ),
    (
        Kind::NexthopBucket,
        <NexthopBucket as Object>::NEW,
        <NexthopBucket as Object>::DEL,
    ),
    (
        Kind::Netconf,
        <Netconf as Object>::NEW,
        <Netconf as Object>::DEL,
    ),
    (
        Kind::Nsid,
        <NsidEntry as Object>::NEW,
        <NsidEntry as Object>::DEL,
    ),
];

impl AnyObject {
    /// The kind and whether the message announces a new object (`RTM_NEW*`, `true`) or a
    /// removal, for the message types of rtnetlink objects; `None` for other types.
    pub fn classify(message_type: u16) -> Option<(Kind, bool)> {
        TYPES.iter().find_map(|&(k, new, del)| {
            (message_type == new || message_type == del).then_some((k, message_type == new))
        })
    }

    /// Parses a message of an object kind (`None`: another message type).
    pub fn parse(msg: &MessageView<&[u8]>) -> Option<Result<AnyObject, DecodeError>> {
        let (kind, _) = AnyObject::classify(msg.message_type())?;
        let p = msg.payload();
        Some(match kind {
            Kind::Link => Link::parse(p).map(|l| AnyObject::Link(Box::new(l))),
            Kind::Address => Address::parse(p).map(AnyObject::Address),
            Kind::Route => Route::parse(p).map(AnyObject::Route),
            Kind::Neighbour => Neighbour::parse(p).map(AnyObject::Neighbour),
            Kind::Rule => Rule::parse(p).map(AnyObject::Rule),
            Kind::Nexthop => Nexthop::parse(p).map(AnyObject::Nexthop),
            Kind::NexthopBucket => NexthopBucket::parse(p).map(AnyObject::NexthopBucket),
            Kind::Netconf => Netconf::parse(p).map(AnyObject::Netconf),
            Kind::Nsid => NsidEntry::parse(p).map(AnyObject::Nsid),
        })
    }

    /// Its kind.
    pub fn kind(&self) -> Kind {
        with_object!(self, o => o.object_kind())
    }

    /// Appends its family header and attributes.
    pub fn emit(&self, b: &mut MessageBuilder) {
        with_object!(self, o => o.emit(b))
    }

    /// The message that announces it: `RTM_NEW*` when `added`, else `RTM_DEL*`.
    pub fn to_message(&self, added: bool) -> Result<Vec<u8>, BuildError> {
        let (new, del) = with_object!(self, o => o.message_types());
        let mut b = MessageBuilder::new(if added { new } else { del }, Flags::NONE);
        self.emit(&mut b);
        b.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rtnl::message_type::*;
    use crate::wire::MessageIter;

    /// The captured dumps and events of every object (see each module's tests).
    const FIXTURES: [(&[u8], Kind, usize); 7] = [
        (
            include_bytes!("link/fixtures/detail_all.bin"),
            Kind::Link,
            8,
        ),
        (include_bytes!("addr/fixtures/show.bin"), Kind::Address, 11),
        (
            include_bytes!("route/fixtures/table_all.bin"),
            Kind::Route,
            27,
        ),
        (
            include_bytes!("neigh/fixtures/show.bin"),
            Kind::Neighbour,
            14,
        ),
        (include_bytes!("rule/fixtures/show.bin"), Kind::Rule, 21),
        (
            include_bytes!("nexthop/fixtures/show.bin"),
            Kind::Nexthop,
            8,
        ),
        (
            include_bytes!("netconf/fixtures/events.bin"),
            Kind::Netconf,
            4,
        ),
    ];

    /// Every captured message parses as any object of its kind and announces itself again
    /// with the same type and payload.
    #[test]
    fn any_object_round_trips_every_fixture() {
        for (bytes, kind, count) in FIXTURES {
            let mut n = 0;
            for m in MessageIter::new(bytes) {
                let m = m.unwrap();
                let (k, added) = AnyObject::classify(m.message_type()).unwrap();
                assert_eq!(k, kind);
                let o = AnyObject::parse(&m).unwrap().unwrap();
                assert_eq!(o.kind(), kind);
                let again = o.to_message(added).unwrap();
                let v = MessageView::new_checked(&again[..]).unwrap();
                assert_eq!(v.message_type(), m.message_type(), "{o:?}");
                assert_eq!(v.payload(), m.payload(), "{o:?}");
                n += 1;
            }
            assert_eq!(n, count, "{}", kind.name());
        }
    }

    #[test]
    fn classify_knows_every_kind_and_nothing_else() {
        assert_eq!(AnyObject::classify(RTM_NEWLINK), Some((Kind::Link, true)));
        assert_eq!(
            AnyObject::classify(RTM_DELROUTE),
            Some((Kind::Route, false))
        );
        assert_eq!(
            AnyObject::classify(RTM_NEWNEXTHOPBUCKET),
            Some((Kind::NexthopBucket, true))
        );
        assert_eq!(AnyObject::classify(RTM_DELNSID), Some((Kind::Nsid, false)));
        for t in [RTM_GETLINK, RTM_SETLINK, RTM_NEWLINKPROP, 3, 0x40] {
            assert_eq!(AnyObject::classify(t), None, "{t}");
        }
        let get = [16u8, 0, 0, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert!(AnyObject::parse(&MessageView::new_checked(&get[..]).unwrap()).is_none());
    }

    /// A namespace id notification (hand-made from linux/net_namespace.h: `rtgenmsg`, then
    /// `NETNSA_NSID` 3 and `NETNSA_CURRENT_NSID` -1).
    #[test]
    fn nsid_round_trips() {
        let payload = [
            0, 0, 0, 0, // rtgenmsg, padded
            8, 0, 1, 0, 3, 0, 0, 0, // NETNSA_NSID 3
            8, 0, 5, 0, 0xff, 0xff, 0xff, 0xff, // NETNSA_CURRENT_NSID -1
        ];
        let e = NsidEntry::parse(&payload).unwrap();
        assert_eq!((e.nsid, e.current_nsid), (Some(3), Some(-1)));
        assert_eq!(e.key(), Some(3));
        let m = e.clone().into_any().to_message(false).unwrap();
        assert_eq!(&m[16..], &payload[..]);
        let v = MessageView::new_checked(&m[..]).unwrap();
        assert_eq!(v.message_type(), RTM_DELNSID);
        assert!(matches!(
            e.request(Verb::Delete).finish(),
            Err(BuildError::UnsupportedChange { object: "nsid", .. })
        ));
    }

    #[test]
    fn verb_flags() {
        assert_eq!(Verb::Add.common_flags(), Some(Flags::CREATE | Flags::EXCL));
        assert_eq!(Verb::Append.common_flags(), None);
        assert_eq!(Verb::Append.route_flags(), Flags::CREATE | Flags::APPEND);
        assert_eq!(Verb::Prepend.route_flags(), Flags::CREATE);
        assert_eq!(Verb::Test.route_flags(), Flags::EXCL);
        assert_eq!(Verb::Delete.route_flags(), Flags::NONE);
        assert_eq!(Verb::Replace.name(), "replace");
    }
}
