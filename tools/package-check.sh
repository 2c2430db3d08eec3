#!/usr/bin/env bash
# Checks that the crates build as crates.io would get them: packages nltestns, nlkit and nlip
# (each built from its .crate, against the others' packages), then unpacks nlkit's and
# nlip's .crates into a scratch workspace outside the repository, points their nlkit and
# nltestns dependencies at the unpacked packages ([patch.crates-io] in the scratch
# workspace's Cargo.toml, never in the repository's) and builds their tests
# (`cargo test --no-run`). Exits non-zero on the first failure.
#
#   tools/package-check.sh            (CARGO=cargo-serial tools/package-check.sh on a shared machine)
#
# Needs the crates.io index (the packages carry no Cargo.lock: see below); the scratch
# workspace starts from the repository's Cargo.lock, so the tests build with the locked
# versions. PACKAGE_CHECK_DIR chooses the scratch directory (default: a fresh one under
# $TMPDIR, removed at the end); the scratch build's target directory is package-check in
# cargo's target directory (target/package-check unless CARGO_TARGET_DIR says otherwise),
# kept between runs. From a fresh clone it takes about a minute (`.ci/run` runs it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CARGO=${CARGO:-cargo}
cd "$ROOT"

# within A B: A is B or lies below it.
within() {
	local a="$1/" b="${2%/}/"
	[ "${a#"$b"}" != "$a" ]
}
if [ -n "${PACKAGE_CHECK_DIR:-}" ]; then
	SCRATCH=$(realpath -m "$PACKAGE_CHECK_DIR")
	if within "$SCRATCH" "$ROOT" || within "$ROOT" "$SCRATCH"; then
		echo "package-check: PACKAGE_CHECK_DIR ($SCRATCH) must be outside the repository and not hold it" >&2
		exit 1
	fi
	rm -rf "$SCRATCH"
	mkdir -p "$SCRATCH"
else
	SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/nlkit-package-check.XXXXXX")
	trap 'rm -rf "$SCRATCH"' EXIT
fi

# Cargo's target directory (CARGO_TARGET_DIR or build.target-dir when set, else target/):
# where `cargo package` leaves the .crates.
TARGET=$($CARGO metadata --no-deps --format-version 1 | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
TARGET=${TARGET:-$ROOT/target}

# nlkit's tests use nltestns, which uses nlkit: with versioned path dependencies both ways,
# neither package's Cargo.lock can be made before the other is published, so the packages
# carry none (--exclude-lockfile). Verification (cargo's default) builds each .crate against
# the others in cargo's local overlay registry. --allow-dirty: check the tree as it is.
version() {
	sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/Cargo.toml" | head -n1
}
V=$(version)

# Cargo unpacks the overlay registry's packages under $CARGO_HOME/registry/src/-<hash>/ (one
# directory per target directory) and, for an unchanged version, never unpacks them again: a
# package built there by an earlier run would stand in for today's (a module added since
# would be missing). Only these local-overlay copies go; crates.io's sources stay.
CARGO_HOME_DIR=${CARGO_HOME:-$HOME/.cargo}
for crate in nltestns nlkit nlip; do
	rm -rf "$CARGO_HOME_DIR"/registry/src/-*/"$crate-$V"
done
# The verification builds the packages as registry crates, which cargo never rebuilds for a
# changed source of the same version: in a target directory kept between runs it would link
# an earlier run's nlkit. So it builds in a directory of its own whose builds of these three
# crates are removed first (their dependencies' builds are kept).
VERIFY="$TARGET/package-verify"
for crate in nltestns nlkit nlip; do
	rm -rf "$VERIFY"/debug/.fingerprint/"$crate"-* "$VERIFY"/debug/deps/lib"$crate"-* \
		"$VERIFY"/debug/deps/"$crate"-* "$VERIFY"/debug/build/"$crate"-*
done
CARGO_TARGET_DIR="$VERIFY" $CARGO package -p nltestns -p nlkit -p nlip --exclude-lockfile --allow-dirty
# The .crate's files all carry one old mtime: -m gives them the time of extraction, so that a
# build of an earlier package in target/package-check is never taken for fresh.
for crate in nltestns nlkit nlip; do
	tar -xzmf "$VERIFY/package/$crate-$V.crate" -C "$SCRATCH"
done

cat >"$SCRATCH/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = ["nlkit-$V", "nlip-$V"]

[patch.crates-io]
nlkit = { path = "nlkit-$V" }
nltestns = { path = "nltestns-$V" }
EOF
cp Cargo.lock "$SCRATCH/Cargo.lock"

# The unpacked manifests are what crates.io serves; the patch is the only change.
CARGO_TARGET_DIR="$TARGET/package-check" \
	$CARGO test --manifest-path "$SCRATCH/Cargo.toml" --workspace --no-run
echo "package-check: the packaged nlkit $V and nlip $V build their tests against the packaged nltestns $V"
