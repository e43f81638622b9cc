// The layering rules, as a local ESLint plugin. Each rule resolves what a file imports (static
// imports, re-exports, import() and require() with a literal name) instead of matching the
// written text, so a file at any depth is held to the same rule.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: where this file sits, whatever directory ESLint runs from. */
const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const CORE = 'src/core';
const PROCESS_BOUNDARY = 'src/engines/process.ts';
/** The top floor: the entry points. Nothing below them imports them (ARCHITECTURE.md's layers). */
const ENTRY_POINTS = ['src/action', 'src/cli'];
/** The stages orchestrate through ports; the adapters below them do the I/O. */
const STAGES = 'src/stages';
/** What a floor below the stages may import from src/stages: the ports it implements. */
const PORTS = ['src/stages/ports.ts', 'src/stages/port-types.ts'];

/** What core may not import: I/O, processes, the network, SDKs. node:path and pure packages may. */
const IMPURE = [
  /^(node:)?(child_process|cluster|dgram|dns|fs|fs\/promises|http|http2|https|inspector|net|os|process|readline|tls|v8|vm|worker_threads)$/,
  /^execa$/,
  /^@actions\//,
  /^@octokit\//,
  /^@anthropic-ai\//,
];
const STARTS_PROCESSES = /^(node:)?child_process$|^execa$/;

/** The repository-relative path of the file being linted, with forward slashes. */
function relativeFile(context) {
  return path.relative(ROOT, context.filename).split(path.sep).join('/');
}

/** Calls `check(name, node)` for every module the file names; `null` for a computed one. */
function eachImport(check) {
  const literal = (node) =>
    node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
  return {
    ImportDeclaration: (node) => check(literal(node.source), node),
    ExportAllDeclaration: (node) => check(literal(node.source), node),
    ExportNamedDeclaration: (node) => node.source && check(literal(node.source), node),
    ImportExpression: (node) => check(literal(node.source), node),
    TSImportEqualsDeclaration: (node) =>
      node.moduleReference.type === 'TSExternalModuleReference' &&
      check(literal(node.moduleReference.expression), node),
    CallExpression: (node) =>
      node.callee.type === 'Identifier' &&
      node.callee.name === 'require' &&
      check(literal(node.arguments[0]), node),
  };
}

const corePure = {
  meta: {
    type: 'problem',
    docs: { description: 'src/core stays pure: no I/O, no process, no other layer' },
    messages: {
      impure: "core/ is pure: '{{name}}' does I/O; move it to an adapter.",
      layer: "core/ imports nothing from the other layers: '{{name}}' leaves src/core.",
      computed: 'core/ imports only modules named by a string literal.',
    },
    schema: [],
  },
  create(context) {
    const file = relativeFile(context);
    if (!file.startsWith(`${CORE}/`)) return {};
    const coreDir = path.resolve(ROOT, CORE);
    return eachImport((name, node) => {
      if (name === null) return context.report({ node, messageId: 'computed' });
      if (IMPURE.some((re) => re.test(name)))
        return context.report({ node, messageId: 'impure', data: { name } });
      if (!name.startsWith('.') && !path.isAbsolute(name)) return;
      const target = path.resolve(path.dirname(context.filename), name);
      if (target !== coreDir && !target.startsWith(coreDir + path.sep))
        context.report({ node, messageId: 'layer', data: { name } });
    });
  },
};

const oneProcessBoundary = {
  meta: {
    type: 'problem',
    docs: { description: `only ${PROCESS_BOUNDARY} starts child processes` },
    messages: {
      spawn: `Only ${PROCESS_BOUNDARY} starts processes ('{{name}}'): use its runCommand or runChecked.`,
    },
    schema: [],
  },
  create(context) {
    const file = relativeFile(context);
    if (!file.startsWith('src/') || file === PROCESS_BOUNDARY) return {};
    return eachImport((name, node) => {
      if (name !== null && STARTS_PROCESSES.test(name))
        context.report({ node, messageId: 'spawn', data: { name } });
    });
  },
};

/** True when `target` (absolute) is `dir` (repository-relative) or inside it. */
function inside(target, dir) {
  const abs = path.resolve(ROOT, dir);
  return target === abs || target.startsWith(abs + path.sep);
}

const entryPointsOnTop = {
  meta: {
    type: 'problem',
    docs: {
      description: `nothing below the entry points (${ENTRY_POINTS.join(', ')}) imports them`,
    },
    messages: {
      up: "'{{name}}' is an entry point ({{floor}}/): a lower floor may not import it; move what it needs down.",
    },
    schema: [],
  },
  create(context) {
    const file = relativeFile(context);
    if (!file.startsWith('src/') || ENTRY_POINTS.some((d) => file.startsWith(`${d}/`))) return {};
    return eachImport((name, node) => {
      if (name === null || !name.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), name);
      const floor = ENTRY_POINTS.find((d) => inside(target, d));
      if (floor) context.report({ node, messageId: 'up', data: { name, floor } });
    });
  },
};

const stagesNoIo = {
  meta: {
    type: 'problem',
    docs: {
      description: 'src/stages does no I/O: it reaches files, networks and SDKs through ports',
    },
    messages: {
      io: "stages/ do no I/O: '{{name}}' does; put it in an adapter (src/forge, src/engines, src/outcomes) behind a port.",
    },
    schema: [],
  },
  create(context) {
    if (!relativeFile(context).startsWith(`${STAGES}/`)) return {};
    return eachImport((name, node) => {
      if (name !== null && IMPURE.some((re) => re.test(name)))
        context.report({ node, messageId: 'io', data: { name } });
    });
  },
};

/** The source file an import names: `./ports.js` is written for `./ports.ts`. */
function sourceOf(target) {
  return target.replace(/\.js$/, '.ts');
}

const adaptersBelowStages = {
  meta: {
    type: 'problem',
    docs: {
      description: `below the stages, nothing imports ${STAGES} but its ports (${PORTS.join(', ')})`,
    },
    messages: {
      up: `'{{name}}' is in ${STAGES}/, a floor above: below the stages only the ports (${PORTS.join(', ')}) may be imported; move what it needs to src/core or behind a port.`,
    },
    schema: [],
  },
  create(context) {
    const file = relativeFile(context);
    // core/ is left to core-pure, which forbids every other layer, ports included.
    const exempt = [STAGES, ...ENTRY_POINTS, CORE];
    if (!file.startsWith('src/') || exempt.some((d) => file.startsWith(`${d}/`))) return {};
    const ports = PORTS.map((p) => path.resolve(ROOT, p));
    return eachImport((name, node) => {
      if (name === null || !name.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), name);
      if (inside(target, STAGES) && !ports.includes(sourceOf(target)))
        context.report({ node, messageId: 'up', data: { name } });
    });
  },
};

export default {
  meta: { name: 'lailatov-layering' },
  rules: {
    'core-pure': corePure,
    'one-process-boundary': oneProcessBoundary,
    'entry-points-on-top': entryPointsOnTop,
    'stages-no-io': stagesNoIo,
    'adapters-below-stages': adaptersBelowStages,
  },
};
