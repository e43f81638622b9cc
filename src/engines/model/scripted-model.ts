import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { tablePricer } from '../pricer.js';
import type { EngineTokens, Pricer } from '../types.js';
import type { Model, ModelRequest, ModelResponse } from '../../stages/ports.js';
import { estimateTokens } from '../../core/usage.js';

/**
 * A Model that plays canned structured answers from a JSON file instead of calling a provider:
 * the offline demo's model, and a deterministic one for tests. It is clearly not a model: it
 * never reads the prompt except to pick an answer (`whenPromptIncludes`). Every answer is still
 * validated against the stage's schema, as a real answer would be.
 *
 * {"version":1,"model":"claude-sonnet-4-6","answers":{
 *   "triage_verdict":[{"whenPromptIncludes":"by alice","value":{...}},{"value":{...}}],
 *   "review_findings":[{"error":"529 overloaded"}]}}
 */
const answerSchema = z
  .strictObject({
    whenPromptIncludes: z.string().min(1).optional(),
    value: z.unknown().optional(),
    /** Throw this instead of answering: an infrastructure failure. */
    error: z.string().min(1).optional(),
    usage: z
      .strictObject({ input: z.number().int().min(0), output: z.number().int().min(0) })
      .optional(),
  })
  .refine((a) => (a.value === undefined) !== (a.error === undefined), {
    message: 'give exactly one of value or error',
  });

export const modelScriptSchema = z.strictObject({
  version: z.literal(1),
  model: z.string().min(1),
  answers: z.record(z.string(), z.array(answerSchema)),
});
export type ModelScript = z.infer<typeof modelScriptSchema>;

const NO_USAGE = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

/** A scripted failure costs what its `usage` says, priced; no call is made, so else $0. */
export class ScriptedModelError extends Error {
  constructor(
    message: string,
    readonly usage: EngineTokens = NO_USAGE,
    readonly costUsd: number | null = 0,
  ) {
    super(message);
    this.name = 'ScriptedModelError';
    Object.setPrototypeOf(this, ScriptedModelError.prototype);
  }
}

export class ScriptedModel implements Model {
  private readonly used = new Set<string>();
  /** Every request, for tests that check what the stages asked. */
  readonly requests: ModelRequest<unknown>[] = [];

  /** `pricer` prices the scripted usage: the run's price table (the built-in one by default). */
  constructor(
    private readonly script: ModelScript,
    private readonly pricer: Pricer = tablePricer(),
  ) {}

  static async fromFile(path: string, pricer?: Pricer): Promise<ScriptedModel> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw new UserError(`${path}: cannot read the model script (${(e as Error).message})`);
    }
    const r = modelScriptSchema.safeParse(raw);
    if (!r.success) {
      const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new UserError(`${path}: ${problems[0]}`, problems);
    }
    return new ScriptedModel(r.data, pricer);
  }

  async complete<T>(req: ModelRequest<T>): Promise<ModelResponse<T>> {
    this.requests.push(req as ModelRequest<unknown>);
    const text = `${req.system}\n${req.prompt}`;
    const list = this.script.answers[req.toolName] ?? [];
    const index = list.findIndex(
      (a, i) =>
        !this.used.has(`${req.toolName}#${i}`) &&
        (a.whenPromptIncludes === undefined || text.includes(a.whenPromptIncludes)),
    );
    const answer = list[index];
    if (!answer)
      throw new ScriptedModelError(
        `model script has no answer left for ${req.toolName} (stage ${req.stage})`,
      );
    this.used.add(`${req.toolName}#${index}`);
    if (answer.error !== undefined) {
      const spent = { ...NO_USAGE, ...answer.usage };
      throw new ScriptedModelError(answer.error, spent, this.pricer(this.script.model, spent));
    }
    const parsed = req.schema.safeParse(answer.value);
    if (!parsed.success)
      throw new ScriptedModelError(
        `model script answer ${req.toolName}[${index}] does not fit the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const usage = {
      input: answer.usage?.input ?? estimateTokens(text),
      output: answer.usage?.output ?? estimateTokens(JSON.stringify(answer.value)),
      cacheRead: 0,
      cacheWrite: 0,
    };
    return {
      value: parsed.data,
      usage,
      costUsd: this.pricer(this.script.model, usage),
      model: this.script.model,
      provider: 'scripted',
      durationMs: 0,
    };
  }
}
