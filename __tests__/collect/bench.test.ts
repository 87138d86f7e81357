/**
 * The benchmark's pipeline at a small size (scripts/bench.ts does the same at 1,000 or 5,000 pull requests):
 * gathers the synthetic release from the emulator and checks the request count against the fewest possible.
 * Counts only, no timing, so it is stable on any machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, type Emulator, startEmulator } from '../../emulator/index.ts';
import { benchScenario, chainRequests, lowerBound, stateTruth } from '../../scripts/bench-figures.ts';
import { gatherOpen } from '../../scripts/bench-gather.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';

const size = { prs: 250, commits: 1250, deployments: 120, issues: 150 };
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ scenario: benchScenario(size), latencyMs: 0 });
});
afterAll(() => emulator.close());

const tagSha = (tag: string) =>
  emulator.state.refs.find((r) => r.repo === 'acme/big' && r.ref === `refs/tags/${tag}`)?.sha ?? '';

describe('benchmark pipeline at 250 pull requests', () => {
  it('gathers everything within 1.25 × the fewest possible requests', async () => {
    const config = loadConfig(null, 'bench');
    const repo = { owner: 'acme', name: 'big' };
    const github = createGitHubClient({
      token: DEFAULT_TOKEN,
      apiUrl: emulator.url,
      graphqlUrl: emulator.graphqlUrl,
      log: { debug() {}, warning() {} },
    });
    const from = emulator.requests.length;
    const log = { debug() {}, warning() {} };
    const now = new Date(emulator.clock.nowMs());
    const { train, data, voice, voiceQueries } = await gatherOpen(github, repo, config, now, 'v2.0.0', log);
    const requests = emulator.requests.slice(from);
    expect(requests.every((r) => r.status === 200)).toBe(true);

    expect([data.changes.status, data.deployments.status, data.incidents.status]).toEqual(['ok', 'ok', 'ok']);
    if (data.changes.status !== 'ok') throw new Error('changes not gathered');
    const truth = {
      ...stateTruth(emulator.state, 'acme/big', {
        since: train.previous?.createdAt ?? '1970-01-01T00:00:00Z',
        window: data.window,
        labels: [...config.labels.incident, ...config.labels.bug, ...config.labels.feedback],
      }),
      commits: data.changes.data.totalCommits,
      pullRequests: data.changes.data.pullRequests.length,
      workflowRuns:
        data.workflowRuns.status === 'ok'
          ? data.workflowRuns.data.branchRuns.length + data.workflowRuns.data.tagRuns.length
          : 0,
      voiceQueries,
    };
    // The users' voice by default: one query for the issues opened in the period (none mentions the release).
    expect(voice).toMatchObject({ status: 'ok', data: { issuesInWindow: 150, issuesRead: 100, issues: [] } });
    expect(requests.filter((r) => r.operation === 'ReleaseVoice')).toHaveLength(1);
    // Everything the train holds was gathered: every commit and pull request of v2.0.0 and its hotfix v2.0.1
    // (1 % more), the deployments since v1.0.0 (with the 10 % after the release) and the window's issues.
    expect(truth).toMatchObject({ commits: 1263, pullRequests: 253, deployments: 132, issues: 150 });
    // 4 releases, repository, 8 requests for v2.0.0's 1,250 commits (compare page 1, the tag's commit, 6
    // queries of history windows; 13 compare pages before), 3 pull-request pages, 2 deployment pages, 2 issue
    // pages, 7 pages of workflow runs (the default branch's in the build window, and the tags'), the voice.
    expect(lowerBound(truth)).toBe(25);
    expect(requests.filter((r) => r.operation === 'HistoryWindows')).toHaveLength(6);
    expect(requests.filter((r) => r.path.includes('/compare/'))).toHaveLength(2);
    // The windows hold exactly the compare set, oldest first, each commit under its release.
    const expected = (base: string, head: string) =>
      emulator.state.compare(tagSha(base), tagSha(head)).ahead.map((c) => c.sha);
    const gathered = (tag: string) =>
      data.changes.status === 'ok'
        ? data.changes.data.commits.filter((c) => c.releaseTag === tag).map((c) => c.sha)
        : [];
    expect(gathered('v2.0.0')).toEqual(expected('v1.0.0', 'v2.0.0'));
    expect(gathered('v2.0.1')).toEqual(expected('v2.0.0', 'v2.0.1'));
    expect(data.changes.data.tagCommits).toEqual({ 'v2.0.0': tagSha('v2.0.0'), 'v2.0.1': tagSha('v2.0.1') });
    expect(chainRequests(truth)).toBe(4);
    expect(requests.length).toBeLessThanOrEqual(1.25 * lowerBound(truth));
  });
});
