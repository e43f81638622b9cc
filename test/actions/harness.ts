// Runs the BUILT actions (dist/<stage>/index.js) as child processes with the runner's environment,
// against the GitHub emulator (real bare git repos) and the scripted model server.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runChecked } from '../../src/engines/process.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { startModelServer } from '../support/model/index.js';
import type { Rule, Scenario } from '../support/model/types.js';
import { tempDir } from '../support/temp.js';

export const DIST = join(process.cwd(), 'dist');
export const DEMO = join(process.cwd(), 'examples', 'demo');
export const REPO = 'o/r';
export const BOT = 'lailatov-bot[bot]';
/** The `repository` object every webhook payload of a repository carries (the part we read). */
export const REPOSITORY = { full_name: REPO, name: 'r', default_branch: 'main' };

const gitEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
export const git = async (cwd: string, ...args: string[]): Promise<string> =>
  (await runChecked('git', args, { cwd, env: gitEnv })).stdout;

async function filesOf(dir: string, base = dir): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, await filesOf(p, base));
    else out[relative(base, p)] = await readFile(p, 'utf8');
  }
  return out;
}

/** The demo's canned model answers, per tool, in order (examples/demo/model.json). */
export async function demoAnswers(): Promise<Record<string, unknown[]>> {
  const demo = JSON.parse(await readFile(join(DEMO, 'model.json'), 'utf8')) as {
    answers: Record<string, { value: unknown }[]>;
  };
  const answers: Record<string, unknown[]> = {};
  for (const [tool, list] of Object.entries(demo.answers)) answers[tool] = list.map((a) => a.value);
  return answers;
}

/** The demo's answers for `tool` with the first one given twice (for a re-run or a re-review). */
export async function firstTwice(tool: string): Promise<unknown[]> {
  const [first, ...rest] = (await demoAnswers())[tool] ?? [];
  return [first, first, ...rest];
}

/** The demo issue (examples/demo/issue-7.md): its title line and its body. */
export async function demoIssue(): Promise<{ title: string; body: string }> {
  const text = await readFile(join(DEMO, 'issue-7.md'), 'utf8');
  const [title = '', ...rest] = text.split('\n');
  return { title: title.replace(/^# /, ''), body: rest.join('\n') };
}

/** The demo's canned model answers as model-server rules: each answer once, in order, per tool. */
export async function demoRules(
  override: Partial<Record<string, unknown[]>> = {},
): Promise<Rule[]> {
  const answers = { ...(await demoAnswers()), ...override };
  return Object.entries(answers).flatMap(([tool, values]) =>
    (values ?? []).map((input, i): Rule => ({
      name: `${tool}#${i}`,
      when: { toolChoice: tool },
      reply: { toolUses: [{ name: tool, input: input as Record<string, unknown> }] },
      times: 1,
    })),
  );
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** ms from spawn to exit. */
  readonly ms: number;
  /** The run's checkout (GITHUB_WORKSPACE). */
  readonly workspace: string;
}

export interface EventSpec {
  readonly name: string;
  readonly payload: unknown;
}

export interface World {
  readonly gh: GitHubEmulator;
  readonly modelUrl: string;
  readonly root: string;
  readonly replay: string;
  readonly slack: { url: string; bodies: unknown[] };
  /** A fresh clone of the emulator's repo, as actions/checkout makes one per job. */
  checkout(ref?: string): Promise<string>;
  /**
   * Runs `action` for `event`. The same event run again is a re-run of the same workflow run
   * (same GITHUB_RUN_ID, next GITHUB_RUN_ATTEMPT), as GitHub's "Re-run jobs" does; `newRun`
   * makes it a new run, as when someone sends the same payload again.
   */
  run(
    action: string,
    event: EventSpec,
    inputs?: Record<string, string>,
    opts?: {
      readonly newRun?: boolean;
      /** The branch the job's checkout is on (a pull_request job checks out the PR). */
      readonly ref?: string;
      /** More of the runner's environment (the hostile suite plants secrets there). */
      readonly env?: Record<string, string>;
    },
  ): Promise<RunResult>;
  /** Follows the last repository_dispatch the suite sent, with the stage action it names. */
  followDispatch(
    inputs?: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<{ stage: string; result: RunResult }>;
  dispatchCount(): number;
  close(): Promise<void>;
}

/**
 * Runs the action from source in this process (`runAction` of src/action/main.ts), for tests of
 * code that is not bundled yet. The runner's environment is process.env for the run (the
 * toolkit reads GITHUB_OUTPUT and GITHUB_STEP_SUMMARY there), and stdout is captured.
 */
let warmed: Promise<void> | undefined;
/**
 * Loads, one after the other, every module the action imports on demand: jest's ESM loader can
 * fail ("not in cache") when several dynamic imports that share modules run at once.
 */
function warmSourceModules(): Promise<void> {
  warmed ??= (async () => {
    // In this order: the toolkit, the pure core, the clients, then the action's modules.
    for (const specifier of [
      '@actions/core',
      '../../src/core/cost/index.js',
      '../../src/core/outcomes/index.js',
      '../../src/forge/github/client.js',
      '../../src/forge/github/light-client.js',
      '../../src/engines/model/sdk-model.js',
      '../../src/engines/registry.js',
      '../../src/engines/fallback.js',
      '../../src/action/report-out.js',
      '../../src/action/session.js',
      '../../src/action/slack.js',
      '../../src/action/recover.js',
      '../../src/action/stages/triage.js',
      '../../src/action/stages/write.js',
      '../../src/action/stages/review.js',
      '../../src/action/stages/remediate.js',
      '../../src/action/commands/run-command.js',
      '../../src/action/commands/human-review.js',
      '../../src/action/main.js',
    ])
      await import(specifier);
  })();
  return warmed;
}

async function runSourceAction(
  action: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string }> {
  await warmSourceModules();
  const [{ runAction }, core] = await Promise.all([
    import('../../src/action/main.js'),
    import('@actions/core'),
  ]);
  const stages = ['triage', 'write', 'review', 'remediate'] as const;
  const entry = (stages as readonly string[]).includes(action)
    ? (action as (typeof stages)[number])
    : 'auto';
  const savedEnv = process.env;
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.env = { ...env };
  // The toolkit caches the summary's path from its first use: each run has its own file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    await runAction(entry);
  } finally {
    process.stdout.write = write;
    process.env = savedEnv;
  }
  const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  process.exitCode = 0;
  return { code, stdout };
}

export async function startWorld(
  o: {
    rules?: Rule[];
    files?: Record<string, string>;
    collaborators?: Record<string, 'write' | 'read' | 'admin' | 'triage'>;
    /**
     * Run the actions from source, in this process, instead of the built dist/ (also for every
     * world when LAILATOV_TEST_SOURCE=1: the action tests on code not bundled yet).
     */
    source?: boolean;
  } = {},
): Promise<World> {
  const root = await tempDir('gh-actions-e2e-');
  const gh = await startGitHubEmulator();
  const files = { ...(await filesOf(join(DEMO, 'repo'))), ...(o.files ?? {}) };
  await gh.createRepo(REPO, {
    files,
    collaborators: { alice: 'write', rita: 'read', ...(o.collaborators ?? {}) },
  });
  const scenario: Scenario = { rules: o.rules ?? (await demoRules()) };
  const model = await startModelServer({ scenario });
  const replay = join(root, 'replay');
  await runChecked('cp', ['-r', join(DEMO, 'replay'), replay], { cwd: root, env: gitEnv });
  const slackBodies: unknown[] = [];
  const http = await import('node:http');
  const slackServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      slackBodies.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((r) => slackServer.listen(0, '127.0.0.1', r));
  const addr = slackServer.address();
  const slackUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/hook`;
  let runId = 1000;
  /** The workflow run each event started: running the same event again re-runs it. */
  const runs = new Map<string, { id: number; attempt: number }>();
  let checkouts = 0;

  const checkout = async (ref?: string): Promise<string> => {
    checkouts += 1;
    const dir = join(root, `ws-${checkouts}`);
    const branch = ref === undefined ? [] : ['--branch', ref];
    await git(root, 'clone', '-q', '--depth', '1', ...branch, `file://${gh.repoPath(REPO)}`, dir);
    return dir;
  };

  const world: World = {
    gh,
    modelUrl: model.url,
    root,
    replay,
    slack: { url: slackUrl, bodies: slackBodies },
    checkout,
    async run(action, event, inputs = {}, opts = {}) {
      const key = `${action}:${event.name}:${JSON.stringify(event.payload)}`;
      const seen = opts.newRun ? undefined : runs.get(key);
      if (seen === undefined) runId += 1;
      const run =
        seen === undefined ? { id: runId, attempt: 1 } : { ...seen, attempt: seen.attempt + 1 };
      runs.set(key, run);
      const dir = await mkdtemp(join(root, `run-${run.id}-${run.attempt}-`));
      const eventPath = join(dir, 'event.json');
      const outputPath = join(dir, 'output');
      const summaryPath = join(dir, 'summary.md');
      await writeFile(eventPath, JSON.stringify(event.payload));
      await writeFile(outputPath, '');
      await writeFile(summaryPath, '');
      const workspace = await checkout(opts.ref);
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_API_URL: gh.url,
        GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_REPOSITORY: REPO,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: dir,
        GITHUB_RUN_ID: String(run.id),
        GITHUB_RUN_ATTEMPT: String(run.attempt),
        LAILATOV_REPLAY_DIR: replay,
        LAILATOV_BACKOFF_SCALE: '0.001',
        'INPUT_GITHUB-TOKEN': gh.token,
        'INPUT_ANTHROPIC-API-KEY': 'test-key',
        'INPUT_ANTHROPIC-BASE-URL': model.url,
        INPUT_PROVIDER: 'anthropic',
        'INPUT_CONFIG-PATH': '.github/lailatov.yml',
        'INPUT_ALLOWED-BOTS': BOT,
        'INPUT_TRIGGER-LABEL': 'ai-agent',
        INPUT_ENGINE: 'replay',
        'INPUT_SLACK-WEBHOOK-URL': slackUrl,
      };
      for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
      Object.assign(env, opts.env ?? {});
      const t0 = Date.now();
      if (o.source ?? process.env.LAILATOV_TEST_SOURCE === '1') {
        const r = await runSourceAction(action, env);
        return {
          code: r.code,
          stdout: r.stdout,
          stderr: '',
          outputs: parseOutputs(await readFile(outputPath, 'utf8')),
          summary: await readFile(summaryPath, 'utf8'),
          ms: Date.now() - t0,
          workspace,
        };
      }
      const child = spawn(process.execPath, [join(DIST, action, 'index.js')], {
        env,
        cwd: workspace,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      return {
        code,
        stdout,
        stderr,
        outputs: parseOutputs(await readFile(outputPath, 'utf8')),
        summary: await readFile(summaryPath, 'utf8'),
        ms: Date.now() - t0,
        workspace,
      };
    },
    async followDispatch(inputs = {}, extraEnv = {}) {
      const d = gh.repo(REPO).dispatches.at(-1);
      if (!d) throw new Error('no repository_dispatch was sent');
      const stage = d.eventType.replace(/^lailatov-/, '');
      const payload = {
        action: d.eventType,
        client_payload: d.clientPayload,
        repository: REPOSITORY,
        sender: { login: BOT, type: 'Bot' },
      };
      return {
        stage,
        result: await world.run(stage, { name: 'repository_dispatch', payload }, inputs, {
          env: extraEnv,
        }),
      };
    },
    dispatchCount: () => gh.repo(REPO).dispatches.length,
    async close() {
      await Promise.all([gh.close(), model.close()]);
      await new Promise<void>((r) => slackServer.close(() => r()));
      await rm(root, { recursive: true, force: true });
    },
  };
  return world;
}

/** The run's result, or an error with its log when the action failed. */
export function ok(r: RunResult): RunResult {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` records. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) if (m[1] && m[3] !== undefined) out[m[1]] = m[3];
  return out;
}

/** Opens an issue as `author` through the API (as a person would), and the `labeled` event for it. */
export async function openIssue(
  w: World,
  o: { title: string; body: string; author?: string },
): Promise<number> {
  const author = o.author ?? 'alice';
  const token = `tok-${author}`;
  w.gh.addToken(token, { issues: 'write', contents: 'read' }, { login: author });
  const res = await fetch(`${w.gh.url}/repos/${REPO}/issues`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: o.title, body: o.body }),
  });
  if (res.status !== 201)
    throw new Error(`could not open the issue: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { number: number }).number;
}

export function labeledEvent(
  issue: number,
  o: { title: string; body: string; sender?: { login: string; type: string }; author?: string },
): EventSpec {
  return {
    name: 'issues',
    payload: {
      action: 'labeled',
      label: { name: 'ai-agent' },
      issue: {
        number: issue,
        title: o.title,
        body: o.body,
        user: { login: o.author ?? 'alice' },
        labels: [{ name: 'ai-agent' }],
      },
      repository: REPOSITORY,
      sender: o.sender ?? { login: 'alice', type: 'User' },
    },
  };
}

/**
 * The outcome records on the data branch, read with git from the emulator's bare repo: every
 * `.jsonl` file under data/ (the monthly shards, or the single file of a dist built before them).
 */
export async function outcomeRecords(w: World): Promise<Record<string, unknown>[]> {
  const gitDir = w.gh.repoPath(REPO);
  const git = (args: string[]) =>
    runChecked('git', ['--git-dir', gitDir, ...args], { cwd: w.root, env: gitEnv }).then(
      (r) => r.stdout,
      () => '',
    );
  const files = (await git(['ls-tree', '-r', '--name-only', 'lailatov-data', 'data/']))
    .split('\n')
    .filter((f) => f.endsWith('.jsonl'));
  const texts = await Promise.all(files.map((f) => git(['show', `lailatov-data:${f}`])));
  return texts
    .join('\n')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
