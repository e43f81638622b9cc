/**
 * The first process inside a sandbox that has ports to reach. The sandbox has its own network
 * namespace (no route out); this bridge listens on 127.0.0.1:<port> inside and carries each
 * connection over a Unix socket, bound in from the host, to the relay that serves that port.
 * Then it runs the command and exits with its status. It is plain JavaScript for `node -e`, so
 * it needs no file on disk and works the same from the sources and from the bundles.
 */
export const BRIDGE_SOURCE = String.raw`
'use strict';
const net = require('node:net');
const { spawn } = require('node:child_process');
const [spec, file, ...args] = process.argv.slice(1);
const routes = JSON.parse(spec);
let pending = routes.length;
const servers = [];
function start() {
  const child = spawn(file, args, { stdio: 'inherit' });
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('error', (e) => { process.stderr.write(file + ': ' + e.message + '\n'); process.exit(127); });
  child.on('exit', (code, signal) => {
    for (const s of servers) s.close();
    process.exit(code === null ? 128 + (require('node:os').constants.signals[signal] || 9) : code);
  });
}
if (pending === 0) start();
for (const r of routes) {
  const server = net.createServer((inner) => {
    const outer = net.connect(r.socket);
    inner.pipe(outer).pipe(inner);
    const end = () => { inner.destroy(); outer.destroy(); };
    inner.on('error', end); outer.on('error', end); inner.on('close', end); outer.on('close', end);
  });
  server.on('error', (e) => { process.stderr.write('sandbox bridge: port ' + r.port + ': ' + e.message + '\n'); process.exit(125); });
  server.listen(r.port, '127.0.0.1', () => { if (--pending === 0) start(); });
  servers.push(server);
}
`;

export interface BridgeRoute {
  readonly port: number;
  /** Path of the relay's socket as the sandbox sees it. */
  readonly socket: string;
}

/**
 * The same bridge made of socat (one listener per port) and sh, which start in a few
 * milliseconds where node takes a hundred or more: the sh waits until every port listens (read
 * from the sandbox's own /proc/net/tcp), then becomes the command. Ports are numbers and the
 * socket paths are ours, so nothing in this script comes from the agent.
 */
export function socatBridgeArgs(
  routes: readonly BridgeRoute[],
  file: string,
  args: readonly string[],
): string[] {
  const listeners = routes.map(
    (r) =>
      `socat TCP-LISTEN:${r.port},bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:${r.socket} 2>/dev/null &`,
  );
  // `listening <hex port>` reads /proc/net/tcp with shell builtins only (no process per try).
  const hex = routes.map((r) => r.port.toString(16).toUpperCase().padStart(4, '0'));
  const script = [
    ...listeners,
    'listening() { while read -r _ addr _ st _; do [ "$addr" = "0100007F:$1" ] && [ "$st" = 0A ] && return 0; done < /proc/net/tcp; return 1; }',
    'i=0',
    `until ${hex.map((h) => `listening ${h}`).join(' && ')}; do`,
    '  i=$((i+1)); [ "$i" -ge 3000 ] && break; [ "$i" -gt 200 ] && sleep 0.002',
    'done',
    'exec "$@"',
  ].join('\n');
  return ['-c', script, 'lailatov-bridge', file, ...args];
}

/** argv (after the node binary) that runs `file args` behind the bridge. */
export function bridgeArgs(
  routes: readonly BridgeRoute[],
  file: string,
  args: readonly string[],
): string[] {
  return ['-e', BRIDGE_SOURCE, JSON.stringify(routes), file, ...args];
}
