//! `nlip neigh show` against `ip neigh show` on the same namespace state: stdout byte for
//! byte, stderr and exit code.

mod common;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    // No link-local addresses: the kernel would add multicast neighbours (DAD, MLD) at its own
    // pace, between the two runs of a comparison.
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev v0 nud permanent",
    "neigh add 10.0.0.51 lladdr 02:00:00:00:00:51 dev v0 nud stale",
    "neigh add 10.0.0.53 lladdr 02:00:00:00:00:53 dev v0 nud stale router",
    "neigh add 10.0.0.54 lladdr 02:00:00:00:00:54 dev v0 nud noarp",
    "neigh add proxy 10.0.0.60 dev v0",
    "neigh add proxy 2001:db8::60 dev v0",
    "-6 neigh add 2001:db8::50 lladdr 02:00:00:00:00:52 dev v0 nud permanent",
    "-6 neigh add 2001:db8::51 lladdr 02:00:00:00:00:53 dev v0 nud stale router",
];

const SHOW: &[&str] = &[
    "neigh",
    "n",
    "neigh show",
    "neighbour show",
    "neighbor list",
    "n s",
    "-4 neigh",
    "-6 neigh",
    "neigh show proxy",
    "-6 neigh show proxy",
    "neigh show nud permanent",
    "neigh show nud stale",
    "neigh show nud noarp",
    "neigh show nud all",
    "neigh show nud permanent nud stale",
    "neigh show dev v0",
    "neigh show dev v0 nud stale",
    "neigh show 10.0.0.50",
    "neigh show to 2001:db8::51",
    "-s neigh show nud permanent",
    "-j neigh",
    "-j neigh show proxy",
    "-j -p neigh",
    "-j neigh show nud all",
    "-c neigh",
    "neigh show dev nosuch",
    "neigh show nud bogus",
    "neigh help",
    "neigh frob",
    "neigh show foo",
    "neigh get 10.0.0.50 dev v0",
    "neigh get 10.0.0.99 dev v0",
    "neigh get 10.0.0.50",
    "-j neigh get 10.0.0.50 dev v0",
    "neigh get proxy 10.0.0.60 dev v0",
    "neigh get 10.0.0.50 dev nosuch",
    "neigh get foo dev v0",
    "-6 neigh get 2001:db8::50 dev v0",
];

#[test]
fn neigh_show_matches_ip() {
    common::compare_with_ip("compat-neigh", SETUP, SHOW);
}
