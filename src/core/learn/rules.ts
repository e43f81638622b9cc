// `lailatov learn`: rules proposed from what recurs in the outcome log, each with its evidence.
// Deterministic: the same log gives the same rules, in the same order, with the same evidence
// fingerprint (so the same evidence never opens a second PR). A model may reword a rule's text
// afterwards; it never decides which rules there are.
import { createHash } from 'node:crypto';
import { AnalyticsAccumulator, issueUrl, prUrl, unitKey } from '../outcomes/analytics.js';
import type { OutcomeView } from '../outcomes/view.js';
import type { EvidenceUnit, LearnedRule, LearnOptions, LearnResult } from './types.js';
import { DEFAULT_THRESHOLDS } from './types.js';
import type { UnitTrack } from './evidence.js';
import { byStage, dominated } from './routing-rules.js';
import { escalatingTiers, fragilePaths, recurringFindings } from './unit-rules.js';

export * from './types.js';
export { wilsonLowerBound } from './evidence.js';
export { pathAndFolders } from './unit-rules.js';

/** Proposes rules from a log's views. */
export function learnRules(views: Iterable<OutcomeView>, opts: LearnOptions = {}): LearnResult {
  const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const analytics = new AnalyticsAccumulator(opts);
  const units = new Map<string, UnitTrack>();
  for (const v of views) {
    if (!analytics.add(v) || v.record === undefined) continue;
    const r = v.record;
    const key = unitKey(r);
    let u = units.get(key);
    if (u === undefined) {
      u = {
        key,
        label: key,
        url: null,
        latest: r,
        files: new Set(),
        testsFailed: false,
        findings: new Map(),
      };
      units.set(key, u);
    } else if (r.timestamp >= u.latest.timestamp) u.latest = r;
    const pr = r.pr ?? u.latest.pr;
    u.label = pr !== null ? `#${pr}` : r.issue !== null ? `#${r.issue}` : u.label;
    u.url =
      pr !== null
        ? prUrl(serverUrl, r.repo, pr)
        : r.issue !== null
          ? issueUrl(serverUrl, r.repo, r.issue)
          : u.url;
    for (const f of r.changedFiles) u.files.add(f);
    if (r.checks.tests === 'failed') u.testsFailed = true;
    for (const f of r.findings)
      if (!u.findings.has(f.fingerprint)) u.findings.set(f.fingerprint, f);
  }
  const a = analytics.result();
  const all = [...units.values()];
  const range = { from: a.firstTimestamp, to: a.lastTimestamp };
  const ev = (u: UnitTrack): EvidenceUnit => ({
    key: u.key,
    label: u.label,
    url: u.url,
    timestamp: u.latest.timestamp,
  });
  const rules: LearnedRule[] = [
    ...recurringFindings(all, ev, t),
    ...fragilePaths(all, ev, t),
    ...escalatingTiers(all, ev, t),
    ...byStage(all, 'engine').flatMap(([stage, rows]) =>
      dominated('engine', stage, rows, t, range),
    ),
    ...byStage(all, 'model').flatMap(([stage, rows]) => dominated('model', stage, rows, t, range)),
  ];
  return {
    records: a.records,
    units: a.units,
    from: a.firstTimestamp,
    to: a.lastTimestamp,
    rules,
    evidenceFingerprint: evidenceFingerprint(rules),
    analytics: a,
  };
}

/** The identity of a set of rules: their ids, counts and evidence, never their wording. */
export function evidenceFingerprint(rules: readonly LearnedRule[]): string {
  const canonical = rules.map((r) => [
    r.id,
    r.evidence.count,
    r.evidence.of,
    r.evidence.units.map((u) => u.key),
    r.evidence.findings.map((f) => `${f.unit}/${f.fingerprint}`),
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}
