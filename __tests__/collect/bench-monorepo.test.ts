/**
 * The monorepo benchmark's pipeline at a small size (scripts/bench-monorepo.ts runs it at 1,000 pull requests):
 * the web line finds exactly its own pull requests and commits, and scoping costs one request per direct commit
 * and nothing per pull request. Counts only, no timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, type Emulator, startEmulator } from '../../emulator/index.ts';
import {
  type MonorepoFacts,
  syntheticMonorepoScenario,
} from '../../emulator/scenarios/synthetic-monorepo.ts';
import { gatherLine, WEB_LINE, WHOLE_REPOSITORY } from '../../scripts/bench-monorepo-figures.ts';

let emulator: Emulator;
let facts: MonorepoFacts;
beforeAll(async () => {
  const built = syntheticMonorepoScenario({ prs: 120, commits: 150, deployments: 40, issues: 20 });
  facts = built.facts;
  emulator = await startEmulator({ scenario: built.spec, latencyMs: 0 });
});
afterAll(() => emulator.close());

describe('monorepo benchmark pipeline at 120 pull requests', () => {
  it('scopes the web line exactly, for one request per direct commit', async () => {
    const whole = await gatherLine(emulator, WHOLE_REPOSITORY, DEFAULT_TOKEN);
    const web = await gatherLine(emulator, WEB_LINE, DEFAULT_TOKEN);
    if (web.data.changes.status !== 'ok' || whole.data.changes.status !== 'ok') throw new Error('no changes');
    expect(whole.data.changes.data.pullRequests).toHaveLength(facts.pullRequests);
    expect(facts.pullRequests).toBeGreaterThanOrEqual(120);
    expect(web.data.changes.data.pullRequests).toHaveLength(facts.webPullRequests);
    expect(web.data.changes.data.commits).toHaveLength(facts.webPullRequests + facts.webDirectCommits);
    // 150 commits for 120 pull requests, plus the hotfix segment's 3 commits for 1 pull request.
    expect(facts.directCommits).toBe(32);

    expect(web.byRoute.get('GET /repos/acme/big/commits/{sha}')).toBe(facts.directCommits);
    expect(web.byRoute.get('graphql PullRequestFiles')).toBeUndefined();
    // The line's pages carry each pull request's files: as many pages as the whole repository's.
    expect(web.byRoute.get('graphql ReleasePullRequests')).toBeUndefined();
    expect(web.byRoute.get('graphql ReleasePullRequestsWithFiles')).toBe(
      whole.byRoute.get('graphql ReleasePullRequests'),
    );
    // Only the web line's deployments are read (GitHub filters by environment).
    if (web.data.deployments.status !== 'ok') throw new Error('no deployments');
    expect(new Set(web.data.deployments.data.map((d) => d.environment))).toEqual(new Set(['web-production']));
    expect(web.requests - whole.requests).toBeLessThanOrEqual(facts.directCommits);
  });
});
