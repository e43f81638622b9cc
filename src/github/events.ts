// The workflow event that started an action, parsed once at the boundary into a closed union.
// The caller reads GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH; this module does no I/O.
import { z } from 'zod';
import { UserError } from '../core/errors.js';

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

/** The predecessor's `agent-task` client payload (sent by its triage and by the ClickUp relay). */
export interface AgentTask {
  readonly title: string;
  readonly description: string;
  /** null for a ClickUp task with no GitHub issue. */
  readonly issueNumber: number | null;
  readonly riskTier: string | null;
  readonly correlationId: string | null;
  readonly clickupTaskId: string | null;
  readonly complexity: string | null;
  readonly source: string | null;
  readonly branch: string | null;
}

/** The suite's own stage-chaining `repository_dispatch` types (names in one place). */
export const STAGE_EVENT_TYPES = {
  triage: 'lailatov-triage',
  write: 'lailatov-write',
  review: 'lailatov-review',
  remediate: 'lailatov-remediate',
} as const;
export type ChainedStage = keyof typeof STAGE_EVENT_TYPES;

/** The predecessor's dispatch type, still accepted so existing senders keep working. */
export const AGENT_TASK_EVENT_TYPE = 'agent-task';

export interface StageDispatch {
  readonly issue: number;
  readonly pr: number | null;
  readonly round: number;
  readonly correlationId: string;
}

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
  | { readonly kind: 'workflow-dispatch'; readonly sender: Actor; readonly issueNumber: number }
  | { readonly kind: 'unsupported'; readonly eventName: string; readonly reason: string };

export type EventKind = TriggerEvent['kind'];
export type EventOf<K extends EventKind> = Extract<TriggerEvent, { kind: K }>;

const is =
  <K extends EventKind>(kind: K) =>
  (event: TriggerEvent): event is EventOf<K> =>
    event.kind === kind;
export const isIssueLabeled = is('issue-labeled');
export const isIssueComment = is('issue-comment');
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
}

// ---- payload schemas: only the fields we use; GitHub sends many more, which pass through. ----

const positiveInt = z.number().int().positive();
/** The predecessor sends `issue_number: "42"`; new senders send 42. */
const issueNumberLike = z.unknown().transform((value, ctx) => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*[1-9]\d*\s*$/.test(value)
        ? Number.parseInt(value, 10)
        : Number.NaN;
  if (Number.isSafeInteger(n) && n > 0) return n;
  ctx.addIssue({
    code: 'custom',
    message: `must be a positive whole number or a string of digits, got ${JSON.stringify(value) ?? 'nothing'}`,
  });
  return z.NEVER;
});
const nullableText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

const userSchema = z.object({ login: z.string().min(1), type: z.string().default('User') });
const labelSchema = z.object({ name: z.string() });
const issueSchema = z.object({
  number: positiveInt,
  title: z.string(),
  body: z.string().nullish(),
  user: userSchema,
  labels: z.array(z.union([labelSchema, z.string()])).default([]),
  pull_request: z.unknown().optional(),
});

const labeledSchema = z.object({ issue: issueSchema, label: labelSchema, sender: userSchema });
const commentSchema = z.object({
  issue: issueSchema,
  comment: z.object({ id: positiveInt, body: z.string().nullish(), user: userSchema }),
  sender: userSchema,
});
const dispatchSchema = z.object({
  action: z.string().min(1),
  client_payload: z.record(z.string(), z.unknown()).nullish(),
  sender: userSchema,
});
const agentTaskSchema = z.object({
  title: z.string().trim().min(1, 'is required (the task title)'),
  description: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  issue_number: issueNumberLike.nullish().transform((v) => v ?? null),
  risk_tier: nullableText,
  correlation_id: nullableText,
  clickup_task_id: nullableText,
  complexity: nullableText,
  source: nullableText,
  branch: nullableText,
});
const stageSchema = z.object({
  issue: issueNumberLike,
  pr: issueNumberLike.nullish().transform((v) => v ?? null),
  round: z.number().int().min(0).default(0),
  correlationId: z.string().min(1),
});
const synchronizeSchema = z.object({
  pull_request: z.object({
    number: positiveInt,
    draft: z.boolean().default(false),
    head: z.object({ ref: z.string().min(1), sha: z.string().min(1) }),
    base: z.object({ ref: z.string().min(1) }),
  }),
  sender: userSchema,
});
const workflowDispatchSchema = z.object({
  inputs: z.object({ 'issue-number': issueNumberLike }),
  sender: userSchema,
});

function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
  pathPrefix = '',
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(payload)';
    return `${field}: ${issue.message}`;
  });
  throw new UserError(`${what}: bad event payload: ${problems.join('; ')}`, problems);
}

const actor = (u: { login: string; type: string }): Actor => ({ login: u.login, type: u.type });
const issueRef = (i: z.output<typeof issueSchema>): IssueRef => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  author: i.user.login,
  labels: i.labels.map((l) => (typeof l === 'string' ? l : l.name)),
});

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
  const clarificationLabel = options.clarificationLabel ?? 'needs-clarification';
  const prefix = options.agentBranchPrefix ?? 'agent/';
  const action = readAction(payload);

  switch (eventName) {
    case 'issues': {
      if (action !== 'labeled') return nothing(eventName, `action "${action}" is not "labeled"`);
      const p = parseOrThrow(labeledSchema, payload, 'issues.labeled');
      if (p.issue.pull_request !== undefined)
        return nothing(eventName, 'the item is a pull request');
      if (p.label.name !== triggerLabel) {
        return nothing(
          eventName,
          `label "${p.label.name}" is not the trigger label "${triggerLabel}"`,
        );
      }
      return {
        kind: 'issue-labeled',
        sender: actor(p.sender),
        issue: issueRef(p.issue),
        label: p.label.name,
      };
    }
    case 'issue_comment': {
      if (action !== 'created') return nothing(eventName, `action "${action}" is not "created"`);
      const p = parseOrThrow(commentSchema, payload, 'issue_comment.created');
      if (p.issue.pull_request !== undefined) {
        return nothing(eventName, 'the comment is on a pull request, not an issue');
      }
      const issue = issueRef(p.issue);
      if (!issue.labels.includes(clarificationLabel)) {
        return nothing(eventName, `issue #${issue.number} is not labeled "${clarificationLabel}"`);
      }
      return {
        kind: 'issue-comment',
        sender: actor(p.sender),
        issue,
        comment: { id: p.comment.id, body: p.comment.body ?? '', author: actor(p.comment.user) },
      };
    }
    case 'repository_dispatch':
      return parseDispatch(payload);
    case 'pull_request': {
      if (action !== 'synchronize')
        return nothing(eventName, `action "${action}" is not "synchronize"`);
      const p = parseOrThrow(synchronizeSchema, payload, 'pull_request.synchronize');
      const head = p.pull_request.head.ref;
      if (!head.startsWith(prefix))
        return nothing(eventName, `head branch "${head}" is not an ${prefix}* branch`);
      const sender = actor(p.sender);
      if (isBot(sender)) {
        return nothing(
          eventName,
          `pushed by the bot ${sender.login}; the pipeline chains its own review`,
        );
      }
      return {
        kind: 'pr-synchronize',
        sender,
        pr: {
          number: p.pull_request.number,
          headRef: head,
          headSha: p.pull_request.head.sha,
          baseRef: p.pull_request.base.ref,
          draft: p.pull_request.draft,
        },
      };
    }
    case 'workflow_dispatch': {
      const p = parseOrThrow(workflowDispatchSchema, payload, 'workflow_dispatch');
      return {
        kind: 'workflow-dispatch',
        sender: actor(p.sender),
        issueNumber: p.inputs['issue-number'],
      };
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
  const p = parseOrThrow(dispatchSchema, payload, 'repository_dispatch');
  const sender = actor(p.sender);
  const body = p.client_payload ?? {};
  if (p.action === AGENT_TASK_EVENT_TYPE) {
    const t = parseOrThrow(
      agentTaskSchema,
      body,
      'repository_dispatch agent-task',
      'client_payload',
    );
    return {
      kind: 'agent-task',
      sender,
      task: {
        title: t.title,
        description: t.description,
        issueNumber: t.issue_number,
        riskTier: t.risk_tier,
        correlationId: t.correlation_id,
        clickupTaskId: t.clickup_task_id,
        complexity: t.complexity,
        source: t.source,
        branch: t.branch,
      },
    };
  }
  const stage = (Object.keys(STAGE_EVENT_TYPES) as ChainedStage[]).find(
    (s) => STAGE_EVENT_TYPES[s] === p.action,
  );
  if (stage === undefined) {
    return nothing('repository_dispatch', `event type "${p.action}" is not one of LailaTov's`);
  }
  const s = parseOrThrow(stageSchema, body, `repository_dispatch ${p.action}`, 'client_payload');
  return { kind: 'stage-dispatch', sender, stage, payload: s };
}

/** The `POST /repos/{o}/{r}/dispatches` body that chains to `stage` (the sending side of the above). */
export function stageDispatchRequest(
  stage: ChainedStage,
  payload: StageDispatch,
): { event_type: string; client_payload: StageDispatch } {
  return { event_type: STAGE_EVENT_TYPES[stage], client_payload: { ...payload } };
}
