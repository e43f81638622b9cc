import { testCommandArgs } from '../config/index.js';
import type { StageDeps } from './deps.js';
import type { TrackedFinding } from '../core/findings.js';
import { treeGateFindings } from './gated-run.js';
import type { Workspace } from './ports.js';

export interface TestRun {
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly command: string | null;
  /** The tail of the output (failures are at the end), trimmed to a readable size. */
  readonly output: string;
  /** Why tests were skipped, or how the command was chosen. */
  readonly note: string;
  /** What the tree gate undid after the run: the tests run the agent's code too. */
  readonly findings: readonly TrackedFinding[];
}

const OUTPUT_TAIL = 4000;
const NPM_DEFAULT_TEST = 'no test specified';

/** Finds the project's test command (package.json, pytest, go, cargo, make), or null. */
export async function detectTestCommand(
  ws: Workspace,
): Promise<{ argv: string[]; source: string } | null> {
  const pkg = await ws.readFile('package.json');
  if (pkg !== null) {
    try {
      const test = (JSON.parse(pkg) as { scripts?: { test?: unknown } }).scripts?.test;
      if (typeof test === 'string' && !test.includes(NPM_DEFAULT_TEST))
        return { argv: ['npm', 'test', '--silent'], source: 'package.json scripts.test' };
    } catch {
      // An unreadable package.json is the project's problem; try the other conventions.
    }
  }
  const pyproject = (await ws.readFile('pyproject.toml')) ?? '';
  if (
    (await ws.exists('pytest.ini')) ||
    pyproject.includes('[tool.pytest') ||
    (await ws.exists('conftest.py'))
  )
    return { argv: ['python3', '-m', 'pytest', '-q'], source: 'pytest configuration' };
  if (await ws.exists('go.mod')) return { argv: ['go', 'test', './...'], source: 'go.mod' };
  if (await ws.exists('Cargo.toml')) return { argv: ['cargo', 'test'], source: 'Cargo.toml' };
  const makefile = await ws.readFile('Makefile');
  if (makefile !== null && /^test:/m.test(makefile))
    return { argv: ['make', 'test'], source: 'Makefile target test' };
  return null;
}

export function trimOutput(text: string): string {
  const t = text.trimEnd();
  return t.length <= OUTPUT_TAIL
    ? t
    : `[... ${t.length - OUTPUT_TAIL} characters cut ...]\n${t.slice(-OUTPUT_TAIL)}`;
}

/**
 * Runs the configured or detected test command; says so plainly when there is none. The tests
 * run code the agent wrote, so the tree gate runs around them as around an engine: a test that
 * writes a workflow leaves nothing for the next commit.
 */
export async function runTests(
  deps: Pick<StageDeps, 'config' | 'workspace' | 'treeGate'>,
  gate: { readonly protectedPaths: readonly string[]; readonly round: number },
): Promise<TestRun> {
  const configured = testCommandArgs(deps.config);
  const found = configured
    ? { argv: configured, source: '.github/lailatov.yml testCommand' }
    : await detectTestCommand(deps.workspace);
  if (!found)
    return {
      status: 'skipped',
      command: null,
      output: '',
      note: 'No test command: none configured (testCommand) and none detected (package.json, pytest, go.mod, Cargo.toml, Makefile).',
      findings: [],
    };
  const snapshot = await deps.treeGate.snapshot(deps.workspace.dir, gate.protectedPaths);
  const r = await deps.workspace.run(found.argv, deps.config.timeouts.tests * 60_000);
  const findings = treeGateFindings(await deps.treeGate.enforce(snapshot), gate.round);
  const command = found.argv.join(' ');
  const passed = r.exitCode === 0 && !r.timedOut;
  return {
    status: passed ? 'passed' : 'failed',
    command,
    output: trimOutput(r.output),
    note: r.timedOut
      ? `timed out after ${deps.config.timeouts.tests} min (${found.source})`
      : `exit ${r.exitCode ?? 'none'} (${found.source})`,
    findings,
  };
}
