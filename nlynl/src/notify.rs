//! `--subscribe GROUP`: a multicast group joined before the action, its notifications
//! printed after it as `cli.py` queues them: `{"name": OPERATION, "msg": {...}}`.

use crate::session::{engine_failure, usage, Session};
use nlip::diag::Failure;
use nlkit::engine::{Error, Notification, Subscription};
use nlkit::wire::MessageView;
use nlkit_ynl::dynamic::Dynamic;
use nlkit_ynl::Spec;
use serde_json::{Map, Value};
use std::time::Duration;

/// A joined group.
#[derive(Debug)]
pub struct Listener {
    subscription: Subscription,
}

/// Joins `group` of `spec`'s family: by name through the resolver for generic netlink,
/// by the spec's group number for netlink-raw.
pub fn listen(session: &mut Session, spec: &Spec, group: &str) -> Result<Listener, Failure> {
    let subscription = if spec.protocol.is_genetlink() {
        session
            .families
            .subscribe(&mut session.conn, &spec.name, &[group])
            .map_err(|e| engine_failure(&e))?
    } else {
        let id = spec
            .mcast_groups
            .iter()
            .find(|g| g.name == group)
            .and_then(|g| g.value)
            .ok_or_else(|| {
                usage(format!(
                    "argument --subscribe: {} has no multicast group {}",
                    spec.name,
                    crate::output::py_str(group)
                ))
            })?;
        Subscription::new(session.protocol, &[id]).map_err(|e| engine_failure(&e))?
    };
    Ok(Listener { subscription })
}

/// The command of a message: the generic netlink command, else the message type.
fn command(spec: &Spec, m: &MessageView<&[u8]>) -> Option<u32> {
    if spec.protocol.is_genetlink() {
        m.payload().first().map(|c| u32::from(*c))
    } else {
        Some(u32::from(m.message_type()))
    }
}

impl Listener {
    /// The notifications received so far (without waiting), decoded; each named by the
    /// last operation of the spec that answers with its command (as `cli.py` names them).
    /// A message no operation answers with is reported on stderr and skipped.
    pub fn drain(&mut self, codec: &Dynamic<'_>) -> Result<Vec<Value>, Failure> {
        let spec = codec.spec();
        let mut out = Vec::new();
        loop {
            let message = match self.subscription.next_notification(Some(Duration::ZERO)) {
                Ok(None) => return Ok(out),
                Ok(Some(Notification::Overrun)) => {
                    nlip::diag::warn("nlynl: notifications were lost (ENOBUFS)");
                    continue;
                }
                Ok(Some(Notification::Message { message, .. })) => message,
                Err(Error::Decode(e)) => {
                    nlip::diag::warn(&format!("nlynl: a malformed notification: {e}"));
                    continue;
                }
                Err(e) => return Err(engine_failure(&e)),
            };
            let cmd = command(spec, &message);
            let op = spec
                .operations
                .list
                .iter()
                .rev()
                .find(|o| cmd.is_some() && o.reply_value == cmd);
            let decoded =
                op.map(|_| codec.decode_message(message.message_type(), message.payload()));
            match (op, decoded) {
                (Some(op), Some(Ok(msg))) => {
                    let mut m = Map::new();
                    m.insert("name".into(), Value::String(op.name.clone()));
                    m.insert("msg".into(), msg);
                    out.push(Value::Object(m));
                }
                (_, Some(Err(e))) => {
                    nlip::diag::warn(&format!("nlynl: cannot decode a notification: {e}"));
                }
                _ => nlip::diag::warn(&format!(
                    "nlynl: unexpected message {} while checking for notifications",
                    cmd.unwrap_or(0)
                )),
            }
        }
    }
}
