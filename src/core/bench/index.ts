export * from './instance.js';
export * from './score.js';
export * from './swebench.js';
