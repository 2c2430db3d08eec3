//! `monitor resync`: what has been seen, kept current from the events, and compared with
//! a fresh dump after an overrun.

use super::print::Printer;
use crate::ip::context::Context;
use crate::render::Mode;
use nlkit::rtnl::mirror::{self, State};
use nlkit::rtnl::{AddressFamily, AnyObject, Event, Kind};
use std::io::{self, Write};

/// What `monitor resync` has seen: the objects of the watched kinds the mirror keeps, by
/// identity, to compare with a fresh dump after an overrun.
pub(super) struct Seen {
    kinds: Vec<Kind>,
    state: State,
}

impl Seen {
    pub(super) fn load(ctx: &mut Context, kinds: &[Kind]) -> Seen {
        let kinds = kinds
            .iter()
            .copied()
            .filter(|k| mirror::KINDS.contains(k))
            .collect();
        let mut seen = Seen {
            kinds,
            state: State::default(),
        };
        seen.state = seen.dump(ctx);
        seen
    }

    /// A fresh dump of the watched kinds (of the `-4`/`-6` family when given).
    fn dump(&self, ctx: &mut Context) -> State {
        let family = ctx.address_family();
        let mut state = State::default();
        for &kind in &self.kinds {
            let Ok(objects) = mirror::dump_kind(&mut ctx.conn, kind) else {
                continue;
            };
            for o in objects {
                if family.is_none_or(|f| family_of(&o).is_none_or(|x| x == f)) {
                    state.insert(o);
                }
            }
        }
        state
    }

    /// Applies an event to what has been seen.
    pub(super) fn apply(&mut self, event: &Event) {
        match event {
            Event::New(o) if mirror::is_mirrored(o) => {
                self.state.insert(o.clone());
            }
            Event::Deleted(o) if mirror::is_mirrored(o) => {
                self.state.remove(o);
            }
            _ => {}
        }
    }

    /// After an overrun: a fresh dump, its differences printed as events, then a marker.
    pub(super) fn resync(
        &mut self,
        ctx: &mut Context,
        printer: &mut Printer,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let fresh = self.dump(ctx);
        let (mut added, mut removed, mut changed) = (0u64, 0u64, 0u64);
        for &kind in &self.kinds {
            for o in self.state.objects(kind) {
                if fresh.lookup(&o).is_none() {
                    removed += 1;
                    printer.print(&o, "del", &ctx.links, out)?;
                }
            }
        }
        for &kind in &self.kinds {
            for o in fresh.objects(kind) {
                match self.state.lookup(&o) {
                    None => added += 1,
                    Some(old) if old != o => changed += 1,
                    _ => continue,
                }
                printer.print(&o, "new", &ctx.links, out)?;
            }
        }
        // The marker, text and JSON from one rendering through the sink.
        let s = &mut printer.sink;
        s.writer_mut().clear();
        s.open_object(Mode::Json, None)?;
        s.string(Mode::Any, "event", "[", "resync", "]")?;
        s.number(Mode::Any, "added", "added ", &added, " ")?;
        s.number(Mode::Any, "removed", "removed ", &removed, " ")?;
        s.number(Mode::Any, "changed", "changed ", &changed, "")?;
        s.close_object(Mode::Json)?;
        s.flush()?;
        out.write_all(s.writer_mut())?;
        out.write_all(b"\n")?;
        out.flush()?;
        self.state = fresh;
        Ok(())
    }
}

/// The address family of an object, where it has one.
fn family_of(o: &AnyObject) -> Option<AddressFamily> {
    match o {
        AnyObject::Address(a) => Some(a.family),
        AnyObject::Route(r) => Some(r.family),
        AnyObject::Neighbour(n) => Some(n.family),
        AnyObject::Rule(r) => Some(r.family),
        AnyObject::Nexthop(n) => Some(n.family),
        _ => None,
    }
}
