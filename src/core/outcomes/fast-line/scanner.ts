import type { RiskTier, TerminalOutcome } from '../schema.js';
import type { OutcomeView, StageView } from '../view.js';
import { COLON, COMMA, CLOSE_OBJECT, DECLINE, OPEN_OBJECT } from './bytes.js';
import {
  CHECK_VALUES,
  END,
  F,
  FINDING_FIELDS,
  FIRST,
  LINES_FIELDS,
  LINK_FIELDS,
  OUTCOMES,
  RECORD_FIELDS,
  SEVERITIES,
  SOURCES,
  STAGE_FIELDS,
  STATUSES,
  TIERS,
  TOKEN_FIELDS,
  TOTALS_FIELDS,
} from './fields.js';
import { ValueReader } from './value-reader.js';

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
export class FastLineScanner extends ValueReader {
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

  /** The record's repository (checked as the validator does), decoded once per distinct name. */
  private repoName(): string {
    const known = this.recentValue(F.repo);
    if (known !== undefined) return known.text;
    this.repo();
    const text = this.name();
    this.remember(F.repo, text);
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
