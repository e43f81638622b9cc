import { UserError } from '../../core/errors.js';
import {
  COMMON_HELP,
  engineFigures,
  printJson,
  sessionOnHead,
  stageCommand,
} from '../stage-command.js';
import { loadState, publishState } from '../../stages/pipeline.js';
import { remediate } from '../../stages/remediate.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov remediate --repo DIR --head BRANCH [--json]

Hands the open blocking and major findings and the test failures of the last review (kept in the
branch's report) to the engine, and commits the fix. Run 'lailatov review' again afterwards.
Exit codes: 0 changed, 1 anything else, 2 bad input.
  --pr URL             remote mode: the pull request (its head branch is the branch)
  --head BRANCH        the branch to fix
${COMMON_HELP}`;

export const remediateCommand: Command = stageCommand(
  { name: 'remediate', help: HELP, repo: 'the git repository', head: true },
  async (values, io) => {
    const { session, head } = await sessionOnHead(values, io, 'the branch to fix');
    const state = await loadState(session.deps, head);
    if (!state)
      throw new UserError(
        `--head ${head}: no review state found for this branch; run 'lailatov review --head ${head}' first`,
      );
    const r = await remediate(session.deps, { head, state });
    const report = await publishState(session.deps, r.state, `remediated: ${r.outcome}`);
    const e = r.engine;
    const result = {
      outcome: r.outcome,
      detail: r.detail,
      round: r.state.round,
      commit: r.commit,
      ...engineFigures(e),
      report,
    };
    if (values.json) printJson(io, result);
    else io.stdout(`${r.outcome}: ${r.detail}\nReport: ${report}\n`);
    return r.outcome === 'changed' ? ExitCode.ok : ExitCode.failure;
  },
);
