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
  readonly mm: Minimatch;
  readonly segments: Segments;
}

/** `*` then a literal suffix (`*.md`, `*_test.go`): an `endsWith` check instead of a regex. */
const STAR_SUFFIX = /^\*([^*?[\]{}()!+@\\/]+)$/;
/** Above this many distinct file names the per-name cache starts again (bounds its memory). */
const NAME_CACHE_LIMIT = 200_000;

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
  private readonly genericByFirstSegment = new Map<string, GenericRule[]>();
  private readonly genericAnywhere: GenericRule[] = [];
  private readonly nameCache = new Map<string, number>();

  constructor(entries: Iterable<{ readonly glob: string; readonly value: T }>) {
    for (const { glob, value } of entries) {
      const index = this.values.length;
      this.values.push(value);
      const mm = new Minimatch(glob, MINIMATCH_OPTIONS);
      // Brace expansion gives several alternatives; each is filed on its own.
      for (const segments of mm.set) this.file(mm, segments, index);
    }
    for (const list of this.suffixesByExtension.values()) list.sort(byIndex);
    for (const list of this.genericByFirstSegment.values()) list.sort(byIndex);
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
      const rule = { mm, segments, index };
      if (typeof first === 'string') push(this.genericByFirstSegment, first, rule);
      else this.genericAnywhere.push(rule);
    }
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
    let best = this.literalPaths.get(path) ?? Infinity;
    if (this.directories.size > 0 || this.directoryNames.size > 0) {
      let start = 0;
      for (let i = path.indexOf('/'); i !== -1; start = i + 1, i = path.indexOf('/', start)) {
        const underDir = this.directories.get(path.slice(0, i)) ?? Infinity;
        const underName = this.directoryNames.get(path.slice(start, i)) ?? Infinity;
        best = Math.min(best, underDir, underName);
      }
    }
    const slash = path.lastIndexOf('/');
    best = Math.min(best, this.nameIndex(slash === -1 ? path : path.slice(slash + 1)));
    if (this.genericByFirstSegment.size > 0 || this.genericAnywhere.length > 0) {
      const firstSlash = path.indexOf('/');
      const first = firstSlash === -1 ? path : path.slice(0, firstSlash);
      let parts: string[] | undefined;
      for (const list of [this.genericByFirstSegment.get(first), this.genericAnywhere]) {
        for (const rule of list ?? []) {
          if (rule.index >= best) break;
          parts ??= path.split('/');
          if (rule.mm.matchOne(parts, rule.segments, false)) {
            best = rule.index;
            break;
          }
        }
      }
    }
    return best;
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
    if (this.nameCache.size >= NAME_CACHE_LIMIT) this.nameCache.clear();
    this.nameCache.set(name, best);
    return best;
  }
}
