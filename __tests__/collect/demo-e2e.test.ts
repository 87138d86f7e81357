/**
 * End to end against the emulator's `demo` scenario (acme/shop): gathers the v1.4.0 train (v1.4.0 and its
 * hotfix v1.4.1) over HTTP and checks every metric against the same computation written out by hand from the
 * scenario's own times (emulator/scenarios/demo.ts; hours before now = 2026-03-18T12:00Z).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, type Emulator, startEmulator } from '../../emulator/index.ts';
import { collectReleaseData, findMaturedTrains, findTrain, listReleases } from '../../src/collect/index.ts';
import type { ReleaseData } from '../../src/collect/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { computeMetrics } from '../../src/metrics/index.ts';
import type { Metric, Metrics } from '../../src/metrics/types.ts';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString().replace('.000Z', 'Z');
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ok = (m: Metric) => {
  if (!m.measured) throw new Error(`${m.key}: ${m.reason}`);
  return m;
};

let emulator: Emulator;
let data: ReleaseData;
let metrics: Metrics;
const config = loadConfig(null, 'demo');
const repo = { owner: 'acme', name: 'shop' };
const log = { debug() {}, warning() {} };

beforeAll(async () => {
  emulator = await startEmulator({ scenario: 'demo' });
  const github = createGitHubClient({
    token: DEFAULT_TOKEN,
    apiUrl: emulator.url,
    graphqlUrl: emulator.graphqlUrl,
    log,
  });
  const releases = await listReleases(github, repo, config);
  const train = findTrain(releases, 'v1.4.0', config);
  data = await collectReleaseData({ github, repo, config, now: new Date(NOW), log }, train);
  metrics = computeMetrics(data, []);
});

afterAll(async () => {
  await emulator?.close();
});

describe('demo v1.4.0 train gathered from the emulator', () => {
  it('finds the train, its hotfix, the previous release and the window', () => {
    expect([data.train.release.tag, data.train.hotfixes.map((h) => h.tag), data.train.previous?.tag]).toEqual(
      ['v1.4.0', ['v1.4.1'], 'v1.3.0'],
    );
    // Observation period: v1.4.0 published 59 h ago, to the train's maturity (v1.4.1 + 48 h = 1 h ago).
    expect(data.window).toEqual({ from: hoursAgo(59), to: new Date(NOW - 3_600_000).toISOString() });
    // Band period: the 30 days ending there.
    expect(data.bandPeriod).toEqual({
      from: new Date(NOW - 3_600_000 - 30 * 24 * 3_600_000).toISOString(),
      to: new Date(NOW - 3_600_000).toISOString(),
    });
    // v1.4.1 was published 49 h ago; 48 h maturity passed an hour ago; no failed production deploy, no open incident.
    expect(data.maturity.matured).toBe(true);
    expect(data.maturity.gates.find((g) => g.name === 'age')?.passesAt).toBe(
      new Date(NOW - 3_600_000).toISOString(),
    );
  });

  it('gathers the changes and attributes the hotfix pull request to v1.4.1', () => {
    if (data.changes.status !== 'ok') throw new Error(data.changes.reason);
    const { commits, pullRequests, reverts } = data.changes.data;
    // 11 squash merges + 3 direct commits up to v1.4.0; "Add migration guard logging", the fix, "Prepare v1.4.1".
    expect(commits.filter((c) => c.releaseTag === 'v1.4.0')).toHaveLength(14);
    expect(commits.filter((c) => c.releaseTag === 'v1.4.1').map((c) => c.headline)).toEqual([
      'Add migration guard logging',
      expect.stringMatching(/^Fix checkout crash for carts saved before the migration/),
      'Prepare v1.4.1',
    ]);
    expect(pullRequests).toHaveLength(12);
    expect(pullRequests.filter((pr) => pr.releaseTag === 'v1.4.1').map((pr) => pr.title)).toEqual([
      'Fix checkout crash for carts saved before the migration',
    ]);
    expect(reverts.map((r) => r.title)).toEqual(['Revert "Speed up search with a trigram index"']);
    expect(data.participants).toEqual(['ana', 'lee', 'maya', 'sam']);
  });

  it('deployment frequency: v1.3.0, v1.4.0 and v1.4.1 reached production in the 30-day band period; the rollback is not a new change', () => {
    const m = ok(metrics.deploymentFrequency);
    expect([m.value, m.unit, m.display, m.band]).toEqual([
      round(3 / (30 / 7), 2),
      'per-week',
      '0.7 / week',
      'medium',
    ]);
    expect([m.details.deployments, m.details.rollbacks, m.details.releaseDeployments]).toEqual([3, 1, 2]);
  });

  it('lead time: first commit of each pull request to the production deployment that shipped it', () => {
    // [merged hours ago, opened hours before the merge] for the 11 v1.4.0 pull requests (demo.ts V130_CHANGES).
    const v140 = [
      [19 * 24, 30],
      [17 * 24, 20],
      [16 * 24, 50],
      [14 * 24, 6],
      [12 * 24, 72],
      [10 * 24, 4],
      [8 * 24, 26],
      [7 * 24, 12],
      [6 * 24, 1],
      [5 * 24, 40],
      [4 * 24, 18],
    ];
    const v140Live = 58 + 50 / 60; // production success of v1.4.0
    const v141Live = 48 + 50 / 60; // production success of v1.4.1
    const hours = [
      ...v140.map(([at, opened]) => (at as number) + (opened as number) - v140Live),
      50 + 5 - v141Live,
    ];
    const m = ok(metrics.leadTime);
    expect(m.value).toBe(round(median(hours), 2));
    expect(m.details.p90Hours).toBe(
      round([...hours].sort((a, b) => a - b)[Math.ceil(0.9 * hours.length) - 1] as number, 2),
    );
    expect([m.details.samples, m.details.toDeployment, m.band]).toEqual([12, 12, 'medium']);
  });

  it('change failure rate: v1.4.0 was rolled back, hotfixed and hit by an incident; v1.4.1 held', () => {
    const m = ok(metrics.changeFailureRate);
    expect([
      m.value,
      m.details.deployments,
      m.details.failed,
      m.details.rolledBack,
      m.details.hotfixed,
      m.details.withLinkedIncident,
    ]).toEqual([50, 2, 1, 1, 1, 1]);
    // Two deployments cannot carry a band.
    expect([m.band, m.bandSample]).toEqual([null, { count: 2, needed: 5, of: 'deployments' }]);
  });

  it('time to restore: the checkout incident (57 h -> 48 h 45 m ago) and the latency incident (30 h -> 29 h 20 m)', () => {
    const m = ok(metrics.timeToRestore);
    expect(m.value).toBe(round(median([57 - 48.75, 30 - (29 + 20 / 60)]), 2));
    expect([m.details.failedDeployments, m.details.stillOpen, m.band]).toEqual([0, 0, null]);
  });

  it('CI: 17 builds on main from v1.3.0 to v1.4.1, every fourth failed once and passed on a re-run', () => {
    expect(ok(metrics.ciSuccessRate).value).toBe(100);
    const flaky = ok(metrics.ciFlakyRate);
    expect([flaky.value, flaky.details.builds, flaky.details.flaky]).toEqual([
      round((4 / 17) * 100, 1),
      17,
      4,
    ]);
    if (data.workflowRuns.status !== 'ok') throw new Error(data.workflowRuns.reason);
    // The release workflow: v1.4.0 failed, was re-run; v1.4.1 once.
    expect(data.workflowRuns.data.tagRuns.map((r) => [r.branch, r.conclusion, r.runAttempt])).toEqual(
      expect.arrayContaining([
        ['v1.4.0', 'failure', 1],
        ['v1.4.0', 'success', 2],
        ['v1.4.1', 'success', 1],
      ]),
    );
  });

  it('bug inflow: three bugs opened in the 58 h observation period', () => {
    const m = ok(metrics.bugInflow);
    expect(m.value).toBe(round(3 / (58 / 168), 2));
    expect(data.bugs.status === 'ok' && data.bugs.data.map((b) => b.title)).toEqual([
      'Delivery estimate shows yesterday for some zones',
      'Saved cart badge overlaps the logo on mobile',
      'Order email lists items twice',
    ]);
  });

  it('links the checkout incident to v1.4.0 by its mention, and gathers feedback and reactions', () => {
    expect(
      data.incidents.status === 'ok' &&
        data.incidents.data.map((i) => [i.title, i.severity, i.linkedBy.map((e) => e.label)]),
    ).toEqual([
      ['Checkout fails for carts saved before the migration', 'severity:high', ['mentions v1.4.0']],
      ['Elevated latency on product pages', null, []],
    ]);
    expect(data.feedback.status === 'ok' && data.feedback.data.releaseReactions).toEqual({
      hooray: 1,
      '+1': 2,
      heart: 1,
      confused: 1,
      rocket: 1,
    });
    expect(data.feedback.status === 'ok' && data.feedback.data.issues.map((i) => i.title)).toEqual([
      'Love the saved carts!',
      'Checkout summary is confusing',
    ]);
  });

  it('lists the trains for a scheduled run with their maturity', async () => {
    const github = createGitHubClient({
      token: DEFAULT_TOKEN,
      apiUrl: emulator.url,
      graphqlUrl: emulator.graphqlUrl,
      log,
    });
    const trains = await findMaturedTrains({ github, repo, config, now: new Date(NOW), log });
    expect(trains.map((t) => [t.train.release.tag, t.maturity.matured])).toEqual([
      ['v1.3.0', true],
      ['v1.4.0', true],
    ]);
    const early = await findMaturedTrains({ github, repo, config, now: new Date(NOW - 2 * 3_600_000), log });
    const gate = early[1]?.maturity.gates.find((g) => g.name === 'age');
    expect([early[1]?.maturity.matured, gate?.passesAt]).toEqual([
      false,
      new Date(NOW - 3_600_000).toISOString(),
    ]);
  });
});

describe('the v1.4.0 retrospective opened early, on time or late', () => {
  // v1.4.0 was published 59 h before NOW: open at 11 h, 49 h and 30 days after it.
  const opened = [11, 49, 30 * 24].map((h) => NOW - 59 * 3_600_000 + h * 3_600_000);

  async function metricsAt(now: number): Promise<Metrics> {
    const github = createGitHubClient({
      token: DEFAULT_TOKEN,
      apiUrl: emulator.url,
      graphqlUrl: emulator.graphqlUrl,
      log,
    });
    const releases = await listReleases(github, repo, config, new Date(now));
    const train = findTrain(releases, 'v1.4.0', config);
    return computeMetrics(
      await collectReleaseData({ github, repo, config, now: new Date(now), log }, train),
      [],
    );
  }

  it('gives the same release-cycle figures and the same DORA band (or not enough data) each time', async () => {
    const runs = await Promise.all(opened.map(metricsAt));
    const figures = runs.map((m) =>
      (['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map((key) => {
        const metric = m[key];
        if (!metric.measured) return [key, 'not measured'];
        // Time to restore is measured over the observation period, which is still running at 11 h: only its
        // band (here: not enough data) must agree.
        return key === 'timeToRestore'
          ? [key, metric.band ?? 'not enough data']
          : [key, metric.value, metric.display, metric.band ?? 'not enough data'];
      }),
    );
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
    expect(figures[0]).toEqual([
      ['deploymentFrequency', 0.7, '0.7 / week', 'medium'],
      ['leadTime', ok(metrics.leadTime).value, ok(metrics.leadTime).display, 'medium'],
      ['changeFailureRate', 50, '50 %', 'not enough data'],
      ['timeToRestore', 'not enough data'],
    ]);
  });
});
