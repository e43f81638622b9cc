export * from './types.js';
export { ModelApiError, StructuredOutputError } from './errors.js';
export { AnthropicModel, type AnthropicModelOptions, inputSchemaOf } from './anthropic-model.js';
