import { describe, expect, it } from '@jest/globals';
import { coreUntrustedText } from '../../src/stages/untrusted-text.js';
import { parseConfig } from '../../src/config/index.js';
import { treeGateFindings } from '../../src/stages/gated-run.js';
import { remediationWork } from '../../src/stages/remediate.js';
import { mergeFindings } from '../../src/stages/review.js';

describe('tree gate findings', () => {
  const [finding] = treeGateFindings(
    [
      {
        path: '.github/workflows/evil.yml',
        rule: 'protected-path',
        change: 'created',
        detail: '.github/**',
      },
    ],
    0,
  );
  if (!finding) throw new Error('no finding');

  it('are blocking, and a review model cannot mark them resolved', () => {
    expect(finding.severity).toBe('blocking');
    const merged = mergeFindings(
      [finding],
      {
        summary: '',
        findings: [],
        previous: [{ fingerprint: finding.fingerprint, status: 'resolved' }],
      },
      [],
      1,
    );
    expect(merged[0]?.status).toBe('open');
  });

  it('are not handed to the remediation agent: there is nothing for it to fix', () => {
    const deps = { config: parseConfig(''), text: coreUntrustedText };
    const state = { findings: [finding], testFailure: null } as unknown as Parameters<
      typeof remediationWork
    >[1];
    expect(remediationWork(deps, state)).toEqual([]);
  });
});
