// `lailatov report` on GitHub (the emulator): the outcome logs of several repositories read from
// their data branches through the API, the figures recounted here from the records, and the
// digest posted as an issue or a discussion, once per period.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/temp.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import { DIGEST_LABEL, digestMarker } from '../../src/forge/github/digest-post.js';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { handMadeLog, NOW, toJsonl } from '../outcomes/support/hand-made-log.js';
import { captureIo } from '../support/cli-io.js';
import {
  DEFAULT_DISCUSSION_CATEGORIES,
  startGitHubEmulator,
  type GitHubEmulator,
} from '../support/github/index.js';
import { clientFor } from '../forge/github/helpers.js';

/** The hand-made log (acme/w) logged by o/a and, again, by o/b: two repositories, ten issues. */
const moved = (repo: string) => (r: OutcomeRecord) => ({ ...r, repo });
const RECORDS = [...handMadeLog().map(moved('o/a')), ...handMadeLog().map(moved('o/b'))];

let gh: GitHubEmulator;
let dir: string;

async function append(r: OutcomeRecord): Promise<void> {
  const [owner, repo] = r.repo.split('/') as [string, string];
  await new GitBranchOutcomeStore({ octokit: clientFor(gh), repo: { owner, repo } }).append(r);
}

beforeAll(async () => {
  gh = await startGitHubEmulator();
  dir = await tempDir('lailatov-report-gh-');
  await gh.createRepo('o/a', {
    files: { 'README.md': '# a\n' },
    discussionCategories: DEFAULT_DISCUSSION_CATEGORIES,
  });
  await gh.createRepo('o/b', { files: { 'README.md': '# b\n' } });
  await gh.createRepo('o/c', { files: { 'README.md': '# c\n' } }); // never ran: no data branch
  for (const r of RECORDS) await append(r);
  gh.addToken('reader', { contents: 'read' });
  gh.addToken('issues', { contents: 'read', issues: 'write' });
  gh.addToken('discussions', { contents: 'read', discussions: 'write' });
}, 120_000);

afterAll(async () => {
  await gh?.close();
});

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({
    cwd: dir,
    env: {
      GITHUB_TOKEN: 'reader',
      GITHUB_API_URL: gh.url,
      LAILATOV_NOW: NOW,
      LAILATOV_BACKOFF_SCALE: '0.001',
      ...env,
    },
  });
  const code = await main(['report', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** The digest's figures recounted from the records, without the analytics module. */
function recount(records: readonly OutcomeRecord[], now: string, days: number) {
  const to = Date.parse(now);
  const inPeriod = records.filter((r) => {
    const t = Date.parse(r.timestamp);
    return t > to - days * 86_400_000 && t <= to;
  });
  const latest = new Map<string, OutcomeRecord>();
  for (const r of inPeriod) {
    const key = `${r.repo}#${r.issue}`;
    const seen = latest.get(key);
    if (seen === undefined || r.timestamp >= seen.timestamp) latest.set(key, r);
  }
  const unitsByOutcome: Record<string, number> = {};
  for (const r of latest.values()) unitsByOutcome[r.outcome] = (unitsByOutcome[r.outcome] ?? 0) + 1;
  const sqlPrs = new Set(
    inPeriod
      .filter((r) => r.findings.some((f) => f.rule === 'sql-injection'))
      .map((r) => `${r.repo}#${r.issue}`),
  );
  return {
    records: inPeriod.length,
    units: latest.size,
    unitsByOutcome,
    resolveRate: (unitsByOutcome.ready ?? 0) / latest.size,
    knownUsd: inPeriod.reduce((s, r) => s + (r.totals.costUsd ?? 0), 0),
    sqlInjectionPrs: sqlPrs.size,
  };
}

interface DigestJson {
  records: number;
  units: number;
  unitsByOutcome: Record<string, number>;
  resolveRate: number;
  cost: { knownUsd: number };
  topFindings: { rule: string; units: number }[];
}

describe('lailatov report --repo / --owner', () => {
  it('reads several repositories from their data branches, with the figures a recount gives', async () => {
    const r = await run(['--repo', 'o/a', '--repo', 'o/b', '--repo', 'o/c', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('lailatov report: o/c has no lailatov-data branch: no outcome logged yet\n');
    const got = JSON.parse(r.out) as DigestJson;
    const want = recount(RECORDS, NOW, 7);
    expect(want.units).toBe(10); // the recount itself: 5 issues in the week, in each repository
    expect(got.records).toBe(want.records);
    expect(got.units).toBe(want.units);
    expect(got.unitsByOutcome).toEqual(want.unitsByOutcome);
    expect(got.resolveRate).toBeCloseTo(want.resolveRate, 12);
    expect(got.cost.knownUsd).toBeCloseTo(want.knownUsd, 9);
    const sql = got.topFindings.find((f) => f.rule === 'sql-injection');
    expect(sql?.units).toBe(want.sqlInjectionPrs);
  });

  it('gives the same digest from the data branches as from the same records in a local log', async () => {
    const file = path.join(dir, 'local.jsonl');
    await writeFile(file, toJsonl(RECORDS));
    const local = await run(['--log', file]);
    expect(local).toMatchObject({ code: 0, err: '' });
    const remote = await run(['--repo', 'o/a', '--repo', 'o/b']);
    expect(remote.out).toBe(local.out);
    // --owner: every repository of o with a data branch (o/c, without one, is skipped quietly).
    expect(await run(['--owner', 'o'])).toEqual({ code: 0, out: local.out, err: '' });
  });

  it('waits out a secondary rate limit and still counts every record', async () => {
    const fault = gh.faults.add({
      route: 'GET /repos/{owner}/{repo}/contents/{path}',
      secondaryRateLimit: true,
      retryAfter: 1,
      times: 2,
    });
    const r = await run(['--repo', 'o/a', '--repo', 'o/b', '--concurrency', '2', '--json']);
    expect(fault.hits).toBe(2);
    expect(r.code).toBe(0);
    expect(r.err).toContain('secondary rate limit');
    expect((JSON.parse(r.out) as DigestJson).records).toBe(recount(RECORDS, NOW, 7).records);
  });
});

describe('lailatov report --post issue', () => {
  const digestIssues = () =>
    [...gh.repo('o/a').issues.values()].filter((i) => i.labels.includes(DIGEST_LABEL));

  it('creates one issue per period; a re-run changes nothing, new evidence updates it', async () => {
    const post = ['--repo', 'o/a', '--post', 'issue', '--post-to', 'o/a'];
    const first = await run(post, { GITHUB_TOKEN: 'issues' });
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /^lailatov report: created issue #\d+: http\S+\/o\/a\/issues\/\d+\n$/,
    );
    expect(digestIssues()).toHaveLength(1);
    const [issue] = digestIssues();
    expect(issue?.title).toBe('LailaTov digest: 2026-03-02 to 2026-03-09');
    expect(issue?.body).toBe(`${digestMarker('2026-03-02 to 2026-03-09')}\n${first.out}`);
    expect(issue?.body).toContain('```mermaid\npie showData title Issues by final outcome');

    gh.resetRequests();
    const again = await run(post, { GITHUB_TOKEN: 'issues' });
    expect(again.err).toMatch(/^lailatov report: unchanged issue #/);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(digestIssues()).toHaveLength(1);

    // Someone closed it; then a new run of issue 1 in the same week: the same issue, rewritten.
    await clientFor(gh).rest.issues.update({
      owner: 'o',
      repo: 'a',
      issue_number: issue?.number ?? 0,
      state: 'closed',
    });
    const [base] = handMadeLog();
    await append({
      ...base!,
      repo: 'o/a',
      issue: 1,
      runId: 'late',
      outcome: 'ready',
      timestamp: '2026-03-08T09:00:00Z',
    });
    const updated = await run(post, { GITHUB_TOKEN: 'issues' });
    expect(updated.err).toBe(again.err.replace('unchanged', 'updated'));
    expect(digestIssues()).toHaveLength(1);
    expect(digestIssues()[0]?.body).toBe(
      `${digestMarker('2026-03-02 to 2026-03-09')}\n${updated.out}`,
    );
    expect(updated.out).not.toBe(first.out);

    // The next week is another period: another issue.
    const next = await run(post, { GITHUB_TOKEN: 'issues', LAILATOV_NOW: '2026-03-16T00:00:00Z' });
    expect(next.err).toMatch(/created issue/);
    expect(digestIssues().map((i) => i.title)).toEqual([
      'LailaTov digest: 2026-03-02 to 2026-03-09',
      'LailaTov digest: 2026-03-09 to 2026-03-16',
    ]);
  });

  it('names the permission a token lacks, and the flags that do not go together', async () => {
    const denied = await run(['--repo', 'o/a', '--post', 'issue', '--post-to', 'o/a']);
    expect(denied.code).toBe(2);
    expect(denied.err).toContain('`issues: write`');
    expect((await run(['--repo', 'o/a', '--post', 'issue', '--json'])).err).toContain(
      '--post posts the Markdown digest',
    );
    expect((await run(['--repo', 'o/a', '--post', 'wiki'])).err).toContain(
      '--post must be issue or discussion',
    );
    expect((await run(['--repo', 'o/a', '--repo', 'o/b', '--post', 'issue'])).err).toContain(
      '--post-to OWNER/NAME',
    );
    expect((await run(['--repo', 'o/a', '--post', 'discussion'])).err).toContain(
      '--post discussion needs --category NAME',
    );
  });
});

describe('lailatov report --post discussion', () => {
  const digestDiscussions = () => gh.repo('o/a').discussions;

  it('creates one discussion per period in the category; a re-run finds it and updates it', async () => {
    const post = ['--repo', 'o/a', '--post', 'discussion', '--category', 'announcements'];
    const env = {
      GITHUB_TOKEN: 'discussions',
      GITHUB_REPOSITORY: 'o/a',
      LAILATOV_NOW: '2026-03-10T00:00:00Z',
    };
    const first = await run(post, env);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /^lailatov report: created discussion #\d+: http\S+\/o\/a\/discussions\/\d+\n$/,
    );
    expect(digestDiscussions()).toHaveLength(1);
    const [d] = digestDiscussions();
    const category = gh
      .repo('o/a')
      .discussionCategories.find((c) => c.nodeId === d?.categoryNodeId);
    expect(category?.name).toBe('Announcements');
    expect(d?.title).toBe('LailaTov digest: 2026-03-03 to 2026-03-10');
    expect(d?.body).toBe(`${digestMarker('2026-03-03 to 2026-03-10')}\n${first.out}`);

    const again = await run(post, env);
    expect(again.err).toMatch(/unchanged discussion/);
    await append({
      ...handMadeLog()[1]!,
      repo: 'o/a',
      issue: 9,
      runId: 'new',
      timestamp: '2026-03-09T12:00:00Z',
    });
    const updated = await run(post, env);
    expect(updated.err).toMatch(/updated discussion/);
    expect(digestDiscussions()).toHaveLength(1);
    expect(digestDiscussions()[0]?.body).toBe(
      `${digestMarker('2026-03-03 to 2026-03-10')}\n${updated.out}`,
    );
  });

  it('names a missing category, Discussions turned off, and a token without discussions: write', async () => {
    const post = ['--repo', 'o/a', '--post', 'discussion'];
    const env = { GITHUB_TOKEN: 'discussions' };
    const wrong = await run([...post, '--category', 'News', '--post-to', 'o/a'], env);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      'has no such discussion category. Fix: pass one of "Announcements", "General"',
    );
    const off = await run([...post, '--category', 'General', '--post-to', 'o/b'], env);
    expect(off.err).toContain('o/b has Discussions turned off');
    gh.addToken('no-discussions', { contents: 'read', issues: 'write' });
    const denied = await run([...post, '--category', 'General', '--post-to', 'o/a'], {
      GITHUB_TOKEN: 'no-discussions',
    });
    expect(denied.code).toBe(2);
    expect(denied.err).toContain('`discussions: write`');
  });
});
