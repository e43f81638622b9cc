// The relay as a Cloudflare Worker (wrangler.toml: compatibility_flags = ["nodejs_compat"] for
// node:crypto). The config is the LAILATOV_RELAY_CONFIG variable (the JSON text); the secrets
// are Worker secrets with the names of src/relay/env.ts. docs/relays.md shows the deployment.
// An isolate's memory is the delivery store: bind a shared one (e.g. Workers KV) through
// `createRelayHandler({ store })` when replays across isolates matter.
import { parseRelayConfigText } from '../config.js';
import { relaySecrets, relayUrls, RELAY_ENV, type RelayEnv } from '../env.js';
import { createRelayHandler, type RelayHandler } from '../handler.js';

let cached: { key: string; handler: RelayHandler } | undefined;

function handlerFor(env: RelayEnv): RelayHandler {
  const text = env[RELAY_ENV.config] ?? '';
  // One handler per isolate and config, so the delivery store and the rate limit persist.
  if (cached?.key !== text) {
    const config = parseRelayConfigText(text, RELAY_ENV.config);
    cached = {
      key: text,
      handler: createRelayHandler({
        config,
        secrets: relaySecrets(env, config),
        urls: relayUrls(env),
      }),
    };
  }
  return cached.handler;
}

export default {
  fetch(request: Request, env: RelayEnv): Promise<Response> {
    return handlerFor(env)(request, { ip: request.headers.get('cf-connecting-ip') ?? undefined });
  },
};
