// The emulator's HTTP vocabulary: what a handler receives and returns, and GitHub's error shapes.
import type { State } from './state.js';
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
