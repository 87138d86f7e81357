/**
 * A retrospective opened early, on time or late reads the same release: the synthetic scenario (the
 * benchmark's repository, at a small size: history before the previous release, a hotfix, deployments and
 * issues after the release) gathered over HTTP at 11 h, 49 h and 30 days after the train's last release
 * (v2.0.1, which joined v2.0.0) gives the same release-cycle figures and the same DORA band, or "not enough
 * data", each time. The demo has the same test (demo-e2e.test.ts); this one has other shapes of data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, type Emulator, startEmulator } from '../../emulator/index.ts';
import { syntheticScenario } from '../../emulator/scenarios/synthetic.ts';
import { collectReleaseData, findTrain, listReleases } from '../../src/collect/index.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { computeMetrics } from '../../src/metrics/index.ts';
import type { Metrics } from '../../src/metrics/types.ts';

const HOUR = 3_600_000;
const size = { prs: 30, commits: 60, deployments: 16, issues: 12 };
const config = loadConfig(null, 'synthetic');
const repo = { owner: 'acme', name: 'big' };
const log = { debug() {}, warning() {} };
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ scenario: syntheticScenario(size), latencyMs: 0 });
});
afterAll(() => emulator.close());

async function metricsAt(hoursAfterLastRelease: (lastPublish: number) => number): Promise<Metrics> {
  const github = createGitHubClient({
    token: DEFAULT_TOKEN,
    apiUrl: emulator.url,
    graphqlUrl: emulator.graphqlUrl,
    log,
  });
  const all = await listReleases(github, repo, config);
  const last = findTrain(all, 'v2.0.0', config).last;
  const now = new Date(hoursAfterLastRelease(Date.parse(last.publishedAt)));
  const train = findTrain(await listReleases(github, repo, config, now), 'v2.0.0', config);
  return computeMetrics(await collectReleaseData({ github, repo, config, now, log }, train), []);
}

describe('the synthetic release opened at 11 h, 49 h and 30 days', () => {
  it('gives the same release-cycle figures and the same band (or not enough data) each time', async () => {
    const runs = await Promise.all(
      [11, 49, 30 * 24].map((h) => metricsAt((lastPublish) => lastPublish + h * HOUR)),
    );
    const figures = runs.map((m) =>
      (['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map((key) => {
        const metric = m[key];
        if (!metric.measured) return [key, 'not measured'];
        const band = metric.band ?? 'not enough data';
        // Time to restore is measured over the observation period, and deployment frequency over the band period
        // ending at the train's maturity: both are still running at 11 h (deployments after it are still to
        // come), so only their band and window must agree. Lead time and change failure rate are the release
        // cycle's and must not move.
        return key === 'timeToRestore'
          ? [key, band]
          : key === 'deploymentFrequency'
            ? [key, metric.window.from, metric.window.to, band]
            : [key, metric.value, metric.display, metric.window.from, metric.window.to, band];
      }),
    );
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
    // The figures are real measurements, not all "not measured".
    expect(figures[0]?.filter((f) => f[1] !== 'not measured').length).toBeGreaterThanOrEqual(3);
  });
});
