import { lookup } from 'node:dns/promises';
import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import {
  addressScope,
  checkEgress,
  mayConnectTo,
  normalizeHost,
  readTunnelOpening,
  type EgressPolicy,
} from '../../core/sandbox/egress-policy.js';
import { createEgressLog, type EgressRow, type EgressStats } from './egress-log.js';

/**
 * The sandbox's only way out besides the model proxy: an HTTP proxy on the host's loopback that
 * the agent reaches as HTTP_PROXY/HTTPS_PROXY. It opens `CONNECT host:port` tunnels and forwards
 * absolute-form `http://` requests, to hosts on the allowlist only, and only to public addresses:
 * it resolves the name itself and connects to the address it checked, so a name that resolves
 * (or rebinds) to 127.0.0.1 cannot reach the orchestrator's own loopback services.
 */
export interface EgressProxyOptions {
  readonly policy: EgressPolicy;
  /** Host name → addresses. Default: the system resolver (`getaddrinfo`, so /etc/hosts too). */
  readonly resolve?: (host: string) => Promise<string[]>;
  /**
   * Opens the upstream connection to an address that passed the checks. Tests replace it to
   * land on a loopback server; the address check before it is not configurable.
   */
  readonly connect?: (address: string, port: number) => Socket;
  /** Upstream connections open at once (tunnels and forwarded requests). Default 64. */
  readonly maxConnections?: number;
  /** A connection with no bytes either way for this long is closed. Default 120 s. */
  readonly idleTimeoutMs?: number;
  /** Distinct (host, port, verdict) rows kept in the log. Default 500; later ones are counted. */
  readonly maxLogEntries?: number;
}

export interface EgressProxy {
  readonly port: number;
  /** http://127.0.0.1:PORT, for HTTP_PROXY and HTTPS_PROXY. */
  readonly url: string;
  stats(): EgressStats;
  /** Stops listening and closes every connection, tunnels included. */
  close(): Promise<void>;
}

type Opened =
  | { readonly ok: true; readonly socket: Socket; readonly host: string }
  | { readonly ok: false; readonly status: number; readonly message: string };

async function systemResolve(host: string): Promise<string[]> {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
}

function defaultConnect(address: string, port: number): Socket {
  return net.connect({ host: address, port });
}

const PHRASES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden by the LailaTov egress allowlist',
  502: 'Bad Gateway',
  503: 'Too Many Connections',
};

function rawAnswer(socket: Socket, status: number, message: string): void {
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${PHRASES[status] ?? 'Error'}\r\n` +
      'content-type: text/plain; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, PHRASES[status] ?? 'Error', {
    'content-type': 'text/plain; charset=utf-8',
    connection: 'close',
  });
  res.end(`${message}\n`);
}

/** Request headers that are about this hop, not the request. */
const HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function forwardHeaders(req: IncomingMessage, host: string): OutgoingHttpHeaders {
  const named = String(req.headers.connection ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase());
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (!HOP.has(k) && !named.includes(k)) out[k] = v;
  }
  out.host = host;
  return out;
}

export async function startEgressProxy(opts: EgressProxyOptions): Promise<EgressProxy> {
  const resolve = opts.resolve ?? systemResolve;
  const connect = opts.connect ?? defaultConnect;
  const maxConnections = opts.maxConnections ?? 64;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 120_000;
  const { record, stats } = createEgressLog(opts.maxLogEntries ?? 500);
  const open = new Set<Socket>();
  let upstreams = 0;
  let closing = false;

  const track = (socket: Socket): void => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  /** Decides on host:port and, when allowed, connects to a checked public address. */
  const openUpstream = async (rawHost: string, port: number): Promise<Opened> => {
    const host = normalizeHost(rawHost.replace(/^\[(.*)\]$/, '$1'));
    const refuse = (status: number, why: string): Opened => {
      record(host, port, why);
      return {
        ok: false,
        status,
        message: `LailaTov egress proxy refused ${host}:${port}: ${why}`,
      };
    };
    if (!(port >= 1 && port <= 65535)) return refuse(400, 'not a valid port');
    const verdict = checkEgress(opts.policy, host, port);
    if (!verdict.allowed) return refuse(403, verdict.reason);
    if (upstreams >= maxConnections) {
      return refuse(503, `more than ${maxConnections} connections open at once`);
    }
    // The slot is held from here, across the DNS wait, until the upstream socket closes.
    upstreams += 1;
    let socketMade = false;
    try {
      let addresses: string[];
      try {
        addresses = await resolve(host);
      } catch (e) {
        return refuse(502, `could not resolve: ${(e as Error).message}`);
      }
      const usable = addresses.filter(mayConnectTo);
      if (usable.length === 0) {
        const shown = addresses.map((a) => `${a} (${addressScope(a) ?? 'not an address'})`);
        return refuse(
          403,
          `resolves to ${shown.join(', ') || 'no address'}; the sandbox never connects to ` +
            'loopback, private, link-local or reserved addresses, whatever the allowlist says',
        );
      }
      if (closing) return refuse(503, 'the proxy is closing');
      const socket = connect(usable[0]!, port);
      socketMade = true;
      socket.once('close', () => (upstreams -= 1));
      track(socket);
      socket.setTimeout(idleTimeoutMs, () => socket.destroy());
      try {
        await new Promise<void>((ok, ko) => {
          socket.once('connect', ok);
          socket.once('error', ko);
          // Destroyed before connecting (idle timeout, close()): no 'error' comes.
          socket.once('close', () => ko(new Error('closed before the connection was made')));
        });
      } catch (e) {
        socket.destroy();
        return refuse(502, `could not connect: ${(e as Error).message}`);
      }
      return { ok: true, socket, host };
    } finally {
      if (!socketMade) upstreams -= 1;
    }
  };

  const onConnect = (req: IncomingMessage, client: Socket, head: Buffer): void => {
    track(client);
    client.on('error', () => client.destroy());
    const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+):(\d{1,5})$/i.exec(req.url ?? '');
    if (!m) {
      record(req.url ?? '', 0, 'malformed CONNECT target');
      rawAnswer(client, 400, 'LailaTov egress proxy: CONNECT needs host:port');
      return;
    }
    const port = Number(m[2]);
    void openUpstream(m[1]!, port).then((up) => {
      if (!up.ok) return rawAnswer(client, up.status, up.message);
      const { socket, host } = up;
      if (client.destroyed) return socket.destroy();
      client.setTimeout(idleTimeoutMs, () => client.destroy());
      client.on('close', () => socket.destroy());
      socket.on('close', () => client.destroy());
      socket.on('error', () => socket.destroy());
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      // Nothing reaches the host until the client's TLS hello asks for the name it CONNECTed to.
      let first = head;
      const check = (): boolean => {
        const opening = readTunnelOpening(first);
        if (opening.kind === 'incomplete') return false;
        const asked = opening.kind === 'hello' ? normalizeHost(opening.serverName) : undefined;
        if (asked !== host) {
          const why =
            opening.kind === 'refused'
              ? opening.reason
              : `its TLS hello asks for ${JSON.stringify(asked?.slice(0, 100))}, not the host it was opened for`;
          record(host, port, why);
          client.destroy();
          socket.destroy();
          return true;
        }
        relay(client, socket, record(host, port), first);
        return true;
      };
      const onFirst = (chunk: Buffer): void => {
        first = Buffer.concat([first, chunk]);
        if (check()) client.off('data', onFirst);
      };
      if (!check()) client.on('data', onFirst);
    });
  };

  /** Pipes a checked tunnel both ways, counting bytes; `first` is what the client sent so far. */
  const relay = (client: Socket, socket: Socket, row: EgressRow, first: Buffer): void => {
    client.pause(); // no chunk may slip past between the check and the pipe
    row.out(first.length);
    socket.write(first);
    client.on('data', (chunk: Buffer) => row.out(chunk.length));
    socket.on('data', (chunk: Buffer) => row.in(chunk.length));
    client.pipe(socket);
    socket.pipe(client);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    let target: URL | undefined;
    try {
      if (/^http:\/\//i.test(req.url ?? '')) target = new URL(req.url!);
    } catch {
      target = undefined;
    }
    if (!target) {
      record(req.url ?? '', 0, 'not an absolute-form http:// request');
      req.resume();
      return answer(
        res,
        400,
        'LailaTov egress proxy: send CONNECT host:port, or an absolute-form http:// request',
      );
    }
    const url = target;
    const port = url.port === '' ? 80 : Number(url.port);
    void openUpstream(url.hostname, port).then((up) => {
      if (!up.ok) {
        req.resume();
        return answer(res, up.status, up.message);
      }
      const { socket, host } = up;
      const row = record(host, port);
      const forward = http.request(
        {
          method: req.method,
          path: `${url.pathname}${url.search}`,
          headers: forwardHeaders(req, url.host),
          // No agent: the request goes over the socket opened to the checked address.
          createConnection: () => socket,
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, upRes.headers);
          upRes.on('data', (chunk: Buffer) => row.in(chunk.length));
          upRes.pipe(res);
        },
      );
      forward.on('error', (e) => {
        if (!res.headersSent) answer(res, 502, `LailaTov egress proxy: ${e.message}`);
        else res.destroy();
      });
      res.on('close', () => socket.destroy());
      req.on('data', (chunk: Buffer) => row.out(chunk.length));
      req.pipe(forward);
    });
  };

  const server = http.createServer(onRequest);
  server.on('connect', onConnect);
  server.on('connection', track);
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(0, '127.0.0.1', () => ok());
  });
  // A stage that forgets to close it must still be able to exit; open tunnels keep it alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((ok) => {
        closing = true;
        server.close(() => ok());
        for (const s of open) s.destroy();
        server.closeAllConnections();
      }),
  };
}

/**
 * The environment that points the agent's tools at the egress proxy, for `sandboxEnv`'s `set`:
 * `proxyUrl` is the proxy as the sandbox sees it. Every spelling the usual tools read (curl reads
 * only lower-case `http_proxy`; npm, pip, cargo, git and Go read either), yarn 2+'s own names, and
 * Node 24's opt-in for its built-in fetch. `direct` (the model proxy's loopback address) is
 * reached without the proxy, which refuses IP addresses.
 */
export function egressProxyEnv(
  proxyUrl: string,
  direct: readonly string[] = ['127.0.0.1', 'localhost', '::1'],
): Record<string, string> {
  const noProxy = direct.join(',');
  return {
    HTTP_PROXY: proxyUrl,
    HTTPS_PROXY: proxyUrl,
    http_proxy: proxyUrl,
    https_proxy: proxyUrl,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    YARN_HTTP_PROXY: proxyUrl,
    YARN_HTTPS_PROXY: proxyUrl,
    NODE_USE_ENV_PROXY: '1',
  };
}
