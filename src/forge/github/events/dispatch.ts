// The suite's `repository_dispatch` payloads, both sides: the stage-chaining dispatches it sends
// (stageDispatchRequest) and reads back, and the predecessor's `agent-task` (sent by its triage and
// the relay). parse-event.ts routes a dispatch here by its event type. Pure: no I/O.
import { PayloadReader, type JsonObject } from './payload-reader.js';

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
  /** The task's id where it lives (`source`: clickup, linear), for the status sent back there. */
  readonly sourceId: string | null;
  readonly taskUrl: string | null;
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
  /**
   * The PR head the next stage is for, so a run that starts after the branch moved on skips
   * itself (src/action/stale.ts). Absent before there is a PR, and in a dispatch sent by hand
   * (which asks for whatever is current); a value that is not a commit SHA counts as absent.
   */
  readonly headSha?: string | null;
  /**
   * The one-time nonce the sending stage wrote into the issue's or the PR's state: a dispatch
   * sent by a bot is run only when it names the pending nonce (src/action/dispatch-nonce.ts).
   */
  readonly nonce?: string | null;
}

const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A nonce as the suite makes them (randomUUID); anything else counts as absent. */
const NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What to do about a bad dispatch payload: its sender wrote it. */
export const FROM_SENDER =
  'Fix the sender of this repository_dispatch: docs/actions.md lists the client_payload fields.';

/** The predecessor's agent-task client payload (`issue_number` may be a string of digits). */
export function readAgentTask(body: JsonObject): AgentTask {
  const r = new PayloadReader('client_payload');
  const task: AgentTask = {
    title: r.string(body.title, 'title', {
      trim: true,
      nonEmpty: true,
      missing: 'is required (the task title)',
    }),
    description: r.optionalString(body.description, 'description') ?? '',
    issueNumber: r.optionalIssueNumber(body.issue_number, 'issue_number'),
    riskTier: r.optionalString(body.risk_tier, 'risk_tier'),
    correlationId: r.optionalString(body.correlation_id, 'correlation_id'),
    clickupTaskId: r.optionalString(body.clickup_task_id, 'clickup_task_id'),
    complexity: r.optionalString(body.complexity, 'complexity'),
    source: r.optionalString(body.source, 'source'),
    branch: r.optionalString(body.branch, 'branch'),
    sourceId: r.optionalString(body.source_id, 'source_id'),
    taskUrl: r.optionalString(body.task_url, 'task_url'),
  };
  r.check('repository_dispatch agent-task', FROM_SENDER);
  return task;
}

export function readStageDispatch(body: JsonObject, eventType: string): StageDispatch {
  const r = new PayloadReader('client_payload');
  const payload: StageDispatch = {
    issue: r.issueNumber(body.issue, 'issue'),
    pr: r.optionalIssueNumber(body.pr, 'pr'),
    round: body.round === undefined ? 0 : r.integer(body.round, 'round', 0),
    correlationId: r.string(body.correlationId, 'correlationId', { nonEmpty: true }),
    headSha:
      typeof body.headSha === 'string' && COMMIT_SHA.test(body.headSha) ? body.headSha : null,
    nonce: typeof body.nonce === 'string' && NONCE.test(body.nonce) ? body.nonce : null,
  };
  r.check(`repository_dispatch ${eventType}`, FROM_SENDER);
  return payload;
}

/** The `POST /repos/{o}/{r}/dispatches` body that chains to `stage` (the sending side of readStageDispatch). */
export function stageDispatchRequest(
  stage: ChainedStage,
  payload: StageDispatch,
): { event_type: string; client_payload: StageDispatch } {
  const { headSha, nonce, ...rest } = payload;
  return {
    event_type: STAGE_EVENT_TYPES[stage],
    client_payload: { ...rest, ...(headSha && { headSha }), ...(nonce && { nonce }) },
  };
}
