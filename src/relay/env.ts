// The relay's secrets and API URLs from environment variables (the Node server's environment,
// a Worker's bindings, a function's settings): one reader for every way the relay runs.
import { UserError } from '../core/errors.js';
import { DEFAULT_API_URLS } from './apis.js';
import type { RelayConfig } from './config.js';
import type { RelayDeps, RelaySecrets } from './handler.js';

export type RelayEnv = Readonly<Record<string, string | undefined>>;

/** The variables, by name (docs/relays.md lists them). */
export const RELAY_ENV = {
  githubToken: 'GITHUB_TOKEN',
  clickupSecret: 'CLICKUP_WEBHOOK_SECRET',
  clickupToken: 'CLICKUP_API_TOKEN',
  linearSecret: 'LINEAR_WEBHOOK_SECRET',
  linearKey: 'LINEAR_API_KEY',
  config: 'LAILATOV_RELAY_CONFIG',
} as const;

const value = (env: RelayEnv, name: string): string | null => env[name]?.trim() || null;

function need(env: RelayEnv, name: string, why: string): string {
  const v = value(env, name);
  if (v === null) throw new UserError(`${name} is not set: ${why}. Fix: set it (docs/relays.md).`);
  return v;
}

/** Several webhooks (ClickUp gives each its own secret): comma-separated. */
const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The secrets the configured providers need; a missing one names its variable. */
export function relaySecrets(env: RelayEnv, config: RelayConfig): RelaySecrets {
  return {
    githubToken: need(
      env,
      RELAY_ENV.githubToken,
      'the relay sends repository_dispatch with it (fine-grained, contents: write on the mapped repositories)',
    ),
    clickup:
      config.clickup === null
        ? null
        : {
            webhookSecrets: list(
              need(env, RELAY_ENV.clickupSecret, "the ClickUp webhook's secret checks X-Signature"),
            ),
            apiToken: need(env, RELAY_ENV.clickupToken, 'the relay reads the tagged task with it'),
          },
    linear:
      config.linear === null
        ? null
        : {
            webhookSecrets: list(
              need(
                env,
                RELAY_ENV.linearSecret,
                "the Linear webhook's signing secret checks Linear-Signature",
              ),
            ),
            apiKey: value(env, RELAY_ENV.linearKey),
          },
  };
}

/** API base URLs: the providers' own unless overridden (a proxy, GitHub Enterprise, a test). */
export function relayUrls(env: RelayEnv): NonNullable<RelayDeps['urls']> {
  return {
    github: value(env, 'GITHUB_API_URL') ?? DEFAULT_API_URLS.github,
    clickup: value(env, 'CLICKUP_API_URL') ?? DEFAULT_API_URLS.clickup,
    linear: value(env, 'LINEAR_API_URL') ?? DEFAULT_API_URLS.linear,
  };
}
