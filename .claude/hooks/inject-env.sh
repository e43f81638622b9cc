#!/usr/bin/env bash
# SessionStart hook: exports the variables the project declares in .claude/env into every Bash
# command of the session. Claude Code gives SessionStart hooks a file in $CLAUDE_ENV_FILE; the
# `export` lines appended to it are sourced before each Bash tool call.
#
# .claude/env format: one KEY=VALUE per line; blank lines and `#` comments are ignored; a leading
# `export ` is allowed; a value wrapped in matching quotes loses them; nothing is expanded.
# Names must be shell identifiers; names that change how shells or the loader behave are refused.
# Values are never printed (they may be secrets); skipped lines are reported by line number.
set -euo pipefail

ENV_DECL="${CLAUDE_PROJECT_DIR:-$PWD}/.claude/env"
REFUSED=' PATH LD_PRELOAD LD_LIBRARY_PATH LD_AUDIT BASH_ENV ENV PROMPT_COMMAND SHELLOPTS BASHOPTS PS4 IFS HOME '

cat >/dev/null # the SessionStart input is not needed; drain it so the writer never blocks

[[ -f $ENV_DECL ]] || exit 0
if [[ -z ${CLAUDE_ENV_FILE:-} ]]; then
  echo "inject-env: CLAUDE_ENV_FILE is not set, so .claude/env cannot be applied to this session." >&2
  exit 0
fi

quote() { local v="$1"; printf "'%s'" "${v//\'/\'\\\'\'}"; }

lineno=0 exported=0 out=''
while IFS= read -r line || [[ -n $line ]]; do
  lineno=$((lineno + 1))
  line="${line%$'\r'}"
  trimmed="${line#"${line%%[![:space:]]*}"}"
  [[ -z $trimmed || $trimmed == '#'* ]] && continue
  trimmed="${trimmed#export }"
  if [[ $trimmed != *=* ]]; then
    echo "inject-env: .claude/env line $lineno skipped: expected KEY=VALUE." >&2
    continue
  fi
  name="${trimmed%%=*}" value="${trimmed#*=}"
  name="${name%"${name##*[![:space:]]}"}"
  if [[ ! $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    echo "inject-env: .claude/env line $lineno skipped: '$name' is not a valid variable name." >&2
    continue
  fi
  if [[ $REFUSED == *" $name "* || $name == DYLD_* ]]; then
    echo "inject-env: .claude/env line $lineno skipped: $name changes how shells run and may not be set here." >&2
    continue
  fi
  if [[ ${#value} -ge 2 && ( ($value == \"*\" ) || ($value == \'*\') ) ]]; then value="${value:1:${#value}-2}"; fi
  out+="export $name=$(quote "$value")"$'\n'
  exported=$((exported + 1))
done <"$ENV_DECL"

printf '%s' "$out" >>"$CLAUDE_ENV_FILE"
echo "inject-env: exported $exported variable(s) from .claude/env." >&2
