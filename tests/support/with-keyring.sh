#!/usr/bin/env bash
# Runs CMD with a private Secret Service: its own D-Bus session bus (dbus-run-session) and a fresh
# gnome-keyring-daemon whose login keyring is created and unlocked with a throwaway password
# (RECAISSE_KEYRING_PASSWORD, default "recaisse-test": an empty one leaves no login keyring, and
# every store then waits for a prompt that cannot show). HOME and the XDG
# folders point into a temporary folder, so the user's own keyring is never touched; everything is
# removed afterwards. Works for root and for any user.
#
#   with-keyring.sh CMD [ARG...]      exit status: CMD's
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "Usage: $0 CMD [ARG...]" >&2
    exit 2
fi

if [[ "${RECAISSE_WITH_KEYRING_INNER:-}" != 1 ]]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || {
            echo "with-keyring: $tool not found (apt-get install dbus dbus-x11 gnome-keyring)" >&2
            exit 1
        }
    done
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/recaisse-keyring.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
    chmod 700 "$tmp/run"
    status=0
    HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
        XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" RECAISSE_WITH_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus.
unset RECAISSE_WITH_KEYRING_INNER
printf '%s' "${RECAISSE_KEYRING_PASSWORD:-recaisse-test}" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$XDG_RUNTIME_DIR/keyring.env" 2>"$XDG_RUNTIME_DIR/keyring.log" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT

for i in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; then
        break
    fi
    if ! kill -0 "$daemon" 2>/dev/null; then
        echo "with-keyring: gnome-keyring-daemon exited:" >&2
        cat "$XDG_RUNTIME_DIR/keyring.log" >&2
        exit 1
    fi
    sleep 0.1
done
# The daemon prints the variables a client may use (GNOME_KEYRING_CONTROL, SSH_AUTH_SOCK).
while IFS='=' read -r name value; do
    [[ "$name" =~ ^[A-Z_]+$ ]] && export "$name=$value"
done <"$XDG_RUNTIME_DIR/keyring.env"

status=0
"$@" || status=$?
exit "$status"
