// GitHub side of the suite, measured on the BUILT actions (run `npm run build` first):
// 1. GitHub API calls for the whole pipeline (issue → ready, one remediation round), from the
//    emulator's request log: bench/api-calls.bench.ts (per stage, per route, and a review of a
//    20-file PR), printed here in one line;
// 2. each bundle's cold start, process start → first API request, as a ratio to `node -e 0`
//    measured in the same run, alternating (target ≤ 2×); and the bundle sizes. Last measured
//    on the 2-core dev machines: 1.6× when quiet, 1.3–1.6× under load, with a 0.19 MB startup
//    chunk (ARCHITECTURE.md). The ratio moves with the load: read it next to `node -e 0`.
// Usage: npm run bench -- github
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipelineCalls } from '../test/actions/count-calls.js';
import { DIST, labeledEvent, startWorld } from '../test/actions/harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

async function apiCalls(): Promise<void> {
  const w = await startWorld();
  try {
    const { stages, outcome, round } = await pipelineCalls(w);
    const total = stages.reduce((a, s) => a + s.routes.length, 0);
    console.log(
      `API calls, issue → ${outcome} with ${round} remediation round(s): ${total} (target ≤ 30; ` +
        `${stages.map((s) => `${s.stage} ${s.routes.length}`).join(', ')}; per route: npm run bench -- api-calls)`,
    );
  } finally {
    await w.close();
  }
}

/** A server that records when the first request arrives and answers "read permission". */
async function firstRequestServer(): Promise<{
  url: string;
  next(): Promise<number>;
  close(): Promise<void>;
}> {
  let waiter: ((t: number) => void) | null = null;
  const server = http.createServer((_req, res) => {
    const t = performance.now();
    waiter?.(t);
    waiter = null;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"permission":"read","role_name":"read","user":{"login":"alice"}}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    next: () => new Promise<number>((r) => (waiter = r)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const human = { login: 'alice', type: 'User' };
const EVENTS: Record<string, { name: string; payload: unknown }> = {
  triage: labeledEvent(1, { title: 't', body: 'b' }),
  lailatov: labeledEvent(1, { title: 't', body: 'b' }),
  write: {
    name: 'repository_dispatch',
    payload: {
      action: 'agent-task',
      client_payload: { title: 't', issue_number: 1 },
      sender: human,
    },
  },
  review: {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      pull_request: {
        number: 2,
        head: { ref: 'agent/issue-1-t', sha: 'a'.repeat(40) },
        base: { ref: 'main' },
      },
      sender: human,
    },
  },
  remediate: {
    name: 'repository_dispatch',
    payload: {
      action: 'lailatov-remediate',
      client_payload: { issue: 1, pr: 2, correlationId: 'c' },
      sender: human,
    },
  },
};

async function spawnUntil(
  args: string[],
  env: Record<string, string>,
  until: Promise<number> | null,
): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
  const exited = new Promise<number>((r) => child.on('exit', () => r(performance.now())));
  const t = await (until ?? exited);
  child.kill();
  await exited;
  return t - t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function sizeOf(dir: string): Promise<number> {
  let n = 0;
  for (const f of await readdir(dir)) n += (await stat(join(dir, f))).size;
  return n;
}

async function coldStarts(): Promise<void> {
  const server = await firstRequestServer();
  const dir = await mkdtemp(join(tmpdir(), 'gh-actions-bench-'));
  try {
    const base: number[] = [];
    const per: Record<string, number[]> = {};
    for (let i = 0; i < ROUNDS; i++) {
      base.push(await spawnUntil(['-e', '0'], { PATH: process.env.PATH ?? '' }, null));
      for (const [action, event] of Object.entries(EVENTS)) {
        const eventPath = join(dir, `${action}.json`);
        await writeFile(eventPath, JSON.stringify(event.payload));
        const env = {
          PATH: process.env.PATH ?? '',
          GITHUB_EVENT_NAME: event.name,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_WORKSPACE: dir,
          GITHUB_API_URL: server.url,
          GITHUB_OUTPUT: join(dir, 'out'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          'INPUT_GITHUB-TOKEN': 'x',
          ...(action === 'lailatov' ? { INPUT_STAGE: 'auto' } : {}),
        };
        (per[action] ??= []).push(
          await spawnUntil([join(DIST, action, 'index.js')], env, server.next()),
        );
      }
    }
    const b = median(base);
    console.log(
      `\ncold start, process start → first API request (median of ${ROUNDS}; node -e 0 = ${b.toFixed(1)} ms):`,
    );
    for (const [action, xs] of Object.entries(per)) {
      const m = median(xs);
      console.log(
        `  ${action.padEnd(10)} ${m.toFixed(1).padStart(7)} ms   ${(m / b).toFixed(2)}× node -e 0 (target ≤ 2×)`,
      );
    }
    const lib = await sizeOf(join(DIST, 'lib'));
    const startup = (await stat(join(DIST, 'lib', 'index.cjs'))).size;
    console.log(
      `\nbundle sizes: dist/lib ${(lib / 1e6).toFixed(2)} MB in all (shared by every action; startup chunk index.cjs ${(startup / 1e6).toFixed(2)} MB, the rest loaded on demand)`,
    );
    for (const action of Object.keys(EVENTS))
      console.log(
        `  dist/${action}/index.js ${(await stat(join(DIST, action, 'index.js'))).size} bytes (stub)`,
      );
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await apiCalls();
await coldStarts();
