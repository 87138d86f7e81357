/**
 * The benchmark's scenario and reference figures, shared by scripts/bench.ts (and its emulator worker) and
 * the fast count test (__tests__/collect/bench.test.ts). docs/performance.md explains the figures.
 */

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
}

/**
 * The synthetic scenario as benchmarked. It spreads its issues between v1.0.0 and v2.0.0, before v2.0.0's
 * observation window (its publish 50 h ago to now) opens; a retro of v2.0.0 would read none of them. They are
 * moved into the window, evenly over its first 48 h and closed 30 min after opening where they were closed.
 */
export function benchScenario(size: BenchSize): ScenarioSpec {
  const spec = syntheticScenario(size);
  const repoSpec = spec.repos[0];
  if (!repoSpec) throw new Error('synthetic scenario has no repository');
  const WINDOW_MIN = 48 * 60;
  repoSpec.issues = (repoSpec.issues ?? []).map((issue, i, all) => {
    const opened = 49 * 60 - Math.floor((i * WINDOW_MIN) / Math.max(all.length, 1));
    return {
      ...issue,
      createdAt: `-${opened}m`,
      ...(issue.closedAt ? { closedAt: `-${opened - 30}m` } : {}),
    };
  });
  return spec;
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
 * The fewest requests that can fetch the data at 100 items a page: the release list, the repository, and
 * every source (issues of all labels in one query), each asked at least once.
 */
export function lowerBound(truth: Truth): number {
  return (
    pages(truth.releases) +
    1 +
    pages(truth.commits) +
    pages(truth.pullRequests) +
    pages(truth.deployments) +
    pages(truth.issues) +
    pages(truth.workflowRuns)
  );
}

/**
 * The longest chain of requests that must wait for each other: the release list first (it names the tags and
 * the previous release); then cursor pages of pull requests, deployments or issues (page n+1 needs page n's
 * cursor), or 2 for compare and workflow runs (page 1 gives the total, or the default branch must be known;
 * the other pages can go in parallel). From the data's shape only, never from measurements.
 */
export function chainRequests(truth: Truth): number {
  return 1 + Math.max(2, pages(truth.pullRequests), pages(truth.deployments), pages(truth.issues));
}
