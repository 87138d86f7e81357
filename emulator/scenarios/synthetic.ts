/**
 * Large synthetic releases for the benchmark: v1.0.0, then `commits` commits (of which `prs` are squash
 * merges of PRs), `deployments` deployments with 2–3 statuses each and `issues` issues, then v2.0.0.
 * Deterministic (no randomness) so benchmark runs are comparable.
 */
import { BOT_LOGIN, DEFAULT_TOKEN } from './demo.ts';
import type {
  CommitSpec,
  DeploymentSpec,
  IssueSpec,
  PullSpec,
  ScenarioOptions,
  ScenarioSpec,
} from './spec.ts';

export interface SyntheticOptions extends ScenarioOptions {
  prs: number;
  commits: number;
  deployments: number;
  issues: number;
}

const AUTHORS = ['maya', 'lee', 'sam', 'ana', 'rio', 'kim'];
const SYNTHETIC_NOW = '2026-03-18T12:00:00Z';

export function syntheticScenario(opts: SyntheticOptions): ScenarioSpec {
  const commitCount = Math.max(opts.commits, opts.prs, 1);
  // v1.0.0 sits 30 days ago, v2.0.0 50 hours ago; everything in between is spread evenly.
  const startMin = 30 * 24 * 60;
  const endMin = 50 * 60;
  const span = startMin - endMin;
  const minutesAgo = (i: number, count: number) => Math.round(startMin - ((i + 1) * span) / (count + 1));
  const ago = (m: number) => `-${Math.max(m, 1)}m`;

  const commits: CommitSpec[] = [
    { id: 'base', message: 'Release v1.0.0', author: 'maya', at: ago(startMin + 60) },
  ];
  const pulls: PullSpec[] = [];
  // The first `prs` commits after v1.0.0 are squash merges; PR branch commits hang off main.
  const prEvery = opts.prs > 0 ? commitCount / opts.prs : Number.POSITIVE_INFINITY;
  let nextPr = 0;
  for (let i = 0; i < commitCount; i += 1) {
    const author = AUTHORS[i % AUTHORS.length] as string;
    const at = minutesAgo(i, commitCount);
    const isPr = nextPr < opts.prs && i >= Math.floor(nextPr * prEvery);
    const parent = commits.at(-1)?.id as string;
    if (isPr) {
      nextPr += 1;
      commits.push({
        id: `b${i}`,
        message: `Work for change ${nextPr}`,
        author,
        at: ago(at + 120),
        parents: [parent],
      });
      commits.push({
        id: `c${i}`,
        message: `Change ${nextPr} (#PR)`,
        author,
        at: ago(at),
        parents: [parent],
      });
      pulls.push({
        title: `Change ${nextPr}`,
        author,
        head: `change-${nextPr}`,
        createdAt: ago(at + 180),
        mergedAt: ago(at),
        commits: [`b${i}`],
        mergeCommit: `c${i}`,
        labels: i % 7 === 0 ? ['bug'] : ['enhancement'],
        reviews: [{ author: AUTHORS[(i + 1) % AUTHORS.length] as string, at: ago(at + 30) }],
        additions: (i % 50) + 1,
        deletions: i % 13,
        changedFiles: (i % 5) + 1,
      });
    } else {
      commits.push({ id: `c${i}`, message: `Commit ${i}`, author, at: ago(at), parents: [parent] });
    }
  }
  const head = commits.at(-1)?.id as string;

  const deployments: DeploymentSpec[] = [];
  for (let i = 0; i < opts.deployments; i += 1) {
    const at = minutesAgo(i, opts.deployments);
    const commitIndex = Math.min(
      commitCount - 1,
      Math.floor(((i + 1) * commitCount) / (opts.deployments + 1)),
    );
    const failed = i % 10 === 9;
    deployments.push({
      commit: `c${commitIndex}`,
      ref: 'main',
      environment: i % 2 === 0 ? 'staging' : 'production',
      creator: BOT_LOGIN,
      createdAt: ago(at),
      statuses: [
        { state: 'in_progress', at: ago(at) },
        ...(i % 3 === 0 ? [{ state: 'in_progress' as const, at: ago(at - 1) }] : []),
        { state: failed ? 'failure' : 'success', at: ago(at - 2) },
      ],
    });
  }

  const issues: IssueSpec[] = [];
  for (let i = 0; i < opts.issues; i += 1) {
    const at = minutesAgo(i, opts.issues);
    const kind = i % 10 === 0 ? ['incident'] : i % 3 === 0 ? ['feedback'] : ['bug'];
    issues.push({
      title: `Synthetic issue ${i + 1}`,
      author: AUTHORS[i % AUTHORS.length] as string,
      labels: kind,
      createdAt: ago(at),
      ...(i % 2 === 0 ? { closedAt: ago(Math.max(at - 90, 1)) } : {}),
    });
  }

  return {
    id: 'synthetic',
    now: opts.now ?? SYNTHETIC_NOW,
    users: [...AUTHORS.map((login) => ({ login })), { login: BOT_LOGIN, type: 'Bot' }],
    orgs: [{ login: 'acme' }],
    tokens: [
      { token: DEFAULT_TOKEN, login: BOT_LOGIN, kind: 'installation' },
      ...AUTHORS.map((login) => ({ token: `ghp_${login}`, login, kind: 'pat' as const })),
    ],
    repos: [
      {
        owner: 'acme',
        name: 'big',
        roles: {
          maya: 'admin',
          lee: 'maintain',
          sam: 'write',
          ana: 'write',
          rio: 'triage',
          kim: 'read',
          [BOT_LOGIN]: 'write',
        },
        commits,
        branches: { main: head },
        tags: [
          { name: 'v1.0.0', commit: 'base' },
          { name: 'v2.0.0', commit: head },
        ],
        releases: [
          { tag: 'v1.0.0', author: 'maya', createdAt: ago(startMin + 60), publishedAt: ago(startMin) },
          { tag: 'v2.0.0', author: 'maya', createdAt: ago(endMin + 10), publishedAt: ago(endMin) },
        ],
        pulls,
        environments: ['staging', 'production'],
        deployments,
        labels: ['bug', 'incident', 'feedback', 'enhancement'].map((name) => ({ name })),
        issues,
        discussionCategories: [
          { name: 'General', slug: 'general' },
          { name: 'Retrospectives', slug: 'retrospectives' },
        ],
        files: { main: { 'README.md': '# big\n', ...(opts.files ?? {}) } },
      },
    ],
  };
}
