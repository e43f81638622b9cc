export * from './prices.js';
export * from './price-table.js';
export * from './ledger.js';
