//! `tun` and `tap` devices: `ip -d` prints the type, the flags, the queues and the owner
//! (ip cannot create them through rtnetlink: `ip tuntap` uses ioctls).

use super::rows::on_off;
use crate::names;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::kinds::{Tun, TunType};
use std::io::{self, Write};

/// A tun or tap device's data as `ip -d` prints it (the JSON object `key`).
pub(super) fn print<W: Write>(sink: &mut Sink<W>, t: &Tun, key: &str) -> io::Result<()> {
    sink.open_object(Mode::Json, Some(key))?;
    if let Some(ty) = t.tun_type {
        let name = match ty {
            TunType::Tun => "tun".to_owned(),
            TunType::Tap => "tap".to_owned(),
            TunType::Other(n) => format!("UNKNOWN:{n}"),
        };
        sink.string(Mode::Any, "type", "type ", &name, " ")?;
    }
    if let Some(pi) = t.pi {
        on_off(sink, "pi", "pi", pi)?;
    }
    if let Some(v) = t.vnet_hdr {
        on_off(sink, "vnet_hdr", "vnet_hdr", v)?;
    }
    if let Some(mq) = t.multi_queue {
        if sink.is_json() {
            on_off(sink, "multi_queue", "", mq)?;
        } else if mq {
            sink.text("multi_queue ")?;
        }
        if mq {
            if let Some(n) = t.num_queues {
                sink.number(Mode::Any, "numqueues", "numqueues ", &n, " ")?;
            }
            if let Some(n) = t.num_disabled_queues {
                sink.number(Mode::Any, "numdisabled", "numdisabled ", &n, " ")?;
            }
        }
    }
    if let Some(p) = t.persist {
        on_off(sink, "persist", "persist", p)?;
    }
    let user = t.owner.map(|v| (v, names::user_name(v)));
    let group = t.group.map(|v| (v, names::group_name(v)));
    for (k, owner) in [("user", user), ("group", group)] {
        if let Some((v, name)) = owner {
            let prefix = format!("{k} ");
            match name {
                Some(n) => sink.string(Mode::Any, k, &prefix, &n, " ")?,
                None => sink.number(Mode::Any, k, &prefix, &v, " ")?,
            }
        }
    }
    sink.close_object(Mode::Json)
}
