// What the dashboard shows, as data: the shared analytics (analytics.ts) of every view the
// page offers, one per period and repository (and all repositories). The page's filters only
// switch between these views, so every figure on it is one the analytics computed.
import {
  AnalyticsAccumulator,
  lastDays,
  percentiles,
  prepareView,
  weekStart,
  type Analytics,
  type AnalyticsState,
  type Period,
  type UnitRow,
} from '../outcomes/analytics.js';
import type { OutcomeView } from '../outcomes/view.js';

export interface DashboardPeriod {
  readonly id: string;
  readonly label: string;
  /** Days back from the page's time; null: everything. */
  readonly days: number | null;
}

/** The period filter's choices, widest first (the page opens on the first). */
export const DASHBOARD_PERIODS: readonly DashboardPeriod[] = [
  { id: 'all', label: 'All time', days: null },
  { id: '52w', label: 'Last 52 weeks', days: 364 },
  { id: '13w', label: 'Last 13 weeks', days: 91 },
  { id: '4w', label: 'Last 4 weeks', days: 28 },
];

/** The budget ceilings in USD (config `budgets`), drawn on the cost charts and the ledger. */
export interface Ceilings {
  readonly issue: number;
  /** Per stage name: triage, write, review, remediate. */
  readonly stages: Readonly<Record<string, number>>;
}

export interface DashboardOptions {
  /** The page's time: periods end here. */
  readonly now: Date;
  readonly ceilings: Ceilings;
  /** For links (GitHub Enterprise: its own host). Default https://github.com. */
  readonly serverUrl?: string;
}

export interface DashboardView {
  readonly period: DashboardPeriod;
  /** null: all repositories. */
  readonly repo: string | null;
  readonly analytics: Analytics;
}

export interface DashboardModel {
  readonly generatedAt: string;
  readonly ceilings: Ceilings;
  /** Repositories seen, sorted. */
  readonly repos: readonly string[];
  /** For each of `[null, ...repos]`, one view per period, in DASHBOARD_PERIODS order. */
  readonly views: readonly DashboardView[];
}

function periodOf(p: DashboardPeriod, now: Date): Period {
  return p.days === null ? { from: null, to: null } : lastDays(now, p.days);
}

/** A dashboard accumulator's counts: one analytics state per view. */
export interface DashboardState {
  /** Of the records without a repository (the all-repositories views are derived). */
  readonly unowned: readonly AnalyticsState[];
  readonly byRepo: readonly (readonly [string, readonly AnalyticsState[]])[];
}

/**
 * Streaming: `add` each view of the log, then `result()`. A record is counted once, in the
 * views of every period of its own repository; the views of all repositories are those merged
 * at the end (a unit belongs to one repository, so the parts share no unit). Memory grows with
 * the units (issues) of each view, not with the records.
 */
export class DashboardAccumulator {
  private readonly now: Date;
  private readonly ceilings: Ceilings;
  private readonly serverUrl: string | undefined;
  /** Records without a repository (old v0 lines): in the all-repositories views only. */
  private readonly unowned: AnalyticsAccumulator[];
  private readonly byRepo = new Map<string, AnalyticsAccumulator[]>();

  constructor(opts: DashboardOptions) {
    this.now = opts.now;
    this.ceilings = opts.ceilings;
    this.serverUrl = opts.serverUrl;
    this.unowned = this.accumulators([]);
  }

  private accumulators(repos: string[]): AnalyticsAccumulator[] {
    return DASHBOARD_PERIODS.map(
      (p) =>
        new AnalyticsAccumulator({
          period: periodOf(p, this.now),
          repos,
          serverUrl: this.serverUrl,
          topFindings: 0,
        }),
    );
  }

  add(view: OutcomeView): void {
    const v = prepareView(view); // once, for every accumulator below
    const repo = view.repo;
    let mine = repo === null ? this.unowned : this.byRepo.get(repo);
    if (mine === undefined)
      this.byRepo.set(repo as string, (mine = this.accumulators([repo as string])));
    // Periods are nested, widest first: a run outside one is outside the narrower ones (their
    // `skipped` counts are not kept, and the page does not show them).
    for (const acc of mine) if (!acc.addPrepared(v)) break;
  }

  /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
  state(): DashboardState {
    return {
      unowned: this.unowned.map((a) => a.state()),
      byRepo: [...this.byRepo].map(([repo, accs]) => [repo, accs.map((a) => a.state())]),
    };
  }

  /** Adds the counts of the records that come right after the ones added here. */
  merge(part: DashboardState): void {
    part.unowned.forEach((s, k) => this.unowned[k]?.merge(s));
    for (const [repo, states] of part.byRepo) {
      let mine = this.byRepo.get(repo);
      if (mine === undefined) this.byRepo.set(repo, (mine = this.accumulators([repo])));
      states.forEach((s, k) => mine[k]?.merge(s));
    }
  }

  result(): DashboardModel {
    const repos = [...this.byRepo.keys()].sort();
    const views: DashboardView[] = [];
    const push = (repo: string | null, accs: AnalyticsAccumulator[]) =>
      DASHBOARD_PERIODS.forEach((period, k) =>
        views.push({ period, repo, analytics: (accs[k] as AnalyticsAccumulator).result() }),
      );
    // All repositories: what had none, then each repository's counts, merged per period.
    const all = this.accumulators([]);
    all.forEach((acc, k) => {
      acc.merge((this.unowned[k] as AnalyticsAccumulator).state());
      for (const accs of this.byRepo.values()) acc.merge((accs[k] as AnalyticsAccumulator).state());
    });
    push(null, all);
    for (const repo of repos) push(repo, this.byRepo.get(repo) as AnalyticsAccumulator[]);
    return { generatedAt: this.now.toISOString(), ceilings: this.ceilings, repos, views };
  }
}

/** The DOM id of a view: `v-<period>-<repo index, or "all">`. */
export function viewId(model: DashboardModel, view: DashboardView): string {
  return `v-${view.period.id}-${view.repo === null ? 'all' : model.repos.indexOf(view.repo)}`;
}

export interface IssueCostWeek {
  /** Monday of the week, YYYY-MM-DD. */
  readonly week: string;
  /** Of the issues whose latest run fell in the week and whose cost is known. */
  readonly median: number | null;
  readonly max: number | null;
}

/**
 * Cost per issue by week, read off the analytics' rows: each issue (unit) counts once, in the
 * week of its latest run, at its whole ledger's cost (what the per-issue ceiling caps). One
 * entry per week of `weeks` (the view's weeks with runs), null where no issue ended.
 */
export function issueCostByWeek(
  weeks: readonly string[],
  rows: readonly UnitRow[],
): IssueCostWeek[] {
  const costs = new Map<string, number[]>();
  for (const r of rows) {
    if (r.costUsd === null || r.lastTimestamp === null) continue;
    const w = weekStart(r.lastTimestamp);
    if (w === null) continue;
    let list = costs.get(w);
    if (list === undefined) costs.set(w, (list = []));
    list.push(r.costUsd);
  }
  return weeks.map((week) => {
    const p = percentiles(costs.get(week) ?? []);
    return { week, median: p.p50, max: p.max };
  });
}
