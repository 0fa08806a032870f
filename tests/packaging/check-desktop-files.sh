#!/bin/sh
# Validates the desktop entry and the AppStream record with the freedesktop.org validators, and
# checks the things the validators cannot know: the file names and ids are our application id, and
# the current project version has a <release> entry.
#   check-desktop-files.sh SOURCE_DIR APP_ID VERSION
set -u
src=$1 id=$2 version=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
desktop=$src/packaging/linux/$id.desktop
metainfo=$src/packaging/linux/$id.metainfo.xml

out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate"
# Hints are advice; warnings and errors are not.
echo "$out" | grep -E ': (warning|error):' && fail "desktop-file-validate reported warnings"
echo "desktop-file-validate: ${out:-clean}"

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"

grep -q "^Icon=$id\$" "$desktop" || fail "the desktop file's Icon is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "no <release version=\"$version\"> in the metainfo: add one for this version"
[ $failures -eq 0 ] || exit 1
echo "desktop files OK"
