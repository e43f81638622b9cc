// The emulator's HTTP vocabulary: what a handler receives and returns, and GitHub's error shapes.
import type { State, RepoState } from './state.js';
import type { TokenInfo } from './auth.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Query = Record<string, string>;

export interface HandlerContext {
  readonly params: Record<string, string>;
  readonly query: Query;
  readonly body: unknown;
  readonly state: State;
  readonly token: TokenInfo;
  /** Absolute URL of this request, used to build pagination links. */
  readonly requestUrl: URL;
  /** The request's Accept header ('' when absent), for the routes with custom media types. */
  readonly accept?: string;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are (a raw media type), instead of `body` as JSON. */
  raw?: { readonly bytes: Buffer; readonly contentType: string; readonly mediaType: string };
}

const DOCS = 'https://docs.github.com/rest';

/** An error a handler throws to answer with GitHub's error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    Object.setPrototypeOf(this, HttpError.prototype);
  }

  toBody(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: DOCS,
      status: String(this.status),
      ...this.extra,
    };
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** GitHub's 422 "Validation Failed" with one field-level error. */
export function validationFailed(
  resource: string,
  field: string,
  code = 'missing_field',
  message?: string,
): HttpError {
  const error: Record<string, string> = { resource, field, code };
  if (message !== undefined) error.message = message;
  return new HttpError(422, 'Validation Failed', { errors: [error] });
}

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
