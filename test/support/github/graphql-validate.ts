// The emulator refuses what GitHub's schema refuses: a document that does not validate against
// GitHub's GraphQL schema (graphql-subset.graphql), or variables that do not coerce to the types
// it declares. GitHub answers both with 200 and `errors` only; an unknown field in its own words.
import { getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { githubSchema } from './graphql-contract.js';

export interface SchemaError {
  message: string;
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

const UNKNOWN_FIELD = /^Cannot query field "(\w+)" on type "(\w+)"\./;

/** Why GitHub would refuse this request ([]: it would run it). */
export function schemaRefusal(query: string, variables: Record<string, unknown>): SchemaError[] {
  const schema = githubSchema();
  const document = parse(query);
  const invalid = validate(schema, document).map((e): SchemaError => {
    const locations = e.locations?.map(({ line, column }) => ({ line, column }));
    const unknown = UNKNOWN_FIELD.exec(e.message);
    if (!unknown) return { message: e.message, locations };
    const [, field, type] = unknown;
    return {
      message: `Field '${field}' doesn't exist on type '${type}'`,
      locations,
      extensions: { code: 'undefinedField', typeName: type, fieldName: field },
    };
  });
  if (invalid.length > 0) return invalid;
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const coerced = getVariableValues(schema, op?.variableDefinitions ?? [], variables);
  return (coerced.errors ?? []).map((e) => ({ message: e.message }));
}
