// The docs are claims. Every command, flag, action input and secret they name exists, and every
// one that exists is documented: docs/cli.md is generated from each command's --help, and the
// hand-written pages are checked against the code. Regenerate docs/cli.md with:
// UPDATE_GENERATED=1 npm run jest -- test/docs/docs-match-code
import { describe, expect, test } from '@jest/globals';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { COMMAND_NAMES, main } from '../../src/cli/main.js';
import { INPUTS, STAGE_INPUT } from '../../src/action/interface.js';
import { captureIo } from '../support/cli-io.js';

const CLI_DOC = 'docs/cli.md';
const START = '<!-- generated:cli:start -->';
const END = '<!-- generated:cli:end -->';

async function help(command: string): Promise<string> {
  const io = captureIo();
  expect(await main([command, '--help'], io)).toBe(0);
  return io.out();
}

async function pages(): Promise<{ file: string; text: string }[]> {
  const files = [
    'README.md',
    ...(await readdir('docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ];
  return Promise.all(
    files
      .filter((f) => f !== CLI_DOC)
      .map(async (file) => ({ file, text: await readFile(file, 'utf8') })),
  );
}

/** `lailatov <command> ...` as the docs write it: inline code, or one line of a code block. */
function invocations(text: string): { command: string; flags: string[]; line: string }[] {
  const out: { command: string; flags: string[]; line: string }[] = [];
  const snippets = [
    ...[...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n')),
  ];
  for (const s of snippets) {
    for (const m of s.matchAll(
      /(?:^|[\s(])(?:npx (?:github:\S+|lailatov)|lailatov) ([a-z][a-z-]*)((?:[^|;&#]*))/g,
    )) {
      const command = m[1] ?? '';
      if (command === 'lailatov') continue; // `npx lailatov …`: the command is the next word
      out.push({
        command,
        flags: [...(m[2] ?? '').matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((f) => f[1] ?? ''),
        line: s.trim(),
      });
    }
  }
  return out;
}

describe('the docs match the code', () => {
  test("docs/cli.md is every command's --help", async () => {
    const sections = [];
    for (const name of COMMAND_NAMES)
      sections.push(`## lailatov ${name}\n\n\`\`\`text\n${(await help(name)).trimEnd()}\n\`\`\``);
    const fresh = sections.join('\n\n');
    const text = await readFile(CLI_DOC, 'utf8');
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    expect(a).toBeGreaterThan(-1);
    const body = text.slice(a + START.length, b).trim();
    if (process.env.UPDATE_GENERATED === '1' && body !== fresh) {
      await writeFile(CLI_DOC, `${text.slice(0, a + START.length)}\n${fresh}\n${text.slice(b)}`);
      return;
    }
    expect(body).toBe(fresh);
  });

  test('every command and flag a page names exists', async () => {
    const helps = new Map<string, string>();
    for (const name of COMMAND_NAMES) helps.set(name, await help(name));
    const wrong: string[] = [];
    for (const { file, text } of await pages()) {
      for (const inv of invocations(text)) {
        const h = helps.get(inv.command);
        if (h === undefined) wrong.push(`${file}: no command '${inv.command}' in "${inv.line}"`);
        else
          for (const f of inv.flags)
            if (!h.includes(`--${f}`))
              wrong.push(`${file}: lailatov ${inv.command} has no --${f} ("${inv.line}")`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every command is in the README or a page besides the reference', async () => {
    const named = new Set(
      (await pages()).flatMap((p) => invocations(p.text).map((i) => i.command)),
    );
    expect(COMMAND_NAMES.filter((c) => !named.has(c))).toEqual([]);
  });

  test('every action input a page sets exists', async () => {
    const inputs = new Set([...INPUTS.map((i) => i.name), STAGE_INPUT.name]);
    const wrong: string[] = [];
    for (const { file, text } of await pages()) {
      for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        let doc: unknown;
        try {
          doc = parse(m[1] ?? '');
        } catch {
          continue; // a fragment, not a whole document
        }
        const steps: { uses?: string; with?: Record<string, unknown> }[] = [];
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(walk);
          else if (v !== null && typeof v === 'object') {
            const o = v as { uses?: unknown; with?: unknown };
            if (
              typeof o.uses === 'string' &&
              /^lailatov\/lailatov(\/actions\/[a-z]+)?@/.test(o.uses)
            )
              steps.push(o as { uses: string; with?: Record<string, unknown> });
            Object.values(v).forEach(walk);
          }
        };
        walk(doc);
        for (const s of steps)
          for (const k of Object.keys(s.with ?? {}))
            if (!inputs.has(k)) wrong.push(`${file}: ${s.uses} has no input '${k}'`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the secrets the templates read are documented, and the docs name no other', async () => {
    const templates = await readdir('workflows-templates');
    const used = new Set<string>();
    for (const t of templates)
      for (const m of (await readFile(`workflows-templates/${t}`, 'utf8')).matchAll(
        /secrets\.([A-Z][A-Z0-9_]*)/g,
      ))
        used.add(m[1] ?? '');
    const all = (await pages()).map((p) => p.text).join('\n');
    expect([...used].filter((s) => !all.includes(s))).toEqual([]);
    const named = new Set([...all.matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? ''));
    expect([...named].filter((s) => !used.has(s) && s !== 'GITHUB_TOKEN')).toEqual([]);
  });
});
