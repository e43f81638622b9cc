import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runChecked } from '../../engines/process.js';
import type { BenchInstance } from '../../core/bench/index.js';

/**
 * The harness's self-check agents, as replay scripts and a model script generated per instance,
 * so they run through the real pipeline with no model: `gold` writes the files the reference
 * patch produces, `null` changes nothing. Triage answers from the instance's tags (an unclear
 * issue gets a question), review finds nothing, the audit finds every criterion met.
 */
export type SelfCheckEngine = 'gold' | 'null';
export const SELF_CHECK_ENGINES: readonly string[] = ['gold', 'null'];

const CRITERION = 'The behaviour the issue asks for holds, and existing behaviour is kept';

export function selfCheckModelScript(i: BenchInstance): object {
  const verdict = i.tags.unclear
    ? {
        clear: false,
        confidence: 0.9,
        question: 'Which behaviour do you expect here? The issue does not say.',
        defaultAssumption: null,
        why: 'The expected behaviour is not stated.',
        acceptanceCriteria: [],
        complexity: 'low',
      }
    : {
        clear: true,
        confidence: 0.9,
        question: null,
        defaultAssumption: null,
        why: 'The issue states the expected behaviour.',
        acceptanceCriteria: [CRITERION],
        complexity: 'low',
      };
  const clean = { value: { summary: 'Nothing blocking.', findings: [], previous: [] } };
  const met = {
    value: { criteria: [{ criterion: CRITERION, status: 'met', evidence: 'Reference patch.' }] },
  };
  return {
    version: 1,
    model: 'claude-sonnet-4-6',
    answers: {
      triage_verdict: [{ value: verdict }],
      plan: [{ value: { steps: ['Apply the change.'] } }],
      review_findings: [clean, clean, clean, clean],
      spec_audit: [met, met, met, met],
    },
  };
}

type Step =
  | { action: 'write'; path: string; content: string }
  | { action: 'bash'; argv: string[] }
  | { action: 'finish'; message: string };

/** The steps that turn the base tree into the patched one: every file the patch touches. */
async function goldSteps(
  patchPath: string,
  scratch: string,
  env: Record<string, string>,
): Promise<Step[]> {
  await runChecked('git', ['apply', '--whitespace=nowarn', patchPath], { cwd: scratch, env });
  const { stdout } = await runChecked('git', ['status', '--porcelain', '-z', '-uall'], {
    cwd: scratch,
    env,
  });
  const steps: Step[] = [];
  for (const entry of stdout.split('\0').filter(Boolean)) {
    const path = entry.slice(3);
    if (entry.startsWith(' D') || entry.startsWith('D '))
      steps.push({ action: 'bash', argv: ['rm', '-f', '--', path] });
    else
      steps.push({ action: 'write', path, content: await readFile(join(scratch, path), 'utf8') });
  }
  return steps;
}

/**
 * Writes `<dir>/replay/write.json` (and remediation rounds that change nothing) and
 * `<dir>/model.json`. `scratch` is a throwaway copy of the base tree (gold applies the patch there).
 */
export async function writeSelfCheckScripts(
  engine: SelfCheckEngine,
  i: BenchInstance,
  patchPath: string | null,
  scratch: string,
  dir: string,
  env: Record<string, string>,
): Promise<{ replayDir: string; modelScript: string }> {
  const replayDir = join(dir, 'replay');
  await mkdir(replayDir, { recursive: true });
  const steps =
    engine === 'gold' && patchPath !== null ? await goldSteps(patchPath, scratch, env) : [];
  const script = (s: Step[], message: string) =>
    JSON.stringify({
      version: 1,
      costUsd: 0,
      steps: [...s, { action: 'finish', message }],
    });
  await writeFile(join(replayDir, 'write.json'), script(steps, `${engine}: done`));
  for (let k = 1; k <= 5; k++)
    await writeFile(join(replayDir, `remediate-${k}.json`), script([], 'nothing more'));
  const modelScript = join(dir, 'model.json');
  await writeFile(modelScript, JSON.stringify(selfCheckModelScript(i)));
  return { replayDir, modelScript };
}
