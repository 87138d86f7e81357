import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../emulator/compression.ts';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { createGitHubClient } from '../../src/github/client.ts';

/** One request with node:http, which (unlike fetch) neither asks for nor inflates compressed answers itself. */
function raw(
  emu: Emulator,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${emu.url}${path}`,
      { method, headers: { authorization: 'token ghs_emulator_default', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br, GZIP', true],
    ['x-gzip', true],
    ['gzip;q=0.5', true],
    ['gzip;q=0, *', false],
    ['*', true],
    ['*;q=0', false],
    ['deflate, br', false],
    ['identity', false],
    ['gzip;q=abc', false],
    ['', false],
  ])('%j → %s', (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });

  it('reads a header sent twice, and none', () => {
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('compressed answers', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator({ scenario: 'demo' });
  });
  afterEach(async () => {
    await emu.close();
  });

  it('gzips a REST answer when the request accepts gzip, and only then', async () => {
    const path = '/repos/acme/shop/actions/runs?per_page=100';
    const plain = await raw(emu, 'GET', path, {});
    const zipped = await raw(emu, 'GET', path, { 'accept-encoding': 'gzip, deflate, br' });
    const refused = await raw(emu, 'GET', path, { 'accept-encoding': 'br' });

    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept, Accept-Encoding');
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(
      JSON.parse(plain.bytes.toString('utf8')),
    );
  });

  it('gzips GraphQL answers and error answers, and sends no body for a 204', async () => {
    const query = JSON.stringify({ query: '{ viewer { login } }' });
    const data = await raw(emu, 'POST', '/graphql', { 'accept-encoding': 'gzip' }, query);
    expect(data.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(data.bytes).toString('utf8'))).toEqual({
      data: { viewer: { login: 'github-actions[bot]' } },
    });

    const missing = await raw(emu, 'GET', '/repos/acme/nope', { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(gunzipSync(missing.bytes).toString('utf8')).message).toBe('Not Found');

    // An assignable user: GitHub answers 204 with no body.
    const assignable = await raw(emu, 'GET', '/repos/acme/shop/assignees/sam', { 'accept-encoding': 'gzip' });
    expect(assignable.status).toBe(204);
    expect(assignable.headers['content-encoding']).toBeUndefined();
    expect(assignable.bytes.length).toBe(0);
  });

  it("is read by the action's own client, whose transport asks for gzip and inflates it", async () => {
    const github = createGitHubClient({
      token: 'ghs_emulator_default',
      apiUrl: emu.url,
      log: { debug() {}, warning() {} },
    });
    const runs = await github.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: 'acme',
      repo: 'shop',
      per_page: 100,
    });
    const { viewer } = await github.graphql<{ viewer: { login: string } }>(
      'query Viewer { viewer { login } }',
    );
    const plain = await raw(emu, 'GET', '/repos/acme/shop/actions/runs?per_page=100', {});

    expect(runs.data).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(viewer.login).toBe('github-actions[bot]');
    expect(emu.requests.map((r) => [r.operation ?? r.path, r.gzip])).toEqual([
      ['/repos/acme/shop/actions/runs?per_page=100', true],
      ['Viewer', true],
      ['/repos/acme/shop/actions/runs?per_page=100', false],
    ]);
  });
});
