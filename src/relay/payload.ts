// The `agent-task` repository_dispatch the relay sends: the predecessor's client_payload
// (src/forge/github/events/parse-event.ts reads it), plus where the task lives so the actions can answer there.
// Pure: no I/O.
import { AGENT_TASK_EVENT_TYPE } from '../forge/github/events/dispatch.js';

export type TaskSource = 'clickup' | 'linear';

export const RISK_TIERS = ['high', 'medium', 'low'] as const;
export type RelayRiskTier = (typeof RISK_TIERS)[number];

/** Where a dispatched task lives, kept in the PR's marker so every stage can answer there. */
export interface TaskOrigin {
  readonly source: TaskSource;
  readonly id: string;
  readonly url: string | null;
}

/** A task as the relay found it in ClickUp or Linear, before it becomes a dispatch. */
export interface SourceTask {
  readonly source: TaskSource;
  /** ClickUp's task id (`86abc12`), Linear's issue id (a UUID). */
  readonly id: string;
  /** What a person reads: ClickUp's custom id or id, Linear's `ENG-42`. */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly url: string | null;
  readonly riskTier: RelayRiskTier | null;
}

/** The client_payload fields (snake_case, as the predecessor sent them; GitHub allows 10). */
export interface AgentTaskPayload {
  readonly title: string;
  readonly description: string;
  readonly source: TaskSource;
  readonly source_id: string;
  readonly task_url?: string;
  readonly clickup_task_id?: string;
  readonly risk_tier?: RelayRiskTier;
}

const LABEL: Record<TaskSource, string> = { clickup: 'ClickUp', linear: 'Linear' };

export function sourceLabel(source: TaskSource): string {
  return LABEL[source];
}

/** The `POST /repos/{o}/{r}/dispatches` body for `task`. */
export function agentTaskDispatch(task: SourceTask): {
  event_type: string;
  client_payload: AgentTaskPayload;
} {
  return {
    event_type: AGENT_TASK_EVENT_TYPE,
    client_payload: {
      title: task.title,
      description: task.description,
      source: task.source,
      source_id: task.id,
      ...(task.url && { task_url: task.url }),
      // The predecessor's field: workflows written for it keep reading the ClickUp id there.
      ...(task.source === 'clickup' && { clickup_task_id: task.id }),
      ...(task.riskTier && { risk_tier: task.riskTier }),
    },
  };
}

/** A tier named by a person (`High`, ` low `); null for anything else. */
export function toRiskTier(value: unknown): RelayRiskTier | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return (RISK_TIERS as readonly string[]).includes(v) ? (v as RelayRiskTier) : null;
}

/** Who tagged or labeled: the ids and email the provider names; empty when it names none. */
export function actorKeys(user: unknown): string[] {
  if (typeof user !== 'object' || user === null) return [];
  const u = user as Record<string, unknown>;
  return [u.id, u.email]
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).toLowerCase());
}

/** Whether `actor` may hand work over: anyone when `users` is null, else one listed. */
export function actorAllowed(users: readonly string[] | null, actor: readonly string[]): boolean {
  return users === null || users.some((u) => actor.includes(u.toLowerCase()));
}
