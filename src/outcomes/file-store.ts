import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { formatIssues, validateOutcomeRecord, type OutcomeRecord } from '../core/outcomes/index.js';

/**
 * Appends one outcome record to a local JSONL log. The line goes out as ONE write() on a file
 * opened with O_APPEND: the kernel moves to the end and writes atomically with respect to other
 * appenders on the same machine (for regular local files), so concurrent runs never interleave
 * or overwrite lines. Invalid records are refused before anything is written.
 */
export async function appendOutcome(file: string, record: OutcomeRecord): Promise<void> {
  const checked = validateOutcomeRecord(record, { strict: true });
  if (!checked.ok) {
    throw new UserError(
      `refusing to append an invalid outcome record to ${file}: ${formatIssues(checked.issues)}`,
      checked.issues.map((i) => `${i.path} ${i.message}`),
    );
  }
  const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a');
  try {
    const { bytesWritten } = await handle.write(line, 0, line.length);
    // A short write would leave half a line; it does not happen on local files, but say so if it does.
    if (bytesWritten !== line.length)
      throw new Error(`short write to ${file}: ${bytesWritten} of ${line.length} bytes`);
  } finally {
    await handle.close();
  }
}
