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
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6keychain1 qt6-qpa-plugins libqt6svg6 \
    libsecret-1-0; do
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

# --- lintian: no errors, no warnings (Debian's own checks of a .deb) -------------------------
if command -v lintian >/dev/null 2>&1; then
    # As root lintian warns about itself on stderr; that is not a finding about the package.
    lintian --fail-on error,warning "$deb" >"$tmp/lintian.log" 2>&1 || fail "lintian"
    sed 's/^/lintian: /' "$tmp/lintian.log" | grep -v 'running with root privileges'
    grep -Eq '^[EW]: ' "$tmp/lintian.log" && fail "lintian reported errors or warnings"
else
    fail "lintian is not installed (make deps)"
fi

# --- documentation: copyright, changelog, the manual page ------------------------------------
doc=$share/doc/backfill-browser
expect "$doc/copyright"
head -n 1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "copyright is not in the machine-readable format"
expect "$doc/changelog.gz"
gzip -dc "$doc/changelog.gz" | head -n 1 | grep -q "^backfill-browser ($version) " \
    || fail "the changelog's first entry is not version $version"
manpage=$share/man/man1/backfill-browser.1.gz
expect "$manpage"
if [ -f "$manpage" ]; then
    # Renders without a groff warning, and says what the program and its commands are.
    MANWIDTH=80 man --warnings -l "$manpage" >"$tmp/man.txt" 2>"$tmp/man.err" || fail "man -l"
    [ -s "$tmp/man.err" ] && { cat "$tmp/man.err"; fail "man -l printed warnings"; }
    grep -q 'jobs list' "$tmp/man.txt" || fail "the manual page does not describe jobs list"
    # What `man -k` finds once man-db has indexed the page.
    mandb -q -c "$share/man" >/dev/null 2>&1
    MANPATH=$share/man man -k backfill-browser 2>/dev/null | grep -q '^backfill-browser (1)' \
        || fail "man -k does not list backfill-browser (1)"
fi

# --- shell completion -----------------------------------------------------------------------
bash_completion=$share/bash-completion/completions/backfill-browser
expect "$bash_completion"
expect "$share/zsh/vendor-completions/_backfill-browser"
expect "$share/fish/vendor_completions.d/backfill-browser.fish"
if [ -f "$bash_completion" ] && [ -f /usr/share/bash-completion/bash_completion ]; then
    # Loads in bash, registers for the command, and completes what an admin types.
    bash -c '
        . /usr/share/bash-completion/bash_completion
        . "$1"
        complete -p backfill-browser || exit 1
        complete_line() {
            COMP_LINE=$1; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            case $COMP_LINE in *" ") COMP_WORDS+=("") ;; esac
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
            _backfill_browser; echo "${COMPREPLY[*]}"
        }
        [ "$(complete_line "backfill-browser jobs l")" = list ] || exit 2
        [ "$(complete_line "backfill-browser --region cn-hang")" = cn-hangzhou ] || exit 3
        [ "$(complete_line "backfill-browser jobs list --form")" = --format ] || exit 4
    ' sh "$bash_completion" >"$tmp/completion.log" 2>&1 \
        || { cat "$tmp/completion.log"; fail "bash completion (exit $?)"; }
else
    fail "bash-completion is not installed (make deps)"
fi

# --- the installed binary runs against the system's libraries ---------------------------------
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/backfill-browser" --version 2>&1)
rc=$?
echo "--version: $out" | head -n 3
[ $rc -eq 0 ] || fail "--version exited with $rc"
echo "$out" | head -n 1 | grep -q "^backfill-browser $version " || fail "--version does not start with 'backfill-browser $version'"

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "package OK"
