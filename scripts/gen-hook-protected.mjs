// Writes the safety hook's copy of the core protected-path list (.claude/hooks/lib/protected-paths.sh).
// Run: node --import tsx scripts/gen-hook-protected.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOOK_LIST_PATH, renderHookProtectedList } from '../src/core/protected/hook-list.ts';

const out = path.join(import.meta.dirname, '..', HOOK_LIST_PATH);
writeFileSync(out, renderHookProtectedList());
console.log(`wrote ${HOOK_LIST_PATH}`);
