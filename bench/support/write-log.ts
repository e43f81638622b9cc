import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stat } from 'node:fs/promises';

/**
 * Writes `n` JSON lines made by `line(i)` to `file`, a megabyte at a time (generating a
 * 1,000,000-line log as one string would not fit in a V8 string). Resolves to its size.
 */
export async function writeLog(
  file: string,
  n: number,
  line: (i: number) => unknown,
): Promise<number> {
  const out = createWriteStream(file);
  let batch = '';
  for (let i = 0; i < n; i++) {
    batch += `${JSON.stringify(line(i))}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  return (await stat(file)).size;
}
