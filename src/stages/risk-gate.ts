import {
  classify,
  DEFAULT_PROTECTED_PATHS,
  parsePolicy,
  parsePolicyText,
  type RiskPolicy,
} from '../core/risk/index.js';
import type { RiskGate, RiskVerdict } from './ports.js';

/**
 * With no risk-policy.json on the base branch every file gets the default tier (medium: fail
 * closed) and the protected paths still force `high`; the project's tests are still asked for.
 */
const NO_POLICY = {
  riskTierRules: { high: [], medium: [], low: [] },
  mergePolicy: {
    high: { requiredChecks: ['tests'], humanApprovalRequired: true },
    medium: { requiredChecks: ['tests'], humanApprovalRequired: false },
    low: { requiredChecks: ['tests'], humanApprovalRequired: false },
  },
};

function policyOf(text: string | null): RiskPolicy {
  return text === null ? parsePolicy(NO_POLICY, '(default policy)') : parsePolicyText(text);
}

/** The risk gate over core/risk: the policy text comes from the base branch. */
export const coreRiskGate: RiskGate = {
  classify(policyText, paths): RiskVerdict {
    const r = classify(policyOf(policyText), paths);
    return {
      tier: r.tier,
      files: r.files,
      requiredChecks: r.requiredChecks,
      humanApprovalRequired: r.humanApprovalRequired,
      blocked: r.blocked,
    };
  },
  protectedPaths(policyText) {
    return policyText === null ? DEFAULT_PROTECTED_PATHS : policyOf(policyText).protectedPaths;
  },
};
