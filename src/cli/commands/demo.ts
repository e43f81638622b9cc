import { access, cp, mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecked } from '../../engines/process.js';
import { COMMON_OPTIONS, parseCommand, printJson } from '../stage-command.js';
import { openLocalSession, runSessionPipeline } from '../local-session.js';
import { createProgress, progressIsLive } from '../progress.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov demo [--dir DIR] [--json]

Runs the whole pipeline offline, with no key and no network, on a bundled sample project (a tiny
Node library with a real bug report): triage, write, review, one remediation round, review again,
ready. The engine is the replay engine and the model is a ScriptedModel playing canned answers
(examples/demo/replay and examples/demo/model.json): the stages, git, the tests, the risk gate,
the report and the outcome log are all real.
  --dir DIR   where to copy the sample (default: a new temp directory)
  --json      print the outcome record as one JSON object
`;

/** Finds examples/demo from the source tree (src/cli/commands) or the bundle (dist/cli). */
async function demoAssets(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'examples', 'demo');
    try {
      await access(join(candidate, 'model.json'));
      return candidate;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('examples/demo not found next to the lailatov installation');
}

/**
 * `--dir` must be new or empty: a second demo in the same place would carry the first one's log
 * and reports into the sample repository and add up both runs' costs.
 */
async function freshDir(dir: string): Promise<string> {
  const s = await stat(dir).catch(() => null);
  if (s !== null && !s.isDirectory())
    throw new UserError(`--dir ${dir}: is a file; pass a new or empty directory`);
  if (s !== null && (await readdir(dir)).length > 0)
    throw new UserError(
      `--dir ${dir}: is not empty (an earlier demo?); pass a new or empty directory, or leave --dir out for a temp one`,
    );
  await mkdir(dir, { recursive: true });
  return dir;
}

async function git(cwd: string, env: Record<string, string>, args: string[]): Promise<void> {
  await runChecked('git', args, { cwd, env });
}

export const demoCommand: Command = async (args, io) => {
  const { values } = parseCommand(
    args,
    { json: COMMON_OPTIONS.json, help: COMMON_OPTIONS.help, dir: { type: 'string' } },
    'demo',
  );
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const assets = await demoAssets();
  const root =
    values.dir === undefined
      ? await mkdtemp(join(tmpdir(), 'lailatov-demo-'))
      : await freshDir(values.dir);
  const repo = join(root, 'tiny-duration');
  const issue = join(root, 'issue-7.md');
  await cp(join(assets, 'repo'), repo, { recursive: true });
  await cp(join(assets, 'issue-7.md'), issue);
  const env: Record<string, string> = {
    PATH: io.env.PATH ?? '/usr/bin:/bin',
    HOME: io.env.HOME ?? root,
    GIT_AUTHOR_NAME: 'Demo Maintainer',
    GIT_AUTHOR_EMAIL: 'maintainer@example.invalid',
    GIT_COMMITTER_NAME: 'Demo Maintainer',
    GIT_COMMITTER_EMAIL: 'maintainer@example.invalid',
  };
  await git(repo, env, ['init', '-q', '-b', 'main']);
  await git(repo, env, ['add', '-A']);
  await git(repo, env, ['commit', '-q', '-m', 'tiny-duration 1.0.0']);

  io.stderr(`LailaTov demo: sample project copied to ${repo}\n`);
  const session = await openLocalSession({
    repoDir: repo,
    issuePath: issue,
    env: io.env,
    replayDir: join(assets, 'replay'),
    modelScript: join(assets, 'model.json'),
    progress: createProgress(io, { tty: progressIsLive(io) }),
    source: 'demo',
  });
  const r = await runSessionPipeline(session);
  if (values.json) printJson(io, r.record);
  else {
    const cost = r.record.totals.costUsd;
    io.stdout(
      [
        '',
        `Outcome: ${r.outcome} after ${r.record.remediationRounds} remediation round(s), ${cost === null ? 'cost unknown' : `$${cost.toFixed(4)} (replayed figures)`}`,
        ...(r.outcome === 'ready'
          ? ['The draft is ready for a human review: LailaTov never approves or merges.']
          : []),
        `Last review: ${r.summary}`,
        '',
        'Where to look:',
        `  the "PR" (report):  ${r.prUrl ?? '(none)'}`,
        `  the commits:        git -C ${repo} log --oneline main..${r.record.branch ?? ''}`,
        `  the change:         git -C ${repo} diff main...${r.record.branch ?? ''}`,
        `  the issue thread:   ${issue}`,
        `  the outcome log:    ${session.logPath}`,
        `  summary of the log: npx lailatov outcomes summary ${session.logPath}`,
        '',
        'The agent and the model were replayed from examples/demo (no key, no network); try your own',
        'repository with: npx lailatov run --issue ISSUE.md --repo DIR  (needs ANTHROPIC_API_KEY)',
        '',
      ].join('\n'),
    );
  }
  return r.outcome === 'ready' ? ExitCode.ok : ExitCode.failure;
};
