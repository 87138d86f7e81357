/**
 * `monorepo`: acme/platform ships two products from one repository, an API (`api/`, tags `api-v*`) and a web
 * app (`web/`, tags `web-v*`). Their tags interleave; the API's 1.1.0 failed in production and its hotfix
 * 1.1.1 followed within the maturity window; a shared change touches both; a web-labelled documentation change
 * and a direct push to web/ belong to the web line only. Each line deploys to its own environments and runs
 * its own CI workflow.
 */
import type { CommitSpec, DeploymentSpec, PullSpec, RunSpec, ScenarioOptions, ScenarioSpec } from './spec.ts';

export const MONOREPO_NOW = '2026-05-20T12:00:00Z';
export const MONOREPO_REPO = 'acme/platform';
const BOT = 'github-actions[bot]';
const PEOPLE = ['alba', 'bo', 'cyd', 'dee'] as const;

interface Change {
  /** Scenario commit id of the change on main. */
  id: string;
  title: string;
  author: string;
  reviewer: string;
  at: string;
  files: string[];
  labels?: string[];
  /** A push without a pull request. */
  direct?: boolean;
}

type Line = 'api' | 'web';

/** In merge order. The `lines` each change belongs to are what the tests expect every retrospective to show. */
export const MONOREPO_CHANGES: (Change & { lines: Line[] })[] = [
  {
    id: 'm2',
    title: 'API: orders endpoint',
    author: 'alba',
    reviewer: 'bo',
    at: '-30d',
    files: ['api/orders.ts'],
    lines: ['api'],
  },
  {
    id: 'm3',
    title: 'Web: landing page',
    author: 'cyd',
    reviewer: 'dee',
    at: '-29d12h',
    files: ['web/landing.tsx'],
    lines: ['web'],
  },
  // api-v1.0.0 (-29d)
  {
    id: 'm4',
    title: 'Web: checkout form',
    author: 'dee',
    reviewer: 'cyd',
    at: '-27d',
    files: ['web/checkout.tsx'],
    lines: ['web'],
  },
  // web-v1.0.0 (-26d)
  {
    id: 'm5',
    title: 'API: paginate orders',
    author: 'bo',
    reviewer: 'alba',
    at: '-10d',
    files: ['api/orders.ts', 'api/page.ts'],
    lines: ['api'],
  },
  {
    id: 'm6',
    title: 'Web: cart drawer',
    author: 'cyd',
    reviewer: 'dee',
    at: '-9d20h',
    files: ['web/cart.tsx'],
    lines: ['web'],
  },
  {
    id: 'm7',
    title: 'Shared: bump TypeScript to 5.9',
    author: 'alba',
    reviewer: 'cyd',
    at: '-9d12h',
    files: ['api/tsconfig.json', 'web/tsconfig.json'],
    lines: ['api', 'web'],
  },
  {
    id: 'm8',
    title: 'Fix a typo in the web README',
    author: 'dee',
    reviewer: 'dee',
    at: '-9d',
    files: ['web/README.md'],
    direct: true,
    lines: ['web'],
  },
  {
    id: 'm9',
    title: 'Docs: web style guide',
    author: 'dee',
    reviewer: 'cyd',
    at: '-8d20h',
    files: ['docs/style.md'],
    labels: ['area:web'],
    lines: ['web'],
  },
  {
    id: 'm10',
    title: 'API: rate limit orders',
    author: 'bo',
    reviewer: 'alba',
    at: '-8d12h',
    files: ['api/limits.ts'],
    lines: ['api'],
  },
  // api-v1.1.0 (-8d): its production deployment fails
  {
    id: 'm11',
    title: 'Web: dark mode',
    author: 'cyd',
    reviewer: 'dee',
    at: '-7d20h',
    files: ['web/theme.tsx'],
    lines: ['web'],
  },
  {
    id: 'm12',
    title: 'API: fix the rate limit off-by-one',
    author: 'alba',
    reviewer: 'bo',
    at: '-7d12h',
    files: ['api/limits.ts'],
    labels: ['hotfix'],
    lines: ['api'],
  },
  // api-v1.1.1 (-7d8h), the hotfix
  {
    id: 'm13',
    title: 'Web: accessible labels',
    author: 'dee',
    reviewer: 'cyd',
    at: '-7d',
    files: ['web/a11y.tsx'],
    lines: ['web'],
  },
  // web-v1.1.0 (-6d)
];

const TAGS: { tag: string; commit: string; publishedAt: string; line: Line }[] = [
  { tag: 'api-v1.0.0', commit: 'm3', publishedAt: '-29d', line: 'api' },
  { tag: 'web-v1.0.0', commit: 'm4', publishedAt: '-26d', line: 'web' },
  { tag: 'api-v1.1.0', commit: 'm10', publishedAt: '-8d', line: 'api' },
  { tag: 'api-v1.1.1', commit: 'm12', publishedAt: '-7d8h', line: 'api' },
  { tag: 'web-v1.1.0', commit: 'm13', publishedAt: '-6d', line: 'web' },
];

/** The config of both lines in one file (the other way, one file per line, is built by the tests). */
export const MONOREPO_CONFIG = `discussion-category: retrospectives
action-items:
  milestones:
    title: "Retro actions {line} {month}"
lines:
  - line:
      name: api
      paths: ["api/**"]
      environments: [api-staging, api-production]
      workflows: [api-ci.yml]
    releases:
      tag-pattern: "api-v*"
    production-environments: [api-production]
    labels:
      incident: ["incident:api"]
      bug: ["bug:api"]
      feedback: ["feedback:api"]
  - line:
      name: web
      paths: ["web/**"]
      pull-request-labels: ["area:web"]
      environments: [web-staging, web-production]
      workflows: [Web CI]
    releases:
      tag-pattern: "web-v*"
    production-environments: [web-production]
    labels:
      incident: ["incident:web"]
      bug: ["bug:web"]
      feedback: ["feedback:web"]
`;

function deployment(commit: string, ref: string, environment: string, at: string, ok = true): DeploymentSpec {
  return {
    commit,
    ref,
    environment,
    creator: BOT,
    createdAt: at,
    statuses: [
      { state: 'in_progress', at },
      ok ? { state: 'success', at } : { state: 'failure', at, description: 'Health check failed' },
    ],
  };
}

function ciRun(
  line: Line,
  commit: string,
  branch: string,
  at: string,
  conclusion: 'success' | 'failure',
): RunSpec {
  return {
    name: line === 'api' ? 'API CI' : 'Web CI',
    path: `.github/workflows/${line}-ci.yml`,
    event: 'push',
    branch,
    commit,
    createdAt: at,
    durationMinutes: line === 'api' ? 9 : 4,
    conclusion,
  };
}

export function monorepoScenario(options: ScenarioOptions = {}): ScenarioSpec {
  const commits: CommitSpec[] = [
    {
      id: 'm1',
      message: 'Start the platform',
      author: 'alba',
      at: '-40d',
      files: ['api/package.json', 'web/package.json'],
    },
  ];
  const pulls: PullSpec[] = [];
  const runs: RunSpec[] = [];
  for (const [n, c] of MONOREPO_CHANGES.entries()) {
    const parent = commits.at(-1)?.id as string;
    if (!c.direct) {
      // Squash merges: the branch commit sits off main, the squashed commit lands on it.
      commits.push({
        id: `b${n}`,
        message: c.title,
        author: c.author,
        at: c.at,
        parents: [parent],
        files: c.files,
      });
      pulls.push({
        title: c.title,
        author: c.author,
        head: `change/${n}`,
        createdAt: c.at,
        mergedAt: c.at,
        commits: [`b${n}`],
        mergeCommit: c.id,
        labels: c.labels ?? [],
        reviews: [{ author: c.reviewer, at: c.at }],
        changedFiles: c.files.length,
      });
    }
    commits.push({
      id: c.id,
      message: c.direct ? c.title : `${c.title} (#PR)`,
      author: c.author,
      at: c.at,
      parents: [parent],
      files: c.files,
    });
    for (const line of c.lines) {
      // One API CI run fails (the rate limit change); every other run passes.
      runs.push(ciRun(line, c.id, 'main', c.at, c.id === 'm10' && line === 'api' ? 'failure' : 'success'));
    }
  }
  for (const t of TAGS) runs.push(ciRun(t.line, t.commit, t.tag, t.publishedAt, 'success'));

  const deployments: DeploymentSpec[] = [
    deployment('m3', 'api-v1.0.0', 'api-production', '-29d'),
    deployment('m4', 'web-v1.0.0', 'web-production', '-26d'),
    deployment('m10', 'api-v1.1.0', 'api-staging', '-8d'),
    deployment('m10', 'api-v1.1.0', 'api-production', '-7d23h', false),
    deployment('m12', 'api-v1.1.1', 'api-production', '-7d7h'),
    deployment('m13', 'web-v1.1.0', 'web-staging', '-6d'),
    deployment('m13', 'web-v1.1.0', 'web-production', '-5d23h'),
  ];

  const files: Record<string, string> = { 'README.md': '# acme/platform\n', ...(options.files ?? {}) };
  return {
    id: 'monorepo',
    now: options.now ?? MONOREPO_NOW,
    users: [
      ...PEOPLE.map((login) => ({ login, name: login[0]?.toUpperCase() + login.slice(1) })),
      { login: BOT, type: 'Bot' },
    ],
    tokens: [
      { token: 'ghs_emulator_default', login: BOT, kind: 'installation' },
      ...PEOPLE.map((login) => ({ token: `ghp_${login}`, login, kind: 'pat' as const })),
    ],
    repos: [
      {
        owner: 'acme',
        name: 'platform',
        hasDiscussions: true,
        roles: { alba: 'admin', bo: 'write', cyd: 'maintain', dee: 'write', [BOT]: 'write' },
        commits,
        tags: TAGS.map((t) => ({ name: t.tag, commit: t.commit })),
        releases: TAGS.map((t) => ({
          tag: t.tag,
          name: t.tag,
          author: t.line === 'api' ? 'alba' : 'cyd',
          createdAt: t.publishedAt,
          publishedAt: t.publishedAt,
        })),
        pulls,
        environments: ['api-staging', 'api-production', 'web-staging', 'web-production'],
        deployments,
        workflowRuns: runs,
        labels: [
          'incident:api',
          'incident:web',
          'bug:api',
          'bug:web',
          'feedback:api',
          'feedback:web',
          'area:web',
          'hotfix',
          'severity:high',
        ].map((name) => ({ name })),
        issues: [
          {
            title: 'API: orders return 429 for every client after api-v1.1.0',
            author: 'bo',
            labels: ['incident:api', 'severity:high'],
            assignees: ['alba'],
            createdAt: '-7d22h',
            closedAt: '-7d7h',
          },
          { title: 'API: page size ignored', author: 'alba', labels: ['bug:api'], createdAt: '-7d' },
          {
            title: 'Web: dark mode loses contrast on buttons',
            author: 'cyd',
            labels: ['bug:web'],
            createdAt: '-5d',
          },
          { title: 'Web: love the cart drawer', author: 'dee', labels: ['feedback:web'], createdAt: '-4d' },
        ],
        discussionCategories: [
          { name: 'General', slug: 'general' },
          { name: 'Retrospectives', slug: 'retrospectives' },
        ],
        files: { main: files },
      },
    ],
  };
}
