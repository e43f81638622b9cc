// ClickUp's side of the relay, pure: which webhook deliveries ask for work, and the task they
// name as a SourceTask. Shapes: developer.clickup.com/docs/webhooktaskpayloads (webhooks) and
// the Get Task response (GET /api/v2/task/{task_id}).
import { actorKeys, toRiskTier, type SourceTask } from './payload.js';

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;

export type ClickUpDelivery =
  | { readonly kind: 'ignore'; readonly reason: string }
  | {
      readonly kind: 'task';
      readonly taskId: string;
      /** Stable across ClickUp's retries of one delivery: the webhook and the history item. */
      readonly deliveryId: string;
      /** taskCreated says nothing of tags: the fetched task must carry the tag. */
      readonly tagFromTask: boolean;
      /** The user who tagged (or created) the task: ids and email, lowercase. */
      readonly actor: readonly string[];
    };

const tagNames = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap((t) => (isObj(t) && typeof t.name === 'string' ? [t.name] : []))
    : [];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What a webhook body asks for. `taskTagUpdated` counts when one of its history items (field
 * `tag`) has the tag in `after` and not in `before`: the tag was added. `taskCreated` counts when
 * the created task carries the tag (known only once the task is fetched). ClickUp keeps tag
 * names lowercase; the comparison ignores case anyway.
 */
export function readClickUpDelivery(body: unknown, tag: string): ClickUpDelivery {
  if (!isObj(body)) return { kind: 'ignore', reason: 'the body is not a JSON object' };
  const event = str(body.event) ?? '(none)';
  const taskId = str(body.task_id);
  const webhook = str(body.webhook_id) ?? 'webhook';
  const items = Array.isArray(body.history_items) ? body.history_items.filter(isObj) : [];
  if (taskId === null) return { kind: 'ignore', reason: `${event} names no task_id` };
  if (event === 'taskTagUpdated') {
    const added = items.find(
      (h) =>
        h.field === 'tag' &&
        tagNames(h.after).some((n) => same(n, tag)) &&
        !tagNames(h.before).some((n) => same(n, tag)),
    );
    if (!added) return { kind: 'ignore', reason: `no history item adds the tag "${tag}"` };
    return {
      kind: 'task',
      taskId,
      deliveryId: `clickup:${webhook}:${str(added.id) ?? taskId}`,
      tagFromTask: false,
      actor: actorKeys(added.user),
    };
  }
  if (event === 'taskCreated') {
    const first = items[0];
    return {
      kind: 'task',
      taskId,
      deliveryId: `clickup:${webhook}:${str(first?.id) ?? `created-${taskId}`}`,
      tagFromTask: true,
      actor: actorKeys(first?.user),
    };
  }
  return { kind: 'ignore', reason: `event ${event} is not taskTagUpdated or taskCreated` };
}

export interface ClickUpTask {
  readonly task: SourceTask;
  readonly workspace: string | null;
  readonly list: string | null;
  readonly tags: readonly string[];
}

/** A drop-down's value is its option's orderindex (or id); a text field's value is the text. */
function fieldValue(field: Obj): unknown {
  const value = field.value;
  const config = isObj(field.type_config) ? field.type_config : {};
  const options = Array.isArray(config.options) ? config.options.filter(isObj) : [];
  if (field.type === 'drop_down' && value !== undefined && value !== null) {
    const hit = options.find(
      (o) => o.orderindex === value || o.id === value || String(o.orderindex) === String(value),
    );
    return hit?.name;
  }
  return value;
}

/** The Get Task response as a SourceTask, with where it lives; null when it has no id or name. */
export function readClickUpTask(json: unknown, riskField: string | null): ClickUpTask | null {
  if (!isObj(json)) return null;
  const id = str(json.id);
  const name = typeof json.name === 'string' ? json.name.trim() : '';
  if (id === null || name === '') return null;
  const fields = Array.isArray(json.custom_fields) ? json.custom_fields.filter(isObj) : [];
  const risk =
    riskField === null
      ? null
      : toRiskTier(fieldValue(fields.find((f) => same(String(f.name ?? ''), riskField)) ?? {}));
  // text_content is the description as plain text; description may be Markdown or empty.
  const description =
    (typeof json.text_content === 'string' && json.text_content) ||
    (typeof json.description === 'string' && json.description) ||
    '';
  return {
    task: {
      source: 'clickup',
      id,
      key: str(json.custom_id) ?? id,
      title: name,
      description,
      url: str(json.url),
      riskTier: risk,
    },
    workspace: str(json.team_id),
    list: isObj(json.list) ? str(json.list.id) : null,
    tags: tagNames(json.tags),
  };
}

export function hasTag(tags: readonly string[], tag: string): boolean {
  return tags.some((t) => same(t, tag));
}
