import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import { parseRelayConfigText } from '../../relay/config.js';
import { relaySecrets, relayUrls, RELAY_ENV } from '../../relay/env.js';
import { createRelayHandler } from '../../relay/handler.js';
import { serveRelay, type RelayServer } from '../../relay/node-server.js';
import { ExitCode, type CliIo, type Command } from '../io.js';
import { reportingUserErrors } from './policy.js';

export const DEFAULT_RELAY_CONFIG = 'lailatov-relay.json';

const HELP = `Usage: lailatov relay --port N [--host ADDR] [--config FILE]

Receives ClickUp and Linear webhooks and starts LailaTov in the mapped GitHub repository:
a task tagged (ClickUp) or an issue labeled (Linear) ai-agent becomes a repository_dispatch
agent-task. Endpoints: POST /clickup, POST /linear, GET /healthz.

  --port N        port to listen on (0: any free port; the URL is printed)
  --host ADDR     address to listen on (default 127.0.0.1; 0.0.0.0 behind a proxy)
  --config FILE   the mapping (default ./${DEFAULT_RELAY_CONFIG}, or the JSON text in
                  ${RELAY_ENV.config})

Environment: ${RELAY_ENV.githubToken} (fine-grained, contents: write on the mapped repositories),
${RELAY_ENV.clickupSecret}, ${RELAY_ENV.clickupToken}, ${RELAY_ENV.linearSecret}, ${RELAY_ENV.linearKey}.
See docs/relays.md. Stops on SIGINT or SIGTERM.
`;

async function configText(
  io: CliIo,
  file: string | undefined,
): Promise<{ text: string; name: string }> {
  const fromEnv = io.env[RELAY_ENV.config]?.trim();
  if (file === undefined && fromEnv) return { text: fromEnv, name: RELAY_ENV.config };
  const name = file ?? DEFAULT_RELAY_CONFIG;
  try {
    return { text: await readFile(path.resolve(io.cwd, name), 'utf8'), name };
  } catch {
    throw new UserError(
      `cannot read the relay config ${name}. Fix: pass --config FILE, or set ${RELAY_ENV.config} (docs/relays.md).`,
    );
  }
}

/** Starts the relay server (the command keeps it running; tests close it). */
export async function startRelay(
  io: CliIo,
  o: { port: number; host?: string; config?: string },
): Promise<RelayServer> {
  const { text, name } = await configText(io, o.config);
  const config = parseRelayConfigText(text, name);
  const logger = {
    info: (m: string) => io.stderr(`relay: ${m}\n`),
    warn: (m: string) => io.stderr(`relay: warning: ${m}\n`),
  };
  const handler = createRelayHandler({
    config,
    secrets: relaySecrets(io.env, config),
    urls: relayUrls(io.env),
    logger,
  });
  return serveRelay(handler, { port: o.port, host: o.host, logger });
}

function port(v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < 0 || n > 65535)
    throw new UserError(`--port: expected a port number 0-65535, got ${JSON.stringify(v ?? null)}`);
  return n;
}

export const relayCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`lailatov relay: ${(e as Error).message}\n\n${HELP}`);
    return ExitCode.badInput;
  }
  if (parsed.values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  return reportingUserErrors('relay', io, async () => {
    const server = await startRelay(io, {
      port: port(parsed.values.port),
      host: parsed.values.host,
      config: parsed.values.config,
    });
    io.stdout(`LailaTov relay listening on ${server.url} (POST /clickup, POST /linear)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return ExitCode.ok;
  });
};
