#!/bin/sh
# Runs a test with a throw-away HOME and XDG tree, removed afterwards, so no test reads or writes
# the developer's settings, keychain or aliyun CLI config.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/backfill-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Credentials of the person running the tests must never leak into a test.
unset ALIBABA_CLOUD_ACCESS_KEY_ID ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_SECURITY_TOKEN \
      ALIBABA_CLOUD_PROFILE ALIBABA_CLOUD_REGION_ID ALIBABA_CLOUD_CONFIG_FILE \
      ALIBABACLOUD_ACCESS_KEY_ID ALIBABACLOUD_ACCESS_KEY_SECRET ALIBABACLOUD_SECURITY_TOKEN \
      ALIBABACLOUD_PROFILE ALIBABACLOUD_REGION_ID ALICLOUD_ACCESS_KEY_ID ALICLOUD_ACCESS_KEY_SECRET \
      ALICLOUD_SECURITY_TOKEN ALICLOUD_PROFILE ALICLOUD_REGION_ID ALIBABA_CLOUD_CREDENTIALS_FILE \
      ALIBABA_CLOUD_CREDENTIALS_URI ALIBABA_CLOUD_CLI_PROFILE_DISABLED \
      ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS
# The command line speaks the user's language and tests compare English text: pin the locale,
# unless a test chooses its own (BACKFILL_KEEP_LOCALE=1, the translation tests).
if [ -z "${BACKFILL_KEEP_LOCALE:-}" ]; then
    export LC_ALL=C.UTF-8 LANG=C.UTF-8
    unset LANGUAGE
fi
"$@"
