import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { INPUTS, OUTPUTS, STAGES } from '../../src/action/interface.js';
import { generatedFiles, withInputsTable } from './support/render-actions.js';

const repo = path.resolve(import.meta.dirname, '../..');
const update = process.env.UPDATE_GENERATED === '1';

async function matches(rel: string, expected: string): Promise<void> {
  const file = path.join(repo, rel);
  if (update) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, expected);
  }
  const actual = await readFile(file, 'utf8').catch(() => '(missing)');
  // On failure: edit src/action/interface.ts, never the generated file, then regenerate.
  expect({ file: rel, text: actual }).toEqual({ file: rel, text: expected });
}

describe('action interfaces', () => {
  it('every action.yml is the rendering of src/action/interface.ts', async () => {
    for (const [rel, text] of generatedFiles()) await matches(rel, text);
  });

  it('the inputs table in docs/actions.md is generated too', async () => {
    const page = await readFile(path.join(repo, 'docs/actions.md'), 'utf8');
    await matches('docs/actions.md', withInputsTable(page));
  });

  it("each stage action's main resolves, from its own folder, to that stage's bundle", async () => {
    for (const stage of STAGES) {
      const dir = path.join(repo, 'actions', stage);
      const doc = YAML.parse(await readFile(path.join(dir, 'action.yml'), 'utf8'));
      expect(doc.runs.using).toBe('node24');
      expect(path.resolve(dir, doc.runs.main)).toBe(path.join(repo, 'dist', stage, 'index.js'));
      expect(existsSync(path.join(repo, 'src/action/entries', `${stage}.ts`))).toBe(true);
    }
  });

  it('has the outputs and inputs the issue asks for, and the root action takes the union', async () => {
    const names = OUTPUTS.map((o) => o.name);
    for (const o of ['outcome', 'issue-number', 'pr-number', 'pr-url', 'branch', 'risk-tier']) {
      expect(names).toContain(o);
    }
    for (const o of ['findings', 'round', 'cost-usd']) expect(names).toContain(o);
    const root = YAML.parse(await readFile(path.join(repo, 'action.yml'), 'utf8'));
    expect(Object.keys(root.inputs)).toEqual(['stage', ...INPUTS.map((i) => i.name)]);
    expect(root.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(root.inputs['config-path'].default).toBe('.github/lailatov.yml');
    expect(root.inputs['trigger-label'].default).toBe('ai-agent');
  });
});
