/** Byte constants and word-at-a-time literals for the fast scanner (see ./index.ts). */

/** Thrown (never out of the scanner) to decline a line. */
export const DECLINE: unique symbol = Symbol('decline');

/** Escapes and control characters: the scanner skips string contents with indexOf('"'). */
const utf8 = new TextEncoder();
export const bytesOf = (xs: readonly string[]): Uint8Array[] => xs.map((x) => utf8.encode(x));
export const NULL = utf8.encode('null');
export const TRUE = utf8.encode('true');
export const FALSE = utf8.encode('false');
export const EMPTY = new Uint8Array(0);
export const BACKSLASH = 0x5c;
/** Exact powers of ten (up to 1e22 every one is a double). */
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

export const QUOTE = 0x22;
/** A byte repeated in the four bytes of an int32, for testing four bytes at once. */
export const ONES = 0x01010101;
export const QUOTES = 0x22222222;
export const BACKSLASHES = 0x5c5c5c5c;
export const SPACES = 0x20202020;
export const HIGH_BITS = 0x80808080 | 0;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const SPACE = 0x20;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;

/**
 * Text to compare four bytes at a time: its whole int32 words (little-endian), then its last
 * four bytes as one more word (overlapping the one before). At least four bytes long.
 */
export interface Literal {
  readonly length: number;
  readonly words: Int32Array;
}
export function literal(text: string): Literal {
  return literalOf(utf8.encode(text));
}
export function literalOf(bytes: Uint8Array): Literal {
  if (bytes.length < 4) throw new RangeError(`a literal needs 4 bytes, not ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length >> 2;
  const words = new Int32Array(whole + 1);
  for (let k = 0; k < whole; k++) words[k] = view.getInt32(4 * k, true);
  words[whole] = view.getInt32(bytes.length - 4, true);
  return { length: bytes.length, words };
}
