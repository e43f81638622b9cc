#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
[ "$(bash deploy.sh)" = deploying ] || fail deploy
echo ok
