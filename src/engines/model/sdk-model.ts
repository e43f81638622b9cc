// The stages' Model port on the engine-sdk AnthropicModel (forced tool use, zod, one repair),
// shared by the local CLI and the actions. Both load it lazily, so the Anthropic SDK is only read
// by a stage that calls a model.
import { createAnthropicClient, type ProviderName } from '../anthropic/client.js';
import { AnthropicModel } from './index.js';
import type { Pricer } from '../types.js';
import type { Model, ModelRequest, ModelResponse } from '../../stages/ports.js';

export async function createSdkModel(o: {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default: chosen from the env (CLAUDE_CODE_USE_BEDROCK / _VERTEX), else anthropic. */
  readonly provider?: ProviderName;
  readonly pricer: Pricer;
}): Promise<Model> {
  const { client, provider, maxRetries } = await createAnthropicClient({
    env: o.env,
    ...(o.provider !== undefined && { provider: o.provider }),
  });
  const inner = new AnthropicModel({ client, pricer: o.pricer, maxRetries });
  return {
    async complete<T>(req: ModelRequest<T>): Promise<ModelResponse<T>> {
      const t0 = Date.now();
      const { value, usage, costUsd, model } = await inner.complete({
        schema: req.schema,
        name: req.toolName,
        description: req.toolDescription,
        system: req.system,
        messages: [{ role: 'user', content: req.prompt }],
        model: req.model,
        ...(req.maxTokens !== undefined && { maxTokens: req.maxTokens }),
        ...(req.signal && { signal: req.signal }),
      });
      return { value, usage, costUsd, model, provider, durationMs: Date.now() - t0 };
    },
  };
}
