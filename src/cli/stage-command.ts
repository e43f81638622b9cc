import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors.js';
import type { ConfigOverrides } from '../config/index.js';
import { ExitCode, type CliIo, type Command } from './io.js';
import type { EngineResult } from '../engines/types.js';
import { createProgress, progressIsLive } from './progress.js';
import type { RunSource } from '../core/outcomes/index.js';
import { openLocalSession, suitePaths, type LocalSession } from './local-session.js';
import { parseChain } from '../engines/chain-spec.js';
import { looksLikeUrl } from '../core/github-url.js';
import type { Forge } from '../stages/ports.js';
import { resolve } from 'node:path';
import { rememberStartingPoint } from './starting-branch.js';
import { GitRepo } from '../forge/local/git.js';

/** Options every local pipeline command understands, besides its own. */
export const COMMON_OPTIONS = {
  issue: { type: 'string' },
  repo: { type: 'string' },
  log: { type: 'string' },
  base: { type: 'string' },
  engine: { type: 'string' },
  'engine-bin': { type: 'string' },
  model: { type: 'string' },
  replay: { type: 'string' },
  'model-script': { type: 'string' },
  'max-rounds': { type: 'string' },
  budget: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export const COMMON_HELP = `Remote mode (docs/remote.md): --issue https://github.com/OWNER/REPO/issues/N (and, for review
and remediate, --pr https://github.com/OWNER/REPO/pull/N) runs the stage against the repository on
GitHub: it works in a temp clone (or --repo DIR, a clone of it), pushes the agent/* branch, opens
the draft PR and comments as the action does. Token: GITHUB_TOKEN, else \`gh auth token\`; API:
GITHUB_API_URL (default https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise).
  --log FILE           outcome log (default <repo>/.lailatov/outcomes.jsonl; reports go next to it)
  --base BRANCH        base branch (default: .github/lailatov.yml baseBranch, else main)
  --engine A,B,...     engine chain for write/remediate: each link ENGINE or ENGINE:MODEL,
                       tried in order when one fails for infrastructure reasons, e.g.
                       anthropic or claude-code,anthropic:claude-opus-4-6 (default: the config's)
  --engine-bin PATH    the CLI engine's executable, e.g. node_modules/.bin/claude (default: PATH;
                       or set LAILATOV_CLAUDE_BIN, LAILATOV_CODEX_BIN, LAILATOV_GEMINI_BIN, LAILATOV_AIDER_BIN)
  --model M            model for the engine stages: every link that names no model uses it
  --replay DIR         replay scripts for --engine replay (write.json, remediate-1.json, ...)
  --model-script FILE  canned structured answers instead of a model provider (offline runs)
  --max-rounds N       remediation rounds before escalating (default 2)
  --budget USD         issue budget in USD (default 10)
  --json               print one JSON object on stdout; progress goes to stderr
Environment: ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL for a gateway) for the model and the
anthropic and claude-code engines; OPENAI_API_KEY (OPENAI_BASE_URL) for codex and OpenAI models
in aider; GEMINI_API_KEY (GOOGLE_GEMINI_BASE_URL) for gemini. The agents never see these keys.
LAILATOV_PROGRESS=tty|plain forces the live stderr display or plain progress lines.
`;

export type CommonValues = {
  [K in keyof typeof COMMON_OPTIONS]?: (typeof COMMON_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};

/**
 * `--budget -5` reads to node's parser as a flag missing its value; joined as `--budget=-5`, the
 * value reaches the flag's own check, which says what is wrong with it.
 */
function joinNegativeValues(args: string[], options: ParseArgsConfig['options']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const next = args[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : null;
    if (
      name !== null &&
      options?.[name]?.type === 'string' &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseCommand<O extends ParseArgsConfig['options']>(
  args: string[],
  options: O,
  command: string,
) {
  try {
    return parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run 'lailatov ${command} --help'.`);
  }
}

function number(flag: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UserError(`--${flag}: expected a number, got "${value}"`);
  if (n < min) throw new UserError(`--${flag}: must be at least ${min}, got ${value}`);
  return n;
}

export function requireFlag(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value === '') throw new UserError(`--${flag} is required: ${what}`);
  return value;
}

/** What the flags change in the committed config, the same in local and remote mode. */
export function overridesFromFlags(v: CommonValues): ConfigOverrides {
  return {
    ...(v.base !== undefined && { baseBranch: v.base }),
    ...(v.engine !== undefined && {
      engines: {
        write: parseChain(v.engine, '--engine'),
        remediate: parseChain(v.engine, '--engine'),
      },
    }),
    ...(v.model !== undefined && { models: { write: v.model, remediate: v.model } }),
    ...(v['max-rounds'] !== undefined && {
      maxRemediationRounds: number('max-rounds', v['max-rounds']),
    }),
    ...(v.budget !== undefined && { issueBudgetUsd: number('budget', v.budget) }),
  };
}

/** True when the flags name a GitHub issue or PR by URL: the stages run against GitHub. */
export function isRemote(v: StageValues): boolean {
  return (v.issue !== undefined && looksLikeUrl(v.issue)) || v.pr !== undefined;
}

/**
 * Opens the session the flags describe: local (an issue file, a local repository), or remote
 * when `--issue` is a GitHub issue URL or `--pr` a PR URL (src/cli/remote-session.ts).
 */
export async function sessionFromFlags(
  v: StageValues,
  io: CliIo,
  opts: { issueRequired: boolean; source?: RunSource; gitOptional?: boolean; head?: string },
): Promise<StageSession> {
  if (isRemote(v)) {
    const { openRemoteSession } = await import('./remote-session.js');
    return openRemoteSession(v, io, { issueRequired: opts.issueRequired });
  }
  const issue = opts.issueRequired
    ? requireFlag(v.issue, 'issue', 'the issue as a Markdown file or a GitHub issue URL')
    : (v.issue ?? null);
  const overrides = overridesFromFlags(v);
  return openLocalSession({
    repoDir: v.repo ?? io.cwd,
    gitOptional: opts.gitOptional ?? false,
    issuePath: issue,
    logPath: v.log,
    overrides,
    env: io.env,
    replayDir: v.replay,
    modelScript: v['model-script'],
    ...(v['engine-bin'] !== undefined && { engineBin: v['engine-bin'] }),
    ...(opts.head !== undefined && { head: opts.head }),
    progress: createProgress(io, { tty: progressIsLive(io) }),
    source: opts.source ?? 'local',
  });
}

/**
 * The session of a command that works on a branch (review, remediate): `--head`, or in remote
 * mode the head branch of `--pr`. `what` says what the branch is for, in the error.
 */
export async function sessionOnHead(
  v: StageValues,
  io: CliIo,
  what: string,
): Promise<{ session: StageSession; head: string }> {
  if (!isRemote(v)) requireFlag(v.head, 'head', what);
  const session = await sessionFromFlags(v, io, {
    issueRequired: false,
    ...(v.head !== undefined && { head: v.head }),
  });
  return { session, head: requireFlag(v.head ?? session.head, 'head', `${what} (or --pr URL)`) };
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}

/** The flags of a stage command: the common ones, plus --head and --pr for review and remediate. */
export type StageValues = CommonValues & { head?: string; pr?: string };
const STAGE_OPTIONS = {
  ...COMMON_OPTIONS,
  head: { type: 'string' },
  pr: { type: 'string' },
} as const;

/** A session any stage command runs on: local, or remote on GitHub. */
export interface StageSession extends Omit<LocalSession, 'forge'> {
  readonly forge: Forge;
  /** Remote mode with `--pr URL`: the PR's head branch (review and remediate). */
  readonly head?: string;
}

/** A given `--head` must name a branch of the repository (checked before any stage starts). */
async function requireBranch(
  repoDir: string,
  env: Readonly<Record<string, string | undefined>>,
  branch: string,
): Promise<void> {
  const git = await GitRepo.open(repoDir, env).catch(() => null);
  if (git !== null && !(await git.branchExists(branch)))
    throw new UserError(`--head ${branch}: no such branch in ${repoDir} (see 'git branch')`);
}

/**
 * A local stage command: parses its flags, answers --help and requires --repo (`repo` says what
 * it is for), then runs. `head` adds the --head flag.
 */
export function stageCommand(
  spec: { name: string; help: string; repo: string; head?: boolean },
  run: (values: StageValues, io: CliIo) => Promise<number>,
): Command {
  return async (args, io) => {
    const { values } = parseCommand(args, spec.head ? STAGE_OPTIONS : COMMON_OPTIONS, spec.name);
    if (values.help) {
      io.stdout(spec.help);
      return ExitCode.ok;
    }
    // Remote mode clones the repository when --repo is absent; a given clone is put back.
    if (isRemote(values) && values.repo === undefined) return run(values, io);
    const repo = isRemote(values)
      ? (values.repo ?? '')
      : requireFlag(values.repo, 'repo', spec.repo);
    const head = (values as StageValues).head;
    if (spec.head && head !== undefined && !isRemote(values))
      await requireBranch(resolve(io.cwd, repo), io.env, head);
    const repoDir = resolve(io.cwd, repo);
    const { exclude } = suitePaths({
      repoDir,
      logPath: values.log,
      issuePath: isRemote(values) ? null : (values.issue ?? null),
    });
    const start = await rememberStartingPoint(repoDir, io.env, exclude);
    try {
      return await run(values, io);
    } finally {
      await start.restore(io);
    }
  };
}

/**
 * An engine run's figures as the stage commands print them (nulls and zeros when none ran). For
 * a chain, they are the sums over `links`, which lists every link (null for a lone engine).
 */
export function engineFigures(e: EngineResult | null | undefined) {
  return {
    costUsd: e?.costUsd ?? null,
    tokens: e?.tokens ?? null,
    turns: e?.turns ?? 0,
    durationMs: e?.durationMs ?? 0,
    links: e?.links ?? null,
  };
}
