import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import {
  DIGEST_FORMATS,
  digestJson,
  renderDigestMarkdown,
  renderDigestSlack,
  type DigestFormat,
} from '../../core/report/digest.js';
import { readOutcomeSources } from '../../outcomes/sources.js';
import { ExitCode, type Command } from '../io.js';
import { cliNow, logTargets, parsePeriod, unreadableLog } from '../outcome-args.js';

const HELP = `Usage: lailatov report [--log PATH]... [--period 7d|4w|all | --since DATE [--until DATE]]
                       [--repo owner/name]... [--format markdown|slack|json] [--json]

A digest of the outcome log for a period (default: the last 7 days): issues handled, outcomes by
terminal state, resolve rate, cost per PR (p50, p90), time to ready, escalations with links, top
findings, engines and models side by side.
  --log PATH      a log file or a folder (a checkout of the data branch); repeatable
                  (default .lailatov/outcomes.jsonl)
  --repo R        only these repositories (owner/name); repeatable
  --format F      markdown (with Mermaid charts; for a job summary or an issue), slack (a Block
                  Kit payload for an incoming webhook) or json (default markdown)
  --json          the same as --format json
  --server-url U  for links (default GITHUB_SERVER_URL, else https://github.com)
LAILATOV_NOW pins "now" (ISO time). Corrupt lines are skipped and counted on stderr.
`;

export const reportCommand: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        log: { type: 'string', multiple: true },
        period: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        repo: { type: 'string', multiple: true },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        'server-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Fix: see 'lailatov report --help'.`);
  }
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const format = (values.json ? 'json' : (values.format ?? 'markdown')) as DigestFormat;
  if (!DIGEST_FORMATS.includes(format))
    throw new UserError(
      `--format must be one of ${DIGEST_FORMATS.join(', ')}, got ${JSON.stringify(values.format)}.`,
    );
  const period = parsePeriod(values, cliNow(io.env), 7);
  const targets = logTargets(values.log, io.cwd);
  const options = {
    period,
    repos: values.repo,
    serverUrl: values['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
  };
  const read = await readOutcomeSources({ logs: targets }, { kind: 'analytics', options }).catch(
    (e: unknown) => {
      throw unreadableLog(e, targets);
    },
  );
  for (const c of read.corrupt)
    io.stderr(
      `${c.file}: skipped ${c.count} corrupt line(s), the first at line ${c.lines[0]?.line}\n`,
    );
  const a = read.accumulator.result();
  if (format === 'json') io.stdout(`${JSON.stringify(digestJson(a))}\n`);
  else if (format === 'slack') io.stdout(`${JSON.stringify(renderDigestSlack(a))}\n`);
  else io.stdout(renderDigestMarkdown(a));
  return ExitCode.ok;
};
