/** Repository settings and body limits the emulator enforces as GitHub does. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { MAX_BODY_CHARACTERS } from '../../emulator/limits.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { gql, rest } from './helpers.ts';

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({
    scenario: 'demo',
    permissions: requiredPermissions({ mode: 'pull-request', linkInRelease: false }),
  });
});
afterEach(async () => {
  await emu.close();
});

const base64 = (s: string) => Buffer.from(s).toString('base64');

describe('repository settings', () => {
  it('refuses pull requests from GITHUB_TOKEN until Actions may create them', async () => {
    const main = await rest(emu, 'GET', '/repos/acme/shop/git/ref/heads/main');
    await rest(emu, 'POST', '/repos/acme/shop/git/refs', {
      body: { ref: 'refs/heads/retro', sha: main.body.object.sha },
    });
    await rest(emu, 'PUT', '/repos/acme/shop/contents/x.md', {
      body: { message: 'x', content: base64('x'), branch: 'retro' },
    });
    const pr = { title: 'Retro', head: 'retro', base: 'main' };
    const refused = await rest(emu, 'POST', '/repos/acme/shop/pulls', { body: pr });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('GitHub Actions is not permitted to create or approve pull requests.');
    const repo = emu.state.repo('acme', 'shop');
    if (repo) repo.settings.actionsCanCreatePullRequests = true;
    expect((await rest(emu, 'POST', '/repos/acme/shop/pulls', { body: pr })).status).toBe(201);
  });

  it('refuses Contents API writes to a branch a rule protects, with the rule’s words', async () => {
    emu.state
      .repo('acme', 'shop')
      ?.settings.protectedBranches.push({ branch: 'main', by: 'ruleset', name: 'main' });
    const put = await rest(emu, 'PUT', '/repos/acme/shop/contents/docs/x.md', {
      body: { message: 'x', content: base64('x') },
    });
    expect(put.status).toBe(409);
    expect(put.body.message).toContain('Repository rule violations found');
    expect(put.body.message).toContain('Changes must be made through a pull request.');
  });
});

describe('body limit', () => {
  const long = 'x'.repeat(MAX_BODY_CHARACTERS + 1);
  const atLimit = '🙂'.repeat(MAX_BODY_CHARACTERS); // 65,536 characters, twice as many UTF-16 units

  it('answers 422 for issue and comment bodies past 65,536 characters, and accepts one at the limit', async () => {
    const issue = await rest(emu, 'POST', '/repos/acme/shop/issues', { body: { title: 't', body: long } });
    expect(issue.status).toBe(422);
    expect(issue.body.errors[0]).toMatchObject({ resource: 'Issue', field: 'body', code: 'custom' });
    expect(
      (await rest(emu, 'POST', '/repos/acme/shop/issues', { body: { title: 't', body: atLimit } })).status,
    ).toBe(201);
    const patch = await rest(emu, 'PATCH', '/repos/acme/shop/issues/1', { body: { body: long } });
    expect(patch.status).toBe(422);
    const comment = await rest(emu, 'POST', '/repos/acme/shop/issues/1/comments', { body: { body: long } });
    expect(comment.status).toBe(422);
    expect(comment.body.errors[0]).toMatchObject({ resource: 'IssueComment', field: 'body' });
  });

  it('answers an UNPROCESSABLE error for discussion bodies and comments past the limit', async () => {
    const found = await gql<{ repository: { discussions: { nodes: { id: string }[] } } }>(
      emu,
      'query { repository(owner: "acme", name: "shop") { discussions(first: 1) { nodes { id } } } }',
    );
    const id = found.body.data?.repository.discussions.nodes[0]?.id;
    for (const mutation of [
      'mutation($id: ID!, $body: String!) { updateDiscussion(input: { discussionId: $id, body: $body }) { discussion { id } } }',
      'mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }',
    ]) {
      const res = await gql(emu, mutation, { id, body: long }, 'ghp_maya');
      expect(res.body.errors?.[0]).toMatchObject({
        type: 'UNPROCESSABLE',
        message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
      });
    }
  });
});
