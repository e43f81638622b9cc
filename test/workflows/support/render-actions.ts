import YAML from 'yaml';
import {
  INPUTS,
  OUTPUTS,
  STAGE_INPUT,
  STAGES,
  inputsOf,
  type InputSpec,
  type Stage,
} from '../../../src/action/interface.js';

// Renders the action.yml files and the docs' inputs table from src/action/interface.ts, so the
// interface has one source. `UPDATE_GENERATED=1 npm run jest -- test/workflows/action-interface`
// rewrites the files; without it, the test fails on any drift.

const HEADER = [
  '# Generated from src/action/interface.ts. Edit that file, then run:',
  '#   UPDATE_GENERATED=1 npm run jest -- test/workflows/action-interface',
];

const ABOUT: Record<Stage, { title: string; description: string; icon: string }> = {
  triage: {
    title: 'LailaTov triage',
    description:
      'Decides whether an issue is clear enough to build, and asks one question when it is not.',
    icon: 'filter',
  },
  write: {
    title: 'LailaTov write',
    description:
      'Writes the code for a triaged issue on an agent/* branch and opens a draft pull request.',
    icon: 'edit-3',
  },
  review: {
    title: 'LailaTov review',
    description:
      'Reviews an agent pull request (risk gate, tests, code review, spec audit) with inline findings and a check run.',
    icon: 'check-circle',
  },
  remediate: {
    title: 'LailaTov remediate',
    description:
      'Fixes what the review found on an agent pull request, then hands it back to review or escalates.',
    icon: 'zap',
  },
};

function inputMap(list: readonly InputSpec[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const i of list) {
    out[i.name] = {
      description: i.description,
      required: i.required === true,
      ...(i.default !== undefined && { default: i.default }),
    };
  }
  return out;
}

function render(doc: Record<string, unknown>): string {
  return `${HEADER.join('\n')}\n${YAML.stringify(doc, { lineWidth: 0 })}`;
}

export function renderStageAction(stage: Stage): string {
  const about = ABOUT[stage];
  return render({
    name: about.title,
    description: about.description,
    author: 'LailaTov',
    branding: { icon: about.icon, color: 'purple' },
    inputs: inputMap(inputsOf(stage)),
    outputs: Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])),
    // Relative to actions/<stage>/: the bundles live at the repository root, in dist/. The runner
    // resolves main from the action's folder; github/codeql-action's init/action.yml does the
    // same with main: '../lib/init-action.js'.
    runs: { using: 'node24', main: `../../dist/${stage}/index.js` },
  });
}

export function renderRootAction(): string {
  return render({
    name: 'LailaTov',
    description:
      'An autonomous code factory: triage, write, review and remediate issues with AI agents.',
    author: 'LailaTov',
    branding: { icon: 'moon', color: 'purple' },
    inputs: inputMap([STAGE_INPUT, ...INPUTS]),
    outputs: Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])),
    runs: { using: 'node24', main: 'dist/lailatov/index.js' },
  });
}

const cell = (s: string) => s.replaceAll('|', '\\|');

/** The Markdown table of inputs per action, for docs/actions.md. */
export function renderInputsTable(): string {
  const head = `| Input | Default | ${STAGES.join(' | ')} | What it is |`;
  const rule = `|---|---|${STAGES.map(() => ':-:').join('|')}|---|`;
  const rows = INPUTS.map((i) => {
    const marks = STAGES.map((s) => (i.stages.includes(s) ? '✓' : ''));
    const def = i.default === undefined ? '' : `\`${i.default}\``;
    return `| \`${i.name}\` | ${def} | ${marks.join(' | ')} | ${cell(i.description)} |`;
  });
  const outputs = OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return [
    head,
    rule,
    ...rows,
    '',
    'The root action takes every input above plus `stage` (required): ' +
      `${cell(STAGE_INPUT.description)}`,
    '',
    '| Output (every action) | What it is |',
    '|---|---|',
    ...outputs,
  ].join('\n');
}

/** Every generated file, by path relative to the repository root. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of STAGES) files.set(`actions/${s}/action.yml`, renderStageAction(s));
  files.set('action.yml', renderRootAction());
  return files;
}

export const TABLE_START = '<!-- generated:inputs:start -->';
export const TABLE_END = '<!-- generated:inputs:end -->';

/** Replaces the text between the markers in a Markdown page with the inputs table. */
export function withInputsTable(page: string): string {
  const a = page.indexOf(TABLE_START);
  const b = page.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`docs page lacks the ${TABLE_START} … ${TABLE_END} markers`);
  return `${page.slice(0, a + TABLE_START.length)}\n${renderInputsTable()}\n${page.slice(b)}`;
}
