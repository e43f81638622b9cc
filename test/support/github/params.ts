// Reading a request's path and body parameters, failing as GitHub does on a missing or mistyped one.
import { HttpError, notFound, validationFailed, type HandlerContext } from './http.js';
import type { RepoState } from './state.js';

/** Read an object body, or fail like GitHub does on a body that is not a JSON object. */
export function bodyObject(ctx: HandlerContext): Record<string, unknown> {
  const { body } = ctx;
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'Problems parsing JSON');
  }
  return body as Record<string, unknown>;
}

export function requiredString(
  body: Record<string, unknown>,
  field: string,
  resource: string,
): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw validationFailed(resource, field);
  return value;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new HttpError(
      422,
      `Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not a string.`,
    );
  }
  return value;
}

export function intParam(ctx: HandlerContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  const n = Number(raw);
  if (!Number.isInteger(n)) throw notFound();
  return n;
}

export function repoOf(ctx: HandlerContext): RepoState {
  const repo = ctx.state.findRepo(`${ctx.params.owner ?? ''}/${ctx.params.repo ?? ''}`);
  if (!repo) throw notFound();
  return repo;
}
