// docs/configuration.md's reference is generated from the config schema; this test fails when
// they drift. Regenerate with: UPDATE_GENERATED=1 npm run jest -- test/config/reference
import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../../src/config/index.js';
import { renderConfigReference } from '../../src/config/reference.js';

const doc = path.resolve(import.meta.dirname, '../../docs/configuration.md');
const START = '<!-- generated:config:start -->';
const END = '<!-- generated:config:end -->';

function section(text: string): { before: string; body: string; after: string } {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${doc} lacks the ${START} ... ${END} markers`);
  return {
    before: text.slice(0, a + START.length),
    body: text.slice(a + START.length, b).trim(),
    after: text.slice(b),
  };
}

describe('configuration reference', () => {
  it('docs/configuration.md lists every key with the default the schema applies', async () => {
    const text = await readFile(doc, 'utf8');
    const { before, body, after } = section(text);
    const fresh = renderConfigReference();
    if (process.env.UPDATE_GENERATED === '1' && body !== fresh) {
      await writeFile(doc, `${before}\n${fresh}\n${after}`);
      return;
    }
    expect(body).toBe(fresh);
  });

  it('the defaults in the reference are the ones an empty file yields', () => {
    const defaults = parseConfig('') as unknown as Record<string, unknown>;
    for (const line of renderConfigReference().split('\n').slice(2)) {
      const [, key, , def] = line.split(/(?<!\\)\|/).map((c) => c.trim());
      const value = key!
        .replaceAll('`', '')
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], defaults);
      expect(JSON.stringify(value)).toBe(def!.replaceAll('`', ''));
    }
  });
});
