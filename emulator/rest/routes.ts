/** Every REST route the emulator serves, in one table: the OpenAPI test enumerates it. Order matters: first match wins. */
import type { Route } from '../http.ts';
import { checkRoutes } from './checks.ts';
import { contentRoutes } from './contents.ts';
import { deploymentRoutes } from './deployments.ts';
import { gitRoutes } from './git.ts';
import { issueRoutes } from './issues.ts';
import { labelRoutes } from './labels.ts';
import { pullRoutes } from './pulls.ts';
import { releaseRoutes } from './releases.ts';
import { repoRoutes } from './repos.ts';

export const routes: Route[] = [
  ...repoRoutes,
  ...releaseRoutes,
  ...checkRoutes,
  ...gitRoutes,
  ...pullRoutes,
  ...deploymentRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...contentRoutes,
];
