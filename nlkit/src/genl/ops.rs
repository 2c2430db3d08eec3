//! The operations of every generic netlink family, written once: a family is a [`Family`]
//! (its name, its version, a fixed id if it has one), a command is a [`Request`] with its
//! [`Reply`], and [`get`], [`dump`] and [`execute`] run them, resolving the family's id
//! through a [`Families`] cache (once per cache; a cached family costs no syscall).

use super::families::Families;
use super::message::{new_message, GenlView};
use crate::engine::{Ack, Conn, Dump, Error};
use crate::wire::names::SetNames;
use crate::wire::{DecodeError, Flags, MessageBuilder, MessageView};
use std::marker::PhantomData;

/// A generic netlink family known at compile time.
pub trait Family {
    /// Its name, as the controller knows it (`"ethtool"`).
    const NAME: &'static str;
    /// The interface version its requests carry (`genlmsghdr.version`).
    const VERSION: u8;
    /// Its id when fixed (only nlctrl's is: `GENL_ID_CTRL`); others are resolved by name.
    const ID: Option<u16> = None;
}

/// What a family's message parses into: a reply or a notification.
pub trait Reply: Sized {
    /// Parses a message of the family.
    fn parse(msg: &GenlView<'_>) -> Result<Self, DecodeError>;
}

/// A command of a family: its number, what it sends and what it is answered with.
pub trait Request {
    /// The family.
    type Family: Family;
    /// What each answer parses into.
    type Reply: Reply;
    /// The command (`genlmsghdr.cmd`).
    const CMD: u8;

    /// Appends what follows `genlmsghdr`: the family's fixed header, if any, and the
    /// attributes.
    fn emit(&self, b: &mut MessageBuilder);

    /// The request's flags beyond what the engine adds (`NLM_F_CREATE`, ...).
    fn flags(&self) -> Flags {
        Flags::NONE
    }

    /// The names of the attributes this request sends (its attribute set's), so that a
    /// kernel error's extended ACK names the attribute at fault
    /// ([`KernelError::attribute_name`](crate::engine::KernelError::attribute_name));
    /// the generated families give theirs.
    fn attribute_names() -> Option<&'static SetNames> {
        None
    }

    /// The request as a message to the family of id `family_id` (for
    /// [`Conn::request`], [`Conn::dump`], [`Conn::execute`] or a pipeline).
    fn message(&self, family_id: u16) -> MessageBuilder {
        let mut b = new_message(family_id, Self::CMD, Self::Family::VERSION, self.flags());
        self.emit(&mut b);
        b
    }
}

/// The id of the family `F`: fixed, cached in `families`, or asked for (once).
pub fn family_id<F: Family>(conn: &mut Conn, families: &Families) -> Result<u16, Error> {
    match F::ID {
        Some(id) => Ok(id),
        None => Ok(families.resolve(conn, F::NAME)?.id),
    }
}

/// Parses a message as `T` (a reply of a [`Request`] or a notification).
pub fn parse_reply<T: Reply>(msg: &MessageView<&[u8]>) -> Result<T, DecodeError> {
    T::parse(&GenlView::parse(msg)?)
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

/// The answers of a dump, parsed as `T` (see [`dump`]).
#[derive(Debug)]
pub struct Replies<'c, T> {
    dump: Dump<'c>,
    _t: PhantomData<fn() -> T>,
}

impl<'c, T> Replies<'c, T> {
    /// The answers of `dump`.
    pub fn new(dump: Dump<'c>) -> Self {
        Replies {
            dump,
            _t: PhantomData,
        }
    }

    /// The underlying dump (for its counters).
    pub fn raw(&self) -> &Dump<'c> {
        &self.dump
    }
}

impl<T: Reply> Iterator for Replies<'_, T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Result<T, Error>> {
        Some(match self.dump.next_message()? {
            Ok(m) => parse_reply(&m).map_err(Error::Decode),
            Err(e) => Err(e),
        })
    }
}
