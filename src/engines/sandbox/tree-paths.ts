import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { MINIMATCH_OPTIONS, toGlob } from '../../core/risk/glob.js';
import { runCommand } from '../process.js';

const LITERAL_DIR_GLOB = /^([^*?[\]{}!]+)\/\*\*$/;
const LITERAL = /^[^*?[\]{}!]+$/;

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The host paths inside the tree that the sandbox binds read-only: `.git`, and every protected
 * path that exists when the run starts. A literal directory glob (`.github/**`) binds the
 * directory, so nothing new can be created in it either; other globs (`**\/CLAUDE.md`) bind each
 * file they match now. What a glob could match later is the tree gate's job.
 */
export async function readOnlyTreePaths(
  root: string,
  globs: readonly string[],
  gitEnv: Readonly<Record<string, string>>,
): Promise<string[]> {
  const out = new Set<string>();
  const pattern: Minimatch[] = [];
  for (const raw of ['.git/**', ...globs]) {
    const glob = toGlob(raw);
    if (glob === undefined) continue;
    const literal = LITERAL_DIR_GLOB.exec(glob)?.[1] ?? (LITERAL.test(glob) ? glob : undefined);
    if (literal !== undefined) {
      const p = path.join(root, literal);
      if (await exists(p)) out.add(p);
    } else pattern.push(new Minimatch(glob, MINIMATCH_OPTIONS));
  }
  if (pattern.length > 0) {
    const r = await runCommand(
      'git',
      [
        '-c',
        'core.fsmonitor=false',
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
      ],
      { cwd: root, env: gitEnv, maxOutputBytes: 64 * 1024 * 1024 },
    );
    for (const rel of r.exitCode === 0 ? r.stdout.split('\0') : [])
      if (rel !== '' && pattern.some((m) => m.match(rel))) out.add(path.join(root, rel));
  }
  // A symlink in the tree must not make bwrap bind its target read-only somewhere else.
  const real = await realpath(root);
  const kept: string[] = [];
  for (const p of out) {
    try {
      const target = await realpath(p);
      if (target === p || target.startsWith(`${real}/`)) kept.push(p);
    } catch {
      // Vanished or dangling: nothing to bind.
    }
  }
  return kept.sort();
}
