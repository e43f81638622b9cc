// The environment of a timed child process: this process's, without the variables that slow every
// Node start (a CA bundle to load, preloaded modules), which would hide part of what is timed.
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}
