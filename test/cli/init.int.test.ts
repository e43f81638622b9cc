import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { install } from '../../src/init/install.js';
import { captureIo } from '../support/cli-io.js';
import { lintWorkflows } from '../workflows/support/lint.js';
import { tempDir } from '../support/temp.js';

const repo = path.resolve(import.meta.dirname, '../..');

async function freshRepo(): Promise<string> {
  const dir = await tempDir('init-');
  await execa('git', ['init', '-q', dir]);
  return dir;
}

async function files(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (r === '.git') continue;
    if (e.isDirectory()) out.push(...(await files(dir, r)));
    else out.push(r);
  }
  return out.sort();
}

/** Content and mtime of every file, to prove a run changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await files(dir)) {
    const p = path.join(dir, f);
    out[f] = `${(await stat(p)).mtimeMs} ${await readFile(p, 'utf8')}`;
  }
  return out;
}

const TEMPLATES: Record<string, string> = {
  '.github/workflows/lailatov.yml': 'workflows-templates/lailatov.yml',
  '.github/workflows/lailatov-learn-report.yml': 'workflows-templates/lailatov-learn-report.yml',
  '.github/lailatov.yml': 'templates/lailatov.yml',
  'risk-policy.json': 'templates/risk-policy.json',
  'CLAUDE.md': 'templates/CLAUDE.md',
};

describe('lailatov init', () => {
  it('installs the suite into a fresh repository; the workflow passes the same lint', async () => {
    const dir = await freshRepo();
    const io = captureIo({ cwd: dir });
    expect(await main(['init'], io)).toBe(0);
    for (const [to, from] of Object.entries(TEMPLATES)) {
      expect(await readFile(path.join(dir, to), 'utf8')).toBe(
        await readFile(path.join(repo, from), 'utf8'),
      );
      expect(io.out()).toContain(`wrote    ${to}`);
    }
    // .claude/ comes from the package itself, whatever the hooks work has put there.
    const claude = path.join(repo, '.claude');
    if (existsSync(claude)) {
      for (const f of await files(claude)) {
        if (f.endsWith('settings.local.json')) continue;
        const src = await stat(path.join(claude, f));
        const dst = await stat(path.join(dir, '.claude', f));
        expect(dst.mode).toBe(src.mode);
      }
    } else {
      expect(io.err()).toContain('missing  .claude/');
    }
    expect(io.out()).toContain('ANTHROPIC_API_KEY');
    expect(io.out()).toContain('LAILATOV_APP_PRIVATE_KEY');
    expect(io.out()).toContain('Pull requests read & write');
    const r = await lintWorkflows(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 file(s) clean'); // the pipeline and the weekly learn/report
  });

  it('a second run without --force changes nothing and lists what it skipped; --force overwrites', async () => {
    const dir = await freshRepo();
    expect(await main(['init', '--dir', dir], captureIo())).toBe(0);
    const edited = path.join(dir, 'CLAUDE.md');
    await writeFile(edited, '# mine\n');
    const before = await snapshot(dir);

    const again = captureIo();
    expect(await main(['init', '--dir', dir], again)).toBe(0);
    expect(await snapshot(dir)).toEqual(before);
    expect(again.out()).not.toContain('wrote');
    for (const to of Object.keys(TEMPLATES)) expect(again.out()).toContain(`skipped  ${to}`);

    const forced = captureIo();
    expect(await main(['init', '--dir', dir, '--force'], forced)).toBe(0);
    expect(await readFile(edited, 'utf8')).toBe(
      await readFile(path.join(repo, 'templates/CLAUDE.md'), 'utf8'),
    );
    expect(forced.out()).toContain('wrote    CLAUDE.md');
  });

  it('refuses a directory that is not a repository root, and unknown flags, with exit 2', async () => {
    const plain = await tempDir('init-plain-');
    const io = captureIo();
    expect(await main(['init', '--dir', plain], io)).toBe(2);
    expect(io.err()).toContain('is not the root of a git repository');
    expect(await readdir(plain)).toEqual([]);
    const bad = captureIo();
    expect(await main(['init', '--forse'], bad)).toBe(2);
    expect(bad.err()).toContain("Unknown option '--forse'");
  });

  it('copies a .claude tree with its modes and without machine-local settings', async () => {
    const source = await tempDir('init-src-');
    for (const from of Object.values(TEMPLATES)) {
      await mkdir(path.dirname(path.join(source, from)), { recursive: true });
      await writeFile(path.join(source, from), `template ${from}\n`);
    }
    await mkdir(path.join(source, '.claude/hooks'), { recursive: true });
    await writeFile(path.join(source, '.claude/hooks/guard.sh'), '#!/bin/sh\nexit 0\n');
    await chmod(path.join(source, '.claude/hooks/guard.sh'), 0o755);
    await writeFile(path.join(source, '.claude/settings.json'), '{}\n');
    await writeFile(path.join(source, '.claude/settings.local.json'), '{"mine":1}\n');
    const target = await freshRepo();
    const report = await install({ sourceRoot: source, target, force: false });
    expect(report.written).toContain('.claude/hooks/guard.sh');
    expect(report.unavailable).toEqual([]);
    expect((await stat(path.join(target, '.claude/hooks/guard.sh'))).mode & 0o777).toBe(0o755);
    expect(existsSync(path.join(target, '.claude/settings.local.json'))).toBe(false);
  });

  it('the built CLI (dist/cli/index.js) finds its templates and installs them', async () => {
    const dir = await freshRepo();
    const r = await execa(process.execPath, [path.join(repo, 'dist/cli/index.js'), 'init'], {
      cwd: dir,
      reject: false,
    });
    expect(r.exitCode).toBe(0);
    expect(await readFile(path.join(dir, '.github/workflows/lailatov.yml'), 'utf8')).toBe(
      await readFile(path.join(repo, 'workflows-templates/lailatov.yml'), 'utf8'),
    );
    expect(r.stdout).toContain('Next steps:');
  });
});
