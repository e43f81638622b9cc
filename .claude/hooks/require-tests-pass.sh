#!/usr/bin/env bash
# Stop hook: the agent may not finish while the project's tests fail. It runs the test command;
# on failure it exits 2 with the tail of the output on stderr, which Claude Code shows to the model
# as the reason to continue. It blocks ONCE per stop: when Claude Code reports stop_hook_active
# (it is already continuing because of a Stop hook) the stop is allowed, so it cannot loop.
#
# Test command, first found: $LAILATOV_TEST_COMMAND; the first non-comment line of
# .claude/test-command; else detected: package.json "test" script -> npm test; pytest config ->
# pytest -q; go.mod -> go test ./...; Cargo.toml -> cargo test; Makefile `test:` -> make test.
# No command -> the stop is allowed with a note. $LAILATOV_TEST_TIMEOUT (seconds, default 540)
# stays below the 600 s hook timeout in settings.json so a hung run reports instead of vanishing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

note() { printf 'require-tests-pass: %s\n' "$1" >&2; }

hook_read_input
if [[ "$(hook_json_tool)" != none ]] && printf '%s' "$HOOK_INPUT" | json_read check; then
  if [[ "$(hook_field stop_hook_active)" == true ]]; then
    note "already continued once for failing tests; allowing the stop to avoid a loop."
    exit 0
  fi
else
  note "hook input could not be read (no JSON tool, or not JSON); running the tests anyway."
fi

ROOT="$(project_root)"
cd "$ROOT"

detect_test_command() {
  local line
  if [[ -n ${LAILATOV_TEST_COMMAND:-} ]]; then printf '%s' "$LAILATOV_TEST_COMMAND"; return; fi
  if [[ -f .claude/test-command ]]; then
    while IFS= read -r line || [[ -n $line ]]; do
      [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
      printf '%s' "$line"; return
    done <.claude/test-command
  fi
  if [[ -f package.json ]]; then
    line="$(json_read value scripts.test <package.json || true)"
    if [[ -n $line && $line != *'no test specified'* ]]; then printf 'npm test'; return; fi
  fi
  if [[ -f pytest.ini ]] || grep -qs -e '\[tool.pytest' pyproject.toml || grep -qs -e '\[tool:pytest\]' setup.cfg; then
    printf 'pytest -q'; return
  fi
  [[ -f go.mod ]] && { printf 'go test ./...'; return; }
  [[ -f Cargo.toml ]] && { printf 'cargo test'; return; }
  if [[ -f Makefile ]] && grep -q '^test:' Makefile; then printf 'make test'; return; fi
  return 0
}

CMD="$(detect_test_command)"
if [[ -z $CMD ]]; then
  note "no test command found (set LAILATOV_TEST_COMMAND or .claude/test-command); allowing the stop."
  exit 0
fi

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
STATUS=0
# The status is captured, never propagated: under `set -e` a failing command would otherwise end
# this script with the command's own code (1, 5, ...), which Claude Code treats as non-blocking.
timeout "${LAILATOV_TEST_TIMEOUT:-540}" bash -c "$CMD" </dev/null >"$LOG" 2>&1 || STATUS=$?

((STATUS == 0)) && exit 0
{
  if ((STATUS == 124)); then
    printf 'Tests did not finish within %ss (`%s`).' "${LAILATOV_TEST_TIMEOUT:-540}" "$CMD"
  else
    printf 'Tests are failing (`%s` exited %d).' "$CMD" "$STATUS"
  fi
  printf ' Fix them before finishing. Last lines of the output:\n\n'
  tail_bounded "$LOG" 80
} >&2
exit 2
