#!/usr/bin/env bash
# The Debian package as a shop gets it, in a bare chroot of the release it was built for (run by
# tests/packaging/run.sh through scripts/in-chroot; never on a machine of your own: it installs
# and removes packages and adds a user).
#
#   test-deb.sh PACKAGE NEWER_PACKAGE FIXTURE_DB
#
# PACKAGE and NEWER_PACKAGE: the same source built with two versions. FIXTURE_DB: a station
# database written by the first released schema. Checks, in order: lintian, the desktop entry
# and the AppStream file; apt installs the package and its dependencies from the mirror; the
# command line and the program start; a station made and filled by the installed tools verifies;
# the screens render; the newer package upgrades it with the data intact, and migrates an old
# database after keeping a copy; removing and purging the package leave the data alone.
# Prints one "packaging: ..." line per step and the figures (sizes, start time) at the end.
set -euo pipefail

[[ $# -eq 3 ]] || { echo "Usage: $0 PACKAGE NEWER_PACKAGE FIXTURE_DB" >&2; exit 2; }
package="$(realpath "$1")"
newer="$(realpath "$2")"
fixture="$(realpath "$3")"
export DEBIAN_FRONTEND=noninteractive

step() { printf 'packaging: %s\n' "$*"; }
fail() { printf 'packaging: FAILED: %s\n' "$*" >&2; exit 1; }

step "tools for the checks"
apt-get update -qq
apt-get install -y -qq --no-install-recommends lintian desktop-file-utils appstream \
    xvfb xauth x11-utils sqlite3 >/dev/null

step "lintian $(basename "$package")"
# --fail-on needs lintian 2.77; errors and warnings fail, informational tags are shown only.
lintian --fail-on error,warning --no-tag-display-limit "$package" \
    || fail "lintian reported errors or warnings"

step "apt-get install ./$(basename "$package") (dependencies from the mirror)"
start=$SECONDS
apt-get install -y -qq "$package" >/tmp/install.log 2>&1 || { cat /tmp/install.log; fail "install"; }
install_seconds=$((SECONDS - start))
dpkg -s recaisse | grep -q '^Status: install ok installed' || fail "recaisse not installed"

step "desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/fr.ressourcerie.ReCaisse.desktop \
    || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/fr.ressourcerie.ReCaisse.metainfo.xml \
    || fail "appstreamcli validate"
for size in 16 32 48 64 128 256; do
    [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/fr.ressourcerie.ReCaisse.png ]] \
        || fail "no ${size}x${size} icon"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/fr.ressourcerie.ReCaisse.svg ]] || fail "no SVG icon"
for page in recaisse recaisse-cli; do
    [[ -f /usr/share/man/man1/$page.1.gz ]] || fail "no man page $page(1)"
done
[[ -f /usr/share/doc/recaisse/copyright ]] || fail "no copyright file"

# Everything else runs as a shop's user, whose data folder the package must never touch.
id caisse >/dev/null 2>&1 || useradd --create-home --shell /bin/bash caisse
as_user() { runuser -u caisse -- env HOME=/home/caisse LANG=C.UTF-8 "$@"; }
db=/home/caisse/station.sqlite

step "recaisse-cli --version, recaisse --version"
version_line="$(as_user recaisse-cli --version)"
echo "  $version_line"
[[ "$version_line" == *"$(dpkg-query -W -f='${Version}' recaisse | sed 's/~.*//')"* ]] \
    || fail "recaisse-cli --version does not show the package's version"
as_user recaisse --version >/dev/null || fail "recaisse --version"

step "a demo station: init --demo, demo-data --days 30, verify"
# The PIN on standard input: never an argument (it would show in ps).
echo 123456 | as_user recaisse-cli --db "$db" init --site "Ressourcerie d'essai" --station CAISSE1 \
    --demo --pins-stdin >/dev/null || fail "init"
as_user recaisse-cli --db "$db" demo-data --days 30 >/dev/null || fail "demo-data"
as_user recaisse-cli --db "$db" verify >/dev/null || fail "verify"
stats_before="$(as_user recaisse-cli --db "$db" stats --json)"

step "recaisse --screenshots under xvfb-run"
as_user mkdir -p /home/caisse/shots
as_user xvfb-run -a -s '-screen 0 1366x768x24' recaisse --screenshots /home/caisse/shots \
    >/tmp/shots.log 2>&1 || { cat /tmp/shots.log; fail "screenshots"; }
shots=0
for png in /home/caisse/shots/*.png; do
    [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] \
        || fail "$png is not a PNG"
    [[ $(stat -c %s "$png") -gt 5000 ]] || fail "$png is nearly empty"
    shots=$((shots + 1))
done
[[ $shots -ge 10 ]] || fail "only $shots screenshots"

step "cold start to the login window"
start_ms=""
as_user xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
    begin=$(date +%s%N)
    recaisse >/dev/null 2>&1 &
    pid=$!
    for i in $(seq 1 600); do
        if xwininfo -root -tree 2>/dev/null | grep -q "\"ReCaisse"; then
            echo $(( ($(date +%s%N) - begin) / 1000000 )) >/tmp/start-ms
            break
        fi
        sleep 0.02
    done
    kill $pid; wait $pid 2>/dev/null || true' >/dev/null 2>&1 || true
[[ -s /tmp/start-ms ]] && start_ms="$(cat /tmp/start-ms)"
[[ -n "$start_ms" ]] || fail "the program showed no window within 12 s"

step "upgrade to $(basename "$newer")"
cp "$fixture" /home/caisse/old-schema.sqlite
chown caisse: /home/caisse/old-schema.sqlite
apt-get install -y -qq "$newer" >/tmp/upgrade.log 2>&1 || { cat /tmp/upgrade.log; fail "upgrade"; }
as_user recaisse-cli --version | grep -q "$(dpkg-query -W -f='${Version}' recaisse | sed 's/~.*//')" \
    || fail "the newer version is not the one installed"
as_user recaisse-cli --db "$db" verify >/dev/null || fail "verify after upgrade"
[[ "$(as_user recaisse-cli --db "$db" stats --json)" == "$stats_before" ]] \
    || fail "the figures changed with the upgrade"

step "a database of the first released schema migrates, after a copy is kept"
as_user recaisse-cli --db /home/caisse/old-schema.sqlite verify >/dev/null \
    || fail "the old database does not verify after migration"
ls /home/caisse/old-schema.sqlite.schema*.bak >/dev/null 2>&1 \
    || fail "no copy of the old database was kept before migrating"

step "apt-get remove, then purge after a new install, keep the data"
apt-get remove -y -qq recaisse >/dev/null
[[ -s "$db" ]] || fail "remove touched the station database"
! command -v recaisse >/dev/null || fail "recaisse still installed after remove"
apt-get install -y -qq "$newer" >/dev/null 2>&1 || fail "install again"
apt-get purge -y -qq recaisse >/dev/null
[[ -s "$db" ]] || fail "purge touched the station database"
[[ -z "$(dpkg-query -W -f='${Status}' recaisse 2>/dev/null | grep ' installed')" ]] \
    || fail "recaisse still installed after purge"
[[ "$(as_user sqlite3 "$db" "PRAGMA integrity_check")" == ok ]] \
    || fail "the station database is damaged"
[[ "$(as_user sqlite3 "$db" "SELECT count(*) FROM document")" -gt 100 ]] \
    || fail "the station's documents are gone"

installed_kib="$(dpkg-deb -f "$package" Installed-Size)"
printf 'packaging: figures: package %s bytes, installed %s KiB, install with dependencies %s s, cold start to the login window %s ms, %s screenshots\n' \
    "$(stat -c %s "$package")" "$installed_kib" "$install_seconds" "$start_ms" "$shots"
step "all checks passed"
