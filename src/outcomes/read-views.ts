import type { CorruptLine, OutcomeView } from '../core/outcomes/index.js';
import { readOutcomeLog } from './reader.js';
import { outcomeLogFiles } from './summarize.js';

export interface ViewsRead {
  readonly files: readonly string[];
  readonly records: number;
  /** Corrupt lines by file (the first 100 of each are listed; `count` counts them all). */
  readonly corrupt: readonly {
    readonly file: string;
    readonly count: number;
    readonly lines: readonly CorruptLine[];
  }[];
}

const MAX_LISTED = 100;

/**
 * Hands every record of the logs under `targets` (files, or folders such as a checkout of the
 * data branch) to `visit`, fully parsed (findings and changed files included, which the
 * summary's fast scanner skips). Corrupt lines are counted and listed, never fatal.
 */
export async function forEachOutcomeView(
  targets: readonly string[],
  visit: (view: OutcomeView) => void,
): Promise<ViewsRead> {
  const files = (await Promise.all(targets.map((t) => outcomeLogFiles(t)))).flat();
  let records = 0;
  const corrupt: { file: string; count: number; lines: CorruptLine[] }[] = [];
  for (const file of files) {
    const bad = { file, count: 0, lines: [] as CorruptLine[] };
    for await (const p of readOutcomeLog(file)) {
      if (p.kind === 'record') {
        records++;
        visit(p.view);
      } else if (p.kind === 'corrupt') {
        bad.count++;
        if (bad.lines.length < MAX_LISTED) bad.lines.push({ line: p.line, reason: p.reason });
      }
    }
    if (bad.count > 0) corrupt.push(bad);
  }
  return { files, records, corrupt };
}
