const UNIT_MS = {
  ms: 1,
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
};

/**
 * Parses a duration such as "90s", "5m" or "1h30m" into milliseconds.
 * Throws a RangeError on anything it does not understand.
 */
export function parseDuration(text) {
  const input = String(text).trim();
  const match = /^(?:(\d+)(ms|s|m|h|d))+$/.exec(input);
  if (!match) throw new RangeError(`not a duration: "${text}"`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** Formats milliseconds back into the shortest duration string ("1h30m"). */
export function formatDuration(ms) {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`not a duration in ms: ${ms}`);
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const unit of ['d', 'h', 'm', 's', 'ms']) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * UNIT_MS[unit];
    }
  }
  return out;
}
