// Linear's side of the relay, pure: which webhook deliveries ask for work (an issue that gains
// the label), whether a delivery is fresh, and the issue as a SourceTask. Shapes:
// linear.app/developers/webhooks (the payload: action, type, data, updatedFrom, url,
// webhookTimestamp, webhookId).
import { actorKeys, toRiskTier, type SourceTask } from './payload.js';

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export type LinearDelivery =
  | { readonly kind: 'ignore'; readonly reason: string }
  | {
      readonly kind: 'issue';
      readonly task: SourceTask;
      readonly team: { readonly id: string | null; readonly key: string | null };
      /** Who made the change (`actor`: ids and email, lowercase). */
      readonly actor: readonly string[];
    };

/** Age check on `webhookTimestamp` (ms): null when fresh, else why not. */
export function staleness(body: unknown, nowMs: number, maxAgeSeconds: number): string | null {
  const ts = isObj(body) ? body.webhookTimestamp : undefined;
  if (typeof ts !== 'number' || !Number.isFinite(ts)) return 'webhookTimestamp is missing';
  const age = Math.abs(nowMs - ts) / 1000;
  return age > maxAgeSeconds
    ? `webhookTimestamp is ${Math.round(age)} s away from now (at most ${maxAgeSeconds} s)`
    : null;
}

/** The delivery's id: the `Linear-Delivery` header, else the webhook and its timestamp. */
export function linearDeliveryId(body: unknown, header: string | null): string {
  if (header) return `linear:${header}`;
  const b = isObj(body) ? body : {};
  return `linear:${str(b.webhookId) ?? 'webhook'}:${String(b.webhookTimestamp)}`;
}

interface Label {
  readonly id: string | null;
  readonly name: string;
}

/**
 * An `Issue` `create` that carries the label, or an `update` whose `updatedFrom.labelIds` (the
 * labels before) lacked it: the label was added now, not on some other edit.
 */
export function readLinearDelivery(
  body: unknown,
  config: { readonly label: string; readonly riskLabelPrefix: string },
): LinearDelivery {
  if (!isObj(body)) return { kind: 'ignore', reason: 'the body is not a JSON object' };
  const type = str(body.type) ?? '(none)';
  const action = str(body.action) ?? '(none)';
  if (type !== 'Issue') return { kind: 'ignore', reason: `type ${type} is not Issue` };
  if (action !== 'create' && action !== 'update')
    return { kind: 'ignore', reason: `action ${action} is not create or update` };
  const data = isObj(body.data) ? body.data : {};
  const labels: Label[] = Array.isArray(data.labels)
    ? data.labels.flatMap((l) =>
        isObj(l) && typeof l.name === 'string' ? [{ id: str(l.id), name: l.name }] : [],
      )
    : [];
  const wanted = labels.find((l) => same(l.name, config.label));
  if (!wanted) return { kind: 'ignore', reason: `the issue has no label "${config.label}"` };
  if (action === 'update') {
    const from = isObj(body.updatedFrom) ? body.updatedFrom : {};
    if (!Array.isArray(from.labelIds))
      return { kind: 'ignore', reason: 'the update did not change the labels' };
    if (wanted.id !== null && from.labelIds.includes(wanted.id))
      return { kind: 'ignore', reason: `the label "${config.label}" was already on the issue` };
  }
  const id = str(data.id);
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  if (id === null || title === '')
    return { kind: 'ignore', reason: 'the issue has no id or title' };
  const team = isObj(data.team) ? data.team : {};
  const risk = labels
    .map((l) =>
      l.name.toLowerCase().startsWith(config.riskLabelPrefix.toLowerCase())
        ? toRiskTier(l.name.slice(config.riskLabelPrefix.length))
        : null,
    )
    .find((t) => t !== null);
  return {
    kind: 'issue',
    task: {
      source: 'linear',
      id,
      key: str(data.identifier) ?? id,
      title,
      description: typeof data.description === 'string' ? data.description : '',
      url: str(data.url) ?? str(body.url),
      riskTier: risk ?? null,
    },
    team: { id: str(data.teamId) ?? str(team.id), key: str(team.key) },
    actor: actorKeys(body.actor),
  };
}
