/**
 * `demo`: a small product team at acme/shop. v1.4.0 went out ~59h ago, broke checkout, was rolled back,
 * and v1.4.1 fixed it ~10h later (~49h ago), so v1.4.1 is just past a 48h maturity window.
 */
import type { CommitSpec, PullSpec, RunSpec, ScenarioOptions, ScenarioSpec } from './spec.ts';

export const DEMO_NOW = '2026-03-18T12:00:00Z';
export const DEFAULT_TOKEN = 'ghs_emulator_default';
export const BOT_LOGIN = 'github-actions[bot]';

const PEOPLE = ['maya', 'lee', 'sam', 'ana', 'rio', 'kim', 'troll'] as const;

/** A merged, squashed PR: one branch commit, one commit on main. */
interface Change {
  title: string;
  author: string;
  reviewers: string[];
  labels: string[];
  at: string;
  openedHoursBefore: number;
  size: [number, number, number];
}

const V130_CHANGES: Change[] = [
  {
    title: 'Add saved carts',
    author: 'sam',
    reviewers: ['lee'],
    labels: ['enhancement'],
    at: '-19d',
    openedHoursBefore: 30,
    size: [420, 35, 12],
  },
  {
    title: 'Cache product images at the edge',
    author: 'ana',
    reviewers: ['maya', 'sam'],
    labels: ['enhancement'],
    at: '-17d',
    openedHoursBefore: 20,
    size: [120, 40, 4],
  },
  {
    title: 'Bump stripe-node to 14.2',
    author: 'dependabot[bot]',
    reviewers: ['lee'],
    labels: ['dependencies'],
    at: '-16d',
    openedHoursBefore: 50,
    size: [8, 8, 2],
  },
  {
    title: 'Fix rounding in tax totals',
    author: 'sam',
    reviewers: ['ana'],
    labels: ['bug'],
    at: '-14d',
    openedHoursBefore: 6,
    size: [22, 9, 2],
  },
  {
    title: 'New checkout summary page',
    author: 'ana',
    reviewers: ['lee', 'maya'],
    labels: ['enhancement'],
    at: '-12d',
    openedHoursBefore: 72,
    size: [610, 120, 18],
  },
  {
    title: 'Document the deploy runbook',
    author: 'lee',
    reviewers: ['maya'],
    labels: ['documentation'],
    at: '-10d',
    openedHoursBefore: 4,
    size: [90, 3, 1],
  },
  {
    title: 'Speed up search with a trigram index',
    author: 'maya',
    reviewers: ['sam'],
    labels: ['enhancement'],
    at: '-8d',
    openedHoursBefore: 26,
    size: [140, 60, 5],
  },
  {
    title: 'Retry payment webhooks',
    author: 'sam',
    reviewers: ['lee'],
    labels: ['bug'],
    at: '-7d',
    openedHoursBefore: 12,
    size: [75, 10, 3],
  },
  {
    title: 'Revert "Speed up search with a trigram index"',
    author: 'maya',
    reviewers: ['lee'],
    labels: ['revert'],
    at: '-6d',
    openedHoursBefore: 1,
    size: [60, 140, 5],
  },
  {
    title: 'Show delivery estimates in cart',
    author: 'ana',
    reviewers: ['sam'],
    labels: ['enhancement'],
    at: '-5d',
    openedHoursBefore: 40,
    size: [210, 30, 7],
  },
  {
    title: 'Migrate saved carts to new schema',
    author: 'sam',
    reviewers: ['maya', 'lee'],
    labels: ['enhancement'],
    at: '-4d',
    openedHoursBefore: 18,
    size: [330, 80, 9],
  },
];
const V141_CHANGES: Change[] = [
  {
    title: 'Fix checkout crash for carts saved before the migration',
    author: 'sam',
    reviewers: ['maya'],
    labels: ['bug', 'hotfix'],
    at: '-50h',
    openedHoursBefore: 5,
    size: [34, 6, 2],
  },
];
const UNRELEASED_CHANGES: Change[] = [
  {
    title: 'Add gift wrapping option',
    author: 'ana',
    reviewers: ['lee'],
    labels: ['enhancement'],
    at: '-30h',
    openedHoursBefore: 48,
    size: [180, 12, 6],
  },
  {
    title: 'Alert on checkout error rate',
    author: 'lee',
    reviewers: ['maya'],
    labels: ['enhancement'],
    at: '-20h',
    openedHoursBefore: 8,
    size: [45, 0, 2],
  },
  {
    title: 'Tidy up cart service logs',
    author: 'sam',
    reviewers: ['ana'],
    labels: [],
    at: '-6h',
    openedHoursBefore: 3,
    size: [20, 25, 3],
  },
];

function hoursBefore(offset: string, hours: number): string {
  // Offsets are `-Nd` or `-Nh` here; adding hours keeps them relative to now.
  const m = /^-(\d+)([dh])$/.exec(offset);
  if (!m) throw new Error(`demo: unsupported offset ${offset}`);
  const h = Number(m[1]) * (m[2] === 'd' ? 24 : 1) + hours;
  return `-${h}h`;
}

export function demoScenario(options: ScenarioOptions = {}): ScenarioSpec {
  const commits: CommitSpec[] = [];
  const pulls: PullSpec[] = [];
  const direct = (id: string, message: string, author: string, at: string) =>
    commits.push({ id, message, author, at });

  // History before v1.3.0.
  const early = [
    'Initial storefront',
    'Product listing',
    'Cart service',
    'Checkout flow',
    'Payments via Stripe',
    'Order emails',
    'Search page',
    'Add CI workflow',
    'Add deploy workflow',
    'Tune search ranking',
    'Fix order email encoding',
    'Prepare v1.3.0',
  ];
  early.forEach((message, i) => {
    direct(`e${i}`, message, PEOPLE[i % 4] as string, `-${44 - i * 2}d`);
  });

  let n = 0;
  const merge = (c: Change, extra: PullSpec['labels'] = []): void => {
    n += 1;
    const id = `m${n}`;
    // Branch commits sit off main (parent = main tip when the PR was opened), so compare only sees merges.
    const branchParent = commits.at(-1)?.id as string;
    commits.push({
      id: `b${n}`,
      message: c.title,
      author: c.author === 'dependabot[bot]' ? 'lee' : c.author,
      at: hoursBefore(c.at, c.openedHoursBefore),
      parents: [branchParent],
    });
    commits.push({ id, message: `${c.title} (#PR)`, author: c.author, at: c.at, parents: [branchParent] });
    pulls.push({
      title: c.title,
      body: c.title.startsWith('Revert')
        ? 'Reverts acme/shop#7: search results were wrong for accented words.'
        : `Implements: ${c.title.toLowerCase()}.`,
      author: c.author,
      head: `feature/${n}`,
      createdAt: hoursBefore(c.at, c.openedHoursBefore),
      mergedAt: c.at,
      commits: [`b${n}`],
      mergeCommit: id,
      labels: [...c.labels, ...(extra ?? [])],
      reviews: c.reviewers.map((r, i) => ({ author: r, state: 'APPROVED', at: hoursBefore(c.at, i + 1) })),
      additions: c.size[0],
      deletions: c.size[1],
      changedFiles: c.size[2],
    });
  };

  for (const c of V130_CHANGES.slice(0, 5)) merge(c);
  direct('d1', 'Fix typo in footer', 'rio', '-11d');
  for (const c of V130_CHANGES.slice(5, 9)) merge(c);
  direct('d2', 'Update copyright year', 'lee', '-6d');
  for (const c of V130_CHANGES.slice(9)) merge(c);
  direct('d3', 'Prepare v1.4.0', 'maya', '-60h');
  const v140 = 'd3';
  direct('d4', 'Add migration guard logging', 'sam', '-52h');
  for (const c of V141_CHANGES) merge(c);
  direct('d5', 'Prepare v1.4.1', 'maya', '-49h30m');
  const v141 = 'd5';
  for (const c of UNRELEASED_CHANGES) merge(c);
  direct('d6', 'Update README screenshots', 'ana', '-3h');
  // An open PR that is not part of any release.
  commits.push({
    id: 'x1',
    message: 'One-page checkout prototype',
    author: 'ana',
    at: '-2d',
    parents: ['m12'],
  });
  pulls.push({
    title: 'Experiment: one-page checkout',
    author: 'ana',
    head: 'exp/one-page',
    createdAt: '-2d',
    commits: ['x1'],
    labels: ['enhancement'],
  });

  const v130 = 'e11';
  const runs: RunSpec[] = [];
  const ci = (commit: string, at: string, conclusion: RunSpec['conclusion'] = 'success', runAttempt = 1) =>
    runs.push({
      name: 'CI',
      path: '.github/workflows/ci.yml',
      event: 'push',
      branch: 'main',
      commit,
      createdAt: at,
      conclusion,
      runAttempt,
    });
  commits
    .filter((c) => /^[md]\d+$/.test(c.id))
    .forEach((c, i) => {
      // Every fourth main build fails and is re-run successfully a little later.
      if (i % 4 === 2) {
        ci(c.id, c.at, 'failure');
        ci(c.id, hoursBefore(c.at, -1), 'success', 2);
      } else ci(c.id, c.at);
    });
  const release = (
    tag: string,
    commit: string,
    at: string,
    conclusion: RunSpec['conclusion'] = 'success',
    runAttempt = 1,
  ) =>
    runs.push({
      name: 'Release',
      path: '.github/workflows/release.yml',
      event: 'push',
      branch: tag,
      commit,
      createdAt: at,
      conclusion,
      runAttempt,
      durationMinutes: 12,
    });
  release('v1.3.0', v130, '-20d');
  release('v1.4.0', v140, '-59h30m', 'failure');
  release('v1.4.0', v140, '-59h15m', 'success', 2);
  release('v1.4.1', v141, '-49h');

  const files: Record<string, string> = {
    'README.md': '# shop\n\nAcme storefront.\n',
    ...(options.files ?? {}),
  };

  return {
    id: 'demo',
    now: options.now ?? DEMO_NOW,
    users: [
      { login: 'maya', name: 'Maya Okafor' },
      { login: 'lee', name: 'Lee Chen' },
      { login: 'sam', name: 'Sam Rivera' },
      { login: 'ana', name: 'Ana Souza' },
      { login: 'rio', name: 'Rio Tanaka' },
      { login: 'kim', name: 'Kim Park' },
      { login: 'troll' },
      { login: BOT_LOGIN, type: 'Bot' },
      { login: 'dependabot[bot]', type: 'Bot' },
    ],
    orgs: [
      {
        login: 'acme',
        teams: [
          { slug: 'release-managers', name: 'Release managers', members: ['lee'], maintainers: ['maya'] },
        ],
      },
    ],
    tokens: [
      { token: DEFAULT_TOKEN, login: BOT_LOGIN, kind: 'installation' },
      ...PEOPLE.map((login) => ({ token: `ghp_${login}`, login, kind: 'pat' as const })),
      { token: 'ghp_projects', login: 'maya', kind: 'pat', projects: true },
    ],
    repos: [
      {
        owner: 'acme',
        name: 'shop',
        description: 'Acme storefront',
        createdAt: '-300d',
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
        branches: { main: 'd6', 'exp/one-page': 'x1' },
        tags: [
          { name: 'v1.3.0', commit: v130 },
          { name: 'v1.4.0', commit: v140 },
          { name: 'v1.4.1', commit: v141 },
        ],
        releases: [
          {
            tag: 'v1.3.0',
            name: 'v1.3.0',
            body: 'Search page, order emails.',
            author: 'maya',
            createdAt: '-20d1h',
            publishedAt: '-20d',
            reactions: [{ content: 'hooray', user: 'lee' }],
          },
          {
            tag: 'v1.4.0',
            name: 'v1.4.0 — saved carts',
            body: '## What changed\n- Saved carts\n- New checkout summary page\n- Delivery estimates',
            author: 'maya',
            createdAt: '-60h',
            publishedAt: '-59h',
            reactions: [
              { content: 'hooray', user: 'lee' },
              { content: '+1', user: 'sam' },
              { content: 'heart', user: 'ana' },
              { content: 'confused', user: 'kim' },
            ],
          },
          {
            tag: 'v1.4.1',
            name: 'v1.4.1',
            body: 'Hotfix: checkout crash for carts saved before the migration.',
            author: 'maya',
            createdAt: '-49h30m',
            publishedAt: '-49h',
            reactions: [
              { content: 'rocket', user: 'sam' },
              { content: '+1', user: 'rio' },
            ],
          },
        ],
        pulls,
        environments: ['staging', 'production'],
        deployments: [
          {
            commit: v130,
            ref: 'v1.3.0',
            environment: 'staging',
            creator: BOT_LOGIN,
            createdAt: '-20d1h',
            statuses: [
              { state: 'in_progress', at: '-20d1h' },
              { state: 'success', at: '-20d50m' },
            ],
          },
          {
            commit: v130,
            ref: 'v1.3.0',
            environment: 'production',
            creator: BOT_LOGIN,
            createdAt: '-20d',
            statuses: [
              { state: 'in_progress', at: '-20d' },
              { state: 'success', at: '-19d23h50m' },
            ],
          },
          {
            commit: 'm6',
            ref: 'main',
            environment: 'staging',
            creator: BOT_LOGIN,
            createdAt: '-10d',
            statuses: [
              { state: 'in_progress', at: '-10d' },
              { state: 'failure', at: '-9d23h50m', description: 'Health check failed' },
            ],
          },
          {
            commit: v140,
            ref: 'v1.4.0',
            environment: 'staging',
            creator: BOT_LOGIN,
            createdAt: '-59h40m',
            statuses: [
              { state: 'in_progress', at: '-59h40m' },
              { state: 'success', at: '-59h30m' },
            ],
          },
          {
            commit: v140,
            ref: 'v1.4.0',
            environment: 'production',
            creator: BOT_LOGIN,
            createdAt: '-59h',
            statuses: [
              { state: 'queued', at: '-59h' },
              { state: 'in_progress', at: '-58h58m' },
              { state: 'success', at: '-58h50m' },
            ],
          },
          // The rollback: the older v1.3.0 sha deployed to production again after the incident began.
          {
            commit: v130,
            ref: 'v1.3.0',
            environment: 'production',
            creator: 'lee',
            createdAt: '-56h',
            description: 'Rollback',
            statuses: [
              { state: 'in_progress', at: '-56h' },
              { state: 'success', at: '-55h50m' },
            ],
          },
          {
            commit: v141,
            ref: 'v1.4.1',
            environment: 'staging',
            creator: BOT_LOGIN,
            createdAt: '-49h20m',
            statuses: [
              { state: 'in_progress', at: '-49h20m' },
              { state: 'success', at: '-49h10m' },
            ],
          },
          {
            commit: v141,
            ref: 'v1.4.1',
            environment: 'production',
            creator: BOT_LOGIN,
            createdAt: '-49h',
            statuses: [
              { state: 'in_progress', at: '-49h' },
              { state: 'success', at: '-48h50m' },
            ],
          },
        ],
        workflowRuns: runs,
        labels: [
          { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
          { name: 'incident', color: 'b60205', description: 'Production incident' },
          { name: 'severity:high', color: 'e99695' },
          { name: 'severity:low', color: 'fef2c0' },
          { name: 'feedback', color: '0e8a16', description: 'User feedback' },
          { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
          { name: 'documentation', color: '0075ca' },
          { name: 'dependencies', color: '0366d6' },
          { name: 'revert', color: 'cccccc' },
          { name: 'hotfix', color: 'ff7619' },
        ],
        milestones: [{ title: 'Q1 polish', dueOn: '+20d' }],
        issues: [
          {
            title: 'Search misses accented words',
            author: 'kim',
            labels: ['bug'],
            createdAt: '-9d',
            closedAt: '-6d',
          },
          {
            title: 'Checkout fails for carts saved before the migration',
            body: 'Since v1.4.0 went out, checkout returns 500 for customers with carts saved before the migration. Rolled back to v1.3.0 while we fix it.',
            author: 'lee',
            labels: ['incident', 'severity:high'],
            assignees: ['sam'],
            createdAt: '-57h',
            closedAt: '-48h45m',
            comments: [
              { author: 'lee', body: 'Rolling production back to v1.3.0.', at: '-56h' },
              { author: 'sam', body: 'Fix in #13, shipping as v1.4.1.', at: '-50h' },
            ],
          },
          {
            title: 'Delivery estimate shows yesterday for some zones',
            author: 'rio',
            labels: ['bug'],
            createdAt: '-55h',
          },
          {
            title: 'Saved cart badge overlaps the logo on mobile',
            author: 'kim',
            labels: ['bug'],
            createdAt: '-40h',
            closedAt: '-30h',
          },
          {
            title: 'Elevated latency on product pages',
            body: 'p95 above 2s for 40 minutes; CDN purge storm.',
            author: 'maya',
            labels: ['incident'],
            createdAt: '-30h',
            closedAt: '-29h20m',
          },
          { title: 'Order email lists items twice', author: 'troll', labels: ['bug'], createdAt: '-20h' },
          {
            title: 'Love the saved carts!',
            body: 'Saved carts saved my weekend shopping.',
            author: 'kim',
            labels: ['feedback'],
            createdAt: '-45h',
            reactions: [{ content: 'heart', user: 'ana' }],
          },
          {
            title: 'Checkout summary is confusing',
            body: 'Too many numbers on the summary page.',
            author: 'troll',
            labels: ['feedback'],
            createdAt: '-26h',
          },
        ],
        discussionCategories: [
          { name: 'Announcements', slug: 'announcements', emoji: ':mega:' },
          { name: 'General', slug: 'general', emoji: ':speech_balloon:' },
          { name: 'Retrospectives', slug: 'retrospectives', emoji: ':mag:' },
        ],
        discussions: [
          {
            category: 'general',
            title: 'Welcome to acme/shop discussions',
            body: 'Say hi!',
            author: 'maya',
            createdAt: '-100d',
          },
        ],
        files: { main: files },
      },
    ],
    projects: [
      {
        owner: 'acme',
        ownerType: 'Organization',
        number: 1,
        title: 'Retro actions',
        fields: [
          { name: 'Status', dataType: 'SINGLE_SELECT', options: ['Todo', 'In progress', 'Done'] },
          { name: 'Due', dataType: 'DATE' },
          { name: 'Priority', dataType: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2', 'P3'] },
          { name: 'Notes', dataType: 'TEXT' },
          { name: 'Estimate', dataType: 'NUMBER' },
          { name: 'Sprint', dataType: 'ITERATION', iterations: ['Sprint 1', 'Sprint 2'] },
        ],
      },
    ],
  };
}
