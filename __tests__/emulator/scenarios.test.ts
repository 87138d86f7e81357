import { describe, expect, it } from 'vitest';
import { Clock, resolveTime } from '../../emulator/clock.ts';
import { DEMO_NOW, demoScenario, syntheticScenario } from '../../emulator/index.ts';
import { loadScenario } from '../../emulator/scenarios/load.ts';
import { must } from './helpers.ts';

const HOUR = 3_600_000;

describe('clock', () => {
  it('resolves offsets relative to now and can be set and advanced', () => {
    const now = Date.parse(DEMO_NOW);
    expect(resolveTime('-72h', now)).toBe('2026-03-15T12:00:00Z');
    expect(resolveTime('-1d2h30m', now)).toBe('2026-03-17T09:30:00Z');
    expect(resolveTime('+1w', now)).toBe('2026-03-25T12:00:00Z');
    expect(resolveTime('2026-01-01T00:00:00.000Z', now)).toBe('2026-01-01T00:00:00Z');
    const clock = new Clock(DEMO_NOW);
    clock.advance(HOUR);
    expect(clock.iso()).toBe('2026-03-18T13:00:00Z');
    clock.set('2026-04-01T00:00:00Z');
    expect(clock.iso()).toBe('2026-04-01T00:00:00Z');
  });
});

describe('demo scenario', () => {
  const state = loadScenario(demoScenario());
  const now = Date.parse(DEMO_NOW);
  const hoursAgo = (iso: string | null | undefined) => (now - Date.parse(iso ?? '')) / HOUR;

  it('has the team with their roles and tokens', () => {
    const repo = must(state.repos[0]);
    expect(repo.fullName).toBe('acme/shop');
    expect(['maya', 'lee', 'sam', 'ana', 'rio', 'kim', 'troll'].map((l) => state.role(repo, l))).toEqual([
      'admin',
      'maintain',
      'write',
      'write',
      'triage',
      'read',
      null,
    ]);
    expect(state.tokens.find((t) => t.token === 'ghs_emulator_default')).toMatchObject({
      login: 'github-actions[bot]',
      kind: 'installation',
    });
    expect(state.tokens.find((t) => t.token === 'ghp_projects')).toMatchObject({
      login: 'maya',
      projects: true,
    });
  });

  it('publishes v1.4.0 about 10h before the hotfix v1.4.1, which is about 49h old', () => {
    const [v130, v140, v141] = ['v1.3.0', 'v1.4.0', 'v1.4.1'].map((t) =>
      must(state.releases.find((r) => r.tagName === t)),
    );
    expect(hoursAgo(v141?.publishedAt)).toBe(49);
    expect(hoursAgo(v140?.publishedAt) - hoursAgo(v141?.publishedAt)).toBe(10);
    expect(hoursAgo(v130?.publishedAt)).toBeGreaterThan(24 * 7);
  });

  it('has merged PRs (one a revert), deployments with a failure and a rollback, incidents and feedback', () => {
    const merged = state.pulls.filter((p) => p.mergedAt);
    expect(merged).toHaveLength(15);
    expect(merged.filter((p) => p.title.startsWith('Revert "'))).toHaveLength(1);
    expect(new Set(merged.map((p) => p.author)).size).toBeGreaterThanOrEqual(4);
    expect(state.commits.length).toBeGreaterThanOrEqual(40);
    expect(state.deploymentStatuses.some((s) => s.state === 'failure')).toBe(true);
    const prod = state.deployments.filter((d) => d.environment === 'production');
    // A rollback: production goes back to a sha it ran before, after a different one.
    const rollback = prod.find(
      (d, i) => i >= 2 && prod[i - 1]?.sha !== d.sha && prod.slice(0, i - 1).some((x) => x.sha === d.sha),
    );
    expect(rollback?.description).toBe('Rollback');
    const incidents = state.issues.filter((i) => i.labels.includes('incident'));
    expect(incidents).toHaveLength(2);
    expect(
      incidents.some((i) => i.labels.includes('severity:high') && i.closedAt && i.body?.includes('v1.4.0')),
    ).toBe(true);
    expect(state.issues.some((i) => i.labels.includes('feedback'))).toBe(true);
    expect(state.workflowRuns.some((r) => r.runAttempt > 1)).toBe(true);
    expect(state.workflowRuns.some((r) => r.conclusion === 'failure')).toBe(true);
    expect(state.discussionCategories.map((c) => c.slug)).toEqual([
      'announcements',
      'general',
      'retrospectives',
    ]);
    expect(state.projectFields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Status', 'Due', 'Priority']),
    );
    expect(state.files['acme/shop']?.main?.['.github/release-retro.yml']).toBeUndefined();
  });

  it('gives every object a unique node id', () => {
    const ids = [
      ...state.issues,
      ...state.pulls,
      ...state.releases,
      ...state.labels,
      ...state.deployments,
      ...state.discussions,
    ].map((x) => x.nodeId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('synthetic scenario', () => {
  // How fast it loads is the benchmark's business (npm run bench), not a test's.
  it('shapes a release like a real history: before it, a hotfix, after it, and workflow runs', () => {
    const state = loadScenario(
      syntheticScenario({ prs: 1000, commits: 5000, deployments: 300, issues: 500 }),
    );
    const sha = (tag: string) => state.resolveSha('acme/big', tag) as string;
    // The release's main segment is sized by the options; the hotfix adds 1 %.
    expect(state.compare(sha('v1.0.0'), sha('v2.0.0')).ahead).toHaveLength(5000);
    expect(state.compare(sha('v2.0.0'), sha('v2.0.1')).ahead).toHaveLength(50);
    const releasePublished = state.releases.find((r) => r.tagName === 'v2.0.0')?.publishedAt as string;
    const previousCreated = state.releases.find((r) => r.tagName === 'v1.0.0')?.createdAt as string;
    const merged = state.pulls.filter((p) => p.mergedAt);
    // History before v1.0.0 (a fifth more), the release, its hotfix, and 5 % merged after it.
    expect(merged.filter((p) => (p.mergedAt as string) < previousCreated)).toHaveLength(200);
    expect(merged.filter((p) => (p.mergedAt as string) > releasePublished).length).toBe(10 + 50);
    expect(state.pulls).toHaveLength(1260);
    expect(state.deployments.filter((d) => d.createdAt < previousCreated)).toHaveLength(150);
    expect(state.deployments.filter((d) => d.createdAt > releasePublished)).toHaveLength(30);
    expect(state.issues.filter((i) => i.createdAt >= releasePublished)).toHaveLength(500 + 50);
    expect(state.issues.filter((i) => i.createdAt < previousCreated)).toHaveLength(250);
    expect(state.workflowRuns.filter((r) => r.headBranch === 'main')).toHaveLength(1500);
    expect(state.workflowRuns.filter((r) => r.headBranch === 'v2.0.1')).toHaveLength(3);
    const statuses = state.deploymentStatuses.filter((s) => s.deploymentId === must(state.deployments[0]).id);
    expect(statuses.length).toBeGreaterThanOrEqual(2);
  });
});
