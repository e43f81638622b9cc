/**
 * The Engine port: one agentic coding run that edits a working tree. Every stage that writes code
 * goes through it, and every cost figure the suite shows comes from an EngineResult.
 */

/** Token counts as the provider reports them. Same shape as core's TokenUsage. */
export interface EngineTokens {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

/**
 * Why a run ended. Only `completed` is a success; `no_changes` means the agent finished without
 * touching the tree, which stages must report loudly, never as success.
 */
export type EngineOutcome =
  'completed' | 'no_changes' | 'max_turns' | 'budget_exceeded' | 'timeout' | 'refused' | 'error';

/** Which variables of the parent environment reach the agent and its shell. */
export interface EnvPolicy {
  /** Extra non-secret names to pass through, on top of the built-in allowlist. */
  readonly allow?: readonly string[];
  /** Values set explicitly for the agent (never secrets). */
  readonly set?: Readonly<Record<string, string>>;
}

/** Prices a usage figure: USD, or null when the model is unknown (never a silent 0). */
export type Pricer = (model: string, tokens: EngineTokens) => number | null;

export interface EngineTask {
  /** Absolute path of the git working tree the agent may edit. */
  readonly cwd: string;
  readonly prompt: string;
  readonly systemPrompt?: string;
  /** Tool names in Claude Code's vocabulary: Read, Write, Edit, Glob, Grep, Bash. */
  readonly allowedTools: readonly string[];
  readonly model: string;
  readonly maxTurns: number;
  readonly timeoutMs: number;
  /** Ceiling for this run in USD; undefined means no ceiling. */
  readonly budgetUsd?: number;
  readonly env: EnvPolicy;
  /**
   * Repository-relative globs the agent must never write: the core list (src/core/protected)
   * with the policy's `protectedPaths` and `unprotectDefaults` applied (RiskGate.protectedPaths).
   */
  readonly protectedPaths: readonly string[];
  /** Run the repository's `.claude/settings.json` hooks (PreToolUse, PostToolUse, Stop). */
  readonly hooks: boolean;
  /** Where to write the transcript (JSONL); absent: a temp file, removed when the process exits. */
  readonly transcriptPath?: string;
  /** Called as the run goes: once per model turn, with the tools it asked for (live display). */
  readonly onProgress?: (event: EngineProgress) => void;
}

/** One step of a run, for a live display: never needed for the result. */
export interface EngineProgress {
  readonly turn: number;
  readonly tool?: string;
  readonly text?: string;
}

export interface EngineResult {
  readonly outcome: EngineOutcome;
  readonly finalMessage: string;
  /** Repository-relative paths the run changed (from git, not from the agent's claims). */
  readonly changedFiles: readonly string[];
  readonly turns: number;
  readonly durationMs: number;
  readonly tokens: EngineTokens;
  /** USD, or null when the price is unknown. */
  readonly costUsd: number | null;
  readonly engine: string;
  readonly model: string;
  readonly provider: string;
  readonly transcriptPath: string | null;
  /** Human-readable detail for non-success outcomes (the error, what was refused, ...). */
  readonly detail?: string;
  /** Set by the fallback chain: the links tried before this result, and why each failed. */
  readonly attempts?: readonly { engine: string; model: string; reason: string }[];
  /**
   * Set by the fallback chain: every link in order, run or skipped. The result's cost, tokens,
   * turns and duration are then the sums over these links.
   */
  readonly links?: readonly EngineLink[];
}

/** One link of a fallback chain, as the outcome record lists it. */
export interface EngineLink {
  readonly engine: string;
  readonly model: string;
  /** The link's own outcome; `skipped` when its circuit breaker was open. */
  readonly outcome: EngineOutcome | 'skipped';
  /** USD, or null when unknown. */
  readonly costUsd: number | null;
  readonly tokens: EngineTokens;
  readonly turns: number;
  readonly durationMs: number;
  /** Why it failed or was skipped. */
  readonly detail?: string;
}

export interface Engine {
  readonly name: string;
  run(task: EngineTask, signal?: AbortSignal): Promise<EngineResult>;
}
