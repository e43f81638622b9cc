// Types the ports share with core, re-exported so adapters and doubles import one place.
export type { OutcomeRecord, RiskTier as PrTierLike } from '../core/outcomes/index.js';
