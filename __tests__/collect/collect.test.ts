import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { isRefusal, section } from '../../src/collect/errors.ts';
import { collectReleaseData } from '../../src/collect/index.ts';
import type { ReleaseRef, ReleaseTrain } from '../../src/collect/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import {
  API,
  client,
  gqlDeployment,
  gqlIssue,
  gqlPull,
  graphql,
  issuesPage,
  page,
  repo,
  restCommit,
  sha,
} from './nock-github.ts';

const config = loadConfig(null, 'test');
const now = new Date('2026-03-13T00:00:00Z');
const log = { debug() {}, warning() {} };

const ref = (
  tag: string,
  publishedAt: string,
  createdAt = publishedAt,
  reactions: Record<string, number> = {},
): ReleaseRef => ({
  id: tag.length,
  tag,
  name: tag,
  url: `https://github.com/acme/shop/releases/tag/${tag}`,
  publishedAt,
  createdAt,
  prerelease: false,
  targetCommitish: 'main',
  author: 'maya',
  reactions,
});

const v130 = ref('v1.3.0', '2026-02-20T00:00:00Z');
const v140 = ref('v1.4.0', '2026-03-10T00:00:00Z', '2026-03-09T23:00:00Z', { hooray: 2, '+1': 1 });
const v141 = ref('v1.4.1', '2026-03-10T10:00:00Z', '2026-03-10T09:50:00Z', { rocket: 1, '+1': 1 });
const train: ReleaseTrain = { release: v140, hotfixes: [v141], previous: v130, last: v141, next: null };

function repoInfo(scope: nock.Scope) {
  return scope
    .get('/repos/acme/shop')
    .reply(200, { html_url: 'https://github.com/acme/shop', default_branch: 'main' });
}

function compare(
  scope: nock.Scope,
  basehead: string,
  commits: unknown[],
  total = commits.length,
  pageNo = 1,
) {
  return scope
    .get(`/repos/acme/shop/compare/${basehead}`)
    .query({ per_page: 100, page: pageNo })
    .reply(200, { total_commits: total, commits });
}

function happyChanges(scope: nock.Scope) {
  compare(scope, 'v1.3.0...v1.4.0', [
    restCommit(1, 'Change 11 (#11)', 'sam', '2026-03-01T00:00:00Z'),
    restCommit(2, `Revert "Tidy logs"\n\nThis reverts commit ${sha(77)}.`, 'ana', '2026-03-02T00:00:00Z'),
    restCommit(3, 'Revert "Change 10" (#12)', 'maya', '2026-03-03T00:00:00Z'),
    restCommit(4, 'Prepare v1.4.0', 'maya', '2026-03-09T23:00:00Z'),
  ]);
  compare(scope, 'v1.4.0...v1.4.1', [
    restCommit(5, 'Fix checkout (#13)', 'sam', '2026-03-10T08:00:00Z'),
    restCommit(6, 'Prepare v1.4.1', 'maya', '2026-03-10T09:50:00Z'),
  ]);
  graphql(
    scope,
    'ReleasePullRequests',
    {
      repository: {
        pullRequests: page(
          [
            gqlPull(14, sha(99), { created: '2026-03-11T00:00:00Z', merged: '2026-03-12T00:00:00Z' }),
            gqlPull(13, sha(5), {
              created: '2026-03-10T05:00:00Z',
              merged: '2026-03-10T08:00:00Z',
              firstCommit: '2026-03-10T04:00:00Z',
            }),
            gqlPull(
              12,
              sha(3),
              { created: '2026-03-02T20:00:00Z', merged: '2026-03-03T00:00:00Z' },
              { title: 'Revert "Change 10"' },
            ),
            gqlPull(11, sha(1), { created: '2026-02-27T00:00:00Z', merged: '2026-03-01T00:00:00Z' }),
          ],
          true,
          'c1',
        ),
      },
    },
    (v) => !v.cursor,
  );
  graphql(
    scope,
    'ReleasePullRequests',
    {
      repository: {
        pullRequests: page(
          [
            gqlPull(9, sha(90), {
              created: '2026-01-01T00:00:00Z',
              merged: '2026-01-02T00:00:00Z',
              updated: '2026-02-01T00:00:00Z',
            }),
          ],
          true,
          'c2',
        ),
      },
    },
    (v) => v.cursor === 'c1',
  );
}

function happyDeployments(scope: nock.Scope) {
  graphql(
    scope,
    'ReleaseDeployments',
    {
      repository: {
        deployments: page(
          [
            gqlDeployment(5, 'production', sha(6), 'v1.4.1', '2026-03-10T10:05:00Z', [
              ['IN_PROGRESS', '2026-03-10T10:05:00Z'],
              ['SUCCESS', '2026-03-10T10:15:00Z'],
            ]),
            gqlDeployment(
              4,
              'production',
              sha('p'),
              'v1.3.0',
              '2026-03-10T03:00:00Z',
              [['SUCCESS', '2026-03-10T03:10:00Z']],
              'lee',
            ),
            gqlDeployment(3, 'Production', sha(4), 'v1.4.0', '2026-03-10T00:05:00Z', [
              ['SUCCESS', '2026-03-10T00:15:00Z'],
              ['IN_PROGRESS', '2026-03-10T00:05:00Z'],
            ]),
            gqlDeployment(2, 'staging', sha(4), 'v1.4.0', '2026-03-09T23:30:00Z', [
              ['FAILURE', '2026-03-09T23:40:00Z'],
            ]),
            gqlDeployment(1, 'production', sha('p'), 'v1.3.0', '2026-02-20T00:10:00Z', [
              ['SUCCESS', '2026-02-20T00:20:00Z'],
            ]),
          ],
          true,
          'd1',
        ),
      },
    },
    (v) => !v.cursor,
  );
  graphql(
    scope,
    'ReleaseDeployments',
    {
      repository: {
        deployments: page(
          [gqlDeployment(0, 'production', sha('o'), 'v1.2.0', '2026-02-01T00:00:00Z', [])],
          true,
          'd2',
        ),
      },
    },
    (v) => v.cursor === 'd1',
  );
}

function happyIssues(scope: nock.Scope) {
  const labels = ['Incident', 'bug', 'enhancement'];
  graphql(
    scope,
    'ReleaseIssues',
    issuesPage(
      labels,
      [
        gqlIssue(23, ['bug'], '2026-03-14T00:00:00Z'), // after the window: the next release... none, but now is 03-13
        gqlIssue(22, ['bug'], '2026-03-11T00:00:00Z', { title: 'Regression from #12' }),
        gqlIssue(21, ['incident'], '2026-03-11T00:00:00Z', {
          state: 'OPEN',
          body: `Errors since ${sha(5).slice(0, 8)} went out`,
        }),
        gqlIssue(20, ['incident', 'severity:high'], '2026-03-10T01:00:00Z', {
          closedAt: '2026-03-10T09:00:00Z',
          body: 'Checkout broke with v1.4.0.',
          assignees: { nodes: [{ login: 'rio' }] },
        }),
      ],
      true,
      'i1',
    ),
    (v) =>
      !v.cursor &&
      v.since === v140.publishedAt &&
      JSON.stringify(v.labels) === '["incident","bug","feedback"]',
  );
  graphql(
    scope,
    'ReleaseIssues',
    issuesPage(labels, [gqlIssue(19, ['bug'], '2026-03-09T00:00:00Z')], true, 'i2'),
    (v) => v.cursor === 'i1',
  );
}

describe('collectReleaseData', () => {
  it('gathers a train with a hotfix, attributing every change to the tag that first contains it', async () => {
    const scope = nock(API);
    repoInfo(scope);
    happyChanges(scope);
    happyDeployments(scope);
    happyIssues(scope);
    for (const branch of ['main', 'v1.4.0', 'v1.4.1']) {
      scope
        .get('/repos/acme/shop/actions/runs')
        .query((q) => q.branch === branch)
        .reply(403, { message: 'Resource not accessible by integration' });
    }

    const data = await collectReleaseData({ github: client(), repo, config, now, log }, train);

    expect(data.repository).toEqual({
      owner: 'acme',
      name: 'shop',
      url: 'https://github.com/acme/shop',
      defaultBranch: 'main',
    });
    // The observation period ends at the train's maturity: v1.4.1 + 48 h, before now.
    expect(data.window).toEqual({ from: v140.publishedAt, to: '2026-03-12T10:00:00.000Z' });

    if (data.changes.status !== 'ok') throw new Error(data.changes.reason);
    const changes = data.changes.data;
    expect(changes.commits.map((c) => [c.sha, c.releaseTag])).toEqual([
      [sha(1), 'v1.4.0'],
      [sha(2), 'v1.4.0'],
      [sha(3), 'v1.4.0'],
      [sha(4), 'v1.4.0'],
      [sha(5), 'v1.4.1'],
      [sha(6), 'v1.4.1'],
    ]);
    expect(changes.totalCommits).toBe(6);
    expect(changes.tagCommits).toEqual({ 'v1.4.0': sha(4), 'v1.4.1': sha(6) });
    expect(changes.pullRequests.map((pr) => [pr.number, pr.releaseTag, pr.isRevert])).toEqual([
      [11, 'v1.4.0', false],
      [12, 'v1.4.0', true],
      [13, 'v1.4.1', false],
    ]);
    expect(changes.pullRequests[2]).toMatchObject({
      firstCommitAt: '2026-03-10T04:00:00Z',
      reviewCount: 2,
      reviewers: ['lee'],
      author: 'sam',
    });
    expect(changes.reverts).toEqual([
      {
        kind: 'pull-request',
        ref: '#12',
        title: 'Revert "Change 10"',
        url: 'https://github.com/acme/shop/pull/12',
      },
      {
        kind: 'commit',
        ref: sha(2).slice(0, 7),
        title: 'Revert "Tidy logs"',
        url: `https://github.com/acme/shop/commit/${sha(2)}`,
      },
    ]);
    expect(changes.contributors).toEqual(['ana', 'maya', 'sam']);

    if (data.deployments.status !== 'ok') throw new Error(data.deployments.reason);
    const deployments = data.deployments.data;
    expect(
      deployments.map((d) => [d.id, d.environment, d.isProduction, d.isRollback, d.isRedeploy, d.releaseTag]),
    ).toEqual([
      [1, 'production', true, false, false, null],
      [2, 'staging', false, false, false, 'v1.4.0'],
      [3, 'Production', true, false, false, 'v1.4.0'],
      [4, 'production', true, true, false, null],
      [5, 'production', true, false, false, 'v1.4.1'],
    ]);
    expect(deployments[2]?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);

    expect(
      data.incidents.status === 'ok' &&
        data.incidents.data.map((i) => [i.number, i.severity, i.linkedBy.map((e) => e.label)]),
    ).toEqual([
      [20, 'severity:high', ['mentions v1.4.0']],
      [21, null, [`mentions commit ${sha(5).slice(0, 7)}`]],
    ]);
    expect(
      data.bugs.status === 'ok' && data.bugs.data.map((i) => [i.number, i.linkedBy.map((e) => e.label)]),
    ).toEqual([[22, ['mentions #12']]]);
    expect(data.feedback).toEqual({
      status: 'ok',
      data: {
        issues: [],
        releaseReactions: { hooray: 2, '+1': 2, rocket: 1 },
        issuesUnavailable: {
          reason: 'The feedback label "feedback" does not exist in acme/shop.',
          hint: 'Create the label and put it on feedback issues, or set labels.feedback in .github/release-retro.yml to the labels you use.',
        },
      },
    });
    expect(data.workflowRuns).toMatchObject({ status: 'unavailable', permission: 'actions: read' });
    expect(data.workflowRuns.status === 'unavailable' && data.workflowRuns.hint).toMatch(
      /permissions: actions: read/,
    );

    expect(data.participants).toEqual(['lee', 'rio', 'sam']);
    expect(data.maturity.matured).toBe(false);
    expect(data.maturity.gates.map((g) => [g.name, g.passed, g.passesAt])).toEqual([
      ['age', true, '2026-03-12T10:00:00.000Z'],
      ['production-deployments', true, null],
      ['open-incidents', false, null],
    ]);
    expect(data.maturity.gates[2]?.reason).toBe('1 incident is still open: #21.');
  });

  it('reads the history up to the tag for a first release, and says what is missing in a bare repository', async () => {
    const first = ref('v1.0.0', '2026-03-01T00:00:00Z');
    const scope = nock(API);
    repoInfo(scope);
    scope
      .get('/repos/acme/shop/commits')
      .query({ sha: 'v1.0.0', per_page: 100, page: 1 })
      .reply(
        200,
        [
          restCommit(3, 'Third', 'sam', '2026-02-03T00:00:00Z'),
          restCommit(2, 'Second', 'sam', '2026-02-02T00:00:00Z'),
        ],
        {
          link: '<https://api.github.com/repos/acme/shop/commits?sha=v1.0.0&per_page=100&page=2>; rel="next", <https://api.github.com/repos/acme/shop/commits?sha=v1.0.0&per_page=100&page=2>; rel="last"',
        },
      )
      .get('/repos/acme/shop/commits')
      .query({ sha: 'v1.0.0', per_page: 100, page: 2 })
      .reply(200, [restCommit(1, 'Initial', 'maya', '2026-02-01T00:00:00Z')]);
    graphql(scope, 'ReleasePullRequests', { repository: { pullRequests: page([]) } });
    graphql(scope, 'ReleaseDeployments', { repository: { deployments: page([]) } });
    graphql(scope, 'ReleaseIssues', issuesPage([], []));
    scope
      .get('/repos/acme/shop/actions/runs')
      .query({ branch: 'main', created: '<=2026-03-01T00:00:00Z', per_page: 100, page: 1 })
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get('/repos/acme/shop/actions/runs')
      .query({ branch: 'v1.0.0', per_page: 100, page: 1 })
      .reply(200, { total_count: 0, workflow_runs: [] });

    const data = await collectReleaseData(
      { github: client(), repo, config, now, log },
      { release: first, hotfixes: [], previous: null, last: first, next: null },
    );
    expect(data.changes.status === 'ok' && data.changes.data.commits.map((c) => c.headline)).toEqual([
      'Initial',
      'Second',
      'Third',
    ]);
    expect(data.deployments).toMatchObject({
      status: 'unavailable',
      reason: 'acme/shop has no deployments.',
    });
    expect(data.deployments.status === 'unavailable' && data.deployments.hint).toMatch(
      /environment: production/,
    );
    expect(data.workflowRuns).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/No GitHub Actions workflow runs/),
    });
    expect(data.incidents).toMatchObject({
      status: 'unavailable',
      reason: 'The incident label "incident" does not exist in acme/shop.',
    });
    expect(data.bugs.status).toBe('unavailable');
    expect(
      data.maturity.gates
        .filter((g) => g.name !== 'age')
        .every((g) => g.passed && g.reason.startsWith('Not checked')),
    ).toBe(true);
  });

  it('marks deployments unavailable when the token may not read them, and goes on', async () => {
    const scope = nock(API);
    repoInfo(scope);
    happyChanges(scope);
    scope
      .post('/graphql', (body: { query: string }) => body.query.includes('query ReleaseDeployments'))
      .reply(200, {
        data: { repository: { deployments: null } },
        errors: [
          {
            type: 'FORBIDDEN',
            message: 'Resource not accessible by integration',
            path: ['repository', 'deployments'],
          },
        ],
      });
    happyIssues(scope);
    scope
      .get('/repos/acme/shop/actions/runs')
      .query(true)
      .times(3)
      .reply(200, { total_count: 0, workflow_runs: [] });
    const data = await collectReleaseData({ github: client(), repo, config, now, log }, train);
    expect(data.deployments).toMatchObject({ status: 'unavailable', permission: 'deployments: read' });
    expect(data.changes.status).toBe('ok');
    expect(data.incidents.status).toBe('ok');
  });

  it('fetches the compare pages after the first in parallel once the total is known', async () => {
    const scope = nock(API);
    repoInfo(scope);
    const commits = Array.from({ length: 250 }, (_, i) =>
      restCommit(1000 + i, `Commit ${i}`, 'sam', '2026-03-01T00:00:00Z'),
    );
    compare(scope, 'v1.3.0...v1.4.0', commits.slice(0, 100), 250, 1);
    compare(scope, 'v1.3.0...v1.4.0', commits.slice(100, 200), 250, 2);
    compare(scope, 'v1.3.0...v1.4.0', commits.slice(200), 250, 3);
    graphql(scope, 'ReleasePullRequests', { repository: { pullRequests: page([]) } });
    graphql(scope, 'ReleaseDeployments', { repository: { deployments: page([]) } });
    graphql(scope, 'ReleaseIssues', issuesPage([], []));
    scope
      .get('/repos/acme/shop/actions/runs')
      .query(true)
      .times(2)
      .reply(200, { total_count: 0, workflow_runs: [] });
    const single = { release: v140, hotfixes: [], previous: v130, last: v140, next: null };
    const data = await collectReleaseData({ github: client(), repo, config, now, log }, single);
    expect(data.changes.status === 'ok' && data.changes.data.commits.length).toBe(250);
  });
});

describe('section', () => {
  const source = { name: 'workflow runs', permission: 'actions: read' };
  it('turns 403 and 404 into unavailable, naming the permission', async () => {
    const result = await section(source, () =>
      Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })),
    );
    expect(result).toMatchObject({ status: 'unavailable', permission: 'actions: read' });
  });
  it('lets server errors and rate limits propagate', async () => {
    await expect(
      section(source, () => Promise.reject(Object.assign(new Error('Bad gateway'), { status: 502 }))),
    ).rejects.toThrow('Bad gateway');
    expect(isRefusal(Object.assign(new Error('API rate limit exceeded'), { status: 403 }))).toBe(false);
  });
});
