// `lailatov report` and `lailatov learn` on the hand-made log (test/outcomes/support/hand-made-log.ts):
// the three digest formats, learn's files, and the errors a user can fix.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { LEARNED_RULES_PATH } from '../../src/core/learn/rules.js';
import { SLACK_LIMITS } from '../../src/core/report/digest.js';
import { handMadeLog, NOW, toJsonl } from '../outcomes/support/hand-made-log.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

let dir: string;
let log: string;

beforeEach(async () => {
  dir = await tempDir('report-learn-');
  log = path.join(dir, 'outcomes.jsonl');
  await writeFile(log, `${toJsonl(handMadeLog())}not json\n`);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], expected = 0) {
  const io = captureIo({ cwd: dir, env: { LAILATOV_NOW: NOW } });
  expect(await main(args, io)).toBe(expected);
  return io;
}

/** The Block Kit rules Slack enforces on what we send (api.slack.com/reference/block-kit). */
function checkBlocks(payload: { text: string; blocks: Record<string, unknown>[] }): void {
  expect(typeof payload.text).toBe('string');
  expect(payload.blocks.length).toBeGreaterThan(0);
  expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const b of payload.blocks) {
    expect(['header', 'section', 'context', 'divider']).toContain(b.type);
    const text = b.text as { type: string; text: string } | undefined;
    if (b.type === 'header') {
      expect(text?.type).toBe('plain_text');
      expect(text?.text.length).toBeLessThanOrEqual(150);
    }
    if (b.type === 'section') {
      const fields = b.fields as { type: string; text: string }[] | undefined;
      expect(text !== undefined || fields !== undefined).toBe(true);
      if (text) expect(text.text.length).toBeLessThanOrEqual(3000);
      if (fields) {
        expect(fields.length).toBeLessThanOrEqual(10);
        for (const f of fields) {
          expect(f.type).toBe('mrkdwn');
          expect(f.text.length).toBeLessThanOrEqual(2000);
        }
      }
    }
  }
}

describe('lailatov report', () => {
  it('prints the week as Markdown with Mermaid charts and escalation links', async () => {
    const io = await cli(['report', '--log', log]);
    const md = io.out();
    expect(md).toContain('## LailaTov digest: 2026-03-02 to 2026-03-09');
    expect(md).toContain('- **Issues handled:** 5 (6 run(s), 4 PR(s))');
    expect(md).toContain('- **Resolve rate:** 40.0% (2 ready)');
    expect(md).toContain('- **Cost per PR:** p50 $1.50, p90 $2.00 (3); 1 PR(s) of unknown cost');
    expect(md).toContain('```mermaid\npie showData title Issues by final outcome\n    "ready" : 2');
    expect(md).toContain('[PR #14](https://github.com/acme/w/pull/14): budget_exceeded (high)');
    expect(md).toContain('| `sql-injection` | major | 3 | 3 | 3 |');
    expect(io.err()).toBe(
      `${log}:8: skipped corrupt line: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)\n`,
    );
  });

  it('prints valid Slack Block Kit and JSON with the same figures', async () => {
    const slack = JSON.parse((await cli(['report', '--log', log, '--format', 'slack'])).out());
    checkBlocks(slack);
    expect(JSON.stringify(slack)).toContain('<https://github.com/acme/w/pull/13|PR #13>');
    const json = JSON.parse((await cli(['report', '--log', log, '--json'])).out());
    expect(json).toMatchObject({ records: 6, units: 5, resolveRate: 0.4 });
    expect(json).not.toHaveProperty('rows');
    const all = JSON.parse(
      (await cli(['report', '--log', log, '--period', 'all', '--json'])).out(),
    );
    expect(all.records).toBe(7);
  });

  it('names the bad flag and the fix', async () => {
    expect((await cli(['report', '--log', log, '--format', 'html'], 2)).err()).toContain(
      '--format must be one of markdown, slack, json',
    );
    expect((await cli(['report', '--log', log, '--period', 'soon'], 2)).err()).toContain(
      '--period must be a number of days or weeks',
    );
    expect((await cli(['report', '--log', path.join(dir, 'none.jsonl')], 2)).err()).toContain(
      'cannot read the outcome log',
    );
  });
});

describe('lailatov learn (local)', () => {
  it('writes the proposal into learned.md only, and a report', async () => {
    await mkdir(path.join(dir, '.claude/rules'), { recursive: true });
    await writeFile(path.join(dir, '.claude/rules/style.md'), 'Be kind.\n');
    const io = await cli(['learn', '--log', log, '--json']);
    const out = JSON.parse(io.out());
    expect(out.rules.map((r: { id: string }) => r.id)).toEqual([
      'finding:sql-injection',
      'path:src/db/',
      'tier:high',
      'model:write:m-big',
    ]);
    const proposal = await readFile(path.join(dir, LEARNED_RULES_PATH), 'utf8');
    expect(proposal).toContain('[#13](https://github.com/acme/w/pull/13)');
    expect(await readFile(path.join(dir, '.claude/rules/style.md'), 'utf8')).toBe('Be kind.\n');
    expect(await readFile(path.join(dir, '.lailatov/learn-report.md'), 'utf8')).toContain(
      '4 rule(s) proposed',
    );
    // A second run rewrites its own file.
    await cli(['learn', '--log', log]);
  });

  it('--word has a model reword the rules, from a model script, evidence unchanged', async () => {
    const script = path.join(dir, 'model.json');
    await writeFile(
      script,
      JSON.stringify({
        version: 1,
        model: 'claude-sonnet-4-6',
        answers: {
          word_rules: [
            {
              value: {
                rules: [{ id: 'tier:high', text: 'Ask for a plan before high-risk work.' }],
              },
            },
          ],
        },
      }),
    );
    const plain = JSON.parse((await cli(['learn', '--log', log, '--json'])).out());
    const io = await cli(['learn', '--log', log, '--json', '--word', '--model-script', script]);
    const out = JSON.parse(io.out());
    expect(io.err()).toContain('Worded by claude-sonnet-4-6');
    expect(out.evidenceFingerprint).toBe(plain.evidenceFingerprint);
    const tier = out.rules.find((r: { id: string }) => r.id === 'tier:high');
    expect(tier.text).toBe('Ask for a plan before high-risk work.');
    expect(tier.evidence).toEqual(
      plain.rules.find((r: { id: string }) => r.id === 'tier:high').evidence,
    );
    expect(await readFile(path.join(dir, LEARNED_RULES_PATH), 'utf8')).toContain(
      'Ask for a plan before high-risk work.',
    );
  });

  it('never overwrites a learned.md a person wrote', async () => {
    await mkdir(path.join(dir, '.claude/rules'), { recursive: true });
    await writeFile(path.join(dir, LEARNED_RULES_PATH), '# my own rules\n');
    const io = await cli(['learn', '--log', log], 2);
    expect(io.err()).toContain('was not written by lailatov learn');
    expect(await readFile(path.join(dir, LEARNED_RULES_PATH), 'utf8')).toBe('# my own rules\n');
  });
});

describe('docs/learn-and-report.md', () => {
  it('shows the digest the command prints for the hand-made log', async () => {
    const doc = await readFile(
      path.join(import.meta.dirname, '../../docs/learn-and-report.md'),
      'utf8',
    );
    const sample =
      /<!-- sample-digest:start -->\n````markdown\n([\s\S]*?)````\n<!-- sample-digest:end -->/.exec(
        doc,
      )?.[1];
    await writeFile(log, toJsonl(handMadeLog()));
    expect(sample).toBe((await cli(['report', '--log', log])).out());
  });
});
