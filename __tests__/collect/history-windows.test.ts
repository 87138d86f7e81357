/**
 * A long compare read as windows of the tag's history (src/collect/history-windows.ts): exactly the compare
 * set, in compare's order, whatever the history's shape; compare pages when the windows cannot give it.
 * Against the emulator, whose `history(since:, until:)` filters the tag's ancestors by commit date as git
 * does, and whose compare is the ancestors of the head the base lacks.
 */
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, type Emulator, startEmulator } from '../../emulator/index.ts';
import type { CommitSpec, ScenarioSpec } from '../../emulator/scenarios/spec.ts';
import { collectCommits } from '../../src/collect/changes.ts';
import {
  narrow,
  planWindows,
  queriesFor,
  readHistoryWindows,
  type Window,
  windowsPayOff,
  windowsQuery,
} from '../../src/collect/history-windows.ts';
import type { ReleaseRef, ReleaseTrain } from '../../src/collect/types.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { validateDocument } from '../github/graphql-schema.ts';
import { API, client, graphql, restCommit, sha } from './nock-github.ts';

const NOW = '2026-03-18T12:00:00Z';
const MINUTE = 60_000;
const at = (minutesAgo: number) => new Date(Date.parse(NOW) - minutesAgo * MINUTE).toISOString();

/** `count` commits on one line, the first after `parent`, `minutesAgo(i)` old each. */
function line(
  prefix: string,
  count: number,
  parent: string,
  minutesAgo: (i: number) => number,
): CommitSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    message: i === 7 ? `Revert "${prefix}${i - 1}"\n\nThis reverts commit abcdef1.` : `${prefix} change ${i}`,
    author: 'maya',
    at: at(minutesAgo(i)),
    parents: [i === 0 ? parent : `${prefix}${i - 1}`],
  }));
}

function scenario(commits: CommitSpec[], v2: string): ScenarioSpec {
  return {
    id: 'history-windows',
    now: NOW,
    users: [{ login: 'maya' }, { login: 'release-retro[bot]', type: 'Bot' }],
    tokens: [{ token: DEFAULT_TOKEN, login: 'release-retro[bot]', kind: 'installation' }],
    repos: [
      {
        owner: 'acme',
        name: 'big',
        roles: { maya: 'admin' },
        commits: [
          { id: 'root', message: 'Initial commit', author: 'maya', at: at(60 * 24 * 40) },
          { id: 'v1', message: 'Release 1', author: 'maya', at: at(60 * 24 * 30), parents: ['root'] },
          ...commits,
        ],
        branches: { main: v2 },
        tags: [
          { name: 'v1.0.0', commit: 'v1' },
          { name: 'v2.0.0', commit: v2 },
        ],
        releases: [
          { tag: 'v1.0.0', author: 'maya', createdAt: at(60 * 24 * 30) },
          { tag: 'v2.0.0', author: 'maya', createdAt: at(60) },
        ],
      },
    ],
  };
}

const release = (tag: string, minutesAgo: number): ReleaseRef => ({
  id: 1,
  tag,
  name: tag,
  url: `https://github.com/acme/big/releases/tag/${tag}`,
  publishedAt: at(minutesAgo),
  createdAt: at(minutesAgo),
  prerelease: false,
  targetCommitish: 'main',
  author: 'maya',
});
const train: ReleaseTrain = {
  release: release('v2.0.0', 60),
  hotfixes: [],
  previous: release('v1.0.0', 60 * 24 * 30),
  last: release('v2.0.0', 60),
};

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** A client of the emulator that retries at once (no waiting in tests). */
const emulatorClient = (e: Emulator) =>
  createGitHubClient({
    token: DEFAULT_TOKEN,
    apiUrl: e.url,
    graphqlUrl: e.graphqlUrl,
    retryBaseDelayMs: 0,
    log: { debug() {}, warning() {} },
  });

async function gather(spec: ScenarioSpec) {
  emu = await startEmulator({ scenario: spec, latencyMs: 0 });
  const set = await collectCommits(emulatorClient(emu), { owner: 'acme', name: 'big' }, train);
  const sha = (tag: string) => emu?.state.refs.find((r) => r.ref === `refs/tags/${tag}`)?.sha ?? 'missing';
  const truth = emu.state.compare(sha('v1.0.0'), sha('v2.0.0')).ahead.map((c) => c.sha);
  const requests = emu.requests.map((r) => r.operation ?? r.path.replace(/\?.*/, ''));
  return { set, truth, tip: sha('v2.0.0'), requests, emu };
}

const count = (requests: string[], what: string) => requests.filter((r) => r.includes(what)).length;

describe('a long compare as history windows, against the emulator', () => {
  it('reads a linear history of 1,200 commits as windows in 6 queries at once: the compare set, in order', async () => {
    // Spread over 29 days, busier some days than others (a quarter of them within one day).
    const commits = line('c', 1200, 'v1', (i) =>
      i < 300 ? 60 * 24 * 29 - i * 4 : 60 * 24 * 25 - (i - 300) * 30,
    );
    const { set, truth, tip, requests } = await gather(scenario(commits, 'c1199'));
    expect(set.commits.map((c) => c.sha)).toEqual(truth);
    expect(set.totalCommits).toBe(1200);
    expect(set.tagCommits).toEqual({ 'v2.0.0': tip });
    expect(set.commits.filter((c) => c.isRevert)).toHaveLength(1);
    expect(set.commits[0]).toMatchObject({ author: 'maya', headline: 'c change 0', releaseTag: 'v2.0.0' });
    // Compare page 1, the tag's commit, then 14 windows in 6 queries; the busy days overflow some, narrowed in
    // a round or two more.
    expect(count(requests, '/compare/')).toBe(1);
    expect(count(requests, '/commits/v2.0.0')).toBe(1);
    expect(count(requests, 'HistoryWindows')).toBeGreaterThanOrEqual(7);
    expect(count(requests, 'HistoryWindows')).toBeLessThanOrEqual(18);
  });

  it('pages a second of 250 commits (a rebase stamps them at once) with the window’s cursor', async () => {
    const before = line('a', 200, 'v1', (i) => 60 * 24 * 20 - i * 10);
    const burst = line('b', 250, 'a199', () => 60 * 24 * 10);
    const after = line('c', 400, 'b249', (i) => 60 * 24 * 9 - i * 10);
    const { set, truth, requests } = await gather(scenario([...before, ...burst, ...after], 'c399'));
    expect(set.commits.map((c) => c.sha)).toEqual(truth);
    expect(count(requests, '/compare/')).toBe(1);
    expect(count(requests, 'HistoryWindows')).toBeGreaterThanOrEqual(3);
  });

  it('falls back to compare pages when a merged branch brings commits dated before the base', async () => {
    // A branch cut from root 35 days ago, merged after v1.0.0: its 150 commits are in the compare set but
    // older than every commit the windows look at.
    const branch = line('f', 150, 'root', (i) => 60 * 24 * 35 - i);
    const main = line('m', 700, 'v1', (i) => 60 * 24 * 29 - i * 30);
    const merge: CommitSpec = {
      id: 'merge',
      message: 'Merge branch feature',
      author: 'maya',
      at: at(60 * 2),
      parents: ['m699', 'f149'],
    };
    const { set, truth, tip, requests } = await gather(scenario([...branch, ...main, merge], 'merge'));
    expect(truth).toHaveLength(851);
    expect(set.commits.map((c) => c.sha)).toEqual(truth);
    expect(set.tagCommits).toEqual({ 'v2.0.0': tip });
    // The windows were read, found short of compare's total, and the pages read instead.
    expect(count(requests, 'HistoryWindows')).toBeGreaterThanOrEqual(1);
    expect(count(requests, '/compare/')).toBe(9);
  });

  it('retries a window query GitHub failed (502), and asks nothing twice otherwise', async () => {
    const commits = line('c', 900, 'v1', (i) => 60 * 24 * 29 - i * 40);
    const spec = scenario(commits, 'c899');
    emu = await startEmulator({ scenario: spec, latencyMs: 0 });
    emu.faults.add({ match: 'graphql:HistoryWindows', kind: '5xx', times: 1 });
    const set = await collectCommits(emulatorClient(emu), { owner: 'acme', name: 'big' }, train);
    expect(set.commits).toHaveLength(900);
    const windows = emu.requests.filter((r) => r.operation === 'HistoryWindows');
    // 900 commits: 10 windows in 6 queries, one answered 502 once and asked again.
    expect(windows.filter((r) => r.status === 502)).toHaveLength(1);
    expect(windows.filter((r) => r.status === 200)).toHaveLength(6);
  });
});

describe('windows GitHub keeps refusing', () => {
  it('reads the compare pages instead, when every try of a window query failed (502)', async () => {
    const commits = line('c', 900, 'v1', (i) => 60 * 24 * 29 - i * 40);
    emu = await startEmulator({ scenario: scenario(commits, 'c899'), latencyMs: 0 });
    emu.faults.add({ match: 'graphql:HistoryWindows', kind: '5xx', times: 1000 });
    const set = await collectCommits(emulatorClient(emu), { owner: 'acme', name: 'big' }, train);
    const truth = emu.state.compare(
      emu.state.refs.find((r) => r.ref === 'refs/tags/v1.0.0')?.sha ?? '',
      emu.state.refs.find((r) => r.ref === 'refs/tags/v2.0.0')?.sha ?? '',
    );
    expect(set.commits.map((c) => c.sha)).toEqual(truth.ahead.map((c) => c.sha));
    const windows = emu.requests.filter((r) => r.operation === 'HistoryWindows');
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.every((r) => r.status === 502)).toBe(true);
    expect(emu.requests.filter((r) => r.path.includes('/compare/'))).toHaveLength(9);
  });
});

describe('planning the windows', () => {
  const second = 1000;
  it('pays off only when the windows take fewer requests than compare pages', () => {
    expect(windowsPayOff(100)).toBe(false);
    // 8 pages against page 1, the tag and 6 queries (the 9 windows spread to be read at once).
    expect(windowsPayOff(800)).toBe(false);
    expect(windowsPayOff(801)).toBe(true);
    expect(windowsPayOff(25_000)).toBe(true);
  });

  it('asks the windows in as few queries as 40 a query allows, but 6 at least', () => {
    expect(queriesFor(3)).toBe(3);
    expect(queriesFor(10)).toBe(6);
    expect(queriesFor(240)).toBe(6);
    expect(queriesFor(312)).toBe(8);
  });

  it('splits the span evenly, boundaries shared, the last window open-ended', () => {
    const windows = planWindows(0, 100 * second, 240);
    expect(windows).toEqual([
      { since: 0, until: 34 * second, after: null },
      { since: 34 * second, until: 68 * second, after: null },
      { since: 68 * second, until: null, after: null },
    ]);
    // A span shorter than a second per window still moves forward a second at a time.
    expect(planWindows(0, 0, 800).map((w) => w.since)).toEqual(
      Array.from({ length: 10 }, (_, i) => i * second),
    );
  });

  it('narrows a full window to what is left before its oldest commit read, or to its cursor', () => {
    const window: Window = { since: 0, until: null, after: null };
    const nodes = (date: string) =>
      Array.from({ length: 100 }, (_, i) => ({
        oid: String(i),
        url: '',
        message: '',
        authoredDate: date,
        committedDate: date,
        author: null,
      }));
    const full = (date: string) => ({
      totalCount: 260,
      pageInfo: { hasNextPage: true, endCursor: 'cursor-1' },
      nodes: nodes(date),
    });
    // 160 left before 100 s: the time before that second in two windows, and the second itself.
    expect(narrow(window, full('1970-01-01T00:01:40Z'))).toEqual([
      { since: 0, until: 50 * second, after: null },
      { since: 50 * second, until: 99 * second, after: null },
      { since: 100 * second, until: 100 * second, after: null },
    ]);
    expect(narrow(window, full('1970-01-01T00:00:00Z'))).toEqual([{ ...window, after: 'cursor-1' }]);
    const paging: Window = { since: 0, until: 0, after: 'cursor-1' };
    expect(
      narrow(paging, {
        ...full('1970-01-01T00:00:00Z'),
        pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
      }),
    ).toEqual([{ ...paging, after: 'cursor-2' }]);
  });

  it('asks for each window under its own alias, bounds as variables, valid against GitHub’s schema', () => {
    const { query, variables } = windowsQuery([
      { since: 0, until: 1000, after: null },
      { since: 1000, until: null, after: 'Y3Vyc29y' },
    ]);
    expect(validateDocument(query)).toEqual([]);
    expect(query).toContain('w0: history(first: 100, since: $since0, until: $until0)');
    expect(query).toContain('w1: history(first: 100, since: $since1, after: $after1)');
    expect(variables).toEqual({
      since0: '1970-01-01T00:00:00Z',
      until0: '1970-01-01T00:00:01Z',
      since1: '1970-01-01T00:00:01Z',
      after1: 'Y3Vyc29y',
    });
  });
});

describe('a window that never settles', () => {
  it('gives up after 30 rounds (the caller then reads compare pages), one query a round', async () => {
    const scope = nock(API);
    const full = {
      totalCount: 1000,
      pageInfo: { hasNextPage: true, endCursor: 'next' },
      nodes: [
        {
          oid: 'a'.repeat(40),
          url: '',
          message: 'm',
          authoredDate: '2026-01-01T00:00:00Z',
          committedDate: '2026-01-01T00:00:00Z',
          author: null,
        },
      ],
    };
    for (let round = 0; round < 30; round += 1) {
      graphql(scope, 'HistoryWindows', { repository: { object: { w0: full } } });
    }
    const windows = [{ since: Date.parse('2026-01-01T00:00:00Z'), until: null, after: null }];
    expect(
      await readHistoryWindows(client(), { owner: 'acme', name: 'shop' }, 'a'.repeat(40), windows),
    ).toBeNull();
    expect(scope.isDone()).toBe(true);
  });

  it('says which commit it could not find', async () => {
    const scope = nock(API);
    graphql(scope, 'HistoryWindows', { repository: { object: null } });
    const windows = [{ since: 0, until: null, after: null }];
    await expect(
      readHistoryWindows(client(), { owner: 'acme', name: 'shop' }, 'b'.repeat(40), windows),
    ).rejects.toThrow(`The commit ${'b'.repeat(40)} of acme/shop was not found.`);
    expect(scope.isDone()).toBe(true);
  });
});

describe('the window path as GitHub answers it (nock)', () => {
  const shop = { owner: 'acme', name: 'shop' };
  const shopTrain: ReleaseTrain = {
    release: { ...release('v1.4.0', 60), url: 'https://github.com/acme/shop/releases/tag/v1.4.0' },
    hotfixes: [],
    previous: release('v1.3.0', 60 * 24 * 30),
    last: release('v1.4.0', 60),
  };
  const minute = (i: number) => new Date(Date.parse('2026-03-01T00:00:00Z') + i * MINUTE).toISOString();
  const commits = Array.from({ length: 900 }, (_, i) => restCommit(i, `Commit ${i}`, 'sam', minute(i)));
  const asWindow = (c: (typeof commits)[number]) => ({
    oid: c.sha,
    url: c.html_url,
    message: c.commit.message,
    authoredDate: c.commit.author.date,
    committedDate: c.commit.committer.date,
    author: { user: { login: 'sam' } },
  });
  const comparePage = (scope: nock.Scope, n: number) =>
    scope
      .get('/repos/acme/shop/compare/v1.3.0...v1.4.0')
      .query({ per_page: 100, page: n })
      .reply(200, { total_commits: 900, commits: commits.slice((n - 1) * 100, n * 100) });

  it('reads the tag’s SHA however GitHub types it, then the windows: the 900 commits in order', async () => {
    const scope = nock(API);
    comparePage(scope, 1);
    // Without a charset octokit hands the body over as bytes.
    scope
      .get('/repos/acme/shop/commits/v1.4.0')
      .matchHeader('accept', 'application/vnd.github.sha')
      .reply(200, commits[899]?.sha, { 'content-type': 'application/vnd.github.sha' });
    // GitHub's side of a windows query: each alias gets the head's commits dated in its window, newest first.
    // 800 commits after page 1, in their first 15 hours of the 17 days planned up to the release: the first
    // window overflows and is narrowed until each holds what it returns.
    const history = commits.map(asWindow).reverse();
    let queries = 0;
    scope
      .persist()
      .post('/graphql', (body: { query: string }) => body.query.startsWith('query HistoryWindows'))
      .reply(200, (_uri, body) => {
        queries += 1;
        const { query, variables } = body as { query: string; variables: Record<string, string> };
        expect(variables.head).toBe(sha(899));
        const object: Record<string, unknown> = {};
        for (const [, alias] of query.matchAll(/(w\d+): history\(/g)) {
          const i = alias?.slice(1);
          const since = Date.parse(variables[`since${i}`] ?? '');
          const until = variables[`until${i}`]
            ? Date.parse(variables[`until${i}`] ?? '')
            : Number.POSITIVE_INFINITY;
          const inside = history.filter(
            (c) => Date.parse(c.committedDate) >= since && Date.parse(c.committedDate) <= until,
          );
          object[alias as string] = {
            totalCount: inside.length,
            pageInfo: { hasNextPage: inside.length > 100, endCursor: 'c' },
            nodes: inside.slice(0, 100),
          };
        }
        return { data: { repository: { object } } };
      });
    const set = await collectCommits(client(), shop, shopTrain);
    expect(set.commits.map((c) => c.sha)).toEqual(commits.map((c) => c.sha));
    expect(set.commits[500]).toMatchObject({
      author: 'sam',
      headline: 'Commit 500',
      authoredAt: minute(500),
    });
    expect(set.tagCommits).toEqual({ 'v1.4.0': sha(899) });
    expect(queries).toBeGreaterThan(6);
    expect(queries).toBeLessThan(40);
    expect(scope.isDone()).toBe(true);
  });

  it('reads the compare pages when GitHub does not answer the tag with a SHA', async () => {
    const scope = nock(API);
    comparePage(scope, 1);
    scope
      .get('/repos/acme/shop/commits/v1.4.0')
      .reply(200, '<html>', { 'content-type': 'text/html; charset=utf-8' });
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9]) comparePage(scope, n);
    const set = await collectCommits(client(), shop, shopTrain);
    expect(set.commits.map((c) => c.sha)).toEqual(commits.map((c) => c.sha));
    expect(scope.isDone()).toBe(true);
  });
});
