import { COMMON_HELP, printJson, sessionFromFlags, stageCommand } from '../stage-command.js';
import { runSessionPipeline } from '../local-session.js';
import { checkWriteInputs } from '../../stages/write.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov run --issue FILE --repo DIR [--json]
       lailatov run --issue https://github.com/OWNER/REPO/issues/N [--repo CLONE]

The whole pipeline on a local repository: triage, write, review, remediate (up to the maximum
rounds), then one outcome: ready, escalated, needs_clarification, blocked, no_changes,
budget_exceeded or infra_error. The outcome record is appended to the log; the "PR" is the agent
branch plus a Markdown report next to the log.
Exit codes: 0 ready, 3 blocked, 1 any other outcome, 2 bad input.
${COMMON_HELP}`;

export const runCommand: Command = stageCommand(
  { name: 'run', help: HELP, repo: 'the git repository to work in' },
  async (values, io) => {
    const session = await sessionFromFlags(values, io, { issueRequired: true });
    await checkWriteInputs(session.deps); // a mistake in write's input costs no triage call
    const r = await runSessionPipeline(session);
    if (values.json) printJson(io, r.record);
    else {
      const cost = r.record.totals.costUsd;
      io.stdout(
        `Outcome: ${r.outcome}\n${r.summary}\n\nBranch: ${r.record.branch ?? '(none)'}\n` +
          `Report: ${r.prUrl ?? '(none)'}\nLog: ${session.logPath}\n` +
          `Cost: ${cost === null ? 'unknown' : `$${cost.toFixed(4)}`} over ${r.record.stages.length} stage run(s)\n`,
      );
    }
    if (r.outcome === 'ready') return ExitCode.ok;
    return r.outcome === 'blocked' ? ExitCode.blocked : ExitCode.failure;
  },
);
