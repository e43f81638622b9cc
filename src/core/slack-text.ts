// Slack mrkdwn escapes (api.slack.com/reference/surfaces/formatting): `&`, `<` and `>` are its
// control characters (links, and mentions such as `<!channel>` or `<@U123>`), so untrusted text
// escaped here shows literally and cannot ping anyone.
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
