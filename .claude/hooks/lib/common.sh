# shellcheck shell=bash
# Helpers shared by LailaTov's Claude Code hooks. Sourced by the hooks, never run on its own.
#
# JSON: hooks read their input with jq. Where jq is missing they fall back to node, then python3
# (Claude Code's own runtime is not guaranteed to be node). LAILATOV_HOOK_JSON_TOOL=jq|node|python3|none
# forces one of them; tests use it to cover the fallbacks and the "no JSON tool" case.

HOOK_LIB_DIR="${BASH_SOURCE[0]%/*}"

hook_json_tool() {
  if [[ -n ${HOOK_JSON_TOOL_CACHED:-} ]]; then echo "$HOOK_JSON_TOOL_CACHED"; return; fi
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

# json_read MODE PATH... < json
#   MODE=value: prints the value at the dotted PATH (strings raw, other values as JSON; null/false/missing print nothing)
#   MODE=lines: prints the strings of the array at PATH, one per line
#   MODE=check: exits 0 when stdin is a JSON object, 1 otherwise
#   MODE=fields: like value for each PATH, each followed by a NUL byte (one process for many fields)
# Exits 3 when no JSON tool is available.
json_read() {
  local mode="$1" path="${2:-}" tool="${HOOK_JSON_TOOL_CACHED:-}"
  [[ -n $tool ]] || tool="$(hook_json_tool)"
  case "$tool" in
    jq)
      case "$mode" in
        check) jq -e 'type == "object"' >/dev/null 2>&1 ;;
        value) jq -r --arg p "$path" 'getpath($p | split(".")) // empty | if type == "string" then . else tojson end' 2>/dev/null ;;
        lines) jq -r --arg p "$path" 'getpath($p | split(".")) // [] | if type == "array" then .[] | strings else empty end' 2>/dev/null ;;
        fields)
          shift
          jq -j --args '. as $in | $ARGS.positional[] | . as $p | ($in | getpath($p | split(".")) // "" | if type == "string" then . else tojson end) + "\u0000"' "$@" 2>/dev/null
          ;;
      esac
      ;;
    node)
      node -e '
        const [mode, ...paths] = process.argv.slice(1);
        let root;
        try { root = JSON.parse(require("fs").readFileSync(0, "utf8")); } catch { process.exit(1); }
        if (mode === "check") process.exit(root !== null && typeof root === "object" && !Array.isArray(root) ? 0 : 1);
        const get = (p) => { let v = root; for (const k of p.split(".")) v = v === null || typeof v !== "object" ? undefined : v[k]; return v; };
        const text = (v) => v === undefined || v === null || v === false ? "" : typeof v === "string" ? v : JSON.stringify(v);
        if (mode === "lines") { const v = get(paths[0]); if (Array.isArray(v)) for (const s of v) if (typeof s === "string") process.stdout.write(s + "\n"); }
        else if (mode === "fields") for (const p of paths) process.stdout.write(text(get(p)) + "\0");
        else process.stdout.write(text(get(paths[0])));
      ' "${@:1}" 2>/dev/null
      ;;
    python3)
      python3 -c '
import json, sys
mode, paths = sys.argv[1], sys.argv[2:]
try:
    root = json.load(sys.stdin)
except Exception:
    sys.exit(1)
if mode == "check":
    sys.exit(0 if isinstance(root, dict) else 1)
def get(p):
    v = root
    for k in p.split("."):
        v = v.get(k) if isinstance(v, dict) else None
    return v
def text(v):
    if v is None or v is False:
        return ""
    if v is True:
        return "true"
    return v if isinstance(v, str) else json.dumps(v)
if mode == "lines":
    v = get(paths[0])
    for s in v if isinstance(v, list) else []:
        if isinstance(s, str):
            sys.stdout.write(s + "\n")
elif mode == "fields":
    sys.stdout.write("".join(text(get(p)) + "\0" for p in paths))
else:
    sys.stdout.write(text(get(paths[0])))
' "${@:1}" 2>/dev/null
      ;;
    *) return 3 ;;
  esac
}

# Hook input is read once. hook_load_fields PATH... extracts fields in one process into
# HOOK_FIELDS; hook_field PATH reads a loaded field (or extracts it when it was not loaded).
HOOK_INPUT=''
declare -A HOOK_FIELDS=()
hook_read_input() {
  HOOK_INPUT="$(cat)"
  HOOK_JSON_TOOL_CACHED="$(hook_json_tool)"
}
hook_load_fields() {
  local p v i=1 args=("$@")
  while IFS= read -r -d '' v; do
    HOOK_FIELDS[${args[i - 1]}]="$v"
    i=$((i + 1))
  done < <(printf '%s' "$HOOK_INPUT" | json_read fields "$@" || true)
}
hook_field() {
  if [[ -v HOOK_FIELDS[$1] ]]; then printf '%s' "${HOOK_FIELDS[$1]}"; return; fi
  printf '%s' "$HOOK_INPUT" | json_read value "$1" || true
}

# Path helpers return their result in REPLY (no subshell per call: hooks run on every tool call).

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
  REPLY="/${out[*]}"
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
  normalize_path "$abs"
  abs="$REPLY" dir="$REPLY"
  while [[ $dir != / && ! -d $dir ]]; do
    rest="/${dir##*/}$rest"
    dir="${dir%/*}"
    [[ -z $dir ]] && dir=/
  done
  local here="$PWD"
  if cd "$dir" 2>/dev/null; then dir="$(pwd -P)"; cd "$here"; else dir="${abs%"$rest"}"; fi
  [[ $dir == / ]] && dir=''
  normalize_path "$dir$rest"
}

# The project root (physical). CLAUDE_PROJECT_DIR is set by Claude Code for every hook.
project_root() {
  local root="${CLAUDE_PROJECT_DIR:-}"
  [[ -z $root ]] && root="$(hook_field cwd)"
  [[ -z $root ]] && root="$PWD"
  resolve_path "$root" /
  printf '%s' "$REPLY"
}

# is_within PATH ROOT: PATH equals ROOT or lies below it.
is_within() { [[ $1 == "$2" || $1 == "$2"/* || $2 == / ]]; }

# Last LIMIT lines of a file, capped at 4000 characters: bounded feedback for the model.
tail_bounded() { tail -n "${2:-60}" "$1" | tail -c 4000; }
