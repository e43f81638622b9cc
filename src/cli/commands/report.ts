import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import {
  DIGEST_FORMATS,
  digestJson,
  periodLabel,
  renderDigestMarkdown,
  renderDigestSlack,
  type DigestFormat,
} from '../../core/report/digest.js';
import { cliGitHubClient } from '../github-client.js';
import { ExitCode, type CliIo, type Command } from '../io.js';
import { cliNow, DEFAULT_LOCAL_LOG, parsePeriod } from '../outcome-args.js';
import { readSourcesFromArgs, SOURCE_OPTIONS, SOURCE_USAGE } from '../outcome-sources.js';

const POST_TARGETS = ['issue', 'discussion'] as const;

const HELP = `Usage: lailatov report [--log PATH | --repo OWNER/NAME | --owner NAME]...
                       [--period 7d|4w|all | --since DATE [--until DATE]]
                       [--format markdown|slack|json] [--json]
                       [--post issue | --post discussion --category NAME] [--post-to OWNER/NAME]

A digest of the outcome log for a period (default: the last 7 days): issues handled, outcomes by
terminal state, resolve rate, cost per PR (p50, p90), time to ready, escalations with links, top
findings, engines and models side by side.
${SOURCE_USAGE}
                    (with none of --log, --repo, --owner: ${DEFAULT_LOCAL_LOG})
  --format F        markdown (with Mermaid charts; for a job summary or an issue), slack (a Block
                    Kit payload for an incoming webhook) or json (default markdown)
  --json            the same as --format json
  --server-url U    for links (default GITHUB_SERVER_URL, else https://github.com)
  --post WHERE      also post the Markdown digest to GitHub: issue (labelled lailatov-digest;
                    needs issues: write) or discussion (needs discussions: write). One post per
                    period: a second run for the same period updates it, never duplicates it
  --category NAME   the discussion category (name or slug), with --post discussion
  --post-to R       the repository to post to (default GITHUB_REPOSITORY, else the one --repo)
LAILATOV_NOW pins "now" (ISO time). Corrupt lines are skipped and named on stderr.
`;

export const reportCommand: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        ...SOURCE_OPTIONS,
        period: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        'server-url': { type: 'string' },
        post: { type: 'string' },
        category: { type: 'string' },
        'post-to': { type: 'string' },
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
  const post = postTarget(values, format, io);
  const period = parsePeriod(values, cliNow(io.env), 7);
  const options = {
    period,
    serverUrl: values['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
  };
  const named = [values.log, values.repo, values.owner].some((x) => (x?.length ?? 0) > 0);
  const sources = named ? values : { ...values, log: [DEFAULT_LOCAL_LOG] };
  const read = await readSourcesFromArgs(sources, io, 'report', { kind: 'analytics', options });
  if (read === undefined) return ExitCode.badInput;
  const a = read.accumulator.result();
  if (format === 'json') io.stdout(`${JSON.stringify(digestJson(a))}\n`);
  else if (format === 'slack') io.stdout(`${JSON.stringify(renderDigestSlack(a))}\n`);
  else {
    // --post implies markdown (postTarget): the post is the very text printed.
    const markdown = renderDigestMarkdown(a);
    io.stdout(markdown);
    if (post !== undefined) await postDigest(post, periodLabel(a), markdown, io);
  }
  return ExitCode.ok;
};

interface PostTarget {
  readonly where: (typeof POST_TARGETS)[number];
  readonly repo: string;
  readonly category?: string;
}

/** Checks the posting flags before anything is read. */
function postTarget(
  v: { post?: string; category?: string; 'post-to'?: string; repo?: string[] },
  format: DigestFormat,
  io: CliIo,
): PostTarget | undefined {
  if (v.post === undefined) {
    if (v.category !== undefined || v['post-to'] !== undefined)
      throw new UserError(
        '--category and --post-to go with --post. Fix: add --post issue|discussion.',
      );
    return undefined;
  }
  const where = v.post as PostTarget['where'];
  if (!POST_TARGETS.includes(where))
    throw new UserError(`--post must be issue or discussion, got ${JSON.stringify(v.post)}.`);
  if (format !== 'markdown')
    throw new UserError(
      `--post posts the Markdown digest. Fix: drop --format ${format} (or --json).`,
    );
  if (where === 'discussion' && (v.category ?? '').trim() === '')
    throw new UserError(
      '--post discussion needs --category NAME (e.g. --category Announcements): the discussion category to post in.',
    );
  if (where === 'issue' && v.category !== undefined)
    throw new UserError('--category is for --post discussion. Fix: drop it, or post a discussion.');
  const repo =
    v['post-to'] ?? io.env.GITHUB_REPOSITORY ?? (v.repo?.length === 1 ? v.repo[0] : undefined);
  if (repo === undefined || repo === '')
    throw new UserError(
      '--post needs a repository to post to. Fix: pass --post-to OWNER/NAME (on GitHub Actions, GITHUB_REPOSITORY is used).',
    );
  return { where, repo, category: v.category };
}

async function postDigest(t: PostTarget, key: string, body: string, io: CliIo): Promise<void> {
  const { parseRepo } = await import('../../forge/github/repo.js');
  const { postDigestDiscussion, postDigestIssue } =
    await import('../../forge/github/digest-post.js');
  const repo = parseRepo(t.repo, '--post-to');
  const octokit = await cliGitHubClient(io, 'report', {
    flags: '--post writes the digest',
    may: t.where === 'issue' ? 'write issues' : 'write discussions',
  });
  const post = { repo, key, title: `LailaTov digest: ${key}`, body };
  const done =
    t.where === 'issue'
      ? await postDigestIssue(octokit, post)
      : await postDigestDiscussion(octokit, { ...post, category: t.category ?? '' });
  io.stderr(`lailatov report: ${done.action} ${t.where} #${done.number}: ${done.url}\n`);
}
