// Escalations to Slack through an incoming webhook, as Block Kit. A Slack outage never fails the
// stage: the escalation is already on the PR and in the outcome log; the failure is logged.
import { escapeMrkdwn } from '../core/slack-text.js';
import type { Logger, Notification, Notifier } from '../stages/ports.js';

/** Slack caps a section's text at 3000 characters. */
const SECTION_MAX = 3000;

/** At most `max` characters of escaped text, never cutting an entity such as `&amp;` in two. */
function clip(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, max - 1).replace(/&[a-z]*$/, '')}…`;
}

export function slackBlocks(n: Notification, links: readonly { text: string; url: string }[]) {
  const text = clip(escapeMrkdwn(n.text), SECTION_MAX);
  return {
    // The notification's fallback text is mrkdwn too; the header below is plain text.
    text: escapeMrkdwn(`${n.level === 'warning' ? '⚠️ ' : ''}${n.title}`),
    blocks: [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: `${n.level === 'warning' ? '⚠️ ' : ''}${n.title}`.slice(0, 150),
        },
      },
      { type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(text) } },
      ...(links.length > 0
        ? [
            {
              type: 'context',
              elements: [
                {
                  type: 'mrkdwn',
                  text: links.map((l) => `<${l.url}|${escapeMrkdwn(l.text)}>`).join(' · '),
                },
              ],
            },
          ]
        : []),
    ],
  };
}

/** GitHub Markdown → Slack mrkdwn for what our summaries use: bold and bullet lists. */
function toMrkdwn(md: string): string {
  return md.replace(/\*\*(.+?)\*\*/g, '*$1*').replace(/^- /gm, '• ');
}

export class SlackNotifier implements Notifier {
  private readonly links: { text: string; url: string }[] = [];

  constructor(
    private readonly webhookUrl: string | null,
    private readonly logger: Logger,
  ) {}

  /** Links shown under every message from this run (the PR, the run). */
  link(text: string, url: string | null): void {
    if (url) this.links.push({ text, url });
  }

  async notify(n: Notification): Promise<void> {
    if (!this.webhookUrl) return;
    try {
      const res = await fetch(this.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(slackBlocks(n, this.links)),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok)
        this.logger.warn(`Slack answered ${res.status}: the escalation was not posted there`);
    } catch (e) {
      this.logger.warn(`Slack webhook failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
