// Every GraphQL document the actions send on the way from an issue to a ready PR (one
// remediation round) and for each comment command, checked against GitHub's schema: it
// validates, its variables coerce, and the emulator's answer is one GitHub could give. The
// writes were first written from memory of GitHub's schema; this keeps them honest.
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { graphqlExchanges, schemaVerdict } from '../support/github/graphql-contract.js';
import { extraRules } from './command-world.js';
import { commandCalls, pipelineCalls } from './count-calls.js';
import { startWorld, type World } from './harness.js';

jest.setTimeout(240_000);

/** Each exchange the schema refuses, with why (none: []). */
function refused(w: World): { query: string; errors: string[] }[] {
  const sent = graphqlExchanges(w.gh.requests);
  expect(sent.length).toBeGreaterThan(0);
  return sent.flatMap((x) => {
    // NOT_FOUND is an answer GitHub gives (an issue read on a PR's number: the reader falls back).
    const failed = ((x.errors ?? []) as { type?: string }[]).filter((e) => e.type !== 'NOT_FOUND');
    const errors = [
      ...(failed.length === 0 ? [] : [`the emulator answered ${JSON.stringify(failed)}`]),
      ...schemaVerdict(x.query, x.variables, x.data).errors,
    ];
    return errors.length > 0 ? [{ query: x.query, errors }] : [];
  });
}

describe("the actions' GraphQL against GitHub's schema", () => {
  let w: World;
  afterAll(async () => w?.close());

  test('issue → ready with one remediation round', async () => {
    w = await startWorld();
    const { outcome } = await pipelineCalls(w);
    expect(outcome).toBe('ready');
    const fields = graphqlExchanges(w.gh.requests).flatMap((x) =>
      [...x.query.matchAll(/\w+: (\w+)\(input:/g)].map((m) => m[1]),
    );
    // The batched writes this path sends (each checked below).
    expect(new Set(fields)).toEqual(
      new Set([
        'createCheckRun',
        'updateCheckRun',
        'updatePullRequest',
        'updateIssueComment',
        'addPullRequestReview',
        'addLabelsToLabelable',
        'resolveReviewThread',
        'markPullRequestReadyForReview',
      ]),
    );
    expect(refused(w)).toEqual([]);
    await w.close();
  });

  test('each comment command', async () => {
    w = await startWorld({ rules: await extraRules() });
    await commandCalls(w);
    expect(refused(w)).toEqual([]);
  });
});
