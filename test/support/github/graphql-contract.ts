// GitHub's GraphQL schema (the subset in graphql-subset.graphql, extracted by
// scripts/extract-graphql.mjs) as a judge of what the suite sends and what the emulator answers:
// a document must validate, its variables must coerce to the declared input types, and the
// answer must be one GitHub's schema can give (types, enums, non-null fields), checked by
// executing the document over the answer with graphql-js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  execute,
  parse,
  validate,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import type { LoggedRequest } from './server.js';

let loaded: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  loaded ??= buildSchema(
    readFileSync(path.join(import.meta.dirname, 'graphql-subset.graphql'), 'utf8'),
  );
  return loaded;
}

/** An answer names its concrete type when the document asked (`__typename`); else any will do. */
const typeOf: GraphQLTypeResolver<unknown, unknown> = (value, _ctx, info, abstract) => {
  const named = (value as { __typename?: unknown } | null)?.__typename;
  return typeof named === 'string' ? named : info.schema.getPossibleTypes(abstract)[0]?.name;
};

/** The schema's verdict on one request and its answer: [] when GitHub could have given it. */
export function schemaVerdict(
  query: string,
  variables: Record<string, unknown>,
  data: unknown,
): { errors: string[]; replayed?: unknown } {
  const schema = githubSchema();
  const document = parse(query);
  const invalid = validate(schema, document).map((e) => e.message);
  if (invalid.length > 0) return { errors: invalid };
  const replayed = execute({
    schema,
    document,
    variableValues: variables,
    rootValue: data,
    typeResolver: typeOf,
    // The answer is keyed by response key: an alias (`m0: createCheckRun`), else the field's name.
    fieldResolver: (source, _args, _ctx, info) =>
      (source as Record<string, unknown> | null)?.[info.path.key as string],
  });
  if ('then' in replayed) throw new Error('no resolver here is asynchronous');
  return { errors: (replayed.errors ?? []).map((e) => e.message), replayed: replayed.data };
}

export interface GraphqlExchange {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The emulator's `data` (null when it answered with errors only). */
  readonly data: unknown;
  readonly errors: unknown;
}

/** Every POST /graphql among logged requests, with the emulator's answer. */
export function graphqlExchanges(requests: readonly LoggedRequest[]): GraphqlExchange[] {
  return requests.flatMap((r) => {
    if (r.path !== '/graphql') return [];
    const body = r.body as { query: string; variables?: Record<string, unknown> };
    const answer = (r.responseBody ?? {}) as { data?: unknown; errors?: unknown };
    return [
      {
        query: body.query,
        variables: body.variables ?? {},
        data: answer.data ?? null,
        errors: answer.errors,
      },
    ];
  });
}

/**
 * Each GraphQL exchange among logged requests that GitHub's schema refuses (the document, the
 * variables or the answer), with why; [] when GitHub could have given every answer. A NOT_FOUND
 * error is an answer GitHub gives (an issue read on a PR's number: the reader falls back).
 */
export function schemaRefusals(
  requests: readonly LoggedRequest[],
): { query: string; errors: string[] }[] {
  return graphqlExchanges(requests).flatMap((x) => {
    const failed = ((x.errors ?? []) as { type?: string }[]).filter((e) => e.type !== 'NOT_FOUND');
    const errors = [
      ...(failed.length === 0 ? [] : [`the emulator answered ${JSON.stringify(failed)}`]),
      ...schemaVerdict(x.query, x.variables, x.data).errors,
    ];
    return errors.length > 0 ? [{ query: x.query, errors }] : [];
  });
}

/** The mutation fields (`m0: createCheckRun(input: ...)`) the logged GraphQL writes used. */
export function mutationFields(requests: readonly LoggedRequest[]): Set<string> {
  return new Set(
    graphqlExchanges(requests).flatMap((x) =>
      [...x.query.matchAll(/\w+: (\w+)\(input:/g)].map((m) => m[1] ?? ''),
    ),
  );
}
