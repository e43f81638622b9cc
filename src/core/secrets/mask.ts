// Every printable form of a secret, and redaction of those forms from text. Pure: the callers
// (the process boundary's errors, the action's log masking) decide what counts as a secret.

/** What a redacted secret is replaced with. */
export const REDACTED = '***';

// Shorter values would blank out ordinary words; a real token is far longer.
const MIN_SECRET_LENGTH = 6;

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * The forms in which a secret can reach a log: as is, URL-encoded, base64 of itself, and base64
 * of the HTTP basic credential git sends (`x-access-token:<token>`), each also without base64
 * padding (a header or a URL may drop it). Longest first, so a longer form is redacted whole.
 */
export function secretForms(secret: string): string[] {
  const value = secret.trim();
  if (value.length < MIN_SECRET_LENGTH) return [];
  const b64 = [base64(value), base64(`x-access-token:${value}`)];
  const forms = new Set([
    value,
    encodeURIComponent(value),
    ...b64,
    ...b64.map((f) => f.replace(/=+$/, '')),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The text with every form of every secret replaced by {@link REDACTED}. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out;
}
