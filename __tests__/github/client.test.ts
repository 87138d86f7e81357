import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createGitHubClient, graphqlUrlFor } from '../../src/github/client.ts';

/**
 * Retries wait 0 ms (a run sets it with RELEASE_RETRO_RETRY_BASE_DELAY_MS): these tests count attempts, and the
 * wait itself (n² × 1 s, a secondary limit's retry-after) is retry.test.ts's and the limiter's to check.
 */
function client(apiUrl = 'https://api.github.com', warnings: string[] = []) {
  return createGitHubClient({
    token: 'ghs_secret_token',
    apiUrl,
    log: { debug() {}, warning: (m) => warnings.push(m) },
    retryBaseDelayMs: 0,
  });
}

describe('graphqlUrlFor', () => {
  it('derives GitHub.com, emulator and Enterprise Server GraphQL URLs', () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('http://127.0.0.1:4010/')).toBe('http://127.0.0.1:4010/graphql');
    expect(graphqlUrlFor('https://ghes.example.com/api/v3')).toBe('https://ghes.example.com/api/graphql');
    expect(graphqlUrlFor('https://ghes.example.com/api/v3', 'https://x/graphql')).toBe('https://x/graphql');
  });
});

describe('createGitHubClient', () => {
  it('authenticates and sends GraphQL to the Enterprise Server endpoint', async () => {
    const scope = nock('https://ghes.example.com', {
      reqheaders: { authorization: 'token ghs_secret_token' },
    })
      .post('/api/graphql')
      .reply(200, { data: { viewer: { login: 'octocat' } } })
      .get('/api/v3/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    const github = client('https://ghes.example.com/api/v3');
    await expect(github.graphql('query { viewer { login } }')).resolves.toEqual({
      viewer: { login: 'octocat' },
    });
    await expect(
      github.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).resolves.toMatchObject({
      status: 200,
    });
    scope.done();
  });

  it('retries a 502 and then succeeds', async () => {
    const scope = nock('https://api.github.com')
      .get('/repos/acme/shop')
      .reply(502, 'Bad gateway')
      .get('/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    const { data } = await client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' });
    expect(data.full_name).toBe('acme/shop');
    scope.done();
  });

  it('waits out a secondary rate limit a bounded number of times, without logging the token', async () => {
    const warnings: string[] = [];
    const limited = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    };
    const scope = nock('https://api.github.com')
      .get('/repos/acme/shop')
      .reply(403, limited, { 'retry-after': '1' })
      .get('/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    await client('https://api.github.com', warnings).request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'shop',
    });
    scope.done();
    expect(warnings.join('\n')).toMatch(/Secondary rate limit/);
    expect(warnings.join('\n')).not.toContain('ghs_secret_token');
  });

  it('gives up after its retries on a persistent secondary limit', async () => {
    const limited = { message: 'You have exceeded a secondary rate limit.' };
    const scope = nock('https://api.github.com')
      .get('/repos/acme/shop')
      .times(4)
      .reply(403, limited, { 'retry-after': '1' });
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    scope.done();
  });

  it('does not retry a 404', async () => {
    const scope = nock('https://api.github.com').get('/repos/acme/none').reply(404, { message: 'Not Found' });
    await expect(
      client().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'none' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    scope.done();
  });

  it('runs GraphQL queries in parallel instead of queueing them 1 s apart', async () => {
    // Each answer waits until all four requests have arrived: queued one at a time (plugin-throttling's
    // default for /graphql), the second would never be sent and the test would time out. No clock involved.
    let arrived = 0;
    let allArrived = () => {};
    const barrier = new Promise<void>((resolve) => {
      allArrived = resolve;
    });
    const scope = nock('https://api.github.com')
      .post('/graphql')
      .times(4)
      .reply(async () => {
        arrived += 1;
        if (arrived === 4) allArrived();
        await barrier;
        return [200, { data: { viewer: { login: 'octocat' } } }];
      });
    const github = client();
    await Promise.all([1, 2, 3, 4].map(() => github.graphql('query { viewer { login } }')));
    expect(arrived).toBe(4);
    scope.done();
  });

  it('never retries a creation GitHub may have carried out, but retries reads and updates', async () => {
    const scope = nock('https://api.github.com')
      .post('/graphql', (body) => String(body.query).startsWith('mutation CreateDiscussion'))
      .reply(502, 'Bad gateway')
      .post('/repos/acme/shop/issues')
      .reply(502, 'Bad gateway')
      .patch('/repos/acme/shop/issues/7')
      .reply(502, 'Bad gateway')
      .patch('/repos/acme/shop/issues/7')
      .reply(200, { number: 7 })
      .post('/graphql', (body) => String(body.query).startsWith('mutation UpdateDiscussion'))
      .reply(502, 'Bad gateway')
      .post('/graphql', (body) => String(body.query).startsWith('mutation UpdateDiscussion'))
      .reply(200, { data: { updateDiscussion: { discussion: { id: 'D_1' } } } });
    const github = client();
    await expect(
      github.graphql('mutation CreateDiscussion { createDiscussion(input: {}) { discussion { id } } }'),
    ).rejects.toMatchObject({ status: 502 });
    await expect(
      github.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'shop', title: 'x' }),
    ).rejects.toMatchObject({ status: 502 });
    await expect(
      github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: 'acme',
        repo: 'shop',
        issue_number: 7,
      }),
    ).resolves.toMatchObject({
      status: 200,
    });
    await expect(
      github.graphql('mutation UpdateDiscussion { updateDiscussion(input: {}) { discussion { id } } }'),
    ).resolves.toBeTruthy();
    scope.done();
  });
});

describe('a GraphQL request that gets no answer at all', () => {
  // plugin-throttling's failure listener reads `error.response.headers` for every failed /graphql call; a reset
  // connection has no response, and its TypeError used to replace the real error (no retry, an unreadable failure).
  const fast = () =>
    createGitHubClient({
      token: 'ghs_secret_token',
      apiUrl: 'https://api.github.com',
      log: { debug() {}, warning() {} },
      retryBaseDelayMs: 1,
    });

  it('is retried like a 5xx, and succeeds when a retry does', async () => {
    const scope = nock('https://api.github.com')
      .post('/graphql')
      .replyWithError('socket hang up')
      .post('/graphql')
      .reply(200, { data: { viewer: { login: 'octocat' } } });
    await expect(fast().graphql('query Viewer { viewer { login } }')).resolves.toEqual({
      viewer: { login: 'octocat' },
    });
    scope.done();
  });

  it('fails after its retries with a message naming the request, never a TypeError', async () => {
    const scope = nock('https://api.github.com').post('/graphql').times(4).replyWithError('socket hang up');
    const error = await fast()
      .graphql('query Viewer { viewer { login } }')
      .catch((e: unknown) => e);
    scope.done();
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'GitHub did not answer POST https://api.github.com/graphql (query Viewer), tried 4 times: socket hang up. Re-run the job; it continues where this one stopped.',
    );
  });

  it('is not retried when it creates something, and says why', async () => {
    const scope = nock('https://api.github.com').post('/graphql').replyWithError('socket hang up');
    const error = await fast()
      .graphql('mutation CreateDiscussion { createDiscussion(input: {}) { discussion { id } } }')
      .catch((e: unknown) => e);
    scope.done();
    expect((error as Error).message).toContain(
      'GitHub did not answer POST https://api.github.com/graphql (mutation CreateDiscussion), tried once (a creation is never retried',
    );
  });
});
