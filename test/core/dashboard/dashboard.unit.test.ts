import { describe, expect, it } from '@jest/globals';
import { DashboardAccumulator, DASHBOARD_PERIODS } from '../../../src/core/dashboard/model.js';
import { renderDashboard } from '../../../src/core/dashboard/page.js';
import {
  toOutcomeView,
  type OutcomeRecord,
  type OutcomeView,
} from '../../../src/core/outcomes/index.js';
import { expected, FIXTURE, fixtureLog, NOW, REPOS } from '../../dashboard/support/fixture.js';
import { makeStage } from '../../outcomes/support/records.js';

const CEILINGS = {
  issue: 10,
  stages: { triage: 0.5, write: 5, review: 1, remediate: 2 },
};

function pageOf(
  records: readonly OutcomeRecord[],
  /** Read in this many pieces, each counted apart and merged in file order (as threads do). */
  pieces = 1,
  maxRows?: number,
) {
  const views: OutcomeView[] = fixtureLog(records)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const v = toOutcomeView(JSON.parse(l));
      if (!v.ok) throw new Error('fixture record is invalid');
      return v.value;
    });
  const fresh = () => new DashboardAccumulator({ now: new Date(NOW), ceilings: CEILINGS });
  const acc = fresh();
  const size = Math.ceil(views.length / pieces);
  for (let k = 0; k < views.length; k += size) {
    const part = fresh();
    for (const v of views.slice(k, k + size)) part.add(v);
    acc.merge(structuredClone(part.state())); // as it crosses threads
  }
  const model = acc.result();
  return { model, html: renderDashboard(model, { maxRows }) };
}

/** The HTML of one view: `v-<period>-<repo index | all>`. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="view" id="${id}"`);
  if (start === -1) throw new Error(`no view ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** Points (`data-point`) in the chart `id` of a view, by series when it has several. */
function points(view: string, chart: string, series?: string): number {
  const at = view.indexOf(`data-chart="${chart}"`);
  if (at === -1) return 0;
  const fig = view.slice(at, view.indexOf('</figure>', at));
  const all = fig.match(/<(?:circle|g) data-point[^>]*>/g) ?? [];
  return series === undefined
    ? all.length
    : all.filter((p) => p.includes(`data-series="${series}"`)).length;
}

const rows = (view: string) => (view.match(/<tr data-row/g) ?? []).length;

describe('dashboard page', () => {
  const { model, html } = pageOf(FIXTURE);

  it('has one view per period and repository (and all), the first shown, the others hidden', () => {
    expect(model.repos).toEqual([...REPOS]);
    expect(model.views).toHaveLength(DASHBOARD_PERIODS.length * (REPOS.length + 1));
    expect(
      html.match(/<section class="view"[^>]*>/g)?.filter((s) => !s.includes(' hidden')),
    ).toEqual([expect.stringContaining('id="v-all-all"')]);
  });

  for (const period of DASHBOARD_PERIODS)
    for (const [index, repo] of [
      ['all', null] as const,
      ...REPOS.map((r, k) => [String(k), r] as const),
    ])
      it(`view ${period.id} / ${repo ?? 'all repositories'}: points, rows and figures match the records`, () => {
        const want = expected({ days: period.days, repo });
        const view = section(html, `v-${period.id}-${index}`);
        expect(points(view, 'spend')).toBe(want.weeks.length);
        expect(points(view, 'outcomes')).toBe(want.weeks.length);
        expect(points(view, 'issue-cost', 'median')).toBe(want.costWeeks);
        expect(points(view, 'issue-cost', 'max')).toBe(want.costWeeks);
        expect(points(view, 'tier')).toBe(want.tiers);
        expect(points(view, 'engine')).toBe(want.engines);
        expect(points(view, 'model')).toBe(want.models);
        expect(rows(view)).toBe(want.issues.length);
        expect(view).toContain(`data-kpi="Runs">${want.runs}<`);
        expect(view).toContain(`data-kpi="Issues handled">${want.issues.length}<`);
        const rate =
          want.issues.length === 0
            ? 'n/a'
            : `${Math.round((want.ready / want.issues.length) * 1000) / 10}%`;
        expect(view).toContain(`data-kpi="Resolve rate">${rate}<`);
      });

  it.each([2, 3, 7])(
    'counted in %i pieces merged in file order, gives the page of one pass',
    (pieces) => {
      expect(pageOf(FIXTURE, pieces).html).toBe(html);
    },
  );

  it('draws the issue ceiling and flags the issue and stages over their ceilings', () => {
    const view = section(html, 'v-all-all');
    expect(view).toMatch(/<line data-threshold[^>]*><title>issue ceiling: \$10\.00<\/title>/);
    // acme/api#2 cost $12 (over $10); its remediation ran twice at $2.50 on average (over $2).
    const row =
      /<tr data-row data-repo="acme\/api"><td><a href="https:\/\/github.com\/acme\/api\/issues\/2">#2<\/a>.*?<\/tr>/.exec(
        view,
      )?.[0] ?? '';
    expect(row).toContain('<a href="https://github.com/acme/api/pull/12">#12</a>');
    expect(row).toContain('<td class="num over">$5.00 <span class="note">×2</span></td>');
    expect(row).toContain('<td class="num over">$12.00</td>');
    // The unknown cost is n/a, never $0.
    expect(view).toMatch(/acme\/api\/issues\/3">#3<\/a>.*?<td class="num">n\/a<\/td><\/tr>/);
  });

  it('lists the latest issues first and caps the table, saying how many there are', () => {
    const view = section(pageOf(FIXTURE, 1, 2).html, 'v-all-all');
    expect(rows(view)).toBe(2);
    expect(view).toContain('The 2 issues with the latest runs, of 6.');
    expect(view.indexOf('acme/api/issues/3"')).toBeLessThan(view.indexOf('acme/web/issues/3"'));
  });

  it('escapes names from the log: a model name cannot inject markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const records = [{ ...FIXTURE[0]!, stages: [makeStage({ model: evil })] }];
    const page = pageOf(records).html;
    expect(page).not.toContain(evil);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('loads nothing from anywhere: no external URL outside links, and a CSP that forbids it', () => {
    expect(html).toContain(`content="default-src 'none';`);
    expect(html.replace(/<a href="https:\/\/github\.com\/[^"]+">/g, '')).not.toMatch(
      /(src|href)=["']?(https?:)?\/\//,
    );
  });
});
