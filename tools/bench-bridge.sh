#!/usr/bin/env bash
# Benchmarks nlbridge against bridge 6.1 and the C yardstick (tools/bench-bridge/fdbbench.c)
# on ENTRIES FDB entries of a VXLAN device (distinct MACs, VTEPS remote addresses), in a
# network namespace this script creates and removes (the host's is never touched):
#
#   adding them: bridge -batch, nlbridge -force -batch, the library's bulk API
#   (nlkit-bench fdb-add) and the C pipelined adder, each into an emptied device;
#   dumping them: bridge fdb show, nlbridge fdb show, both with -j, and the C dump.
#
#   sudo tools/bench-bridge.sh            (ENTRIES=100000 VTEPS=300 RUNS=5 by default)
#
# Needs root, iproute2 (ip, bridge), gcc, python3, hyperfine and GNU time; builds nlbridge
# and nlkit-bench (release) with CARGO (default cargo). Prints each command's median wall
# time, its ratio to the C yardstick and to bridge, and the peak RSS of one run of each.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CARGO=${CARGO:-cargo}
RUNS=${RUNS:-5}
ENTRIES=${ENTRIES:-100000}
VTEPS=${VTEPS:-300}

for tool in ip bridge gcc python3 hyperfine /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench-bridge: $tool is missing" >&2; exit 1; }
done
$CARGO build --release -q -p nlip --bin nlbridge -p nlkit-bench
TARGET=$($CARGO metadata --no-deps --format-version 1 | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
BIN=${TARGET:-$ROOT/target}/release
WORK=$(mktemp -d)
gcc -O2 -o "$WORK/fdbbench" "$ROOT/tools/bench-bridge/fdbbench.c"

NS=nlkit-bench-bridge-$$
ip netns add "$NS"
trap 'ip netns del "$NS"; rm -rf "$WORK"' EXIT
# The device keeps index 100 across the resets, so the C adder's argument stays right.
RESET="ip -n $NS link del vx0 2>/dev/null; ip -n $NS link add vx0 index 100 type vxlan id 100 local 10.0.0.1 dstport 4789 nolearning && ip -n $NS link set vx0 up"
sh -c "$RESET"
python3 - "$ENTRIES" "$VTEPS" "$WORK" <<'PY'
import sys
n, vteps, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(f"{work}/c.txt", "w") as c, open(f"{work}/b.txt", "w") as b:
    for i in range(n):
        mac = "02:%02x:%02x:%02x:%02x:01" % ((i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255)
        v = i % vteps
        ip = "10.1.%d.%d" % (v // 250, v % 250 + 1)
        c.write(f"{mac} {ip}\n")
        b.write(f"fdb add {mac} dev vx0 dst {ip} self permanent\n")
PY
X="ip netns exec $NS"
hf() { # NAME PREPARE COMMANDS...: hyperfine's JSON in $WORK/NAME.json
	local name=$1 prepare=$2
	shift 2
	hyperfine -r "$RUNS" -w 1 --output=null ${prepare:+--prepare "$prepare"} \
		--export-json "$WORK/$name.json" "$@" >/dev/null
}
hf add "$RESET" \
	"$X $WORK/fdbbench add $WORK/c.txt 100" \
	"$X $BIN/nlkit-bench fdb-add $WORK/c.txt vx0" \
	"$X $BIN/nlbridge -force -batch $WORK/b.txt" \
	"$X bridge -batch $WORK/b.txt"
sh -c "$RESET"
$X "$WORK/fdbbench" add "$WORK/c.txt" 100 >/dev/null
echo "bench-bridge: $($X "$WORK/fdbbench" dump)"
$X bridge fdb show >"$WORK/want.txt"
$X "$BIN/nlbridge" fdb show >"$WORK/got.txt"
cmp -s "$WORK/want.txt" "$WORK/got.txt" || echo "bench-bridge: nlbridge's fdb show differs from bridge's" >&2
hf dump "" \
	"$X $WORK/fdbbench dump" \
	"$X $BIN/nlbridge fdb show" \
	"$X bridge fdb show" \
	"$X $BIN/nlbridge -j fdb show" \
	"$X bridge -j fdb show"
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "peak RSS (KiB): nlbridge fdb show $(peak $X "$BIN/nlbridge" fdb show)," \
	"-j $(peak $X "$BIN/nlbridge" -j fdb show), bridge fdb show $(peak $X bridge fdb show)," \
	"bridge -j $(peak $X bridge -j fdb show)"
sh -c "$RESET"
echo "peak RSS (KiB): nlbridge -force -batch $(peak $X "$BIN/nlbridge" -force -batch "$WORK/b.txt")"
sh -c "$RESET"
echo "peak RSS (KiB): bridge -batch $(peak $X bridge -batch "$WORK/b.txt")"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
for name in ("add", "dump"):
    rows = json.load(open(f"{work}/{name}.json"))["results"]
    c = rows[0]["median"]
    bridge = {("-j" in r["command"]): r["median"] for r in rows if " bridge " in r["command"]}
    print(f"\n| {name} | median s | / C | / bridge (same output) |\n|---|---|---|---|")
    for r in rows:
        cmd = r["command"].split(" ", 3)[-1].replace(work, "$WORK")
        base = bridge.get("-j" in r["command"], bridge.get(False))
        print(f"| `{cmd}` | {r['median']:.3f} | {r['median'] / c:.2f}x | {r['median'] / base:.2f}x |")
PY
