// Issue 13 through the local CLI (`lailatov run`) on a temp git repo: an unpriced run is not
// "spent", a turn cap after partial edits (in write or in a remediation round) is `incomplete` and
// never ready, and a tier that requires tests in a repository with no test command is never ready.
import { describe, expect, test } from '@jest/globals';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { DEMO, git, makeFixture, readLog, type Fixture } from './helpers.js';

async function run(f: Fixture) {
  const io = captureIo({ env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' } });
  const args = ['run', '--issue', f.issue, '--repo', f.repo, '--replay', f.replay];
  const code = await main([...args, '--model-script', f.modelScript, '--json'], io);
  return { code, record: JSON.parse(io.out().trim()) as Record<string, unknown> };
}

async function report(f: Fixture): Promise<string> {
  const dir = join(f.repo, '.lailatov', 'reports');
  const [name] = await readdir(dir);
  return readFile(join(dir, name ?? ''), 'utf8');
}

/** The demo's write script without its declared cost (the format allows it). */
async function demoWrite(): Promise<Record<string, unknown>> {
  const script = JSON.parse(await readFile(join(DEMO, 'replay', 'write.json'), 'utf8'));
  delete script.costUsd;
  return script as Record<string, unknown>;
}

describe('lailatov run: honest outcomes (issue 13)', () => {
  test('a replay with no declared cost is not "the issue budget is spent": the run goes on, and says its cost is unknown', async () => {
    const write = await demoWrite();
    const f = await makeFixture({ replay: { write } });
    const { record } = await run(f);
    expect(record.outcome).not.toBe('budget_exceeded');
    expect(record.outcome).toBe('ready');
    expect((record.totals as { costUsd: unknown }).costUsd).toBeNull();
    const stages = record.stages as { stage: string; costUsd: number | null }[];
    expect(stages.find((s) => s.stage === 'write')?.costUsd).toBeNull();
    const body = await report(f);
    expect(body).toContain('spending is unknown');
    expect(body).not.toContain('is spent');
  });

  test.each([
    ['max_turns', 'turn cap'],
    ['refused', 'refused to go on'],
  ])(
    'the engine ends %s after partial edits: a draft labelled incomplete, outcome incomplete, never ready',
    async (outcome, why) => {
      const write = { ...(await demoWrite()), costUsd: 0.05, outcome };
      const f = await makeFixture({ replay: { write } });
      const { code, record } = await run(f);
      expect(code).toBe(1);
      expect(record.outcome).toBe('incomplete');
      expect(record.changedFiles).toEqual(['src/duration.js']);
      const body = await report(f);
      expect(body).not.toContain('ready for review');
      expect(body).toContain('## Outcome: incomplete');
      expect(body).toContain(why);
      const labels = await readFile(join(f.repo, '.lailatov', 'labels-issue-7.json'), 'utf8');
      expect(JSON.parse(labels)).toContain('agent:incomplete');
      expect(await readLog(f.log)).toEqual([record]);
    },
  );

  test.each([
    ['max_turns', 'turn cap'],
    ['refused', 'refused to go on'],
  ])(
    'a remediation round that ends %s after partial edits: outcome incomplete, labelled, never ready',
    async (outcome, why) => {
      const script = JSON.parse(
        await readFile(join(DEMO, 'replay', 'remediate-1.json'), 'utf8'),
      ) as Record<string, unknown>;
      const f = await makeFixture({ replay: { 'remediate-1': { ...script, outcome } } });
      const { code, record } = await run(f);
      expect(code).toBe(1);
      expect(record.outcome).toBe('incomplete');
      expect(record.remediationRounds).toBe(1);
      // The partial edits are committed on the agent branch, not lost.
      const fix = await git(f.repo, 'log', '--all', '--name-only', '--format=%s', '--grep=round 1');
      expect(fix).toContain('test/duration.test.js');
      const body = await report(f);
      expect(body).not.toContain('ready for review');
      expect(body).toContain('## Outcome: incomplete');
      expect(body).toContain(why);
      const labels = await readFile(join(f.repo, '.lailatov', 'labels-issue-7.json'), 'utf8');
      expect(JSON.parse(labels)).toContain('agent:incomplete');
    },
  );

  test('a tier that requires tests, with no test command: escalated with the fix, never ready', async () => {
    const config = await readFile(join(DEMO, 'repo', '.github', 'lailatov.yml'), 'utf8');
    const pkg = JSON.parse(await readFile(join(DEMO, 'repo', 'package.json'), 'utf8'));
    delete pkg.scripts;
    const f = await makeFixture({
      files: {
        '.github/lailatov.yml': config.replace(/^testCommand:.*\n/m, ''),
        'package.json': JSON.stringify(pkg),
      },
    });
    const { code, record } = await run(f);
    expect(code).toBe(1);
    expect(record.outcome).toBe('escalated');
    expect(record.checks).toMatchObject({ tests: 'skipped' });
    const body = await report(f);
    expect(body).not.toContain('ready for review');
    expect(body).toContain(
      'tests are required for tier medium, and no test command was found: set testCommand in .github/lailatov.yml',
    );
  });
});
