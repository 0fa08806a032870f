#!/bin/sh
# Runs a test against a real Secret Service: its own D-Bus session bus with a throw-away, unlocked
# gnome-keyring, inside a throw-away HOME (spec section 9). The daemon and the test share the one
# dbus-run-session, which tears both down when the test ends.
set -u
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/with-test-home.sh" dbus-run-session -- sh -c '
    printf "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' keyring-test "$@"
