import { z } from 'zod';
import { configSchema } from './schema.js';

/** A JSON Schema node as z.toJSONSchema emits it (the parts the reference reads). */
interface Node {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, Node>;
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
}

function typeOf(n: Node): string {
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (n.enum) return n.enum.map((e) => JSON.stringify(e)).join(' \\| ');
  if (n.anyOf) return n.anyOf.map(typeOf).join(' \\| ');
  if (n.type === 'array') return `list of ${n.items ? typeOf(n.items) : 'values'}`;
  if (n.type === 'integer') return 'whole number';
  return Array.isArray(n.type) ? n.type.join(' \\| ') : (n.type ?? 'any');
}

function rows(props: Record<string, Node>, prefix: string, parentDescription = ''): string[] {
  const out: string[] = [];
  for (const [key, n] of Object.entries(props)) {
    const path = `${prefix}${key}`;
    if (n.properties) {
      out.push(...rows(n.properties, `${path}.`, n.description ?? ''));
      continue;
    }
    const description = n.description ?? parentDescription;
    out.push(
      `| \`${path}\` | ${typeOf(n)} | \`${JSON.stringify(n.default ?? null)}\` | ${description} |`,
    );
  }
  return out;
}

/** The Markdown table of every key of `.github/lailatov.yml`, from the schema itself. */
export function renderConfigReference(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input' }) as Node;
  return [
    '| Key | Type | Default | What |',
    '|---|---|---|---|',
    ...rows(schema.properties ?? {}, ''),
  ].join('\n');
}
