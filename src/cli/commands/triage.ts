import {
  COMMON_HELP,
  COMMON_OPTIONS,
  parseCommand,
  printJson,
  sessionFromFlags,
} from '../stage-command.js';
import { triage } from '../../stages/triage.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov triage --issue FILE [--repo DIR] [--json]

Decides whether the issue (a Markdown file: '# Title', body, '## Comment by <login>' comments) is
clear enough to build. When it is not, the question is appended to the issue file as a comment;
reply under a new '## Comment by <you>' heading and run triage again.
Exit codes: 0 clear, 1 needs clarification or infrastructure error, 2 bad input.
${COMMON_HELP}`;

export const triageCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, COMMON_OPTIONS, 'triage');
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const session = await sessionFromFlags(values, io, { issueRequired: true, gitOptional: true });
  const r = await triage(session.deps, session.issueNumber);
  const { stage } = r;
  const common = {
    costUsd: stage.costUsd,
    tokens: stage.tokens,
    model: stage.model,
    durationMs: stage.durationMs,
  };
  if (values.json) {
    if (!('verdict' in r))
      printJson(io, { outcome: r.outcome, error: r.error, retryHint: r.retryHint, ...common });
    else printJson(io, { outcome: r.outcome, ...r.verdict, ...common });
  } else if (r.outcome === 'clear') {
    io.stdout(
      `Clear (confidence ${r.verdict.confidence}). Complexity: ${r.verdict.complexity}.\nAcceptance criteria:\n${r.verdict.acceptanceCriteria.map((c) => `  - ${c}`).join('\n')}\n`,
    );
  } else if (r.outcome === 'needs_clarification') {
    io.stdout(`Needs clarification. Asked on the issue: ${r.question}\n`);
  } else {
    io.stdout(`Triage stopped (${r.outcome}): ${r.error}\n${r.retryHint}\n`);
  }
  return r.outcome === 'clear' ? ExitCode.ok : ExitCode.failure;
};
