import { mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { treeChangesSince, headSha } from '../tree-changes.js';
import { infraFailure } from '../fallback.js';
import type { CliEngineName } from '../binary.js';
import { locateCli } from '../cli-install.js';
import { runCommand, type RunResult } from '../process.js';
import { sandboxEnv } from '../sandbox-env.js';
import { jailFor, type Sandbox } from '../sandbox/index.js';
import { costOf } from '../../core/cost/index.js';
import type { EngineResult, EngineTask, Pricer } from '../types.js';
import type { ProviderProfile } from './providers.js';
import { startKeyProxy, type KeyProxy, type ProxyStats } from './server.js';

/** A progress event from a CLI engine's machine-readable output, as it arrives. */
export interface ProgressEvent {
  readonly engine: string;
  readonly type: string;
  readonly event: unknown;
}

/** Options shared by every CLI engine (claude-code, codex, aider, gemini). */
export interface CliEngineOptions {
  /** Path of the CLI; found on PATH when absent. */
  readonly binaryPath?: string;
  /** Where the agent's allowlisted variables come from (default: this process's env). */
  readonly parentEnv?: Readonly<Record<string, string | undefined>>;
  /** The real model endpoint and credential; the CLI reaches it only through the key proxy. */
  readonly upstream?: { readonly url: string; readonly apiKey: string };
  /**
   * The upstream for the provider the engine speaks on this run (codex: openai, gemini: gemini,
   * aider: by its model); wins over `upstream`. Each CLI reaches its own provider, never another's.
   */
  readonly upstreamFor?: (
    provider: ProviderProfile['name'],
  ) => { readonly url: string; readonly apiKey: string } | undefined;
  /** Prices tokens when the CLI reports none, and every response the key proxy meters. */
  readonly pricer?: Pricer;
  readonly killGraceMs?: number;
  readonly maxOutputBytes?: number;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Where the CLI runs (default: the strict bwrap sandbox). */
  readonly sandbox?: Sandbox;
}

export interface CliRunSpec {
  readonly engine: CliEngineName;
  readonly binaryName: string;
  readonly options: CliEngineOptions;
  readonly task: EngineTask;
  readonly signal?: AbortSignal;
  readonly profile: ProviderProfile;
  /** The variables that point the CLI at the proxy with the dummy key. */
  readonly proxyEnv: (proxy: KeyProxy) => Record<string, string>;
  /** Builds argv once the session exists (it may need the temp HOME or the proxy's URL). */
  readonly args: (ctx: { home: string; proxyUrl: string | undefined }) => readonly string[];
  readonly extraEnv?: Record<string, string>;
  /** Writes config files into the throwaway HOME before the CLI starts. */
  readonly prepareHome?: (home: string) => Promise<void>;
  readonly input?: string;
  readonly onLine?: (line: string) => void;
}

export interface CliSession {
  readonly run: RunResult;
  readonly changedFiles: string[];
  /** Usage counted by the proxy, when one ran. */
  readonly proxy: ProxyStats | null;
  readonly binary: string;
}

const defaultPricer: Pricer = (model, tokens) => costOf(model, tokens).usd;

/**
 * Runs one CLI engine invocation: finds the binary, starts the key proxy, builds the scrubbed
 * environment (allowlist + a throwaway HOME + the proxy URL and dummy key), runs the CLI through
 * the one process boundary, and reads the changed files from git. Always cleans up.
 */
export async function runCliSession(spec: CliRunSpec): Promise<CliSession> {
  const parentEnv = spec.options.parentEnv ?? process.env;
  const binary = await locateCli({
    engine: spec.engine,
    name: spec.binaryName,
    ...(spec.options.binaryPath !== undefined ? { configured: spec.options.binaryPath } : {}),
    searchPath: parentEnv.PATH,
    env: parentEnv,
  });
  const home = await mkdtemp(path.join(os.tmpdir(), `lailatov-${spec.engine}-home-`));
  let proxy: KeyProxy | undefined;
  try {
    await spec.prepareHome?.(home);
    const up = spec.options.upstreamFor?.(spec.profile.name) ?? spec.options.upstream;
    if (up)
      proxy = await startKeyProxy({
        profile: spec.profile,
        upstream: up.url,
        realKey: up.apiKey,
        // The proxy is the run's meter: it prices every response and holds the ceiling.
        meter: {
          pricer: spec.options.pricer ?? defaultPricer,
          model: spec.task.model,
          ...(spec.task.budgetUsd !== undefined ? { ceilingUsd: spec.task.budgetUsd } : {}),
        },
      });
    const env = sandboxEnv(parentEnv, {
      ...(spec.task.env.allow ? { allow: spec.task.env.allow } : {}),
      set: {
        ...spec.task.env.set,
        HOME: home,
        ...spec.extraEnv,
        ...(proxy ? spec.proxyEnv(proxy) : {}),
      },
    });
    const gitEnv = sandboxEnv(parentEnv);
    const base = await headSha(spec.task.cwd, gitEnv);
    const jail = await jailFor(spec.options.sandbox, spec.task.cwd, spec.task.protectedPaths);
    const run = await runCommand(binary, spec.args({ home, proxyUrl: proxy?.url }), {
      cwd: spec.task.cwd,
      env: env,
      confine: {
        jail,
        writable: [home],
        readable: [await installDir(binary)],
        ports: proxy ? [proxy.port] : [],
      },
      timeoutMs: spec.task.timeoutMs,
      ...(spec.options.killGraceMs !== undefined ? { killGraceMs: spec.options.killGraceMs } : {}),
      ...(spec.options.maxOutputBytes !== undefined
        ? { maxOutputBytes: spec.options.maxOutputBytes }
        : {}),
      ...(spec.signal ? { signal: spec.signal } : {}),
      ...(spec.input !== undefined ? { input: spec.input } : {}),
      ...(spec.onLine ? { onStdoutLine: spec.onLine } : {}),
    });
    const files = await treeChangesSince(spec.task.cwd, base, gitEnv);
    return { run, changedFiles: files, proxy: proxy ? proxy.stats() : null, binary };
  } finally {
    await proxy?.close();
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * What the sandbox must show of a CLI's installation: its package's `node_modules` root (an npm
 * CLI loads its siblings), or else the directory of the real executable.
 */
async function installDir(binary: string): Promise<string> {
  const real = await realpath(binary).catch(() => binary);
  const at = real.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return at >= 0 ? real.slice(0, at + '/node_modules'.length) : path.dirname(real);
}

/** Parses one output line as a JSON object, or undefined (CLIs mix in plain text). */
export function parseJsonLine(line: string): Record<string, unknown> | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a CLI run that every engine fills the same way. */
export function sessionBase(
  engine: string,
  provider: string,
  task: EngineTask,
  session: CliSession,
): Omit<EngineResult, 'outcome' | 'finalMessage' | 'turns' | 'tokens' | 'costUsd'> {
  return {
    changedFiles: session.changedFiles,
    durationMs: session.run.durationMs,
    engine,
    model: task.model,
    provider,
    transcriptPath: null,
  };
}

/**
 * The outcome when the CLI did not end normally (timeout, cancel, crash), or undefined when it
 * did and the engine's own parsing decides. A non-zero exit without a result is infrastructure.
 */
export function abnormalEnd(
  session: CliSession,
  hasResult: boolean,
): { outcome: EngineResult['outcome']; detail: string; infra: boolean } | undefined {
  const r = session.run;
  if (r.aborted) return { outcome: 'error', detail: 'cancelled', infra: false };
  if (r.timedOut) {
    return {
      outcome: 'timeout',
      detail: `wall-clock timeout after ${r.durationMs} ms`,
      infra: true,
    };
  }
  if (r.spawnError !== undefined) {
    return { outcome: 'error', detail: `could not start: ${r.spawnError}`, infra: true };
  }
  if (!hasResult && r.exitCode !== 0) {
    const upstream = session.proxy?.statuses.filter((s) => s >= 400) ?? [];
    const tail = r.stderr.trim().split('\n').slice(-5).join(' / ').slice(-600);
    const how = r.signal !== null ? `killed by ${r.signal}` : `exit ${r.exitCode}`;
    const up = upstream.length > 0 ? `; upstream statuses ${upstream.join(',')}` : '';
    return { outcome: 'error', detail: `${how} without a result${up}: ${tail}`, infra: true };
  }
  return undefined;
}

type Common = Omit<EngineResult, 'outcome' | 'detail'>;

/** Turns an abnormal end into the result: infra failures are flagged for the fallback chain. */
export function abnormalResult(
  common: Common,
  abnormal: NonNullable<ReturnType<typeof abnormalEnd>>,
): EngineResult {
  if (!abnormal.infra) return { ...common, outcome: abnormal.outcome, detail: abnormal.detail };
  const r = infraFailure(common, abnormal.detail);
  return abnormal.outcome === 'timeout' ? { ...r, outcome: 'timeout' } : r;
}

/** The higher of two costs; an unknown one never hides a known one, nor counts as zero. */
function higherCost(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * Puts the proxy's meter into an engine's result: the proxy saw every request, so its tokens
 * stand when it forwarded any, its priced total when the CLI reported none or less, and a
 * request refused for the ceiling makes the run `budget_exceeded` whatever the CLI then said.
 */
export function withMeter(session: CliSession, result: EngineResult): EngineResult {
  const p = session.proxy;
  if (!p) return result;
  const seen = p.requests > 0;
  const metered: EngineResult = {
    ...result,
    ...(seen ? { tokens: p.tokens } : {}),
    costUsd: seen ? higherCost(result.costUsd, p.costUsd) : result.costUsd,
  };
  if (!p.ceilingHit || session.run.aborted) return metered;
  const refused = `${p.ceilingRefusals} request${p.ceilingRefusals === 1 ? '' : 's'} refused`;
  const detail = [`${p.ceilingMessage} (${refused})`, result.detail].filter(
    (d) => d !== undefined && d !== '',
  );
  return { ...metered, outcome: 'budget_exceeded', detail: detail.join('; ') };
}
