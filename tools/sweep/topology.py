"""The namespace topology of the sweep: the `ip -batch` lines that build it, and the value
pools the grammar draws device names, addresses, tables and ids from.

The same lines build the read namespace and both twins, so the twins start identical. Every
MAC address is given explicitly (veth, bridge, macvlan, vxlan and ifb would otherwise pick
random ones), which keeps the IPv6 link-local addresses identical too.

Names of other namespaces are placeholders filled in by the caller:
  {xns}  the namespace holding the far end of the `vp0` veth (one per built namespace)
  {p0} {p1}  two spare namespaces shared by every built namespace (targets of `netns set`)
"""

# Interfaces and their explicit MACs (kept in KNOWN_MACS, so the state normaliser keeps them).
MACS = {
    "va0": "02:00:00:00:0a:00", "va1": "02:00:00:00:0a:01",
    "vb0": "02:00:00:00:0b:00", "vb1": "02:00:00:00:0b:01",
    "br0": "02:00:00:00:b0:00", "mv0": "02:00:00:00:0c:00",
    "vx0": "02:00:00:00:0d:00", "ifb0": "02:00:00:00:0e:00",
    "vp0": "02:00:00:00:0f:00", "vp1": "02:00:00:00:0f:01",
}

# Lines that must succeed, run in order with `ip -batch -` (lines led by -6 with
# `ip -6 -batch -`). "#peer" runs PEER_SETUP in {xns}; "#wait DEV..." waits until each DEV
# has its carrier and its IPv6 multicast route (nexthops refuse a device without carrier).
SETUP = [
    "netns set {xns} 5",
    "netns set {p0} 7",
    "link set lo up",
    "link add va0 address {va0} type veth peer name va1 address {va1}",
    "link add vb0 address {vb0} type veth peer name vb1 address {vb1}",
    "link add br0 address {br0} type bridge",
    "link set vb1 master br0",
    "link add link va0 name mv0 address {mv0} type macvlan mode bridge",
    "link add vx0 address {vx0} type vxlan id 42 dstport 4789 local 10.0.0.1 dev va0",
    "link add ifb0 address {ifb0} type ifb",
    "link add vp0 address {vp0} type veth peer name vp1 address {vp1} netns {xns}",
    # Links come up one pair at a time, each waited for: the kernel adds a link's IPv6
    # routes (ff00::/8, fe80::/64) when it reports the carrier, so this fixes their order.
    "#peer",
    "link set va1 up",
    "link set va0 up",
    "#wait va0 va1",
    "link set vb1 up",
    "link set vb0 up",
    "#wait vb0 vb1",
    "link set br0 up",
    "#wait br0",
    "link set mv0 up mtu 1400",
    "#wait mv0",
    "link set vx0 up",
    "#wait vx0",
    "link set vp0 up",
    "#wait vp0",
    "link set dev vb0 group 5",
    "link set dev va0 alias uplink",
    "link property add dev va0 altname va0-alt",
    "link property add dev br0 altname bridge-main",
    # addresses
    "addr add 10.0.0.1/24 dev va0",
    "addr add 10.0.0.5/24 dev va0 label va0:sec valid_lft 3000 preferred_lft 2000",
    "addr add 10.1.0.1/24 brd + dev va1",
    "addr add 10.2.0.1/24 dev vb0",
    "addr add 10.2.0.9 peer 10.2.9.1/32 dev vb0",
    "addr add 10.3.0.1/24 dev br0",
    "addr add 10.4.0.1/24 dev mv0 scope link",
    "addr add 10.5.0.1/24 dev vp0 metric 50",
    "addr add 2001:db8::1/64 dev va0",
    "addr add 2001:db8::5/64 dev va0 noprefixroute",
    "addr add 2001:db8:1::1/64 dev va1",
    "addr add 2001:db8:2::1/64 dev vb0 valid_lft 4000 preferred_lft 3000",
    "addr add 2001:db8:3::1/64 dev br0",
    "addr add 2001:db8:5::1/64 dev vp0 home",
    # nexthops
    "nexthop add id 1 via 10.0.0.10 dev va0",
    "nexthop add id 2 via 10.2.0.10 dev vb0",
    "nexthop add id 3 blackhole",
    "nexthop add id 4 via 2001:db8::10 dev va0",
    "nexthop add id 5 dev va0",
    "nexthop add id 6 via 10.3.0.10 dev br0 protocol static",
    "nexthop add id 10 group 1/2",
    "nexthop add id 11 group 1,3/2,5 protocol bird",
    "nexthop add id 12 group 1/2 type resilient buckets 8 idle_timer 60 unbalanced_timer 30",
    "nexthop add id 20 via 10.0.0.10 fdb",
    "nexthop add id 21 group 20 fdb",
    # routes, main table
    "route add default via 10.0.0.254",
    "route add 10.10.0.0/16 via 10.0.0.10",
    "route add 10.11.0.0/24 via 10.0.0.10 dev va0 metric 100 proto static",
    "route add blackhole 10.12.0.0/24",
    "route add unreachable 10.13.0.0/24",
    "route add prohibit 10.14.0.0/24 metric 7",
    "route add 10.15.0.0/24 nexthop via 10.0.0.10 weight 1 nexthop via 10.2.0.10 weight 3",
    "route add 10.16.0.0/24 dev vb0 src 10.2.0.1 scope link proto 42",
    "route add 10.17.0.0/24 via 10.0.0.11 mtu lock 1400 advmss 1300 rtt 100ms initcwnd 10 realms 5/6",
    "route add 10.18.0.0/24 nhid 10",
    "route add 10.19.0.0/24 nhid 12 proto bird",
    "route add 10.20.0.0/24 tos 0x10 via 10.0.0.10",
    "route add 10.21.0.0/24 via 10.3.0.10 dev br0 onlink",
    "route add 10.22.0.0/24 dev va0 congctl lock cubic quickack 1 features ecn hoplimit 5",
    "route add 10.23.0.0/24 via inet6 fe80::10 dev va0",
    # other tables
    "route add 10.30.0.0/16 via 10.0.0.10 table 100",
    "route add default via 10.2.0.10 table 100",
    "route add throw 10.31.0.0/24 table 100",
    "route add 10.32.0.0/24 dev vb0 table 200 proto boot",
    "route add 10.33.0.0/24 nhid 11 table 200",
    "route add 10.34.0.0/24 dev va0 table 1000 metric 5",
    "route add 10.35.0.0/24 dev va0 table 70000",
    # IPv6
    "route add 2001:db8:10::/48 via 2001:db8::10",
    "route add 2001:db8:11::/48 dev vb0 metric 5 pref high",
    "route add unreachable 2001:db8:dead::/48",
    "route add blackhole 2001:db8:beef::/48 metric 100",
    "route add 2001:db8:12::/48 nexthop via 2001:db8::10 dev va0 nexthop via 2001:db8:2::10 dev vb0",
    "route add 2001:db8:13::/48 from 2001:db8::/64 via 2001:db8::11",
    "route add 2001:db8:14::/48 nhid 4 proto static",
    "route add 2001:db8:15::/48 via 2001:db8::10 expires 3000",
    "route add 2001:db8:20::/48 via 2001:db8:2::10 table 100",
    "route add 2001:db8:21::/48 dev va0 table 200 mtu 1280",
    # rules
    "rule add pref 100 fwmark 7 table 100",
    "rule add pref 200 from 10.0.0.0/24 table 200",
    "rule add pref 300 to 10.30.0.0/16 lookup 1000",
    "rule add pref 400 iif va0 table 100 protocol static",
    "rule add pref 500 not from 10.2.0.0/24 tos 0x10 goto 600",
    "rule add pref 600 uidrange 1000-2000 ipproto tcp dport 80-90 table main suppress_prefixlength 0",
    "rule add pref 700 fwmark 0x10/0xff oif vb0 prohibit",
    "rule add pref 800 sport 1000 realms 3/4 table 200",
    "rule add pref 900 from 10.9.0.0/16 unreachable",
    "-6 rule add pref 100 from 2001:db8::/64 table 100",
    "-6 rule add pref 200 to 2001:db8:20::/48 fwmark 3 table 200",
    "-6 rule add pref 300 from 2001:db8:2::/64 iif vb0 blackhole",
    # neighbours
    "neigh add 10.0.0.10 lladdr 02:00:00:00:10:10 dev va0 nud permanent",
    "neigh add 10.0.0.11 lladdr 02:00:00:00:10:11 dev va0 nud stale",
    "neigh add 10.0.0.12 dev va0 nud noarp lladdr 02:00:00:00:10:12",
    "neigh add 10.2.0.10 lladdr 02:00:00:00:20:10 dev vb0 nud permanent",
    "neigh add 2001:db8::10 lladdr 02:00:00:00:60:10 dev va0 nud permanent router",
    "neigh add 2001:db8::11 lladdr 02:00:00:00:60:11 dev va0 nud stale",
    "neigh add proxy 10.0.0.50 dev va0",
    "neigh add proxy 2001:db8::50 dev va0",
    "neigh add proxy 10.2.0.50 dev vb0",
]

# Lines that may fail on this kernel (tried one by one; the report lists the failures).
OPTIONAL = [
    "route add 10.40.0.0/24 encap mpls 100 via 10.0.0.10 dev va0",
    "nexthop add id 30 encap mpls 200 via 10.0.0.10 dev va0",
]

# Lines for the far end of vp0 (run inside {xns}).
PEER_SETUP = [
    "link set lo up",
    "link set vp1 up",
    "addr add 10.5.0.2/24 dev vp1",
]

# MACs the grammar uses for new objects (lladdr, address, peer addresses).
NEW_MACS = ["02:00:00:00:ee:01", "02:00:00:00:ee:02", "02:00:00:00:10:99",
            "02:00:00:00:10:10", "aa:bb:cc:dd:ee:ff"]

KNOWN_MACS = sorted(set(MACS.values()) | set(NEW_MACS) | {
    "02:00:00:00:10:10", "02:00:00:00:10:11", "02:00:00:00:10:12", "02:00:00:00:20:10",
    "02:00:00:00:60:10", "02:00:00:00:60:11", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff",
    "01:80:c2:00:00:00",
})


def setup_lines(xns, p0, p1):
    """The SETUP batch, names and MACs filled in."""
    return [line.format(xns=xns, p0=p0, p1=p1, **MACS) for line in SETUP]


def optional_lines(xns, p0, p1):
    return [line.format(xns=xns, p0=p0, p1=p1, **MACS) for line in OPTIONAL]


# Sysctls written in every built namespace before the links are made (no DAD, so no
# `tentative` flag timing; no router solicitations, so fewer packets ticking counters).
SYSCTLS = [
    ("net/ipv6/conf/all/accept_dad", "0"),
    ("net/ipv6/conf/default/accept_dad", "0"),
    ("net/ipv6/conf/all/router_solicitations", "0"),
    ("net/ipv6/conf/default/router_solicitations", "0"),
]


def pools(ns_names):
    """The value pools of the grammar. `ns_names` has the keys xns (of the read namespace),
    p0, p1 and nosuch (a name no namespace has)."""
    devs = ["lo", "va0", "va1", "vb0", "vb1", "br0", "mv0", "vx0", "ifb0", "vp0"]
    return {
        # devices
        "dev": devs,
        "dev_l3": ["va0", "va1", "vb0", "br0", "mv0", "vp0"],
        "dev_eth": ["va0", "va1", "vb0", "vb1", "br0", "mv0", "vx0", "ifb0", "vp0"],
        "dev_veth": ["va0", "va1", "vb0", "vb1", "vp0"],
        "dev_any": devs + ["va0-alt", "bridge-main", "nosuch0"],
        "dev_new": ["new0", "new1", "vnew0", "brnew", "mvnew", "vxnew", "ifbnew"],
        "bridge": ["br0"],
        "altname": ["va0-alt", "bridge-main"],
        "altname_new": ["alt-x1", "alt-x2", "va0-alt2", "an-altname-long-enough-0123456789"],
        "linktype": ["veth", "bridge", "macvlan", "vxlan", "ifb", "bridge_slave"],
        "linktype_missing": ["dummy", "vlan", "bond", "vrf", "gre", "wireguard"],
        "group": ["0", "5", "default", "7"],
        "mac": NEW_MACS + [MACS["va0"], MACS["br0"]],
        "mtu": ["1280", "1400", "1500", "9000", "68", "65535"],
        "qlen": ["0", "100", "1000"],
        "alias": ["uplink", "backbone", "x"],
        "addrgenmode": ["eui64", "none", "stable_secret", "random"],
        "vni": ["42", "100", "16777215"],
        "macvlan_mode": ["bridge", "private", "vepa", "passthru", "source"],
        # addresses
        "addr4_local": ["10.0.0.1", "10.0.0.5", "10.1.0.1", "10.2.0.1", "10.3.0.1", "10.4.0.1",
                        "10.5.0.1"],
        "addr6_local": ["2001:db8::1", "2001:db8::5", "2001:db8:1::1", "2001:db8:2::1",
                        "2001:db8:3::1", "2001:db8:5::1"],
        "gw4": ["10.0.0.10", "10.0.0.11", "10.0.0.254", "10.2.0.10", "10.3.0.10", "10.1.0.2"],
        "via4_dev": ["10.0.0.10 va0", "10.0.0.11 va0", "10.0.0.254 va0", "10.2.0.10 vb0",
                     "10.3.0.10 br0", "10.1.0.2 va1", "10.4.0.10 mv0", "10.5.0.2 vp0"],
        "via6_dev": ["2001:db8::10 va0", "2001:db8::11 va0", "2001:db8:2::10 vb0",
                     "fe80::10 va0", "2001:db8:3::10 br0", "fe80::2 vp0"],
        "neigh4_dev": ["10.0.0.20 va0", "10.0.0.21 va0", "10.2.0.20 vb0", "10.3.0.20 br0",
                       "10.0.0.10 va0", "10.0.0.11 va0", "10.2.0.10 vb0", "10.5.0.20 vp0"],
        "neigh6_dev": ["2001:db8::20 va0", "2001:db8::10 va0", "2001:db8::11 va0",
                       "2001:db8:2::20 vb0", "fe80::20 br0"],
        "ifaddr_dev": ["10.0.0.1/24 va0", "10.0.0.5/24 va0", "10.2.0.1/24 vb0", "10.3.0.1/24 br0",
                       "10.4.0.1/24 mv0", "10.5.0.1/24 vp0", "2001:db8::1/64 va0",
                       "2001:db8:2::1/64 vb0", "2001:db8:5::1/64 vp0", "10.1.0.1/24 va1",
                       "10.2.0.9 vb0"],
        "gw6": ["2001:db8::10", "2001:db8::11", "2001:db8:2::10", "fe80::10"],
        "dst4": ["10.10.1.1", "10.11.0.7", "10.12.0.1", "10.13.0.1", "10.15.0.9", "10.17.0.3",
                 "10.18.0.4", "10.19.0.4", "10.0.0.10", "10.0.0.1", "127.0.0.1", "8.8.8.8",
                 "10.30.1.1", "10.9.1.1", "10.2.0.9", "10.22.0.1", "10.40.0.1", "224.0.0.1",
                 "255.255.255.255"],
        "dst6": ["2001:db8:10::1", "2001:db8:11::1", "2001:db8:dead::1", "2001:db8:12::1",
                 "2001:db8::10", "2001:db8::1", "::1", "2001:db8:15::7", "2001:db8:14::1",
                 "fe80::1", "ff02::1"],
        "ifaddr4": ["10.0.0.1/24", "10.0.0.5/24", "10.2.0.1/24", "10.3.0.1/24", "10.4.0.1/24",
                    "10.5.0.1/24", "10.1.0.1/24"],
        "ifaddr4_new": ["10.0.0.7/24", "10.0.0.8/25", "10.60.0.1/24", "10.61.0.1/16",
                        "10.2.0.7/24", "10.62.0.1/32", "192.168.77.1/24", "10.0.0.9"],
        "ifaddr6": ["2001:db8::1/64", "2001:db8::5/64", "2001:db8:2::1/64", "2001:db8:3::1/64",
                    "2001:db8:5::1/64", "2001:db8:1::1/64"],
        "ifaddr6_new": ["2001:db8::7/64", "2001:db8:60::1/64", "2001:db8:61::1/48",
                        "2001:db8:2::7/64", "2001:db8:62::1/128", "fd00:77::1/64"],
        "peer4": ["10.70.0.2/32", "10.70.0.0/30", "10.2.9.1/32"],
        "brd4": ["+", "-", "10.0.0.255", "10.60.0.255"],
        "prefix4": ["10.10.0.0/16", "10.11.0.0/24", "10.12.0.0/24", "10.13.0.0/24",
                    "10.14.0.0/24", "10.15.0.0/24", "10.16.0.0/24", "10.17.0.0/24",
                    "10.18.0.0/24", "10.19.0.0/24", "10.20.0.0/24", "10.21.0.0/24",
                    "10.22.0.0/24", "10.23.0.0/24", "10.30.0.0/16", "10.31.0.0/24",
                    "10.32.0.0/24", "10.33.0.0/24", "10.34.0.0/24", "10.35.0.0/24",
                    "10.0.0.0/24", "default", "10.0.0.0/8", "10/8", "10.10"],
        "prefix4_new": ["10.50.0.0/24", "10.51.0.0/16", "10.52.1.0/24", "10.53.0.0/24",
                        "10.54.0.128/25", "10.55.0.1/32", "192.168.99.0/24", "10.56.0.0/24"],
        "prefix6": ["2001:db8:10::/48", "2001:db8:11::/48", "2001:db8:dead::/48",
                    "2001:db8:beef::/48", "2001:db8:12::/48", "2001:db8:13::/48",
                    "2001:db8:14::/48", "2001:db8:15::/48", "2001:db8:20::/48",
                    "2001:db8:21::/48", "2001:db8::/64", "2001:db8::/32", "default"],
        "prefix6_new": ["2001:db8:50::/48", "2001:db8:51::/64", "2001:db8:52::/56",
                        "2001:db8:53::1/128", "fd00:99::/64"],
        "src_prefix4": ["10.0.0.0/24", "10.2.0.0/24", "10.9.0.0/16", "10.0.0.1/32"],
        "src_prefix6": ["2001:db8::/64", "2001:db8:2::/64"],
        # routing
        "table": ["main", "local", "default", "100", "200", "1000", "70000", "5"],
        "table_show": ["main", "local", "all", "100", "200", "1000", "70000", "5", "cache"],
        "proto": ["kernel", "boot", "static", "bird", "babel", "42", "dhcp", "ra", "250"],
        "scope": ["host", "link", "global", "site", "0", "200", "253"],
        "rtype": ["unicast", "local", "broadcast", "multicast", "throw", "unreachable",
                  "prohibit", "blackhole", "nat", "anycast"],
        "rtype_nogw": ["blackhole", "unreachable", "prohibit", "throw"],
        "metric": ["0", "5", "7", "100", "1024", "4294967295"],
        "tos": ["0x10", "0x04", "0", "lowdelay", "16", "0x1c"],
        "realm": ["5", "5/6", "0/6", "9", "cosmos"],
        "weight": ["1", "2", "3", "255", "256"],
        "time": ["100ms", "1s", "20", "3"],
        "small": ["0", "1", "3", "10", "100"],
        "mpls_label": ["100", "200/300", "1048575"],
        "mark": ["7", "0x10", "5", "0", "0xffffffff"],
        "uid": ["0", "1000", "65534"],
        "ipproto": ["tcp", "udp", "icmp", "6", "17", "ipv6-icmp"],
        "port": ["80", "1000", "53", "65535"],
        "portrange": ["80", "80-90", "1000-2000", "53"],
        "expires": ["60", "300", "3600"],
        # rules
        "pref_rule": ["100", "200", "300", "400", "500", "600", "700", "800", "900", "32766",
                      "0"],
        "pref_rule_new": ["150", "250", "1000", "5000", "32000"],
        "fwmark": ["7", "0x10/0xff", "3", "0x5/0xf", "100"],
        "uidrange": ["1000-2000", "0-0", "10-20"],
        "goto": ["600", "900", "32766"],
        "suppress": ["0", "8", "24"],
        # nexthops
        "nhid": ["1", "2", "3", "4", "5", "6", "10", "11", "12", "20", "21"],
        "nhid_new": ["40", "41", "42", "77", "4294967295"],
        "nh_group": ["1/2", "1,3/2,5", "1/2/5", "1", "2/6", "20"],
        "nh_group_v6": ["4"],
        "buckets": ["4", "8", "16"],
        "bucket_index": ["0", "1", "7", "100"],
        # neighbours
        "neigh4": ["10.0.0.10", "10.0.0.11", "10.0.0.12", "10.2.0.10"],
        "neigh6": ["2001:db8::10", "2001:db8::11"],
        "neigh4_new": ["10.0.0.20", "10.0.0.21", "10.2.0.20", "10.3.0.20"],
        "neigh6_new": ["2001:db8::20", "2001:db8:2::20", "fe80::20"],
        "proxy4": ["10.0.0.50", "10.2.0.50"],
        "proxy6": ["2001:db8::50"],
        "nud": ["permanent", "noarp", "reachable", "stale", "none", "incomplete", "delay",
                "probe", "failed"],
        "nud_show": ["permanent", "noarp", "reachable", "stale", "all", "none", "failed",
                     "incomplete"],
        "neigh_proto": ["static", "zebra", "42", "boot"],
        # lifetimes and labels
        "lft": ["forever", "100", "3600", "0"],
        "label": ["va0:sec", "va0:x", "vb0:1", "va0*", "va0:lab"],
        # netns
        "nsname": [ns_names["p0"], ns_names["p1"], ns_names["xns"], ns_names["nosuch"]],
        "nsname_safe": [ns_names["nosuch"], "sweep-nosuch", "4194999"],
        "nsid": ["0", "5", "7", "9", "auto", "100"],
        "pid": ["1", "4194999", "0", "self"],
    }
