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

export { FastLineScanner } from './scanner.js';
