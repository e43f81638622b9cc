# Splits a shell command into tokens for enforce-safety.sh, without running it.
# Output, one token per line:
#   W<TAB>word   a word, quotes removed, `$` kept literally (the caller treats it as unresolvable)
#   S            a command boundary: ; & && || | newline ( ) $( ` <( >(
#   R            a redirection operator (> >> >| < &> >&); the next W is its target
# Heredoc bodies are skipped as text (an unbalanced quote in a body must not hide the commands
# after it); the caller scans the raw text for SQL. `$(...)` and backticks inside double quotes
# are followed into, so `echo "$(rm -rf /)"` still shows `rm`. POSIX awk (mawk, gawk, BSD awk).
{ src = src $0 "\n" }

function flush() {
  if (has) { gsub(/[\t\n]/, " ", word); printf "W\t%s\n", word }
  word = ""; has = 0
}
function sep() { flush(); print "S" }
function redir() { flush(); print "R" }

# Skips heredoc bodies that start after the newline at position `nl`; returns the last position consumed.
function skip_heredocs(nl,    k, pos, line, end, d, cmp) {
  pos = nl
  for (k = 1; k <= nhd; k++) {
    d = hd[k]
    while (pos < n) {
      end = index(substr(src, pos + 1), "\n")
      if (end == 0) { pos = n; break }
      line = substr(src, pos + 1, end - 1)
      pos = pos + end
      cmp = line
      if (hdash[k]) sub(/^\t+/, "", cmp)
      if (cmp == d) break
    }
  }
  nhd = 0
  return pos
}

END {
  n = length(src); state = 0; sp = 0; word = ""; has = 0; nhd = 0; want_delim = 0
  for (i = 1; i <= n; i++) {
    c = substr(src, i, 1); c2 = substr(src, i, 2)
    if (state == 1) {                      # inside '...'
      if (c == "'") state = 0; else word = word c
      continue
    }
    if (state == 2) {                      # inside "..."
      if (c == "\\") { nx = substr(src, i + 1, 1); if (nx ~ /[$`"\\\n]/) { word = word nx; i++ } else word = word c; continue }
      if (c == "\"") { state = 0; continue }
      if (c2 == "$(") { sep(); stack[++sp] = "p2"; state = 0; i++; continue }
      if (c == "`") { sep(); stack[++sp] = "b2"; state = 0; continue }
      word = word c; continue
    }
    # unquoted
    if (c == "\\") { nx = substr(src, i + 1, 1); i++; if (nx != "\n") { word = word nx; has = 1 } continue }
    if (c == "'") { state = 1; has = 1; continue }
    if (c == "\"") { state = 2; has = 1; continue }
    if (c == " " || c == "\t") { flush(); continue }
    if (c == "\n") {
      flush()
      if (want_delim) want_delim = 0
      print "S"
      if (nhd > 0) i = skip_heredocs(i)
      continue
    }
    if (c == "#" && !has) { while (i < n && substr(src, i + 1, 1) != "\n") i++; continue }
    if (c2 == "$(") { sep(); stack[++sp] = "p0"; i++; continue }
    if (c == "`") {
      if (sp > 0 && substr(stack[sp], 1, 1) == "b") { sep(); state = (stack[sp] == "b2") ? 2 : 0; sp--; continue }
      sep(); stack[++sp] = "b0"; continue
    }
    if (c2 == "<(" || c2 == ">(") { sep(); stack[++sp] = "p0"; i++; continue }
    if (c == "(") { sep(); stack[++sp] = "p0"; continue }
    if (c == ")") {
      sep()
      if (sp > 0 && substr(stack[sp], 1, 1) == "p") { state = (stack[sp] == "p2") ? 2 : 0; sp-- }
      continue
    }
    if (c2 == "&>") { redir(); i++; if (substr(src, i + 1, 1) == ">") i++; continue }
    if (c2 == "&&" || c2 == "||" || c2 == "|&") { sep(); i++; continue }
    if (c == ";" || c == "&" || c == "|") { sep(); continue }
    if (c2 == "<<") {
      flush(); i++
      if (substr(src, i + 1, 1) == "<") { i++; print "R"; continue }   # <<< here-string
      dash = 0; if (substr(src, i + 1, 1) == "-") { dash = 1; i++ }
      # read the delimiter word (quotes removed)
      while (substr(src, i + 1, 1) == " " || substr(src, i + 1, 1) == "\t") i++
      d = ""
      while (i < n) {
        nx = substr(src, i + 1, 1)
        if (nx ~ /[ \t\n;&|<>()]/) break
        i++
        if (nx != "'" && nx != "\"" && nx != "\\") d = d nx
      }
      hd[++nhd] = d; hdash[nhd] = dash
      continue
    }
    if (c == ">" || c == "<") {
      nx = substr(src, i + 1, 1)
      if (nx == ">" || nx == "|" || nx == "&") i++
      redir(); continue
    }
    if (c2 == "$'") { word = word "$"; state = 1; has = 1; i++; continue }   # ANSI-C quoting: keep `$` so it stays unresolvable
    word = word c; has = 1
  }
  flush()
}
