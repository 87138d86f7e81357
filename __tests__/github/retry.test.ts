import { Octokit } from '@octokit/core';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createsContent, retryServerErrors } from '../../src/github/retry.ts';

const API = 'https://api.github.com';

/** A bare client with only the retry policy, waiting milliseconds instead of seconds. */
function client(retries = 3) {
  const octokit = new Octokit({ auth: 'ghs_x' });
  retryServerErrors(octokit, { retries, baseDelayMs: 1 });
  return octokit;
}

describe('retryServerErrors', () => {
  it('retries a 5xx up to `retries` times, then fails with the last error', async () => {
    const scope = nock(API).get('/repos/acme/shop').times(4).reply(503, 'Unavailable');
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).rejects.toMatchObject({ status: 503 });
    scope.done();
  });

  it('succeeds when a retry does', async () => {
    const scope = nock(API).get('/repos/acme/shop').reply(500, 'Oops').get('/repos/acme/shop').reply(200, {});
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).resolves.toMatchObject({ status: 200 });
    scope.done();
  });

  it('never retries a 4xx', async () => {
    const scope = nock(API).get('/repos/acme/none').reply(404, { message: 'Not Found' });
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'none' }),
    ).rejects.toMatchObject({ status: 404 });
    scope.done();
  });

  it('never retries a creation', async () => {
    const scope = nock(API)
      .post('/repos/acme/shop/issues/3/comments')
      .reply(502, 'Bad gateway')
      .post('/graphql')
      .reply(502, 'Bad gateway');
    const github = client();
    await expect(
      github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'acme',
        repo: 'shop',
        issue_number: 3,
        body: 'hi',
      }),
    ).rejects.toMatchObject({ status: 502 });
    await expect(
      github.graphql('mutation AddDiscussionComment { addDiscussionComment(input: {}) { comment { id } } }'),
    ).rejects.toMatchObject({ status: 502 });
    scope.done();
  });

  it('never retries a certificate it did not trust, and says how to trust one', async () => {
    // One answer only: a retry would find no interceptor and fail with nock's message instead.
    const scope = nock(API)
      .get('/repos/acme/shop')
      .replyWithError(
        Object.assign(new Error('self-signed certificate in certificate chain'), {
          code: 'SELF_SIGNED_CERT_IN_CHAIN',
        }),
      );
    const failure = await client()
      .request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' })
      .then(
        () => undefined,
        (error: unknown) => error as Error,
      );
    expect(failure?.message).toBe(
      'The TLS certificate of api.github.com was not trusted on GET /repos/{owner}/{repo} ' +
        '(SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain). If this runner reaches ' +
        'GitHub through a proxy or firewall that inspects TLS, give Node its root certificate: set ' +
        "NODE_EXTRA_CA_CERTS to the certificate's file, or NODE_USE_SYSTEM_CA to 1 to trust the runner's " +
        "system store, in the step's env.",
    );
    scope.done();
  });

  it('still retries a connection that failed for another reason', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop')
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .get('/repos/acme/shop')
      .reply(200, {});
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).resolves.toMatchObject({ status: 200 });
    scope.done();
  });

  it("retries GitHub's transient GraphQL error, and reports it when it persists", async () => {
    const transient = {
      data: null,
      errors: [{ message: 'Something went wrong while executing your query.' }],
    };
    const scope = nock(API)
      .post('/graphql')
      .reply(200, transient)
      .post('/graphql')
      .reply(200, { data: { viewer: { login: 'octocat' } } });
    await expect(client().graphql('query Viewer { viewer { login } }')).resolves.toEqual({
      viewer: { login: 'octocat' },
    });
    scope.done();
    const persistent = nock(API).post('/graphql').times(2).reply(200, transient);
    await expect(client(1).graphql('query Viewer { viewer { login } }')).rejects.toThrow(
      /Something went wrong/,
    );
    persistent.done();
  });
});

describe('createsContent', () => {
  it('names the requests a retry could duplicate', () => {
    expect(createsContent('POST', '/graphql', 'mutation AddDiscussionComment($a: ID!) { x }')).toBe(true);
    expect(
      createsContent('POST', 'https://ghes.example.com/api/graphql', 'mutation CreateDiscussion { x }'),
    ).toBe(true);
    expect(createsContent('POST', '/graphql', 'mutation UpdateDiscussion { x }')).toBe(false);
    expect(createsContent('POST', '/graphql', 'query Viewer { viewer { login } }')).toBe(false);
    expect(createsContent('POST', '/repos/{owner}/{repo}/issues', undefined)).toBe(true);
    expect(createsContent('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', undefined)).toBe(
      true,
    );
    expect(createsContent('POST', '/repos/{owner}/{repo}/labels', undefined)).toBe(false);
    expect(createsContent('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', undefined)).toBe(false);
  });
});
