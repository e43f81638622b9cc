// Types the ports share with core, re-exported so adapters and doubles import one place.
export type { OutcomeRecord, RiskTier } from '../core/outcomes/index.js';
