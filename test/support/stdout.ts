// What a synchronous call writes to process.stdout (workflow commands such as ::add-mask::).
import { jest } from '@jest/globals';

export function stdoutOf(fn: () => void): string {
  const written: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}
