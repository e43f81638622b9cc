import { TOKEN_USAGE_KEYS } from '../usage.js';
import {
  CHECK_RESULTS,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  RECORD_FIELD_NAMES,
  RISK_TIERS,
  RUN_SOURCES,
  TERMINAL_OUTCOMES,
  type RiskTier,
  type TerminalOutcome,
} from './schema.js';
import type { OutcomeView, StageView } from './view.js';

/**
 * The summary's fast path for one line of the log. JSON.parse builds ~60 objects and strings
 * per record that the summary throws away (at 1.4 KB a record that alone is ~6 s per million
 * lines here), so this scanner walks the text once, checks every field exactly as
 * `validateOutcomeRecord` does, and keeps only what the aggregator counts.
 *
 * It answers only for the common case and may decline any line: a line it accepts is one that
 * JSON.parse parses and the validator accepts as v1, and the view it fills is what
 * `toOutcomeView` would give. Anything else (a v0 record, a backslash escape, a control
 * character, a duplicated field, any invalid value) is declined, and the caller takes the full
 * path (`parseOutcomeLine`), which produces the same records and the exact error messages.
 */

/** Thrown (never out of this module) to decline a line. */
const DECLINE: unique symbol = Symbol('decline');

/** Escapes and control characters: the scanner skips string contents with indexOf('"'). */
const utf8 = new TextEncoder();
const bytesOf = (xs: readonly string[]): Uint8Array[] => xs.map((x) => utf8.encode(x));
const NULL = utf8.encode('null');
const TRUE = utf8.encode('true');
const FALSE = utf8.encode('false');
const EMPTY = new Uint8Array(0);
/** Distinct engine and model names decoded once; past this many, names are decoded each time. */
const INTERN_LIMIT = 10_000;
/** Values remembered per field of few values (repo, engine, model, stage names...). */
const RECENT_PER_FIELD = 4;
const BACKSLASH = 0x5c;
/** `nextField` after the closing brace. */
const END = -2;
/** `nextField`'s `prev` before the first member. */
const FIRST = -3;
/** A field name the schema does not know. */
const UNKNOWN = -1;
/** Exact powers of ten (up to 1e22 every one is a double). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

const QUOTE = 0x22;
/** A byte repeated in the four bytes of an int32, for testing four bytes at once. */
const ONES = 0x01010101;
const QUOTES = 0x22222222;
const BACKSLASHES = 0x5c5c5c5c;
const SPACES = 0x20202020;
const HIGH_BITS = 0x80808080 | 0;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

// Every field name the schema knows (in any of its objects), by a small id.
const enum F {
  schemaVersion,
  correlationId,
  runId,
  runAttempt,
  repo,
  issue,
  pr,
  branch,
  headSha,
  source,
  outcome,
  riskTier,
  checks,
  changedFiles,
  findings,
  remediationRounds,
  stages,
  totals,
  timestamp,
  suiteVersion,
  stage,
  engine,
  model,
  provider,
  costUsd,
  tokens,
  turns,
  durationMs,
  input,
  output,
  cacheRead,
  cacheWrite,
  severity,
  path,
  lines,
  rule,
  message,
  fingerprint,
  status,
  start,
  end,
  links,
  detail,
}
const FIELD_NAMES = [
  ...RECORD_FIELD_NAMES,
  'stage',
  'engine',
  'model',
  'provider',
  'costUsd',
  'tokens',
  'turns',
  'durationMs',
  ...TOKEN_USAGE_KEYS,
  'severity',
  'path',
  'lines',
  'rule',
  'message',
  'fingerprint',
  'status',
  'start',
  'end',
  'links',
  'detail',
] as const;

/** Kinds of object made so far (`kind` numbers them). */
let kinds = 0;
/** The fields each object must have (the validator reads them all). */
const RECORD_FIELDS = kind([
  F.schemaVersion,
  F.correlationId,
  F.runId,
  F.runAttempt,
  F.repo,
  F.issue,
  F.pr,
  F.branch,
  F.headSha,
  F.source,
  F.outcome,
  F.riskTier,
  F.checks,
  F.changedFiles,
  F.findings,
  F.remediationRounds,
  F.stages,
  F.totals,
  F.timestamp,
  F.suiteVersion,
]);
const STAGE_FIELDS = kind([
  F.stage,
  F.engine,
  F.model,
  F.provider,
  F.costUsd,
  F.tokens,
  F.turns,
  F.durationMs,
  F.outcome,
]);
/** A chain link (`detail` is optional, so it has no bit: checked when present). */
const LINK_FIELDS = kind([
  F.engine,
  F.model,
  F.outcome,
  F.costUsd,
  F.tokens,
  F.turns,
  F.durationMs,
]);
const TOTALS_FIELDS = kind([F.costUsd, F.tokens, F.turns, F.durationMs]);
const TOKEN_FIELDS = kind([F.input, F.output, F.cacheRead, F.cacheWrite]);
const FINDING_FIELDS = kind([
  F.severity,
  F.path,
  F.lines,
  F.rule,
  F.message,
  F.fingerprint,
  F.status,
]);
const LINES_FIELDS = kind([F.start, F.end]);

/** The fields of one kind of object, each with a bit of its own (all of them required). */
interface ObjectKind {
  /** Its row in the scanner's table of predicted fields. */
  readonly id: number;
  readonly bitOf: Int8Array;
  readonly all: number;
}
function kind(fields: readonly F[]): ObjectKind {
  const bitOf = new Int8Array(FIELD_NAMES.length).fill(-1);
  fields.forEach((f, bit) => (bitOf[f] = bit));
  return { id: kinds++, bitOf, all: 2 ** fields.length - 1 };
}

/** Field ids by (length, first and last character), confirmed with startsWith. */
const FIELD_BYTES = bytesOf(FIELD_NAMES);
/**
 * Text to compare four bytes at a time: its whole int32 words (little-endian), then its last
 * four bytes as one more word (overlapping the one before). At least four bytes long.
 */
interface Literal {
  readonly length: number;
  readonly words: Int32Array;
}
function literal(text: string): Literal {
  return literalOf(utf8.encode(text));
}
function literalOf(bytes: Uint8Array): Literal {
  if (bytes.length < 4) throw new RangeError(`a literal needs 4 bytes, not ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length >> 2;
  const words = new Int32Array(whole + 1);
  for (let k = 0; k < whole; k++) words[k] = view.getInt32(4 * k, true);
  words[whole] = view.getInt32(bytes.length - 4, true);
  return { length: bytes.length, words };
}
/**
 * Each field as the first member of an object (`{"name":`) and as a later one (`,"name":`):
 * a predicted field is confirmed, separator and all, in one comparison.
 */
const OPENING_MEMBERS = FIELD_NAMES.map((name) => literal(`{"${name}":`));
const FOLLOWING_MEMBERS = FIELD_NAMES.map((name) => literal(`,"${name}":`));
/** The values a field may take, each quoted, to confirm in one comparison. */
interface Choices<T extends string> {
  readonly values: readonly T[];
  readonly quoted: readonly Literal[];
}
function choices<T extends string>(values: readonly T[]): Choices<T> {
  return { values, quoted: values.map((v) => literal(`"${v}"`)) };
}
const OUTCOMES = choices(TERMINAL_OUTCOMES);
const SOURCES = choices(RUN_SOURCES);
const TIERS = choices(RISK_TIERS);
const CHECK_VALUES = choices(CHECK_RESULTS);
const SEVERITIES = choices(FINDING_SEVERITIES);
const STATUSES = choices(FINDING_STATUSES);

/** Rows of the prediction table: one slot for the first member, one after each field. */
const SLOTS_PER_KIND = FIELD_NAMES.length + 1;
/** Candidate field ids by name length (mod 32) and last byte (mod 128); confirmed by bytes. */
const FIELDS_BY_SHAPE: F[][] = Array.from({ length: 32 * 128 }, () => []);
const shape = (length: number, last: number): number => ((length & 31) << 7) | (last & 127);
FIELD_NAMES.forEach((name, id) => {
  FIELDS_BY_SHAPE[shape(name.length, name.charCodeAt(name.length - 1))]?.push(id as F);
});

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
/** `[A-Za-z0-9_.-]` */
const isRepoChar = (c: number): boolean =>
  isDigit(c) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x5f ||
  c === DOT ||
  c === MINUS;

/** A value seen before, quoted, and its text (decoded for names only; '' otherwise). */
interface RecentValue {
  readonly quoted: Literal;
  readonly text: string;
}

interface MutableLink {
  engine: string;
  model: string;
  outcome: string;
  costUsd: number | null;
}

interface MutableStage {
  stage: string;
  engine: string;
  model: string;
  provider: string;
  costUsd: number | null;
  /** Reused: emptied for each stage; a stage without links has none. */
  links: MutableLink[];
}

interface MutableTotals {
  costUsd: number | null;
  tokens: { input: number; output: number; cacheRead: number; cacheWrite: number };
  turns: number;
  durationMs: number;
}

/**
 * Reads accepted lines into ONE reused view (no allocation per record beyond the few strings
 * the aggregator keeps): use the view before scanning the next line, and do not keep it.
 */
export class FastLineScanner {
  /** The line's bytes (the reader's chunk: kept until the next one, as `words` is). */
  private b: Uint8Array = EMPTY;
  /** `b` as a DataView, to read four bytes at once; made once per chunk, not per line. */
  private words: DataView<ArrayBufferLike> = new DataView(EMPTY.buffer);
  private i = 0;
  /** Where the line ends in `b` (exclusive). */
  private end = 0;
  /** Start and end (exclusive) of the last string's contents. */
  private s = 0;
  private e = 0;
  /** The last number's value. */
  private n = 0;
  /** Scratch char codes for `ascii`. */
  private readonly codes: number[] = [];
  private readonly names = new Map<
    number,
    { readonly bytes: Uint8Array; readonly text: string }[]
  >();
  private interned = 0;
  private readonly decoder = new TextDecoder();
  /**
   * The last few values of each field that has few (the repo, engine and model names, stage
   * names), quoted: a value confirmed by one comparison needs no scan, check or decoding. A
   * field whose values keep changing stops being remembered (`missesOf`).
   */
  private readonly recent: RecentValue[][] = FIELD_NAMES.map(() => []);
  private readonly missesOf = new Int32Array(FIELD_NAMES.length);
  private readonly hitsOf = new Int32Array(FIELD_NAMES.length);
  /**
   * The field that came next the last time, per kind of object and previous field. A writer
   * emits its fields in one order, so nearly every member is confirmed against its predicted
   * `"name":` bytes instead of being scanned as a string and looked up by name.
   */
  private readonly predicted = new Int8Array(kinds * SLOTS_PER_KIND).fill(UNKNOWN);
  private readonly stagePool: MutableStage[] = [];
  private readonly stages: MutableStage[] = [];
  private readonly totals: MutableTotals = {
    costUsd: null,
    tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    turns: 0,
    durationMs: 0,
  };
  private readonly view: {
    schemaVersion: 1;
    originalOutcome: string;
    outcome: TerminalOutcome;
    riskTier: RiskTier | null;
    stages: readonly StageView[];
    totals: MutableTotals;
    timestamp: string | null;
    repo: string | null;
    issue: number | null;
    pr: number | null;
    branch: string | null;
    correlationId: string | null;
  } = {
    schemaVersion: 1,
    originalOutcome: 'ready',
    outcome: 'ready',
    riskTier: null,
    stages: this.stages,
    totals: this.totals,
    timestamp: null,
    repo: null,
    issue: null,
    pr: null,
    branch: null,
    correlationId: null,
  };

  /**
   * The view of a valid v1 record, or undefined when the line needs the full parser. The
   * line's UTF-8 bytes (without the line break) are bytes[start, end): no copy or view per line.
   */
  scan(bytes: Uint8Array, start = 0, end = bytes.length): OutcomeView | undefined {
    if (bytes !== this.b) {
      this.b = bytes;
      this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    this.i = start;
    this.end = end;
    const { stages } = this;
    while (stages.length > 0) stages.pop(); // inlined, where `length = 0` is a runtime call
    try {
      this.space();
      this.record();
      this.space();
      return this.i === end ? this.view : undefined;
    } catch (e) {
      if (e === DECLINE) return undefined;
      throw e;
    }
  }

  // ---- JSON grammar -------------------------------------------------------------------

  /** The byte at k, or -1 past the end. */
  private at(k: number): number {
    return k < this.end ? (this.b[k] as number) : -1;
  }

  /** Whether `word` comes at i (not moving). */
  private startsWith(word: Uint8Array, i: number): boolean {
    const n = word.length;
    if (i + n > this.end) return false;
    const b = this.b;
    for (let k = 0; k < n; k++) if (b[i + k] !== word[k]) return false;
    return true;
  }

  /** Whether `lit` comes at i (not moving): a word at a time. */
  private literalAt(lit: Literal, i: number): boolean {
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
  private stringIs(word: Uint8Array): boolean {
    return this.e - this.s === word.length && this.startsWith(word, this.s);
  }

  /**
   * Bytes [from, to) as text; only called on ASCII (numbers, checked timestamps). Copied into
   * one reused array of char codes first: half the cost of a typed-array view per call.
   */
  private ascii(from: number, to: number): string {
    const { b, codes } = this;
    const n = to - from;
    while (codes.length > n) codes.pop();
    for (let k = 0; k < n; k++) codes[k] = b[from + k] as number;
    return String.fromCharCode.apply(null, codes);
  }

  /** The next byte that is not a space, with i moved to it; -1 at the end of the line. */
  private peek(): number {
    const { b, end } = this;
    let i = this.i;
    let c = i < end ? (b[i] as number) : -1;
    while (c === SPACE) c = ++i < end ? (b[i] as number) : -1;
    this.i = i;
    return c;
  }

  private space(): void {
    this.peek();
  }

  private expect(code: number): void {
    if (this.peek() !== code) throw DECLINE;
    this.i++;
  }

  /** True and past it when the next character is `code`. */
  private take(code: number): boolean {
    if (this.peek() !== code) return false;
    this.i++;
    return true;
  }

  /**
   * A string: its contents are [s, e). An escape or a raw control character declines (the
   * full parser decides those); any other byte, UTF-8 or not, is what JSON.parse would take
   * after decoding.
   */
  private string(): void {
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
  private number(): void {
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
  private nullNext(): boolean {
    this.space();
    if (!this.startsWith(NULL, this.i)) return false;
    this.i += 4;
    return true;
  }

  /** Any JSON value, checked and skipped (fields the summary neither reads nor validates). */
  private skipValue(depth: number): void {
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

  /**
   * The next member of an object of `kind` opened with `expect(OPEN_OBJECT)`: reads its name
   * and colon and returns its field id (UNKNOWN for a name the schema does not know: the caller
   * skips the value), or END after the closing brace. `prev` is the field before (FIRST for the
   * first call per object).
   */
  private nextField(kind: ObjectKind, prev: number): number {
    const slot = prev === UNKNOWN ? -1 : kind.id * SLOTS_PER_KIND + (prev === FIRST ? 0 : prev + 1);
    if (slot !== -1) {
      const guess = this.predicted[slot] as number;
      if (guess !== UNKNOWN) {
        const member = (prev === FIRST ? OPENING_MEMBERS : FOLLOWING_MEMBERS)[guess] as Literal;
        if (this.literalAt(member, this.i)) {
          this.i += member.length;
          return guess;
        }
      }
    }
    if (prev === FIRST) {
      this.expect(OPEN_OBJECT);
      if (this.take(CLOSE_OBJECT)) return END;
    } else if (!this.take(COMMA)) {
      this.expect(CLOSE_OBJECT);
      return END;
    }
    this.string();
    const field = this.field();
    this.expect(COLON);
    if (slot !== -1 && field !== UNKNOWN) this.predicted[slot] = field;
    return field;
  }

  /**
   * Marks `field` seen in an object of `kind`. A field of the kind seen twice declines
   * (JSON.parse would keep the last one; not worth mimicking); callers decline unless every
   * field was seen (`seen === kind.all`).
   */
  private mark(kind: ObjectKind, seen: number, field: number): number {
    const bit = field < 0 ? -1 : (kind.bitOf[field] ?? -1);
    if (bit === -1) return seen;
    if ((seen & (1 << bit)) !== 0) throw DECLINE;
    return seen | (1 << bit);
  }

  /** Opens an array; true when it is empty (and already closed). */
  private openArray(): boolean {
    this.expect(OPEN_ARRAY);
    return this.take(CLOSE_ARRAY);
  }

  /** After an item: true when another follows, false after the closing bracket. */
  private nextItem(): boolean {
    if (this.take(COMMA)) return true;
    this.expect(CLOSE_ARRAY);
    return false;
  }

  private field(): F | -1 {
    const { s, e } = this;
    if (e === s) return -1;
    const ids = FIELDS_BY_SHAPE[shape(e - s, this.at(e - 1))] as F[];
    for (const id of ids) if (this.stringIs(FIELD_BYTES[id] as Uint8Array)) return id;
    return -1;
  }

  // ---- the validator's rules ------------------------------------------------------------

  private nonEmptyString(): void {
    this.string();
    if (this.e === this.s) throw DECLINE;
  }

  /** The last string's contents, decoded (checked already: no escape, no control character). */
  private text(): string {
    return this.decoder.decode(this.b.subarray(this.s, this.e));
  }

  private nullableString(): void {
    if (!this.nullNext()) this.nonEmptyString();
  }

  private count(min: number): number {
    this.number();
    if (!Number.isInteger(this.n) || this.n < min) throw DECLINE;
    return this.n;
  }

  private nullableCount(min: number): number | null {
    return this.nullNext() ? null : this.count(min);
  }

  private amount(): number {
    this.number();
    if (!Number.isFinite(this.n) || this.n < 0) throw DECLINE;
    return this.n;
  }

  private cost(): number | null {
    return this.nullNext() ? null : this.amount();
  }

  /**
   * The choice that the next string equals, as the constant itself. Anything else declines,
   * escaped spellings included (the full path decides those).
   */
  private oneOf<T extends string>(c: Choices<T>): T {
    this.space();
    const i = this.i;
    for (let k = 0; k < c.quoted.length; k++) {
      const quoted = c.quoted[k] as Literal;
      if (this.literalAt(quoted, i)) {
        this.i = i + quoted.length;
        return c.values[k] as T;
      }
    }
    throw DECLINE;
  }

  /** The validator's REPO: `[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+`. */
  private repo(): void {
    this.string();
    let slash = -1;
    for (let k = this.s; k < this.e; k++) {
      const c = this.at(k);
      if (c === 0x2f) {
        if (slash !== -1) throw DECLINE;
        slash = k;
      } else if (!isRepoChar(c)) throw DECLINE;
    }
    if (slash <= this.s || slash >= this.e - 1) throw DECLINE;
  }

  /** The validator's ISO_TIMESTAMP: `dddd-dd-ddTdd:dd:dd(.d{1,9})?(Z|[+-]dd:dd)`. */
  private timestamp(): string {
    this.string();
    const { s, e } = this;
    const ok =
      this.digitsAt(s, 4) &&
      this.at(s + 4) === MINUS &&
      this.digitsAt(s + 5, 2) &&
      this.at(s + 7) === MINUS &&
      this.digitsAt(s + 8, 2) &&
      this.at(s + 10) === 0x54 &&
      this.digitsAt(s + 11, 2) &&
      this.at(s + 13) === COLON &&
      this.digitsAt(s + 14, 2) &&
      this.at(s + 16) === COLON &&
      this.digitsAt(s + 17, 2);
    if (!ok) throw DECLINE;
    let k = s + 19;
    if (this.at(k) === DOT) {
      const from = ++k;
      while (k < e && isDigit(this.at(k))) k++;
      if (k === from || k - from > 9) throw DECLINE;
    }
    const zone = this.at(k);
    if (zone === 0x5a) k++;
    else if (
      (zone === 0x2b || zone === MINUS) &&
      this.digitsAt(k + 1, 2) &&
      this.at(k + 3) === COLON &&
      this.digitsAt(k + 4, 2)
    )
      k += 6;
    else throw DECLINE;
    if (k !== e) throw DECLINE;
    return this.ascii(s, e);
  }

  /** Whether `count` digits come at `from` (not past the end of the line). */
  private digitsAt(from: number, count: number): boolean {
    for (let k = from; k < from + count; k++) if (!isDigit(this.at(k))) return false;
    return true;
  }

  /**
   * One of the field's recent values if it comes next (moved past it), or undefined. Cheaper
   * than a scan whenever the field has few values, and a few failed word comparisons when not.
   */
  private recentValue(field: F): RecentValue | undefined {
    const list = this.recent[field] as RecentValue[];
    const i = this.i;
    for (let k = 0; k < list.length; k++) {
      const known = list[k] as RecentValue;
      if (this.literalAt(known.quoted, i)) {
        this.i = i + known.quoted.length;
        this.hitsOf[field] = (this.hitsOf[field] as number) + 1;
        return known;
      }
    }
    return undefined;
  }

  /** Remembers the string just read (and checked) as the field's most recent value. */
  private remember(field: F, text: string): void {
    const misses = (this.missesOf[field] as number) + 1;
    this.missesOf[field] = misses;
    const list = this.recent[field] as RecentValue[];
    // Past 64 misses, a field that misses more than it hits is not one of few values.
    if (misses > 64 && misses > (this.hitsOf[field] as number)) {
      list.length = 0;
      return;
    }
    const { s, e } = this;
    if (e - s < 2 || e - s > 256) return; // too short to compare by words, or not a name
    if (list.length === RECENT_PER_FIELD) list.pop();
    list.unshift({ quoted: literalOf(this.b.slice(s - 1, e + 1)), text });
  }

  /** A non-empty string of a field with few values (not decoded: its text is not counted). */
  private fewValued(field: F): void {
    if (this.recentValue(field) !== undefined) return;
    this.nonEmptyString();
    this.remember(field, '');
  }

  /** The record's repository (checked as the validator does), decoded once per distinct name. */
  private repoName(): string {
    const known = this.recentValue(F.repo);
    if (known !== undefined) return known.text;
    this.repo();
    const text = this.name();
    this.remember(F.repo, text);
    return text;
  }

  /** An engine, model or stage name, decoded once per distinct name. */
  private nameOf(field: F): string {
    const known = this.recentValue(field);
    if (known !== undefined) return known.text;
    this.nonEmptyString();
    const text = this.name();
    this.remember(field, text);
    return text;
  }

  /** An engine or model name: few distinct ones, so each is decoded once. */
  private name(): string {
    const { b, s, e } = this;
    let hash = 0x811c9dc5;
    for (let k = s; k < e; k++) hash = Math.imul(hash ^ (b[k] as number), 0x01000193);
    const list = this.names.get(hash);
    if (list !== undefined)
      for (const known of list)
        if (known.bytes.length === e - s && this.startsWith(known.bytes, s)) return known.text;
    const text = this.decoder.decode(b.subarray(s, e));
    if (this.interned < INTERN_LIMIT) {
      this.interned++;
      const entry = { bytes: b.slice(s, e), text };
      if (list) list.push(entry);
      else this.names.set(hash, [entry]);
    }
    return text;
  }

  private tokens(into: MutableTotals['tokens'] | undefined): void {
    let seen = 0;
    for (
      let f = this.nextField(TOKEN_FIELDS, FIRST);
      f !== END;
      f = this.nextField(TOKEN_FIELDS, f)
    ) {
      seen = this.mark(TOKEN_FIELDS, seen, f);
      if (f < F.input || f > F.cacheWrite) {
        this.skipValue(1);
        continue;
      }
      const v = this.count(0);
      if (into === undefined) continue;
      if (f === F.input) into.input = v;
      else if (f === F.output) into.output = v;
      else if (f === F.cacheRead) into.cacheRead = v;
      else into.cacheWrite = v;
    }
    if (seen !== TOKEN_FIELDS.all) throw DECLINE;
  }

  private stage(): void {
    let into = this.stagePool[this.stages.length];
    if (into === undefined) {
      into = { stage: '', engine: '', model: '', provider: '', costUsd: null, links: [] };
      this.stagePool.push(into);
    }
    into.links.length = 0;
    let seen = 0;
    for (
      let f = this.nextField(STAGE_FIELDS, FIRST);
      f !== END;
      f = this.nextField(STAGE_FIELDS, f)
    ) {
      seen = this.mark(STAGE_FIELDS, seen, f);
      if (f === F.engine) into.engine = this.nameOf(f);
      else if (f === F.model) into.model = this.nameOf(f);
      else if (f === F.stage) into.stage = this.nameOf(f);
      else if (f === F.provider || f === F.outcome) this.fewValued(f);
      else if (f === F.costUsd) into.costUsd = this.cost();
      else if (f === F.tokens) this.tokens(undefined);
      else if (f === F.turns) this.count(0);
      else if (f === F.durationMs) this.amount();
      else if (f === F.links) this.links(into.links);
      else this.skipValue(1);
    }
    if (seen !== STAGE_FIELDS.all) throw DECLINE;
    this.stages.push(into);
  }

  /** A stage's chain links, checked as the validator does; each link's names and cost are kept. */
  private links(into: MutableLink[]): void {
    if (this.openArray()) return;
    do {
      // Chains are rare: a link object each costs nothing at the log's scale.
      const link: MutableLink = { engine: '', model: '', outcome: '', costUsd: null };
      let seen = 0;
      for (
        let f = this.nextField(LINK_FIELDS, FIRST);
        f !== END;
        f = this.nextField(LINK_FIELDS, f)
      ) {
        seen = this.mark(LINK_FIELDS, seen, f);
        if (f === F.engine) link.engine = this.nameOf(f);
        else if (f === F.model) link.model = this.nameOf(f);
        else if (f === F.outcome) {
          // Not nameOf: the record's outcome remembers its values without their text.
          this.nonEmptyString();
          link.outcome = this.name();
        } else if (f === F.costUsd) link.costUsd = this.cost();
        else if (f === F.tokens) this.tokens(undefined);
        else if (f === F.turns) this.count(0);
        else if (f === F.durationMs) this.amount();
        else if (f === F.detail) this.string();
        else this.skipValue(1);
      }
      if (seen !== LINK_FIELDS.all) throw DECLINE;
      into.push(link);
    } while (this.nextItem());
  }

  private finding(): void {
    let seen = 0;
    for (
      let f = this.nextField(FINDING_FIELDS, FIRST);
      f !== END;
      f = this.nextField(FINDING_FIELDS, f)
    ) {
      seen = this.mark(FINDING_FIELDS, seen, f);
      if (f === F.severity) this.oneOf(SEVERITIES);
      else if (f === F.path) this.nullableString();
      else if (f === F.lines) {
        if (!this.nullNext()) this.lineRange();
      } else if (f === F.rule || f === F.message) this.string();
      else if (f === F.fingerprint) this.nonEmptyString();
      else if (f === F.status) this.oneOf(STATUSES);
      else this.skipValue(1);
    }
    if (seen !== FINDING_FIELDS.all) throw DECLINE;
  }

  private lineRange(): void {
    let start = 0;
    let end = 0;
    let seen = 0;
    for (
      let f = this.nextField(LINES_FIELDS, FIRST);
      f !== END;
      f = this.nextField(LINES_FIELDS, f)
    ) {
      seen = this.mark(LINES_FIELDS, seen, f);
      if (f === F.start) start = this.count(1);
      else if (f === F.end) end = this.count(1);
      else this.skipValue(1);
    }
    if (seen !== LINES_FIELDS.all || end < start) throw DECLINE;
  }

  private totalsObject(): void {
    const into = this.totals;
    let seen = 0;
    for (
      let f = this.nextField(TOTALS_FIELDS, FIRST);
      f !== END;
      f = this.nextField(TOTALS_FIELDS, f)
    ) {
      seen = this.mark(TOTALS_FIELDS, seen, f);
      if (f === F.costUsd) into.costUsd = this.cost();
      else if (f === F.tokens) this.tokens(into.tokens);
      else if (f === F.turns) into.turns = this.count(0);
      else if (f === F.durationMs) into.durationMs = this.amount();
      else this.skipValue(1);
    }
    if (seen !== TOTALS_FIELDS.all) throw DECLINE;
  }

  /** `checks`: an object used as a map; every value must be a check result, whatever its name. */
  private checks(): void {
    this.expect(OPEN_OBJECT);
    if (this.take(CLOSE_OBJECT)) return;
    do {
      this.string();
      this.expect(COLON);
      this.oneOf(CHECK_VALUES);
    } while (this.take(COMMA));
    this.expect(CLOSE_OBJECT);
  }

  private record(): void {
    const v = this.view;
    let seen = 0;
    for (
      let f = this.nextField(RECORD_FIELDS, FIRST);
      f !== END;
      f = this.nextField(RECORD_FIELDS, f)
    ) {
      seen = this.mark(RECORD_FIELDS, seen, f);
      switch (f) {
        case F.schemaVersion:
          this.number();
          if (this.n !== 1) throw DECLINE;
          break;
        case F.correlationId:
          this.nonEmptyString();
          v.correlationId = this.text();
          break;
        case F.runId:
          this.nonEmptyString();
          break;
        case F.suiteVersion:
          this.fewValued(f);
          break;
        case F.runAttempt:
          this.count(1);
          break;
        case F.repo:
          v.repo = this.repoName();
          break;
        case F.issue:
          v.issue = this.nullableCount(1);
          break;
        case F.pr:
          v.pr = this.nullableCount(1);
          break;
        case F.branch:
          v.branch = this.nullNext() ? null : (this.nonEmptyString(), this.text());
          break;
        case F.headSha:
          this.nullableString();
          break;
        case F.source:
          this.oneOf(SOURCES);
          break;
        case F.outcome:
          v.outcome = this.oneOf(OUTCOMES);
          v.originalOutcome = v.outcome;
          break;
        case F.riskTier:
          v.riskTier = this.nullNext() ? null : this.oneOf(TIERS);
          break;
        case F.checks:
          this.checks();
          break;
        case F.changedFiles:
          if (!this.openArray())
            do this.nonEmptyString();
            while (this.nextItem());
          break;
        case F.findings:
          if (!this.openArray())
            do this.finding();
            while (this.nextItem());
          break;
        case F.remediationRounds:
          this.count(0);
          break;
        case F.stages:
          if (!this.openArray())
            do this.stage();
            while (this.nextItem());
          break;
        case F.totals:
          this.totalsObject();
          break;
        case F.timestamp:
          v.timestamp = this.timestamp();
          break;
        default:
          this.skipValue(1);
      }
    }
    if (seen !== RECORD_FIELDS.all) throw DECLINE;
  }
}
