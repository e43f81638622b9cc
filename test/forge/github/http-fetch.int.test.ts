// httpFetch follows redirects like fetch does, and like fetch it keeps credentials on their origin.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFetch } from '../../../src/forge/github/http-fetch.js';

interface Loopback {
  readonly server: Server;
  readonly base: string;
  readonly seen: IncomingHttpHeaders[];
}

/** A loopback server on its own port (so its own origin) that records each request's headers. */
async function loopback(
  answer: (path: string) => { status: number; location?: string },
): Promise<Loopback> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    const { status, location } = answer(req.url ?? '/');
    res.writeHead(status, location ? { location } : { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, seen };
}

describe('httpFetch redirects', () => {
  let other: Loopback;
  let api: Loopback;

  beforeAll(async () => {
    other = await loopback(() => ({ status: 200 }));
    api = await loopback((path) =>
      path === '/away'
        ? { status: 302, location: `${other.base}/landed` }
        : path === '/here'
          ? { status: 307, location: '/landed' }
          : { status: 200 },
    );
  });

  afterAll(async () => {
    await Promise.all([api, other].map((s) => new Promise((r) => s.server.close(r))));
  });

  const headers = { authorization: 'token secret', cookie: 'c=1', accept: 'application/json' };

  test('drops Authorization and Cookie when a redirect leads to another origin', async () => {
    const res = await httpFetch(`${api.base}/away`, { headers });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${other.base}/landed`);
    const landed = other.seen.at(-1);
    expect(landed?.authorization).toBeUndefined();
    expect(landed?.cookie).toBeUndefined();
    expect(landed?.accept).toBe('application/json');
  });

  test('keeps Authorization on a redirect within the same origin', async () => {
    const res = await httpFetch(`${api.base}/here`, { headers });
    expect(res.url).toBe(`${api.base}/landed`);
    expect(api.seen.at(-1)?.authorization).toBe('token secret');
  });
});
