import { GLOBSTAR, Minimatch, type MMRegExp } from 'minimatch';
import { MINIMATCH_OPTIONS } from './glob.js';

type Segments = Minimatch['set'][number];
type Segment = Segments[number];

interface Indexed {
  readonly index: number;
}

/**
 * A test on a file name, in the cheapest form that decides it: equality, `endsWith` for
 * `*<literal>` (`*.md`, `*_test.go`), else minimatch's own segment regex. All fields exist on
 * every rule (one object shape keeps the hot loops monomorphic).
 */
interface NameRule extends Indexed {
  readonly literal: string | undefined;
  readonly suffix: string | undefined;
  readonly regex: RegExp | undefined;
}

/**
 * A glob that is neither a literal path nor one of the indexed directory or name shapes. Its
 * directory part is tested once per distinct directory (`directory` on `dir + '/'`), its last
 * segment once per file (`name`). A glob ending in `**` is decided by the directory alone
 * (`name` undefined). Globs whose segments have no reusable regex source keep minimatch's
 * matcher on the whole path (`whole`).
 */
interface GenericRule extends Indexed {
  readonly segments: Segments;
  readonly directory: RegExp | undefined;
  readonly name: NameRule | undefined;
  readonly whole: ((path: string) => boolean) | undefined;
}

/** What a file's directory allows, computed once per distinct directory. */
interface DirectoryFacts {
  /** The lowest index decided by the directory alone (`dir/**`, `**\/name/**`, `a/*\/b/**`). */
  readonly best: number;
  /** Rules still to try on the file (name tests, or whole-path tests), by index, all < best. */
  readonly rules: readonly GenericRule[];
  /** Literal paths in this directory: file name -> lowest index. */
  readonly literals: ReadonlyMap<string, number> | undefined;
}

/** `*` then a literal suffix (`*.md`, `*_test.go`): an `endsWith` check instead of a regex. */
const STAR_SUFFIX = /^\*([^*?[\]{}()!+@\\/]+)$/;
/**
 * A glob's first character when it can only match itself: not a wildcard, class, brace,
 * extglob or escape (case-sensitive matching, so the file name must start with it).
 */
const LITERAL_START = /^[A-Za-z0-9_.-](?![(])/;
const NO_RULES: readonly GenericRule[] = [];
/** Above this many distinct names (or directories) a cache starts again: bounded memory. */
const CACHE_LIMIT = 200_000;

function keepLowest(map: Map<string, number>, key: string, index: number): void {
  const seen = map.get(key);
  if (seen === undefined || index < seen) map.set(key, index);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1);
}

const byIndex = (a: Indexed, b: Indexed): number => a.index - b.index;

/** The index of the first rule (of a list sorted by index) that matches, if lower than `best`. */
function firstMatch(rules: readonly NameRule[] | undefined, name: string, best: number): number {
  if (rules === undefined) return best;
  for (const rule of rules) {
    if (rule.index >= best) break;
    if (nameMatches(rule, name)) return rule.index;
  }
  return best;
}

/** One path segment other than `.` and `..`: what `**` may step over with `dot: true`. */
const ANY_SEGMENT = '(?!\\.\\.?(?:/|$))[^/]+';

/** A segment's regex source, or undefined when minimatch keeps none we can reuse. */
function segmentSource(segment: Exclude<Segment, typeof GLOBSTAR>): string | undefined {
  if (typeof segment === 'string') return segment.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return segment._src !== undefined && segment.flags === '' ? `(?:${segment._src})` : undefined;
}

/**
 * The RegExp for a glob's directory segments, tested on `directory + '/'` ('' at the root):
 * each segment is followed by `/`, and `**` spans zero or more whole segments. Undefined when
 * a segment has no reusable source.
 */
function directoryRegExp(segments: readonly Segment[]): RegExp | undefined {
  let source = '';
  for (const segment of segments) {
    if (segment === GLOBSTAR) {
      source += `(?:${ANY_SEGMENT}/)*`;
      continue;
    }
    const part = segmentSource(segment);
    if (part === undefined) return undefined;
    source += `${part}/`;
  }
  return new RegExp(`^${source}$`);
}

/** How a file name is tested against one name segment (never `**`). */
function nameRule(segment: Exclude<Segment, typeof GLOBSTAR>, index: number): NameRule {
  if (typeof segment === 'string')
    return { index, literal: segment, suffix: undefined, regex: undefined };
  // minimatch keeps each segment's source glob on its RegExp.
  const suffix = STAR_SUFFIX.exec(segment._glob ?? '')?.[1];
  return suffix === undefined
    ? { index, literal: undefined, suffix: undefined, regex: segment }
    : { index, literal: undefined, suffix, regex: undefined };
}

/** With `dot: true`, `*` matches any name but `.` and `..`; a regex rule knows that itself. */
function nameMatches(rule: NameRule, name: string): boolean {
  if (rule.literal !== undefined) return name === rule.literal;
  if (rule.suffix !== undefined) return name.endsWith(rule.suffix) && name !== '.' && name !== '..';
  return (rule.regex as RegExp).test(name);
}

/**
 * An ordered list of anchored globs (from `toGlob`), compiled once, that answers "which is the
 * first glob matching this path?" without trying every glob. minimatch parses each glob once,
 * and each is filed by its shape:
 * - a literal path, `dir/**`, or `**\/name/**`: Map look-ups on the path's directories;
 * - `**\/name` (a file name at any depth): answered once per distinct file name and cached,
 *   literal names by Map, `*.ext` by extension bucket, other name globs by their regex;
 * - anything else: its directory part is tested once per distinct directory (bucketed by a
 *   literal leading directory or a literal directory name, so most globs are never tried),
 *   leaving per file only the name tests of the globs that directory allows, and only while
 *   they could still beat the best match found so far.
 * The answer equals `globs.findIndex((g) => minimatch(path, g, MINIMATCH_OPTIONS))` for
 * normalized paths; bench/risk.bench.ts checks that on 100k paths, and
 * test/core/risk/pattern-set.unit.test.ts on every glob shape.
 */
export class PatternSet<T> {
  private readonly values: T[] = [];
  /** Literal paths, by directory ('' at the root), then by file name. */
  private readonly literalPaths = new Map<string, Map<string, number>>();
  /** `dir/**`: everything under one anchored directory. */
  private readonly directories = new Map<string, number>();
  /** `**\/name/**`: everything under any directory of that name. */
  private readonly directoryNames = new Map<string, number>();
  private readonly literalNames = new Map<string, number>();
  private readonly suffixesByExtension = new Map<string, NameRule[]>();
  /** Other name globs that start with a literal character (`store*.tf`), by that character. */
  private readonly nameRulesByFirst = new Map<string, NameRule[]>();
  /** Name globs that start with a wildcard: tried on every distinct name. */
  private readonly nameRules: NameRule[] = [];
  /** Other globs whose directories start with literal ones, keyed by those directories. */
  private readonly genericByPrefix = new Map<string, GenericRule[]>();
  /** Other globs with a literal directory somewhere (`**\/migrations/*.sql`), keyed by it. */
  private readonly genericBySegment = new Map<string, GenericRule[]>();
  /** Other globs with no literal directory: tried once on every distinct directory. */
  private readonly genericAnywhere: GenericRule[] = [];
  private readonly nameCache = new Map<string, number>();
  private readonly directoryCache = new Map<string, DirectoryFacts>();

  constructor(entries: Iterable<{ readonly glob: string; readonly value: T }>) {
    for (const { glob, value } of entries) {
      const index = this.values.length;
      this.values.push(value);
      const mm = new Minimatch(glob, MINIMATCH_OPTIONS);
      // Brace expansion gives several alternatives; each is filed on its own.
      for (const segments of mm.set) this.file(mm, segments, index);
    }
    for (const list of this.suffixesByExtension.values()) list.sort(byIndex);
    for (const list of this.nameRulesByFirst.values()) list.sort(byIndex);
    this.nameRules.sort(byIndex);
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of the first glob (in construction order) that matches the normalized path. */
  match(path: string): T | undefined {
    const slash = path.lastIndexOf('/');
    return slash === -1
      ? this.matchIn(path, '', path)
      : this.matchIn(path, path.slice(0, slash), path.slice(slash + 1));
  }

  /**
   * `match` for a path already split into its directory ('' at the root) and file name, so
   * that several sets can share one split (and V8's cached string hashes) per path.
   */
  matchIn(path: string, directory: string, name: string): T | undefined {
    if (this.values.length === 0) return undefined;
    const facts = this.directoryFacts(directory);
    let best = Math.min(facts.best, this.nameIndex(name));
    if (facts.literals !== undefined) best = Math.min(best, facts.literals.get(name) ?? best);
    for (const rule of facts.rules) {
      if (rule.index >= best) break;
      const hit =
        rule.name !== undefined
          ? nameMatches(rule.name, name)
          : (rule.whole as (p: string) => boolean)(path);
      if (hit) {
        best = rule.index;
        break;
      }
    }
    return best === Infinity ? undefined : this.values[best];
  }

  private file(mm: Minimatch, segments: Segments, index: number): void {
    const [first, second, third] = segments;
    const last = segments[segments.length - 1];
    const head = segments.slice(0, -1);
    const literalHead = head.every((s) => typeof s === 'string');
    if (literalHead && typeof last === 'string') {
      let inDirectory = this.literalPaths.get(head.join('/'));
      if (inDirectory === undefined) {
        inDirectory = new Map();
        this.literalPaths.set(head.join('/'), inDirectory);
      }
      keepLowest(inDirectory, last, index);
    } else if (literalHead && last === GLOBSTAR && head.length > 0) {
      keepLowest(this.directories, head.join('/'), index);
    } else if (first === GLOBSTAR && segments.length === 2 && second !== GLOBSTAR) {
      if (typeof second === 'string') keepLowest(this.literalNames, second, index);
      else if (second !== undefined) this.fileNameGlob(second, index);
    } else if (
      segments.length === 3 &&
      first === GLOBSTAR &&
      typeof second === 'string' &&
      third === GLOBSTAR
    ) {
      keepLowest(this.directoryNames, second, index);
    } else {
      this.fileGeneric(this.genericRule(mm, segments, index));
    }
  }

  private genericRule(mm: Minimatch, segments: Segments, index: number): GenericRule {
    const last = segments[segments.length - 1];
    // `x/**` matches what has at least one segment below x: a directory matching `x/**/`.
    const directorySegments = last === GLOBSTAR ? segments : segments.slice(0, -1);
    const directory = directoryRegExp(directorySegments);
    const byName = last !== undefined && last !== GLOBSTAR;
    if (directory !== undefined && (!byName || segmentSource(last) !== undefined)) {
      const name = byName ? nameRule(last, index) : undefined;
      return { index, segments, directory, name, whole: undefined };
    }
    const whole = (path: string): boolean => mm.matchOne(path.split('/'), segments, false);
    return { index, segments, directory: undefined, name: undefined, whole };
  }

  /** Files a glob under the most selective key that every directory it allows must have. */
  private fileGeneric(rule: GenericRule): void {
    const directories = rule.segments.slice(0, -1);
    const literalLead = directories.findIndex((s) => typeof s !== 'string');
    const prefix = directories.slice(0, literalLead === -1 ? directories.length : literalLead);
    if (prefix.length > 0) {
      push(this.genericByPrefix, prefix.join('/'), rule);
      return;
    }
    // Each non-globstar segment matches exactly one path segment, so a literal one must appear.
    const literal = directories.find((s): s is string => typeof s === 'string');
    if (literal !== undefined) push(this.genericBySegment, literal, rule);
    else this.genericAnywhere.push(rule);
  }

  private fileNameGlob(regex: MMRegExp, index: number): void {
    const rule = nameRule(regex, index);
    // A suffix with a dot shares its extension with every name it matches.
    if (rule.suffix !== undefined && rule.suffix.includes('.')) {
      push(this.suffixesByExtension, extensionOf(rule.suffix), rule);
      return;
    }
    const first = LITERAL_START.exec(regex._glob ?? '')?.[0];
    if (first !== undefined) push(this.nameRulesByFirst, first, rule);
    else this.nameRules.push(rule);
  }

  /** What a path's directory alone decides, cached per directory (paths share directories). */
  private directoryFacts(directory: string): DirectoryFacts {
    const cached = this.directoryCache.get(directory);
    if (cached !== undefined) return cached;
    let best = Infinity;
    const candidates = new Set<GenericRule>(this.genericAnywhere);
    const walk = directory === '' ? '' : `${directory}/`;
    let start = 0;
    for (let i = walk.indexOf('/'); i !== -1; start = i + 1, i = walk.indexOf('/', start)) {
      const prefix = walk.slice(0, i);
      const name = walk.slice(start, i);
      best = Math.min(
        best,
        this.directories.get(prefix) ?? Infinity,
        this.directoryNames.get(name) ?? Infinity,
      );
      for (const rule of this.genericByPrefix.get(prefix) ?? NO_RULES) candidates.add(rule);
      for (const rule of this.genericBySegment.get(name) ?? NO_RULES) candidates.add(rule);
    }
    const rules: GenericRule[] = [];
    for (const rule of candidates) {
      if (rule.index >= best) continue;
      if (rule.whole !== undefined) rules.push(rule);
      else if (rule.directory?.test(walk)) {
        if (rule.name === undefined) best = Math.min(best, rule.index);
        else rules.push(rule);
      }
    }
    const facts: DirectoryFacts = {
      best,
      rules: rules.filter((r) => r.index < best).sort(byIndex),
      literals: this.literalPaths.get(directory),
    };
    if (this.directoryCache.size >= CACHE_LIMIT) this.directoryCache.clear();
    this.directoryCache.set(directory, facts);
    return facts;
  }

  /** The first glob of the form `**\/name` that matches this file name, cached per name. */
  private nameIndex(name: string): number {
    const cached = this.nameCache.get(name);
    if (cached !== undefined) return cached;
    let best = this.literalNames.get(name) ?? Infinity;
    best = firstMatch(this.suffixesByExtension.get(extensionOf(name)), name, best);
    best = firstMatch(this.nameRulesByFirst.get(name.charAt(0)), name, best);
    best = firstMatch(this.nameRules, name, best);
    if (this.nameCache.size >= CACHE_LIMIT) this.nameCache.clear();
    this.nameCache.set(name, best);
    return best;
  }
}
