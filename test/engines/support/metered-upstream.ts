// A scripted loopback upstream for the OpenAI (Responses, Chat Completions) and Gemini APIs
// where the model never stops: every request is answered, each with the same large usage. SSE
// answers are written the awkward way a real server may: data fields split over several lines,
// CRLF line ends, and the bytes sent in small pieces, so the proxy's tap meets every boundary.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamUsage {
  readonly input: number;
  readonly cached: number;
  readonly output: number;
}

export interface MeteredUpstream {
  readonly url: string;
  /** Paths of the requests received, in order. */
  readonly requests: string[];
  /** The keys presented. */
  readonly keys: string[];
  /** The JSON bodies received, in order. */
  readonly bodies: unknown[];
  close(): Promise<void>;
}

/** One SSE event, its JSON spread over several `data:` lines (valid: they join with "\n"). */
function sseEvent(data: unknown, event?: string): string {
  const lines = JSON.stringify(data, null, 1).split('\n');
  return `${event ? `event: ${event}\r\n` : ''}${lines.map((l) => `data: ${l}`).join('\r\n')}\r\n\r\n`;
}

async function writeSlowly(res: http.ServerResponse, text: string, piece = 7): Promise<void> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += piece) {
    res.write(bytes.subarray(i, i + piece));
    // Let each piece go out on its own.
    await new Promise((r) => setImmediate(r));
  }
}

function openaiResponses(model: string, u: UpstreamUsage, stream: boolean): string | string[] {
  const usage = {
    input_tokens: u.input,
    input_tokens_details: { cached_tokens: u.cached },
    output_tokens: u.output,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: u.input + u.output,
  };
  const response = {
    id: 'resp_1',
    object: 'response',
    model,
    status: 'completed',
    output: [
      {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Still working… ünïcode' }],
      },
    ],
    usage,
  };
  if (!stream) return JSON.stringify(response);
  return [
    sseEvent(
      { type: 'response.created', response: { ...response, status: 'in_progress', usage: null } },
      'response.created',
    ),
    sseEvent(
      { type: 'response.output_text.delta', delta: 'Still working… ünïcode' },
      'response.output_text.delta',
    ),
    sseEvent({ type: 'response.completed', response }, 'response.completed'),
  ];
}

function openaiChat(
  model: string,
  u: UpstreamUsage,
  stream: boolean,
  includeUsage: boolean,
): string | string[] {
  const usage = {
    prompt_tokens: u.input,
    prompt_tokens_details: { cached_tokens: u.cached },
    completion_tokens: u.output,
    total_tokens: u.input + u.output,
  };
  if (!stream) {
    return JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: 'Still working' } }],
      usage,
    });
  }
  const chunk = (extra: object) => ({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    model,
    ...extra,
  });
  return [
    sseEvent(chunk({ choices: [{ index: 0, delta: { content: 'Still ' } }], usage: null })),
    sseEvent(chunk({ choices: [{ index: 0, delta: { content: 'working' } }], usage: null })),
    // As the API does: the usage chunk only when `stream_options.include_usage` asked for it.
    ...(includeUsage ? [sseEvent(chunk({ choices: [], usage }))] : []),
    'data: [DONE]\r\n\r\n',
  ];
}

function gemini(model: string, u: UpstreamUsage, stream: boolean): string | string[] {
  // Cumulative usage in every chunk: the last one is the total.
  const meta = (part: number) => ({
    promptTokenCount: u.input,
    cachedContentTokenCount: u.cached,
    candidatesTokenCount: Math.floor((u.output * part) / 2),
    totalTokenCount: u.input + u.output,
  });
  const chunk = (text: string, part: number) => ({
    candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0 }],
    usageMetadata: meta(part),
    modelVersion: model,
  });
  if (!stream) return JSON.stringify(chunk('Still working', 2));
  return [sseEvent(chunk('Still ', 1)), sseEvent(chunk('working', 2))];
}

/**
 * Starts the upstream; `usage` is what every reply reports. `streamUsage: false` makes it a
 * gateway that never sends the Chat Completions usage chunk, even when asked.
 */
export async function startMeteredUpstream(
  usage: UpstreamUsage,
  o: { readonly streamUsage?: false } = {},
): Promise<MeteredUpstream> {
  const requests: string[] = [];
  const keys: string[] = [];
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://x');
        requests.push(url.pathname);
        keys.push(String(req.headers['x-goog-api-key'] ?? req.headers.authorization ?? ''));
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
          model?: string;
          stream?: boolean;
          stream_options?: { include_usage?: boolean };
        };
        bodies.push(body);
        const g = /^\/v1beta\/models\/([^:]+):(streamGenerateContent|generateContent)$/.exec(
          url.pathname,
        );
        let answer: string | string[];
        let sse: boolean;
        if (g) {
          sse = g[2] === 'streamGenerateContent';
          answer = gemini(g[1] ?? '', usage, sse);
        } else if (url.pathname === '/v1/responses') {
          sse = body.stream === true;
          answer = openaiResponses(body.model ?? '', usage, sse);
        } else if (url.pathname === '/v1/chat/completions') {
          sse = body.stream === true;
          answer = openaiChat(
            body.model ?? '',
            usage,
            sse,
            body.stream_options?.include_usage === true && o.streamUsage !== false,
          );
        } else {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': sse ? 'text/event-stream' : 'application/json' });
        for (const part of Array.isArray(answer) ? answer : [answer]) await writeSlowly(res, part);
        res.end();
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    keys,
    bodies,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
