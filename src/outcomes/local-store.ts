import type { OutcomeRecord } from '../core/outcomes/index.js';
import type { OutcomeStore } from '../stages/ports.js';
import { appendOutcome } from './file-store.js';

/** The OutcomeStore of local mode: one JSONL file, appended atomically (see file-store). */
export class FileOutcomeStore implements OutcomeStore {
  constructor(readonly path: string) {}

  append(record: OutcomeRecord): Promise<void> {
    return appendOutcome(this.path, record);
  }
}
