import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ToolError, WRITE_NOFOLLOW, resolveForWrite, resolveInTree } from '../../tree-paths.js';
import { defineTool, ok } from './types.js';

/** Reads larger than this are refused: ask for a line range instead. */
export const READ_CAP_BYTES = 256 * 1024;
const DEFAULT_LINE_LIMIT = 2000;
const MAX_LINE_CHARS = 2000;

async function readText(abs: string, shown: string): Promise<string> {
  let info;
  try {
    info = await stat(abs);
  } catch {
    throw new ToolError(`${shown} does not exist`);
  }
  if (info.isDirectory()) throw new ToolError(`${shown} is a directory; use glob to list it`);
  if (info.size > READ_CAP_BYTES * 8) {
    throw new ToolError(
      `${shown} is ${info.size} bytes, too large to read (cap ${READ_CAP_BYTES})`,
    );
  }
  return readFile(abs, 'utf8');
}

export const readTool = defineTool({
  claudeName: 'Read',
  name: 'read_file',
  description:
    'Read a text file of the working tree. Lines are numbered from 1. Use offset (first line, ' +
    `1-based) and limit (number of lines, default ${DEFAULT_LINE_LIMIT}) for large files.`,
  input: z.object({
    file_path: z.string().describe('Path relative to the repository root'),
    offset: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).optional(),
  }),
  async run(input, ctx) {
    const p = await resolveInTree(ctx.root, input.file_path);
    const text = await readText(p.abs, p.rel);
    const lines = text.split('\n');
    const start = (input.offset ?? 1) - 1;
    const end = Math.min(lines.length, start + (input.limit ?? DEFAULT_LINE_LIMIT));
    let out = '';
    for (let i = start; i < end; i++) {
      const line = lines[i] ?? '';
      const shown = line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;
      out += `${String(i + 1).padStart(6)}\t${shown}\n`;
      if (out.length > READ_CAP_BYTES) {
        out += `[output capped at ${READ_CAP_BYTES} bytes; read from line ${i + 2} with offset]\n`;
        return ok(out);
      }
    }
    if (end < lines.length) out += `[${lines.length - end} more lines; use offset ${end + 1}]\n`;
    return ok(out === '' ? '(empty file)' : out);
  },
});

export const writeTool = defineTool({
  claudeName: 'Write',
  name: 'write_file',
  description: 'Create or overwrite a file of the working tree with the given content.',
  input: z.object({
    file_path: z.string().describe('Path relative to the repository root'),
    content: z.string(),
  }),
  async run(input, ctx) {
    const p = await resolveForWrite(ctx.root, input.file_path, ctx.protectedPaths);
    await mkdir(path.dirname(p.abs), { recursive: true });
    await writeFile(p.abs, input.content, { encoding: 'utf8', flag: WRITE_NOFOLLOW });
    return ok(`wrote ${Buffer.byteLength(input.content)} bytes to ${p.rel}`);
  },
});

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

export const editTool = defineTool({
  claudeName: 'Edit',
  name: 'edit_file',
  description:
    'Replace an exact string in a file. old_string must occur exactly once unless replace_all ' +
    'is true; include enough surrounding context to make it unique.',
  input: z.object({
    file_path: z.string().describe('Path relative to the repository root'),
    old_string: z.string().min(1),
    new_string: z.string(),
    replace_all: z.boolean().optional(),
  }),
  async run(input, ctx) {
    const p = await resolveForWrite(ctx.root, input.file_path, ctx.protectedPaths);
    const text = await readText(p.abs, p.rel);
    const count = countOccurrences(text, input.old_string);
    if (count === 0) throw new ToolError(`old_string was not found in ${p.rel}`);
    if (count > 1 && input.replace_all !== true) {
      throw new ToolError(
        `old_string occurs ${count} times in ${p.rel}: add context to make it unique, ` +
          'or set replace_all to true',
      );
    }
    // split/join: no `$&` replacement patterns, unlike String.replace.
    const updated = text.split(input.old_string).join(input.new_string);
    await writeFile(p.abs, updated, { encoding: 'utf8', flag: WRITE_NOFOLLOW });
    return ok(`replaced ${count} occurrence${count === 1 ? '' : 's'} in ${p.rel}`);
  },
});
