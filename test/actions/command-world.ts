// What the command tests and the command call counts share: the model's answers for the commands
// (on top of the demo's), and a writer's or a reader's comment with its issue_comment event.
import type { Rule } from '../support/model/types.js';
import { REPO, demoRules, type EventSpec, type World } from './harness.js';

export const reply = (tool: string, input: Record<string, unknown>, times = 5): Rule => ({
  name: tool,
  when: { toolChoice: tool },
  reply: { toolUses: [{ name: tool, input }] },
  times,
});

export const ANSWER = 'The retry is capped at 3 in src/duration.ts, line 4.';

export async function extraRules(): Promise<Rule[]> {
  return [
    ...(await demoRules()),
    reply('answer', { answer: ANSWER }),
    reply('describe_pr', {
      summary: 'Parses "1h30m" durations.',
      changes: ['adds parseDuration', 'adds its tests'],
      testing: 'unit tests',
    }),
    reply('plan', { steps: ['Add the parser', 'Add tests'] }),
  ];
}

/** `login` comments on #number through the API, and the issue_comment event for it. */
export async function commentEvent(
  w: World,
  o: { number: number; login: string; body: string; pr?: boolean; title?: string },
): Promise<{ id: number; event: EventSpec }> {
  w.gh.addToken(`tok-${o.login}`, { issues: 'write', contents: 'read' }, { login: o.login });
  const res = await fetch(`${w.gh.url}/repos/${REPO}/issues/${o.number}/comments`, {
    method: 'POST',
    headers: { authorization: `token tok-${o.login}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: o.body }),
  });
  const id = ((await res.json()) as { id: number }).id;
  const user = { login: o.login, type: 'User' };
  return {
    id,
    event: {
      name: 'issue_comment',
      payload: {
        action: 'created',
        issue: {
          number: o.number,
          title: o.title ?? 'the title',
          body: '',
          user: { login: 'alice' },
          labels: [],
          ...(o.pr && { pull_request: { url: 'x' } }),
        },
        comment: { id, body: o.body, user },
        sender: user,
      },
    },
  };
}
