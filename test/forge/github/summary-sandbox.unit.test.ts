// The job summary says what boundary the agent had: loud when there was none, and which hosts
// the egress proxy refused (docs/security.md, "No silent downgrade").
import { describe, expect, it } from '@jest/globals';
import { renderStageSummary } from '../../../src/forge/github/summary.js';
import { OffSandbox } from '../../../src/engines/sandbox/index.js';

const base = {
  action: 'write',
  outcome: 'pr_opened',
  why: 'opened the draft PR',
  issue: 7,
  prUrl: null,
  runUrl: 'https://github.example/o/r/actions/runs/1',
  stages: [],
};

describe('the stage summary and the sandbox', () => {
  it('puts a warning right after the outcome when the sandbox was off', () => {
    const text = renderStageSummary({ ...base, sandbox: new OffSandbox().report() });
    expect(text).toMatch(
      /^## LailaTov write: pr_opened\n\nopened the draft PR\n\n> \[!WARNING\]\n> SANDBOX OFF: /,
    );
  });

  it('names the boundary, and the hosts the egress proxy refused with the key that allows them', () => {
    const text = renderStageSummary({
      ...base,
      sandbox: {
        mode: 'bwrap',
        summary: 'bubblewrap: own namespaces',
        egress: [
          { host: 'registry.npmjs.org', port: 443, allowed: true },
          { host: 'exfil.example.com', port: 443, allowed: false },
        ],
      },
    });
    expect(text).toContain('**Sandbox:** bubblewrap: own namespaces');
    expect(text).toMatch(/sandbox\.network\.allow.*`exfil\.example\.com:443`/);
    expect(text).not.toMatch(/registry\.npmjs\.org/);
    expect(text).not.toContain('WARNING');
  });
});
