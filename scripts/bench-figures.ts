/**
 * The benchmark's scenario and reference figures, shared by scripts/bench.ts (and its emulator worker) and
 * the fast count test (__tests__/collect/bench.test.ts). docs/performance.md explains the figures.
 */

import { compareRounds } from '../emulator/bounds.ts';
import type { ScenarioSpec } from '../emulator/scenarios/spec.ts';
import { syntheticScenario } from '../emulator/scenarios/synthetic.ts';
import type { EmulatorState } from '../emulator/state.ts';

export interface BenchSize {
  prs: number;
  commits: number;
  deployments: number;
  issues: number;
}

export interface TruthQuery {
  since: string;
  window: { from: string; to: string };
  labels: string[];
}

/** What the release holds, counted from the emulator's state and the gathered data. */
export interface Truth {
  releases: number;
  commits: number;
  pullRequests: number;
  deployments: number;
  issues: number;
  workflowRuns: number;
  /** The users' voice: one query when the config reads it (the default), else none. */
  voiceQueries: number;
}

/**
 * The synthetic scenario as benchmarked: the train v2.0.0 + v2.0.1 with history before it, activity after it
 * and its issues in v2.0.0's observation window (emulator/scenarios/synthetic.ts).
 */
export function benchScenario(size: BenchSize): ScenarioSpec {
  return syntheticScenario(size);
}

/** Releases, deployments since the previous release and labelled issues in the window, from the state. */
export function stateTruth(
  state: EmulatorState,
  fullName: string,
  query: TruthQuery,
): Pick<Truth, 'releases' | 'deployments' | 'issues'> {
  const wanted = new Set(query.labels);
  const inRepo = <T extends { repo: string }>(items: T[]) => items.filter((x) => x.repo === fullName);
  return {
    releases: inRepo(state.releases).length,
    deployments: inRepo(state.deployments).filter((d) => d.createdAt >= query.since).length,
    issues: inRepo(state.issues).filter(
      (i) =>
        i.labels.some((l) => wanted.has(l)) &&
        i.createdAt >= query.window.from &&
        i.createdAt <= query.window.to,
    ).length,
  };
}

const pages = (n: number) => Math.max(1, Math.ceil(n / 100));

/**
 * The fewest requests that can fetch the data at 100 items a page (the commits of a long compare as windows
 * of 100, 40 to a query: emulator/bounds.ts compareRounds): the release list, the repository, and every source (issues of all labels in one query), each asked at least once, and the users' voice (one query
 * whatever it holds: both searches return 100 results at most).
 */
export function lowerBound(truth: Truth): number {
  return (
    pages(truth.releases) +
    1 +
    compareRounds(truth.commits).flat().length +
    pages(truth.pullRequests) +
    pages(truth.deployments) +
    pages(truth.issues) +
    pages(truth.workflowRuns) +
    truth.voiceQueries
  );
}

/**
 * The longest chain of requests that must wait for each other: the release list first (it names the tags and
 * the previous release); then cursor pages of pull requests, deployments or issues (page n+1 needs page n's
 * cursor), 2 for workflow runs (the default branch must be known, then the pages go in parallel), 2 or 3 for
 * compare (page 1 gives the total; then the other pages at once, or the tag's commit and then its windows). From the data's shape only, never from measurements.
 */
export function chainRequests(truth: Truth): number {
  return (
    1 +
    Math.max(
      2,
      compareRounds(truth.commits).length,
      pages(truth.pullRequests),
      pages(truth.deployments),
      pages(truth.issues),
    )
  );
}
