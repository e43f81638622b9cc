import { mergePrices, type PriceTable } from '../core/cost/index.js';
import type { LailatovConfig } from './schema.js';

const tables = new WeakMap<LailatovConfig['prices'], PriceTable>();

/**
 * The price table a run prices with: the built-in table under the config's `prices` (already
 * checked by the schema). Every pricer of the run (engines, the model proxy, the structured
 * calls and their budgets) takes it from here, so a gateway's or a new model holds a ceiling.
 */
export function priceTableOf(config: Pick<LailatovConfig, 'prices'>): PriceTable {
  let table = tables.get(config.prices);
  if (table === undefined) {
    table = mergePrices(config.prices);
    tables.set(config.prices, table);
  }
  return table;
}
