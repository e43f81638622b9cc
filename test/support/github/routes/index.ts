// Every route the emulator serves, split by resource.
import type { Route } from '../router.js';
import { actionsSettingsRoutes } from './actions-settings.js';
import { appManifestRoutes } from './app-manifests.js';
import { appRoutes } from './apps.js';
import { checkRoutes } from './checks.js';
import { gitDataRoutes } from './git-data.js';
import { graphqlRoutes } from './graphql.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { reactionRoutes } from './reactions.js';
import { repoRoutes } from './repos.js';
import { reviewRoutes } from './reviews.js';

export const ROUTES: readonly Route[] = [
  ...repoRoutes,
  ...actionsSettingsRoutes,
  ...appRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...reactionRoutes,
  ...pullRoutes,
  ...reviewRoutes,
  ...checkRoutes,
  ...gitDataRoutes,
  ...graphqlRoutes,
  ...appManifestRoutes,
];
