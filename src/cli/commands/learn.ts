import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import { evidenceOf, renderLearnedRules, renderLearnPrBody } from '../../core/learn/render.js';
import type { OutcomeView } from '../../core/outcomes/index.js';
import { LEARNED_RULES_PATH, learnRules, type LearnResult } from '../../core/learn/rules.js';
import { forEachOutcomeView } from '../../outcomes/read-views.js';
import { cliGitHubClient } from '../github-client.js';
import { ExitCode, type CliIo, type Command } from '../io.js';
import { cliNow, logTargets, parsePeriod, unreadableLog } from '../outcome-args.js';

const HELP = `Usage: lailatov learn [--log PATH]... [--dir DIR] [--period 4w|all | --since DATE] [--json]
                      [--min-prs N] [--open-pr [--repo owner/name] [--base BRANCH]]

Reads the outcome log and proposes rules from what recurs: review findings whose rule recurs
across PRs, paths whose changes keep failing tests or getting escalated, risk tiers that escalate
often, and engines or models that another does better for less. Every rule carries its evidence
(PR and finding links, counts, dates, a confidence). It writes ${LEARNED_RULES_PATH} only (never a
rules file a human wrote) and a report in .lailatov/learn-report.md.
  --log PATH   a log file or a folder (a checkout of the data branch); repeatable
               (default .lailatov/outcomes.jsonl)
  --dir DIR    the repository to write the proposal into (default: the current directory)
  --period P   only the last P (7d, 4w) of the log; default all of it (or --since DATE)
  --min-prs N  a finding, path or tier counts from N distinct PRs (default 3)
  --open-pr    on GitHub (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL): propose the rules in
               a PR on agent/learn-<date> instead of writing files. The same evidence never opens
               a second PR; new evidence updates the open one. Nothing merges it.
  --word       have a model reword the rules (one structured call; off by default). It never
               adds or drops a rule or touches its evidence. --model M (default the config's
               triage model) and --model-script FILE (canned answers, offline) as for triage.
  --json       print one JSON object
`;

interface Parsed {
  readonly log?: string[];
  readonly dir?: string;
  readonly period?: string;
  readonly since?: string;
  readonly until?: string;
  readonly repo?: string[];
  readonly base?: string;
  readonly 'min-prs'?: string;
  readonly 'open-pr': boolean;
  readonly word: boolean;
  readonly model?: string;
  readonly 'model-script'?: string;
  readonly json: boolean;
  readonly help: boolean;
  readonly 'server-url'?: string;
}

function parse(args: string[]): Parsed {
  try {
    return parseArgs({
      args,
      options: {
        log: { type: 'string', multiple: true },
        dir: { type: 'string' },
        period: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        repo: { type: 'string', multiple: true },
        base: { type: 'string' },
        'min-prs': { type: 'string' },
        'open-pr': { type: 'boolean', default: false },
        word: { type: 'boolean', default: false },
        model: { type: 'string' },
        'model-script': { type: 'string' },
        json: { type: 'boolean', default: false },
        'server-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Fix: see 'lailatov learn --help'.`);
  }
}

function minUnits(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2 || n > 1000)
    throw new UserError(
      `--min-prs must be a whole number from 2 to 1000, got ${JSON.stringify(v)}.`,
    );
  return n;
}

async function readLearn(o: Parsed, io: CliIo): Promise<LearnResult> {
  const targets = logTargets(o.log, io.cwd);
  const views: OutcomeView[] = [];
  const read = await forEachOutcomeView(targets, (v) => {
    if (v.record !== undefined) views.push(v);
  }).catch((e: unknown) => {
    throw unreadableLog(e, targets);
  });
  for (const c of read.corrupt)
    io.stderr(
      `${c.file}: skipped ${c.count} corrupt line(s), the first at line ${c.lines[0]?.line}\n`,
    );
  const mu = minUnits(o['min-prs']);
  const res = learnRules(views, {
    period: parsePeriod(o, cliNow(io.env), null),
    repos: o.repo,
    serverUrl: o['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
    thresholds: mu === undefined ? {} : { minUnits: mu },
  });
  return o.word ? { ...res, rules: await worded(o, io, res) } : res;
}

/** The rules reworded by a model, through the local session's Model (config, keys, prices). */
async function worded(o: Parsed, io: CliIo, res: LearnResult) {
  const { sessionFromFlags } = await import('../stage-command.js');
  const { wordRules } = await import('../../stages/learn-wording.js');
  const session = await sessionFromFlags(
    { repo: path.resolve(io.cwd, o.dir ?? '.'), 'model-script': o['model-script'] },
    io,
    { issueRequired: false, gitOptional: true },
  );
  const w = await wordRules(session.deps.model, o.model ?? session.config.models.triage, res.rules);
  io.stderr(
    `Worded by ${w.model} (${w.costUsd === null ? 'cost unknown' : `$${w.costUsd.toFixed(4)}`}).\n`,
  );
  return w.rules;
}

function summaryLines(res: LearnResult): string {
  const lines = [
    `Read ${res.records} record(s) of ${res.units} issue(s)${res.from === null ? '' : `, ${res.from.slice(0, 10)} to ${(res.to ?? '').slice(0, 10)}`}: ${res.rules.length} rule(s) proposed.`,
    ...res.rules.map((r) => `  ${r.confidence.padEnd(6)}  ${r.title}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The proposal goes only into learned.md, and only over a learned.md that learn wrote (it
 * carries the evidence marker): a file of that name a person wrote is theirs.
 */
async function writeLocal(
  dir: string,
  res: LearnResult,
): Promise<{ proposal: string; report: string }> {
  const proposal = path.join(dir, LEARNED_RULES_PATH);
  const existing = await readFile(proposal, 'utf8').catch(() => null);
  if (existing !== null && evidenceOf(existing) === null)
    throw new UserError(
      `${proposal} exists and was not written by lailatov learn (it has no evidence marker). Fix: rename it (learn writes only its own file there), or delete it.`,
    );
  const content = renderLearnedRules(res);
  await mkdir(path.dirname(proposal), { recursive: true });
  await writeFile(proposal, content);
  const report = path.join(dir, '.lailatov', 'learn-report.md');
  await mkdir(path.dirname(report), { recursive: true });
  await writeFile(
    report,
    `# lailatov learn\n\n${summaryLines(res)}\nProposal: ${proposal}\n\n${renderLearnPrBody(res)}\n`,
  );
  return { proposal, report };
}

async function openPr(o: Parsed, io: CliIo, res: LearnResult) {
  const octokit = await cliGitHubClient(io, 'learn', {
    flags: '--open-pr opens its PR',
    may: 'write contents and pull requests (contents: write, pull-requests: write)',
  });
  const { parseRepo } = await import('../../forge/github/repo.js');
  const repoName = o.repo?.[0] ?? io.env.GITHUB_REPOSITORY ?? '';
  const repo = parseRepo(repoName, o.repo?.[0] === undefined ? 'GITHUB_REPOSITORY' : '--repo');
  const { proposeLearnedRules } = await import('../../forge/github/learn-pr.js');
  return proposeLearnedRules({
    octokit,
    repo,
    files: { [LEARNED_RULES_PATH]: renderLearnedRules(res) },
    title: `Learned rules: ${res.rules.length} proposed from the outcome log`,
    body: renderLearnPrBody(res),
    fingerprint: res.evidenceFingerprint,
    date: cliNow(io.env).toISOString().slice(0, 10),
    base: o.base,
  });
}

export const learnCommand: Command = async (args, io) => {
  const o = parse(args);
  if (o.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const res = await readLearn(o, io);
  const { analytics: _a, ...out } = res;
  if (o['open-pr']) {
    if (res.rules.length === 0) {
      io.stdout(o.json ? `${JSON.stringify({ ...out, pr: null })}\n` : summaryLines(res));
      return ExitCode.ok;
    }
    const pr = await openPr(o, io, res);
    io.stdout(
      o.json
        ? `${JSON.stringify({ ...out, pr })}\n`
        : `${summaryLines(res)}PR ${pr.action}: ${pr.url} (${pr.branch})\n`,
    );
    return ExitCode.ok;
  }
  const wrote = await writeLocal(path.resolve(io.cwd, o.dir ?? '.'), res);
  io.stdout(
    o.json
      ? `${JSON.stringify({ ...out, wrote })}\n`
      : `${summaryLines(res)}Wrote ${wrote.proposal} and ${wrote.report}\n`,
  );
  return ExitCode.ok;
};
