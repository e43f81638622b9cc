export * from './types.js';
export { ModelApiError, ModelRefusalError, StructuredOutputError } from './errors.js';
export { AnthropicModel, type AnthropicModelOptions, inputSchemaOf } from './anthropic-model.js';
