// The layering rules (eslint/layering.js) run through ESLint's own API on small inline files,
// at the paths a real file would have, so this proves that the project's config bites.
import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The layering errors ESLint reports for `code` saved at `filePath`, as `rule: message`. */
async function layering(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('layering/'))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/**
 * One test per `[file, code]`: the code saved at that path breaks `rule`, with a message that
 * starts as `message` says. `alone`: no other layering rule fires (a child_process import in core/ also
 * breaks the process boundary, so that block says false).
 */
function eachFails(
  rule: string,
  message: RegExp,
  cases: ReadonlyArray<readonly [string, string]>,
  alone = true,
): void {
  test.each(cases)(`%s: %s fails ${rule}`, async (file, code) => {
    const errors = await layering(file, `${code}\nexport const y = 1;\n`);
    const expected = expect.stringMatching(new RegExp(`^layering/${rule}: ${message.source}`));
    if (alone) expect(errors).toEqual([expected]);
    else expect(errors).toContainEqual(expected);
  });
}

describe('src/core stays pure at every depth', () => {
  eachFails(
    'core-pure',
    /core\/ is pure/,
    [
      ['src/core/evil.ts', "import { readFile } from 'node:fs/promises';"],
      ['src/core/risk/evil.ts', "import { readFileSync } from 'node:fs';"],
      ['src/core/risk/deep/evil.ts', "import os from 'os';"],
      ['src/core/risk/evil.ts', "export { x } from 'node:worker_threads';"],
      ['src/core/risk/evil.ts', "const fs = await import('node:fs');"],
      ['src/core/risk/evil.ts', "const cp = require('child_process');"],
      ['src/core/risk/evil.ts', "import { getOctokit } from '@actions/github';"],
    ],
    false,
  );

  eachFails('core-pure', /core\/ imports nothing/, [
    ['src/core/evil.ts', "import { write } from '../stages/write.js';"],
    ['src/core/risk/evil.ts', "import { write } from '../../stages/write.js';"],
    ['src/core/risk/deep/evil.ts', "export * from '../../../engines/process.js';"],
    ['src/core/risk/evil.ts', "import { x } from '../../outcomes/index.js';"], // src/outcomes, not core's
    ['src/core/risk/evil.ts', "import { x } from '../../../test/support/cli-io.js';"],
  ]);

  test('a core file that imports only core and pure modules passes', async () => {
    const code = [
      "import { posix } from 'node:path';",
      "import { Minimatch } from 'minimatch';",
      "import { UserError } from '../errors.js';",
      "import { fenceUntrusted } from '../sanitize/index.js';",
      "import type { X } from './glob.js';",
      'export const y = [posix, Minimatch, UserError, fenceUntrusted] as unknown as X;',
    ].join('\n');
    expect(await layering('src/core/risk/fine.ts', code)).toEqual([]);
  });
});

describe('only src/engines/process.ts starts processes', () => {
  eachFails('one-process-boundary', /Only src\/engines\/process.ts/, [
    ['src/forge/local/evil.ts', "import { execa } from 'execa';"],
    ['src/outcomes/deep/evil.ts', "import { spawn } from 'node:child_process';"],
    ['src/forge/github/evil.ts', "import cp from 'child_process';"],
    ['src/engines/evil.ts', "const { execa } = await import('execa');"],
    ['src/engines/sandbox/evil.ts', "const { spawn } = require('node:child_process');"],
  ]);

  test('process.ts itself may, and a file that uses runCommand passes', async () => {
    expect(
      await layering(
        'src/engines/process.ts',
        "import { execa } from 'execa';\nexport { execa };\n",
      ),
    ).toEqual([]);
    const user =
      "import { runCommand } from '../engines/process.js';\nexport const run = runCommand;\n";
    expect(await layering('src/forge/fine.ts', user)).toEqual([]);
  });
});

describe('nothing below the entry points imports them', () => {
  eachFails('entry-points-on-top', /'.*' is an entry point/, [
    ['src/forge/local/evil.ts', "import { CliIo } from '../../cli/io.js';"],
    ['src/forge/remote/evil.ts', "import { openGitHubSession } from '../../action/session.js';"],
    ['src/stages/evil.ts', "export * from '../action/inputs.js';"],
    ['src/engines/model/evil.ts', "const m = await import('../../cli/stage-command.js');"],
  ]);

  test('the entry points may import each other and every floor below', async () => {
    const code = [
      "import { openGitHubSession } from '../action/session.js';",
      "import { GitRepo } from '../forge/local/git.js';",
      "import { ExitCode } from './io.js';",
      'export const y = [openGitHubSession, GitRepo, ExitCode];',
    ].join('\n');
    expect(await layering('src/cli/fine.ts', code)).toEqual([]);
  });
});

describe('stages/ do no I/O', () => {
  eachFails('stages-no-io', /stages\/ do no I\/O/, [
    ['src/stages/evil.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/stages/deep/evil.ts', "import os from 'node:os';"],
    ['src/stages/evil.ts', "import { Octokit } from '@octokit/core';"],
  ]);

  test('a stage that starts a process breaks both rules', async () => {
    const errors = await layering(
      'src/stages/deep/evil.ts',
      "import { spawn } from 'node:child_process';\nexport const y = spawn;\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/^layering\/one-process-boundary: /),
      expect.stringMatching(/^layering\/stages-no-io: /),
    ]);
  });

  test('a stage that imports a port and node:crypto passes', async () => {
    const code =
      "import { randomUUID } from 'node:crypto';\nimport type { Forge } from './ports.js';\nexport const y: [unknown, Forge?] = [randomUUID];\n";
    expect(await layering('src/stages/fine.ts', code)).toEqual([]);
  });
});

describe('below the stages, only the ports of src/stages are imported', () => {
  eachFails('adapters-below-stages', /'.*' is in src\/stages\/, a floor above/, [
    ['src/forge/github/evil.ts', "import { costTable } from '../../stages/pr-body.js';"],
    ['src/forge/github/evil.ts', "import type { TrackedFinding } from '../../stages/findings.js';"],
    ['src/forge/local/evil.ts', "import { runPipeline } from '../../stages/pipeline.js';"],
    ['src/outcomes/evil.ts', "export * from '../stages/ledger.js';"],
    ['src/engines/model/evil.ts', "const d = await import('../../stages/deps.js');"],
    ['src/relay/deep/evil.ts', "const r = require('../../stages/risk-gate.js');"],
  ]);

  test('an adapter that imports the ports passes', async () => {
    const code = [
      "import type { Forge, Workspace } from '../../stages/ports.js';",
      "import type { RiskTier } from '../../stages/port-types.js';",
      'export const y: [Forge?, Workspace?, RiskTier?] = [];',
    ].join('\n');
    expect(await layering('src/forge/github/fine.ts', code)).toEqual([]);
  });

  test('the stages and the entry points may import any stage', async () => {
    const code =
      "import { runPipeline } from '../stages/pipeline.js';\nexport const y = runPipeline;\n";
    expect(await layering('src/cli/fine.ts', code)).toEqual([]);
    expect(await layering('src/action/fine.ts', code)).toEqual([]);
    const stage = "import { runPipeline } from './pipeline.js';\nexport const y = runPipeline;\n";
    expect(await layering('src/stages/fine.ts', stage)).toEqual([]);
  });
});
