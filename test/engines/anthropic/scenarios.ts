// The 12-turn scripted coding task used by the caching test and by bench/cache.bench.ts.
import type { Scenario, UsageTotals } from '../../support/model/index.js';
import { tempRepo } from './helpers.js';

function moduleSource(name: string): string {
  const fns = Array.from(
    { length: 12 },
    (_, i) =>
      `/** ${name}: helper number ${i} of the module, kept small and documented. */\n` +
      `function ${name}Helper${i}(value) {\n  // TODO: validate value before use\n  return value * ${i + 1};\n}\n`,
  ).join('\n');
  return `'use strict';\n\n${fns}\nmodule.exports = { ${Array.from({ length: 12 }, (_, i) => `${name}Helper${i}`).join(', ')} };\n`;
}

export function twelveTurnRepo(): Promise<string> {
  return tempRepo({
    'src/alpha.js': moduleSource('alpha'),
    'src/beta.js': moduleSource('beta'),
    'src/gamma.js': moduleSource('gamma'),
    'package.json': '{ "name": "demo", "version": "1.0.0" }\n',
  });
}

const TEST = `const assert = require('node:assert');
const { alphaHelper0 } = require('../src/alpha.js');
assert.strictEqual(alphaHelper0(2), 2);
console.log('ok');
`;

export function twelveTurnScenario(): Scenario {
  const tool = (name: string, input: Record<string, unknown>) => ({ toolUses: [{ name, input }] });
  return {
    turns: [
      { text: 'Let me look around.', ...tool('glob', { pattern: '**/*.js' }) },
      tool('read_file', { file_path: 'src/alpha.js' }),
      tool('read_file', { file_path: 'src/beta.js' }),
      tool('read_file', { file_path: 'src/gamma.js' }),
      tool('grep', { pattern: 'TODO' }),
      tool('edit_file', {
        file_path: 'src/alpha.js',
        old_string: 'function alphaHelper0(value) {\n  // TODO: validate value before use\n',
        new_string:
          "function alphaHelper0(value) {\n  if (typeof value !== 'number') throw new TypeError('value');\n",
      }),
      tool('edit_file', {
        file_path: 'src/beta.js',
        old_string: 'function betaHelper0(value) {\n  // TODO: validate value before use\n',
        new_string:
          "function betaHelper0(value) {\n  if (typeof value !== 'number') throw new TypeError('value');\n",
      }),
      tool('write_file', { file_path: 'test/alpha.test.js', content: TEST }),
      tool('bash', { command: 'node test/alpha.test.js' }),
      tool('bash', { command: 'git status --short' }),
      tool('read_file', { file_path: 'src/alpha.js', offset: 1, limit: 10 }),
      { text: 'Validated the first helpers of alpha and beta and added a test; it passes.' },
    ],
  };
}

/** Share of input tokens read from the cache, by the server's own accounting. */
export function cacheReadShare(u: UsageTotals): number {
  const input = u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens;
  return input === 0 ? 0 : u.cache_read_input_tokens / input;
}
