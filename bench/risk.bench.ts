// Risk classification speed: the indexed classifier against two baselines, alternating run by
// run (the one that starts rotates); every ratio is paired within a run.
// Run: npm run bench -- risk   (RISK_BENCH_RUNS=N, default 5)
// - fast:     compilePolicy(policy) + classify(100k paths), compile time included, cold caches.
// - compiled: every glob compiled once (Minimatch objects), then every path tried against the
//             globs in tier order until one matches (what a careful naive version would do).
// - naive:    minimatch(path, glob, options) for every path and glob (the brief's baseline).
//             At ~20 µs a call it would take minutes on 100k × 300, so it runs on a fixed
//             sample of the paths and its per-path cost is scaled to 100k (said so below).
// All three must give the same tier and deciding pattern for every path they see; each is timed
// up to its answers, and the strings that compare them are built after the clock stops.
import { cpus } from 'node:os';
import { Minimatch, minimatch } from 'minimatch';
import {
  compilePolicy,
  MINIMATCH_OPTIONS,
  normalizePath,
  parsePolicy,
  TIERS,
  toGlob,
  type RiskPolicy,
  type Tier,
} from '../src/core/risk/index.js';
import { fmtSpread, loadLine, ratioLine, spread } from './support/spread.js';

const PATHS = 100_000;
const PATTERNS = 300;
const RUNS = Number(process.env.RISK_BENCH_RUNS ?? 5);
const NAIVE_SAMPLE_EVERY = 100; // 1,000 of the 100k paths

/** mulberry32: a small seeded PRNG, so every run sees the same policy and paths. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const range = (n: number, prefix: string): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const packages = range(40, 'pkg');
const apps = range(10, 'app');
const services = range(20, 'svc');
const dirs = [
  'api',
  'auth',
  'billing',
  'components',
  'hooks',
  'lib',
  'models',
  'utils',
  'jobs',
  'config',
];
const words = [
  'index',
  'user',
  'order',
  'session',
  'token',
  'client',
  'server',
  'router',
  'schema',
  'view',
  'store',
  'helper',
];
const exts = ['ts', 'tsx', 'js', 'json', 'md', 'go', 'py', 'sql', 'yaml', 'css', 'sh', 'tf'];

function randomPath(): string {
  const name = `${pick(words)}${Math.floor(random() * 200)}`;
  switch (Math.floor(random() * 10)) {
    case 0:
      return `apps/${pick(apps)}/src/${pick(dirs)}/${name}.${pick(['ts', 'tsx', 'css'])}`;
    case 1:
      return `services/${pick(services)}/${pick(['cmd', 'internal', 'config'])}/${name}.${pick(['go', 'yaml', 'sql'])}`;
    case 2:
      return `docs/${pick(dirs)}/${name}.md`;
    case 3:
      return (
        pick(['.github/workflows/', 'scripts/', 'infra/terraform/', 'db/migrations/']) +
        `${name}.${pick(exts)}`
      );
    case 4:
      return `packages/${pick(packages)}/${pick(['README.md', 'package.json', '.eslintrc.json', 'tsconfig.json'])}`;
    case 5:
      return `packages/${pick(packages)}/src/${pick(dirs)}/__tests__/${name}.test.ts`;
    default:
      return `packages/${pick(packages)}/src/${pick(dirs)}/${pick(dirs)}/${name}.${pick(exts)}`;
  }
}

function randomPattern(i: number): string {
  switch (i % 6) {
    case 0: // anchored directory
      return random() < 0.5
        ? `packages/${pick(packages)}/src/${pick(dirs)}/**`
        : `services/${pick(services)}/**`;
    case 1: // file name at any depth
      return pick([
        `*.${pick(exts)}`,
        '*.test.ts',
        `*.${pick(dirs)}.ts`,
        `${pick(words)}.config.js`,
        'Dockerfile',
        `${pick(words)}*.${pick(exts)}`,
      ]);
    case 2: // globstar in the middle, wildcards in directories
      return pick([
        `packages/${pick(packages)}/**/*.spec.ts`,
        `**/${pick(dirs)}/**`,
        `apps/*/src/${pick(dirs)}/**`,
        `services/*/config/*.yaml`,
        `**/${pick(dirs)}/*.${pick(exts)}`,
        `packages/*/src/${pick(dirs)}/${pick(dirs)}/*.${pick(exts)}`,
      ]);
    case 3: // literal path
      return random() < 0.5
        ? `packages/${pick(packages)}/package.json`
        : `apps/${pick(apps)}/src/${pick(dirs)}/${pick(words)}${Math.floor(random() * 200)}.ts`;
    case 4: // trailing slash, leading slash or ./, braces, classes
      return pick([
        `${pick(dirs)}/`,
        `/scripts/*.sh`,
        `./infra/**`,
        `{apps,services}/${pick([...apps, ...services])}/**`,
        `db/migrations/${pick(words)}[0-9]*.sql`,
        `docs/${pick(dirs)}/?*.md`,
      ]);
    default:
      return `packages/${pick(packages)}/src/**/*.${pick(exts)}`;
  }
}

function buildPolicy(): RiskPolicy {
  const rules: Record<Tier, string[]> = { high: [], medium: [], low: [] };
  for (let i = 0; i < PATTERNS; i++) rules[pick(TIERS)].push(randomPattern(i));
  const rule = { requiredChecks: ['risk-policy-gate'] };
  return parsePolicy({
    riskTierRules: rules,
    mergePolicy: { high: rule, medium: rule, low: rule },
    protectedPaths: [],
  });
}

type Decision = string; // "tier pattern"
const key = (tier: string, pattern: string | null): Decision => `${tier} ${pattern ?? '(default)'}`;

/** What each contender answers per path: the deciding tier and pattern (null: defaultTier). */
type Answer = { readonly tier: string; readonly pattern: string | null } | undefined;

function fast(policy: RiskPolicy, paths: string[]): readonly Answer[] {
  // Protected paths force `high`; the baselines model tier rules only, so compare rule tiers.
  const bare = { ...policy, protectedPaths: [] };
  return compilePolicy(bare).classify(paths).files;
}

function ordered(policy: RiskPolicy): { tier: Tier; pattern: string; glob: string }[] {
  return TIERS.flatMap((tier) =>
    policy.riskTierRules[tier].map((pattern) => ({ tier, pattern, glob: toGlob(pattern) ?? '' })),
  );
}

function compiledBaseline(policy: RiskPolicy, paths: string[]): Answer[] {
  const rules = ordered(policy).map((r) => ({
    ...r,
    mm: new Minimatch(r.glob, MINIMATCH_OPTIONS),
  }));
  return paths.map((p) => {
    const path = normalizePath(p);
    return rules.find((r) => r.mm.match(path));
  });
}

function naiveBaseline(policy: RiskPolicy, paths: string[]): Answer[] {
  const rules = ordered(policy);
  return paths.map((p) => {
    const path = normalizePath(p);
    return rules.find((r) => minimatch(path, r.glob, MINIMATCH_OPTIONS));
  });
}

/** Answers as comparable strings, built after the clock stops (not part of any contender). */
const decisions = (answers: readonly Answer[], defaultTier: string): Decision[] =>
  answers.map((a) => (a ? key(a.tier, a.pattern) : key(defaultTier, null)));

/** Wall and CPU (user + system) milliseconds of one call: the machine is shared, CPU is steadier. */
function timed<T>(body: () => T): { ms: number; cpuMs: number; result: T } {
  globalThis.gc?.();
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const result = body();
  const used = process.cpuUsage(cpu0);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

function sameOrDie(name: string, a: Decision[], b: Decision[], paths: string[]): void {
  const i = a.findIndex((d, j) => d !== b[j]);
  if (a.length !== b.length || i !== -1) {
    console.error(`MISMATCH fast vs ${name} at ${paths[i]}: ${a[i]} vs ${b[i]}`);
    process.exit(1);
  }
}

// Unique paths: classify deduplicates, the baselines do not.
const paths = [...new Set(Array.from({ length: PATHS * 1.2 }, randomPath))].slice(0, PATHS);
const policy = buildPolicy();
const sample = paths.filter((_, i) => i % NAIVE_SAMPLE_EVERY === 0);
console.log(
  `${paths.length} paths (${new Set(paths.map((p) => p.split('/').pop())).size} distinct names), ${ordered(policy).length} patterns, ${RUNS} runs of the three alternating; ${loadLine()}`,
);

if (process.env.RISK_BENCH_FAST_ONLY) {
  // For profiling (node --cpu-prof): the fast path alone, no baselines.
  const t = timed(() => fast(policy, paths));
  console.log(
    `fast classify (incl. compile): ${t.ms.toFixed(1)} ms wall, ${t.cpuMs.toFixed(1)} ms CPU`,
  );
  process.exit(0);
}

type Timing = { ms: number; cpuMs: number };
const contenders = {
  fast: () => fast(policy, paths),
  compiled: () => compiledBaseline(policy, paths),
  naive: () => naiveBaseline(policy, sample),
};
type Name = keyof typeof contenders;
const names = Object.keys(contenders) as Name[];
const times: Record<Name, Timing[]> = { fast: [], compiled: [], naive: [] };
const answers: Partial<Record<Name, readonly Answer[]>> = {};
// Run by run, the three alternate, and the one that goes first rotates: each run is one pair
// (fast against each baseline) measured under the same load.
for (let run = 0; run < RUNS; run++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(run + k) % names.length] as Name;
    const t = timed(contenders[name]);
    times[name].push({ ms: t.ms, cpuMs: t.cpuMs });
    answers[name] ??= t.result;
  }
}
const f = decisions(answers.fast ?? [], policy.defaultTier);
sameOrDie('compiled baseline', f, decisions(answers.compiled ?? [], policy.defaultTier), paths);
sameOrDie(
  'naive minimatch()',
  f.filter((_, i) => i % NAIVE_SAMPLE_EVERY === 0),
  decisions(answers.naive ?? [], policy.defaultTier),
  sample,
);
const tiers = new Map<string, number>();
for (const d of f) {
  const bucket = d.endsWith('(default)') ? 'default' : (d.split(' ')[0] ?? '');
  tiers.set(bucket, (tiers.get(bucket) ?? 0) + 1);
}
console.log(`tiers: ${JSON.stringify(Object.fromEntries(tiers))} (identical across all three)`);

const scale = paths.length / sample.length; // naive ran on the sample: its cost per path, scaled
const of = (name: Name, key: keyof Timing, k = 1) => times[name].map((t) => t[key] * k);
for (const key of ['ms', 'cpuMs'] as const) {
  const clock = key === 'ms' ? 'wall' : 'CPU';
  const fastMs = of('fast', key);
  console.log(`\n${clock} (ms, min / median / max of ${RUNS} runs):`);
  console.log(`  fast classify (incl. compile): ${fmtSpread(spread(fastMs), 1)}`);
  for (const [name, label, k] of [
    ['compiled', 'compiled baseline (Minimatch objects)', 1],
    [
      'naive',
      `naive minimatch() per pair, ${sample.length} paths scaled to ${paths.length}`,
      scale,
    ],
  ] as const) {
    const base = of(name, key, k);
    console.log(
      '  ' +
        ratioLine(
          `${label}: fast is faster`,
          base.map((b, i) => b / (fastMs[i] as number)),
          { name: 'baseline', values: base, unit: 'ms' },
        ),
    );
  }
}
// Report, not fail: this machine's load moves absolute figures; the paired ratios hold better.
const fastMedian = spread(of('fast', 'ms')).median;
const fastCpu = spread(of('fast', 'cpuMs')).median;
console.log(
  `\ntarget under 300 ms (median): wall ${fastMedian < 300 ? 'met' : 'NOT met'}, CPU ${fastCpu < 300 ? 'met' : 'NOT met'}; ${loadLine()} on ${cpus().length} cores`,
);
