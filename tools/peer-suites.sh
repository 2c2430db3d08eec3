#!/bin/bash
# Runs the peer test suites (kernel selftests) with nlip in place of `ip` and compares
# the results with the real-iproute2 baseline. The suites, their runner and the baseline are
# not in this repository: they are read from the developers' shared folder at
# ../shared/peer-tests beside the checkout. Every suite runs through the sandbox runner
# (a fresh namespace and a private /run/netns; never the host's network). Needs root.
#
#   tools/peer-suites.sh [OUTDIR]                 (default /tmp/nlkit-peer)
#   PEER_IP=/bin/ip tools/peer-suites.sh OUTDIR   (the same with the real ip: a local baseline)
#
# Prints one line per suite: tests, OK/PASS in the baseline, OK/PASS with nlip, and the
# tests whose status differs (regressions first), and leaves the logs and TSVs in OUTDIR.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PEER=$(cd "$ROOT/../shared/peer-tests" 2>/dev/null && pwd) || {
	echo "peer-suites: $ROOT/../shared/peer-tests is missing (the suites are not part of the repository)" >&2
	exit 2
}
OUT=${1:-/tmp/nlkit-peer}
mkdir -p "$OUT"
# PEER_IP=/bin/ip runs the same suites with the real ip everywhere: a baseline taken on this
# machine (tools it lacks, such as nettest or ra6, fail the same tests for both).
# What the suites run besides ip: ping, mausezahn (netsniff-ng), socat, jq, uuidgen, ethtool.
need=()
for t in ping:iputils-ping mausezahn:netsniff-ng socat:socat jq:jq uuidgen:uuid-runtime ethtool:ethtool; do
	command -v "${t%%:*}" >/dev/null 2>&1 || need+=("${t#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
	echo "peer-suites: installing ${need[*]}" >&2
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NLIP_BIN=${PEER_IP:-"$ROOT/target/release/nlip"}
[ -x "$NLIP_BIN" ] || { echo "build first: cargo build --release -p nlip" >&2; exit 1; }

# A shim directory: `ip` maps `type dummy` to ifb, then the dispatcher sends nlip's objects
# to nlip and the rest to /bin/ip.
SHIM="$OUT/shim"
mkdir -p "$SHIM"
cp "$PEER/harness/shim-ifb/ip" "$SHIM/ip"
chmod +x "$SHIM/ip"
export SHIM_NEXT="$PEER/harness/ip-dispatch" NLIP="$NLIP_BIN" REAL_IP=/bin/ip
# fib_rule_tests.sh refuses to start without `nettest` (built from the kernel's nettest.c,
# which is not kept here). A stand-in that always fails lets the rest of the suite run; its
# connect sub-tests then FAIL, as the suites' README says.
cat >"$SHIM/nettest" <<'STUB'
#!/bin/sh
echo "nettest: not available here (stand-in)" >&2
exit 1
STUB
chmod +x "$SHIM/nettest"

# Test lines of a log as STATUS<TAB>NAME.
extract() {
	sed -n -E \
		-e 's/^ *TEST: (.*[^ ]) +\[ *(OK|FAIL|SKIP|XFAIL) *\]$/\2\t\1/p' \
		-e 's/^(PASS|FAIL|SKIP): (.*)$/\1\t\2/p' "$1"
}

# run NAME TIMEOUT SCRIPT [ARGS...]: runs SCRIPT in the selftests directory.
run() {
	local name=$1 t=$2
	shift 2
	(cd "$PEER/kernel-selftests-net-6.12" &&
		"$PEER/harness/run_sandboxed.sh" "$SHIM" "$t" "$OUT/$name.log" "$@" >/dev/null)
}

# Lines with an OK/PASS status in any column (fib_tests lines lead with their group).
count_ok() {
	awk -F'\t' '{ for (i = 1; i <= NF; i++) if ($i == "OK" || $i == "PASS" || $i == "ok") { n++; break } } END { print n + 0 }' "$1"
}

compare() {
	local name=$1 base=$2 got=$3
	local total ok_base ok_got
	total=$(wc -l <"$base")
	ok_base=$(count_ok "$base")
	ok_got=$(count_ok "$got")
	echo "$name: $total tests; baseline OK $ok_base; nlip OK $ok_got"
	# Differences by name (multiset, in order).
	diff <(sort "$base") <(sort "$got") | sed -n 's/^< /  baseline: /p; s/^> /  nlip:     /p' | head -40
}

# fib_tests.sh: one group at a time, as the baseline was taken; lines get the group name.
: >"$OUT/fib_tests.tsv"
for g in $(cut -f1 "$PEER/baseline/fib_tests.ifb-shim.tsv" | uniq); do
	if grep -q -P "^$g\tNOT-RUNNABLE" "$PEER/baseline/fib_tests.ifb-shim.tsv"; then
		grep -P "^$g\t" "$PEER/baseline/fib_tests.ifb-shim.tsv" >>"$OUT/fib_tests.tsv"
		continue
	fi
	run "fib_tests-$g" 600 ./fib_tests.sh -t "$g"
	extract "$OUT/fib_tests-$g.log" | sed "s/^/$g\t/" | awk -F'\t' -v OFS='\t' '{print $1,$2,$3}' >>"$OUT/fib_tests.tsv"
done
compare fib_tests "$PEER/baseline/fib_tests.ifb-shim.tsv" "$OUT/fib_tests.tsv"

for s in fib_rule_tests rtnetlink altnames fib_nexthop_nongw; do
	run "$s" 1200 "./$s.sh"
	extract "$OUT/$s.log" >"$OUT/$s.tsv"
	compare "$s" "$PEER/baseline/$s.ifb-shim.tsv" "$OUT/$s.tsv"
done

run fib_nexthop_multiprefix 600 ./fib_nexthop_multiprefix.sh
extract "$OUT/fib_nexthop_multiprefix.log" >"$OUT/fib_nexthop_multiprefix.tsv"
compare fib_nexthop_multiprefix "$PEER/baseline/fib_nexthop_multiprefix.tsv" "$OUT/fib_nexthop_multiprefix.tsv"

# fib_nexthops.sh without its *_torture groups (the baseline leaves them out).
groups="basic basic_res ipv4_fcnal ipv4_grp_fcnal ipv4_res_grp_fcnal ipv4_withv6_fcnal ipv4_fcnal_runtime ipv4_large_grp ipv4_large_res_grp ipv4_compat_mode ipv4_fdb_grp_fcnal ipv4_mpath_select ipv6_fcnal ipv6_grp_fcnal ipv6_res_grp_fcnal ipv6_fcnal_runtime ipv6_large_grp ipv6_large_res_grp ipv6_compat_mode ipv6_fdb_grp_fcnal ipv6_mpath_select"
run fib_nexthops 1800 ./fib_nexthops.sh -t "$groups"
extract "$OUT/fib_nexthops.log" >"$OUT/fib_nexthops.tsv"
compare fib_nexthops "$PEER/baseline/fib_nexthops.no-torture.tsv" "$OUT/fib_nexthops.tsv"
