// The pure parts of "who may steer": the dispatch nonce ledger, who put a label on last, and
// the nonce on the wire.
import { describe, expect, test } from '@jest/globals';
import {
  issueNonce,
  markUsed,
  nonceRefusal,
  parseLedger,
} from '../../src/action/dispatch-nonce.js';
import { lastLabeler } from '../../src/forge/github/clarification.js';
import { isStageDispatch, parseEvent } from '../../src/forge/github/events/parse-event.js';
import { stageDispatchRequest } from '../../src/forge/github/events/dispatch.js';

const where = 'the body of PR #3';

describe('dispatch nonces', () => {
  test('only the pending nonce of the right stage runs; once used, only a re-run of that run', () => {
    const ledger = issueNonce(null, 'review');
    const nonce = ledger.pending?.nonce ?? '';
    expect(nonceRefusal(ledger, { stage: 'review', nonce, where }, 'r1')).toBeNull();
    expect(nonceRefusal(ledger, { stage: 'remediate', nonce, where }, 'r1')).toMatch(
      /unknown nonce/,
    );
    expect(nonceRefusal(ledger, { stage: 'review', nonce: null, where }, 'r1')).toMatch(
      /carries no nonce/,
    );
    const used = markUsed(ledger, nonce, 'r1');
    expect(used.pending).toBeNull();
    expect(nonceRefusal(used, { stage: 'review', nonce, where }, 'r1')).toBeNull();
    expect(nonceRefusal(used, { stage: 'review', nonce, where }, 'r2')).toMatch(
      /already used by run r1/,
    );
    // A new nonce replaces the pending one and keeps the used ones.
    const next = issueNonce(used, 'remediate');
    expect(next.used).toEqual(used.used);
    expect(next.pending?.nonce).not.toBe(nonce);
  });

  test('the ledger read back from an edited body keeps only well-formed entries, and at most ten used', () => {
    expect(parseLedger('x')).toBeNull();
    expect(
      parseLedger({
        pending: { nonce: 'n', stage: 'deploy' },
        used: [{ nonce: 'a', stage: 'write', run: '1' }, { nonce: 'b', stage: 'write' }, 7],
      }),
    ).toEqual({ pending: null, used: [{ nonce: 'a', stage: 'write', run: '1' }] });
    let l = issueNonce(null, 'review');
    for (let i = 0; i < 12; i++) {
      l = markUsed(l, l.pending?.nonce ?? '', `run-${i}`);
      l = issueNonce(l, 'review');
    }
    expect(l.used.map((u) => u.run)).toEqual(Array.from({ length: 10 }, (_, i) => `run-${i + 2}`));
  });

  test('the nonce travels in the client payload; a malformed one reads as absent', () => {
    const nonce = issueNonce(null, 'write').pending?.nonce ?? '';
    const req = stageDispatchRequest('write', {
      issue: 4,
      pr: null,
      round: 0,
      correlationId: 'c',
      nonce,
    });
    const read = (client_payload: unknown) => {
      const e = parseEvent('repository_dispatch', {
        action: req.event_type,
        client_payload,
        sender: { login: 'github-actions[bot]', type: 'Bot' },
      });
      if (!isStageDispatch(e)) throw new Error(e.kind);
      return e.payload.nonce;
    };
    expect(read(req.client_payload)).toBe(nonce);
    expect(read({ ...req.client_payload, nonce: 'guess' })).toBeNull();
  });
});

describe('who put a label on', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const tina = { login: 'tina', type: 'User' };
  test('the last `labeled` event of that label counts, whatever the case of its name', () => {
    const events = [
      { event: 'labeled', label: 'Needs-Clarification', actor: bot },
      { event: 'unlabeled', label: 'needs-clarification', actor: tina },
      { event: 'labeled', label: 'needs-clarification', actor: tina },
      { event: 'labeled', label: 'ai-agent', actor: bot },
    ];
    expect(lastLabeler(events, 'needs-clarification')).toEqual(tina);
    expect(lastLabeler(events.slice(0, 2), 'needs-clarification')).toEqual(bot);
    expect(lastLabeler(events, 'other')).toBeNull();
  });
});
