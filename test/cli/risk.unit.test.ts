import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { riskCommand } from '../../src/cli/commands/risk.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

const fixtures = path.resolve('test/fixtures/policies');
let dir: string;

const policy = {
  _comment: 'test policy',
  riskTierRules: { high: ['src/auth/**'], medium: ['src/**'], low: ['*.md'] },
  mergePolicy: {
    high: {
      requiredChecks: ['risk-policy-gate', 'tests', 'code-review'],
      humanApprovalRequired: true,
    },
    medium: { requiredChecks: ['risk-policy-gate', 'tests'] },
    low: { requiredChecks: ['risk-policy-gate'] },
  },
  blockedPatterns: [{ pattern: '*.pem', reason: 'private key' }],
};

beforeAll(async () => {
  dir = await tempDir('lailatov-risk-');
  await writeFile(path.join(dir, 'risk-policy.json'), JSON.stringify(policy));
  await writeFile(
    path.join(dir, 'broken.json'),
    '{"riskTierRules": {"high": [1]},\n "mergePolicy": 3, "x": 1}',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], opts: { stdin?: string } = {}) {
  const io = captureIo({ cwd: dir, ...opts });
  const code = await main(['risk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('lailatov risk', () => {
  it('prints exactly one JSON object with the documented shape', async () => {
    const { code, out, err } = await run([
      '--json',
      'README.md',
      'src/auth/login.ts',
      'src/x.ts',
      'other/y.py',
    ]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toMatchObject({
      tier: 'high',
      files: [
        { path: 'README.md', tier: 'low', pattern: '*.md' },
        { path: 'src/auth/login.ts', tier: 'high', pattern: 'src/auth/**' },
        { path: 'src/x.ts', tier: 'medium', pattern: 'src/**' },
        { path: 'other/y.py', tier: 'medium', pattern: null },
      ],
      requiredChecks: ['risk-policy-gate', 'tests', 'code-review'],
      humanApprovalRequired: true,
      blocked: [],
    });
    const files = (JSON.parse(out) as { files: object[] }).files;
    for (const f of files) expect(Object.keys(f).sort()).toEqual(['path', 'pattern', 'tier']);
  });

  it('reads paths from stdin, one per line, ignoring blank lines', async () => {
    const { code, out } = await run(['--json'], { stdin: 'README.md\n\n  \r\nsrc/x.ts\r\n' });
    expect(code).toBe(0);
    const result = JSON.parse(out) as { tier: string; files: { path: string }[] };
    expect(result.tier).toBe('medium');
    expect(result.files.map((f) => f.path)).toEqual(['README.md', 'src/x.ts']);
  });

  it('gives tier none for an empty stdin, not low', async () => {
    const { code, out } = await run(['--json'], { stdin: '\n' });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      tier: 'none',
      files: [],
      requiredChecks: [],
      humanApprovalRequired: false,
      blocked: [],
    });
  });

  it('exits 3 for a blocked file and still prints the JSON', async () => {
    const { code, out } = await run(['--json', 'keys/deploy.pem', 'README.md']);
    expect(code).toBe(3);
    expect(JSON.parse(out).blocked).toEqual([
      { path: 'keys/deploy.pem', pattern: '*.pem', reason: 'private key' },
    ]);
  });

  it('prints a readable table: each file, its tier and deciding pattern, then the PR verdict', async () => {
    const { code, out } = await run([
      'README.md',
      'other/y.py',
      '.github/workflows/ci.yml',
      'a.pem',
    ]);
    expect(code).toBe(3);
    expect(out).toMatch(/README\.md\s+low\s+\*\.md/);
    expect(out).toMatch(/other\/y\.py\s+medium\s+\(default\)/);
    expect(out).toMatch(/\.github\/workflows\/ci\.yml\s+high\s+\.github\/\*\* \(protected\)/);
    expect(out).toContain('PR tier: high');
    expect(out).toContain('Required checks: risk-policy-gate, tests, code-review');
    expect(out).toContain('Human approval: required');
    expect(out).toMatch(/Blocked: 1 file\(s\)\n\s+a\.pem\s+\(\*\.pem: private key\)/);
  });

  it('uses --policy relative to the working directory', async () => {
    const { code, out } = await run([
      '--json',
      '--policy',
      path.join(fixtures, 'predecessor-repo.json'),
      'apps/orchestrator/main.py',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ tier: 'medium', humanApprovalRequired: true });
  });

  it('exits 2 with every problem of an invalid policy on stderr', async () => {
    const { code, out, err } = await run(['--policy', 'broken.json', 'a.md']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('broken.json is not a valid risk policy (3 problems)');
    expect(err).toContain('- x: unknown key');
    expect(err).toContain('- riskTierRules.high[0]: expected a glob string, got number 1');
    expect(err).toContain('- mergePolicy: expected an object');
  });

  it('exits 2 for an unreadable policy file, and explains a missing default one', async () => {
    const missing = await run(['--policy', 'nope.json', 'a.md']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read policy file nope\.json: no such file/);
    const io = captureIo({ cwd: tmpdir() });
    expect(await riskCommand(['a.md'], io)).toBe(2);
    expect(io.err()).toMatch(
      /no risk-policy\.json in .*Fix: pass --policy FILE, or create risk-policy\.json/,
    );
  });

  it('exits 2 on usage errors: no paths on a TTY, unknown flags, --head without --base', async () => {
    for (const args of [[], ['--frob'], ['--head', 'x', 'a.md'], ['--base', 'main', 'a.md']]) {
      const { code, err } = await run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(err).toContain('Usage: lailatov risk');
    }
  });

  it('prints help and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--base REF');
  });
});
