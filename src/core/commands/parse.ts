// What a comment asks the suite to do: `@lailatov <command> [text]` (the mention is configurable)
// or `/<command> [text]` at the start of a line. Pure: the text is untrusted and anything can be
// in it, so the parser looks only at line starts outside code blocks and quotes, knows a fixed
// list of command words, and bounds what it reads and what it keeps.

/** Every command, in the order `help` lists them. */
export const COMMANDS = [
  'start',
  'plan',
  'approve',
  'review',
  'describe',
  'ask',
  'fix',
  'stop',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Where each command works: on an issue, on any PR, or on the suite's own PRs. */
export const COMMAND_SCOPE: Readonly<Record<CommandName, 'issue' | 'pr' | 'agent-pr' | 'any'>> = {
  start: 'issue',
  plan: 'issue',
  approve: 'issue',
  review: 'pr',
  describe: 'pr',
  ask: 'pr',
  fix: 'agent-pr',
  stop: 'agent-pr',
  help: 'any',
};

/** The commands that need text after them. */
const NEEDS_TEXT: ReadonlySet<CommandName> = new Set(['ask', 'fix']);

export const COMMAND_SUMMARY: Readonly<Record<CommandName, string>> = {
  start: 'on an issue: triage it and, when it is clear, write it (as the trigger label does)',
  plan: 'on an issue: post a plan for approval (add text to revise the plan)',
  approve: 'on an issue with a plan: approve it; the change is written from it',
  review:
    'on a PR: risk gate, tests, AI review, spec audit, inline suggestions, a check run; never pushes',
  describe: 'on a PR: write or update the PR description',
  ask: 'on a PR: `ask <question>` answers in a reply; changes nothing',
  fix: "on the suite's PR: `fix <request>` runs a remediation round for that request",
  stop: "on the suite's PR: stop the work on it",
  help: 'this list',
};

export type ParsedCommand =
  | {
      readonly kind: 'command';
      readonly name: CommandName;
      /** The text after the command word (this line and the lines below), trimmed and bounded. */
      readonly text: string;
      readonly via: 'mention' | 'slash';
    }
  /** A mention with a word the suite does not know (or a command missing its text): answer with help. */
  | { readonly kind: 'unknown'; readonly word: string; readonly via: 'mention' | 'slash' };

/** How much of a comment is read (GitHub allows 65,536 characters) and how much text is kept. */
export const MAX_SCAN = 65_536;
export const MAX_TEXT = 4_000;

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The mention as configured (`lailatov` or `@lailatov`), normalized to `@login`; null when it is
 * not a GitHub login, so a bad setting is reported by the caller with its name.
 */
export function normalizeMention(raw: string): string | null {
  const login = raw.trim().replace(/^@/, '');
  return LOGIN.test(login) ? `@${login.toLowerCase()}` : null;
}

/** The lines a command may start on: outside fenced code and block quotes, HTML comments removed. */
function commandLines(body: string): string[] {
  const text = body.slice(0, MAX_SCAN).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[ \t]{0,3}/, '');
    const opens = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fence !== null) {
      if (opens && opens[1]?.[0] === fence[0] && (opens[1]?.length ?? 0) >= fence.length)
        fence = null;
      out.push('');
      continue;
    }
    if (opens) {
      fence = opens[1] ?? '```';
      out.push('');
      continue;
    }
    // Quoted text is someone else's words; an indented code block is code.
    out.push(/^>/.test(trimmed) || /^( {4}|\t)/.test(line) ? '' : trimmed);
  }
  return out;
}

/** Strips control characters (but not newlines or tabs) and bounds the length. */
function cleanText(s: string): string {
  const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g; // eslint-disable-line no-control-regex
  return s.replace(controls, '').trim().slice(0, MAX_TEXT).trim();
}

function toCommand(word: string, rest: string, via: 'mention' | 'slash'): ParsedCommand | null {
  const name = word.toLowerCase();
  const known = (COMMANDS as readonly string[]).includes(name);
  if (!known) return via === 'mention' ? { kind: 'unknown', word: word.slice(0, 40), via } : null;
  const text = cleanText(rest);
  if (NEEDS_TEXT.has(name as CommandName) && text === '')
    return { kind: 'unknown', word: name, via };
  return { kind: 'command', name: name as CommandName, text, via };
}

/**
 * The first command in a comment, or null when it holds none. `@mention` alone means `start`
 * (on an issue; elsewhere the caller answers with help). A slash command is only one of the
 * known words, so another bot's `/foo` is not answered; the mention with an unknown word is.
 */
export function parseCommand(
  body: string,
  opts: { readonly mention: string; readonly slash?: boolean },
): ParsedCommand | null {
  const mention = normalizeMention(opts.mention);
  if (mention === null) return null;
  const lines = commandLines(body);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const below = () => lines.slice(i + 1).join('\n');
    if (line.toLowerCase().startsWith(mention)) {
      const after = line.slice(mention.length);
      // A whole login: `@lailatov-bot` and `@lailatovx` are someone else.
      if (after !== '' && !/^[\s,:;.!?]/.test(after)) continue;
      const m = /^[\s,:;.!?]*([^\s]*)\s*([\s\S]*)$/.exec(after);
      const word = m?.[1] ?? '';
      if (word === '')
        return { kind: 'command', name: 'start', text: cleanText(below()), via: 'mention' };
      const cmd = toCommand(
        word.replace(/[,:;.!?]+$/, ''),
        `${m?.[2] ?? ''}\n${below()}`,
        'mention',
      );
      if (cmd) return cmd;
      continue;
    }
    if (opts.slash !== false) {
      const s = /^\/([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(line);
      if (s) {
        const cmd = toCommand(s[1] ?? '', `${s[2] ?? ''}\n${below()}`, 'slash');
        if (cmd) return cmd;
      }
    }
  }
  return null;
}

/** The help text: the commands, where they work, and who may use them. */
export function helpText(mention: string, opening?: string): string {
  const m = normalizeMention(mention) ?? '@lailatov';
  const lines = COMMANDS.map(
    (c) =>
      `- \`${m} ${c}${c === 'ask' ? ' <question>' : c === 'fix' ? ' <request>' : ''}\` (or \`/${c}\`): ${COMMAND_SUMMARY[c]}`,
  );
  return [
    ...(opening ? [opening, ''] : []),
    'LailaTov commands (people with write permission on this repository; docs/commands.md):',
    '',
    ...lines,
  ].join('\n');
}
