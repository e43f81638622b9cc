import { describe, expect, test } from '@jest/globals';
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runCommand } from '../../src/engines/process.js';
import { captureIo } from '../support/cli-io.js';
import { demoModel, git, makeFixture, readLog, type Fixture } from './helpers.js';

const BRANCH = 'agent/issue-7-parseduration-1h30m-returns-30-minutes-i';

async function run(f: Fixture, ...extra: string[]) {
  const io = captureIo({ env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' } });
  const code = await main(
    [
      'run',
      '--issue',
      f.issue,
      '--repo',
      f.repo,
      '--replay',
      f.replay,
      '--model-script',
      f.modelScript,
      '--json',
      ...extra,
    ],
    io,
  );
  const out = io.out().trim();
  return { code, record: out ? (JSON.parse(out) as Record<string, unknown>) : {}, err: io.err() };
}

/** The demo project's own test command (`npm test` is `node --test`), in `dir`. */
function projectTests(dir: string) {
  return runCommand(process.execPath, ['--test'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeoutMs: 60_000,
  });
}

async function branches(repo: string): Promise<string[]> {
  return (await git(repo, 'branch', '--format=%(refname:short)'))
    .split('\n')
    .filter((b) => b !== '');
}

async function report(f: Fixture): Promise<string> {
  const dir = join(f.repo, '.lailatov', 'reports');
  const [name] = await readdir(dir);
  return readFile(join(dir, name ?? ''), 'utf8');
}

/** The review answer that never goes away: the same major finding every round. */
const STUBBORN = {
  summary: 'still missing',
  findings: [
    {
      severity: 'major',
      path: 'src/duration.js',
      startLine: 15,
      endLine: 19,
      rule: 'input-validation',
      message: 'Negative numbers are silently accepted.',
      suggestion: null,
    },
  ],
  previous: [],
};

describe('lailatov run: every terminal outcome on a temp git repo', () => {
  test('ready after one remediation round', async () => {
    const f = await makeFixture();
    const { code, record, err } = await run(f);
    expect(err).toContain('review');
    expect(code).toBe(0);
    expect(record).toMatchObject({
      schemaVersion: 1,
      outcome: 'ready',
      remediationRounds: 1,
      branch: BRANCH,
      riskTier: 'medium',
    });
    expect(record.changedFiles).toEqual(['src/duration.js', 'test/duration.test.js']);
    const subjects = (await git(f.repo, 'log', '--format=%s', `main..${BRANCH}`))
      .trim()
      .split('\n');
    expect(subjects).toEqual([
      'fix(agent): address review findings, round 1',
      'fix(agent): parseDuration("1h30m") returns 30 minutes instead of 90',
    ]);
    expect(await git(f.repo, 'log', '-1', '--format=%B', BRANCH)).toContain('Refs #7');
    const body = await report(f);
    expect(body).toContain('Status: **ready for review**');
    expect(body).toContain('Closes #7');
    expect(body).toMatch(/\| \*\*Total\*\* \| \| \| \*\*\$0\.\d{4}\*\*/);
    expect(body).toContain('<!-- lailatov:state ');
    const log = await readLog(f.log);
    expect(log).toEqual([record]);
    // The fixed code really passes the project's tests on the branch, the issue's test among
    // them; with main's code under the same tests, the issue's test fails.
    const checkout = join(f.root, 'branch');
    await git(f.repo, 'worktree', 'add', '-q', checkout, BRANCH);
    const fixed = await projectTests(checkout);
    expect(fixed).toMatchObject({ exitCode: 0 });
    expect(fixed.stdout).toMatch(
      /^ok \d+ - adds up every part of a compound duration \(issue \\#7\)$/m,
    );
    await git(checkout, 'checkout', 'main', '--', 'src/duration.js');
    const unfixed = await projectTests(checkout);
    expect(unfixed.exitCode).not.toBe(0);
    expect(unfixed.stdout).toMatch(
      /^not ok \d+ - adds up every part of a compound duration \(issue \\#7\)$/m,
    );
  });

  test('escalated after the maximum rounds, with a summary of what is open', async () => {
    const model = await demoModel();
    const met = model.answers.spec_audit?.[1];
    model.answers.review_findings = [{ value: STUBBORN }, { value: STUBBORN }, { value: STUBBORN }];
    model.answers.spec_audit = [met ?? {}, met ?? {}, met ?? {}];
    const remediation = (n: number) => ({
      version: 1,
      costUsd: 0.01,
      steps: [
        { action: 'write', path: `notes-${n}.txt`, content: `attempt ${n}\n` },
        { action: 'finish', message: `attempt ${n}` },
      ],
    });
    const f = await makeFixture({
      model,
      replay: { 'remediate-1': remediation(1), 'remediate-2': remediation(2) },
    });
    const { code, record } = await run(f, '--max-rounds', '2');
    expect(code).toBe(1);
    expect(record).toMatchObject({ outcome: 'escalated', remediationRounds: 2, branch: BRANCH });
    expect(
      (await git(f.repo, 'log', '--format=%s', `main..${BRANCH}`)).trim().split('\n'),
    ).toHaveLength(3);
    const body = await report(f);
    expect(body).toContain('## Outcome: escalated');
    expect(body).toContain('after 2 remediation round(s) (maximum 2)');
    expect(body).toContain('Negative numbers are silently accepted.');
    const issue = await readFile(f.issue, 'utf8');
    expect(issue).toContain('## Comment by lailatov[bot]');
    expect(issue).toContain('stopped (escalated)');
    expect(
      (record.findings as { status: string }[]).filter((x) => x.status === 'open'),
    ).toHaveLength(1);
    expect(await readLog(f.log)).toEqual([record]);
  });

  test('needs_clarification, then clear after a reply on the issue', async () => {
    const model = await demoModel();
    const clear = model.answers.triage_verdict?.[0]?.value;
    model.answers.triage_verdict = [
      { whenPromptIncludes: 'Yes: every part counts', value: clear },
      {
        value: {
          clear: false,
          confidence: 0.4,
          question: 'Should "1h90m" be accepted, or only normalised durations?',
          defaultAssumption: 'Accept it and add up the parts.',
          why: 'It decides whether parsing validates the ranges.',
          acceptanceCriteria: [],
          complexity: 'low',
        },
      },
    ];
    const f = await makeFixture({ model });
    const first = await run(f);
    expect(first.code).toBe(1);
    expect(first.record).toMatchObject({
      outcome: 'needs_clarification',
      branch: null,
      remediationRounds: 0,
    });
    expect(await branches(f.repo)).toEqual(['main']);
    const asked = await readFile(f.issue, 'utf8');
    expect(asked).toContain('**Question:** Should "1h90m" be accepted');
    expect(
      JSON.parse(await readFile(join(f.repo, '.lailatov', 'labels-issue-7.json'), 'utf8')),
    ).toEqual(['needs-clarification']);

    await appendFile(
      f.issue,
      '\n## Comment by alice\n\nYes: every part counts, "1h90m" is 2h30m.\n',
    );
    const second = await run(f);
    expect(second.code).toBe(0);
    expect(second.record).toMatchObject({ outcome: 'ready', branch: BRANCH });
    expect(
      JSON.parse(await readFile(join(f.repo, '.lailatov', 'labels-issue-7.json'), 'utf8')),
    ).toEqual([]);
    expect((await readLog(f.log)).map((r) => r.outcome)).toEqual(['needs_clarification', 'ready']);
  });

  test('blocked by the risk policy of the base branch', async () => {
    const write = JSON.parse(await readFile(join(f0(), 'write.json'), 'utf8')) as {
      steps: unknown[];
    };
    write.steps.unshift({ action: 'write', path: 'certs/server.pem', content: 'not a real key\n' });
    const f = await makeFixture({ replay: { write } });
    const { code, record } = await run(f);
    expect(code).toBe(3);
    expect(record).toMatchObject({ outcome: 'blocked', branch: BRANCH, remediationRounds: 0 });
    expect(record.changedFiles).toContain('certs/server.pem');
    expect(await report(f)).toContain('certs/server.pem matches the blocked pattern');
    expect(
      JSON.parse(await readFile(join(f.repo, '.lailatov', 'labels-issue-7.json'), 'utf8')),
    ).toContain('agent:blocked');
  });

  test('no_changes when the agent changes nothing, loudly', async () => {
    const f = await makeFixture({
      replay: {
        write: {
          version: 1,
          costUsd: 0.02,
          steps: [{ action: 'finish', message: 'Looks fine to me.' }],
        },
      },
    });
    const { code, record } = await run(f);
    expect(code).toBe(1);
    expect(record).toMatchObject({ outcome: 'no_changes', branch: BRANCH, changedFiles: [] });
    expect(await branches(f.repo)).toContain(BRANCH);
    expect((await git(f.repo, 'log', '--format=%s', `main..${BRANCH}`)).trim()).toBe('');
    expect(await readLog(f.log)).toEqual([record]);
  });

  test('budget_exceeded when the issue budget is spent', async () => {
    const f = await makeFixture();
    const { code, record } = await run(f, '--budget', '0.05');
    expect(code).toBe(1);
    expect(record.outcome).toBe('budget_exceeded');
    expect(record.remediationRounds).toBe(0);
    const issue = await readFile(f.issue, 'utf8');
    expect(issue).toContain('stopped (budget_exceeded)');
  });

  test('infra_error when the model is down, never an implicit clear', async () => {
    const model = await demoModel();
    model.answers.triage_verdict = [{ error: '529 overloaded_error' }];
    const f = await makeFixture({ model });
    const { code, record } = await run(f);
    expect(code).toBe(1);
    expect(record).toMatchObject({ outcome: 'infra_error', branch: null });
    expect(await branches(f.repo)).toEqual(['main']);
    const stages = record.stages as { stage: string; outcome: string }[];
    expect(stages).toEqual([expect.objectContaining({ stage: 'triage', outcome: 'infra_error' })]);
  });
});

function f0(): string {
  return join(process.cwd(), 'examples', 'demo', 'replay');
}
