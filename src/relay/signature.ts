// Webhook signatures: ClickUp (`X-Signature`) and Linear (`Linear-Signature`) both send the hex
// HMAC-SHA256 of the raw request body, keyed with the webhook's secret. Pure: no I/O.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256Hex(secret: string, body: Uint8Array | string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * True when `header` is the signature of `body` under one of `secrets` (ClickUp gives each
 * webhook its own secret, so a relay serving several webhooks holds several). Compared in
 * constant time; a missing or malformed header is false, never an exception.
 */
export function verifySignature(
  secrets: readonly string[],
  body: Uint8Array,
  header: string | null,
): boolean {
  const given = header?.trim().toLowerCase() ?? '';
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  // Bytes without Buffer: the Worker runtime has node:crypto but no global Buffer to rely on.
  const got = Uint8Array.from(given.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  // Every secret is tried (no early exit), so the time taken does not say which one matched.
  let ok = false;
  for (const secret of secrets) {
    if (secret === '') continue;
    if (timingSafeEqual(createHmac('sha256', secret).update(body).digest(), got)) ok = true;
  }
  return ok;
}
