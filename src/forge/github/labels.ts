// Labels the suite uses: created with their colors when missing, then added to or removed from
// issues and PRs. Names live here (used by triage, write, review and remediate); the defaults of
// `labels.*` in src/config/schema.ts are the same names (a test keeps them equal).
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export interface LabelSpec {
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string;
}

export const LABELS = {
  trigger: { name: 'ai-agent', color: '7057FF', description: 'Hand this issue to LailaTov' },
  needsClarification: {
    name: 'needs-clarification',
    color: 'FBCA04',
    description: 'Agent needs more info before implementing',
  },
  working: { name: 'agent:working', color: '1D76DB', description: 'LailaTov is working on this' },
  escalated: {
    name: 'agent:escalated',
    color: 'B60205',
    description: 'LailaTov stopped: a human must take over',
  },
  blocked: {
    name: 'agent:blocked',
    color: 'B60205',
    description: 'Blocked by the risk policy',
  },
  incomplete: {
    name: 'agent:incomplete',
    color: 'E99695',
    description: 'LailaTov stopped before finishing (turn cap, refusal): a draft, never ready',
  },
  stopped: {
    name: 'agent:stopped',
    color: '5319E7',
    description: 'A writer stopped LailaTov here (`stop`): no stage runs on it',
  },
  planPending: {
    name: 'agent:plan-pending',
    color: 'C5DEF5',
    description: 'LailaTov posted a plan and waits for a writer to `approve` it',
  },
  riskHigh: {
    name: 'risk:high',
    color: 'D93F0B',
    description: 'Risk tier high: human approval required',
  },
  riskMedium: { name: 'risk:medium', color: 'FBCA04', description: 'Risk tier medium' },
  riskLow: { name: 'risk:low', color: '0E8A16', description: 'Risk tier low' },
} as const satisfies Record<string, LabelSpec>;

/** Creates every label of `specs` that the repository lacks (one paginated list, then creates). */
export async function ensureLabels(
  octokit: GitHubClient,
  repo: RepoRef,
  specs: readonly LabelSpec[],
): Promise<string[]> {
  const r = { owner: repo.owner, repo: repo.repo };
  const created: string[] = [];
  try {
    const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
      ...r,
      per_page: 100,
    });
    const have = new Set(existing.map((l) => l.name.toLowerCase()));
    for (const spec of specs) {
      if (have.has(spec.name.toLowerCase())) continue;
      try {
        await octokit.rest.issues.createLabel({ ...r, ...spec });
        created.push(spec.name);
      } catch (error) {
        // 422 already_exists: another run created it between our list and our create.
        if (!hasStatus(error, 422)) throw error;
      }
    }
    return created;
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(repo), doing: 'creating labels' });
  }
}

/**
 * The labels one run writes. Each is created with its color the first time the run uses it (a
 * 422 means it is there already: one call instead of listing every label), remembering the node
 * ids of those it created, which a GraphQL `addLabelsToLabelable` needs.
 */
export class RunLabels {
  private readonly ensured = new Set<string>();
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    /** Colors and descriptions by name; any other label gets a grey default. */
    private readonly specs: ReadonlyMap<string, LabelSpec>,
  ) {}

  async ensure(names: readonly string[]): Promise<void> {
    for (const name of names) {
      if (this.ensured.has(name)) continue;
      const spec = this.specs.get(name) ?? { name, color: 'BFD4F2', description: '' };
      try {
        const { data } = await this.octokit.rest.issues.createLabel({
          owner: this.repo.owner,
          repo: this.repo.repo,
          ...spec,
          name,
        });
        this.ids.set(name, data.node_id);
      } catch (error) {
        if (!hasStatus(error, 422))
          throw wrapApiError(error, { repo: fullName(this.repo), doing: `creating label ${name}` });
      }
      this.ensured.add(name);
    }
  }

  /** The node ids of `names`, or null when this run did not create every one of them. */
  nodeIds(names: readonly string[]): string[] | null {
    const ids = names.map((n) => this.ids.get(n));
    return ids.every((id) => id !== undefined) ? (ids as string[]) : null;
  }
}

/**
 * Removes a label: false when it was not there (a re-run, or a human removed it first), which is
 * no error.
 */
export async function removeLabel(
  octokit: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  name: string,
): Promise<boolean> {
  try {
    await octokit.rest.issues.removeLabel({
      owner: repo.owner,
      repo: repo.repo,
      issue_number: issueNumber,
      name,
    });
    return true;
  } catch (error) {
    if (hasStatus(error, 404)) return false;
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: `removing label ${name} from #${issueNumber}`,
    });
  }
}
