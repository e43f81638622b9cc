import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import {
  COMMON_HELP,
  COMMON_OPTIONS,
  engineFigures,
  printJson,
  requireFlag,
  sessionFromFlags,
} from '../stage-command.js';
import { humanRound } from '../../stages/human-round.js';
import { initialState, loadState, publishState } from '../../stages/pipeline.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov fix --repo DIR --pr-branch BRANCH [--json] "REQUEST"

One remediation round for a request, as a reviewer's comment on a PR starts one on GitHub: the
engine addresses exactly the request on BRANCH (any branch, not only agent/*), the pipeline
commits, and the agent's account says whether it was fixed. The round counts against the issue
budget and humanReview.maxRounds (kept in the branch's report). Run 'lailatov review' afterwards.
The replay engine reads remediate-human-<n>.json from --replay.
Exit codes: 0 fixed, 1 anything else, 2 bad input.
  --pr-branch BRANCH   the branch to fix
${COMMON_HELP}`;

const OPTIONS = { ...COMMON_OPTIONS, 'pr-branch': { type: 'string' } } as const;

export const fixCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run 'lailatov fix --help'.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  requireFlag(values.repo, 'repo', 'the git repository');
  const head = requireFlag(values['pr-branch'], 'pr-branch', 'the branch to fix');
  const request = positionals.join(' ').trim();
  if (request === '')
    throw new UserError(
      `the request is missing: lailatov fix --pr-branch ${head} "what to change"`,
    );
  const session = await sessionFromFlags(values, io, { issueRequired: false, head });
  if (!(await session.forge.branchExists(head)))
    throw new UserError(`--pr-branch ${head}: no such branch in ${values.repo}`);
  const base = values.base ?? session.config.baseBranch;
  const state = (await loadState(session.deps, head)) ?? {
    ...initialState(session.issueNumber, base),
    branch: head,
    title: head,
  };
  const r = await humanRound(session.deps, {
    head,
    state,
    items: [{ key: 'T1', author: 'you', body: request, path: null, line: null, context: [] }],
  });
  const report = await publishState(session.deps, r.state, `fix: ${r.outcome}`);
  const verdict = r.verdicts[0] ?? null;
  const fixed = r.outcome === 'changed' && verdict?.fixed === true;
  if (values.json)
    printJson(io, {
      outcome: r.outcome,
      detail: r.detail,
      fixed,
      note: verdict?.note ?? null,
      commit: r.commit,
      round: r.round,
      ...engineFigures(r.engine),
      report,
    });
  else
    io.stdout(
      `${r.outcome}: ${r.detail}\n${verdict ? `${fixed ? 'Fixed' : 'Not fixed'}: ${verdict.note}\n` : ''}Report: ${report}\n`,
    );
  return fixed ? ExitCode.ok : ExitCode.failure;
};
