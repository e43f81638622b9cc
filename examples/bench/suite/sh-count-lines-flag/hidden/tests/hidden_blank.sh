#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
f=$(mktemp)
printf "a\n\n  \nb\n" > "$f"
[ "$(bash bin/countlines.sh -b "$f")" = "2" ] || fail blank
[ "$(bash bin/countlines.sh "$f")" = "4" ] || fail all
rm -f "$f"
echo ok
