#!/usr/bin/env bash
# Benchmarks nlynl against the kernel's own YNL cli (cli.py) on the same dumps, in a
# network namespace this script creates and removes (the host's is never touched), with
# `genl ctrl list` (C, iproute2) as the yardstick for the controller's dump:
#
#   1. every family's policy through nlctrl (`getpolicy` dumped once per family);
#   2. netdev dev-get with 1,000 veth devices;
#   3. tcp_metrics get with ENTRIES cached entries (one per local address a TCP
#      connection was made to);
#   4. nlctrl getfamily dump (beside `genl ctrl list`).
#
#   sudo tools/bench-ynl.sh            (RUNS=5 ENTRIES=1000 by default)
#
# Needs root, iproute2, python3 with PyYAML, socat and hyperfine; builds nlynl (release)
# with CARGO (default cargo). cli.py is ../shared/ynl/pyynl/cli.py (CLI_PY to override);
# both read the same vendored specs (nlkit-ynl/specs). Prints hyperfine's report for each
# pair (nlynl first; the ratio against cli.py, or genl).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CARGO=${CARGO:-cargo}
RUNS=${RUNS:-5}
ENTRIES=${ENTRIES:-1000}
CLI_PY=${CLI_PY:-$ROOT/../shared/ynl/pyynl/cli.py}
SPECS=$ROOT/nlkit-ynl/specs

for tool in ip python3 socat hyperfine genl; do
	command -v "$tool" >/dev/null || { echo "bench-ynl: $tool is missing" >&2; exit 1; }
done
[ -f "$CLI_PY" ] || { echo "bench-ynl: no cli.py at $CLI_PY" >&2; exit 1; }

$CARGO build --release -q -p nlynl
TARGET=$($CARGO metadata --no-deps --format-version 1 | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
NLYNL=${TARGET:-$ROOT/target}/release/nlynl

NS=nlkit-bench-ynl-$$
ip netns add "$NS"
trap 'ip netns pids "$NS" 2>/dev/null | xargs -r kill 2>/dev/null; ip netns del "$NS"' EXIT
ip -n "$NS" link set lo up

# 500 veth pairs: 1,000 devices (and lo).
for i in $(seq 1 500); do echo "link add v$i type veth peer name p$i"; done >"/tmp/$NS.batch"
ip -n "$NS" -batch "/tmp/$NS.batch"
rm -f "/tmp/$NS.batch"

# ENTRIES tcp_metrics entries: a TCP connection to each of ENTRIES local addresses.
for i in $(seq 1 "$ENTRIES"); do
	echo "address add 10.77.$((i / 250)).$((i % 250 + 1))/32 dev lo"
done >"/tmp/$NS.addrs"
ip -n "$NS" -batch "/tmp/$NS.addrs"
rm -f "/tmp/$NS.addrs"
ip netns exec "$NS" socat TCP-LISTEN:7,fork,reuseaddr SYSTEM:true &
sleep 0.5
ip netns exec "$NS" bash -c '
	for i in $(seq 1 '"$ENTRIES"'); do
		exec 3<>/dev/tcp/10.77.$((i / 250)).$((i % 250 + 1))/7 && exec 3>&-
	done' 2>/dev/null || true
sleep 0.5
echo "bench-ynl: $(ip -n "$NS" tcp_metrics show | wc -l) tcp_metrics entries," \
	"$(ip -n "$NS" -o link show | wc -l) devices"

# hyperfine inside the namespace: no `ip netns exec` in the timed runs.
# fb RUNS A B: A (nlynl) against B.
fb() { ip netns exec "$NS" hyperfine -r "$1" -w 1 --output=null "$2" "$3"; }
FAMILIES=$(ip netns exec "$NS" genl ctrl list | sed -n 's/^Name: \(.*\)$/\1/p')
# policies FILE PROGRAM...: a script that dumps every family's policy, a process each.
policies() {
	local file=$1 f
	shift
	for f in $FAMILIES; do
		printf '%s --dump getpolicy --json %s --output-json >/dev/null 2>&1\n' \
			"$*" "'{\"family-name\": \"$f\"}'"
	done >"$file"
}
policies "/tmp/$NS-nlynl.sh" "$NLYNL" --family nlctrl
policies "/tmp/$NS-cli.sh" python3 "$CLI_PY" --no-schema --spec "$SPECS/nlctrl.yaml"
trap 'rm -f /tmp/$NS-nlynl.sh /tmp/$NS-cli.sh; ip netns pids "$NS" 2>/dev/null | xargs -r kill 2>/dev/null; ip netns del "$NS"' EXIT

echo "== 1. every family's policy (nlctrl getpolicy, $(echo $FAMILIES | wc -w) families)"
fb "$RUNS" "sh /tmp/$NS-nlynl.sh" "sh /tmp/$NS-cli.sh"

echo "== 2. netdev dev-get dump, 1,000 veth devices"
fb "$RUNS" "$NLYNL --family netdev --dump dev-get --output-json" "python3 $CLI_PY --no-schema --spec $SPECS/netdev.yaml --dump dev-get --output-json"

echo "== 3. tcp_metrics get dump, $ENTRIES entries"
fb "$RUNS" "$NLYNL --family tcp_metrics --dump get --output-json" "python3 $CLI_PY --no-schema --spec $SPECS/tcp_metrics.yaml --dump get --output-json"

echo "== 4. nlctrl getfamily dump: against cli.py, then against genl ctrl list (C)"
fb "$RUNS" "$NLYNL --family nlctrl --dump getfamily --output-json" "python3 $CLI_PY --no-schema --spec $SPECS/nlctrl.yaml --dump getfamily --output-json"
fb "$RUNS" "$NLYNL --family nlctrl --dump getfamily --output-json" "genl ctrl list"
