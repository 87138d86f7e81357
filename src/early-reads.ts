/**
 * Reads a run can start before its config file is read. The config names the discussion category and the
 * tag line, but the requests themselves do not depend on it: the discussion setup lists every category and
 * the release listing every release. Starting them with the config read takes one round trip off the chain
 * before the release data is gathered (docs/performance.md). They land in the run's shared reads
 * (src/github/run-reads.ts), where the stages pick them up; a failed one is read again by the stage, which
 * reports it in context.
 *
 * Only for runs that certainly need them, decided from the mode and the event alone (planRun also needs the
 * config, for a release event's maturity). A command run reads neither before it has the discussion.
 */
import { repositoryInfo } from './collect/collect.ts';
import { fetchReleases } from './collect/releases.ts';
import type { Mode } from './config/inputs.ts';
import type { RepoRef } from './domain/repo.ts';
import type { GitHub } from './github/client.ts';
import { getDiscussionSetup } from './github/discussions.ts';

function needs(mode: Mode, eventName: string): { setup: boolean; releases: boolean; repository: boolean } {
  const opens =
    mode === 'open' ||
    mode === 'preview' ||
    (mode === 'auto' && (eventName === 'schedule' || eventName === 'workflow_dispatch'));
  return { setup: opens || mode === 'finalize', releases: opens, repository: opens };
}

export function startEarlyReads(github: GitHub, repo: RepoRef, mode: Mode, eventName: string): void {
  const { setup, releases, repository } = needs(mode, eventName);
  // The shared reads hold these promises and handle their failures; nothing to await here.
  if (setup) void getDiscussionSetup(github, repo);
  if (releases) void fetchReleases(github, repo);
  // The default branch, which the workflow-run listing waits for.
  if (repository) void repositoryInfo(github, repo);
}
