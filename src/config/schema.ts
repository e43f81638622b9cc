import { z } from 'zod';
import { priceOverrideProblems } from '../core/cost/price-table.js';
import { parseEgressNetwork } from '../core/sandbox/egress-policy.js';

/**
 * The schema of `.github/lailatov.yml`, with every default documented next to its key. The file
 * is optional: an empty or missing file gives exactly these defaults.
 */

/** `sandbox.network` without the keys left unset, as the egress policy parser reads it. */
export function egressSettings(network: {
  allow: string[] | null;
  allowOnly: string[] | null;
}): Record<string, string[]> {
  return Object.fromEntries(Object.entries(network).filter(([, v]) => v !== null)) as Record<
    string,
    string[]
  >;
}

const positive = (what = 'a positive number') =>
  z.number({ error: `expected ${what}` }).positive({ error: `expected ${what}` });
const count = (min: number) =>
  z
    .number({ error: `expected a whole number >= ${min}` })
    .int({ error: `expected a whole number >= ${min}` })
    .min(min, { error: `expected a whole number >= ${min}` });
const name = z.string({ error: 'expected a non-empty string' }).min(1, {
  error: 'expected a non-empty string',
});

/** The stages that run an engine (an agent that edits the tree). */
export const ENGINE_STAGES = ['write', 'remediate'] as const;
/** The stages that make one structured model call. */
export const MODEL_STAGES = ['triage', 'review'] as const;
export const STAGES = ['triage', 'write', 'review', 'remediate'] as const;
export type StageName = (typeof STAGES)[number];

const engineChain = z
  .array(name, { error: 'expected a list of engine names, e.g. [anthropic, claude-code]' })
  .min(1, { error: 'expected at least one engine' });

// Every key carries its description in the schema (`.describe`), so the configuration reference
// in docs/configuration.md is generated from this one source (src/config/reference.ts).
export const configSchema = z.strictObject({
  version: z
    .literal(1, { error: 'expected 1 (the only version so far)' })
    .default(1)
    .describe('Schema version of this file.'),
  baseBranch: name.default('main').describe('The branch agent branches start from and PRs target.'),
  botLogin: name
    .default('lailatov[bot]')
    .describe("The suite's own account; its comments are not treated as human replies."),
  testCommand: z
    .union([name, z.array(name).min(1)], {
      error: 'expected a command string or a list of arguments',
    })
    .nullable()
    .default(null)
    .describe(
      'The test command as an argument list (or a string split on spaces, never run by a shell). ' +
        'null: detected from package.json, pytest, go.mod, Cargo.toml or a Makefile.',
    ),
  maxRemediationRounds: count(0)
    .default(2)
    .describe('Remediation rounds before a human is asked to take over.'),
  humanReview: z
    .strictObject({
      maxRounds: count(0)
        .default(3)
        .describe(
          "Rounds started by a writer's review, thread comment or mention on an agent PR, per PR; 0 turns them off. They count against the issue budget.",
        ),
    })
    .prefault({})
    .describe('Iteration on human review (docs/review-iteration.md).'),
  planApproval: z
    .enum(['always', 'high', 'never'])
    .default('high')
    .describe(
      "When write first posts its plan on the issue and waits for a writer's `approve` (docs/commands.md): always, for high-risk or high-complexity issues (`high`), or never.",
    ),
  budgets: z
    .strictObject({
      issue: positive().default(10).describe('All stages and rounds of one issue together.'),
      triage: positive()
        .default(0.5)
        .describe(
          'One triage run: its call is refused, or its answer sized, to fit (see Budgets).',
        ),
      write: positive().default(5).describe('One write run.'),
      review: positive()
        .default(1)
        .describe('One review round with its audit: each call refused, or sized, to fit.'),
      remediate: positive().default(2).describe('One remediation round.'),
    })
    .prefault({})
    .describe('Ceilings in USD.'),
  engines: z
    .strictObject({
      write: engineChain.default(['anthropic']),
      remediate: engineChain.default(['anthropic']),
    })
    .prefault({})
    .describe(
      'Engine fallback chain per engine stage, first link first (`engine` or `engine:model`; a link without a model runs `models.<stage>`). The next link runs only after an infrastructure failure, on a tree reset to the start, with what is left of the budget; the stage costs the sum of its links.',
    ),
  models: z
    .strictObject({
      triage: name.default('claude-sonnet-4-6'),
      write: name.default('claude-sonnet-4-6'),
      review: name.default('claude-opus-4-6'),
      remediate: name.default('claude-sonnet-4-6'),
    })
    .prefault({})
    .describe('Model id per stage.'),
  prices: z
    .record(z.string(), z.unknown(), { error: 'expected a map of model ids to prices' })
    .superRefine((prices, ctx) => {
      for (const p of priceOverrideProblems(prices))
        ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message });
    })
    .default({})
    .describe(
      "Prices in USD per million tokens by model id, over the built-in table: `{<model>: {input, output, cacheWrite, cacheRead}}`. A model not in the table needs all four (a gateway's or a new model); a known one may replace some. Every engine, the model proxy and the triage and review call budgets price with it (see docs/providers.md).",
    ),
  maxTurns: z
    .strictObject({ write: count(1).default(40), remediate: count(1).default(20) })
    .prefault({})
    .describe('Turn cap per engine run.'),
  timeouts: z
    .strictObject({
      write: positive().default(30),
      remediate: positive().default(20),
      tests: positive().default(10),
    })
    .prefault({})
    .describe('Wall-clock limits in minutes.'),
  labels: z
    .strictObject({
      trigger: name.default('ai-agent'),
      needsClarification: name.default('needs-clarification'),
      escalated: name.default('agent:escalated'),
      blocked: name.default('agent:blocked'),
      incomplete: name.default('agent:incomplete'),
      stopped: name.default('agent:stopped'),
      planPending: name.default('agent:plan-pending'),
    })
    .prefault({})
    .describe('Label names the suite reads and sets.'),
  review: z
    .strictObject({
      diffTokenBudget: count(1000)
        .default(60000)
        .describe(
          'Tokens of diff per review call; a larger diff is split into parts by risk, one call each.',
        ),
      parallelCalls: count(1)
        .max(16, { error: 'expected a whole number from 1 to 16' })
        .default(4)
        .describe('Review calls sent at once when a large diff is split into parts.'),
      remediate: z
        .array(z.enum(['blocking', 'major', 'minor', 'nit']))
        .min(1)
        .default(['blocking', 'major'])
        .describe('Severities that remediation must fix.'),
    })
    .prefault({})
    .describe('Code review settings.'),
  sandbox: z
    .strictObject({
      mode: z
        .enum(['bwrap', 'off'], { error: 'expected bwrap or off' })
        .default('bwrap')
        .describe(
          'bwrap: every agent command, CLI engine, hook and test run in a bubblewrap sandbox ' +
            '(docs/security.md). off: no OS sandbox; the job summary and the PR say so.',
        ),
      network: z
        .strictObject({
          allow: z
            .array(name, { error: 'expected a list of host names, e.g. [pypi.org]' })
            .nullable()
            .default(null)
            .describe(
              'Hosts (`*.example.com`, `host:port`) the sandbox may reach through the egress ' +
                'proxy, added to the default package registries.',
            ),
          allowOnly: z
            .array(name, { error: 'expected a list of host names, e.g. [pypi.org]' })
            .nullable()
            .default(null)
            .describe('Replaces the default hosts instead of adding to them ([] : no egress).'),
        })
        .prefault({})
        .superRefine((network, ctx) => {
          try {
            parseEgressNetwork(egressSettings(network), 'sandbox.network');
          } catch (e) {
            ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
          }
        })
        .describe('Network egress from the sandbox: only the model proxy and these hosts.'),
    })
    .prefault({})
    .describe('The OS boundary around the agent.'),
  slackWebhookEnv: name
    .default('SLACK_WEBHOOK_URL')
    .describe('Name of the environment variable (secret) that holds the Slack webhook URL.'),
});

export type LailatovConfig = z.output<typeof configSchema>;
