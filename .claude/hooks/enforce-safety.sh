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
# Agents may never change the guard rails or the project's rules. The list is the core list of
# src/core/protected/paths.ts, generated into lib/protected-paths.sh; risk-policy.json adds globs
# under "protectedPaths" and removes a default only under "unprotectDefaults" (never .git/).
# Globs follow the risk policy's rules: a pattern with no `/` matches the name at any depth, one
# with a `/` is anchored at the root, a trailing `/` means everything under it, `*` stays within
# one segment and `**` crosses them.
source "$HOOK_LIB_DIR/protected-paths.sh"

# Sets REPLY to the anchored glob for a policy pattern (core/risk/glob.ts toGlob); fails if it names nothing.
anchor_glob() {
  local body="$1" anchored=0 dir=0
  while [[ $body == ./* || $body == /* ]]; do
    if [[ $body == /* ]]; then body="${body#/}"; else body="${body#./}"; fi
    anchored=1
  done
  while [[ $body == */ ]]; do body="${body%/}"; dir=1; done
  [[ -z $body || $body == . ]] && return 1
  [[ $body == */* ]] && anchored=1
  ((dir)) && body+='/**'
  if ((anchored)); then REPLY="$body"; else REPLY="**/$body"; fi
}

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
PROTECTED_PREFIXES=() # the literal directory part of an anchored glob (.github for .github/**)
PROTECTED_NAMES=()    # the name an "any depth" glob looks for (CLAUDE.md for **/CLAUDE.md)
load_protected_globs() {
  local policy="$ROOT/risk-policy.json" glob g removed=() keep
  PROTECTED_GLOBS=()
  if [[ -f $policy ]]; then
    json_read check <"$policy" ||
      block "risk-policy.json is not a valid JSON object, so its protectedPaths cannot be read. A human must fix it."
    while IFS= read -r glob; do
      [[ -n $glob ]] && removed+=("$glob")
    done < <(json_read lines "$PROTECTED_UNPROTECT_KEY" <"$policy" || true)
  fi
  for glob in "${PROTECTED_DEFAULTS[@]}"; do
    keep=1
    for g in "${removed[@]+"${removed[@]}"}"; do [[ $g == "$glob" ]] && keep=0; done
    for g in "${PROTECTED_LOCKED[@]}"; do [[ $g == "$glob" ]] && keep=1; done
    ((keep)) && PROTECTED_GLOBS+=("$glob")
  done
  if [[ -f $policy ]]; then
    while IFS= read -r glob; do
      [[ -n $glob ]] && PROTECTED_GLOBS+=("$glob")
    done < <(json_read lines protectedPaths <"$policy" || true)
  fi
  local rest prefix seg
  for glob in "${PROTECTED_GLOBS[@]}"; do
    anchor_glob "$glob" || { PROTECTED_RES+=('^$'); continue; }
    g="$REPLY"
    PROTECTED_RES+=("$(glob_to_ere "$g")")
    if [[ $g == '**/'* ]]; then
      rest="${g#'**/'}"
      PROTECTED_NAMES+=("${rest%%/*}")
    else
      prefix='' rest="$g"
      while [[ $rest == */* ]]; do
        seg="${rest%%/*}"
        [[ $seg == *[*?[]* ]] && break
        prefix+="${prefix:+/}$seg"
        rest="${rest#*/}"
      done
      [[ -z $prefix && $rest != *[*?[]* ]] && prefix="$rest"
      [[ -n $prefix ]] && PROTECTED_PREFIXES+=("$prefix")
    fi
  done
  return 0
}

# Sets REPLY to the matching glob when the absolute physical PATH is protected.
protected_match() {
  local abs="$1" rel
  is_within "$abs" "$ROOT" || return 1
  rel="${abs#"$ROOT"}"; rel="${rel#/}"
  [[ -z $rel ]] && return 1
  # A `.git` segment anywhere: the repository's own, or a nested one (gitlink).
  if [[ /$rel/ == */.git/* ]]; then REPLY='.git/'; return 0; fi
  shopt -s nocasematch
  local k
  for k in "${!PROTECTED_RES[@]}"; do
    if [[ $rel =~ ${PROTECTED_RES[k]} ]]; then shopt -u nocasematch; REPLY="${PROTECTED_GLOBS[k]}"; return 0; fi
  done
  shopt -u nocasematch
  return 1
}

# Like protected_match, and also true for a directory that holds a protected path: `rm -rf .claude`
# or `mv .github/workflows /tmp/x` changes every protected file below it. The project root itself
# is left to the callers (rm and find have their own rule for it).
protected_or_holds() {
  local abs="$1" rel p n hit
  protected_match "$abs" && return 0
  is_within "$abs" "$ROOT" || return 1
  rel="${abs#"$ROOT"}"; rel="${rel#/}"
  [[ -z $rel ]] && return 1
  shopt -s nocasematch
  for p in "${PROTECTED_PREFIXES[@]+"${PROTECTED_PREFIXES[@]}"}"; do
    if [[ $p == "$rel" || $p == "$rel"/* ]]; then shopt -u nocasematch; REPLY="$rel holds $p"; return 0; fi
  done
  shopt -u nocasematch
  [[ -d $abs && ! -L $abs ]] || return 1
  # What git ignores is never committed (node_modules ships CLAUDE.md files): `rm -rf` it freely.
  if git -C "$ROOT" check-ignore -q -- "$rel" 2>/dev/null; then return 1; fi
  local expr=(-iname .git)
  for n in "${PROTECTED_NAMES[@]+"${PROTECTED_NAMES[@]}"}"; do expr+=(-o -iname "$n"); done
  hit="$(find "$abs" -name node_modules -prune -o \( "${expr[@]}" \) -print -quit 2>/dev/null || true)"
  [[ -n $hit ]] || return 1
  REPLY="$rel holds ${hit#"$ROOT"/}"
}

# ---------- secrets ----------
# Credential stores and process environments. Matched against Bash text and file paths.
CRED_RULES=(
  '/proc/[^[:space:]]*(env|cmdline)|process environments and command lines (/proc/*/environ) hold secrets'
  '/proc/[^[:space:]]*[*?[]|a glob over /proc can reach process environments, which hold secrets'
  '(^|[;&|(]|[[:space:]])ps[[:space:]]+([^;&|]*[[:space:]])?[A-DF-Za-df-z]*e[A-Za-z]*([[:space:]]|$|[;&|)])|`ps e` prints the environment of other processes'
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
SQL_CLIENT_RE='(^|[^[:alnum:]_-])(psql|pg_exec|mysql|mariadb|sqlite3?|sqlcmd|duckdb|clickhouse(-client)?|cockroach|pgcli|mycli|litecli|usql|bq|snowsql|mongosh?)([^[:alnum:]_-]|$)'
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
  local flat="${1//$'\n'/ }" sh='([^[:space:]|;&]*/)?((ba|z|da|k|fi)?sh|python[0-9.]*|node|perl|ruby)'
  # `curl … | sh`, also through other pipes on the way (`curl … | tee f | sh`); an interpreter
  # counts when it reads its program from stdin (no argument, or `-`).
  if [[ $flat =~ (curl|wget)[^\;\&]*\|[[:space:]]*(sudo[[:space:]]+(-[^[:space:]]+[[:space:]]+)*)?(env[[:space:]]+)?$sh([[:space:]]+-)?[[:space:]]*($|[\;\&\)\|]) ]] ||
    [[ $flat =~ (curl|wget)[^\;\&]*\|[[:space:]]*(sudo[[:space:]]+(-[^[:space:]]+[[:space:]]+)*)?(env[[:space:]]+)?([^[:space:]|;&]*/)?(ba|z|da|k|fi)?sh[[:space:]]+-[[:alpha:]]*s ]] ||
    [[ $flat =~ $sh[[:space:]]+(-[[:alpha:]]+[[:space:]]+)*[\"\']?(\<\(|\$\()[[:space:]]*(curl|wget) ]] ||
    [[ $flat =~ (source|\.|eval)[[:space:]]+[\"\']?(\<\(|\$\()[[:space:]]*(curl|wget) ]]; then
    block "piping a download into a shell (curl | sh) runs unreviewed code. Download the file, read it, then run it."
  fi
}

# Inline programs (python3 -c, node -e, perl -e, a heredoc into python...) that name a protected
# path and a call that writes, moves or deletes: the hook cannot parse the program, so it judges
# the text. Reading a protected file this way is allowed.
INTERPRETER_RE='(^|[^[:alnum:]_.-])(python[0-9.]*|node|nodejs|deno|bun|perl|ruby|php|Rscript|osascript)([^[:alnum:]_.-]|$)'
WRITE_CALL_RE='write|print[[:space:]]+[A-Z]|open\([^)]*>|open\([^)]*,[[:space:]]*[^)]*[wax+]|unlink|remove|rename|rmtree|rmdir|rmSync|rm\(|copy|move|chmod|symlink|truncate|replace|appendFile|outputFile|mkdir|makedirs|shutil|os\.system|subprocess|spawn|exec|system\(|`'
check_inline_program() {
  local flat="${1//$'\n'/ }" name hit=''
  [[ $flat =~ $INTERPRETER_RE ]] || return 0
  [[ $flat =~ $WRITE_CALL_RE ]] || return 0
  for name in "${PROTECTED_PREFIXES[@]+"${PROTECTED_PREFIXES[@]}"}" "${PROTECTED_NAMES[@]+"${PROTECTED_NAMES[@]}"}"; do
    [[ $name == .git ]] && continue
    if [[ ${flat,,} == *"${name,,}"* ]]; then hit="$name"; break; fi
  done
  [[ -z $hit && $flat =~ (^|[^[:alnum:]_.-])\.git(/|[^[:alnum:]_-]|$) ]] && hit='.git'
  [[ -z $hit ]] ||
    block "an inline program names the protected path '$hit' and writes, moves or deletes files. Protected files are changed by humans only; use the Write/Edit tools on other files."
  return 0
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
  if protected_or_holds "$abs"; then
    block "rm of '$raw' touches a protected path ($REPLY)."
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

# Sets REPLY to a path argument resolved like the command would; fails when it cannot be resolved.
resolve_arg() {
  expand_known "$1" || return 1
  resolve_path "$REPLY" "${VCWD:-$ROOT}"
}

# A path a command would overwrite with other content: protected, or a directory holding one
# (the project root included: `git checkout other -- .` rewrites everything).
check_path_arg() { # WHAT ARG
  resolve_arg "$2" || return 0
  local abs="$REPLY"
  if [[ $abs == "$ROOT" ]] || protected_or_holds "$abs"; then
    [[ $abs == "$ROOT" ]] && REPLY='the whole project'
    block "$1 on '$2' would change a protected path ($REPLY). Protected files are changed by humans only."
  fi
}

# `git checkout REF -- PATH`, `git restore --source REF PATH`, `git rm`, `git mv`: content from
# elsewhere (or nothing) in place of a protected path. Restoring from the index is allowed.
check_git_paths() { # SUBCOMMAND ARGS...
  local sub="$1" a endopts=0 source=0 skip=0 positional=() paths=()
  shift
  for a in "$@"; do
    if ((skip)); then skip=0; continue; fi
    if ((!endopts)); then
      case "$a" in
        --) endopts=1; continue ;;
        -b | -B | --orphan | --conflict | --pathspec-from-file) skip=1; continue ;;
        -s | --source) source=1; skip=1; continue ;;
        --source=*) source=1; continue ;;
        -*) continue ;;
      esac
      positional+=("$a")
    else paths+=("$a"); fi
  done
  case "$sub" in
    checkout)
      if ((endopts)); then
        if ((${#positional[@]})); then source=1; fi
      else
        paths=("${positional[@]:1}")
        if ((${#paths[@]})); then source=1; fi
      fi
      ;;
    restore) paths+=("${positional[@]+"${positional[@]}"}") ;;
    rm | mv) paths+=("${positional[@]+"${positional[@]}"}"); source=1 ;;
  esac
  ((source)) || return 0
  for a in "${paths[@]+"${paths[@]}"}"; do check_path_arg "git $sub" "$a"; done
}

check_git() { # args after `git`
  local i=0 args=("$@")
  while ((i < ${#args[@]})); do
    case "${args[i]}" in
      -C | -c | --git-dir | --work-tree | --namespace) ((i += 2)) ;;
      -*) ((i += 1)) ;;
      push) check_git_push "${args[@]:i+1}"; return ;;
      checkout | restore | rm | mv) check_git_paths "${args[@]:i}"; return ;;
      *) return ;;
    esac
  done
}

# `find START... -delete` or `-exec`: each start is a directory the command may empty. The
# project root is allowed (find filters what it deletes); outside the project, .git and
# protected directories are not.
check_find() { # args after `find`
  local a starts=() destructive=0 abs
  for a in "$@"; do
    case "$a" in
      -delete | -exec | -execdir | -ok | -okdir) destructive=1 ;;
    esac
  done
  ((destructive)) || return 0
  for a in "$@"; do
    [[ $a == -* || $a == '(' || $a == '!' ]] && break
    starts+=("$a")
  done
  ((${#starts[@]})) || starts=(.)
  for a in "${starts[@]}"; do
    resolve_arg "$a" || block "find start '$a' uses a variable or substitution the hook cannot resolve. Use a literal path inside the project."
    abs="$REPLY"
    is_within "$abs" "$ROOT" || [[ $abs == /tmp/?* ]] ||
      block "find -delete/-exec from '$a' ($abs) reaches outside the project ($ROOT)."
    [[ $abs == "$ROOT" ]] && continue
    if protected_or_holds "$abs"; then
      block "find -delete/-exec from '$a' touches a protected path ($REPLY)."
    fi
  done
}

# Commands that change a file named among their arguments: used to keep Bash off protected paths.
WRITERS=' cp mv rm rmdir unlink shred rsync tee install ln truncate chmod chown touch dd sed perl '
COPIERS=' cp rsync install ln '

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
  # A command name computed at run time: `$(echo rm) -rf /` leaves a segment starting with `-`.
  if [[ ${w[0]} == -* ]]; then
    block "the command name is computed by a substitution (\$(...) or backticks), so the hook cannot tell what runs. Write the command name literally."
  fi
  if ! expand_known "${w[0]}" && ((n > 1)); then
    for ((j = 1; j < n; j++)); do
      if [[ ${w[j]} =~ ^-[[:alpha:]]*[rRfF] || ${w[j]} == --recursive || ${w[j]} == --force ]]; then
        check_rm "${w[@]:1}"
        break
      fi
    done
  fi
  for ((i = 0; i < n; i++)); do
    word="${w[i]}"; base="${word##*/}"
    case "$base" in
      rm) check_rm "${w[@]:i+1}" ;;
      git) check_git "${w[@]:i+1}" ;;
      find) check_find "${w[@]:i+1}" ;;
      xargs)
        for ((j = i + 1; j < n; j++)); do
          case "${w[j]##*/}" in
            rm | rmdir | unlink | shred | find | mv | bash | sh | zsh | dash | ksh)
              block "xargs ${w[j]##*/} takes its targets from input the hook cannot see. Name the paths on the command line." ;;
          esac
        done
        ;;
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
        resolve_arg "$target" || continue
        [[ $REPLY == "$ROOT" ]] && continue
        # A copy reads its sources: only its destination (last, or after -t) may not hold one.
        if [[ $COPIERS == *" $base "* && $j -ne $((n - 1)) && ${w[j - 1]} != -t && ${w[j - 1]} != --target-directory ]]; then
          protected_match "$REPLY" || continue
        elif ! protected_or_holds "$REPLY"; then
          continue
        fi
        block "'$base' on '${w[j]}' would change a protected path ($REPLY). Protected files are changed by humans only."
      done
    fi
  done
}

DEPTH=0
analyze_bash() { # COMMAND
  local cmd="$1" kind word seg=() redirect=0 target glob
  ((DEPTH++ < 4)) || block "command nests shells too deeply to check."
  # SQL rules only where a SQL client runs: `grep -rn 'DROP TABLE' src/` is a search, not SQL.
  [[ $cmd =~ $SQL_CLIENT_RE ]] && check_sql "$cmd"
  check_inline_program "$cmd"
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
