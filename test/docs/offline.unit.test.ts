// docs/offline.md is a claim: its examples are valid inputs, and its rules are the code's.
import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { parseReplayScript } from '../../src/engines/replay/script.js';
import { issueNumberFromPath, parseIssueMarkdown } from '../../src/forge/local/issue-file.js';
import { auditSchema, reviewSchema } from '../../src/stages/review.js';
import { modelScriptSchema } from '../../src/engines/model/scripted-model.js';
import { triageVerdictSchema } from '../../src/stages/triage.js';

const doc = await readFile('docs/offline.md', 'utf8');
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');

describe('docs/offline.md', () => {
  test('the replay example is a valid replay script using every step kind', () => {
    const script = parseReplayScript(JSON.parse(blocks('json')[0] ?? ''), 'docs/offline.md');
    expect(new Set(script.steps.map((s) => s.action))).toEqual(
      new Set(['write', 'edit', 'bash', 'finish']),
    );
  });

  test("the model script example is valid, and each answer fits its stage's schema", () => {
    const script = modelScriptSchema.parse(JSON.parse(blocks('json')[1] ?? ''));
    const schemas = {
      triage_verdict: triageVerdictSchema,
      review_findings: reviewSchema,
      spec_audit: auditSchema,
    } as const;
    expect(Object.keys(script.answers).sort()).toEqual(Object.keys(schemas).sort());
    for (const [tool, answers] of Object.entries(script.answers))
      for (const a of answers.filter((x) => x.value !== undefined))
        expect(schemas[tool as keyof typeof schemas].safeParse(a.value).error).toBeUndefined();
  });

  test('the issue example parses as documented, and the numbering rule is the code', () => {
    const issue = parseIssueMarkdown(blocks('markdown')[0] ?? '', 'docs/offline.md', 12);
    expect(issue.title).toBe('parseDuration ignores all but the last unit');
    expect(issue.comments).toEqual([
      expect.objectContaining({ author: 'alice', body: expect.stringMatching(/^Compound/) }),
    ]);
    expect(['issue-12.md', '12-login.md', 'login.md'].map(issueNumberFromPath)).toEqual([
      12, 12, 1,
    ]);
  });
});
