import { Octokit } from '@octokit/core';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { isForbidden, statusOf } from '../../src/github/errors.ts';
import { explainRefusals, type TokenInput } from '../../src/github/explain-refusals.ts';
import { graphqlRefusal, permissionAdvice, restRefusal } from '../../src/github/refusals.ts';

const API = 'https://api.github.com';

function client(input: TokenInput) {
  const octokit = new Octokit({ auth: 'ghs_x' });
  explainRefusals(octokit, input);
  return octokit;
}

describe('explainRefusals', () => {
  it.each([
    ['github-token', /token given as github-token \(Bad credentials\).*Leave github-token unset/],
    ['project-token', /token given as project-token \(Bad credentials\).*project-token/],
  ] as const)('says which input %s was refused for Bad credentials', async (input, message) => {
    const scope = nock(API).get('/repos/acme/shop').reply(401, { message: 'Bad credentials' });
    const error = await client(input)
      .request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(401);
    expect((error as Error).message).toMatch(message);
    scope.done();
  });

  it('names the permission and the documented line on a 403 from a route outside the workflow block', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop/assignees/sam')
      .reply(403, { message: 'Resource not accessible by integration' });
    const error = await client('github-token')
      .request('GET /repos/{owner}/{repo}/assignees/{assignee}', {
        owner: 'acme',
        repo: 'shop',
        assignee: 'sam',
      })
      .catch((e: unknown) => e);
    expect(isForbidden(error)).toBe(true);
    expect((error as Error).message).toContain(
      'this needs "issues: read". Add `issues: write` under `permissions:`',
    );
    scope.done();
  });

  it('names the permission on a GraphQL FORBIDDEN error, keeping its type', async () => {
    const scope = nock(API)
      .post('/graphql')
      .reply(200, {
        data: { repository: null },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['repository', 'discussions'],
            message: 'Resource not accessible by integration',
          },
        ],
      });
    const error = await client('github-token')
      .graphql('query { repository(owner: "acme", name: "shop") { discussions(first: 1) { totalCount } } }')
      .catch((e: unknown) => e);
    expect(isForbidden(error)).toBe(true);
    expect((error as Error).message).toContain('Add `discussions: write` under `permissions:`');
    scope.done();
  });
});

describe('refusals', () => {
  it('maps the routes the action calls to their permission', () => {
    expect(restRefusal('PUT', '/repos/{owner}/{repo}/contents/{path}')).toEqual({
      scope: 'contents',
      access: 'write',
    });
    expect(restRefusal('GET', 'https://api.github.com/repos/a/b/actions/runs?per_page=100')).toEqual({
      scope: 'actions',
      access: 'read',
    });
    expect(restRefusal('POST', '/repos/a/b/pulls')).toEqual({ scope: 'pull-requests', access: 'write' });
    expect(restRefusal('GET', '/repos/a/b/commits/abc/pulls')).toEqual({
      scope: 'pull-requests',
      access: 'read',
    });
    expect(restRefusal('POST', '/repos/a/b/milestones')).toEqual({ scope: 'issues', access: 'write' });
    expect(restRefusal('GET', '/repos/a/b')).toBeNull();
    expect(graphqlRefusal(['createDiscussion'], true)).toEqual({ scope: 'discussions', access: 'write' });
    expect(graphqlRefusal(['repository', 'pullRequests'], false)).toEqual({
      scope: 'pull-requests',
      access: 'read',
    });
  });

  it('advises the documented line for a permission named in our own text', () => {
    expect(permissionAdvice('contents: read, pull-requests: read')).toContain(
      'add `contents: read` and `pull-requests: read` under `permissions:`',
    );
    expect(permissionAdvice('issues: read')).toContain('add `issues: write`');
    expect(permissionAdvice('nothing')).toBe('');
  });
});
