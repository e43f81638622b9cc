// Counts the GitHub API calls of stage runs on the emulator, for test/actions/api-calls and
// bench/api-calls: the whole pipeline (issue → ready), a review of an agent PR of 20 files, and
// each comment command.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentEvent } from './command-world.js';
import { REPO, demoIssue, git, labeledEvent, ok, openIssue, type World } from './harness.js';

export interface StageCalls {
  readonly stage: string;
  /** The routes called, in order (`METHOD /path/{param}`). */
  readonly routes: readonly string[];
}

/** Opens the demo issue, labels it and follows every chaining dispatch to the end. */
export async function pipelineCalls(
  w: World,
): Promise<{ stages: StageCalls[]; outcome: string; round: string }> {
  const t = await demoIssue();
  const issue = await openIssue(w, t);
  const stages: StageCalls[] = [];
  let mark = w.gh.requests.length;
  const take = (stage: string) => {
    stages.push({ stage, routes: w.gh.requests.slice(mark).map((q) => q.route ?? q.path) });
    mark = w.gh.requests.length;
  };
  let last = ok(await w.run('triage', labeledEvent(issue, t)));
  take('triage');
  // Outcomes after which the stage dispatched the next one.
  const chained = new Set(['clear', 'pr_opened', 'findings', 'remediated']);
  while (chained.has(last.outputs.outcome ?? '')) {
    const { stage, result } = await w.followDispatch();
    last = ok(result);
    take(stage);
  }
  return { stages, outcome: last.outputs.outcome ?? '', round: last.outputs.round ?? '' };
}

/**
 * The demo issue up to its first review, then a human push that brings the agent PR to 20
 * changed files, and the review that push starts (through the root action, as on GitHub).
 * The world's model must answer a second review (firstTwice).
 */
export async function reviewOf20Files(w: World): Promise<StageCalls & { files: number }> {
  const t = await demoIssue();
  const issue = await openIssue(w, t);
  ok(await w.run('triage', labeledEvent(issue, t)));
  ok((await w.followDispatch()).result);
  ok((await w.followDispatch()).result);
  const pull = [...w.gh.repo(REPO).pulls.values()][0];
  if (!pull) throw new Error('the write stage opened no PR');
  const dir = await mkdtemp(join(w.root, 'human-'));
  await git(w.root, 'clone', '-q', '--branch', pull.headRef, `file://${w.gh.repoPath(REPO)}`, dir);
  const changedFiles = async () =>
    (await git(dir, 'diff', '--name-only', 'origin/main...HEAD')).split('\n').filter((l) => l);
  const before = (await changedFiles()).length;
  for (let i = before; i < 20; i++) await writeFile(join(dir, `notes-${i}.md`), `# note ${i}\n`);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'docs: notes');
  await git(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${pull.headRef}`);
  const head = (await git(dir, 'rev-parse', 'HEAD')).trim();
  const from = w.gh.requests.length;
  const r = ok(
    await w.run('lailatov', {
      name: 'pull_request',
      payload: {
        action: 'synchronize',
        number: pull.number,
        pull_request: {
          number: pull.number,
          draft: true,
          head: { ref: pull.headRef, sha: head, repo: { full_name: REPO } },
          base: { ref: 'main' },
        },
        repository: { full_name: REPO, default_branch: 'main' },
        sender: { login: 'alice', type: 'User' },
      },
    }),
  );
  if (r.outputs.stage !== 'review') throw new Error(`the push started ${r.outputs.stage}`);
  return {
    stage: 'review',
    routes: w.gh.requests.slice(from).map((q) => q.route ?? q.path),
    files: (await changedFiles()).length,
  };
}

/** Calls per route, most first. */
export function byRoute(routes: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of routes) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface CommandCalls extends StageCalls {
  /** The run's outcome output (answered, findings, remediated...). */
  readonly outcome: string;
}

/**
 * Each command once, as a writer's comment starts it (the comment itself is the writer's call, not
 * counted): help on the issue; review, describe, ask, fix and stop on the agent PR the demo issue
 * gets; plan on a second issue, then approve there. The world's model must also answer the
 * commands (command-world.ts extraRules).
 */
export async function commandCalls(w: World): Promise<CommandCalls[]> {
  const t = await demoIssue();
  const issue = await openIssue(w, t);
  ok(await w.run('triage', labeledEvent(issue, t)));
  const pr = Number(ok((await w.followDispatch()).result).outputs['pr-number']);
  const planned = await openIssue(w, t);
  const runs: [string, number, string][] = [
    ['help', issue, '@lailatov help'],
    ['review', pr, '@lailatov review'],
    ['describe', pr, '@lailatov describe'],
    ['ask', pr, '@lailatov ask why is the retry capped?'],
    ['fix', pr, '@lailatov fix handle an empty string'],
    ['stop', pr, '@lailatov stop'],
    ['plan', planned, '@lailatov plan'],
    ['approve', planned, '@lailatov approve'],
  ];
  const out: CommandCalls[] = [];
  for (const [command, number, body] of runs) {
    const c = await commentEvent(w, { number, pr: number === pr, login: 'alice', body });
    const from = w.gh.requests.length;
    const r = ok(await w.run('lailatov', c.event));
    out.push({
      stage: command,
      outcome: r.outputs.outcome ?? '',
      routes: w.gh.requests.slice(from).map((q) => q.route ?? q.path),
    });
  }
  return out;
}
