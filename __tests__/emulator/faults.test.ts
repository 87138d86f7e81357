import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator/index.ts';
import { remainingDelayMs } from '../../emulator/latency.ts';
import { gql, rest } from './helpers.ts';

let emu: Emulator | undefined;
async function start(options: EmulatorOptions): Promise<Emulator> {
  emu = await startEmulator(options);
  return emu;
}
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('faults', () => {
  it('answers 502 with an HTML page for 5xx faults, only the first N times', async () => {
    const e = await start({ faults: [{ match: 'GET /repos/:o/:r/releases', kind: '5xx', times: 2 }] });
    const first = await rest(e, 'GET', '/repos/acme/shop/releases');
    expect(first.status).toBe(502);
    expect(first.headers.get('content-type')).toContain('text/html');
    expect(String(first.body)).toContain('Unicorn');
    expect((await rest(e, 'GET', '/repos/acme/shop/releases')).status).toBe(502);
    expect((await rest(e, 'GET', '/repos/acme/shop/releases')).status).toBe(200);
    // Other routes are untouched.
    expect((await rest(e, 'GET', '/repos/acme/shop/tags')).status).toBe(200);
  });

  it('answers secondary rate limits with 403, retry-after and GitHub’s message', async () => {
    const e = await start({
      faults: [
        { match: 'GET /repos/{owner}/{repo}/issues', kind: 'secondary-rate-limit', retryAfter: 7, times: 1 },
      ],
    });
    const res = await rest(e, 'GET', '/repos/acme/shop/issues');
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.body.message).toMatch(/secondary rate limit/);
  });

  it('answers primary rate limits with remaining 0 and a reset time', async () => {
    const e = await start({ faults: [{ match: 'GET /repos/acme/shop', kind: 'primary-rate-limit' }] });
    const res = await rest(e, 'GET', '/repos/acme/shop');
    expect(res.status).toBe(403);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(e.clock.nowMs() / 1000);
  });

  it('targets GraphQL operations by name and injects chosen status codes', async () => {
    const e = await start({
      faults: [{ match: 'graphql:FindRetro', kind: 'status', status: 500, times: 1 }],
    });
    const hit = await gql(e, 'query FindRetro { viewer { login } }');
    expect(hit.status).toBe(500);
    expect((await gql(e, 'query Other { viewer { login } }')).status).toBe(200);
    expect((await gql(e, 'query FindRetro { viewer { login } }')).status).toBe(200);
    expect(e.requests[0]).toMatchObject({
      method: 'POST',
      path: '/graphql',
      operation: 'FindRetro',
      status: 500,
      fault: 'status',
    });
  });

  it('hangs when asked; onFire marks the exact request, so a test can act then (abort, kill a run)', async () => {
    const gone = new AbortController();
    const seen: string[] = [];
    const e = await start({
      faults: [
        {
          match: 'GET /rate_limit',
          kind: 'hang',
          onFire: (req) => {
            seen.push(`${req.method} ${req.path}`);
            gone.abort();
          },
        },
      ],
    });
    const res = fetch(`${e.url}/rate_limit`, {
      headers: { authorization: 'token ghp_maya' },
      signal: gone.signal,
    });
    await expect(res).rejects.toThrow();
    expect(seen).toEqual(['GET /rate_limit']);
  });

  it('fires on the n-th matching request: after lets the first ones through, times bounds the rest', async () => {
    const e = await start({
      faults: [{ match: 'GET /repos/:o/:r/releases', kind: '5xx', after: 2, times: 1 }],
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await rest(e, 'GET', '/repos/acme/shop/releases')).status);
      // Other routes neither fire nor count.
      await rest(e, 'GET', '/repos/acme/shop/tags');
    }
    expect(statuses).toEqual([200, 200, 502, 200]);
  });

  it('fails with a probability drawn from a seeded generator: the same seed gives the same faults', async () => {
    const draw = async (seed: number) => {
      const e = await start({
        faultSeed: seed,
        faults: [{ match: 'GET /repos/:o/:r', kind: 'status', status: 503, probability: 0.5 }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await rest(e, 'GET', '/repos/acme/shop')).status);
      await e.close();
      emu = undefined;
      return statuses;
    };
    const first = await draw(7);
    expect(await draw(7)).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await draw(8)).not.toEqual(first);

    const e = await start({
      faults: [{ match: 'GET /repos/:o/:r', kind: 'status', status: 503, probability: 0 }],
    });
    expect((await rest(e, 'GET', '/repos/acme/shop')).status).toBe(200);
    e.faults.add({ match: 'GET /repos/:o/:r', kind: 'status', status: 503, probability: 1 });
    expect((await rest(e, 'GET', '/repos/acme/shop')).status).toBe(503);
  });

  it('applied-then-5xx carries the write out and answers 502, as GitHub does when a write lands late', async () => {
    const e = await start({
      faults: [{ match: 'POST /repos/{owner}/{repo}/labels', kind: 'applied-then-5xx', times: 1 }],
    });
    const res = await rest(e, 'POST', '/repos/acme/shop/labels', { body: { name: 'lost-answer' } });
    expect(res.status).toBe(502);
    expect(e.state.labels.some((l) => l.name === 'lost-answer')).toBe(true);
    expect(e.requests.at(-1)).toMatchObject({ status: 502, fault: 'applied-then-5xx' });
  });

  it('hold carries a write out only when its gate opens, so a test decides which of two writes lands last', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const e = await start({
      faults: [{ match: 'POST /repos/{owner}/{repo}/labels', kind: 'hold', until: gate, times: 1 }],
    });
    const slow = rest(e, 'POST', '/repos/acme/shop/labels', { body: { name: 'slow' } });
    const fast = await rest(e, 'POST', '/repos/acme/shop/labels', { body: { name: 'fast' } });
    expect(fast.status).toBe(201);
    expect(e.state.labels.some((l) => l.name === 'slow')).toBe(false);
    open();
    expect((await slow).status).toBe(201);
    expect(e.state.labels.map((l) => l.name).slice(-2)).toEqual(['fast', 'slow']);
  });
});

describe('latency and the request log', () => {
  it('delays each response and logs method, path, status, duration and login', async () => {
    const e = await start({ latencyMs: 60 });
    const started = performance.now();
    await rest(e, 'GET', '/repos/acme/shop', { token: 'ghp_sam' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    await rest(e, 'GET', '/repos/acme/shop', { token: null });
    expect(e.requests).toEqual([
      {
        method: 'GET',
        path: '/repos/acme/shop',
        operation: null,
        status: 200,
        startMs: expect.any(Number),
        durationMs: expect.any(Number),
        variables: null,
        nodes: 0,
        login: 'sam',
        fault: null,
        // fetch asks for gzip, and GitHub gzips what it answers then (emulator/compression.ts).
        gzip: true,
      },
      {
        method: 'GET',
        path: '/repos/acme/shop',
        operation: null,
        status: 401,
        startMs: expect.any(Number),
        durationMs: expect.any(Number),
        variables: null,
        nodes: 0,
        login: null,
        fault: null,
        gzip: true,
      },
    ]);
    expect(e.requests[0]?.durationMs).toBeGreaterThanOrEqual(55);
  });

  it("counts its own work within a request's modelled time instead of adding it", () => {
    // 50 ms + 1 ms a node for 100 nodes is 150 ms: 30 ms spent computing leave 120 to wait, 200 ms leave none.
    expect(remainingDelayMs(50, 1, 100, 30)).toBe(120);
    expect(remainingDelayMs(50, 1, 100, 150)).toBe(0);
    expect(remainingDelayMs(50, 1, 100, 200)).toBe(0);
    expect(remainingDelayMs(60, 0, 5, 61)).toBe(0);
  });

  it('logs the nodes each response returns, which the per-node latency model prices', async () => {
    const e = await start({ latencyMs: { fixedMs: 0, perNodeMs: 0.01 } });
    await rest(e, 'GET', '/repos/acme/shop', { token: 'ghp_sam' });
    await rest(e, 'GET', '/repos/acme/shop/releases?per_page=2', { token: 'ghp_sam' });
    await rest(e, 'GET', '/repos/acme/shop/compare/v1.3.0...v1.4.0?per_page=3', { token: 'ghp_sam' });
    expect(e.requests.map((r) => r.nodes)).toEqual([0, 2, 3]);
  });
});
