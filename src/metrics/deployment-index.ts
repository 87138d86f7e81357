/**
 * Questions the deployment metrics ask of every production deployment about the others in its environment,
 * answered from indexes built once. Asked pair by pair they were quadratic in the deployments, with dates parsed
 * and environment names lower-cased inside the loops: a repository that deploys many times a day to one
 * production environment has thousands in a band period. Each answer is the one the pairwise question gives
 * (`__tests__/metrics/deployment-index.property.test.ts` checks them against it).
 */
import type { DeploymentFact } from '../collect/types.ts';
import { environmentKey as environmentOf, firstSuccess, t } from './shared.ts';

/** The first index of `sorted` (ascending) whose value is greater than `value`; its length when none is. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

function grouped<K>(
  deployments: readonly DeploymentFact[],
  keyOf: (d: DeploymentFact) => K,
): Map<K, DeploymentFact[]> {
  const groups = new Map<K, DeploymentFact[]>();
  for (const d of deployments) {
    const key = keyOf(d);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

/**
 * Whether a deployment's first success came after another deployment of the same commit to the same
 * environment had already succeeded: a redeploy, not a new change.
 */
export function succeededBefore(
  deployments: readonly DeploymentFact[],
): (d: DeploymentFact, at: number) => boolean {
  const earliest = new Map<string, number>();
  for (const d of deployments) {
    const at = firstSuccess(d);
    if (at === null) continue;
    const key = `${d.sha}\n${environmentOf(d)}`;
    const known = earliest.get(key);
    if (known === undefined || at < known) earliest.set(key, at);
  }
  // The earliest success of the group is `at` itself when `d` was first, so only another's can be earlier.
  return (d, at) => (earliest.get(`${d.sha}\n${environmentOf(d)}`) ?? Number.POSITIVE_INFINITY) < at;
}

/**
 * The first of `byTime` (sorted by creation, ascending) created after `d` in `d`'s environment: the
 * deployment that replaced it there.
 */
export function nextInEnvironment(
  byTime: readonly DeploymentFact[],
): (d: DeploymentFact) => DeploymentFact | undefined {
  const groups = new Map(
    [...grouped(byTime, environmentOf)].map(([key, group]) => [
      key,
      { group, created: group.map((d) => t(d.createdAt)) },
    ]),
  );
  return (d) => {
    const entry = groups.get(environmentOf(d));
    return entry?.group[firstAbove(entry.created, t(d.createdAt))];
  };
}

/** Whether another of `deployments` with the same release tag went to `d`'s environment after `d`. */
export function laterOfSameTag(deployments: readonly DeploymentFact[]): (d: DeploymentFact) => boolean {
  const latest = new Map<DeploymentFact['releaseTag'], Map<string, number>>();
  for (const d of deployments) {
    const byEnvironment = latest.get(d.releaseTag) ?? new Map<string, number>();
    latest.set(d.releaseTag, byEnvironment);
    const key = environmentOf(d);
    byEnvironment.set(key, Math.max(byEnvironment.get(key) ?? Number.NEGATIVE_INFINITY, t(d.createdAt)));
  }
  return (d) =>
    (latest.get(d.releaseTag)?.get(environmentOf(d)) ?? Number.NEGATIVE_INFINITY) > t(d.createdAt);
}

/** The earliest first success in `d`'s environment after `at`, among `deployments`. */
export function recoveryAfter(
  deployments: readonly DeploymentFact[],
): (d: DeploymentFact, at: number) => number | undefined {
  const successes = new Map(
    [...grouped(deployments, environmentOf)].map(([key, group]) => [
      key,
      group
        .map(firstSuccess)
        .filter((at): at is number => at !== null)
        .sort((a, b) => a - b),
    ]),
  );
  return (d, at) => {
    const list = successes.get(environmentOf(d));
    return list?.[firstAbove(list, at)];
  };
}
