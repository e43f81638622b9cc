// A loopback stand-in for the two ClickUp API v2 calls LailaTov makes (Get Task, Create Task
// Comment), with the shapes of developer.clickup.com's reference, and signed webhook fixtures
// built from its documented payloads (docs/webhooktaskpayloads). Tests only.
import { createServer } from 'node:http';
import { hmacSha256Hex } from '../../../src/relay/signature.js';
import { listenLoopback } from '../loopback.js';

export interface ClickUpComment {
  readonly taskId: string;
  readonly text: string;
  readonly token: string;
}

export interface ClickUpStandIn {
  readonly url: string;
  readonly token: string;
  readonly tasks: Map<string, Record<string, unknown>>;
  readonly comments: ClickUpComment[];
  readonly requests: { method: string; path: string }[];
  close(): Promise<void>;
}

/** A Get Task response (the fields the relay reads, and a few it does not). */
export function clickupTask(o: {
  id: string;
  name: string;
  description?: string;
  workspace?: string;
  list?: string;
  tags?: string[];
  risk?: string;
}): Record<string, unknown> {
  const options = ['high', 'medium', 'low'].map((name, i) => ({
    id: `opt-${name}`,
    name: name[0]?.toUpperCase() + name.slice(1),
    color: null,
    orderindex: i,
  }));
  return {
    id: o.id,
    custom_id: null,
    name: o.name,
    text_content: o.description ?? '',
    description: o.description ?? '',
    status: { status: 'to do', color: '#d3d3d3', orderindex: 0, type: 'open' },
    url: `https://app.clickup.com/t/${o.id}`,
    team_id: o.workspace ?? '9012345',
    list: { id: o.list ?? '162641062', name: 'Backlog', access: true },
    folder: { id: '456', name: 'Engineering', hidden: false, access: true },
    space: { id: '789' },
    tags: (o.tags ?? []).map((name) => ({
      name,
      tag_fg: '#ffffff',
      tag_bg: '#7C4DFF',
      creator: 183,
    })),
    custom_fields: [
      {
        id: 'cf-risk',
        name: 'Risk tier',
        type: 'drop_down',
        type_config: { default: 0, placeholder: null, options },
        ...(o.risk !== undefined && {
          value: options.find((x) => x.name.toLowerCase() === o.risk)?.orderindex,
        }),
      },
    ],
  };
}

const user = {
  id: 183,
  username: 'John',
  email: 'john@company.com',
  color: '#7b68ee',
  initials: 'J',
  profilePicture: null,
};

/** A taskTagUpdated webhook body: history item field `tag`, the added tags in `after`. */
export function taskTagUpdated(o: {
  taskId: string;
  tag: string;
  historyId?: string;
  listId?: string;
  webhookId?: string;
  before?: string[];
}): Record<string, unknown> {
  const tag = (name: string) => ({ name, tag_fg: '#ffffff', tag_bg: '#7C4DFF', creator: 183 });
  return {
    event: 'taskTagUpdated',
    history_items: [
      {
        id: o.historyId ?? '2800787326392370170',
        type: 1,
        date: '1642736073330',
        field: 'tag',
        parent_id: o.listId ?? '162641062',
        data: {},
        source: null,
        user,
        before: o.before === undefined ? null : o.before.map(tag),
        after: [tag(o.tag)],
      },
    ],
    task_id: o.taskId,
    webhook_id: o.webhookId ?? '7fa3ec74-69a8-4530-a251-8a13730bd204',
  };
}

/** A taskCreated webhook body, as documented (it names the task, not its tags). */
export function taskCreated(o: { taskId: string; listId?: string }): Record<string, unknown> {
  return {
    event: 'taskCreated',
    history_items: [
      {
        id: '2800763136717140857',
        type: 1,
        date: '1642734631523',
        field: 'status',
        parent_id: o.listId ?? '162641062',
        data: { status_type: 'open' },
        source: null,
        user,
        before: { status: null, color: '#000000', type: 'removed', orderindex: -1 },
        after: { status: 'to do', color: '#f9d900', orderindex: 0, type: 'open' },
      },
    ],
    task_id: o.taskId,
    webhook_id: '7fa3ec74-69a8-4530-a251-8a13730bd204',
  };
}

/** A signed ClickUp delivery for `body` (X-Signature: hex HMAC-SHA256 of the raw body). */
export function signedClickUp(
  secret: string,
  body: unknown,
): { body: string; headers: Record<string, string> } {
  const text = JSON.stringify(body);
  return {
    body: text,
    headers: { 'content-type': 'application/json', 'x-signature': hmacSha256Hex(secret, text) },
  };
}

export async function startClickUpStandIn(o: { token?: string } = {}): Promise<ClickUpStandIn> {
  const token = o.token ?? 'pk_183_TESTTOKEN';
  const tasks = new Map<string, Record<string, unknown>>();
  const comments: ClickUpComment[] = [];
  const requests: { method: string; path: string }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push({ method: req.method ?? '', path });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== token)
        return send(401, { err: 'Token invalid', ECODE: 'OAUTH_025' });
      const m = /^\/api\/v2\/task\/([^/]+)(\/comment)?$/.exec(path);
      const task = m?.[1] ? tasks.get(decodeURIComponent(m[1])) : undefined;
      if (!m || !m[1]) return send(404, { err: 'Route not found', ECODE: 'APP_001' });
      if (!task) return send(401, { err: 'Team not authorized', ECODE: 'OAUTH_027' });
      if (req.method === 'GET' && !m[2]) return send(200, task);
      if (req.method === 'POST' && m[2]) {
        const body = JSON.parse(raw || '{}') as { comment_text?: unknown };
        if (typeof body.comment_text !== 'string')
          return send(400, { err: 'Comment text invalid', ECODE: 'COMM_001' });
        comments.push({ taskId: m[1], text: body.comment_text, token });
        return send(200, { id: 458 + comments.length, hist_id: '26508', date: Date.now() });
      }
      return send(404, { err: 'Route not found', ECODE: 'APP_001' });
    });
  });
  const { url, close } = await listenLoopback(server);
  return {
    url,
    token,
    tasks,
    comments,
    requests,
    close,
  };
}
