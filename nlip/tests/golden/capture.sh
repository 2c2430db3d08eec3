#!/usr/bin/env bash
# Captures the golden files of nlip's render tests: the datagrams of a route dump and
# iproute2's own text and JSON for the same dump, from one namespace state.
# Run as root from this folder: bash capture.sh. It makes and removes its own namespace.
set -euo pipefail
ns=nlkit-golden-$$
ip netns add "$ns"
trap 'ip netns del "$ns"' EXIT
# The same state as nlip/tests/compat_route.rs (SETUP), less the nexthop object.
while read -r line; do
  [ -n "$line" ] && ip -n "$ns" $line
done <<'STATE'
link set lo up
link add v0 type veth peer name v1
link set v0 up
link set v1 up
addr add 10.0.0.1/24 dev v0
addr add 2001:db8::1/64 dev v0 nodad
route add 10.1.0.0/16 via 10.0.0.2 dev v0 metric 100 proto static
route add blackhole 10.2.0.0/24
route add unreachable 10.3.0.0/24
route add prohibit 10.4.0.0/24
route add 10.5.0.0/24 dev v0 src 10.0.0.1 scope link
route add 10.6.0.0/24 via 10.0.0.2 table 100
route add default via 10.0.0.254
route add 10.7.0.0/24 nexthop via 10.0.0.2 weight 1 nexthop via 10.0.0.3 weight 2
route add 10.8.0.0/24 via 10.0.0.2 mtu lock 1400 advmss 1300
route add 2001:db8:1::/48 via 2001:db8::2
route add throw 10.10.0.0/24 table 100
route add 10.9.0.0/24 via 10.0.0.2 dev v0 onlink
route add 10.11.0.0/24 via inet6 fe80::1 dev v0
route add 10.12.0.0/24 dev v0 realms 5/6 tos 0x10 rtt 100ms window 1000 hoplimit 5 initcwnd 10 congctl lock cubic quickack 1 features ecn
link add v2 type veth peer name v3
link set v2 up
addr add 10.20.0.1/24 dev v2
route add 10.21.0.0/24 via 10.20.0.2
route add 10.22.0.0/24 nexthop via 10.0.0.2 nexthop via 10.20.0.2
route add 10.23.0.0/24 dev v0 proto 42 scope host metric 7
route add 10.25.0.0/24 dev v0 table 70000
STATE
ip -n "$ns" -6 route add 2001:db8:5::/48 dev v0 pref high metric 5
ip -n "$ns" -6 route add 2001:db8:a::/48 from 2001:db8::/64 via 2001:db8::2
ip -n "$ns" -o link show | awk -F': ' '{split($2, n, "@"); print $1, n[1]}' > links.txt
ip netns exec "$ns" strace -e trace=recvmsg -e read=3 -qq ip route show table all 2>&1 >route_table_all.txt |
  grep -E '^ \| [0-9a-f]{5}' | awk '{for (i = 3; i <= 18; i++) if ($i ~ /^[0-9a-f][0-9a-f]$/) printf "%s", $i}' |
  python3 -c '
import struct, sys
data = bytes.fromhex(sys.stdin.read())
out, off = b"", 0
while off + 16 <= len(data):
    l, t = struct.unpack_from("=IH", data, off)
    if l < 16: break
    if t == 24: out += data[off:off + ((l + 3) & ~3)]
    off += (l + 3) & ~3
open("route_table_all.bin", "wb").write(out)'
ip -n "$ns" -j route show table all > route_table_all.json
ip -n "$ns" -j -p route show table all > route_table_all.pretty.json
