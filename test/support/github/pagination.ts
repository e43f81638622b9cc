// Page-number pagination with Link headers exactly as GitHub writes them:
// per_page defaults to 30 and is capped at 100; links keep the other query parameters;
// rel order is prev, next, last, first.
import type { HandlerContext } from './http.js';

export interface Page<T> {
  readonly items: T[];
  readonly headers: Record<string, string>;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function paginate<T>(ctx: HandlerContext, all: readonly T[]): Page<T> {
  const perPage = Math.min(positiveInt(ctx.query.per_page, DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const page = positiveInt(ctx.query.page, 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);

  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.requestUrl.href);
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

/** A paginated 200 answer: the page of rendered items and its Link header. */
export function listResult<T, R>(
  ctx: HandlerContext,
  all: readonly T[],
  render: (item: T) => R,
): { status: number; body: R[]; headers: Record<string, string> } {
  const { items, headers } = paginate(ctx, all);
  return { status: 200, body: items.map(render), headers };
}
