/**
 * What external monitors reported on the release commits: commit statuses (canary analysis, error-budget
 * checks, status pages posting to GitHub) and check runs from apps other than GitHub Actions (whose runs the
 * CI section already shows). Read per train tag: the combined status (latest per context, statuses: read) and
 * the check runs (checks: read). Each is its own section, so a missing permission hides only that half.
 * Both are opt-in (`external-checks` in the config): the documented permissions block grants neither, and each
 * costs a request per tag on every open, so a team without external monitors pays nothing.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { section } from './errors.ts';
import type { Section } from './types.ts';

export interface CommitCheck {
  tag: string;
  kind: 'status' | 'check-run';
  name: string;
  /** The app that reported a check run (null for a status: the combined status does not name its poster). */
  source: string | null;
  /** success, failure, error, pending for statuses; a check run's conclusion, else its status. */
  state: string;
  description: string | null;
  url: string | null;
  at: string | null;
}

/** Each half is null when the config does not ask for it (nothing was read). */
export interface CommitChecks {
  statuses: Section<CommitCheck[]> | null;
  checkRuns: Section<CommitCheck[]> | null;
}

/** Which halves to read (`external-checks` in the config). */
export interface CommitChecksWanted {
  statuses: boolean;
  checkRuns: boolean;
}

// "Permissions required for GitHub Apps": GET …/commits/{ref}/status needs "Commit statuses" read and
// GET …/commits/{ref}/check-runs needs "Checks" read.
const STATUSES = { name: 'commit statuses', permission: 'statuses: read' };
const CHECK_RUNS = { name: 'check runs', permission: 'checks: read' };

/** GitHub Actions' own check runs are the workflow runs shown under CI health. */
const ACTIONS_APP = 'github-actions';

async function statusesOf(github: GitHub, repo: RepoRef, tag: string): Promise<CommitCheck[]> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    per_page: 100,
  });
  return data.statuses.map((s) => ({
    tag,
    kind: 'status' as const,
    name: s.context,
    // The combined status does not say who posted it; the context names the monitor.
    source: null,
    state: s.state,
    description: s.description ?? null,
    url: s.target_url ?? null,
    at: s.updated_at,
  }));
}

async function checkRunsOf(github: GitHub, repo: RepoRef, tag: string): Promise<CommitCheck[]> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    filter: 'latest',
    per_page: 100,
  });
  return data.check_runs
    .filter((run) => run.app?.slug !== ACTIONS_APP)
    .map((run) => ({
      tag,
      kind: 'check-run' as const,
      name: run.name,
      source: run.app?.name ?? null,
      state: run.conclusion ?? run.status,
      description: run.output?.title ?? null,
      url: run.details_url || run.html_url || null,
      at: run.completed_at ?? run.started_at ?? null,
    }));
}

export async function collectCommitChecks(
  github: GitHub,
  repo: RepoRef,
  tags: readonly string[],
  wanted: CommitChecksWanted,
): Promise<CommitChecks> {
  const perTag = <T>(read: (tag: string) => Promise<T[]>) =>
    Promise.all(tags.map(read)).then((lists) => ({ status: 'ok' as const, data: lists.flat() }));
  const [statuses, checkRuns] = await Promise.all([
    wanted.statuses ? section(STATUSES, () => perTag((tag) => statusesOf(github, repo, tag))) : null,
    wanted.checkRuns ? section(CHECK_RUNS, () => perTag((tag) => checkRunsOf(github, repo, tag))) : null,
  ]);
  return { statuses, checkRuns };
}
