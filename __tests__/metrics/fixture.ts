/** A small, hand-checkable ReleaseData: v1.4.0 (published day 0) with hotfix v1.4.1, observed for 14 days. */
import type {
  CommitFact,
  DeploymentFact,
  IssueFact,
  PullRequestFact,
  ReleaseData,
  ReleaseRef,
  WorkflowRunFact,
} from '../../src/collect/types.ts';

export const T0 = Date.parse('2026-03-01T00:00:00Z');
export const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

export const ref = (tag: string, hours: number): ReleaseRef => ({
  id: hours,
  tag,
  name: tag,
  url: `https://github.com/acme/shop/releases/tag/${tag}`,
  publishedAt: at(hours),
  createdAt: at(hours - 1),
  prerelease: false,
  targetCommitish: 'main',
  author: 'maya',
});

export const commit = (sha: string, hours: number, releaseTag = 'v1.4.0'): CommitFact => ({
  sha,
  headline: `commit ${sha}`,
  author: 'sam',
  authoredAt: at(hours),
  url: `https://github.com/acme/shop/commit/${sha}`,
  isRevert: false,
  releaseTag,
});

export const pull = (
  number: number,
  mergeSha: string,
  firstCommitHours: number,
  releaseTag = 'v1.4.0',
): PullRequestFact => ({
  number,
  title: `Change ${number}`,
  url: `https://github.com/acme/shop/pull/${number}`,
  author: 'sam',
  labels: [],
  createdAt: at(firstCommitHours + 1),
  firstCommitAt: at(firstCommitHours),
  mergedAt: at(firstCommitHours + 2),
  mergeCommitSha: mergeSha,
  additions: 1,
  deletions: 1,
  changedFiles: 1,
  reviewCount: 1,
  reviewers: ['lee'],
  isRevert: false,
  releaseTag,
});

export const deployment = (
  id: number,
  sha: string,
  hours: number,
  states: [DeploymentFact['statuses'][number]['state'], number][],
  extra: Partial<DeploymentFact> = {},
): DeploymentFact => ({
  id,
  environment: 'production',
  sha,
  ref: 'main',
  createdAt: at(hours),
  creator: 'github-actions[bot]',
  url: `https://github.com/acme/shop/deployments/${id}`,
  statuses: states.map(([state, h]) => ({ state, createdAt: at(h) })),
  isRollback: false,
  isRedeploy: false,
  isProduction: true,
  releaseTag: 'v1.4.0',
  ...extra,
});

export const issue = (
  number: number,
  createdHours: number,
  closedHours: number | null,
  extra: Partial<IssueFact> = {},
): IssueFact => ({
  number,
  title: `Issue ${number}`,
  url: `https://github.com/acme/shop/issues/${number}`,
  labels: [],
  state: closedHours === null ? 'open' : 'closed',
  createdAt: at(createdHours),
  closedAt: closedHours === null ? null : at(closedHours),
  author: 'kim',
  assignees: [],
  severity: null,
  linkedBy: [],
  ...extra,
});

export const run = (
  id: number,
  sha: string,
  conclusion: string,
  attempt = 1,
  minutes = 10,
): WorkflowRunFact => ({
  id,
  name: 'CI',
  event: 'push',
  branch: 'main',
  headSha: sha,
  status: 'completed',
  conclusion,
  createdAt: at(-100 + id),
  updatedAt: at(-100 + id + minutes / 60),
  runAttempt: attempt,
  durationMs: minutes * 60_000,
  url: `https://github.com/acme/shop/actions/runs/${id}`,
});

export function releaseData(overrides: Partial<ReleaseData> = {}): ReleaseData {
  const v140 = ref('v1.4.0', 0);
  const v141 = ref('v1.4.1', 20);
  return {
    repository: { owner: 'acme', name: 'shop', url: 'https://github.com/acme/shop', defaultBranch: 'main' },
    train: { release: v140, hotfixes: [v141], previous: ref('v1.3.0', -300), last: v141, next: null },
    window: { from: at(0), to: at(14 * 24) },
    bandPeriod: { from: at(14 * 24 - 30 * 24), to: at(14 * 24) },
    maturity: { matured: true, gates: [] },
    changes: {
      status: 'ok',
      data: {
        commits: [
          commit('c1', -50),
          commit('c2', -30),
          commit('c3', -2),
          commit('c4', 10, 'v1.4.1'),
          commit('c5', 19, 'v1.4.1'),
        ],
        pullRequests: [pull(1, 'c1', -50), pull(2, 'c2', -30), pull(4, 'c4', 10, 'v1.4.1')],
        totalCommits: 5,
        contributors: ['sam'],
        reverts: [],
        tagCommits: { 'v1.4.0': 'c3', 'v1.4.1': 'c5' },
      },
    },
    deployments: {
      status: 'ok',
      data: [
        deployment(10, 'c3', 1, [
          ['in_progress', 1],
          ['success', 2],
        ]),
        deployment(11, 'c0', 5, [['success', 6]], { isRollback: true, releaseTag: null, creator: 'lee' }),
        deployment(12, 'c5', 21, [['failure', 22]], { releaseTag: 'v1.4.1' }),
        deployment(13, 'c5', 24, [['success', 26]], { releaseTag: 'v1.4.1', isRedeploy: true }),
        deployment(14, 'c5', 20, [['success', 20.5]], {
          environment: 'staging',
          isProduction: false,
          releaseTag: 'v1.4.1',
        }),
      ],
    },
    workflowRuns: {
      status: 'ok',
      data: {
        tagRuns: [],
        branchRuns: [
          run(1, 'c1', 'success'),
          run(2, 'c2', 'failure'),
          run(3, 'c2', 'success', 2, 20),
          run(4, 'c3', 'failure', 1, 30),
          run(5, 'c4', 'cancelled'),
        ],
      },
    },
    incidents: {
      status: 'ok',
      data: [
        issue(30, 3, 7, {
          linkedBy: [{ label: 'mentions v1.4.0', url: 'https://github.com/acme/shop/releases/tag/v1.4.0' }],
        }),
        issue(31, 100, 100.5),
        issue(32, 200, null),
      ],
    },
    bugs: { status: 'ok', data: [issue(40, 10, null), issue(41, 50, 60), issue(42, 300, null)] },
    feedback: { status: 'ok', data: { issues: [], releaseReactions: {} } },
    participants: ['lee', 'sam'],
    collectedAt: at(14 * 24),
    ...overrides,
  };
}
