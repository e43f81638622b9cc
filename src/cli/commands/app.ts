import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { wrapApiError } from '../../forge/github/errors.js';
import { fullName } from '../../forge/github/repo.js';
import { parseCommand, requireFlag } from '../stage-command.js';
import {
  convertManifestCode,
  installUrl,
  startManifestFlow,
  type CreatedApp,
} from '../../onboard/app-manifest.js';
import { githubAccess, type GitHubAccess } from '../../onboard/github-access.js';
import { storeAppCredentials } from '../../onboard/repo-settings.js';
import { ExitCode, type CliIo, type Command } from '../io.js';

const HELP = `Usage: lailatov app create --github OWNER/REPO [--org ORG] [--name NAME] [--timeout SECONDS]

Creates the suite's GitHub App with GitHub's manifest flow, in one command. It serves a page on
127.0.0.1: open it in your browser, and GitHub asks you to confirm an App with exactly the
permissions the suite needs (contents, issues, pull requests, checks: write; metadata: read; no
workflows, no webhook). GitHub then sends your browser back to this command, which stores on the
repository the App id as the variable LAILATOV_APP_ID, its bot login as LAILATOV_BOT and its
private key as the secret LAILATOV_APP_PRIVATE_KEY, and prints the link that installs the App.
  --github OWNER/REPO  the repository whose workflows use the App (the token needs admin rights)
  --org ORG            create the App under an organization instead of your account
  --name NAME          the App's name, unique on GitHub (default lailatov-OWNER-REPO, 34 chars max)
  --timeout SECONDS    how long to wait for the browser (default 600)
Token: GITHUB_TOKEN, else \`gh auth token\`. GitHub Enterprise: set GITHUB_SERVER_URL
(https://HOST) and GITHUB_API_URL (https://HOST/api/v3).
Exit codes: 0 created and stored, 1 failure, 2 bad input.
`;

const OPTIONS = {
  github: { type: 'string' },
  org: { type: 'string' },
  name: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** GitHub App names: at most 34 characters. */
export function defaultAppName(owner: string, repo: string): string {
  return `lailatov-${owner}-${repo}`.slice(0, 34).replace(/-+$/, '');
}

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return 600_000;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new UserError(`--timeout: expected a number of seconds > 0, got ${JSON.stringify(text)}`);
  return n * 1000;
}

/** A key the repository could not take is kept in a private file, never lost. */
async function store(access: GitHubAccess, app: CreatedApp, io: CliIo): Promise<string[]> {
  try {
    return await storeAppCredentials(access.octokit, access.repo, app);
  } catch (error) {
    const keyFile = join(io.cwd, `${app.slug}.private-key.pem`);
    await writeFile(keyFile, app.pem, { mode: 0o600 });
    await chmod(keyFile, 0o600);
    const why = wrapApiError(error, {
      repo: fullName(access.repo),
      doing: 'storing the App credentials',
    });
    throw new UserError(
      `the App ${app.slug} (id ${app.appId}) was created, but storing it on ${fullName(access.repo)} failed: ${why instanceof Error ? why.message : String(why)}. Its private key is in ${keyFile}: set the variable LAILATOV_APP_ID=${app.appId}, LAILATOV_BOT=${app.slug}[bot] and the secret LAILATOV_APP_PRIVATE_KEY from that file (gh secret set LAILATOV_APP_PRIVATE_KEY < ${keyFile}), then delete the file`,
    );
  }
}

export const appCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(HELP);
    return sub === undefined ? ExitCode.badInput : ExitCode.ok;
  }
  if (sub !== 'create')
    throw new UserError(`unknown subcommand '${sub}': the only one is 'lailatov app create'`);
  const { values } = parseCommand(rest, OPTIONS, 'app create');
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const github = requireFlag(values.github, 'github', 'the repository, as OWNER/REPO');
  const timeout = timeoutMs(values.timeout);
  const serverUrl = (io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const access = await githubAccess(github, io.env);
  // The token must reach the repository before anyone creates an App for it.
  try {
    await access.octokit.request('GET /repos/{owner}/{repo}', { ...access.repo });
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(access.repo), doing: 'reading the repository' });
  }
  const flow = await startManifestFlow({
    serverUrl,
    org: values.org ?? null,
    name: values.name ?? defaultAppName(access.repo.owner, access.repo.repo),
    homepage: `${serverUrl}/${fullName(access.repo)}`,
    timeoutMs: timeout,
  });
  let code: string;
  try {
    io.stderr(
      `Open ${flow.pageUrl} in a browser on this machine, and confirm the App on GitHub.\nWaiting for GitHub to send the browser back...\n`,
    );
    code = await flow.code;
  } finally {
    await flow.close();
  }
  const app = await convertManifestCode(access.apiUrl, code);
  io.stdout(`Created the GitHub App ${app.slug} (id ${app.appId}).\n`);
  for (const line of await store(access, app, io)) io.stdout(`  ${line}\n`);
  io.stdout(
    `Now install it on ${fullName(access.repo)}: ${installUrl(serverUrl, app.slug)}\n` +
      `(choose "Only select repositories" and pick ${access.repo.repo}).\n`,
  );
  return ExitCode.ok;
};
