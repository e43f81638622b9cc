#!/usr/bin/env bash
# PostToolUse hook (Edit, Write, MultiEdit): lints the file that was just changed, with the
# project's own linter for its type, and tells the model what is wrong. For PostToolUse, exit 2
# shows stderr to the model (the edit has already happened; it cannot be undone here).
# Check-only: no --fix, no formatting in place; the agent makes the fix itself, so nothing changes
# files behind its back. Linters that are not installed are skipped. Output is bounded.
#
#   .js .jsx .mjs .cjs .ts .tsx .mts .cts  eslint when the project configures it; else `node --check` for JS
#   + prettier --check when the project configures prettier (also .json .css .scss .md .yml .yaml .html)
#   .py ruff check   .go gofmt -l   .rs rustfmt --check   .sh .bash (or a sh/bash shebang) shellcheck
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

hook_read_input
if [[ "$(hook_json_tool)" == none ]] || ! printf '%s' "$HOOK_INPUT" | json_read check; then
  echo "run-linter: hook input could not be read (no JSON tool, or not JSON); skipping lint." >&2
  exit 0
fi
FILE="$(hook_field tool_input.file_path)"
ROOT="$(project_root)"
[[ -n $FILE ]] || exit 0
[[ $FILE == /* ]] || FILE="$ROOT/$FILE"
[[ -f $FILE ]] || exit 0
case "$FILE" in */node_modules/* | "$ROOT"/dist/* | */.git/*) exit 0 ;; esac

REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
FOUND=0

# Project-local tools first (node_modules/.bin, .venv/bin), then PATH.
find_tool() {
  local t="$1" p
  for p in "$ROOT/node_modules/.bin/$t" "$ROOT/.venv/bin/$t"; do
    [[ -x $p ]] && { printf '%s' "$p"; return 0; }
  done
  command -v "$t" 2>/dev/null
}

has_config() { # GLOB...
  local g
  for g in "$@"; do compgen -G "$ROOT/$g" >/dev/null && return 0; done
  return 1
}

# run_lint NAME CMD...: runs a linter; a non-zero exit or (for gofmt) any output is a finding.
run_lint() {
  local name="$1" out status=0
  shift
  out="$(cd "$ROOT" && timeout 50 "$@" 2>&1)" || status=$?
  if [[ $name == gofmt && -n $out ]]; then status=1; out="needs gofmt formatting: $out"; fi
  if ((status != 0)); then
    FOUND=1
    printf '%s (exit %d):\n%s\n\n' "$name" "$status" "$out" >>"$REPORT"
  fi
}

lint_js() {
  local tool
  if has_config 'eslint.config.*' '.eslintrc*' && tool="$(find_tool eslint)"; then
    run_lint eslint "$tool" --no-warn-ignored "$FILE"
  elif [[ $FILE == *.js || $FILE == *.mjs || $FILE == *.cjs ]] && tool="$(find_tool node)"; then
    run_lint 'node --check' "$tool" --check "$FILE"
  fi
}

lint_prettier() {
  local tool
  if has_config '.prettierrc*' 'prettier.config.*' && tool="$(find_tool prettier)"; then
    run_lint prettier "$tool" --check "$FILE"
  fi
}

tool=''
case "$FILE" in
  *.js | *.jsx | *.mjs | *.cjs | *.ts | *.tsx | *.mts | *.cts) lint_js; lint_prettier ;;
  *.json | *.css | *.scss | *.md | *.yml | *.yaml | *.html) lint_prettier ;;
  *.py) tool="$(find_tool ruff)" && run_lint ruff "$tool" check --no-fix "$FILE" || true ;;
  *.go) tool="$(find_tool gofmt)" && run_lint gofmt "$tool" -l "$FILE" || true ;;
  *.rs) tool="$(find_tool rustfmt)" && run_lint rustfmt "$tool" --check --edition 2021 "$FILE" || true ;;
  *.sh | *.bash) tool="$(find_tool shellcheck)" && run_lint shellcheck "$tool" "$FILE" || true ;;
  *)
    if head -n 1 "$FILE" | grep -Eq '^#!.*[/ ](ba)?sh([[:space:]]|$)'; then
      tool="$(find_tool shellcheck)" && run_lint shellcheck "$tool" "$FILE" || true
    fi
    ;;
esac

((FOUND)) || exit 0
{
  printf 'Lint problems in %s. Fix them (the linter ran in check mode; nothing was changed):\n\n' "${FILE#"$ROOT"/}"
  tail_bounded "$REPORT" 60
} >&2
exit 2
