// Reactions on issues and issue comments (the pipeline's "eyes" acknowledgement).
import type { components } from '@octokit/openapi-types';
import { validationFailed, type HandlerContext } from '../http.js';
import { bodyObject, repoOf } from '../params.js';
import { renderUser } from '../objects.js';
import { listResult } from '../pagination.js';
import type { Route } from '../router.js';
import type { ReactionRecord, State } from '../state.js';
import { commentOf, issueOf } from './issues.js';

type Schemas = components['schemas'];
type Content = Schemas['reaction']['content'];

const CONTENTS: readonly Content[] = [
  '+1',
  '-1',
  'laugh',
  'confused',
  'heart',
  'hooray',
  'rocket',
  'eyes',
];

export function renderReactionRollup(
  url: string,
  reactions: readonly ReactionRecord[],
): Schemas['reaction-rollup'] {
  const count = (c: Content) => reactions.filter((r) => r.content === c).length;
  return {
    url,
    total_count: reactions.length,
    '+1': count('+1'),
    '-1': count('-1'),
    laugh: count('laugh'),
    confused: count('confused'),
    heart: count('heart'),
    hooray: count('hooray'),
    eyes: count('eyes'),
    rocket: count('rocket'),
  };
}

function renderReaction(state: State, r: ReactionRecord): Schemas['reaction'] {
  return {
    id: r.id,
    node_id: r.nodeId,
    user: renderUser(state, r.user),
    content: r.content,
    created_at: r.createdAt,
  };
}

/** GitHub answers 200 with the existing reaction when the same user reacts twice. */
function addReaction(ctx: HandlerContext, list: ReactionRecord[]) {
  const content = bodyObject(ctx).content;
  if (typeof content !== 'string' || !CONTENTS.includes(content as Content)) {
    throw validationFailed('Reaction', 'content', 'invalid');
  }
  const existing = list.find((r) => r.user === ctx.token.login && r.content === content);
  if (existing) return { status: 200, body: renderReaction(ctx.state, existing) };
  const id = ctx.state.nextId();
  const reaction: ReactionRecord = {
    id,
    nodeId: ctx.state.nodeId('REA', id),
    user: ctx.token.login,
    content: content as Content,
    createdAt: ctx.state.now(),
  };
  list.push(reaction);
  return { status: 201, body: renderReaction(ctx.state, reaction) };
}

function listReactions(ctx: HandlerContext, list: readonly ReactionRecord[]) {
  const wanted = ctx.query.content;
  const filtered = wanted ? list.filter((r) => r.content === wanted) : list;
  return listResult(ctx, filtered, (r) => renderReaction(ctx.state, r));
}

const read = { scope: 'issues', level: 'read' } as const;
const write = { scope: 'issues', level: 'write' } as const;
const issueReactions = (ctx: HandlerContext) => issueOf(ctx, repoOf(ctx)).reactions;
const commentReactions = (ctx: HandlerContext) => commentOf(ctx, repoOf(ctx)).reactions;

export const reactionRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/reactions',
    permission: read,
    handler: (ctx) => listReactions(ctx, issueReactions(ctx)),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/reactions',
    permission: write,
    handler: (ctx) => addReaction(ctx, issueReactions(ctx)),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    permission: read,
    handler: (ctx) => listReactions(ctx, commentReactions(ctx)),
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    permission: write,
    handler: (ctx) => addReaction(ctx, commentReactions(ctx)),
  },
];
