import type { z } from 'zod';
import type { OutcomeRecord, RiskTier } from './port-types.js';
import type { TreeViolation } from '../core/protected/tree-gate.js';
import type { Engine, EngineTokens } from '../engines/types.js';

/**
 * The ports the stages speak to. Stages hold the control flow; everything that touches git,
 * GitHub, a model, the disk or the clock sits behind one of these small interfaces, so the same
 * stage runs on GitHub (forge/github) and on a laptop (forge/local).
 */

// ---------------------------------------------------------------- Forge

export interface IssueComment {
  readonly author: string;
  readonly body: string;
  /**
   * Whether the trust rules let this text reach a prompt: a writer's comment, or the issue
   * author's reply that the suite asked for. Prompts leave the others out and say how many.
   */
  readonly admitted: boolean;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  /** Oldest first. */
  readonly comments: readonly IssueComment[];
  readonly labels: readonly string[];
}

export interface CommitInfo {
  readonly sha: string;
  readonly subject: string;
}

/** One file of a diff: its path and its unified patch text (empty for binary files). */
export interface FileDiff {
  readonly path: string;
  readonly patch: string;
}

/** A pull request (on GitHub) or its local stand-in (a branch plus a Markdown report). */
export interface PullRequestRef {
  readonly number: number | null;
  /** A URL or, locally, the path of the report file. */
  readonly url: string;
  readonly body: string;
  readonly draft: boolean;
}

export interface PullRequestInput {
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
}

export interface Forge {
  readIssue(issue: number): Promise<Issue>;
  postComment(issue: number, body: string): Promise<void>;
  addLabels(issue: number, labels: readonly string[]): Promise<void>;
  removeLabels(issue: number, labels: readonly string[]): Promise<void>;
  branchExists(branch: string): Promise<boolean>;
  /** The commit a ref points at. */
  resolveRef(ref: string): Promise<string>;
  /** Commits reachable from head but not from base, oldest first. */
  commits(base: string, head: string): Promise<CommitInfo[]>;
  /** Files changed between the merge base of base and head, and head (`base...head`). */
  changedFiles(base: string, head: string): Promise<string[]>;
  diff(base: string, head: string): Promise<FileDiff[]>;
  /** A file's text at a ref (the base branch, for policy and rules), or null when absent. */
  readFileAt(ref: string, path: string): Promise<string | null>;
  /** File paths directly under a directory at a ref (e.g. `.claude/rules`). */
  listFilesAt(ref: string, dir: string): Promise<string[]>;
  /** The open PR for a head branch, or null. */
  findPullRequest(head: string): Promise<PullRequestRef | null>;
  /** Opens a draft PR, or updates the body of the open one for this head. Idempotent. */
  upsertPullRequest(input: PullRequestInput): Promise<PullRequestRef>;
  markReady(head: string): Promise<void>;
}

/**
 * The working tree the engine edits: a checkout of the repository. On GitHub it is the action's
 * checkout; locally it is the repository itself.
 */
export interface Workspace {
  readonly dir: string;
  /** Checks out `branch`, creating it from `base` when it does not exist. */
  checkoutBranch(branch: string, base: string): Promise<{ created: boolean }>;
  /** Files changed or untracked in the tree (the suite's own state directory excluded). */
  dirtyFiles(): Promise<string[]>;
  /** Stages everything and commits; null when there was nothing to commit. */
  commitAll(message: string): Promise<string | null>;
  headSha(): Promise<string>;
  /** Whether a file exists in the working tree (test command detection). */
  exists(path: string): Promise<boolean>;
  readFile(path: string): Promise<string | null>;
  /** Runs a command (argument list, no shell) in the tree with a scrubbed environment. */
  run(argv: readonly string[], timeoutMs: number): Promise<CommandOutcome>;
}

export interface CommandOutcome {
  readonly exitCode: number | null;
  readonly output: string;
  readonly timedOut: boolean;
  readonly durationMs: number;
}

// ---------------------------------------------------------------- Model

export interface ModelRequest<T> {
  /** Which stage asks (for the ledger and the logs). */
  readonly stage: string;
  readonly model: string;
  readonly system: string;
  readonly prompt: string;
  /** The answer's shape; the adapter forces a tool call with this input schema. */
  readonly schema: z.ZodType<T>;
  readonly toolName: string;
  readonly toolDescription: string;
  readonly maxTokens?: number;
  readonly signal?: AbortSignal;
}

export interface ModelResponse<T> {
  readonly value: T;
  readonly usage: EngineTokens;
  /** USD, or null when the model's price is unknown. */
  readonly costUsd: number | null;
  readonly model: string;
  readonly provider: string;
  readonly durationMs: number;
}

/** One structured model call (triage, review, audit). Infrastructure failures throw. */
export interface Model {
  complete<T>(request: ModelRequest<T>): Promise<ModelResponse<T>>;
}

// ---------------------------------------------------------------- the rest

/** Appends one terminal outcome record (schema v1) to the log. */
export interface OutcomeStore {
  append(record: OutcomeRecord): Promise<void>;
}

/**
 * Builds the engine (with its fallback chain) for one stage run from the configured chain
 * (`engine` or `engine:model` links). `run` names the run: `write`, `remediate-1`, ...
 */
export type EngineFactory = (chain: readonly string[], run: string) => Promise<Engine>;

/**
 * Untrusted issue and comment text: cleaned (hidden HTML, zero-width characters, ...) and fenced
 * as data for a prompt. Implemented by core/sanitize.
 */
export interface UntrustedText {
  sanitize(text: string): string;
  /** Wraps sanitized text in a fence the text cannot close, labelled for the prompt. */
  fence(text: string, label: string): string;
}

/** The risk gate's answer for a set of changed paths (core/risk). */
export interface RiskVerdict {
  readonly tier: RiskTier;
  readonly files: readonly { readonly path: string; readonly tier: string }[];
  readonly requiredChecks: readonly string[];
  readonly humanApprovalRequired: boolean;
  readonly blocked: readonly { readonly path: string; readonly pattern: string }[];
}

/** Classifies paths against a policy text read from the base branch (null: no policy file). */
export interface RiskGate {
  classify(policyText: string | null, paths: readonly string[]): RiskVerdict;
  protectedPaths(policyText: string | null): readonly string[];
}

/** What the tree gate recorded before a run; only its adapter reads the inside. */
export interface TreeSnapshot {
  readonly dir: string;
}

/**
 * The tree gate (src/engines/tree-gate.ts): a snapshot before every engine run and, after it,
 * every change to a protected path reverted, every escaping symlink and nested `.git` removed.
 * Stages call it through `runGated` (src/stages/gated-run.ts), never around it.
 */
export interface TreeGate {
  snapshot(dir: string, protectedPaths: readonly string[]): Promise<TreeSnapshot>;
  /** Reverts what the run may not change and returns each violation (empty: nothing to undo). */
  enforce(snapshot: TreeSnapshot): Promise<readonly TreeViolation[]>;
}

export interface Notification {
  readonly level: 'info' | 'warning';
  readonly title: string;
  readonly text: string;
}

export interface Notifier {
  notify(n: Notification): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Live progress for a terminal or a job log: which stage runs, and each engine turn. */
export type ProgressEvent =
  | { readonly kind: 'stage-start'; readonly stage: string; readonly detail?: string }
  | {
      readonly kind: 'stage-end';
      readonly stage: string;
      readonly outcome: string;
      readonly costUsd: number | null;
    }
  | { readonly kind: 'note'; readonly stage: string; readonly message: string }
  | {
      /** One model turn of an engine run, as it happens (engines that report them). */
      readonly kind: 'turn';
      readonly stage: string;
      readonly turn: number;
      readonly tool?: string;
      readonly text?: string;
    };

export type ProgressSink = (event: ProgressEvent) => void;

export const systemClock: Clock = { now: () => new Date() };
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined };
