"use strict";
exports.id = 54;
exports.ids = [54];
exports.modules = {

/***/ 91054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ql: () => (/* reexport */ schema/* CHECK_RESULTS */.ql),
  pM: () => (/* reexport */ schema/* FINDING_STATUSES */.pM),
  Ky: () => (/* reexport */ schema/* OUTCOME_SCHEMA_VERSION */.Ky),
  og: () => (/* reexport */ validate/* formatIssues */.o),
  eR: () => (/* reexport */ line_parseOutcomeLine),
  LH: () => (/* reexport */ validate/* validateOutcomeRecord */.c)
});

// UNUSED EXPORTS: AnalyticsAccumulator, DAY_MS, ESCALATION_OUTCOMES, ExactSum, FINDING_SEVERITIES, FastLineScanner, LogHistogram, OutcomeAggregator, RECORD_FIELD_NAMES, RISK_TIERS, RUN_SOURCES, TERMINAL_OUTCOMES, analyze, dayOf, inPeriod, issueUrl, lastDays, percentiles, prUrl, prepareView, timeMs, toOutcomeView, totalsOf, unitKey, viewFromV0, weekStart

// EXTERNAL MODULE: ./src/core/outcomes/schema.ts
var schema = __webpack_require__(37774);
// EXTERNAL MODULE: ./src/core/outcomes/validate.ts
var validate = __webpack_require__(62707);
// EXTERNAL MODULE: ./src/core/outcomes/view.ts
var outcomes_view = __webpack_require__(69084);
;// CONCATENATED MODULE: ./src/core/outcomes/line.ts


/** Parses one line of the JSONL log (without its line break). Pure; never throws. */
function line_parseOutcomeLine(text, line) {
    // Tolerate CRLF files and trailing spaces; a whitespace-only line is not a record.
    const trimmed = text.trim();
    if (trimmed === '')
        return { kind: 'blank', line };
    let json;
    try {
        json = JSON.parse(trimmed);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { kind: 'corrupt', line, reason: `not valid JSON (${why})` };
    }
    const view = (0,outcomes_view/* toOutcomeView */.ZO)(json);
    if (!view.ok)
        return { kind: 'corrupt', line, reason: (0,validate/* formatIssues */.o)(view.issues) };
    return { kind: 'record', line, view: view.value };
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/bytes.ts
/** Byte constants and word-at-a-time literals for the fast scanner (see ./index.ts). */
/** Thrown (never out of the scanner) to decline a line. */
const bytes_DECLINE = Symbol('decline');
/** Escapes and control characters: the scanner skips string contents with indexOf('"'). */
const utf8 = new TextEncoder();
const bytesOf = (xs) => xs.map((x) => utf8.encode(x));
const bytes_NULL = utf8.encode('null');
const bytes_TRUE = utf8.encode('true');
const bytes_FALSE = utf8.encode('false');
const bytes_EMPTY = new Uint8Array(0);
const bytes_BACKSLASH = 0x5c;
/** Exact powers of ten (up to 1e22 every one is a double). */
const bytes_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const bytes_QUOTE = 0x22;
/** A byte repeated in the four bytes of an int32, for testing four bytes at once. */
const bytes_ONES = 0x01010101;
const bytes_QUOTES = 0x22222222;
const bytes_BACKSLASHES = 0x5c5c5c5c;
const bytes_SPACES = 0x20202020;
const bytes_HIGH_BITS = (/* unused pure expression or super */ null && (0x80808080 | 0));
const bytes_COMMA = 0x2c;
const bytes_COLON = 0x3a;
const bytes_SPACE = 0x20;
const bytes_OPEN_OBJECT = 0x7b;
const bytes_CLOSE_OBJECT = 0x7d;
const bytes_OPEN_ARRAY = 0x5b;
const bytes_CLOSE_ARRAY = 0x5d;
const bytes_MINUS = 0x2d;
const bytes_DOT = 0x2e;
const bytes_ZERO = 0x30;
const bytes_NINE = 0x39;
function literal(text) {
    return bytes_literalOf(utf8.encode(text));
}
function bytes_literalOf(bytes) {
    if (bytes.length < 4)
        throw new RangeError(`a literal needs 4 bytes, not ${bytes.length}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const whole = bytes.length >> 2;
    const words = new Int32Array(whole + 1);
    for (let k = 0; k < whole; k++)
        words[k] = view.getInt32(4 * k, true);
    words[whole] = view.getInt32(bytes.length - 4, true);
    return { length: bytes.length, words };
}

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/fields.ts



/** The schema's field names, objects and choices as the fast scanner's tables (see ./index.ts). */
/** `nextField` after the closing brace. */
const fields_END = (/* unused pure expression or super */ null && (-2));
/** `nextField`'s `prev` before the first member. */
const fields_FIRST = (/* unused pure expression or super */ null && (-3));
/** A field name the schema does not know. */
const fields_UNKNOWN = (/* unused pure expression or super */ null && (-1));
// Every field name the schema knows (in any of its objects), by a small id.
var fields_F;
(function (F) {
    F[F["schemaVersion"] = 0] = "schemaVersion";
    F[F["correlationId"] = 1] = "correlationId";
    F[F["runId"] = 2] = "runId";
    F[F["runAttempt"] = 3] = "runAttempt";
    F[F["repo"] = 4] = "repo";
    F[F["issue"] = 5] = "issue";
    F[F["pr"] = 6] = "pr";
    F[F["branch"] = 7] = "branch";
    F[F["headSha"] = 8] = "headSha";
    F[F["source"] = 9] = "source";
    F[F["outcome"] = 10] = "outcome";
    F[F["riskTier"] = 11] = "riskTier";
    F[F["checks"] = 12] = "checks";
    F[F["changedFiles"] = 13] = "changedFiles";
    F[F["findings"] = 14] = "findings";
    F[F["remediationRounds"] = 15] = "remediationRounds";
    F[F["stages"] = 16] = "stages";
    F[F["totals"] = 17] = "totals";
    F[F["timestamp"] = 18] = "timestamp";
    F[F["suiteVersion"] = 19] = "suiteVersion";
    F[F["stage"] = 20] = "stage";
    F[F["engine"] = 21] = "engine";
    F[F["model"] = 22] = "model";
    F[F["provider"] = 23] = "provider";
    F[F["costUsd"] = 24] = "costUsd";
    F[F["tokens"] = 25] = "tokens";
    F[F["turns"] = 26] = "turns";
    F[F["durationMs"] = 27] = "durationMs";
    F[F["input"] = 28] = "input";
    F[F["output"] = 29] = "output";
    F[F["cacheRead"] = 30] = "cacheRead";
    F[F["cacheWrite"] = 31] = "cacheWrite";
    F[F["severity"] = 32] = "severity";
    F[F["path"] = 33] = "path";
    F[F["lines"] = 34] = "lines";
    F[F["rule"] = 35] = "rule";
    F[F["message"] = 36] = "message";
    F[F["fingerprint"] = 37] = "fingerprint";
    F[F["status"] = 38] = "status";
    F[F["start"] = 39] = "start";
    F[F["end"] = 40] = "end";
    F[F["links"] = 41] = "links";
    F[F["detail"] = 42] = "detail";
})(fields_F || (fields_F = {}));
const fields_FIELD_NAMES = [
    ...schema/* RECORD_FIELD_NAMES */.Wk,
    'stage',
    'engine',
    'model',
    'provider',
    'costUsd',
    'tokens',
    'turns',
    'durationMs',
    ...usage/* TOKEN_USAGE_KEYS */.TY,
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
];
/** Kinds of object made so far (`kind` numbers them). */
let kinds = 0;
/** The fields each object must have (the validator reads them all). */
const fields_RECORD_FIELDS = kind([
    fields_F.schemaVersion,
    fields_F.correlationId,
    fields_F.runId,
    fields_F.runAttempt,
    fields_F.repo,
    fields_F.issue,
    fields_F.pr,
    fields_F.branch,
    fields_F.headSha,
    fields_F.source,
    fields_F.outcome,
    fields_F.riskTier,
    fields_F.checks,
    fields_F.changedFiles,
    fields_F.findings,
    fields_F.remediationRounds,
    fields_F.stages,
    fields_F.totals,
    fields_F.timestamp,
    fields_F.suiteVersion,
]);
const fields_STAGE_FIELDS = kind([
    fields_F.stage,
    fields_F.engine,
    fields_F.model,
    fields_F.provider,
    fields_F.costUsd,
    fields_F.tokens,
    fields_F.turns,
    fields_F.durationMs,
    fields_F.outcome,
]);
/** A chain link (`detail` is optional, so it has no bit: checked when present). */
const fields_LINK_FIELDS = kind([
    fields_F.engine,
    fields_F.model,
    fields_F.outcome,
    fields_F.costUsd,
    fields_F.tokens,
    fields_F.turns,
    fields_F.durationMs,
]);
const fields_TOTALS_FIELDS = kind([fields_F.costUsd, fields_F.tokens, fields_F.turns, fields_F.durationMs]);
const fields_TOKEN_FIELDS = kind([fields_F.input, fields_F.output, fields_F.cacheRead, fields_F.cacheWrite]);
const fields_FINDING_FIELDS = kind([
    fields_F.severity,
    fields_F.path,
    fields_F.lines,
    fields_F.rule,
    fields_F.message,
    fields_F.fingerprint,
    fields_F.status,
]);
const fields_LINES_FIELDS = kind([fields_F.start, fields_F.end]);
/** How many kinds of object there are (rows of the scanner's prediction table). */
const fields_KINDS = (/* unused pure expression or super */ null && (kinds));
function kind(fields) {
    const bitOf = new Int8Array(fields_FIELD_NAMES.length).fill(-1);
    fields.forEach((f, bit) => (bitOf[f] = bit));
    return { id: kinds++, bitOf, all: 2 ** fields.length - 1 };
}
/** Field ids by (length, first and last character), confirmed with startsWith. */
const fields_FIELD_BYTES = bytesOf(fields_FIELD_NAMES);
/**
 * Each field as the first member of an object (`{"name":`) and as a later one (`,"name":`):
 * a predicted field is confirmed, separator and all, in one comparison.
 */
const fields_OPENING_MEMBERS = fields_FIELD_NAMES.map((name) => literal(`{"${name}":`));
const fields_FOLLOWING_MEMBERS = fields_FIELD_NAMES.map((name) => literal(`,"${name}":`));
function choices(values) {
    return { values, quoted: values.map((v) => literal(`"${v}"`)) };
}
const fields_OUTCOMES = choices(schema/* TERMINAL_OUTCOMES */.BF);
const fields_SOURCES = choices(schema/* RUN_SOURCES */.fY);
const fields_TIERS = choices(schema/* RISK_TIERS */.ac);
const fields_CHECK_VALUES = choices(schema/* CHECK_RESULTS */.ql);
const fields_SEVERITIES = choices(schema/* FINDING_SEVERITIES */._o);
const fields_STATUSES = choices(schema/* FINDING_STATUSES */.pM);
/** Rows of the prediction table: one slot for the first member, one after each field. */
const fields_SLOTS_PER_KIND = fields_FIELD_NAMES.length + 1;
/** Candidate field ids by name length (mod 32) and last byte (mod 128); confirmed by bytes. */
const fields_FIELDS_BY_SHAPE = Array.from({ length: 32 * 128 }, () => []);
const fields_shape = (length, last) => ((length & 31) << 7) | (last & 127);
fields_FIELD_NAMES.forEach((name, id) => {
    fields_FIELDS_BY_SHAPE[fields_shape(name.length, name.charCodeAt(name.length - 1))]?.push(id);
});

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/byte-reader.ts

/**
 * The JSON grammar over one line's bytes: strings, numbers, literals, skipping. Every rule
 * declines (throws DECLINE) on what the full parser must decide; see ./index.ts.
 */
class byte_reader_ByteReader {
    /** The line's bytes (the reader's chunk: kept until the next one, as `words` is). */
    b = EMPTY;
    /** `b` as a DataView, to read four bytes at once; made once per chunk, not per line. */
    words = new DataView(EMPTY.buffer);
    i = 0;
    /** Where the line ends in `b` (exclusive). */
    end = 0;
    /** Start and end (exclusive) of the last string's contents. */
    s = 0;
    e = 0;
    /** The last number's value. */
    n = 0;
    /** Scratch char codes for `ascii`. */
    codes = [];
    /** The byte at k, or -1 past the end. */
    at(k) {
        return k < this.end ? this.b[k] : -1;
    }
    /** Whether `word` comes at i (not moving). */
    startsWith(word, i) {
        const n = word.length;
        if (i + n > this.end)
            return false;
        const b = this.b;
        for (let k = 0; k < n; k++)
            if (b[i + k] !== word[k])
                return false;
        return true;
    }
    /** Whether `lit` comes at i (not moving): a word at a time. */
    literalAt(lit, i) {
        const n = lit.length;
        if (i + n > this.end)
            return false;
        const { words } = this;
        const expected = lit.words;
        const last = expected.length - 1;
        for (let k = 0; k < last; k++)
            if (words.getInt32(i + 4 * k, true) !== expected[k])
                return false;
        return words.getInt32(i + n - 4, true) === expected[last];
    }
    /** Whether the last string's contents are exactly `word`. */
    stringIs(word) {
        return this.e - this.s === word.length && this.startsWith(word, this.s);
    }
    /**
     * Bytes [from, to) as text; only called on ASCII (numbers, checked timestamps). Copied into
     * one reused array of char codes first: half the cost of a typed-array view per call.
     */
    ascii(from, to) {
        const { b, codes } = this;
        const n = to - from;
        while (codes.length > n)
            codes.pop();
        for (let k = 0; k < n; k++)
            codes[k] = b[from + k];
        return String.fromCharCode.apply(null, codes);
    }
    /** The next byte that is not a space, with i moved to it; -1 at the end of the line. */
    peek() {
        const { b, end } = this;
        let i = this.i;
        let c = i < end ? b[i] : -1;
        while (c === SPACE)
            c = ++i < end ? b[i] : -1;
        this.i = i;
        return c;
    }
    space() {
        this.peek();
    }
    expect(code) {
        if (this.peek() !== code)
            throw DECLINE;
        this.i++;
    }
    /** True and past it when the next character is `code`. */
    take(code) {
        if (this.peek() !== code)
            return false;
        this.i++;
        return true;
    }
    /**
     * A string: its contents are [s, e). An escape or a raw control character declines (the
     * full parser decides those); any other byte, UTF-8 or not, is what JSON.parse would take
     * after decoding.
     */
    string() {
        const { b, end } = this;
        let k = this.i;
        if (k < end && b[k] === QUOTE)
            k++;
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
            if ((((q - ONES) & ~q) | ((bs - ONES) & ~bs) | ((x - SPACES) & ~x)) & HIGH_BITS)
                break;
            k += 4;
        }
        for (;;) {
            const c = k < end ? b[k] : -1;
            if (c < SPACE || c === BACKSLASH)
                throw DECLINE;
            if (c === QUOTE)
                break;
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
    number() {
        const { b, end } = this;
        let i = this.i;
        let c = i < end ? b[i] : -1;
        if (c === SPACE) {
            c = this.peek();
            i = this.i;
        }
        const from = i;
        const negative = c === MINUS;
        if (negative)
            c = ++i < end ? b[i] : -1;
        const leadingZero = c === ZERO;
        let m = 0;
        let intDigits = 0;
        for (; c >= ZERO && c <= NINE; intDigits++) {
            m = m * 10 + (c - ZERO);
            c = ++i < end ? b[i] : -1;
        }
        if (intDigits === 0 || (leadingZero && intDigits > 1))
            throw DECLINE;
        let fractionDigits = 0;
        if (c === DOT) {
            c = ++i < end ? b[i] : -1;
            for (; c >= ZERO && c <= NINE; fractionDigits++) {
                m = m * 10 + (c - ZERO);
                c = ++i < end ? b[i] : -1;
            }
            if (fractionDigits === 0)
                throw DECLINE;
        }
        if (c === 0x65 || c === 0x45) {
            c = ++i < end ? b[i] : -1;
            if (c === 0x2b || c === MINUS)
                c = ++i < end ? b[i] : -1;
            const from = i;
            while (c >= ZERO && c <= NINE)
                c = ++i < end ? b[i] : -1;
            if (i === from)
                throw DECLINE;
        }
        else if (intDigits + fractionDigits <= 15) {
            const v = fractionDigits === 0 ? m : m / POWERS_OF_TEN[fractionDigits];
            this.n = negative ? -v : v;
            this.i = i;
            return;
        }
        this.i = i;
        this.n = Number(this.ascii(from, i));
    }
    /** `null` if it comes next (and past it). */
    nullNext() {
        this.space();
        if (!this.startsWith(NULL, this.i))
            return false;
        this.i += 4;
        return true;
    }
    /** Any JSON value, checked and skipped (fields the summary neither reads nor validates). */
    skipValue(depth) {
        if (depth > 64)
            throw DECLINE;
        const c = this.peek();
        if (c === QUOTE)
            this.string();
        else if (c === OPEN_OBJECT) {
            this.i++;
            if (this.take(CLOSE_OBJECT))
                return;
            do {
                this.string();
                this.expect(COLON);
                this.skipValue(depth + 1);
            } while (this.take(COMMA));
            this.expect(CLOSE_OBJECT);
        }
        else if (c === OPEN_ARRAY) {
            this.i++;
            if (this.take(CLOSE_ARRAY))
                return;
            do
                this.skipValue(depth + 1);
            while (this.take(COMMA));
            this.expect(CLOSE_ARRAY);
        }
        else if (this.startsWith(TRUE, this.i))
            this.i += 4;
        else if (this.startsWith(FALSE, this.i))
            this.i += 5;
        else if (!this.nullNext())
            this.number();
    }
    /** Opens an array; true when it is empty (and already closed). */
    openArray() {
        this.expect(OPEN_ARRAY);
        return this.take(CLOSE_ARRAY);
    }
    /** After an item: true when another follows, false after the closing bracket. */
    nextItem() {
        if (this.take(COMMA))
            return true;
        this.expect(CLOSE_ARRAY);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/value-reader.ts



/** The validator's character classes. */
const isDigit = (c) => c >= ZERO && c <= NINE;
/** `[A-Za-z0-9_.-]` */
const isRepoChar = (c) => isDigit(c) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === DOT ||
    c === MINUS;
/** Distinct engine and model names decoded once; past this many, names are decoded each time. */
const INTERN_LIMIT = 10_000;
/** Values remembered per field of few values (repo, engine, model, stage names...). */
const RECENT_PER_FIELD = 4;
/**
 * The schema's values over the grammar: field names (predicted from the writer's order), the
 * validator's rules for each kind of value, and names decoded once; see ./index.ts.
 */
class value_reader_ValueReader extends (/* unused pure expression or super */ null && (ByteReader)) {
    names = new Map();
    interned = 0;
    decoder = new TextDecoder();
    /**
     * The last few values of each field that has few (the repo, engine and model names, stage
     * names), quoted: a value confirmed by one comparison needs no scan, check or decoding. A
     * field whose values keep changing stops being remembered (`missesOf`).
     */
    recent = FIELD_NAMES.map(() => []);
    missesOf = new Int32Array(FIELD_NAMES.length);
    hitsOf = new Int32Array(FIELD_NAMES.length);
    /**
     * The field that came next the last time, per kind of object and previous field. A writer
     * emits its fields in one order, so nearly every member is confirmed against its predicted
     * `"name":` bytes instead of being scanned as a string and looked up by name.
     */
    predicted = new Int8Array(KINDS * SLOTS_PER_KIND).fill(UNKNOWN);
    /**
     * The next member of an object of `kind` opened with `expect(OPEN_OBJECT)`: reads its name
     * and colon and returns its field id (UNKNOWN for a name the schema does not know: the caller
     * skips the value), or END after the closing brace. `prev` is the field before (FIRST for the
     * first call per object).
     */
    nextField(kind, prev) {
        const slot = prev === UNKNOWN ? -1 : kind.id * SLOTS_PER_KIND + (prev === FIRST ? 0 : prev + 1);
        if (slot !== -1) {
            const guess = this.predicted[slot];
            if (guess !== UNKNOWN) {
                const member = (prev === FIRST ? OPENING_MEMBERS : FOLLOWING_MEMBERS)[guess];
                if (this.literalAt(member, this.i)) {
                    this.i += member.length;
                    return guess;
                }
            }
        }
        if (prev === FIRST) {
            this.expect(OPEN_OBJECT);
            if (this.take(CLOSE_OBJECT))
                return END;
        }
        else if (!this.take(COMMA)) {
            this.expect(CLOSE_OBJECT);
            return END;
        }
        this.string();
        const field = this.field();
        this.expect(COLON);
        if (slot !== -1 && field !== UNKNOWN)
            this.predicted[slot] = field;
        return field;
    }
    /**
     * Marks `field` seen in an object of `kind`. A field of the kind seen twice declines
     * (JSON.parse would keep the last one; not worth mimicking); callers decline unless every
     * field was seen (`seen === kind.all`).
     */
    mark(kind, seen, field) {
        const bit = field < 0 ? -1 : (kind.bitOf[field] ?? -1);
        if (bit === -1)
            return seen;
        if ((seen & (1 << bit)) !== 0)
            throw DECLINE;
        return seen | (1 << bit);
    }
    field() {
        const { s, e } = this;
        if (e === s)
            return -1;
        const ids = FIELDS_BY_SHAPE[shape(e - s, this.at(e - 1))];
        for (const id of ids)
            if (this.stringIs(FIELD_BYTES[id]))
                return id;
        return -1;
    }
    // ---- the validator's rules ------------------------------------------------------------
    nonEmptyString() {
        this.string();
        if (this.e === this.s)
            throw DECLINE;
    }
    /** The last string's contents, decoded (checked already: no escape, no control character). */
    text() {
        return this.decoder.decode(this.b.subarray(this.s, this.e));
    }
    nullableString() {
        if (!this.nullNext())
            this.nonEmptyString();
    }
    count(min) {
        this.number();
        if (!Number.isInteger(this.n) || this.n < min)
            throw DECLINE;
        return this.n;
    }
    nullableCount(min) {
        return this.nullNext() ? null : this.count(min);
    }
    amount() {
        this.number();
        if (!Number.isFinite(this.n) || this.n < 0)
            throw DECLINE;
        return this.n;
    }
    cost() {
        return this.nullNext() ? null : this.amount();
    }
    /**
     * The choice that the next string equals, as the constant itself. Anything else declines,
     * escaped spellings included (the full path decides those).
     */
    oneOf(c) {
        this.space();
        const i = this.i;
        for (let k = 0; k < c.quoted.length; k++) {
            const quoted = c.quoted[k];
            if (this.literalAt(quoted, i)) {
                this.i = i + quoted.length;
                return c.values[k];
            }
        }
        throw DECLINE;
    }
    /** The validator's REPO: `[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+`. */
    repo() {
        this.string();
        let slash = -1;
        for (let k = this.s; k < this.e; k++) {
            const c = this.at(k);
            if (c === 0x2f) {
                if (slash !== -1)
                    throw DECLINE;
                slash = k;
            }
            else if (!isRepoChar(c))
                throw DECLINE;
        }
        if (slash <= this.s || slash >= this.e - 1)
            throw DECLINE;
    }
    /** The validator's ISO_TIMESTAMP: `dddd-dd-ddTdd:dd:dd(.d{1,9})?(Z|[+-]dd:dd)`. */
    timestamp() {
        this.string();
        const { s, e } = this;
        const ok = this.digitsAt(s, 4) &&
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
        if (!ok)
            throw DECLINE;
        let k = s + 19;
        if (this.at(k) === DOT) {
            const from = ++k;
            while (k < e && isDigit(this.at(k)))
                k++;
            if (k === from || k - from > 9)
                throw DECLINE;
        }
        const zone = this.at(k);
        if (zone === 0x5a)
            k++;
        else if ((zone === 0x2b || zone === MINUS) &&
            this.digitsAt(k + 1, 2) &&
            this.at(k + 3) === COLON &&
            this.digitsAt(k + 4, 2))
            k += 6;
        else
            throw DECLINE;
        if (k !== e)
            throw DECLINE;
        return this.ascii(s, e);
    }
    /** Whether `count` digits come at `from` (not past the end of the line). */
    digitsAt(from, count) {
        for (let k = from; k < from + count; k++)
            if (!isDigit(this.at(k)))
                return false;
        return true;
    }
    /**
     * One of the field's recent values if it comes next (moved past it), or undefined. Cheaper
     * than a scan whenever the field has few values, and a few failed word comparisons when not.
     */
    recentValue(field) {
        const list = this.recent[field];
        const i = this.i;
        for (let k = 0; k < list.length; k++) {
            const known = list[k];
            if (this.literalAt(known.quoted, i)) {
                this.i = i + known.quoted.length;
                this.hitsOf[field] = this.hitsOf[field] + 1;
                return known;
            }
        }
        return undefined;
    }
    /** Remembers the string just read (and checked) as the field's most recent value. */
    remember(field, text) {
        const misses = this.missesOf[field] + 1;
        this.missesOf[field] = misses;
        const list = this.recent[field];
        // Past 64 misses, a field that misses more than it hits is not one of few values.
        if (misses > 64 && misses > this.hitsOf[field]) {
            list.length = 0;
            return;
        }
        const { s, e } = this;
        if (e - s < 2 || e - s > 256)
            return; // too short to compare by words, or not a name
        if (list.length === RECENT_PER_FIELD)
            list.pop();
        list.unshift({ quoted: literalOf(this.b.slice(s - 1, e + 1)), text });
    }
    /** A non-empty string of a field with few values (not decoded: its text is not counted). */
    fewValued(field) {
        if (this.recentValue(field) !== undefined)
            return;
        this.nonEmptyString();
        this.remember(field, '');
    }
    /** An engine, model or stage name, decoded once per distinct name. */
    nameOf(field) {
        const known = this.recentValue(field);
        if (known !== undefined)
            return known.text;
        this.nonEmptyString();
        const text = this.name();
        this.remember(field, text);
        return text;
    }
    /** An engine or model name: few distinct ones, so each is decoded once. */
    name() {
        const { b, s, e } = this;
        let hash = 0x811c9dc5;
        for (let k = s; k < e; k++)
            hash = Math.imul(hash ^ b[k], 0x01000193);
        const list = this.names.get(hash);
        if (list !== undefined)
            for (const known of list)
                if (known.bytes.length === e - s && this.startsWith(known.bytes, s))
                    return known.text;
        const text = this.decoder.decode(b.subarray(s, e));
        if (this.interned < INTERN_LIMIT) {
            this.interned++;
            const entry = { bytes: b.slice(s, e), text };
            if (list)
                list.push(entry);
            else
                this.names.set(hash, [entry]);
        }
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/scanner.ts



/**
 * Reads accepted lines into ONE reused view (no allocation per record beyond the few strings
 * the aggregator keeps): use the view before scanning the next line, and do not keep it.
 */
class scanner_FastLineScanner extends (/* unused pure expression or super */ null && (ValueReader)) {
    stagePool = [];
    stages = [];
    totals = {
        costUsd: null,
        tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
        turns: 0,
        durationMs: 0,
    };
    view = {
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
    scan(bytes, start = 0, end = bytes.length) {
        if (bytes !== this.b) {
            this.b = bytes;
            this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        this.i = start;
        this.end = end;
        const { stages } = this;
        while (stages.length > 0)
            stages.pop(); // inlined, where `length = 0` is a runtime call
        try {
            this.space();
            this.record();
            this.space();
            return this.i === end ? this.view : undefined;
        }
        catch (e) {
            if (e === DECLINE)
                return undefined;
            throw e;
        }
    }
    /** The record's repository (checked as the validator does), decoded once per distinct name. */
    repoName() {
        const known = this.recentValue(F.repo);
        if (known !== undefined)
            return known.text;
        this.repo();
        const text = this.name();
        this.remember(F.repo, text);
        return text;
    }
    tokens(into) {
        let seen = 0;
        for (let f = this.nextField(TOKEN_FIELDS, FIRST); f !== END; f = this.nextField(TOKEN_FIELDS, f)) {
            seen = this.mark(TOKEN_FIELDS, seen, f);
            if (f < F.input || f > F.cacheWrite) {
                this.skipValue(1);
                continue;
            }
            const v = this.count(0);
            if (into === undefined)
                continue;
            if (f === F.input)
                into.input = v;
            else if (f === F.output)
                into.output = v;
            else if (f === F.cacheRead)
                into.cacheRead = v;
            else
                into.cacheWrite = v;
        }
        if (seen !== TOKEN_FIELDS.all)
            throw DECLINE;
    }
    stage() {
        let into = this.stagePool[this.stages.length];
        if (into === undefined) {
            into = { stage: '', engine: '', model: '', provider: '', costUsd: null, links: [] };
            this.stagePool.push(into);
        }
        into.links.length = 0;
        let seen = 0;
        for (let f = this.nextField(STAGE_FIELDS, FIRST); f !== END; f = this.nextField(STAGE_FIELDS, f)) {
            seen = this.mark(STAGE_FIELDS, seen, f);
            if (f === F.engine)
                into.engine = this.nameOf(f);
            else if (f === F.model)
                into.model = this.nameOf(f);
            else if (f === F.stage)
                into.stage = this.nameOf(f);
            else if (f === F.provider || f === F.outcome)
                this.fewValued(f);
            else if (f === F.costUsd)
                into.costUsd = this.cost();
            else if (f === F.tokens)
                this.tokens(undefined);
            else if (f === F.turns)
                this.count(0);
            else if (f === F.durationMs)
                this.amount();
            else if (f === F.links)
                this.links(into.links);
            else
                this.skipValue(1);
        }
        if (seen !== STAGE_FIELDS.all)
            throw DECLINE;
        this.stages.push(into);
    }
    /** A stage's chain links, checked as the validator does; each link's names and cost are kept. */
    links(into) {
        if (this.openArray())
            return;
        do {
            // Chains are rare: a link object each costs nothing at the log's scale.
            const link = { engine: '', model: '', outcome: '', costUsd: null };
            let seen = 0;
            for (let f = this.nextField(LINK_FIELDS, FIRST); f !== END; f = this.nextField(LINK_FIELDS, f)) {
                seen = this.mark(LINK_FIELDS, seen, f);
                if (f === F.engine)
                    link.engine = this.nameOf(f);
                else if (f === F.model)
                    link.model = this.nameOf(f);
                else if (f === F.outcome) {
                    // Not nameOf: the record's outcome remembers its values without their text.
                    this.nonEmptyString();
                    link.outcome = this.name();
                }
                else if (f === F.costUsd)
                    link.costUsd = this.cost();
                else if (f === F.tokens)
                    this.tokens(undefined);
                else if (f === F.turns)
                    this.count(0);
                else if (f === F.durationMs)
                    this.amount();
                else if (f === F.detail)
                    this.string();
                else
                    this.skipValue(1);
            }
            if (seen !== LINK_FIELDS.all)
                throw DECLINE;
            into.push(link);
        } while (this.nextItem());
    }
    finding() {
        let seen = 0;
        for (let f = this.nextField(FINDING_FIELDS, FIRST); f !== END; f = this.nextField(FINDING_FIELDS, f)) {
            seen = this.mark(FINDING_FIELDS, seen, f);
            if (f === F.severity)
                this.oneOf(SEVERITIES);
            else if (f === F.path)
                this.nullableString();
            else if (f === F.lines) {
                if (!this.nullNext())
                    this.lineRange();
            }
            else if (f === F.rule || f === F.message)
                this.string();
            else if (f === F.fingerprint)
                this.nonEmptyString();
            else if (f === F.status)
                this.oneOf(STATUSES);
            else
                this.skipValue(1);
        }
        if (seen !== FINDING_FIELDS.all)
            throw DECLINE;
    }
    lineRange() {
        let start = 0;
        let end = 0;
        let seen = 0;
        for (let f = this.nextField(LINES_FIELDS, FIRST); f !== END; f = this.nextField(LINES_FIELDS, f)) {
            seen = this.mark(LINES_FIELDS, seen, f);
            if (f === F.start)
                start = this.count(1);
            else if (f === F.end)
                end = this.count(1);
            else
                this.skipValue(1);
        }
        if (seen !== LINES_FIELDS.all || end < start)
            throw DECLINE;
    }
    totalsObject() {
        const into = this.totals;
        let seen = 0;
        for (let f = this.nextField(TOTALS_FIELDS, FIRST); f !== END; f = this.nextField(TOTALS_FIELDS, f)) {
            seen = this.mark(TOTALS_FIELDS, seen, f);
            if (f === F.costUsd)
                into.costUsd = this.cost();
            else if (f === F.tokens)
                this.tokens(into.tokens);
            else if (f === F.turns)
                into.turns = this.count(0);
            else if (f === F.durationMs)
                into.durationMs = this.amount();
            else
                this.skipValue(1);
        }
        if (seen !== TOTALS_FIELDS.all)
            throw DECLINE;
    }
    /** `checks`: an object used as a map; every value must be a check result, whatever its name. */
    checks() {
        this.expect(OPEN_OBJECT);
        if (this.take(CLOSE_OBJECT))
            return;
        do {
            this.string();
            this.expect(COLON);
            this.oneOf(CHECK_VALUES);
        } while (this.take(COMMA));
        this.expect(CLOSE_OBJECT);
    }
    record() {
        const v = this.view;
        let seen = 0;
        for (let f = this.nextField(RECORD_FIELDS, FIRST); f !== END; f = this.nextField(RECORD_FIELDS, f)) {
            seen = this.mark(RECORD_FIELDS, seen, f);
            switch (f) {
                case F.schemaVersion:
                    this.number();
                    if (this.n !== 1)
                        throw DECLINE;
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
                        do
                            this.nonEmptyString();
                        while (this.nextItem());
                    break;
                case F.findings:
                    if (!this.openArray())
                        do
                            this.finding();
                        while (this.nextItem());
                    break;
                case F.remediationRounds:
                    this.count(0);
                    break;
                case F.stages:
                    if (!this.openArray())
                        do
                            this.stage();
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
        if (seen !== RECORD_FIELDS.all)
            throw DECLINE;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/index.ts
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


;// CONCATENATED MODULE: ./src/core/outcomes/aggregate.ts





const COUNT_KEYS = (/* unused pure expression or super */ null && ([
    'versions',
    'outcomes',
    'originals',
    'tiers',
    'engines',
    'models',
]));
/**
 * The engine runs of a stage: each link of a chain that ran (a skipped one never did), under its
 * own engine and model; else the stage itself. A chain is never filed under its last link alone.
 */
function runsOf(s) {
    if (s.links === undefined)
        return [s];
    const ran = s.links.filter((l) => l.outcome !== 'skipped');
    return ran.length > 0 ? ran : [s];
}
/**
 * Counts per name, each in a cell of its own so that counting is one Map lookup (not a get and
 * a set), and none when the name is the last one counted: most records repeat it (one schema
 * version, one engine).
 */
class Tally {
    cells = new Map();
    lastName;
    lastCell = { n: 0, usd: undefined };
    cell(name) {
        if (name === this.lastName)
            return this.lastCell;
        let cell = this.cells.get(name);
        if (cell === undefined)
            this.cells.set(name, (cell = { n: 0, usd: undefined }));
        this.lastName = name;
        this.lastCell = cell;
        return cell;
    }
    add(name, by = 1) {
        this.cell(name).n += by;
    }
    /** The name's exact sum of costs, started at 0 on first use. */
    usd(name) {
        const cell = this.cell(name);
        return (cell.usd ??= new ExactSum());
    }
    counts() {
        return [...this.cells].map(([name, cell]) => [name, cell.n]);
    }
    /** The names with a cost, and their sums. */
    sums() {
        const out = [];
        for (const [name, cell] of this.cells)
            if (cell.usd !== undefined)
                out.push([name, cell.usd]);
        return out;
    }
}
/**
 * Streaming aggregation: feed lines one at a time. Memory is bounded by the number of distinct
 * outcomes, tiers, engines and models plus the histogram's buckets and the capped list of
 * corrupt lines, so it stays flat however long the log is.
 */
class OutcomeAggregator {
    records = 0;
    counts = {
        versions: new Tally(),
        outcomes: new Tally(),
        originals: new Tally(),
        tiers: new Tally(),
        engines: new Tally(),
        models: new Tally(),
    };
    /** Sums are exact until read, so the summary does not depend on the order of records. */
    costs;
    knownUsd = new ExactSum();
    unknownCost = 0;
    /** Added to in place: one object for the whole log, not one per record. */
    tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    scanner = new FastLineScanner();
    decoder = new TextDecoder();
    turns = 0;
    durationMs = new ExactSum();
    first = null;
    last = null;
    corruptCount = 0;
    corruptLines = [];
    blanks = 0;
    maxListed;
    constructor(opts = {}) {
        this.maxListed = opts.maxListedCorrupt ?? 100;
        this.costs = new LogHistogram(opts.relativeAccuracy);
    }
    /**
     * Adds one raw line of the log: its UTF-8 bytes, bytes[start, end), without the line break. Valid v1 records
     * take the fast scanner; everything else (v0 lines, blank and corrupt lines, unusual JSON)
     * is decoded and goes through `parseOutcomeLine`, so the result is what
     * `addLine(parseOutcomeLine(text, line))` gives.
     */
    addBytes(bytes, start, end, line) {
        const view = this.scanner.scan(bytes, start, end);
        if (view !== undefined)
            this.addRecord(view);
        else
            this.addLine(parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line));
    }
    addLine(p) {
        if (p.kind === 'record')
            this.addRecord(p.view);
        else if (p.kind === 'corrupt')
            this.addCorrupt({ line: p.line, reason: p.reason });
        else
            this.blanks++;
    }
    addCorrupt(c) {
        this.corruptCount++;
        if (this.corruptLines.length < this.maxListed)
            this.corruptLines.push(c);
    }
    addRecord(v) {
        this.records++;
        const { counts } = this;
        counts.versions.add(v.schemaVersion === 1 ? 'v1' : 'v0');
        counts.outcomes.add(v.outcome);
        if (v.schemaVersion === 0)
            counts.originals.add(v.originalOutcome);
        counts.tiers.add(v.riskTier ?? 'unknown');
        for (const s of v.stages)
            for (const run of runsOf(s)) {
                counts.engines.add(run.engine);
                counts.models.add(run.model);
                if (run.costUsd !== null)
                    counts.models.usd(run.model).add(run.costUsd);
            }
        if (v.totals.costUsd === null)
            this.unknownCost++;
        else {
            this.knownUsd.add(v.totals.costUsd);
            this.costs.add(v.totals.costUsd);
        }
        const t = v.totals.tokens;
        this.tokens.input += t.input;
        this.tokens.output += t.output;
        this.tokens.cacheRead += t.cacheRead;
        this.tokens.cacheWrite += t.cacheWrite;
        this.turns += v.totals.turns;
        this.durationMs.add(v.totals.durationMs);
        // ISO strings in one zone compare as text; mixed zones are rare enough to accept.
        if (v.timestamp !== null) {
            if (this.first === null || v.timestamp < this.first)
                this.first = v.timestamp;
            if (this.last === null || v.timestamp > this.last)
                this.last = v.timestamp;
        }
    }
    state() {
        const counts = {};
        for (const k of COUNT_KEYS)
            counts[k] = this.counts[k].counts();
        return {
            records: this.records,
            counts,
            modelCost: this.counts.models.sums().map(([model, sum]) => [model, sum.state()]),
            costs: this.costs.state(),
            knownUsd: this.knownUsd.state(),
            unknownCost: this.unknownCost,
            tokens: { ...this.tokens },
            turns: this.turns,
            durationMs: this.durationMs.state(),
            first: this.first,
            last: this.last,
            corruptCount: this.corruptCount,
            corruptLines: [...this.corruptLines],
            blanks: this.blanks,
        };
    }
    /**
     * Adds the counts of the lines that come right after the ones seen here: `lineOffset` lines
     * precede the part in the file, so its corrupt lines are listed by their line in the file.
     * Merged in file order, the parts give exactly the summary of one pass.
     */
    merge(part, lineOffset) {
        this.records += part.records;
        for (const key of COUNT_KEYS) {
            const tally = this.counts[key];
            for (const [name, n] of part.counts[key])
                tally.add(name, n);
        }
        for (const [model, partials] of part.modelCost)
            this.counts.models.usd(model).merge(partials);
        this.costs.merge(part.costs);
        this.knownUsd.merge(part.knownUsd);
        this.unknownCost += part.unknownCost;
        for (const k of TOKEN_USAGE_KEYS)
            this.tokens[k] += part.tokens[k];
        this.turns += part.turns;
        this.durationMs.merge(part.durationMs);
        if (part.first !== null && (this.first === null || part.first < this.first))
            this.first = part.first;
        if (part.last !== null && (this.last === null || part.last > this.last))
            this.last = part.last;
        this.corruptCount += part.corruptCount;
        for (const c of part.corruptLines) {
            if (this.corruptLines.length >= this.maxListed)
                break;
            this.corruptLines.push({ ...c, line: c.line + lineOffset });
        }
        this.blanks += part.blanks;
    }
    summary() {
        const obj = (entries) => Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
        return {
            records: this.records,
            bySchemaVersion: obj(this.counts.versions.counts()),
            byOutcome: obj(this.counts.outcomes.counts()),
            byOriginalOutcome: obj(this.counts.originals.counts()),
            byRiskTier: obj(this.counts.tiers.counts()),
            byEngine: obj(this.counts.engines.counts()),
            byModel: obj(this.counts.models.counts()),
            cost: {
                knownUsd: this.knownUsd.value(),
                unknownRecords: this.unknownCost,
                p50: this.costs.quantile(0.5),
                p90: this.costs.quantile(0.9),
                p99: this.costs.quantile(0.99),
                max: this.costs.quantile(1),
                relativeAccuracy: this.costs.relativeAccuracy,
            },
            costByModelUsd: obj(this.counts.models.sums().map(([m, sum]) => [m, sum.value()])),
            tokens: { ...this.tokens },
            turns: this.turns,
            durationMs: this.durationMs.value(),
            firstTimestamp: this.first,
            lastTimestamp: this.last,
            corrupt: { count: this.corruptCount, lines: [...this.corruptLines] },
            blankLines: this.blanks,
        };
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/analytics-result.ts
// Turns the analytics accumulator's state into the figures (analytics-types.ts): one row per
// unit, outcomes and resolve rate by unit, cost per PR, time to ready, escalations, top
// findings, engines, models, tiers, repositories, and the weekly and daily buckets.




const SEVERITY_RANK = {
    blocking: 0,
    major: 1,
    minor: 2,
    nit: 3,
};
const TIER_ORDER = (/* unused pure expression or super */ null && (['high', 'medium', 'low', 'none', 'unknown']));
/** Nearest rank: the smallest value with at least q of the set at or below it. Sorts in place. */
function percentiles(values) {
    if (values.length === 0)
        return { count: 0, p50: null, p90: null, max: null };
    values.sort((a, b) => a - b);
    const at = (q) => values[Math.max(0, Math.ceil(q * values.length) - 1)];
    return {
        count: values.length,
        p50: at(0.5),
        p90: at(0.9),
        max: values[values.length - 1],
    };
}
function analytics_result_analyticsOf(s, opts) {
    const rows = [];
    const rowMs = [];
    const escalations = [];
    const escMs = [];
    const unitsByOutcome = new Map();
    const perPr = [];
    let prsWithUnknownCost = 0;
    const toReady = [];
    const engines = new Map();
    const models = new Map();
    const tiers = new Map();
    const repoUnits = new Map();
    let issues = 0;
    let prs = 0;
    for (const u of s.units.values()) {
        const v = u.latest;
        unitsByOutcome.set(v.outcome, (unitsByOutcome.get(v.outcome) ?? 0) + 1);
        if (u.issue !== null)
            issues++;
        if (u.pr !== null || u.branch !== null) {
            prs++;
            if (v.costUsd === null)
                prsWithUnknownCost++;
            else
                perPr.push(v.costUsd);
        }
        const timeToReadyMs = u.readyMs !== null && u.firstStartMs !== null ? u.readyMs - u.firstStartMs : null;
        if (timeToReadyMs !== null)
            toReady.push(timeToReadyMs);
        const ready = v.outcome === 'ready';
        const escalated = ESCALATION_OUTCOMES.includes(v.outcome);
        const t = tiers.get(v.riskTier ?? 'unknown') ?? { units: 0, ready: 0, escalated: 0 };
        t.units++;
        if (ready)
            t.ready++;
        if (escalated)
            t.escalated++;
        tiers.set(v.riskTier ?? 'unknown', t);
        if (u.repo !== null) {
            const ru = repoUnits.get(u.repo) ?? { units: 0, ready: 0 };
            ru.units++;
            if (ready)
                ru.ready++;
            repoUnits.set(u.repo, ru);
        }
        countEngines(u, engines, models, ready);
        const links = linksOf(u, opts.serverUrl);
        if (escalated) {
            escMs.push(u.latestMs);
            escalations.push({
                key: u.key,
                repo: u.repo,
                issue: u.issue,
                pr: u.pr,
                outcome: v.outcome,
                riskTier: v.riskTier,
                timestamp: v.timestamp,
                url: links.prUrl ?? links.issueUrl,
            });
        }
        rowMs.push(u.latestMs);
        rows.push({
            key: u.key,
            repo: u.repo,
            issue: u.issue,
            pr: u.pr,
            branch: u.branch,
            outcome: v.outcome,
            riskTier: v.riskTier,
            runs: u.runs,
            firstTimestamp: u.first,
            lastTimestamp: v.timestamp,
            costUsd: v.costUsd,
            stages: v.stages,
            timeToReadyMs,
            findings: v.findings,
            ...links,
        });
    }
    const units = s.units.size;
    const ready = unitsByOutcome.get('ready') ?? 0;
    return {
        period: opts.period,
        repos: opts.repos,
        records: s.records,
        skipped: s.skipped,
        firstTimestamp: s.first,
        lastTimestamp: s.last,
        units,
        issues,
        prs,
        byOutcome: sortedRecord(s.byOutcome),
        unitsByOutcome: sortedRecord(unitsByOutcome),
        resolveRate: units === 0 ? null : ready / units,
        cost: {
            knownUsd: sumOf(s.knownUsd),
            unknownRecords: s.unknownRecords,
            perPr: percentiles(perPr),
            prsWithUnknownCost,
        },
        timeToReadyMs: percentiles(toReady),
        escalations: newestFirst(escalations, escMs),
        topFindings: topFindings(s.units.values(), opts.topFindings),
        engines: engineRows(engines),
        models: engineRows(models),
        tiers: [...tiers]
            .map(([tier, t]) => ({
            tier,
            ...t,
            resolveRate: t.units === 0 ? null : t.ready / t.units,
            escalationRate: t.units === 0 ? null : t.escalated / t.units,
        }))
            .sort((a, b) => tierOrder(a.tier) - tierOrder(b.tier)),
        weeks: buckets(s.weeks),
        days: buckets(s.days),
        byRepo: [...repoUnits]
            .map(([repo, ru]) => ({ repo, records: s.repoRecords.get(repo) ?? 0, ...ru }))
            .sort((a, b) => b.records - a.records || (a.repo < b.repo ? -1 : 1)),
        rows: newestFirst(rows, rowMs),
    };
}
function sumOf(partials) {
    const sum = new ExactSum();
    sum.merge(partials);
    return sum.value();
}
function linksOf(u, serverUrl) {
    if (u.repo === null)
        return { issueUrl: null, prUrl: null };
    return {
        issueUrl: u.issue === null ? null : issueUrl(serverUrl, u.repo, u.issue),
        prUrl: u.pr === null ? null : prUrl(serverUrl, u.repo, u.pr),
    };
}
/**
 * Findings by rule: each counts once per unit (a finding repeated on later runs of one unit is
 * the same finding), and the rule's example is the first one recorded in the log.
 */
function topFindings(units, topN) {
    if (topN <= 0)
        return [];
    const groups = new Map();
    for (const u of units) {
        if (u.findings === null)
            continue;
        const rulesHere = new Set();
        for (const [fp, f] of u.findings) {
            let g = groups.get(f.rule);
            if (g === undefined) {
                g = {
                    rule: f.rule,
                    severity: f.severity,
                    count: 0,
                    units: 0,
                    fingerprints: new Set(),
                    open: 0,
                    example: f.message,
                    exampleSeq: f.seq,
                };
                groups.set(f.rule, g);
            }
            g.count++;
            if (!rulesHere.has(f.rule)) {
                rulesHere.add(f.rule);
                g.units++;
            }
            g.fingerprints.add(fp);
            if (f.status === 'open')
                g.open++;
            if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity])
                g.severity = f.severity;
            if (f.seq < g.exampleSeq) {
                g.example = f.message;
                g.exampleSeq = f.seq;
            }
        }
    }
    return [...groups.values()]
        .sort((a, b) => b.units - a.units ||
        b.count - a.count ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.rule < b.rule ? -1 : 1))
        .slice(0, topN)
        .map((g) => ({
        rule: g.rule,
        severity: g.severity,
        count: g.count,
        units: g.units,
        fingerprints: g.fingerprints.size,
        open: g.open,
        example: g.example,
    }));
}
function tierOrder(t) {
    const k = TIER_ORDER.indexOf(t);
    return k === -1 ? TIER_ORDER.length : k;
}
class EngineAcc {
    stages = 0;
    units = 0;
    ready = 0;
    costUsd = 0;
    unknownCostStages = 0;
    unitsWithCost = 0;
    costSeenInUnit = false;
    addStage(cost) {
        this.stages++;
        if (cost === null)
            this.unknownCostStages++;
        else {
            this.costUsd += cost;
            this.costSeenInUnit = true;
        }
    }
    addUnit(ready) {
        this.units++;
        if (ready)
            this.ready++;
        if (this.costSeenInUnit)
            this.unitsWithCost++;
        this.costSeenInUnit = false;
    }
}
function engineAcc(m, name) {
    let a = m.get(name);
    if (a === undefined)
        m.set(name, (a = new EngineAcc()));
    return a;
}
/** A unit's final ledger, by engine and by model: each stage, and the unit once per name. */
function countEngines(u, engines, models, ready) {
    const usedEngines = new Set();
    const usedModels = new Set();
    for (const s of u.latest.stages) {
        engineAcc(engines, s.engine).addStage(s.costUsd);
        engineAcc(models, s.model).addStage(s.costUsd);
        usedEngines.add(s.engine);
        usedModels.add(s.model);
    }
    for (const e of usedEngines)
        engineAcc(engines, e).addUnit(ready);
    for (const m of usedModels)
        engineAcc(models, m).addUnit(ready);
}
function engineRows(m) {
    return [...m]
        .map(([name, a]) => ({
        name,
        stages: a.stages,
        units: a.units,
        ready: a.ready,
        successRate: a.units === 0 ? null : a.ready / a.units,
        costUsd: a.costUsd,
        unknownCostStages: a.unknownCostStages,
        costPerUnitUsd: a.unitsWithCost === 0 ? null : a.costUsd / a.unitsWithCost,
    }))
        .sort((a, b) => b.units - a.units || (a.name < b.name ? -1 : 1));
}
/** Newest first by the times given alongside (parsed once), then by key. */
function newestFirst(xs, ms) {
    return xs
        .map((_, k) => k)
        .sort((x, y) => ms[y] - ms[x] || (xs[x].key < xs[y].key ? -1 : 1))
        .map((k) => xs[k]);
}
function buckets(m) {
    return [...m]
        .sort((a, b) => a[0] - b[0])
        .map(([start, b]) => ({
        start: new Date(start * DAY_MS).toISOString().slice(0, 10),
        records: b.records,
        byOutcome: sortedRecord(b.byOutcome),
        costUsd: sumOf(b.costUsd),
        unknownCost: b.unknownCost,
    }));
}

;// CONCATENATED MODULE: ./src/core/outcomes/analytics.ts
// The figures that `lailatov report` and `lailatov dashboard` show, accumulated from outcome
// views: period and repository filtering, then per run (outcomes, cost, weekly and daily
// buckets) and per unit of work (analytics-types.ts). Pure: the callers read the log. The
// accumulator's state merges, so a log read in pieces on several threads gives the figures of
// one pass; analytics-result.ts turns the state into the figures.







/** Prepares a view for `addPrepared` (nothing of the view itself is kept). */
function prepareView(v) {
    return {
        view: v,
        ms: timeMs(v.timestamp),
        latest: latestRun(v),
        key: v.repo === null || v.correlationId === null
            ? null
            : unitKey({ repo: v.repo, issue: v.issue, pr: v.pr, correlationId: v.correlationId }),
    };
}
const V0_KEY = /^v0:(\d+)$/;
/**
 * Streaming accumulation: `add` every view of the log, then `result()`. Memory is one entry per
 * unit (issue) plus the distinct weeks and days. Pieces of a log accumulated apart merge
 * (`state`, `merge`) in file order into what one pass gives.
 */
class AnalyticsAccumulator {
    opts;
    period;
    fromMs;
    toMs;
    repos;
    records = 0;
    skipped = 0;
    first = null;
    last = null;
    byOutcome = new Map();
    units = new Map();
    weeks = new Map();
    days = new Map();
    repoRecords = new Map();
    /** Exact, so that the total does not depend on how the log was cut for the threads. */
    knownUsd = new ExactSum();
    unknownRecords = 0;
    v0 = 0;
    seen = 0;
    topN;
    constructor(opts = {}) {
        this.opts = opts;
        this.period = opts.period ?? { from: null, to: null };
        this.fromMs =
            this.period.from === null ? Number.NEGATIVE_INFINITY : Date.parse(this.period.from);
        this.toMs = this.period.to === null ? Number.POSITIVE_INFINITY : Date.parse(this.period.to);
        this.repos =
            opts.repos && opts.repos.length > 0 ? new Set(opts.repos.map((r) => r.toLowerCase())) : null;
        this.topN = opts.topFindings ?? 10;
    }
    /** True when the view is counted (in the period and the repositories asked for). */
    add(v) {
        return this.addPrepared(prepareView(v));
    }
    /**
     * `add` for a view prepared once (`prepareView`) and added to several accumulators, as the
     * dashboard does for each of its period and repository views.
     */
    addPrepared(p) {
        const { view: v, ms } = p;
        this.seen++;
        // One parse per record: at 100,000 records, Date.parse and Date objects dominated.
        const open = this.period.from === null && this.period.to === null;
        if (!open && !(ms >= this.fromMs && ms < this.toMs))
            return this.skip();
        if (this.repos !== null && (v.repo === null || !this.repos.has(v.repo.toLowerCase())))
            return this.skip();
        this.records++;
        if (v.timestamp !== null) {
            if (this.first === null || v.timestamp < this.first)
                this.first = v.timestamp;
            if (this.last === null || v.timestamp > this.last)
                this.last = v.timestamp;
        }
        bump(this.byOutcome, v.outcome);
        const cost = v.totals.costUsd;
        if (cost === null)
            this.unknownRecords++;
        else
            this.knownUsd.add(cost);
        if (ms !== Number.NEGATIVE_INFINITY) {
            const d = Math.floor(ms / DAY_MS);
            // 1970-01-01 was a Thursday: (d + 3) mod 7 is the number of days since Monday.
            this.addToBucket(this.weeks, d - ((((d + 3) % 7) + 7) % 7), v);
            this.addToBucket(this.days, d, v);
        }
        if (v.repo !== null)
            bump(this.repoRecords, v.repo);
        this.addToUnit(p);
        return true;
    }
    skip() {
        this.skipped++;
        return false;
    }
    addToBucket(m, start, v) {
        const b = bucket(m, start);
        b.records++;
        bump(b.byOutcome, v.outcome);
        if (v.totals.costUsd === null)
            b.unknownCost++;
        else
            b.costUsd.add(v.totals.costUsd);
    }
    addToUnit({ view: v, ms, key: known, latest }) {
        const key = known ?? `v0:${++this.v0}`;
        const startMs = ms === Number.NEGATIVE_INFINITY ? null : ms - v.totals.durationMs;
        let u = this.units.get(key);
        if (u === undefined) {
            u = {
                key,
                repo: v.repo,
                issue: v.issue,
                pr: v.pr,
                branch: v.branch,
                runs: 0,
                first: v.timestamp,
                firstStartMs: startMs,
                latest,
                latestMs: ms,
                readyMs: null,
                findings: null,
            };
            this.units.set(key, u);
        }
        else {
            if (v.timestamp !== null && (u.first === null || v.timestamp < u.first))
                u.first = v.timestamp;
            if (startMs !== null && (u.firstStartMs === null || startMs < u.firstStartMs))
                u.firstStartMs = startMs;
            if (ms >= u.latestMs) {
                u.latest = latest;
                u.latestMs = ms;
            }
            u.pr ??= v.pr;
            u.branch ??= v.branch;
        }
        u.runs++;
        if (v.outcome === 'ready' &&
            ms !== Number.NEGATIVE_INFINITY &&
            (u.readyMs === null || ms < u.readyMs))
            u.readyMs = ms;
        const r = v.record;
        // Findings are kept only for the top findings (the dashboard lists none).
        if (r !== undefined && this.topN > 0)
            for (const f of r.findings)
                this.addFinding(u, f);
    }
    addFinding(u, f) {
        u.findings ??= new Map();
        if (u.findings.has(f.fingerprint))
            return;
        const { rule, severity, status, message } = f;
        u.findings.set(f.fingerprint, { rule, severity, status, message, seq: this.seen });
    }
    /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
    state() {
        return {
            records: this.records,
            skipped: this.skipped,
            first: this.first,
            last: this.last,
            byOutcome: this.byOutcome,
            units: this.units,
            weeks: bucketStates(this.weeks),
            days: bucketStates(this.days),
            repoRecords: this.repoRecords,
            knownUsd: this.knownUsd.state(),
            unknownRecords: this.unknownRecords,
            v0: this.v0,
            seen: this.seen,
        };
    }
    /**
     * Adds the counts of the records that come right after the ones added here (pieces merge in
     * file order): a unit seen in both keeps its first run from here and its latest from the later
     * one, and a finding counts where it was first recorded.
     */
    merge(part) {
        this.records += part.records;
        this.skipped += part.skipped;
        if (part.first !== null && (this.first === null || part.first < this.first))
            this.first = part.first;
        if (part.last !== null && (this.last === null || part.last > this.last))
            this.last = part.last;
        for (const [k, n] of part.byOutcome)
            bump(this.byOutcome, k, n);
        for (const [start, b] of part.weeks)
            mergeBucket(bucket(this.weeks, start), b);
        for (const [start, b] of part.days)
            mergeBucket(bucket(this.days, start), b);
        for (const [repo, n] of part.repoRecords)
            bump(this.repoRecords, repo, n);
        this.knownUsd.merge(part.knownUsd);
        this.unknownRecords += part.unknownRecords;
        for (const pu of part.units.values())
            this.mergeUnit(pu);
        this.v0 += part.v0;
        this.seen += part.seen;
    }
    mergeUnit(pu) {
        const v0 = V0_KEY.exec(pu.key);
        // The part numbered its v0 lines from 1: they follow the ones read here.
        const key = v0 === null ? pu.key : `v0:${Number(v0[1]) + this.v0}`;
        const later = (f) => f === null ? null : new Map([...f].map(([fp, s]) => [fp, { ...s, seq: s.seq + this.seen }]));
        const u = this.units.get(key);
        if (u === undefined) {
            this.units.set(key, { ...pu, key, findings: later(pu.findings) });
            return;
        }
        if (pu.first !== null && (u.first === null || pu.first < u.first))
            u.first = pu.first;
        if (pu.firstStartMs !== null && (u.firstStartMs === null || pu.firstStartMs < u.firstStartMs))
            u.firstStartMs = pu.firstStartMs;
        if (pu.latestMs >= u.latestMs) {
            u.latest = pu.latest;
            u.latestMs = pu.latestMs;
        }
        u.pr ??= pu.pr;
        u.branch ??= pu.branch;
        u.runs += pu.runs;
        if (pu.readyMs !== null && (u.readyMs === null || pu.readyMs < u.readyMs))
            u.readyMs = pu.readyMs;
        const found = later(pu.findings);
        if (found !== null) {
            u.findings ??= new Map();
            for (const [fp, s] of found)
                if (!u.findings.has(fp))
                    u.findings.set(fp, s);
        }
    }
    result() {
        return analyticsOf(this.state(), {
            period: this.period,
            repos: this.repos === null ? [] : [...this.repos],
            serverUrl: this.opts.serverUrl ?? 'https://github.com',
            topFindings: this.topN,
        });
    }
}
function latestRun(v) {
    return {
        outcome: v.outcome,
        riskTier: v.riskTier,
        costUsd: v.totals.costUsd,
        timestamp: v.timestamp,
        stages: v.stages.map((s) => ({
            stage: s.stage,
            engine: s.engine,
            model: s.model,
            costUsd: s.costUsd,
        })),
        findings: v.record?.findings.length ?? 0,
    };
}
function bucket(m, start) {
    let b = m.get(start);
    if (b === undefined) {
        b = { records: 0, byOutcome: new Map(), costUsd: new ExactSum(), unknownCost: 0 };
        m.set(start, b);
    }
    return b;
}
function bucketStates(m) {
    return new Map([...m].map(([start, b]) => [start, { ...b, costUsd: b.costUsd.state() }]));
}
function mergeBucket(into, b) {
    into.records += b.records;
    for (const [k, n] of b.byOutcome)
        bump(into.byOutcome, k, n);
    into.costUsd.merge(b.costUsd);
    into.unknownCost += b.unknownCost;
}
/** The figures of a whole set of views. */
function analyze(views, opts = {}) {
    const acc = new AnalyticsAccumulator(opts);
    for (const v of views)
        acc.add(v);
    return acc.result();
}

;// CONCATENATED MODULE: ./src/core/outcomes/index.ts











/***/ }),

/***/ 37774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ TERMINAL_OUTCOMES),
/* harmony export */   Ky: () => (/* binding */ OUTCOME_SCHEMA_VERSION),
/* harmony export */   Wk: () => (/* binding */ RECORD_FIELD_NAMES),
/* harmony export */   _o: () => (/* binding */ FINDING_SEVERITIES),
/* harmony export */   ac: () => (/* binding */ RISK_TIERS),
/* harmony export */   fY: () => (/* binding */ RUN_SOURCES),
/* harmony export */   pM: () => (/* binding */ FINDING_STATUSES),
/* harmony export */   ql: () => (/* binding */ CHECK_RESULTS)
/* harmony export */ });
/** The schema version this suite writes. Records without `schemaVersion` are the predecessor's (v0). */
const OUTCOME_SCHEMA_VERSION = 1;
/** The top-level fields of a v1 record, in the order the suite writes them. */
const RECORD_FIELD_NAMES = [
    'schemaVersion',
    'correlationId',
    'runId',
    'runAttempt',
    'repo',
    'issue',
    'pr',
    'branch',
    'headSha',
    'source',
    'outcome',
    'riskTier',
    'checks',
    'changedFiles',
    'findings',
    'remediationRounds',
    'stages',
    'totals',
    'timestamp',
    'suiteVersion',
];
/** Terminal outcomes of one pipeline run (DESIGN.md §1: never a silent success). */
const TERMINAL_OUTCOMES = [
    'ready',
    'escalated',
    'needs_clarification',
    'blocked',
    'no_changes',
    'budget_exceeded',
    'infra_error',
    'cancelled',
    /** The engine stopped (turn cap, refusal) after partial edits: a draft PR, never ready. */
    'incomplete',
    /** The model refused a structured call (triage, review). */
    'refused',
    /** A comment command answered in a reply (help, ask, describe, a review of a human's PR). */
    'answered',
];
/** What started the run. */
const RUN_SOURCES = [
    'github-issue',
    'issue-comment',
    'repository-dispatch',
    'pull-request',
    'workflow-dispatch',
    'local',
    'demo',
];
const RISK_TIERS = ['high', 'medium', 'low', 'none'];
const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'];
const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
const FINDING_STATUSES = ['open', 'resolved'];


/***/ }),

/***/ 62707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ validateOutcomeRecord),
/* harmony export */   o: () => (/* binding */ formatIssues)
/* harmony export */ });
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14528);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37774);


const TOP_LEVEL_KEYS = new Set(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FIELD_NAMES */ .Wk);
// ISO 8601 date-time with a zone; Date.parse alone accepts too much ("2024", "March 7").
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * A hand-written checker rather than zod: it runs once per line on million-line logs, and a
 * plain walk is several times faster while still naming every bad field by its JSON path.
 */
class Checker {
    issues = [];
    fail(path, message) {
        this.issues.push({ path, message });
    }
    object(v, path) {
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return v;
        this.fail(path, `must be an object, got ${describe(v)}`);
        return undefined;
    }
    string(v, path, opts = {}) {
        if (typeof v !== 'string')
            this.fail(path, `must be a string, got ${describe(v)}`);
        else if (opts.nonEmpty && v.length === 0)
            this.fail(path, 'must not be empty');
    }
    nullableString(v, path) {
        if (v !== null)
            this.string(v, path, { nonEmpty: true });
    }
    count(v, path, opts = {}) {
        const min = opts.min ?? 0;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
            this.fail(path, `must be an integer >= ${min}, got ${describe(v)}`);
    }
    nullableCount(v, path, min) {
        if (v !== null)
            this.count(v, path, { min });
    }
    /** A finite number >= 0 (durations may be fractional). */
    amount(v, path) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            this.fail(path, `must be a finite number >= 0, got ${describe(v)}`);
    }
    cost(v, path) {
        if (v !== null)
            this.amount(v, path);
    }
    oneOf(v, allowed, path) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(path, `must be one of ${allowed.join(' | ')}, got ${describe(v)}`);
    }
    array(v, path) {
        if (Array.isArray(v))
            return v;
        this.fail(path, `must be an array, got ${describe(v)}`);
        return undefined;
    }
    tokens(v, path) {
        const o = this.object(v, path);
        if (!o)
            return;
        for (const k of _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_USAGE_KEYS */ .TY)
            this.count(o[k], `${path}.${k}`);
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (v === undefined)
        return 'nothing (the field is missing)';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${String(v)}`;
}
function checkFinding(c, v, path) {
    const f = c.object(v, path);
    if (!f)
        return;
    c.oneOf(f.severity, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_SEVERITIES */ ._o, `${path}.severity`);
    c.nullableString(f.path, `${path}.path`);
    if (f.lines !== null) {
        const l = c.object(f.lines, `${path}.lines`);
        if (l) {
            c.count(l.start, `${path}.lines.start`, { min: 1 });
            c.count(l.end, `${path}.lines.end`, { min: 1 });
            if (typeof l.start === 'number' && typeof l.end === 'number' && l.end < l.start)
                c.fail(`${path}.lines.end`, 'must be >= lines.start');
        }
    }
    c.string(f.rule, `${path}.rule`);
    c.string(f.message, `${path}.message`);
    c.string(f.fingerprint, `${path}.fingerprint`, { nonEmpty: true });
    c.oneOf(f.status, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_STATUSES */ .pM, `${path}.status`);
}
function checkStage(c, v, path) {
    const s = c.object(v, path);
    if (!s)
        return;
    c.string(s.stage, `${path}.stage`, { nonEmpty: true });
    c.string(s.engine, `${path}.engine`, { nonEmpty: true });
    c.string(s.model, `${path}.model`, { nonEmpty: true });
    c.string(s.provider, `${path}.provider`, { nonEmpty: true });
    c.cost(s.costUsd, `${path}.costUsd`);
    c.tokens(s.tokens, `${path}.tokens`);
    c.count(s.turns, `${path}.turns`);
    c.amount(s.durationMs, `${path}.durationMs`);
    c.string(s.outcome, `${path}.outcome`, { nonEmpty: true });
    if (s.links !== undefined)
        c.array(s.links, `${path}.links`)?.forEach((l, i) => checkLink(c, l, `${path}.links[${i}]`));
}
function checkLink(c, v, path) {
    const l = c.object(v, path);
    if (!l)
        return;
    c.string(l.engine, `${path}.engine`, { nonEmpty: true });
    c.string(l.model, `${path}.model`, { nonEmpty: true });
    c.string(l.outcome, `${path}.outcome`, { nonEmpty: true });
    c.cost(l.costUsd, `${path}.costUsd`);
    c.tokens(l.tokens, `${path}.tokens`);
    c.count(l.turns, `${path}.turns`);
    c.amount(l.durationMs, `${path}.durationMs`);
    if (l.detail !== undefined)
        c.string(l.detail, `${path}.detail`);
}
/** Checks a parsed JSON value against outcome schema v1; every issue names its field path. */
function validateOutcomeRecord(v, opts = {}) {
    const c = new Checker();
    const r = c.object(v, '$');
    if (!r)
        return { ok: false, issues: c.issues };
    if (r.schemaVersion !== 1)
        c.fail('$.schemaVersion', `must be 1, got ${describe(r.schemaVersion)}`);
    c.string(r.correlationId, '$.correlationId', { nonEmpty: true });
    c.string(r.runId, '$.runId', { nonEmpty: true });
    c.count(r.runAttempt, '$.runAttempt', { min: 1 });
    if (typeof r.repo !== 'string' || !REPO.test(r.repo))
        c.fail('$.repo', `must be "owner/name", got ${describe(r.repo)}`);
    c.nullableCount(r.issue, '$.issue', 1);
    c.nullableCount(r.pr, '$.pr', 1);
    c.nullableString(r.branch, '$.branch');
    c.nullableString(r.headSha, '$.headSha');
    c.oneOf(r.source, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_SOURCES */ .fY, '$.source');
    c.oneOf(r.outcome, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_OUTCOMES */ .BF, '$.outcome');
    if (r.riskTier !== null)
        c.oneOf(r.riskTier, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_TIERS */ .ac, '$.riskTier');
    const checks = c.object(r.checks, '$.checks');
    if (checks)
        for (const [name, result] of Object.entries(checks))
            c.oneOf(result, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_RESULTS */ .ql, `$.checks.${name}`);
    const files = c.array(r.changedFiles, '$.changedFiles');
    files?.forEach((f, i) => c.string(f, `$.changedFiles[${i}]`, { nonEmpty: true }));
    const findings = c.array(r.findings, '$.findings');
    findings?.forEach((f, i) => checkFinding(c, f, `$.findings[${i}]`));
    c.count(r.remediationRounds, '$.remediationRounds');
    const stages = c.array(r.stages, '$.stages');
    stages?.forEach((s, i) => checkStage(c, s, `$.stages[${i}]`));
    const totals = c.object(r.totals, '$.totals');
    if (totals) {
        c.cost(totals.costUsd, '$.totals.costUsd');
        c.tokens(totals.tokens, '$.totals.tokens');
        c.count(totals.turns, '$.totals.turns');
        c.amount(totals.durationMs, '$.totals.durationMs');
    }
    if (typeof r.timestamp !== 'string' || !ISO_TIMESTAMP.test(r.timestamp))
        c.fail('$.timestamp', `must be an ISO 8601 date-time with a zone, got ${describe(r.timestamp)}`);
    c.string(r.suiteVersion, '$.suiteVersion', { nonEmpty: true });
    if (opts.strict)
        for (const k of Object.keys(r))
            if (!TOP_LEVEL_KEYS.has(k))
                c.fail(`$.${k}`, 'is not a field of outcome schema v1');
    return c.issues.length === 0
        ? { ok: true, value: r }
        : { ok: false, issues: c.issues };
}
function formatIssues(issues) {
    return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}


/***/ }),

/***/ 69084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ toOutcomeView),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
/* unused harmony export viewFromV0 */
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14528);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37774);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62707);



/**
 * How the predecessor's outcomes map onto ours. `clean` marked the PR ready; `blocked` was a
 * risk-gate stop; test and review failures left a draft PR for a human, which is what
 * `escalated` means here.
 */
const V0_OUTCOMES = {
    clean: 'ready',
    blocked: 'blocked',
    'tests-failed': 'escalated',
    'review-failed': 'escalated',
};
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function fromV1(r) {
    return {
        schemaVersion: 1,
        originalOutcome: r.outcome,
        outcome: r.outcome,
        riskTier: r.riskTier,
        stages: r.stages,
        totals: r.totals,
        timestamp: r.timestamp,
        repo: r.repo,
        issue: r.issue,
        pr: r.pr,
        branch: r.branch,
        correlationId: r.correlationId,
        record: r,
    };
}
/**
 * Reads a predecessor line. It never wrote cost or tokens (`cost_usd` was read but never
 * written), so its cost is unknown (null), not 0. Its engine was always claude-code-action.
 */
function viewFromV0(r) {
    const issues = [];
    const original = r.outcome;
    const outcome = typeof original === 'string' ? V0_OUTCOMES[original] : undefined;
    if (typeof original !== 'string' || outcome === undefined) {
        issues.push({
            path: '$.outcome',
            message: `must be one of ${Object.keys(V0_OUTCOMES).join(' | ')} in a record without schemaVersion (the predecessor's format), got ${JSON.stringify(original)}`,
        });
    }
    const tier = r.risk_tier;
    if (tier !== undefined && typeof tier !== 'string')
        issues.push({ path: '$.risk_tier', message: 'must be a string' });
    if (r.timestamp !== undefined && typeof r.timestamp !== 'string')
        issues.push({ path: '$.timestamp', message: 'must be a string' });
    if (issues.length > 0 || outcome === undefined || typeof original !== 'string')
        return { ok: false, issues };
    const provider = typeof r.provider === 'string' && r.provider !== '' ? r.provider : 'unknown';
    const stages = [];
    for (const [stage, key] of [
        ['write', 'model'],
        ['review', 'review_model'],
    ]) {
        const model = r[key];
        if (typeof model === 'string' && model !== '')
            stages.push({ stage, engine: 'claude-code', model, provider, costUsd: null });
    }
    return {
        ok: true,
        value: {
            schemaVersion: 0,
            originalOutcome: original,
            outcome,
            riskTier: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .RISK_TIERS */ .ac.includes(tier)
                ? tier
                : null,
            stages,
            totals: { costUsd: null, tokens: (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .zeroUsage */ .My)(), turns: 0, durationMs: 0 },
            timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
            repo: null,
            issue: null,
            pr: null,
            branch: null,
            correlationId: null,
        },
    };
}
/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
function toOutcomeView(v) {
    if (!isObj(v))
        return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateOutcomeRecord */ .c)(v);
    if (!('schemaVersion' in v))
        return viewFromV0(v);
    const checked = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateOutcomeRecord */ .c)(v);
    return checked.ok ? { ok: true, value: fromV1(checked.value) } : checked;
}
/**
 * Totals a writer derives from its stages: cost is unknown as soon as one stage's is. The cost
 * is rounded to micro-dollars because a sum of binary floats carries noise (0.1 + 0.2 is
 * 0.30000000000000004) into the record, the PR body and every sum built on them; a millionth of
 * a dollar is far below what a table shows (4 decimals) or a budget decides.
 */
function totalsOf(stages) {
    let costUsd = 0;
    let tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .zeroUsage */ .My)();
    let turns = 0;
    let durationMs = 0;
    for (const s of stages) {
        costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
        tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .addUsage */ .vk)(tokens, s.tokens);
        turns += s.turns;
        durationMs += s.durationMs;
    }
    return {
        costUsd: costUsd === null ? null : Math.round(costUsd * 1e6) / 1e6,
        tokens,
        turns,
        durationMs,
    };
}


/***/ })

};
;