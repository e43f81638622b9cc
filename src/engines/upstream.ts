import type { ProviderProfile } from './proxy/providers.js';

/** A provider's real endpoint and credential, held by the key proxy only. */
export interface Upstream {
  readonly url: string;
  readonly apiKey: string;
}

type ProviderName = ProviderProfile['name'];

/** Where each provider's key and base URL come from in the environment. */
const VARS: Record<ProviderName, { key: string[]; url: string; defaultUrl: string }> = {
  anthropic: {
    key: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'],
    url: 'ANTHROPIC_BASE_URL',
    defaultUrl: 'https://api.anthropic.com',
  },
  openai: { key: ['OPENAI_API_KEY'], url: 'OPENAI_BASE_URL', defaultUrl: 'https://api.openai.com' },
  gemini: {
    key: ['GEMINI_API_KEY'],
    url: 'GOOGLE_GEMINI_BASE_URL',
    defaultUrl: 'https://generativelanguage.googleapis.com',
  },
};

/**
 * The upstream of a provider from an environment, or undefined without a key. The CLIs send
 * their version prefix themselves (`/v1/responses`), so an OpenAI base URL written the usual way,
 * ending in `/v1` (https://api.openai.com/v1, https://openrouter.ai/api/v1), loses that suffix.
 */
export function providerUpstream(
  provider: ProviderName,
  env: Readonly<Record<string, string | undefined>>,
): Upstream | undefined {
  const vars = VARS[provider];
  const apiKey = vars.key.map((k) => env[k]).find((v) => v !== undefined && v !== '');
  if (apiKey === undefined) return undefined;
  let url = env[vars.url] || vars.defaultUrl;
  if (provider === 'openai') url = url.replace(/\/v1\/?$/, '');
  return { url, apiKey };
}
