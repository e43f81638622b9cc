import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { STAGES } from '../../src/action/interface.js';

const repo = path.resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFile(path.join(repo, rel), 'utf8');

/** Every repository_dispatch type the router handles (see router.unit.test.ts). */
const DISPATCH_TYPES = ['agent-task', ...STAGES.map((s) => `lailatov-${s}`)];

describe('the caller template (workflows-templates/lailatov.yml)', () => {
  it('has 40 lines or fewer', async () => {
    const lines = (await read('workflows-templates/lailatov.yml')).trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
  });

  it('wires every trigger the router handles to the router', async () => {
    const doc = YAML.parse(await read('workflows-templates/lailatov.yml'));
    expect(doc.on.issues.types).toEqual(['labeled']);
    expect(doc.on.issue_comment.types).toEqual(['created']);
    expect(doc.on.pull_request.types).toEqual(['synchronize']);
    expect([...doc.on.repository_dispatch.types].sort()).toEqual([...DISPATCH_TYPES].sort());
    // The router reads github.event.inputs.stage and .number.
    expect(doc.on.workflow_dispatch.inputs.stage.options).toEqual([...STAGES]);
    expect(doc.on.workflow_dispatch.inputs.number.required).toBe(true);
    expect(doc.permissions).toEqual({});
    const job = doc.jobs.lailatov;
    expect(job.uses).toMatch(/^[\w.-]+\/lailatov\/\.github\/workflows\/lailatov\.yml@/);
    expect(job.secrets).not.toBe('inherit');
  });

  it('marks the test setup as the user-editable part, in every template', async () => {
    for (const t of ['lailatov.yml', 'lailatov-openrouter.yml', 'lailatov-bedrock.yml']) {
      expect(await read(`workflows-templates/${t}`)).toContain('USER-EDITABLE');
    }
  });
});

/** Loads a module of another branch's area when it has landed (src/config, src/core/risk). */
async function tryImport<T>(rel: string): Promise<T | undefined> {
  try {
    return (await import(path.join(repo, rel))) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    if (String(e).includes('Cannot find module')) return undefined;
    throw e;
  }
}

describe('the user templates', () => {
  it('.github/lailatov.yml parses; with src/config present, it passes the real schema', async () => {
    const text = await read('templates/lailatov.yml');
    const doc = YAML.parse(text);
    expect(doc.version).toBe(1);
    const config = await tryImport<{ parseConfig: (t: string) => { version: number } }>(
      'src/config/index.ts',
    );
    if (config) expect(config.parseConfig(text).version).toBe(1);
  });

  it('risk-policy.json: comments only in _ keys; with src/core/risk present, it passes the parser', async () => {
    const text = await read('templates/risk-policy.json');
    const doc = JSON.parse(text);
    for (const tier of ['high', 'medium', 'low']) {
      expect(Array.isArray(doc.riskTierRules[tier])).toBe(true);
      expect(doc.mergePolicy[tier].requiredChecks).toContain('risk-policy-gate');
    }
    expect(doc.defaultTier).toBe('medium'); // fail closed
    expect(doc._comment).toContain('lailatov policy check');
    const risk = await tryImport<{ parsePolicyText: (t: string) => unknown }>(
      'src/core/risk/index.ts',
    );
    if (risk) expect(() => risk.parsePolicyText(text)).not.toThrow();
  });
});

describe('the weekly learn and report template (workflows-templates/lailatov-learn-report.yml)', () => {
  const load = async () => YAML.parse(await read('workflows-templates/lailatov-learn-report.yml'));

  it('runs weekly and by hand, from the data branch, with least privilege per job', async () => {
    const doc = await load();
    expect(doc.on.schedule).toEqual([{ cron: '17 6 * * 1' }]);
    expect(doc.on).toHaveProperty('workflow_dispatch');
    expect(doc.permissions).toEqual({});
    expect(doc.jobs.report.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(doc.jobs.learn.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    for (const job of [doc.jobs.report, doc.jobs.learn]) {
      const checkout = job.steps[0];
      expect(checkout.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
      expect(checkout.with).toEqual({
        ref: 'lailatov-data',
        path: 'lailatov-data',
        'persist-credentials': false,
      });
    }
  });

  it('runs report and learn on the checked-out log; secrets reach run lines through env only', async () => {
    const doc = await load();
    const runs: string[] = [];
    for (const job of Object.values(doc.jobs) as { steps: { run?: string }[] }[])
      for (const s of job.steps) if (s.run !== undefined) runs.push(s.run);
    expect(runs.join('\n')).toContain(
      'lailatov@0 report --log lailatov-data --period 7d --post issue >> "$GITHUB_STEP_SUMMARY"',
    );
    expect(runs.join('\n')).toContain('--format slack');
    expect(runs.join('\n')).toContain('lailatov@0 learn --log lailatov-data --open-pr');
    for (const r of runs) expect(r).not.toContain('${{');
  });
});
