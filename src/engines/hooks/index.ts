export * from './settings.js';
export * from './run.js';
