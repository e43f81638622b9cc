import { formatIssues } from './validate.js';
import { toOutcomeView, type OutcomeView } from './view.js';

/** A line of the log that could not be used, with its 1-based line number and why. */
export interface CorruptLine {
  readonly line: number;
  readonly reason: string;
}

export type ParsedLine =
  | { readonly kind: 'record'; readonly line: number; readonly view: OutcomeView }
  | { readonly kind: 'corrupt'; readonly line: number; readonly reason: string }
  | { readonly kind: 'blank'; readonly line: number };

/** Parses one line of the JSONL log (without its line break). Pure; never throws. */
export function parseOutcomeLine(text: string, line: number): ParsedLine {
  // Tolerate CRLF files and trailing spaces; a whitespace-only line is not a record.
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank', line };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { kind: 'corrupt', line, reason: `not valid JSON (${why})` };
  }
  const view = toOutcomeView(json);
  if (!view.ok) return { kind: 'corrupt', line, reason: formatIssues(view.issues) };
  return { kind: 'record', line, view: view.value };
}
