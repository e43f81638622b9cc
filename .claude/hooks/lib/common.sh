# shellcheck shell=bash
# Helpers shared by LailaTov's Claude Code hooks. Sourced by the hooks, never run on its own.
#
# JSON: hooks read their input with jq. Where jq is missing they fall back to node, then python3
# (Claude Code's own runtime is not guaranteed to be node). LAILATOV_HOOK_JSON_TOOL=jq|node|python3|none
# forces one of them; tests use it to cover the fallbacks and the "no JSON tool" case.

HOOK_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

hook_json_tool() {
  local forced="${LAILATOV_HOOK_JSON_TOOL:-}" t
  case "$forced" in
    '') ;;
    none) echo none; return ;;
    jq | node | python3)
      if command -v "$forced" >/dev/null 2>&1; then echo "$forced"; else echo none; fi
      return
      ;;
    *) echo none; return ;;
  esac
  for t in jq node python3; do
    if command -v "$t" >/dev/null 2>&1; then echo "$t"; return; fi
  done
  echo none
}

# json_read MODE PATH < json
#   MODE=value: prints the value at the dotted PATH (strings raw, other values as JSON; null/false/missing print nothing)
#   MODE=lines: prints the strings of the array at PATH, one per line
#   MODE=check: exits 0 when stdin is a JSON object, 1 otherwise
# Exits 3 when no JSON tool is available.
json_read() {
  local mode="$1" path="${2:-}" tool
  tool="$(hook_json_tool)"
  case "$tool" in
    jq)
      case "$mode" in
        check) jq -e 'type == "object"' >/dev/null 2>&1 ;;
        value) jq -r --arg p "$path" 'getpath($p | split(".")) // empty | if type == "string" then . else tojson end' 2>/dev/null ;;
        lines) jq -r --arg p "$path" 'getpath($p | split(".")) // [] | if type == "array" then .[] | strings else empty end' 2>/dev/null ;;
      esac
      ;;
    node)
      node -e '
        const [mode, p] = process.argv.slice(1);
        let v;
        try { v = JSON.parse(require("fs").readFileSync(0, "utf8")); } catch { process.exit(1); }
        if (mode === "check") process.exit(v !== null && typeof v === "object" && !Array.isArray(v) ? 0 : 1);
        for (const k of p.split(".")) v = v === null || typeof v !== "object" ? undefined : v[k];
        if (mode === "lines") { if (Array.isArray(v)) for (const s of v) if (typeof s === "string") process.stdout.write(s + "\n"); }
        else if (v !== undefined && v !== null && v !== false) process.stdout.write(typeof v === "string" ? v : JSON.stringify(v));
      ' "$mode" "$path" 2>/dev/null
      ;;
    python3)
      python3 -c '
import json, sys
mode, p = sys.argv[1], sys.argv[2]
try:
    v = json.load(sys.stdin)
except Exception:
    sys.exit(1)
if mode == "check":
    sys.exit(0 if isinstance(v, dict) else 1)
for k in p.split("."):
    v = v.get(k) if isinstance(v, dict) else None
if mode == "lines":
    for s in v if isinstance(v, list) else []:
        if isinstance(s, str):
            sys.stdout.write(s + "\n")
elif v is not None and v is not False:
    sys.stdout.write(v if isinstance(v, str) else json.dumps(v))
' "$mode" "$path" 2>/dev/null
      ;;
    *) return 3 ;;
  esac
}

# Hook input is read once; hook_field PATH reads a field from it.
HOOK_INPUT=''
hook_read_input() { HOOK_INPUT="$(cat)"; }
hook_field() { printf '%s' "$HOOK_INPUT" | json_read value "$1" || true; }

# Lexical normalisation of an absolute path: removes `.`, `..` and repeated slashes.
normalize_path() {
  local path="$1" part out=() IFS='/'
  read -r -a parts <<<"$path"
  for part in "${parts[@]}"; do
    case "$part" in
      '' | .) ;;
      ..) ((${#out[@]})) && unset 'out[${#out[@]}-1]' ;;
      *) out+=("$part") ;;
    esac
  done
  local joined="${out[*]}"
  printf '/%s' "$joined"
}

# Absolute, physical path of PATH (relative to BASE): the deepest existing ancestor is resolved
# with `pwd -P`, so a symlink inside the project cannot point a target outside it.
resolve_path() {
  local path="$1" base="$2" abs rest='' dir
  case "$path" in
    '~') path="$HOME" ;;
    '~/'*) path="$HOME/${path#'~/'}" ;;
  esac
  if [[ $path == /* ]]; then abs="$path"; else abs="$base/$path"; fi
  abs="$(normalize_path "$abs")"
  dir="$abs"
  while [[ $dir != / && ! -d $dir ]]; do
    rest="/${dir##*/}$rest"
    dir="${dir%/*}"
    [[ -z $dir ]] && dir=/
  done
  dir="$(cd "$dir" 2>/dev/null && pwd -P)" || dir="${abs%"$rest"}"
  [[ $dir == / ]] && dir=''
  printf '%s' "$(normalize_path "$dir$rest")"
}

# The project root (physical). CLAUDE_PROJECT_DIR is set by Claude Code for every hook.
project_root() {
  local root="${CLAUDE_PROJECT_DIR:-}"
  [[ -z $root ]] && root="$(hook_field cwd)"
  [[ -z $root ]] && root="$PWD"
  (cd "$root" 2>/dev/null && pwd -P) || normalize_path "$root"
}

# is_within PATH ROOT: PATH equals ROOT or lies below it.
is_within() { [[ $1 == "$2" || $1 == "$2"/* || $2 == / ]]; }

# Last LIMIT lines of a file, capped at 4000 characters: bounded feedback for the model.
tail_bounded() { tail -n "${2:-60}" "$1" | tail -c 4000; }
