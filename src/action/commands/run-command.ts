// A writer's comment command on GitHub: claimed once per comment, answered in one reply, and put
// on the outcome log with its cost. The pipeline commands (start, approve, fix, review of an
// agent PR) run the same stage handlers the label and the dispatches run; the read-only ones
// (ask, describe, help) are the shared stage functions of src/stages/commands.ts.
import {
  COMMAND_SCOPE,
  helpText,
  type CommandName,
  type ParsedCommand,
} from '../../core/commands/parse.js';
import type { StageRecord, TerminalOutcome } from '../../core/outcomes/index.js';
import { AGENT_BRANCH_PREFIX } from '../../forge/github/workspace.js';
import type { PullSummary } from '../../forge/github/pulls.js';
import { outcomeRecordOf, spentReason } from '../../stages/closing.js';
import {
  answerQuestion,
  describeChange,
  renderDescription,
  withDescription,
} from '../../stages/commands.js';
import { totalsOf } from '../../core/outcomes/view.js';
import { issueBudgetSpent } from '../../stages/ledger.js';
import { parseStateMarker, type PipelineState } from '../../stages/state.js';
import type { Skipped, StageContext, StageReport } from '../context.js';
import { finishPipeline, outcomeStore, runIdentity } from '../finish.js';
import { IssueProgress, type IssueState } from '../progress.js';
import type { CommandRequest } from '../route.js';
import { report } from '../stages/report.js';
import { postPlan } from './plan.js';
import { CommandReply } from './reply.js';

interface Where {
  readonly req: CommandRequest;
  readonly reply: CommandReply;
  /** The PR the command is on (null on an issue). */
  readonly pull: PullSummary | null;
  /** The pipeline state of an agent PR (null elsewhere). */
  readonly prState: PipelineState | null;
}

const usd = (stages: readonly StageRecord[]): string => {
  const c = totalsOf(stages).costUsd;
  return c === null ? 'cost unknown' : `$${c.toFixed(4)}`;
};

function wordOf(p: ParsedCommand): string {
  return p.kind === 'command' ? p.name : p.word;
}

/** Why this command cannot run where it was written, or null. */
function misplaced(name: CommandName, w: Where): string | null {
  const scope = COMMAND_SCOPE[name];
  const agentPr = w.pull !== null && w.pull.headRef.startsWith(AGENT_BRANCH_PREFIX);
  if (scope === 'issue' && w.pull !== null)
    return `\`${name}\` works on an issue, not a pull request.`;
  if ((scope === 'pr' || scope === 'agent-pr') && w.pull === null)
    return `\`${name}\` works on a pull request, not an issue.`;
  if (scope === 'agent-pr' && !agentPr)
    return `\`${name}\` works only on LailaTov's own pull requests (${AGENT_BRANCH_PREFIX}* branches).`;
  if (w.pull !== null && !w.pull.open) return `PR #${w.pull.number} is closed.`;
  return null;
}

/**
 * One line of the outcome log for a command answered outside the pipeline (or refused): only the
 * record; the reply already said everything (no escalation comment, no label).
 */
async function logCommand(
  ctx: StageContext,
  w: Where,
  o: { outcome: TerminalOutcome; summary: string; stages: readonly StageRecord[] },
): Promise<void> {
  const record = outcomeRecordOf(
    runIdentity(ctx),
    {
      outcome: o.outcome,
      summary: o.summary,
      issue: w.prState?.issue ?? (w.pull === null ? w.req.number : null),
      correlationId: w.prState?.correlationId ?? `command-${w.req.commentId}`,
      stages: o.stages,
      pr: w.pull?.number ?? null,
      branch: w.pull?.headRef ?? null,
      headSha: w.pull?.headSha ?? null,
      riskTier: null,
      checks: {},
      changedFiles: [],
      findings: [],
      round: w.prState?.round ?? 0,
    },
    ctx.session.deps.clock.now(),
  );
  await outcomeStore(ctx).append(record);
}

/** The issue's ledger so far: the agent PR's state, else the issue's progress state. */
function ledgerOf(w: Where, issueState: IssueState | null): readonly StageRecord[] {
  return w.prState?.stages ?? issueState?.stages ?? [];
}

export async function runCommand(ctx: StageContext): Promise<StageReport | Skipped> {
  const req = ctx.plan.command;
  if (req === undefined) throw new Error('runCommand needs a command plan');
  const { forge, config, deps } = ctx.session;
  const reply = new CommandReply(ctx.octokit, ctx.runner.repo, forge, req.number, req.commentId);
  const earlier = await reply.earlier();
  if (earlier !== null)
    return {
      skipped: `comment ${req.commentId} was handled already (${earlier.url}): one run per command.`,
      outcome: 'ignored',
    };
  const word = wordOf(req.parsed);
  const m = ctx.inputs.mention;
  const pull = req.onPullRequest ? await forge.pullByNumber(req.number) : null;
  const prState = pull ? parseStateMarker(pull.body) : null;
  const w: Where = { req, reply, pull, prState };
  const base = {
    issue: prState?.issue ?? (pull ? null : req.number),
    correlationId: prState?.correlationId ?? null,
    stages: [],
    before: [],
    round: prState?.round ?? 0,
  };
  const answered = (why: string): StageReport =>
    report(base, { outcome: 'answered', why, pr: pull?.number ?? null });

  if (req.parsed.kind === 'unknown' || req.parsed.name === 'help') {
    const opening =
      req.parsed.kind === 'unknown'
        ? req.parsed.word === 'ask' || req.parsed.word === 'fix'
          ? `\`${req.parsed.word}\` needs text after it.`
          : `I do not know the command \`${req.parsed.word}\`.`
        : undefined;
    await reply.say(helpText(m, opening));
    await logCommand(ctx, w, { outcome: 'answered', summary: `help (${word})`, stages: [] });
    return answered(`Answered \`${word}\` with the list of commands.`);
  }
  const { name, text } = req.parsed;
  const wrong = misplaced(name, w);
  if (wrong !== null) {
    await reply.say(helpText(m, wrong));
    await logCommand(ctx, w, { outcome: 'answered', summary: wrong, stages: [] });
    return answered(wrong);
  }
  const progress =
    pull === null
      ? new IssueProgress(ctx.octokit, ctx.runner.repo, forge, req.number, ctx.runner.runUrl)
      : null;
  const issueState = progress ? await progress.state() : null;
  // Nothing is spent on an issue whose budget is: the reply says so (stop still stops).
  if (name !== 'stop' && issueBudgetSpent(config, ledgerOf(w, issueState))) {
    const why = `Not run: ${spentReason(deps)} (${usd(ledgerOf(w, issueState))} so far). Raise \`budgets.issue\` in the config to go on.`;
    await reply.say(`💸 \`${name}\`: ${why}`);
    await logCommand(ctx, w, { outcome: 'budget_exceeded', summary: why, stages: [] });
    return report(base, { outcome: 'budget_exceeded', why, pr: pull?.number ?? null });
  }
  await reply.say(`👀 \`${name}\`: on it ([run](${ctx.runner.runUrl})).`);
  const change = pull && {
    base: pull.baseRef,
    head: pull.headRef,
    title: req.title,
    body: pull.body,
  };

  switch (name) {
    case 'ask': {
      if (!change) throw new Error('ask needs a PR');
      const a = await answerQuestion(deps, {
        change,
        question: text,
        asker: ctx.plan.sender.login,
      });
      const said = a.ok ? a.value : `I could not answer (${a.stage.outcome}): ${a.error}`;
      await reply.say(`${said}\n\n<sub>LailaTov \`ask\` · ${usd([a.stage])} · read-only</sub>`);
      await logCommand(ctx, w, {
        outcome: a.ok ? 'answered' : (a.stage.outcome as TerminalOutcome),
        summary: `ask: ${text.slice(0, 200)}`,
        stages: [a.stage],
      });
      return report(
        { ...base, stages: [a.stage] },
        { outcome: a.ok ? 'answered' : a.stage.outcome, why: said, pr: pull?.number ?? null },
      );
    }
    case 'describe': {
      if (!change || !pull) throw new Error('describe needs a PR');
      const d = await describeChange(deps, { change });
      if (d.ok)
        await forge.updatePullBody(pull, withDescription(pull.body, renderDescription(d.value)));
      const said = d.ok
        ? 'The PR description is updated.'
        : `I could not describe it (${d.stage.outcome}): ${d.error}`;
      await reply.say(`${said}\n\n<sub>LailaTov \`describe\` · ${usd([d.stage])}</sub>`);
      await logCommand(ctx, w, {
        outcome: d.ok ? 'answered' : (d.stage.outcome as TerminalOutcome),
        summary: said,
        stages: [d.stage],
      });
      return report(
        { ...base, stages: [d.stage] },
        { outcome: d.ok ? 'answered' : d.stage.outcome, why: said, pr: pull.number },
      );
    }
    case 'stop': {
      if (!pull || !prState) throw new Error('stop needs an agent PR with its state');
      await forge.addLabels(pull.number, [config.labels.stopped]);
      await forge.addLabels(prState.issue, [config.labels.stopped]);
      const why = `Stopped by ${ctx.plan.sender.login}: no stage runs on PR #${pull.number} while it is labeled ${config.labels.stopped}.`;
      await finishPipeline(ctx, {
        outcome: 'cancelled',
        summary: why,
        issue: prState.issue,
        correlationId: prState.correlationId,
        stages: prState.stages,
        pr: pull.number,
        branch: pull.headRef,
        headSha: pull.headSha,
        riskTier: null,
        checks: prState.checks,
        changedFiles: [],
        findings: prState.findings,
        round: prState.round,
      });
      await reply.say(`🛑 ${why} Remove the label to let it go on.`);
      return report(base, { outcome: 'cancelled', why, pr: pull.number });
    }
    case 'fix': {
      const { runRemediate } = await import('../stages/remediate.js');
      const r = await runRemediate(ctx, [{ author: ctx.plan.sender.login, text }]);
      await reply.say(closing('fix', r));
      return r;
    }
    case 'review': {
      if (!pull?.headRef.startsWith(AGENT_BRANCH_PREFIX)) {
        const { reviewHumanPull } = await import('./human-review.js');
        const r = await reviewHumanPull(ctx, pull as PullSummary, req.title);
        await reply.say(closing('review', r));
        await logCommand(ctx, w, { outcome: 'answered', summary: r.why, stages: r.stages });
        return r;
      }
      const { runReview } = await import('../stages/review.js');
      const r = await runReview(ctx);
      await reply.say(closing('review', r));
      return r;
    }
    case 'start': {
      const { runTriage } = await import('../stages/triage.js');
      const r = await runTriage(ctx);
      await reply.say(closing('start', r));
      return r;
    }
    case 'plan':
    case 'approve': {
      if (!progress) throw new Error(`${name} needs an issue`);
      const issue = await forge.readIssue(req.number);
      const state: IssueState = issueState ?? {
        v: 1,
        correlationId: `command-${req.commentId}`,
        verdict: null,
        stages: [],
        requestedBy: ctx.plan.sender.login,
        pr: null,
        prUrl: null,
        dispatch: null,
        writing: null,
      };
      if (name === 'plan') {
        const r = await postPlan(ctx, {
          issue,
          progress,
          prior: issueState,
          state,
          ...(text !== '' && { changes: { text, by: ctx.plan.sender.login } }),
        });
        await reply.say(closing('plan', r));
        return r;
      }
      if (!issueState?.plan) {
        const why = `There is no plan to approve on #${req.number}: \`${m} plan\` posts one.`;
        await reply.say(why);
        return answered(why);
      }
      await progress.rewriteState({
        ...issueState,
        plan: { ...issueState.plan, approvedBy: ctx.plan.sender.login },
      });
      const { runWrite } = await import('../stages/write.js');
      const r = await runWrite(ctx);
      await reply.say(closing('approve', r));
      return r;
    }
  }
}

/** The reply's last word: what the command's stage did, and what it cost. */
function closing(name: string, r: StageReport | Skipped): string {
  if ('skipped' in r) return `\`${name}\`: nothing was done: ${r.skipped}`;
  const cost = r.runCostUsd === null ? 'cost unknown' : `$${r.runCostUsd.toFixed(4)}`;
  const link = r.prUrl ? ` (${r.prUrl})` : '';
  return `\`${name}\`: **${r.outcome}**${link}. ${r.why.split('\n')[0] ?? ''}\n\n<sub>LailaTov \`${name}\` · ${cost}</sub>`;
}
