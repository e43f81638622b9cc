import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { OutcomeAggregator, type AggregateState } from '../../src/core/outcomes/index.js';
import { forEachLine, lineRanges } from '../../src/outcomes/reader.js';
import { reducePieces, type PieceResult } from '../../src/outcomes/parallel-reduce.js';
import { summarizeOutcomeLog } from '../../src/outcomes/summarize.js';
import { makeLink, makeRecord, makeStage, randomRecord, rng } from './support/records.js';
import { tempDir } from '../support/temp.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('lailatov-summarize-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = (id: string, model = 'claude-sonnet-4-6') =>
  JSON.stringify(makeRecord({ correlationId: id, stages: [makeStage({ model })] }));

// Corrupt, blank, CRLF, escaped, v0 and multi-byte lines among good ones; the last has no \n.
const LINES = [
  good('1'),
  '{"schemaVersion":1,"correlationId":"torn',
  '',
  `${good('2')}\r`,
  JSON.stringify({ ...makeRecord(), outcome: 'done' }),
  '   ',
  'garbage ü',
  good('3', 'modèle-ünï-文件-😀'),
  good('4').replace('"branch":"agent/issue-10"', '"branch":"agent\\/issue-10"'),
  '{"outcome":"clean","pr_number":3,"model":"claude-opus-4-6"}',
  JSON.stringify({ ...makeRecord(), repo: 'widgets' }),
  good('5'),
];

describe('summarizeOutcomeLog (visitor + fast scanner)', () => {
  it.each([64, 97, 1 << 20])(
    'equals the full-parse reader and reports corrupt lines by number (chunks of %i bytes)',
    async (highWaterMark) => {
      const file = path.join(dir, 'log.jsonl');
      await writeFile(file, LINES.join('\n'));
      const fast = await summarizeOutcomeLog(file, { highWaterMark });
      const full = await summarizeOutcomeLog(file, { splitter: 'chunked', highWaterMark });
      expect(fast).toEqual(full);
      expect(fast.records).toBe(6);
      expect(fast.bySchemaVersion).toEqual({ v1: 5, v0: 1 });
      expect(fast.byModel).toEqual({
        'claude-sonnet-4-6': 4,
        'claude-opus-4-6': 1,
        'modèle-ünï-文件-😀': 1,
      });
      expect(fast.corrupt.lines).toEqual([
        { line: 2, reason: expect.stringMatching(/not valid JSON/) },
        { line: 5, reason: expect.stringMatching(/^\$\.outcome: must be one of/) },
        { line: 7, reason: expect.stringMatching(/not valid JSON/) },
        { line: 11, reason: expect.stringMatching(/^\$\.repo: must be "owner\/name"/) },
      ]);
      expect(fast.blankLines).toBe(2);
    },
  );

  it('counts each link of an engine chain under its own engine and model, not all under the last', async () => {
    const link = (engine: string, model: string, outcome: string, costUsd: number) =>
      makeLink({ engine, model, outcome, costUsd });
    // The stage's own engine and model are its last link's; its cost is the sum.
    const chain = makeStage({
      engine: 'claude-code',
      model: 'claude-opus-4-6',
      costUsd: 1.25,
      links: [
        link('codex', 'gpt-5-codex', 'error', 0.5),
        link('claude-code', 'claude-opus-4-6', 'completed', 0.75),
      ],
    });
    const skipped = makeStage({
      engine: 'anthropic',
      model: 'claude-sonnet-4-6',
      costUsd: 0.25,
      links: [
        link('gemini', 'gemini-2.5-pro', 'skipped', 0),
        link('anthropic', 'claude-sonnet-4-6', 'completed', 0.25),
      ],
    });
    const file = path.join(dir, 'chains.jsonl');
    await writeFile(
      file,
      `${[chain, skipped].map((st) => JSON.stringify(makeRecord({ stages: [st] }))).join('\n')}\n`,
    );
    const fast = await summarizeOutcomeLog(file);
    expect(fast).toEqual(await summarizeOutcomeLog(file, { splitter: 'chunked' }));
    // A link its breaker skipped never ran: not counted.
    expect(fast.byEngine).toEqual({ codex: 1, 'claude-code': 1, anthropic: 1 });
    expect(fast.byModel).toEqual({
      'gpt-5-codex': 1,
      'claude-opus-4-6': 1,
      'claude-sonnet-4-6': 1,
    });
    expect(fast.costByModelUsd).toEqual({
      'gpt-5-codex': 0.5,
      'claude-opus-4-6': 0.75,
      'claude-sonnet-4-6': 0.25,
    });
  });

  it('gives the same summary as the full parser on generated records, to the last bit', async () => {
    const file = path.join(dir, 'gen.jsonl');
    const next = rng(11);
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify(randomRecord(next, i)));
    await writeFile(file, `${lines.join('\n')}\n`);
    const fast = await summarizeOutcomeLog(file);
    expect(fast).toEqual(await summarizeOutcomeLog(file, { splitter: 'chunked' }));
    expect(fast.records).toBe(3000);
  });

  it('forEachLine hands over every line once, across chunk borders, with its number', async () => {
    const file = path.join(dir, 'lines.txt');
    const text = ['a', '', 'ü'.repeat(50), 'b\r', 'c'].join('\n');
    await writeFile(file, text);
    const seen: [string, number][] = [];
    await forEachLine(
      file,
      (bytes, start, end, n) => seen.push([Buffer.from(bytes.subarray(start, end)).toString(), n]),
      { highWaterMark: 16 },
    );
    expect(seen).toEqual([
      ['a', 1],
      ['', 2],
      ['ü'.repeat(50), 3],
      ['b\r', 4],
      ['c', 5],
    ]);
  });

  it('forEachLine reads exactly a range, ahead by one chunk, and stops cleanly when the visitor throws', async () => {
    const file = path.join(dir, 'range.txt');
    // 12 lines of 8 bytes: the chunks (16 bytes) end exactly at the file's end.
    const lines = Array.from({ length: 12 }, (_, i) => `line-${String(i).padStart(2, '0')}`);
    await writeFile(file, lines.map((l) => `${l}\n`).join(''));
    const read = async (range?: { start: number; end: number }) => {
      const seen: string[] = [];
      const count = await forEachLine(
        file,
        (bytes, start, end) => seen.push(Buffer.from(bytes.subarray(start, end)).toString()),
        { highWaterMark: 16, range },
      );
      expect(count).toBe(seen.length);
      return seen;
    };
    expect(await read()).toEqual(lines);
    expect(await read({ start: 24, end: 72 })).toEqual(lines.slice(3, 9));
    let calls = 0;
    const failing = forEachLine(
      file,
      () => {
        if (++calls === 3) throw new Error('visitor failed');
      },
      { highWaterMark: 16 },
    );
    await expect(failing).rejects.toThrow('visitor failed');
    expect(calls).toBe(3);
  });

  it.each([2, 3, 7, 40])(
    'read in %i line-aligned pieces claimed by two readers and merged in file order, gives the one-pass summary',
    async (parts) => {
      const file = path.join(dir, 'parts.jsonl');
      const next = rng(3);
      const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify(randomRecord(next, i)));
      // Corrupt and blank lines in every part, and a last line without a line break.
      for (let i = 0; i < LINES.length; i++) lines.splice(i * 37, 0, LINES[i] as string);
      const text = lines.join('\n');
      await writeFile(file, text);
      const ranges = await lineRanges(file, Buffer.byteLength(text), parts);
      expect(ranges.length).toBe(parts);
      expect(ranges[0]?.start).toBe(0);
      expect(ranges.at(-1)?.end).toBe(Buffer.byteLength(text));
      for (let k = 1; k < ranges.length; k++) {
        expect(ranges[k]?.start).toBe(ranges[k - 1]?.end);
        expect(text[Buffer.from(text).subarray(0, ranges[k]?.start).toString().length - 1]).toBe(
          '\n',
        );
      }
      for (const maxListedCorrupt of [2, 100]) {
        // Two claimers share one counter, as threads do: together they read every piece once.
        const req = {
          file,
          pieces: ranges,
          next: new SharedArrayBuffer(4),
          highWaterMark: 256,
          reduction: { kind: 'summary' as const, options: { maxListedCorrupt } },
        };
        const claimed = await Promise.all([reducePieces(req), reducePieces(req)]);
        expect(claimed[0].length).toBeGreaterThan(0);
        expect(claimed[1].length).toBeGreaterThan(0);
        const results: PieceResult[] = claimed.flat().sort((a, b) => a.index - b.index);
        expect(results.map((r) => r.index)).toEqual(ranges.map((_, k) => k));
        const merged = new OutcomeAggregator({ maxListedCorrupt });
        let offset = 0;
        for (const piece of results) {
          merged.merge(structuredClone(piece.state) as AggregateState, offset); // as it crosses threads
          offset += piece.lines;
        }
        expect(offset).toBe(lines.length);
        const whole = await summarizeOutcomeLog(file, { maxListedCorrupt, threads: 1 });
        expect(merged.summary()).toEqual(whole);
        expect(whole.corrupt.count).toBe(4);
        expect(whole.corrupt.lines.length).toBe(Math.min(4, maxListedCorrupt));
      }
    },
  );

  it('cuts a file whose lines are longer than the parts into fewer parts, never inside a line', async () => {
    const file = path.join(dir, 'long.jsonl');
    const text = `${'x'.repeat(200_000)}\n${'y'.repeat(10)}\n`;
    await writeFile(file, text);
    expect(await lineRanges(file, text.length, 8)).toEqual([
      { start: 0, end: 200_001 },
      { start: 200_001, end: text.length },
    ]);
    expect(await lineRanges(file, text.length, 1)).toEqual([{ start: 0, end: text.length }]);
  });
});
