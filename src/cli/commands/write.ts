import {
  COMMON_HELP,
  engineFigures,
  printJson,
  sessionFromFlags,
  stageCommand,
} from '../stage-command.js';
import { initialState } from '../../stages/pipeline.js';
import { write } from '../../stages/write.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov write --issue FILE --repo DIR [--engine A,B,...] [--model M] [--json]

Writes the code for the issue on the branch agent/issue-<n>-<slug> (reused when it exists),
commits it, runs the tests and writes the draft PR report. No change is a failure (no_changes).
Exit codes: 0 written, 1 anything else, 2 bad input.
${COMMON_HELP}`;

export const writeCommand: Command = stageCommand(
  { name: 'write', help: HELP, repo: 'the git repository to work in' },
  async (values, io) => {
    const session = await sessionFromFlags(values, io, { issueRequired: true });
    const issue = await session.forge.readIssue(session.issueNumber);
    // Run alone, write has no triage verdict: the engine derives the criteria from the issue.
    const verdict = {
      clear: true,
      confidence: 1,
      question: null,
      defaultAssumption: null,
      why: 'write run directly',
      acceptanceCriteria: [],
      complexity: 'standard' as const,
    };
    const r = await write(session.deps, {
      issue,
      verdict,
      state: initialState(issue.number, session.config.baseBranch),
    });
    const e = r.engine;
    const result = {
      outcome: r.outcome,
      detail: r.detail,
      branch: r.branch,
      commits: r.commits,
      changedFiles: r.changedFiles,
      ...engineFigures(e),
      engine: e?.engine ?? null,
      model: e?.model ?? null,
      engineOutcome: e?.outcome ?? null,
      tests: r.tests,
      report: r.pr?.url ?? null,
    };
    if (values.json) printJson(io, result);
    else {
      io.stdout(`${r.outcome}: ${r.detail}\nBranch: ${r.branch}\n`);
      if (r.pr) io.stdout(`Report: ${r.pr.url}\n`);
      if (r.tests) io.stdout(`Tests: ${r.tests.status} (${r.tests.note})\n`);
    }
    if (r.outcome !== 'written') io.stderr(`lailatov write: ${r.outcome}: ${r.detail}\n`);
    return r.outcome === 'written' ? ExitCode.ok : ExitCode.failure;
  },
);
