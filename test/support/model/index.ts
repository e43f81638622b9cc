// Entry point of the scripted model server for tests and demos.
export { startModelServer, type ModelServer, type ModelServerOptions } from './server.js';
export { FaultQueue } from './faults.js';
export { ANTHROPIC_LIST_PRICES, costUsd, priceFor } from './prices.js';
export { CHARS_PER_TOKEN, countTokens, DEFAULT_MIN_CACHEABLE_TOKENS } from './tokens.js';
export type * from './types.js';
