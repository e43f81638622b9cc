import { describe, expect, it } from '@jest/globals';
import {
  FastLineScanner,
  toOutcomeView,
  type OutcomeView,
} from '../../../src/core/outcomes/index.js';
import { TOKEN_USAGE_KEYS } from '../../../src/core/usage.js';
import { makeRecord, makeStage, randomRecord, rng } from '../../outcomes/support/records.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The fields the aggregator reads, as plain data (the scanner's view is reused). */
function counted(v: OutcomeView) {
  return {
    schemaVersion: v.schemaVersion,
    originalOutcome: v.originalOutcome,
    outcome: v.outcome,
    riskTier: v.riskTier,
    stages: v.stages.map((s) => ({
      stage: s.stage,
      engine: s.engine,
      model: s.model,
      costUsd: s.costUsd,
      links: (s.links ?? []).map((l) => ({
        engine: l.engine,
        model: l.model,
        outcome: l.outcome,
        costUsd: l.costUsd,
      })),
    })),
    totals: {
      costUsd: v.totals.costUsd,
      tokens: Object.fromEntries(TOKEN_USAGE_KEYS.map((k) => [k, v.totals.tokens[k]])),
      turns: v.totals.turns,
      durationMs: v.totals.durationMs,
    },
    timestamp: v.timestamp,
    repo: v.repo,
    issue: v.issue,
    pr: v.pr,
    branch: v.branch,
    correlationId: v.correlationId,
  };
}

/** What the full path says about a line: the view, or undefined when it is not a record. */
function fullPath(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text.trim());
  } catch {
    return undefined;
  }
  const view = toOutcomeView(json);
  return view.ok ? counted(view.value) : undefined;
}

/** The scanner's answer must be the full path's, or a decline; never a different answer. */
function agree(scanner: FastLineScanner, text: string): 'fast' | 'declined' {
  // Inside a larger buffer, as the reader hands lines over: nothing outside [start, end) counts.
  const inner = bytes(text);
  const padded = new Uint8Array(inner.length + 4);
  padded.set(bytes('}, '), 0);
  padded.set(inner, 3);
  padded[inner.length + 3] = 0x7d;
  const fast = scanner.scan(padded, 3, 3 + inner.length);
  if (fast === undefined) return 'declined';
  expect({ text, view: counted(fast) }).toEqual({ text, view: fullPath(text) });
  return 'fast';
}

describe('FastLineScanner', () => {
  it('reads generated records exactly as JSON.parse + validator + view do, all on the fast path', () => {
    const scanner = new FastLineScanner();
    const next = rng(7);
    for (let i = 0; i < 500; i++)
      expect(agree(scanner, JSON.stringify(randomRecord(next, i)))).toBe('fast');
  });

  it('takes the links of an engine chain, and declines a line whose links the validator rejects', () => {
    const scanner = new FastLineScanner();
    const link = {
      engine: 'anthropic',
      model: 'claude-sonnet-4-6',
      outcome: 'error',
      costUsd: 0.9,
      tokens: { input: 1, output: 2, cacheRead: 0, cacheWrite: 0 },
      turns: 1,
      durationMs: 5,
      detail: 'infra: HTTP 529 overloaded',
    };
    const good = makeRecord({
      stages: [makeStage({ links: [link, { ...link, outcome: 'completed', costUsd: null }] })],
    });
    expect(agree(scanner, JSON.stringify(good))).toBe('fast');
    for (const bad of [
      { ...link, model: '' },
      { ...link, costUsd: -1 },
      { ...link, detail: 3 },
      { ...link, turns: undefined },
    ]) {
      const line = JSON.stringify(makeRecord({ stages: [makeStage({ links: [bad as never] })] }));
      expect(fullPath(line)).toBeUndefined();
      expect(agree(scanner, line)).toBe('declined');
    }
  });

  it('takes JSON spacing, exotic number forms, unknown fields and UTF-8 names', () => {
    const scanner = new FastLineScanner();
    const r = makeRecord({
      stages: [makeStage({ model: 'modèle-ünï-😀', costUsd: 0.1 }), makeStage({ costUsd: null })],
    });
    const spaced = JSON.stringify({ ...r, extra: { deep: [1, true, null, 'x'] } }, null, 1).replace(
      /\n/g,
      ' ',
    );
    expect(agree(scanner, `  ${spaced}  `)).toBe('fast');
    const text = JSON.stringify(r)
      .replace('"runAttempt":1', '"runAttempt":1.0')
      .replace('"schemaVersion":1', '"schemaVersion":1e0')
      .replace('"turns":7', '"turns":7E+0');
    expect(agree(scanner, text)).toBe('fast');
  });

  it('never accepts what the full path rejects, and declines what it cannot be sure of', () => {
    const scanner = new FastLineScanner();
    const good = JSON.stringify(makeRecord());
    const broken = [
      good.slice(0, -1), // torn
      `${good}x`,
      good.replace('{"schemaVersion":1', '{"schemaVersion":2'),
      good.replace('"outcome":"ready"', '"outcome":"done"'),
      good.replace('"riskTier":"medium"', '"riskTier":"extreme"'),
      good.replace('"repo":"acme/widgets"', '"repo":"widgets"'),
      good.replace('"repo":"acme/widgets"', '"repo":"a/b/c"'),
      good.replace('"timestamp":"2026-02-19T00:39:16Z"', '"timestamp":"2026-02-19 00:39"'),
      good.replace(
        '"timestamp":"2026-02-19T00:39:16Z"',
        '"timestamp":"2026-02-19T00:39:16.1234567890Z"',
      ),
      good.replace('"runAttempt":1', '"runAttempt":0'),
      good.replace('"runAttempt":1', '"runAttempt":01'),
      good.replace('"runAttempt":1', '"runAttempt":1.5'),
      good.replace('"issue":10', '"issue":-1'),
      good.replace('"costUsd":0.42', '"costUsd":-0.42'),
      good.replace('"costUsd":0.42', '"costUsd":1e999'),
      good.replace('"costUsd":0.42', '"costUsd":.42'),
      good.replace('"engine":"claude-code"', '"engine":""'),
      good.replace('"engine":"claude-code",', ''),
      good.replace('"cacheWrite":300', '"cacheWrite":"300"'),
      good.replace('"tests":"passed"', '"tests":"success"'),
      good.replace('"changedFiles":[', '"changedFiles":["",'),
      good.replace('"findings":[]', '"findings":[{"severity":"major"}]'),
      good.replace('"stages":[', '"stages":[1,'),
      good.replace('"checks":{', '"checks":{"a":"passed",,'),
      good.replace('"pr":18', '"pr":18,"pr":19'), // duplicate field: declined, not guessed
      good.replace('"branch":"agent/issue-10"', '"branch":"agent\\/issue-10"'), // an escape
      good.replace('"suiteVersion":"0.1.0"', '"suiteVersion":"0.1\t.0"'), // raw control char
      good.replace('"issue":10', '"issue":nul'),
      good.replace('"issue":10', '"issue":truex'),
      `${good}\r`,
      `\uFEFF${good}`,
      '[]',
      '',
      '{"outcome":"clean","pr_number":3}', // v0: the full path's job
    ];
    for (const text of broken) expect(agree(scanner, text)).toBe('declined');
    // A decline leaves the scanner ready for the next line.
    expect(agree(scanner, good)).toBe('fast');
  });

  it('keeps a finding with lines, null path and nulls where the schema allows them', () => {
    const scanner = new FastLineScanner();
    const finding = {
      severity: 'nit',
      path: null,
      lines: { start: 3, end: 3 },
      rule: '',
      message: '',
      fingerprint: 'f',
      status: 'resolved',
    };
    const r = makeRecord({
      issue: null,
      pr: null,
      branch: null,
      headSha: null,
      riskTier: null,
      findings: [finding as never, { ...finding, lines: null } as never],
      checks: {},
      changedFiles: [],
    });
    expect(agree(scanner, JSON.stringify(r))).toBe('fast');
    const backwards = JSON.stringify(
      makeRecord({ findings: [{ ...finding, lines: { start: 5, end: 2 } } as never] }),
    );
    expect(agree(scanner, backwards)).toBe('declined');
  });

  it('reads every number form exactly as JSON.parse does (fast path and Number() path)', () => {
    const scanner = new FastLineScanner();
    const good = JSON.stringify(makeRecord({ stages: [makeStage({ costUsd: 0.42 })] }));
    const next = rng(13);
    const forms = [
      '0',
      '-0',
      '0.1',
      '0.30000000000000004',
      '123456789012345', // 15 digits: the fast path's last
      '1234567890123456', // 16: Number()
      '123456789012345.6',
      '12345678901234567890',
      '1.7976931348623157e308',
      '5e-7',
      '1E2',
      '0.000001',
      ...Array.from({ length: 200 }, () => String(next() * 10 ** Math.floor(next() * 12))),
    ];
    for (const form of forms) {
      const text = good.replace('"costUsd":0.42', `"costUsd":${form}`);
      expect(text).not.toBe(good);
      expect(agree(scanner, text)).toBe('fast');
    }
    for (const bad of ['01', '1.', '.5', '-', '1e', '1e+', '+1', '0x10'])
      expect(agree(scanner, good.replace('"costUsd":0.42', `"costUsd":${bad}`))).toBe('declined');
  });

  it("learns the writer's field order but reads any order, switching back and forth", () => {
    const scanner = new FastLineScanner();
    const next = rng(17);
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    for (let i = 0; i < 40; i++) {
      const r = randomRecord(next, i);
      expect(agree(scanner, JSON.stringify(i % 3 === 0 ? reversed(r) : r))).toBe('fast');
    }
  });

  it('never answers differently from the full path on mutated lines (fuzz, predictions warm)', () => {
    // The fast paths lean on what the last lines looked like (predicted member names, recent
    // engine and model names, four bytes at a time inside strings), so every mutated line comes
    // right after valid ones: whatever byte is deleted, inserted or changed, the scanner either
    // declines or gives exactly the view of JSON.parse + validator.
    const scanner = new FastLineScanner();
    const next = rng(23);
    const pieces = [
      '"',
      '\\',
      ',',
      ':',
      '{',
      '}',
      '[',
      ']',
      ' ',
      '0',
      '9',
      '-',
      '.',
      'e',
      'a',
      'Z',
      '\t',
      '\u0001',
      'é',
      '😀',
      'null',
      '"x":1,',
    ];
    const outcomes = { fast: 0, declined: 0 };
    for (let i = 0; i < 3000; i++) {
      const good = JSON.stringify(randomRecord(next, i));
      agree(scanner, good);
      let text = good;
      for (let m = 0; m < 1 + Math.floor(next() * 3); m++) {
        const at = Math.floor(next() * text.length);
        const piece = pieces[Math.floor(next() * pieces.length)] as string;
        const op = Math.floor(next() * 4);
        if (op === 0) text = text.slice(0, at) + text.slice(at + 1);
        else if (op === 1) text = text.slice(0, at) + piece + text.slice(at);
        else if (op === 2) text = text.slice(0, at) + piece + text.slice(at + 1);
        else text = text.slice(0, at) + text.slice(at, at + 12) + text.slice(at);
      }
      outcomes[agree(scanner, text)]++;
    }
    // Both sides are exercised: some mutations keep the line valid, most break it.
    expect(outcomes.fast).toBeGreaterThan(100);
    expect(outcomes.declined).toBeGreaterThan(1000);
  });

  it('reads fields of few values (repo, names) right whether they repeat, alternate or never repeat', () => {
    const scanner = new FastLineScanner();
    const next = rng(29);
    const record = (i: number, distinct: boolean) => {
      const r = randomRecord(next, i);
      const tag = distinct ? `-${i}` : '';
      return JSON.stringify({
        ...r,
        repo: `acme${tag}/widgets`,
        suiteVersion: `0.1.${distinct ? i : 0}`,
        stages: r.stages.map((st, k) => ({
          ...st,
          engine: `engine${distinct ? tag : k % 2}`,
          model: `${st.model}${tag}`,
          provider: distinct ? `p${i}` : 'anthropic',
        })),
      });
    };
    // Repeating, then every value new (more misses than the cache keeps), then repeating again.
    for (let i = 0; i < 600; i++) {
      const distinct = i >= 100 && i < 400;
      expect(agree(scanner, record(i, distinct))).toBe('fast');
    }
    // A remembered value followed by a different one that starts the same is not confused.
    const good = JSON.parse(record(1, false));
    const longer = { ...good, repo: 'acme/widgets2' };
    expect(agree(scanner, JSON.stringify(longer))).toBe('fast');
    expect(agree(scanner, JSON.stringify({ ...good, repo: 'acme/widgets/x' }))).toBe('declined');
  });

  it.each(['incomplete', 'refused'] as const)(
    'reads the outcome %s (issue 13) on the fast path, as the validator does',
    (outcome) => {
      const text = JSON.stringify(makeRecord({ outcome }));
      expect(fullPath(text)?.outcome).toBe(outcome);
      expect(agree(new FastLineScanner(), text)).toBe('fast');
    },
  );
});
