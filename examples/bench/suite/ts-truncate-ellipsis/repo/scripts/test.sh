#!/bin/sh
# Type-checks and compiles with tsc (strict), then runs node's test runner on the output.
# With a test file (test/x.test.ts): that test and what it imports; with none: every test.
set -eu
if [ $# -eq 0 ]; then
  tsc -p tsconfig.json
  exec node --test build/test/
fi
mkdir -p build
printf '{"extends": "../tsconfig.json", "include": ["../types"], "files": ["../%s"]}\n' "$1" >build/tsconfig.one.json
tsc -p build/tsconfig.one.json
exec node --test "build/${1%.ts}.js"
