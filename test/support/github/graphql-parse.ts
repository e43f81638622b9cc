// A small GraphQL parser: one operation with fields, aliases, arguments (literals, variables,
// objects, lists), nested selections and inline fragments (`... on Type { }`). No named
// fragments or directives: the emulator answers those with GitHub's error shape.
export type Value =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'object'; fields: Record<string, Value> }
  | { kind: 'list'; items: Value[] };

export interface Field {
  readonly alias: string;
  readonly name: string;
  readonly args: Record<string, Value>;
  readonly selections: Field[];
  readonly line: number;
  readonly column: number;
  /** An inline fragment (`... on Type { }`, name `...`): its selections apply to Type only. */
  readonly typeCondition?: string;
}

export interface Operation {
  readonly type: 'query' | 'mutation';
  readonly selections: Field[];
}

export class GraphQLSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'GraphQLSyntaxError';
    Object.setPrototypeOf(this, GraphQLSyntaxError.prototype);
  }
}

interface Token {
  kind: 'name' | 'punct' | 'string' | 'number' | 'variable' | 'eof';
  text: string;
  line: number;
  column: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /([\s,]+|#[^\n]*)|(\$?[_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*")|(\.\.\.|[{}():[\]!=@])/gy;
  let line = 1;
  let lineStart = 0;
  while (re.lastIndex < source.length) {
    const start = re.lastIndex;
    const m = re.exec(source);
    const column = start - lineStart + 1;
    if (!m) throw new GraphQLSyntaxError(`Parse error on "${source.charAt(start)}"`, line, column);
    const [text] = m;
    if (m[1] !== undefined) {
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
          line++;
          lineStart = start + i + 1;
        }
      }
      continue;
    }
    const kind =
      m[2] !== undefined
        ? text.startsWith('$')
          ? 'variable'
          : 'name'
        : m[3] !== undefined
          ? 'number'
          : m[4] !== undefined
            ? 'string'
            : 'punct';
    tokens.push({ kind, text, line, column });
  }
  tokens.push({ kind: 'eof', text: '<EOF>', line, column: source.length - lineStart + 1 });
  return tokens;
}

export function parseOperation(source: string): Operation {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token => tokens[pos] ?? tokens[tokens.length - 1]!;
  const next = (): Token => tokens[pos++] ?? tokens[tokens.length - 1]!;
  const fail = (t: Token): never => {
    throw new GraphQLSyntaxError(
      `Parse error on "${t.text}" (${t.kind.toUpperCase()})`,
      t.line,
      t.column,
    );
  };
  const expect = (text: string): Token => {
    const t = next();
    if (t.text !== text) fail(t);
    return t;
  };

  const parseValue = (): Value => {
    const t = next();
    if (t.kind === 'variable') return { kind: 'variable', name: t.text.slice(1) };
    if (t.kind === 'string') return { kind: 'literal', value: JSON.parse(t.text) as unknown };
    if (t.kind === 'number') return { kind: 'literal', value: Number(t.text) };
    if (t.kind === 'name') {
      if (t.text === 'true' || t.text === 'false')
        return { kind: 'literal', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'literal', value: null };
      return { kind: 'literal', value: t.text }; // enum value
    }
    if (t.text === '[') {
      const items: Value[] = [];
      while (peek().text !== ']') items.push(parseValue());
      expect(']');
      return { kind: 'list', items };
    }
    if (t.text === '{') {
      const fields: Record<string, Value> = {};
      while (peek().text !== '}') {
        const name = next();
        if (name.kind !== 'name') fail(name);
        expect(':');
        fields[name.text] = parseValue();
      }
      expect('}');
      return { kind: 'object', fields };
    }
    return fail(t);
  };

  const parseSelections = (): Field[] => {
    expect('{');
    const fields: Field[] = [];
    while (peek().text !== '}') {
      const first = next();
      if (first.text === '...') {
        const on = next();
        const type = next();
        if (on.text !== 'on' || type.kind !== 'name') fail(on.text !== 'on' ? on : type);
        const selections = parseSelections();
        fields.push({
          alias: '',
          name: '...',
          args: {},
          selections,
          line: first.line,
          column: first.column,
          typeCondition: type.text,
        });
        continue;
      }
      if (first.kind !== 'name') fail(first);
      const alias = first.text;
      let name = first.text;
      if (peek().text === ':') {
        next();
        const real = next();
        if (real.kind !== 'name') fail(real);
        name = real.text;
      }
      const args: Record<string, Value> = {};
      if (peek().text === '(') {
        next();
        while (peek().text !== ')') {
          const argName = next();
          if (argName.kind !== 'name') fail(argName);
          expect(':');
          args[argName.text] = parseValue();
        }
        expect(')');
      }
      const selections = peek().text === '{' ? parseSelections() : [];
      fields.push({ alias, name, args, selections, line: first.line, column: first.column });
    }
    expect('}');
    return fields;
  };

  let type: 'query' | 'mutation' = 'query';
  if (peek().text === 'query' || peek().text === 'mutation') {
    type = next().text as 'query' | 'mutation';
    if (peek().kind === 'name') next(); // operation name
    if (peek().text === '(') {
      // Variable definitions: skip to the matching parenthesis; values come from `variables`.
      let depth = 0;
      do {
        const t = next();
        if (t.kind === 'eof') fail(t);
        if (t.text === '(') depth++;
        if (t.text === ')') depth--;
      } while (depth > 0);
    }
  }
  const selections = parseSelections();
  if (peek().kind !== 'eof') fail(peek());
  return { type, selections };
}

/** Resolve an argument value against the request's variables. */
export function evaluate(value: Value, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'variable':
      return variables[value.name];
    case 'literal':
      return value.value;
    case 'list':
      return value.items.map((v) => evaluate(v, variables));
    case 'object':
      return Object.fromEntries(
        Object.entries(value.fields).map(([k, v]) => [k, evaluate(v, variables)]),
      );
  }
}
