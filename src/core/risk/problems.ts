// The problem list a policy parser fills, and the small checks every field shares: describing a
// bad value, JSON paths, unknown keys with a "did you mean", and where a JSON syntax error is.

export type Json = Record<string, unknown>;

/** Collects every problem, each as "<JSON path>: <what is wrong>. Fix: <what to do>". */
export class Problems {
  readonly list: string[] = [];
  /** Returns undefined, so a parser can `return p.add(...)` for a value it cannot give. */
  add(path: string, what: string, fix: string): undefined {
    this.list.push(`${path || '(root)'}: ${what}. Fix: ${fix}.`);
    return undefined;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return name;
  return name.startsWith('"') ? `${path}[${name}]` : `${path}.${name}`;
}

/** Own keys that are not comments: keys starting with `_` are comments at any level. */
export function keysOf(object: Json): string[] {
  return Object.keys(object).filter((k) => !k.startsWith('_'));
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function rejectUnknownKeys(
  object: Json,
  path: string,
  known: readonly string[],
  p: Problems,
): void {
  for (const key of keysOf(object)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
    const hint = near ? `did you mean "${near}"?` : `use one of ${known.join(', ')}`;
    p.add(join(path, key), 'unknown key', `${hint} (keys starting with "_" are comments)`);
  }
}

export function jsonErrorLocation(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  const reason = message
    .replace(/\s*(in JSON )?at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (offset === undefined) return `(${message})`;
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return `at line ${line}, column ${column} (${reason})`;
}
