import type { EnvPolicy } from './types.js';

/**
 * The agent's environment is an allowlist, never a denylist: a secret we did not think of
 * (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, INPUT_*, a model key) must not reach the agent's shell.
 */
const BASE_ALLOW = [
  'PATH',
  'HOME',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TERM',
  'CI',
  'TMPDIR',
  'USER',
  'SHELL',
] as const;

/** Names that are refused even when a policy asks for them: they carry credentials. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIAL|AUTH)/i;
const SECRET_PREFIX =
  /^(INPUT_|ACTIONS_|GITHUB_TOKEN|GH_TOKEN|AWS_|ANTHROPIC_|OPENAI_|GEMINI_|GOOGLE_)/;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) || SECRET_PREFIX.test(name);
}

/**
 * Builds the child environment from the parent's: the base allowlist, plus the policy's extra
 * non-secret names, plus its explicit values. Explicit values win, and are the only way an
 * engine passes its own settings (e.g. a loopback proxy URL and a dummy key) to a CLI.
 */
export function sandboxEnv(
  parent: Readonly<Record<string, string | undefined>>,
  policy: EnvPolicy = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  const names = [...BASE_ALLOW, ...(policy.allow ?? []).filter((n) => !isSecretName(n))];
  for (const name of names) {
    const value = parent[name];
    if (value !== undefined) out[name] = value;
  }
  return { ...out, ...(policy.set ?? {}) };
}
