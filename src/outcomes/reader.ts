import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { parseOutcomeLine, type ParsedLine } from '../core/outcomes/index.js';

export type LineSplitter = 'chunked' | 'readline';

export interface ReadOptions {
  /** `chunked` (default) is our own splitter; `readline` is node:readline, kept to compare. */
  readonly splitter?: LineSplitter;
  readonly highWaterMark?: number;
}

/**
 * Calls `visit` with every line of a file, as bytes[start, end) without the line break, and its
 * 1-based number, synchronously for a whole chunk: lines are found by the byte 0x0a in the raw
 * Buffer (it never occurs inside a UTF-8 multi-byte character), and nothing is decoded here, so
 * the visitor decodes only what it needs. No promise, generator step or Buffer view per line: at
 * a million lines those dominate. Only the current chunk and a partial last line are held;
 * `visit` must not keep `bytes` (it is the chunk).
 */
export async function forEachLine(
  file: string,
  visit: (bytes: Uint8Array, start: number, end: number, line: number) => void,
  highWaterMark = 1 << 20,
): Promise<void> {
  let lineNo = 0;
  /** The start of a line that continues in the next chunk (copied: the chunk is released). */
  let carry: Buffer[] = [];
  for await (const chunk of createReadStream(file, { highWaterMark })) {
    const buf = chunk as Buffer;
    let start = 0;
    let nl = buf.indexOf(10);
    if (nl !== -1 && carry.length > 0) {
      carry.push(buf.subarray(0, nl));
      const whole = Buffer.concat(carry);
      visit(whole, 0, whole.length, ++lineNo);
      carry = [];
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    while (nl !== -1) {
      visit(buf, start, nl, ++lineNo);
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    if (start < buf.length) carry.push(Buffer.from(buf.subarray(start)));
  }
  if (carry.length > 0) {
    const whole = Buffer.concat(carry);
    visit(whole, 0, whole.length, ++lineNo);
  }
}

/**
 * Yields the lines of a file with their 1-based numbers. Handles a last line without a line
 * break; `\r` before `\n` is left for the parser, which trims it. Decoding goes through a
 * StringDecoder so a UTF-8 character split across two chunks is not mangled.
 */
export async function* chunkedLines(
  file: string,
  highWaterMark = 1 << 20,
): AsyncGenerator<[string, number]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let lineNo = 0;
  for await (const chunk of createReadStream(file, { highWaterMark })) {
    const text = carry + decoder.write(chunk as Buffer);
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      yield [text.slice(start, nl), ++lineNo];
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  const rest = carry + decoder.end();
  if (rest !== '') yield [rest, ++lineNo];
}

async function* readlineLines(
  file: string,
  highWaterMark: number,
): AsyncGenerator<[string, number]> {
  const rl = createInterface({
    input: createReadStream(file, { highWaterMark }),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  for await (const line of rl) yield [line, ++lineNo];
}

/**
 * Streams an outcome log: every line comes out parsed, as a record, a corrupt line (bad JSON or
 * schema-invalid, with its line number and reason) or a blank line. Nothing good is dropped
 * because of a bad neighbour. Errors opening or reading the file reject (the caller decides).
 */
export async function* readOutcomeLog(
  file: string,
  opts: ReadOptions = {},
): AsyncGenerator<ParsedLine> {
  const hwm = opts.highWaterMark ?? 1 << 20;
  const lines = opts.splitter === 'readline' ? readlineLines(file, hwm) : chunkedLines(file, hwm);
  for await (const [text, n] of lines) yield parseOutcomeLine(text, n);
}
