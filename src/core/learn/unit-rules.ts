// The rules drawn from units (issues and PRs): review findings that recur across PRs, paths whose
// changes keep failing, and risk tiers that escalate often.
import { ESCALATION_OUTCOMES } from '../outcomes/analytics.js';
import {
  byNewest,
  pct,
  rateConfidence,
  recurrenceConfidence,
  span,
  type ToEvidence,
  type UnitTrack,
} from './evidence.js';
import { quoteUntrusted } from './quote.js';
import type { EvidenceFinding, LearnedRule, LearnThresholds } from './types.js';

export function recurringFindings(
  all: UnitTrack[],
  ev: ToEvidence,
  t: LearnThresholds,
): LearnedRule[] {
  const groups = new Map<string, { units: UnitTrack[]; findings: EvidenceFinding[] }>();
  for (const u of all)
    for (const f of u.findings.values()) {
      let g = groups.get(f.rule);
      if (g === undefined) groups.set(f.rule, (g = { units: [], findings: [] }));
      if (g.units.at(-1) !== u) g.units.push(u);
      g.findings.push({
        unit: u.key,
        label: u.label,
        fingerprint: f.fingerprint,
        severity: f.severity,
        path: f.path,
        line: f.lines?.start ?? null,
        message: f.message,
        url: u.url,
      });
    }
  const out: LearnedRule[] = [];
  for (const [rule, g] of groups) {
    if (g.units.length < t.minUnits) continue;
    const units = g.units.map(ev).sort(byNewest);
    const order = new Map(units.map((u, k) => [u.key, k]));
    const findings = g.findings.sort(
      (x, y) =>
        (order.get(x.unit) ?? 0) - (order.get(y.unit) ?? 0) ||
        (x.fingerprint < y.fingerprint ? -1 : 1),
    );
    const paths = new Set(findings.map((f) => f.path).filter((p): p is string => p !== null));
    const where = paths.size === 1 ? ` in \`${quoteUntrusted([...paths][0] ?? '', 200)}\`` : '';
    const name = quoteUntrusted(rule, 80);
    out.push({
      id: `finding:${rule}`,
      kind: 'recurring-finding',
      title: `Review finding \`${name}\` recurs`,
      text: `Before finishing, check for \`${name}\`${where}: the review found it on ${units.length} separate PRs (${findings.length} finding(s)), e.g. "${quoteUntrusted(findings[0]?.message ?? '')}".`,
      confidence: recurrenceConfidence(units.length, t.minUnits),
      evidence: { count: units.length, of: null, ...span(units), units, findings },
    });
  }
  return out.sort((x, y) => y.evidence.count - x.evidence.count || (x.id < y.id ? -1 : 1));
}

function troubled(u: UnitTrack): boolean {
  return u.testsFailed || ESCALATION_OUTCOMES.includes(u.latest.outcome);
}

/** The path and each of its folders (`src/a/b.ts` → `src/a/b.ts`, `src/a/`, `src/`). */
export function pathAndFolders(file: string): string[] {
  const out = [file];
  let at = file.lastIndexOf('/');
  while (at > 0) {
    out.push(file.slice(0, at + 1));
    at = file.lastIndexOf('/', at - 1);
  }
  return out;
}

export function fragilePaths(all: UnitTrack[], ev: ToEvidence, t: LearnThresholds): LearnedRule[] {
  const touched = new Map<string, UnitTrack[]>();
  for (const u of all) {
    const seen = new Set<string>();
    for (const f of u.files) for (const p of pathAndFolders(f)) seen.add(p);
    for (const p of seen) {
      const list = touched.get(p);
      if (list === undefined) touched.set(p, [u]);
      else list.push(u);
    }
  }
  const candidates = new Map<string, { units: UnitTrack[]; bad: UnitTrack[]; sig: string }>();
  for (const [p, us] of touched) {
    const bad = us.filter(troubled);
    if (bad.length < t.minUnits || bad.length / us.length < t.pathTroubleRate) continue;
    const sig = `${us.map((u) => u.key).join(',')}|${bad.map((u) => u.key).join(',')}`;
    candidates.set(p, { units: us, bad, sig });
  }
  // A folder that says exactly what one of its paths says adds nothing: keep the narrower one.
  const out: LearnedRule[] = [];
  for (const [p, c] of candidates) {
    if (p.endsWith('/')) {
      const narrower = [...candidates].some(
        ([q, d]) => q !== p && q.startsWith(p) && d.sig === c.sig,
      );
      if (narrower) continue;
    }
    const tests = c.bad.filter((u) => u.testsFailed).length;
    const esc = c.bad.filter((u) => ESCALATION_OUTCOMES.includes(u.latest.outcome)).length;
    const units = c.bad.map(ev).sort(byNewest);
    const glob = quoteUntrusted(p.endsWith('/') ? `${p}**` : p, 200);
    out.push({
      id: `path:${p}`,
      kind: 'fragile-path',
      title: `Changes to \`${glob}\` often fail`,
      text: `Take extra care with \`${glob}\`: ${c.bad.length} of ${c.units.length} PRs that changed it failed their tests (${tests}) or were escalated (${esc}). Run its tests before finishing, and keep changes there small.`,
      confidence: rateConfidence(c.bad.length, c.units.length),
      evidence: { count: c.bad.length, of: c.units.length, ...span(units), units, findings: [] },
    });
  }
  return out.sort(
    (x, y) =>
      y.evidence.count - x.evidence.count ||
      (y.evidence.of ?? 0) - (x.evidence.of ?? 0) ||
      (x.id < y.id ? -1 : 1),
  );
}

export function escalatingTiers(
  all: UnitTrack[],
  ev: ToEvidence,
  t: LearnThresholds,
): LearnedRule[] {
  const tiers = new Map<string, UnitTrack[]>();
  for (const u of all) {
    const tier = u.latest.riskTier;
    if (tier === null) continue;
    const list = tiers.get(tier);
    if (list === undefined) tiers.set(tier, [u]);
    else list.push(u);
  }
  const out: LearnedRule[] = [];
  for (const [tier, us] of tiers) {
    const esc = us.filter((u) => ESCALATION_OUTCOMES.includes(u.latest.outcome));
    if (us.length < t.minUnits || esc.length === 0 || esc.length / us.length < t.tierEscalationRate)
      continue;
    const units = esc.map(ev).sort(byNewest);
    out.push({
      id: `tier:${tier}`,
      kind: 'escalating-tier',
      title: `Risk tier \`${tier}\` escalates often`,
      text: `Issues that touch \`${tier}\`-risk paths escalated ${esc.length} of ${us.length} times (${pct(esc.length / us.length)}): ask for a plan first, split them smaller, or lower their budget before a human has to step in.`,
      confidence: rateConfidence(esc.length, us.length),
      evidence: { count: esc.length, of: us.length, ...span(units), units, findings: [] },
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}
