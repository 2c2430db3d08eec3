#!/usr/bin/env bash
# Benchmarks nlss against ss 6.1 and a raw C dump (tools/bench-ss/sockdump.c) on the same
# sockets, in a network namespace this script creates and removes (the host's is never
# touched): UDP sockets on distinct address/port pairs and established TCP pairs to
# 127.0.0.1:443 (tools/bench-ss/hold.py processes hold them while the commands run).
#
#   sudo tools/bench-ss.sh            (UDP=80000 PAIRS=10000 RUNS=5 by default)
#
# Needs root, iproute2 (ss), gcc, python3 and hyperfine; builds nlss (release) with CARGO
# (default cargo). Prints hyperfine's report for each line (nlss, ss and the C dump: mean,
# spread and the ratios); output goes to /dev/null.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CARGO=${CARGO:-cargo}
RUNS=${RUNS:-5}
UDP=${UDP:-80000}
PAIRS=${PAIRS:-10000}

for tool in ip ss gcc python3 hyperfine; do
	command -v "$tool" >/dev/null || { echo "bench-ss: $tool is missing" >&2; exit 1; }
done
$CARGO build --release -q -p nlip --bin nlss
TARGET=$($CARGO metadata --no-deps --format-version 1 | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
NLSS=${TARGET:-$ROOT/target}/release/nlss
WORK=$(mktemp -d)
gcc -O2 -o "$WORK/sockdump" "$ROOT/tools/bench-ss/sockdump.c"

NS=nlkit-bench-ss-$$
ip netns add "$NS"
trap 'exec 9>&-; ip netns pids "$NS" 2>/dev/null | xargs -r kill 2>/dev/null; ip netns del "$NS"; rm -rf "$WORK"' EXIT
ip -n "$NS" link set lo up
ip netns exec "$NS" sysctl -qw net.core.somaxconn=4096
mkfifo "$WORK/in"
hold() { # NAME ARGS...: one holder; its "ready" goes to $WORK/NAME
	local name=$1
	shift
	ip netns exec "$NS" python3 "$ROOT/tools/bench-ss/hold.py" "$@" <"$WORK/in" >"$WORK/$name" &
}
HOLDERS=()
for ((first = 0; first < UDP; first += 16000)); do
	hold "udp$first" udp "$first" $((UDP - first < 16000 ? UDP - first : 16000))
	HOLDERS+=("udp$first")
done
hold listen listen "$PAIRS"
hold connect connect "$PAIRS"
HOLDERS+=(listen connect)
exec 9>"$WORK/in"
for name in "${HOLDERS[@]}"; do
	for _ in $(seq 1 600); do grep -q ready "$WORK/$name" 2>/dev/null && break; sleep 0.5; done
	grep -q ready "$WORK/$name" || { echo "bench-ss: holder $name did not get ready" >&2; exit 1; }
done
echo "bench-ss: $(ip netns exec "$NS" "$WORK/sockdump" -p 17) (UDP)," \
	"$(ip netns exec "$NS" "$WORK/sockdump" -p 6) (TCP)"

# dport = :443 as ss 6.1 sends it: one D_COND (yes 16, no 20), any family, port 443.
DPORT443=0810140000000000bb01000000000000
# 1 << (INET_DIAG_INFO - 1) | VEGASINFO | CONG: what ss -tanei asks for.
EXT_EI=0x0e
bench() { # NAME NLSS_ARGS SS_ARGS C_ARGS
	echo "== $1"
	hyperfine -r "$RUNS" -w 1 --output=null --export-json "$WORK/$(echo "$1" | tr -c 'a-z0-9' _).json" \
		"ip netns exec $NS $NLSS $2" "ip netns exec $NS ss $3" "ip netns exec $NS $WORK/sockdump $4"
}
bench "-uan" "-uan" "-uan" "-p 17"
bench "-tan" "-tan" "-tan" "-p 6"
bench "-tanei" "-tanei" "-tanei" "-p 6 -e $EXT_EI"
bench "-tan dport = :443" "-tan dport = :443" "-tan dport = :443" "-p 6 -b $DPORT443"
