import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { parseOutcomeLine, type ParsedLine } from '../core/outcomes/index.js';

export type LineSplitter = 'chunked' | 'readline';

export interface ReadOptions {
  /** `chunked` (default) is our own splitter; `readline` is node:readline, kept to compare. */
  readonly splitter?: LineSplitter;
  readonly highWaterMark?: number;
}

/** A part of a file: bytes [start, end). Both must fall at line starts (see `lineRanges`). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** One chunk of a file as read; `last` when the file ended inside it. */
interface Chunk {
  readonly bytes: Buffer;
  readonly last: boolean;
}

export interface LineVisitOptions {
  readonly highWaterMark?: number;
  /**
   * The two buffers to read into, alternately (by default two of `highWaterMark` bytes): a
   * thread that reads many parts of a file passes the same two to every call.
   */
  readonly buffers?: readonly [Buffer, Buffer];
  /** Only this part of the file; its first line is number 1. The whole file by default. */
  readonly range?: ByteRange;
}

/**
 * Calls `visit` with every line of a file, as bytes[start, end) without the line break, and its
 * 1-based number, synchronously for a whole chunk: lines are found by the byte 0x0a in the raw
 * Buffer (it never occurs inside a UTF-8 multi-byte character), and nothing is decoded here, so
 * the visitor decodes only what it needs. No promise, generator step or Buffer view per line: at
 * a million lines those dominate. Only two chunks (this one and the next, being read) and a
 * partial last line are held; `visit` must not keep `bytes` (it is the chunk, reused).
 * Resolves to the number of lines.
 */
export async function forEachLine(
  file: string,
  visit: (bytes: Uint8Array, start: number, end: number, line: number) => void,
  { highWaterMark = 1 << 20, range, buffers = readBuffers(highWaterMark) }: LineVisitOptions = {},
): Promise<number> {
  let lineNo = 0;
  /** The start of a line that continues in the next chunk (copied: the chunk is reused). */
  let carry: Buffer[] = [];
  const handle = await open(file, 'r');
  let position = range?.start ?? 0;
  const limit = range?.end ?? Number.POSITIVE_INFINITY;
  /** Reads the next chunk into `buf`; undefined once the range is read. */
  const readInto = (buf: Buffer): Promise<Chunk> | undefined => {
    const want = Math.min(buf.length, limit - position);
    if (want <= 0) return undefined;
    const at = position;
    position += want;
    return handle.read(buf, 0, want, at).then(({ bytesRead }) => ({
      bytes: bytesRead === buf.length ? buf : buf.subarray(0, bytesRead),
      last: bytesRead < want,
    }));
  };
  // Two buffers, reused for every chunk: the next chunk is read while this one's lines are
  // visited (waiting for each read left this thread idle for a sixth of the summary), and a
  // fresh buffer per chunk (what a read stream allocates) costs its page faults again on every
  // megabyte, measured at about a third of the summary's time.
  let [buf, spare] = buffers;
  let next = readInto(buf);
  try {
    while (next !== undefined) {
      const { bytes: chunk, last } = await next;
      // A short read is the end of the file: what was there when it was read.
      next = last ? undefined : readInto(spare);
      [buf, spare] = [spare, buf];
      let start = 0;
      let nl = chunk.indexOf(10);
      if (nl !== -1 && carry.length > 0) {
        carry.push(chunk.subarray(0, nl));
        const whole = Buffer.concat(carry);
        visit(whole, 0, whole.length, ++lineNo);
        carry = [];
        start = nl + 1;
        nl = chunk.indexOf(10, start);
      }
      while (nl !== -1) {
        visit(chunk, start, nl, ++lineNo);
        start = nl + 1;
        nl = chunk.indexOf(10, start);
      }
      if (start < chunk.length) carry.push(Buffer.from(chunk.subarray(start)));
    }
  } finally {
    // A read still in flight (the visitor threw) must end before its file is closed.
    await next?.catch(() => undefined);
    await handle.close();
  }
  if (carry.length > 0) {
    const whole = Buffer.concat(carry);
    visit(whole, 0, whole.length, ++lineNo);
  }
  return lineNo;
}

/** Two buffers for `forEachLine` to read into. */
export function readBuffers(highWaterMark = 1 << 20): [Buffer, Buffer] {
  return [Buffer.allocUnsafe(highWaterMark), Buffer.allocUnsafe(highWaterMark)];
}

/**
 * Cuts a file of `size` bytes into at most `parts` ranges of about equal size, each starting at
 * the beginning of a line, so that every line is in exactly one range. A cut moves forward to
 * just past the next line break (a huge line makes fewer, bigger ranges, never a split line).
 */
export async function lineRanges(file: string, size: number, parts: number): Promise<ByteRange[]> {
  const cuts = [0];
  const handle = await open(file, 'r');
  try {
    const window = Buffer.allocUnsafe(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let at = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1] as number);
      let cut = size;
      while (at < size) {
        const { bytesRead } = await handle.read(window, 0, window.length, at);
        if (bytesRead === 0) break;
        const nl = window.subarray(0, bytesRead).indexOf(10);
        if (nl !== -1) {
          cut = at + nl + 1;
          break;
        }
        at += bytesRead;
      }
      if (cut >= size) break;
      if (cut > (cuts[cuts.length - 1] as number)) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  cuts.push(size);
  return cuts.slice(1).map((end, k) => ({ start: cuts[k] as number, end }));
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
