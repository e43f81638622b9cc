#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
[ "$(bash bin/trim.sh "  a b  ")" = "a b" ] || fail trailing
echo ok
