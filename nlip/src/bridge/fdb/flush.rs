//! `bridge fdb flush dev DEV [brport DEV] [vlan VID] [self] [master] [[no]permanent |
//! [no]static | [no]dynamic] [[no]added_by_user] [[no]extern_learn] [[no]sticky]
//! [[no]offloaded]` (bridge 6.1's `fdb_flush`: one bulk `RTM_DELNEIGH`).

use crate::args::c_atoi as atoi;
use crate::bridge::failed;
use crate::diag::Failure;
use crate::names::Links;
use nlkit::engine::Conn;
use nlkit::rtnl::bridge::fdb::FdbFlush;
use nlkit::rtnl::neigh::{NeighbourFlags, NeighbourState};

fn incomplete() -> Failure {
    Failure::usage("Command line is not complete. Try option \"help\"")
}

const NOARP: u16 = NeighbourState::NOARP.bits();
const PERMANENT: u16 = NeighbourState::PERMANENT.bits();

/// A state word: (value bits to set, bits to clear, mask bits), as bridge 6.1 applies
/// them (its `dynamic` clears only NOARP: `state &= ~NUD_NOARP | NUD_PERMANENT`).
fn state_word(w: &str) -> Option<(u16, u16, u16)> {
    Some(match w {
        "permanent" => (PERMANENT, 0, PERMANENT),
        "nopermanent" => (0, PERMANENT, PERMANENT),
        "static" => (NOARP, 0, NOARP | PERMANENT),
        "nostatic" => (0, NOARP, NOARP),
        "dynamic" => (0, NOARP, NOARP | PERMANENT),
        "nodynamic" => (NOARP, 0, NOARP),
        _ => return None,
    })
}

/// A flag word: (the flag, whether it is set).
fn flag_word(w: &str) -> Option<(u8, bool)> {
    let (name, on) = match w.strip_prefix("no") {
        Some(rest) => (rest, false),
        None => (w, true),
    };
    let bit = match name {
        "added_by_user" => NeighbourFlags::USE,
        "extern_learn" => NeighbourFlags::EXT_LEARNED,
        "sticky" => NeighbourFlags::STICKY,
        "offloaded" => NeighbourFlags::OFFLOADED,
        _ => return None,
    };
    Some((bit.bits(), on))
}

/// Runs `bridge fdb flush ...` (`words` after `flush`).
pub fn run(conn: &mut Conn, links: &mut Links, words: &[&str]) -> Result<(), Failure> {
    let mut f = FdbFlush::default();
    let (mut flags, mut state) = (0u8, 0u16);
    let (mut dev, mut port, mut vid) = (None, None, None::<i16>);
    let mut it = words.iter().copied();
    while let Some(w) = it.next() {
        if let Some((set, clear, mask)) = state_word(w) {
            state = (state | set) & !clear;
            f.state_mask |= mask;
            continue;
        }
        if let Some((bit, on)) = flag_word(w) {
            flags = if on { flags | bit } else { flags & !bit };
            f.flags_mask |= bit;
            continue;
        }
        match w {
            "dev" => dev = Some(it.next().ok_or_else(incomplete)?),
            "master" => flags |= NeighbourFlags::MASTER.bits(),
            "self" => flags |= NeighbourFlags::SELF.bits(),
            "brport" | "vlan" => {
                let seen = if w == "brport" {
                    port.is_some()
                } else {
                    vid.is_some()
                };
                if seen {
                    return Err(crate::args::duplicate_or_garbage(w, w));
                }
                let v = it.next().ok_or_else(incomplete)?;
                if w == "brport" {
                    port = Some(v);
                } else {
                    vid = Some(atoi(v) as i16);
                }
            }
            // bridge skips the word after `help` (and fails when there is none).
            "help" => {
                it.next().ok_or_else(incomplete)?;
            }
            _ => {}
        }
    }
    let Some(dev) = dev else {
        return Err(failed("Device is a required argument."));
    };
    f.index = crate::args::dev::device_index(links, conn, dev)
        .ok_or_else(|| failed(format!("Cannot find bridge device \"{dev}\"")))?;
    if let Some(p) = port {
        f.port = Some(
            crate::args::dev::device_index(links, conn, p)
                .ok_or_else(|| failed(format!("Cannot find bridge port device \"{p}\"")))?,
        );
    }
    if let Some(v) = vid {
        if v >= 4096 {
            return Err(failed(format!("Invalid VLAN ID \"{}\"", v as u16)));
        }
        f.vlan = (v >= 0).then_some(v as u16);
    }
    if flags & (NeighbourFlags::SELF.bits() | NeighbourFlags::MASTER.bits()) == 0 {
        flags |= NeighbourFlags::SELF.bits();
    }
    f.flags = NeighbourFlags(flags);
    f.state = NeighbourState(state);
    conn.execute(&f.request()).map(|_| ()).map_err(|e| Failure {
        code: 255,
        ..crate::diag::kernel(&e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_bridge_applies_them() {
        assert_eq!(state_word("dynamic"), Some((0, NOARP, NOARP | PERMANENT)));
        assert_eq!(
            flag_word("nosticky"),
            Some((NeighbourFlags::STICKY.bits(), false))
        );
        assert_eq!(flag_word("nobody"), None);
    }
}
