// Serves a RelayHandler on Node's http server: each IncomingMessage becomes a web Request (the
// body streamed, so the size cap stops reading early), each Response is written back.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Readable } from 'node:stream';
import type { RelayHandler, RelayLogger } from './handler.js';

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const x of v) headers.append(k, x);
    else if (v !== undefined) headers.set(k, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method ?? 'GET',
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    // Node's fetch needs this for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

export interface RelayServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

export async function serveRelay(
  handler: RelayHandler,
  o: { readonly port: number; readonly host?: string; readonly logger?: RelayLogger },
): Promise<RelayServer> {
  const host = o.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const origin = `http://${host}`;
    handler(toRequest(req, origin), { ip: req.socket.remoteAddress ?? 'unknown' })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((e: unknown) => {
        o.logger?.warn(`relay error: ${e instanceof Error ? e.message : String(e)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":"internal error"}');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, host, resolve);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
