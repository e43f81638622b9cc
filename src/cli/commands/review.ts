import { COMMON_HELP, printJson, sessionOnHead, stageCommand } from '../stage-command.js';
import { toOutcomeFinding } from '../../core/findings.js';
import { initialState, loadState, publishState } from '../../stages/pipeline.js';
import { review } from '../../stages/review.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov review --repo DIR --head BRANCH [--base BRANCH] [--issue FILE] [--json]

Risk gate (risk-policy.json from the base branch), tests when the tier requires them, code review
of the diff packed into a token budget, and a spec audit against the acceptance criteria that
triage recorded in the branch's report. Later rounds review only the new commits. Any branch can
be reviewed, not only agent/*: the config, policy and rules come from the base, never from it.
Exit codes: 0 clean, 1 findings or failure, 3 blocked by the risk policy, 2 bad input.
  --pr URL             remote mode: the pull request (its head branch is the branch)
  --head BRANCH        the branch to review (any branch)
${COMMON_HELP}`;

export const reviewCommand: Command = stageCommand(
  { name: 'review', help: HELP, repo: 'the git repository', head: true },
  async (values, io) => {
    const { session, head } = await sessionOnHead(values, io, 'the branch to review');
    const base = values.base ?? session.config.baseBranch;
    const state = (await loadState(session.deps, head)) ?? {
      ...initialState(session.issueNumber, base),
      branch: head,
      title: head,
    };
    const r = await review(session.deps, { head, state: { ...state, base } });
    const report = await publishState(session.deps, r.state, `reviewed: ${r.verdict}`);
    const reviewStages = r.state.stages.slice(state.stages.length);
    const result = {
      verdict: r.verdict,
      reasons: r.reasons,
      riskTier: r.risk?.tier ?? null,
      requiredChecks: r.risk?.requiredChecks ?? [],
      tests: r.tests,
      findings: r.state.findings.map(toOutcomeFinding),
      audit: r.audit,
      diff: r.packed && {
        included: r.packed.included.length,
        omitted: r.packed.omitted.length,
        tokens: r.packed.tokens,
      },
      costUsd: reviewStages.some((s) => s.costUsd === null)
        ? null
        : reviewStages.reduce((a, s) => a + (s.costUsd ?? 0), 0),
      round: r.state.round,
      report,
    };
    if (values.json) printJson(io, result);
    else {
      io.stdout(
        `Review of ${head}: ${r.verdict}\n${r.reasons.map((x) => `  - ${x}`).join('\n')}\nReport: ${report}\n`,
      );
    }
    if (r.verdict === 'clean') return ExitCode.ok;
    return r.verdict === 'blocked' ? ExitCode.blocked : ExitCode.failure;
  },
);
