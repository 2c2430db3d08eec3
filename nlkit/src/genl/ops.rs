//! The operations of every generic netlink family, written once: [`get`], [`dump`] and
//! [`execute`] run a [`Request`] of a [`Family`](super::Family), resolving the family's id
//! through a [`Families`] cache (once per cache; a cached family costs no syscall).

use super::families::Families;
use super::request::{parse_reply, Family, Replies, Request};
use crate::engine::{Ack, Conn, Error};
use crate::wire::MessageBuilder;

/// The id of the family `F`: fixed, cached in `families`, or asked for (once).
pub fn family_id<F: Family>(conn: &mut Conn, families: &Families) -> Result<u16, Error> {
    match F::ID {
        Some(id) => Ok(id),
        None => Ok(families.resolve(conn, F::NAME)?.id),
    }
}

/// Runs a command that has one answer (a "do" that replies) and returns it.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::genl::{self, ctrl::{FamilyKey, GetFamily}, Families, FamilyInfo};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
/// let families = Families::new();
/// let request = GetFamily { family: FamilyKey::from("ethtool") };
/// let reply = genl::get(&mut conn, &families, &request)?;
/// println!("{:?}", FamilyInfo::from_message(&reply)?);
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn get<R: Request>(
    conn: &mut Conn,
    families: &Families,
    request: &R,
) -> Result<R::Reply, Error> {
    let id = family_id::<R::Family>(conn, families)?;
    let message = request.message(id);
    let reply = conn
        .request(&message)
        .map_err(|e| name_error::<R>(e, &message));
    let reply = families.after(reply)?;
    Ok(parse_reply(&reply.message())?)
}

/// `e` with the attribute its extended ACK points at named by `R`'s attribute names.
pub(crate) fn name_error<R: Request>(e: Error, message: &MessageBuilder) -> Error {
    match (e, R::attribute_names()) {
        (Error::Kernel(mut k), Some(names)) => {
            k.name_attribute(names, message);
            Error::Kernel(k)
        }
        (e, _) => e,
    }
}

/// Runs a command that is answered by an ACK (a change) and returns the ACK, with any
/// warning.
pub fn execute<R: Request>(
    conn: &mut Conn,
    families: &Families,
    request: &R,
) -> Result<Ack, Error> {
    let id = family_id::<R::Family>(conn, families)?;
    let message = request.message(id);
    let ack = conn
        .execute(&message)
        .map_err(|e| name_error::<R>(e, &message));
    families.after(ack)
}

/// Dumps a command (the engine adds `NLM_F_DUMP`): its answers, parsed as each datagram
/// arrives. A message that fails to decode yields `Err(Error::Decode)` and the dump goes
/// on.
pub fn dump<'c, R: Request>(
    conn: &'c mut Conn,
    families: &Families,
    request: &R,
) -> Result<Replies<'c, R::Reply>, Error> {
    let id = family_id::<R::Family>(conn, families)?;
    let dump = conn.dump(&request.message(id));
    Ok(Replies::new(families.after(dump)?))
}
