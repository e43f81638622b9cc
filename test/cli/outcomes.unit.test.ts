import { mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { makeRecord } from '../outcomes/support/records.js';
import { tempDir } from '../support/temp.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('lailatov-cli-outcomes-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeLog(): Promise<string> {
  const v0 = await readFile(path.resolve('test/fixtures/outcomes/predecessor.jsonl'), 'utf8');
  const lines = [
    JSON.stringify(makeRecord()),
    '{"schemaVersion":1,"outcome":',
    JSON.stringify(makeRecord({ outcome: 'escalated', riskTier: 'high' })),
    JSON.stringify({ ...makeRecord(), riskTier: 'extreme' }),
  ];
  const file = path.join(dir, 'log.jsonl');
  await writeFile(file, `${lines.join('\n')}\n${v0}`);
  return file;
}

describe('lailatov outcomes summary', () => {
  it('prints readable tables and reports corrupt lines on stderr with line numbers (exit 0)', async () => {
    const file = await writeLog();
    const io = captureIo();
    expect(await main(['outcomes', 'summary', file], io)).toBe(0);
    expect(io.out()).toContain('7 record(s), 2 corrupt line(s)');
    expect(io.out()).toMatch(/By outcome:\n {2}escalated +4\n {2}ready +2\n {2}blocked +1/);
    expect(io.out()).toMatch(/Predecessor outcomes \(v0, as written\):\n {2}review-failed +2/);
    expect(io.out()).toContain('Cost: $1.00 known, 5 record(s) with unknown cost');
    expect(io.err()).toContain(`${file}:2: skipped corrupt line: not valid JSON`);
    expect(io.err()).toContain(`${file}:4: skipped corrupt line: $.riskTier: must be one of high`);
  });

  it('--json prints one JSON object', async () => {
    const file = await writeLog();
    const io = captureIo();
    expect(await main(['outcomes', 'summary', file, '--json'], io)).toBe(0);
    const s = JSON.parse(io.out()) as {
      records: number;
      corrupt: { count: number; lines: { line: number }[] };
    };
    expect(s.records).toBe(7);
    expect(s.corrupt.lines.map((l) => l.line)).toEqual([2, 4]);
  });

  it('resolves a relative FILE against the cwd', async () => {
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'data/o.jsonl'), `${JSON.stringify(makeRecord())}\n`);
    const io = captureIo({ cwd: dir });
    expect(await main(['outcomes', 'summary', 'data/o.jsonl', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ records: 1 });
  });

  it('exits 2 on an unreadable file or bad arguments', async () => {
    const missing = captureIo();
    expect(await main(['outcomes', 'summary', path.join(dir, 'nope.jsonl')], missing)).toBe(2);
    expect(missing.err()).toMatch(/cannot read .*nope\.jsonl: ENOENT/);
    // A folder is read as a checkout of the data branch; one without any log is an error.
    const emptyDir = captureIo();
    expect(await main(['outcomes', 'summary', dir], emptyDir)).toBe(2);
    expect(emptyDir.err()).toContain(`no .jsonl file under ${dir}`);
    for (const args of [['summary'], ['sum', 'x'], ['summary', 'a', '--jsn']]) {
      const io = captureIo();
      expect(await main(['outcomes', ...args], io)).toBe(2);
      expect(io.err()).toContain('Usage: lailatov outcomes summary PATH...');
    }
  });

  it('reads a checkout of the data branch: the old single file, then the monthly shards', async () => {
    await mkdir(path.join(dir, 'data/outcomes'), { recursive: true });
    const line = (runId: string, timestamp: string) =>
      `${JSON.stringify(makeRecord({ runId, timestamp }))}\n`;
    await writeFile(
      path.join(dir, 'data/agent-outcomes.jsonl'),
      line('old', '2026-10-01T00:00:00Z'),
    );
    await writeFile(
      path.join(dir, 'data/outcomes/2026-12.jsonl'),
      line('dec', '2026-12-31T23:59:59Z'),
    );
    await writeFile(
      path.join(dir, 'data/outcomes/2027-01.jsonl'),
      `not json\n${line('jan', '2027-01-01T00:00:00Z')}`,
    );
    const io = captureIo({ cwd: dir });
    expect(await main(['outcomes', 'summary', '.', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      records: 3,
      firstTimestamp: '2026-10-01T00:00:00Z',
      lastTimestamp: '2027-01-01T00:00:00Z',
      corrupt: { count: 1 },
    });
    // The corrupt line is named by its file and its line in that file.
    expect(io.err()).toMatch(/^data\/outcomes\/2027-01\.jsonl:1: skipped corrupt line/);
    // Several paths add up too.
    const two = captureIo({ cwd: dir });
    const args = ['data/agent-outcomes.jsonl', 'data/outcomes/2026-12.jsonl', '--json'];
    expect(await main(['outcomes', 'summary', ...args], two)).toBe(0);
    expect(JSON.parse(two.out())).toMatchObject({ records: 2 });
  });
});
