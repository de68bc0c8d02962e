#!/usr/bin/env bash
# Builds the Debian package of RELEASE in a bare chroot of that release, twice (this version and
# the next patch version, for the upgrade), then installs, upgrades and removes it in another
# bare chroot (test-deb.sh). The packages are left in $RECAISSE_CI_OUT (default: ./out).
#
#   tests/packaging/run.sh bookworm|trixie
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
release="${1:-}"
case "$release" in
    bookworm) suffix=deb12 ;;
    trixie) suffix=deb13 ;;
    *) echo "Usage: $0 bookworm|trixie" >&2; exit 2 ;;
esac
out="${RECAISSE_CI_OUT:-$root/out}"
export RECAISSE_CI_OUT="$out"
mkdir -p "$out"
rm -f "$out"/recaisse_*~"$suffix"_*.deb

start=$SECONDS
"$root/scripts/in-chroot" "$release" --copy-out 'debs/*.deb' -- bash -c '
    set -euo pipefail
    ./scripts/package
    mkdir -p debs
    cp build/package/recaisse_*.deb debs/
    version="$(sed -n "s/^CMAKE_PROJECT_VERSION:STATIC=//p" build/package/CMakeCache.txt)"
    IFS=. read -r major minor patch <<<"$version"
    ./scripts/package --version "$major.$minor.$((patch + 1))"
    cp build/package/recaisse_*.deb debs/'
echo "packaging: $release packages built in $((SECONDS - start)) s"

mapfile -t debs < <(ls "$out"/recaisse_*~"$suffix"_*.deb | sort -V)
[[ ${#debs[@]} -eq 2 ]] || { echo "packaging: expected 2 packages, found: ${debs[*]}" >&2; exit 1; }
start=$SECONDS
"$root/scripts/in-chroot" "$release" --copy-in "${debs[0]}" --copy-in "${debs[1]}" \
    --copy-in "$root/tests/unit/data/station-schema4.sqlite" -- \
    tests/packaging/test-deb.sh "/in/$(basename "${debs[0]}")" "/in/$(basename "${debs[1]}")" \
    /in/station-schema4.sqlite
echo "packaging: $release package tested in $((SECONDS - start)) s"
