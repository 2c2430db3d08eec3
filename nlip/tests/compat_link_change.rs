//! Link changes: the same command lines through `ip` in one fresh namespace and through
//! `nlip` in another; every command's stdout, stderr and exit code must match, and so must the
//! resulting state read back with `ip -j -d link show` (in both namespaces, and in the
//! namespaces links were moved to). Addresses are set explicitly wherever the kernel would
//! pick random ones; only the bridge's running timers are masked.
//!
//! `{NS2}` in a command stands for the side's second namespace and `{PID2}` for a process
//! running in it.

mod common;

use nltestns::Netns;
use std::process::{Child, Command, Stdio};

/// Changes that succeed (or warn) with ip on this kernel.
const CHANGES: &[&str] = &[
    "link set lo up",
    "link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02",
    "link add v2 type veth peer name v3",
    "link set v2 address 02:00:00:00:00:03",
    "link set dev v3 address 02:00:00:00:00:04",
    // Pieces as sscanf("%x") reads them: 02:00:00:00:00:04 again.
    "link set v3 address 2zz:0:-0:0x:00x5:4",
    "link add br0 address 02:00:00:00:00:10 type bridge",
    "link add br1 address 02:00:00:00:00:11 type bridge forward_delay 400 hello_time 300 max_age 2000 ageing_time 3000 stp_state 1 priority 7 group_fwd_mask 8 mcast_snooping 0 mcast_router 2 vlan_protocol 802.1ad",
    "link add br2 address 02:00:00:00:00:12 type bridge group_address 01:80:c2:00:00:0e mcast_query_use_ifaddr 1 mcast_querier 1 mcast_hash_elasticity 4 mcast_hash_max 512 mcast_last_member_count 3 mcast_startup_query_count 4 mcast_last_member_interval 200 mcast_membership_interval 30000 mcast_querier_interval 30000 mcast_query_interval 15000 mcast_query_response_interval 1500 mcast_startup_query_interval 4000 mcast_stats_enabled 1 mcast_igmp_version 3 mcast_mld_version 2",
    "link set br2 type bridge fdb_flush",
    "link set br2 type bridge nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1",
    "link add link v0 name mv0 address 02:00:00:00:00:20 type macvlan mode bridge",
    "link add link v0 name mv1 address 02:00:00:00:00:21 type macvlan mode private",
    "link add mv2 link v2 address 02:00:00:00:00:23 type macvlan",
    "link add link v2 name mt0 address 02:00:00:00:00:22 type macvtap mode vepa",
    "link add link v3 name mt1 address 02:00:00:00:00:24 type macvtap mode private flag nodst",
    "link add link v3 name mv3 address 02:00:00:00:00:25 type macvlan mode source flag null",
    "link add link v3 name mv4 address 02:00:00:00:00:26 type macvlan mode bridge bcqueuelen 50",
    "link add vx0 address 02:00:00:00:00:30 type vxlan id 42 remote 10.0.0.2 local 10.0.0.1 dstport 4789 dev v0 ttl 10 tos 5 ageing 100",
    "link add vx1 address 02:00:00:00:00:31 type vxlan id 43 dstport 0 nolearning",
    "link add vx2 address 02:00:00:00:00:32 type vxlan id 44",
    "link add vx3 address 02:00:00:00:00:33 type vxlan vni 45 remote 2001:db8::2 local 2001:db8::1 dstport 4790 ttl auto",
    "link add vx4 address 02:00:00:00:00:34 type vxlan id 46 group 239.1.1.1 dev v2 dstport 4789",
    "link add vx5 address 02:00:00:00:00:35 type vxlan id 47 dstport 4789 proxy rsc l2miss l3miss noudpcsum remcsumtx remcsumrx gbp df set srcport 1000 2000 maxaddress 10",
    "link add vx6 address 02:00:00:00:00:36 type vxlan external dstport 0",
    "link add vx9 address 02:00:00:00:00:39 type vxlan external",
    "link add vx7 address 02:00:00:00:00:37 type vxlan id 48 dstport 4789 ttl inherit tos inherit df inherit noproxy",
    "link add vx8 address 02:00:00:00:00:38 type vxlan id 49 remote 2001:db8::9 dstport 4789 flowlabel 5 udp6zerocsumtx udp6zerocsumrx",
    "link add ifb0 address 02:00:00:00:00:40 type ifb",
    "link add name ifb1 address 02:00:00:00:00:41 mtu 1400 txqueuelen 50 numtxqueues 2 numrxqueues 3 group 5 type ifb",
    "link add ifb2 address 02:00:00:00:00:42 up type ifb",
    "link set v0 up",
    "link set dev v1 up",
    "link set v0 down",
    "link set v0 up",
    "link set v1 mtu 1400",
    "link set v1 txqueuelen 500",
    "link set v1 txqlen 600",
    "link set v1 qlen 700",
    "link set v1 address 02:00:00:00:00:99",
    "link set v1 broadcast ff:ff:ff:ff:ff:fe",
    "link set v3 brd ff:ff:ff:ff:ff:fd",
    "link set v1 alias uplink",
    "link set v1 name w1",
    "link set w1 name v1",
    "link set name v1 mtu 1450",
    "link set v1 group 7",
    "link set v1 arp off",
    "link set v3 arp off multicast off promisc on allmulticast on dynamic on trailers on",
    "link set v3 arp on promisc off",
    "link set v1 addrgenmode none",
    "link set v3 addrgenmode random",
    "link set v1 master br0",
    "link set v3 master br1",
    "link set v1 nomaster",
    "link set v1 master br0",
    "link change v2 mtu 1300",
    "link change dev v2 up",
    "link set br1 type bridge stp_state 0 priority 100",
    "link set vx1 type vxlan ttl 5",
    "link property add dev v0 altname uplink0 altname up-link",
    "link property del dev v0 altname up-link",
    "link property add v1 altname alt1",
    "link prop a dev v3 altname alt3",
    "link set uplink0 mtu 1450",
    "link set dev alt1 alias via-altname",
    "link add m0 address 02:00:00:00:00:50 type veth peer name m1 address 02:00:00:00:00:51",
    "link set m1 netns {NS2}",
    "link add n0 address 02:00:00:00:00:52 type veth peer name n1 address 02:00:00:00:00:53 netns {NS2}",
    "link set ifb2 netns {PID2}",
    "link add index 55 ifb5 address 02:00:00:00:00:44 type ifb",
    "link add ifb6 address 02:00:00:00:00:45 type ifb",
    "link set ifb6 netns {NS2} index 77",
    "link add link-netns {NS2} link m0 name mvn address 02:00:00:00:00:90 type macvlan",
    "link set mv2 mtu 1200 txqueuelen 9 alias macvlan-two",
    "link a ifb3 address 02:00:00:00:00:43 type ifb",
    "link del mv1",
    "link delete dev ifb1",
    "link del vx2 type vxlan",
    "link d ifb3",
    "link set v0 up down",
    "link set v0",
    "link set v0 link nosuch",
    "link set v0 link v1 alias linked",
    "link set v1 txqueuelen -1 txqueuelen 900 mtu -1 mtu 1410",
    "link set v3 mode dormant state dormant gso_max_size 32000 gso_max_segs 100 gro_max_size 32000",
    "link set v3 mode default",
    "link set v0 xdp off",
    "link set v0 mtu 1450 xdpgeneric off",
    "link add xd0 address 02:00:00:00:00:80 type ifb xdp off",
    "link set v1 type bridge_slave priority 7 cost 5 hairpin on guard on root_block on fastleave on learning off flood off",
    "link set v3 type bridge_slave cost 9 learning on",
    "link add g1 address 02:00:00:00:00:60 group 9 type ifb",
    "link add g2 address 02:00:00:00:00:61 group 9 type ifb",
    "link add g3 address 02:00:00:00:00:62 group 9 type ifb",
    "link set group 9 up",
    "link set group 9 mtu 1400 txqueuelen 77",
    "link set dev g3 group 10",
    "link del group 9",
    "link replace r0 address 02:00:00:00:00:70 type ifb",
    "link replace r1 address 02:00:00:00:00:71 mtu 1300 type veth peer name r2 address 02:00:00:00:00:72",
    // A name with a colon goes to the kernel, which refuses it.
    "link add v0:0 type ifb",
    "link add x0:1 type veth peer name y0",
    // ip finds `DEV:N` as DEV (if_nametoindex cuts at the colon).
    "link set dev r0:0 mtu 1400",
    // Bridge keywords by prefix, in ip's order (`group` is group_fwd_mask).
    "link add b9 address 02:00:00:00:00:99 group 0 type bridge group 0 forw 1000 mcast_q 1",
    "link property add dev b9 altname b9-alt",
    "link property del dev b9 a b9-alt",
    "link set r0:1 up",
    // -echo: the kernel's echo of a new link, printed as ip's address listing prints links
    // (no mode, no qlen); nothing (`[{}]` in JSON) when it echoes nothing; a link outside
    // group 0 is not printed (ip's filter is still zeroed).
    "-echo link add e0 address 02:00:00:00:00:90 type ifb",
    "-j -echo link add e1 address 02:00:00:00:00:91 type ifb",
    "-j -p -echo link add e2 address 02:00:00:00:00:92 mtu 1400 type ifb",
    "-echo link add e3 address 02:00:00:00:00:93 group 7 type ifb",
    "-d -echo link add e4 address 02:00:00:00:00:94 type bridge",
    "-j -echo link set e1 mtu 1300",
    "-echo link del e0",
];

/// Bad commands: ip's message and exit code, and no change to the state.
const BAD: &[&str] = &[
    "link add",
    // `group G type T` without a device: the kind is dropped; nothing may follow it.
    "link delete group 77 type ifb",
    "link delete group 77 type ifb foo",
    "link add x0",
    "link add name x0",
    "link add x0 type veth foo",
    "link add x0 type veth help",
    "link add x0 type veth peer name",
    "link add x0 type veth peer name y0 peer name z0",
    "link add x0 type veth peer name y0 foo",
    "link add x0 type veth peer name y0 type veth",
    "link add x0 type veth peer help",
    "link add x0 type veth peer name y0 mtu zz",
    "link set v0 type veth peer name nosuch",
    "link add x0 type bridge foo",
    "link add x0 type bridge help",
    "link add x0 type bridge priority zz",
    "link add x0 type bridge forward_delay zz",
    "link add x0 type bridge vlan_protocol zz",
    "link add x0 type bridge vlan_filtering 1",
    "link add x0 type bridge mcast_querier zz",
    "link add x0 type bridge group_address zz",
    "link add x0 type bridge group_address 01:02",
    "link add x0 type bridge group_address 01:80:c2:00:00:01:02",
    "link add x0 type bridge group_address 01:80:c2:00:00:01",
    "link add x0 type bridge mcast_query_interval zz",
    "link add x0 type vxlan",
    "link add x0 type vxlan remote 1.2.3.4",
    "link add x0 type vxlan id 99999999",
    "link add x0 type vxlan id 5 remote 1.2.3.4 group 239.1.1.1",
    "link add x0 type vxlan id 5 remote zz",
    "link add x0 type vxlan id 5 dstport zz",
    "link add x0 type vxlan id 5 ttl zz",
    "link add x0 type vxlan id 5 dev nosuch",
    "link add x0 type vxlan id 5 foo",
    "link add x0 type vxlan help",
    "link add x0 type vxlan id 1 srcport zz 5",
    "link add x0 type vxlan id 1 srcport 5 zz",
    "link add x0 type vxlan id 1 srcport 5",
    "link add x0 type vxlan id 1 maxaddress zz",
    "link add x0 type vxlan id 1 flowlabel zz",
    "link add x0 type vxlan id 1 df zz",
    "link add x0 type vxlan id 1 ageing zz",
    "link add x0 type vxlan id 1 tos zz",
    "link add x0 type vxlan id 1 local zz",
    "link add x0 type vxlan id 1 group 10.0.0.1",
    "link add x0 type vxlan id 1 remote 239.1.1.1",
    "link add x0 type vxlan id 1 dstport 0 flowlabel 5",
    "link add x0 type vxlan id 3 dstport 0 gpe",
    "link add x0 type vxlan id 5 id 6",
    "link add x0 type vxlan vni 5 id 6",
    "link add x0 type vxlan id 5 ttl 3 ttl inherit",
    "link add x0 type vxlan id 5 learning nolearning",
    "link add x0 type vxlan id 5 proxy noproxy",
    "link add x0 type vxlan id 5 gbp gbp",
    "link add x0 type vxlan id 5 srcport 1 2 srcport 3 4",
    "link add x0 type vxlan id 5 dev v0 dev v0",
    "link add x0 type vxlan id 5 id",
    "link add x0 type vxlan id 5 local any",
    "link add x0 type vxlan id 5 remote 10.0.0.2 local any dstport 0",
    "link add x0 type vxlan id 5 remote 2001:db8::2 local any dstport 0",
    "link add x0 type vxlan id 5 local 10.0.0.1 remote 2001:db8::1 dstport 0",
    "link add x0 type vxlan id 5 local 239.1.1.1 dstport 0",
    "link add x0 type vxlan id 5 group 239.1.1.1 remote 10.0.0.1",
    "link add x0 type vxlan id 5 remote 10.0.0.2 group 10.0.0.9",
    "link add x0 type vxlan id 5 remote any dstport 0",
    "link add x0 type vxlan id 5 group any dstport 0",
    "link add x0 type vxlan id 5 local 10.0.0.1 group ff02::1 dstport 0",
    "link add x0 type vxlan id 5 remote 2001:db8::2 local zz",
    "link add x0 type vxlan id 5 ttl 256",
    "link add x0 type vxlan id 5 external",
    "link add x0 type vxlan id 5 group 239.1.1.1 dstport 0",
    "link add x0 type vxlan group 239.1.1.1",
    "link set vx0 type vxlan group 239.1.1.1",
    "link add x0 link nosuch type macvlan",
    "link add x0 link v0 type macvlan mode foo",
    "link add x0 link v0 type macvlan foo",
    "link add x0 link v0 type macvtap foo",
    "link add x0 type macvlan",
    "link add x0 link v0 type macvlan nopromisc",
    "link add x0 link v0 type macvlan mode bridge flag nopromisc",
    "link add x0 link v0 type macvlan flag zz",
    "link add x0 link v0 type macvlan bcqueuelen zz",
    "link add x0 link v0 type macvtap help",
    "link add v0 type veth peer name x9",
    "link add x0 type veth peer name v0",
    "link add x0 x1 type ifb",
    "link add x0 name x1 type ifb",
    "link add name x0 name x1 type ifb",
    "link add 0123456789abcdefg type ifb",
    "link add x0 type nosuchkind",
    "link add x0 type dummy",
    "link add t0 type tun",
    "link add t0 type tap",
    "link set v0 vrf nosuch",
    "link set v0 vrf br0",
    "link set v0 vrf",
    "link set v0 xdp foo",
    "link set v0 xdp off mtu 1400",
    "link set v0 xdpgeneric",
    "link del v0 type",
    "link add x0 mtu zz type ifb",
    "link add x0 address zz type ifb",
    "link del",
    "link del dev",
    "link del nosuch",
    "link delete v0 v1",
    "link set",
    "link set nosuch up",
    "link set v0 mtu abc",
    "link set v0 mtu 12abc",
    "link set v0 mtu 10",
    "link set v0 mtu",
    "link set v0 address zz",
    // The first piece that is not a byte is named; a dotted word is named whole.
    "link set v0 address zz:zz",
    "link set v0 address 02:zz",
    "link set v0 address 02::03",
    "link set v0 address 02:",
    "link set v0 address 256:1:2:3:4:5",
    "link set v0 address -1:1:2:3:4:5",
    "link set v0 address 1.2.x",
    "link set v0 address 02:00.1",
    "link set v0 address 1.2.3.4",
    "link set v0 address 1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1",
    "link set v0 address 1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:zz",
    "link set v0 broadcast zz:zz",
    "link add x0 address zz:zz type ifb",
    "link add x0 broadcast 1:zz type ifb",
    "link add x0 type veth peer name y0 address zz:zz",
    "link add x0 type veth peer name y0 broadcast zz:1",
    "link add x0 type bridge group_address zz:1",
    "link set v0 address 02:00:00:00:00:01:02:03",
    "link set v0 brd 1",
    "link set v0 arp maybe",
    "link set v0 arp",
    "link set v0 name",
    "link set v0 name a/b",
    "link set v0 name way-too-long-name-here",
    "link set v0 name v1",
    "link set v0 name x name y",
    "link set a/b up",
    "link set v0 master nosuch",
    "link set v0 master v1",
    "link set v0 netns nlkit-no-such-ns",
    "link set v0 netns 2147483647",
    "link set v0 group nosuch",
    "link set v0 addrgenmode foo",
    "link set v0 foo",
    "link set v0 mult on",
    "link set v0 allmulti on",
    "link set v0 index 5",
    "link set v0 index zz",
    "link set nosuch index 5",
    "link set v0 index 5 address 02:00",
    "link set nosuch address 02:00",
    "link set address 02:00 dev v0",
    "link set v0 mtu 1400 mtu zz",
    "link set v0 txqlen 5 qlen 6",
    "link set v0 txqueuelen 5 txqueuelen -1",
    "link set v0 group -1 group 3",
    "link set v0 index -1",
    "link add x0 name x1 link nosuch",
    "link add x0 link nosuch",
    "link replace x0 link nosuch",
    "link set v0 group 1 group zz",
    "link set v0 index 5 index zz",
    "link set v0 netns {NS2} netns {NS2}",
    "link add link-netns nlkit-no-such-ns link v0 name x0 type macvlan",
    "link add link-netns {NS2} link-netnsid 0 link v0 name x0 type macvlan",
    "link add link-netnsid zz link v0 name x0 type macvlan",
    "link add link-netnsid 99 link v0 name x0 type macvlan",
    "link set v0 numtxqueues 2 numtxqueues 2",
    "link set v0 numrxqueues 2 numrxqueues 2",
    "link set v0 txqlen 99999999999",
    "link set v0 numtxqueues zz",
    "link set v0 d 1",
    "link set v0 h",
    "link set dev v0 dev v1",
    "link set nosuch type bridge stp_state 1",
    "link set nosuch type vxlan foo",
    "link set nosuch mtu 1400 type bridge foo",
    "link set type vxlan foo",
    "link del nosuch type vxlan foo",
    "link change nosuch type vxlan ttl 3 name x",
    "link set dev nosuch mtu zz type vxlan foo",
    "link set vx0 type bridge stp_state 1",
    "link property",
    "link property foo",
    "link property help",
    "link property h",
    "link property delete dev v0 altname uplink0",
    "link property add",
    "link property add dev v0 altname",
    "link property add dev v0 altname a/b",
    "link property add dev v0 altname x foo",
    "link property add dev nosuch altname a",
    "link property del dev v0 altname nosuch",
    "link property add dev v0 altname uplink0",
    "link property add dev v0 altname v1",
    "link property del v0 help",
    "link frob",
    "link set v0 mode zz",
    "link set v0 state zz",
    "link set v0 protodown on",
    "link set v0 protodown maybe",
    "link set v0 carrier maybe",
    "link set v0 carrier off",
    "link set v0 gso_max_size zz",
    "link set v1 type bridge_slave foo",
    "link set v1 type bridge_slave cost zz",
    "link set v1 type bridge_slave learning maybe",
    "link set v1 type bridge_slave state 3",
    "link set v0 type bridge_slave cost 5",
    "link add link v0 name vl0 type vlan id zz",
    "link add link v0 name vl0 type vlan id 5 protocol zz",
    "link add link v0 name vl0 type vlan id 5 foo",
    "link add link v0 name vl0 type vlan help",
    "link add b0 type bond mode zz",
    "link add b0 type bond miimon zz",
    "link add b0 type bond foo",
    "link add r9 type vrf table zz",
    "link add r9 type vrf foo",
    "link add g0 type gre remote zz",
    "link add g0 type gre ttl zz",
    "link add g0 type gre ttl 256",
    "link add g0 type gre tos zz",
    "link add g0 type gre key zz",
    "link add g0 type gre ikey -1",
    "link add g0 type gre okey 1.2.3.4.5",
    "link add g0 type gre okey 1.256.3.4",
    "link add g0 type gre okey 1..2",
    "link add g0 type gre okey 0x",
    "link add b0 type bond mode 7",
    "link add b0 type bond updelay zz",
    "link add b0 type bond use_carrier 300",
    "link add b0 type bond xmit_hash_policy zz",
    "link add b0 type bond lacp_rate 2",
    "link add b0 type bond ad_select zz",
    "link add link v0 name vl0 type vlan id 5 reorder_hdr maybe",
    "link add g0 type gre foo",
    "link add g0 type gre dev nosuch",
    "link add w0 type wireguard foo",
    "link add x0 type nosuchkind foo",
    "link del group 0",
    "link del group 123",
    "link set group zz up",
    "link replace r0 type ifb",
    "link replace v0 type veth",
];

fn subst(cmd: &str, ns2: &str, pid2: u32) -> Vec<String> {
    cmd.split_whitespace()
        .map(|w| match w {
            "{NS2}" => ns2.to_owned(),
            "{PID2}" => pid2.to_string(),
            _ => w.to_owned(),
        })
        .collect()
}

/// Puts the placeholders back into a command's output (messages may quote them).
fn unsubst(
    out: (Option<i32>, String, String),
    ns2: &str,
    pid2: u32,
) -> (Option<i32>, String, String) {
    let back = |s: String| s.replace(ns2, "{NS2}").replace(&pid2.to_string(), "{PID2}");
    (out.0, back(out.1), back(out.2))
}

fn run(program: &str, ns: &str, args: &[String]) -> (Option<i32>, String, String) {
    let o = Command::new(program)
        .arg("-n")
        .arg(ns)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A process that lives in `ns` (for `netns PID`); killed when the test ends.
struct Sleeper(Child);

impl Sleeper {
    fn start(ns: &Netns) -> Sleeper {
        let child = Command::new("ip")
            .args(["netns", "exec", ns.name(), "sleep", "600"])
            .stdin(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start a process in {}: {e}", ns.name()));
        let pid = child.id();
        // `ip netns exec` enters the namespace and then runs sleep in the same process: once
        // it is `sleep`, it is in `ns`. Before that it may still be in the host's namespace,
        // where no link may ever be moved, so waiting is not optional.
        use std::os::unix::fs::MetadataExt;
        let target = std::fs::metadata(format!("/run/netns/{}", ns.name())).map(|m| m.ino());
        let entered = (0..500).any(|_| {
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            let inside = std::fs::metadata(format!("/proc/{pid}/ns/net")).map(|m| m.ino());
            (comm.trim() == "sleep"
                && target.is_ok()
                && inside.ok() == target.as_ref().ok().copied())
                || {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                    false
                }
        });
        let mut s = Sleeper(child);
        if !entered {
            let _ = s.0.kill();
            panic!("the helper process did not enter {}", ns.name());
        }
        s
    }
}

impl Drop for Sleeper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The first difference between two long texts, with some context.
fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(300);
    let around = |s: &str| {
        s.get(from..(at + 200).min(s.len()))
            .unwrap_or("")
            .to_owned()
    };
    format!(
        "at byte {at}:
  ip:   ...{}
  nlip: ...{}",
        around(a),
        around(b)
    )
}

/// Masks the values of running bridge timers (`..._timer`) in `ip -j -d` output.
fn mask_timers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("_timer\":") {
        let cut = i + "_timer\":".len();
        out.push_str(&rest[..cut]);
        rest = &rest[cut..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        out.push('0');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn state(ns: &Netns) -> String {
    mask_timers(&ns.ip_ok(&["-j", "-d", "link", "show"]))
}

/// The states of two namespaces, read after a pause and again for up to 3 s while they
/// differ: carrier and operational state follow a change asynchronously (the kernel's link
/// watch runs up to a second later), so a difference must last to count.
fn settled_states(a: &Netns, b: &Netns) -> (String, String) {
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let mut s = (state(a), state(b));
    for _ in 0..15 {
        if s.0 == s.1 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        s = (state(a), state(b));
    }
    s
}

#[test]
fn link_changes_match_ip() {
    let (Some(a), Some(b)) = (Netns::new("lchg-ip"), Netns::new("lchg-nlip")) else {
        return;
    };
    let (Some(a2), Some(b2)) = (Netns::new("lchg-ip2"), Netns::new("lchg-nlip2")) else {
        return;
    };
    let (sa, sb) = (Sleeper::start(&a2), Sleeper::start(&b2));
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for cmd in CHANGES {
        let want = unsubst(
            run("ip", a.name(), &subst(cmd, a2.name(), sa.0.id())),
            a2.name(),
            sa.0.id(),
        );
        let got = unsubst(
            run(nlip, b.name(), &subst(cmd, b2.name(), sb.0.id())),
            b2.name(),
            sb.0.id(),
        );
        if want != got {
            failures.push(format!("{cmd}:\n  ip   {want:?}\n  nlip {got:?}"));
        }
    }
    let before = settled_states(&a, &b);
    if before.0 != before.1 {
        failures.push(format!(
            "state after the changes differs {}",
            first_difference(&before.0, &before.1)
        ));
    }
    let moved = settled_states(&a2, &b2);
    if moved.0 != moved.1 {
        failures.push(format!(
            "state of the target namespace differs {}",
            first_difference(&moved.0, &moved.1)
        ));
    }
    for cmd in BAD {
        let want = unsubst(
            run("ip", a.name(), &subst(cmd, a2.name(), sa.0.id())),
            a2.name(),
            sa.0.id(),
        );
        let got = unsubst(
            run(nlip, b.name(), &subst(cmd, b2.name(), sb.0.id())),
            b2.name(),
            sb.0.id(),
        );
        if want != got {
            failures.push(format!("{cmd}:\n  ip   {want:?}\n  nlip {got:?}"));
        }
        if want.0 == Some(0) {
            failures.push(format!("{cmd}: meant to fail, but ip succeeded"));
        }
    }
    let after = settled_states(&a, &b);
    if after.0 != before.0 {
        failures.push(format!(
            "a bad command changed ip's state {}",
            first_difference(&before.0, &after.0)
        ));
    }
    if after.1 != before.1 {
        failures.push(format!(
            "a bad command changed nlip's state {}",
            first_difference(&before.1, &after.1)
        ));
    }
    println!(
        "compared {} change commands, {} bad commands and the resulting state",
        CHANGES.len(),
        BAD.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Kinds this kernel lacks (it answers "Unknown device type"): the request nlip sends must
/// be the bytes ip sends. The options are typed in the order nlkit emits them (ip follows the
/// command line for some).
const MISSING_KINDS: &[&str] = &[
    "link add d0 type dummy",
    "link add d0 type dummy foo",
    "link add d0 mtu 1400 type dummy",
    "link add link lo name vl0 type vlan id 100 protocol 802.1ad",
    "link add link lo vl1 type vlan id 7",
    "link add link lo name vl2 type vlan id 5 protocol 802.1Q",
    "link add bo0 type bond mode active-backup miimon 100",
    "link add bo1 type bond mode 802.3ad",
    "link add bo2 type bond",
    "link add bo5 type bond mode 802.3ad miimon 100 updelay 200 downdelay 300 use_carrier 0 xmit_hash_policy layer3+4 all_slaves_active 1 min_links 2 lacp_rate fast ad_select bandwidth",
    "link add bo6 type bond xmit_hash_policy 2 lacp_rate 0 ad_select count",
    "link add link lo name vl5 type vlan id 5 protocol 802.1ad reorder_hdr off",
    "link add link lo name vl6 type vlan id 6 reorder_hdr on gvrp on mvrp off loose_binding on bridge_binding off",
    "link add vrf0 type vrf table 10",
    "link add vrf1 type vrf table main",
    "link add gre0 type gre local 10.0.0.1 remote 10.0.0.2 ttl 64 key 5",
    "link add gre1 type gre remote 10.0.0.2",
    "link add gre2 type gre key 1.2.3.4 tos 8",
    "link add gre3 type gre ikey 7",
    "link add gre4 type gre local 10.0.0.1 remote 10.0.0.2 tos 0x10 dev lo ttl 9",
    "link add gre5 type gre",
    "link add gre6 type gre ttl 0",
    "link add gre7 type gre ttl 255 tos inherit",
    "link add gre9 type gre local any remote 10.0.0.2",
    "link add gre10 type gre nopmtudisc",
    "link add gre11 type gre ikey 1 okey 2",
    "link add gre13 type gre ikey 1.2.3 okey 0x10.1",
    "link add gre14 type gre key 256",
    "link add gre12 type gre ttl inherit",
    "link add vl3 type vlan id 5",
    "link add link lo vl4 type vlan id 4096",
    "link add bo4 type bond mode 6 miimon 0x10",
    "link add vrf2 type vrf table 4294967295",
    "link add vrf3 type vrf table 0",
    "link add wg0 type wireguard",
    "link add wg1 address 02:00:00:00:00:01 mtu 1420 type wireguard",
];

/// The message types of link changes (`RTM_NEWLINK`, `RTM_DELLINK`, `RTM_NEWLINKPROP`,
/// `RTM_DELLINKPROP`) as strace prints them.
const LINK_CHANGES: &[&str] = &["0x10", "0x11", "0x6c", "0x6d"];

fn traced(
    program: &str,
    ns: &str,
    cmd: &str,
) -> (Option<i32>, String, Option<(String, String, String)>) {
    common::strace::traced(program, ns, cmd, LINK_CHANGES)
}

#[test]
fn requests_for_kinds_this_kernel_lacks_are_ips_bytes() {
    if !nltestns::tool("strace", "link change request bytes") {
        return;
    }
    let Some(ns) = Netns::new("lchg-bytes") else {
        return;
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for cmd in MISSING_KINDS {
        let want = traced("ip", ns.name(), cmd);
        let got = traced(nlip, ns.name(), cmd);
        if want.2.is_none() {
            failures.push(format!("{cmd}: no request seen from ip"));
        }
        if want != got {
            failures.push(format!("{cmd}:\n  ip   {want:?}\n  nlip {got:?}"));
        }
    }
    println!(
        "compared the requests of {} command lines",
        MISSING_KINDS.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Link changes in a `-batch -force` file: each line's messages, the "Command failed" lines,
/// the exit code and the resulting links must match ip's.
const BATCH: &[&str] = &[
    "link add b0 address 02:00:00:00:01:00 type ifb",
    "link set b0 up mtu 1400",
    "link set nosuch up",
    "link add b1 address 02:00:00:00:01:01 type veth peer name b2 address 02:00:00:00:01:02",
    "link add b1 type ifb",
    "link set b2 master nosuch",
    "link set b2 address zz:zz",
    "link property add dev b1 altname batch-alt",
    "link set batch-alt alias from-batch",
    "link del b0",
    "link add b3 address 02:00:00:00:01:03 type ifb",
    "link add x0 type veth foo",
    "link add b4 address 02:00:00:00:01:04 type ifb",
];

#[test]
fn link_changes_in_a_forced_batch_match_ip() {
    let (Some(a), Some(b)) = (Netns::new("lchg-bip"), Netns::new("lchg-bnlip")) else {
        return;
    };
    let file = std::env::temp_dir().join(format!("nlkit-lchg-batch-{}", std::process::id()));
    std::fs::write(&file, BATCH.join("\n") + "\n").unwrap();
    let args = [
        "-force".to_owned(),
        "-batch".to_owned(),
        file.display().to_string(),
    ];
    let want = run("ip", a.name(), &args);
    let got = run(env!("CARGO_BIN_EXE_nlip"), b.name(), &args);
    let _ = std::fs::remove_file(&file);
    let normal = |s: &str| s.replace(&file.display().to_string(), "FILE");
    let want = (want.0, want.1, normal(&want.2));
    let got = (got.0, got.1, normal(&got.2));
    assert_eq!(want, got, "batch output");
    assert!(want.2.contains("Command failed"), "{want:?}");
    let (sa, sb) = settled_states(&a, &b);
    assert!(sa == sb, "state differs {}", first_difference(&sa, &sb));
}

/// Option words and values for the random command lines (never `netns`: a random pid could
/// name the host's namespace).
const RANDOM_OPTIONS: &[(&str, &[&str])] = &[
    ("mtu", &["1400", "zz", "-1", "0x500", "70000", "68"]),
    ("txqueuelen", &["5", "-1", "zz"]),
    (
        "address",
        &["02:00:00:00:00:99", "zz", "01:00:00:00:00:01", "02:00"],
    ),
    ("broadcast", &["ff:ff:ff:ff:ff:fe", "1"]),
    ("alias", &["foo"]),
    ("name", &["q9", "i0", "a/b", "0123456789abcdefg"]),
    ("group", &["3", "default", "zz"]),
    ("arp", &["on", "off", "x"]),
    ("multicast", &["on", "off"]),
    ("promisc", &["on", "off"]),
    ("allmulticast", &["on", "x"]),
    ("master", &["b0", "q1", "nosuch"]),
    ("nomaster", &[]),
    ("up", &[]),
    ("down", &[]),
    ("addrgenmode", &["none", "random", "x"]),
    ("mode", &["dormant", "x"]),
    ("state", &["up", "x"]),
    ("carrier", &["on", "x"]),
    ("gso_max_size", &["30000", "zz"]),
    (
        "type",
        &[
            "bridge_slave cost 5",
            "veth peer name p9 address 02:00:00:00:00:bb",
            "bridge stp_state 1",
            "ifb foo",
            "vxlan ttl 3",
            "macvlan mode bridge",
        ],
    ),
    ("index", &["5"]),
    ("link", &["q1", "nosuch"]),
    ("qlen", &["9"]),
    ("xdp", &["off", "x"]),
    ("dev", &["q0", "q1"]),
];

/// Random command lines (a fixed seed) against a small fresh setup each: output and state
/// must match ip's.
#[test]
fn random_link_command_lines_match_ip() {
    let mut seed: u64 = 0x6e6c_6b69_7421;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let setup = [
        "link add q0 address 02:00:00:00:00:01 type veth peer name q1 address 02:00:00:00:00:02",
        "link add b0 address 02:00:00:00:00:03 type bridge",
        "link add i0 address 02:00:00:00:00:04 type ifb",
    ];
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    let cases = 120;
    for _ in 0..cases {
        let ops = ["set", "set", "change", "add", "del", "replace"];
        let op = ops[next(ops.len())];
        let devs = ["q0", "q1", "dev q0", "i0", "b0", "nosuch", "x9"];
        let mut cmd = format!("link {op} {}", devs[next(devs.len())]);
        if op == "add" || op == "replace" {
            cmd.push_str(" address 02:00:00:00:00:aa");
        }
        for _ in 0..next(4) {
            let (k, vs) = RANDOM_OPTIONS[next(RANDOM_OPTIONS.len())];
            cmd.push(' ');
            cmd.push_str(k);
            if !vs.is_empty() {
                cmd.push(' ');
                cmd.push_str(vs[next(vs.len())]);
            }
        }
        let (Some(a), Some(b)) = (Netns::new("lchg-ra"), Netns::new("lchg-rb")) else {
            return;
        };
        for ns in [&a, &b] {
            for c in setup {
                ns.ip_ok(&c.split_whitespace().collect::<Vec<_>>());
            }
        }
        let words: Vec<String> = cmd.split_whitespace().map(str::to_owned).collect();
        let want = run("ip", a.name(), &words);
        let got = run(nlip, b.name(), &words);
        if want != got {
            failures.push(format!("{cmd}:\n  ip   {want:?}\n  nlip {got:?}"));
            continue;
        }
        let (sa, sb) = (state(&a), state(&b));
        let (sa, sb) = if sa == sb {
            (sa, sb)
        } else {
            settled_states(&a, &b)
        };
        if sa != sb {
            failures.push(format!(
                "{cmd}: state differs {}",
                first_difference(&sa, &sb)
            ));
        }
    }
    println!("compared {cases} random command lines");
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
