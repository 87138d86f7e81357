import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { normaliseDueOn } from '../../emulator/rest/labels.ts';
import { DOCUMENTED_PERMISSIONS } from '../../src/github/workflow-permissions.ts';
import { must, rest } from './helpers.ts';

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterEach(async () => {
  await emu.close();
});

describe('identities', () => {
  it('refuses requests without a token and with an unknown token', async () => {
    const none = await rest(emu, 'GET', '/repos/acme/shop', { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ message: 'Requires authentication', documentation_url: expect.any(String) });
    const bad = await rest(emu, 'GET', '/repos/acme/shop', { token: 'ghp_nope' });
    expect(bad.status).toBe(401);
    expect(bad.body.message).toBe('Bad credentials');
  });

  it('maps tokens to users and exposes them through tokenFor/as', async () => {
    expect(emu.tokenFor('maya')).toBe('ghp_maya');
    expect(emu.as('github-actions[bot]').token).toBe('ghs_emulator_default');
    const repo = await rest(emu, 'GET', '/repos/acme/shop', { token: emu.tokenFor('kim') });
    expect(repo.status).toBe(200);
    expect(repo.body).toMatchObject({
      full_name: 'acme/shop',
      default_branch: 'main',
      has_discussions: true,
      private: false,
    });
    expect(repo.body.owner.login).toBe('acme');
    expect(repo.body.node_id).toMatch(/^R_\d+$/);
  });

  it('reports collaborator permissions with legacy and real role names', async () => {
    const perm = async (login: string) =>
      (await rest(emu, 'GET', `/repos/acme/shop/collaborators/${encodeURIComponent(login)}/permission`)).body;
    expect(await perm('maya')).toMatchObject({ permission: 'admin', role_name: 'admin' });
    expect(await perm('lee')).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(await perm('sam')).toMatchObject({ permission: 'write', role_name: 'write' });
    expect(await perm('rio')).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect(await perm('kim')).toMatchObject({ permission: 'read', role_name: 'read' });
    expect((await perm('kim')).user.login).toBe('kim');
    expect((await rest(emu, 'GET', '/repos/acme/shop/collaborators/nobody/permission')).status).toBe(404);
  });

  it('answers assignee checks with 204/404 and team memberships', async () => {
    expect((await rest(emu, 'GET', '/repos/acme/shop/assignees/sam')).status).toBe(204);
    expect((await rest(emu, 'GET', '/repos/acme/shop/assignees/troll')).status).toBe(404);
    const asMaya = { token: 'ghp_maya' };
    const team = await rest(emu, 'GET', '/orgs/acme/teams/release-managers/memberships/maya', asMaya);
    expect(team.body).toMatchObject({ role: 'maintainer', state: 'active' });
    expect((await rest(emu, 'GET', '/orgs/acme/teams/release-managers/memberships/kim', asMaya)).status).toBe(
      404,
    );
    // GITHUB_TOKEN cannot see organization members: "not a member" and "cannot see" look the same.
    expect((await rest(emu, 'GET', '/orgs/acme/teams/release-managers/memberships/maya')).status).toBe(404);
    expect((await rest(emu, 'GET', '/users/github-actions%5Bbot%5D')).body.type).toBe('Bot');
  });
});

describe('errors and pagination', () => {
  it('uses GitHub error bodies and 404 for unknown things', async () => {
    for (const path of [
      '/repos/acme/nope',
      '/repos/acme/shop/releases/tags/v9.9.9',
      '/repos/acme/shop/issues/9999',
      '/nowhere',
    ]) {
      const res = await rest(emu, 'GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body).toEqual({
        message: 'Not Found',
        documentation_url: expect.stringContaining('docs.github.com'),
      });
    }
  });

  it('paginates with per_page (max 100, default 30) and RFC 5988 Link headers on its own URL', async () => {
    const first = await rest(emu, 'GET', '/repos/acme/shop/commits?per_page=10');
    expect(first.body).toHaveLength(10);
    const link = first.headers.get('link') ?? '';
    expect(link).toContain(`<${emu.url}/repos/acme/shop/commits?per_page=10&page=2>; rel="next"`);
    expect(link).toMatch(/rel="last"/);
    expect(link).not.toMatch(/rel="prev"/);
    const lastPage = Number(/page=(\d+)>; rel="last"/.exec(link)?.[1]);
    const last = await rest(emu, 'GET', `/repos/acme/shop/commits?per_page=10&page=${lastPage}`);
    expect(last.headers.get('link')).toMatch(/rel="prev".*rel="first"/);
    expect(last.headers.get('link')).not.toMatch(/rel="next"/);
    const all = await rest(emu, 'GET', '/repos/acme/shop/commits');
    expect(all.body).toHaveLength(30);
    const capped = await rest(emu, 'GET', '/repos/acme/shop/commits?per_page=500');
    expect(capped.body.length).toBeLessThanOrEqual(100);
  });

  it('decrements x-ratelimit headers per token', async () => {
    const a = await rest(emu, 'GET', '/repos/acme/shop');
    const b = await rest(emu, 'GET', '/repos/acme/shop');
    expect(a.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(Number(b.headers.get('x-ratelimit-remaining'))).toBe(
      Number(a.headers.get('x-ratelimit-remaining')) - 1,
    );
    expect(b.headers.get('x-ratelimit-resource')).toBe('core');
    const pat = await rest(emu, 'GET', '/repos/acme/shop', { token: 'ghp_maya' });
    expect(pat.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(pat.headers.get('x-ratelimit-used')).toBe('1');
    const limits = await rest(emu, 'GET', '/rate_limit');
    expect(limits.body.resources.core.used).toBe(2);
  });

  it('refuses with a primary rate limit once a bucket is empty', async () => {
    emu.limits.exhaust(must(emu.state.tokens[0]), 'core');
    const res = await rest(emu, 'GET', '/repos/acme/shop');
    expect(res.status).toBe(403);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.body.message).toMatch(/API rate limit exceeded/);
  });
});

describe('releases, commits, compare', () => {
  it('lists releases newest first and finds published ones by tag', async () => {
    const list = await rest(emu, 'GET', '/repos/acme/shop/releases');
    expect(list.body.map((r: { tag_name: string }) => r.tag_name)).toEqual(['v1.4.1', 'v1.4.0', 'v1.3.0']);
    const v141 = await rest(emu, 'GET', '/repos/acme/shop/releases/tags/v1.4.1');
    const published = Date.parse(v141.body.published_at);
    expect(emu.clock.nowMs() - published).toBe(49 * 3_600_000);
    const reactions = await rest(emu, 'GET', `/repos/acme/shop/releases/${list.body[1].id}/reactions`);
    expect(reactions.body.map((r: { content: string }) => r.content)).toContain('confused');
  });

  it('edits a release with write access only', async () => {
    const { body } = await rest(emu, 'GET', '/repos/acme/shop/releases/tags/v1.4.1');
    const denied = await rest(emu, 'PATCH', `/repos/acme/shop/releases/${body.id}`, {
      token: 'ghp_kim',
      body: { body: 'x' },
    });
    expect(denied.status).toBe(403);
    const ok = await rest(emu, 'PATCH', `/repos/acme/shop/releases/${body.id}`, {
      token: 'ghp_maya',
      body: { body: 'Retro: link' },
    });
    expect(ok.status).toBe(200);
    expect(emu.state.releases.find((r) => r.id === body.id)?.body).toBe('Retro: link');
  });

  it('compares tags: commits oldest first, counts and status; 250 max without page', async () => {
    const res = await rest(emu, 'GET', '/repos/acme/shop/compare/v1.4.0...v1.4.1');
    expect(res.body).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3 });
    const dates = res.body.commits.map(
      (c: { commit: { committer: { date: string } } }) => c.commit.committer.date,
    );
    expect([...dates].sort()).toEqual(dates);
    const behind = await rest(emu, 'GET', '/repos/acme/shop/compare/v1.4.1...v1.4.0');
    expect(behind.body.status).toBe('behind');
    const paged = await rest(emu, 'GET', '/repos/acme/shop/compare/v1.3.0...v1.4.1?per_page=5&page=2');
    expect(paged.body.commits).toHaveLength(5);
    expect(paged.body.files).toBeUndefined();
    expect(paged.headers.get('link')).toMatch(/rel="next"/);
  });

  it('caps unpaginated compare at 250 commits on a big synthetic release', async () => {
    const big = await startEmulator({ scenario: 'synthetic' });
    try {
      const res = await rest(big, 'GET', '/repos/acme/big/compare/v1.0.0...v2.0.0');
      expect(res.body.total_commits).toBe(1000);
      expect(res.body.commits).toHaveLength(250);
    } finally {
      await big.close();
    }
  });

  it('finds the PR of a merge commit and filters commits by time', async () => {
    const pulls = await rest(emu, 'GET', '/repos/acme/shop/pulls?state=closed&per_page=100');
    const revert = pulls.body.find((p: { title: string }) => p.title.startsWith('Revert "'));
    expect(revert).toBeDefined();
    const assoc = await rest(emu, 'GET', `/repos/acme/shop/commits/${revert.merge_commit_sha}/pulls`);
    expect(assoc.body.map((p: { number: number }) => p.number)).toEqual([revert.number]);
    const since = new Date(emu.clock.nowMs() - 50 * 3_600_000).toISOString();
    const recent = await rest(emu, 'GET', `/repos/acme/shop/commits?since=${since}`);
    expect(recent.body.length).toBeGreaterThan(0);
    for (const c of recent.body)
      expect(Date.parse(c.commit.committer.date)).toBeGreaterThanOrEqual(Date.parse(since));
  });

  it('sorts and filters pulls', async () => {
    const asc = await rest(
      emu,
      'GET',
      '/repos/acme/shop/pulls?state=all&base=main&sort=created&direction=asc&per_page=100',
    );
    const created = asc.body.map((p: { created_at: string }) => p.created_at);
    expect([...created].sort()).toEqual(created);
    expect(
      (await rest(emu, 'GET', '/repos/acme/shop/pulls')).body.every(
        (p: { state: string }) => p.state === 'open',
      ),
    ).toBe(true);
  });
});

describe('deployments and workflow runs', () => {
  it('filters deployments by environment and sha and lists statuses newest first', async () => {
    const prod = await rest(emu, 'GET', '/repos/acme/shop/deployments?environment=production');
    expect(prod.body.every((d: { environment: string }) => d.environment === 'production')).toBe(true);
    const statuses = await rest(emu, 'GET', `/repos/acme/shop/deployments/${prod.body[0].id}/statuses`);
    expect(statuses.body[0].state).toBe('success');
    const bySha = await rest(emu, 'GET', `/repos/acme/shop/deployments?sha=${prod.body[0].sha}`);
    expect(bySha.body.length).toBeGreaterThan(0);
    const envs = await rest(emu, 'GET', '/repos/acme/shop/environments');
    expect(envs.body.environments.map((e: { name: string }) => e.name)).toEqual(['staging', 'production']);
  });

  it('filters workflow runs by branch, status, created range and head_sha', async () => {
    const all = await rest(emu, 'GET', '/repos/acme/shop/actions/runs?per_page=100');
    expect(all.body.total_count).toBe(all.body.workflow_runs.length);
    expect(all.body.workflow_runs.some((r: { run_attempt: number }) => r.run_attempt > 1)).toBe(true);
    const failed = await rest(emu, 'GET', '/repos/acme/shop/actions/runs?status=failure');
    expect(failed.body.total_count).toBeGreaterThan(0);
    expect(failed.body.workflow_runs.every((r: { conclusion: string }) => r.conclusion === 'failure')).toBe(
      true,
    );
    const onTag = await rest(emu, 'GET', '/repos/acme/shop/actions/runs?branch=v1.4.0');
    expect(onTag.body.total_count).toBe(2);
    const day = new Date(emu.clock.nowMs() - 3 * 86_400_000).toISOString().slice(0, 10);
    const since = await rest(emu, 'GET', `/repos/acme/shop/actions/runs?created=>=${day}`);
    for (const r of since.body.workflow_runs) expect(r.created_at >= day).toBe(true);
    const range = await rest(emu, 'GET', `/repos/acme/shop/actions/runs?created=${day}..${day}`);
    for (const r of range.body.workflow_runs) expect(r.created_at.slice(0, 10)).toBe(day);
    const sha = all.body.workflow_runs[0].head_sha;
    const bySha = await rest(emu, 'GET', `/repos/acme/shop/actions/runs?head_sha=${sha}`);
    expect(bySha.body.workflow_runs.every((r: { head_sha: string }) => r.head_sha === sha)).toBe(true);
  });

  it('serves a page of runs again as it is only while nothing it shows has changed', async () => {
    const path = '/repos/acme/shop/actions/runs?per_page=2';
    const first = await rest(emu, 'GET', path);
    expect((await rest(emu, 'GET', path)).body).toEqual(first.body);
    // The repository each run names is shown as it is now.
    const repo = emu.state.repos.find((r) => r.fullName === 'acme/shop');
    if (!repo) throw new Error('the demo has acme/shop');
    repo.description = 'Renamed shop';
    const afterRepo = await rest(emu, 'GET', path);
    expect(afterRepo.body.workflow_runs[0].repository.description).toBe('Renamed shop');
    expect(afterRepo.body.workflow_runs[0].id).toBe(first.body.workflow_runs[0].id);
    // A new run is listed first (newest first) and counted.
    const newest = emu.state.workflowRuns.find((r) => r.repo === 'acme/shop');
    if (!newest) throw new Error('the demo has workflow runs');
    emu.state.workflowRuns.push({
      ...newest,
      id: 987_654,
      nodeId: 'WFR_987654',
      createdAt: new Date(emu.clock.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    const afterRun = await rest(emu, 'GET', path);
    expect(afterRun.body.total_count).toBe(first.body.total_count + 1);
    expect(afterRun.body.workflow_runs[0].id).toBe(987_654);
  });
});

describe('issues', () => {
  it('lists issues and PRs, ANDs labels, filters since on updated_at', async () => {
    const all = await rest(emu, 'GET', '/repos/acme/shop/issues?state=all&per_page=100');
    expect(all.body.some((i: { pull_request?: unknown }) => i.pull_request)).toBe(true);
    const both = await rest(emu, 'GET', '/repos/acme/shop/issues?state=all&labels=incident,severity:high');
    expect(both.body).toHaveLength(1);
    expect(both.body[0].body).toContain('v1.4.0');
    const incidents = await rest(emu, 'GET', '/repos/acme/shop/issues?state=all&labels=incident');
    expect(incidents.body).toHaveLength(2);
    const since = new Date(emu.clock.nowMs() - 10 * 3_600_000).toISOString();
    const recent = await rest(emu, 'GET', `/repos/acme/shop/issues?state=all&since=${since}`);
    for (const i of recent.body) expect(i.updated_at >= since.replace(/\.\d+Z$/, 'Z')).toBe(true);
  });

  it('silently drops labels, assignees and milestone from issues opened without push access', async () => {
    for (const token of ['ghp_kim', 'ghp_troll']) {
      const res = await rest(emu, 'POST', '/repos/acme/shop/issues', {
        token,
        body: { title: 'Idea', labels: ['bug'], assignees: ['sam'], milestone: 1 },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ labels: [], assignees: [], milestone: null });
    }
    const byBot = await rest(emu, 'POST', '/repos/acme/shop/issues', {
      body: { title: 'Action item', labels: ['bug', 'retro-action'], assignees: ['sam'], milestone: 1 },
    });
    expect(byBot.body.labels.map((l: { name: string }) => l.name)).toEqual(['bug', 'retro-action']);
    expect(byBot.body.assignees[0].login).toBe('sam');
    expect(byBot.body.milestone.number).toBe(1);
    expect(emu.state.issues.at(-1)?.createdAt).toBe(emu.clock.iso());
  });

  it('422s an unassignable assignee and a missing title', async () => {
    const res = await rest(emu, 'POST', '/repos/acme/shop/issues', {
      body: { title: 'x', assignees: ['troll'] },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ value: 'troll', resource: 'Issue', field: 'assignees', code: 'invalid' }],
    });
    expect((await rest(emu, 'POST', '/repos/acme/shop/issues', { body: {} })).status).toBe(422);
  });

  it('updates issues and comments on them', async () => {
    const created = await rest(emu, 'POST', '/repos/acme/shop/issues', { body: { title: 'Follow up' } });
    const n = created.body.number;
    emu.clock.advance(60_000);
    const closed = await rest(emu, 'PATCH', `/repos/acme/shop/issues/${n}`, {
      body: { state: 'closed', state_reason: 'completed' },
    });
    expect(closed.body).toMatchObject({ state: 'closed', closed_at: emu.clock.iso() });
    const forbidden = await rest(emu, 'PATCH', `/repos/acme/shop/issues/${n}`, {
      token: 'ghp_troll',
      body: { title: 'hacked' },
    });
    expect(forbidden.status).toBe(403);
    const comment = await rest(emu, 'POST', `/repos/acme/shop/issues/${n}/comments`, {
      token: 'ghp_kim',
      body: { body: 'Reminder' },
    });
    expect(comment.status).toBe(201);
    const comments = await rest(emu, 'GET', `/repos/acme/shop/issues/${n}/comments`);
    expect(comments.body.map((c: { body: string }) => c.body)).toEqual(['Reminder']);
  });
});

describe('labels and milestones', () => {
  it('creates labels with write access, 422 on a duplicate name in any case, 403 otherwise', async () => {
    const ok = await rest(emu, 'POST', '/repos/acme/shop/labels', {
      body: { name: 'retro-action', color: '5319e7' },
    });
    expect(ok.status).toBe(201);
    const dup = await rest(emu, 'POST', '/repos/acme/shop/labels', { body: { name: 'RETRO-ACTION' } });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const user = await rest(emu, 'POST', '/repos/acme/shop/labels', {
      token: 'ghp_kim',
      body: { name: 'x' },
    });
    expect(user.status).toBe(403);
    expect(user.body.message).toBe('Must have admin rights to Repository.');
  });

  it('refuses the integration without the role with "Resource not accessible by integration"', async () => {
    must(emu.state.repos[0]).roles['github-actions[bot]'] = 'read';
    const res = await rest(emu, 'POST', '/repos/acme/shop/labels', { body: { name: 'x' } });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('Resource not accessible by integration');
  });

  it('normalises due_on to midnight US Pacific of the Pacific date', async () => {
    expect(normaliseDueOn('2026-04-10T06:59:00Z')).toBe('2026-04-09T07:00:00Z');
    expect(normaliseDueOn('2026-04-10T12:00:00Z')).toBe('2026-04-10T07:00:00Z');
    expect(normaliseDueOn('2026-01-15T12:00:00Z')).toBe('2026-01-15T08:00:00Z');
    expect(normaliseDueOn('2026-01-15T07:59:59Z')).toBe('2026-01-14T08:00:00Z');
    const res = await rest(emu, 'POST', '/repos/acme/shop/milestones', {
      body: { title: 'Retro v1.4.1', due_on: '2026-04-10T06:59:00Z' },
    });
    expect(res.status).toBe(201);
    expect(res.body.due_on).toBe('2026-04-09T07:00:00Z');
    const dup = await rest(emu, 'POST', '/repos/acme/shop/milestones', { body: { title: 'Retro v1.4.1' } });
    expect(dup.status).toBe(422);
    const open = await rest(emu, 'GET', '/repos/acme/shop/milestones?state=open');
    expect(open.body.map((m: { title: string }) => m.title)).toContain('Retro v1.4.1');
  });
});

describe('contents and refs', () => {
  it('reads files as base64 and 404s missing ones', async () => {
    const readme = await rest(emu, 'GET', '/repos/acme/shop/contents/README.md?ref=main');
    expect(Buffer.from(readme.body.content, 'base64').toString()).toContain('# shop');
    expect((await rest(emu, 'GET', '/repos/acme/shop/contents/.github/release-retro.yml')).status).toBe(404);
  });

  it('creates a branch, then creates and updates a file on it with sha checks', async () => {
    // As a workflow with publish: pull-request grants it.
    emu.grant({ ...DOCUMENTED_PERMISSIONS, contents: 'write', 'pull-requests': 'write' });
    const repo = emu.state.repo('acme', 'shop');
    if (repo) repo.settings.actionsCanCreatePullRequests = true;
    const main = await rest(emu, 'GET', '/repos/acme/shop/git/ref/heads/main');
    expect(main.status).toBe(200);
    const branch = await rest(emu, 'POST', '/repos/acme/shop/git/refs', {
      body: { ref: 'refs/heads/retro/v1.4.1', sha: main.body.object.sha },
    });
    expect(branch.status).toBe(201);
    const again = await rest(emu, 'POST', '/repos/acme/shop/git/refs', {
      body: { ref: 'refs/heads/retro/v1.4.1', sha: main.body.object.sha },
    });
    expect(again.status).toBe(422);
    const path = '/repos/acme/shop/contents/docs/retros/v1.4.1.md';
    const content = (s: string) => Buffer.from(s).toString('base64');
    const put = await rest(emu, 'PUT', path, {
      body: { message: 'Add retro', content: content('one'), branch: 'retro/v1.4.1' },
    });
    expect(put.status).toBe(201);
    const noSha = await rest(emu, 'PUT', path, {
      body: { message: 'Update', content: content('two'), branch: 'retro/v1.4.1' },
    });
    expect(noSha.status).toBe(422);
    const wrongSha = await rest(emu, 'PUT', path, {
      body: { message: 'Update', content: content('two'), branch: 'retro/v1.4.1', sha: 'abc' },
    });
    expect(wrongSha.status).toBe(409);
    const update = await rest(emu, 'PUT', path, {
      body: { message: 'Update', content: content('two'), branch: 'retro/v1.4.1', sha: put.body.content.sha },
    });
    expect(update.status).toBe(200);
    expect(emu.state.files['acme/shop']?.['retro/v1.4.1']?.['docs/retros/v1.4.1.md']?.content).toBe('two');
    expect((await rest(emu, 'GET', `${path}?ref=main`)).status).toBe(404);
    const onBranch = await rest(emu, 'GET', `${path}?ref=retro/v1.4.1`);
    expect(Buffer.from(onBranch.body.content, 'base64').toString()).toBe('two');
    const pr = await rest(emu, 'POST', '/repos/acme/shop/pulls', {
      body: { title: 'Retro v1.4.1', head: 'retro/v1.4.1', base: 'main' },
    });
    expect(pr.status).toBe(201);
    expect(pr.body.head.ref).toBe('retro/v1.4.1');
  });

  it('serves extra files a scenario option adds', async () => {
    const withConfig = await startEmulator({
      scenario: 'demo',
      scenarioOptions: { files: { '.github/release-retro.yml': 'maturity-hours: 24\n' } },
    });
    try {
      const res = await rest(withConfig, 'GET', '/repos/acme/shop/contents/.github/release-retro.yml');
      expect(Buffer.from(res.body.content, 'base64').toString()).toBe('maturity-hours: 24\n');
    } finally {
      await withConfig.close();
    }
  });
});
