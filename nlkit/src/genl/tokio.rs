//! The generic netlink operations on tokio: the same requests, replies and cache as the
//! blocking ones, on a shared [`Connection`] (many tasks, one socket).
//!
//! ```no_run
//! # async fn f() -> Result<(), nlkit::engine::Error> {
//! use nlkit::genl::{self, ctrl::FamilyKey, Families};
//! use nlkit::tokio::Connection;
//! let conn = Connection::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new(); // share it (in an Arc) with the other tasks
//! let netdev = genl::tokio::resolve(&families, &conn, "netdev").await?;
//! let policy = genl::tokio::policy(&conn, &FamilyKey::Id(netdev.id), None).await?;
//! println!("netdev {}: {} policies", netdev.id, policy.sets.len());
//! # Ok(()) }
//! ```

use super::ctrl::{CtrlMessage, FamilyKey, GetPolicy};
use super::families::{group_of, Families, Lookup};
use super::ops::name_error;
use super::policy::{not_found, Policy};
use super::request::{parse_reply, Family, Reply, Request};
use super::FamilyInfo;
use crate::engine::{Ack, Error};
use crate::tokio::{Connection, DumpStream, Subscription};
use crate::wire::genl::GENL_ID_CTRL;
use crate::wire::{DecodeError, MessageView};
use std::sync::Arc;

/// How a dump's messages are parsed into `T`.
pub type ParseFn<T> = fn(MessageView<&[u8]>) -> Result<T, DecodeError>;

fn parse_owned<T: Reply>(m: MessageView<&[u8]>) -> Result<T, DecodeError> {
    parse_reply(&m)
}

/// The family `name` from the cache, or asked of the controller and cached
/// ([`Families::resolve`] on tokio). A missing family is [`Error::FamilyNotFound`].
pub async fn resolve(
    families: &Families,
    conn: &Connection,
    name: &str,
) -> Result<Arc<FamilyInfo>, Error> {
    resolve_key(families, conn, &FamilyKey::Name(name.to_owned())).await
}

/// The family `key` names, from the cache or asked of the controller.
pub async fn resolve_key(
    families: &Families,
    conn: &Connection,
    key: &FamilyKey,
) -> Result<Arc<FamilyInfo>, Error> {
    match families.begin(key)? {
        Lookup::Cached(f) => Ok(f),
        Lookup::Ask(request) => {
            let reply = conn.request(&request).await;
            families.finish(key, reply)
        }
    }
}

/// The id of the family `F`: fixed, cached, or asked for (once).
pub async fn family_id<F: Family>(conn: &Connection, families: &Families) -> Result<u16, Error> {
    match F::ID {
        Some(id) => Ok(id),
        None => Ok(resolve(families, conn, F::NAME).await?.id),
    }
}

/// Runs a command with one answer ([`genl::get`](super::get) on tokio).
pub async fn get<R: Request>(
    conn: &Connection,
    families: &Families,
    request: &R,
) -> Result<R::Reply, Error> {
    let id = family_id::<R::Family>(conn, families).await?;
    let message = request.message(id);
    let reply = conn.request(&message).await;
    let reply = families.after(reply.map_err(|e| name_error::<R>(e, &message)))?;
    Ok(parse_reply(&reply.message())?)
}

/// Runs a command answered by an ACK ([`genl::execute`](super::execute) on tokio).
pub async fn execute<R: Request>(
    conn: &Connection,
    families: &Families,
    request: &R,
) -> Result<Ack, Error> {
    let id = family_id::<R::Family>(conn, families).await?;
    let message = request.message(id);
    let ack = conn.execute(&message).await;
    families.after(ack.map_err(|e| name_error::<R>(e, &message)))
}

/// Dumps a command ([`genl::dump`](super::dump) on tokio): a stream of its answers.
pub async fn dump<R: Request>(
    conn: &Connection,
    families: &Families,
    request: &R,
) -> Result<DumpStream<R::Reply, ParseFn<R::Reply>>, Error> {
    let id = family_id::<R::Family>(conn, families).await?;
    let parse: ParseFn<R::Reply> = parse_owned::<R::Reply>;
    families.after(conn.dump(&request.message(id), parse))
}

/// The policies of `family` (of one operation with `op`), as [`policy::get`](super::policy::get)
/// reads them.
pub async fn policy(
    conn: &Connection,
    family: &FamilyKey,
    op: Option<u32>,
) -> Result<Policy, Error> {
    let request = GetPolicy {
        family: family.clone(),
        op,
    };
    let parse: ParseFn<CtrlMessage> = parse_owned::<CtrlMessage>;
    let stream = conn
        .dump(&request.message(GENL_ID_CTRL), parse)
        .map_err(|e| not_found(e, family))?;
    let messages = stream
        .try_collect()
        .await
        .map_err(|e| not_found(e, family))?;
    Policy::from_messages(messages.into_iter().map(Ok))
}

/// A subscription on tokio to the multicast groups `groups` (by name) of `family`, in the
/// current network namespace. Call it inside a tokio runtime.
pub async fn subscribe(
    families: &Families,
    conn: &Connection,
    family: &str,
    groups: &[&str],
) -> Result<Subscription, Error> {
    let f = resolve(families, conn, family).await?;
    let ids = groups
        .iter()
        .map(|g| group_of(&f, g))
        .collect::<Result<Vec<_>, _>>()?;
    Subscription::new(crate::sys::Protocol::Generic, &ids)
}
