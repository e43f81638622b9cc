// The parts the scripted OpenAI and Gemini servers share: a loopback HTTP server that checks a
// key, records every request and plays scripted turns in order.
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path with the query string. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface ScriptedServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests the server could not answer from its script (a test should expect none). */
  readonly failures: string[];
  close(): Promise<void>;
}

export type Handler = (
  req: RecordedRequest,
  res: http.ServerResponse,
  fail: (why: string) => void,
) => void;

/** Writes one server-sent event (`event:` is optional: Gemini sends data lines only). */
export function sse(res: http.ServerResponse, data: unknown, event?: string): void {
  res.write(`${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
}

export function jsonReply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startScriptedServer(
  keyOf: (h: IncomingHttpHeaders) => string | undefined,
  apiKey: string,
  handler: Handler,
): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const failures: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // kept as text
      }
      const rec = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body };
      requests.push(rec);
      if (keyOf(req.headers) !== apiKey) {
        failures.push(`${rec.method} ${rec.url}: wrong or missing key`);
        jsonReply(res, 401, {
          error: { code: 401, message: 'invalid api key', status: 'UNAUTHENTICATED' },
        });
        return;
      }
      handler(rec, res, (why) => {
        failures.push(`${rec.method} ${rec.url}: ${why}`);
        if (!res.headersSent) jsonReply(res, 400, { error: { code: 400, message: why } });
        else res.end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failures,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
