import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';

/**
 * A replay script: tool actions played in order, with the token and cost figures the run
 * declares. Used by deterministic tests and the offline demo.
 *
 * {"version":1,"tokens":{"input":1200,"output":300},"costUsd":0.01,
 *  "steps":[{"action":"write","path":"a.txt","content":"hi\n"},
 *           {"action":"edit","path":"a.txt","old":"hi","new":"hello"},
 *           {"action":"bash","argv":["npm","test"]}, {"action":"bash","command":"ls | wc -l"},
 *           {"action":"finish","message":"Done."}]}
 */
const relPath = z
  .string()
  .min(1)
  .refine((p) => !path.isAbsolute(p) && !path.normalize(p).split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no "..")',
  });

const step = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('write'), path: relPath, content: z.string() }),
  z.strictObject({
    action: z.literal('edit'),
    path: relPath,
    old: z.string().min(1),
    new: z.string(),
  }),
  z
    .strictObject({
      action: z.literal('bash'),
      argv: z.array(z.string()).min(1).optional(),
      command: z.string().min(1).optional(),
    })
    .refine((b) => (b.argv === undefined) !== (b.command === undefined), {
      message: 'give exactly one of argv (an argument array) or command (run with bash -c)',
    }),
  z.strictObject({ action: z.literal('finish'), message: z.string() }),
]);

const count = z.number().int().nonnegative();

export const replayScriptSchema = z.strictObject({
  version: z.literal(1),
  tokens: z
    .strictObject({
      input: count.default(0),
      output: count.default(0),
      cacheRead: count.default(0),
      cacheWrite: count.default(0),
    })
    .default({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }),
  /** Declared cost; when absent the engine prices the tokens with its Pricer. */
  costUsd: z.number().nonnegative().optional(),
  /** Declared turns; defaults to the number of steps. */
  turns: count.optional(),
  /** Forces an outcome, to simulate limits in tests (e.g. max_turns). */
  outcome: z
    .enum(['completed', 'no_changes', 'max_turns', 'budget_exceeded', 'refused', 'error'])
    .optional(),
  detail: z.string().optional(),
  steps: z.array(step).min(1),
});

export type ReplayScript = z.infer<typeof replayScriptSchema>;
export type ReplayStep = ReplayScript['steps'][number];

function where(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const p of issuePath)
    out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Validates a parsed script; a bad step is named by its index and action. */
export function parseReplayScript(value: unknown, source = 'replay script'): ReplayScript {
  const r = replayScriptSchema.safeParse(value);
  if (!r.success) {
    const problems = r.error.issues.map((i) => {
      const at = where(i.path);
      const idx = i.path[0] === 'steps' && typeof i.path[1] === 'number' ? i.path[1] : undefined;
      const raw =
        idx !== undefined && typeof value === 'object' && value !== null
          ? (value as { steps?: unknown[] }).steps?.[idx]
          : undefined;
      const action =
        typeof raw === 'object' && raw !== null && 'action' in raw
          ? ` (action "${String((raw as { action: unknown }).action)}")`
          : '';
      return `${at}${action}: ${i.message}`;
    });
    throw new UserError(`${source} is invalid:\n  ${problems.join('\n  ')}`, problems);
  }
  const finishAt = r.data.steps.findIndex((s) => s.action === 'finish');
  if (finishAt >= 0 && finishAt !== r.data.steps.length - 1) {
    const problem = `steps[${finishAt}] (action "finish"): finish must be the last step (${r.data.steps.length - finishAt - 1} step(s) follow it)`;
    throw new UserError(`${source} is invalid:\n  ${problem}`, [problem]);
  }
  return r.data;
}

export async function loadReplayScript(file: string): Promise<ReplayScript> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(
      `replay script ${file} cannot be read: ${(e as Error).message}. Fix the scriptPath option.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`replay script ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parseReplayScript(json, `replay script ${file}`);
}
