import { minimatch } from 'minimatch';
import { z } from 'zod';
import { runCommand } from '../../process.js';
import { discoverSafeTarget, safeGitArgs, safeGitRunOptions } from '../../safe-git.js';
import { ToolError, resolveInTree } from '../../tree-paths.js';
import type { ToolContext } from './types.js';
import { defineTool, ok } from './types.js';

const MAX_RESULTS = 500;
const GREP_OUTPUT_CAP = 64 * 1024;

/**
 * Listing and search go through git: it knows which files belong to the project (tracked plus
 * untracked, minus .gitignore), so node_modules and build output stay out of the model's context.
 */
async function gitFiles(ctx: ToolContext, dirRel: string): Promise<string[]> {
  const r = await git(ctx, [
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    dirRel || '.',
  ]);
  if (r.exitCode !== 0) throw new ToolError(`listing files failed: ${r.stderr.trim()}`);
  return [...new Set(r.stdout.split('\0').filter((f) => f !== ''))].sort();
}

/**
 * Git as the orchestrator runs it (these tools run in its process, not the agent's): nothing the
 * repository's config names (hooks, fsmonitor, filters) may run. See safe-git.ts.
 */
async function git(ctx: ToolContext, args: readonly string[], maxOutputBytes?: number) {
  const target = await discoverSafeTarget(ctx.root, ctx.commandEnv);
  return runCommand('git', safeGitArgs(target, args), {
    ...(await safeGitRunOptions(target, args)),
    confine: { jail: ctx.jail },
    timeoutMs: 30_000,
    ...(maxOutputBytes !== undefined && { maxOutputBytes }),
    ...signalOf(ctx),
  });
}

function signalOf(ctx: ToolContext): { signal?: AbortSignal } {
  return ctx.signal ? { signal: ctx.signal } : {};
}

function capList(items: string[], what: string): string {
  if (items.length === 0) return `no ${what}`;
  const shown = items.slice(0, MAX_RESULTS).join('\n');
  return items.length > MAX_RESULTS
    ? `${shown}\n[${items.length - MAX_RESULTS} more ${what}; narrow the pattern]`
    : shown;
}

export const globTool = defineTool({
  claudeName: 'Glob',
  name: 'glob',
  description:
    'List files of the project (tracked and untracked, .gitignore respected) matching a glob ' +
    'such as "src/**/*.ts", relative to path (default: the repository root).',
  input: z.object({
    pattern: z.string().min(1),
    path: z.string().optional().describe('Directory relative to the repository root'),
  }),
  async run(input, ctx) {
    const dir = await resolveInTree(ctx.root, input.path ?? '.');
    const prefix = dir.rel === '' ? '' : `${dir.rel}/`;
    const files = await gitFiles(ctx, dir.rel);
    const matched = files.filter((f) =>
      minimatch(f.startsWith(prefix) ? f.slice(prefix.length) : f, input.pattern, {
        dot: true,
        matchBase: !input.pattern.includes('/'),
      }),
    );
    return ok(capList(matched, 'files match'));
  },
});

export const grepTool = defineTool({
  claudeName: 'Grep',
  name: 'grep',
  description:
    'Search file contents with an extended regular expression (git grep -E), in tracked and ' +
    'untracked files. Returns path:line:text. Optional path (directory or file) and glob filter.',
  input: z.object({
    pattern: z.string().min(1),
    path: z.string().optional().describe('File or directory relative to the repository root'),
    glob: z.string().optional().describe('Only files matching this glob, e.g. "*.ts"'),
    case_insensitive: z.boolean().optional(),
  }),
  async run(input, ctx) {
    const where = await resolveInTree(ctx.root, input.path ?? '.');
    const spec = where.rel === '' ? '.' : where.rel;
    const pathspec = input.glob
      ? [`:(glob)${spec === '.' ? '' : `${spec}/`}**/${input.glob}`]
      : [spec];
    const args = ['grep', '-n', '-I', '-E', '--untracked', '--no-color'];
    if (input.case_insensitive) args.push('-i');
    // `-e` keeps a pattern that starts with `-` from being read as an option.
    args.push('-e', input.pattern, '--', ...pathspec);
    const r = await git(ctx, args, GREP_OUTPUT_CAP);
    // git grep: 0 = matches, 1 = none, anything else = a real error (bad regex, ...).
    if (r.exitCode === 1) return ok('no matches');
    if (r.exitCode !== 0) throw new ToolError(`grep failed: ${r.stderr.trim()}`);
    return ok(
      capList(
        r.stdout.split('\n').filter((l) => l !== ''),
        'matching lines',
      ),
    );
  },
});
