#!/usr/bin/env bash
s="$1"
s="${s#"${s%%[![:space:]]*}"}"
printf '%s\n' "$s"
