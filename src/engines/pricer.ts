import { costOf, DEFAULT_PRICES, type PriceTable } from '../core/cost/index.js';
import type { Pricer } from './types.js';

/** Prices tokens with a table (the run's: priceTableOf(config)); an unknown model is null. */
export function tablePricer(table: PriceTable = DEFAULT_PRICES): Pricer {
  return (model, tokens) => costOf(model, tokens, table).usd;
}
