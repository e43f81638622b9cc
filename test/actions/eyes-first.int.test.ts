// The 👀 is the first thing a person sees of a run, so the built action sends it before it loads
// any of the stage's modules: loading a module holds the event loop, and a 👀 sent beside the
// imports left only once they had all loaded (bench/github: time to the 👀). The check is
// not a timing: GitHub here never answers the 👀, and Node's module log (NODE_DEBUG=module,
// written synchronously to the stderr pipe) must name no chunk of dist/lib by then.
import { beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../support/temp.js';
import { DIST, labeledEvent } from './harness.js';

let dir = '';
beforeAll(async () => {
  dir = await tempDir('eyes-first-');
});

test('the built triage action sends the 👀 before it loads any chunk past the startup one', async () => {
  const paths: string[] = [];
  let reacted: () => void = () => undefined;
  const reaction = new Promise<void>((r) => (reacted = r));
  const server = http.createServer((req, res) => {
    paths.push(`${req.method} ${req.url}`);
    req.resume();
    // Never answered: the action waits for it, or goes on loading if it does not.
    if (req.url?.endsWith('/reactions')) return reacted();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"permission":"write","role_name":"write","user":{"login":"alice"}}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const event = labeledEvent(1, { title: 't', body: 'b' });
  const eventPath = join(dir, 'event.json');
  await writeFile(eventPath, JSON.stringify(event.payload));
  const child = spawn(process.execPath, [join(DIST, 'triage', 'index.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_DEBUG: 'module',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      'INPUT_GITHUB-TOKEN': 'x',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const closed = new Promise<void>((r) => child.on('close', () => r()));
  try {
    await Promise.race([
      reaction,
      closed.then(() => {
        throw new Error(`the action exited before its 👀; requests: ${paths.join(', ')}\n${log}`);
      }),
    ]);
  } finally {
    // Everything it wrote before the 👀 left is in the pipe; the close event drains it.
    child.kill('SIGKILL');
    await closed;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
  expect(paths.at(-1)).toBe('POST /repos/o/r/issues/1/reactions');
  expect(log).toMatch(/lib[/\\]index\.cjs/);
  expect(log.match(/[\w.]*\.index\.cjs\.js/g) ?? []).toEqual([]);
});
