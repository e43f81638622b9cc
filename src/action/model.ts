// The stages' Model port on the engine-sdk AnthropicModel, for the actions. Loaded by a dynamic
// import from session.ts, so the Anthropic SDK is only read by a stage that calls a model.
import { createAnthropicClient, type ProviderName } from '../engines/anthropic/client.js';
import { AnthropicModel } from '../engines/model/index.js';
import type { Pricer } from '../engines/types.js';
import type { Model, ModelRequest, ModelResponse } from '../stages/ports.js';

export async function createSdkModel(o: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly provider: ProviderName;
  readonly pricer: Pricer;
}): Promise<Model> {
  const { client, provider, maxRetries } = await createAnthropicClient({
    env: o.env,
    provider: o.provider,
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
