import type { EngineTokens } from '../types.js';
import type { ModelCall } from './types.js';
import { sumCalls } from './usage.js';

/** Errors of the Model port carry the calls already made, so their cost is not lost. */
abstract class ModelError extends Error {
  readonly usage: EngineTokens;
  readonly costUsd: number | null;

  constructor(
    message: string,
    readonly calls: readonly ModelCall[],
  ) {
    super(message);
    const sum = sumCalls(calls);
    this.usage = sum.usage;
    this.costUsd = sum.costUsd;
  }
}

/** The output was invalid twice (first answer and repair). `fields` names the failing paths. */
export class StructuredOutputError extends ModelError {
  constructor(
    readonly toolName: string,
    readonly fields: readonly string[],
    readonly issues: readonly string[],
    calls: readonly ModelCall[],
  ) {
    super(
      `the model's ${toolName} output was invalid twice; failing fields: ${fields.join(', ')} ` +
        `(${issues.join('; ')})`,
      calls,
    );
    this.name = 'StructuredOutputError';
    Object.setPrototypeOf(this, StructuredOutputError.prototype);
  }
}

/** The API call failed after the SDK's retries. `infra` tells the fallback chain to move on. */
export class ModelApiError extends ModelError {
  constructor(
    readonly detail: string,
    readonly infra: boolean,
    calls: readonly ModelCall[],
    options?: { cause?: unknown },
  ) {
    super(`model call failed: ${detail}`, calls);
    if (options?.cause !== undefined) this.cause = options.cause;
    this.name = 'ModelApiError';
    Object.setPrototypeOf(this, ModelApiError.prototype);
  }
}

/** The model refused to answer (stop_reason `refusal`): a verdict of the model, not an outage. */
export class ModelRefusalError extends ModelError {
  constructor(
    readonly toolName: string,
    calls: readonly ModelCall[],
  ) {
    super(`the model refused to give its ${toolName} answer (stop_reason refusal)`, calls);
    this.name = 'ModelRefusalError';
    Object.setPrototypeOf(this, ModelRefusalError.prototype);
  }
}
