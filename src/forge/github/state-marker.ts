// The pipeline state hidden in the PR body: JSON between `<!-- lailatov:state` and `-->`.
// Anyone who can edit the body can break it, so reading never throws and writing always leaves
// exactly one well-formed marker, whatever the body held before.

const OPEN = '<!-- lailatov:state';
const CLOSE = '-->';
/** The state is small (ids, round, ledger); a bigger one is an attack or a bug. */
export const MAX_STATE_CHARS = 16_384;

export type StateRead<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'missing' }
  | { readonly status: 'invalid'; readonly reason: string };

/**
 * Reads the state. `validate` turns the parsed JSON into T or throws (e.g. a zod schema's
 * `parse`); its message becomes the reason. Several markers, an unterminated one, bad JSON or an
 * oversized one are all `invalid`, so the caller can fall back to re-deriving the state.
 */
export function readPrState<T>(
  body: string | null | undefined,
  validate: (value: unknown) => T,
): StateRead<T> {
  const text = body ?? '';
  const first = text.indexOf(OPEN);
  if (first === -1) return { status: 'missing' };
  if (text.indexOf(OPEN, first + OPEN.length) !== -1) {
    return { status: 'invalid', reason: 'the body holds more than one state marker' };
  }
  const start = first + OPEN.length;
  const end = text.indexOf(CLOSE, start);
  if (end === -1) return { status: 'invalid', reason: 'the state marker is not closed with -->' };
  const raw = text.slice(start, end).trim();
  if (raw.length > MAX_STATE_CHARS) {
    return {
      status: 'invalid',
      reason: `the state is ${raw.length} characters, over ${MAX_STATE_CHARS}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { status: 'invalid', reason: `the state is not JSON (${(error as Error).message})` };
  }
  try {
    return { status: 'ok', value: validate(json) };
  } catch (error) {
    return {
      status: 'invalid',
      reason: `the state does not validate: ${(error as Error).message}`,
    };
  }
}

/** JSON that cannot close or open an HTML comment: `<` and `>` are escaped as JSON allows. */
function encode(state: unknown): string {
  const json = JSON.stringify(state);
  if (json === undefined) throw new TypeError('PR state must be JSON-serialisable');
  const safe = json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  if (safe.length > MAX_STATE_CHARS) {
    throw new RangeError(`PR state is ${safe.length} characters, over ${MAX_STATE_CHARS}`);
  }
  return safe;
}

/** Removes every marker, closed or not (an unclosed one loses only its opening token). */
export function stripPrState(body: string): string {
  let out = body;
  for (;;) {
    const start = out.indexOf(OPEN);
    if (start === -1) break;
    const end = out.indexOf(CLOSE, start + OPEN.length);
    out =
      end === -1
        ? out.slice(0, start) + out.slice(start + OPEN.length)
        : out.slice(0, start) + out.slice(end + CLOSE.length);
  }
  return out.replace(/\s+$/, '');
}

/** The body with exactly one marker holding `state`, at the end. */
export function writePrState(body: string | null | undefined, state: unknown): string {
  const visible = stripPrState(body ?? '');
  const marker = `${OPEN}\n${encode(state)}\n${CLOSE}`;
  return visible === '' ? marker : `${visible}\n\n${marker}`;
}
