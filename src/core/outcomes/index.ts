export * from './schema.js';
export * from './validate.js';
export * from './view.js';
export * from './line.js';
export * from './histogram.js';
export * from './aggregate.js';
export * from './fast-line.js';
export * from './exact-sum.js';
