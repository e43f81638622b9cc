// Names in the digest's tables come from the outcome log (models and engines from the config,
// rules from reviews): a pipe or a backtick in one must not split a row or end its code
// span.
import { describe, expect, it } from '@jest/globals';
import { analyze, toOutcomeView } from '../../../src/core/outcomes/index.js';
import { costTable } from '../../../src/core/cost/cost-table.js';
import { codeSpan, tableRow } from '../../../src/core/markdown-table.js';
import { renderDigestMarkdown } from '../../../src/core/report/digest.js';
import { makeLink, makeRecord, makeStage } from '../../outcomes/support/records.js';

/** The cells of a GFM table row: split on pipes that no backslash escapes. */
const cells = (row: string): string[] => row.slice(1, -1).split(/(?<!\\)\|/);

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['a``b`', '``` a``b` ```'],
    ['`', '`` ` ``'],
  ])('%s → %s', (text, span) => {
    expect(codeSpan(text)).toBe(span);
  });
});

describe('tableRow', () => {
  it('keeps each cell in its column, on one line', () => {
    const row = tableRow(['a|b', 'two\nlines', 3]);
    expect(row).toBe('| a\\|b | two lines | 3 |');
    expect(cells(row)).toHaveLength(3);
  });
});

describe('tables with hostile names', () => {
  /** Each table of `md` (blocks starting with a pipe): every row as wide as its header. */
  const expectRectangular = (md: string, atLeast: number) => {
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(atLeast);
    for (const table of tables) {
      const [header = '', ...rows] = table.split('\n').filter((line) => line.startsWith('|'));
      for (const row of rows) expect(cells(row)).toHaveLength(cells(header).length);
    }
  };

  it('the cost table keeps a model id with a pipe or a backtick in its cell', () => {
    const md = costTable([makeStage({ model: 'mod`el|x', links: [makeLink({ model: 'l|`' })] })]);
    expectRectangular(md, 1);
    expect(md).toContain('``mod`el\\|x``');
    expect(md).toContain('`` l\\|` ``');
  });

  it('the digest keeps every table row as wide as its header', () => {
    const record = makeRecord({
      stages: [makeStage({ model: 'mod`el|x' }), makeStage({ stage: 'review', engine: 'e|1' })],
      findings: [
        {
          severity: 'major',
          path: 'a.ts',
          lines: null,
          rule: 'r`|1',
          message: 'm',
          fingerprint: 'f'.repeat(16),
          status: 'open',
        },
      ],
    });
    const view = toOutcomeView(JSON.parse(JSON.stringify(record)));
    if (!view.ok) throw new Error(JSON.stringify(view.issues));
    const md = renderDigestMarkdown(analyze([view.value]));
    expectRectangular(md, 4);
    expect(md).toContain('``mod`el\\|x``');
    expect(md).toContain('``r`\\|1``');
  });
});
