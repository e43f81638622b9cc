// The workflow event that started an action, parsed once at the boundary into a closed union.
// The caller reads GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH; this module does no I/O.
import { parseCommand, type ParsedCommand } from '../../../core/commands/parse.js';
import { at, PayloadReader } from './payload-reader.js';
import { mentionFeedback, parseReviewFeedback, type PrFeedback } from './review-events.js';
import {
  AGENT_TASK_EVENT_TYPE,
  FROM_SENDER,
  readAgentTask,
  readStageDispatch,
  STAGE_EVENT_TYPES,
  type AgentTask,
  type ChainedStage,
  type StageDispatch,
} from './dispatch.js';

/** Who caused the event (the labeler, commenter, pusher or dispatcher). */
export interface Actor {
  readonly login: string;
  /** `User`, `Bot` or `Organization`, as GitHub sends it. */
  readonly type: string;
}

export interface IssueRef {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly author: string;
  readonly labels: readonly string[];
}

/** The label triage puts on an issue when it asks a question (the config's default name). */
export const CLARIFICATION_LABEL = 'needs-clarification';

export type TriggerEvent =
  | {
      readonly kind: 'issue-labeled';
      readonly sender: Actor;
      readonly issue: IssueRef;
      readonly label: string;
    }
  | {
      readonly kind: 'issue-comment';
      readonly sender: Actor;
      readonly issue: IssueRef;
      readonly comment: { readonly id: number; readonly body: string; readonly author: Actor };
    }
  | {
      /** A writer's `@mention <command>` or `/<command>` comment, on an issue or a PR. */
      readonly kind: 'command';
      readonly sender: Actor;
      readonly issue: IssueRef;
      readonly onPullRequest: boolean;
      readonly comment: { readonly id: number; readonly body: string; readonly author: Actor };
      readonly command: ParsedCommand;
    }
  | { readonly kind: 'agent-task'; readonly sender: Actor; readonly task: AgentTask }
  | {
      readonly kind: 'stage-dispatch';
      readonly sender: Actor;
      readonly stage: ChainedStage;
      readonly payload: StageDispatch;
    }
  | {
      readonly kind: 'pr-synchronize';
      readonly sender: Actor;
      readonly pr: {
        readonly number: number;
        readonly headRef: string;
        readonly headSha: string;
        readonly baseRef: string;
        readonly draft: boolean;
      };
    }
  | {
      readonly kind: 'workflow-dispatch';
      readonly sender: Actor;
      /** The issue, or the PR for the review and remediate stages (one number space). */
      readonly issueNumber: number;
      /** The workflow's `stage` input; null when absent or `auto` (the action decides). */
      readonly stage: ChainedStage | null;
    }
  /** A person's review, review comment or mention on an agent PR (review-events.ts). */
  | PrFeedback
  | { readonly kind: 'unsupported'; readonly eventName: string; readonly reason: string };

export type EventKind = TriggerEvent['kind'];
export type EventOf<K extends EventKind> = Extract<TriggerEvent, { kind: K }>;

const is =
  <K extends EventKind>(kind: K) =>
  (event: TriggerEvent): event is EventOf<K> =>
    event.kind === kind;
export const isIssueLabeled = is('issue-labeled');
export const isIssueComment = is('issue-comment');
export const isCommand = is('command');
export const isAgentTask = is('agent-task');
export const isStageDispatch = is('stage-dispatch');
export const isPrSynchronize = is('pr-synchronize');
export const isWorkflowDispatch = is('workflow-dispatch');
export const isUnsupported = is('unsupported');

export interface ParseEventOptions {
  /** The label that starts the pipeline. Default `ai-agent`. */
  readonly triggerLabel?: string;
  /** A comment re-triggers triage only on an issue with this label. Default `needs-clarification`. */
  readonly clarificationLabel?: string;
  /** Head branches the suite owns. Default `agent/`. */
  readonly agentBranchPrefix?: string;
  /** The mention that addresses the suite in a comment (`@lailatov`); commands need it or a slash. */
  readonly mention?: string;
}

// ---- payload readers: only the fields we use; GitHub sends many more, which are ignored. ----

function readActor(r: PayloadReader, value: unknown, path: string): Actor {
  const u = r.object(value, path);
  if (u === null) return { login: '', type: 'User' };
  return {
    login: r.string(u.login, at(path, 'login'), { nonEmpty: true }),
    type: r.stringOr(u.type, at(path, 'type'), 'User'),
  };
}

function readLabelName(r: PayloadReader, value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  const l = r.object(value, path, 'a label object or a label name');
  return l === null ? '' : r.string(l.name, at(path, 'name'));
}

/** An issue as the `issues` and `issue_comment` events carry it (a PR is an issue there too). */
function readIssue(
  r: PayloadReader,
  value: unknown,
  path: string,
): { readonly issue: IssueRef; readonly isPullRequest: boolean } {
  // A missing object reads as {}: the reader reports it once, not each field under it.
  const i = r.object(value, path) ?? {};
  const labels =
    i.labels === undefined
      ? []
      : r.array(i.labels, at(path, 'labels'), (l, p) => readLabelName(r, l, p));
  return {
    issue: {
      number: r.integer(i.number, at(path, 'number'), 1),
      title: r.string(i.title, at(path, 'title')),
      body: r.optionalString(i.body, at(path, 'body')) ?? '',
      author: readActor(r, i.user, at(path, 'user')).login,
      labels,
    },
    isPullRequest: i.pull_request !== undefined,
  };
}

// What to do about a bad payload GitHub wrote (a dispatch's sender: FROM_SENDER in dispatch.ts).
const FROM_GITHUB =
  'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';

/** Present and not blank: workflow_dispatch sends every declared input, '' when not given. */
const given = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

export function isBot(a: Actor): boolean {
  return a.type === 'Bot' || a.login.endsWith('[bot]');
}

const nothing = (eventName: string, why: string): TriggerEvent => ({
  kind: 'unsupported',
  eventName,
  reason: `nothing to do for ${eventName}: ${why}`,
});

/**
 * Parses `eventName` (GITHUB_EVENT_NAME) and its payload. Events the suite does not act on give
 * `unsupported` with a reason for the job summary; a known event with a malformed payload throws
 * a UserError naming the bad field.
 */
export function parseEvent(
  eventName: string,
  payload: unknown,
  options: ParseEventOptions = {},
): TriggerEvent {
  const triggerLabel = options.triggerLabel ?? 'ai-agent';
  const clarificationLabel = options.clarificationLabel ?? CLARIFICATION_LABEL;
  const prefix = options.agentBranchPrefix ?? 'agent/';
  const action = readAction(payload);

  switch (eventName) {
    case 'issues': {
      if (action !== 'labeled') return nothing(eventName, `action "${action}" is not "labeled"`);
      const r = new PayloadReader();
      const p = r.object(payload, '') ?? {};
      const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
      const labelObject = r.object(p.label, 'label') ?? {};
      const label = r.string(labelObject.name, 'label.name');
      const sender = readActor(r, p.sender, 'sender');
      r.check('issues.labeled', FROM_GITHUB);
      if (isPullRequest) return nothing(eventName, 'the item is a pull request');
      if (label !== triggerLabel) {
        return nothing(eventName, `label "${label}" is not the trigger label "${triggerLabel}"`);
      }
      return { kind: 'issue-labeled', sender, issue, label };
    }
    case 'issue_comment': {
      if (action !== 'created') return nothing(eventName, `action "${action}" is not "created"`);
      const r = new PayloadReader();
      const p = r.object(payload, '') ?? {};
      const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
      const c = r.object(p.comment, 'comment') ?? {};
      const comment = {
        id: r.integer(c.id, 'comment.id', 1),
        body: r.optionalString(c.body, 'comment.body') ?? '',
        author: readActor(r, c.user, 'comment.user'),
      };
      const sender = readActor(r, p.sender, 'sender');
      r.check('issue_comment.created', FROM_GITHUB);
      const command = parseCommand(comment.body, { mention: options.mention ?? '@lailatov' });
      // On a PR, a mention that names no command is a reviewer's request: a round on it
      // (review-events.ts; the remediate stage ignores it on a person's PR).
      const request = isPullRequest && command?.kind === 'unknown' && command.via === 'mention';
      if (command !== null && !request)
        return { kind: 'command', sender, issue, onPullRequest: isPullRequest, comment, command };
      if (isPullRequest) {
        const feedback = mentionFeedback({ pr: issue.number, comment }, options.mention);
        return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
      }
      if (!issue.labels.includes(clarificationLabel)) {
        return nothing(eventName, `issue #${issue.number} is not labeled "${clarificationLabel}"`);
      }
      return { kind: 'issue-comment', sender, issue, comment };
    }
    case 'repository_dispatch':
      return parseDispatch(payload);
    case 'pull_request': {
      if (action !== 'synchronize')
        return nothing(eventName, `action "${action}" is not "synchronize"`);
      const r = new PayloadReader();
      const p = r.object(payload, '') ?? {};
      const pr = r.object(p.pull_request, 'pull_request') ?? {};
      const head = r.object(pr.head, 'pull_request.head') ?? {};
      const base = r.object(pr.base, 'pull_request.base') ?? {};
      const read = {
        number: r.integer(pr.number, 'pull_request.number', 1),
        headRef: r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true }),
        headSha: r.string(head.sha, 'pull_request.head.sha', { nonEmpty: true }),
        baseRef: r.string(base.ref, 'pull_request.base.ref', { nonEmpty: true }),
        draft: r.boolOr(pr.draft, 'pull_request.draft', false),
      };
      const sender = readActor(r, p.sender, 'sender');
      r.check('pull_request.synchronize', FROM_GITHUB);
      if (!read.headRef.startsWith(prefix))
        return nothing(eventName, `head branch "${read.headRef}" is not an ${prefix}* branch`);
      if (isBot(sender)) {
        return nothing(
          eventName,
          `pushed by the bot ${sender.login}; the pipeline chains its own review`,
        );
      }
      return { kind: 'pr-synchronize', sender, pr: read };
    }
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const feedback = parseReviewFeedback(eventName, payload, prefix);
      return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
    }
    case 'workflow_dispatch': {
      // The router (lailatov.yml) declares the input `number`; workflows of users' own may
      // still call it `issue-number`.
      const r = new PayloadReader();
      const p = r.object(payload, '') ?? {};
      const inputs = r.object(p.inputs, 'inputs') ?? {};
      const key = given(inputs.number)
        ? 'number'
        : given(inputs['issue-number'])
          ? 'issue-number'
          : null;
      if (key === null)
        r.problem('inputs.number or inputs.issue-number', 'is required (the issue number)');
      const issueNumber = key === null ? 0 : r.issueNumber(inputs[key], `inputs.${key}`);
      const sender = readActor(r, p.sender, 'sender');
      const stageInput = given(inputs.stage) ? String(inputs.stage).trim() : 'auto';
      const stage = Object.hasOwn(STAGE_EVENT_TYPES, stageInput)
        ? (stageInput as ChainedStage)
        : null;
      if (stage === null && stageInput !== 'auto')
        r.problem(
          'inputs.stage',
          `must be auto, ${Object.keys(STAGE_EVENT_TYPES).join(', ')}; got ${JSON.stringify(stageInput)}`,
        );
      r.check(
        'workflow_dispatch',
        'Give the workflow a workflow_dispatch input `number` (or `issue-number`) with the issue number, as workflows-templates/lailatov.yml does.',
      );
      return { kind: 'workflow-dispatch', sender, issueNumber, stage };
    }
    default:
      return nothing(eventName, 'LailaTov does not act on this event');
  }
}

function readAction(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '(none)';
  const action = (payload as { action?: unknown }).action;
  return typeof action === 'string' ? action : '(none)';
}

function parseDispatch(payload: unknown): TriggerEvent {
  const r = new PayloadReader();
  const p = r.object(payload, '') ?? {};
  const eventType = r.string(p.action, 'action', { nonEmpty: true });
  const body = r.optionalObject(p.client_payload, 'client_payload') ?? {};
  const sender = readActor(r, p.sender, 'sender');
  r.check('repository_dispatch', FROM_SENDER);
  if (eventType === AGENT_TASK_EVENT_TYPE)
    return { kind: 'agent-task', sender, task: readAgentTask(body) };
  const stage = (Object.keys(STAGE_EVENT_TYPES) as ChainedStage[]).find(
    (s) => STAGE_EVENT_TYPES[s] === eventType,
  );
  if (stage === undefined) {
    return nothing('repository_dispatch', `event type "${eventType}" is not one of LailaTov's`);
  }
  return { kind: 'stage-dispatch', sender, stage, payload: readStageDispatch(body, eventType) };
}
