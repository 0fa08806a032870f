#!/bin/sh
# Builds the .deb with CPack into a temporary directory, unpacks it with `dpkg -x` into a temporary
# root and checks what a desktop needs: every file where freedesktop.org expects it, the Depends a
# Debian system needs, and an installed binary that starts on its own (no LD_LIBRARY_PATH).
#   check-package.sh BUILD_DIR APP_ID VERSION
set -u
build=$1 id=$2 version=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/backfill-package.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
set -- "$tmp"/out/*.deb
[ $# -eq 1 ] && [ -f "$1" ] || { ls -l "$tmp/out"; echo "FAIL: expected exactly one .deb"; exit 1; }
deb=$1
echo "package: $(basename "$deb")"

root=$tmp/root
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x"; exit 1; }

# --- control fields -------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
has_dep() { echo ", $depends," | grep -Fq ", $1 " || echo ", $depends," | grep -Fq ", $1,"; }
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6keychain1 qt6-qpa-plugins libqt6svg6; do
    has_dep "$pkg" || fail "Depends lacks $pkg"
done
field Recommends | grep -q 'gnome-keyring | kwalletmanager' || fail "Recommends lacks the keyrings"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project is '$version'"
[ "$(field Package)" = "backfill-browser" ] || fail "Package is '$(field Package)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Homepage)" ] || fail "no Homepage"

# --- files ----------------------------------------------------------------------------------
share=$root/usr/share
expect() { [ -f "$1" ] || fail "missing ${1#"$root"}"; }
expect "$root/usr/bin/backfill-browser"
[ -x "$root/usr/bin/backfill-browser" ] || fail "usr/bin/backfill-browser is not executable"
desktop=$share/applications/$id.desktop
expect "$desktop"
expect "$share/metainfo/$id.metainfo.xml"
expect "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    expect "$png"
    # The PNG header's width and height (IHDR, bytes 16..23, big-endian) must match the folder.
    if [ -f "$png" ]; then
        dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
        [ "$dims" = "${size}x${size}" ] || fail "${size}x${size} icon is $dims"
    fi
done
# Nothing outside /usr, and no developer tools (tests, the emulator, the icon renderer).
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "files outside /usr: $outside"
extra=$(cd "$root/usr/bin" && ls | grep -vx backfill-browser)
[ -z "$extra" ] || fail "unexpected programs in /usr/bin: $extra"

# Every library the binary loads belongs to a package in Depends (what shlibdeps is for).
for lib in $(objdump -p "$root/usr/bin/backfill-browser" | awk '$1 == "NEEDED" {print $2}'); do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64/ {print $NF; exit}')
    [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
    # dpkg may own the file under /lib or /usr/lib (merged /usr): ask for both spellings.
    real=$(readlink -f "$path")
    pkg=$( (dpkg -S "$path"; dpkg -S "$real"; dpkg -S "${real#/usr}") 2>/dev/null | head -n 1 | cut -d: -f1)
    [ -n "$pkg" ] || { fail "no package owns $lib"; continue; }
    has_dep "$pkg" || fail "the binary needs $lib ($pkg), which Depends does not name"
done

# --- the desktop file points at what was installed --------------------------------------------
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate on the installed file"
    exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_bin" ] || fail "Exec=$exec_bin is not in /usr/bin"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon" = "$id" ] || fail "Icon=$icon, expected $id"
fi
if [ -f "$share/metainfo/$id.metainfo.xml" ]; then
    appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" >"$tmp/as.log" 2>&1 \
        || { cat "$tmp/as.log"; fail "appstreamcli validate on the installed file"; }
fi

# --- the installed binary runs against the system's libraries ---------------------------------
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/backfill-browser" --version 2>&1)
rc=$?
echo "--version: $out" | head -n 3
[ $rc -eq 0 ] || fail "--version exited with $rc"
echo "$out" | head -n 1 | grep -q "^backfill-browser $version " || fail "--version does not start with 'backfill-browser $version'"

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "package OK"
