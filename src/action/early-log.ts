// The runner's stdout commands needed before the first API request (masking, a notice), written
// directly: @actions/core loads an HTTP client at import, so it is imported only after that
// request (run.ts), which keeps the cold start near a bare `node` start (bench/github).

import { secretForms } from '../core/secrets/mask.js';

/** Escapes a workflow-command message (the runner decodes %25, %0D and %0A). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * `::add-mask::` for a secret, before anything can print it: every form it could be printed in
 * (as is, URL-encoded, base64 of it and of git's basic credential).
 */
export function mask(secret: string): void {
  const value = secret.trim();
  if (value === '') return;
  for (const form of new Set([value, ...secretForms(value)]))
    process.stdout.write(`::add-mask::${escapeData(form)}\n`);
}
