import { GLOBSTAR, Minimatch, type MMRegExp } from 'minimatch';
import { MINIMATCH_OPTIONS } from './glob.js';

type Segments = Minimatch['set'][number];

interface Indexed {
  readonly index: number;
}
interface SuffixRule extends Indexed {
  readonly suffix: string;
}
interface NameRule extends Indexed {
  readonly regex: MMRegExp;
}
interface GenericRule extends Indexed {
  readonly segments: Segments;
  /** Tests a whole normalized path. */
  readonly test: (path: string) => boolean;
}

/** `*` then a literal suffix (`*.md`, `*_test.go`): an `endsWith` check instead of a regex. */
const STAR_SUFFIX = /^\*([^*?[\]{}()!+@\\/]+)$/;
/** Above this many distinct names (or directories) a cache starts again: bounded memory. */
const CACHE_LIMIT = 200_000;

interface DirectoryFacts {
  /** The lowest index decided by the directories alone (`dir/**`, `**\/name/**`). */
  readonly best: number;
  /** Generic globs keyed by one of the directories, to try on each file in it. */
  readonly candidates: readonly (readonly GenericRule[])[];
}
const NO_DIRECTORY: DirectoryFacts = { best: Infinity, candidates: [] };

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

/** One path segment other than `.` and `..`: what `**` may step over with `dot: true`. */
const ANY_SEGMENT = '(?!\\.\\.?(?:/|$))[^/]+';

/**
 * One RegExp for a whole glob alternative, built from minimatch's parsed segments: a literal
 * segment is escaped, a wildcard segment reuses minimatch's own regex source, and `**` spans
 * zero or more segments (one or more at the end: minimatch's `a/**` does not match `a`).
 * Undefined when a segment has no reusable source; then minimatch's matcher is used instead.
 */
function segmentsRegExp(segments: Segments): RegExp | undefined {
  let source = '';
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === GLOBSTAR) {
      source += last ? `${ANY_SEGMENT}(?:/${ANY_SEGMENT})*` : `(?:${ANY_SEGMENT}/)*`;
      continue;
    }
    if (typeof segment === 'string') source += segment.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (segment._src !== undefined && segment.flags === '') source += `(?:${segment._src})`;
    else return undefined;
    if (!last) source += '/';
  }
  return new RegExp(`^${source}$`);
}

/**
 * An ordered list of anchored globs (from `toGlob`), compiled once, that answers "which is the
 * first glob matching this path?" without trying every glob. minimatch parses each glob once,
 * and each is filed by its shape:
 * - a literal path, `dir/**`, or `**\/name/**`: Map look-ups on the path and its directories;
 * - `**\/name` (a file name at any depth): answered once per distinct file name and cached,
 *   literal names by Map, `*.ext` by extension bucket, other name globs by their regex;
 * - anything else: minimatch's own segment matcher on the pre-split path, bucketed by a literal
 *   first segment, and tried only while it could still beat the best match found so far.
 * The answer equals `globs.findIndex((g) => minimatch(path, g, MINIMATCH_OPTIONS))` for
 * normalized paths; bench/risk.bench.ts checks that on 100k paths.
 */
export class PatternSet<T> {
  private readonly values: T[] = [];
  private readonly literalPaths = new Map<string, number>();
  /** `dir/**`: everything under one anchored directory. */
  private readonly directories = new Map<string, number>();
  /** `**\/name/**`: everything under any directory of that name. */
  private readonly directoryNames = new Map<string, number>();
  private readonly literalNames = new Map<string, number>();
  private readonly suffixesByExtension = new Map<string, SuffixRule[]>();
  private readonly nameRules: (SuffixRule | NameRule)[] = [];
  /** Other globs that start with literal directories, keyed by those directories. */
  private readonly genericByPrefix = new Map<string, GenericRule[]>();
  /** Other globs with a literal segment somewhere (`**\/migrations/*.sql`), keyed by it. */
  private readonly genericBySegment = new Map<string, GenericRule[]>();
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
    for (const list of this.genericByPrefix.values()) list.sort(byIndex);
    for (const list of this.genericBySegment.values()) list.sort(byIndex);
    this.nameRules.sort(byIndex);
    this.genericAnywhere.sort(byIndex);
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of the first glob (in construction order) that matches the normalized path. */
  match(path: string): T | undefined {
    const index = this.firstIndex(path);
    return index === Infinity ? undefined : this.values[index];
  }

  private file(mm: Minimatch, segments: Segments, index: number): void {
    const [first, second, third] = segments;
    const last = segments[segments.length - 1];
    const head = segments.slice(0, -1);
    const literalHead = head.every((s) => typeof s === 'string');
    if (literalHead && typeof last === 'string') {
      keepLowest(this.literalPaths, segments.join('/'), index);
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
      const regex = segmentsRegExp(segments);
      const test = regex
        ? (path: string) => regex.test(path)
        : (path: string) => mm.matchOne(path.split('/'), segments, false);
      this.fileGeneric({ segments, test, index });
    }
  }

  /** Files a glob under the most selective key that every path it matches must have. */
  private fileGeneric(rule: GenericRule): void {
    const directories = rule.segments.slice(0, -1);
    const literalLead = directories.findIndex((s) => typeof s !== 'string');
    const prefix = directories.slice(0, literalLead === -1 ? directories.length : literalLead);
    if (prefix.length > 0) {
      push(this.genericByPrefix, prefix.join('/'), rule);
      return;
    }
    // Each non-globstar segment matches exactly one path segment, so a literal one must appear.
    const literal = rule.segments.find((s): s is string => typeof s === 'string');
    if (literal !== undefined) push(this.genericBySegment, literal, rule);
    else this.genericAnywhere.push(rule);
  }

  private fileNameGlob(regex: MMRegExp, index: number): void {
    // minimatch keeps each segment's source glob on its RegExp.
    const suffix = STAR_SUFFIX.exec(regex._glob ?? '')?.[1];
    if (suffix === undefined) this.nameRules.push({ regex, index });
    // A suffix with a dot shares its extension with every name it matches.
    else if (suffix.includes('.'))
      push(this.suffixesByExtension, extensionOf(suffix), { suffix, index });
    else this.nameRules.push({ suffix, index });
  }

  private firstIndex(path: string): number {
    if (this.values.length === 0) return Infinity;
    const slash = path.lastIndexOf('/');
    const directory = slash === -1 ? NO_DIRECTORY : this.directoryFacts(path.slice(0, slash));
    const fileName = slash === -1 ? path : path.slice(slash + 1);
    let best = Math.min(
      this.literalPaths.get(path) ?? Infinity,
      directory.best,
      this.nameIndex(fileName),
    );
    const withName = this.genericBySegment.get(fileName);
    for (const list of [...directory.candidates, withName ?? [], this.genericAnywhere]) {
      for (const rule of list) {
        if (rule.index >= best) break;
        if (rule.test(path)) {
          best = rule.index;
          break;
        }
      }
    }
    return best;
  }

  /** What a path's directory alone decides, cached per directory (paths share directories). */
  private directoryFacts(directory: string): DirectoryFacts {
    const cached = this.directoryCache.get(directory);
    if (cached !== undefined) return cached;
    let best = Infinity;
    const candidates: GenericRule[][] = [];
    const walk = `${directory}/`;
    let start = 0;
    for (let i = walk.indexOf('/'); i !== -1; start = i + 1, i = walk.indexOf('/', start)) {
      const prefix = walk.slice(0, i);
      const name = walk.slice(start, i);
      best = Math.min(
        best,
        this.directories.get(prefix) ?? Infinity,
        this.directoryNames.get(name) ?? Infinity,
      );
      const underPrefix = this.genericByPrefix.get(prefix);
      if (underPrefix) candidates.push(underPrefix);
      const withSegment = this.genericBySegment.get(name);
      if (withSegment) candidates.push(withSegment);
    }
    const facts = { best, candidates };
    if (this.directoryCache.size >= CACHE_LIMIT) this.directoryCache.clear();
    this.directoryCache.set(directory, facts);
    return facts;
  }

  /** The first glob of the form `**\/name` that matches this file name, cached per name. */
  private nameIndex(name: string): number {
    const cached = this.nameCache.get(name);
    if (cached !== undefined) return cached;
    let best = this.literalNames.get(name) ?? Infinity;
    // With `dot: true`, `*` matches any name but `.` and `..`; a regex rule knows that itself.
    const starMatches = name !== '.' && name !== '..';
    if (starMatches) {
      for (const rule of this.suffixesByExtension.get(extensionOf(name)) ?? []) {
        if (rule.index >= best) break;
        if (name.endsWith(rule.suffix)) best = rule.index;
      }
    }
    for (const rule of this.nameRules) {
      if (rule.index >= best) break;
      const hit =
        'suffix' in rule ? starMatches && name.endsWith(rule.suffix) : rule.regex.test(name);
      if (hit) best = rule.index;
    }
    if (this.nameCache.size >= CACHE_LIMIT) this.nameCache.clear();
    this.nameCache.set(name, best);
    return best;
  }
}
