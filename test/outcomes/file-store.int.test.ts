import { spawn } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isUserError } from '../../src/core/errors.js';
import type { OutcomeRecord, ParsedLine } from '../../src/core/outcomes/index.js';
import { appendOutcome } from '../../src/outcomes/file-store.js';
import { readOutcomeLog, type LineSplitter } from '../../src/outcomes/reader.js';
import { summarizeOutcomeLog } from '../../src/outcomes/summarize.js';
import { makeRecord } from './support/records.js';
import { tempDir } from '../support/temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
let dir: string;

beforeEach(async () => {
  dir = await tempDir('lailatov-outcomes-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(file: string, splitter?: LineSplitter): Promise<ParsedLine[]> {
  const out: ParsedLine[] = [];
  for await (const l of readOutcomeLog(file, { splitter, highWaterMark: 64 })) out.push(l);
  return out;
}

describe('file store round trip', () => {
  it('writes records, creating parent dirs, and reads them back equal', async () => {
    const file = path.join(dir, 'deep/data/agent-outcomes.jsonl');
    const a = makeRecord({ correlationId: 'a' });
    const b = makeRecord({ correlationId: 'b', outcome: 'escalated' });
    await appendOutcome(file, a);
    await appendOutcome(file, b);
    const lines = await collect(file);
    expect(lines.map((l) => (l.kind === 'record' ? l.view.record : l))).toEqual([a, b]);
  });

  it.each(['chunked', 'readline'] as const)(
    '%s: keeps good records around corrupt lines and reports those by line number',
    async (splitter) => {
      const file = path.join(dir, 'log.jsonl');
      const good = (id: string) => JSON.stringify(makeRecord({ correlationId: id }));
      const body = [
        good('1'),
        '{"schemaVersion":1,"correlationId":"torn', // a torn write
        '',
        good('2') + '\r', // CRLF
        JSON.stringify({ ...makeRecord(), outcome: 'done' }), // schema-invalid
        '   ',
        'garbage ü',
        good('3'), // last line without newline
      ].join('\n');
      await writeFile(file, body);
      const lines = await collect(file, splitter);
      const records = lines.flatMap((l) =>
        l.kind === 'record' ? [l.view.record?.correlationId] : [],
      );
      expect(records).toEqual(['1', '2', '3']);
      const corrupt = lines.flatMap((l) => (l.kind === 'corrupt' ? [[l.line, l.reason]] : []));
      expect(corrupt).toEqual([
        [2, expect.stringMatching(/not valid JSON/)],
        [5, expect.stringMatching(/^\$\.outcome: must be one of/)],
        [7, expect.stringMatching(/not valid JSON/)],
      ]);
      expect(lines.filter((l) => l.kind === 'blank').map((l) => l.line)).toEqual([3, 6]);
    },
  );

  it('splits multi-byte characters across chunk borders without mangling them', async () => {
    const file = path.join(dir, 'utf8.jsonl');
    const r = makeRecord({ changedFiles: ['docs/ünïcödé-文件-😀.md'.repeat(5)] });
    await appendOutcome(file, r);
    await appendOutcome(file, r);
    const lines = await collect(file); // highWaterMark 64 forces splits inside characters
    expect(
      lines.every(
        (l) => l.kind === 'record' && l.view.record?.changedFiles[0] === r.changedFiles[0],
      ),
    ).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('reads predecessor (v0) lines and counts them with their original outcome', async () => {
    const file = path.join(dir, 'mixed.jsonl');
    const v0 = await readFile(path.join(root, 'test/fixtures/outcomes/predecessor.jsonl'), 'utf8');
    await writeFile(file, v0);
    await appendOutcome(file, makeRecord());
    const s = await summarizeOutcomeLog(file);
    expect(s.records).toBe(6);
    expect(s.corrupt.count).toBe(0);
    expect(s.bySchemaVersion).toEqual({ v0: 5, v1: 1 });
    expect(s.byOriginalOutcome).toEqual({
      'review-failed': 2,
      blocked: 1,
      clean: 1,
      'tests-failed': 1,
    });
    expect(s.byOutcome).toEqual({ escalated: 3, ready: 2, blocked: 1 });
    expect(s.byRiskTier).toEqual({ high: 2, medium: 2, low: 1, unknown: 1 });
    // v0 never logged cost: unknown, not $0.
    expect(s.cost.unknownRecords).toBe(5);
    expect(s.cost.knownUsd).toBeCloseTo(0.5, 10);
    expect(s.byModel).toEqual({ 'claude-opus-4-6': 3, 'claude-sonnet-4-6': 3 });
  });

  it('refuses an invalid record and writes nothing', async () => {
    const file = path.join(dir, 'never.jsonl');
    const bad = { ...makeRecord(), riskTier: 'extreme' } as unknown as OutcomeRecord;
    const err = await appendOutcome(file, bad).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect(String(err)).toMatch(/\$\.riskTier: must be one of high \| medium \| low \| none/);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('reports an unknown v0 outcome as corrupt, naming the field', async () => {
    const file = path.join(dir, 'v0bad.jsonl');
    await appendFile(file, '{"outcome":"merged","pr_number":3}\n');
    const [l] = await collect(file);
    expect(l).toEqual({
      kind: 'corrupt',
      line: 1,
      reason: expect.stringMatching(
        /^\$\.outcome: must be one of clean \| blocked \| tests-failed \| review-failed/,
      ),
    });
  });
});

describe('concurrent appenders', () => {
  // The worker is bundled once with esbuild (tsx's own compiler) and run by plain node:
  // 20 parallel `node --import tsx` start-ups take 45 s on 2 cores, and would start so far apart
  // that the appends would barely overlap. A stdin barrier then releases all workers at once.
  async function bundleWorker(): Promise<string> {
    const { build } = await import('esbuild');
    const out = path.join(dir, 'append-worker.mjs');
    await build({
      entryPoints: [path.join(here, 'support/append-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
    });
    return out;
  }

  function startWorker(script: string, file: string, w: number, each: number) {
    const child = spawn(process.execPath, [script, file, String(w), String(each)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const done = new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`worker ${w} exited ${code}: ${err}`)),
      );
    });
    return { child, ready, done };
  }

  it('20 processes x 200 records of up to ~8 KB: no line lost, none interleaved', async () => {
    const file = path.join(dir, 'shared/agent-outcomes.jsonl');
    const workers = 20;
    const each = 200;
    const script = await bundleWorker();
    const procs = Array.from({ length: workers }, (_, w) => startWorker(script, file, w, each));
    await Promise.all(procs.map((p) => p.ready));
    for (const p of procs) p.child.stdin.write('go\n');
    const runs = procs.map((p) => p.done);
    await Promise.all(runs);
    const text = await readFile(file, 'utf8');
    const rawLines = text.split('\n');
    expect(rawLines.pop()).toBe(''); // ends with a newline
    expect(rawLines).toHaveLength(workers * each);
    const ids = new Set<string>();
    let maxLen = 0;
    for (const raw of rawLines) {
      maxLen = Math.max(maxLen, raw.length);
      const r = JSON.parse(raw) as OutcomeRecord; // throws on an interleaved line
      ids.add(r.correlationId);
    }
    expect(ids.size).toBe(workers * each);
    expect(maxLen).toBeGreaterThan(7000);
    const s = await summarizeOutcomeLog(file);
    expect(s.records).toBe(workers * each);
    expect(s.corrupt.count).toBe(0);
  });
});
