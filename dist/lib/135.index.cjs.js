"use strict";
exports.id = 135;
exports.ids = [135];
exports.modules = {

/***/ 13135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SlackNotifier: () => (/* binding */ SlackNotifier),
  slackBlocks: () => (/* binding */ slackBlocks)
});

;// CONCATENATED MODULE: ./src/core/slack-text.ts
// Slack mrkdwn escapes (api.slack.com/reference/surfaces/formatting): `&`, `<` and `>` are its
// control characters (links, and mentions such as `<!channel>` or `<@U123>`), so untrusted text
// escaped here shows literally and cannot ping anyone.
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/action/slack.ts
// Escalations to Slack through an incoming webhook, as Block Kit. A Slack outage never fails the
// stage: the escalation is already on the PR and in the outcome log; the failure is logged.

/** Slack caps a section's text at 3000 characters. */
const SECTION_MAX = 3000;
/** At most `max` characters of escaped text, never cutting an entity such as `&amp;` in two. */
function clip(escaped, max) {
    if (escaped.length <= max)
        return escaped;
    return `${escaped.slice(0, max - 1).replace(/&[a-z]*$/, '')}…`;
}
function slackBlocks(n, links) {
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
function toMrkdwn(md) {
    return md.replace(/\*\*(.+?)\*\*/g, '*$1*').replace(/^- /gm, '• ');
}
class SlackNotifier {
    webhookUrl;
    logger;
    links = [];
    constructor(webhookUrl, logger) {
        this.webhookUrl = webhookUrl;
        this.logger = logger;
    }
    /** Links shown under every message from this run (the PR, the run). */
    link(text, url) {
        if (url)
            this.links.push({ text, url });
    }
    async notify(n) {
        if (!this.webhookUrl)
            return;
        try {
            const res = await fetch(this.webhookUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(slackBlocks(n, this.links)),
                signal: AbortSignal.timeout(10_000),
            });
            if (!res.ok)
                this.logger.warn(`Slack answered ${res.status}: the escalation was not posted there`);
        }
        catch (e) {
            this.logger.warn(`Slack webhook failed: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
}


/***/ })

};
;