/**
 * The deployment indexes answer exactly what the pairwise questions they replaced answer, on random
 * deployments with few commits, environments that differ only in case, tied times and missing successes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeploymentFact } from '../../src/collect/types.ts';
import {
  laterOfSameTag,
  nextInEnvironment,
  recoveryAfter,
  succeededBefore,
} from '../../src/metrics/deployment-index.ts';
import { firstSuccess, t } from '../../src/metrics/shared.ts';

/** The pairwise question's own comparison, as the metrics asked it before the indexes. */
const sameEnvironment = (a: DeploymentFact, b: DeploymentFact) =>
  a.environment.toLowerCase() === b.environment.toLowerCase();

const BASE = Date.parse('2026-03-01T00:00:00Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

const deployment = fc.record({
  environment: fc.constantFrom('production', 'Production', 'prod-eu'),
  sha: fc.constantFrom('a1', 'b2', 'c3'),
  created: fc.integer({ min: 0, max: 12 }),
  statuses: fc.array(
    fc.record({
      state: fc.constantFrom('success', 'failure', 'error', 'in_progress'),
      minutes: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength: 3 },
  ),
  releaseTag: fc.constantFrom<string | null | undefined>('v1.0.0', 'v1.0.1', null, undefined),
  isRollback: fc.boolean(),
});

const deployments = fc.array(deployment, { maxLength: 24 }).map((list) =>
  list.map(
    (d, id): DeploymentFact => ({
      id,
      environment: d.environment,
      sha: d.sha,
      ref: d.sha,
      createdAt: at(d.created),
      creator: null,
      url: `https://github.com/acme/shop/deployments/${id}`,
      statuses: d.statuses.map((s) => ({
        state: s.state as DeploymentFact['statuses'][number]['state'],
        createdAt: at(s.minutes),
      })),
      isRollback: d.isRollback,
      isRedeploy: false,
      isProduction: true,
      releaseTag: d.releaseTag,
    }),
  ),
);

describe('deployment indexes', () => {
  it('say a deployment was a redeploy exactly when another of its commit succeeded there first', () => {
    fc.assert(
      fc.property(deployments, (list) => {
        const redeployed = succeededBefore(list);
        for (const d of list) {
          const success = firstSuccess(d);
          if (success === null) continue;
          const pairwise = list.some(
            (x) =>
              x !== d && x.sha === d.sha && sameEnvironment(x, d) && (firstSuccess(x) ?? Infinity) < success,
          );
          expect(redeployed(d, success)).toBe(pairwise);
        }
      }),
    );
  });

  it('find the same next deployment in the environment as a scan in time order', () => {
    fc.assert(
      fc.property(deployments, (list) => {
        const byTime = [...list].sort((a, b) => t(a.createdAt) - t(b.createdAt));
        const next = nextInEnvironment(byTime);
        for (const d of list) {
          expect(next(d)).toBe(byTime.find((x) => sameEnvironment(x, d) && t(x.createdAt) > t(d.createdAt)));
        }
      }),
    );
  });

  it('say a later deployment of the same tag went to the environment exactly when one did', () => {
    fc.assert(
      fc.property(deployments, (list) => {
        const later = laterOfSameTag(list);
        for (const d of list) {
          const pairwise = list.some(
            (x) =>
              x !== d &&
              sameEnvironment(x, d) &&
              x.releaseTag === d.releaseTag &&
              t(x.createdAt) > t(d.createdAt),
          );
          expect(later(d)).toBe(pairwise);
        }
      }),
    );
  });

  it('find the earliest success in the environment after a failure, as filtering and sorting does', () => {
    fc.assert(
      fc.property(deployments, fc.integer({ min: -1, max: 21 }), (list, minutes) => {
        const recovery = recoveryAfter(list);
        const failure = t(at(minutes));
        for (const d of list) {
          const pairwise = list
            .filter((x) => sameEnvironment(x, d))
            .map(firstSuccess)
            .filter((s): s is number => s !== null && s > failure)
            .sort((a, b) => a - b)[0];
          expect(recovery(d, failure)).toBe(pairwise);
        }
      }),
    );
  });
});
