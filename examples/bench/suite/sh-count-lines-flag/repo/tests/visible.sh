#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
printf "a\n\nb\n" > /tmp/cl-$$.txt
[ "$(bash bin/countlines.sh /tmp/cl-$$.txt)" = "3" ] || fail count
rm -f /tmp/cl-$$.txt
echo ok
