import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { getJson } from '../../src/collect/util.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { bodyText, transportFetch } from '../../src/github/transport.ts';

const API = 'https://api.github.com';

function client() {
  return createGitHubClient({
    token: 'ghs_secret_token',
    apiUrl: API,
    log: { debug() {}, warning() {} },
    retryBaseDelayMs: 0,
  });
}

const repo = { owner: 'acme', repo: 'shop' };

describe('the client transport', () => {
  it('asks for compressed answers and inflates gzip, deflate and brotli', async () => {
    const json = JSON.stringify({ full_name: 'acme/shop', description: 'Café ☕' });
    const scope = nock(API, { reqheaders: { 'accept-encoding': 'gzip, deflate, br' } })
      .get('/repos/acme/shop')
      .reply(200, gzipSync(json), { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      .get('/repos/acme/shop')
      .reply(200, deflateSync(json), { 'content-type': 'application/json', 'content-encoding': 'deflate' })
      .get('/repos/acme/shop')
      .reply(200, brotliCompressSync(json), { 'content-type': 'application/json', 'content-encoding': 'br' });
    const github = client();
    for (let i = 0; i < 3; i += 1) {
      const { data } = await github.request('GET /repos/{owner}/{repo}', repo);
      expect(data).toEqual({ full_name: 'acme/shop', description: 'Café ☕' });
    }
    scope.done();
  });

  it('treats a body that does not inflate as no answer, which the client retries', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop')
      .reply(200, Buffer.from('not gzip at all'), {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      })
      .get('/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    const { data } = await client().request('GET /repos/{owner}/{repo}', repo);
    expect(data.full_name).toBe('acme/shop');
    scope.done();
  });

  it('hands a bulk reader the whole body, inflated, for its own JSON.parse', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop/commits')
      .query(true)
      .reply(200, gzipSync(JSON.stringify([{ sha: 'a1' }, { sha: 'b2' }])), {
        'content-type': 'application/json; charset=utf-8',
        'content-encoding': 'gzip',
        link: '<https://api.github.com/repositories/1/commits?page=2>; rel="next"',
      });
    const { data, headers } = await getJson<{ sha: string }[]>(
      client(),
      'GET /repos/{owner}/{repo}/commits',
      { ...repo, per_page: 100 },
    );
    expect(data.map((c) => c.sha)).toEqual(['a1', 'b2']);
    expect(headers.link).toContain('rel="next"');
    scope.done();
  });

  it('follows a renamed repository’s 301 on the same host, keeping the token', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'token ghs_secret_token' } })
      .get('/repos/acme/shop')
      .reply(301, { message: 'Moved Permanently' }, { location: `${API}/repositories/42` })
      .get('/repositories/42')
      .reply(200, { full_name: 'acme/store' });
    const { data, url } = await client().request('GET /repos/{owner}/{repo}', repo);
    expect(data.full_name).toBe('acme/store');
    expect(url).toBe(`${API}/repositories/42`);
    scope.done();
  });

  it('drops the Authorization header when a redirect leaves the origin', async () => {
    const api = nock(API)
      .get('/repos/acme/shop/zipball/main')
      .reply(302, '', { location: 'https://codeload.github.com/acme/shop/legacy.zip/main' });
    const codeload = nock('https://codeload.github.com', { badheaders: ['authorization'] })
      .get('/acme/shop/legacy.zip/main')
      .reply(200, 'zip bytes', { 'content-type': 'application/zip' });
    const response = await transportFetch(`${API}/repos/acme/shop/zipball/main`, {
      headers: { Authorization: 'token ghs_secret_token' },
    });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('zip bytes');
    api.done();
    codeload.done();
  });

  it('turns a POST into a GET without its body on 303, and repeats it with its body on 307', async () => {
    const scope = nock(API)
      .post('/graphql', { query: 'q' })
      .reply(303, '', { location: '/answer' })
      .get('/answer', (body) => body === '' || body === undefined)
      .reply(200, { done: 1 })
      .post('/graphql', { query: 'q' })
      .reply(307, '', { location: '/graphql-moved' })
      .post('/graphql-moved', { query: 'q' })
      .reply(200, { done: 2 });
    const post = () =>
      transportFetch(`${API}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'q' }),
      });
    expect(JSON.parse(await (await post()).text())).toEqual({ done: 1 });
    expect(JSON.parse(await (await post()).text())).toEqual({ done: 2 });
    scope.done();
  });

  it('gives up on a redirect loop after 20 hops, as fetch does', async () => {
    const scope = nock(API).get('/loop').times(21).reply(302, '', { location: '/loop' });
    const error = await transportFetch(`${API}/loop`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as TypeError).cause as Error).message).toBe(
      'more than 20 redirects from https://api.github.com/loop',
    );
    scope.done();
  });

  it('returns a redirect as it is when asked to, and refuses it when asked to', async () => {
    const scope = nock(API).get('/moved').times(2).reply(301, '', { location: '/elsewhere' });
    const manual = await transportFetch(`${API}/moved`, { redirect: 'manual' });
    expect(manual.status).toBe(301);
    expect(manual.headers.get('Location')).toBe('/elsewhere');
    await expect(transportFetch(`${API}/moved`, { redirect: 'error' })).rejects.toThrow('fetch failed');
    scope.done();
  });

  it('reports headers as fetch does: names in lower case, repeated values joined', async () => {
    const scope = nock(API)
      .get('/rate_limit')
      .reply(204, '', { 'X-RateLimit-Remaining': '4999', 'Set-Cookie': ['a=1', 'b=2'] });
    const response = await transportFetch(`${API}/rate_limit`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(response.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-ratelimit-remaining': '4999',
      'set-cookie': 'a=1, b=2',
    });
    scope.done();
  });

  it('fails an unanswered request as fetch does, so the client names it and retries it', async () => {
    const scope = nock(API).get('/repos/acme/shop').replyWithError('socket hang up');
    const error = await transportFetch(`${API}/repos/acme/shop`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect(((error as TypeError).cause as Error).message).toBe('socket hang up');
    scope.done();
  });

  it('ends at once on an aborted signal, with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await transportFetch(`${API}/repos/acme/shop`, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('AbortError');
  });

  it('sends string and byte bodies only, and reads back only its own bodies', async () => {
    await expect(transportFetch(`${API}/graphql`, { method: 'POST', body: { query: 'q' } })).rejects.toThrow(
      'The transport sends string and byte bodies only',
    );
    expect(bodyText('{"a":1}')).toBe('{"a":1}');
    expect(bodyText(null)).toBe('');
    expect(() => bodyText(new ReadableStream())).toThrow(
      'An unparsed response body from an unknown transport',
    );
  });
});
