import { UserError } from '../../core/errors.js';
import type { PullSummary } from '../../forge/github/pulls.js';
import { AGENT_BRANCH_PREFIX } from '../../forge/github/workspace.js';
import { parseStateMarker, type PipelineState } from '../../stages/state.js';
import type { StageContext } from '../context.js';

/** The PR a review or remediation works on, and the pipeline state hidden in its body. */
export async function openPipelineState(
  ctx: StageContext,
): Promise<{ pull: PullSummary; state: PipelineState }> {
  const number = ctx.plan.pr;
  if (number === null)
    throw new UserError(
      `the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`,
    );
  const pull = await ctx.session.forge.pullByNumber(number);
  if (!pull.headRef.startsWith(AGENT_BRANCH_PREFIX))
    throw new UserError(
      `PR #${number} comes from ${pull.headRef}, not an ${AGENT_BRANCH_PREFIX}* branch: LailaTov only works on its own pull requests`,
    );
  const state = parseStateMarker(pull.body);
  if (!state)
    throw new UserError(
      `PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`,
    );
  return { pull, state };
}
