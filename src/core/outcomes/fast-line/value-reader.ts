import {
  DECLINE,
  DOT,
  MINUS,
  NINE,
  ZERO,
  COLON,
  CLOSE_OBJECT,
  COMMA,
  OPEN_OBJECT,
  literalOf,
  type Literal,
} from './bytes.js';
import { ByteReader } from './byte-reader.js';
import {
  END,
  FIELD_BYTES,
  FIELD_NAMES,
  FIELDS_BY_SHAPE,
  FIRST,
  FOLLOWING_MEMBERS,
  KINDS,
  OPENING_MEMBERS,
  SLOTS_PER_KIND,
  UNKNOWN,
  shape,
  type Choices,
  type F,
  type ObjectKind,
} from './fields.js';

/** The validator's character classes. */
const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
/** `[A-Za-z0-9_.-]` */
const isRepoChar = (c: number): boolean =>
  isDigit(c) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x5f ||
  c === DOT ||
  c === MINUS;
/** Distinct engine and model names decoded once; past this many, names are decoded each time. */
const INTERN_LIMIT = 10_000;
/** Values remembered per field of few values (repo, engine, model, stage names...). */
const RECENT_PER_FIELD = 4;

/** A value seen before, quoted, and its text (decoded for names only; '' otherwise). */
interface RecentValue {
  readonly quoted: Literal;
  readonly text: string;
}

/**
 * The schema's values over the grammar: field names (predicted from the writer's order), the
 * validator's rules for each kind of value, and names decoded once; see ./index.ts.
 */
export class ValueReader extends ByteReader {
  protected readonly names = new Map<
    number,
    { readonly bytes: Uint8Array; readonly text: string }[]
  >();
  protected interned = 0;
  protected readonly decoder = new TextDecoder();
  /**
   * The last few values of each field that has few (the repo, engine and model names, stage
   * names), quoted: a value confirmed by one comparison needs no scan, check or decoding. A
   * field whose values keep changing stops being remembered (`missesOf`).
   */
  protected readonly recent: RecentValue[][] = FIELD_NAMES.map(() => []);
  protected readonly missesOf = new Int32Array(FIELD_NAMES.length);
  protected readonly hitsOf = new Int32Array(FIELD_NAMES.length);
  /**
   * The field that came next the last time, per kind of object and previous field. A writer
   * emits its fields in one order, so nearly every member is confirmed against its predicted
   * `"name":` bytes instead of being scanned as a string and looked up by name.
   */
  protected readonly predicted = new Int8Array(KINDS * SLOTS_PER_KIND).fill(UNKNOWN);

  /**
   * The next member of an object of `kind` opened with `expect(OPEN_OBJECT)`: reads its name
   * and colon and returns its field id (UNKNOWN for a name the schema does not know: the caller
   * skips the value), or END after the closing brace. `prev` is the field before (FIRST for the
   * first call per object).
   */
  protected nextField(kind: ObjectKind, prev: number): number {
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
  protected mark(kind: ObjectKind, seen: number, field: number): number {
    const bit = field < 0 ? -1 : (kind.bitOf[field] ?? -1);
    if (bit === -1) return seen;
    if ((seen & (1 << bit)) !== 0) throw DECLINE;
    return seen | (1 << bit);
  }

  protected field(): F | -1 {
    const { s, e } = this;
    if (e === s) return -1;
    const ids = FIELDS_BY_SHAPE[shape(e - s, this.at(e - 1))] as F[];
    for (const id of ids) if (this.stringIs(FIELD_BYTES[id] as Uint8Array)) return id;
    return -1;
  }

  // ---- the validator's rules ------------------------------------------------------------

  protected nonEmptyString(): void {
    this.string();
    if (this.e === this.s) throw DECLINE;
  }

  /** The last string's contents, decoded (checked already: no escape, no control character). */
  protected text(): string {
    return this.decoder.decode(this.b.subarray(this.s, this.e));
  }

  protected nullableString(): void {
    if (!this.nullNext()) this.nonEmptyString();
  }

  protected count(min: number): number {
    this.number();
    if (!Number.isInteger(this.n) || this.n < min) throw DECLINE;
    return this.n;
  }

  protected nullableCount(min: number): number | null {
    return this.nullNext() ? null : this.count(min);
  }

  protected amount(): number {
    this.number();
    if (!Number.isFinite(this.n) || this.n < 0) throw DECLINE;
    return this.n;
  }

  protected cost(): number | null {
    return this.nullNext() ? null : this.amount();
  }

  /**
   * The choice that the next string equals, as the constant itself. Anything else declines,
   * escaped spellings included (the full path decides those).
   */
  protected oneOf<T extends string>(c: Choices<T>): T {
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
  protected repo(): void {
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
  protected timestamp(): string {
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
  protected digitsAt(from: number, count: number): boolean {
    for (let k = from; k < from + count; k++) if (!isDigit(this.at(k))) return false;
    return true;
  }

  /**
   * One of the field's recent values if it comes next (moved past it), or undefined. Cheaper
   * than a scan whenever the field has few values, and a few failed word comparisons when not.
   */
  protected recentValue(field: F): RecentValue | undefined {
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
  protected remember(field: F, text: string): void {
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
  protected fewValued(field: F): void {
    if (this.recentValue(field) !== undefined) return;
    this.nonEmptyString();
    this.remember(field, '');
  }

  /** An engine, model or stage name, decoded once per distinct name. */
  protected nameOf(field: F): string {
    const known = this.recentValue(field);
    if (known !== undefined) return known.text;
    this.nonEmptyString();
    const text = this.name();
    this.remember(field, text);
    return text;
  }

  /** An engine or model name: few distinct ones, so each is decoded once. */
  protected name(): string {
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
}
