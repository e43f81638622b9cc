// The decision of what to do about a missing CLI engine: install its pinned version in the Action,
// report the install command locally, never install aider or over a configured path. The pinned
// versions are package.json's devDependencies, the versions the tests run.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CLI_PACKAGES, INSTALL_COMMANDS } from '../../src/engines/binary.js';
import { missingCliPlan, npmInstallArgs } from '../../src/engines/cli-install.js';

const dev = (
  JSON.parse(readFileSync('package.json', 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies;
const codex = { engine: 'codex', name: 'codex', searchPath: '/nonexistent' } as const;
const action = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/runner/_temp' };

describe('pinned CLI versions', () => {
  it.each(Object.entries(CLI_PACKAGES))(
    '%s is pinned to the devDependency version',
    (_e, { pkg, version }) => {
      expect(dev[pkg]).toBe(version);
    },
  );

  it('the local install commands name the pinned versions', () => {
    expect(INSTALL_COMMANDS.codex).toBe('npm i -g @openai/codex@0.169.0');
    expect(INSTALL_COMMANDS['claude-code']).toBe(
      `npm i -g @anthropic-ai/claude-code@${dev['@anthropic-ai/claude-code']}`,
    );
    expect(INSTALL_COMMANDS.gemini).toBe(
      `npm i -g @google/gemini-cli@${dev['@google/gemini-cli']}`,
    );
  });
});

describe('missingCliPlan', () => {
  it('in the Action, installs the pinned npm package into RUNNER_TEMP/lailatov-clis', () => {
    expect(missingCliPlan(codex, action)).toEqual({
      kind: 'install',
      spec: '@openai/codex@0.169.0',
      prefix: '/runner/_temp/lailatov-clis',
      bin: '/runner/_temp/lailatov-clis/node_modules/.bin/codex',
    });
    expect(npmInstallArgs('/p', '@openai/codex@0.169.0')).toEqual([
      'install',
      '--prefix',
      '/p',
      '--no-audit',
      '--no-fund',
      '@openai/codex@0.169.0',
    ]);
  });

  it('without RUNNER_TEMP, uses the OS temp dir', () => {
    const plan = missingCliPlan(
      { ...codex, engine: 'gemini', name: 'gemini' },
      {
        GITHUB_ACTIONS: 'true',
      },
    );
    expect(plan).toMatchObject({ kind: 'install', spec: '@google/gemini-cli@0.61.0' });
    expect(plan.kind === 'install' && plan.prefix.startsWith(os.tmpdir())).toBe(true);
  });

  it.each([
    ['locally (no GITHUB_ACTIONS)', codex, {}],
    ['when GITHUB_ACTIONS is not "true"', codex, { GITHUB_ACTIONS: 'false' }],
    ['for aider (pipx)', { ...codex, engine: 'aider', name: 'aider' } as const, action],
    ['over a configured binaryPath', { ...codex, configured: '/opt/codex' }, action],
  ])('reports instead of installing %s', (_why, opts, env) => {
    expect(missingCliPlan(opts, env)).toEqual({ kind: 'report' });
  });
});
