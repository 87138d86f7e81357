/** Real Octokit clients, composed like the action's, against the emulator. */
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator/index.ts';
import { createGitHubClient } from '../../src/github/client.ts';

const Client = Octokit.plugin(paginateGraphQL);

let emu: Emulator | undefined;
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startEmulator(options);
  return emu;
}
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('octokit against the emulator', () => {
  it('runs REST reads with pagination and GraphQL queries and mutations', async () => {
    const e = await start();
    const octokit = new Client({ auth: 'ghs_emulator_default', baseUrl: e.url, request: { fetch } });

    const commits = await octokit.paginate(octokit.rest.repos.listCommits, {
      owner: 'acme',
      repo: 'shop',
      per_page: 7,
    });
    expect(commits.length).toBe(e.state.ancestors(e.state.resolveSha('acme/shop', 'main') as string).length);
    const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
      owner: 'acme',
      repo: 'shop',
      per_page: 10,
    });
    expect(runs.length).toBe(e.state.workflowRuns.length);
    const compare = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: 'acme',
      repo: 'shop',
      basehead: 'v1.4.0...v1.4.1',
    });
    expect(compare.data.total_commits).toBe(3);
    const release = await octokit.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'shop', tag: 'v1.4.1' });
    expect(release.data.tag_name).toBe('v1.4.1');
    const perm = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: 'acme',
      repo: 'shop',
      username: 'rio',
    });
    expect(perm.data).toMatchObject({ permission: 'read', role_name: 'triage' });
    await expect(
      octokit.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'shop', tag: 'v0' }),
    ).rejects.toMatchObject({ status: 404 });

    const { repository } = await octokit.graphql<{
      repository: { id: string; discussionCategory: { id: string } };
    }>(
      `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id discussionCategory(slug: "retrospectives") { id } } }`,
      { owner: 'acme', name: 'shop' },
    );
    const created = await octokit.graphql<{
      createDiscussion: { discussion: { id: string; number: number } };
    }>(
      `mutation($r: ID!, $c: ID!) { createDiscussion(input: { repositoryId: $r, categoryId: $c, title: "Retro: v1.4.1", body: "Agenda" }) { discussion { id number } } }`,
      { r: repository.id, c: repository.discussionCategory.id },
    );
    const discussionId = created.createDiscussion.discussion.id;
    for (let i = 0; i < 5; i += 1) {
      await octokit.graphql(
        'mutation($d: ID!, $b: String!) { addDiscussionComment(input: { discussionId: $d, body: $b }) { comment { id } } }',
        {
          d: discussionId,
          b: `comment ${i}`,
        },
      );
    }
    const paged = await octokit.graphql.paginate<{ node: { comments: { nodes: { body: string }[] } } }>(
      `query($id: ID!, $cursor: String) { node(id: $id) { ... on Discussion { comments(first: 2, after: $cursor) { nodes { body } pageInfo { hasNextPage endCursor } } } } }`,
      { id: discussionId },
    );
    expect(paged.node.comments.nodes.map((c) => c.body)).toEqual([
      'comment 0',
      'comment 1',
      'comment 2',
      'comment 3',
      'comment 4',
    ]);
    await expect(
      octokit.graphql('{ repository(owner: "acme", name: "shop") { forkCount } }'),
    ).rejects.toThrow(/Repository\.forkCount/);

    const issue = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'shop',
      title: 'Action: alert on checkout errors',
      labels: ['retro-action'],
      assignees: ['lee'],
    });
    expect(issue.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['retro-action']);
    expect(e.requests.every((r) => r.login === 'github-actions[bot]')).toBe(true);
  });

  it("recovers from injected 5xx and secondary rate limits with the action's own client", async () => {
    const e = await start({
      faults: [
        { match: 'GET /repos/:o/:r/releases', kind: '5xx', times: 1 },
        // Not 0: plugin-throttling reads `retry-after: 0` as missing and falls back to waiting 60 s.
        { match: 'GET /repos/:o/:r/tags', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 },
      ],
    });
    const warnings: string[] = [];
    const octokit = createGitHubClient({
      token: 'ghs_emulator_default',
      apiUrl: e.url,
      log: { debug() {}, warning: (m) => warnings.push(m) },
    });
    const releases = await octokit.request('GET /repos/{owner}/{repo}/releases', {
      owner: 'acme',
      repo: 'shop',
    });
    expect(releases.data).toHaveLength(3);
    const tags = await octokit.request('GET /repos/{owner}/{repo}/tags', { owner: 'acme', repo: 'shop' });
    expect(tags.data.map((t) => t.name)).toContain('v1.4.1');
    expect(warnings.join('\n')).toContain('Secondary rate limit for GET /repos/{owner}/{repo}/tags');
    expect(e.requests.map((r) => r.status)).toEqual([502, 200, 403, 200]);
  });
});
