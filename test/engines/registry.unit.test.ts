// The registry creates engines by configured name; an unknown name is a user error (the
// predecessor silently ran nothing and reported success).
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { createEngine, ENGINE_NAMES } from '../../src/engines/registry.js';

describe('createEngine', () => {
  it('creates each CLI engine and replay under its name', async () => {
    for (const name of ['claude-code', 'codex', 'aider', 'gemini'] as const) {
      expect((await createEngine(name, {})).name).toBe(name);
    }
    const replay = await createEngine('replay', {
      script: { version: 1, steps: [{ action: 'finish', message: 'x' }] },
    });
    expect(replay.name).toBe('replay');
  });

  it('rejects an unknown engine with the list of valid names', async () => {
    await expect(createEngine('gpt-engineer', {})).rejects.toThrow(UserError);
    await expect(createEngine('gpt-engineer', {})).rejects.toThrow(ENGINE_NAMES.join(', '));
  });

  it('validates an inline replay script when the engine is created', async () => {
    await expect(createEngine('replay', { script: { version: 1, steps: [] } })).rejects.toThrow(
      /replay script is invalid/,
    );
  });
});
