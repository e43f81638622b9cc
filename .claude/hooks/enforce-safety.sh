#!/usr/bin/env bash
# PreToolUse guard (Bash, Write, Edit, MultiEdit, NotebookEdit, Read). Claude Code sends the tool call
# as JSON on stdin ({tool_name, tool_input: {command | file_path, ...}, cwd}). To block, this hook
# prints the reason on stderr and exits 2: Claude Code shows stderr to the model and skips the tool.
# (Exit 1 does NOT block; the predecessor's hook relied on it and never blocked anything.)
# It fails closed: unreadable input or no JSON tool blocks the call with a message that says why.
#
# What it blocks, and why each rule exists, is in .claude/README.md. It is a guard rail against
# accidents and obvious misuse, not a sandbox: a determined process can always hide a command.
set -euo pipefail
export LC_ALL=C
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

block() {
  printf 'BLOCKED by the LailaTov safety hook: %s\n' "$1" >&2
  exit 2
}

# ---------- input ----------
hook_read_input
if [[ "$(hook_json_tool)" == none ]]; then
  block "no JSON tool (jq, node or python3) is installed, so the tool call cannot be checked. Install jq."
fi
printf '%s' "$HOOK_INPUT" | json_read check ||
  block "the hook input is not a JSON object, so the tool call cannot be checked (expected Claude Code's PreToolUse JSON on stdin)."

hook_load_fields tool_name cwd tool_input.command tool_input.file_path tool_input.notebook_path
TOOL="$(hook_field tool_name)"
CWD="$(hook_field cwd)"
ROOT="$(project_root)"
if [[ -n $CWD && -d $CWD ]]; then resolve_path "$CWD" /; CWD="$REPLY"; else CWD="$ROOT"; fi

# ---------- protected paths ----------
# Agents may never change the guard rails or the project's rules. risk-policy.json may add globs
# under "protectedPaths". Globs follow minimatch: `*` stays within one path segment, `**` crosses them.
PROTECTED_DEFAULTS=('.github/workflows/**' '.claude/**' 'risk-policy.json' '**/CLAUDE.md')

glob_to_ere() {
  local g="$1" out='' i c
  for ((i = 0; i < ${#g}; i++)); do
    c="${g:i:1}"
    if [[ $c == '*' && ${g:i+1:1} == '*' ]]; then
      if [[ ${g:i+2:1} == / ]]; then out+='(.*/)?'; ((i += 2)); else out+='.*'; ((i += 1)); fi
    elif [[ $c == '*' ]]; then out+='[^/]*'
    elif [[ $c == '?' ]]; then out+='[^/]'
    elif [[ $c == [.+^\$\(\)\{\}\|\[\]\\] ]]; then out+="\\$c"
    else out+="$c"; fi
  done
  printf '^%s$' "$out"
}

PROTECTED_GLOBS=()
PROTECTED_RES=()
load_protected_globs() {
  PROTECTED_GLOBS=("${PROTECTED_DEFAULTS[@]}")
  local policy="$ROOT/risk-policy.json" glob
  if [[ -f $policy ]]; then
    json_read check <"$policy" ||
      block "risk-policy.json is not a valid JSON object, so its protectedPaths cannot be read. A human must fix it."
    while IFS= read -r glob; do
      [[ -n $glob ]] && PROTECTED_GLOBS+=("$glob")
    done < <(json_read lines protectedPaths <"$policy" || true)
  fi
  for glob in "${PROTECTED_GLOBS[@]}"; do PROTECTED_RES+=("$(glob_to_ere "$glob")"); done
}

# Sets REPLY to the matching glob when the absolute physical PATH is protected.
protected_match() {
  local abs="$1" rel glob
  is_within "$abs" "$ROOT" || return 1
  rel="${abs#"$ROOT"}"; rel="${rel#/}"
  [[ -z $rel ]] && return 1
  shopt -s nocasematch
  local k
  for k in "${!PROTECTED_RES[@]}"; do
    if [[ $rel =~ ${PROTECTED_RES[k]} ]]; then shopt -u nocasematch; REPLY="${PROTECTED_GLOBS[k]}"; return 0; fi
  done
  shopt -u nocasematch
  return 1
}

# ---------- secrets ----------
# Credential stores and process environments. Matched against Bash text and file paths.
CRED_RULES=(
  '/proc/[^[:space:]]*environ|process environments (/proc/*/environ) hold secrets'
  '(^|[^[:alnum:]_.-])\.ssh(/|$|[^[:alnum:]_-])|SSH keys (~/.ssh)'
  '\.aws/credentials|AWS credentials (~/.aws/credentials)'
  '(^|[^[:alnum:]_])[._]netrc|.netrc holds login passwords'
  '\.config/gh/hosts\.yml|the GitHub CLI token file (~/.config/gh/hosts.yml)'
  '\.git-credentials|stored git credentials (.git-credentials)'
  '(~|\$HOME|\$\{HOME\})/\.npmrc|the user .npmrc holds registry tokens'
  '\.pypirc|.pypirc holds registry tokens'
  '\.docker/config\.json|Docker registry credentials'
  '\.kube/config|Kubernetes credentials'
  '\.gnupg(/|$|[^[:alnum:]_-])|GnuPG keys'
  '(^|[^[:alnum:]_-])gh[[:space:]]+auth[[:space:]]+token|`gh auth token` prints the GitHub token'
)

check_secrets() { # TEXT
  local rule re why
  for rule in "${CRED_RULES[@]}"; do
    re="${rule%|*}"; why="${rule##*|}"
    if [[ $1 =~ $re ]]; then block "reading secrets is not allowed: $why."; fi
  done
  if [[ -n ${HOME:-} && $1 == *"$HOME/.npmrc"* ]]; then block "reading secrets is not allowed: the user .npmrc holds registry tokens."; fi
}

# ---------- file tools ----------
check_file_tool() {
  local path abs glob
  path="$(hook_field tool_input.file_path)"
  [[ -z $path ]] && path="$(hook_field tool_input.notebook_path)"
  [[ -z $path ]] && block "$TOOL call without tool_input.file_path; cannot check where it writes."
  resolve_path "$path" "$CWD"
  abs="$REPLY"
  check_secrets "$path"
  check_secrets "$abs"
  [[ $TOOL == Read ]] && return 0
  if protected_match "$abs"; then
    glob="$REPLY"
    block "$TOOL to ${abs#"$ROOT"/} is not allowed: it is a protected path (matches '$glob'). Protected files are changed by humans only; explain the change you need instead."
  fi
  if ! is_within "$abs" "$ROOT" && [[ $abs != /tmp/* ]]; then
    block "$TOOL to $abs is not allowed: it is outside the project ($ROOT). Write inside the project, or under /tmp for scratch files."
  fi
}

# ---------- Bash: whole-text rules ----------
check_sql() {
  local flat="${1//$'\n'/ }" stmt
  shopt -s nocasematch
  if [[ $flat =~ (^|[^[:alnum:]_])DROP[[:space:]]+(TABLE|DATABASE|SCHEMA)([^[:alnum:]_]|$) ]]; then
    block "destructive SQL (DROP ${BASH_REMATCH[2]^^}) is not allowed. Write a migration for a human to review instead."
  fi
  if [[ $flat =~ (^|[^[:alnum:]_])TRUNCATE([[:space:]]+TABLE)?[[:space:]]+[[:alnum:]_\"\`] ]]; then
    block "destructive SQL (TRUNCATE) is not allowed."
  fi
  # Every DELETE FROM needs a WHERE clause in the same statement, and not a trivially true one.
  while [[ $flat =~ (^|[^[:alnum:]_])DELETE[[:space:]]+FROM([^\;|&]*) ]]; do
    stmt="${BASH_REMATCH[2]}"
    flat="${flat#*"${BASH_REMATCH[0]}"}"
    if [[ ! $stmt =~ [^[:alnum:]_]WHERE[^[:alnum:]_] ]]; then
      block "DELETE FROM without a WHERE clause deletes every row. Add a WHERE clause."
    fi
    if [[ $stmt =~ WHERE[[:space:]]+(1[[:space:]]*=[[:space:]]*1|true|\'1\'[[:space:]]*=[[:space:]]*\'1\')([^[:alnum:]_]|$) ]]; then
      block "DELETE FROM ... WHERE ${BASH_REMATCH[1]} deletes every row."
    fi
  done
  shopt -u nocasematch
}

check_remote_exec() {
  local flat="${1//$'\n'/ }" sh='([^[:space:]|;&]*/)?(ba|z|da|k|fi)?sh'
  if [[ $flat =~ (curl|wget)[^\|\;\&]*\|[[:space:]]*(sudo[[:space:]]+(-[^[:space:]]+[[:space:]]+)*)?(env[[:space:]]+)?$sh([[:space:]]|$|[\;\&\)]) ]] ||
    [[ $flat =~ $sh[[:space:]]+(-[[:alpha:]]+[[:space:]]+)*[\"\']?(\<\(|\$\()[[:space:]]*(curl|wget) ]] ||
    [[ $flat =~ (source|\.|eval)[[:space:]]+[\"\']?(\<\(|\$\()[[:space:]]*(curl|wget) ]]; then
    block "piping a download into a shell (curl | sh) runs unreviewed code. Download the file, read it, then run it."
  fi
}

# ---------- Bash: per-command rules ----------
VCWD=''       # working directory as the command line moves it with `cd`; empty = unknown

# Sets REPLY to WORD with the variables a target may use safely replaced; fails if any other expansion is left.
expand_known() {
  local w="$1"
  w="${w//\$\{CLAUDE_PROJECT_DIR\}/$ROOT}"; w="${w//\$CLAUDE_PROJECT_DIR/$ROOT}"
  w="${w//\$\{HOME\}/$HOME}"; w="${w//\$HOME/$HOME}"
  w="${w//\$\{PWD\}/$VCWD}"; w="${w//\$PWD/$VCWD}"
  [[ $w == *'$'* || $w == *'`'* ]] && return 1
  [[ $w == '~'?* && $w != '~/'* ]] && return 1
  REPLY="$w"
}

check_rm_target() {
  local raw="$1" t abs base glob
  expand_known "$raw" ||
    block "rm target '$raw' uses a variable or substitution the hook cannot resolve. Use a literal path inside the project."
  t="$REPLY"
  [[ -z $t ]] && return 0
  if [[ $t != /* && $t != '~'* && -z $VCWD ]]; then
    block "rm target '$raw' is relative to a directory the hook cannot determine (after cd). Use a path inside the project."
  fi
  resolve_path "$t" "${VCWD:-/}"
  abs="$REPLY"
  if is_within "$ROOT" "$abs"; then
    block "rm of '$raw' would delete the project itself or a directory above it ($abs)."
  fi
  if ! is_within "$abs" "$ROOT"; then
    [[ $abs == /tmp/?* ]] && return 0
    block "rm of '$raw' ($abs) is outside the project ($ROOT). Only paths inside the project (or under /tmp) may be removed."
  fi
  base="${abs##*/}"
  if [[ ${abs%/*} == "$ROOT" && $base =~ ^[.*?]+$ ]]; then
    block "rm of '$raw' would delete everything in the project root."
  fi
  if is_within "$abs" "$ROOT/.git"; then
    block "rm of '$raw' would delete git history (.git)."
  fi
  if protected_match "$abs"; then
    block "rm of '$raw' touches a protected path (matches '$REPLY')."
  fi
}

check_rm() { # args after `rm`
  local a endopts=0
  for a in "$@"; do
    if ((!endopts)) && [[ $a == -- ]]; then endopts=1; continue; fi
    if ((!endopts)) && [[ $a == -?* ]]; then continue; fi
    check_rm_target "$a"
  done
}

# A force push (or remote branch deletion) is allowed only onto agent/* branches.
check_git_push() { # args after `push`
  local a force=0 skip=0 positional=() refs=() r dst
  for a in "$@"; do
    if ((skip)); then skip=0; continue; fi
    case "$a" in
      --force | --force-with-lease | --force-with-lease=* | --force-if-includes | --mirror | --delete) force=1 ;;
      --repo | --push-option | --receive-pack | --exec) skip=1 ;;
      --*) ;;
      -*)
        [[ $a == *[fd]* ]] && force=1
        [[ $a == *o ]] && skip=1
        ;;
      *) positional+=("$a") ;;
    esac
  done
  refs=("${positional[@]:1}")
  for r in "${refs[@]}"; do [[ $r == +* || $r == :* ]] && force=1; done
  ((force)) || return 0
  ((${#refs[@]})) || block "force push without an explicit agent/* branch (git push --force with no refspec) may overwrite a shared branch. Name the branch: git push --force origin agent/<name>."
  for r in "${refs[@]}"; do
    r="${r#+}"
    dst="${r##*:}"
    dst="${dst#refs/heads/}"
    [[ $dst == agent/?* ]] ||
      block "force push (or deletion) of '$dst' is not allowed; only agent/* branches may be force-pushed. Push a new commit instead."
  done
}

check_git() { # args after `git`
  local i=0 args=("$@")
  while ((i < ${#args[@]})); do
    case "${args[i]}" in
      -C | -c | --git-dir | --work-tree | --namespace) ((i += 2)) ;;
      -*) ((i += 1)) ;;
      push) check_git_push "${args[@]:i+1}"; return ;;
      *) return ;;
    esac
  done
}

# Commands that change a file named among their arguments: used to keep Bash off protected paths.
WRITERS=' cp mv rm tee install ln truncate chmod chown touch dd sed perl '

check_segment() {
  local -a w=("$@")
  local n=${#w[@]} i word base j target glob
  ((n)) || return 0
  if [[ ${w[0]} == cd ]]; then
    if ((n == 1)); then VCWD="$HOME"
    elif expand_known "${w[1]}" && target="$REPLY" && [[ $target != - ]] && [[ -n $VCWD || $target == /* ]]; then
      resolve_path "$target" "${VCWD:-/}"
      VCWD="$REPLY"
    else VCWD=''; fi
    return 0
  fi
  for ((i = 0; i < n; i++)); do
    word="${w[i]}"; base="${word##*/}"
    case "$base" in
      rm) check_rm "${w[@]:i+1}" ;;
      git) check_git "${w[@]:i+1}" ;;
      eval) analyze_bash "${w[*]:i+1}" ;;
      bash | sh | zsh | dash | ksh)
        for ((j = i + 1; j < n - 1; j++)); do
          if [[ ${w[j]} == -*c ]]; then analyze_bash "${w[j + 1]}"; break; fi
        done
        ;;
    esac
    if [[ $WRITERS == *" $base "* ]]; then
      for ((j = i + 1; j < n; j++)); do
        target="${w[j]#of=}"
        [[ $target == -* || -z $target ]] && continue
        expand_known "$target" || continue
        target="$REPLY"
        resolve_path "$target" "${VCWD:-$ROOT}"
        if protected_match "$REPLY"; then
          block "'$base' on '${w[j]}' would change a protected path (matches '$REPLY'). Protected files are changed by humans only."
        fi
      done
    fi
  done
}

DEPTH=0
analyze_bash() { # COMMAND
  local cmd="$1" kind word seg=() redirect=0 target glob
  ((DEPTH++ < 4)) || block "command nests shells too deeply to check."
  check_sql "$cmd"
  check_remote_exec "$cmd"
  check_secrets "$cmd"
  while IFS=$'\t' read -r kind word; do
    case "$kind" in
      W)
        if ((redirect)); then
          redirect=0
          if expand_known "$word"; then
            target="$REPLY"
            resolve_path "$target" "${VCWD:-$ROOT}"
            if protected_match "$REPLY"; then
              block "redirecting output into '$word' would change a protected path (matches '$REPLY')."
            fi
          fi
        else seg+=("$word"); fi
        ;;
      R) redirect=1 ;;
      S) check_segment "${seg[@]+"${seg[@]}"}"; seg=(); redirect=0 ;;
    esac
  done < <(printf '%s' "$cmd" | awk -f "$HOOK_LIB_DIR/shell-words.awk")
  check_segment "${seg[@]+"${seg[@]}"}"
  ((DEPTH--)) || true
}

# ---------- dispatch ----------
load_protected_globs
case "$TOOL" in
  Bash)
    COMMAND="$(hook_field tool_input.command)"
    VCWD="$CWD"
    analyze_bash "$COMMAND"
    ;;
  Write | Edit | MultiEdit | NotebookEdit | Read) check_file_tool ;;
  '') block "the hook input has no tool_name (expected Claude Code's PreToolUse JSON on stdin)." ;;
  *) ;;
esac
exit 0
