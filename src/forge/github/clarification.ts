// Whether the issue's author may steer a run by replying when they cannot write themselves: only
// when a writer handed the issue over (put the trigger label on) and the suite itself asked (put
// `needs-clarification` on). Both are read from the issue's label events, which record who did
// it; the labels on the issue alone do not (anyone with the triage role can set them).
import { isBot } from './events/parse-event.js';
import { authorizeActor, normalizeBot, type Authorization } from './authorize.js';
import type { GitHubRequester } from './client.js';
import { wrapApiError } from './errors.js';
import type { RepoRef } from './repo.js';

export interface LabelEvent {
  readonly event: string;
  readonly label: string;
  readonly actor: { readonly login: string; readonly type: string } | null;
}

export interface ReplyOptions {
  readonly repo: RepoRef;
  readonly issue: number;
  readonly author: string;
  readonly triggerLabel: string;
  readonly clarificationLabel: string;
  /** The logins the suite acts as: the workflow token's bot and the bots it may run as. */
  readonly suiteLogins: readonly string[];
  /** `allowed-bots`: a listed bot's trigger label counts as a writer's. */
  readonly allowedBots: readonly string[];
}

const PAGE = 100;
/** A timeline longer than this is not read further: the newest events are what matter. */
const MAX_PAGES = 10;

/** The issue's label events, oldest first. */
export async function labelEvents(
  octokit: GitHubRequester,
  repo: RepoRef,
  issue: number,
): Promise<LabelEvent[]> {
  const out: LabelEvent[] = [];
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
        { owner: repo.owner, repo: repo.repo, issue_number: issue, per_page: PAGE, page },
      );
      for (const e of data) {
        if (!('label' in e) || (e.event !== 'labeled' && e.event !== 'unlabeled')) continue;
        const actor = e.actor ? { login: e.actor.login, type: e.actor.type } : null;
        out.push({ event: e.event, label: e.label.name, actor });
      }
      if (data.length < PAGE) break;
    }
  } catch (error) {
    throw wrapApiError(error, {
      repo: `${repo.owner}/${repo.repo}`,
      doing: `reading the label events of #${issue}`,
    });
  }
  return out;
}

/** Who put `label` on last, or null when no one did. Pure. */
export function lastLabeler(events: readonly LabelEvent[], label: string): LabelEvent['actor'] {
  const wanted = label.toLowerCase();
  const hit = events.findLast((e) => e.event === 'labeled' && e.label.toLowerCase() === wanted);
  return hit?.actor ?? null;
}

export async function admitAuthorReply(
  octokit: GitHubRequester,
  o: ReplyOptions,
): Promise<Authorization> {
  const events = await labelEvents(octokit, o.repo, o.issue);
  const refuse = (why: string): Authorization => ({
    allowed: false,
    reason: `ignored: ${o.author} (the author of #${o.issue}, without write permission) replied, but ${why}; a reply from the author steers a run only when a writer put \`${o.triggerLabel}\` on and LailaTov asked the question.`,
  });
  const asker = lastLabeler(events, o.clarificationLabel);
  const suite = new Set(o.suiteLogins.map(normalizeBot));
  if (asker === null || !isBot(asker) || !suite.has(normalizeBot(asker.login)))
    return refuse(
      `\`${o.clarificationLabel}\` was put on by ${asker?.login ?? 'no one on record'}, not by LailaTov`,
    );
  const labeler = lastLabeler(events, o.triggerLabel);
  if (labeler === null) return refuse(`no one on record put \`${o.triggerLabel}\` on`);
  const verdict = await authorizeActor(octokit, {
    repo: o.repo,
    actor: labeler,
    allowedBots: o.allowedBots,
  });
  return verdict.allowed
    ? verdict
    : refuse(`\`${o.triggerLabel}\` was put on by ${labeler.login}, who may not start a run`);
}

/** The identity the workflow token acts as; with `allowed-bots`, the logins the suite runs as. */
export const SUITE_BOTS: readonly string[] = ['github-actions[bot]'];

/**
 * The forge's `admitsAuthor`: whether the issue author's comments may reach a prompt, by the same
 * rule as their reply steering a run (a writer labelled the issue and the suite asked).
 */
export function authorAdmission(
  octokit: GitHubRequester,
  o: Omit<ReplyOptions, 'issue' | 'author'>,
): (issue: number, author: string) => Promise<boolean> {
  return async (issue, author) =>
    (await admitAuthorReply(octokit, { ...o, issue, author })).allowed;
}
