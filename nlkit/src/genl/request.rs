//! What a generic netlink family and its commands are, declared once per family: a
//! [`Family`] (its name, its version, a fixed id if it has one), a command is a [`Request`]
//! with its [`Reply`]; [`Replies`] are a dump's answers parsed. `ops.rs` runs them.

use crate::engine::{Dump, Error};
use crate::wire::genl::{new_message, GenlView};
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
    /// [`Conn::request`](crate::engine::Conn::request), [`Conn::dump`](crate::engine::Conn::dump), [`Conn::execute`](crate::engine::Conn::execute) or a pipeline).
    fn message(&self, family_id: u16) -> MessageBuilder {
        let mut b = new_message(family_id, Self::CMD, Self::Family::VERSION, self.flags());
        self.emit(&mut b);
        b
    }
}

/// Parses a message as `T` (a reply of a [`Request`] or a notification).
pub fn parse_reply<T: Reply>(msg: &MessageView<&[u8]>) -> Result<T, DecodeError> {
    T::parse(&GenlView::parse(msg)?)
}

/// The answers of a dump, parsed as `T` (see [`dump`](super::dump)).
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
