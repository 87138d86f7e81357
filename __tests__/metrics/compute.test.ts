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
import { at, deployment, issue, releaseData } from './fixture.ts';

function ok(metric: Metric) {
  if (!metric.measured) throw new Error(`${metric.key} not measured: ${metric.reason}`);
  return metric;
}

describe('computeMetrics', () => {
  const metrics = computeMetrics(releaseData());

  it('deployment frequency: new changes deployed to production per week of the 30-day band period', () => {
    const m = ok(metrics.deploymentFrequency);
    // In production: 10 (c3) succeeded; 11 is a rollback; 12 (c5) failed; 13 (c5) is c5's first success, so
    // it deploys a new change. 2 in 30 days = 2 / (30 / 7) = 0.467 a week: medium (from 1 a month).
    expect([m.value, m.unit, m.display, m.band, m.confidence]).toEqual([
      0.47,
      'per-week',
      '0.5 / week',
      'medium',
      'low',
    ]);
    expect(m.window).toEqual({ name: 'band period', from: at(14 * 24 - 30 * 24), to: at(14 * 24) });
    expect(m.details).toEqual({
      deployments: 2,
      rollbacks: 1,
      redeploys: 0,
      bandPeriodDays: 30,
      releaseDeployments: 2,
    });
    expect(m.evidence.map((e) => e.url)).toEqual(
      [13, 10].map((id) => `https://github.com/acme/shop/deployments/${id}`),
    );
  });

  it('deployment frequency: a redeploy of a commit already live is not a new change', () => {
    const again = deployment(15, 'c5', 30, [['success', 31]], { isRedeploy: true });
    const base = releaseData();
    const data = releaseData({
      deployments: {
        status: 'ok',
        data: [...(base.deployments.status === 'ok' ? base.deployments.data : []), again],
      },
    });
    const m = ok(computeMetrics(data).deploymentFrequency);
    expect([m.details.deployments, m.details.redeploys, m.value]).toEqual([2, 1, 0.47]);
  });

  it('deployment frequency: no band from a band period under 28 days', () => {
    const m = ok(
      computeMetrics(releaseData({ bandPeriod: { from: at(0), to: at(14 * 24) } })).deploymentFrequency,
    );
    // 2 in 14 days = 1 a week, but 14 days cannot carry a band.
    expect([m.value, m.band, m.bandSample]).toEqual([1, null, { count: 14, needed: 28, of: 'days' }]);
  });

  it('lead time: first commit to the first production deployment containing the merge commit', () => {
    const m = ok(metrics.leadTime);
    // #1: -50h -> deployment 10 at +2h = 52h; #2: -30h -> 32h; #4 (c4, after c3) -> deployment 13 at +26h = 16h.
    // Three changes are fewer than the five a band needs.
    expect([m.value, m.details.p90Hours, m.details.toDeployment, m.band, m.display]).toEqual([
      32,
      52,
      3,
      null,
      '1 d 8 h',
    ]);
    expect(m.bandSample).toEqual({ count: 3, needed: 5, of: 'changes' });
    expect(m.window).toEqual({ name: 'release cycle', from: at(-300), to: at(20) });
    expect(m.method).toMatch(/^First commit of each pull request .*deployment method/);
    expect(m.evidence[0]?.label).toBe('#1 Change 1: 2 d 4 h');
  });

  it('change failure rate: each production deployment of the train counts once, failed for any reason', () => {
    const m = ok(metrics.changeFailureRate);
    // 10: rolled back, hotfixed, incident #30 while live; 12: failure status; 13: fine. 2 of 3.
    // Three deployments are fewer than the five a band needs.
    expect([m.value, m.band, m.confidence, m.bandSample?.count]).toEqual([66.7, null, 'low', 3]);
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
    expect(m.bandSample).toEqual({ count: 3, needed: 3, of: 'restorations' });
    expect(m.window.name).toBe('observation period');
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
    // Bugs 40, 41 and 42 opened in the 14-day observation period: 3 / 2 weeks.
    expect([m.value, m.unit, m.display, m.details.open, m.band]).toEqual([
      1.5,
      'per-week',
      '3 in 14 d (1.5 / week)',
      2,
      null,
    ]);
  });

  it('shows deployment frequency per day above 7 a week, and keeps the value per week', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      deployment(100 + i, `s${i}`, i * 8, [['success', i * 8 + 1]]),
    );
    const m = ok(
      computeMetrics(releaseData({ deployments: { status: 'ok', data: many } })).deploymentFrequency,
    );
    // 40 in 30 days = 9.33 a week = 1.33 a day.
    expect([m.value, m.unit, m.display, m.band]).toEqual([9.33, 'per-week', '1.3 / day', 'elite']);
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
      { tag: 'v1.2.0', metrics: { leadTimeHours: 10 } },
      {
        tag: 'v1.3.0',
        metrics: { leadTimeHours: 40, changeFailureRatePercent: 66.5, deploymentFrequencyPerWeek: 0.4 },
      },
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

  it('compares per week with per week: 0.4 a week before is not 0.4 a day', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      deployment(100 + i, `s${i}`, i * 8, [['success', i * 8 + 1]]),
    );
    const data = releaseData({ deployments: { status: 'ok', data: many } });
    // Now 9.33 a week (shown "1.3 / day"); before 10 a week (shown "1.4 / day"): down, worse.
    const m = ok(
      computeMetrics(data, [{ tag: 'v1.3.0', metrics: { deploymentFrequencyPerWeek: 10 } }])
        .deploymentFrequency,
    );
    expect(m.trend).toMatchObject({ previousValue: 10, direction: 'down', improved: false });
  });

  it('reads snapshots stored before keys carried units, except deployment frequency (per day or per week)', () => {
    const metrics = computeMetrics(releaseData(), [
      { tag: 'v1.3.0', metrics: { leadTime: 40, deploymentFrequency: 1 } },
    ]);
    expect(ok(metrics.leadTime).trend).toMatchObject({ previousValue: 40, direction: 'down' });
    expect(ok(metrics.deploymentFrequency).trend).toBeNull();
  });

  it('snapshots the measured values', () => {
    expect(snapshotOf(computeMetrics(releaseData()))).toEqual({
      deploymentFrequencyPerWeek: 0.47,
      leadTimeHours: 32,
      changeFailureRatePercent: 66.7,
      timeToRestoreHours: 4,
      ciSuccessRatePercent: 66.7,
      ciFlakyRatePercent: 33.3,
      bugInflowPerWeek: 1.5,
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
