// Extract, from GitHub's public GraphQL schema, the types and fields the pipeline's documents
// select (src/forge/github: issue-thread, pull-read, review-threads, pulls, review-poster,
// mutation-batch writes, digest-post) and the test emulator serves (test/support/github/routes/
// graphql*.ts) into test/support/github/graphql-subset.graphql; the input types and enums they
// take come along whole. test/github-emulator/graphql-schema.int.test.ts and
// test/actions/api-calls.int.test.ts validate the documents, their variables and the
// emulator's answers against it with graphql-js (test/support/github/graphql-contract.ts), as
// contract.int.test.ts does for REST. A new field in a document: add it to KEEP and regenerate.
//
// Regenerate (the schema is ~1.3 MB; never add @octokit/graphql-schema to package.json):
//   cd /tmp && npm pack @octokit/graphql-schema@15.26.1 && tar xzf octokit-graphql-schema-15.26.1.tgz package/schema.graphql
//   node scripts/extract-graphql.mjs /tmp/package/schema.graphql && npx prettier --write test/support/github/graphql-subset.graphql
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidSchema, buildASTSchema, Kind, parse, print } from 'graphql';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUTPUT = path.join(root, 'test/support/github/graphql-subset.graphql');
const SOURCE_VERSION = '@octokit/graphql-schema@15.26.1 schema.graphql';

/**
 * Object and interface type name -> the fields kept (null: each field whose type is kept). The
 * input types and enums the kept fields and arguments use come along whole, transitively (a
 * variable must coerce against the whole input type), and so do the scalars.
 */
const KEEP = {
  Query: ['repository', 'node'],
  Node: ['id'],
  Labelable: ['labels'],
  Mutation: [
    'createDiscussion',
    'updateDiscussion',
    'markPullRequestReadyForReview',
    'convertPullRequestToDraft',
    'resolveReviewThread',
    'unresolveReviewThread',
    'updatePullRequest',
    'updateIssueComment',
    'addComment',
    'addLabelsToLabelable',
    'createCheckRun',
    'updateCheckRun',
    'addPullRequestReview',
  ],
  Repository: [
    'id',
    'name',
    'nameWithOwner',
    'hasDiscussionsEnabled',
    'discussionCategories',
    'discussions',
    'discussion',
    'issue',
    'pullRequest',
  ],
  Discussion: [
    'id',
    'databaseId',
    'number',
    'title',
    'body',
    'url',
    'createdAt',
    'updatedAt',
    'category',
  ],
  DiscussionCategory: ['id', 'name', 'slug'],
  DiscussionConnection: null,
  DiscussionEdge: null,
  DiscussionCategoryConnection: null,
  DiscussionCategoryEdge: null,
  PageInfo: null,
  Actor: ['login'],
  User: ['id', 'login'],
  Bot: ['id', 'login'],
  Issue: [
    'id',
    'databaseId',
    'number',
    'title',
    'body',
    'state',
    'url',
    'author',
    'labels',
    'comments',
  ],
  IssueComment: ['id', 'databaseId', 'body', 'url', 'authorAssociation', 'author'],
  IssueCommentConnection: null,
  IssueCommentEdge: null,
  Label: ['id', 'name', 'color'],
  LabelConnection: null,
  LabelEdge: null,
  PullRequest: [
    'id',
    'databaseId',
    'number',
    'title',
    'url',
    'state',
    'isDraft',
    'body',
    'headRefName',
    'headRefOid',
    'baseRefName',
    'baseRefOid',
    'labels',
    'reviewThreads',
  ],
  PullRequestReviewThread: [
    'id',
    'isResolved',
    'isOutdated',
    'path',
    'line',
    'resolvedBy',
    'comments',
  ],
  PullRequestReviewThreadConnection: null,
  PullRequestReviewThreadEdge: null,
  PullRequestReviewComment: [
    'id',
    'databaseId',
    'body',
    'path',
    'line',
    'url',
    'createdAt',
    'author',
    'pullRequestReview',
    'replyTo',
  ],
  PullRequestReviewCommentConnection: null,
  PullRequestReviewCommentEdge: null,
  PullRequestReview: ['id', 'databaseId', 'body', 'state', 'author', 'url'],
  CheckRun: ['id', 'databaseId', 'name', 'status', 'conclusion', 'detailsUrl', 'permalink'],
  CreateDiscussionPayload: null,
  UpdateDiscussionPayload: null,
  MarkPullRequestReadyForReviewPayload: null,
  ConvertPullRequestToDraftPayload: null,
  ResolveReviewThreadPayload: null,
  UnresolveReviewThreadPayload: null,
  UpdatePullRequestPayload: null,
  UpdateIssueCommentPayload: null,
  AddCommentPayload: null,
  AddLabelsToLabelablePayload: null,
  CreateCheckRunPayload: null,
  UpdateCheckRunPayload: null,
  AddPullRequestReviewPayload: null,
};

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/extract-graphql.mjs <schema.graphql>');
  process.exit(2);
}
const doc = parse(await readFile(file, 'utf8'), { noLocation: true });
const byName = new Map(doc.definitions.filter((d) => d.name).map((d) => [d.name.value, d]));
const named = (t) => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const strip = (node) => ({ ...node, description: undefined, directives: [] });
const WHOLE = new Set([
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
]);

/** Input types, enums and scalars reached from the kept fields: kept whole. */
const whole = new Set();
/** Whether a field or argument of type `t` can be kept (pulling in what it needs). */
function keeps(t) {
  const n = named(t);
  if (BUILT_IN.has(n) || n in KEEP || whole.has(n)) return true;
  const def = byName.get(n);
  if (!def || !WHOLE.has(def.kind)) return false;
  whole.add(n);
  for (const f of def.fields ?? []) keeps(f.type);
  return true;
}

const out = [];
for (const [name, fields] of Object.entries(KEEP)) {
  const def = byName.get(name);
  if (!def) throw new Error(`GitHub's schema has no type ${name}`);
  const copy = strip(def);
  copy.fields = def.fields
    .filter((f) => (fields === null ? keeps(f.type) : fields.includes(f.name.value)))
    .map((f) => {
      if (!keeps(f.type))
        throw new Error(`${name}.${f.name.value}: type ${named(f.type)} not kept`);
      const args = (f.arguments ?? []).filter((a) => {
        const kept = keeps(a.type);
        if (!kept && a.type.kind === Kind.NON_NULL_TYPE)
          throw new Error(`${name}.${f.name.value}(${a.name.value}): required, type not kept`);
        return kept;
      });
      return { ...strip(f), arguments: args.map(strip) };
    });
  const missing = (fields ?? []).filter((f) => !copy.fields.some((g) => g.name.value === f));
  if (missing.length > 0) throw new Error(`${name} has no field(s) ${missing.join(', ')}`);
  // An interface the kept type implements, when the type keeps every field kept of it.
  copy.interfaces = (def.interfaces ?? []).filter((i) =>
    (KEEP[i.name.value] ?? [null]).every(
      (f) => f !== null && copy.fields.some((g) => g.name.value === f),
    ),
  );
  out.push(copy);
}
for (const n of [...whole].sort()) {
  const def = byName.get(n);
  out.push({
    ...strip(def),
    ...(def.values && { values: def.values.map(strip) }),
    ...(def.fields && { fields: def.fields.map(strip) }),
  });
}
const text = `# GitHub's GraphQL schema, the subset the pipeline's documents and the emulator use.
# Generated by scripts/extract-graphql.mjs from ${SOURCE_VERSION}: do not edit.
${print({ kind: Kind.DOCUMENT, definitions: out })}
`;
assertValidSchema(buildASTSchema(parse(text)));
await writeFile(OUTPUT, text);
console.log(`wrote ${path.relative(root, OUTPUT)} (${out.length} types)`);
