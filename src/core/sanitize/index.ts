export * from './report.js';
export * from './sanitize.js';
export * from './fence.js';
