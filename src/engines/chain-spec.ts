import { UserError } from '../core/errors.js';

/** One link of an engine chain as written: `engine` or `engine:model`. */
export interface LinkSpec {
  readonly name: string;
  /** Absent: the stage's model (`models.<stage>`, or `--model`). */
  readonly model?: string;
}

/** `engine` or `engine:model`; the model may itself hold colons (e.g. Bedrock ids). */
export function parseLink(text: string): LinkSpec {
  const at = text.indexOf(':');
  if (at < 0) return { name: text.trim() };
  const name = text.slice(0, at).trim();
  const model = text.slice(at + 1).trim();
  return model === '' ? { name } : { name, model };
}

/** A comma-separated chain, e.g. `--engine anthropic,claude-code:claude-opus-4-6`. */
export function parseChain(text: string, what: string): string[] {
  const links = text.split(',').map((l) => l.trim());
  const bad = links.findIndex((l) => l === '' || parseLink(l).name === '');
  if (bad >= 0)
    throw new UserError(
      `${what}: link ${bad + 1} of "${text}" names no engine; write engines separated by commas, each \`engine\` or \`engine:model\` (e.g. anthropic,claude-code:claude-sonnet-4-6)`,
    );
  return links;
}
