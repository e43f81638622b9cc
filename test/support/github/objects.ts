// Renderers for the objects many resources embed: users and repositories, with GitHub's URLs.
import type { components } from '@octokit/openapi-types';
import type { RepoState, State } from './state.js';

type Schemas = components['schemas'];

const WEB = 'https://github.com';

/** A stable numeric id for a login, so the same user always renders the same. */
function userId(login: string): number {
  let h = 7;
  for (const ch of login) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000;
  return h + 1;
}

export function renderUser(state: State, login: string): Schemas['simple-user'] {
  // GitHub percent-encodes bot logins in URLs: /users/name%5Bbot%5D.
  const api = `${state.baseUrl}/users/${encodeURIComponent(login)}`;
  const isBot = login.endsWith('[bot]');
  return {
    login,
    id: userId(login),
    node_id: state.nodeId(isBot ? 'BOT' : 'U', login),
    avatar_url: `https://avatars.githubusercontent.com/u/${userId(login)}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${WEB}/${isBot ? `apps/${login.replace('[bot]', '')}` : encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: isBot ? 'Bot' : 'User',
    site_admin: false,
    user_view_type: 'public',
  };
}

export const repoApiUrl = (state: State, repo: RepoState): string =>
  `${state.baseUrl}/repos/${repo.fullName}`;
export const repoHtmlUrl = (repo: RepoState): string => `${WEB}/${repo.fullName}`;

export function renderRepository(state: State, repo: RepoState): Schemas['repository'] {
  const api = repoApiUrl(state, repo);
  const html = repoHtmlUrl(repo);
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    owner: renderUser(state, repo.owner),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${repo.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: openIssues,
    open_issues_count: openIssues,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: repo.discussionCategories.length > 0,
    archived: false,
    disabled: false,
    visibility: repo.isPrivate ? 'private' : 'public',
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: true,
    is_template: false,
    topics: [],
  };
}

export function renderFullRepository(state: State, repo: RepoState): Schemas['full-repository'] {
  return {
    ...renderRepository(state, repo),
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    has_discussions: repo.discussionCategories.length > 0,
    network_count: 0,
    subscribers_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The GitHub App the emulator's tokens belong to (shown as the author of check runs). */
export function renderApp(state: State): NonNullable<Schemas['nullable-integration']> {
  return {
    id: 1,
    slug: 'lailatov',
    client_id: 'Iv1.emulator',
    node_id: state.nodeId('A', 1),
    owner: renderUser(state, 'lailatov'),
    name: 'LailaTov',
    description: 'GitHub emulator app',
    external_url: 'https://example.invalid/lailatov',
    html_url: 'https://github.com/apps/lailatov',
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    permissions: {
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
    },
    events: ['check_run', 'issues', 'pull_request'],
  };
}
