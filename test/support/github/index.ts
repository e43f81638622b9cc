// Public entry of the GitHub emulator for tests. See README.md beside this file.
export { startGitHubEmulator } from './server.js';
export type { EmulatorOptions, GitHubEmulator, LoggedRequest } from './server.js';
export type { FaultSpec } from './faults.js';
export type { PermissionLevel, PermissionScope, TokenPermissions } from './auth.js';
export type { CreateRepoOptions } from './seed.js';
export { DEFAULT_DISCUSSION_CATEGORIES } from './seed.js';
export type { CollaboratorPermission, RepoState } from './state.js';
export { ROUTES } from './routes/index.js';
export { routeKey } from './router.js';
