// The hook cannot import TypeScript, so it reads a generated copy of the core protected list.
// This test fails when the copy is stale: run `node --import tsx scripts/gen-hook-protected.mjs`.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_PROTECTED_PATHS } from '../../src/core/protected/paths.js';
import { HOOK_LIST_PATH, renderHookProtectedList } from '../../src/core/protected/hook-list.js';
import { parseHookSettings } from '../../src/engines/hooks/settings.js';
import { REPO } from './run-hook.js';

describe('the hook copy of the protected-path list', () => {
  const onDisk = readFileSync(path.join(REPO, HOOK_LIST_PATH), 'utf8');

  it('is the generated text of the core list (run scripts/gen-hook-protected.mjs when this fails)', () => {
    expect(onDisk).toBe(renderHookProtectedList());
  });

  it('names every core entry, and the hook sources it', () => {
    for (const glob of CORE_PROTECTED_PATHS) expect(onDisk).toContain(`'${glob}'`);
    const hook = readFileSync(path.join(REPO, '.claude/hooks/enforce-safety.sh'), 'utf8');
    expect(hook).toContain('source "$HOOK_LIB_DIR/protected-paths.sh"');
    expect(hook).not.toMatch(/PROTECTED_DEFAULTS=\(/);
  });
});

describe('docs/security.md', () => {
  it('lists the core list in docs/security.md, entry for entry', () => {
    const doc = readFileSync(path.join(REPO, 'docs/security.md'), 'utf8');
    const table =
      /<!-- protected-paths:start -->([\s\S]*?)<!-- protected-paths:end -->/.exec(doc)?.[1] ?? '';
    const globs = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(globs).toEqual([...CORE_PROTECTED_PATHS]);
  });
});

describe("the shipped .claude/settings.json turns on Claude Code's own sandbox", () => {
  const text = readFileSync(path.join(REPO, '.claude/settings.json'), 'utf8');
  const settings = JSON.parse(text) as {
    sandbox: {
      enabled: boolean;
      allowUnsandboxedCommands: boolean;
      filesystem: { denyWrite: string[] };
    };
  };

  it('enabled, with no unsandboxed escape hatch', () => {
    expect(settings.sandbox.enabled).toBe(true);
    expect(settings.sandbox.allowUnsandboxedCommands).toBe(false);
  });

  it('denies writes to every root-level entry of the core list, and to git hooks and config', () => {
    const roots = CORE_PROTECTED_PATHS.filter((g) => g !== '.git/').map(
      (g) => `./${g.replace(/\/\*\*$/, '')}`,
    );
    expect(settings.sandbox.filesystem.denyWrite).toEqual(
      expect.arrayContaining([...roots, './.git/hooks', './.git/config']),
    );
  });

  it('still parses as hook settings for the anthropic engine', () => {
    expect(parseHookSettings(text, '.claude/settings.json').events.PreToolUse).toHaveLength(1);
  });
});
