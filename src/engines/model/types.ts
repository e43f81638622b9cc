import type { z } from 'zod';
import type { EngineTokens } from '../types.js';

/**
 * The provider-level call under the stages' `Model` port (src/stages/ports.ts): a message list
 * in, ONE forced tool call out, validated against a zod schema; the usage and cost of every HTTP
 * call it made are returned, so the cost ledger can add them, including the repair attempt.
 * sdk-model.ts adapts it to the port (one prompt in, provider and duration out).
 */
export interface ModelMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

export interface CompleteRequest<T> {
  /** Must describe a JSON object (tool inputs are objects). */
  readonly schema: z.ZodType<T>;
  /** The tool name the model is forced to call, e.g. `report_triage`. */
  readonly name: string;
  readonly description: string;
  readonly system?: string;
  readonly messages: readonly ModelMessage[];
  readonly model: string;
  readonly maxTokens?: number;
  readonly signal?: AbortSignal;
}

/** One HTTP call's usage and price (null when the model has no price). */
export interface ModelCall {
  readonly tokens: EngineTokens;
  readonly costUsd: number | null;
}

export interface Completion<T> {
  readonly value: T;
  /** Summed over `calls`. */
  readonly usage: EngineTokens;
  /** Summed over `calls`; null when any call could not be priced. */
  readonly costUsd: number | null;
  readonly model: string;
  /** One entry per call: 1, or 2 when the first output was repaired. */
  readonly calls: readonly ModelCall[];
}

/** What AnthropicModel implements; the stages see it only through sdk-model.ts. */
export interface ToolCallModel {
  complete<T>(request: CompleteRequest<T>): Promise<Completion<T>>;
}
