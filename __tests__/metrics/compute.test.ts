import { describe, expect, it } from 'vitest';
import {
  changeFailureRateBand,
  computeMetrics,
  deploymentFrequencyBand,
  deploymentSummary,
  leadTimeBand,
  snapshotOf,
  timeToRestoreBand,
} from '../../src/metrics/index.ts';
import type { Metric } from '../../src/metrics/types.ts';
import { deployment, issue, releaseData } from './fixture.ts';

function ok(metric: Metric) {
  if (!metric.measured) throw new Error(`${metric.key} not measured: ${metric.reason}`);
  return metric;
}

describe('computeMetrics', () => {
  const metrics = computeMetrics(releaseData());

  it('deployment frequency: successful production deployments per week of the window', () => {
    const m = ok(metrics.deploymentFrequency);
    // Deployments 10, 11 (the rollback) and 13 succeeded in production; 12 failed, 14 went to staging. 3 / 2 weeks.
    expect([m.value, m.unit, m.display, m.band, m.confidence]).toEqual([
      1.5,
      'per-week',
      '1.5 / week',
      'high',
      'medium',
    ]);
    expect(m.evidence.map((e) => e.url)).toEqual(
      [10, 11, 13].map((id) => `https://github.com/acme/shop/deployments/${id}`),
    );
  });

  it('lead time: first commit to the first production deployment containing the merge commit', () => {
    const m = ok(metrics.leadTime);
    // #1: -50h -> deployment 10 at +2h = 52h; #2: -30h -> 32h; #4 (c4, after c3) -> deployment 13 at +26h = 16h.
    expect([m.value, m.details.p90Hours, m.details.toDeployment, m.band, m.display]).toEqual([
      32,
      52,
      3,
      'high',
      '32 h',
    ]);
    expect(m.method).toMatch(/deployment method/);
    expect(m.evidence[0]?.label).toBe('#1 Change 1: 2.2 days');
  });

  it('change failure rate: each production deployment of the train counts once, failed for any reason', () => {
    const m = ok(metrics.changeFailureRate);
    // 10: rolled back, hotfixed, incident #30 while live; 12: failure status; 13: fine. 2 of 3.
    expect([m.value, m.band, m.confidence]).toEqual([66.7, 'low', 'low']);
    expect(m.details).toEqual({
      deployments: 3,
      failed: 2,
      failedStatuses: 1,
      rolledBack: 1,
      hotfixed: 1,
      withLinkedIncident: 1,
    });
    expect(m.evidence.map((e) => e.label)).toEqual([
      'deployment 12 of c5 (main) to production: failed',
      'deployment 10 of c3 (main) to production: rolled back, needed a hotfix, incident #30',
      '#30 Issue 30',
    ]);
  });

  it('time to restore: incidents created to closed and failed deployments to the next success', () => {
    const m = ok(metrics.timeToRestore);
    // #30: 4h, #31: 0.5h, deployment 12 failed at 22h, deployment 13 succeeded at 26h: 4h. #32 is still open.
    expect([m.value, m.band, m.details.stillOpen, m.details.samples, m.display]).toEqual([
      4,
      'high',
      1,
      3,
      '4 h',
    ]);
  });

  it('CI: one build per workflow and commit, judged by its latest attempt; cancelled builds are not judged', () => {
    const success = ok(metrics.ciSuccessRate);
    const flaky = ok(metrics.ciFlakyRate);
    expect([
      success.value,
      success.details.builds,
      success.details.medianDurationMinutes,
      success.band,
    ]).toEqual([66.7, 3, 20, null]);
    expect([flaky.value, flaky.details.flaky]).toEqual([33.3, 1]);
    expect(flaky.evidence[0]?.label).toBe('CI on c2 passed on attempt 2');
  });

  it('bug inflow: bugs opened per week of the window', () => {
    const m = ok(metrics.bugInflow);
    expect([m.value, m.unit, m.details.open, m.band]).toEqual([1.5, 'per-week', 2, null]);
  });

  it('switches deployment frequency to per day above 7 a week', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      deployment(100 + i, 'c3', i * 10, [['success', i * 10 + 1]]),
    );
    const m = ok(
      computeMetrics(releaseData({ deployments: { status: 'ok', data: many } })).deploymentFrequency,
    );
    expect([m.value, m.unit, m.band]).toEqual([2.14, 'per-day', 'elite']);
  });
});

describe('computeMetrics without deployments', () => {
  const metrics = computeMetrics(
    releaseData({
      deployments: { status: 'unavailable', reason: 'Forbidden', permission: 'deployments: read' },
    }),
  );

  it('says deployment frequency is not measured, and why', () => {
    expect(metrics.deploymentFrequency).toMatchObject({
      measured: false,
      reason: 'Deployments are unavailable: Forbidden',
    });
  });

  it('measures lead time to the release publish and says so', () => {
    const m = ok(metrics.leadTime);
    // #1 -50h and #2 -30h to v1.4.0 (0h); #4 +10h to v1.4.1 (+20h): 50, 30, 10.
    expect([m.value, m.confidence]).toEqual([30, 'low']);
    expect(m.method).toMatch(/release method/);
  });

  it('measures change failure rate over the train releases', () => {
    const m = ok(metrics.changeFailureRate);
    expect([m.value, m.details.releases, m.details.failed]).toEqual([50, 2, 1]);
    expect(m.method).toMatch(/deployments are unavailable/);
  });

  it('measures time to restore from incidents alone', () => {
    expect(ok(metrics.timeToRestore).value).toBe(2.25);
  });
});

describe('not measurable', () => {
  it('never stands a 0 in for a missing measure', () => {
    const metrics = computeMetrics(
      releaseData({
        deployments: {
          status: 'ok',
          data: [deployment(1, 'c3', 1, [['success', 2]], { environment: 'staging', isProduction: false })],
        },
        incidents: { status: 'ok', data: [issue(1, 5, null)] },
        workflowRuns: { status: 'unavailable', reason: 'Actions disabled', permission: 'actions: read' },
        bugs: { status: 'unavailable', reason: 'no bug label' },
      }),
    );
    expect(metrics.deploymentFrequency).toMatchObject({
      measured: false,
      reason: expect.stringContaining('environments seen: staging'),
    });
    expect(metrics.timeToRestore).toMatchObject({
      measured: false,
      reason: expect.stringContaining('1 incident is still open'),
    });
    expect(metrics.ciSuccessRate).toMatchObject({
      measured: false,
      reason: 'Workflow runs are unavailable: Actions disabled',
    });
    expect(metrics.ciFlakyRate.measured).toBe(false);
    expect(metrics.bugInflow.measured).toBe(false);
    expect(snapshotOf(metrics)).not.toHaveProperty('deploymentFrequency');
  });
});

describe('trends and snapshots', () => {
  it('compares with the most recent history entry, knowing which direction is better', () => {
    const metrics = computeMetrics(releaseData(), [
      { tag: 'v1.2.0', metrics: { leadTime: 10 } },
      { tag: 'v1.3.0', metrics: { leadTime: 40, changeFailureRate: 66.5, deploymentFrequency: 1 } },
    ]);
    expect(ok(metrics.leadTime).trend).toEqual({
      previousTag: 'v1.3.0',
      previousValue: 40,
      direction: 'down',
      improved: true,
    });
    expect(ok(metrics.changeFailureRate).trend).toMatchObject({ direction: 'flat', improved: null });
    expect(ok(metrics.deploymentFrequency).trend).toMatchObject({ direction: 'up', improved: true });
    expect(ok(metrics.bugInflow).trend).toBeNull();
  });

  it('snapshots the measured values', () => {
    expect(snapshotOf(computeMetrics(releaseData()))).toEqual({
      deploymentFrequency: 1.5,
      leadTime: 32,
      changeFailureRate: 66.7,
      timeToRestore: 4,
      ciSuccessRate: 66.7,
      ciFlakyRate: 33.3,
      bugInflow: 1.5,
    });
  });
});

describe('DORA bands (2023 clusters)', () => {
  it('places the boundaries where docs/metrics.md says', () => {
    expect([8, 7, 1, 0.25, 0.2].map(deploymentFrequencyBand)).toEqual([
      'elite',
      'high',
      'high',
      'medium',
      'low',
    ]);
    expect([23.9, 24, 167, 168, 719, 720].map(leadTimeBand)).toEqual([
      'elite',
      'high',
      'high',
      'medium',
      'medium',
      'low',
    ]);
    expect([5, 5.1, 10, 15, 15.1].map(changeFailureRateBand)).toEqual([
      'elite',
      'high',
      'high',
      'medium',
      'low',
    ]);
    expect([0.9, 1, 23.9, 24, 167, 168].map(timeToRestoreBand)).toEqual([
      'elite',
      'high',
      'high',
      'medium',
      'medium',
      'low',
    ]);
  });
});

describe('deploymentSummary', () => {
  it('summarises environments and the time from each tag to production', () => {
    const summary = deploymentSummary(releaseData());
    expect(summary?.environments).toEqual([
      {
        environment: 'production',
        production: true,
        deployments: 4,
        succeeded: 3,
        failed: 1,
        rollbacks: 1,
        redeploys: 1,
      },
      {
        environment: 'staging',
        production: false,
        deployments: 1,
        succeeded: 1,
        failed: 0,
        rollbacks: 0,
        redeploys: 0,
      },
    ]);
    // v1.4.0 (published 0h) live at 2h; v1.4.1 (published 20h) failed at 22h, live at 26h.
    expect(summary?.tags.map((t) => [t.tag, t.hoursToProduction, t.failedAttempts])).toEqual([
      ['v1.4.0', 2, 0],
      ['v1.4.1', 6, 1],
    ]);
    expect(
      deploymentSummary(releaseData({ deployments: { status: 'unavailable', reason: 'x' } })),
    ).toBeNull();
  });
});
