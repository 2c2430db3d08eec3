//! The operations on objects, written once for every object: [`dump`], [`get`],
//! [`apply`] and [`apply_echo`] (the flush is in [`super::flush`](mod@super::flush)).

use super::event::Event;
use super::object::{Change, Filter, Object, Query, Verb};
use crate::engine::{Ack, Conn, Dump, Error};
use crate::wire::MessageView;

/// Dumps the objects `filter` selects, streaming: each is parsed as its datagram arrives,
/// in constant memory. A message that fails to decode yields `Err(Error::Decode)` and the
/// dump goes on; an interrupted dump ends with `Err(Error::DumpInterrupted)` after its last
/// item.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::{self, route::RouteFilter, AddressFamily, RouteTable};
/// use nlkit::sys::Protocol;
/// let mut conn = Conn::new(Protocol::Route)?;
/// let main = RouteFilter {
///     family: Some(AddressFamily::Inet),
///     table: Some(RouteTable::Main),
///     ..Default::default()
/// };
/// for route in rtnl::dump(&mut conn, &main)? {
///     let route = route?;
///     println!("{:?}/{} via {:?}", route.destination, route.destination_len, route.gateway);
/// }
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn dump<'c, F: Filter>(conn: &'c mut Conn, filter: &F) -> Result<Objects<'c, F>, Error> {
    let dump = conn.dump(&filter.request())?;
    Ok(Objects {
        dump,
        filter: filter.clone(),
    })
}

/// The objects of a dump (see [`dump`]).
#[derive(Debug)]
pub struct Objects<'c, F> {
    dump: Dump<'c>,
    filter: F,
}

impl<'c, F> Objects<'c, F> {
    /// The underlying dump (for its counters).
    pub fn raw(&self) -> &Dump<'c> {
        &self.dump
    }
}

impl<F: Filter> Iterator for Objects<'_, F> {
    type Item = Result<F::Object, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let msg = match self.dump.next_message()? {
                Ok(m) => m,
                Err(e) => return Some(Err(e)),
            };
            match F::Object::from_message(&msg) {
                Ok(o) if !self.filter.matches(&o) => continue,
                Ok(o) => return Some(Ok(o)),
                Err(e) => return Some(Err(Error::Decode(e))),
            }
        }
    }
}

/// Asks the kernel for one object.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::{self, link::LinkQuery};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
/// let lo = rtnl::get(&mut conn, &LinkQuery::by_name("lo"))?;
/// println!("lo is link {}", lo.index);
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn get<Q: Query>(conn: &mut Conn, query: &Q) -> Result<Q::Object, Error> {
    let reply = conn.request(&query.request())?;
    Ok(Q::Object::from_message(&reply.message())?)
}

/// Makes the change `verb` with `object` and waits for the kernel's answer: the ACK (with
/// any extended-ACK warning) or the kernel's error with its text and the attribute it
/// points at. A verb the object does not allow fails with
/// [`BuildError::UnsupportedChange`](crate::wire::BuildError::UnsupportedChange) before
/// anything is sent.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::{self, route::Route, RouteProtocol, Verb};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
/// // ip route add 192.0.2.0/24 via 10.0.0.2 proto static
/// let mut r = Route::to("192.0.2.0".parse().unwrap(), 24);
/// r.gateway = Some("10.0.0.2".parse().unwrap());
/// r.protocol = RouteProtocol::Static;
/// rtnl::apply(&mut conn, &r, Verb::Add)?;
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn apply<C: Change>(conn: &mut Conn, object: &C, verb: Verb) -> Result<Ack, Error> {
    conn.execute(&object.request(verb))
}

/// [`apply`] with `NLM_F_ECHO`: also returns what the kernel echoed (the notification of
/// the change, as a typed event; none for changes the kernel does not echo), as
/// `ip -echo` shows it.
pub fn apply_echo<C: Change>(
    conn: &mut Conn,
    object: &C,
    verb: Verb,
) -> Result<(Ack, Vec<Event>), Error> {
    let (ack, echoed) = conn.execute_echo(&object.request(verb))?;
    Ok((ack, decode_echoed(&echoed)))
}

/// The typed events of echoed messages.
pub(crate) fn decode_echoed(echoed: &[Vec<u8>]) -> Vec<Event> {
    echoed
        .iter()
        .filter_map(|bytes| MessageView::new_checked(&bytes[..]).ok())
        .map(|m| Event::decode(&m))
        .collect()
}
