import { appendFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeAtExit } from '../exit-cleanup.js';

/** The run's transcript: one JSON object per line (requests, responses, tool calls, the end). */
export class Transcript {
  private constructor(readonly path: string) {}

  static async open(requested: string | undefined): Promise<Transcript> {
    if (requested !== undefined) {
      await mkdir(path.dirname(requested), { recursive: true });
      return new Transcript(requested);
    }
    // Nobody asked to keep it: it serves the run (hooks read it) and goes with the process.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lailatov-anthropic-'));
    removeAtExit(dir);
    return new Transcript(path.join(dir, 'transcript.jsonl'));
  }

  async append(entry: Record<string, unknown>): Promise<void> {
    await appendFile(this.path, `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`);
  }
}

/** Long strings are cut in the transcript: it is for reading, not for replaying byte-exact. */
export function clip(text: string, max = 4000): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more chars]`;
}
