/**
 * Large synthetic releases for the benchmark, shaped like a real repository's history. The release under
 * study is the train v2.0.0 + its hotfix v2.0.1; `prs`, `commits`, `deployments` and `issues` size its main
 * segment (v1.0.0...v2.0.0, and v2.0.0's observation window for the issues). Around it, as a real repository has:
 *
 * - history before the previous release: v0.9.0, then a fifth as many commits and pull requests again up to
 *   v1.0.0, half as many deployments and labelled issues (listings that page newest first must stop on them);
 * - a hotfix segment: v2.0.1, 1 % of the commits and pull requests, published 16 h after v2.0.0 (within the
 *   default 48 maturity hours, so it joins the train);
 * - activity after the release: 5 % more commits and merged pull requests on main up to 30 minutes ago (pull
 *   requests updated after the release share the first pages of the newest-updated listing), and a tenth more
 *   deployments, all successful (production must be stable for the train to mature), and a tenth more labelled
 *   issues after the observation period;
 * - 1,500 workflow runs on main over the 60 days, and 3 runs on each tag.
 *
 * Times: v0.9.0 60 days ago, v1.0.0 30 days ago, v2.0.0 96 hours ago, v2.0.1 80 hours ago, now
 * 2026-03-18T12:00:00Z. Deterministic (no randomness) so benchmark runs are comparable.
 */
import { BOT_LOGIN, DEFAULT_TOKEN } from './demo.ts';
import type {
  CommitSpec,
  DeploymentSpec,
  IssueSpec,
  PullSpec,
  RunSpec,
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
const DAY_MIN = 24 * 60;
/** Minutes before now. */
const AT = {
  history: 60 * DAY_MIN,
  previous: 30 * DAY_MIN,
  release: 96 * 60,
  hotfix: 80 * 60,
  latest: 30,
};
const WORKFLOW_RUNS = 1500;
const ago = (m: number) => `-${Math.max(Math.round(m), 1)}m`;

interface Segment {
  /** Id prefix, unique per segment. */
  prefix: string;
  commits: number;
  prs: number;
  /** Minutes ago of the segment's start and end (start > end). */
  from: number;
  to: number;
}

/** Appends a segment's commits (the first `prs` evenly spread are squash merges of pull requests). */
function addSegment(segment: Segment, commits: CommitSpec[], pulls: PullSpec[]): void {
  const count = Math.max(segment.commits, segment.prs, 1);
  const span = segment.from - segment.to;
  const prEvery = segment.prs > 0 ? count / segment.prs : Number.POSITIVE_INFINITY;
  let nextPr = 0;
  for (let i = 0; i < count; i += 1) {
    const author = AUTHORS[i % AUTHORS.length] as string;
    const at = segment.from - ((i + 1) * span) / (count + 1);
    const isPr = nextPr < segment.prs && i >= Math.floor(nextPr * prEvery);
    const parent = commits.at(-1)?.id as string;
    const id = `${segment.prefix}${i}`;
    if (!isPr) {
      commits.push({ id, message: `Commit ${segment.prefix}${i}`, author, at: ago(at), parents: [parent] });
      continue;
    }
    nextPr += 1;
    const n = pulls.length + 1;
    const branchCommit = segment.prefix === 'c' ? `b${i}` : `${segment.prefix}b${i}`;
    commits.push({
      id: branchCommit,
      message: `Work for change ${n}`,
      author,
      at: ago(at + 120),
      parents: [parent],
    });
    commits.push({ id, message: `Change ${n} (#PR)`, author, at: ago(at), parents: [parent] });
    pulls.push({
      title: `Change ${n}`,
      author,
      head: `change-${n}`,
      createdAt: ago(at + 180),
      mergedAt: ago(at),
      commits: [branchCommit],
      mergeCommit: id,
      labels: i % 7 === 0 ? ['bug'] : ['enhancement'],
      reviews: [{ author: AUTHORS[(i + 1) % AUTHORS.length] as string, at: ago(at + 30) }],
      additions: (i % 50) + 1,
      deletions: i % 13,
      changedFiles: (i % 5) + 1,
    });
  }
}

/** `count` deployments of the commits in `targets`, spread evenly from `from` to `to` minutes ago. */
function addDeployments(
  deployments: DeploymentSpec[],
  count: number,
  targets: string[],
  window: { from: number; to: number },
  options: { failures: boolean },
): void {
  for (let i = 0; i < count; i += 1) {
    const at = window.from - ((i + 1) * (window.from - window.to)) / (count + 1);
    const commit =
      targets[Math.min(targets.length - 1, Math.floor(((i + 1) * targets.length) / (count + 1)))];
    const failed = options.failures && i % 10 === 9;
    deployments.push({
      commit: commit as string,
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
}

/** `count` labelled issues opened evenly from `from` to `to` minutes ago; every other one closed 30 min later. */
function addIssues(issues: IssueSpec[], count: number, window: { from: number; to: number }): void {
  for (let i = 0; i < count; i += 1) {
    const at = window.from - ((i + 1) * (window.from - window.to)) / (count + 1);
    const kind = i % 10 === 0 ? ['incident'] : i % 3 === 0 ? ['feedback'] : ['bug'];
    issues.push({
      title: `Synthetic issue ${issues.length + 1}`,
      author: AUTHORS[i % AUTHORS.length] as string,
      labels: kind,
      createdAt: ago(at),
      ...(i % 2 === 0 ? { closedAt: ago(at - 30) } : {}),
    });
  }
}

export function syntheticScenario(opts: SyntheticOptions): ScenarioSpec {
  const releaseCommits = Math.max(opts.commits, opts.prs, 1);
  const fifth = (n: number) => Math.round(n / 5);
  const share = (n: number, part: number, min: number) => Math.max(min, Math.round(n * part));

  const commits: CommitSpec[] = [
    { id: 'root', message: 'Initial commit', author: 'maya', at: ago(AT.history + 60) },
  ];
  const pulls: PullSpec[] = [];
  const segments: Record<'history' | 'release' | 'hotfix' | 'after', Segment> = {
    history: {
      prefix: 'h',
      commits: fifth(releaseCommits),
      prs: fifth(opts.prs),
      from: AT.history,
      to: AT.previous + 60,
    },
    release: { prefix: 'c', commits: releaseCommits, prs: opts.prs, from: AT.previous, to: AT.release + 10 },
    hotfix: {
      prefix: 'x',
      commits: share(releaseCommits, 0.01, 3),
      prs: share(opts.prs, 0.01, 1),
      from: AT.release,
      to: AT.hotfix + 10,
    },
    after: {
      prefix: 'a',
      commits: share(releaseCommits, 0.05, 5),
      prs: share(opts.prs, 0.05, 2),
      from: AT.hotfix,
      to: AT.latest,
    },
  };
  const ends: Record<string, string> = {};
  const idsOf: Record<string, string[]> = {};
  for (const [name, segment] of Object.entries(segments)) {
    const before = commits.length;
    addSegment(segment, commits, pulls);
    // The main line only (pull request branch commits hang off it).
    idsOf[name] = commits
      .slice(before)
      .filter((c) => !/b\d+$/.test(c.id))
      .map((c) => c.id);
    ends[name] = commits.at(-1)?.id as string;
  }
  const head = ends.after as string;

  const deployments: DeploymentSpec[] = [];
  addDeployments(
    deployments,
    Math.round(opts.deployments / 2),
    idsOf.history as string[],
    {
      from: AT.history,
      to: AT.previous + 60,
    },
    { failures: true },
  );
  addDeployments(
    deployments,
    opts.deployments,
    idsOf.release as string[],
    {
      from: AT.previous,
      to: AT.release + 10,
    },
    { failures: true },
  );
  addDeployments(
    deployments,
    share(opts.deployments, 0.1, 4),
    [...(idsOf.hotfix as string[]), ...(idsOf.after as string[])],
    { from: AT.release, to: AT.latest },
    { failures: false },
  );

  const issues: IssueSpec[] = [];
  addIssues(issues, Math.round(opts.issues / 2), { from: AT.history, to: AT.previous });
  // The release's issues, in the train's observation period (v2.0.0's publish to v2.0.1's + 48 maturity
  // hours, 32 hours ago), and a tenth more after it.
  addIssues(issues, opts.issues, { from: AT.release - 30, to: AT.hotfix - 48 * 60 + 60 });
  addIssues(issues, share(opts.issues, 0.1, 2), { from: AT.hotfix - 48 * 60 - 60, to: 60 });

  const mainLine = commits.filter((c) => !/b\d+$/.test(c.id));
  const workflowRuns: RunSpec[] = [];
  for (let i = 0; i < WORKFLOW_RUNS; i += 1) {
    const at = AT.history - ((i + 1) * (AT.history - AT.latest)) / (WORKFLOW_RUNS + 1);
    const commit =
      mainLine[Math.min(mainLine.length - 1, Math.floor(((i + 1) * mainLine.length) / (WORKFLOW_RUNS + 1)))];
    workflowRuns.push({
      name: i % 3 === 0 ? 'Release checks' : 'CI',
      event: 'push',
      branch: 'main',
      commit: commit?.id as string,
      createdAt: ago(at),
      durationMinutes: 4 + (i % 9),
      conclusion: i % 17 === 0 ? 'failure' : 'success',
    });
  }
  for (const [tag, commit, at] of [
    ['v2.0.0', ends.release, AT.release + 5],
    ['v2.0.1', ends.hotfix, AT.hotfix + 5],
  ] as const) {
    for (let i = 0; i < 3; i += 1) {
      workflowRuns.push({
        name: ['CI', 'Release checks', 'Publish'][i] as string,
        event: 'push',
        branch: tag,
        commit: commit as string,
        createdAt: ago(at - i),
        durationMinutes: 5,
        conclusion: 'success',
      });
    }
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
          { name: 'v0.9.0', commit: 'root' },
          { name: 'v1.0.0', commit: ends.history as string },
          { name: 'v2.0.0', commit: ends.release as string },
          { name: 'v2.0.1', commit: ends.hotfix as string },
        ],
        releases: [
          { tag: 'v0.9.0', author: 'maya', createdAt: ago(AT.history + 60), publishedAt: ago(AT.history) },
          { tag: 'v1.0.0', author: 'maya', createdAt: ago(AT.previous + 60), publishedAt: ago(AT.previous) },
          { tag: 'v2.0.0', author: 'maya', createdAt: ago(AT.release + 10), publishedAt: ago(AT.release) },
          { tag: 'v2.0.1', author: 'maya', createdAt: ago(AT.hotfix + 10), publishedAt: ago(AT.hotfix) },
        ],
        pulls,
        environments: ['staging', 'production'],
        deployments,
        workflowRuns,
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
