//! `nlip neigh show` against `ip neigh show` on the same namespace state: stdout byte for
//! byte, stderr and exit code; and the link-layer addresses of `neigh add|change|replace`
//! that ip refuses (or that leave the state as it was).

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
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 extern_learn",
    "neigh add 10.0.0.81 lladdr 02:00:00:00:00:81 dev v0 extern_learn nud noarp",
    "neigh add 10.0.0.86 dev v0 nud none",
    // A bridge port with a neighbour, for `master`/`nomaster` (both left down: no
    // multicast neighbours of their own).
    "link add br0 type bridge",
    "link add v2 type veth peer name v3",
    "link set v2 master br0",
    "neigh add 10.9.0.1 lladdr 02:00:00:00:09:01 dev v2 nud permanent",
    "link property add dev v0 altname longname0",
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
    "-s neigh get 10.0.0.50 dev v0",
    "-s neigh get 10.0.0.86 dev v0",
    "neigh show nud none",
    "neigh show nud noarp",
    "neigh show dev v0 nud stale nud permanent",
    "-br neigh",
    "-br neigh show nud all",
    "-br neigh show dev v0",
    "-br -j neigh",
    "-br -c neigh",
    "-br neigh show proxy",
    "-br -j neigh show proxy",
    "-br neigh get 10.0.0.50 dev v0",
    "neigh show unused",
    "neigh show master br0",
    "neigh show master v0",
    "neigh show nomaster",
    "neigh show master nosuch",
    "neigh show master",
    "neigh show vrf foo",
    "neigh show vrf br0",
    "neigh get 10.0.0.50 dev v0 foo",
    "neigh get 10.0.0.50 10.0.0.51 dev v0",
    "neigh get 10.0.0.50 proxy 10.0.0.60 dev v0",
    // the address read in the family option's family
    "-6 neigh get 10.0.0.50 dev v0",
    "-4 neigh get 2001:db8::50 dev v0",
    "-f link neigh get 2001:db8::50 dev v0",
    "-f link neigh get zz dev v0",
    "-f bridge neigh get 10.0.0.50 dev v0",
    "-f mpls neigh get 10.0.0.50 dev v0",
    "neigh get help",
    "neigh get 10.0.0.50 help",
    // devices by a `:label` suffix or an alternative name
    "neigh get 10.0.0.50 dev v0:0",
    "neigh get 10.0.0.50 dev longname0",
    "neigh show dev v0:0",
    "neigh list dev longname0",
    "neigh show master br0:1",
];

#[test]
fn neigh_show_matches_ip() {
    common::compare_with_ip("compat-neigh", SETUP, SHOW);
}

/// Link-layer addresses as ip 6.1 reads them for a change: the first piece that is not a
/// byte is named (`"zz" is invalid lladdr.`, exit 1) before the device is looked up; the
/// pieces after the 20th are not read; `null` sends none. Every line leaves the state as it
/// was (an error, or a replace that changes nothing), so ip and nlip run on the same state.
const LLADDR: &[&str] = &[
    "neigh add 10.0.0.2 lladdr zz:zz dev v0",
    "neigh replace 10.0.0.2 lladdr 02:zz dev v0",
    "neigh change 10.0.0.50 lladdr 1:zz:zz dev v0",
    "neigh add 10.0.0.2 l zz dev v0",
    "neigh add 10.0.0.2 lladdr 1.2.x dev v0",
    "neigh add 10.0.0.2 lladdr 256:1 dev v0",
    "neigh add 10.0.0.2 lladdr -1:1 dev v0",
    "neigh add 10.0.0.2 lladdr 02::03 dev v0",
    "neigh add 10.0.0.2 lladdr 02:00:00:00:00: dev v0",
    "neigh add 10.0.0.2 lladdr nul dev v0",
    "-6 neigh add 2001:db8::2 lladdr 2001:db8::1 dev v0",
    "neigh add 10.0.0.2 lladdr zz:zz dev nosuch",
    "neigh add 10.0.0.2 lladdr zz:zz",
    "neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 lladdr zz dev v0",
    // Read, then refused by the kernel.
    "neigh add 10.0.0.2 lladdr 1.2.3.4 dev v0",
    "neigh add 10.0.0.2 lladdr 02 dev v0",
    "neigh change 10.0.0.99 lladdr 1:2:3:4:5:6:7:8:9:a:b:c:d:e:f:10:11:12:13:14:zz dev v0",
    // `null`: no address sent (the entry has none).
    "neigh replace 10.0.0.86 lladdr null dev v0 nud none",
    "neigh show 10.0.0.86",
];

#[test]
fn neigh_lladdr_errors_match_ip() {
    common::compare_with_ip("compat-neigh-lladdr", SETUP, LLADDR);
}
