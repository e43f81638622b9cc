// The proposal as people and agents read it: `.claude/rules/learned.md` (rules with their
// evidence) and the body of the learn PR, with the hidden marker that identifies its evidence.
import { quoteUntrusted } from './quote.js';
import { LEARNED_RULES_PATH, type LearnResult, type LearnedRule } from './rules.js';

/** Units and findings listed per rule; the counts always cover them all. */
export const MAX_LISTED = 10;

const MARKER = /<!-- lailatov-learn evidence=([0-9a-f]{8,64}) -->/;

export function evidenceMarker(fingerprint: string): string {
  return `<!-- lailatov-learn evidence=${fingerprint} -->`;
}

/** The evidence fingerprint a PR body (or learned.md) carries, if any. */
export function evidenceOf(body: string | null | undefined): string | null {
  return MARKER.exec(body ?? '')?.[1] ?? null;
}

function day(ts: string | null): string {
  return ts === null ? '?' : ts.slice(0, 10);
}

function link(label: string, url: string | null): string {
  return url === null ? label : `[${label}](${url})`;
}

function evidenceLines(r: LearnedRule): string[] {
  const e = r.evidence;
  const lines = [
    `- Evidence: ${e.of === null ? `${e.count}` : `${e.count} of ${e.of}`} · ${day(e.from)} to ${day(e.to)} · confidence ${r.confidence}`,
  ];
  if (e.units.length > 0) {
    const shown = e.units.slice(0, MAX_LISTED).map((u) => link(u.label, u.url));
    const more = e.units.length - shown.length;
    lines.push(`- PRs: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  for (const f of e.findings.slice(0, MAX_LISTED)) {
    const where =
      f.path === null
        ? ''
        : ` \`${quoteUntrusted(f.path, 200)}${f.line === null ? '' : `:${f.line}`}\``;
    lines.push(
      `  - ${link(f.label, f.url)}${where} (${f.severity}, \`${f.fingerprint}\`): "${quoteUntrusted(f.message)}"`,
    );
  }
  if (e.findings.length > MAX_LISTED)
    lines.push(`  - and ${e.findings.length - MAX_LISTED} more finding(s)`);
  return lines;
}

/** One rule as Markdown: title, the rule, its evidence. */
export function renderRule(r: LearnedRule): string {
  return [`### ${r.title}`, '', r.text, '', ...evidenceLines(r), ''].join('\n');
}

/**
 * The whole `.claude/rules/learned.md`. It is generated: every run rewrites it, and it is the
 * only rules file learn writes (the rules people wrote live in other files and stay theirs).
 */
export function renderLearnedRules(res: LearnResult): string {
  const head = [
    '# Learned rules (proposed by `lailatov learn`)',
    '',
    evidenceMarker(res.evidenceFingerprint),
    '',
    `Generated from ${res.records} outcome record(s) of ${res.units} issue(s), ${day(res.from)} to ${day(res.to)}.`,
    'Each rule carries its evidence. A human reviews this file in a PR; `lailatov learn` rewrites it',
    'on every run and never edits any other rules file. Delete a rule you disagree with.',
    '',
  ];
  if (res.rules.length === 0) return [...head, 'No rule recurs often enough yet.', ''].join('\n');
  return [...head, ...res.rules.map(renderRule)].join('\n');
}

/** The learn PR's body: what it proposes and the marker that names its evidence. */
export function renderLearnPrBody(res: LearnResult): string {
  const kinds = new Map<string, number>();
  for (const r of res.rules) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  return [
    `LailaTov read ${res.records} outcome record(s) (${day(res.from)} to ${day(res.to)}) and proposes ${res.rules.length} rule(s) in \`${LEARNED_RULES_PATH}\`.`,
    '',
    ...[...kinds].map(([k, n]) => `- ${k}: ${n}`),
    '',
    'Each rule carries its evidence (PRs, findings, counts, dates, confidence). Edit or delete any',
    'of them; nothing merges this PR automatically. New evidence updates this PR; the same evidence',
    'never opens another.',
    '',
    evidenceMarker(res.evidenceFingerprint),
  ].join('\n');
}
