export const id = 6298;
export const ids = [6298];
export const modules = {

/***/ 96298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postDigestDiscussion: () => (/* binding */ postDigestDiscussion),
/* harmony export */   postDigestIssue: () => (/* binding */ postDigestIssue)
/* harmony export */ });
/* unused harmony exports DIGEST_LABEL, digestMarker, DISCUSSION_CATEGORIES_QUERY, CATEGORY_DISCUSSIONS_QUERY, CREATE_DISCUSSION_MUTATION, UPDATE_DISCUSSION_MUTATION */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57091);
// Posting `lailatov report`'s digest to GitHub: one issue, or one discussion, per period. A
// hidden marker in the body names the period, so a second run for the same period (a re-run, a
// retry) finds its post and edits it instead of opening another.



/** The label every digest issue carries: how a re-run finds it with one listing. */
const DIGEST_LABEL = 'lailatov-digest';
/** The hidden first line of a digest post. */
function digestMarker(key) {
    return `<!-- lailatov-digest: ${key.replace(/--/g, '- -')} -->`;
}
const withMarker = (p) => `${digestMarker(p.key)}\n${p.body}`;
/**
 * Creates the period's digest issue (labelled DIGEST_LABEL), or updates the one a previous run
 * created, open or closed. Needs `issues: write`.
 */
async function postDigestIssue(octokit, p) {
    const body = withMarker(p);
    const marker = digestMarker(p.key);
    try {
        const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, {
            ...p.repo,
            labels: DIGEST_LABEL,
            state: 'all',
            per_page: 100,
        });
        const found = labelled.find((i) => i.pull_request === undefined && (i.body ?? '').startsWith(marker));
        if (found === undefined) {
            const { data } = await octokit.rest.issues.create({
                ...p.repo,
                title: p.title,
                body,
                labels: [DIGEST_LABEL],
            });
            return { url: data.html_url, number: data.number, action: 'created' };
        }
        if (found.body === body && found.title === p.title)
            return { url: found.html_url, number: found.number, action: 'unchanged' };
        const { data } = await octokit.rest.issues.update({
            ...p.repo,
            issue_number: found.number,
            title: p.title,
            body,
        });
        return { url: data.html_url, number: data.number, action: 'updated' };
    }
    catch (error) {
        throw postError(error, p.repo, 'issue');
    }
}
/** The operations sent, exported so the schema test checks them against GitHub's schema. */
const DISCUSSION_CATEGORIES_QUERY = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    hasDiscussionsEnabled
    discussionCategories(first: 100) { nodes { id name slug } }
  }
}`;
const CATEGORY_DISCUSSIONS_QUERY = `query($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
  repository(owner: $owner, name: $name) {
    discussions(first: 100, after: $after, categoryId: $categoryId, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { id number title body url }
    }
  }
}`;
const CREATE_DISCUSSION_MUTATION = `mutation($input: CreateDiscussionInput!) {
  createDiscussion(input: $input) { discussion { id number url } }
}`;
const UPDATE_DISCUSSION_MUTATION = `mutation($input: UpdateDiscussionInput!) {
  updateDiscussion(input: $input) { discussion { id number url } }
}`;
/** Discussions of the category looked through for the period's post, newest first. */
const PAGES = 5;
/**
 * Creates the period's digest discussion in `category` (its name or slug), or updates the one a
 * previous run created there (among the category's 500 newest). Needs `discussions: write`.
 */
async function postDigestDiscussion(octokit, p) {
    const vars = { owner: p.repo.owner, name: p.repo.repo };
    try {
        const { repository: r } = await octokit.graphql(DISCUSSION_CATEGORIES_QUERY, vars);
        if (!r.hasDiscussionsEnabled)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${(0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .f)(p.repo)} has Discussions turned off. Fix: turn them on (Settings → General → Features → Discussions), or post with --post issue.`);
        const wanted = p.category.toLowerCase();
        const category = r.discussionCategories.nodes.find((c) => c.name.toLowerCase() === wanted || c.slug === wanted);
        if (category === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--category ${JSON.stringify(p.category)}: ${(0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .f)(p.repo)} has no such discussion category. Fix: pass one of ${r.discussionCategories.nodes.map((c) => JSON.stringify(c.name)).join(', ')}.`);
        const body = withMarker(p);
        const found = await findDiscussion(octokit, { ...vars, categoryId: category.id }, p.key);
        if (found === undefined) {
            const { createDiscussion: c } = await octokit.graphql(CREATE_DISCUSSION_MUTATION, {
                input: { repositoryId: r.id, categoryId: category.id, title: p.title, body },
            });
            return { url: c.discussion.url, number: c.discussion.number, action: 'created' };
        }
        if (found.body === body && found.title === p.title)
            return { url: found.url, number: found.number, action: 'unchanged' };
        const { updateDiscussion: u } = await octokit.graphql(UPDATE_DISCUSSION_MUTATION, { input: { discussionId: found.id, title: p.title, body } });
        return { url: u.discussion.url, number: u.discussion.number, action: 'updated' };
    }
    catch (error) {
        throw postError(error, p.repo, 'discussion');
    }
}
async function findDiscussion(octokit, vars, key) {
    const marker = digestMarker(key);
    let after = null;
    for (let page = 0; page < PAGES; page++) {
        const answer = await octokit.graphql(CATEGORY_DISCUSSIONS_QUERY, { ...vars, after });
        const { nodes, pageInfo } = answer.repository.discussions;
        const found = nodes.find((d) => d.body.startsWith(marker));
        if (found !== undefined || !pageInfo.hasNextPage)
            return found;
        after = pageInfo.endCursor;
    }
    return undefined;
}
/**
 * A token short of the scope is named with the one posting needs (reading first, it would fail
 * on the read scope, and then again on the write one). GraphQL answers 200 with FORBIDDEN.
 */
function postError(error, repo, what) {
    const errors = error.errors;
    const forbidden = Array.isArray(errors) && errors.some((e) => e.type === 'FORBIDDEN');
    const denied = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 403) && /not accessible by integration/i.test(error.message);
    if (forbidden || denied) {
        const permission = what === 'issue' ? 'issues: write' : 'discussions: write';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The token may not post the digest ${what} on ${(0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .f)(repo)} (${error.message}). Fix: add \`${permission}\` to the workflow's \`permissions:\` block (or grant it to the GitHub App).`, [permission]);
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
        repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .f)(repo),
        doing: `posting the digest ${what}`,
        tokenInput: 'GITHUB_TOKEN',
    });
}


/***/ })

};
