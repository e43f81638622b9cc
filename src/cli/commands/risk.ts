import { parseArgs } from 'node:util';
import { classify, type RiskResult } from '../../core/risk/index.js';
import { filesChangedInRange } from '../../forge/local/diff-range.js';
import { ExitCode, type CliIo, type Command } from '../io.js';
import { loadPolicyFile, reportingUserErrors } from './policy.js';

const HELP = `Usage: lailatov risk [--policy FILE] [--json] [PATH ...]
       lailatov risk [--policy FILE] [--json] --base REF [--head REF]

Classifies changed paths against a risk policy: each file's tier and the pattern that decided
it, then the PR's tier, its required checks, whether a human must approve, and blocked files.

Paths come from the arguments, or from stdin (one per line) when none are given, or from
'git diff --name-only BASE...HEAD' in the current directory with --base.

Options:
  --policy FILE  the policy to apply (default: ./risk-policy.json)
  --json         print one JSON object:
                 {"tier","files":[{"path","tier","pattern"}],"requiredChecks",
                  "humanApprovalRequired","blocked":[{"path","pattern"}],"protected"}
  --base REF     take the changed paths from git, against this base ref
  --head REF     the head ref for --base (default: HEAD)
  -h, --help     show this help

Exit codes: 0 classified, 3 a blocked file changed, 2 bad input (policy, file, git ref, usage).
`;

const OPTIONS = {
  policy: { type: 'string' },
  json: { type: 'boolean' },
  base: { type: 'string' },
  head: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function readLines(io: CliIo): Promise<string[]> {
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : String(chunk);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

function render(result: RiskResult): string {
  if (result.tier === 'none') return 'No changed files: PR tier none (nothing to classify).\n';
  const guarded = new Set(result.protected.map((p) => p.path));
  const rows = [['PATH', 'TIER', 'DECIDED BY']];
  for (const f of result.files) {
    const by = f.pattern ?? '(default)';
    rows.push([f.path, f.tier, guarded.has(f.path) ? `${by} (protected)` : by]);
  }
  const approval = result.humanApprovalRequired
    ? `required${result.protected.length > 0 ? ' (protected path changed)' : ''}`
    : 'not required';
  const lines = [
    table(rows),
    '',
    `PR tier: ${result.tier}${result.description ? ` (${result.description})` : ''}`,
    `Required checks: ${result.requiredChecks.join(', ') || '(none)'}`,
    `Human approval: ${approval}`,
    `Blocked: ${result.blocked.length === 0 ? 'none' : `${result.blocked.length} file(s)`}`,
    ...result.blocked.map((b) => `  ${b.path}  (${b.pattern}${b.reason ? `: ${b.reason}` : ''})`),
  ];
  return `${lines.join('\n')}\n`;
}

async function run(
  values: { policy?: string; json?: boolean; base?: string; head?: string },
  positionals: string[],
  io: CliIo,
): Promise<number> {
  const policy = await loadPolicyFile(io.cwd, values.policy);
  let paths: string[];
  if (values.base !== undefined) {
    paths = await filesChangedInRange({
      cwd: io.cwd,
      base: values.base,
      head: values.head ?? 'HEAD',
      env: io.env,
    });
  } else if (positionals.length > 0) {
    paths = positionals;
  } else {
    paths = await readLines(io);
  }
  const result = classify(policy, paths);
  io.stdout(values.json ? `${JSON.stringify(result)}\n` : render(result));
  return result.blocked.length > 0 ? ExitCode.blocked : ExitCode.ok;
}

function usageError(message: string, io: CliIo): number {
  io.stderr(`lailatov risk: ${message}\n\n${HELP}`);
  return ExitCode.badInput;
}

export const riskCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    return usageError((e as Error).message, io);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  if (values.head !== undefined && values.base === undefined)
    return usageError('--head needs --base.', io);
  if (values.base !== undefined && positionals.length > 0) {
    return usageError('give either PATH arguments or --base, not both.', io);
  }
  if (values.base === undefined && positionals.length === 0 && io.stdinIsTty) {
    return usageError(
      'no paths: pass PATH arguments, pipe one path per line on stdin, or use --base REF.',
      io,
    );
  }
  return reportingUserErrors('risk', io, () => run(values, positionals, io));
};
