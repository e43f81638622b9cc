// GitHub side of the suite, measured on the BUILT actions (run `npm run build` first):
// 1. GitHub API calls for the whole pipeline (issue → ready, one remediation round), from the
//    emulator's request log: bench/api-calls.bench.ts (per stage, per route, and a review of a
//    20-file PR), printed here in one line;
// 2. each bundle's cold start: process start → arrival of its first API request at a loopback
//    server, paired run by run with a baseline `node -e` that sends one request with node:http
//    (what the actions' client uses) to the same server, clocked the same way. The clock is the
//    request's arrival on both sides, not the exit: an action does not exit after its first
//    request, so its exit would time the whole run. The pairs alternate which side starts
//    first; each pair gives one ratio, and the bench prints their min/median/max beside the
//    baseline's and `node -e 0`'s own times (target ≤ 2×), in wall time and in the CPU time the
//    process had used by then (from /proc; it hardly moves with the load of a shared machine,
//    the wall time does). Both sides start with an environment built from nothing (PATH and the
//    runner's variables), so NODE_EXTRA_CA_CERTS (~30 ms per start on the dev machines),
//    NODE_OPTIONS and the like slow neither;
// 3. time to the 👀: process start → arrival of the reaction request, for the actions whose
//    event asks for one (the server answers the permission check "write");
// 4. the bundle sizes.
// The ratio moves with the load: read it next to the absolute figures and the load average.
// Usage: npm run bench -- github   (BENCH_ROUNDS=N; BENCH_DIST=dir measures another build)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipelineCalls } from '../test/actions/count-calls.js';
import { DIST as BUILT, labeledEvent, startWorld } from '../test/actions/harness.js';
import { fmtSpread, spread } from './support/spread.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : BUILT;

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

interface Arrival {
  t: number;
  cpuMs: number;
}

/** CPU milliseconds every thread of `pid` has run (Linux /proc schedstat), or NaN. */
function cpuMsOf(pid: number): number {
  try {
    const dir = `/proc/${pid}/task`;
    let ns = 0;
    for (const task of readdirSync(dir))
      ns += Number(readFileSync(`${dir}/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return NaN;
  }
}

/** A loopback GitHub that stamps each request's arrival and answers the permission check. */
async function stampingServer(): Promise<{
  url: string;
  /** The arrival of the next request whose path matches, and the CPU `pid` had used by then. */
  next(pid: number, path?: RegExp): Promise<Arrival>;
  permission: string;
  close(): Promise<void>;
}> {
  let waiter: { pid: number; path: RegExp; resolve: (a: Arrival) => void } | null = null;
  const state = {
    permission: 'read',
    url: '',
    next: (pid: number, path = /./) =>
      new Promise<Arrival>((r) => (waiter = { pid, path, resolve: r })),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server = http.createServer((req, res) => {
    const t = performance.now();
    if (waiter?.path.test(req.url ?? '')) {
      waiter.resolve({ t, cpuMs: cpuMsOf(waiter.pid) });
      waiter = null;
    }
    req.resume();
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        permission: state.permission,
        role_name: state.permission,
        user: { login: 'alice' },
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  state.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return state;
}

const human = { login: 'alice', type: 'User' };
/** Each action's event; `eyes`: the route answers it with a 👀 (src/action/route.ts). */
const EVENTS: Record<string, { name: string; payload: unknown; eyes: boolean }> = {
  triage: { ...labeledEvent(1, { title: 't', body: 'b' }), eyes: true },
  lailatov: { ...labeledEvent(1, { title: 't', body: 'b' }), eyes: true },
  write: {
    name: 'repository_dispatch',
    payload: {
      action: 'agent-task',
      client_payload: { title: 't', issue_number: 1 },
      sender: human,
    },
    eyes: true,
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
    eyes: false,
  },
  remediate: {
    name: 'repository_dispatch',
    payload: {
      action: 'lailatov-remediate',
      client_payload: { issue: 1, pr: 2, correlationId: 'c' },
      sender: human,
    },
    eyes: false,
  },
};

/** Wall and CPU milliseconds from spawn to the clock event. */
interface Timing {
  ms: number;
  cpuMs: number;
}

/**
 * Milliseconds from spawn to the arrival `until(pid)` reports (or to exit when null); the child
 * is then killed. The CPU figure is what all its threads had used by then: unlike the wall
 * time, it hardly moves with the load of a shared machine.
 */
async function timeTo(
  args: string[],
  env: Record<string, string>,
  until: ((pid: number) => Promise<Arrival>) | null,
): Promise<Timing> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
  const exited = new Promise<Arrival>((r) =>
    child.on('exit', () => r({ t: until ? NaN : performance.now(), cpuMs: NaN })),
  );
  const arrived = until && child.pid ? until(child.pid) : exited;
  // A child that exits without its request (a crash, a wrong bundle) ends the bench with an
  // error instead of waiting forever; a request already in flight gets half a second.
  const late = (): Promise<Arrival> =>
    Promise.race([
      arrived,
      new Promise<Arrival>((r) => setTimeout(() => r({ t: NaN, cpuMs: NaN }), 500)),
    ]);
  const got = await Promise.race([arrived, exited.then(late)]);
  child.kill();
  await exited;
  if (Number.isNaN(got.t)) throw new Error(`${args.join(' ')} exited before its request arrived`);
  return { ms: got.t - t0, cpuMs: got.cpuMs };
}

/** "min / median / max" of xs, each with `digits` decimals. */
const spreadOf = (xs: number[], digits: number): string => fmtSpread(spread(xs), digits);

async function sizeOf(dir: string): Promise<number> {
  let n = 0;
  for (const f of await readdir(dir)) n += (await stat(join(dir, f))).size;
  return n;
}

async function coldStarts(): Promise<void> {
  const server = await stampingServer();
  const dir = await mkdtemp(join(tmpdir(), 'gh-actions-bench-'));
  // Built from nothing: no NODE_EXTRA_CA_CERTS, NODE_OPTIONS, ... on either side.
  const bare = { PATH: process.env.PATH ?? '' };
  const baseline = [
    '-e',
    `require('node:http').get(${JSON.stringify(`${server.url}/baseline`)}).on('error', () => {})`,
  ];
  const envOf = async (action: string): Promise<Record<string, string>> => {
    const event = EVENTS[action]!;
    const eventPath = join(dir, `${action}.json`);
    await writeFile(eventPath, JSON.stringify(event.payload));
    return {
      ...bare,
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
  };
  const bundle = (action: string): string[] => [join(DIST, action, 'index.js')];
  try {
    const load = loadavg().map((x) => x.toFixed(2));
    const nodeE0: number[] = [];
    const base: Timing[] = [];
    const runs: Record<string, Timing[]> = {};
    const ratios: Record<string, { wall: number[]; cpu: number[] }> = {};
    for (let i = 0; i < ROUNDS; i++) {
      nodeE0.push((await timeTo(['-e', '0'], bare, null)).ms);
      for (const action of Object.keys(EVENTS)) {
        const env = await envOf(action);
        const b = () => timeTo(baseline, bare, (pid) => server.next(pid));
        const a = () => timeTo(bundle(action), env, (pid) => server.next(pid));
        // Alternate which side of the pair starts first, so a drift in load hits both.
        const pair =
          i % 2 === 0 ? { tb: await b(), ta: await a() } : { ta: await a(), tb: await b() };
        base.push(pair.tb);
        (runs[action] ??= []).push(pair.ta);
        const r = (ratios[action] ??= { wall: [], cpu: [] });
        r.wall.push(pair.ta.ms / pair.tb.ms);
        r.cpu.push(pair.ta.cpuMs / pair.tb.cpuMs);
      }
    }
    const ms = (ts: Timing[]) => ts.map((t) => t.ms);
    const cpu = (ts: Timing[]) => ts.map((t) => t.cpuMs);
    console.log(
      `\ncold start, process start → first API request arrives; ${ROUNDS} pairs per action, ` +
        `alternating which side runs first (load average ${load.join(' ')}); min / median / max:\n` +
        `  baseline, node -e + one node:http request: ${spreadOf(ms(base), 1)} ms wall, ` +
        `${spreadOf(cpu(base), 1)} ms CPU\n` +
        `  node -e 0, to exit:                        ${spreadOf(nodeE0, 1)} ms wall`,
    );
    for (const [action, r] of Object.entries(ratios))
      console.log(
        `  ${action.padEnd(10)} ${spreadOf(ms(runs[action]!), 1)} ms wall, ${spreadOf(cpu(runs[action]!), 1)} ms CPU; ` +
          `ratio to baseline ${spreadOf(r.wall, 2)}× wall (target ≤ 2×), ${spreadOf(r.cpu, 2)}× CPU`,
      );
    // Time to the 👀: the actor may write, so the run passes the check and reacts.
    server.permission = 'write';
    const eyes: Record<string, Timing[]> = {};
    for (let i = 0; i < ROUNDS; i++)
      for (const action of Object.keys(EVENTS).filter((a) => EVENTS[a]!.eyes))
        (eyes[action] ??= []).push(
          await timeTo(bundle(action), await envOf(action), (pid) =>
            server.next(pid, /\/reactions$/),
          ),
        );
    console.log(`\ntime to the 👀, process start → reaction request arrives; min / median / max:`);
    for (const [action, ts] of Object.entries(eyes))
      console.log(
        `  ${action.padEnd(10)} ${spreadOf(ms(ts), 1)} ms wall, ${spreadOf(cpu(ts), 1)} ms CPU`,
      );
    const lib = await sizeOf(join(DIST, 'lib'));
    const startup = (await stat(join(DIST, 'lib', 'index.cjs'))).size;
    console.log(
      `\nbundle sizes: dist/lib ${(lib / 1e6).toFixed(2)} MB in all (shared by every action; startup chunk index.cjs ${(startup / 1e6).toFixed(2)} MB, the rest loaded on demand)`,
    );
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// BENCH_COLD_ONLY=1 skips the pipeline's call count (half a minute) when comparing builds.
if (process.env.BENCH_COLD_ONLY !== '1') await apiCalls();
await coldStarts();
