export * from './settings.js';
export * from './run.js';
export { BASH_ARGS } from './shell.js';
