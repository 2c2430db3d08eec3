//! Values read as ip reads them.

use super::words::nud_change;
use nlkit::rtnl::neigh::NeighbourState;

#[test]
fn nud_states_abbreviate_like_ip() {
    assert_eq!(nud_change("p"), Some(NeighbourState::PERMANENT));
    assert_eq!(nud_change("re"), Some(NeighbourState::REACHABLE));
    assert_eq!(nud_change("f"), Some(NeighbourState::FAILED));
    assert_eq!(nud_change("stale"), Some(NeighbourState::STALE));
    assert_eq!(nud_change("0x80"), Some(NeighbourState::PERMANENT));
    assert_eq!(nud_change("010"), Some(NeighbourState::DELAY));
    for bad in [
        "s",
        "pr",
        "n",
        "no",
        "all",
        "300",
        "-1",
        "PERMANENT",
        "",
        "0x",
    ] {
        assert_eq!(nud_change(bad), None, "{bad}");
    }
}
