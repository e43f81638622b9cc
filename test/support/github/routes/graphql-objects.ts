// The building blocks of the emulator's GraphQL objects: resolver maps, GitHub's execution
// errors and cursor connections, shared by every type the emulator serves.
export type Args = Record<string, unknown>;
export interface GqlObject {
  readonly __typename: string;
  readonly fields: Record<string, (args: Args) => unknown>;
}

/** An execution error GitHub reports next to partial data (`type` NOT_FOUND, FORBIDDEN...). */
export class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'GqlError';
    Object.setPrototypeOf(this, GqlError.prototype);
  }
}

export const obj = (typename: string, fields: GqlObject['fields']): GqlObject => ({
  __typename: typename,
  fields,
});

/** A cursor connection; like GitHub, it refuses to run without `first` or `last` (max 100). */
export function connection<T>(name: string, items: readonly T[], render: (item: T) => GqlObject) {
  return (args: Args): GqlObject => {
    const first = args.first as number | undefined;
    const last = args.last as number | undefined;
    if (first === undefined && last === undefined) {
      throw new GqlError(
        'MISSING_PAGINATION_BOUNDARIES',
        `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
      );
    }
    const limit = first ?? last ?? 0;
    if (limit > 100) {
      throw new GqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${limit} records on the \`${name}\` connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of 100 records.`,
      );
    }
    const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
    const after =
      typeof args.after === 'string'
        ? Number(Buffer.from(args.after, 'base64').toString().split(':')[2]) + 1
        : 0;
    const start = first !== undefined ? after : Math.max(0, items.length - limit);
    const page = items.slice(start, start + limit);
    const end = start + page.length;
    return obj(`${name}Connection`, {
      totalCount: () => items.length,
      nodes: () => page.map(render),
      edges: () =>
        page.map((item, i) =>
          obj(`${name}Edge`, { cursor: () => cursor(start + i), node: () => render(item) }),
        ),
      pageInfo: () =>
        obj('PageInfo', {
          hasNextPage: () => end < items.length,
          hasPreviousPage: () => start > 0,
          startCursor: () => (page.length > 0 ? cursor(start) : null),
          endCursor: () => (page.length > 0 ? cursor(end - 1) : null),
        }),
    });
  };
}

export function userObject(login: string): GqlObject {
  return obj(login.endsWith('[bot]') ? 'Bot' : 'User', {
    login: () => login.replace(/\[bot\]$/, ''),
  });
}
