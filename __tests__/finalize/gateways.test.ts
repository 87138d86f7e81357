/** The finalize gateways against GitHub's HTTP answers (nock): retries, refusals, idempotent creates. */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { publishByCommit, publishByPullRequest } from '../../src/github/contents.ts';
import { createIssue, isAssignable, listIssuesWithLabel, updateIssue } from '../../src/github/issues.ts';
import { createLabel, ensureLabels } from '../../src/github/labels.ts';
import { createMilestone, dueDayOf, dueOnFor } from '../../src/github/milestones.ts';
import {
  addProjectItem,
  getProject,
  missingProjectToken,
  ProjectAccessError,
  parseProjectUrl,
} from '../../src/github/projects.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import type { RetroContext } from '../../src/retro/context.ts';
import { linkInRelease } from '../../src/retro/finalize/publish.ts';

const API = 'https://api.github.com';
const repo = { owner: 'acme', name: 'shop' };
const log = { debug: () => {}, warning: () => {}, info: () => {} };
const github = () => createGitHubClient({ token: 'ghs_test', apiUrl: API, log });
const writes = (dryRun = false) => new WriteGateway({ dryRun, intervalMs: 0, log });

const rawIssue = (number: number, extra: Record<string, unknown> = {}) => ({
  id: 100 + number,
  node_id: `I_${number}`,
  number,
  html_url: `https://github.com/acme/shop/issues/${number}`,
  title: `Issue ${number}`,
  body: 'body',
  state: 'open',
  user: { login: 'github-actions[bot]', id: 41898282 },
  labels: [{ name: 'retro-action' }],
  assignees: [],
  milestone: null,
  ...extra,
});

const fields = {
  title: 'Add a migration check',
  body: 'b',
  labels: ['retro-action'],
  assignees: ['sam'],
  milestone: 3,
};

describe('issues gateway', () => {
  it('does not retry a 502 on creation, which GitHub may have carried out: the re-run finds it by its key', async () => {
    const scope = nock(API).post('/repos/acme/shop/issues').reply(502, 'Unicorn!');
    await expect(createIssue(github(), writes(), repo, fields)).rejects.toMatchObject({ status: 502 });
    scope.done();
  });

  it('explains a 403 as the missing issues: write permission', async () => {
    nock(API).post('/repos/acme/shop/issues').reply(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com',
    });
    await expect(createIssue(github(), writes(), repo, fields)).rejects.toThrow(
      /lacks the "issues: write" permission/,
    );
  });

  it('sends nothing in dry run and records the intent', async () => {
    const gateway = writes(true);
    const issue = await createIssue(github(), gateway, repo, fields);
    expect(issue.number).toBe(0);
    expect(gateway.intents).toEqual([
      expect.objectContaining({ action: 'create issue', target: 'acme/shop' }),
    ]);
  });

  it('lists issues by label across pages and drops pull requests', async () => {
    nock(API)
      .get('/repos/acme/shop/issues')
      .query({ labels: 'retro:v1.4.0', state: 'all', per_page: '100' })
      .reply(200, [rawIssue(1), rawIssue(2, { pull_request: {} })], {
        link: `<${API}/repos/acme/shop/issues?labels=retro%3Av1.4.0&state=all&per_page=100&page=2>; rel="next"`,
      });
    nock(API)
      .get('/repos/acme/shop/issues')
      .query({ labels: 'retro:v1.4.0', state: 'all', per_page: '100', page: '2' })
      .reply(200, [
        rawIssue(3, { state: 'closed', state_reason: 'completed', closed_at: '2026-03-01T00:00:00Z' }),
      ]);
    const issues = await listIssuesWithLabel(github(), repo, 'retro:v1.4.0');
    expect(issues.map((i) => [i.number, i.state, i.closedAt])).toEqual([
      [1, 'open', null],
      [3, 'closed', '2026-03-01T00:00:00Z'],
    ]);
  });

  it('patches only the fields given', async () => {
    nock(API)
      .patch('/repos/acme/shop/issues/4', (body) => JSON.stringify(Object.keys(body)) === '["labels"]')
      .reply(200, rawIssue(4, { labels: [{ name: 'retro-action' }, { name: 'ci' }] }));
    const existing = { ...(await Promise.resolve(rawIssue(4))) };
    const updated = await updateIssue(
      github(),
      writes(),
      repo,
      {
        id: existing.id,
        nodeId: existing.node_id,
        number: 4,
        url: existing.html_url,
        title: existing.title,
        body: 'body',
        state: 'open',
        stateReason: null,
        closedAt: null,
        author: 'github-actions[bot]',
        authorId: 41898282,
        labels: ['retro-action'],
        assignees: [],
        milestone: null,
      },
      { labels: ['retro-action', 'ci'] },
    );
    expect(updated.labels).toEqual(['retro-action', 'ci']);
  });

  it('checks assignability with 204 / 404', async () => {
    nock(API).get('/repos/acme/shop/assignees/sam').reply(204);
    nock(API).get('/repos/acme/shop/assignees/troll').reply(404, { message: 'Not Found' });
    expect(await isAssignable(github(), repo, 'sam')).toBe(true);
    expect(await isAssignable(github(), repo, 'troll')).toBe(false);
  });
});

describe('labels gateway', () => {
  it('treats a 422 already_exists race as success', async () => {
    nock(API)
      .post('/repos/acme/shop/labels', {
        name: 'retro:v1.4.0',
        color: 'c5def5',
        description: 'From the retro',
      })
      .reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      });
    await expect(
      createLabel(github(), writes(), repo, {
        name: 'retro:v1.4.0',
        color: 'c5def5',
        description: 'From the retro',
      }),
    ).resolves.toBeUndefined();
  });

  it('creates only missing labels, case-insensitively, and reports failures by name', async () => {
    nock(API)
      .post('/repos/acme/shop/labels', (b) => b.name === 'priority:P1')
      .reply(201, {});
    nock(API)
      .post('/repos/acme/shop/labels', (b) => b.name === 'ci')
      .reply(403, { message: 'Resource not accessible by integration' });
    const failed = await ensureLabels(
      github(),
      writes(),
      repo,
      [{ name: 'Retro-Action', color: 'ededed', description: null }],
      [
        { name: 'retro-action', color: '5319e7', description: 'x' },
        { name: 'priority:P1', color: 'd93f0b', description: 'x' },
        { name: 'ci', color: 'ededed', description: 'x' },
      ],
    );
    expect([...failed.keys()]).toEqual(['ci']);
    expect(failed.get('ci')?.message).toMatch(/issues: write/);
  });
});

describe('milestones gateway', () => {
  it('sends due_on at T12:00:00Z so GitHub keeps the same day', async () => {
    nock(API)
      .post('/repos/acme/shop/milestones', {
        title: 'Retro actions 2026-12',
        description: 'd',
        due_on: '2026-12-31T12:00:00Z',
      })
      .reply(201, {
        number: 4,
        title: 'Retro actions 2026-12',
        state: 'open',
        due_on: '2026-12-31T08:00:00Z',
        html_url: 'https://github.com/acme/shop/milestone/4',
      });
    const m = await createMilestone(github(), writes(), repo, {
      title: 'Retro actions 2026-12',
      dueDay: '2026-12-31',
      description: 'd',
    });
    expect(m.number).toBe(4);
    expect(dueDayOf(m.dueOn as string)).toBe('2026-12-31');
  });

  it('answers a duplicate-title race by listing and returning the existing milestone', async () => {
    nock(API)
      .post('/repos/acme/shop/milestones')
      .reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Milestone', code: 'already_exists', field: 'title' }],
      });
    nock(API)
      .get('/repos/acme/shop/milestones')
      .query(true)
      .reply(200, [
        { number: 9, title: 'Retro actions 2026-04', state: 'open', due_on: null, html_url: 'u' },
      ]);
    const m = await createMilestone(github(), writes(), repo, {
      title: 'Retro actions 2026-04',
      dueDay: '2026-04-30',
      description: '',
    });
    expect(m.number).toBe(9);
  });

  it('keeps the day in every zone GitHub normalises to', () => {
    expect(dueOnFor('2026-04-30')).toBe('2026-04-30T12:00:00Z');
    expect(dueDayOf('2026-04-30T07:00:00Z')).toBe('2026-04-30');
    expect(dueDayOf('2026-12-31T08:00:00Z')).toBe('2026-12-31');
  });
});

describe('projects gateway', () => {
  const ref = parseProjectUrl('https://github.com/orgs/acme/projects/1');

  it('parses org and user boards', () => {
    expect(ref).toMatchObject({ ownerType: 'organization', owner: 'acme', number: 1 });
    expect(parseProjectUrl('https://github.com/users/maya/projects/3/')).toMatchObject({
      ownerType: 'user',
      owner: 'maya',
      number: 3,
    });
  });

  it('says which token to create when there is no project-token', () => {
    const error = missingProjectToken(ref);
    expect(error).toBeInstanceOf(ProjectAccessError);
    expect(error.message).toMatch(/GITHUB_TOKEN cannot reach Projects \(v2\)/);
    expect(error.message).toMatch(/Projects: Read and write/);
    expect(error.message).toMatch(/project-token: \$\{\{ secrets\./);
    expect(missingProjectToken(parseProjectUrl('https://github.com/users/maya/projects/3')).message).toMatch(
      /classic personal access token with the `project` scope/,
    );
  });

  it('explains "Resource not accessible by integration" the same way', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        data: null,
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      });
    await expect(getProject(github(), ref)).rejects.toThrow(
      /project-token cannot write to this board.*Projects: Read and write/s,
    );
  });

  it('reads the fields of the board and adds an item', async () => {
    nock(API)
      .post('/graphql', (b) => /query OrganizationProject/.test(b.query) && b.variables.login === 'acme')
      .reply(200, {
        data: {
          organization: {
            projectV2: {
              id: 'PVT_1',
              title: 'Retro actions',
              url: 'https://github.com/orgs/acme/projects/1',
              fields: {
                nodes: [
                  {
                    id: 'F1',
                    name: 'Status',
                    dataType: 'SINGLE_SELECT',
                    options: [{ id: 'o1', name: 'Todo' }],
                  },
                  { id: 'F2', name: 'Due', dataType: 'DATE' },
                  {},
                ],
              },
            },
          },
        },
      });
    nock(API)
      .post('/graphql', (b) => /mutation AddProjectItem/.test(b.query) && b.variables.contentId === 'I_7')
      .reply(200, { data: { addProjectV2ItemById: { item: { id: 'PVTI_9' } } } });
    const project = await getProject(github(), ref);
    expect(project.fields.map((f) => f.name)).toEqual(['Status', 'Due']);
    expect(
      await addProjectItem(github(), writes(), ref, { projectId: 'PVT_1', contentId: 'I_7', label: '#7' }),
    ).toBe('PVTI_9');
  });
});

function publishCtx(yaml: string): RetroContext {
  return {
    github: github(),
    projectGithub: null,
    writes: writes(),
    repo,
    config: loadConfig(yaml, 'test.yml'),
    now: new Date('2026-03-20T00:00:00Z'),
    log,
    workspace: '/tmp',
    serverUrl: 'https://github.com',
    actor: async () => ({ login: 'github-actions[bot]', databaseId: 41898282 }),
  };
}

describe('publishing', () => {
  it('commits only when the content changed, updating with the file sha', async () => {
    nock(API).get('/repos/acme/shop').times(2).reply(200, { default_branch: 'main' });
    nock(API)
      .get('/repos/acme/shop/contents/docs%2Fretro.md')
      .query({ ref: 'main' })
      .reply(200, { type: 'file', sha: 'abc', content: Buffer.from('old').toString('base64') });
    nock(API)
      .put('/repos/acme/shop/contents/docs%2Fretro.md', (b) => b.sha === 'abc' && b.branch === 'main')
      .reply(200, {});
    nock(API)
      .get('/repos/acme/shop/contents/docs%2Fretro.md')
      .query({ ref: 'main' })
      .reply(200, { type: 'file', sha: 'def', content: Buffer.from('new').toString('base64') });
    const input = { path: 'docs/retro.md', content: 'new', message: 'm', serverUrl: 'https://github.com' };
    expect((await publishByCommit(github(), writes(), repo, input)).outcome).toBe('committed');
    expect((await publishByCommit(github(), writes(), repo, input)).outcome).toBe('unchanged');
  });

  it('opens a pull request from a new branch cut from the default branch', async () => {
    nock(API).get('/repos/acme/shop').reply(200, { default_branch: 'main' });
    nock(API)
      .get('/repos/acme/shop/contents/docs%2Fretro.md')
      .query({ ref: 'main' })
      .reply(404, { message: 'Not Found' });
    nock(API)
      .get('/repos/acme/shop/git/ref/heads%2Frelease-retro%2Fv1.4.0')
      .reply(404, { message: 'Not Found' });
    nock(API)
      .get('/repos/acme/shop/git/ref/heads%2Fmain')
      .reply(200, { object: { sha: 'base' } });
    nock(API)
      .post('/repos/acme/shop/git/refs', { ref: 'refs/heads/release-retro/v1.4.0', sha: 'base' })
      .reply(201, {});
    nock(API)
      .put(
        '/repos/acme/shop/contents/docs%2Fretro.md',
        (b) => b.branch === 'release-retro/v1.4.0' && b.sha === undefined,
      )
      .reply(201, {});
    nock(API).get('/repos/acme/shop/pulls').query(true).reply(200, []);
    nock(API)
      .post('/repos/acme/shop/pulls', (b) => b.head === 'release-retro/v1.4.0' && b.base === 'main')
      .reply(201, { number: 30, html_url: 'https://github.com/acme/shop/pull/30' });
    const result = await publishByPullRequest(github(), writes(), repo, {
      path: 'docs/retro.md',
      content: 'doc',
      message: 'm',
      branch: 'release-retro/v1.4.0',
      title: 't',
      body: 'b',
      serverUrl: 'https://github.com',
    });
    expect(result).toMatchObject({ outcome: 'pull-request', pull: { number: 30 } });
  });

  it('links the release once, replacing its own link on later runs', async () => {
    const ctx = publishCtx('publish:\n  link-in-release: true\n');
    let body = 'Notes';
    nock(API)
      .get('/repos/acme/shop/releases/tags/v1.4.0')
      .times(2)
      .reply(200, () => ({ id: 5, body, html_url: 'https://github.com/acme/shop/releases/tag/v1.4.0' }));
    nock(API)
      .patch('/repos/acme/shop/releases/5')
      .reply(200, (_uri, requestBody) => {
        body = (requestBody as { body: string }).body;
        return {};
      });
    const input = {
      tag: 'v1.4.0',
      discussionUrl: 'https://github.com/acme/shop/discussions/26',
      documentUrl: null,
    };
    expect(await linkInRelease(ctx, input)).toBe('linked');
    expect(body).toMatch(/^Notes\n\n<!-- release-retro:retrospective-link:start -->/);
    expect(await linkInRelease(ctx, input)).toBe('unchanged');
  });
});
