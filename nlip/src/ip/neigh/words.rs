//! What the neighbour commands share: the usage text, the NUD states by name, ip's
//! message for a keyword given twice.

use crate::args::matches;
use nlkit::rtnl::neigh::NeighbourState;

pub(super) const HELP: &str = "Usage: ip neigh { add | del | change | replace }
                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }
                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]
                [ protocol PROTO ]

	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]
				  [ vrf NAME ] [ nomaster ]
	ip neigh get { ADDR | proxy ADDR } dev DEV

STATE := { delay | failed | incomplete | noarp | none |
           permanent | probe | reachable | stale }";

/// `NUD_NONE`: no state.
pub(super) const NUD_NONE: NeighbourState = NeighbourState::EMPTY;

fn nud(word: &str) -> Option<NeighbourState> {
    Some(match word {
        "permanent" => NeighbourState::PERMANENT,
        "reachable" => NeighbourState::REACHABLE,
        "stale" => NeighbourState::STALE,
        "delay" => NeighbourState::DELAY,
        "probe" => NeighbourState::PROBE,
        "failed" => NeighbourState::FAILED,
        "incomplete" => NeighbourState::INCOMPLETE,
        "noarp" => NeighbourState::NOARP,
        "none" => NUD_NONE,
        _ => return None,
    })
}

/// A state of `nud STATE`: `permanent`, `reachable` and `failed` may be abbreviated, the
/// others must be spelled out (as ip 6.1 accepts them); or the number of one state.
pub(super) fn nud_change(word: &str) -> Option<NeighbourState> {
    for (name, st) in [
        ("permanent", NeighbourState::PERMANENT),
        ("reachable", NeighbourState::REACHABLE),
        ("failed", NeighbourState::FAILED),
    ] {
        if matches(word, name) {
            return Some(st);
        }
    }
    if let Some(st) = nud(word) {
        return Some(st);
    }
    let n = crate::args::c_u32(word);
    // A number names one state: a single bit, or 0 for none.
    n.filter(|&n| n <= 255 && (n == 0 || n.is_power_of_two()))
        .map(|n| NeighbourState(n as u16))
}
