// Which stage an event asks for, and on what. Pure: the event is already parsed (github/events).
import type { CommandName, ParsedCommand } from '../core/commands/parse.js';
import type { RunSource } from '../core/outcomes/index.js';
import type { Actor, TriggerEvent } from '../forge/github/events/parse-event.js';
import type { AgentTask } from '../forge/github/events/dispatch.js';
import type { FeedbackTrigger } from '../forge/github/events/review-events.js';
import type { ActionStage, EntryStage, Inputs } from './inputs.js';
import type { StartedFor } from './stale.js';

/** A writer's comment command, and where it was written. */
export interface CommandRequest {
  readonly parsed: ParsedCommand;
  readonly commentId: number;
  /** The issue or the PR the comment is on (one number space). */
  readonly number: number;
  readonly onPullRequest: boolean;
  readonly body: string;
  /** The issue's or the PR's title (untrusted). */
  readonly title: string;
}

/** The stage whose settings (engine, model, budget) a command's work runs with. */
const COMMAND_STAGE: Readonly<Record<CommandName, ActionStage>> = {
  start: 'triage',
  plan: 'write',
  approve: 'write',
  review: 'review',
  describe: 'review',
  ask: 'review',
  fix: 'remediate',
  stop: 'remediate',
  help: 'triage',
};

export interface StagePlan {
  readonly kind: 'run';
  readonly stage: ActionStage;
  /** null only for an agent-task without an issue (the issue is opened first). */
  readonly issue: number | null;
  readonly pr: number | null;
  readonly round: number;
  readonly correlationId: string | null;
  readonly sender: Actor;
  /** What authorization must allow (the comment author may be the issue's author). */
  readonly issueAuthor: string | null;
  /** Where the 👀 goes. */
  readonly reactTo: { readonly issueNumber: number } | { readonly commentId: number } | null;
  readonly task: AgentTask | null;
  /** The PR head the run was started for: a run that finds the PR moved on is skipped. */
  readonly startedFor: StartedFor | null;
  /**
   * A stage-chaining repository_dispatch sent by a bot, with the nonce it carries (null: none):
   * it runs only for the nonce the previous stage wrote (dispatch-nonce.ts). null for every other
   * trigger, which a person with write permission (or an allowed bot's agent-task) started.
   */
  readonly chained: { readonly nonce: string | null } | null;
  /** What started the run, for the outcome record. */
  readonly source: RunSource;
  /** For the summary and authorization messages: "labeled #12". */
  readonly what: string;
  /** A person's review or mention on an agent PR: remediate answers it (human-round.ts). */
  readonly feedback?: FeedbackTrigger;
  /** Set for a comment command (the root action runs them): the handler is the command's. */
  readonly command?: CommandRequest;
}

export type Plan = StagePlan | { readonly kind: 'ignore'; readonly reason: string };

const ignore = (reason: string): Plan => ({ kind: 'ignore', reason });

function stageOf(event: TriggerEvent): ActionStage | null {
  switch (event.kind) {
    case 'issue-labeled':
    case 'issue-comment':
      return 'triage';
    case 'agent-task':
      return 'write';
    case 'stage-dispatch':
      return event.stage;
    case 'pr-synchronize':
      return 'review';
    case 'pr-feedback':
      return 'remediate';
    case 'command':
      return event.command.kind === 'command' ? COMMAND_STAGE[event.command.name] : 'triage';
    default:
      return null;
  }
}

/**
 * The plan for `entry` (a stage action, or `auto` for the root action). A stage action given an
 * event for another stage does nothing, and says so: the workflow wiring is off. A chaining
 * dispatch that names a PR head is planned for that head (stale.ts).
 */
export function planFor(
  entry: EntryStage,
  event: TriggerEvent,
  inputs: Pick<Inputs, 'issueNumber' | 'prNumber'>,
): Plan {
  if (event.kind === 'unsupported') return ignore(event.reason);
  const wanted =
    event.kind === 'workflow-dispatch'
      ? entry === 'auto'
        ? (event.stage ?? 'triage')
        : entry
      : stageOf(event);
  if (wanted === null) return ignore(`nothing to do for ${event.kind}`);
  if (event.kind === 'command' && entry !== 'auto')
    return ignore(
      `a comment command is run by the lailatov action (stage auto), not the ${entry} action: wire issue_comment to it`,
    );
  if (entry !== 'auto' && wanted !== entry)
    return ignore(
      `nothing to do for ${event.kind} in the ${entry} action: it asks for the ${wanted} stage`,
    );
  const base = {
    kind: 'run' as const,
    stage: wanted,
    pr: inputs.prNumber,
    round: 0,
    correlationId: null,
    sender: event.sender,
    issueAuthor: null,
    reactTo: null,
    task: null,
    startedFor: null,
    chained: null,
  };
  switch (event.kind) {
    case 'issue-labeled':
      return {
        ...base,
        issue: event.issue.number,
        reactTo: { issueNumber: event.issue.number },
        source: 'github-issue',
        what: `labeled #${event.issue.number} ${event.label}`,
      };
    case 'issue-comment':
      return {
        ...base,
        issue: event.issue.number,
        sender: event.comment.author,
        issueAuthor: event.issue.author,
        reactTo: { commentId: event.comment.id },
        source: 'issue-comment',
        what: `replied on #${event.issue.number}`,
      };
    case 'agent-task':
      return {
        ...base,
        issue: event.task.issueNumber,
        correlationId: event.task.correlationId,
        task: event.task,
        reactTo: event.task.issueNumber ? { issueNumber: event.task.issueNumber } : null,
        source: 'repository-dispatch',
        what: `dispatched agent-task "${event.task.title}"`,
      };
    case 'stage-dispatch':
      return {
        ...base,
        issue: event.payload.issue,
        pr: event.payload.pr,
        round: event.payload.round,
        correlationId: event.payload.correlationId,
        startedFor: event.payload.headSha
          ? { headSha: event.payload.headSha, round: event.payload.round }
          : null,
        source: 'repository-dispatch',
        what: `dispatched ${event.stage} for #${event.payload.issue}`,
      };
    case 'pr-synchronize':
      return {
        ...base,
        issue: null,
        pr: event.pr.number,
        startedFor: { headSha: event.pr.headSha, round: null },
        source: 'pull-request',
        what: `pushed to PR #${event.pr.number}`,
      };
    case 'pr-feedback':
      return {
        ...base,
        issue: null,
        pr: event.pr,
        reactTo: event.trigger.kind === 'mention' ? { commentId: event.trigger.commentId } : null,
        source: 'pull-request',
        what: `${event.trigger.kind === 'mention' ? 'mentioned the suite on' : 'reviewed'} PR #${event.pr}`,
        feedback: event.trigger,
      };
    case 'command': {
      const word = event.command.kind === 'command' ? event.command.name : event.command.word;
      const n = event.issue.number;
      return {
        ...base,
        issue: event.onPullRequest ? null : n,
        pr: event.onPullRequest ? n : null,
        sender: event.comment.author,
        reactTo: { commentId: event.comment.id },
        source: 'issue-comment',
        what: `commented \`${word}\` on #${n}`,
        command: {
          parsed: event.command,
          commentId: event.comment.id,
          number: n,
          onPullRequest: event.onPullRequest,
          body: event.comment.body,
          title: event.issue.title,
        },
      };
    }
    case 'workflow-dispatch':
      // Review and remediate work on a PR: the workflow's number is that PR (one number space).
      if (wanted === 'review' || wanted === 'remediate')
        return {
          ...base,
          issue: null,
          pr: inputs.prNumber ?? event.issueNumber,
          source: 'workflow-dispatch',
          what: `ran the workflow's ${wanted} for PR #${inputs.prNumber ?? event.issueNumber}`,
        };
      return {
        ...base,
        issue: event.issueNumber,
        reactTo: { issueNumber: event.issueNumber },
        source: 'workflow-dispatch',
        what: `ran the workflow for #${event.issueNumber}`,
      };
  }
}
