#!/usr/bin/env bash
set -eu
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
! bash bin/semver_lt.sh 1.10.0 1.9.0 || fail numeric
bash bin/semver_lt.sh 1.9.0 1.10.0 || fail numeric2
! bash bin/semver_lt.sh 2.0.0 2.0.0 || fail equal
echo ok
