import { constants } from 'node:fs';
import { access, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../process.js';
import type { EgressPolicy } from '../../core/sandbox/egress-policy.js';
import { bridgeArgs, socatBridgeArgs } from './bridge.js';
import { egressProxyEnv, startEgressProxy, type EgressProxy } from './egress-proxy.js';
import { bwrapArgs, isInside, SOCKET_DIR, type BwrapPlan } from './bwrap-args.js';
import { forgetAtExit, removeAtExit } from '../exit-cleanup.js';
import { startPortRelay, type PortRelay } from './relay.js';
import { readOnlyTreePaths } from './tree-paths.js';
import type { ConfinedCommand, ConfineOptions, Sandbox, SandboxReport, TreeJail } from './types.js';

export class SandboxUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `the agent sandbox could not start: ${detail}. The agent never runs unconfined by ` +
        'default. Fix: install bubblewrap (Debian/Ubuntu: `sudo apt-get install -y bubblewrap`; ' +
        'on Ubuntu 24.04 runners also `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`), ' +
        'or set `sandbox: {mode: off}` in .github/lailatov.yml to run the agent without it (the ' +
        'job summary and the PR will say so).',
    );
    this.name = 'SandboxUnavailableError';
    Object.setPrototypeOf(this, SandboxUnavailableError.prototype);
  }
}

/** Directories under a home that hold credentials: never shown again, even on PATH. */
const CREDENTIAL_DIRS = new Set([
  '.ssh',
  '.config',
  '.aws',
  '.azure',
  '.docker',
  '.gnupg',
  '.kube',
  '.npmrc',
  '.netrc',
  '.git-credentials',
  '.pypirc',
  'runners',
  'work',
]);

export interface BwrapSandboxOptions {
  /** The orchestrator's environment: where homes, temp dirs and PATH are read from. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The bwrap executable (default: `bwrap` on PATH). */
  readonly bwrap?: string;
  /** Whether socat may carry relayed ports (default: when it is on PATH); else a node bridge. */
  readonly socat?: boolean;
  /** Hosts the agent may reach through the egress proxy; none (or no rule): no egress at all. */
  readonly egress?: EgressPolicy;
}

async function onPath(name: string, searchPath: string | undefined): Promise<boolean> {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    try {
      await access(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

function hiddenDirs(env: BwrapSandboxOptions['env']): string[] {
  const dirs = ['/home', '/root', '/tmp', '/var/tmp', '/run', '/mnt', '/media', os.tmpdir()];
  for (const name of ['HOME', 'RUNNER_TEMP', 'RUNNER_WORKSPACE'])
    if (env[name]) dirs.push(env[name]);
  dirs.push(os.homedir());
  return dirs.filter((d) => path.isAbsolute(d));
}

/**
 * What must be shown again inside a hidden directory: node itself (the bridge runs on it) and
 * the toolchains on PATH (pyenv, cargo, nvm under a home), each as the top-level directory under
 * its home, never a credential directory.
 */
async function readableDirs(
  env: BwrapSandboxOptions['env'],
  hidden: readonly string[],
): Promise<string[]> {
  const out: string[] = [path.dirname(path.dirname(await realpath(process.execPath)))];
  for (const entry of (env.PATH ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(entry)) continue;
    for (const candidate of new Set([entry, await realpath(entry).catch(() => entry)])) {
      const under = hidden.find((h) => isInside(candidate, h) && candidate !== h);
      if (under === undefined) continue;
      const top = path.relative(under, candidate).split(path.sep)[0];
      if (top !== undefined && !CREDENTIAL_DIRS.has(top)) out.push(path.join(under, top));
    }
  }
  return out;
}

/** The real boundary: each confined command is a bubblewrap sandbox of its own. */
export class BwrapSandbox implements Sandbox {
  readonly mode = 'bwrap' as const;
  private egress: Promise<EgressProxy> | undefined;
  private relayDir: Promise<string> | undefined;
  private readonly relays = new Map<number, Promise<PortRelay>>();
  private egressStarted: EgressProxy | undefined;

  private constructor(
    private readonly bwrap: string,
    private readonly o: BwrapSandboxOptions,
    private readonly hidden: readonly string[],
    private readonly readable: readonly string[],
    private readonly socat: boolean,
  ) {}

  /** Checks that a sandbox really starts here, so a broken setup fails before any agent runs. */
  static async open(o: BwrapSandboxOptions): Promise<BwrapSandbox> {
    const bwrap = o.bwrap ?? 'bwrap';
    const hidden = hiddenDirs(o.env);
    const socat = o.socat ?? (await onPath('socat', o.env.PATH));
    const sandbox = new BwrapSandbox(bwrap, o, hidden, await readableDirs(o.env, hidden), socat);
    const probe = sandbox.plan(os.tmpdir(), [], [], [], null, '/');
    const r = await runCommand(bwrap, bwrapArgs(probe, 'true', []), {
      cwd: '/',
      env: { PATH: o.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 30_000,
    });
    if (r.exitCode !== 0)
      throw new SandboxUnavailableError(
        r.spawnError !== undefined
          ? `bwrap is not installed (${r.spawnError})`
          : `bwrap failed (exit ${r.exitCode ?? r.signal}): ${r.stderr.trim().slice(0, 300)}`,
      );
    return sandbox;
  }

  private plan(
    root: string,
    readOnlyInTree: readonly string[],
    readable: readonly string[],
    writable: readonly string[],
    socketDir: string | null,
    cwd: string,
  ): BwrapPlan {
    const uid = process.getuid?.() ?? 1000;
    const gid = process.getgid?.() ?? 1000;
    return {
      root,
      hidden: this.hidden,
      readable: [...this.readable, ...readable],
      writable,
      readOnlyInTree,
      socketDir,
      // Root outside is an ordinary user inside: tools that refuse root, or act differently as
      // root, behave as they do on a laptop.
      uid: uid === 0 ? 1000 : uid,
      gid: uid === 0 ? 1000 : gid,
      cwd,
    };
  }

  async jail(root: string, protectedGlobs: readonly string[]): Promise<TreeJail> {
    const realRoot = await realpath(root);
    const gitEnv = { PATH: this.o.env.PATH ?? '/usr/bin:/bin' };
    const readOnly = await readOnlyTreePaths(realRoot, protectedGlobs, gitEnv);
    return {
      mode: 'bwrap',
      root: realRoot,
      confine: (file, args, opts) => this.confine(realRoot, readOnly, file, args, opts),
    };
  }

  private async confine(
    root: string,
    readOnly: readonly string[],
    file: string,
    args: readonly string[],
    opts: ConfineOptions,
  ): Promise<ConfinedCommand> {
    const egress = await this.egressProxy();
    const ports = [...new Set([...(opts.ports ?? []), ...(egress ? [egress.port] : [])])];
    // The proxy listens at the same port inside (the bridge), so its URL is the same there.
    const env = { ...opts.env, TMPDIR: '/tmp', ...(egress ? egressProxyEnv(egress.url) : {}) };
    const cwd = path.resolve(
      root,
      path.relative(root, await realpath(opts.cwd).catch(() => opts.cwd)),
    );
    if (ports.length === 0) {
      const plan = this.plan(root, readOnly, opts.readable ?? [], opts.writable ?? [], null, cwd);
      return { file: this.bwrap, args: bwrapArgs(plan, file, args), env };
    }
    const socketDir = await this.relayPorts(ports);
    const plan = this.plan(
      root,
      readOnly,
      opts.readable ?? [],
      opts.writable ?? [],
      socketDir,
      cwd,
    );
    const routes = ports.map((port) => ({ port, socket: `${SOCKET_DIR}/${port}.sock` }));
    const [bridge, bridgeArgv] = this.socat
      ? ['/bin/sh', socatBridgeArgs(routes, file, args)]
      : [await realpath(process.execPath), bridgeArgs(routes, file, args)];
    return { file: this.bwrap, args: bwrapArgs(plan, bridge, bridgeArgv), env };
  }

  /**
   * The host ends of the relayed ports, one per port for the sandbox's life (a listener per
   * command cost more than the command), in one directory that each command binds.
   */
  private async relayPorts(ports: readonly number[]): Promise<string> {
    this.relayDir ??= mkdtemp(path.join(os.tmpdir(), 'lailatov-relay-')).then((dir) => {
      removeAtExit(dir);
      return dir;
    });
    const dir = await this.relayDir;
    await Promise.all(
      ports.map((port) => {
        let relay = this.relays.get(port);
        if (relay === undefined) {
          relay = startPortRelay(dir, port);
          relay.catch(() => this.relays.delete(port));
          this.relays.set(port, relay);
        }
        return relay;
      }),
    );
    return dir;
  }

  /** The stage's one egress proxy, started with the first command that may use it. */
  private egressProxy(): Promise<EgressProxy | null> {
    const policy = this.o.egress;
    if (!policy || policy.rules.length === 0) return Promise.resolve(null);
    this.egress ??= startEgressProxy({ policy }).then((p) => (this.egressStarted = p));
    return this.egress;
  }

  report(): SandboxReport {
    return {
      mode: 'bwrap',
      summary:
        'bubblewrap: own PID, user, IPC and network namespaces; read-only system; writable tree ' +
        '(protected paths and .git read-only), private home and tmp; network only to the model ' +
        'proxy and the egress allowlist',
      egress: (this.egressStarted?.stats().entries ?? []).map((e) => ({
        host: e.host,
        port: e.port,
        allowed: e.allowed,
      })),
    };
  }

  async close(): Promise<void> {
    const relays = [...this.relays.values()];
    this.relays.clear();
    await Promise.all(relays.map(async (r) => (await r.catch(() => null))?.close()));
    if (this.relayDir) {
      const dir = await this.relayDir;
      await rm(dir, { recursive: true, force: true });
      forgetAtExit(dir);
    }
    this.relayDir = undefined;
    await (await this.egress)?.close();
  }
}
