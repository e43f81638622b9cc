import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

describe('lailatov demo', () => {
  test('runs the whole pipeline offline, with one remediation round, and says where to look', async () => {
    const dir = await tempDir('lailatov-demo-test-');
    const io = captureIo({
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
    });
    const code = await main(['demo', '--dir', dir], io);
    expect(code).toBe(0);
    expect(io.out()).toContain('Outcome: ready after 1 remediation round(s)');
    expect(io.out()).toContain(
      `git -C ${join(dir, 'tiny-duration')} log --oneline main..agent/issue-7-`,
    );
    const log = await readFile(join(dir, 'tiny-duration', '.lailatov', 'outcomes.jsonl'), 'utf8');
    const record = JSON.parse(log.trim()) as {
      outcome: string;
      source: string;
      remediationRounds: number;
    };
    expect(record).toMatchObject({ outcome: 'ready', source: 'demo', remediationRounds: 1 });
  });
});
