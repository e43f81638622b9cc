import { describe, expect, it } from '@jest/globals';
import type { MessageParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { withCacheBreakpoints } from '../../../src/engines/anthropic/cache.js';
import { protectedBy } from '../../../src/engines/tree-paths.js';
import { selectTools } from '../../../src/engines/anthropic/tools/index.js';
import { BudgetGuard } from '../../../src/engines/anthropic/usage.js';
import { testPricer, MODEL } from './helpers.js';

describe('cache breakpoints', () => {
  const user = (text: string): MessageParam => ({
    role: 'user',
    content: [{ type: 'text', text }],
  });
  const bot = (text: string): MessageParam => ({
    role: 'assistant',
    content: [{ type: 'text', text }],
  });

  it('marks the last tool, the last system block, and the last two user turns: 4 at most', () => {
    const messages = [user('a'), bot('b'), user('c'), bot('d'), user('e')];
    const p = withCacheBreakpoints({
      system: [
        { type: 'text', text: 's1' },
        { type: 'text', text: 's2' },
      ],
      tools: [
        { name: 't1', input_schema: { type: 'object' } },
        { name: 't2', input_schema: { type: 'object' } },
      ],
      messages,
    });
    const marked = (x: unknown) => JSON.stringify(x).includes('cache_control');
    expect(p.tools.map(marked)).toEqual([false, true]);
    expect(p.system.map(marked)).toEqual([false, true]);
    expect(p.messages.map(marked)).toEqual([false, false, true, false, true]);
    // The stored history is not changed: breakpoints move from request to request.
    expect(messages.some(marked)).toBe(false);
  });
});

describe('protected paths', () => {
  it('matches globs with dotfiles and always protects .git/', () => {
    const globs = ['.github/workflows/**', 'risk-policy.json', '.claude/hooks/**'];
    expect(protectedBy('.github/workflows/ci.yml', globs)).toBe('.github/workflows/**');
    expect(protectedBy('.claude/hooks/guard.sh', globs)).toBe('.claude/hooks/**');
    expect(protectedBy('risk-policy.json', globs)).toBe('risk-policy.json');
    expect(protectedBy('.git/config', globs)).toBe('.git/');
    expect(protectedBy('vendor/x/.git/hooks/pre-push', globs)).toBe('.git/');
    // The risk policy's glob rules: a name without `/` matches at any depth, `/x` only at the root.
    expect(protectedBy('src/risk-policy.json', globs)).toBe('risk-policy.json');
    expect(protectedBy('src/risk-policy.json', ['/risk-policy.json'])).toBeUndefined();
    expect(protectedBy('docs/CLAUDE.md', ['CLAUDE.md'])).toBe('CLAUDE.md');
    expect(protectedBy('.gitignore', globs)).toBeUndefined();
  });
});

describe('tool selection', () => {
  it('maps Claude Code names and refuses unknown ones by name', () => {
    expect(selectTools(['Read', 'Grep']).map((t) => t.name)).toEqual(['read_file', 'grep']);
    expect(selectTools(['MultiEdit']).map((t) => t.name)).toEqual(['edit_file']);
    expect(() => selectTools(['Read', 'WebFetch'])).toThrow(/unknown tool "WebFetch"/);
  });
});

describe('budget guard', () => {
  it('estimates the next call at the last call and stops before crossing the ceiling', () => {
    const g = new BudgetGuard(testPricer, MODEL, 0.8);
    expect(g.stopReason()).toBeUndefined(); // nothing spent, no estimate yet
    g.record({ input: 100_000, output: 0, cacheRead: 0, cacheWrite: 0 }); // $0.30
    expect(g.stopReason()).toBeUndefined(); // 0.30 + 0.30 <= 0.80
    g.record({ input: 100_000, output: 0, cacheRead: 0, cacheWrite: 0 }); // $0.60
    expect(g.stopReason()).toMatch(/spent \$0\.6000 of the \$0\.8000 ceiling.*estimated \$0\.3000/);
  });

  it('never stops without a ceiling, and knows when a model has no price', () => {
    const g = new BudgetGuard(testPricer, 'unknown', undefined);
    g.record({ input: 1e9, output: 0, cacheRead: 0, cacheWrite: 0 });
    expect(g.stopReason()).toBeUndefined();
    expect(g.priceKnown()).toBe(false);
    expect(g.spentUsd()).toBeNull();
  });
});
