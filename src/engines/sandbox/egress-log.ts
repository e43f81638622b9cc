// The egress proxy's record of what it decided (egress-proxy.ts moves the bytes; this counts
// them): one row per host, port and verdict, capped so an agent that tries many hosts cannot
// grow it without bound, and the Markdown table the job summary shows.

/** One row of the log: every decision about one host and port with the same outcome. */
export interface EgressLogEntry {
  readonly host: string;
  readonly port: number;
  readonly allowed: boolean;
  /** Why it was refused. */
  readonly reason?: string;
  /** Requests decided (CONNECTs and forwarded requests). */
  readonly requests: number;
  /** Bytes from the agent to the host. */
  readonly bytesOut: number;
  /** Bytes from the host to the agent. */
  readonly bytesIn: number;
}

export interface EgressStats {
  readonly allowed: number;
  readonly refused: number;
  readonly bytesOut: number;
  readonly bytesIn: number;
  readonly entries: readonly EgressLogEntry[];
  /** Decisions about hosts past `maxLogEntries`, counted in the totals only. */
  readonly unlistedDecisions: number;
}

/** A row the proxy counts bytes on as they flow, in the row and in the totals. */
export interface EgressRow {
  out(bytes: number): void;
  in(bytes: number): void;
}

export interface EgressLog {
  /** Counts a decision (refused when `reason` is given); returns its row. */
  record(host: string, port: number, reason?: string): EgressRow;
  stats(): EgressStats;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A log that lists at most `maxEntries` distinct rows; later ones count in the totals only. */
export function createEgressLog(maxEntries: number): EgressLog {
  const rows = new Map<string, Mutable<EgressLogEntry>>();
  const totals = { allowed: 0, refused: 0, bytesOut: 0, bytesIn: 0, unlistedDecisions: 0 };
  return {
    record(rawHost, port, reason) {
      const host = rawHost.length > 200 ? `${rawHost.slice(0, 200)}…` : rawHost;
      const allowed = reason === undefined;
      if (allowed) totals.allowed += 1;
      else totals.refused += 1;
      const key = `${host}|${port}|${reason ?? ''}`;
      let entry = rows.get(key);
      if (!entry) {
        entry = { host, port, allowed, requests: 0, bytesOut: 0, bytesIn: 0 };
        if (reason !== undefined) entry.reason = reason;
        if (rows.size < maxEntries) rows.set(key, entry);
        else totals.unlistedDecisions += 1;
      }
      entry.requests += 1;
      const row = entry;
      return {
        out: (n) => {
          row.bytesOut += n;
          totals.bytesOut += n;
        },
        in: (n) => {
          row.bytesIn += n;
          totals.bytesIn += n;
        },
      };
    },
    stats: () => ({ ...totals, entries: [...rows.values()].map((e) => ({ ...e })) }),
  };
}

/** The log as a Markdown table for the job summary: refusals first, then the busiest hosts. */
export function egressSummaryMarkdown(stats: EgressStats): string {
  const lines = [
    `Network egress: ${stats.allowed} allowed, ${stats.refused} refused, ` +
      `${stats.bytesOut} bytes out, ${stats.bytesIn} bytes in.`,
  ];
  if (stats.entries.length === 0) return lines[0]!;
  const rows = [...stats.entries].sort(
    (a, b) => Number(a.allowed) - Number(b.allowed) || b.bytesIn - a.bytesIn,
  );
  lines.push(
    '',
    '| Host | Port | Verdict | Requests | Bytes out | Bytes in |',
    '|---|---|---|---|---|---|',
  );
  for (const e of rows) {
    // Hosts (and reasons that quote them) came from the agent: no markup, pipes or mentions.
    const cell = (t: string) => t.replace(/[^\w .,:;()"'/*[\]-]/g, '?');
    const verdict = e.allowed ? 'allowed' : `refused: ${cell(e.reason ?? '')}`;
    lines.push(
      `| \`${cell(e.host)}\` | ${e.port} | ${verdict} | ${e.requests} | ${e.bytesOut} | ${e.bytesIn} |`,
    );
  }
  if (stats.unlistedDecisions > 0) {
    lines.push(
      '',
      `${stats.unlistedDecisions} more decisions about other hosts are counted above only.`,
    );
  }
  return lines.join('\n');
}
