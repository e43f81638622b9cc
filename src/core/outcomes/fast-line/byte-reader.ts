import {
  BACKSLASH,
  BACKSLASHES,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  DECLINE,
  DOT,
  EMPTY,
  FALSE,
  HIGH_BITS,
  MINUS,
  NINE,
  NULL,
  ONES,
  OPEN_ARRAY,
  OPEN_OBJECT,
  POWERS_OF_TEN,
  QUOTE,
  QUOTES,
  SPACE,
  SPACES,
  TRUE,
  ZERO,
  type Literal,
} from './bytes.js';

/**
 * The JSON grammar over one line's bytes: strings, numbers, literals, skipping. Every rule
 * declines (throws DECLINE) on what the full parser must decide; see ./index.ts.
 */
export class ByteReader {
  /** The line's bytes (the reader's chunk: kept until the next one, as `words` is). */
  protected b: Uint8Array = EMPTY;
  /** `b` as a DataView, to read four bytes at once; made once per chunk, not per line. */
  protected words: DataView<ArrayBufferLike> = new DataView(EMPTY.buffer);
  protected i = 0;
  /** Where the line ends in `b` (exclusive). */
  protected end = 0;
  /** Start and end (exclusive) of the last string's contents. */
  protected s = 0;
  protected e = 0;
  /** The last number's value. */
  protected n = 0;
  /** Scratch char codes for `ascii`. */
  protected readonly codes: number[] = [];

  /** The byte at k, or -1 past the end. */
  protected at(k: number): number {
    return k < this.end ? (this.b[k] as number) : -1;
  }

  /** Whether `word` comes at i (not moving). */
  protected startsWith(word: Uint8Array, i: number): boolean {
    const n = word.length;
    if (i + n > this.end) return false;
    const b = this.b;
    for (let k = 0; k < n; k++) if (b[i + k] !== word[k]) return false;
    return true;
  }

  /** Whether `lit` comes at i (not moving): a word at a time. */
  protected literalAt(lit: Literal, i: number): boolean {
    const n = lit.length;
    if (i + n > this.end) return false;
    const { words } = this;
    const expected = lit.words;
    const last = expected.length - 1;
    for (let k = 0; k < last; k++)
      if (words.getInt32(i + 4 * k, true) !== expected[k]) return false;
    return words.getInt32(i + n - 4, true) === expected[last];
  }

  /** Whether the last string's contents are exactly `word`. */
  protected stringIs(word: Uint8Array): boolean {
    return this.e - this.s === word.length && this.startsWith(word, this.s);
  }

  /**
   * Bytes [from, to) as text; only called on ASCII (numbers, checked timestamps). Copied into
   * one reused array of char codes first: half the cost of a typed-array view per call.
   */
  protected ascii(from: number, to: number): string {
    const { b, codes } = this;
    const n = to - from;
    while (codes.length > n) codes.pop();
    for (let k = 0; k < n; k++) codes[k] = b[from + k] as number;
    return String.fromCharCode.apply(null, codes);
  }

  /** The next byte that is not a space, with i moved to it; -1 at the end of the line. */
  protected peek(): number {
    const { b, end } = this;
    let i = this.i;
    let c = i < end ? (b[i] as number) : -1;
    while (c === SPACE) c = ++i < end ? (b[i] as number) : -1;
    this.i = i;
    return c;
  }

  protected space(): void {
    this.peek();
  }

  protected expect(code: number): void {
    if (this.peek() !== code) throw DECLINE;
    this.i++;
  }

  /** True and past it when the next character is `code`. */
  protected take(code: number): boolean {
    if (this.peek() !== code) return false;
    this.i++;
    return true;
  }

  /**
   * A string: its contents are [s, e). An escape or a raw control character declines (the
   * full parser decides those); any other byte, UTF-8 or not, is what JSON.parse would take
   * after decoding.
   */
  protected string(): void {
    const { b, end } = this;
    let k = this.i;
    if (k < end && b[k] === QUOTE) k++;
    else {
      this.expect(QUOTE);
      k = this.i;
    }
    const from = k;
    // Four bytes at a time while none of them is a quote, a backslash or a control character.
    const { words } = this;
    while (k + 4 <= end) {
      const x = words.getInt32(k, true);
      const q = x ^ QUOTES;
      const bs = x ^ BACKSLASHES;
      if ((((q - ONES) & ~q) | ((bs - ONES) & ~bs) | ((x - SPACES) & ~x)) & HIGH_BITS) break;
      k += 4;
    }
    for (;;) {
      const c = k < end ? (b[k] as number) : -1;
      if (c < SPACE || c === BACKSLASH) throw DECLINE;
      if (c === QUOTE) break;
      k++;
    }
    this.s = from;
    this.e = k;
    this.i = k + 1;
  }

  /**
   * A number by the JSON grammar; its value (as JSON.parse reads it) in `n`. Up to 15 digits
   * the digits make an integer m < 2^53 exactly, and m / 10^k (k <= 15) is one correctly
   * rounded division, so this is exactly the double JSON.parse gives (Clinger's fast path);
   * longer numbers and exponents go through Number().
   */
  protected number(): void {
    const { b, end } = this;
    let i = this.i;
    let c = i < end ? (b[i] as number) : -1;
    if (c === SPACE) {
      c = this.peek();
      i = this.i;
    }
    const from = i;
    const negative = c === MINUS;
    if (negative) c = ++i < end ? (b[i] as number) : -1;
    const leadingZero = c === ZERO;
    let m = 0;
    let intDigits = 0;
    for (; c >= ZERO && c <= NINE; intDigits++) {
      m = m * 10 + (c - ZERO);
      c = ++i < end ? (b[i] as number) : -1;
    }
    if (intDigits === 0 || (leadingZero && intDigits > 1)) throw DECLINE;
    let fractionDigits = 0;
    if (c === DOT) {
      c = ++i < end ? (b[i] as number) : -1;
      for (; c >= ZERO && c <= NINE; fractionDigits++) {
        m = m * 10 + (c - ZERO);
        c = ++i < end ? (b[i] as number) : -1;
      }
      if (fractionDigits === 0) throw DECLINE;
    }
    if (c === 0x65 || c === 0x45) {
      c = ++i < end ? (b[i] as number) : -1;
      if (c === 0x2b || c === MINUS) c = ++i < end ? (b[i] as number) : -1;
      const from = i;
      while (c >= ZERO && c <= NINE) c = ++i < end ? (b[i] as number) : -1;
      if (i === from) throw DECLINE;
    } else if (intDigits + fractionDigits <= 15) {
      const v = fractionDigits === 0 ? m : m / (POWERS_OF_TEN[fractionDigits] as number);
      this.n = negative ? -v : v;
      this.i = i;
      return;
    }
    this.i = i;
    this.n = Number(this.ascii(from, i));
  }

  /** `null` if it comes next (and past it). */
  protected nullNext(): boolean {
    this.space();
    if (!this.startsWith(NULL, this.i)) return false;
    this.i += 4;
    return true;
  }

  /** Any JSON value, checked and skipped (fields the summary neither reads nor validates). */
  protected skipValue(depth: number): void {
    if (depth > 64) throw DECLINE;
    const c = this.peek();
    if (c === QUOTE) this.string();
    else if (c === OPEN_OBJECT) {
      this.i++;
      if (this.take(CLOSE_OBJECT)) return;
      do {
        this.string();
        this.expect(COLON);
        this.skipValue(depth + 1);
      } while (this.take(COMMA));
      this.expect(CLOSE_OBJECT);
    } else if (c === OPEN_ARRAY) {
      this.i++;
      if (this.take(CLOSE_ARRAY)) return;
      do this.skipValue(depth + 1);
      while (this.take(COMMA));
      this.expect(CLOSE_ARRAY);
    } else if (this.startsWith(TRUE, this.i)) this.i += 4;
    else if (this.startsWith(FALSE, this.i)) this.i += 5;
    else if (!this.nullNext()) this.number();
  }

  /** Opens an array; true when it is empty (and already closed). */
  protected openArray(): boolean {
    this.expect(OPEN_ARRAY);
    return this.take(CLOSE_ARRAY);
  }

  /** After an item: true when another follows, false after the closing bracket. */
  protected nextItem(): boolean {
    if (this.take(COMMA)) return true;
    this.expect(CLOSE_ARRAY);
    return false;
  }
}
