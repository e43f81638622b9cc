import type { Pricer } from '../types.js';
import type { ClientConfig } from './client.js';
import { createAnthropicClient } from './client.js';
import { AnthropicEngine, type AnthropicEngineOptions } from './engine.js';

export { AnthropicEngine, type AnthropicEngineOptions } from './engine.js';
export {
  createAnthropicClient,
  chooseProvider,
  type ClientConfig,
  type MessagesClient,
  type ProviderClient,
  type ProviderName,
} from './client.js';
export { isInfraFailure, INFRA_PREFIX } from '../infra.js';

/** The engine with a client for the configured provider (credentials from `config.env`). */
export type AnthropicEngineConfig = ClientConfig & { pricer: Pricer } & Pick<
    AnthropicEngineOptions,
    'cache' | 'maxTokensPerTurn' | 'sandbox'
  >;

export async function createAnthropicEngine(
  config: AnthropicEngineConfig,
): Promise<AnthropicEngine> {
  const { client, provider, maxRetries } = await createAnthropicClient(config);
  return new AnthropicEngine({
    client,
    provider,
    maxRetries,
    pricer: config.pricer,
    parentEnv: config.env,
    ...(config.cache !== undefined ? { cache: config.cache } : {}),
    ...(config.sandbox !== undefined ? { sandbox: config.sandbox } : {}),
    ...(config.maxTokensPerTurn !== undefined ? { maxTokensPerTurn: config.maxTokensPerTurn } : {}),
  });
}
