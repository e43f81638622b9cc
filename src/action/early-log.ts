// The runner's stdout commands needed before the first API request (masking, a notice), written
// directly: @actions/core loads an HTTP client at import, so it is imported only after that
// request (run.ts), which keeps the cold start near a bare `node` start (bench/github).

/** Escapes a workflow-command message (the runner decodes %25, %0D and %0A). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** `::add-mask::` for a secret, before anything can print it. */
export function mask(secret: string): void {
  if (secret.trim() !== '') process.stdout.write(`::add-mask::${escapeData(secret.trim())}\n`);
}
