// A loopback stand-in for Linear's GraphQL API, for the one mutation LailaTov sends
// (commentCreate), and signed webhook fixtures built from the documented payload
// (linear.app/developers/webhooks: action, type, data, updatedFrom, url, webhookTimestamp,
// webhookId; headers Linear-Signature and Linear-Delivery). Tests only.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { hmacSha256Hex } from '../../../src/relay/signature.js';
import { listenLoopback } from '../loopback.js';

export interface LinearComment {
  readonly issueId: string;
  readonly body: string;
}

export interface LinearStandIn {
  readonly url: string;
  readonly key: string;
  readonly issues: Set<string>;
  readonly comments: LinearComment[];
  readonly requests: { path: string; query: string }[];
  close(): Promise<void>;
}

export const LABEL_ID = 'f2a0e1b6-2c7d-4c9e-9a57-6d1f0c3b8e11';
export const OTHER_LABEL_ID = '0d6a2f2e-1e4b-4f08-8a8b-2b1f5e7c9d22';
export const TEAM_ID = '72b2a2dc-6f4f-4423-9d34-24b5bd10634a';

/** An `Issue` webhook: `update` with `updatedFrom.labelIds` (the labels before), or `create`. */
export function issueWebhook(o: {
  id?: string;
  action?: 'create' | 'update';
  labels?: { id: string; name: string }[];
  labelsBefore?: string[];
  teamKey?: string;
  timestamp: number;
  title?: string;
}): Record<string, unknown> {
  const id = o.id ?? '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9';
  const labels = o.labels ?? [{ id: LABEL_ID, name: 'ai-agent' }];
  const url = 'https://linear.app/acme/issue/ENG-42/compound-durations';
  return {
    action: o.action ?? 'update',
    actor: {
      id: 'a1b2',
      type: 'user',
      name: 'Ada',
      email: 'ada@acme.test',
      url: 'https://linear.app/acme/profiles/ada',
    },
    createdAt: new Date(o.timestamp).toISOString(),
    data: {
      id,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: new Date(o.timestamp).toISOString(),
      number: 42,
      identifier: 'ENG-42',
      title: o.title ?? 'Compound durations in parseDuration',
      description: 'parseDuration("1h30m") returns 30 minutes; it should add every part.',
      priority: 2,
      priorityLabel: 'High',
      teamId: TEAM_ID,
      team: { id: TEAM_ID, key: o.teamKey ?? 'ENG', name: 'Engineering' },
      stateId: 's1',
      state: { id: 's1', name: 'Todo', type: 'unstarted', color: '#e2e2e2' },
      labelIds: labels.map((l) => l.id),
      labels: labels.map((l) => ({ ...l, color: '#5e6ad2' })),
      url,
    },
    ...(o.action !== 'create' && {
      updatedFrom: { updatedAt: '2026-12-01T10:00:00.000Z', labelIds: o.labelsBefore ?? [] },
    }),
    url,
    type: 'Issue',
    organizationId: 'c5b3a1f2-0000-4000-8000-000000000001',
    webhookTimestamp: o.timestamp,
    webhookId: '000042e3-d123-4980-b49f-8e140eef9329',
  };
}

/** A signed Linear delivery (Linear-Signature: hex HMAC-SHA256 of the raw body). */
export function signedLinear(
  secret: string,
  body: unknown,
  delivery: string = randomUUID(),
): { body: string; headers: Record<string, string> } {
  const text = JSON.stringify(body);
  return {
    body: text,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'linear-signature': hmacSha256Hex(secret, text),
      'linear-delivery': delivery,
      'linear-event': 'Issue',
    },
  };
}

export async function startLinearStandIn(o: { key?: string } = {}): Promise<LinearStandIn> {
  const key = o.key ?? 'lin_api_TESTKEY';
  const issues = new Set<string>();
  const comments: LinearComment[] = [];
  const requests: { path: string; query: string }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const error = (message: string, code: string) => ({
        errors: [{ message, extensions: { code, type: code.toLowerCase() } }],
      });
      if (req.method !== 'POST' || path !== '/graphql')
        return send(404, error('Not found', 'NOT_FOUND'));
      const q = JSON.parse(raw || '{}') as {
        query?: string;
        variables?: { input?: { issueId?: unknown; body?: unknown } };
      };
      requests.push({ path, query: q.query ?? '' });
      if (req.headers.authorization !== key)
        return send(
          400,
          error('Authentication required, not authenticated', 'AUTHENTICATION_ERROR'),
        );
      if (!/\bcommentCreate\s*\(/.test(q.query ?? ''))
        return send(
          400,
          error('This stand-in answers commentCreate only', 'GRAPHQL_VALIDATION_FAILED'),
        );
      const input = q.variables?.input ?? {};
      if (typeof input.issueId !== 'string' || typeof input.body !== 'string')
        return send(400, error('Argument Validation Error', 'INVALID_INPUT'));
      if (!issues.has(input.issueId))
        return send(200, { data: null, ...error('Entity not found: Issue', 'INVALID_INPUT') });
      comments.push({ issueId: input.issueId, body: input.body });
      return send(200, {
        data: { commentCreate: { success: true, comment: { id: randomUUID() } } },
      });
    });
  });
  const { url, close } = await listenLoopback(server);
  return {
    url,
    key,
    issues,
    comments,
    requests,
    close,
  };
}
