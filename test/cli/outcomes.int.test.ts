// `lailatov outcomes summary` from the built bundle, where big logs are read by worker threads
// (dist/cli/summarize-worker.js; from source the summary reads on one thread).
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { summarizeOutcomeLog } from '../../src/outcomes/summarize.js';
import { randomRecord, rng } from '../outcomes/support/records.js';
import { tempDir } from '../support/temp.js';

let dir: string;
let log: string;
beforeAll(async () => {
  dir = await tempDir('lailatov-outcomes-cli-');
  log = path.join(dir, 'log.jsonl');
  const next = rng(8);
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify(randomRecord(next, i)));
  lines.splice(10, 0, '{"torn":');
  lines.splice(1500, 0, 'not json');
  lines.splice(2900, 0, '');
  await writeFile(log, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const summary = (cli: string, ...args: string[]) =>
  execa(process.execPath, [cli, 'outcomes', 'summary', log, '--json', ...args], { reject: false });

describe('lailatov outcomes summary (bundle)', () => {
  it('gives the same summary and corrupt lines on 1 thread and on 3', async () => {
    const one = await summary('dist/cli/index.js', '--threads', '1');
    const three = await summary('dist/cli/index.js', '--threads', '3');
    expect(one.exitCode).toBe(0);
    expect(three.exitCode).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/log\.jsonl:11: skipped corrupt line/);
    expect(one.stderr).toMatch(/log\.jsonl:1501: skipped corrupt line/);
    const parsed = JSON.parse(three.stdout);
    expect(parsed).toEqual(await summarizeOutcomeLog(log, { threads: 1 }));
    expect(parsed.records).toBe(3000);
    expect(parsed.blankLines).toBe(1);
  });

  it('reads with the worker when asked for threads, and a failing worker is a clear error', async () => {
    const copy = path.join(dir, 'cli');
    await cp('dist/cli', copy, { recursive: true });
    await writeFile(
      path.join(copy, 'summarize-worker.js'),
      "throw new Error('injected worker fault');\n",
    );
    const broken = await summary(path.join(copy, 'index.js'), '--threads', '2');
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(
      /could not summarize .*log\.jsonl: log reading thread 2 of 2 failed: injected worker fault/,
    );
    expect(broken.stdout).toBe('');
    expect((await summary(path.join(copy, 'index.js'), '--threads', '1')).exitCode).toBe(0);
  });

  it('refuses a thread count that is not a whole number from 1 to 64', async () => {
    for (const bad of ['0', '2.5', 'many', '65']) {
      const r = await summary('dist/cli/index.js', '--threads', bad);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`--threads must be a whole number from 1 to 64, not '${bad}'`);
    }
  });
});
