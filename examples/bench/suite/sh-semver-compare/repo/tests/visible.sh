#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
bash bin/semver_lt.sh 1.2.0 1.3.0 || fail lt
! bash bin/semver_lt.sh 1.3.0 1.2.0 || fail gt
echo ok
