#!/bin/sh
# Runs a test against a real Secret Service: its own D-Bus session bus with a throw-away, unlocked
# gnome-keyring, inside a throw-away HOME (spec section 9). The daemon and the test share the one
# dbus-run-session, which tears both down when the test ends.
set -u
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/with-test-home.sh" dbus-run-session -- sh -c '
    printf "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # The daemon registers on the bus asynchronously; a test that starts before it owns the name
    # would trigger a second, locked instance through D-Bus activation.
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        i=$((i + 1)); [ "$i" -ge 50 ] && { echo "with-keyring: gnome-keyring did not start" >&2; exit 1; }
        sleep 0.1
    done
    exec "$@"' keyring-test "$@"
