import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { policyCommand } from '../../src/cli/commands/policy.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('lailatov-policy-');
  await writeFile(
    path.join(dir, 'bad.json'),
    JSON.stringify({
      riskTierRules: { high: ['ok/**', ''], critical: [] },
      mergePolicy: { low: { requiredChecks: 'x' } },
      extra: 1,
    }),
  );
  await writeFile(
    path.join(dir, 'syntax.json'),
    '{\n  "riskTierRules": {}\n  "mergePolicy": {}\n}',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lailatov policy check', () => {
  it('exits 0 with a one-line summary for a valid policy (the predecessor fixtures and ours)', async () => {
    for (const file of [
      'test/fixtures/policies/predecessor-readme.json',
      'test/fixtures/policies/predecessor-repo.json',
      'risk-policy.json',
    ]) {
      const io = captureIo();
      expect(await main(['policy', 'check', file], io)).toBe(0);
      expect(io.out().trim().split('\n')).toHaveLength(1);
      expect(io.out()).toMatch(
        new RegExp(
          `^${file.replace(/[./]/g, '\\$&')}: valid risk policy.*default tier medium\\.\\n$`,
        ),
      );
    }
  });

  it('exits 2 and lists every problem on stderr', async () => {
    const io = captureIo({ cwd: dir });
    expect(await policyCommand(['check', 'bad.json'], io)).toBe(2);
    const lines = io.err().trim().split('\n');
    expect(lines[0]).toBe('lailatov policy: bad.json is not a valid risk policy (6 problems):');
    expect(lines.slice(1).map((l) => l.replace(/^ {2}- /, '').split(':')[0])).toEqual([
      'extra',
      'riskTierRules.high[1]',
      'riskTierRules.critical',
      'mergePolicy.low.requiredChecks',
      'mergePolicy.high',
      'mergePolicy.medium',
    ]);
  });

  it('reports a JSON syntax error with line and column', async () => {
    const io = captureIo({ cwd: dir });
    expect(await policyCommand(['check', 'syntax.json'], io)).toBe(2);
    expect(io.err()).toMatch(/invalid JSON at line 3, column 3/);
  });

  it('exits 2 on usage errors and 0 on --help', async () => {
    for (const args of [[], ['lint', 'x'], ['check'], ['check', 'a', 'b']]) {
      const io = captureIo();
      expect(await policyCommand(args, io)).toBe(2);
      expect(io.err()).toContain('Usage: lailatov policy check FILE');
    }
    const io = captureIo();
    expect(await policyCommand(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: lailatov policy check FILE');
  });
});
