// Runs the real hook scripts in .claude/hooks the way Claude Code does (see run-hook.ts).
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, spawnHook, type HookResult } from './run-hook.js';
import { tempDirSync } from '../support/temp.js';

/** The commands the safety hook must block and must allow, kept as data. */
const SAFETY = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'safety-commands.json'), 'utf8'),
) as { blocked: string[]; allowed: string[] };

function runHook(
  script: string,
  stdin: unknown,
  env: Record<string, string | undefined> = {},
): Promise<HookResult> {
  ensureProject();
  return spawnHook(script, project, stdin, env);
}

function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let project = '';
let scratch = '';

const base = () => (
  ensureProject(),
  { session_id: 'sess-1', transcript_path: '/dev/null', cwd: project }
);
const bash = (command: string) => ({
  ...base(),
  hook_event_name: 'PreToolUse',
  tool_name: 'Bash',
  tool_input: { command, description: 'test' },
});
const fileTool = (tool_name: string, file_path: string) => ({
  ...base(),
  hook_event_name: 'PreToolUse',
  tool_name,
  tool_input: { file_path, content: 'x', old_string: 'a', new_string: 'b' },
});

// Created on first use rather than in beforeAll: the concurrent tests below may start before it.
function ensureProject(): void {
  if (project) return;
  scratch = fs.realpathSync(tempDirSync('lailatov-hooks-'));
  project = path.join(scratch, 'proj');
  for (const dir of ['build', 'src', '.github/workflows', 'secrets']) {
    fs.mkdirSync(path.join(project, dir), { recursive: true });
  }
  fs.writeFileSync(path.join(project, 'CLAUDE.md'), '# rules\n');
  fs.writeFileSync(
    path.join(project, 'risk-policy.json'),
    JSON.stringify({ protectedPaths: ['secrets/**'] }),
  );
  fs.symlinkSync(path.join(project, '.github', 'workflows'), path.join(project, 'src', 'wf'));
}

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('enforce-safety.sh (PreToolUse)', () => {
  it.concurrent.each(SAFETY.blocked)(
    'blocks %j with exit 2 and a reason on stderr',
    async (command) => {
      const r = await runHook('enforce-safety.sh', bash(command));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('BLOCKED by the LailaTov safety hook');
    },
  );

  it.concurrent.each(SAFETY.allowed)('allows %j', async (command) => {
    const r = await runHook('enforce-safety.sh', bash(command));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.concurrent.each([
    ['Write', '.github/workflows/ci.yml'],
    ['Edit', 'CLAUDE.md'],
    ['Edit', 'src/../.claude/hooks/enforce-safety.sh'],
    ['Write', '<project>/src/../../proj/.github/workflows/x.yml'],
    ['Write', '<project>/src/wf/ci.yml'],
    ['MultiEdit', '<project>/risk-policy.json'],
    ['Write', '<project>/.claude/settings.json'],
    ['Write', 'secrets/token.txt'],
    ['Write', '/etc/cron.d/evil'],
    ['Read', '~/.ssh/id_rsa'],
  ])('blocks %s of %s', async (tool, file) => {
    const r = await runHook(
      'enforce-safety.sh',
      fileTool(tool, file.replace('<project>', project)),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('BLOCKED');
  });

  it.concurrent.each([
    ['Write', '<project>/src/a.ts'],
    ['Edit', 'src/b.ts'],
    ['Read', 'CLAUDE.md'],
  ])('allows %s of %s', async (tool, file) => {
    const r = await runHook(
      'enforce-safety.sh',
      fileTool(tool, file.replace('<project>', project)),
    );
    expect(r.code).toBe(0);
  });

  it('fails closed on malformed JSON, with a clear message', async () => {
    const r = await runHook('enforce-safety.sh', '{"tool_name": "Bash", ');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a JSON object');
  });

  it("blocks the predecessor's input shape (top-level command, no tool_name) instead of allowing it", async () => {
    const r = await runHook('enforce-safety.sh', { command: 'rm -rf /' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no tool_name');
  });

  it('fails closed when no JSON tool is available', async () => {
    const r = await runHook('enforce-safety.sh', bash('ls'), { LAILATOV_HOOK_JSON_TOOL: 'none' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no JSON tool');
  });

  it.each(['node', 'python3'].filter(onPath))(
    'decides the same with the %s fallback instead of jq',
    async (tool) => {
      const env = { LAILATOV_HOOK_JSON_TOOL: tool };
      expect((await runHook('enforce-safety.sh', bash('rm -rf /'), env)).code).toBe(2);
      expect((await runHook('enforce-safety.sh', bash('rm -rf ./build'), env)).code).toBe(0);
      const wf = fileTool('Write', '.github/workflows/ci.yml');
      expect((await runHook('enforce-safety.sh', wf, env)).code).toBe(2);
    },
  );
});

describe('require-tests-pass.sh (Stop)', () => {
  const stop = (active: boolean) => ({
    ...base(),
    hook_event_name: 'Stop',
    stop_hook_active: active,
  });

  it.each([1, 5])(
    'blocks the stop with exit 2 (not %i) and the failure tail on stderr',
    async (code) => {
      const command = `for i in $(seq 1 400); do echo line-$i; done; echo FAILED-MARKER; exit ${code}`;
      const r = await runHook('require-tests-pass.sh', stop(false), {
        LAILATOV_TEST_COMMAND: command,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('FAILED-MARKER');
      expect(r.stderr).toContain(`exited ${code}`);
      expect(r.stderr).not.toContain('line-1\n');
      expect(r.stderr.length).toBeLessThan(4500);
    },
  );

  it('allows the stop when stop_hook_active is true, even while tests fail', async () => {
    const r = await runHook('require-tests-pass.sh', stop(true), {
      LAILATOV_TEST_COMMAND: 'exit 1',
    });
    expect(r.code).toBe(0);
  });

  it('allows the stop when the test command passes', async () => {
    const r = await runHook('require-tests-pass.sh', stop(false), {
      LAILATOV_TEST_COMMAND: 'true',
    });
    expect(r.code).toBe(0);
  });

  it('allows the stop with a note when no test command is found', async () => {
    const r = await runHook('require-tests-pass.sh', stop(false), { LAILATOV_TEST_COMMAND: '' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no test command found');
  });

  it('reads the command from .claude/test-command', async () => {
    const dir = path.join(project, '.claude');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'test-command'), '# the tests\necho from-file; exit 3\n');
    try {
      const r = await runHook('require-tests-pass.sh', stop(false), { LAILATOV_TEST_COMMAND: '' });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('from-file');
    } finally {
      fs.rmSync(path.join(dir, 'test-command'));
    }
  });
});

describe('run-linter.sh (PostToolUse)', () => {
  const post = (file: string) => ({
    ...base(),
    hook_event_name: 'PostToolUse',
    tool_name: 'Write',
    tool_input: { file_path: path.join(project, file), content: '' },
    tool_response: { success: true },
  });

  it('reports a JavaScript syntax error to the model (node --check) and leaves the file as it was', async () => {
    const file = path.join(project, 'src', 'bad.js');
    fs.writeFileSync(file, 'const x = ;\n');
    const r = await runHook('run-linter.sh', post('src/bad.js'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lint problems in src/bad.js');
    expect(r.stderr).toContain('SyntaxError');
    expect(fs.readFileSync(file, 'utf8')).toBe('const x = ;\n');
  });

  it('stays silent on a clean file', async () => {
    fs.writeFileSync(path.join(project, 'src', 'good.js'), 'export const x = 1;\n');
    const r = await runHook('run-linter.sh', post('src/good.js'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  (onPath('rustfmt') ? it : it.skip)(
    'reports rustfmt --check findings without reformatting',
    async () => {
      const file = path.join(project, 'src', 'lib.rs');
      const messy = 'fn  main( ){let x=1;}\n';
      fs.writeFileSync(file, messy);
      const r = await runHook('run-linter.sh', post('src/lib.rs'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('rustfmt');
      expect(fs.readFileSync(file, 'utf8')).toBe(messy);
    },
  );

  (onPath('shellcheck') ? it : it.skip)(
    'reports shellcheck findings for a shell script',
    async () => {
      fs.writeFileSync(path.join(project, 'src', 'x.sh'), '#!/bin/sh\necho $1\n');
      const r = await runHook('run-linter.sh', post('src/x.sh'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('shellcheck');
    },
  );

  it('runs the project-local linter for Python (a stub ruff in .venv/bin) and bounds its output', async () => {
    const bin = path.join(project, '.venv', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(
      path.join(bin, 'ruff'),
      '#!/bin/sh\nfor i in $(seq 1 500); do echo "noise $i"; done\necho "F401 unused import in $3"\nexit 1\n',
      { mode: 0o755 },
    );
    fs.writeFileSync(path.join(project, 'src', 'm.py'), 'import os\n');
    const r = await runHook('run-linter.sh', post('src/m.py'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('F401 unused import');
    expect(r.stderr).toContain('/src/m.py');
    expect(r.stderr.split('\n').length).toBeLessThan(80);
  });
});

describe('inject-env.sh (SessionStart)', () => {
  it('appends quoted exports to CLAUDE_ENV_FILE, skips invalid names, never prints values', async () => {
    const dir = path.join(project, '.claude');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'env'),
      [
        '# declared variables',
        'DATABASE_URL=postgresql://u:s3cret-value@localhost/app',
        'export GREETING="it\'s $HOME; `x`"',
        'bad-name=1',
        'LD_PRELOAD=/tmp/evil.so',
        '',
      ].join('\n'),
    );
    const envFile = path.join(scratch, 'claude-env.sh');
    fs.writeFileSync(envFile, '');
    const r = await runHook(
      'inject-env.sh',
      { ...base(), hook_event_name: 'SessionStart', source: 'startup' },
      { CLAUDE_ENV_FILE: envFile },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("'bad-name' is not a valid variable name");
    expect(r.stderr).toContain('LD_PRELOAD');
    expect(r.stderr + r.stdout).not.toContain('s3cret-value');
    const written = fs.readFileSync(envFile, 'utf8');
    expect(written).not.toContain('bad-name');
    expect(written).not.toContain('LD_PRELOAD');
    const sourced = execFileSync(
      'bash',
      ['-c', 'source "$1"; printf "%s\\n%s" "$DATABASE_URL" "$GREETING"', 'bash', envFile],
      { encoding: 'utf8' },
    );
    expect(sourced).toBe("postgresql://u:s3cret-value@localhost/app\nit's $HOME; `x`");
    fs.rmSync(path.join(dir, 'env'));
  });
});

describe('.claude/settings.json', () => {
  const settings = JSON.parse(
    fs.readFileSync(path.join(REPO, '.claude', 'settings.json'), 'utf8'),
  ) as {
    hooks: Record<string, { matcher?: string; hooks: Record<string, unknown>[] }[]>;
  };

  it('wires the four hooks to the expected events with a timeout each', () => {
    expect(Object.keys(settings.hooks).sort()).toEqual([
      'PostToolUse',
      'PreToolUse',
      'SessionStart',
      'Stop',
    ]);
    expect(settings.hooks.PreToolUse?.[0]?.matcher?.split('|')).toEqual(
      expect.arrayContaining(['Bash', 'Write', 'Edit', 'MultiEdit']),
    );
    expect(settings.hooks.PostToolUse?.[0]?.matcher).toBe('Edit|Write|MultiEdit');
    for (const groups of Object.values(settings.hooks)) {
      for (const group of groups) {
        expect(Object.keys(group).every((k) => ['matcher', 'hooks'].includes(k))).toBe(true);
        for (const hook of group.hooks) {
          expect(Object.keys(hook).sort()).toEqual(['command', 'timeout', 'type']);
          expect(hook.type).toBe('command');
          expect(typeof hook.timeout).toBe('number');
        }
      }
    }
  });

  it('references only scripts that exist and are committed executable', () => {
    const commands = Object.values(settings.hooks).flatMap((groups) =>
      groups.flatMap((g) => g.hooks.map((h) => String(h.command))),
    );
    expect(commands).toHaveLength(4);
    const index = execFileSync('git', ['ls-files', '-s', '.claude/hooks'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    for (const command of commands) {
      const match = /^"\$CLAUDE_PROJECT_DIR"\/(\.claude\/hooks\/[\w-]+\.sh)$/.exec(command);
      expect(match).not.toBeNull();
      const rel = match?.[1] ?? '';
      expect(fs.statSync(path.join(REPO, rel)).mode & 0o111).toBe(0o111);
      expect(index).toMatch(new RegExp(`^100755 \\S+ 0\\t${rel.replace(/\./g, '\\.')}$`, 'm'));
    }
  });
});
