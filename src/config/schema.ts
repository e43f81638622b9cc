import { z } from 'zod';

/**
 * The schema of `.github/lailatov.yml`, with every default documented next to its key. The file
 * is optional: an empty or missing file gives exactly these defaults.
 */

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

export const configSchema = z.strictObject({
  /** Schema version of this file. */
  version: z.literal(1, { error: 'expected 1 (the only version so far)' }).default(1),
  /** The branch agent branches start from and PRs target. */
  baseBranch: name.default('main'),
  /** The suite's own account; its comments are not treated as human replies. */
  botLogin: name.default('lailatov[bot]'),
  /**
   * The test command as an argument list (or a string split on spaces, never run by a shell).
   * null: detected from package.json, pytest, go.mod, Cargo.toml or a Makefile.
   */
  testCommand: z
    .union([name, z.array(name).min(1)], {
      error: 'expected a command string or a list of arguments',
    })
    .nullable()
    .default(null),
  /** Remediation rounds before a human is asked to take over. */
  maxRemediationRounds: count(0).default(2),
  /** Ceilings in USD: per issue (all stages and rounds together) and per stage run. */
  budgets: z
    .strictObject({
      issue: positive().default(10),
      triage: positive().default(0.5),
      write: positive().default(5),
      review: positive().default(1),
      remediate: positive().default(2),
    })
    .prefault({}),
  /** Engine fallback chain per engine stage, first link first. */
  engines: z
    .strictObject({
      write: engineChain.default(['anthropic']),
      remediate: engineChain.default(['anthropic']),
    })
    .prefault({}),
  /** Model id per stage. */
  models: z
    .strictObject({
      triage: name.default('claude-sonnet-4-6'),
      write: name.default('claude-sonnet-4-6'),
      review: name.default('claude-opus-4-6'),
      remediate: name.default('claude-sonnet-4-6'),
    })
    .prefault({}),
  /** Turn cap per engine run. */
  maxTurns: z
    .strictObject({ write: count(1).default(40), remediate: count(1).default(20) })
    .prefault({}),
  /** Wall-clock limits in minutes. */
  timeouts: z
    .strictObject({
      write: positive().default(30),
      remediate: positive().default(20),
      tests: positive().default(10),
    })
    .prefault({}),
  labels: z
    .strictObject({
      trigger: name.default('ai-agent'),
      needsClarification: name.default('needs-clarification'),
      escalated: name.default('agent-escalated'),
      blocked: name.default('agent-blocked'),
    })
    .prefault({}),
  review: z
    .strictObject({
      /** Tokens of diff the code review may read; larger PRs are cut by a stated rule. */
      diffTokenBudget: count(1000).default(60000),
      /** Severities that remediation must fix. */
      remediate: z
        .array(z.enum(['blocking', 'major', 'minor', 'nit']))
        .min(1)
        .default(['blocking', 'major']),
    })
    .prefault({}),
  /** Name of the environment variable (secret) that holds the Slack webhook URL. */
  slackWebhookEnv: name.default('SLACK_WEBHOOK_URL'),
});

export type LailatovConfig = z.output<typeof configSchema>;
