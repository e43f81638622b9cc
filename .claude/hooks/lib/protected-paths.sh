# shellcheck shell=bash disable=SC2034
# GENERATED from src/core/protected/paths.ts by `node --import tsx scripts/gen-hook-protected.mjs`.
# Do not edit: change the core list and run the script (a test fails when this copy is stale).
PROTECTED_DEFAULTS=('.github/**' '.claude/**' 'CLAUDE.md' 'CLAUDE.local.md' 'AGENTS.md' 'risk-policy.json' '.git/')
PROTECTED_LOCKED=('.git/')
PROTECTED_UNPROTECT_KEY='unprotectDefaults'
