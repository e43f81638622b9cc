/**
 * The public interface of the bundled actions: every input and output, in one place. The
 * action.yml files (actions/<stage>/action.yml and the root action.yml) and the inputs table in
 * docs/actions.md are rendered from this list, and a test fails when they drift
 * (test/workflows/action-interface.unit.test.ts). The stage entry points read inputs by these
 * names. Nothing runs at import time.
 */

export const STAGES = ['triage', 'write', 'review', 'remediate'] as const;
export type Stage = (typeof STAGES)[number];

export interface InputSpec {
  readonly name: string;
  readonly description: string;
  /** The default in action.yml; omitted means the input has none (an empty string at run time). */
  readonly default?: string;
  readonly required?: boolean;
  /** The stage actions that take this input; the root action takes the union. */
  readonly stages: readonly Stage[];
}

export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

const ALL = STAGES;
const AGENTS: readonly Stage[] = ['write', 'remediate'];
const ESCALATING: readonly Stage[] = ['write', 'review', 'remediate'];

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'github-token',
    description:
      "Token for the GitHub API and for pushing agent/* branches. Defaults to the job's GITHUB_TOKEN. Pass a GitHub App installation token (actions/create-github-app-token) so that the suite's pushes and pull requests start other workflows.",
    default: '${{ github.token }}',
    stages: ALL,
  },
  {
    name: 'anthropic-api-key',
    description:
      'API key for Anthropic, or for the Anthropic-compatible gateway named by anthropic-base-url (e.g. OpenRouter). Not used with provider bedrock or vertex.',
    stages: ALL,
  },
  {
    name: 'anthropic-base-url',
    description:
      'Base URL of an Anthropic-compatible gateway (e.g. https://openrouter.ai/api). Empty: the Anthropic API.',
    stages: ALL,
  },
  {
    name: 'provider',
    description:
      'Where models run: anthropic (the API or the gateway in anthropic-base-url), bedrock (AWS credentials from the environment, e.g. aws-actions/configure-aws-credentials with OIDC) or vertex (Google credentials from the environment, e.g. google-github-actions/auth with OIDC).',
    default: 'anthropic',
    stages: ALL,
  },
  {
    name: 'aws-region',
    description: 'AWS region for provider bedrock. Empty: AWS_REGION from the environment.',
    stages: ALL,
  },
  {
    name: 'vertex-project-id',
    description: 'Google Cloud project for provider vertex.',
    stages: ALL,
  },
  {
    name: 'vertex-region',
    description: 'Google Cloud region for provider vertex (e.g. us-east5).',
    stages: ALL,
  },
  {
    name: 'engine',
    description:
      'Engine fallback chain, comma-separated, first first: anthropic, claude-code, codex, aider, gemini. Empty: engines.<stage> in the config file.',
    stages: AGENTS,
  },
  {
    name: 'openai-api-key',
    description:
      'API key for OpenAI, or for the OpenAI-compatible gateway named by openai-base-url: engine codex, and aider with an OpenAI model. Only the key proxy holds it.',
    stages: AGENTS,
  },
  {
    name: 'openai-base-url',
    description:
      'Base URL of an OpenAI-compatible gateway that serves the Responses API (e.g. https://openrouter.ai/api/v1). Empty: the OpenAI API.',
    stages: AGENTS,
  },
  {
    name: 'gemini-api-key',
    description: 'API key for the Gemini API: engine gemini. Only the key proxy holds it.',
    stages: AGENTS,
  },
  {
    name: 'gemini-base-url',
    description:
      'Base URL of a Gemini-compatible gateway (what GOOGLE_GEMINI_BASE_URL takes). Empty: https://generativelanguage.googleapis.com.',
    stages: AGENTS,
  },
  {
    name: 'setup-command',
    description:
      "A bash script that prepares the project's tests (e.g. `npm ci`), run in the agent sandbox before the stage: no secret, and the network only to sandbox.network's hosts (the package registries by default). Empty: none.",
    stages: ESCALATING,
  },
  {
    name: 'model',
    description: 'Model id for this stage. Empty: models.<stage> in the config file.',
    stages: ALL,
  },
  {
    name: 'config-path',
    description:
      'Path of the LailaTov config file in the repository (optional file; missing means the defaults).',
    default: '.github/lailatov.yml',
    stages: ALL,
  },
  {
    name: 'budget-usd',
    description:
      'Ceiling in USD for this stage run. Empty: budgets.<stage> in the config file. The per-issue budget still applies.',
    stages: ALL,
  },
  {
    name: 'max-rounds',
    description:
      'Remediation rounds before a human is asked to take over. Empty: maxRemediationRounds in the config file (2).',
    stages: ['review', 'remediate'],
  },
  {
    name: 'allowed-bots',
    description:
      "Comma-separated bot logins that may trigger a run, e.g. your LailaTov App's 'my-lailatov[bot]'. Every other bot is ignored; humans need write permission.",
    stages: ALL,
  },
  {
    name: 'trigger-label',
    description: 'The label that hands an issue to the suite.',
    default: 'ai-agent',
    stages: ['triage'],
  },
  {
    name: 'mention',
    description:
      "The mention that addresses the suite in a comment: '@lailatov review' (a slash command, '/review', works too). Only the root action (stage auto) runs comment commands; docs/commands.md.",
    default: '@lailatov',
    stages: ['triage'],
  },
  {
    name: 'slack-webhook-url',
    description:
      'Slack incoming-webhook URL for escalations (pass it from a secret). Empty: no Slack message.',
    stages: ESCALATING,
  },
  {
    name: 'clickup-token',
    description:
      'ClickUp API token (pass it from a secret): a task that came through the ClickUp relay gets a comment when its PR opens, is ready or stops. Empty: no comment. docs/relays.md.',
    stages: ESCALATING,
  },
  {
    name: 'linear-api-key',
    description:
      'Linear API key (pass it from a secret): an issue that came through the Linear relay gets a comment when its PR opens, is ready or stops. Empty: no comment. docs/relays.md.',
    stages: ESCALATING,
  },
  {
    name: 'issue-number',
    description: 'The issue to work on. Empty: taken from the event.',
    stages: ['triage', 'write'],
  },
  {
    name: 'pr-number',
    description: 'The pull request to work on. Empty: taken from the event.',
    stages: ['review', 'remediate'],
  },
];

/** The root action's own input: which stage to run. */
export const STAGE_INPUT: InputSpec = {
  name: 'stage',
  description:
    'Which stage to run: triage, write, review, remediate, or auto (choose from the event, as the lailatov.yml reusable workflow does).',
  required: true,
  stages: [],
};

export const OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'stage',
    description: 'The stage that ran (useful with the root action and stage auto).',
  },
  {
    name: 'outcome',
    description:
      'What happened, one of a closed set (e.g. clear, needs_clarification, pr_opened, clean, findings, escalated, ignored, stale, infra_error); stale: a chained run for a PR head or round that is no longer current, skipped.',
  },
  { name: 'issue-number', description: 'The issue worked on, if any.' },
  { name: 'pr-number', description: 'The pull request worked on or opened, if any.' },
  { name: 'pr-url', description: 'The URL of that pull request.' },
  { name: 'branch', description: 'The agent branch (agent/...).' },
  { name: 'risk-tier', description: 'high, medium or low, from risk-policy.json.' },
  { name: 'findings', description: 'The number of open review findings.' },
  { name: 'round', description: 'The remediation round (0 before the first).' },
  { name: 'cost-usd', description: 'What this stage run cost, in USD.' },
  { name: 'correlation-id', description: 'The id that ties every stage of one issue together.' },
];

export function inputsOf(stage: Stage): InputSpec[] {
  return INPUTS.filter((i) => i.stages.includes(stage));
}
